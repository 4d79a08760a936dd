"""Presentation mode: one question at a time, full screen, in type a room can read.

The question is a large title, the answer fills the screen in large type, a discreet footer
says "3 / 7 · pack title". A presentation clicker sends PageDown/PageUp (and B or "." to
blank the screen), so those keys — and the arrows, Space, Backspace, Home/End — step through
the talk. An answer taller than the screen is stepped through a screenful at a time before
the next question comes. The window tells the main window which question it shows
(``rowChanged``), so leaving with Esc returns to the same place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.render import render_markdown
from hrd_reader.gui.answer_view import AnswerView
from hrd_reader.gui.i18n import tr
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


class PresentationWindow(QWidget):
    rowChanged = Signal(int)
    shareRequested = Signal()
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
        self.colors: ThemeColors = LIGHT
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel()
        self.title.setObjectName("presentationTitle")
        self.title.setWordWrap(True)
        # The column below holds the line length, so the view needs no margins of its own.
        self.answer = AnswerView(pack.source_files, line_length=10_000)
        self.answer.setObjectName("presentationAnswer")
        self.answer.set_text_direction(direction)
        # The clicker's keys belong to the presentation, never to the text.
        self.answer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer.verticalScrollBar().valueChanged.connect(self._update_more)
        self.answer.verticalScrollBar().rangeChanged.connect(self._update_more)
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
        column.addWidget(self.title)
        column.addWidget(self.answer, 1)
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
        """Full screen on ``screen`` (the one the main window is on: with a projector
        attached as a second screen, the presenter moves the window there first)."""
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

    def set_zoom(self, percent: int) -> None:
        self.zoom = percent
        self._fit_type()

    def show_row(self, row: int) -> None:
        if not 0 <= row < len(self.pack.questions):
            return
        changed = row != self.row
        self.row = row
        question = self.pack.questions[row]
        self.title.setText(question.title)
        self.answer.show_html(render_markdown(question.markdown, self.pack.question_ids))
        self.answer.verticalScrollBar().setValue(0)
        self.footer.setText(
            tr("{number} / {count} · {title}").format(
                number=row + 1, count=len(self.pack.questions), title=self.pack.title
            )
        )
        self._update_more()
        if changed:
            self.rowChanged.emit(row)

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
        for label, fraction, bold in (
            (self.title, TITLE_FRACTION, True),
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
        self.more.setVisible(bar.value() < bar.maximum())

    # -- the clicker -----------------------------------------------------------------

    def next(self) -> None:
        """A screenful further into a long answer, else the next question."""
        bar = self.answer.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(min(bar.maximum(), bar.value() + self._page()))
        elif self.row < len(self.pack.questions) - 1:
            self.show_row(self.row + 1)

    def previous(self) -> None:
        bar = self.answer.verticalScrollBar()
        if bar.value() > 0:
            bar.setValue(max(0, bar.value() - self._page()))
        elif self.row > 0:
            self.show_row(self.row - 1)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in MODIFIER_KEYS:
            return
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
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click on the text gives the keys back to the presentation (links still work).
        if event.type() == QEvent.Type.MouseButtonPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
