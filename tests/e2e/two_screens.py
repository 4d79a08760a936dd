"""A trainer's session on two screens, run as its own program: Qt's offscreen platform is
configured with a 1366×768 laptop and a 1920×1080 projector (``QT_QPA_PLATFORM=offscreen:
configfile=…``), which the pytest process — one offscreen screen — cannot have.

``python -m tests.e2e.two_screens SCENARIO [ARG]`` prints what it saw as one line of JSON;
tests/test_console.py starts it and checks. ``shots DIR`` saves the console and the room's
view as PNGs instead (the README's screenshots).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from hrd_reader.core import load_pack
from hrd_reader.gui.qt_app import create_application
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import open_settings

ROOT = Path(__file__).resolve().parents[2]
WORKSHOP_PACK = ROOT / "tests" / "packs" / "workshop"
# More key presses than any answer of the workshop pack needs: a loop that waits on the
# reader ends, whatever the reader does.
MAX_PRESSES = 200


def screen(config: list[tuple[str, int, int, int]]) -> dict[str, Any]:
    return {
        "synchronousWindowSystemEvents": True,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": name,
                "x": x,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
            for name, x, width, height in config
        ],
    }


LAPTOP_AND_PROJECTOR = screen([("laptop", 0, 1366, 768), ("projector", 1366, 1920, 1080)])
MIRRORED = screen([("laptop", 0, 1366, 768), ("projector", 0, 1366, 768)])


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> bool:
    """Run the event loop until ``condition`` holds (or the time is up)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


def key(widget: QWidget, which: Qt.Key) -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, which, Qt.KeyboardModifier.NoModifier))


def presses_while(condition: Callable[[], bool], widget: QWidget, which: Qt.Key) -> int:
    """Press ``which`` while ``condition`` holds, at most MAX_PRESSES times; how many."""
    for count in range(MAX_PRESSES):
        if not condition():
            return count
        key(widget, which)
    return MAX_PRESSES


def where(widget: QWidget | None) -> str | None:
    return widget.screen().name() if widget is not None and widget.isVisible() else None


def start(window: MainWindow) -> None:
    window.actions_by_id["actionPresentation"].trigger()


