"""The selected question stays readable under every style the reader can get and every theme:
the sidebar's selected row is rendered, grabbed as pixels, and the contrast of its text with
the background actually painted is measured (WCAG, ≥ 4.5:1).

Besides the styles this machine has (QStyleFactory.keys(): Windows and Fusion on Linux), one
style stands in for Qt's windowsvista, which exists only on Windows: its item rows are drawn
as qwindowsvistastyle.cpp draws them (CE_ItemViewItem: the selection a light shade of Base,
the selected text in Text). That is the case where the sidebar once wrote white on light
grey. The real Windows styles are checked under Wine (tests/e2e/test_windows_build.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.gui import themes
from hrd_reader.gui.reading.sidebar import QuestionList
from tests.helpers.contrast import MINIMUM, measured_contrast
from tests.helpers.qt import wait_exposed
from tests.helpers.selection import selected_row, theme_palette


class VistaItemRows(QProxyStyle):
    """Item rows as Qt's windowsvista style draws them (qwindowsvistastyle.cpp,
    CE_ItemViewItem): it replaces Highlight with ``base().color().darker(108)`` and
    HighlightedText with Text before drawing the row."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_ItemViewItem and isinstance(
            option, QStyleOptionViewItem
        ):
            option = QStyleOptionViewItem(option)  # a copy, as the C++ style makes
            palette = QPalette(option.palette)
            text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            palette.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.HighlightedText, text)
            shade = palette.base().color().darker(108)
            palette.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.Highlight, shade)
            option.palette = palette
        super().drawControl(element, option, painter, widget)


def _styles() -> list[str]:
    return [*QStyleFactory.keys(), "vista-item-rows"]


def _make_style(name: str) -> QStyle:
    if name == "vista-item-rows":
        return VistaItemRows(QStyleFactory.create("Windows"))
    style = QStyleFactory.create(name)
    assert style is not None, name
    return style


def test_the_measure_sees_a_readable_and_an_unreadable_text(qapp: Any) -> None:
    for text, background, readable in (("#1a1a1a", "#ececec", True), ("#ffffff", "#ececec", False)):
        image = QImage(120, 30, QImage.Format.Format_RGB32)
        image.fill(QColor(background))
        painter = QPainter(image)
        painter.setPen(QColor(text))
        painter.drawText(image.rect(), 0, "Who are the defenders?")
        painter.end()
        ratio, strong, seen, _ = measured_contrast(image)
        assert seen.name() == background
        assert (ratio >= MINIMUM and strong > 20) is readable, (text, ratio, strong)


@pytest.mark.parametrize("theme", themes.THEMES)
@pytest.mark.parametrize("style_name", _styles())
def test_selected_question_is_readable(qtbot: Any, pack: Pack, style_name: str, theme: str) -> None:
    style = _make_style(style_name)
    questions = QuestionList()
    qtbot.addWidget(questions)
    palette = theme_palette(theme, style)
    image = selected_row(questions, style, palette, pack, lambda w: wait_exposed(qtbot, w))
    ratio, strong, background, text = measured_contrast(image)
    assert ratio >= MINIMUM and strong > 30, (
        f"{style_name}/{theme}: selected question {text.name()} on {background.name()}: "
        f"{ratio:.2f}:1 ({strong} pixels at ≥ {MINIMUM}:1)"
    )
    # The selection is visible: the row's background is not the list's own — wherever the
    # reader can meet this pair (the dark themes always come with Fusion: themes.apply_theme).
    if style_name == "Fusion" or not themes.theme_colors(theme).dark:
        assert background != questions.palette().color(QPalette.ColorRole.Base), style_name
