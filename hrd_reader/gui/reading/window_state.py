"""What the main window remembers between runs of its own shape: its size and place, and
the sidebar's width. The first run (or a geometry that no longer fits any screen) gets a
window centred on the primary screen, as large as FIRST_RUN_SIZE allows.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from hrd_reader.gui.settings import SPLITTER_STATE, WINDOW_GEOMETRY, Settings

FIRST_RUN_SIZE = (1100, 720)


def restore_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    geometry = settings.get(WINDOW_GEOMETRY)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        first_run_geometry(window)
    state = settings.get(SPLITTER_STATE)
    if not state.isEmpty():
        splitter.restoreState(state)


def first_run_geometry(window: QMainWindow) -> None:
    width, height = FIRST_RUN_SIZE
    area = QGuiApplication.primaryScreen().availableGeometry()
    width, height = min(width, area.width()), min(height, area.height())
    window.setGeometry(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def save_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Set, not written yet: the caller syncs once with everything else it saves."""
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(SPLITTER_STATE, splitter.saveState())
