"""The baseline for start-up and memory: a bare PySide6 QMainWindow with a QLabel.

Run as a script by ``python -m bench`` exactly as the reader is run (same interpreter, same
platform), and it quits at the same moment: right after its content is first painted.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitAfterPaint(QObject):
    # Quits once the label's first paint has gone out, as the reader does after its first
    # frame (MainWindow.firstFramePainted); the baseline imports nothing but PySide6.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Who are the Human Rights Defenders?")
    window.setCentralWidget(label)
    window.resize(1100, 720)
    if "--stay" not in sys.argv:  # bench/visible.py keeps it open until it is seen
        label.installEventFilter(QuitAfterPaint(label))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
