"""Renders the application icon (``resources/icons/hrd-reader.svg``) for the installers.

Run by ``build.py`` (and by the spec when used on its own) in a separate process, because it
needs a ``QGuiApplication``:

    python build_spec/icons.py OUTDIR

It writes the hicolor PNG sizes desktops look for, a Windows ``.ico`` and a macOS ``.icns``
with Qt's own image writers (and a few lines for the icns container), so nothing beyond
the pinned environment is needed and the PNGs never drift from the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "hrd-reader.svg"
# The sizes the freedesktop icon theme spec lists as the usual application icon sizes.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows the .ico up to 256 px. macOS: the icns types that hold PNG images.
ICO_SIZE = 256
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512))


def png_name(size: int) -> str:
    return f"hrd-reader-{size}.png"


def render(outdir: Path) -> list[Path]:
    """Write every icon into ``outdir``; return the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Keep a reference: the application must live while images are painted.
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icons: {SVG} is not a valid SVG file")
    outdir.mkdir(parents=True, exist_ok=True)

    def image(size: int) -> QImage:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        renderer.render(painter)
        painter.end()
        return img

    written = []
    targets = [(outdir / png_name(s), s, "PNG") for s in HICOLOR_SIZES]
    targets += [(outdir / "hrd-reader.ico", ICO_SIZE, "ICO")]
    for path, size, fmt in targets:
        if not image(size).save(str(path), fmt):
            raise SystemExit(f"icons: Qt could not write {path} ({fmt})")
        written.append(path)
    icns = outdir / "hrd-reader.icns"
    icns.write_bytes(
        icns_container({kind: (outdir / png_name(s)).read_bytes() for kind, s in ICNS_TYPES})
    )
    written.append(icns)
    return written


def icns_container(pngs: dict[bytes, bytes]) -> bytes:
    """An Apple icon file holding PNG images: ``icns``, total length, then for each image its
    four-letter type, length (header included) and the PNG bytes. (Qt's own ICNS writer
    stores a single uncompressed image that its reader flags as damaged.)"""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python build_spec/icons.py OUTDIR")
    for path in render(Path(sys.argv[1])):
        print(path)
