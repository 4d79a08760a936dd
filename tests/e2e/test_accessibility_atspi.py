"""The answer pane as a screen reader gets it: over AT-SPI on a real X display (Xvfb), in a
private D-Bus session, walked with pyatspi (tests/e2e/atspi_probe.py) — a text with a caret and
caret events, not a label read whole."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.mark.xvfb
def test_answer_is_a_text_with_a_caret_over_atspi(xvfb_display: str, tmp_path: Path) -> None:
    dbus_run_session = shutil.which("dbus-run-session")
    assert dbus_run_session, "dbus-run-session is missing: run ./test.sh (it installs dbus)"
    has_pyatspi = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=False)
    assert has_pyatspi.returncode == 0, "pyatspi is missing: ./test.sh installs python3-pyatspi"
    settings = tmp_path / "s.ini"
    # Inside one D-Bus session: the reader, and the probe that walks its tree. The reader is
    # stopped when the probe has printed what it found.
    script = (
        f'"{sys.executable}" main.py --settings "{settings}" --question challenges & app=$!; '
        f'"{SYSTEM_PYTHON}" tests/e2e/atspi_probe.py 30; status=$?; kill $app; exit $status'
    )
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    result = subprocess.run(
        [dbus_run_session, "--", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, result.stdout + result.stderr
    found = json.loads(lines[-1])
    assert found["role"] != "label", "a screen reader could only read the answer whole"
    assert found["role"] in {"text", "document text", "document frame"}, found
    assert "Text" in found["interfaces"]
    assert "read only" in found["states"] and "multi line" in found["states"]
    assert found["characters"] > 500, "the whole answer is in the text interface"
    assert found["caret"] == 25
    assert 25 in found["caret_events"], "moving the caret is announced"
