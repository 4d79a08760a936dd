"""The sidebar's selected question rendered under a given style and palette, grabbed as
pixels: shared by the gui test (offscreen, the styles of this machine) and the probe that
the Windows Python runs under Wine (Qt's windows platform, windowsvista and windows11)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QStyle

from hrd_reader.core import Pack
from hrd_reader.gui import themes
from hrd_reader.gui.reading.sidebar import QuestionList, QuestionModel


def theme_palette(theme: str, style: QStyle) -> QPalette:
    """The palette a theme gives the sidebar; "system" is the style's own (native look)."""
    if theme == themes.Theme.SYSTEM:
        return style.standardPalette()
    return themes.palette_for(themes.theme_colors(theme))


def selected_row(
    questions: QuestionList,
    style: QStyle,
    palette: QPalette,
    pack: Pack,
    wait_exposed: Callable[[QuestionList], None],
    row: int = 1,
) -> QImage:
    """Show ``questions`` with ``style`` and ``palette``, select ``row`` with the focus
    elsewhere (as while reading the answer) and grab the row, inside any frame or focus line
    the style draws around it."""
    questions.setStyle(style)
    questions.viewport().setStyle(style)
    questions.follow_palette(palette)
    questions.setModel(QuestionModel(pack))
    questions.resize(280, 520)
    questions.show()
    wait_exposed(questions)
    index = questions.model().index(row, 0)
    questions.setCurrentIndex(index)
    questions.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    questions.clearFocus()
    rect = questions.visualRect(index)
    assert rect.height() > 20, rect
    return questions.viewport().grab(rect.adjusted(4, 4, -4, -4)).toImage()
