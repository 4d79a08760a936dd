"""Quick Exit from every window, Forget this computer's list and its errors, and the private
session's settings and log — in the test's own process (the exit is recorded instead of
ending pytest; tests/test_privacy.py ends the real program)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from hrd_reader.gui import crash, privacy, quick_exit
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.crash import CrashDialog
from hrd_reader.gui.links import opener
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import (
    LAST_QUESTION,
    QT_DIALOG_CREATED,
    QT_DIALOG_FOLDERS,
    THEME,
    open_settings,
)

KEY = Qt.Key.Key_X
MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def exits(window: MainWindow) -> Iterator[list[int]]:
    """Quick Exit installed as the reader installs it, recording the exit instead."""
    called: list[int] = []
    quick_exit.install(window, window.actions_by_id[ActionId.QUICK_EXIT], called.append)
    yield called
    quick_exit.uninstall()


def type_quick_exit(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget.windowHandle(), KEY, MODIFIERS)


def test_quick_exit_leaves_the_settings_file_byte_for_byte_as_it_was(
    qtbot, pack, settings_path: Path, exits: list[int]
) -> None:
    """First in this file: Quick Exit that closed the windows as Quit does (so that their
    close handlers save) fails here, on this assertion, before any dialog test."""
    earlier = open_settings(settings_path)
    earlier.set(LAST_QUESTION, pack.questions[0].id)
    assert earlier.sync()
    before = settings_path.read_bytes()
    window = MainWindow(pack, open_settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    window.step(3)  # what the window would save: another question, theme, size, zoom
    window.actions_by_id[ActionId.THEME_DARK].trigger()
    window.actions_by_id[ActionId.ZOOM_IN].trigger()
    window.resize(window.width() + 50, window.height() + 30)
    window.start_presentation()
    assert window.presentation is not None
    window.actions_by_id[ActionId.QUICK_EXIT].trigger()
    assert exits == [quick_exit.EXIT_STATUS]
    assert settings_path.read_bytes() == before, (
        "Quick Exit changed the settings file: it must hide the windows, not close them "
        "(closing runs the handlers that save the session)"
    )
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def open_dialog(window: MainWindow, which: str, monkeypatch) -> QDialog:  # type: ignore[no-untyped-def]
    if which == "about":
        window.show_about()
        return window.findChild(QDialog, "aboutDialog")
    if which == "handout":
        window.open_handout("pdf")
        return window.findChild(QDialog, "handoutDialog")
    if which == "file dialog":
        window.open_handout("pdf")
        window.findChild(QDialog, "handoutDialog").findChild(QPushButton, "handoutBrowse").click()
        return window.findChild(QFileDialog, "handoutFileDialog")
    if which == "link dialog":
        monkeypatch.setattr(opener, "_system_open", lambda url: False)
        window.open_link(QUrl(window.pack.donate.url))
        return window.findChild(QDialog, "linkDialog")
    if which == "crash dialog":
        dialog = CrashDialog("ValueError: boom", "details", window)
        dialog.open()
        return dialog
    if which == "message box":
        box = QMessageBox(QMessageBox.Icon.Warning, "t", "text", parent=window)
        box.setModal(True)
        box.open()
        return box
    raise AssertionError(which)


@pytest.mark.parametrize(
    "which",
    ["about", "handout", "file dialog", "link dialog", "crash dialog", "message box"],
)
def test_quick_exit_key_works_in_every_dialog(
    qtbot, window: MainWindow, exits: list[int], which: str, monkeypatch
) -> None:
    dialog = open_dialog(window, which, monkeypatch)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None)
    type_quick_exit(dialog)
    assert exits == [quick_exit.EXIT_STATUS]
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_quick_exit_key_works_in_reading_presentation_and_qr_windows(
    qtbot, window: MainWindow, exits: list[int]
) -> None:
    type_quick_exit(window.search.field)  # typing in the search field: still the key
    assert exits == [0]
    assert not window.isVisible()
    for start in (window.start_presentation, window.show_share):
        quick_exit.install(window, window.actions_by_id[ActionId.QUICK_EXIT], exits.append)
        window.show()
        start()
        shown = window.share if start == window.show_share else window.presentation
        assert shown is not None and shown.isVisible()
        type_quick_exit(shown)
        assert not shown.isVisible() and not window.isVisible()
    assert exits == [0, 0, 0]


def test_quick_exit_is_always_on_the_toolbar_and_saves_nothing(
    qtbot, window: MainWindow, exits: list[int], settings_path: Path
) -> None:
    action = window.actions_by_id[ActionId.QUICK_EXIT]
    assert window.toolbar.isVisible() and window.toolbar.actions()[0] is action
    assert not window.toolbar.toggleViewAction().isEnabled()  # cannot be hidden
    assert not action.icon().isNull()
    window.step(2)
    window.actions_by_id[ActionId.THEME_DARK].trigger()
    action.trigger()
    assert exits == [0]
    assert not settings_path.exists()


def test_clicker_keys_do_not_quick_exit(qtbot, window: MainWindow, exits: list[int]) -> None:
    window.start_presentation()
    room = window.presentation
    assert room is not None
    for key in (
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Right,
        Qt.Key.Key_B,
        Qt.Key.Key_Period,
        Qt.Key.Key_F5,
        Qt.Key.Key_Tab,
        Qt.Key.Key_X,
    ):
        QTest.keyClick(room.windowHandle(), key)
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert exits == []
    room.close()


def test_quick_exit_key_needs_nothing_installed_after_the_window(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The key works from the window's own action, before the first paint installs the
    dialog guard (the reader installs nothing application-wide); a modal dialog, which
    blocks the window's shortcuts, needs the guard."""
    quick_exit.uninstall()
    try:
        called: list[int] = []
        quick_exit.arm(called.append)
        qtbot.waitUntil(window.isActiveWindow)
        type_quick_exit(window.search.field)
        assert called == [quick_exit.EXIT_STATUS]
        window.show()
        quick_exit.arm(called.append)
        dialog = open_dialog(window, "about", monkeypatch)
        qtbot.waitUntil(lambda: dialog.windowHandle() is not None)
        type_quick_exit(dialog)
        assert called == [quick_exit.EXIT_STATUS]  # blocked: the guard is not installed
        quick_exit.install(window, window.actions_by_id[ActionId.QUICK_EXIT], called.append)
        type_quick_exit(dialog)
        assert called == [quick_exit.EXIT_STATUS] * 2
    finally:
        quick_exit.uninstall()


