"""The wheel works as ``pip install .`` and ``pipx install .`` install it: built from the
sources (offline, with this environment's setuptools), installed into a new virtual
environment that sees neither the checkout nor this environment's packages, and run from
another folder — the bundled pack, icons and translations must come with it.

The new environment gets the reader's dependencies from a copy of this environment's
installed ones (a ``.pth`` file points at it), so pip finds them already there and needs no
index: the test runs offline, as CI does. ``pip check`` proves they are what the wheel asks
for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from build_spec.spec_helpers import is_bundled_resource
from tests.helpers.copies import copy_for_anyone, run_time_packages
from tests.helpers.paths import ROOT

# Building and installing take a few seconds (hard links, no copy of Qt): not marked frozen.
pytestmark = pytest.mark.timeout(300)

# What the wheel is built from (a copy, so the build leaves nothing in the checkout).
SOURCES = ("hrd_reader", "resources", "pyproject.toml", "README.md")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    site: Path  # its site-packages
    elsewhere: Path  # a folder outside the checkout and the environment, to run from

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def run(self, *args: str, program: str = "hrd-reader") -> subprocess.CompletedProcess[str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
        }
        env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(self.elsewhere)})
        return subprocess.run(
            [str(self.venv / "bin" / program), *args],
            cwd=self.elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )


def pip(*args: str) -> None:
    """This environment's pip, offline (no index, no links from a pip configuration)."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": ""}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, source / name)
    wheels = base / "wheels"
    pip("wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(wheels), str(source))
    (wheel,) = wheels.glob("hrd_reader-*.whl")

    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    dependencies = copy_for_anyone(run_time_packages(), base / "dependencies")
    (Path(site) / "hrd-reader-test-dependencies.pth").write_text(f"{dependencies}\n", "utf-8")
    pip("--python", str(python), "install", str(wheel))
    pip("--python", str(python), "check")
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return Installed(wheel=wheel, venv=venv, site=Path(site), elsewhere=elsewhere)


def test_wheel_holds_the_resources_the_frozen_build_bundles(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = {n for n in wheel.namelist() if n.startswith("hrd_reader/resources/")}
    expected = {
        "hrd_reader/" + path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and is_bundled_resource(path.relative_to(ROOT))
    }
    assert names == expected
    # What the reader cannot start without, and the desktop files for a packager.
    for name in (
        "packs/hrd-faq/pack.toml",
        "icons/hrd-reader.svg",
        "translations/hrd_reader_fr.qm",
        "desktop/org.cartercenter.HRDReader.desktop",
        "desktop/org.cartercenter.HRDReader.metainfo.xml",
    ):
        assert f"hrd_reader/resources/{name}" in names, name
    assert not any("/source/" in n or n.endswith(".ts") for n in names)


def test_installed_reader_finds_its_files_in_the_environment(installed: Installed) -> None:
    result = installed.run(
        "-c",
        "import hrd_reader.core.resources as r, hrd_reader.core.version as v\n"
        "print(r.resources_dir()); print(r.bundled_pack_dir().is_dir()); print(v.VERSION)",
        program="python",
    )
    assert result.returncode == 0, result.stderr
    where, pack_found, version = result.stdout.split()
    assert Path(where) == installed.site.resolve() / "hrd_reader" / "resources"
    assert pack_found == "True"
    assert version == installed.wheel.name.split("-")[1]


def test_installed_reader_passes_its_self_test(installed: Installed) -> None:
    result = installed.run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok: pack 'hrd-faq', 7 questions rendered" in result.stdout


def test_installed_reader_exports_the_pdf_handout(installed: Installed) -> None:
    result = installed.run("export-pdf", "faq.pdf")
    assert result.returncode == 0, result.stdout + result.stderr
    pdf = installed.elsewhere / "faq.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "the whole FAQ" in result.stdout
