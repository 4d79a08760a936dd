"""The walk a trainer's clicker makes through the questions: each key and the row the room
must show after it (every answer fits the screen, so each key is one question)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def clicker_walk(last: int) -> list[tuple[Qt.Key, int]]:
    """Forward with every forward key, back with every back key, both ends held."""
    return [
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Space, 3),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_PageUp, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Backspace, 1),
        (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_PageUp, 0),  # stays on the first
        (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_End, last),
        (Qt.Key.Key_PageDown, last),  # stays on the last
        (Qt.Key.Key_Home, 0),
    ]
