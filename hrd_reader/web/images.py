"""A pack's images for the web: read from the pack's own files, typed by their first bytes.

An answer's ``<img src>`` is a path inside the pack (``core/render`` refuses any other); here
it is read through the pack's ``PackFiles`` — the same checks as the window's image loader —
and typed by its signature, not its name, so a file that is not a picture is never sent as
one. The one-file page inlines each as a ``data:`` URI; the ZIM file stores each as an entry.

A picture larger than the reader ever shows (``core.pictures.LARGEST_SHOWN`` across, read
from its header) is sent as the reader's one fitted copy (``imaging.shrink``), so a page of
twelve phone photos stays light on a phone; over the pixel limit, it is not sent at all.
Pure Python at import — QtGui is loaded only to shrink such a picture.
"""

from __future__ import annotations

import base64
import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from hrd_reader.core.pack import Pack
from hrd_reader.core.packfiles import PackFileError
from hrd_reader.core.picture_header import read_header
from hrd_reader.core.pictures import LARGEST_SHOWN, MAX_PICTURE_PIXELS

# The same bound as the window's loader (gui/pack_images.MAX_IMAGE_BYTES).
MAX_IMAGE_BYTES = 16 * 1024 * 1024
# nh3 writes every attribute as name="value" with quotes inside escaped, so this matches
# exactly one whole <img> tag of render's output, and the src value inside it.
IMG_TAG = re.compile(r'<img((?:\s+[^\s="<>/]+="[^"]*")*)\s*/?>')
_SRC = re.compile(r'(\ssrc=")([^"]*)(")')


@dataclass(frozen=True)
class Image:
    name: str  # its path inside the pack, e.g. "images/map.png"
    mimetype: str
    data: bytes

    def data_uri(self) -> str:
        return f"data:{self.mimetype};base64,{base64.b64encode(self.data).decode('ascii')}"


def sniff(data: bytes) -> str | None:
    """The MIME type of an image from its first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in head:
        return "image/svg+xml"
    return None


def pack_name(src: str) -> str | None:
    """The file of the pack an answer's ``src`` names (``%20`` decoded, no query)."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    name = posixpath.normpath(unquote(parts.path))
    return None if name.startswith(("/", "..")) else name


def read_image(pack: Pack, src: str) -> Image | None:
    """The image ``src`` refers to, only if it is a picture file of the pack."""
    name = pack_name(src)
    if name is None:
        return None
    try:
        data = pack.source_files.read(name, MAX_IMAGE_BYTES)
    except PackFileError:
        return None
    mimetype = sniff(data)
    if mimetype is None:
        return None
    header = read_header(data)
    if header is None or header.is_drawing:
        return Image(name, mimetype, data)
    if header.pixels > MAX_PICTURE_PIXELS:
        return None  # never decoded, as in the window
    if max(header.width, header.height) <= LARGEST_SHOWN:
        return Image(name, mimetype, data)
    from hrd_reader.imaging.shrink import fitted_picture_bytes

    fitted = fitted_picture_bytes(data)
    return Image(name, fitted.mime, fitted.data) if fitted else None


def replace_images(fragment: str, address: Callable[[str], str | None]) -> str:
    """``fragment`` (render's HTML) with each image's src replaced by ``address(src)``; an
    image for which it gives None is left out, as the window shows nothing for it."""

    def one(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None:
            return ""
        new = address(html.unescape(src.group(2)))
        if new is None:
            return ""
        return tag[: src.start(2)] + html.escape(new) + tag[src.end(2) :]

    return IMG_TAG.sub(one, fragment)
