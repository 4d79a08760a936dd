"""What the web export tests share: a small real PNG made without Qt, a pack with pictures,
and the exported page's text as a browser would read it (tags dropped, spaces joined)."""

from __future__ import annotations

import html
import re
import struct
import zlib
from pathlib import Path

from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid opaque blue PNG of ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x20\x60\xc0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def pack_with_pictures(make_pack: PackWriter) -> Path:
    """MINIMAL_MANIFEST's pack whose first answer shows a picture of the pack, one named with
    a space, a file that only claims to be a picture, and one from outside the pack."""
    one = (
        "Look: ![map](images/map.png)\n\n![spaced](images/my%20pic.png)\n\n"
        "![fake](images/fake.png)\n\n![outside](../secret.png)\n\nSee [the second](#two)."
    )
    return make_pack(
        MINIMAL_MANIFEST,
        {
            "answers/one.md": one,
            "answers/two.md": "Two.",
            "images/map.png": tiny_png(),
            "images/my pic.png": tiny_png(2, 2),
            "images/fake.png": b"not a picture at all",
        },
    )


def visible_text(page: str) -> str:
    """``page``'s body text with tags dropped and white space joined (no browser needed)."""
    body = page.split("<body>", 1)[1]
    body = re.sub(r"<style>.*?</style>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
