"""The main window, driven as a user would: keys, clicks, links, dialogs, remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTextBrowser

from hrd_reader.core import load_pack
from hrd_reader.gui.actions import ACTIONS
from hrd_reader.gui.links import opener
from hrd_reader.gui.links.qr import qr_matrix
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import LAST_QUESTION, Settings, open_settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.qt import shown_window, wait_exposed


def test_contract_object_names(window: MainWindow) -> None:
    for name in ("questionList", "answerView", "donateButton", "signupButton"):
        assert window.findChild(object, name) is not None, name
    assert isinstance(window.findChild(QTextBrowser, "answerView"), QTextBrowser)
    for entry in ACTIONS:
        action = window.actions_by_id[entry.id]
        assert action.objectName() == entry.id
        assert action in window.actions()


def test_starts_on_first_question_with_heading_and_answer(window: MainWindow, pack) -> None:
    assert window.windowTitle().startswith(pack.title)
    assert window.question_list.model().rowCount() == 7
    assert window.current_row() == 0
    html = window.answer_view.toHtml()
    text = window.answer_view.toPlainText()
    assert pack.questions[0].title in text
    assert "truth tellers" in text
    assert "<h1" in html


def test_buttons_carry_the_pack_labels_and_blurb(window: MainWindow, pack) -> None:
    donate = window.findChild(QPushButton, "donateButton")
    signup = window.findChild(QPushButton, "signupButton")
    assert donate.text() == "Donate Now" and donate.isVisible()
    assert signup.text() == "Sign Up For Email" and signup.isVisible()
    assert pack.signup.blurb in signup.toolTip()
    assert window.call_to_action.blurb.text() == pack.signup.blurb


def test_donate_and_signup_reach_desktop_services(qtbot, window: MainWindow, opened_urls) -> None:
    qtbot.mouseClick(window.call_to_action.donate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.call_to_action.signup_button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls == [window.pack.donate.url, window.pack.signup.url]


def test_link_dialog_when_no_browser(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(opener, "_system_open", lambda url: False)
    qtbot.mouseClick(window.call_to_action.donate_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "linkDialog")
    assert dialog is not None
    wait_exposed(qtbot, dialog)
    address = dialog.findChild(QLabel, "linkAddress")
    assert address.text() == window.pack.donate.url
    assert address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(dialog.findChild(QPushButton, "linkCopyButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.pack.donate.url
    # The QR code shown is the address: sample the image module by module.
    image = dialog.findChild(QLabel, "linkQrCode").pixmap().toImage()
    matrix = qr_matrix(window.pack.donate.url)
    module = image.width() // (len(matrix) + 8)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = image.pixelColor((x + 4) * module + module // 2, (y + 4) * module + module // 2)
            assert (pixel.lightness() < 128) == dark
    dialog.close()


def test_refused_link_is_shown_not_opened(qtbot, window: MainWindow, opened_urls) -> None:
    opener.open_url("file:///etc/passwd", window)
    box = window.findChild(QDialog, "linkRefusedDialog")
    assert box is not None and "file:///etc/passwd" in box.text()
    assert opened_urls.urls == []
    box.close()


def test_keyboard_moves_between_questions(qtbot, window: MainWindow) -> None:
    window.question_list.setFocus()
    qtbot.keyClick(window.question_list, Qt.Key.Key_Down)
    assert window.current_row() == 1
    assert window.pack.questions[1].title in window.answer_view.toPlainText()
    window.answer_view.setFocus()
    qtbot.keyClick(window.answer_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 2
    qtbot.keyClick(window.answer_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.answer_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 0
    assert not window.actions_by_id["actionPreviousQuestion"].isEnabled()
    qtbot.keyClick(window.question_list, Qt.Key.Key_End)
    assert window.current_row() == 6
    assert not window.actions_by_id["actionNextQuestion"].isEnabled()


def test_ctrl_q_closes(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_focus_order_sidebar_answer_buttons(qtbot, window: MainWindow) -> None:
    window.question_list.setFocus()
    chain = [window.question_list]
    widget = window.question_list
    for _ in range(3):
        widget = widget.nextInFocusChain()
        for _ in range(1000):  # the chain is a ring; bounded in case none takes Tab
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
                break
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [
        window.question_list,
        window.answer_view,
        window.call_to_action.signup_button,
        window.call_to_action.donate_button,
    ]


def test_question_links_jump_inside(qtbot, make_pack: PackWriter, settings: Settings) -> None:
    root = make_pack(
        MINIMAL_MANIFEST, {"answers/one.md": "See [the second](#two).", "answers/two.md": "Two."}
    )
    win = shown_window(qtbot, load_pack(root), settings)
    view = win.answer_view
    cursor = view.document().find("the second")
    assert not cursor.isNull()
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 10, rect.center().y())
    )
    qtbot.waitUntil(lambda: win.current_row() == 1)
    assert "Two." in view.toPlainText()


def test_about_dialog_shows_version_attribution_source(qtbot, window: MainWindow) -> None:
    from hrd_reader.core.version import VERSION

    window.actions_by_id["actionAbout"].trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    wait_exposed(qtbot, dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert VERSION in text
    assert window.pack.attribution in text
    assert window.pack.source in text
    dialog.close()


def test_remembers_question_and_geometry(qtbot, pack, settings_path: Path, opened_urls) -> None:
    first = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(first)
    first.show()
    wait_exposed(qtbot, first)
    first.show_question(4)
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.close()

    again = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(again)
    assert again.current_row() == 4
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.settings.get(LAST_QUESTION) == pack.questions[4].id


def test_first_run_size(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() == min(1100, available.width())
    assert window.height() == min(720, available.height())


@pytest.mark.parametrize("garbage", [b"\x00\x01\x02binary", b"[reader\nlastQuestion=\xff\xfe"])
def test_corrupt_settings_fall_back_and_are_kept(
    qtbot, pack, settings_path: Path, garbage: bytes
) -> None:
    settings_path.write_bytes(garbage)
    settings = open_settings(settings_path)
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    assert win.current_row() == 0
    assert any("damaged" in w for w in settings.warnings)
    assert "damaged" in win.statusBar().currentMessage()
    assert (settings_path.parent / "settings.ini.corrupt").read_bytes() == garbage


def test_unusable_setting_value_falls_back(pack, settings_path: Path) -> None:
    settings_path.write_text("[window]\ngeometry=not-a-geometry\n[reader]\nlastQuestion=zzz\n")
    settings = open_settings(settings_path)
    win = MainWindow(pack, settings)
    assert win.current_row() == 0
    assert any("window/geometry" in w for w in settings.warnings)
    win.deleteLater()


def test_unwritable_settings_warn_and_keep_working(qtbot, pack, tmp_path: Path) -> None:
    # A regular file where the settings folder should be: no one, not even root, can write
    # there — the same failure as a read-only disk.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = open_settings(blocker / "settings.ini")
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show_question(3)
    win.save_state()
    assert settings.sync() is False
    assert any("could not be saved" in w for w in settings.warnings)
    assert win.current_row() == 3


def test_the_next_answer_is_rendered_ahead_while_idle(qtbot, pack, settings) -> None:
    # A clicker's Next must not wait for Markdown: once idle, the neighbours are cached.
    from hrd_reader.core import render
    from hrd_reader.gui.reading.window import MainWindow

    render._question_html.cache_clear()
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show_question(3)
    qtbot.waitUntil(lambda: render._question_html.cache_info().currsize >= 4)
    before = render._question_html.cache_info()
    win.show_question(4)
    after = render._question_html.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
