"""The question list: a model over the pack's questions and the view that shows them.

Model/view rather than a widget per item so that packs with thousands of questions stay
instant; titles wrap instead of being cut off with "…". A search narrows the list through a
filter model, not by hiding rows of the view: assistive technology reads the view's model,
so a screen reader hears a list of the matching questions only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.gui.themes import contrast_ratio, standing_out

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QWheelEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from hrd_reader.gui.reading.zoom import WheelZoom

READABLE = 4.5  # WCAG AA for text: the selected question is read from a metre away


class QuestionModel(QStringListModel):
    """The pack's question titles, one row each, in pack order (row = question index).

    A QStringListModel rather than a Python ``data()``: the view calls ``data()`` and
    ``rowCount()`` tens of thousands of times per layout of a big pack, and every call into
    Python costs microseconds; here they stay in C++.
    """

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__([q.title for q in pack.questions], parent)

    def set_pack(self, pack: Pack) -> None:
        self.setStringList([q.title for q in pack.questions])


class ShownQuestions(QSortFilterProxyModel):
    """The questions the sidebar shows: every one, less those a search hides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden: frozenset[int] = frozenset()
        self.rows: list[int] = []  # the questions shown, in order

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        # Another pack: no row of it is hidden by the old pack's search.
        model.modelAboutToBeReset.connect(lambda: setattr(self, "hidden", frozenset()))
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._count_rows)
        self._count_rows()

    def set_hidden(self, rows: frozenset[int]) -> None:
        if rows == self.hidden:
            return
        self.beginFilterChange()
        self.hidden = rows
        self.rows = []  # until the change is done: rows are being removed and inserted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._count_rows()

    def _count_rows(self) -> None:
        source = self.sourceModel()
        count = source.rowCount() if source is not None else 0
        self.rows = [row for row in range(count) if row not in self.hidden]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return source_row not in self.hidden


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each row to its wrapped title at the list's current width.

    QListView's own word wrap measures items before it knows their width and then elides;
    measuring here against the viewport width keeps every title whole. Qt paints the rows
    itself (the view's word wrap, no eliding): a row painted in Python cost about 0.1 ms,
    and a question switch repaints two or more of them.
    """

    # Around the title: the measure leaves this much on every side, Qt's painting a few
    # pixels at the sides (the style's text margin) and the rest above and below.
    PADDING = 8

    def __init__(self, view: QuestionList) -> None:
        super().__init__(view)
        self._view = view
        # Row heights of the wrapped titles at the current width and font: the view asks for
        # every shown row's size on each layout (10,000 rows in a big pack, again after each
        # search keystroke), and measuring wrapped text is the slow part. QuestionList calls
        # forget() when the width, the font or the rows change.
        self._heights: dict[int, int] = {}
        self._width = -1

    def forget(self) -> None:
        self._heights.clear()
        self._width = -1

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # By question, not by row of the list: a search moves the rows, not the heights.
        shown = self._view.shown
        number = index.row()
        # The list of questions shown is kept in Python: this runs for every row on every
        # layout, and asking the filter model each time costs twice the whole keystroke.
        rows = shown.rows
        row = rows[number] if number < len(rows) else shown.mapToSource(index).row()
        height = self._heights.get(row)
        if height is None or self._width < 0:
            if self._width < 0:
                self._heights.clear()
                self._width = max(60, self._view.viewport_width - 2 * self._view.spacing())
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            bounds = option.fontMetrics.boundingRect(
                QRect(0, 0, self._width - 2 * self.PADDING, 100_000),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
            height = self._heights[row] = bounds.height() + 2 * self.PADDING
        return QSize(self._width, height)


class QuestionList(QListView):
    """The sidebar's list. Its rows are question numbers (rows of the pack's model), whatever
    a search hides; ``questionChosen`` says which one the user moved to."""

    questionChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Ctrl + wheel: the reading window's zoom (None: Qt's own).
        self.wheel_zoom: WheelZoom | None = None
        # The viewport's width, from its resize events: asking viewport() for it would make
        # PySide wrap the C++ viewport, which costs milliseconds the first time.
        self.viewport_width = 0
        self.setObjectName("questionList")
        self.shown = ShownQuestions(self)
        self._question = -1  # the question shown, even while a search hides its row
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Titles are read, never edited (the string list model would allow it).
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.base_point_size = self.font().pointSizeF()
        self.follow_palette(self.palette())
        self.delegate = WrappingDelegate(self)
        self.setItemDelegate(self.delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model`` (the pack's questions) through the search's filter."""
        if model is not None:
            self.shown.setSourceModel(model)
        super().setModel(self.shown)
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.dataChanged,
                model.layoutChanged,
            ):
                signal.connect(self.delegate.forget)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def set_hidden_rows(self, rows: frozenset[int]) -> None:
        """Hide the questions ``rows`` (a search's non-matches); the question shown is
        selected again when its row comes back."""
        self.shown.set_hidden(rows)
        self._select_shown()

    def is_hidden(self, row: int) -> bool:
        return row in self.shown.hidden

    def shown_rows(self) -> list[int]:
        """The questions in the list, in its order."""
        return list(self.shown.rows)

    def select_row(self, row: int) -> None:
        """Make question ``row`` the current one (selected, scrolled to, if it is shown)."""
        self._question = row
        self._select_shown()

    def _select_shown(self) -> None:
        source = self.shown.sourceModel()
        if source is None or self._question < 0:
            return
        index = self.shown.mapFromSource(source.index(self._question, 0))
        if not index.isValid():
            return
        if index != self.currentIndex():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._question = self.shown.mapToSource(current).row()
            self.questionChosen.emit(self._question)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.forget()
        super().changeEvent(event)

    def follow_palette(self, palette: QPalette) -> None:
        """Take ``palette`` (a theme's), keeping the current question clearly marked when
        focus moves to the answer: inactive selection looks like the active one; and
        readable: a style's own pair that fails WCAG AA (Fusion's white on #308cc6 is 3.7:1)
        gets the text colour that stands out (Windows' styles paint their own tint in Text)."""
        palette = QPalette(palette)
        active, text = QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        selection = palette.color(active, QPalette.ColorRole.Highlight)
        if contrast_ratio(palette.color(active, text), selection) < READABLE:
            choices = (palette.color(active, text), palette.color(active, QPalette.ColorRole.Text))
            palette.setColor(text, standing_out(selection, *choices))
        for role in (QPalette.ColorRole.Highlight, text):
            palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(active, role))
        self.setPalette(palette)

    def set_zoom(self, percent: int) -> None:
        font = self.font()
        font.setPointSizeF(self.base_point_size * percent / 100)
        self.setFont(font)
        self.delegate.forget()
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area's resizeEvent is its viewport's.
        super().resizeEvent(event)
        self.viewport_width = event.size().width()
        if event.size().width() != event.oldSize().width():
            # Row heights depend on the width: measure again.
            self.delegate.forget()
            self.scheduleDelayedItemsLayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.wheel_zoom is not None and self.wheel_zoom.take(event):
            return
        super().wheelEvent(event)

    def current_row(self) -> int:
        """The question shown (its row in the pack), -1 before the first."""
        return self._question
