"""QApplication set-up shared by the reader, the self-test and the tests' real-display runs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from hrd_reader.resources import resource_path
from hrd_reader.settings import APPLICATION, ORGANIZATION
from hrd_reader.version import VERSION

DESKTOP_ID = "org.cartercenter.HRDReader"


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
    """Once ``window`` is on screen, save a picture of it to ``path`` and quit."""
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
        QCoreApplication.exit(0 if ok else 1)

    timer.timeout.connect(poll)
    timer.start(50)
