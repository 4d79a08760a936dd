"""Handouts: the current question or the whole FAQ, printed (Ctrl+P) or saved as a PDF
("Export PDF…", and ``hrd-reader export-pdf`` without a display).

A handout has a title page with the pack title and the list of questions, every question
and answer, page numbers, and a last page with the attribution, the source address and the
Donate / Sign Up addresses each with its QR code — so a printed sheet still leads people to
the organisation. Text stays text (selectable, searchable) in the PDF.

QtPrintSupport is imported only when the printer is used: start-up should not pay for it.
PDFs are written by QPdfWriter into memory and saved by Python, so a bad path gives a plain
error message (and leaves no half-written file) instead of a Qt warning.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
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

from hrd_reader.core.content import Pack
from hrd_reader.core.render import render_markdown
from hrd_reader.core.version import VERSION
from hrd_reader.gui.answer_view import pack_image, refused_image
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.qr import qr_image

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

BODY_POINT_SIZE = 11
QR_MODULE = 6  # image pixels per module, scaled to QR_PRINTED_WIDTH on paper
QR_PRINTED_WIDTH = 150  # CSS pixels (≈ 4 cm on paper): easy to scan from a handout
HANDOUT_CSS = """
h1 { font-size: 26pt; margin-bottom: 10pt; }
h2 { font-size: 16pt; margin-top: 18pt; margin-bottom: 6pt; }
h3 { font-size: 13pt; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 7pt; line-height: 130%; }
li { margin-bottom: 3pt; }
.muted { color: #444444; }
"""


class HandoutError(Exception):
    """The handout could not be written; the message says why and what to do."""


class HandoutDocument(QTextDocument):
    """The handout's text; images load only from inside the pack, QR codes from memory."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            target = pack_image(self.pack.path, name)
            loaded = None
            if target is not None:
                loaded = super().loadResource(kind, QUrl.fromLocalFile(str(target)))
            # Never nothing: given nothing, Qt loads the name itself, from the current folder.
            return loaded if loaded is not None else refused_image()
        return None


def qr_resource(key: str) -> QUrl:
    """Name under which the QR code of link ``key`` ("donate", "signup") is in the document."""
    return QUrl(f"qr-{key}.png")


def handout_html(pack: Pack, rows: Sequence[int]) -> str:
    """The handout as HTML: title page (whole FAQ) or a heading (one question), the
    questions and answers, and the closing page with addresses and QR codes."""
    esc = html.escape
    whole = len(rows) != 1
    parts: list[str] = []
    if whole:
        parts.append(f"<h1>{esc(pack.title)}</h1>")
        parts.append(
            '<p class="muted">'
            + esc(tr("{count} questions and answers").format(count=len(rows)))
            + "</p>"
        )
        parts.append("<ol>")
        parts.extend(f"<li>{esc(pack.questions[row].title)}</li>" for row in rows)
        parts.append("</ol>")
        parts.append(f'<p class="muted">{esc(pack.attribution)}</p>')
    else:
        parts.append(f'<p class="muted">{esc(pack.title)}</p>')
    for index, row in enumerate(rows):
        question = pack.questions[row]
        # The first question of a whole handout starts after the title page.
        brk = ' style="page-break-before: always"' if whole and index == 0 else ""
        parts.append(f"<h2{brk}>{esc(question.title)}</h2>")
        parts.append(render_markdown(question.markdown, pack.question_ids))
    brk = ' style="page-break-before: always"' if whole else ""
    about = tr("About this text")
    parts.append(f"<h2{brk}>{esc(about)}</h2>")
    parts.append(f"<p>{esc(pack.attribution)}</p>")
    if pack.source:
        source = tr("Source:")
        parts.append(f"<p>{esc(source)} {esc(pack.source)}</p>")
    cells = []
    for key, link in (("donate", pack.donate), ("signup", pack.signup)):
        blurb = f"<p>{esc(link.blurb)}</p>" if link.blurb else ""
        # Code first, so both codes line up whatever the texts under them.
        cells.append(
            f'<td width="50%" valign="top"><h3>{esc(link.label)}</h3>'
            f'<p><img src="{qr_resource(key).toString()}" width="{QR_PRINTED_WIDTH}" '
            f'height="{QR_PRINTED_WIDTH}"></p>'
            f"<p>{esc(link.url)}</p>{blurb}</td>"
        )
    parts.append(f'<table width="100%" cellspacing="12"><tr>{"".join(cells)}</tr></table>')
    parts.append(
        '<p class="muted">'
        + esc(tr("Made with HRD Reader {version}.").format(version=VERSION))
        + "</p>"
    )
    return "\n".join(parts)


def build_document(pack: Pack, rows: Sequence[int]) -> HandoutDocument:
    document = HandoutDocument(pack)
    document.setDefaultStyleSheet(HANDOUT_CSS)
    font = QFont(document.defaultFont())
    font.setPointSize(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    if pack.rtl:
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    for key, link in (("donate", pack.donate), ("signup", pack.signup)):
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            qr_resource(key),
            qr_image(link.url, module=QR_MODULE),
        )
    document.setHtml(handout_html(pack, rows))
    return document


def paint(document: QTextDocument, device: QPagedPaintDevice, footer_title: str) -> int:
    """Lay ``document`` out on ``device``'s pages with a footer "title · 3 / 12"; return
    the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise HandoutError(tr("The printer could not be started."))
    try:
        document.documentLayout().setPaintDevice(device)
        area = device.pageLayout().paintRectPixels(device.logicalDpiY())
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSize(9)
        painter.setFont(footer_font)
        footer = painter.fontMetrics().height() * 2
        body = QSizeF(area.width(), area.height() - footer)
        document.setPageSize(body)
        pages = document.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            strip = QRectF(0, body.height(), body.width(), footer)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                strip,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                footer_title,
            )
            painter.drawText(
                strip,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                tr("{page} / {pages}").format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def _setup(device: QPagedPaintDevice) -> None:
    # A4 with 18 mm margins prints on A4 and on US Letter without losing text.
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )


def pdf_bytes(pack: Pack, rows: Sequence[int]) -> tuple[bytes, int]:
    """The handout as PDF bytes, and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(pack.title)
    writer.setCreator(f"HRD Reader {VERSION}")
    _setup(writer)
    pages = paint(build_document(pack, rows), writer, pack.title)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data()), pages


