"""Opening another content pack at run time: the folder chooser and the problems dialog.

Both dialogs open with ``.open()`` (never block); the window decides what to do with the
chosen folder. A pack that cannot be loaded leaves the current one open and shows every
problem with its file and line, selectable so it can be copied into an editor or a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.gui.i18n import tr


def choose_pack_folder(
    parent: QWidget, start: Path, chosen: Callable[[str], object]
) -> QFileDialog:
    """Ask for a pack folder; ``chosen(path)`` is called when the user picks one."""
    dialog = QFileDialog(parent, tr("Open Pack — choose the folder that holds pack.toml"))
    dialog.setObjectName("openPackDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setDirectory(str(start))
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


class PackErrorDialog(QDialog):
    """Every problem of a pack that could not be opened, one per line with file and line."""

    def __init__(
        self, folder: str, problems: list[str], current_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packErrorDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Pack not opened"))
        summary = QLabel(
            tr(
                "The pack in {folder} cannot be opened (problems found: {count}). "
                "“{current}” stays open. Fix the problems below and open the pack again."
            ).format(folder=folder, count=len(problems), current=current_title)
        )
        summary.setObjectName("packErrorSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        listing = QPlainTextEdit("\n".join(problems))
        listing.setObjectName("packProblems")
        listing.setReadOnly(True)
        listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        listing.setAccessibleName(tr("Problems"))
        listing.setAccessibleDescription(tr("Each problem with its file and line"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(listing, 1)
        layout.addWidget(buttons)
        self.problems = problems
        self.resize(640, 360)
