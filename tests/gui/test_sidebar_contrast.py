"""The selected question stays readable under every style the reader can get and every theme:
the sidebar's selected row is rendered, grabbed as pixels, and the contrast of its text with
the background actually painted is measured (WCAG, ≥ 4.5:1).

Besides the styles this machine has (QStyleFactory.keys(): Windows and Fusion on Linux), one
style stands in for Qt's windowsvista, which exists only on Windows: its item rows are drawn
as qwindowsvistastyle.cpp draws them (CE_ItemViewItem: the selection a light shade of Base,
the selected text in Text). That is the case where the sidebar once wrote white on light
grey. The real Windows styles are checked under Wine (tests/e2e/test_windows_build.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
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
from hrd_reader.gui.sidebar import QuestionList, QuestionModel
from tests.helpers.contrast import contrast
from tests.helpers.qt import wait_exposed

MINIMUM = 4.5


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


def _palette(theme: str, style: QStyle) -> QPalette:
    if theme == themes.Theme.SYSTEM:
        return style.standardPalette()  # the native look: the style's own palette
    return themes.palette_for(themes.theme_colors(theme))


def _measured_contrast(image: QImage) -> tuple[float, int, QColor, QColor]:
    """(best text contrast, pixels at ≥ 4.5:1, background, text colour) of ``image``: the
    background is its most common colour, the text the pixel farthest from it."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: width * height * 4]
    counts = Counter(data[i : i + 4] for i in range(0, len(data), 4))
    (background_bytes, _), *_ = counts.most_common(1)

    def colour(raw: bytes) -> QColor:
        return QColor(raw[2], raw[1], raw[0])  # RGB32 is B, G, R, 0xff in memory

    background = colour(background_bytes)
    ratios = {raw: contrast(colour(raw), background) for raw in counts}
    best = max(ratios, key=lambda raw: ratios[raw])
    strong = sum(counts[raw] for raw, ratio in ratios.items() if ratio >= MINIMUM)
    return ratios[best], strong, background, colour(best)


def test_the_measure_sees_a_readable_and_an_unreadable_text(qapp: Any) -> None:
    for text, background, readable in (("#1a1a1a", "#ececec", True), ("#ffffff", "#ececec", False)):
        image = QImage(120, 30, QImage.Format.Format_RGB32)
        image.fill(QColor(background))
        painter = QPainter(image)
        painter.setPen(QColor(text))
        painter.drawText(image.rect(), 0, "Who are the defenders?")
        painter.end()
        ratio, strong, seen, _ = _measured_contrast(image)
        assert seen.name() == background
        assert (ratio >= MINIMUM and strong > 20) is readable, (text, ratio, strong)


@pytest.mark.parametrize("theme", themes.THEMES)
@pytest.mark.parametrize("style_name", _styles())
def test_selected_question_is_readable(qtbot: Any, pack: Pack, style_name: str, theme: str) -> None:
    style = _make_style(style_name)
    questions = QuestionList()
    qtbot.addWidget(questions)
    questions.setStyle(style)
    questions.viewport().setStyle(style)
    questions.follow_palette(_palette(theme, style))
    questions.setModel(QuestionModel(pack))
    questions.resize(280, 520)
    questions.show()
    wait_exposed(qtbot, questions)
    index = questions.model().index(1, 0)
    questions.setCurrentIndex(index)
    questions.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    questions.clearFocus()  # the answer pane has focus while one reads: inactive selection
    row = questions.visualRect(index)
    assert row.height() > 20
    inner = row.adjusted(4, 4, -4, -4)  # inside any frame or focus line the style draws
    image = questions.viewport().grab(inner).toImage()
    ratio, strong, background, text = _measured_contrast(image)
    assert ratio >= MINIMUM and strong > 30, (
        f"{style_name}/{theme}: selected question {text.name()} on {background.name()}: "
        f"{ratio:.2f}:1 ({strong} pixels at ≥ {MINIMUM}:1)"
    )
    # The selection is visible: the row's background is not the list's own — wherever the
    # reader can meet this pair (the dark themes always come with Fusion: themes.apply_theme).
    if style_name == "Fusion" or not themes.theme_colors(theme).dark:
        assert background != questions.palette().color(QPalette.ColorRole.Base), style_name
