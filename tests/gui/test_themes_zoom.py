"""Themes and zoom, driven by their actions and keys: colours that stay readable (WCAG
contrast computed here, independently of the code), text sizes that change and are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from hrd_reader.gui import themes
from hrd_reader.gui.reading.answer_view import BODY_POINT_SIZE
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import THEME, ZOOM_READING, Settings, open_settings


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("system_dark", [False, True])
@pytest.mark.parametrize("name", themes.THEMES)
def test_every_text_reaches_wcag_aaa(name: str, system_dark: bool) -> None:
    colors = themes.theme_colors(name, system_dark)
    for what, (foreground, background) in colors.pairs().items():
        ratio = contrast(foreground, background)
        assert ratio >= 7, f"{name}: {what} {foreground} on {background} is only {ratio:.2f}:1"


def test_system_theme_follows_the_desktop() -> None:
    assert themes.theme_colors("system", system_dark=True) is themes.DARK
    assert themes.theme_colors("system", system_dark=False) is themes.LIGHT
    assert themes.theme_colors("no-such-theme") is themes.LIGHT


def heading_colour(window: MainWindow) -> str:
    cursor = QTextCursor(window.answer_view.document())
    cursor.setPosition(1)
    return cursor.charFormat().foreground().color().name()


@pytest.mark.parametrize(
    ("action", "name", "colors"),
    [
        ("actionThemeDark", "dark", themes.DARK),
        ("actionThemeHighContrast", "high-contrast", themes.HIGH_CONTRAST),
        ("actionThemeLight", "light", themes.LIGHT),
    ],
)
def test_theme_action_colours_chrome_and_answer(
    window: MainWindow, settings: Settings, action: str, name: str, colors: themes.ThemeColors
) -> None:
    window.actions_by_id[action].trigger()
    assert window.actions_by_id[action].isChecked()
    app_palette = QApplication.palette()
    assert app_palette.color(QPalette.ColorRole.Window).name() == colors.window
    assert app_palette.color(QPalette.ColorRole.WindowText).name() == colors.window_text
    view = window.answer_view.viewport().palette()
    assert view.color(QPalette.ColorRole.Base).name() == colors.base
    assert view.color(QPalette.ColorRole.Text).name() == colors.text
    # The answer pane itself follows the theme: the heading is drawn in the theme's colour.
    assert heading_colour(window) == colors.heading
    assert f"color: {colors.link}" in window.answer_view.document().defaultStyleSheet()
    assert colors.primary in window.call_to_action.donate_button.styleSheet()
    if colors.dark:
        assert QApplication.style().name().lower() == "fusion"
    assert settings.get(THEME) == name
    selection = window.question_list.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert selection.color(group, QPalette.ColorRole.Highlight).name() == colors.highlight


def test_theme_is_remembered(qtbot, pack, settings_path: Path, opened_urls) -> None:
    first = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(first)
    first.actions_by_id["actionThemeHighContrast"].trigger()
    first.close()
    themes.apply_theme("system")
    again = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(again)
    assert again.theme == "high-contrast"
    assert again.actions_by_id["actionThemeHighContrast"].isChecked()
    assert heading_colour(again) == themes.HIGH_CONTRAST.heading


def test_unknown_theme_in_settings_falls_back(qtbot, pack, settings_path: Path) -> None:
    settings_path.write_text("[view]\ntheme=purple\n")
    settings = open_settings(settings_path)
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    assert win.theme == "system"
    assert win.actions_by_id["actionThemeSystem"].isChecked()
    assert any("view/theme" in w for w in settings.warnings)


def answer_size(window: MainWindow) -> float:
    return window.answer_view.font().pointSizeF()


def zoom_label(window: MainWindow) -> str:
    return window.findChild(QToolButton, "zoomLabel").text()


def test_zoom_keys_scale_answer_and_sidebar(qtbot, window: MainWindow, settings: Settings) -> None:
    sidebar = window.question_list.font().pointSizeF()
    assert zoom_label(window) == "100 %"
    window.answer_view.setFocus()
    qtbot.keyClick(window.answer_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_percent == 110
    assert zoom_label(window) == "110 %"
    assert answer_size(window) == pytest.approx(BODY_POINT_SIZE * 1.1)
    assert window.question_list.font().pointSizeF() == pytest.approx(sidebar * 1.1)
    qtbot.keyClick(window.answer_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_percent == 125
    for _ in range(3):
        qtbot.keyClick(window.answer_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_percent == 90
    assert answer_size(window) == pytest.approx(BODY_POINT_SIZE * 0.9)
    assert settings.get(ZOOM_READING) == 90
    qtbot.keyClick(window.answer_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_percent == 100
    assert answer_size(window) == pytest.approx(BODY_POINT_SIZE)


def test_zoom_stops_at_the_limits(qtbot, window: MainWindow) -> None:
    for _ in range(20):
        window.actions_by_id["actionZoomIn"].trigger()
    assert window.zoom_percent == 400
    assert not window.findChild(QToolButton, "zoomInButton").isEnabled()
    for _ in range(20):
        window.actions_by_id["actionZoomOut"].trigger()
    assert window.zoom_percent == 50
    assert not window.actions_by_id["actionZoomOut"].isEnabled()


def test_visible_zoom_controls(qtbot, window: MainWindow) -> None:
    plus = window.findChild(QToolButton, "zoomInButton")
    minus = window.findChild(QToolButton, "zoomOutButton")
    label = window.findChild(QToolButton, "zoomLabel")
    assert plus.isVisible() and minus.isVisible() and label.isVisible()
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert label.text() == "125 %"
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    assert label.text() == "110 %"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.zoom_percent == 100 and label.text() == "100 %"


def wheel(widget, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_zooms_plain_wheel_scrolls(qtbot, window: MainWindow) -> None:
    viewport = window.answer_view.viewport()
    wheel(viewport, 120)
    assert window.zoom_percent == 110
    wheel(viewport, -240)
    assert window.zoom_percent == 90
    # Half notches (touchpads) add up before they zoom.
    wheel(window.question_list.viewport(), 60)
    assert window.zoom_percent == 90
    wheel(window.question_list.viewport(), 60)
    assert window.zoom_percent == 100
    wheel(viewport, 120, Qt.KeyboardModifier.NoModifier)
    assert window.zoom_percent == 100


def test_zoom_survives_a_restart(qtbot, pack, settings_path: Path, opened_urls) -> None:
    first = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(first)
    first.set_zoom(150)
    first.close()
    again = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(again)
    assert again.zoom_percent == 150
    assert zoom_label(again) == "150 %"
    assert answer_size(again) == pytest.approx(BODY_POINT_SIZE * 1.5)


@pytest.mark.parametrize("stored", ["huge", "9000", "-5"])
def test_unusable_zoom_falls_back_to_100(qtbot, pack, settings_path: Path, stored: str) -> None:
    settings_path.write_text(f"[view]\nzoomReading={stored}\n")
    settings = open_settings(settings_path)
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    assert win.zoom_percent == 100
    assert any("view/zoomReading" in w for w in settings.warnings)


def test_f11_toggles_full_screen(qtbot, window: MainWindow) -> None:
    action = window.actions_by_id["actionFullScreen"]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not action.isChecked()


@pytest.mark.parametrize(
    ("action", "colors"),
    [("actionThemeDark", themes.DARK), ("actionThemeHighContrast", themes.HIGH_CONTRAST)],
)
def test_attribution_link_follows_a_theme_change(
    window: MainWindow, action: str, colors: themes.ThemeColors
) -> None:
    """The attribution under the answer is a link: after a change from the light theme it
    is drawn in the new theme's link colour, not left dark blue on a dark bar."""
    window.actions_by_id["actionThemeLight"].trigger()
    window.actions_by_id[action].trigger()
    label = window.call_to_action.attribution
    label.resize(label.sizeHint())
    image = label.grab().toImage()
    drawn = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    # The link's underline is drawn in exactly its colour.
    assert colors.link in drawn
    assert themes.LIGHT.link not in drawn
