"""Where each picture of a laid-out answer may go, and the size it gets there: never wider
than the text beside it (a list item's, a quotation's or a table cell's width, not only the
page's), never taller than the view, never larger than the picture itself.

A picture's width and height are set on its image format, so Qt lays the answer out without
decoding anything: the pixels come later, at exactly that size (``shown``). The same pass
serves the handout, where the page is the column and a page's height the tallest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextImageFormat

from hrd_reader.core.pictures import fitted_size
from hrd_reader.imaging.decode import PictureInfo

# Qt's default table cell spacing and padding (CSS pixels): a cell's content is narrower.
_CELL_SLACK = 8.0
_MIN_SIDE = 16


@dataclass
class Placed:
    """One picture in the document: where (character position), its name and alt text."""

    position: int
    name: str
    alt: str
    format: QTextImageFormat


def pictures_in(document: QTextDocument) -> Iterator[Placed]:
    """Every picture of ``document``, in order (each use of the same file separately)."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                image = fmt.toImageFormat()
                alt = str(image.property(QTextFormat.Property.ImageAltText) or "")
                for offset in range(fragment.length()):
                    yield Placed(fragment.position() + offset, image.name(), alt, image)
            fragments += 1
        block = block.next()


def room_beside(document: QTextDocument, position: int, column: float) -> float:
    """The width text has at ``position``: ``column`` less the indentation of its block, of
    its list and of every frame (quotation, table) around it; a table cell's share."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    block = cursor.block()
    fmt = block.blockFormat()
    indent_width = document.indentWidth()
    used = fmt.leftMargin() + fmt.rightMargin() + fmt.indent() * indent_width
    used += max(0.0, fmt.textIndent())
    items = block.textList()
    if items is not None:
        used += items.format().indent() * indent_width
    room = column - used
    table = cursor.currentTable()
    if table is not None:
        tf = table.format()
        used_by_table = 2 * (tf.border() + tf.cellSpacing()) + tf.leftMargin() + tf.rightMargin()
        room = (room - used_by_table) / max(1, table.columns()) - 2 * tf.cellPadding()
        room -= _CELL_SLACK
    return max(float(_MIN_SIDE), room)


def fit(
    document: QTextDocument,
    column: float,
    tallest: float,
    info: Callable[[str], PictureInfo | None],
    keep: Collection[str] = (),
) -> dict[str, tuple[int, int]]:
    """Give every picture of ``document`` its size: within the room beside it and
    ``tallest``, never larger than itself. Returns each file's largest size (what to
    decode). Pictures that may not be shown get a size of nothing (they draw nothing);
    those named in ``keep`` (the document's own, such as QR codes) are left as they are."""
    sizes: dict[str, tuple[int, int]] = {}
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for placed in list(pictures_in(document)):
        if placed.name in keep:
            continue
        found = info(placed.name)
        if found is None:
            width, height = 0, 0
        else:
            room = room_beside(document, placed.position, column)
            width, height = fitted_size(found.width, found.height, room, tallest)
            old = sizes.get(placed.name, (0, 0))
            sizes[placed.name] = (max(old[0], width), max(old[1], height))
        fmt = placed.format
        if fmt.width() == width and fmt.height() == height:
            continue
        fmt.setWidth(width)
        fmt.setHeight(height)
        fmt.clearProperty(QTextFormat.Property.ImageMaxWidth)
        cursor.setPosition(placed.position)
        cursor.setPosition(placed.position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.endEditBlock()
    return sizes
