"""Opening another content pack at run time, and saving one: the chooser (a ``.hrdpack``
file or a pack folder), what a drop onto the window holds, the problems dialog, Save Pack
As, and macOS's FileOpen events.

Every dialog opens with ``.open()`` (never blocks); the window decides what to do with the
chosen pack. A pack that cannot be loaded leaves the current one open and shows every
problem with its file and line, selectable so it can be copied into an editor or a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.core import ContentError, Pack
from hrd_reader.core.packfiles import MANIFEST, SUFFIX
from hrd_reader.gui.i18n import problem_text, tr
from hrd_reader.gui.safety.file_dialogs import FileDialog


def is_pack_location(path: Path) -> bool:
    """A ``.hrdpack`` file or a folder with ``pack.toml``: what Open and drops accept."""
    return (path.is_file() and path.suffix.lower() == SUFFIX) or (path / MANIFEST).is_file()


class PackChooser(FileDialog):
    """Open Pack…: a ``.hrdpack`` file, or a pack folder — chosen as the folder itself, or
    as the ``pack.toml`` in it. (A system dialog picks files or folders, never both: this
    is Qt's own dialog, whose Open accepts a pack folder instead of only entering it.)"""

    packChosen = Signal(str)

    def __init__(self, parent: QWidget, start: Path) -> None:
        super().__init__(parent, tr("Open Pack — a .hrdpack file or a pack folder"))
        self.setObjectName("openPackDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setNameFilters(
            [
                tr("Content packs (*{suffix} {manifest})").format(suffix=SUFFIX, manifest=MANIFEST),
                tr("All files (*)"),
            ]
        )
        self.setDirectory(str(start))
        self.fileSelected.connect(self._file_chosen)

    def accept(self) -> None:
        chosen = self.selectedFiles()
        # A folder chosen in the list; or, nothing chosen, the pack folder the dialog is in.
        folder = Path(chosen[0]) if chosen else Path(self.directory().absolutePath())
        if folder.is_dir() and (folder / MANIFEST).is_file():
            self.packChosen.emit(str(folder))
            self.done(QDialog.DialogCode.Accepted)
            return
        super().accept()  # a file; or a plain folder, which the dialog enters

    def _file_chosen(self, name: str) -> None:
        path = Path(name)
        self.packChosen.emit(str(path.parent if path.name == MANIFEST else path))


def choose_pack(parent: QWidget, start: Path, chosen: Callable[[str], object]) -> PackChooser:
    """Ask for a pack; ``chosen(path)`` is called with the file or folder the user picks."""
    dialog = PackChooser(parent, start)
    dialog.packChosen.connect(chosen)
    dialog.open()
    return dialog


def dropped_pack(mime: QMimeData) -> Path | None:
    """The pack dragged onto the window: one local ``.hrdpack`` file or pack folder."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_pack_location(path) else None


class FileOpenEvents(QObject):
    """macOS hands a pack double-clicked in Finder to the running reader as a FileOpen
    event, not as an argument: ``opened(path)`` for each (installed on the application)."""

    opened = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.opened.emit(event.file())
            return True
        return False


def ask_save_path(parent: QWidget, pack: Pack, chosen: Callable[[str], object]) -> QFileDialog:
    """Save Pack As…: where to write ``pack`` as one file (the dialog asks before it
    replaces one)."""
    dialog = FileDialog(parent, tr("Save Pack As — one file to pass on"))
    dialog.setObjectName("savePackDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    dialog.setNameFilter(tr("Content packs (*{suffix})").format(suffix=SUFFIX))
    folder = pack.path.parent if pack.path.parent.is_dir() else Path.home()
    dialog.setDirectory(str(folder))
    dialog.selectFile(pack.id + SUFFIX)
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def save_pack_as(parent: QWidget, pack: Pack, saved: Callable[[str], object]) -> QFileDialog:
    """Save Pack As…: ask where, write ``pack`` there, and ``saved(message)`` on success."""

    def chosen(name: str) -> None:
        if write_pack_file(parent, pack, Path(name)):
            saved(
                tr("Saved “{title}” as {path} — send this one file; it opens in HRD Reader").format(
                    title=pack.title, path=name
                )
            )

    return ask_save_path(parent, pack, chosen)


def write_pack_file(parent: QWidget, pack: Pack, out: Path) -> bool:
    """Write ``pack`` to ``out`` (replacing it: the dialog asked); on failure say why and
    what to do in a dialog, and return False. Nothing half-written is ever left behind."""
    # Imported here: zipfile and the archive writer are not needed at start-up.
    from hrd_reader.core.loader import save_pack

    try:
        save_pack(pack.source_files, out, overwrite=True)
    except ContentError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Pack not saved"),
            tr("The pack could not be saved as {path}.").format(path=out),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("savePackErrorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText("\n".join(problem_text(problem) for problem in exc.details))
        box.open()
        return False
    return True


class PackErrorDialog(QDialog):
    """Every problem of a pack that could not be opened, one per line with file and line."""

    def __init__(
        self, folder: str, problems: list[str], current_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packErrorDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Pack not opened"))
        summary = QLabel(
            tr(
                "The pack in {folder} cannot be opened (problems found: {count}). "
                "“{current}” stays open. Fix the problems below and open the pack again."
            ).format(folder=folder, count=len(problems), current=current_title)
        )
        summary.setObjectName("packErrorSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        listing = QPlainTextEdit("\n".join(problems))
        listing.setObjectName("packProblems")
        listing.setReadOnly(True)
        listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        listing.setAccessibleName(tr("Problems"))
        listing.setAccessibleDescription(tr("Each problem with its file and line"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(listing, 1)
        layout.addWidget(buttons)
        self.problems = problems
        self.resize(640, 360)
