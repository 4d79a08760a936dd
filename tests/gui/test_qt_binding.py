"""The pinned Qt binding must not drain Python's ``None``: PySide6-Essentials 6.12.0 on
Python 3.11 returns ``None`` from every void C++ method without taking a reference to it,
until the interpreter aborts (the crash itself, in a fresh process, is
tests/e2e/test_qt_binding.py; 6.11.3 is pinned for that reason)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_do_not_drain_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    # Other code may take or drop a few references meanwhile; 2,000 lost ones is the bug.
    assert sys.getrefcount(None) - before > -100
