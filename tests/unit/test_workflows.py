"""The CI workflows (.github/workflows/) say what the README promises. They cannot run here;
./test.sh validates them against GitHub's schema (check-jsonschema), and these tests check
what they do: the test command on every push, the installers on each platform on tags and
on demand, each built program's self-test, and that every build step is the local command.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.helpers.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict[str, Any]:
    data = YAML(typ="safe").load((WORKFLOWS / name).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_every_push_runs_the_readme_test_command_on_linux() -> None:
    tests = load("ci.yml")
    assert "push" in tests["on"]
    (job,) = tests["jobs"].values()
    assert job["runs-on"].startswith("ubuntu-")
    assert runs(job) == ["./test.sh"]
    # ./test.sh is also what the README and .ci/run say.
    assert "./test.sh" in (ROOT / "README.md").read_text("utf-8")
    assert "./test.sh" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_installers_build_on_tags_and_on_demand() -> None:
    installers = load("installers.yml")
    assert installers["on"]["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in installers["on"]


@pytest.mark.parametrize(
    ("job", "runner", "commands"),
    [
        ("linux", "ubuntu-22.04", ["--deb --self-test", "--onefile --self-test"]),
        ("windows", "windows-latest", ["--self-test", "--onefile --self-test"]),
        ("macos", "macos-14", ["--dmg --self-test", "--onefile --self-test"]),
    ],
)
def test_each_platform_builds_and_self_tests_with_the_local_command(
    job: str, runner: str, commands: list[str]
) -> None:
    build = load("installers.yml")["jobs"][job]
    assert build["runs-on"] == runner
    built = [
        m["args"]
        for command in runs(build)
        if (m := re.fullmatch(r"\.venv/(?:bin|Scripts)/python build_spec/build\.py (?P<args>.*)",
                              command))
    ]  # fmt: skip
    assert built == commands
    upload = next(s for s in build["steps"] if str(s.get("uses", "")).startswith("actions/upload"))
    assert upload["with"]["if-no-files-found"] == "error"
    # The setup is the README's, too: the pinned requirements and nothing else.
    setup = "\n".join(runs(build))
    assert "scripts/bootstrap.sh test" in setup or "-r requirements/build.txt" in setup


def test_windows_job_makes_the_setup_program_and_checks_it_by_installing_it() -> None:
    """After the builds: the setup program, then a silent install, the checks and a silent
    uninstall, on the real windows-latest — the same commands the Wine tests run here, read
    from this file (tests/helpers/windows_build.py)."""
    from tests.helpers.windows_build import workflow_commands

    job = load("installers.yml")["jobs"]["windows"]
    commands = [" ".join(command) for command in workflow_commands()]
    assert commands == [
        "build_spec/build.py --self-test",
        "build_spec/build.py --onefile --self-test",
        "build_spec/windows_setup.py make dist/hrd-reader",
        "build_spec/windows_setup.py check dist/hrd-reader-*-windows-amd64-setup.exe",
    ]
    setup = "\n".join(runs(job))
    # The Windows-only pins (pefile, pywin32-ctypes) and an NSIS for makensis.
    assert "-r requirements/windows.txt" in setup
    assert "choco install nsis" in setup
    assert setup.index("choco install nsis") < setup.index("windows_setup.py make")
    upload = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload"))
    assert "dist/hrd-reader-*-windows-*.exe" in upload["with"]["path"]  # the setup program too


def test_release_attaches_every_platform_only_for_a_tag() -> None:
    release = load("installers.yml")["jobs"]["release"]
    assert release["if"] == "startsWith(github.ref, 'refs/tags/')"
    assert set(release["needs"]) == {"linux", "windows", "macos"}
    assert release["permissions"] == {"contents": "write"}
    assert any("gh release create" in command for command in runs(release))


def test_workflow_files_are_the_only_ones() -> None:
    assert sorted(p.name for p in WORKFLOWS.iterdir()) == ["ci.yml", "installers.yml"]
