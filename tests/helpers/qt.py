"""pytest-qt helpers: waiting until a window is really on screen, and a reader window shown
for a pack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from hrd_reader.core import Pack
from hrd_reader.gui.settings import Settings

if TYPE_CHECKING:
    from hrd_reader.gui.reading.window import MainWindow


def wait_exposed(qtbot: Any, widget: QWidget) -> None:
    """Wait until ``widget``'s window is on screen.

    (pytest-qt's ``qtbot.waitExposed`` is a context manager around the call that shows a
    window; called on its own it waits for nothing.)
    """

    def exposed() -> bool:
        handle = widget.windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed)


def shown_window(qtbot: Any, pack: Pack, settings: Settings) -> MainWindow:
    """The reader's window for ``pack``, closed by qtbot after the test, on screen with its
    first frame painted (and what the window leaves until then done)."""
    # Imported here: the window module pulls in every widget, which only window tests need.
    from hrd_reader.gui.reading.window import MainWindow

    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstFramePainted):
        window.show()
    wait_exposed(qtbot, window)
    return window
