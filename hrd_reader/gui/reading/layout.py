"""The reading window's layout: the sidebar beside the answer pane, the call-to-action bar
under the answer, and which way each runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.reading.call_to_action import CallToActionBar
from hrd_reader.gui.reading.search import SearchPanel
from hrd_reader.gui.reading.sidebar import QuestionList


def side_by_side(sidebar: SearchPanel, answer: AnswerView, bar: CallToActionBar) -> QSplitter:
    """The sidebar and, taking the rest of the width, the answer over its bar."""
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(answer, 1)
    column.addWidget(bar)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(sidebar)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 800])
    return splitter


def set_directions(window: QWidget, questions: QuestionList, answer: AnswerView, rtl: bool) -> None:
    """Right to left for a right-to-left interface language or pack (``rtl``): the sidebar
    moves to the right. The pack's own words (the answer, the titles) run in its direction,
    so an English title in the Arabic interface keeps its question mark at the end."""
    ui_rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    right, left = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    window.setLayoutDirection(right if rtl or ui_rtl else left)
    answer.set_text_direction(right if rtl else left)
    questions.setLayoutDirection(right if rtl else left)
