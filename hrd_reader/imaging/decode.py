"""The one decoder of pack pictures: a picture's shown size read from its header, and its
pixels decoded at the size they are shown — never at their natural size.

Before Qt sees a picture, ``core.picture_header`` must know its format and the pixel limit
must hold (``core.pictures.MAX_PICTURE_PIXELS``); Qt is then told that format, so it never
guesses another decoder from the bytes, and gets an allocation limit just above the largest
allowed picture. Phone photos are turned upright (their EXIF orientation). A JPEG is decoded
straight at a fraction of its size (libjpeg's scaled decoding); other formats are decoded
whole, within the limit, and scaled down without a second whole-size copy. Decoding is
serialised (one picture at a time, whichever thread asks), so the memory it takes at once
stays bounded.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QDataStream, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from hrd_reader.core.picture_header import PictureHeader, read_header
from hrd_reader.core.pictures import LARGEST_SHOWN, MAX_PICTURE_PIXELS

# MiB Qt may allocate for one decoded picture: the largest allowed (40 MP × 4 bytes) and a
# little more; Qt's own default (256) lets a 7900 × 7900 picture through.
ALLOCATION_LIMIT_MB = 168
# A drawing (SVG) with no size of its own is laid out at this size.
DRAWING_SIZE = (LARGEST_SHOWN // 2, LARGEST_SHOWN * 3 // 8)
_ROTATED = QImageIOHandler.Transformation.TransformationRotate90
_one_at_a_time = threading.Lock()


@dataclass(frozen=True)
class PictureInfo:
    """What a picture is, from its header: format and size as shown (upright)."""

    format: str
    width: int
    height: int
    rotated: bool  # stored on its side (EXIF): width and height above are already swapped

    @property
    def is_drawing(self) -> bool:
        return self.format == "svg"


class _Reader:
    """A QImageReader over ``data`` (kept alive with it), for the format the header told.

    The device it reads is a QBuffer that Qt makes (inside a QDataStream), not one made
    from Python: Qt calls a Python-made device's methods through Python, which needs the
    interpreter's lock — and it does so while holding its own lock on the image plugins,
    so a decode in a worker thread could wait for Python while Python (another thread
    asking Qt for an image) waits for that plugin lock: a deadlock.
    """

    def __init__(self, data: bytes, header: PictureHeader) -> None:
        self.bytes = QByteArray(data)
        self.stream = QDataStream(self.bytes)
        device = self.stream.device()
        assert device is not None
        self.device = device
        self.reader = QImageReader(self.device, header.format.encode("ascii"))
        self.reader.setDecideFormatFromContent(False)
        self.reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
        self.reader.setAutoTransform(True)


def _allowed(data: bytes) -> PictureHeader | None:
    header = read_header(data)
    if header is None or header.pixels > MAX_PICTURE_PIXELS:
        return None
    return header


def busy() -> bool:
    """A picture is being decoded now (a small one asked for meanwhile is better decoded
    in the background than waited for)."""
    return _one_at_a_time.locked()


def picture_info(data: bytes) -> PictureInfo | None:
    """The format and upright size of picture ``data``; None when it is not a picture the
    reader shows or is over the pixel limit (it is then never decoded)."""
    header = _allowed(data)
    if header is None:
        return None
    source = _Reader(data, header)  # kept: the reader reads from its buffer
    reader = source.reader
    size = reader.size()
    if header.is_drawing:
        if not size.isValid() or size.isEmpty():
            return PictureInfo("svg", *DRAWING_SIZE, False)
        return PictureInfo("svg", size.width(), size.height(), False)
    rotated = bool(reader.transformation() & _ROTATED)
    width, height = (header.height, header.width) if rotated else (header.width, header.height)
    return PictureInfo(header.format, width, height, rotated)


def decode(data: bytes, width: int, height: int) -> QImage:
    """Picture ``data`` decoded upright at ``width`` × ``height`` pixels (never larger than
    it is, unless it is a drawing); a null QImage when it cannot or may not be decoded."""
    header = _allowed(data)
    if header is None or width <= 0 or height <= 0:
        return QImage()
    info = picture_info(data)
    if info is None:
        return QImage()
    if not info.is_drawing:
        width, height = min(width, info.width), min(height, info.height)
    stored = QSize(height, width) if info.rotated else QSize(width, height)
    reader = _Reader(data, header)
    native = reader.reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    if native:  # JPEG (libjpeg decodes at 1/2, 1/4, 1/8), SVG (drawn at that size)
        reader.reader.setScaledSize(stored)
    with _one_at_a_time:
        image = reader.reader.read()
        if image.isNull():
            return QImage()
        return _scaled(image, width, height)


def _scaled(image: QImage, width: int, height: int) -> QImage:
    """``image`` (upright) smoothly scaled to ``width`` × ``height``, with at most a small
    copy beside it: Qt's smooth scaling first converts a whole picture to a 32-bit format,
    which for a 40-megapixel picture is another 160 MiB."""
    if image.width() == width and image.height() == height:
        return image
    fmt = image.format()
    if fmt == QImage.Format.Format_ARGB32:
        image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)  # in place: same depth
    elif (
        fmt not in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
        and image.width() > 2 * width
        and image.height() > 2 * height
    ):
        # Grey, indexed or 16-bit: nearest pixels down to twice the size, in its own format.
        image = image.scaled(
            2 * width,
            2 * height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    return image.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
