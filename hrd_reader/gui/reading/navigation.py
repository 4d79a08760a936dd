"""Which question the reader shows: the sidebar's current row and the answer pane follow
each other, Previous/Next step through the questions the sidebar shows (a search may hide
some), and assistive technology hears each new question.

Once the reader has been idle a moment after an answer, the answers before and after it are
rendered into the cache, so that Next/Previous (a clicker) shows them at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from hrd_reader.core import Pack
from hrd_reader.core.render import question_html
from hrd_reader.gui.action_widgets import set_enabled
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.reading.sidebar import QuestionList

PREFETCH_DELAY_MS = 30


class Navigator(QObject):
    def __init__(
        self,
        pack: Pack,
        question_list: QuestionList,
        answer_view: AnswerView,
        previous: QAction,
        following: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.question_list = question_list
        self.answer_view = answer_view
        self._previous, self._next = previous, following
        self._shown_row = -1
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_DELAY_MS)
        self._prefetch.timeout.connect(self._render_neighbours)
        answer_view.questionRequested.connect(self.show_id)
        question_list.questionChosen.connect(self._render)

    def set_pack(self, pack: Pack) -> None:
        """Follow ``pack`` (its model is the sidebar's); nothing of the old one is shown."""
        self.pack = pack
        self._shown_row = -1

    def current_row(self) -> int:
        return self.question_list.current_row()

    def current_question_id(self) -> str:
        row = self.current_row()
        return self.pack.questions[row].id if row >= 0 else ""

    def show(self, row: int) -> None:
        if not 0 <= row < len(self.pack.questions):
            return
        self.question_list.select_row(row)
        # Selecting the row that is already current emits nothing; render anyway.
        self._render(row)

    def show_id(self, question_id: str) -> None:
        row = self.pack.index_of(question_id)
        if row is not None:
            self.show(row)

    def step(self, delta: int) -> None:
        """To the next/previous question the sidebar shows."""
        row = self.current_row()
        visible = self.question_list.shown_rows()
        following = [r for r in visible if (r > row if delta > 0 else r < row)]
        if following:
            self.show(following[0] if delta > 0 else following[-1])

    def rerender(self) -> None:
        """Show the current answer again (the interface language changed)."""
        row, self._shown_row = self._shown_row, -1
        if row >= 0:
            self._render(row)

    def _render(self, row: int) -> None:
        if self._shown_row == row:
            return
        self._shown_row = row
        question = self.pack.questions[row]
        self.answer_view.show_html(question_html(question, self.pack.question_ids))
        self.announce(question.title)
        set_enabled(self._previous, row > 0)
        set_enabled(self._next, row < len(self.pack.questions) - 1)
        self._prefetch.start()

    def _render_neighbours(self) -> None:
        for row in (self._shown_row + 1, self._shown_row - 1):
            if 0 <= row < len(self.pack.questions):
                question_html(self.pack.questions[row], self.pack.question_ids)

    def announce(self, title: str) -> None:
        """Tell assistive technology which question the answer pane now shows."""
        self.answer_view.setAccessibleName(tr("Answer: {question}").format(question=title))
        if not self.answer_view.isVisible():
            # Before the window is shown no one listens yet: it is read with its new name.
            # (QAccessible's enums, made on first use, are then not paid before the frame.)
            return
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        # setAccessibleName only reports a change when an assistive tool already asked for
        # the name; say it explicitly so a screen reader hears the new question.
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.answer_view, QAccessible.Event.NameChanged)
        )
