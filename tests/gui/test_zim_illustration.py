"""The ZIM file's 48 × 48 illustration (``resources/icons/hrd-reader-48.png``) is shipped
ready-made so that exporting needs no Qt; it must stay the app icon as Qt renders the SVG
today with ``build_spec/icons.py``, which the installers' icons come from too. To make it
again: ``python build_spec/icons.py OUTDIR`` and copy ``OUTDIR/hrd-reader-48.png``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from build_spec import icons
from hrd_reader.core.resources import resource_path
from hrd_reader.web.zim import ILLUSTRATION


def test_shipped_illustration_is_the_icon_rendered_at_48_px(qapp, tmp_path: Path) -> None:
    written = icons.render(tmp_path)
    fresh = QImage(str(next(p for p in written if p.name == icons.png_name(48))))
    shipped = QImage(str(resource_path(*ILLUSTRATION)))
    assert (shipped.width(), shipped.height()) == (48, 48)
    argb = QImage.Format.Format_ARGB32
    assert shipped.convertToFormat(argb) == fresh.convertToFormat(argb)
