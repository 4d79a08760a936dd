"""Checks that the Qt features the reader relies on are really there, for ``--self-test``.

From source these come with PySide6; in a packaged build each is a Qt plugin or library that
the build could leave out by mistake (see build_spec/spec_helpers.py). So the self-test
decodes an image of every format a content pack may use, draws the SVG application icon,
prints an answer to PDF and loads every interface language's catalogues (ours and Qt's) —
the things a user would otherwise find broken only when they need them.

The self-test connects to nothing: it prints with ``QPdfWriter``, as the PDF handout does,
because constructing a ``QPrinter`` asks the print system for its default printer, which on
Linux opens a connection to the CUPS server (localhost:631). Qt's print support is only
loaded, to prove the package has it.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLibraryInfo, QTranslator
from PySide6.QtGui import (
    QIcon,
    QImage,
    QImageReader,
    QImageWriter,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from hrd_reader.core.resources import resource_path
from hrd_reader.gui.handouts import handout

# Image formats packs may use (core/picture_header.py). PNG and BMP are built into Qt; the
# others are plugins.
PACK_IMAGE_FORMATS = ("png", "jpeg", "gif", "webp", "bmp", "svg")

# A 1×1 GIF: Qt reads GIF but cannot write it, so the sample is spelled out here.
_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==")
_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
    b'<rect width="4" height="4"/></svg>'
)


def _encoded(fmt: str) -> bytes:
    """A small image in ``fmt``, written by Qt itself (PNG, JPEG) or spelled out."""
    if fmt == "gif":
        return _GIF
    if fmt == "svg":
        return _SVG
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    written = QImageWriter(buffer, QByteArray(fmt.encode())).write(image)
    buffer.close()
    return bytes(data.data()) if written else b""


def _decodes(data: bytes, fmt: str) -> bool:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # The format is named, so only that format's reader may answer.
    return not QImageReader(buffer, QByteArray(fmt.encode())).read().isNull()


def missing_image_formats() -> list[str]:
    """Formats of ``PACK_IMAGE_FORMATS`` that cannot be decoded here."""
    missing = []
    for fmt in PACK_IMAGE_FORMATS:
        data = _encoded(fmt)
        if not data or not _decodes(data, fmt):
            missing.append(fmt)
    return missing


def svg_icon_works() -> bool:
    """The SVG application icon draws at two sizes (needs Qt's SVG support)."""
    icon = QIcon(str(resource_path("icons", "hrd-reader.svg")))
    return all(not icon.pixmap(size, size).isNull() for size in (32, 128))


def prints_to_pdf(html: str, target: Path) -> bool:
    """Print ``html`` to a PDF file at ``target`` the way a handout is printed — pages laid
    out and painted by the handout code — but through a QPdfWriter, not a QPrinter, which
    would wake the print system (see the module's docstring)."""
    import PySide6.QtPrintSupport  # noqa: F401 - the print dialog's library must be packaged

    writer = QPdfWriter(str(target))
    writer.setResolution(1200)  # QPrinter's HighResolution on Linux
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml(html)
    try:
        handout.paint(document, writer, "self-test")
    except handout.HandoutError:
        return False
    finally:
        del writer  # finishes the file
    try:
        with target.open("rb") as pdf:
            return pdf.read(5) == b"%PDF-" and target.stat().st_size > 500
    except OSError:
        return False


def missing_translations() -> list[str]:
    """Interface languages whose catalogue, or Qt's own for standard buttons, will not load."""
    from hrd_reader.gui import i18n

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = []
    for code in i18n.CODES:
        if code == i18n.SOURCE_LANGUAGE:
            continue
        ours = QTranslator().load(f"{i18n.CATALOGUE}_{code}", i18n.translations_dir())
        if not (ours and QTranslator().load(f"qtbase_{code}", qt_dir)):
            missing.append(code)
    return missing


def problems(html: str, scratch: Path) -> list[str]:
    """Every missing feature, as a sentence; empty when all is well."""
    found = []
    missing = missing_image_formats()
    if missing:
        found.append("cannot read images of type " + ", ".join(missing))
    if not svg_icon_works():
        found.append("cannot draw the SVG application icon")
    if not prints_to_pdf(html, scratch / "self-test.pdf"):
        found.append("cannot print to PDF")
    languages = missing_translations()
    if languages:
        found.append("cannot load the translations for " + ", ".join(languages))
    return found
