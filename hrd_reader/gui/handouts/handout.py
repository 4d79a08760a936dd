"""Handouts: the current question or the whole FAQ as a paged document — printed (Ctrl+P),
saved as a PDF ("Export PDF…") or written by ``hrd-reader export-pdf`` without a display.

A handout is set like a booklet: the first page starts with the pack title and the list of
questions and goes straight on with the answers; paragraphs are spaced apart, headings sit
closer to their text than to what is above and never alone at the foot of a page; page
numbers, and a last page with the attribution, the source address and the
Donate / Sign Up addresses each with its QR code — so a printed sheet still leads people to
the organisation. Text stays text (selectable, searchable) in the PDF. The trainer's handout
(``notes=True``) adds each question's trainer notes under its answer, in a marked box; the
participants' handout never holds them.

No widgets here: the dialog that asks what to print is :mod:`hrd_reader.gui.handouts.printing`.
QtPrintSupport is imported only by whoever hands in a printer: start-up should not pay for it.
PDFs are written by QPdfWriter into memory and saved by Python, so a bad path gives a plain
error message (and leaves no half-written file) instead of a Qt warning.
"""

from __future__ import annotations

import html
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from hrd_reader.core import Pack, savefile
from hrd_reader.core.render import render_markdown
from hrd_reader.core.version import VERSION
from hrd_reader.gui.i18n import problem_text, tr
from hrd_reader.gui.links.qr import qr_image
from hrd_reader.gui.reading import pack_images

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from hrd_reader.gui.pictures.printed import PrintedPictures

BODY_POINT_SIZE = 11
QR_MODULE = 6  # image pixels per module, scaled to QR_PRINTED_WIDTH on paper
QR_PRINTED_WIDTH = 150  # CSS pixels (≈ 4 cm on paper): easy to scan from a handout
HANDOUT_CSS = """
h1 { font-size: 22pt; }
h2 { font-size: 14pt; }
h3 { font-size: 12pt; }
p, li { line-height: 120%; }
.muted { color: #444444; }
.notes { background-color: #f1f1f1; }
.notes-label { font-weight: bold; color: #7a4a00; margin-bottom: 3pt; }
"""
# Spacing as a booklet sets it, in points: a paragraph is followed by half a line of space,
# so two paragraphs never read as one; a heading has more space above than below, so it
# belongs to the text it introduces. (Set on the blocks, not in the style sheet: Qt's HTML
# reader drops margins given in pt.)
PARAGRAPH_SPACE = 7.5
LIST_ITEM_SPACE = 3.0
HEADING_SPACE = {1: (0.0, 6.0), 2: (15.0, 5.0), 3: (9.0, 3.0)}  # level: (above, below)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class HandoutError(Exception):
    """The handout could not be written; the message says why and what to do."""


class HandoutDocument(QTextDocument):
    """The handout's text; images load only from inside the pack, QR codes from memory."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack
        self.pictures: PrintedPictures | None = None

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind == pack_images.IMAGE_RESOURCE and self.pictures is not None:
            return self.pictures.resource(QUrl(name) if isinstance(name, str) else name)
        return pack_images.load_resource(self.pack.source_files, kind, name)

    def fit_pictures(self, body: QSizeF, dpi: float) -> None:
        """The pack's pictures at most the text's width and half a page tall (see
        :mod:`hrd_reader.gui.pictures.printed`, loaded on first use)."""
        if self.pictures is None:
            from hrd_reader.gui.pictures.printed import PrintedPictures

            self.pictures = PrintedPictures(self.pack.source_files)
        keep = {qr_resource(key).toString() for key, _ in self.pack.links}
        self.pictures.fit(self, body, dpi, keep)


def qr_resource(key: str) -> QUrl:
    """Name under which the QR code of link ``key`` ("donate", "signup") is in the document."""
    return QUrl(f"qr-{key}.png")


def notes_html(pack: Pack, notes: str) -> str:
    """Trainer notes as they appear in the trainer's handout: marked, in a shaded box."""
    label = html.escape(tr("Trainer notes — not for participants"))
    body = render_markdown(notes, pack.question_ids)
    return (
        '<table class="notes" width="100%" cellpadding="8"><tr><td>'
        f'<p class="notes-label">{label}</p>{body}</td></tr></table>'
    )


def handout_html(pack: Pack, rows: Sequence[int], notes: bool = False) -> str:
    """The handout as HTML: title and list of questions (whole FAQ) or a heading (one
    question), the questions and answers (with their trainer notes when ``notes``), and the
    closing page with addresses and QR codes."""
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
    for row in rows:
        # The answers follow the list of questions on the first page: no sheet half empty.
        question = pack.questions[row]
        parts.append(f"<h2>{esc(question.title)}</h2>")
        parts.append(render_markdown(question.markdown, pack.question_ids))
        if notes and question.notes:
            parts.append(notes_html(pack, question.notes))
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


def build_document(pack: Pack, rows: Sequence[int], notes: bool = False) -> HandoutDocument:
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
    document.setHtml(handout_html(pack, rows, notes))
    space_blocks(document)
    return document


