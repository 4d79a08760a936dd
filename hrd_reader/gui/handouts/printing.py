"""The handout dialog: current question or whole FAQ, for participants or with the trainer's
notes, then a PDF file or the printer.

What a handout holds and how its pages are made is :mod:`hrd_reader.gui.handouts.handout`;
this module only asks. QtPrintSupport is imported only when the printer is chosen: start-up
should not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.gui.handouts.handout import HandoutError, export_pdf, print_to
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.safety.file_dialogs import FileDialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def default_pdf_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class HandoutDialog(QDialog):
    """Choose current question or whole FAQ, then export a PDF or go on to print.

    Opened with ``.open()`` (never blocks). Export writes to the path in the field; the
    file dialog behind "Choose…" only fills that field.
    """

    exported = Signal(str, int)  # path, pages
    printed = Signal(int)  # pages

    def __init__(self, pack: Pack, current_row: int, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        assert mode in ("pdf", "print")
        self.setObjectName("handoutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack = pack
        self.mode = mode
        self.current_row = max(0, current_row)
        self.setWindowTitle(tr("Export PDF handout") if mode == "pdf" else tr("Print handout"))

        question = pack.questions[self.current_row]
        self.whole = QRadioButton(
            tr("The whole FAQ ({count} questions)").format(count=len(pack.questions))
        )
        self.whole.setObjectName("handoutWhole")
        self.whole.setChecked(True)
        self.current = QRadioButton(
            tr("Only the current question: {title}").format(title=question.title)
        )
        self.current.setObjectName("handoutCurrent")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What should the handout hold?")))
        layout.addWidget(self.whole)
        layout.addWidget(self.current)
        # Off by default, and never remembered: a participants' handout must not carry
        # the trainer's notes by accident.
        self.notes = QCheckBox(tr("With trainer notes (a handout for trainers, not participants)"))
        self.notes.setObjectName("handoutNotes")
        if not pack.has_notes:
            self.notes.setEnabled(False)
            self.notes.setToolTip(tr("This pack has no trainer notes"))
        layout.addWidget(self.notes)

        self.path = QLineEdit()
        self.path.setObjectName("handoutPath")
        self.path.setAccessibleName(tr("Save as"))
        self._path_edited = False
        if mode == "pdf":
            self.path.textEdited.connect(self._mark_edited)
            self._suggest_path()
            self.whole.toggled.connect(self._suggest_path)
            self.notes.toggled.connect(self._suggest_path)
            browse = QPushButton(tr("&Choose…"))
            browse.setObjectName("handoutBrowse")
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(QLabel(tr("Save as:")))
            row.addWidget(self.path, 1)
            row.addWidget(browse)
            layout.addLayout(row)

        self.status = QLabel()
        self.status.setObjectName("handoutStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(tr("&Export PDF") if mode == "pdf" else tr("&Print…"))
        self.go.setObjectName("handoutExportButton" if mode == "pdf" else "handoutPrintButton")
        self.go.setDefault(True)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self.export if mode == "pdf" else self.choose_printer)
        layout.addWidget(buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def rows(self) -> list[int]:
        if self.whole.isChecked():
            return list(range(len(self.pack.questions)))
        return [self.current_row]

    def _mark_edited(self) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        name = (
            f"{self.pack.id}"
            if self.whole.isChecked()
            else f"{self.pack.id}-{self.pack.questions[self.current_row].id}"
        )
        name += "-trainer.pdf" if self.notes.isChecked() else ".pdf"
        folder = Path(self.path.text()).parent if self.path.text() else default_pdf_folder()
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        chooser = FileDialog(self, tr("Save the handout as"), self.path.text())
        chooser.setObjectName("handoutFileDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self._chosen)
        chooser.open()

    def _chosen(self, path: str) -> None:
        self._path_edited = True
        self.path.setText(path)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._fail(
                tr("Give a file name for the PDF, e.g. {example}").format(
                    example=default_pdf_folder() / f"{self.pack.id}.pdf"
                )
            )
            return
        if not text.lower().endswith(".pdf"):
            text += ".pdf"
        try:
            pages = export_pdf(self.pack, text, self.rows(), self.notes.isChecked())
        except HandoutError as exc:
            self._fail(str(exc))
            return
        self.exported.emit(text, pages)
        self.accept()

    def choose_printer(self) -> None:
        """The system's print dialog (opened, not exec'd); printing starts when accepted."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_on(printer))
        self._printer = printer  # kept alive while the dialog is open
        # QPrintDialog's own open() wants a receiver; QDialog's opens it window-modal.
        QDialog.open(dialog)

    def print_on(self, printer: QPrinter) -> None:
        try:
            pages = print_to(printer, self.pack, self.rows(), self.notes.isChecked())
        except HandoutError as exc:
            self._fail(str(exc))
            return
        self.printed.emit(pages)
        self.accept()


def open_handout_dialog(
    parent: QWidget, pack: Pack, row: int, mode: str, say: Callable[[str], None]
) -> HandoutDialog:
    """Open the handout dialog ("pdf" or "print") over ``parent``; ``say`` reports the
    result in one line (the window's status bar)."""
    dialog = HandoutDialog(pack, row, mode, parent)
    dialog.exported.connect(
        lambda path, pages: say(
            tr("Saved a {pages}-page handout to {path}").format(pages=pages, path=path)
        )
    )
    dialog.printed.connect(
        lambda pages: say(tr("Sent {pages} pages to the printer").format(pages=pages))
    )
    dialog.open()
    return dialog
