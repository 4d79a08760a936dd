"""Settings that cannot break the reader: files from a newer version, missing and read-only
folders — each falls back to defaults, keeps working and says so in the log. (A corrupt
file, wrong types and an unwritable location are in test_window.py.)"""

from __future__ import annotations

import logging
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hrd_reader.gui.settings import (
    FORMAT,
    FORMAT_VERSION,
    LAST_QUESTION,
    THEME,
    ZOOM_READING,
    Settings,
)
from hrd_reader.gui.window import MainWindow
from tests.conftest import ROOT, copy_for_anyone, run_time_packages


def open_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_file_from_a_newer_version_is_used_where_understood(
    qtbot, pack, settings_path: Path, caplog
) -> None:
    settings_path.write_text(
        textwrap.dedent(f"""\
            [meta]
            formatVersion={FORMAT + 5}
            [reader]
            lastQuestion=challenges
            [view]
            theme=solarized-midnight
            zoomReading=900
            sidebarPosition=top
            [cloud]
            syncToken=abc
        """),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="hrd_reader.gui.settings"):
        settings = open_at(settings_path)
        win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    # What this version understands is used; what it does not falls back to defaults.
    assert win.current_question_id() == "challenges"
    assert settings.get(THEME) == "system"
    assert settings.get(ZOOM_READING) == 100
    logged = caplog.text
    assert "written by a newer HRD Reader" in logged
    assert "view/theme has an unusable value 'solarized-midnight'" in logged
    assert "view/zoomReading has an unusable value '900'" in logged
    assert "does not know (cloud/syncToken, view/sidebarPosition)" in logged
    assert any("newer HRD Reader" in w for w in settings.warnings)
    # Saving keeps the newer version's settings and its format number for it.
    win.show_question(2)
    win.close()
    again = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert again.value("cloud/syncToken") == "abc"
    assert again.value("view/sidebarPosition") == "top"
    assert int(again.value(FORMAT_VERSION.key)) == FORMAT + 5
    assert again.value(LAST_QUESTION.key) == pack.questions[2].id


def test_a_file_of_this_version_warns_nothing(pack, settings_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="hrd_reader.gui.settings"):
        first = open_at(settings_path)
        first.set(LAST_QUESTION, "challenges")
        assert first.sync()
        second = open_at(settings_path)
    assert second.get(LAST_QUESTION) == "challenges"
    assert second.get(FORMAT_VERSION) == FORMAT
    assert caplog.records == [] and second.warnings == []


def test_missing_settings_folder_is_created(qtbot, pack, tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "settings.ini"
    settings = open_at(path)
    assert settings.warnings == []
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show_question(3)
    win.close()
    assert path.is_file()
    assert open_at(path).get(LAST_QUESTION) == pack.questions[3].id


# -- a read-only folder: root may write anywhere, so the check runs as an ordinary user --

READ_ONLY_CHECK = """
import logging, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from hrd_reader.core.content import bundled_pack
from hrd_reader.gui.settings import LAST_QUESTION, Settings
from hrd_reader.gui.window import MainWindow

app = QApplication([])
path = sys.argv[1]
assert not os.access(os.path.dirname(path), os.W_OK), "the folder must be read-only"
settings = Settings(QSettings(path, QSettings.Format.IniFormat))
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
