"""File ▸ Export ▸ Web Page… and Kiwix ZIM… in the window: where they sit, their file dialog,
the files they write (the same as the command line's), and the message when a file cannot
be written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hrd_reader.core import load_pack
from hrd_reader.gui.window import MainWindow
from hrd_reader.web.page import page_html
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.qt import wait_exposed

KINDS = [
    ("actionExportHtml", "exportHtmlDialog", "html"),
    ("actionExportZim", "exportZimDialog", "zim"),
]


def test_export_submenu_sits_after_export_pdf(window: MainWindow) -> None:
    file_menu = window.menus["file"]
    export = window.menus["file.export"]
    names = [action.objectName() for action in export.actions()]
    assert names == ["actionExportHtml", "actionExportZim"]
    order = file_menu.actions()
    pdf = order.index(window.actions_by_id["actionExportPdf"])
    assert order[pdf + 1] is export.menuAction()


@pytest.mark.parametrize(("action", "dialog_name", "suffix"), KINDS)
def test_export_asks_where_and_writes_the_file(
    qtbot, window: MainWindow, tmp_path: Path, action: str, dialog_name: str, suffix: str
) -> None:
    window.actions_by_id[action].trigger()
    dialog = window.findChild(QFileDialog, dialog_name)
    assert dialog is not None and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == suffix
    assert dialog.selectedFiles()[0].endswith(f"{window.pack.id}.{suffix}")
    out = tmp_path / f"faq.{suffix}"
    dialog.fileSelected.emit(str(out))
    dialog.close()
    data = out.read_bytes()
    if suffix == "html":
        assert data.decode("utf-8") == page_html(window.pack)
    else:
        assert data.startswith(b"ZIM\x04")
    assert str(out) in window.statusBar().currentMessage()


def test_the_pack_shown_is_the_one_exported(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_pack(ARABIC_PACK)
    window.actions_by_id["actionExportHtml"].trigger()
    out = tmp_path / "ar.html"
    window.findChild(QFileDialog, "exportHtmlDialog").fileSelected.emit(str(out))
    page = out.read_text("utf-8")
    assert 'dir="rtl"' in page and load_pack(ARABIC_PACK).questions[0].title in page


@pytest.mark.parametrize(("action", "dialog_name", "suffix"), KINDS)
def test_a_file_that_cannot_be_written_is_explained(
    qtbot, window: MainWindow, tmp_path: Path, action: str, dialog_name: str, suffix: str
) -> None:
    blocker = tmp_path / "stick"  # a "folder" that is a file: unwritable even for root
    blocker.write_bytes(b"")
    window.actions_by_id[action].trigger()
    window.findChild(QFileDialog, dialog_name).fileSelected.emit(str(blocker / f"x.{suffix}"))
    box = window.findChild(QMessageBox, "exportErrorDialog")
    assert box is not None
    wait_exposed(qtbot, box)
    assert "Could not save" in box.text() and "Choose a folder" in box.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini") == ["stick"]
    box.close()