# -- private settings and log ---------------------------------------------------------------


def test_settings_are_written_only_on_sync_and_never_when_private(settings_path: Path) -> None:
    settings = open_settings(settings_path)
    settings.set(LAST_QUESTION, "challenges")
    assert not settings_path.exists()  # Quick Exit now would save nothing
    assert settings.sync() and b"challenges" in settings_path.read_bytes()
    before = settings_path.read_bytes()
    private = open_settings(settings_path, private=True)
    assert private.private and private.get(LAST_QUESTION) == "challenges"
    private.set(THEME, "dark")
    assert private.sync() and private.get(THEME) == "dark"
    assert settings_path.read_bytes() == before


def test_a_damaged_file_is_left_alone_by_a_private_session(settings_path: Path) -> None:
    settings_path.write_bytes(b"\x00\xff broken")
    settings = open_settings(settings_path, private=True)
    assert settings.get(LAST_QUESTION) == "" and settings.warnings
    assert settings_path.read_bytes() == b"\x00\xff broken"
    assert not settings_path.with_name("settings.ini.corrupt").exists()


def test_private_session_says_so_in_title_and_status_bar(qtbot, pack, settings_path) -> None:
    window = MainWindow(pack, open_settings(settings_path, private=True))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith("Private session — HRD Reader")
    assert window.private_label.isVisible() and window.private_label.text() == "Private session"


