"""Crash safety: an unexpected error shows a dialog and the reader keeps running; the log is
small, rotating and in the platform's place for it. (A missing Qt system library, named with
its package before Qt can abort, is in tests/unit/test_system_libraries.py.)"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from hrd_reader.gui import crash
from hrd_reader.gui.reading.window import MainWindow


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = crash.setup_logging([tmp_path / "logs"])
    assert path == tmp_path / "logs" / crash.LOG_NAME
    yield path
    crash.setup_logging([])  # detach the file handler again


@pytest.fixture
def handler(qapp) -> Iterator[crash.CrashHandler]:  # type: ignore[no-untyped-def]
    installed = crash.install(qapp)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def crash_dialog(qtbot, handler: crash.CrashHandler) -> crash.CrashDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    assert handler.dialog.objectName() == "crashDialog"
    return handler.dialog


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_dialog_and_reader_keeps_running(
    qtbot, window: MainWindow, handler: crash.CrashHandler, log_file: Path, monkeypatch
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("the answer was divided by zero")

    monkeypatch.setattr(window, "show_about", broken)
    # The action's handler looks the method up when triggered, as any slot would run.
    window.actions_by_id["actionAbout"].triggered.disconnect()
    window.actions_by_id["actionAbout"].triggered.connect(lambda: window.show_about())
    window.actions_by_id["actionAbout"].trigger()
    dialog = crash_dialog(qtbot, handler)
    message = dialog.findChild(QLabel, "crashMessage").text()
    assert "ZeroDivisionError: the answer was divided by zero" in message
    assert "keeps running" in message
    assert str(log_file) in dialog.findChild(QLabel, "crashLogPath").text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "crashCopyButton"), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "ZeroDivisionError" in copied and "broken" in copied
    # The traceback is in the log file too.
    logged = log_file.read_text("utf-8")
    assert "unexpected error" in logged and "the answer was divided by zero" in logged
    # And the reader still works: the place is kept, navigation goes on.
    assert window.current_row() == 0
    dialog.close()
    window.step(1)
    assert window.current_row() == 1
    assert window.pack.questions[1].title in window.answer_view.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_error_in_a_thread_reaches_the_dialog(qtbot, handler: crash.CrashHandler) -> None:
    def work() -> None:
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    dialog = crash_dialog(qtbot, handler)
    assert "RuntimeError: worker failed" in dialog.findChild(QLabel, "crashMessage").text()
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_repeated_errors_share_one_dialog(qtbot, handler: crash.CrashHandler) -> None:
    for n in range(5):
        try:
            raise ValueError(f"error {n}")
        except ValueError as exc:
            handler.excepthook(type(exc), exc, exc.__traceback__)
    dialog = crash_dialog(qtbot, handler)
    qtbot.waitUntil(lambda: "error 4" in dialog.details)
    assert all(f"error {n}" in dialog.details for n in range(5))
    dialogs = [d for d in top_dialogs() if d.objectName() == "crashDialog" and d.isVisible()]
    assert len(dialogs) == 1
    dialog.close()


def top_dialogs() -> list[QDialog]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]


def test_log_rotates_and_stays_small(tmp_path: Path) -> None:
    path = crash.setup_logging([tmp_path])
    assert path is not None
    try:
        line = "x" * 1000
        for _ in range(2000):  # ~2 MB of warnings
            logging.getLogger("hrd_reader.test").warning(line)
    finally:
        crash.setup_logging([])
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [
        "hrd-reader.log",
        "hrd-reader.log.1",
        "hrd-reader.log.2",
        "hrd-reader.log.3",
    ]
    assert all(f.stat().st_size <= crash.LOG_BYTES for f in files)


def test_log_goes_to_the_platform_location_never_the_current_folder(
    tmp_path: Path, monkeypatch
) -> None:
    state_home = tmp_path / "state-home"
    monkeypatch.setenv("XDG_STATE_HOME", str(state_home))
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    try:
        folders = crash.log_folders()
        state = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation))
        assert state.is_relative_to(state_home)
        assert folders[0] == state
        path = crash.setup_logging()
        logging.getLogger("hrd_reader.test").warning("where does this go?")
    finally:
        crash.setup_logging([])
    assert path == state / crash.LOG_NAME
    assert "where does this go?" in path.read_text("utf-8")
    assert list(cwd.iterdir()) == []
    for folder in folders:
        assert not folder.resolve().is_relative_to(cwd.resolve())


def test_log_falls_back_when_a_folder_is_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    # Nobody, not even root, can create a folder below a regular file.
    fallback = tmp_path / "fallback"
    assert crash.setup_logging([blocker / "logs", fallback]) == fallback / crash.LOG_NAME
    assert crash.setup_logging([blocker / "logs"]) is None  # nowhere: terminal only
    crash.setup_logging([])


def test_self_test_handler_drops_only_the_offscreen_noise(capsys) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from hrd_reader.gui import qt_app

    context = QMessageLogContext()
    qt_app._without_offscreen_noise(QtMsgType.QtWarningMsg, context, qt_app.OFFSCREEN_NOISE)
    qt_app._without_offscreen_noise(QtMsgType.QtWarningMsg, context, "QPainter::begin: failed")
    assert capsys.readouterr().err == "QPainter::begin: failed\n"
