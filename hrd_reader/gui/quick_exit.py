"""Quick Exit: every window of the reader gone at once, the process ended at once, nothing saved.

:func:`install` puts an event filter on the QApplication, so the key works in every window
the reader opens — the reading window, presentation, the QR screen, the presenter console,
every dialog, modal or not, including Qt's file and message boxes — before any of them sees
the key (a modal dialog blocks the main window's own shortcuts; it cannot block this).

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
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

EXIT_STATUS = 0  # an ordinary exit status: nothing for an onlooker to notice

Exit = Callable[[int], object]
Shortcut = str | QKeySequence | QKeySequence.StandardKey
_installed: list[QuickExitFilter] = []
_before_exit: list[Callable[[], object]] = []


def _combination(event: QKeyEvent) -> tuple[int, Qt.KeyboardModifier]:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key(), modifiers


class QuickExitFilter(QObject):
    """Application-wide: the Quick Exit keys end the reader, whichever window has focus."""

    def __init__(self, keys: Iterable[Shortcut], exit_now: Exit = os._exit) -> None:
        super().__init__()
        self.exit_now = exit_now
        self.keys = set()
        for key in keys:
            first = QKeySequence(key)[0]  # type: ignore[index]
            self.keys.add((first.key().value, first.keyboardModifiers()))
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            key, modifiers = _combination(event)
            if (key, modifiers) in self.keys:
                self.leave()
                return True
        return False

    def leave(self) -> None:
        if self.fired:  # the key arrives twice (ShortcutOverride, then KeyPress)
            return
        self.fired = True
        hide_everything()
        run_before_exit()
        self.exit_now(EXIT_STATUS)


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


def install(
    app: QApplication, keys: Iterable[Shortcut], exit_now: Exit = os._exit
) -> QuickExitFilter:
    """Make ``keys`` end the reader from every window; the button calls :func:`leave`."""
    uninstall(app)
    quick = QuickExitFilter(keys, exit_now)
    app.installEventFilter(quick)
    _installed.append(quick)
    return quick


def uninstall(app: QApplication) -> None:
    while _installed:
        app.removeEventFilter(_installed.pop())


def leave() -> None:
    """What the Quick Exit button does (the installed filter's way out, else ``os._exit``)."""
    if _installed:
        _installed[-1].leave()
        return
    hide_everything()
    run_before_exit()
    os._exit(EXIT_STATUS)
