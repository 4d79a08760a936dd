"""The one icon set: Lucide SVGs (ISC licence, ``resources/icons/lucide/``), tinted to the theme.

``Icon`` lists every bundled icon by the name of its SVG file; an action declares the one it
shows in the registry (``gui/actions.py``). Lucide draws with ``stroke="currentColor"``: the
colour is put into the SVG text before Qt renders it, so one file serves the light, dark
and high-contrast themes. An icon is drawn by QSvgRenderer only when Qt first asks for it,
at the size and device pixel ratio asked (so it is crisp at 200 % scaling too), and kept:
a menu's icons cost nothing until the menu is opened, and a theme change re-tints nothing
that is not shown (``_TintedEngine``). The disabled look is the same drawing in the
theme's muted colour.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
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
    CLEAR_SEARCH = "x"  # the search field's clear button
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


class _TintedEngine(QIconEngine):
    """Draws one tinted SVG on demand, at the size and ratio asked, and keeps each pixmap."""

    def __init__(self, icon: Icon, color: str, disabled_color: str) -> None:
        super().__init__()
        self._icon, self._color, self._disabled = icon, color, disabled_color
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, bool], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _TintedEngine(self._icon, self._color, self._disabled)

    def key(self) -> str:
        return "hrd-tinted-svg"

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the drawings are square
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        side = min(size.width(), size.height())
        cache_key = (side, side, scale, disabled)
        pixmap = self._pixmaps.get(cache_key)
        if pixmap is None:
            renderer = self._renderers.get(disabled)
            if renderer is None:
                tint = self._disabled if disabled else self._color
                renderer = QSvgRenderer(QByteArray(tinted_svg(self._icon, tint)))
                self._renderers[disabled] = renderer
            pixmap = render(renderer, side, scale)
            self._pixmaps[cache_key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pixmap)


def themed_icon(icon: Icon, color: str, disabled_color: str) -> QIcon:
    """``icon`` in ``color``, and in ``disabled_color`` where its action is disabled; drawn
    when first shown, at the size and device pixel ratio it is shown at."""
    return QIcon(_TintedEngine(icon, color, disabled_color))
