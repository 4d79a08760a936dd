"""The question list: a model over the pack's questions and the view that shows them.

Model/view rather than a widget per item so that packs with thousands of questions stay
instant; titles wrap instead of being cut off with "…".
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hrd_reader.content import Pack

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionModel(QAbstractListModel):
    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack

    def set_pack(self, pack: Pack) -> None:
        self.beginResetModel()
        self._pack = pack
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pack.questions)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._pack.questions):
            return None
        question = self._pack.questions[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return question.title
        if role == QUESTION_ID_ROLE:
            return question.id
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each row to its wrapped title at the list's current width.

    QListView's own word wrap measures items before it knows their width and then elides;
    measuring here against the viewport width keeps every title whole.
    """

    PADDING = 8

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        # Heights of wrapped titles at one width and font, keyed by the title: the view asks
        # for every row's size on each layout (10,000 rows on a big pack), and a key by text
        # stays right when a filter model reorders or hides rows.
        self._heights: dict[str, int] = {}
        self._measured_for: tuple[int, str] = (-1, "")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(60, self._view.viewport().width() - 2 * self._view.spacing())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font_key = option.font.key()
        if self._measured_for != (width, font_key):
            self._heights.clear()
            self._measured_for = (width, font_key)
        height = self._heights.get(text)
        if height is None:
            bounds = option.fontMetrics.boundingRect(
                QRect(0, 0, width - 2 * self.PADDING, 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            height = self._heights[text] = bounds.height() + 2 * self.PADDING
        return QSize(width, height)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        padded = QStyleOptionViewItem(option)
        self.initStyleOption(padded, index)
        widget = self._view
        style = widget.style()
        # Background and selection across the whole row, text inset by the padding.
        text = padded.text
        padded.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, padded, painter, widget)
        rect = padded.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        selected = bool(padded.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        # The painter would take the application's direction; a title runs in the list's
        # (the pack's) direction, so an English "?" stays at the end in the Arabic interface.
        painter.setLayoutDirection(widget.layoutDirection())
        style.drawItemText(
            painter,
            rect,
            int(alignment) | int(Qt.TextFlag.TextWordWrap),
            padded.palette,
            True,
            text,
            role,
        )


class QuestionList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionList")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.base_point_size = self.font().pointSizeF()
        self.follow_palette(self.palette())
        self.setItemDelegate(WrappingDelegate(self))

    def follow_palette(self, palette: QPalette) -> None:
        """Take ``palette`` (a theme's), keeping the current question clearly marked when
        focus moves to the answer: inactive selection looks like the active one."""
        palette = QPalette(palette)
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)

    def set_zoom(self, percent: int) -> None:
        font = self.font()
        font.setPointSizeF(self.base_point_size * percent / 100)
        self.setFont(font)
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Row heights depend on the width: measure again.
            self.scheduleDelayedItemsLayout()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1
