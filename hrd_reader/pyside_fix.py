"""Work-around for a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6-Essentials 6.12.0 returns ``None`` from every C++ method without a result (``void``)
without taking a reference to it, so each such call lowers ``None``'s reference count by
one. From Python 3.12 on ``None`` is immortal and nothing happens; on Python 3.11 the count
(a few thousand at start-up) reaches zero after a few thousand calls — drawing one QR code
makes hundreds — and the interpreter aborts with "Fatal Python error: none_dealloc". A
trainer's session would end in a crash, and ``export-pdf`` would exit with status 134.

``keep_none_alive`` gives ``None`` a reference count no session can use up. It must run
before Qt is used; ``qt_app.create_application`` and the tests' conftest call it. Remove it
when the pinned PySide6 is fixed or the oldest supported Python is 3.12.
"""

from __future__ import annotations

import sys

# 2**40 void calls is more than any session makes (a call takes far over a nanosecond).
HEADROOM = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # None is immortal there (PEP 683), or refcounts work differently
    import ctypes

    # In CPython 3.11 a PyObject starts with its Py_ssize_t reference count.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
