"""Sharing in the room from the window: turning it on and off, and telling the phones what
the room sees.

One :class:`ShareController` per main window (:func:`for_window` makes it on first use).
``actionShareNetwork`` asks which network (``dialog``), starts the server (the first time,
that loads aiohttp), shows ``networkIndicator`` and lets the QR screen show the room's
address; checked again, it stops. A failure (an address gone, a port taken) is a message,
and sharing stays off. Each change of the presentation's view — question, reveal, blank,
start and end — becomes the :class:`~hrd_reader.share.state.RoomView` the phones follow.

The server stops, and its socket closes, when sharing is turned off, when the window
closes, and on Quick Exit (before the process ends). Another pack shown while sharing is
shared in its place, at a new address (a new secret).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from hrd_reader.core import Pack
from hrd_reader.gui import quick_exit
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.settings import SHARE_ADDRESS, Settings
from hrd_reader.gui.sharing.indicator import NetworkIndicator
from hrd_reader.share import DEFAULT_PORT, ShareError
from hrd_reader.share.state import Audience, RoomState, RoomView

if TYPE_CHECKING:
    from hrd_reader.gui.presentation.controller import PresentationController
    from hrd_reader.gui.presentation.room import PresentationWindow
    from hrd_reader.share.server import RoomServer

REFRESH_MS = 1000  # how often the indicator counts the phones


class ShareController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        room: PresentationController,
        settings: Settings,
        actions: Mapping[ActionId, QAction],
    ) -> None:
        super().__init__(window)
        self.setObjectName("shareController")
        self._window = window
        self._room = room
        self._settings = settings
        self.action = actions[ActionId.SHARE_NETWORK]
        self._qr_action = actions[ActionId.SHOW_QR]
        self.pack: Pack = room.pack
        self.state = RoomState()
        self.audience = Audience()
        self.server: RoomServer | None = None
        self.indicator = NetworkIndicator()
        window.statusBar().addPermanentWidget(self.indicator)
        self._consoles: list[NetworkIndicator] = []
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh)
        room.presentationOpened.connect(self._follow)
        room.consoleOpened.connect(self.attach_console)
        if room.presentation is not None:
            self._follow(room.presentation)
        if room.console is not None:
            self.attach_console(room.console)
        window.installEventFilter(self)  # its Close: the socket closes with the window
        packs = getattr(window, "packChanged", None)
        if packs is not None:
            packs.connect(self.set_pack)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- on and off ----------------------------------------------------------------

    def toggle(self) -> None:
        """``actionShareNetwork`` was triggered: its new check state is what is wanted."""
        if self.action.isChecked() and self.server is None:
            self.ask()
        elif not self.action.isChecked() and self.server is not None:
            self.stop()
        else:
            self.action.setChecked(self.server is not None)

    def ask(self) -> None:
        """The dialog of this computer's networks; sharing starts once one is chosen."""
        from hrd_reader.gui.sharing.dialog import AddressDialog
        from hrd_reader.share.addresses import local_addresses

        remembered = self._settings.get(SHARE_ADDRESS)
        dialog = AddressDialog(local_addresses(), remembered, DEFAULT_PORT, self._window)
        dialog.chosen.connect(self.start)
        dialog.rejected.connect(lambda: self.action.setChecked(self.server is not None))
        dialog.open()

    def start(self, address: str, port: int) -> bool:
        """Share on ``address``:``port``; a message and False when that cannot be."""
        from hrd_reader.share.command import start_sharing

        try:
            server = start_sharing(self.pack, address, port, self.state, self.audience)
        except ShareError as exc:
            self.action.setChecked(False)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Share in the Room"),
                tr("Sharing could not start: {reason}").format(reason=str(exc)),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setObjectName("shareErrorBox")
            box.open()
            return False
        self._settings.set(SHARE_ADDRESS, address)  # kept in memory only when private
        self.adopt(server)
        return True

    def adopt(self, server: RoomServer) -> None:
        """``server`` (started here, or by ``--share``) is the room's from now on."""
        self.server = server
        self.state, self.audience = server.state, server.audience
        self.action.setChecked(True)
        self._room.room_url = server.url
        self._qr_action.setEnabled(True)
        quick_exit.before_exit(self.stop)
        self.update_view()
        self._refresh()
        self._timer.start()

    def stop(self) -> None:
        """Stop sharing: the socket closes now, the phones' pages stop answering."""
        server, self.server = self.server, None
        quick_exit.forget_before_exit(self.stop)
        if server is not None:
            server.stop()
        self._timer.stop()
        self.action.setChecked(False)
        self._room.room_url = None
        self._qr_action.setEnabled(bool(self.pack.links))
        for label in (self.indicator, *self._consoles):
            label.hide()

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        if self.server is not None:
            address, port = self.server.address, self.server.port
            self.stop()
            self.start(address, port)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- what the phones follow and what the trainer sees -----------------------------

    def _follow(self, presentation: QWidget) -> None:
        presentation.viewChanged.connect(self.update_view)  # type: ignore[attr-defined]
        presentation.closed.connect(self.update_view)  # type: ignore[attr-defined]
        self.update_view()

    def update_view(self) -> None:
        show: PresentationWindow | None = self._room.presentation
        if show is None:
            self.state.set(RoomView())
        else:
            self.state.set(RoomView(True, show.row, show.revealed, bool(show.blank)))

    def attach_console(self, console: QWidget) -> None:
        """The presenter console's copy of the indicator (its button comes with it)."""
        label = NetworkIndicator("consoleNetworkIndicator", console)
        top = getattr(console, "top", None)
        position = getattr(console, "position", None)
        if top is not None:  # beside the console's Share in the Room button
            top.insertWidget(top.indexOf(position) + 2, label)
        self._consoles.append(label)
        console.destroyed.connect(lambda: self._consoles.remove(label))
        self._refresh()

    def _refresh(self) -> None:
        if self.server is None:
            return
        count = self.audience.count()
        for label in (self.indicator, *self._consoles):
            label.show_count(self.server.url, count)


def for_window(window: QMainWindow) -> ShareController:
    """The window's controller, made on first use."""
    found = window.findChild(ShareController, "shareController")
    if found is not None:
        return found
    return ShareController(
        window,
        window.room,  # type: ignore[attr-defined]
        window.settings,  # type: ignore[attr-defined]
        window.actions_by_id,  # type: ignore[attr-defined]
    )
