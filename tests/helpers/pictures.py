"""Pictures the tests make: Qt-encoded pictures of any size and format, a JPEG that says
(EXIF) it was taken on its side, and packs whose answers show them."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, two_answers


def encoded(width: int, height: int, kind: str, alpha: bool = False, quality: int = -1) -> bytes:
    """A ``width`` × ``height`` picture saved as ``kind`` ("PNG", "JPEG", "WEBP", "BMP")."""
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    image.fill(0x80336699 if alpha else 0x336699)
    for i in range(min(width, height, 64)):  # not one colour: Qt's WebP cannot read that back
        image.setPixel(i, i, 0xFFFFCC00 - i)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind, quality)
    return bytes(data.data())


def on_its_side(jpeg: bytes) -> bytes:
    """``jpeg`` with an EXIF segment saying "turn 90° clockwise to show" (orientation 6), as
    phones write for a photo taken upright."""
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + bytes(4)
    body = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body + jpeg[2:]


def picture_pack(make_pack: PackWriter, pictures: dict[str, bytes], answer: str) -> Path:
    """MINIMAL_MANIFEST's pack, its first answer ``answer``, with ``pictures`` beside it."""
    files: dict[str, str | bytes] = dict(two_answers(answer))
    files.update(pictures)
    return make_pack(MINIMAL_MANIFEST, files)
