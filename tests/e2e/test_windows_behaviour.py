"""The Windows program (the one-folder build made under Wine, tests/helpers/windows_build.py)
behaves as the Linux one where it matters, as a Windows user meets it: settings under
%APPDATA%, portable mode (settings.ini beside the .exe), a private session that writes
nothing into the user's profile, Quick Exit from the keyboard, export-pdf, and Arabic right to
left — on Qt's windows platform (Wine's user32 on an X display) unless offscreen is said."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hrd_reader.core import bundled_pack
from tests.e2e.test_windows_build import FAQ_TITLE, wait_for_x_window, x_windows
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.pdf import pdf_text, squeeze
from tests.helpers.windows_build import WindowsBuild

pytestmark = [pytest.mark.windows, pytest.mark.frozen, pytest.mark.xvfb, pytest.mark.timeout(2400)]


@pytest.fixture
def windows(windows_build: WindowsBuild) -> Iterator[WindowsBuild]:
    """The build's prefix with none of the reader's own files in the profile, before and
    after the test."""

    def clean() -> None:
        for base in (windows_build.wine.appdata, windows_build.wine.local_appdata):
            shutil.rmtree(base / "HRD Reader", ignore_errors=True)

    clean()
    yield windows_build
    clean()


def run_program(
    build: WindowsBuild, program: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return build.wine.run(build.wine.windows_path(program), *args, timeout=timeout)


def settings_ini(build: WindowsBuild) -> Path:
    return build.wine.appdata / "HRD Reader" / "hrd-reader.ini"


def profile_state(build: WindowsBuild) -> dict[str, tuple[int, int]]:
    """Every file of the user's profile: (size, modification time in ns)."""
    state = {}
    for path in build.wine.profile.rglob("*"):
        if path.is_file():
            info = path.stat()
            state[str(path.relative_to(build.wine.profile))] = (info.st_size, info.st_mtime_ns)
    return state


def test_settings_go_to_appdata(windows: WindowsBuild, tmp_path: Path) -> None:
    result = run_program(
        windows, windows.program, "--question", "challenges", "--screenshot",
        windows.wine.windows_path(tmp_path / "w.png"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "lastQuestion=challenges" in settings_ini(windows).read_text("utf-8")


def test_portable_mode_keeps_settings_beside_the_exe(windows: WindowsBuild, tmp_path: Path) -> None:
    stick = windows.wine.drive_c / "usb" / "hrd-reader"
    shutil.rmtree(stick, ignore_errors=True)
    shutil.copytree(windows.folder, stick, copy_function=os.link)
    portable = stick / "settings.ini"
    portable.write_text("")
    try:
        result = run_program(
            windows, stick / "hrd-reader.exe", "--question", "challenges", "--screenshot",
            windows.wine.windows_path(tmp_path / "w.png"),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        assert "lastQuestion=challenges" in portable.read_text("utf-8")
        assert not (windows.wine.appdata / "HRD Reader").exists()
    finally:
        shutil.rmtree(stick.parent, ignore_errors=True)


def test_private_session_writes_nothing_into_the_profile(
    windows: WindowsBuild, tmp_path: Path
) -> None:
    # A first private run: what Wine itself sets up on a program's first start is there.
    shot = windows.wine.windows_path(tmp_path / "first.png")
    assert run_program(windows, windows.program, "--private", "--screenshot", shot).returncode == 0
    windows.wine.wait_idle()
    before = profile_state(windows)
    saved = tmp_path / "private.png"  # the one file the user asked for, outside the profile
    result = run_program(
        windows, windows.program, "--private", "--question", "challenges",
        "--screenshot", windows.wine.windows_path(saved),
    )  # fmt: skip
    windows.wine.wait_idle()
    assert result.returncode == 0, result.stderr[-2000:]
    assert saved.is_file()
    after = profile_state(windows)
    changed = {name for name in after.keys() | before.keys() if after.get(name) != before.get(name)}
    assert not changed, sorted(changed)


def test_quick_exit_from_the_keyboard_ends_at_once_and_saves_nothing(
    windows: WindowsBuild,
) -> None:
    wine = windows.wine
    program = wine.start(wine.windows_path(windows.program), "--question", "challenges")
    try:
        window = wait_for_x_window(wine.display, FAQ_TITLE)
        # A click gives the window the keyboard (there is no window manager on this display).
        keys = {"DISPLAY": wine.display}
        subprocess.run(["xdotool", "mousemove", "--window", window, "500", "300", "click", "1"],
                       env=keys, check=True, timeout=30)  # fmt: skip
        time.sleep(1)
        pressed = time.monotonic()
        subprocess.run(["xdotool", "key", "ctrl+shift+x"], env=keys, check=True, timeout=30)
        program.communicate(timeout=60)
        seconds = time.monotonic() - pressed
    finally:
        if program.poll() is None:
            program.kill()
            program.communicate(timeout=30)
    print(f"Quick Exit under Wine: the process ended {seconds:.1f} s after the key")
    assert not x_windows(wine.display, FAQ_TITLE)
    assert not settings_ini(windows).exists()  # not even the question it was on


def test_export_pdf(windows: WindowsBuild, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run_program(
        windows, windows.program, "export-pdf", windows.wine.windows_path(out),
        "--question", "challenges",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    text = squeeze("\n".join(pdf_text(out)))
    pack = bundled_pack()
    (question,) = [q for q in pack.questions if q.id == "challenges"]
    assert squeeze(question.title) in text
    assert squeeze(pack.attribution) in text


def splitter_position(image: QImage) -> float:
    """Where the gap between the sidebar and the answer is, as a fraction of the width: the
    mean x of the interior columns that are one colour, not white, from 30 % to 70 % of the
    height (splitter and frames; the lists and the answer hold text or white)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    found = []
    for x in range(width // 20, width - width // 20):
        column = Counter(image.pixel(x, y) for y in range(height * 3 // 10, height * 7 // 10))
        colour, count = column.most_common(1)[0]
        if count == sum(column.values()) and colour & 0xFFFFFF != 0xFFFFFF:
            found.append(x)
    assert found, "no gap between sidebar and answer found"
    return sum(found) / len(found) / width


def test_arabic_pack_is_right_to_left(
    windows: WindowsBuild, tmp_path: Path, artifacts: Path
) -> None:
    """The Arabic pack mirrors the window (sidebar on the right), measured on the pictures
    of the same program with the English pack and with the Arabic one."""
    english, arabic = tmp_path / "en.png", artifacts / "windows-wine-arabic.png"
    for picture, args in ((english, []), (arabic, ["--content", str(ARABIC_PACK)])):
        args = [windows.wine.windows_path(Path(a)) if a.startswith("/") else a for a in args]
        result = run_program(
            windows, windows.program, *args, "--screenshot", windows.wine.windows_path(picture)
        )
        assert result.returncode == 0, result.stderr[-2000:]
    left_to_right = splitter_position(QImage(str(english)))
    right_to_left = splitter_position(QImage(str(arabic)))
    assert left_to_right < 0.4 and right_to_left > 0.6, (left_to_right, right_to_left)
