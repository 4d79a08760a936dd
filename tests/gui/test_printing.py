"""Handouts from the window: the export and print dialogs driven as a user would, and the
handout document with its QR codes, read back with pypdf. (`hrd-reader export-pdf` is in
tests/e2e/test_export_pdf.py.)"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QRadioButton

from hrd_reader import cli
from hrd_reader.app import self_test
from hrd_reader.gui import qt_app
from hrd_reader.gui.handouts.handout import build_document, qr_resource
from hrd_reader.gui.handouts.printing import HandoutDialog
from hrd_reader.gui.links.qr import qr_matrix
from hrd_reader.gui.reading.window import MainWindow
from tests.helpers.pdf import assert_whole_handout, pdf_text, squeeze


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


def test_no_remote_resources_in_the_handout(qapp, pack) -> None:
    document = build_document(pack, range(len(pack.questions)))
    assert "http" not in "".join(
        f.toString() for f in [QUrl(qr_resource("donate")), QUrl(qr_resource("signup"))]
    )
    assert "<img" in document.toHtml()


# -- the command-line jobs never ask the print system --------------------------------------

# Each of these asks the print system for its printers when made (or, QPrinterInfo, when
# asked): on Linux, libcups connects to the CUPS server on localhost:631.
PRINT_SYSTEM = ("QPrinter", "QPrinterInfo", "QPrintDialog", "QPageSetupDialog")


class _Refused(type):
    """A stand-in for a print-system class: making one, or asking it anything, is refused."""

    uses: list[str]

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        cls.uses.append(f"{cls.__name__}()")
        raise AssertionError(f"{cls.__name__}() asks the print system (CUPS, localhost:631)")

    def __getattr__(cls, attribute: str) -> Any:
        cls.uses.append(f"{cls.__name__}.{attribute}")
        raise AssertionError(f"{cls.__name__}.{attribute} asks the print system (CUPS)")


@pytest.fixture
def print_system_uses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every use of a PRINT_SYSTEM class, wherever it is imported from, recorded and refused."""
    from PySide6 import QtPrintSupport

    uses: list[str] = []
    for name in PRINT_SYSTEM:
        real = getattr(QtPrintSupport, name)
        stand_in = _Refused(name, (), {"uses": uses})
        monkeypatch.setattr(QtPrintSupport, name, stand_in)
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("hrd_reader") and getattr(module, name, None) is real:
                monkeypatch.setattr(module, name, stand_in)
    return uses


def test_the_self_test_and_pdf_export_never_make_a_qprinter(
    qapp, pack, tmp_path: Path, print_system_uses: list[str], monkeypatch, capsys
) -> None:
    # The self-test's own message handler would outlive the test; pytest-qt's stays.
    monkeypatch.setattr(qt_app, "drop_offscreen_noise", lambda: None)
    assert self_test(pack) == 0
    assert "self-test ok" in capsys.readouterr().out
    out = tmp_path / "faq.pdf"
    assert cli.main(["export-pdf", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert print_system_uses == [], (
        f"{print_system_uses}: the self-test and export-pdf print with QPdfWriter; a QPrinter "
        "asks CUPS on localhost:631 for printers"
    )
