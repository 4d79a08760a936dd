"""The Windows program built here under Wine exactly as the installers workflow builds it on
windows-latest: the workflow's own commands (read from .github/workflows/installers.yml) run
with the pinned Windows CPython in a fresh Wine prefix (tests/helpers/wine.py), on a copy of
the checkout, so the Linux build in dist/ is never touched.

The workflow's steps, and where each runs here:
- setting up .venv (pip, the pinned requirement files): ``install_python`` (the same files);
- ``choco install nsis``: Debian's ``nsis`` (scripts/bootstrap.sh installs it);
- ``build_spec/build.py …``: under Wine, with the Windows Python;
- ``build_spec/windows_setup.py make …``: with this machine's Python and makensis (NSIS runs
  on Linux and makes the same kind of setup program);
- ``build_spec/windows_setup.py check …``: under Wine, with the Windows Python, in the test
  that checks the setup program (tests/e2e/test_windows_setup.py).
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.helpers import wine as winelib
from tests.helpers.paths import ROOT, VERSION

WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
# Where the build is kept between test runs, like dist/ for the Linux build: reused while
# nothing it is made from has changed (a fresh clone, as in CI, always builds).
WORK = ROOT / "build" / "windows"
# What build.py and windows_setup.py need of the checkout (and the pack ``check`` opens).
SOURCES = (
    "hrd_reader", "resources", "build_spec", "main.py", "pyproject.toml", "requirements",
    "README.md", "tests/packs", "tests/__init__.py", "tests/helpers/__init__.py",
    "tests/helpers/contrast.py", "tests/helpers/selection.py", "tests/e2e/__init__.py",
    "tests/e2e/windows_styles_probe.py",
)  # fmt: skip
_PYTHON_STEP = re.compile(r"\.venv/Scripts/python (?P<script>build_spec/\S+\.py)(?P<args>.*)")


def workflow_commands() -> list[list[str]]:
    """The installers workflow's Windows steps that run our build scripts: [script, args…]."""
    data: Any = YAML(typ="safe").load(WORKFLOW.read_text("utf-8"))
    commands = []
    for step in data["jobs"]["windows"]["steps"]:
        for line in str(step.get("run", "")).splitlines():
            match = _PYTHON_STEP.fullmatch(line.strip())
            if match:
                commands.append([match["script"], *match["args"].split()])
    return commands


@dataclass
class WindowsBuild:
    """The Windows builds of this checkout and the Wine prefix they were made in."""

    wine: winelib.Wine
    python: str  # the Windows Python, C:\\python311\\python.exe
    source: Path  # the copy of the checkout the builds ran in
    stand_ins: list[Path]
    downloads: Path
    seconds: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    reused: bool = False  # an up-to-date build of an earlier test run, not built again

    @property
    def folder(self) -> Path:
        return self.source / "dist" / "hrd-reader"

    @property
    def program(self) -> Path:
        return self.folder / "hrd-reader.exe"

    @property
    def onefile(self) -> Path:
        return self.source / "dist" / f"hrd-reader-{VERSION}-windows-amd64.exe"

    @property
    def archive(self) -> Path:
        return self.source / "dist" / f"hrd-reader-{VERSION}-windows-amd64.zip"

    @property
    def setup(self) -> Path:
        return self.source / "dist" / f"hrd-reader-{VERSION}-windows-amd64-setup.exe"

    def report(self) -> str:
        lines = ["reused the up-to-date build of an earlier run; when it was made:"] * self.reused
        lines += [f"{what}: {seconds:.0f} s" for what, seconds in self.seconds.items()]
        for path in (self.archive, self.onefile, self.setup):
            if path.is_file():
                lines.append(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
        if self.folder.is_dir():
            size = sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file())
            lines.append(f"{self.folder.name}/: {size / 1e6:.1f} MB")
        return "\n".join(lines)


def copy_sources(target: Path) -> Path:
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


class _Clock:
    """Times each step of the build into ``build.seconds``."""

    def __init__(self, build: WindowsBuild, what: str) -> None:
        self.build, self.what = build, what

    def __enter__(self) -> None:
        self.start = time.monotonic()

    def __exit__(self, *exc: object) -> None:
        self.build.seconds[self.what] = time.monotonic() - self.start


