"""Quick Exit: every window of the reader gone at once, the process ended at once, nothing saved.

The key is the shortcut of the main window's Quick Exit action, made application-wide
(:func:`take_key`): it works in every window of the reader — the reading window,
presentation, the QR screen, the presenter console — from the moment the main window can
take a key, with no event filter in the way of every other event. A modal dialog blocks the
shortcuts of the windows under it, so :func:`install` (right after the first paint, before
any dialog can open) watches the main window for the ``WindowBlocked`` event Qt sends it
when a modal window opens, and gives the action to that modal window — About, handout,
link, crash, Qt's file and message boxes, a dialog opened from a dialog — before it can
take a key. Only that one window and the dialogs are watched, never the application.

:func:`leave` hides every window and ends the process with ``os._exit``: no ``closeEvent``
(which saves the last question and the window size), no ``atexit`` handler, no QSettings
destructor, no log line. What the session changed is in memory only (settings are written
by ``Settings.sync`` when the window closes), so it is lost, as it should be.

Before the process ends, what :func:`before_exit` registered runs: sharing in the room
closes its listening socket there (the process's end would close it too, a moment later).

The presenter console (and any window built later) needs nothing to get the key; to show
the button, add the main window's shared ``actions_by_id[ActionId.QUICK_EXIT]`` to its
toolbar.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

EXIT_STATUS = 0  # an ordinary exit status: nothing for an onlooker to notice

Exit = Callable[[int], object]
_exit: list[Exit] = [os._exit]
_fired = [False]
_guards: list[ModalGuard] = []
_before_exit: list[Callable[[], object]] = []


def take_key(action: QAction) -> None:
    """The action's shortcut works in every window of the reader not behind a modal dialog."""
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


class ModalGuard(QObject):
    """Gives the Quick Exit action to each modal window as it opens over a watched window."""

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.action = action

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def cover(self, modal: QWidget | None) -> None:
        """``modal`` takes the key too, and is watched for a dialog opened from it."""
        if modal is not None and self.action not in modal.actions():
            modal.addAction(self.action)
            self.watch(modal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowBlocked:
            self.cover(QApplication.activeModalWidget())
        return False


def arm(exit_now: Exit = os._exit) -> None:
    """Quick Exit ends the process with ``exit_now`` (tests record the exit instead)."""
    _exit[0] = exit_now
    _fired[0] = False


def install(window: QWidget, action: QAction, exit_now: Exit = os._exit) -> ModalGuard:
    """Make ``action`` (the Quick Exit command, its key taken) work in every modal dialog
    that opens over ``window`` too, and end with ``exit_now``."""
    uninstall()
    arm(exit_now)
    take_key(action)
    guard = ModalGuard(action, window)
    guard.watch(window)
    guard.cover(QApplication.activeModalWidget())  # one opened before the first paint
    _guards.append(guard)
    return guard


def uninstall() -> None:
    while _guards:
        guard = _guards.pop()
        with contextlib.suppress(RuntimeError):  # gone already, with the window it watched
            guard.deleteLater()
    _exit[0] = os._exit


def before_exit(action: Callable[[], object]) -> None:
    """Run ``action`` on Quick Exit, once every window is hidden (e.g. close a socket)."""
    if action not in _before_exit:
        _before_exit.append(action)


def forget_before_exit(action: Callable[[], object]) -> None:
    if action in _before_exit:
        _before_exit.remove(action)


def run_before_exit() -> None:
    for action in list(_before_exit):
        # Leaving comes first; the process's end cleans up whatever this left.
        with contextlib.suppress(Exception):
            action()


def hide_everything() -> None:
    """Every window of the reader off the screen now, before the process is gone."""
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    # Hand the hiding to the window system now (an X11 client holds them back until flushed).
    QApplication.sync()


def leave() -> None:
    """What the key and the button do: hide everything, end the process."""
    if _fired[0]:  # the key and the button in one moment: once is enough
        return
    _fired[0] = True
    hide_everything()
    run_before_exit()
    _exit[0](EXIT_STATUS)
