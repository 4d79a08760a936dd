"""Every key of a presenter's clicker, pressed in the presenter console, moves what the room
sees — and the console follows. The keys go to the console's window as a clicker's do (to
whatever has the keyboard focus there), never straight to a widget.

(The console placed on a second screen by the controller is in tests/e2e/test_console.py,
which can configure two screens.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hrd_reader.core import Pack
from hrd_reader.gui.presentation.console import PresenterConsole
from hrd_reader.gui.presentation.room import PresentationWindow
from tests.helpers.clicker import clicker_walk

# Far more presses than any answer of the bundled FAQ takes at 200 %: a bound, not a count.
MAX_PRESSES = 100


@pytest.fixture
def console(qtbot, pack: Pack) -> PresenterConsole:  # type: ignore[no-untyped-def]
    room = PresentationWindow(pack)
    qtbot.addWidget(room)
    room.show_row(0)
    room.show_on(QApplication.primaryScreen())  # full screen, as on the projector
    qtbot.waitUntil(room.isFullScreen)
    shown = PresenterConsole(pack, room)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def clicker(console: PresenterConsole, key: Qt.Key) -> None:
    """``key`` pressed on a clicker while the console is the active window."""
    handle = console.windowHandle()
    assert handle is not None and QApplication.activeWindow() is console
    QTest.keyClick(handle, key)


def assert_room_shows(console: PresenterConsole, pack: Pack, row: int, key: Qt.Key) -> None:
    room = console.room
    name = Qt.Key(key).name
    assert room.row == row, f"{name} in the console: the room shows question {room.row + 1}"
    assert room.title.text() == pack.questions[row].title, name
    assert room.footer.text().startswith(f"{row + 1} / {len(pack.questions)} "), name
    assert room.blank == "" and room.answer.isVisible(), name
    # The console follows the room.
    assert console.position.text() == f"{row + 1} / {len(pack.questions)}", name
    assert console.preview_title.text() == pack.questions[row].title, name


def test_every_clicker_key_in_the_console_moves_the_room(qtbot, console, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    console.room.set_zoom(50)  # every answer fits: each key is one question
    last = len(pack.questions) - 1
    steps = clicker_walk(last)
    for key, row in steps:
        clicker(console, key)
        assert_room_shows(console, pack, row, key)


@pytest.mark.parametrize(
    ("key", "colour"),
    [(Qt.Key.Key_B, "black"), (Qt.Key.Key_Period, "black"), (Qt.Key.Key_W, "white")],
)
def test_blank_keys_in_the_console_blank_the_room_and_any_key_brings_it_back(
    qtbot, console, pack: Pack, key: Qt.Key, colour: str
) -> None:
    room = console.room
    room.set_zoom(50)
    clicker(console, Qt.Key.Key_PageDown)
    clicker(console, key)
    assert room.blank == colour and room.blank_overlay.isVisible()
    assert room.row == 1
    assert "blank" in console.room_state.text()
    clicker(console, Qt.Key.Key_PageDown)  # brings the text back, and does nothing else
    assert not room.blank_overlay.isVisible()
    assert_room_shows(console, pack, 1, key)
    assert "blank" not in console.room_state.text()


def test_pagedown_and_pageup_in_the_console_scroll_a_long_answer_first(
    qtbot, console, pack: Pack
) -> None:
    room = console.room
    room.set_zoom(200)
    bar = room.answer.verticalScrollBar()
    assert bar.maximum() > 0, "at 200 % the first answer must be taller than the screen"
    # (value, maximum) after each PageDown while the first answer is shown.
    seen = [(bar.value(), bar.maximum())]
    for _ in range(MAX_PRESSES):
        clicker(console, Qt.Key.Key_PageDown)
        if room.row != 0:
            break
        assert bar.value() > seen[-1][0], "PageDown in the console did not scroll the room"
        seen.append((bar.value(), bar.maximum()))
    assert room.row == 1, f"still on the first answer after {MAX_PRESSES} PageDown"
    assert len(seen) >= 3, seen  # a screenful at a time
    assert seen[-1][0] == seen[-1][1], "the room moved on before the end of the answer"
    assert_room_shows(console, pack, 1, Qt.Key.Key_PageDown)
    # PageUp goes back to the first answer; inside it, PageUp scrolls up first.
    clicker(console, Qt.Key.Key_PageUp)
    assert_room_shows(console, pack, 0, Qt.Key.Key_PageUp)
    clicker(console, Qt.Key.Key_PageDown)
    clicker(console, Qt.Key.Key_PageDown)
    scrolled = bar.value()
    assert room.row == 0 and scrolled > 0
    clicker(console, Qt.Key.Key_PageUp)
    assert room.row == 0 and 0 <= bar.value() < scrolled, "PageUp did not scroll the room up"
    for _ in range(MAX_PRESSES):
        if bar.value() == 0:
            break
        clicker(console, Qt.Key.Key_PageUp)
    assert room.row == 0 and bar.value() == 0
    assert_room_shows(console, pack, 0, Qt.Key.Key_PageUp)
