"""Memory over a long session: RSS after many question switches, in the reading window and
in the presentation window (a trainer's clicker, a kiosk left running all day).

The switches run back to back through the reader's own entry points
(``MainWindow.show_question`` and ``PresentationWindow.show_row``), with one turn of the
event loop after each so Qt's deferred deletions happen as they would between inputs. RSS
is read from ``/proc/self/status`` after a garbage collection and ``malloc_trim``, so what
the allocator merely keeps in reserve is not counted as growth: a leak shows as RSS that
still rises between the first and the last checkpoint.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def rss_kib() -> int:
    """This process's resident set in KiB, after returning free heap pages to the system."""
    gc.collect()
    # Not glibc: RSS then includes what the allocator keeps in reserve.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def switching(show: Callable[[int], None], count: int, checkpoints: Sequence[int]) -> list[int]:
    """Show rows 0, 1, … (wrapping at ``count``) and the RSS at each checkpoint, in KiB."""
    from PySide6.QtCore import QCoreApplication

    marks: list[int] = []
    done = 0
    for checkpoint in checkpoints:
        while done < checkpoint:
            show(done % count)
            QCoreApplication.processEvents()
            done += 1
        marks.append(rss_kib())
    return marks


def question_switch_memory(checkpoints: Sequence[int]) -> dict[str, Any]:
    """RSS after each number of switches in ``checkpoints``, reading window and presentation."""
    from hrd_reader.core import bundled_pack
    from hrd_reader.gui.qt_app import create_application
    from hrd_reader.gui.reading.window import MainWindow
    from hrd_reader.gui.settings import open_settings

    app = create_application()
    pack = bundled_pack()
    count = len(pack.questions)
    result: dict[str, Any] = {"checkpoints": list(checkpoints), "questions": count}
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        window = MainWindow(pack, open_settings(Path(scratch) / "settings.ini"))
        window.show()
        app.processEvents()
        result["reading_rss_kib"] = switching(window.show_question, count, checkpoints)
        window.start_presentation()
        room = window.presentation
        assert room is not None
        app.processEvents()
        result["presentation_rss_kib"] = switching(room.show_row, count, checkpoints)
        room.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    return result
