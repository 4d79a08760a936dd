"""Work-around for a crash in PySide6 6.12 on Python 3.11: keep ``None`` from being freed.

PySide6 6.12's bindings return ``None`` from every ``void`` C++ method without taking a
reference to it — correct on Python 3.12+, where ``None`` is immortal, wrong on 3.11: each
call (``QWidget.update()``, ``QStyle.drawControl()``, ``setHtml()`` …) takes one reference
away, and after a few thousand calls (``None`` starts with ~5,000) the interpreter aborts with
"Fatal Python error: none_dealloc". In the reader a few hundred question switches or a minute
of scrolling the sidebar was enough. ``tests/test_none_refcount.py`` reproduces it.

The cure is what Python 3.12 does: make ``None`` effectively immortal by giving it a
reference count no program can use up. Nothing happens on 3.12 and later, nor on other
Python implementations.
"""

from __future__ import annotations

import sys

# 2**40 references: a trillion void calls, centuries of use.
RESERVE = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if sys.getrefcount(None) > RESERVE:
        return  # already done (the package is imported once, but be safe)
    import ctypes

    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
