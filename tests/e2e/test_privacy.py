"""Safety for readers under watch, checked on the real program: a private session leaves no
file in HOME, the XDG folders or TMPDIR (an ordinary one does, so the check can fail);
Quick Exit typed into a modal dialog ends the process at once and changes no file; Forget
this computer removes what an earlier session kept.

The sessions are tests/e2e/offline_tour.py run in a subprocess with every folder the reader
could write to pointing at an empty one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

FOLDERS = ("home", "config", "state", "cache", "data", "tmp")
# fontconfig may refresh its cache of the system's fonts in XDG_CACHE_HOME: a system
# library's cache, the same for every program that draws text, holding no word of the reader.
SYSTEM_CACHES = ("cache/fontconfig",)
TOUR = (sys.executable, str(ROOT / "tests" / "e2e" / "offline_tour.py"))


def environment(base: Path) -> dict[str, str]:
    for name in FOLDERS:
        (base / name).mkdir(parents=True, exist_ok=True)
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL")}
    return {
        **keep,
        "HOME": str(base / "home"),
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_STATE_HOME": str(base / "state"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_DATA_HOME": str(base / "data"),
        "TMPDIR": str(base / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def tour(base: Path, *arguments: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*TOUR, str(base / "out"), "--file-dialog", *arguments],
        cwd=base / "home",
        env=environment(base),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def files_left(base: Path) -> dict[str, bytes]:
    """Every file under the watched folders (system font caches aside), with its bytes."""
    found = {}
    for name in FOLDERS:
        for path in sorted((base / name).rglob("*")):
            where = path.relative_to(base).as_posix()
            if path.is_file() and not where.startswith(SYSTEM_CACHES):
                found[where] = path.read_bytes()
    return found


def assert_tour_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0 and "TOUR OK" in result.stdout, result.stdout + result.stderr


@pytest.mark.timeout(120)
def test_private_session_leaves_home_xdg_and_tmpdir_empty(tmp_path: Path) -> None:
    """Every question, search, zoom, themes, About, links, presentation, QR codes, a PDF
    saved to a chosen place, Qt's file dialog, the web page and the ZIM file saved through
    theirs, an unexpected error, quit — under --private."""
    result = tour(tmp_path, "--private")
    assert_tour_ok(result)
    assert "step ok: file dialog gone" in result.stdout
    assert files_left(tmp_path) == {}
    # What the user saved is where they chose.
    assert (tmp_path / "out" / "handout.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "out" / "faq.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert (tmp_path / "out" / "faq.zim").read_bytes().startswith(b"ZIM\x04")


@pytest.mark.timeout(120)
def test_ordinary_session_keeps_its_settings(tmp_path: Path) -> None:
    """The same session without --private: its settings, log and Qt's dialog history stay
    (so the test above would see them if a private session wrote them)."""
    assert_tour_ok(tour(tmp_path))
    left = files_left(tmp_path)
    assert b"lastQuestion=" in left["config/HRD Reader/hrd-reader.ini"]
    assert "state/HRD Reader/hrd-reader/hrd-reader.log" in left
    assert "config/QtProject.conf" in left


@pytest.mark.timeout(60)
def test_private_setting_of_a_portable_stick_makes_the_session_private(tmp_path: Path) -> None:
    stick = tmp_path / "stick.ini"
    stick.write_text("[session]\nprivate=true\n", encoding="utf-8")
    result = tour(tmp_path, "--settings", str(stick))
    assert_tour_ok(result)
    assert files_left(tmp_path) == {}
    assert stick.read_text("utf-8") == "[session]\nprivate=true\n"


@pytest.mark.timeout(60)
def test_quick_exit_from_a_modal_dialog_ends_at_once_and_changes_no_file(
    tmp_path: Path,
) -> None:
    """Ctrl+Shift+X typed into the About dialog, after reading and changing theme and zoom."""
    settings = tmp_path / "config" / "HRD Reader" / "hrd-reader.ini"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"[reader]\nlastQuestion=challenges\n\n[view]\ntheme=dark\n")
    before = files_left(tmp_path)
    with subprocess.Popen(
        [*TOUR, str(tmp_path / "out"), "--quick-exit"],
        cwd=tmp_path / "home",
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        code, elapsed, rest = _quick_exit_of(process)
    assert code == 0, rest
    assert elapsed < 2, elapsed
    assert "did not end the process" not in rest and "TOUR" not in rest, rest
    after = files_left(tmp_path)
    assert (
        after.get("config/HRD Reader/hrd-reader.ini") == before["config/HRD Reader/hrd-reader.ini"]
    )
    # The log file an ordinary session opens at start-up is all that may appear: empty.
    new = {name: data for name, data in after.items() if before.get(name) != data}
    assert new in ({}, {"state/HRD Reader/hrd-reader/hrd-reader.log": b""}), new


@pytest.mark.timeout(180)
def test_forget_removes_the_settings_and_log_of_an_earlier_session(tmp_path: Path) -> None:
    assert_tour_ok(tour(tmp_path))
    earlier = files_left(tmp_path)
    for name in (
        "config/HRD Reader/hrd-reader.ini",
        "state/HRD Reader/hrd-reader/hrd-reader.log",
        "config/QtProject.conf",
    ):
        assert name in earlier
    (tmp_path / "config" / "HRD Reader" / "hrd-reader.ini.corrupt").write_text("old")
    (tmp_path / "state" / "HRD Reader" / "hrd-reader" / "hrd-reader.log.1").write_text("old")
    result = tour(tmp_path, "--forget")
    assert_tour_ok(result)
    listed = next(line for line in result.stdout.splitlines() if line.startswith("forget lists"))
    for name in (
        "config/HRD Reader/hrd-reader.ini",
        "config/HRD Reader/hrd-reader.ini.corrupt",
        "state/HRD Reader/hrd-reader/hrd-reader.log",
        "state/HRD Reader/hrd-reader/hrd-reader.log.1",
        "config/QtProject.conf",
    ):
        assert str(tmp_path / name) in listed, listed
    assert files_left(tmp_path) == {}
    # The reader's own folders went too; the PDF the user saved stays.
    assert not (tmp_path / "config" / "HRD Reader").exists()
    assert (tmp_path / "out" / "handout.pdf").is_file()


def _quick_exit_of(process: subprocess.Popen[str]) -> tuple[int, float, str]:
    """Wait for the tour to type Quick Exit's key; the exit status, the time from the key to
    the end of the process, and what the process printed after it."""
    assert process.stdout is not None and process.stderr is not None
    output = []
    for line in process.stdout:
        output.append(line)
        if line.startswith("QUICK EXIT KEY "):
            key_time = float(line.split()[-1])
            break
    else:
        process.wait(30)
        pytest.fail("the tour never typed the key:\n" + "".join(output) + process.stderr.read())
    try:
        # A bound for a hung process: Quick Exit itself takes milliseconds.
        code = process.wait(timeout=2)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail("the reader was still running 2 s after Quick Exit")
    elapsed = time.monotonic() - key_time
    return code, elapsed, process.stdout.read() + process.stderr.read()
