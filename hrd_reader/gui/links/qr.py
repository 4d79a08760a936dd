"""QR codes, made locally with segno (never fetched), as a matrix or a Qt image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) / light modules, without the quiet zone."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_image(text: str, module: int = 8, quiet: int = 4) -> QImage:
    """A black-on-white QR code image, ``module`` pixels per module, with a quiet zone."""
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * quiet) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    black = QColor(Qt.GlobalColor.black)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + quiet) * module, (y + quiet) * module, module, module, black)
    painter.end()
    return image
