"""The question list: a model over the pack's questions and the view that shows them.

Model/view rather than a widget per item so that packs with thousands of questions stay
instant; titles wrap instead of being cut off with "…".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QImage, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.gui.themes import contrast_ratio


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


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each row to its wrapped title at the list's current width.

    QListView's own word wrap measures items before it knows their width and then elides;
    measuring here against the viewport width keeps every title whole.
    """

    PADDING = 8

    def __init__(self, view: QListView) -> None:
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
        row = index.row()
        height = self._heights.get(row)
        if height is None or self._width < 0:
            if self._width < 0:
                self._heights.clear()
                self._width = max(60, self._view.viewport().width() - 2 * self._view.spacing())
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            bounds = option.fontMetrics.boundingRect(
                QRect(0, 0, self._width - 2 * self.PADDING, 100_000),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
            height = self._heights[row] = bounds.height() + 2 * self.PADDING
        return QSize(self._width, height)

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
        role = readable_role(style, padded, widget) if selected else QPalette.ColorRole.Text
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


def readable_role(
    style: QStyle, option: QStyleOptionViewItem, widget: QWidget
) -> QPalette.ColorRole:
    """Text or HighlightedText: the one that stands out from the selection the style really
    draws. Fusion fills it with Highlight, but Windows' own styles (windowsvista, windows11)
    paint a light tint of their own and write on it in Text, so HighlightedText (white) would
    vanish; the row is drawn into an image and its average colour decides."""
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(option.palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.translate(-option.rect.topLeft())
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    painter.end()
    mode = Qt.TransformationMode.SmoothTransformation
    background = image.scaled(1, 1, Qt.AspectRatioMode.IgnoreAspectRatio, mode).pixelColor(0, 0)
    roles = (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Text)
    return max(roles, key=lambda r: contrast_ratio(option.palette.color(r), background))


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
        # Titles are read, never edited (the string list model would allow it).
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.base_point_size = self.font().pointSizeF()
        self.follow_palette(self.palette())
        self.delegate = WrappingDelegate(self)
        self.setItemDelegate(self.delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.forget()
        super().changeEvent(event)

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
        self.delegate.forget()
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Row heights depend on the width: measure again.
            self.delegate.forget()
            self.scheduleDelayedItemsLayout()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1
