"""Packs that travel, in the window: opening a .hrdpack (dialog, drop, images from memory),
Open Recent across sessions, Save Pack As, and packs without Donate or Sign Up."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hrd_reader.core import bundled_pack, load_pack
from hrd_reader.core.archive import archive_bytes
from hrd_reader.core.resources import bundled_pack_dir
from hrd_reader.gui.packs.open_pack import PackChooser
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import RECENT_PACKS, open_settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.processes import run_cli
from tests.helpers.qt import wait_exposed

NO_LINKS = MINIMAL_MANIFEST.split("[links.donate]")[0] + (
    "[[questions]]" + MINIMAL_MANIFEST.split("[[questions]]", 1)[1]
)


def png(color: str = "red") -> bytes:
    image = QImage(5, 3, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def mini_archive(tmp_path: Path, name: str = "mini.hrdpack") -> Path:
    path = tmp_path / name
    path.write_bytes(
        archive_bytes(
            {
                "pack.toml": MINIMAL_MANIFEST.encode(),
                "answers/one.md": b"Uno. ![map](images/map.png)",
                "answers/two.md": b"Dos.",
                "images/map.png": png(),
            }
        )
    )
    return path


def new_window(qtbot, settings_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(bundled_pack(), open_settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    wait_exposed(qtbot, win)
    return win


def test_a_pack_file_opens_with_its_images_from_memory(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = mini_archive(tmp_path)
    assert window.open_pack(path)
    assert window.pack.id == "mini" and window.pack.path == path
    assert "Uno." in window.answer_view.toPlainText()
    kind = QTextDocument.ResourceType.ImageResource.value
    image = window.answer_view.loadResource(kind, QUrl("images/map.png"))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (5, 3)
    refused = window.answer_view.loadResource(kind, QUrl("../mini.hrdpack"))
    assert isinstance(refused, QImage) and refused.width() == 1
    # Nothing unpacked beside it, and no settings written while the window is open.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.hrdpack"]


def test_open_dialog_takes_a_pack_file_or_a_pack_folder(
    qtbot, window: MainWindow, tmp_path: Path, make_pack: PackWriter
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PackChooser, "openPackDialog")
    assert dialog is not None
    wait_exposed(qtbot, dialog)
    folder = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    dialog.setDirectory(str(folder))  # the user went into the pack folder and clicked Open
    with qtbot.waitSignal(window.packChanged):
        dialog.accept()
    assert window.pack.path == folder
    path = mini_archive(tmp_path)
    chooser = PackChooser(window, tmp_path)
    qtbot.addWidget(chooser)
    chosen: list[str] = []
    chooser.packChosen.connect(chosen.append)
    chooser.fileSelected.emit(str(path))
    chooser.fileSelected.emit(str(folder / "pack.toml"))
    chooser.selectFile(str(folder))  # a pack folder chosen in the list is opened, not entered
    chooser.accept()
    assert chosen == [str(path), str(folder), str(folder)]


def test_dropping_a_pack_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = mini_archive(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)  # as a real drag does: enter, then drop
    assert enter.isAccepted()
    with qtbot.waitSignal(window.packChanged):
        QApplication.sendEvent(window, drop)
    assert window.pack.path == path
    text = QMimeData()
    text.setText("not a pack")
    other = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, other)
    assert window.pack.path == path


def test_a_pack_opened_in_one_session_is_offered_in_the_next(
    qtbot, tmp_path: Path, settings_path: Path, make_pack: PackWriter
) -> None:
    first = new_window(qtbot, settings_path)
    path = mini_archive(tmp_path)
    folder = make_pack(
        MINIMAL_MANIFEST.replace("Mini pack", "Folder pack"),
        {"answers/one.md": "Uno.", "answers/two.md": "Dos."},
    )
    assert first.open_pack(path) and first.open_pack(folder)
    # Nothing is on disk before the window closes: a Quick Exit would leave no trace.
    assert not settings_path.exists() or "mini.hrdpack" not in settings_path.read_text("utf-8")
    first.close()

    second = new_window(qtbot, settings_path)
    menu = second.recent
    menu.rebuild()
    texts = [a.text() for a in menu.actions() if a.objectName().startswith("recentPack")]
    assert texts[0].startswith("&1 Folder pack — ") and str(folder) in texts[0]
    assert texts[1].startswith("&2 Mini pack — ") and texts[1].endswith("mini.hrdpack")
    assert texts[-1] == "Human Rights Defenders: FAQ (built in)"
    with qtbot.waitSignal(second.packChanged):
        menu.findChild(object, "recentPack2").trigger()
    assert second.pack.path == path

    # A pack no longer there is shown as missing and can be removed.
    path.unlink()
    menu.rebuild()
    missing = menu.findChild(object, "recentPack1")
    assert missing.text().endswith("(missing)")
    missing.trigger()
    box = second.findChild(QMessageBox, "recentMissingDialog")
    assert box is not None
    box.findChild(object, "recentRemoveButton").click()
    assert [e.path for e in menu.recent.entries()] == [str(folder)]
    second.actions_by_id["actionClearRecent"].trigger()
    assert menu.recent.entries() == []
    assert menu.findChild(object, "recentPackBundled") is not None


def test_open_recent_in_a_private_session_leaves_the_settings_file_as_it_was(
    qtbot, tmp_path: Path
) -> None:
    # An ordinary session first: a settings file with a pack in its list.
    config = tmp_path / "config"
    config.mkdir()
    settings_path = config / "settings.ini"
    earlier = new_window(qtbot, settings_path)
    assert earlier.open_pack(mini_archive(tmp_path, "earlier.hrdpack"))
    earlier.close()
    before = settings_path.read_bytes()
    assert b"earlier.hrdpack" in before
    files_before = sorted(config.iterdir())

    # A private session over it: a pack file opened, the list cleared, opened again from
    # Open Recent — the session's own list, kept in memory only.
    window = MainWindow(bundled_pack(), open_settings(settings_path, private=True))
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    secret = mini_archive(tmp_path, "secret.hrdpack")
    assert window.open_pack(secret)
    window.actions_by_id["actionClearRecent"].trigger()
    assert window.recent.recent.entries() == []
    assert window.open_pack(secret) and window.open_pack(bundled_pack_dir())
    window.recent.rebuild()
    chosen = window.recent.findChild(object, "recentPack1")
    assert chosen is not None and chosen.data() == str(secret)
    with qtbot.waitSignal(window.packChanged):
        chosen.trigger()
    assert window.pack.path == secret
    assert settings_path.read_bytes() == before, "the private session wrote the settings file"
    window.close()
    assert settings_path.read_bytes() == before, "closing a private session wrote the file"
    assert sorted(config.iterdir()) == files_before


def test_the_bundled_pack_is_never_stored(qtbot, settings_path: Path) -> None:
    win = new_window(qtbot, settings_path)
    win.open_pack(bundled_pack_dir())
    assert win.settings.get(RECENT_PACKS) in ("", "[]")


def test_save_pack_as_writes_a_pack_file_that_loads_the_same(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.actions_by_id["actionSavePack"].trigger()
    dialog = window.findChild(QFileDialog, "savePackDialog")
    assert dialog is not None and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    out = tmp_path / "faq.hrdpack"
    dialog.fileSelected.emit(str(out))
    dialog.close()
    assert load_pack(out).questions == window.pack.questions
    assert "faq.hrdpack" in window.statusBar().currentMessage()
    # And again from the loaded archive, to pass it on further.
    assert window.open_pack(out)
    again = tmp_path / "again.hrdpack"
    window.save_pack_as()
    window.findChild(QFileDialog, "savePackDialog").fileSelected.emit(str(again))
    assert again.read_bytes() == out.read_bytes()


def test_save_pack_as_where_it_cannot_be_written_says_what_to_do(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    # A "folder" that is a file: as unwritable as a read-only stick, even for root.
    blocker = tmp_path / "stick"
    blocker.write_bytes(b"")
    window.save_pack_as()
    window.findChild(QFileDialog, "savePackDialog").fileSelected.emit(str(blocker / "faq.hrdpack"))
    box = window.findChild(QMessageBox, "savePackErrorDialog")
    assert box is not None
    wait_exposed(qtbot, box)
    assert "choose a folder you can write to" in box.informativeText()
    # Nothing written beside the blocker (settings are written only when the window closes).
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini") == ["stick"]
    box.close()


def test_a_pack_without_links_has_no_buttons_no_bar_and_no_qr(
    qtbot, window: MainWindow, make_pack: PackWriter, tmp_path: Path
) -> None:
    folder = make_pack(NO_LINKS, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    checked = run_cli("validate", str(folder))
    assert checked.returncode == 0, checked.stdout
    assert window.open_pack(folder)
    assert window.pack.donate is None and window.pack.signup is None
    assert not window.call_to_action.isVisible()
    assert not window.call_to_action.donate_button.isVisible()
    assert not window.actions_by_id["actionDonate"].isVisible()
    assert not window.actions_by_id["actionShowQr"].isEnabled()
    window.show_share()
    assert window.share is None
    pdf = tmp_path / "handout.pdf"
    exported = run_cli("export-pdf", str(pdf), "--content", str(folder))
    assert exported.returncode == 0, exported.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Uno." in text and "example.org/give" not in text


def test_a_pack_with_only_a_donate_link_shows_only_that(
    qtbot, window: MainWindow, make_pack: PackWriter
) -> None:
    manifest = MINIMAL_MANIFEST.replace(
        '[links.signup]\nlabel = "Join"\nurl = "https://example.org/join"\n', ""
    )
    folder = make_pack(manifest, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    assert window.open_pack(folder)
    bar = window.call_to_action
    assert bar.isVisible() and bar.donate_button.isVisible()
    assert not bar.signup_button.isVisible()
    window.show_share()
    assert window.share is not None and len(window.share.panels) == 1
    window.share.close()


def test_zip_of_a_folder_made_by_a_desktop_opens(tmp_path: Path, make_pack: PackWriter) -> None:
    folder = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for file in sorted(folder.rglob("*")):
            archive.write(file, f"My Pack/{file.relative_to(folder)}")
    path = tmp_path / "My Pack.hrdpack"
    path.write_bytes(buffer.getvalue())
    assert load_pack(path).id == "mini"


def test_a_pack_handed_over_by_the_system_opens(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QFileOpenEvent

    from hrd_reader.gui.packs.open_pack import FileOpenEvents

    path = mini_archive(tmp_path)
    finder = FileOpenEvents(window)
    QApplication.instance().installEventFilter(finder)
    finder.opened.connect(window.open_pack)
    try:
        with qtbot.waitSignal(window.packChanged):
            QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    finally:
        QApplication.instance().removeEventFilter(finder)
    assert window.pack.path == path