def _pixels(points: float) -> float:
    # Block margins are in 96-dpi pixels; the layout scales them to the paint device.
    return points * 96 / 72


def space_blocks(document: QTextDocument) -> None:
    """Paragraph, list and heading spacing of a booklet (see PARAGRAPH_SPACE)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        if level in HEADING_SPACE:
            above, below = HEADING_SPACE[level]
        elif block.textList() is not None:
            items = block.textList()
            last = items.item(items.count() - 1) == block
            above, below = 0.0, PARAGRAPH_SPACE if last else LIST_ITEM_SPACE
        else:
            above, below = 0.0, PARAGRAPH_SPACE
        fmt.setTopMargin(_pixels(above))
        fmt.setBottomMargin(_pixels(below))
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """No heading alone at the foot of a page: a heading whose next line would be on the
    next page starts that page instead. (Qt's page-break policies know "break before" and
    "break after" but not "keep with next", so the laid-out positions are checked.)"""
    layout = document.documentLayout()
    for _attempt in range(50):  # each break moves what follows: look again from the top
        block = document.begin()
        moved = False
        while block.isValid() and block.next().isValid():
            fmt = block.blockFormat()
            following = block.next()
            if fmt.headingLevel() and not fmt.pageBreakPolicy():
                heading = layout.blockBoundingRect(block)
                line = following.layout().lineAt(0) if following.layout().lineCount() else None
                text_top = layout.blockBoundingRect(following).top()
                text_bottom = text_top + (line.y() + line.height() if line else 0)
                if int(heading.top() // page_height) != int((text_bottom - 1) // page_height):
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = True
                    break
            block = following
        if not moved:
            return


def paint(document: QTextDocument, device: QPagedPaintDevice, footer_title: str) -> int:
    """Lay ``document`` out on ``device``'s pages with a footer "title · 3 / 12"; return
    the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise HandoutError(tr("The printer could not be started."))
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiY())
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSize(9)
        painter.setFont(footer_font)
        footer = painter.fontMetrics().height() * 2
        body = QSizeF(area.width(), area.height() - footer)
        if isinstance(document, HandoutDocument):  # before the first layout: it sizes them
            document.fit_pictures(body, device.logicalDpiY())
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(body)
        keep_headings_with_text(document, body.height())
        pages = document.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            # One device pixel less at the top: a line ending exactly where this page begins
            # belongs to the page before, and would be written again here (invisible under
            # the clip, but read twice by text extraction and screen readers).
            top = page * body.height() + 1
            document.drawContents(painter, QRectF(0, top, body.width(), body.height() - 1))
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


def _setup(device: QPagedPaintDevice, paper: QPageSize.PageSizeId) -> None:
    # 16 mm margins: inside what every office printer can print, on A4 and on US Letter.
    device.setPageLayout(
        QPageLayout(
            QPageSize(paper),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )


def pdf_bytes(
    pack: Pack, rows: Sequence[int], notes: bool = False, paper: str = "a4"
) -> tuple[bytes, int]:
    """The handout as PDF bytes on ``paper`` (a key of PAGE_SIZES), and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(pack.title)
    writer.setCreator(f"HRD Reader {VERSION}")
    _setup(writer, PAGE_SIZES[paper])
    pages = paint(build_document(pack, rows, notes), writer, pack.title)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data()), pages


def export_pdf(
    pack: Pack,
    path: str | Path,
    rows: Sequence[int] | None = None,
    notes: bool = False,
    paper: str = "a4",
) -> int:
    """Write the handout of ``rows`` (default: the whole FAQ; with trainer notes when
    ``notes``) to ``path`` on ``paper`` ("a4" or "letter"); return its number of pages.
    Raises HandoutError
    with a message for the user when the file cannot be written (nothing half-written is
    left behind)."""
    target = Path(path).expanduser()
    if rows is None:
        rows = range(len(pack.questions))
    try:
        savefile.check_target(target, f"{pack.id}.pdf")
        data, pages = pdf_bytes(pack, rows, notes, paper)
        savefile.save_bytes(target, data, f"{pack.id}.pdf")
    except savefile.SaveError as exc:
        raise HandoutError(problem_text(exc.problem)) from exc
    return pages


def print_to(printer: QPrinter, pack: Pack, rows: Sequence[int], notes: bool = False) -> int:
    """Print the handout of ``rows`` on ``printer``; return its number of pages."""
    return print_document(printer, build_document(pack, rows, notes), pack.title)


def print_document(printer: QPrinter, document: QTextDocument, title: str) -> int:
    """Print ``document`` as a handout is printed (page, margins, footers); the self-test
    uses it to prove printing works in a packaged build."""
    printer.setDocName(title)
    printer.setCreator(f"HRD Reader {VERSION}")
    # The paper the printer (or the print dialog) chose: Letter in the US, A4 elsewhere.
    _setup(printer, printer.pageLayout().pageSize().id())
    return paint(document, printer, title)
