"""Open Pack…: another pack at run time; a broken one leaves the current pack open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPlainTextEdit

from hrd_reader.gui.reading.window import MainWindow
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.qt import wait_exposed


def test_opening_a_pack_shows_it(qtbot, window: MainWindow, make_pack: PackWriter) -> None:
    folder = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    window.show_question(3)
    with qtbot.waitSignal(window.packChanged) as changed:
        assert window.open_pack(folder)
    assert changed.args[0].id == "mini"
    assert window.pack.id == "mini"
    assert window.model.rowCount() == 2
    assert window.current_row() == 0
    assert "Uno." in window.answer_view.toPlainText()
    assert window.windowTitle() == "Mini pack — HRD Reader"
    assert (
        window.call_to_action.donate_button.text() == "Give"
        and window.call_to_action.signup_button.text() == "Join"
    )
    assert window.actions_by_id["actionDonate"].text() == "Give"
    assert window.answer_view.files.location == folder
    assert "Mini pack" in window.statusBar().currentMessage()
    window.step(1)
    assert "Dos." in window.answer_view.toPlainText()


def test_a_broken_pack_lists_every_problem_and_keeps_the_current_one(
    qtbot, window: MainWindow, make_pack: PackWriter
) -> None:
    broken = make_pack(MINIMAL_MANIFEST.replace('id = "mini"', 'id = "Not An Id"'))
    window.show_question(4)
    before = (window.pack, window.windowTitle(), window.answer_view.toPlainText())
    assert not window.open_pack(broken)
    dialog = window.findChild(QDialog, "packErrorDialog")
    assert dialog is not None
    wait_exposed(qtbot, dialog)
    listing = dialog.findChild(QPlainTextEdit, "packProblems").toPlainText().splitlines()
    assert len(listing) == 3  # the bad id and the two missing answer files
    assert listing[0].startswith("pack.toml:2: [pack] id")
    assert all(line.startswith("pack.toml:") for line in listing)
    assert any("answers/one.md" in line for line in listing)
    assert str(broken) in dialog.findChild(QLabel, "packErrorSummary").text()
    assert (window.pack, window.windowTitle(), window.answer_view.toPlainText()) == before
    assert window.current_row() == 4
    dialog.close()


def test_a_folder_without_a_pack_is_explained(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert not window.open_pack(tmp_path)
    dialog = window.findChild(QDialog, "packErrorDialog")
    assert "pack.toml: missing" in dialog.findChild(QPlainTextEdit).toPlainText()
    assert window.pack.id == "hrd-faq"
    dialog.close()


def test_ctrl_o_asks_for_a_pack_and_opens_it(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QFileDialog, "openPackDialog")
    assert dialog is not None
    wait_exposed(qtbot, dialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile  # and pack folders
    dialog.fileSelected.emit(str(ARABIC_PACK / "pack.toml"))
    assert window.pack.id == "hrd-faq-ar"
    dialog.close()


def test_search_follows_the_opened_pack(qtbot, window: MainWindow, make_pack: PackWriter) -> None:
    window.search.field.setText("question")
    folder = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    window.open_pack(folder)
    assert window.search.matches == [0, 1]
    assert window.sidebar.status.text() == "2 of 2 questions match"
    window.search.field.setText("Dos")
    assert window.search.matches == [1]
    assert window.current_row() == 1
