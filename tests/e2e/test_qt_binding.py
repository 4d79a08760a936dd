"""The pinned Qt binding must not corrupt the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 returns ``None`` from every void C++ method without
taking a reference to it (it assumes Python 3.12's immortal None); after a few thousand calls
the interpreter aborts with "Fatal Python error: none_dealloc" — a few hundred question
switches in the reader. 6.11.3 is pinned for that reason; this test fails on a binding that
drains None again, so an upgrade cannot bring the crash back unnoticed. (The reference count
itself, in this process, is watched by tests/gui/test_qt_binding.py.)
"""

from __future__ import annotations

import textwrap

from tests.helpers.processes import run_python


def test_fifty_thousand_void_calls_survive() -> None:
    """The crash itself, in a fresh interpreter: with the bug it aborts long before the end."""
    program = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication(sys.argv[:1])
        label = QLabel()
        for n in range(50_000):
            label.setText(str(n % 7))  # a void method: returns None
        print("survived", label.text())
    """)
    result = run_python(program, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived 5"
