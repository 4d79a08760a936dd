"""Colour themes — Light, Dark, High contrast and Follow system — for the whole window.

``theme_colors`` is a pure function (hex strings, no Qt objects) so that a test can check
the WCAG contrast of every pair a reader sees: body text, links, headings, selection and
search highlights. ``apply_theme`` turns the colours into the application's style and
palette; the answer pane and the sidebar take theirs from ``answer_css``/``palette_for``.
Dark and high contrast use Qt's Fusion style, because native styles (Windows, macOS) draw
their own light controls whatever the palette says.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Theme(StrEnum):
    """The themes, by the name the settings file keeps; the one list of them: the THEME
    setting takes its choices and the View ▸ Theme actions their targets from it."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


THEMES: tuple[Theme, ...] = tuple(Theme)


@dataclass(frozen=True)
class ThemeColors:
    """Every colour a theme defines, as ``#rrggbb``."""

    name: Theme  # the theme these colours draw (never SYSTEM: it borrows Light or Dark)
    dark: bool  # light text on a dark background: needs Fusion
    window: str
    window_text: str
    base: str  # answer pane and sidebar background
    alternate_base: str
    text: str  # body text
    muted_text: str  # footers, placeholders: still ≥ 7:1
    heading: str
    link: str
    link_visited: str
    button: str
    button_text: str
    highlight: str  # selection and the current question
    highlighted_text: str
    match: str  # search matches in the answer
    match_text: str
    current_match: str  # the match F3 moved to
    current_match_text: str
    primary: str  # the Donate button
    primary_text: str
    focus: str  # keyboard focus outline

    def pairs(self) -> dict[str, tuple[str, str]]:
        """(foreground, background) of each text a reader sees, for contrast checks."""
        return {
            "body text": (self.text, self.base),
            "window text": (self.window_text, self.window),
            "muted text": (self.muted_text, self.base),
            "heading": (self.heading, self.base),
            "link": (self.link, self.base),
            "visited link": (self.link_visited, self.base),
            "button": (self.button_text, self.button),
            "selection": (self.highlighted_text, self.highlight),
            "search match": (self.match_text, self.match),
            "current match": (self.current_match_text, self.current_match),
            "donate button": (self.primary_text, self.primary),
        }


LIGHT = ThemeColors(
    name=Theme.LIGHT,
    dark=False,
    window="#f3f3f3",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f7fa",
    text="#1a1a1a",
    muted_text="#4d4d4d",
    heading="#0b3d6b",
    link="#0b4a85",
    link_visited="#5a2d82",
    button="#f0f0f0",
    button_text="#1a1a1a",
    highlight="#0b5394",
    highlighted_text="#ffffff",
    match="#ffe066",
    match_text="#000000",
    current_match="#ffa94d",
    current_match_text="#000000",
    primary="#0b5394",
    primary_text="#ffffff",
    focus="#f1c232",
)
DARK = ThemeColors(
    name=Theme.DARK,
    dark=True,
    window="#202124",
    window_text="#e8e8e8",
    base="#121212",
    alternate_base="#1c1c1e",
    text="#e6e6e6",
    muted_text="#b0b0b0",
    heading="#ffffff",
    link="#9ccfff",
    link_visited="#d7b8ff",
    button="#2d2f33",
    button_text="#ededed",
    highlight="#0a3d73",
    highlighted_text="#ffffff",
    match="#ffe066",
    match_text="#000000",
    current_match="#ffa94d",
    current_match_text="#000000",
    primary="#0a3d73",
    primary_text="#ffffff",
    focus="#f1c232",
)
HIGH_CONTRAST = ThemeColors(
    name=Theme.HIGH_CONTRAST,
    dark=True,
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    heading="#ffff00",
    link="#ffff00",
    link_visited="#ffff00",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    match="#00ffff",
    match_text="#000000",
    current_match="#ffff00",
    current_match_text="#000000",
    primary="#ffff00",
    primary_text="#000000",
    focus="#00ffff",
)


def theme_colors(name: str, system_dark: bool = False) -> ThemeColors:
    """The colours of theme ``name``; "system" is Light or Dark as the desktop is."""
    if name == Theme.SYSTEM:
        return DARK if system_dark else LIGHT
    colors = {Theme.LIGHT: LIGHT, Theme.DARK: DARK, Theme.HIGH_CONTRAST: HIGH_CONTRAST}
    return colors.get(Theme(name), LIGHT) if name in THEMES else LIGHT


