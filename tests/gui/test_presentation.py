"""Presentation mode and the QR screen, driven with a clicker's keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hrd_reader.gui import themes
from hrd_reader.gui.links.qr import qr_matrix
from hrd_reader.gui.presentation.room import PresentationWindow
from hrd_reader.gui.presentation.share import QUIET, ShareWindow
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import ZOOM_PRESENTATION, ZOOM_READING, open_settings
from tests.helpers.clicker import clicker_walk
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.qt import wait_exposed

# More presses than the longest answer of the bundled FAQ needs at 400 %.
MAX_PRESSES = 400


def start(qtbot, window: MainWindow) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.presentation
    assert show is not None
    qtbot.waitUntil(lambda: show.isFullScreen() and QApplication.activeWindow() is show)
    return show


def press(qtbot, show: QWidget, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(show, key)


def test_f5_starts_full_screen_on_the_window_screen(qtbot, window: MainWindow, pack) -> None:
    window.show_question(2)
    show = start(qtbot, window)
    assert show.objectName() == "presentationWindow"
    assert show.screen() is window.screen()
    assert show.geometry() == window.screen().geometry()
    assert show.title.text() == pack.questions[2].title
    assert show.footer.text() == "3 / 7 · Human Rights Defenders: FAQ"
    # No sidebar, no menus, no buttons: only title, answer, footer.
    assert show.findChild(QWidget, "questionList") is None
    assert show.findChild(QWidget, "donateButton") is None
    # Large type: the title is far bigger than the reading window's text.
    assert show.title.font().pixelSize() >= show.height() // 16
    assert show.answer.font().pointSizeF() > window.answer_view.font().pointSizeF()


def test_clicker_keys_step_through_questions(qtbot, window: MainWindow, pack) -> None:
    show = start(qtbot, window)
    show.set_zoom(50)  # every answer fits: each key is one question
    last = len(pack.questions) - 1
    steps = clicker_walk(last)
    for key, expected in steps:
        qtbot.keyClick(show, key)
        assert show.row == expected, key
        assert window.current_row() == expected  # the main window follows
        assert show.footer.text().startswith(f"{expected + 1} / 7")
        assert show.title.text() == pack.questions[expected].title


def test_long_answer_is_stepped_through_before_the_next(qtbot, window: MainWindow) -> None:
    show = start(qtbot, window)
    show.set_zoom(400)
    bar = show.answer.verticalScrollBar()
    assert bar.maximum() > 0, "at 400 % the first answer must be taller than the screen"
    assert show.more.isVisible()
    seen = [bar.value()]
    for _ in range(MAX_PRESSES):  # bounded: a key that does nothing fails, never hangs
        qtbot.keyClick(show, Qt.Key.Key_PageDown)
        if show.row != 0:
            break
        assert bar.value() > seen[-1], "PageDown did not scroll the long answer"
        seen.append(bar.value())
    assert seen[-1] == bar.maximum() or len(seen) > 1
    assert len(seen) >= 2 and show.row == 1 and bar.value() == 0
    # Back: to the previous question; PageUp inside a scrolled answer scrolls up first.
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    if show.row == 1 and bar.value() > 0:
        qtbot.keyClick(show, Qt.Key.Key_PageUp)
        assert show.row == 1 and bar.value() == 0
    qtbot.keyClick(show, Qt.Key.Key_PageUp)
    assert show.row == 0


@pytest.mark.parametrize(
    ("key", "colour"),
    [(Qt.Key.Key_B, "black"), (Qt.Key.Key_Period, "black"), (Qt.Key.Key_W, "white")],
)
def test_blank_screen_and_any_key_restores(qtbot, window: MainWindow, key, colour: str) -> None:
    show = start(qtbot, window)
    show.set_zoom(50)
    qtbot.keyClick(show, key)
    overlay = show.findChild(QWidget, "blankOverlay")
    assert show.blank == colour and overlay.isVisible()
    assert overlay.geometry() == show.rect()
    pixel = show.grab().toImage().pixelColor(show.width() // 2, show.height() // 2)
    assert pixel.name() == ("#000000" if colour == "black" else "#ffffff")
    # Any key brings the text back without moving on.
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.blank == "" and not overlay.isVisible()
    assert show.row == 0
    # Esc while blank only unblanks; the next Esc leaves.
    qtbot.keyClick(show, key)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.presentation is show and show.blank == ""


def test_escape_leaves_at_the_same_question(qtbot, window: MainWindow, pack) -> None:
    show = start(qtbot, window)
    show.set_zoom(50)
    press(qtbot, show, Qt.Key.Key_PageDown, 3)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)
    assert window.current_row() == 3
    assert pack.questions[3].title in window.answer_view.toPlainText()


def test_presentation_zoom_is_its_own_and_remembered(
    qtbot, pack, settings_path: Path, opened_urls
) -> None:
    win = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    wait_exposed(qtbot, win)
    show = start(qtbot, win)
    body = show.answer.font().pointSizeF()
    qtbot.keyClick(show, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert show.zoom == 110
    assert show.answer.font().pointSizeF() == pytest.approx(body * 1.1)
    assert win.zoom_percent == 100  # the reading window keeps its own
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.presentation is None)
    win.close()
    settings = open_settings(settings_path)
    assert settings.get(ZOOM_PRESENTATION) == 110
    assert settings.get(ZOOM_READING) == 100
    again = MainWindow(pack, settings)
    qtbot.addWidget(again)
    again.show()
    shown = start(qtbot, again)
    assert shown.zoom == 110


def test_presentation_follows_the_theme(qtbot, window: MainWindow) -> None:
    show = start(qtbot, window)
    window.set_theme("high-contrast")
    try:
        image = show.grab().toImage()
        assert image.pixelColor(2, 2).name() == themes.HIGH_CONTRAST.window
        assert show.title.palette().color(show.title.foregroundRole()).name() == "#ffff00"
    finally:
        window.set_theme("system")


def check_qr(label: QLabel, address: str) -> None:
    image = label.pixmap().toImage()
    matrix = qr_matrix(address)
    module = image.width() // (len(matrix) + 2 * QUIET)
    assert module >= 4, "big enough to scan from a seat"
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = image.pixelColor(
                (x + QUIET) * module + module // 2, (y + QUIET) * module + module // 2
            )
            assert (pixel.lightness() < 128) == dark


def test_q_in_presentation_shows_both_qr_codes(qtbot, window: MainWindow, pack) -> None:
    show = start(qtbot, window)
    qtbot.keyClick(show, Qt.Key.Key_Q)
    share = window.share
    assert isinstance(share, ShareWindow)
    qtbot.waitUntil(share.isVisible)
    assert share.isFullScreen() or share.geometry() == show.screen().geometry()
    assert share.screen() is show.screen()
    check_qr(share.findChild(QLabel, "shareQrDonate"), pack.donate.url)
    check_qr(share.findChild(QLabel, "shareQrSignup"), pack.signup.url)
    for key, link in (("Donate", pack.donate), ("Signup", pack.signup)):
        assert share.findChild(QLabel, f"share{key}Label").text() == link.label
        address = share.findChild(QLabel, f"share{key}Address")
        assert address.text() == link.url
        assert address.font().pixelSize() >= share.height() // 40, "the address in large type"
    # Any key closes it and gives the keys back to the presentation.
    qtbot.keyClick(share, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.share is None)
    assert window.presentation is show


def test_show_qr_action_in_reading_mode(qtbot, window: MainWindow, pack) -> None:
    window.actions_by_id["actionShowQr"].trigger()
    share = window.share
    assert share is not None
    qtbot.waitUntil(share.isVisible)
    check_qr(share.findChild(QLabel, "shareQrDonate"), pack.donate.url)
    qtbot.keyClick(share, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.share is None)


def test_closing_the_reader_closes_the_presentation(qtbot, window: MainWindow) -> None:
    show = start(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not show.isVisible())


def test_right_to_left_pack_presents_right_to_left(qtbot, settings, opened_urls) -> None:
    from hrd_reader.core import load_pack

    pack = load_pack(ARABIC_PACK)
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    window.show()
    show = start(qtbot, window)
    assert show.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = show.answer.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert show.title.text() == pack.questions[0].title


def test_sidebar_width_is_remembered(qtbot, pack, settings_path: Path, opened_urls) -> None:
    first = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([420, 380])
    wanted, width = first.splitter.sizes()[0], first.width()
    assert wanted > 340  # wider than the first-run sidebar
    first.close()
    again = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(again)
    again.show()
    # The offscreen platform may hand the restored window back a frame's pixels narrower;
    # the sidebar keeps its width up to that.
    qtbot.waitUntil(
        lambda: abs(again.splitter.sizes()[0] - wanted) <= abs(again.width() - width) + 1
    )
