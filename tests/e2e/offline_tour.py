"""A whole session of the real reader, driven from inside its own process
(tests/e2e/test_offline.py runs this under strace to prove that no step connects to the network).

    python tests/e2e/offline_tour.py OUTPUT_DIR [--file-dialog] [--quick-exit | --forget]
        [reader arguments...]

It runs ``hrd_reader.cli.main`` — argument parsing, logging, crash handler, settings,
translations, the window — exactly as ``hrd-reader`` does, and a timer walks through what
a user does: every question, search, zoom, themes, the About dialog, Donate and Sign Up
(with no browser on PATH, so the link dialog with its QR code opens), a refused link,
presentation mode, the QR share screen, a PDF handout, an unexpected error (the crash
dialog), and quit. It prints one line per step and, last, ``TOUR OK`` or ``TOUR FAILED``.
``--quick-exit`` instead reads, changes theme and zoom, opens the About dialog and types the
Quick Exit key into it (printing ``QUICK EXIT KEY <time.monotonic()>`` just before);
``--file-dialog`` adds Qt's file dialog (opened from the handout dialog) after the PDF, and
the web page and the ZIM file saved through theirs (File ▸ Export);
``--forget`` reads, then uses File ▸ Forget This Computer and goes on reading (tests/
test_privacy.py runs these with empty HOME and XDG folders).
Nothing here is part of the product: the reader has no scripting hook.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget  # noqa: E402

from hrd_reader import cli  # noqa: E402
from hrd_reader.gui.qt_app import create_application  # noqa: E402

STEP_MS = 60


class Tour:
    def __init__(self, output: Path) -> None:
        self.output = output
        self.done: list[str] = []
        self.failed: list[str] = []
        self.steps: list[tuple[str, Callable[[], None]]] = [
            ("visit every question", self.visit_questions),
            ("search", self.search),
            ("zoom", self.zoom),
            ("themes", self.themes),
            ("about dialog", self.about),
            ("donate without a browser shows the link dialog", self.donate),
            ("sign up without a browser shows the link dialog", self.signup),
            ("refused link", self.refused_link),
            ("presentation", self.presentation),
            ("share QR codes", self.share),
            ("end presentation", self.end_presentation),
            ("export PDF", self.export_pdf),
            ("unexpected error", self.crash),
            ("crash dialog shown, reader goes on", self.after_crash),
            ("quit", self.quit),
        ]

    def quick_exit_steps(self) -> None:
        self.steps = [
            ("visit every question", self.visit_questions),
            ("zoom", self.zoom_in),
            ("themes", self.themes),
            ("about dialog open", self.open_about),
            ("quick exit key in the about dialog", self.quick_exit_key),
        ]

    def forget_steps(self) -> None:
        self.steps = [
            ("visit every question", self.visit_questions),
            ("forget this computer", self.forget),
            ("confirm", self.confirm_forget),
            ("goes on privately", self.after_forget),
            ("themes", self.themes),
            ("zoom", self.zoom_in),
            ("quit", self.quit),
        ]

    @property
    def window(self):  # type: ignore[no-untyped-def]
        from hrd_reader.gui.window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def dialog(self, name: str) -> QDialog:
        found = self.window.findChild(QDialog, name)
        assert found is not None and found.isVisible(), f"{name} is not shown"
        return found

    def start(self) -> None:
        QTimer.singleShot(STEP_MS * 4, self.next)

    def next(self) -> None:
        if not self.steps:
            return
        name, step = self.steps.pop(0)
        try:
            step()
        except Exception:
            self.failed.append(name)
            print(f"step FAILED: {name}\n{traceback.format_exc()}", flush=True)
            QApplication.exit(3)
            return
        self.done.append(name)
        print(f"step ok: {name}", flush=True)
        if self.steps:
            QTimer.singleShot(STEP_MS, self.next)

    # -- the steps -------------------------------------------------------------------------

    def visit_questions(self) -> None:
        window = self.window
        for row, question in enumerate(window.pack.questions):
            window.show_question(row)
            assert question.title in window.answer_view.toPlainText(), question.id

    def search(self) -> None:
        window = self.window
        last = len(window.pack.questions) - 1
        word = max(window.pack.questions[last].title.split(), key=len).strip("?.,:;!¿¡")
        window.actions_by_id["actionFind"].trigger()
        window.search.field.setText(word)
        assert last in window.search.matches, (word, window.search.matches)
        window.actions_by_id["actionFindNext"].trigger()
        assert window.search.current_match_text().casefold() == word.casefold()
        window.search.field.setText("")

    def zoom(self) -> None:
        window = self.window
        before = window.current_zoom()
        window.actions_by_id["actionZoomIn"].trigger()
        assert window.current_zoom() > before
        window.actions_by_id["actionZoomOut"].trigger()
        window.actions_by_id["actionZoomReset"].trigger()
        assert window.current_zoom() == 100

    def themes(self) -> None:
        for action in ("actionThemeDark", "actionThemeHighContrast", "actionThemeSystem"):
            self.window.actions_by_id[action].trigger()

    def about(self) -> None:
        self.window.actions_by_id["actionAbout"].trigger()
        self.dialog("aboutDialog").close()

    def donate(self) -> None:
        self.window.call_to_action.donate_button.click()
        self.dialog("linkDialog").close()

    def signup(self) -> None:
        self.window.call_to_action.signup_button.click()
        self.dialog("linkDialog").close()

    def refused_link(self) -> None:
        from hrd_reader.gui import opener

        opener.open_url("file:///etc/passwd", self.window)
        self.dialog("linkRefusedDialog").close()

    def presentation(self) -> None:
        self.window.actions_by_id["actionPresentation"].trigger()
        assert self.window.presentation is not None
        self.window.presentation.show_row(1)

    def share(self) -> None:
        self.window.actions_by_id["actionShowQr"].trigger()
        assert self.window.share is not None
        self.window.share.close()

    def end_presentation(self) -> None:
        assert self.window.presentation is not None
        self.window.presentation.close()

    def export_pdf(self) -> None:
        window = self.window
        window.actions_by_id["actionExportPdf"].trigger()
        dialog = self.dialog("handoutDialog")
        target = self.output / "handout.pdf"
        dialog.path.setText(str(target))  # type: ignore[attr-defined]
        dialog.export()  # type: ignore[attr-defined]
        assert target.is_file() and target.read_bytes().startswith(b"%PDF")

    def file_dialog(self) -> None:
        self.window.actions_by_id["actionExportPdf"].trigger()
        dialog = self.dialog("handoutDialog")
        dialog.findChild(QPushButton, "handoutBrowse").click()
        chooser = dialog.findChild(QDialog, "handoutFileDialog")
        assert chooser is not None and chooser.isVisible()
        chooser.setDirectory(str(self.output))
        chooser.reject()  # closed: Qt writes its settings when it is destroyed, just after
        dialog.close()

    def file_dialog_gone(self) -> None:
        assert self.window.findChild(QDialog, "handoutFileDialog") is None

    def take_home(self) -> None:
        """File ▸ Export ▸ Web Page… and Kiwix ZIM…, each through its file dialog."""
        for action, name, file in (
            ("actionExportHtml", "exportHtmlDialog", "faq.html"),
            ("actionExportZim", "exportZimDialog", "faq.zim"),
        ):
            self.window.actions_by_id[action].trigger()
            chooser = self.window.findChild(QDialog, name)
            assert chooser is not None and chooser.isVisible(), name
            chooser.setDirectory(str(self.output))  # type: ignore[attr-defined]
            chooser.fileSelected.emit(str(self.output / file))  # type: ignore[attr-defined]
            chooser.close()
            assert (self.output / file).stat().st_size > 1000, file

    def zoom_in(self) -> None:
        self.window.actions_by_id["actionZoomIn"].trigger()

    def open_about(self) -> None:
        self.window.actions_by_id["actionAbout"].trigger()
        assert self.dialog("aboutDialog").isModal()

    def quick_exit_key(self) -> None:
        about = self.dialog("aboutDialog")
        about.activateWindow()
        print(f"QUICK EXIT KEY {time.monotonic()}", flush=True)
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(about.windowHandle(), Qt.Key.Key_X, modifiers)
        raise AssertionError("Quick Exit did not end the process")

    def forget(self) -> None:
        self.window.actions_by_id["actionForget"].trigger()
        box = self.dialog("forgetDialog")
        print(f"forget lists: {box.text()!r}", flush=True)  # type: ignore[attr-defined]

    def confirm_forget(self) -> None:
        self.dialog("forgetDialog").findChild(QPushButton, "forgetConfirmButton").click()

    def after_forget(self) -> None:
        assert self.window.settings.private
        assert "Private session" in self.window.windowTitle()
        assert self.window.findChild(QDialog, "forgetProblemsDialog") is None

    def crash(self) -> None:
        def broken_slot() -> None:
            raise RuntimeError("deliberate error of the offline tour")

        QTimer.singleShot(0, broken_slot)

    def after_crash(self) -> None:
        dialog = self.dialog("crashDialog")
        assert "deliberate error" in dialog.details  # type: ignore[attr-defined]
        dialog.close()
        self.window.step(1)

    def quit(self) -> None:
        self.window.actions_by_id["actionQuit"].trigger()


def main() -> int:
    output = Path(sys.argv[1])
    output.mkdir(parents=True, exist_ok=True)
    create_application()  # main() below finds and uses this application
    tour = Tour(output)
    arguments = sys.argv[2:]
    if arguments[:1] == ["--file-dialog"]:
        # Opt-in (tests/test_privacy.py): the offline session stays the one it always was.
        at = next(i for i, (name, _) in enumerate(tour.steps) if name == "export PDF") + 1
        tour.steps[at:at] = [
            ("file dialog", tour.file_dialog),
            ("file dialog gone", tour.file_dialog_gone),
            ("take-home files", tour.take_home),
        ]
        arguments = arguments[1:]
    if arguments[:1] == ["--quick-exit"]:
        tour.quick_exit_steps()
        arguments = arguments[1:]
    elif arguments[:1] == ["--forget"]:
        tour.forget_steps()
        arguments = arguments[1:]
    tour.start()
    code = cli.main(arguments)
    network = sorted(m for m in sys.modules if "QtNetwork" in m)
    print(f"QtNetwork modules loaded: {network}", flush=True)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible():
            print(f"still open: {widget.objectName()}", flush=True)
    complete = code == 0 and not tour.failed and not tour.steps and not network
    print(f"steps done: {len(tour.done)}; exit status {code}")
    print("TOUR OK" if complete else "TOUR FAILED", flush=True)
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
