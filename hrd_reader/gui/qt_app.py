"""QApplication set-up shared by the reader, the self-test and the tests' real-display runs;
the self-test's Qt message handler."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from hrd_reader.core.resources import resource_path
from hrd_reader.core.version import VERSION
from hrd_reader.gui.settings import APPLICATION, ORGANIZATION

DESKTOP_ID = "org.cartercenter.HRDReader"


# What Qt's offscreen platform says about every window it shows, though nothing is wrong:
# people and CI read the self-test's output, so this — and only this — is left out.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _without_offscreen_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message == OFFSCREEN_NOISE:
        return
    # Everything else as Qt's default handler writes it: "category: message".
    category = context.category if context.category not in (None, "", "default") else ""
    sys.stderr.write(f"{category}: {message}\n" if category else f"{message}\n")


def drop_offscreen_noise() -> None:
    """Install the message handler that drops exactly OFFSCREEN_NOISE."""
    qInstallMessageHandler(_without_offscreen_noise)


def create_application() -> QApplication:
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(VERSION)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("HRD Reader")
    QApplication.setDesktopFileName(DESKTOP_ID)
    icon = resource_path("icons", "hrd-reader.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def save_when_shown(window: QWidget, path: Path, timeout_ms: int = 10000) -> None:
    """Once ``window`` is on screen, save a picture of it to ``path``, close it and quit."""
    timer = QTimer(window)
    waited = [0]

    def poll() -> None:
        handle = window.windowHandle()
        waited[0] += timer.interval()
        if (handle is None or not handle.isExposed()) and waited[0] < timeout_ms:
            return
        timer.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        # Close it as a user would, so its state is saved like after any session.
        window.close()
        QCoreApplication.exit(0 if ok else 1)

    timer.timeout.connect(poll)
    timer.start(50)


class _AfterPaint(QObject):
    """Event filter: once the watched widget has painted, run a function when the frame is
    out (queued, so the backing store is flushed to the window first)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` right after ``widget`` is first painted: what start-up can leave until
    the user sees the window. (The reading window says so itself, without a filter:
    ``MainWindow.firstFramePainted``; this is for the presentation window.)"""
    widget.installEventFilter(_AfterPaint(widget, then))
