"""Presentation mode: one question at a time, full screen, in type a room can read.

The question is a large title, the answer fills the screen in large type, a discreet footer
says "3 / 7 · pack title". A presentation clicker sends PageDown/PageUp (and B or "." to
blank the screen), so those keys — and the arrows, Space, Backspace, Home/End — step through
the talk. An answer taller than the screen is stepped through a screenful at a time before
the next question comes. The window tells the main window which question it shows
(``rowChanged``), so leaving with Esc returns to the same place, and tells the presenter
console whatever the room sees changed (``viewChanged``: question, scroll, reveal, blank).

With "question first" on, each question comes alone — large, with its number — and the next
key reveals the answer (a discussion before the answer). Trainer notes never reach this
window: it renders only the question and its answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.render import render_markdown
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.themes import LIGHT, ThemeColors, answer_css, palette_for

# Type sizes as fractions of the screen height, so a 1080-line projector gets ~40 px body
# text (readable from the back of a room) and a small laptop screen proportionally less.
TITLE_FRACTION = 1 / 15
BODY_FRACTION = 1 / 26
FOOTER_FRACTION = 1 / 48
LINE_LENGTH = 55  # characters: shorter lines than on a desk, read from afar
OVERLAP = 0.15  # of a screenful kept when stepping through a long answer, to keep context

NEXT_KEYS = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_Up})
MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


QUESTION_ALONE_SCALE = 1.5  # the question shown alone is this much larger than a title


class PresentationWindow(QWidget):
    rowChanged = Signal(int)
    # Question, scroll position, reveal or blanking changed: what the room sees is new.
    viewChanged = Signal()
    shareRequested = Signal()
    swapRequested = Signal()
    closed = Signal()

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(tr("{title} — Presentation").format(title=pack.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        direction = Qt.LayoutDirection.RightToLeft if pack.rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self.pack = pack
        self.row = -1
        self.zoom = 100
        self.blank = ""  # "", "black" or "white"
        self.question_first = False
        self.revealed = True  # False: the room sees the question alone
        self.colors: ThemeColors = LIGHT
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.number = QLabel()
        self.number.setObjectName("presentationNumber")
        self.number.hide()
        self.title = QLabel()
        self.title.setObjectName("presentationTitle")
        self.title.setWordWrap(True)
        # The column below holds the line length, so the view needs no margins of its own.
        self.answer = AnswerView(pack.source_files, line_length=10_000, caret=False)
        self.answer.setObjectName("presentationAnswer")
        self.answer.set_text_direction(direction)
        # The clicker's keys belong to the presentation, never to the text.
        self.answer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer.verticalScrollBar().valueChanged.connect(self._update_more)
        self.answer.verticalScrollBar().rangeChanged.connect(self._update_more)
        self.answer.verticalScrollBar().valueChanged.connect(self.viewChanged)
        self.footer = QLabel()
        self.footer.setObjectName("presentationFooter")
        self.more = QLabel(tr("more ▾"))
        self.more.setObjectName("presentationMore")
        self.more.setToolTip(tr("The answer continues: next key shows the rest"))

        # Title and answer share one centred column, so their left edges line up and
        # lines stay near LINE_LENGTH characters on a wide projector.
        self.column = QWidget()
        self.column.setObjectName("presentationColumn")
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # The stretches centre the question when it is shown alone (question first).
        column.addStretch(0)
        column.addWidget(self.number)
        column.addWidget(self.title)
        column.addWidget(self.answer, 1)
        column.addStretch(0)
        self._column_layout = column
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.column, 100)
        middle.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.more)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(middle, 1)
        outer.addLayout(bottom)

        self.blank_overlay = QWidget(self)
        self.blank_overlay.setObjectName("blankOverlay")
        self.blank_overlay.setAutoFillBackground(True)
        self.blank_overlay.hide()
        self.answer.viewport().installEventFilter(self)

    # -- showing -------------------------------------------------------------------

    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the controller chooses it: the projector when there
        is one). A window already full screen is let go first, so it can move."""
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def set_colors(self, colors: ThemeColors) -> None:
        self.colors = colors
        palette = palette_for(colors)
        # One calm background from edge to edge: the answer's.
        palette.setColor(QPalette.ColorRole.Window, QColor(colors.base))
        self.setPalette(palette)
        self.answer.set_colors(palette, answer_css(colors))
        title = QPalette(palette)
        title.setColor(QPalette.ColorRole.WindowText, QColor(colors.heading))
        self.title.setPalette(title)
        muted = QPalette(palette)
        muted.setColor(QPalette.ColorRole.WindowText, QColor(colors.muted_text))
        self.footer.setPalette(muted)
        self.more.setPalette(muted)
        self.number.setPalette(muted)
        self.viewChanged.emit()

    def set_zoom(self, percent: int) -> None:
        self.zoom = percent
        self._fit_type()
        self.viewChanged.emit()

    def set_question_first(self, on: bool) -> None:
        """Question first from now on; the question on screen keeps what it shows."""
        self.question_first = on
        if not on and not self.revealed:
            self.reveal()

    def show_row(self, row: int, revealed: bool | None = None) -> None:
        """Show question ``row``: alone first when question first is on, unless
        ``revealed`` says otherwise (going back shows an answer already discussed)."""
        if not 0 <= row < len(self.pack.questions):
            return
        changed = row != self.row
        self.row = row
        question = self.pack.questions[row]
        self.title.setText(question.title)
        # Only the answer: the question's notes are for the presenter console.
        self.answer.show_html(render_markdown(question.markdown, self.pack.question_ids))
        self.answer.verticalScrollBar().setValue(0)
        count = len(self.pack.questions)
        self.number.setText(tr("Question {number} of {count}").format(number=row + 1, count=count))
        self.footer.setText(
            tr("{number} / {count} · {title}").format(
                number=row + 1, count=count, title=self.pack.title
            )
        )
        self._set_revealed(not self.question_first if revealed is None else revealed)
        if changed:
            self.rowChanged.emit(row)
        self.viewChanged.emit()

    def reveal(self) -> None:
        """The answer under the question shown alone."""
        self._set_revealed(True)
        self.viewChanged.emit()

    def _set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.answer.setVisible(revealed)
        self.number.setVisible(not revealed)
        # Alone, the question sits in the middle of the screen; with its answer, on top.
        self._column_layout.setStretch(0, 0 if revealed else 1)
        self._column_layout.setStretch(4, 0 if revealed else 1)
        self._fit_type()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.blank_overlay.setGeometry(self.rect())
        self._fit_type()

    def _fit_type(self) -> None:
        height = max(1, self.height())
        scale = self.zoom / 100
        side = max(24, self.width() // 40)
        margin = int(self.answer.document().documentMargin())
        # The answer's text starts a document margin in; the title's big glyphs carry
        # about as much side bearing of their own, so the two left edges line up.
        self.title.setContentsMargins(0, int(height * 0.05), 0, int(height * 0.01))
        self.footer.setContentsMargins(side, 0, side, int(height * 0.02))
        self.more.setContentsMargins(side, 0, side, int(height * 0.02))
        title = TITLE_FRACTION * (1 if self.revealed else QUESTION_ALONE_SCALE)
        for label, fraction, bold in (
            (self.title, title, True),
            (self.number, TITLE_FRACTION / 2, False),
            (self.footer, FOOTER_FRACTION, False),
            (self.more, FOOTER_FRACTION, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(8, int(height * fraction * scale)))
            font.setBold(bold)
            label.setFont(font)
        dpi = self.logicalDpiY() or 96
        self.answer.base_point_size = height * BODY_FRACTION * 72 / dpi
        self.answer.set_zoom(self.zoom)
        widest = self.answer.fontMetrics().averageCharWidth() * LINE_LENGTH + 2 * margin
        self.column.setMaximumWidth(max(200, min(self.width() - 2 * side, widest)))
        self._update_more()

    def _update_more(self) -> None:
        bar = self.answer.verticalScrollBar()
        self.more.setVisible(self.revealed and bar.value() < bar.maximum())

    # -- the clicker -----------------------------------------------------------------

    def next(self) -> None:
        """The answer of a question shown alone, a screenful further into a long answer,
        else the next question."""
        bar = self.answer.verticalScrollBar()
        if not self.revealed:
            self.reveal()
        elif bar.value() < bar.maximum():
            step = bar.value() + self._page()
            if self.answer.pictures is not None:  # a screenful never starts inside a picture
                height = self.answer.viewport().height()
                step = self.answer.pictures.screenful_start(bar.value(), step, height)
            bar.setValue(min(bar.maximum(), step))
        elif self.row < len(self.pack.questions) - 1:
            self.show_row(self.row + 1)

    def previous(self) -> None:
        bar = self.answer.verticalScrollBar()
        if bar.value() > 0:
            bar.setValue(max(0, bar.value() - self._page()))
        elif self.row > 0:
            self.show_row(self.row - 1, revealed=True)

    def _page(self) -> int:
        return max(1, int(self.answer.viewport().height() * (1 - OVERLAP)))

    def set_blank(self, colour: str) -> None:
        """Blank the screen ("black" or "white") so the room looks at the trainer; "" ends."""
        self.blank = colour
        if colour:
            palette = self.blank_overlay.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(colour))
            self.blank_overlay.setPalette(palette)
            self.blank_overlay.setGeometry(self.rect())
            self.blank_overlay.raise_()
            self.blank_overlay.show()
        else:
            self.blank_overlay.hide()
        self.viewChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(Qt.Key(event.key())):
            event.accept()
        else:
            super().keyPressEvent(event)

    def handle_key(self, key: Qt.Key) -> bool:
        """Act on a clicker or keyboard key, pressed here or in the presenter console;
        False for a key that means nothing to the presentation."""
        if key in MODIFIER_KEYS:
            return True
        if self.blank:  # any key brings the text back, and does nothing else
            self.set_blank("")
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_row(0)
        elif key == Qt.Key.Key_End:
            self.show_row(len(self.pack.questions) - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blank("black")
        elif key == Qt.Key.Key_W:
            self.set_blank("white")
        elif key == Qt.Key.Key_Q:
            self.shareRequested.emit()
        elif key == Qt.Key.Key_S:
            self.swapRequested.emit()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click on the text gives the keys back to the presentation (links still work).
        if event.type() == QEvent.Type.MouseButtonPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
