"""The one image loader for a pack's text documents: the answer pane and the handout.

An answer's image is loaded only from a file of the pack — inside its folder, or a member of
its ``.hrdpack`` (read from memory, never unpacked to disk) — through the pack's
``PackFiles``, which refuses every other name (remote, absolute, ``../``, a symlink leaving
the pack). ``qrc:`` and ``data:`` are refused too. A refused image gets a transparent
stand-in rather than nothing: given nothing, Qt's text layout would load the name itself, as
a file relative to the current folder — outside the pack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from hrd_reader.core.packfiles import FolderFiles, PackFileError, PackFiles
from hrd_reader.core.pictures import MAX_PICTURE_BYTES

IMAGE_RESOURCE = QTextDocument.ResourceType.ImageResource.value


def pack_files(source: PackFiles | Path) -> PackFiles:
    """The files images are read from: a pack's own, or those of the folder ``source``."""
    return FolderFiles(source) if isinstance(source, Path) else source


def refused_image() -> QImage:
    """What a refused image shows: one transparent pixel."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def pack_image(files: PackFiles, name: QUrl) -> bytes | None:
    """The bytes of the file an answer's image refers to, only if it is a file of the pack."""
    if not name.isRelative() or not name.path() or name.host():
        return None
    try:
        return files.read(name.path(), MAX_PICTURE_BYTES)
    except PackFileError:
        return None


def load_resource(files: PackFiles, kind: int, name: QUrl | str) -> object:
    """What a document's ``loadResource(kind, name)`` returns: images from the pack, the
    stand-in for refused ones, and nothing — no style sheets, no HTML — else."""
    if kind != IMAGE_RESOURCE:
        return None
    url = QUrl(name) if isinstance(name, str) else name
    data = pack_image(files, url)
    image = QImage.fromData(data) if data is not None else QImage()
    return image if not image.isNull() else refused_image()
