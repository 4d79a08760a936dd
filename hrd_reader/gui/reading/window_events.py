"""The main window's own event handlers: the first frame painted, and pack drops.

Overridden handlers rather than event filters: a filter on the window (or on the
application) would call into Python for every event it sees; these run only for the event
they handle.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPaintEvent


class WindowEvents(QMainWindow):
    # The first frame is on the screen (emitted once, when the window's first paint has
    # been handed to the window system): what start-up left for later can run now.
    firstFramePainted = Signal()
    # A pack file or folder was dropped on the window (its path).
    packDropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setAcceptDrops(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window is painted first, then its children, in one frame; the signal is queued
        # so that it comes once the whole frame has gone to the window system.
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstFramePainted.emit)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._take_pack_drop(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_pack_drop(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._take_pack_drop(event)
        if path is not None:
            self.packDropped.emit(str(path))

    def _take_pack_drop(self, event: QDropEvent) -> Path | None:
        """Accept a dragged pack (one ``.hrdpack`` file or pack folder); refuse the rest."""
        from hrd_reader.gui.packs.open_pack import dropped_pack

        path = dropped_pack(event.mimeData())
        if path is None:
            event.ignore()
        else:
            event.acceptProposedAction()
        return path
