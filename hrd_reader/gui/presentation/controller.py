"""The presenter's windows, joined: opens, follows and closes the presentation and the QR
codes, and keeps the zoom of each mode (reading and presentation, each in its setting).

The main window keeps no state of these windows: it asks this controller to start, show or
zoom, and follows its signals. Another window (a presenter console) joins by being opened
in ``start`` beside the presentation, listed in ``windows`` (so a new pack or the main
window closing closes it with the others), given the colours in ``set_colors``, and
following the presentation's ``rowChanged``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hrd_reader.core import Pack
from hrd_reader.gui import zoom
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.settings import ZOOM_PRESENTATION, ZOOM_READING, Settings
from hrd_reader.gui.themes import LIGHT, ThemeColors

if TYPE_CHECKING:
    from hrd_reader.gui.presentation.room import PresentationWindow
    from hrd_reader.gui.presentation.share import ShareWindow

ZOOM_ACTIONS = (ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET)


class PresentationController(QObject):
    # The presentation moved to another question: the main window follows, so leaving
    # the presentation returns to the same place.
    rowChanged = Signal(int)
    linkRequested = Signal(QUrl)
    # The reading window's own zoom changed: the main window sizes its text.
    readingZoomChanged = Signal(int)

    def __init__(
        self,
        main: QWidget,
        pack: Pack,
        settings: Settings,
        actions: Mapping[ActionId, QAction],
    ) -> None:
        super().__init__(main)
        self._main = main
        self._settings = settings
        self._actions = actions
        self.pack = pack
        self.colors: ThemeColors = LIGHT
        self.presentation: PresentationWindow | None = None
        self.share: ShareWindow | None = None
        self.reading_zoom = settings.get(ZOOM_READING)

    def windows(self) -> list[QWidget]:
        """The room's windows open now, the one on top first."""
        return [shown for shown in (self.share, self.presentation) if shown is not None]

    def close_all(self) -> None:
        for shown in self.windows():
            shown.close()

    def set_pack(self, pack: Pack) -> None:
        # The room's windows show the old pack: close them.
        self.close_all()
        self.pack = pack

    def set_colors(self, colors: ThemeColors) -> None:
        # The QR codes stay dark on white whatever the theme: phone cameras read that best.
        self.colors = colors
        if self.presentation is not None:
            self.presentation.set_colors(colors)

    # -- zoom ----------------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Zoom the mode on screen: presentation when it runs, else the reading window.
        Each mode keeps its own percentage (a projector wants bigger type than a desk)."""
        percent = zoom.clamp(percent)
        if self.presentation is not None:
            self.presentation.set_zoom(percent)
            self._settings.set(ZOOM_PRESENTATION, percent)
        else:
            self.reading_zoom = percent
            self._settings.set(ZOOM_READING, percent)
            self.readingZoomChanged.emit(percent)
        self._actions[ActionId.ZOOM_IN].setEnabled(percent < zoom.ZOOM_MAX)
        self._actions[ActionId.ZOOM_OUT].setEnabled(percent > zoom.ZOOM_MIN)

    def current_zoom(self) -> int:
        return self.presentation.zoom if self.presentation is not None else self.reading_zoom

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(zoom.step(self.current_zoom(), steps))

    # -- the windows -----------------------------------------------------------------

    def start(self, row: int) -> None:
        """Full screen from question ``row``, on the screen the main window is on."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            return
        # Imported when first used: start-up does not pay for windows most runs never open.
        from hrd_reader.gui.presentation.room import PresentationWindow

        show = PresentationWindow(self.pack, self._main)
        self.presentation = show
        show.set_colors(self.colors)
        # Zoom keys work there too; they act on the presentation's own zoom.
        show.addActions([self._actions[action] for action in ZOOM_ACTIONS])
        show.rowChanged.connect(self.rowChanged)
        show.shareRequested.connect(self.show_share)
        show.answer.questionRequested.connect(
            lambda qid: show.show_row(self.pack.index_of(qid) or 0)
        )
        show.answer.linkRequested.connect(self.linkRequested)
        show.closed.connect(self._presentation_closed)
        show.show_row(max(0, row))
        show.set_zoom(self._settings.get(ZOOM_PRESENTATION))
        show.show_on(self._main.screen())
        self.set_zoom(show.zoom)

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.set_zoom(self.reading_zoom)
        self._main.activateWindow()

    def show_share(self) -> None:
        """The Donate and Sign Up addresses as full-screen QR codes, over whatever is shown."""
        if not self.pack.links:
            return  # nothing to scan (the action is disabled; a presenter's key does nothing)
        if self.share is not None:
            self.share.activateWindow()
            return
        on = self.presentation if self.presentation is not None else self._main
        from hrd_reader.gui.presentation.share import ShareWindow

        self.share = ShareWindow(self.pack, self._main)
        self.share.closed.connect(self._share_closed)
        self.share.show_on(on.screen())

    def _share_closed(self) -> None:
        self.share = None
        if self.presentation is not None:
            self.presentation.activateWindow()