def session(start_screen: str) -> dict[str, Any]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(load_pack(WORKSHOP_PACK), open_settings(tempfile.mkdtemp() + "/s.ini"))
    window.show()
    if start_screen == "projector":
        window.setScreen(app.screens()[1])
        window.setGeometry(1366 + 100, 100, 1000, 700)
    pack = window.pack
    seen: dict[str, Any] = {"window": window.screen().name()}
    start(window)
    room, console = window.presentation, window.room.console
    assert room is not None
    seen["room"] = where(room)
    seen["room_full_screen"] = room.isFullScreen()
    seen["room_geometry"] = list(room.geometry().getRect())
    seen["console"] = where(console)
    if console is None:
        return seen
    seen["active_is_console"] = QApplication.activeWindow() is console
    seen["preview"] = console.preview.toPlainText()
    seen["next"] = console.next_label.text()
    seen["notes"] = console.notes.toPlainText()
    seen["position"] = console.position.text()
    quick_exit = console.findChild(QToolButton, "consoleQuickExitButton")
    seen["quick_exit"] = (
        quick_exit is not None
        and quick_exit.isVisible()
        and quick_exit.defaultAction().objectName() == "actionQuickExit"
    )
    seen["room_text"] = room.title.text() + "\n" + room.answer.toPlainText()
    seen["answer_pane"] = window.answer_view.toPlainText()
    seen["timer_start"] = console.timer.text()
    seen["timer_moved"] = wait_until(lambda: console.timer.text() != "0:00")

    key(console, Qt.Key.Key_PageDown)  # the first answer is long: a screenful further
    seen["scrolled"] = {
        "room": room.answer.verticalScrollBar().value(),
        "room_max": room.answer.verticalScrollBar().maximum(),
        "preview": console.preview.verticalScrollBar().value(),
        "preview_max": console.preview.verticalScrollBar().maximum(),
        "room_row": room.row,
    }
    # To the next question, a screenful at a time; bounded, so a console that ignores
    # PageDown shows up as the room still on question 1, not as a hang.
    presses_while(lambda: room.row == 0, console, Qt.Key.Key_PageDown)
    seen["after_pagedown"] = {
        "room_row": room.row,
        "main_row": window.current_row(),
        "notes": console.notes.toPlainText(),
        "next": console.next_label.text(),
        "position": console.position.text(),
    }
    rows: list[int] = []
    room.rowChanged.connect(rows.append)
    item = console.questions.item(3)
    centre = console.questions.visualItemRect(item).center()
    from PySide6.QtTest import QTest

    QTest.mouseClick(console.questions.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    seen["after_click"] = {
        "room_row": room.row,
        "rows_passed": rows,
        "next": console.next_label.text(),
    }
    key(console, Qt.Key.Key_S)
    seen["after_swap"] = {"room": where(room), "console": where(console)}
    key(room, Qt.Key.Key_S)  # S in the room's view swaps back
    seen["after_swap_back"] = {"room": where(room), "console": where(console)}

    # The projector is unplugged, then plugged in again: the controller places the windows
    # again from the screens it is given (offscreen screens cannot be unplugged).
    controller = window.room
    laptop, projector = app.screens()
    key(console, Qt.Key.Key_P)  # the timer, paused, must come back as it was
    paused_at = console.timer.text()
    controller.available_screens = lambda: [laptop]  # type: ignore[method-assign]
    controller._replace()
    seen["unplugged"] = {
        "room": where(room),
        "console": controller.console is not None,
        "room_row": room.row,
        "room_geometry": list(room.geometry().getRect()),
    }
    controller.available_screens = lambda: [laptop, projector]  # type: ignore[method-assign]
    controller._replace()
    console = controller.console
    seen["plugged"] = {
        "room": where(room),
        "console": where(console),
        "room_row": room.row,
        "timer_kept": console is not None and console.timer.text() == paused_at,
        "timer_paused": console is not None and console.timer.paused,
    }
    assert console is not None
    key(console, Qt.Key.Key_Escape)
    seen["after_escape"] = {
        "room": window.presentation is not None,
        "console": window.room.console is not None,
        "main_row": window.current_row(),
        "active_is_main": wait_until(lambda: QApplication.activeWindow() is window),
    }

    window.actions_by_id["actionQuestionFirst"].trigger()
    window.show_question(0)
    start(window)
    room, console = window.presentation, window.room.console
    assert room is not None and console is not None
    seen["question_first"] = {
        "answer_visible": room.answer.isVisible(),
        "number": room.number.text() if room.number.isVisible() else "",
        "console_preview": console.preview.toPlainText(),
        "state": console.room_state.text(),
    }
    key(console, Qt.Key.Key_PageDown)
    seen["question_first_reveal"] = {"row": room.row, "answer_visible": room.answer.isVisible()}
    key(console, Qt.Key.Key_PageDown)
    # A long answer is stepped through first.
    presses_while(lambda: room.revealed and room.row == 0, console, Qt.Key.Key_PageDown)
    seen["question_first_next"] = {"row": room.row, "answer_visible": room.answer.isVisible()}
    seen["answers"] = [q.markdown for q in pack.questions]
    seen["all_notes"] = [q.notes for q in pack.questions]
    return seen


def shots(folder: str) -> dict[str, Any]:
    """The README's pictures: question 2 of the workshop pack, 24 minutes in, 90 planned."""
    window = MainWindow(load_pack(WORKSHOP_PACK), open_settings(tempfile.mkdtemp() + "/s.ini"))
    window.show()
    window.show_question(1)
    window.room.set_session_minutes(90)
    start(window)
    room, console = window.presentation, window.room.console
    assert room is not None and console is not None
    console.timer.restore((24 * 60 + 7, False, console.timer.state()[2]))
    # Laid out at their full size (layouts run from the event loop), then grabbed.
    wait_until(lambda: room.column.width() >= room.column.maximumWidth() - 1, 2000)
    console.layout().activate()
    out = Path(folder)
    saved = {}
    for name, shown in (("presenter-console.png", console), ("presentation-room.png", room)):
        picture = shown.grab()
        picture.save(str(out / name))
        saved[name] = [picture.width(), picture.height()]
    return saved


def main() -> int:
    create_application()
    scenario = sys.argv[1]
    result = shots(sys.argv[2]) if scenario == "shots" else session(scenario)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
