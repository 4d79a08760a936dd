"""What a screen-reader user hears in the presentation: after every key, where the room is
(question number and title, the question shown alone, an answer that goes on, a blank
screen) — as the description of the room's view and of the presenter console, the windows
that have the keyboard, so a change is spoken at once. The timer is never part of it: a
clock read out every second would drown everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hrd_reader.gui.accessibility.spoken import describe
from hrd_reader.gui.i18n import tr

if TYPE_CHECKING:
    from hrd_reader.gui.presentation.room import PresentationWindow


def room_state(room: PresentationWindow) -> str:
    """What the room sees now, in words."""
    if room.blank:
        colour = tr("black") if room.blank == "black" else tr("white")
        return tr("The screen is blank ({colour}) — any key brings the text back").format(
            colour=colour
        )
    if not 0 <= room.row < len(room.pack.questions):
        return ""
    parts = [
        tr("Question {number} of {count}: {title}").format(
            number=room.row + 1,
            count=len(room.pack.questions),
            title=room.pack.questions[room.row].title,
        )
    ]
    bar = room.answer.verticalScrollBar()
    if not room.revealed:
        parts.append(tr("The question alone — the next key reveals the answer"))
    elif bar.value() < bar.maximum():
        parts.append(tr("The answer continues: next key shows the rest"))
    return " — ".join(parts)


class _Teller(QObject):
    """Keeps ``window``'s description on what ``room`` shows; goes with the window."""

    def __init__(self, room: PresentationWindow, window: QWidget) -> None:
        super().__init__(window)
        self._room = room
        self._window = window
        room.viewChanged.connect(self.tell)
        self.tell()

    def tell(self) -> None:
        describe(self._window, room_state(self._room))


def follow_room(room: PresentationWindow, window: QWidget) -> None:
    """From now on, ``window`` (the room's view or the console) describes what the room
    sees, and a screen reader speaks each change while it has the keyboard."""
    _Teller(room, window)