def inputs_digest() -> str:
    """A fingerprint of everything the Windows build is made from: the pinned requirements,
    the stand-in DLLs' source, the workflow, the copied sources, and Wine's version."""
    digest = hashlib.sha256()
    wine = subprocess.run(["wine", "--version"], capture_output=True, text=True, timeout=60)
    digest.update(wine.stdout.encode())
    paths = [WORKFLOW, *sorted((ROOT / "requirements").glob("*.txt"))]
    paths += sorted(winelib.STAND_IN_SOURCES.glob("*.c"))
    for name in SOURCES:
        source = ROOT / name
        found = sorted(source.rglob("*")) if source.is_dir() else [source]
        paths += [p for p in found if p.is_file() and "__pycache__" not in p.parts]
    for path in paths:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def windows_build(display: str) -> WindowsBuild:
    """The Windows build of this checkout: the earlier one in build/windows/ when it was made
    from exactly these inputs and is complete, else a fresh one (the old one removed)."""
    digest = inputs_digest()
    stamp, record = WORK / "build.stamp", WORK / "build.json"
    if stamp.is_file() and stamp.read_text() == digest and record.is_file():
        saved = json.loads(record.read_text("utf-8"))
        wine = winelib.Wine(WORK / "prefix", display)
        stand_ins = sorted((WORK / "stand-ins").glob("*.dll"))
        build = WindowsBuild(
            wine, winelib.PYTHON, WORK / "src", stand_ins, Path(saved["downloads"]),
            saved["seconds"], saved["outputs"], reused=True,
        )  # fmt: skip
        if all(p.is_file() for p in (build.program, build.onefile, build.archive, build.setup)):
            return build
    shutil.rmtree(WORK, ignore_errors=True)
    build = make_windows_build(WORK, display)
    saved = {"downloads": str(build.downloads), "seconds": build.seconds, "outputs": build.outputs}
    record.write_text(json.dumps(saved, indent=1), "utf-8")
    stamp.write_text(digest)
    return build


def make_windows_build(work: Path, display: str) -> WindowsBuild:
    """A fresh prefix, the pinned Windows CPython and wheels, and every build step of the
    installers workflow's Windows job, run in ``work``. (The prefix's programs are ended if
    a step fails; otherwise ``build.wine.stop()`` is the caller's.)"""
    start = time.monotonic()
    stand_ins = winelib.stand_in_dlls(work / "stand-ins")
    wine = winelib.new_prefix(work / "prefix", display, stand_ins)
    build = WindowsBuild(wine, winelib.PYTHON, work / "src", stand_ins, Path())
    build.seconds["fresh Wine prefix"] = time.monotonic() - start
    try:
        _run_steps(build)
    except BaseException:
        wine.stop()
        raise
    return build


def _run_steps(build: WindowsBuild) -> None:
    wine = build.wine
    with _Clock(build, "download (cached per machine)"):
        build.downloads = winelib.windows_packages()
    with _Clock(build, "Windows CPython and wheels"):
        winelib.install_python(wine, build.downloads)
    copy_sources(build.source)
    with _Clock(build, "pip install -e ."):
        editable = winelib.pip(
            wine, build.downloads, "install", "--no-index", "--no-deps",
            "--no-build-isolation", "-e", ".", cwd=build.source,
        )  # fmt: skip
    assert editable.returncode == 0, editable.stdout[-2000:] + editable.stderr[-2000:]
    for script, *args in workflow_commands():
        what = " ".join([script, *args])
        if script.endswith("windows_setup.py") and args[0] == "check":
            continue  # run by tests/e2e/test_windows_setup.py
        with _Clock(build, what):
            if script.endswith("windows_setup.py"):
                result = subprocess.run(
                    [sys.executable, script, *args], cwd=build.source, capture_output=True,
                    text=True, timeout=1200,
                )  # fmt: skip
            else:
                result = wine.run(build.python, script, *args, cwd=build.source, timeout=1500)
        build.outputs[what] = result.stdout + result.stderr
        assert result.returncode == 0, f"{what}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"


def expand(build: WindowsBuild, argument: str) -> str:
    """A workflow argument with its shell wildcard expanded in the source copy."""
    if not any(c in argument for c in "*?["):
        return argument
    (match,) = glob.glob(argument, root_dir=build.source)
    return match
