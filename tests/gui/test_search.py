"""Search, typed as a user would: the sidebar narrows, matches light up in the answer,
Enter/F3/Shift+F3 walk through them, Esc clears, and "No results" is said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from hrd_reader.core.textsearch import fold
from hrd_reader.gui import themes
from hrd_reader.gui.reading.window import MainWindow


def visible_rows(window: MainWindow) -> list[int]:
    """The questions in the list's model: what the view shows and assistive technology reads."""
    return window.question_list.shown_rows()


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.answer_view.extraSelections()]


def field(window: MainWindow) -> QLineEdit:
    found = window.findChild(QLineEdit, "searchField")
    assert found is not None
    return found


def status(window: MainWindow) -> QLabel:
    return window.findChild(QLabel, "searchStatus")


def type_text(qtbot, box: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key by key; QTest can only synthesise ASCII keys, so accented letters are inserted
    as an input method would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(box, char)
        else:
            box.insert(char)


def test_ctrl_f_focuses_the_search_field(qtbot, window: MainWindow) -> None:
    window.answer_view.setFocus()
    qtbot.keyClick(window.answer_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: field(window).hasFocus())


def test_typing_narrows_the_sidebar_and_highlights(qtbot, window: MainWindow, pack) -> None:
    type_text(qtbot, field(window), "TÖRTURE")
    expected = pack.search("torture")
    assert expected and len(expected) < len(pack.questions)
    assert visible_rows(window) == expected
    # The first match is shown, with every occurrence marked.
    assert window.current_row() == expected[0]
    marks = highlighted(window)
    assert marks and all(fold(m) == "torture" for m in marks)
    assert status(window).isVisible()
    assert status(window).text() == f"{len(expected)} of 7 questions match"


def test_accents_in_the_query_match_plain_text(qtbot, window: MainWindow, pack) -> None:
    type_text(qtbot, field(window), "défenders VIOLÉNCE")
    assert visible_rows(window) == pack.search("defenders violence") != []
    assert {fold(m) for m in highlighted(window)} == {"defenders", "violence"}


def test_enter_f3_and_shift_f3_walk_through_matches(qtbot, window: MainWindow, pack) -> None:
    box = field(window)
    qtbot.keyClicks(box, "human rights")
    matching = pack.search("human rights")
    assert len(matching) >= 3
    first_row = window.current_row()
    assert first_row == matching[0]
    count = len(window.search.spans)
    assert count >= 2
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.search.current == 0
    assert fold(window.search.current_match_text()) in ("human", "rights")
    current = [
        s
        for s in window.answer_view.extraSelections()
        if s.format.background().color().name() == themes.LIGHT.current_match
    ]
    assert len(current) == 1
    # F3 past the last match of this answer moves to the next matching question.
    for _ in range(count - 1):
        qtbot.keyClick(box, Qt.Key.Key_F3)
    assert window.current_row() == first_row and window.search.current == count - 1
    qtbot.keyClick(box, Qt.Key.Key_F3)
    assert window.current_row() == matching[1]
    assert window.search.current == 0
    # Shift+F3 goes back to the last match of the previous question.
    qtbot.keyClick(box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_row() == first_row
    assert window.search.current == count - 1
    # Shift+Enter too, from the field.
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.search.current == count - 2


def test_f3_wraps_around_a_single_matching_question(qtbot, window: MainWindow, pack) -> None:
    qtbot.keyClicks(field(window), "torture")
    spans = len(window.search.spans)
    for _ in range(spans + 1):
        qtbot.keyClick(field(window), Qt.Key.Key_F3)
    assert window.current_row() == pack.search("torture")[0]
    assert window.search.current == 0


def test_escape_clears(qtbot, window: MainWindow, pack) -> None:
    box = field(window)
    qtbot.keyClicks(box, "torture")
    assert len(visible_rows(window)) < len(pack.questions)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert visible_rows(window) == list(range(len(pack.questions)))
    assert highlighted(window) == []
    assert not status(window).isVisible()


def test_the_clear_button_shows_with_text_says_what_it_does_and_clears(
    qtbot, window: MainWindow, pack
) -> None:
    box = field(window)
    button = next(b for b in box.findChildren(QToolButton) if b.defaultAction())
    clear = button.defaultAction()
    assert not clear.isVisible(), "nothing to clear in an empty field"
    qtbot.keyClicks(box, "torture")
    assert clear.isVisible() and button.isVisibleTo(box)
    assert not clear.icon().isNull()
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.text(QAccessible.Text.Name) == "Clear search"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert box.text() == ""
    assert visible_rows(window) == list(range(len(pack.questions)))
    assert not clear.isVisible()


def test_no_results_is_said_plainly(qtbot, window: MainWindow) -> None:
    row = window.current_row()
    qtbot.keyClicks(field(window), "zzqxj")
    assert visible_rows(window) == []
    assert status(window).isVisible()
    assert status(window).text().startswith("No results")
    assert "zzqxj" in status(window).text()
    qtbot.keyClick(field(window), Qt.Key.Key_F3)  # nothing to go to: nothing breaks
    assert window.current_row() == row
    assert highlighted(window) == []


def test_navigation_skips_questions_the_search_hides(qtbot, window: MainWindow, pack) -> None:
    qtbot.keyClicks(field(window), "human rights defenders")
    matching = pack.search("human rights defenders")
    window.actions_by_id["actionNextQuestion"].trigger()
    assert window.current_row() == matching[1]


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_highlights_follow_the_theme(qtbot, window: MainWindow, theme: str) -> None:
    qtbot.keyClicks(field(window), "torture")
    window.set_theme(theme)
    colours = themes.theme_colors(theme)
    backgrounds = {
        s.format.background().color().name() for s in window.answer_view.extraSelections()
    }
    assert backgrounds == {colours.match}
    window.set_theme("system")
