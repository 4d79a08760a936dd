"""PySide6 6.12 on Python 3.11 takes a reference to None away on every void call; the
reader must survive hours of use anyway (hrd_reader/none_refcount.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

# Far more void calls than None has references without the fix (~5,000 at start-up).
CALLS = 50_000

PROGRAM = textwrap.dedent(
    f"""
    import sys
    {{prelude}}
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv[:1])
    label = QLabel()
    for n in range({CALLS}):
        label.setText(str(n % 7))  # a void method: returns None
    print("survived", label.text())
    """
)


def run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM.format(prelude=prelude)],
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_reader_survives_many_void_calls() -> None:
    result = run("import hrd_reader")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived 5"


def test_none_is_protected_on_this_python() -> None:
    import hrd_reader  # noqa: F401  (the import applies the fix)
    from hrd_reader.none_refcount import RESERVE

    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > RESERVE // 2
    else:
        assert sys.getrefcount(None) > 2**31  # immortal anyway


def test_without_the_fix_pyside_aborts() -> None:
    """The reason for the fix. When this fails, PySide6 is fixed: remove none_refcount.py."""
    if sys.version_info >= (3, 12):
        return  # None is immortal: the bug cannot bite
    result = run("pass")
    assert result.returncode != 0
    assert "none_dealloc" in result.stderr
