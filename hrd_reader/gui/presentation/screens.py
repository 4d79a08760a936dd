"""Which screen the room sees and which the trainer keeps: the one rule for placing the
presentation and the presenter console, at F5 and whenever a screen comes or goes.

The trainer's screen is the one the reader's window (or, later, the console) is on. Any
other screen is a projector; with several, the largest. A screen with the same geometry as
the trainer's is the same picture (mirrored displays): a console there would be seen by
the room, so there is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QScreen


def area(screen: QScreen) -> int:
    size = screen.geometry().size()
    return size.width() * size.height()


def placement(trainer: QScreen, screens: Sequence[QScreen]) -> tuple[QScreen, QScreen | None]:
    """The room's screen and the console's (None: one picture only, no console)."""
    others = [screen for screen in screens if screen.geometry() != trainer.geometry()]
    if not others:
        return trainer, None
    # The largest other screen; among equals the first, in the system's order.
    return max(others, key=area), trainer
