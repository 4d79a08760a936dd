"""What kind of picture a file holds and its size in pixels, read from its first bytes and
never by decoding it: the gate every pack picture passes before anything decodes it.

The formats are those the reader shows: PNG, JPEG, GIF, WebP and BMP (sizes in pixels),
and SVG (a drawing: it has no pixels of its own until it is drawn at the size shown, so its
size here is 0 × 0). Anything else is not a picture of a pack (``read_header`` gives None).

Why not a library: the small header reader on PyPI (``imagesize``) loads Python's HTTP
client and TLS when imported and fetches an address given instead of a file — wrong for a
reader that never connects out — and Pillow (22 MB, a second decoder beside Qt's) would be
carried only to read a dozen bytes. Each format's header is a few fixed fields; JPEG's size
is in its first SOF segment, found by walking the segments' lengths. Every read is bounded
by the data given; a truncated or malformed header gives None, never an exception.
Pure Python — never imports Qt.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG markers that start a frame and carry its size (SOF0–SOF15 but DHT, JPG and DAC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers with no length after them: TEM, RST0–7, SOI (and the fill byte 0xFF).
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9), 0xFF})
_SVG_LOOKAHEAD = 4096


@dataclass(frozen=True)
class PictureHeader:
    """A picture's format ("png", "jpeg", "gif", "webp", "bmp", "svg") and stored size."""

    format: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height

    @property
    def is_drawing(self) -> bool:
        """SVG: drawn at the size shown, so no size of its own to limit."""
        return self.format == "svg"


def read_header(data: bytes) -> PictureHeader | None:
    """The format and size of the picture ``data`` is, or None when it is none the reader
    shows (or its header is cut short or broken)."""
    try:
        return _read(data)
    except (struct.error, IndexError):
        return None


def _sized(kind: str, width: int, height: int) -> PictureHeader | None:
    return PictureHeader(kind, width, height) if width > 0 and height > 0 else None


def _read(data: bytes) -> PictureHeader | None:
    if data.startswith(PNG_SIGNATURE):
        if data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return _sized("png", width, height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", data[6:10])
        return _sized("gif", width, height)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:2] == b"BM":
        return _bmp(data)
    head = data[:_SVG_LOOKAHEAD].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in head:
        return PictureHeader("svg", 0, 0)
    return None


def _jpeg(data: bytes) -> PictureHeader | None:
    position = 2
    end = len(data)
    while position + 4 <= end:
        if data[position] != 0xFF:
            return None  # not at a marker: a broken file
        marker = data[position + 1]
        if marker in _STANDALONE:
            position += 1 if marker == 0xFF else 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or the scan began with no frame header
            return None
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if length < 2:
            return None
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return _sized("jpeg", width, height)
        position += 2 + length
    return None


def _webp(data: bytes) -> PictureHeader | None:
    chunk = data[12:16]
    if chunk == b"VP8X":  # extended: canvas size, 24 bits each, minus one
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return _sized("webp", width, height) if len(data) >= 30 else None
    if chunk == b"VP8L":  # lossless: signature 0x2F, then 14 + 14 bits, minus one
        if data[20] != 0x2F:
            return None
        (bits,) = struct.unpack("<I", data[21:25])
        return _sized("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8 ":  # lossy: a key frame's start code, then 14-bit sizes
        if data[23:26] != b"\x9d\x01\x2a":
            return None
        width, height = struct.unpack("<HH", data[26:30])
        return _sized("webp", width & 0x3FFF, height & 0x3FFF)
    return None


def _bmp(data: bytes) -> PictureHeader | None:
    (info,) = struct.unpack("<I", data[14:18])
    if info == 12:  # OS/2 BITMAPCOREHEADER: 16-bit sizes
        width, height = struct.unpack("<HH", data[18:22])
    elif info >= 40:
        width, height = struct.unpack("<ii", data[18:26])
        height = abs(height)  # negative: stored top-down
    else:
        return None
    return _sized("bmp", width, height)
