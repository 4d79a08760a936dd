"""The pictures of a handout: each at most the text's width and half a page tall, never cut
across a page, and decoded at about ``PRINT_DPI`` dots per inch of paper — so a phone
photo costs a few hundred KiB in the PDF (Qt stores photos in it as JPEG), not megabytes.

The handout is laid out on the paint device (a PDF writer or a printer, often 300 or 600
dpi), where a picture's format size counts in CSS pixels (96 per inch): the page's text
area is converted to those before fitting. A picture that does not fit on what is left of
a page starts the next one (the text layout moves a whole line, and a picture is one).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QImage, QTextDocument

from hrd_reader.core.packfiles import PackFiles
from hrd_reader.core.pictures import PRINT_DPI
from hrd_reader.gui.pictures.fitting import fit
from hrd_reader.gui.reading import pack_images
from hrd_reader.imaging.decode import PictureInfo, decode, picture_info

CSS_DPI = 96
# The share of a page's height a picture may take: two photos share a page, and a tall
# picture (a poster, a scan) still fits on one with the lines around it.
PAGE_SHARE = 0.45


class PrintedPictures:
    """Fits and loads the pictures of one handout document."""

    def __init__(self, files: PackFiles) -> None:
        self.files = files
        self.infos: dict[str, PictureInfo | None] = {}
        self.sizes: dict[str, tuple[int, int]] = {}
        # Decoded once: a document that loads its own resources asks again at each layout.
        self.decoded: dict[tuple[str, tuple[int, int]], QImage] = {}

    def info(self, src: str) -> PictureInfo | None:
        key = QUrl(src).path()
        if key not in self.infos:
            data = pack_images.pack_image(self.files, QUrl(src))
            self.infos[key] = picture_info(data) if data is not None else None
        return self.infos[key]

    def fit(
        self, document: QTextDocument, body: QSizeF, device_dpi: float, keep: Collection[str]
    ) -> None:
        """Size the pictures for a page whose text area is ``body`` device pixels (those
        named in ``keep`` are the document's own)."""
        scale = CSS_DPI / device_dpi
        column = body.width() * scale - 2 * document.documentMargin()
        tallest = body.height() * scale * PAGE_SHARE - 2 * document.documentMargin()
        sizes = fit(document, column, tallest, self.info, keep)
        self.sizes = {QUrl(src).path(): size for src, size in sizes.items()}

    def resource(self, url: QUrl) -> QImage:
        """Picture ``url`` decoded for paper: PRINT_DPI at the size it is printed."""
        key = url.path()
        size = self.sizes.get(key)
        if size is None or not size[0]:
            return pack_images.refused_image()
        image = self.decoded.get((key, size))
        if image is None:
            data = pack_images.pack_image(self.files, url)
            width = round(size[0] * PRINT_DPI / CSS_DPI)
            height = round(size[1] * PRINT_DPI / CSS_DPI)
            image = decode(data, width, height) if data is not None else QImage()
            self.decoded[(key, size)] = image
        return image if not image.isNull() else pack_images.refused_image()