def export_pdf(pack: Pack, path: str | Path, rows: Sequence[int] | None = None) -> int:
    """Write the handout of ``rows`` (default: the whole FAQ) to ``path``; return its
    number of pages. Raises HandoutError
    with a message for the user when the file cannot be written (nothing half-written is
    left behind)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise HandoutError(
            tr("{path} is a folder: give a file name, e.g. {example}").format(
                path=target, example=target / f"{pack.id}.pdf"
            )
        )
    if target.exists() and not target.is_file():
        # A device, pipe or socket: replacing it with a PDF would destroy it (as root,
        # /dev/full would become a file), and writing into it is not saving a handout.
        raise HandoutError(
            tr("{path} is not a regular file: give a file name, e.g. {example}").format(
                path=target, example=Path.home() / f"{pack.id}.pdf"
            )
        )
    if rows is None:
        rows = range(len(pack.questions))
    data, pages = pdf_bytes(pack, rows)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise HandoutError(
            tr(
                "Could not save {path}: {reason}. Choose a folder that exists and that you "
                "may write to."
            ).format(path=target, reason=exc.strerror or exc)
        ) from exc
    return pages


def print_to(printer: QPrinter, pack: Pack, rows: Sequence[int]) -> int:
    printer.setDocName(pack.title)
    printer.setCreator(f"HRD Reader {VERSION}")
    _setup(printer)
    return paint(build_document(pack, rows), printer, pack.title)


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

        self.path = QLineEdit()
        self.path.setObjectName("handoutPath")
        self.path.setAccessibleName(tr("Save as"))
        self._path_edited = False
        if mode == "pdf":
            self.path.textEdited.connect(self._mark_edited)
            self._suggest_path()
            self.whole.toggled.connect(self._suggest_path)
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
            f"{self.pack.id}.pdf"
            if self.whole.isChecked()
            else f"{self.pack.id}-{self.pack.questions[self.current_row].id}.pdf"
        )
        folder = Path(self.path.text()).parent if self.path.text() else default_pdf_folder()
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        chooser = QFileDialog(self, tr("Save the handout as"), self.path.text())
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
            pages = export_pdf(self.pack, text, self.rows())
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
            pages = print_to(printer, self.pack, self.rows())
        except HandoutError as exc:
            self._fail(str(exc))
            return
        self.printed.emit(pages)
        self.accept()
