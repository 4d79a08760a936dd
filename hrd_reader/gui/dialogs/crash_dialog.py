"""The crash dialog: what went wrong, where the log is, and the details to copy.

Shown by ``crash.CrashHandler``; a module of its own so that start-up does not create its
widget classes (``crash.preload`` loads it right after the first paint). It is told where
the log is rather than asking ``crash``, so the two modules do not import each other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.gui.i18n import tr


class CrashDialog(QDialog):
    """Tells the user something went wrong, where the log is, and offers the details."""

    def __init__(
        self,
        summary: str,
        details: str,
        parent: QWidget | None = None,
        *,
        log_file: Path | None = None,
        private: bool = False,
    ) -> None:
        """``log_file``: where the log is written (None: nowhere); ``private``: a private
        session, which keeps its log in memory only."""
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("HRD Reader: something went wrong"))
        self.details = details
        message = QLabel(
            tr(
                "Something unexpected went wrong: {summary}\n\nHRD Reader keeps running and "
                "your place is kept. If it happens again, please send the details to the "
                "people who gave you the reader."
            ).format(summary=summary)
        )
        message.setObjectName("crashMessage")
        message.setWordWrap(True)
        if log_file:
            where_text = tr("Log file: {path}").format(path=log_file)
        elif private:
            where_text = tr("Private session: no log file is kept; the details are below.")
        else:
            where_text = tr("No log file could be written on this computer.")
        log_label = QLabel(where_text)
        log_label.setObjectName("crashLogPath")
        log_label.setWordWrap(True)
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setObjectName("crashDetails")
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(tr("&Copy details"))
        copy.setObjectName("crashCopyButton")
        copy.clicked.connect(self.copy)
        show = QPushButton(tr("&Show details"))
        show.setObjectName("crashShowButton")
        show.setCheckable(True)
        show.toggled.connect(self.text.setVisible)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (message, log_label, self.text, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def add(self, details: str) -> None:
        """A further error while the dialog is open: append it instead of opening another."""
        self.details += "\n" + details
        self.text.setPlainText(self.details)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
