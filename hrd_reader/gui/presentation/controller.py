"""The presenter's windows, joined: opens, places, follows and closes the presentation,
the presenter console and the QR codes, and keeps the zoom of each mode (reading and
presentation, each in its setting).

The main window keeps no state of these windows: it asks this controller to start, show or
zoom, and follows its signals. With two screens the room's view goes to the projector and
the console stays with the trainer (``screens.placement``); with one there is no console.
Screens plugged in or out while presenting place the windows again, at the same question
and with the timer running on. Esc in either window ends both; ``S`` swaps their screens.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from hrd_reader.core import Pack
from hrd_reader.gui.action_widgets import set_enabled
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.presentation.screens import placement
from hrd_reader.gui.reading import zoom
from hrd_reader.gui.settings import (
    QUESTION_FIRST,
    WORKSHOP_MINUTES,
    ZOOM_NOTES,
    ZOOM_PRESENTATION,
    ZOOM_READING,
    Settings,
)
from hrd_reader.gui.themes import LIGHT, ThemeColors

if TYPE_CHECKING:
    from hrd_reader.gui.presentation.console import PresenterConsole
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
    # For sharing in the room (gui/sharing): phones follow the room's view; the console
    # shows the sharing button and how many phones read.
    presentationOpened = Signal(QWidget)
    consoleOpened = Signal(QWidget)

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
        self.console: PresenterConsole | None = None
        self.share: ShareWindow | None = None
        self.room_url: str | None = None  # while sharing in the room: its address, for the QR
        self.reading_zoom = settings.get(ZOOM_READING)
        # The workshop's length: the setting, or --duration for this run only.
        self.minutes = settings.get(WORKSHOP_MINUTES)
        # The console's timer while a screen change has closed it, to carry on after.
        self._timer_state: tuple[float, bool, float] | None = None
        self._replacing = False  # closing the console for a screen change, not ending
        actions[ActionId.QUESTION_FIRST].setChecked(settings.get(QUESTION_FIRST))

    def windows(self) -> list[QWidget]:
        """The presenter's windows open now, the one on top first."""
        shown = (self.share, self.console, self.presentation)
        return [window for window in shown if window is not None]

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
        if self.console is not None:
            self.console.set_colors(colors)

    def follow_question_first(self) -> None:
        """View ▸ Question First was switched: remember it, and the room follows."""
        on = self._actions[ActionId.QUESTION_FIRST].isChecked()
        self._settings.set(QUESTION_FIRST, on)
        if self.presentation is not None:
            self.presentation.set_question_first(on)

    def set_session_minutes(self, minutes: int) -> None:
        """The workshop's length for this run (``--duration``), not remembered."""
        self.minutes = max(0, minutes)
        if self.console is not None:
            self.console.set_minutes(self.minutes)

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
        set_enabled(self._actions[ActionId.ZOOM_IN], percent < zoom.ZOOM_MAX)
        set_enabled(self._actions[ActionId.ZOOM_OUT], percent > zoom.ZOOM_MIN)

    def current_zoom(self) -> int:
        return self.presentation.zoom if self.presentation is not None else self.reading_zoom

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(zoom.step(self.current_zoom(), steps))

    # -- the windows -----------------------------------------------------------------

    def start(self, row: int) -> None:
        """Full screen from question ``row``: on the projector with the console on the
        main window's screen, or on the main window's screen when it is the only one."""
        if self.presentation is not None:
            (self.console or self.presentation).activateWindow()
            return
        # Imported when first used: start-up does not pay for windows most runs never open.
        from hrd_reader.gui.accessibility.presentation import follow_room
        from hrd_reader.gui.presentation.room import PresentationWindow

        show = PresentationWindow(self.pack, self._main)
        self.presentation = show
        show.set_colors(self.colors)
        # Zoom keys work there too; they act on the presentation's own zoom.
        show.addActions([self._actions[action] for action in ZOOM_ACTIONS])
        show.rowChanged.connect(self.rowChanged)
        show.shareRequested.connect(self.show_share)
        show.swapRequested.connect(self.swap)
        show.answer.questionRequested.connect(
            lambda qid: show.show_row(self.pack.index_of(qid) or 0)
        )
        show.answer.linkRequested.connect(self.linkRequested)
        show.closed.connect(self._presentation_closed)
        show.set_question_first(self._actions[ActionId.QUESTION_FIRST].isChecked())
        show.show_row(max(0, row))
        show.set_zoom(self._settings.get(ZOOM_PRESENTATION))
        follow_room(show, show)
        self._timer_state = None
        self.place(self._main.screen())
        self.set_zoom(show.zoom)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        self.presentationOpened.emit(show)

    def available_screens(self) -> list[QScreen]:
        return QGuiApplication.screens()

    def place(self, trainer: QScreen) -> None:
        """The room's view and the console on their screens, the trainer's being
        ``trainer``; the console opens or closes as the screens need."""
        show = self.presentation
        if show is None:
            return
        room_screen, console_screen = placement(trainer, self.available_screens())
        show.show_on(room_screen)
        if console_screen is None:
            if self.console is not None:
                self._timer_state = self.console.timer.state()
                self._replacing = True
                self.console.close()
                self._replacing = False
            return
        if self.console is None:
            self._open_console()
        assert self.console is not None
        self.console.show_on(console_screen)

    def _open_console(self) -> None:
        from hrd_reader.gui.accessibility.presentation import follow_room
        from hrd_reader.gui.presentation.console import PresenterConsole

        show = self.presentation
        assert show is not None
        console = PresenterConsole(self.pack, show, self._main)
        self.console = console
        follow_room(show, console)
        console.set_colors(self.colors)
        console.set_notes_zoom(self._settings.get(ZOOM_NOTES))
        console.set_minutes(self.minutes)
        if self._timer_state is not None:
            console.timer.restore(self._timer_state)
        console.addActions([self._actions[action] for action in ZOOM_ACTIONS])
        console.add_quick_exit(self._actions[ActionId.QUICK_EXIT])
        console.add_button(self._actions[ActionId.SHARE_NETWORK], "consoleShareButton")
        console.jumpRequested.connect(lambda row: show.show_row(row))
        console.notesZoomChanged.connect(lambda percent: self._settings.set(ZOOM_NOTES, percent))
        console.minutesChanged.connect(self._minutes_set)
        console.linkRequested.connect(self.linkRequested)
        console.closed.connect(self._console_closed)
        self.consoleOpened.emit(console)

    def _minutes_set(self, minutes: int) -> None:
        if minutes != self.minutes:
            self.minutes = minutes
            self._settings.set(WORKSHOP_MINUTES, minutes)

    def swap(self) -> None:
        """The room's view and the console change screens (the projector was the other)."""
        if self.presentation is None or self.console is None:
            return
        room_screen, console_screen = self.presentation.screen(), self.console.screen()
        self.presentation.show_on(console_screen)
        self.console.show_on(room_screen)

    def _screens_changed(self) -> None:
        # After the event: while screenRemoved is delivered, windows are still moving off
        # the screen that went.
        QTimer.singleShot(0, self, self._replace)

    def _replace(self) -> None:
        if self.presentation is None:
            return
        screens = self.available_screens()
        candidates = (self.console, self._main, self.presentation)
        trainer = next(
            (w.screen() for w in candidates if w is not None and w.screen() in screens),
            QGuiApplication.primaryScreen(),
        )
        self.place(trainer)

    def _console_closed(self) -> None:
        self.console = None
        if not self._replacing and self.presentation is not None:
            self.presentation.close()  # Esc in the console ends the presentation too

    def _presentation_closed(self) -> None:
        self.presentation = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screens_changed)
        if self.console is not None:
            self.console.close()
        self.set_zoom(self.reading_zoom)
        self._main.activateWindow()

    def show_share(self) -> None:
        """The room's address (while sharing), the Donate and Sign Up addresses as
        full-screen QR codes, over whatever is shown."""
        if not self.pack.links and not self.room_url:
            return  # nothing to scan (the action is disabled; a presenter's key does nothing)
        if self.share is not None:
            self.share.activateWindow()
            return
        on = self.presentation if self.presentation is not None else self._main
        from hrd_reader.gui.presentation.share import ShareWindow

        self.share = ShareWindow(self.pack, self._main, self.room_url)
        self.share.closed.connect(self._share_closed)
        self.share.show_on(on.screen())

    def _share_closed(self) -> None:
        self.share = None
        # The keys go back where the trainer had them: the console when there is one.
        shown = self.console or self.presentation
        if shown is not None:
            shown.activateWindow()
