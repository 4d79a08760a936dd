"""Handouts: the PDF read back with pypdf (text, page numbers, addresses, QR codes), the
export and print dialogs driven as a user would, and the command line without a display."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QRadioButton

from hrd_reader.gui.handout import build_document, qr_resource
from hrd_reader.gui.printing import HandoutDialog
from hrd_reader.gui.qr import qr_matrix
from hrd_reader.gui.window import MainWindow
from tests.conftest import ROOT
from tests.test_cli import assert_one_line_error, run


def squeeze(text: str) -> str:
    """PDF text without whitespace: long addresses wrap onto two lines on paper."""
    return "".join(text.split())


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def assert_whole_handout(path: Path, pack) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_text(path)
    text = squeeze("\n".join(pages))
    for question in pack.questions:
        assert squeeze(question.title) in text, question.title
    assert squeeze("truth tellers") in text  # answers too, as text
    assert squeeze(pack.attribution) in text
    assert squeeze(pack.source) in text
    assert squeeze(pack.donate.url) in text
    assert squeeze(pack.signup.url) in text
    # Title page first, page numbers on every page, addresses on the last.
    assert squeeze(pack.title) in squeeze(pages[0])
    count = len(pages)
    assert count >= 3
    for number, page in enumerate(pages, start=1):
        assert f"{number}/{count}" in squeeze(page)
    assert squeeze(pack.donate.url) in squeeze(pages[-1])
    assert squeeze(pack.signup.url) in squeeze(pages[-1])


def image_count(path: Path, page: int) -> int:
    resources = PdfReader(str(path)).pages[page]["/Resources"]
    objects = resources.get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_export_pdf_command_writes_the_whole_faq(pack, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run("export-pdf", str(out), env={"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert result.returncode == 0, result.stderr
    assert "the whole FAQ" in result.stdout
    assert_whole_handout(out, pack)
    assert PdfReader(str(out)).metadata.title == pack.title
    # Both QR codes are on the last page, as images (the text around them stays text).
    assert image_count(out, -1) == 2


def test_export_pdf_command_one_question(pack, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = run("export-pdf", str(out), "--question", "challenges")
    assert result.returncode == 0, result.stderr
    text = squeeze("\n".join(pdf_text(out)))
    chosen = pack.questions[pack.index_of("challenges")]
    assert squeeze(chosen.title) in text
    others = [q for q in pack.questions if q.id != "challenges"]
    assert not any(squeeze(q.title) in text for q in others)
    assert squeeze(pack.donate.url) in text and squeeze(pack.signup.url) in text
    assert squeeze(pack.attribution) in text


def test_export_pdf_command_with_another_pack(make_pack, tmp_path: Path) -> None:
    from tests.conftest import MINIMAL_MANIFEST

    root = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Alpha.", "answers/two.md": "Beta."})
    out = tmp_path / "mini.pdf"
    result = run("export-pdf", str(out), "--content", str(root))
    assert result.returncode == 0, result.stderr
    text = squeeze("\n".join(pdf_text(out)))
    for word in ("Minipack", "Firstquestion?", "Alpha.", "Beta.", "https://example.org/give"):
        assert word in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export-pdf", "{tmp}/missing/dir/x.pdf"], ["Could not save", "missing/dir/x.pdf"]),
        (["export-pdf", "{tmp}"], ["is a folder"]),
        (["export-pdf", "{tmp}/x.pdf", "--question", "nope"], ["no question with id 'nope'"]),
        (["export-pdf"], ["OUT.pdf"]),
    ],
)
def test_export_pdf_command_errors(tmp_path: Path, args: list[str], words: list[str]) -> None:
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert_one_line_error(result, *words)
    assert not list(tmp_path.rglob("*.pdf*")), "nothing half-written is left"


def test_export_pdf_refuses_to_replace_a_device_or_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("export-pdf", str(fifo))
    assert_one_line_error(result, "is not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe is still a pipe"
    assert not list(tmp_path.rglob("*.pdf*"))


def test_handout_qr_codes_are_the_addresses(qapp, pack) -> None:
    document = build_document(pack, range(len(pack.questions)))
    for key, link in (("donate", pack.donate), ("signup", pack.signup)):
        image = document.resource(QTextDocument.ResourceType.ImageResource.value, qr_resource(key))
        assert isinstance(image, QImage)
        matrix = qr_matrix(link.url)
        module = image.width() // (len(matrix) + 8)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                pixel = image.pixelColor(
                    (x + 4) * module + module // 2, (y + 4) * module + module // 2
                )
                assert (pixel.lightness() < 128) == dark
    assert f'src="{qr_resource("donate").toString()}"' in document.toHtml()


def handout_dialog(qtbot, window: MainWindow, key: Qt.Key, mods) -> HandoutDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, mods)
    dialog = window.findChild(QDialog, "handoutDialog")
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click(qtbot, dialog: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_export_dialog_whole_then_current(qtbot, window: MainWindow, pack, tmp_path) -> None:
    window.show_question(4)
    dialog = handout_dialog(qtbot, window, Qt.Key.Key_E, CTRL_SHIFT)
    assert dialog.findChild(QRadioButton, "handoutWhole").isChecked()
    path = dialog.findChild(QLineEdit, "handoutPath")
    assert path.text().endswith("hrd-faq.pdf")
    path.setText(str(tmp_path / "whole.pdf"))
    click(qtbot, dialog, "handoutExportButton")
    qtbot.waitUntil(lambda: window.findChild(QDialog, "handoutDialog") is None)  # closed, gone
    assert_whole_handout(tmp_path / "whole.pdf", pack)
    assert "whole.pdf" in window.statusBar().currentMessage()

    dialog = handout_dialog(qtbot, window, Qt.Key.Key_E, CTRL_SHIFT)
    current = dialog.findChild(QRadioButton, "handoutCurrent")
    assert pack.questions[4].title in current.text()
    current.click()
    path = dialog.findChild(QLineEdit, "handoutPath")
    assert path.text().endswith("hrd-faq-challenges.pdf")  # the suggestion follows the choice
    path.setText(str(tmp_path / "current"))  # ".pdf" is added
    click(qtbot, dialog, "handoutExportButton")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    text = squeeze("\n".join(pdf_text(tmp_path / "current.pdf")))
    assert squeeze(pack.questions[4].title) in text
    assert squeeze(pack.questions[0].title) not in text


def test_export_dialog_reports_a_bad_path_and_stays(qtbot, window: MainWindow, tmp_path) -> None:
    dialog = handout_dialog(qtbot, window, Qt.Key.Key_E, CTRL_SHIFT)
    dialog.findChild(QLineEdit, "handoutPath").setText(str(tmp_path / "no" / "such" / "x.pdf"))
    click(qtbot, dialog, "handoutExportButton")
    status = dialog.findChild(QLabel, "handoutStatus")
    assert status.isVisible() and "Could not save" in status.text()
    assert dialog.isVisible()
    assert not list(tmp_path.rglob("*.pdf*"))
    # The user fixes the path and goes on: nothing was lost.
    dialog.findChild(QLineEdit, "handoutPath").setText(str(tmp_path / "ok.pdf"))
    click(qtbot, dialog, "handoutExportButton")
    qtbot.waitUntil(lambda: (tmp_path / "ok.pdf").is_file())


def test_ctrl_p_opens_the_print_dialog_and_prints(
    qtbot, window: MainWindow, pack, tmp_path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    dialog = handout_dialog(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog.findChild(QLineEdit, "handoutPath") is None  # no file: a printer
    click(qtbot, dialog, "handoutPrintButton")
    system = dialog.findChild(QPrintDialog, "printDialog")
    assert system is not None
    qtbot.waitUntil(system.isVisible)
    system.reject()
    assert dialog.isVisible()  # cancelling the printer choice keeps the handout dialog
    # What "Print" sends to a printer, captured as a PDF file (no printer needed).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_on(printer)
    assert printed.args[0] >= 3
    assert_whole_handout(tmp_path / "printed.pdf", pack)
    assert "printer" in window.statusBar().currentMessage()


def test_printing_is_not_loaded_at_start_up() -> None:
    """QtPrintSupport costs start-up time: only printing or exporting loads it."""
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from hrd_reader.gui.qt_app import create_application\n"
        "from hrd_reader.core import bundled_pack\n"
        "from hrd_reader.gui.settings import open_settings\n"
        "from hrd_reader.gui.window import MainWindow\n"
        "app = create_application()\n"
        "w = MainWindow(bundled_pack(), open_settings('" + str(ROOT / "build") + "/s.ini'))\n"
        "print(*(m in sys.modules for m in ('PySide6.QtPrintSupport', 'hrd_reader.gui.printing',"
        " 'hrd_reader.gui.handout')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "False"]


def test_no_remote_resources_in_the_handout(qapp, pack) -> None:
    document = build_document(pack, range(len(pack.questions)))
    assert "http" not in "".join(
        f.toString() for f in [QUrl(qr_resource("donate")), QUrl(qr_resource("signup"))]
    )
    assert "<img" in document.toHtml()


def test_help_names_the_trainer_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "--presentation" in result.stdout and "export-pdf" in result.stdout
    sub = run("export-pdf", "--help")
    assert sub.returncode == 0
    for word in ("OUT.pdf", "--content", "--question", "whole FAQ"):
        assert word in sub.stdout