def answer_css(colors: ThemeColors) -> str:
    """The answer pane's colours; sizes stay relative so zoom scales headings too."""
    return (
        f"h1, h2, h3, h4 {{ color: {colors.heading}; }}\n"
        f"a {{ color: {colors.link}; text-decoration: underline; }}\n"
        f"code, pre {{ color: {colors.text}; }}\n"
        f"th, td {{ border-color: {colors.muted_text}; }}\n"
    )


def primary_button_css(colors: ThemeColors) -> str:
    """The Donate button: the primary call to action in every theme."""
    return (
        f"QPushButton#donateButton {{ background: {colors.primary}; color: {colors.primary_text};"
        f" border: 2px solid {colors.primary}; border-radius: 4px; padding: 6px 22px; }}"
        f"QPushButton#donateButton:focus {{ border: 2px solid {colors.focus}; }}"
    )


def search_field_css(colors: ThemeColors) -> str:
    """Fusion draws a line edit's frame a shade off the window colour, which is invisible on
    black: give the search field a visible border in the dark themes."""
    if not colors.dark:
        return ""
    return (
        f"QLineEdit#searchField {{ border: 1px solid {colors.muted_text}; border-radius: 3px;"
        f" padding: 3px; background: {colors.base}; color: {colors.text}; }}"
        f"QLineEdit#searchField:focus {{ border: 2px solid {colors.focus}; }}"
    )


def palette_for(colors: ThemeColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    entries = {
        role.Window: colors.window,
        role.WindowText: colors.window_text,
        role.Base: colors.base,
        role.AlternateBase: colors.alternate_base,
        role.Text: colors.text,
        role.PlaceholderText: colors.muted_text,
        role.Button: colors.button,
        role.ButtonText: colors.button_text,
        role.BrightText: colors.highlighted_text,
        role.Highlight: colors.highlight,
        role.HighlightedText: colors.highlighted_text,
        role.Link: colors.link,
        role.LinkVisited: colors.link_visited,
        role.ToolTipBase: colors.base,
        role.ToolTipText: colors.text,
        role.Accent: colors.highlight,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for which, value in entries.items():
            palette.setColor(group, which, QColor(value))
    # Disabled controls stay legible but visibly off.
    for which, value in entries.items():
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor(value))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor(colors.muted_text))
    # Frames and separators.
    palette.setColor(role.Light, QColor(colors.muted_text if colors.dark else "#ffffff"))
    palette.setColor(role.Mid, QColor(colors.muted_text))
    palette.setColor(role.Dark, QColor(colors.muted_text))
    palette.setColor(role.Shadow, QColor("#000000"))
    return palette


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""

    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def standing_out(against: QColor, *choices: QColor) -> QColor:
    """Of ``choices``, the colour with the most contrast against ``against``."""
    return max(choices, key=lambda colour: contrast_ratio(colour, against))


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


# The system's look, as the application had it before any theme changed it: its style's
# name (kept the first time a dark theme switches to Fusion) and its palette.
_native_style: list[str] = []
_native_palette: list[QPalette] = []


def apply_theme(name: str) -> ThemeColors:
    """Set the application's style and palette for theme ``name``; return its colours.

    A light theme never asks for the application's style unless a dark one changed it:
    ``QApplication.style()`` hands Python a style object Qt made, and PySide meets it by
    creating QStyle's enums (about 9 ms before the first frame of every start)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not _native_palette:
        _native_palette.append(QPalette(app.palette()))
    colors = theme_colors(name, system_is_dark())
    if colors.dark:
        if not _native_style:
            _native_style.append(app.style().name())
        if app.style().name().lower() != "fusion":
            app.setStyle("fusion")
    elif _native_style and app.style().name().lower() != _native_style[0].lower():
        app.setStyle(_native_style[0])
    # The system theme in light: the native look, untouched — the desktop's own palette.
    wanted = _native_palette[0] if name == Theme.SYSTEM and not colors.dark else palette_for(colors)
    if app.palette() != wanted:
        app.setPalette(wanted)
    return colors
