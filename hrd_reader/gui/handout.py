"""Handouts: the current question or the whole FAQ as a paged document — printed (Ctrl+P),
saved as a PDF ("Export PDF…") or written by ``hrd-reader export-pdf`` without a display.

A handout has a title page with the pack title and the list of questions, every question
and answer, page numbers, and a last page with the attribution, the source address and the
Donate / Sign Up addresses each with its QR code — so a printed sheet still leads people to
the organisation. Text stays text (selectable, searchable) in the PDF.

No widgets here: the dialog that asks what to print is :mod:`hrd_reader.gui.printing`.
QtPrintSupport is imported only by whoever hands in a printer: start-up should not pay for it.
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

from hrd_reader.core import Pack
from hrd_reader.core.render import render_markdown
from hrd_reader.core.version import VERSION
from hrd_reader.gui import pack_images
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
        return pack_images.load_resource(self.pack.source_files, kind, name)


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
    # Only the calls to action the pack has: a pack without links prints no addresses.
    for key, link in pack.links:
        blurb = f"<p>{esc(link.blurb)}</p>" if link.blurb else ""
        # Code first, so both codes line up whatever the texts under them.
        cells.append(
            f'<td width="50%" valign="top"><h3>{esc(link.label)}</h3>'
            f'<p><img src="{qr_resource(key).toString()}" width="{QR_PRINTED_WIDTH}" '
            f'height="{QR_PRINTED_WIDTH}"></p>'
            f"<p>{esc(link.url)}</p>{blurb}</td>"
        )
    if cells:
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
    for key, link in pack.links:
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
    """Print the handout of ``rows`` on ``printer``; return its number of pages."""
    return print_document(printer, build_document(pack, rows), pack.title)


def print_document(printer: QPrinter, document: QTextDocument, title: str) -> int:
    """Print ``document`` as a handout is printed (page, margins, footers); the self-test
    uses it to prove printing works in a packaged build."""
    printer.setDocName(title)
    printer.setCreator(f"HRD Reader {VERSION}")
    _setup(printer)
    return paint(document, printer, title)
