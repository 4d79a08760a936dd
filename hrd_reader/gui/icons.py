"""The one icon set: Lucide SVGs (ISC licence, ``resources/icons/lucide/``), tinted to the theme.

``Icon`` lists every bundled icon by the name of its SVG file; an action declares the one it
shows in the registry (``gui/actions.py``). Lucide draws with ``stroke="currentColor"``: the
colour is put into the SVG text before Qt renders it, so one file serves the light, dark
and high-contrast themes. Each icon is rendered with QSvgRenderer at the common sizes and at
1×, 2× and the screens' own device pixel ratios, so it is crisp at 200 % scaling too; the
disabled look is the same drawing in the theme's muted colour.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hrd_reader.core.resources import resource_path

ICON_SET = "lucide"
ICON_SET_NAME = "Lucide"
ICON_SET_URL = "https://lucide.dev"
ICON_SET_LICENCE = "ISC"
# Logical sizes (device-independent pixels) the toolbar, menus and buttons ask for.
SIZES = (16, 20, 22, 24, 32, 48)


class Icon(StrEnum):
    """Every bundled icon, by what it means; the value is the Lucide file name."""

    OPEN = "folder-open"
    SAVE_PACK = "save"
    FORGET = "trash-2"  # for actionForget: remove what the reader kept on this computer
    EXPORT_PDF = "file-down"
    PRINT = "printer"
    QUIT = "power"
    QUICK_EXIT = "log-out"  # for actionQuickExit: "leave now", recognisable at a glance
    FIND = "search"
    FIND_NEXT = "chevron-down"
    FIND_PREVIOUS = "chevron-up"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    PRESENTATION = "presentation"
    SHOW_QR = "qr-code"
    PREVIOUS_QUESTION = "arrow-up"
    NEXT_QUESTION = "arrow-down"
    DONATE = "heart"
    SIGNUP = "mail"
    ABOUT = "info"


def icon_file(icon: Icon) -> str:
    return str(resource_path("icons", ICON_SET, f"{icon.value}.svg"))


def licence_file() -> str:
    return str(resource_path("icons", ICON_SET, "LICENSE"))


@cache
def _svg_text(icon: Icon) -> str:
    with open(icon_file(icon), encoding="utf-8") as svg:
        return svg.read()


def tinted_svg(icon: Icon, color: str) -> bytes:
    """The icon's SVG drawn in ``color`` (``#rrggbb``) instead of ``currentColor``."""
    return _svg_text(icon).replace("currentColor", color).encode("utf-8")


def render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    """One pixmap of ``size`` logical pixels at device pixel ratio ``ratio``."""
    physical = round(size * ratio)
    pixmap = QPixmap(physical, physical)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, physical, physical))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _ratios() -> list[float]:
    screens = QGuiApplication.screens() if QGuiApplication.instance() else []
    return sorted({1.0, 2.0, *(screen.devicePixelRatio() for screen in screens)})


def themed_icon(icon: Icon, color: str, disabled_color: str) -> QIcon:
    """``icon`` in ``color``, and in ``disabled_color`` where its action is disabled."""
    result = QIcon()
    ratios = _ratios()
    for mode, tint in ((QIcon.Mode.Normal, color), (QIcon.Mode.Disabled, disabled_color)):
        renderer = QSvgRenderer(QByteArray(tinted_svg(icon, tint)))
        for size in SIZES:
            for ratio in ratios:
                result.addPixmap(render(renderer, size, ratio), mode, QIcon.State.Off)
    return result
