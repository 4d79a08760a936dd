"""The PySide6 6.12 / Python 3.11 None reference-count bug (see hrd_reader/pyside_fix.py):
without the work-around a long session aborts; with it, it does not."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

MANY_VOID_CALLS = """
import sys
{fix}
from PySide6.QtGui import QImage
image = QImage(1, 1, QImage.Format.Format_RGB32)
for _ in range(50_000):  # each void call used to cost None one reference
    image.setPixel(0, 0, 0)
print("survived")
"""


def run(fix: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", MANY_VOID_CALLS.format(fix=fix)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_many_void_calls_survive_with_the_work_around() -> None:
    result = run("from hrd_reader.pyside_fix import keep_none_alive; keep_none_alive()")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"


def test_the_bug_is_still_there_without_it() -> None:
    """When this fails, PySide6 (or Python ≥ 3.12) fixed it: drop pyside_fix.py."""
    result = run("")
    if sys.version_info >= (3, 12):
        assert result.returncode == 0
    else:
        assert result.returncode != 0
        assert "none_dealloc" in result.stderr
