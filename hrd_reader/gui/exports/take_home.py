"""File ▸ Export ▸ Web Page… and Kiwix ZIM…: ask where, write the file, say what was written.

The file is written by ``hrd_reader/web`` exactly as ``export-html`` / ``export-zim`` write
it (the whole FAQ, never the trainer's notes), whole or not at all. The dialog is the
reader's watched ``FileDialog`` (``gui/safety/file_dialogs.py``) opened without blocking, like
Save Pack As…: a private session leaves no folder history behind. A file that cannot be
written is shown as a message that says why and what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.savefile import SaveError
from hrd_reader.gui.i18n import problem_text, tr
from hrd_reader.gui.safety.file_dialogs import FileDialog

if TYPE_CHECKING:
    from hrd_reader.gui.reading.window import MainWindow

STATUS_MS = 15000
# kind → (dialog object name, file suffix)
KINDS = {"html": ("exportHtmlDialog", "html"), "zim": ("exportZimDialog", "zim")}


def _texts(kind: str) -> tuple[str, str]:
    """The dialog's title and its file filter."""
    if kind == "html":
        return tr("Export a Web Page — one file for any phone"), tr("Web pages (*.html)")
    return tr("Export a ZIM File for Kiwix"), tr("ZIM files (*.zim)")


def _saved(kind: str, path: str) -> str:
    if kind == "html":
        return tr(
            "Saved {path} — pass it on by USB, Bluetooth or a message; any browser opens it"
        ).format(path=path)
    return tr("Saved {path} — open it in Kiwix (Open file, or add it to the library)").format(
        path=path
    )


def from_window(window: MainWindow, kind: str) -> QFileDialog:
    """File ▸ Export ▸ Web Page… / Kiwix ZIM… of the reading window: its pack, its status bar."""
    return ask_and_export(window, window.pack, kind, window.statusBar())


def ask_and_export(parent: QWidget, pack: Pack, kind: str, status: QStatusBar) -> QFileDialog:
    """Ask where to save ``pack`` as ``kind`` ("html" or "zim"), then write it there."""
    name, suffix = KINDS[kind]
    title, name_filter = _texts(kind)
    dialog = FileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.setNameFilter(name_filter)
    dialog.setDirectory(str(Path.home()))
    dialog.selectFile(f"{pack.id}.{suffix}")
    dialog.fileSelected.connect(lambda path: export_to(parent, pack, kind, path, status))
    dialog.open()
    return dialog


def export_to(parent: QWidget, pack: Pack, kind: str, path: str, status: QStatusBar) -> bool:
    """Write ``pack`` as ``kind`` to ``path``; say so in ``status``, or show why not."""
    from hrd_reader.web.export import export

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export(pack, Path(path), kind)
    except SaveError as exc:
        QGuiApplication.restoreOverrideCursor()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Not saved"),
            problem_text(exc.problem),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("exportErrorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False
    QGuiApplication.restoreOverrideCursor()
    status.showMessage(_saved(kind, path), STATUS_MS)
    return True
