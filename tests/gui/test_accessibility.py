"""Keyboard and assistive technology: the Tab chain, names, visible focus, announcements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from hrd_reader.gui.reading.window import MainWindow

# What keyboard users must be able to reach with Tab alone.
ON_TAB_CHAIN = ("searchField", "questionList", "answerView", "signupButton", "donateButton")


def tab_chain(qtbot, window: MainWindow) -> list[QWidget]:
    """The widgets Tab visits, starting at the sidebar, once round."""
    window.activateWindow()
    window.question_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.question_list)
    chain: list[QWidget] = [window.question_list]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.question_list:
            return chain
        assert widget not in chain, f"Tab is stuck at {widget.objectName()}"
        chain.append(widget)
    pytest.fail("Tab never came back to the sidebar")


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def test_tab_reaches_everything_and_everything_reached_has_a_name(qtbot, window) -> None:
    chain = tab_chain(qtbot, window)
    names = [w.objectName() for w in chain]
    for required in ON_TAB_CHAIN:
        assert required in names, f"{required} cannot be reached with Tab: {names}"
    for widget in chain:
        assert accessible_name(widget).strip(), f"{widget.objectName()} has no accessible name"
    assert accessible_name(window.question_list) == "Questions"
    assert accessible_name(window.call_to_action.donate_button) == window.pack.donate.label
    bar = window.call_to_action
    for button, link in (
        (bar.donate_button, window.pack.donate),
        (bar.signup_button, window.pack.signup),
    ):
        # What the button does, not its web address (that stays in the tooltip).
        said = accessible_text(button, QAccessible.Text.Description)
        assert said.endswith("page in your browser"), said
        assert "http" not in said and "www." not in said, said
        assert link.url in button.toolTip()
    # "Please sign up below…" means nothing to the ear: not the button's description.
    assert window.pack.signup.blurb not in bar.signup_button.accessibleDescription()


def test_shift_tab_walks_the_chain_backwards(qtbot, window) -> None:
    chain = tab_chain(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chain[-1]


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_focus_is_visible_on_every_stop(qtbot, window, theme: str) -> None:
    """Each widget looks different while it has keyboard focus, in every theme."""
    window.set_theme(theme)
    chain = tab_chain(qtbot, window)
    for widget in chain:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        assert widget.grab().toImage() != focused, f"no visible focus on {widget.objectName()}"


def test_toolbar_buttons_and_actions_are_named(window) -> None:
    for button in window.findChildren(QToolButton):
        if button.defaultAction() is not None:
            assert accessible_name(button).strip(), button.defaultAction().objectName()
    for action_id, action in window.actions_by_id.items():
        assert action.text().strip(), action_id


def test_question_change_is_announced(qtbot, window, monkeypatch) -> None:
    heard: list[tuple[QAccessible.Event, object]] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        heard.append((event.type(), event.object()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window.answer_view.setFocus()
    qtbot.keyClick(window.answer_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    title = window.pack.questions[1].title
    assert (QAccessible.Event.NameChanged, window.answer_view) in heard
    assert accessible_name(window.answer_view) == f"Answer: {title}"
    # The title once: in the name, not again as a description.
    assert title not in accessible_text(window.answer_view, QAccessible.Text.Description)
    # The caret (the line a screen reader reads on entering) at the first sentence.
    body = window.pack.questions[1].markdown.split()[0]
    cursor = window.answer_view.textCursor()
    assert cursor.block().text().startswith(body) and cursor.positionInBlock() == 0


# -- the caret in the answer ------------------------------------------------------------


def focused_answer(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    view = window.answer_view
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    return view


def test_answer_has_a_keyboard_caret_that_moves_and_selects(qtbot, window) -> None:
    view = focused_answer(qtbot, window)
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    start = view.textCursor().position()
    assert start == len(window.pack.questions[0].title) + 1, "the caret starts after the title"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    after_down = view.textCursor().position()
    assert after_down > start, "Down moves the caret a line"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.textCursor().position() > after_down
    qtbot.keyClick(view, Qt.Key.Key_Home)
    home = view.textCursor().position()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().position() > home, "Ctrl+Right moves a word"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    selected = view.textCursor().selectedText()
    assert len(selected) == 3, "Shift extends a selection"
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == selected


def test_shortcuts_still_work_with_the_caret_in_the_answer(qtbot, window) -> None:
    view = focused_answer(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 0
    window.sidebar.field.setText("torture")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert window.current_question_id() == "challenges", "F3 goes to the match"


def test_links_in_the_answer_are_reached_with_tab_and_opened_with_enter(
    qtbot, window, make_pack
) -> None:
    from tests.helpers.packs import MINIMAL_MANIFEST

    root = make_pack(
        MINIMAL_MANIFEST,
        {"answers/one.md": "Read [the second](#two) answer.", "answers/two.md": "Beta."},
    )
    assert window.open_pack(root)
    view = focused_answer(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the caret moves; Tab still walks the links
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus() and view.textCursor().selectedText() == "the second"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_question_id() == "two")


def test_assistive_technology_gets_a_text_not_a_label(window) -> None:
    interface = QAccessible.queryAccessibleInterface(window.answer_view)
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly and interface.state().multiLine
    text = interface.textInterface()
    assert text is not None and text.characterCount() > 100
    window.answer_view.moveCursor(QTextCursor.MoveOperation.Down)
    assert text.cursorPosition() == window.answer_view.textCursor().position() > 0


def test_presentation_keeps_the_clicker_keys_and_has_no_caret(qtbot, window) -> None:
    window.start_presentation()
    room = window.presentation
    qtbot.waitUntil(lambda: room is not None and room.isVisible())
    flags = room.answer.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert room.answer.focusPolicy() == Qt.FocusPolicy.NoFocus
    start = room.row
    qtbot.keyClick(room, Qt.Key.Key_Down)
    qtbot.keyClick(room, Qt.Key.Key_Down)
    qtbot.keyClick(room, Qt.Key.Key_Down)
    assert room.row > start or room.answer.verticalScrollBar().value() > 0
    room.close()


# -- what a screen reader is told (heard with Orca in tests/e2e/test_screen_reader.py) ---


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_the_title_ends_with_the_program_name_so_qt_adds_it_no_more(
    window, ui_language, code: str
) -> None:
    """Qt adds the application's display name to a window title that does not end with it:
    "… — HRD Reader — Private session — HRD Reader" was read out."""
    from hrd_reader.gui.reading.private_signs import window_title

    ui_language(code)
    for private in (False, True):
        title = window_title(window.pack.title, private)
        # The display name the reader sets (hrd_reader/gui/qt_app.py).
        assert title.endswith(" — HRD Reader") and title.count("HRD Reader") == 1, title


def test_the_search_result_becomes_the_fields_description_once_typing_pauses(qtbot, window) -> None:
    field = window.sidebar.field
    hint = accessible_text(field, QAccessible.Text.Description)
    matches = window.pack.search("violence")
    qtbot.keyClicks(field, "violence")
    expected = f"{len(matches)} of {len(window.pack.questions)} questions match"
    qtbot.waitUntil(lambda: field.accessibleDescription() == expected)
    # The list a screen reader walks holds the matching questions only.
    rows = QAccessible.queryAccessibleInterface(window.question_list).childCount()
    assert rows == len(matches)
    field.clear()
    qtbot.waitUntil(lambda: field.accessibleDescription() == "")
    assert accessible_text(field, QAccessible.Text.Description) == hint
    rows = QAccessible.queryAccessibleInterface(window.question_list).childCount()
    assert rows == len(window.pack.questions)


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind) if interface else ""


def test_return_on_donate_says_the_page_is_being_opened_without_its_address(
    qtbot, window, opened_urls
) -> None:
    button = window.call_to_action.donate_button
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    lasting = button.accessibleDescription()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert opened_urls.urls == [window.pack.donate.url]
    said = button.accessibleDescription()
    assert said == f"Opening “{window.pack.donate.label}” in your web browser"
    # Once the focus moves on, the button says what it does again.
    qtbot.keyClick(button, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: not button.hasFocus())
    qtbot.waitUntil(lambda: button.accessibleDescription() == lasting)


def test_the_link_window_starts_on_copy_and_reaches_the_address(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    from hrd_reader.gui.links import opener

    monkeypatch.setattr(opener, "_system_open", lambda url: False)
    window.activateWindow()
    window.call_to_action.donate_button.click()
    dialog = window.findChild(QDialog, "linkDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "linkCopyButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    address = dialog.findChild(QLabel, "linkAddress")
    assert QApplication.focusWidget() is address
    dialog.close()


def test_about_starts_on_close_so_its_text_is_read_once(qtbot, window) -> None:
    from PySide6.QtWidgets import QDialog

    window.activateWindow()
    window.show_about()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPushButton))
    assert QApplication.focusWidget().window() is dialog
    dialog.close()


def test_the_presentation_says_where_it_is_after_each_key(qtbot, window) -> None:
    window.start_presentation()
    room = window.presentation
    qtbot.waitUntil(lambda: room is not None and room.isVisible())
    count = len(window.pack.questions)
    last = window.pack.questions[-1].title
    qtbot.keyClick(room, Qt.Key.Key_End)
    assert room.accessibleDescription().startswith(f"Question {count} of {count}: {last}")
    qtbot.keyClick(room, Qt.Key.Key_B)
    assert room.accessibleDescription().startswith("The screen is blank (black)")
    qtbot.keyClick(room, Qt.Key.Key_B)
    assert room.accessibleDescription().startswith(f"Question {count} of {count}")
    room.close()


def test_the_console_says_what_the_room_sees(qtbot, pack) -> None:
    from hrd_reader.gui.accessibility.presentation import follow_room
    from hrd_reader.gui.presentation.console import PresenterConsole
    from hrd_reader.gui.presentation.room import PresentationWindow

    room = PresentationWindow(pack)
    qtbot.addWidget(room)
    room.show_row(0)
    console = PresenterConsole(pack, room)
    qtbot.addWidget(console)
    follow_room(room, console)
    room.show_row(2)
    expected = f"Question 3 of {len(pack.questions)}: {pack.questions[2].title}"
    assert console.accessibleDescription().startswith(expected)
    room.set_blank("white")
    assert console.accessibleDescription().startswith("The screen is blank (white)")


def test_the_qr_screen_says_which_codes_and_how_to_leave(qtbot, window) -> None:
    window.show_share()
    share = window.share
    qtbot.waitUntil(lambda: share is not None and share.isVisible())
    said = share.accessibleDescription()
    assert window.pack.donate.label in said and "any key closes" in said
    assert "http" not in said
    share.close()


def test_enter_in_the_search_field_says_which_match_of_which_question(qtbot, window) -> None:
    field = window.sidebar.field
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "torture")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    title = window.pack.questions[window.current_row()].title
    count = len(window.search.spans)
    assert count > 0
    assert field.accessibleDescription() == f"{title}: match 1 of {count}"
    # Typing again: the new count replaces the message at once.
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: field.accessibleDescription().endswith("questions match"))
