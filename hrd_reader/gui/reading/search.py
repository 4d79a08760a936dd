"""Search as you type: the search field over the sidebar, the narrowed question list, and the
matches highlighted in the answer pane (Enter/F3 next, Shift+F3 previous, Esc clears).

What matches is decided in the pure content layer (``Pack.search``, ``find_spans``: case- and
accent-insensitive); this module only shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit, QVBoxLayout, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.textsearch import find_spans, refines
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.icons import Icon, themed_icon
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.reading.sidebar import QuestionList
from hrd_reader.gui.themes import LIGHT, ThemeColors

TELL_AFTER_MS = 400


class FindKeys(NamedTuple):
    """The shortcuts of the Find, Find Next and Find Previous actions, for the field's texts."""

    find: QKeySequence
    next: QKeySequence
    previous: QKeySequence


class SearchField(QLineEdit):
    """The search box: Esc clears it, Shift+Enter goes to the previous match."""

    previousRequested = Signal()

    def __init__(self, keys: FindKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        # Its own clear button, not the one QLineEdit offers: that one asks the style for a
        # system icon, and on Linux that search through the icon themes cost about 60 ms
        # of every start. Shown while there is text to clear, like Qt's.
        self.clear_action = QAction(self)
        self.clear_action.setObjectName("actionClearSearch")
        self.clear_action.setVisible(False)
        self.clear_action.triggered.connect(self.clear)
        self.addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(lambda text: self.clear_action.setVisible(bool(text)))
        self.keys = keys
        self.retranslate()

    def tint(self, color: str, disabled_color: str) -> None:
        """The clear button's icon in the theme's colours (``#rrggbb``)."""
        self.clear_action.setIcon(themed_icon(Icon.CLEAR_SEARCH, color, disabled_color))

    def retranslate(self) -> None:
        # Key names are translated too (Qt's catalogue), so they are built here each time.
        find, following, previous = (
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys
        )
        self.setPlaceholderText(tr("Search ({shortcut})").format(shortcut=find))
        self.setAccessibleName(tr("Search questions and answers"))
        self.setToolTip(
            tr(
                "Type words to find; Enter or {next}: next match, {previous}: previous, Esc: clear"
            ).format(next=following, previous=previous)
        )
        # The button's name for screen readers is its action's text.
        self.clear_action.setText(tr("Clear search"))
        self.clear_action.setToolTip(tr("Clear search"))

    def changeEvent(self, event: QEvent) -> None:
        # The Language menu applies at once: Qt sends LanguageChange to every widget.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previousRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """The sidebar: search field, a plain status line ("No results"), the question list."""

    def __init__(
        self, question_list: QuestionList, keys: FindKeys, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarPanel")
        self.field = SearchField(keys)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        column = QVBoxLayout(self)
        # The same on both sides: the panel moves to the right in right-to-left layouts.
        column.setContentsMargins(6, 6, 6, 0)
        column.setSpacing(4)
        column.addWidget(self.field)
        column.addWidget(self.status)
        column.addWidget(question_list, 1)


class Search(QObject):
    """Narrows the sidebar to matching questions and highlights the matches in the answer."""

    def __init__(
        self,
        pack: Pack,
        panel: SearchPanel,
        question_list: QuestionList,
        answer_view: AnswerView,
        show_question: Callable[[int], None],
    ) -> None:
        super().__init__(panel)
        self.pack = pack
        self.panel = panel
        self.field = panel.field
        self.question_list = question_list
        self.answer_view = answer_view
        self._show_question = show_question
        self.colors: ThemeColors = LIGHT
        self.query = ""
        self.matches: list[int] = list(range(len(pack.questions)))
        self.spans: list[tuple[int, int]] = []  # document positions of matches in the answer
        self.current = -1  # index into spans of the match F3 moved to
        # The result is told to a screen reader once typing pauses, not after each letter:
        # otherwise every count is cut off by the echo of the next letter.
        self._tell = QTimer(self)
        self._tell.setSingleShot(True)
        self._tell.setInterval(TELL_AFTER_MS)
        self._tell.timeout.connect(self._tell_result)
        self.field.textChanged.connect(self.set_query)
        self.field.returnPressed.connect(self.find_next)
        self.field.previousRequested.connect(self.find_previous)
        answer_view.htmlShown.connect(self.highlight)

    def set_colors(self, colors: ThemeColors) -> None:
        self.colors = colors
        self._paint()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        previous, self.query = self.query, text.strip()
        rows = len(self.pack.questions)
        # One more letter typed: only the questions that matched so far can still match.
        narrower = bool(previous) and refines(self.query, previous)
        self.matches = self.pack.search(self.query, self.matches if narrower else None)
        matching = set(self.matches)
        hidden = frozenset(range(rows)).difference(matching) if self.query else frozenset()
        self.question_list.set_hidden_rows(hidden)
        self.show_status()
        current = self.question_list.current_row()
        if self.matches and current not in matching:
            self._show_question(self.matches[0])  # highlights once the answer is shown
        else:
            self.highlight()

    def show_status(self) -> None:
        """The line under the field; called again when the interface language changes."""
        status = self.panel.status
        self._tell.start()
        if not self.query:
            status.hide()
        elif not self.matches:
            status.setText(tr("No results for “{query}”").format(query=self.query))
            status.show()
        else:
            status.setText(
                tr("{count} of {total} questions match").format(
                    count=len(self.matches), total=len(self.pack.questions)
                )
            )
            status.show()

    def _tell_result(self) -> None:
        """The result line is the search field's description: heard when it changes."""
        if not self.query and not self.field.accessibleDescription():
            return  # nothing searched yet: nothing to load or to say
        from hrd_reader.gui.accessibility.spoken import describe

        describe(self.field, self.panel.status.text() if self.query else "")

    def set_pack(self, pack: Pack) -> None:
        """Search ``pack`` from now on (Open Pack…), with the query the field holds."""
        self.pack = pack
        # The old pack's matches say nothing about this one: search it afresh.
        self.query = ""
        self.matches = list(range(len(pack.questions)))
        self.set_query(self.field.text())

    def highlight(self) -> None:
        """Mark every match in the answer now shown (called after each new answer)."""
        self.current = -1
        self.spans = []
        if self.query and self.question_list.current_row() in self.matches:
            plain = self.answer_view.document().toPlainText()
            to_position = _utf16_offsets(plain)
            self.spans = [
                (to_position(s), to_position(e)) for s, e in find_spans(plain, self.query)
            ]
        self._paint()

    def _paint(self) -> None:
        selections = []
        for index, (start, end) in enumerate(self.spans):
            current = index == self.current
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.answer_view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            colors = self.colors
            fmt.setBackground(QColor(colors.current_match if current else colors.match))
            fmt.setForeground(QColor(colors.current_match_text if current else colors.match_text))
            selection.format = fmt
            selections.append(selection)
        self.answer_view.setExtraSelections(selections)

    def current_match_text(self) -> str:
        if not 0 <= self.current < len(self.spans):
            return ""
        cursor = QTextCursor(self.answer_view.document())
        start, end = self.spans[self.current]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def find_next(self) -> None:
        self._move(1)

    def find_previous(self) -> None:
        self._move(-1)

    def _move(self, direction: int) -> None:
        """To the next/previous match: in this answer, then in the next matching question."""
        if not self.query:
            self.focus()
            return
        if not self.matches:
            return
        target = self.current + direction
        if self.spans and (self.current >= 0 or direction > 0) and 0 <= target < len(self.spans):
            self._select(target)
            return
        if self.spans and self.current < 0 and direction < 0:
            self._select(len(self.spans) - 1)
            return
        row = self.question_list.current_row()
        order = self.matches
        position = order.index(row) if row in order else -1
        following = order[(position + direction) % len(order)]
        self._show_question(following)
        if following == row:  # the only matching question: wrap around inside it
            self.highlight()
        if self.spans:
            self._select(0 if direction > 0 else len(self.spans) - 1)

    def _select(self, index: int) -> None:
        self.current = index
        self._paint()
        cursor = QTextCursor(self.answer_view.document())
        cursor.setPosition(self.spans[index][0])
        self.answer_view.setTextCursor(cursor)
        self.answer_view.ensureCursorVisible()
        from hrd_reader.gui.accessibility.spoken import say

        question = self.pack.questions[self.question_list.current_row()]
        say(
            tr("{title}: match {number} of {count}").format(
                title=question.title, number=index + 1, count=len(self.spans)
            )
        )


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16_offsets(text: str) -> Callable[[int], int]:
    """Python string index → QTextDocument position (UTF-16 code units)."""
    if not _ASTRAL.search(text):
        return lambda index: index
    prefix = [0]
    for char in text:
        prefix.append(prefix[-1] + (2 if ord(char) > 0xFFFF else 1))
    return lambda index: prefix[index]