def test_private_log_stays_in_memory_and_portable_log_beside_the_program(
    tmp_path: Path, monkeypatch
) -> None:
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    try:
        private = open_settings(tmp_path / "a.ini", private=True)
        assert privacy.start_logging(private) is None
        logging.getLogger("hrd_reader.test").warning("private line")
        assert any("private line" in line for line in crash.MEMORY.lines)
        stick = tmp_path / "stick"
        stick.mkdir()
        (stick / "settings.ini").write_text("")
        monkeypatch.setattr(privacy, "executable_dir", lambda: stick)
        log = privacy.start_logging(open_settings(stick / "settings.ini"))
        assert log == stick / crash.LOG_NAME
        logging.getLogger("hrd_reader.test").warning("portable line")
        assert "portable line" in log.read_text("utf-8")
        assert not state.exists()  # nothing on the host
    finally:
        crash.setup_logging([])


# -- Forget this computer --------------------------------------------------------------------


@pytest.fixture
def qt_files(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The reader's and Qt's user settings files in a temporary folder."""
    config = tmp_path / "config"
    monkeypatch.setattr(
        privacy,
        "_paths",
        [privacy.QtPaths(config / "HRD Reader" / "hrd-reader.ini", config / "QtProject.conf")],
    )
    monkeypatch.setattr(crash, "log_folders", lambda: [tmp_path / "state"])
    yield config
    crash.setup_logging([])


def test_forget_takes_back_only_its_own_entries_of_a_shared_qt_file(
    qt_files: Path, settings_path: Path
) -> None:
    qt_files.mkdir()
    shared = qt_files / "QtProject.conf"
    shared.write_text(
        "[FileDialog]\nhistory=file:///other/app, file:///reader/folder\n"
        "lastVisited=file:///reader/folder\nviewMode=Detail\n"
    )
    settings = open_settings(settings_path)
    settings.set(QT_DIALOG_FOLDERS, "file:///reader/folder")
    settings.sync()
    traces = privacy.find_traces(settings)
    assert traces.qt_file is None and traces.qt_folders == ["file:///reader/folder"]
    assert traces.files == [settings_path]
    assert privacy.forget(traces) == []
    left = shared.read_text()
    assert "other/app" in left and "reader/folder" not in left and "viewMode" in left
    assert not settings_path.exists()


def test_forget_deletes_the_qt_file_it_created(qt_files: Path, settings_path: Path) -> None:
    qt_files.mkdir()
    (qt_files / "QtProject.conf").write_text("[FileDialog]\nhistory=file:///x\n")
    settings = open_settings(settings_path)
    settings.set(QT_DIALOG_CREATED, True)
    traces = privacy.find_traces(settings)
    assert traces.qt_file == qt_files / "QtProject.conf"
    assert str(qt_files / "QtProject.conf") in traces.describe()
    assert privacy.forget(traces) == []
    assert not (qt_files / "QtProject.conf").exists()


def test_forget_reports_what_it_cannot_remove_and_removes_the_rest(
    qtbot, qt_files: Path, tmp_path: Path, pack, monkeypatch, opened_urls
) -> None:
    logs = tmp_path / "state"
    logs.mkdir()
    for name in ("hrd-reader.log", "hrd-reader.log.2"):
        (logs / name).write_text("line")
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF")
    settings = open_settings(tmp_path / "settings.ini")
    settings.sync()
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    window.show()
    stuck = logs / "hrd-reader.log.2"
    real_unlink = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path == stuck:
            raise PermissionError(13, "Permission denied", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    window.forget_computer()
    box = window.findChild(QMessageBox, "forgetDialog")
    for path in (tmp_path / "settings.ini", logs / "hrd-reader.log", stuck):
        assert str(path) in box.text()
    assert str(pdf) not in box.text()
    box.findChild(QPushButton, "forgetConfirmButton").click()
    problems = window.findChild(QMessageBox, "forgetProblemsDialog")
    assert problems is not None and f"{stuck}: Permission denied" in problems.text()
    assert not (tmp_path / "settings.ini").exists() and not (logs / "hrd-reader.log").exists()
    assert stuck.exists() and pdf.exists()
    assert window.settings.private and window.windowTitle().endswith("Private session — HRD Reader")
    window.close()  # a private session: closing writes nothing
    assert not (tmp_path / "settings.ini").exists()
