"""The Windows program, built here under Wine exactly as the installers workflow builds it on
windows-latest (tests/helpers/windows_build.py): the one-folder build and its .zip, the
one-file .exe and the setup program, each built program's --self-test, a real window on an
X display through Qt's windows platform plugin (screenshot in test-artifacts/), and the
sidebar's selected question measured under the real Windows styles (windowsvista,
windows11) in every theme."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from build_spec import build as builder
from hrd_reader.gui import themes
from tests.helpers.contrast import MINIMUM
from tests.helpers.paths import VERSION
from tests.helpers.processes import self_test_ok
from tests.helpers.windows_build import WindowsBuild, workflow_commands

# The first test builds (several minutes on two cores); the others reuse the build.
pytestmark = [pytest.mark.windows, pytest.mark.frozen, pytest.mark.xvfb, pytest.mark.timeout(2400)]

FAQ_TITLE = "Human Rights Defenders: FAQ"


def test_the_workflow_builds_folder_zip_one_file_and_setup(windows_build: WindowsBuild) -> None:
    ran = list(windows_build.outputs)
    assert ran == [
        "build_spec/build.py --self-test",
        "build_spec/build.py --onefile --self-test",
        "build_spec/windows_setup.py make dist/hrd-reader",
    ], workflow_commands()
    for command in ran[:2]:  # build.py ran the built program's --self-test and it passed
        assert "hrd-reader.exe --self-test passed" in windows_build.outputs[command]
    assert windows_build.program.is_file()
    size = builder.size_on_disk(windows_build.folder)  # the st_blocks-free measure Windows gets
    assert 20_000_000 < size <= builder.FOLDER_BUDGET, size
    with zipfile.ZipFile(windows_build.archive) as archive:
        names = set(archive.namelist())
    assert "hrd-reader/hrd-reader.exe" in names
    assert "hrd-reader/_internal/PySide6/plugins/platforms/qwindows.dll" in names
    assert windows_build.archive.stat().st_size <= builder.ARCHIVE_BUDGET
    for program in (windows_build.onefile, windows_build.setup):
        assert program.read_bytes()[:2] == b"MZ", program  # a Windows executable
    assert windows_build.setup.stat().st_size < windows_build.archive.stat().st_size


@pytest.mark.parametrize("which", ["folder", "onefile"])
def test_built_program_passes_its_self_test(windows_build: WindowsBuild, which: str) -> None:
    program = windows_build.program if which == "folder" else windows_build.onefile
    result = windows_build.wine.run(
        windows_build.wine.windows_path(program), "--self-test",
        env={"QT_QPA_PLATFORM": "offscreen"}, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert self_test_ok("offscreen") in result.stdout
    assert f"HRD Reader {VERSION}" in result.stdout


def screen_grab(display: str, target: Path) -> None:
    """A picture of the whole X screen, as a person would see it (Qt's xcb, this machine)."""
    code = (
        "import sys\nfrom PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "assert app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        env={"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def x_windows(display: str, title: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--name", title],
        env={"DISPLAY": display}, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    return found.stdout.split()


def wait_for_x_window(display: str, title: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = x_windows(display, title)
        if found:
            return found[0]
        time.sleep(0.5)
    raise AssertionError(f"no window titled {title!r} on {display} in {seconds:.0f} s")


def test_real_window_through_the_windows_platform_plugin(
    windows_build: WindowsBuild, artifacts: Path
) -> None:
    """The one-folder program as a user starts it: Qt's windows platform (Wine's user32 on
    the X display), the question asked for selected in the sidebar. Qt's own picture of the
    window and the X screen are kept in test-artifacts/ to look at."""
    wine = windows_build.wine
    program = wine.windows_path(windows_build.program)
    # As a person sees it: the window stays until the X screen is grabbed, then it is ended.
    # (With --screenshot the program closes itself once its picture is taken, which can be
    # sooner than anything polling the X server sees its window.)
    shown = wine.start(program, "--question", "challenges")
    try:
        wait_for_x_window(wine.display, FAQ_TITLE)
        screen_grab(wine.display, artifacts / "windows-wine-screen.png")
    finally:
        wine.stop()  # the window, and everything else running in the prefix
        shown.communicate(timeout=30)
    # Qt's own picture of the window, the program closing itself after it as usual.
    grabbed = artifacts / "windows-wine-window.png"
    grabbed.unlink(missing_ok=True)
    result = wine.run(
        program, "--question", "challenges", "--screenshot", wine.windows_path(grabbed),
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert grabbed.is_file(), result.stdout + result.stderr
    from PySide6.QtGui import QImage

    picture = QImage(str(grabbed))
    assert picture.width() > 600 and picture.height() > 400


def test_selected_question_readable_under_the_real_windows_styles(
    windows_build: WindowsBuild, artifacts: Path
) -> None:
    """windowsvista and windows11 exist only in Qt for Windows: the probe renders the
    selected question under each style that Qt has there, in every theme, on Qt's windows
    platform, and measures its contrast from the pixels (the same measure as
    tests/gui/test_sidebar_contrast.py)."""
    result = windows_build.wine.run(
        windows_build.python, "tests/e2e/windows_styles_probe.py",
        cwd=windows_build.source, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    (artifacts / "windows-styles-contrast.json").write_text(json.dumps(rows, indent=1))
    styles = {row["style"].lower() for row in rows}
    assert {"windowsvista", "windows11", "fusion"} <= styles, styles
    assert {row["platform"] for row in rows} == {"windows"}
    assert len(rows) == len(styles) * len(themes.THEMES)
    poor = [row for row in rows if row["ratio"] < MINIMUM or row["strong_pixels"] <= 30]
    assert not poor, poor
