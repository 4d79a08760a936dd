"""The presenter console: what the trainer sees on the laptop while the room sees the
presentation on the projector.

At a glance from a metre away: the position ("3 / 7") and the time (``presenterTimer``,
with the wall clock and an optional workshop length), what the room sees now — the question
and its answer, always with the answer so a "question first" reveal can be prepared —, the
next question's title (``nextQuestionLabel``), the trainer's notes for the question
(``notesView``, zoomed on their own with + and -) and the list of questions, where a click
sends the room straight to one. Every clicker key pressed here acts on the room's view
(``PresentationWindow.handle_key``); P and R pause and reset the timer. The console shows
what the controller tells it (``follow``) and asks for the rest by signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeyEvent, QPalette, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.core.render import render_markdown
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.presentation.room import PresentationWindow
from hrd_reader.gui.presentation.timer import PresenterTimer, WallClock, ticker
from hrd_reader.gui.reading import zoom
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.themes import LIGHT, ThemeColors, answer_css, palette_for

NOTES_POINT_SIZE = 17  # notes are read at a glance, from further than a desk
PREVIEW_POINT_SIZE = 11
NOTES_BIGGER = frozenset({Qt.Key.Key_Plus, Qt.Key.Key_Equal})
NOTES_SMALLER = frozenset({Qt.Key.Key_Minus})


class PresenterConsole(QWidget):
    jumpRequested = Signal(int)  # a question chosen in the list
    notesZoomChanged = Signal(int)
    minutesChanged = Signal(int)  # the workshop length set in the console
    linkRequested = Signal(QUrl)
    closed = Signal()

    def __init__(self, pack: Pack, room: PresentationWindow, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.pack = pack
        self.room = room
        self.notes_zoom = zoom.NORMAL
        direction = Qt.LayoutDirection.RightToLeft if pack.rtl else Qt.LayoutDirection.LeftToRight

        self.position = self._label("presenterPosition", bold=True)
        self.timer = PresenterTimer()
        self.clock = WallClock()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("workshopMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        # Clicks and the arrows beside it only: a clicker's keys must never land in it.
        self.minutes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.paused = self._label("presenterPaused")

        self.room_caption = self._label("roomCaption", bold=True)
        self.room_state = self._label("roomState")
        self.room_state.setWordWrap(True)
        self.preview_title = self._label("previewTitle", bold=True)
        self.preview_title.setWordWrap(True)
        self.preview_title.setAutoFillBackground(True)
        self.preview_title.setContentsMargins(4, 8, 4, 0)
        self.preview = self._view("roomPreview", PREVIEW_POINT_SIZE, direction)
        self.next_caption = self._label("nextCaption", bold=True)
        self.next_label = self._label("nextQuestionLabel", bold=True)
        self.next_label.setWordWrap(True)
        self.next_label.setLayoutDirection(direction)

        self.notes_caption = self._label("notesCaption", bold=True)
        self.notes = self._view("notesView", NOTES_POINT_SIZE, direction)
        self.notes.linkRequested.connect(self.linkRequested)
        self.notes.questionRequested.connect(self._jump_to_id)

        self.list_caption = self._label("questionsCaption", bold=True)
        self.questions = QListWidget()
        self.questions.setObjectName("consoleQuestionList")
        self.questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.questions.setWordWrap(True)
        self.questions.setLayoutDirection(direction)
        self.questions.addItems(
            [f"{row + 1}. {question.title}" for row, question in enumerate(pack.questions)]
        )
        self.questions.itemClicked.connect(
            lambda item: self.jumpRequested.emit(self.questions.row(item))
        )
        self.keys = self._label("consoleKeys")
        self.keys.setWordWrap(True)
        self._build()
        self.ticker = ticker(self, self.timer, self.clock)
        self.retranslate()
        self.set_colors(LIGHT)
        room.viewChanged.connect(self.follow)
        self.follow()

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        if bold:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        return label

    def _view(self, name: str, points: float, direction: Qt.LayoutDirection) -> AnswerView:
        view = AnswerView(self.pack.source_files, base_point_size=points, line_length=10_000)
        view.setObjectName(name)
        view.set_text_direction(direction)
        # The keys belong to the room's view; the wheel still scrolls.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setFrameShape(QFrame.Shape.NoFrame)
        return view

    def _build(self) -> None:
        top = self.top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.paused)
        top.addWidget(self.timer)
        top.addSpacing(24)
        top.addWidget(self.clock)
        top.addSpacing(12)
        top.addWidget(self.minutes)

        # The room's view with its title on top, framed like a small screen.
        self.screen_frame = QFrame()
        self.screen_frame.setObjectName("previewFrame")
        self.screen_frame.setFrameShape(QFrame.Shape.Box)
        framed = QVBoxLayout(self.screen_frame)
        framed.setContentsMargins(1, 1, 1, 1)
        framed.setSpacing(0)
        framed.addWidget(self.preview_title)
        framed.addWidget(self.preview, 1)

        middle = QVBoxLayout()
        middle.addWidget(self.room_caption)
        middle.addWidget(self.room_state)
        middle.addWidget(self.screen_frame, 3)
        middle.addSpacing(8)
        middle.addWidget(self.next_caption)
        middle.addWidget(self.next_label)

        grid = QGridLayout()
        grid.addWidget(self.list_caption, 0, 0)
        grid.addWidget(self.questions, 1, 0)
        grid.addLayout(middle, 0, 1, 2, 1)
        grid.addWidget(self.notes_caption, 0, 2)
        grid.addWidget(self.notes, 1, 2)
        grid.setColumnStretch(0, 22)
        grid.setColumnStretch(1, 40)
        grid.setColumnStretch(2, 38)
        grid.setRowStretch(1, 1)
        grid.setHorizontalSpacing(18)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 18, 10)
        outer.addLayout(top)
        outer.addLayout(grid, 1)
        outer.addWidget(self.keys)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("{title} — Presenter Console").format(title=self.pack.title))
        self.room_caption.setText(tr("The room sees"))
        self.next_caption.setText(tr("Next"))
        self.notes_caption.setText(tr("Notes"))
        self.list_caption.setText(tr("Questions"))
        self.minutes.setSpecialValueText(tr("no end time"))
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setToolTip(
            tr("Length of the workshop: the timer turns amber five minutes before the end")
        )
        self.questions.setAccessibleName(tr("Questions: click one to show it to the room"))
        self.keys.setText(
            tr(
                "PageDown/→/Space next · PageUp/← back · Home/End first/last · B black · "
                "W white · Q QR codes · P pause timer · R reset timer · +/− notes size · "
                "S swap screens · Esc end"
            )
        )
        self.follow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------

    def show_on(self, screen: QScreen) -> None:
        """Maximised on ``screen`` (the trainer's), with the keys."""
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self._fit(screen.availableGeometry().height())
        self.showMaximized()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def add_quick_exit(self, action: QAction) -> None:
        """Quick Exit in sight on the trainer's screen too (its key works in every window);
        the button takes no focus, so the clicker's keys still reach the room."""
        button = QToolButton()
        button.setObjectName("consoleQuickExitButton")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.top.insertWidget(0, button)
        self.top.insertSpacing(1, 24)

    def add_button(self, action: QAction, name: str) -> None:
        """A command in reach on the trainer's screen (Share in the Room), taking no focus."""
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.top.insertWidget(self.top.indexOf(self.position) + 1, button)

    def set_colors(self, colors: ThemeColors) -> None:
        """The console in the theme's colours; the room's preview as the room has it."""
        palette = palette_for(colors)
        palette.setColor(QPalette.ColorRole.Window, QColor(colors.window))
        self.setPalette(palette)
        for view in (self.preview, self.notes):
            view.set_colors(palette_for(colors), answer_css(colors))
        title = QPalette(palette_for(colors))
        title.setColor(QPalette.ColorRole.Window, QColor(colors.base))
        title.setColor(QPalette.ColorRole.WindowText, QColor(colors.heading))
        self.preview_title.setPalette(title)
        muted = QPalette(palette)
        muted.setColor(QPalette.ColorRole.WindowText, QColor(colors.muted_text))
        for label in (self.room_caption, self.next_caption, self.notes_caption, self.keys):
            label.setPalette(muted)
        for label in (self.list_caption, self.room_state, self.paused):
            label.setPalette(muted)

    def set_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)  # the spin box tells the timer

    def _minutes_changed(self, minutes: int) -> None:
        self.timer.set_minutes(minutes)
        self.minutesChanged.emit(minutes)

    def set_notes_zoom(self, percent: int) -> None:
        self.notes_zoom = zoom.clamp(percent)
        self.notes.set_zoom(self.notes_zoom)

    def follow(self) -> None:
        """Show what the room's view shows now, and what comes next."""
        room, pack = self.room, self.pack
        row = room.row
        if not 0 <= row < len(pack.questions):
            return
        question = pack.questions[row]
        count = len(pack.questions)
        self.position.setText(tr("{number} / {count}").format(number=row + 1, count=count))
        if self.preview_title.text() != question.title or self.questions.currentRow() != row:
            self.preview_title.setText(question.title)
            self.preview.show_html(render_markdown(question.markdown, pack.question_ids))
            notes = render_markdown(question.notes, pack.question_ids) if question.notes else ""
            self.notes.show_html(
                notes or "<p><i>{}</i></p>".format(tr("No notes for this question"))
            )
            self.questions.setCurrentRow(row)
            self.questions.scrollToItem(self.questions.currentItem())
        self.next_label.setText(
            pack.questions[row + 1].title if row + 1 < count else tr("Last question")
        )
        if room.blank:
            state = tr("The screen is blank ({colour}) — any key brings the text back").format(
                colour=tr("black") if room.blank == "black" else tr("white")
            )
        elif not room.revealed:
            state = tr("The question alone — the next key reveals the answer")
        else:
            state = tr("The question and its answer")
        self.room_state.setText(state)
        self.paused.setText(tr("paused") if self.timer.paused else "")
        # Scrolled as far through the answer as the room's view is.
        shown = room.answer.verticalScrollBar()
        mine = self.preview.verticalScrollBar()
        fraction = shown.value() / shown.maximum() if shown.maximum() else 0.0
        mine.setValue(round(fraction * mine.maximum()))

    def _jump_to_id(self, question_id: str) -> None:
        row = self.pack.index_of(question_id)
        if row is not None:
            self.jumpRequested.emit(row)

    def _fit(self, height: int) -> None:
        """Type sizes for a console ``height`` pixels tall: timer and next question read
        from a metre away. Set before showing: from resizeEvent they would lay out again."""
        for label, fraction in (
            (self.timer, 1 / 8),
            (self.position, 1 / 14),
            (self.clock, 1 / 16),
            (self.next_label, 1 / 24),
            (self.preview_title, 1 / 34),
            (self.room_caption, 1 / 44),
            (self.next_caption, 1 / 44),
            (self.notes_caption, 1 / 44),
            (self.list_caption, 1 / 44),
            (self.paused, 1 / 36),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(10, int(height * fraction)))
            font.setBold(label is not self.paused and label is not self.clock)
            label.setFont(font)
        for widget, fraction in (
            (self.questions, 1 / 40),
            (self.room_state, 1 / 48),
            (self.minutes, 1 / 40),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(10, int(height * fraction)))
            widget.setFont(font)
        self.timer.setContentsMargins(16, 0, 16, 0)
        # As wide as the longest time it shows, so the clocks do not jump each second.
        self.timer.setMinimumWidth(self.timer.fontMetrics().horizontalAdvance("888:88") + 32)
        # Room for two lines of the next question's title, so it is never cut.
        self.next_label.setMinimumHeight(int(self.next_label.fontMetrics().lineSpacing() * 2.2))

    # -- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_P:
            self.timer.toggle_pause()
            self.follow()
        elif key == Qt.Key.Key_R:
            self.timer.reset()
        elif key in NOTES_BIGGER or key in NOTES_SMALLER:
            self.set_notes_zoom(zoom.step(self.notes_zoom, 1 if key in NOTES_BIGGER else -1))
            self.notesZoomChanged.emit(self.notes_zoom)
        elif not self.room.handle_key(key):
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        self.closed.emit()
        super().closeEvent(event)
