"""Right to left: an Arabic pack or the Arabic interface mirrors the window; keys keep
their meaning; the answer's text runs in the pack's own direction."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from hrd_reader.core import load_pack
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import Settings
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.qt import shown_window

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def sidebar_is_right_of_answer(window: MainWindow) -> bool:
    sidebar = window.question_list.mapTo(window, QPoint(0, 0)).x()
    answer = window.answer_view.mapTo(window, QPoint(0, 0)).x()
    return sidebar > answer


def answer_direction(window: MainWindow) -> Qt.LayoutDirection:
    """The direction Qt lays out the answer's paragraphs in (not just a setting)."""
    block = window.answer_view.document().lastBlock()
    return block.textDirection()


def ink_span(window: MainWindow, row: int) -> tuple[int, int, int, int]:
    """Leftmost and rightmost dark pixel of a sidebar row's title, and the row's edges."""
    view = window.question_list
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    xs = [
        x
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert xs, "no title drawn"
    return min(xs), max(xs), rect.left(), rect.right()


def arabic_window(qtbot, settings: Settings) -> MainWindow:
    return shown_window(qtbot, load_pack(ARABIC_PACK), settings)


def test_arabic_pack_runs_right_to_left(qtbot, settings: Settings, opened_urls) -> None:
    window = arabic_window(qtbot, settings)
    assert window.pack.rtl
    assert window.layoutDirection() == RTL
    assert sidebar_is_right_of_answer(window)
    assert answer_direction(window) == RTL
    assert window.question_list.layoutDirection() == RTL
    _, right, _, row_right = ink_span(window, 1)
    assert row_right - right < 20
    # The first line of the answer starts at the right edge of the text area.
    layout = window.answer_view.document().lastBlock().layout()
    line = layout.lineAt(0)
    assert line.naturalTextRect().right() > layout.boundingRect().width() - 2
    # The Donate button (the primary action) ends the bar: on the left in Arabic.
    donate = window.call_to_action.donate_button.mapTo(window, QPoint(0, 0)).x()
    signup = window.call_to_action.signup_button.mapTo(window, QPoint(0, 0)).x()
    assert donate < signup


def test_keys_keep_their_meaning_right_to_left(qtbot, settings: Settings, opened_urls) -> None:
    window = arabic_window(qtbot, settings)
    window.activateWindow()
    window.question_list.setFocus()
    qtbot.waitUntil(window.question_list.hasFocus)
    qtbot.keyClick(window.question_list, Qt.Key.Key_Down)
    assert window.current_row() == 1
    qtbot.keyClick(window.question_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 2
    qtbot.keyClick(window.question_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 1
    qtbot.keyClick(window.question_list, Qt.Key.Key_Up)
    assert window.current_row() == 0
    assert "المدافعون" in window.answer_view.toPlainText()


def test_arabic_interface_mirrors_the_window_but_english_text_stays_left_to_right(
    qtbot, window: MainWindow, ui_language
) -> None:
    assert not sidebar_is_right_of_answer(window)
    ui_language("ar")
    qtbot.waitUntil(lambda: window.layoutDirection() == RTL)
    qtbot.waitUntil(lambda: sidebar_is_right_of_answer(window))
    assert window.menus["go"].title() == "ا&نتقال"
    assert answer_direction(window) == LTR
    # The pack's English titles and blurb keep running left to right.
    assert window.question_list.layoutDirection() == LTR
    assert window.call_to_action.blurb.layoutDirection() == LTR
    # Drawn so, too: the title starts at the row's left edge (row 1: not highlighted).
    left, _, row_left, _ = ink_span(window, 1)
    assert left - row_left < 20


def test_opening_packs_switches_direction(qtbot, window: MainWindow) -> None:
    bundled = window.pack.path
    window.open_pack(ARABIC_PACK)
    qtbot.waitUntil(lambda: sidebar_is_right_of_answer(window))
    assert answer_direction(window) == RTL
    window.open_pack(bundled)
    qtbot.waitUntil(lambda: not sidebar_is_right_of_answer(window))
    assert window.layoutDirection() == LTR
    assert answer_direction(window) == LTR
