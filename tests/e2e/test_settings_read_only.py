"""Settings in a read-only folder: the file is read, saving fails with a warning and the
reader goes on — checked in a process of its own, run as an ordinary user (root may write
anywhere). (Newer files and missing folders are in tests/gui/test_settings.py; a corrupt
file, wrong types and an unwritable location in tests/gui/test_window.py.)"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.copies import copy_for_anyone, run_time_packages
from tests.helpers.paths import ROOT

# -- a read-only folder: root may write anywhere, so the check runs as an ordinary user --

READ_ONLY_CHECK = """
import logging, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
from PySide6.QtWidgets import QApplication
from hrd_reader.core import bundled_pack
from hrd_reader.gui.settings import LAST_QUESTION, open_settings
from hrd_reader.gui.reading.window import MainWindow

app = QApplication([])
path = sys.argv[1]
assert not os.access(os.path.dirname(path), os.W_OK), "the folder must be read-only"
settings = open_settings(path)
print("read:", settings.get(LAST_QUESTION))
window = MainWindow(bundled_pack(), settings)
window.show_question(5)
window.close()
print("saved:", settings.sync())
print("row:", window.current_row())
"""


def world_usable(path: Path) -> bool:
    """Whether any user may use ``path``: it is readable (or, for a folder, open) to others,
    and so is every folder above it."""
    path = path.resolve()
    own = 0o005 if path.is_dir() else 0o004
    return path.stat().st_mode & own == own and all(p.stat().st_mode & 0o001 for p in path.parents)


def interpreter_for_anyone() -> Path:
    """A Python of this version that an ordinary user may run, resolved: a virtual
    environment's python is a link to its base interpreter, and the venv itself may live
    where others may not enter (a checkout under /root)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(getattr(sys, "_base_executable", sys.executable))
    candidates = [base, *(Path(d) / f"python{version}" for d in ("/usr/bin", "/usr/local/bin"))]
    for candidate in candidates:
        if candidate.exists() and world_usable(candidate):
            return candidate.resolve()
    raise AssertionError(f"no Python {version} that an ordinary user may run: {candidates}")


def code_for_anyone(base: Path) -> str:
    """A PYTHONPATH with this project and its run-time packages, each where an ordinary user
    may read it: the checkout and the virtual environment may be under /root."""
    project = [ROOT / "hrd_reader", ROOT / "resources", ROOT / "pyproject.toml"]
    return os.pathsep.join(
        [readable(project, base / "project"), readable(run_time_packages(), base / "packages")]
    )


def readable(items: list[Path], folder: Path) -> str:
    """The PYTHONPATH entry (or entries) holding ``items``: where they are when an ordinary
    user may read them all there, else ``folder``, with a copy that this user may read."""
    if all(world_usable(item) for item in items):
        return os.pathsep.join(sorted({str(item.parent) for item in items}))
    return str(copy_for_anyone(items, folder))


@pytest.fixture
def read_only_folder() -> Iterator[tuple[Path, dict[str, object]]]:
    """A folder holding a settings file, that the user running the check cannot write."""
    base = Path(tempfile.mkdtemp(prefix="hrd-read-only-"))
    folder = base / "config"
    folder.mkdir()
    (folder / "settings.ini").write_text("[reader]\nlastQuestion=challenges\n", "utf-8")
    options: dict[str, object] = {}
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        options = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
        # The ordinary user may read the project and the settings, nothing more.
        for path in (base, folder, folder / "settings.ini"):
            path.chmod(0o755 if path.is_dir() else 0o644)
    folder.chmod(0o555)
    (folder / "settings.ini").chmod(0o444)
    try:
        yield folder, options
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.timeout(60)
def test_read_only_settings_folder_is_read_and_saving_fails_softly(
    read_only_folder: tuple[Path, dict[str, object]],
) -> None:
    folder, as_user = read_only_folder
    if as_user:
        python, python_path = str(interpreter_for_anyone()), code_for_anyone(folder.parent)
    else:
        python, python_path = sys.executable, str(ROOT)
    result = subprocess.run(
        [python, "-c", READ_ONLY_CHECK, str(folder / "settings.ini")],
        cwd=folder.parent,
        env={**os.environ, "HOME": str(folder.parent), "PYTHONPATH": python_path},
        capture_output=True,
        text=True,
        timeout=50,
        **as_user,  # type: ignore[arg-type]
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert out == ["read: challenges", "saved: False", "row: 5"], result.stdout
    assert "could not be saved to" in result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "settings.ini").read_text("utf-8") == "[reader]\nlastQuestion=challenges\n"
