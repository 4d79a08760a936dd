"""Pictures made light to carry: scaled down to at most ``LARGEST_SHOWN`` pixels across and
re-encoded, for ``hrd-reader pack DIR OUT.hrdpack --shrink-pictures`` and for the exports
(the one-file web page, the ZIM, the room's pages) — so twelve phone photos stay light on a
phone and fit a messaging app.

A picture already within the size is kept byte for byte; a larger one is decoded at the
smaller size (``decode``) and written again in its own format (JPEG and WebP at quality
``QUALITY``; PNG and BMP losslessly), so the names in the answers still hold. Re-encoding
also drops what the camera wrote into the file (EXIF: where and when it was taken). GIFs
(Qt writes none) and drawings (SVG: no pixels to shrink) are kept as they are. Needs QtGui
only: no display, no application object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageWriter

from hrd_reader.core.packfiles import PackFileError, PackFiles
from hrd_reader.core.picture_header import read_header
from hrd_reader.core.pictures import LARGEST_SHOWN, MAX_PICTURE_BYTES, shrunk_size
from hrd_reader.imaging.decode import decode, picture_info

QUALITY = 85
MIME_TYPES = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "svg": "image/svg+xml",
}
_WRITERS = {"png": b"PNG", "jpeg": b"JPEG", "webp": b"WEBP", "bmp": b"BMP"}


@dataclass(frozen=True)
class FittedPicture:
    """A picture ready to send: its bytes, MIME type and size in pixels (0 × 0: a drawing)."""

    data: bytes
    mime: str
    width: int
    height: int


def fitted_picture_bytes(data: bytes, longest: int = LARGEST_SHOWN) -> FittedPicture | None:
    """Picture ``data`` at most ``longest`` pixels across (re-encoded only when it was
    larger); None when it is no picture the reader shows or is over the pixel limit."""
    info = picture_info(data)
    if info is None:
        return None
    mime = MIME_TYPES[info.format]
    if info.is_drawing:
        return FittedPicture(data, mime, 0, 0)
    width, height = shrunk_size(info.width, info.height, longest)
    writer = _WRITERS.get(info.format)
    if (width, height) == (info.width, info.height) or writer is None:
        return FittedPicture(data, mime, info.width, info.height)
    image = decode(data, width, height)
    if image.isNull():
        return None
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoder = QImageWriter(buffer, writer)
    if info.format in ("jpeg", "webp"):
        encoder.setQuality(QUALITY)
    if not encoder.write(image):
        return None
    return FittedPicture(bytes(out.data()), mime, width, height)


def fitted_picture(
    files: PackFiles, name: str, longest: int = LARGEST_SHOWN
) -> FittedPicture | None:
    """Pack picture ``name`` (as an answer's ``src`` names it, see
    ``core.pictures.picture_name``) fitted for an export; None when the pack has no such
    picture or it may not be shown."""
    try:
        data = files.read(name, MAX_PICTURE_BYTES)
    except PackFileError:
        return None
    return fitted_picture_bytes(data, longest)


def shrink_members(members: Mapping[str, bytes]) -> tuple[dict[str, bytes], list[str]]:
    """A pack's files with every picture larger than ``LARGEST_SHOWN`` shrunk; and the
    names of those shrunk. Other files (and pictures that cannot be) are kept as they are."""
    result = dict(members)
    shrunk: list[str] = []
    for name, data in sorted(members.items()):
        header = read_header(data)
        if header is None or header.is_drawing or len(data) > MAX_PICTURE_BYTES:
            continue
        if max(header.width, header.height) <= LARGEST_SHOWN:
            continue
        fitted = fitted_picture_bytes(data)
        if fitted is not None and fitted.data != data:
            result[name] = fitted.data
            shrunk.append(name)
    return result, shrunk
