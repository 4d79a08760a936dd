"""The one image loader for a pack's text documents: the answer pane and the handout.

An answer's image is loaded only from a file inside the pack folder; every other name
(remote, absolute, ``../``, a symlink leaving the pack, ``qrc:``, ``data:``) is refused. A
refused image gets a transparent stand-in rather than nothing: given nothing, Qt's text
layout would load the name itself, as a file relative to the current folder — outside the
pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

IMAGE_RESOURCE = QTextDocument.ResourceType.ImageResource.value


def refused_image() -> QImage:
    """What a refused image shows: one transparent pixel."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def pack_image(pack_dir: Path, name: QUrl) -> Path | None:
    """The file an answer's image refers to, only if it is inside the pack folder."""
    if not name.isRelative() or not name.path() or name.host():
        return None
    root = pack_dir.resolve()
    target = (root / name.path()).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        return None
    return target


def load_resource(
    pack_dir: Path, kind: int, name: QUrl | str, load_file: Callable[[int, QUrl], object]
) -> object:
    """What a document's ``loadResource(kind, name)`` returns: images from inside
    ``pack_dir`` (read by ``load_file``, the Qt class's own ``loadResource`` given a file
    URL), the stand-in for refused ones, and nothing — no style sheets, no HTML — else."""
    if kind != IMAGE_RESOURCE:
        return None
    url = QUrl(name) if isinstance(name, str) else name
    target = pack_image(pack_dir, url)
    loaded = load_file(kind, QUrl.fromLocalFile(str(target))) if target is not None else None
    return loaded if loaded is not None else refused_image()
