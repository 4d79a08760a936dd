"""Running the program, or a few lines of Python, in a process of its own, as a user or a
fresh interpreter would — and checking the one-line error a bad command must give."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT, VERSION


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: int = 60
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` from the checkout, offscreen unless ``env`` says otherwise
    (``env`` is added to this process's environment)."""
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_python(
    code: str,
    *args: str,
    env: dict[str, str] | None = None,
    timeout: int = 60,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess[str]:
    """``python -c CODE ARGS`` from the checkout (or ``cwd``): a fresh interpreter, where
    nothing this test process imported or set up is loaded. ``env`` replaces the whole
    environment."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def with_the_window(then: str, settings: Path, env: dict[str, str] | None = None) -> str:
    """In a fresh interpreter, build the reading window offscreen with the bundled pack (as
    ``w``, its application as ``app``), run the Python lines ``then`` and return what they
    print: how tests see what the first frame loaded, and what loads later."""
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from hrd_reader.gui.qt_app import create_application\n"
        "from hrd_reader.core import bundled_pack, load_pack\n"
        "from hrd_reader.gui.settings import open_settings\n"
        "from hrd_reader.gui.reading.window import MainWindow\n"
        "app = create_application()\n"
        f"w = MainWindow(bundled_pack(), open_settings({str(settings)!r}))\n" + then
    )
    result = run_python(code, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def on_display(display: str) -> dict[str, str]:
    """The environment additions that put the program on X display ``display``."""
    return {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def self_test_ok(platform: str) -> str:
    """The line ``--self-test`` prints when it passes with the bundled pack on ``platform``."""
    return (
        f"self-test ok: pack 'hrd-faq', 7 questions rendered, window built on '{platform}' "
        f"(HRD Reader {VERSION})"
    )


def assert_one_line_error(
    result: subprocess.CompletedProcess[str], *words: str, startswith: str = ""
) -> None:
    """Exit status 2 and one line on stderr, no traceback: how the program refuses bad
    arguments or a bad pack. The line holds each of ``words`` and begins with
    ``startswith``."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(startswith), lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
