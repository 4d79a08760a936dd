"""Memory stays flat over a long session: thousands of question switches in the reading
window and in the presentation window (a clicker, a kiosk left running all day) must not
make the reader grow. A memory bound, never a time."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QTextFrame

from bench.memory import switching
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.reading.window import MainWindow

WARM_UP = 300
SWITCHES = 2000
# The two leaks this guards against cost 0.4 KiB (reading) and 0.7 KiB (presentation) per
# switch: 800 KiB and 1.4 MiB over SWITCHES. Flat is a few pages of allocator noise.
BOUND_KIB = 400


def _live_frame_wrappers() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, QTextFrame))


def _changed_receivers(window: MainWindow) -> int:
    action = window.actions_by_id[ActionId.NEXT_QUESTION]
    return int(action.receivers(SIGNAL("changed()")))


@pytest.mark.parametrize("mode", ["reading", "presentation"])
def test_question_switches_do_not_grow_memory(qtbot, window: MainWindow, mode: str) -> None:
    count = len(window.pack.questions)
    show = window.show_question
    if mode == "presentation":
        window.start_presentation()
        qtbot.waitUntil(lambda: window.presentation is not None)
        room = window.presentation
        assert room is not None
        show = room.show_row
    switching(show, count, [WARM_UP])
    frames, receivers = _live_frame_wrappers(), _changed_receivers(window)
    before, after = switching(show, count, [1, SWITCHES])
    # The causes, exactly: no Python wrapper of a replaced root frame is kept alive, and the
    # Next button holds no extra connection per change of its action ...
    assert _live_frame_wrappers() <= frames
    assert _changed_receivers(window) <= receivers
    # ... and what they cost, whatever the next cause would be.
    assert after - before <= BOUND_KIB, f"{mode}: RSS grew {after - before} KiB"
