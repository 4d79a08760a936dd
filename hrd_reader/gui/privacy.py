"""What the reader keeps on this computer, and how it keeps nothing: the files Forget this
computer removes, removing them, and Qt's own file-dialog settings.

Qt's file dialog (native or not) writes its folder history to ``QtProject.conf`` (the registry
on Windows) when it is destroyed. Every file dialog the reader opens is a
``safety.file_dialogs.FileDialog``, which asks :func:`watch_file_dialog` to note Qt's
settings first: once the dialog is gone, what the reader added there is recorded (so Forget
can take back only that), and in a private session what was there before is put back.
(No application-wide event filter: it would call into Python for every event of every
object, for the whole session.)
On Unix-like systems a private session goes further: Qt's user settings folder is pointed
at a path that cannot exist (:func:`redirect_qt_settings`), so nothing is written at all;
a portable copy points it beside the program.

Packs, PDFs and anything else the user saved are never in the list.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QUrl

from hrd_reader.core.resources import executable_dir
from hrd_reader.gui import crash
from hrd_reader.gui.settings import (
    APPLICATION,
    ORGANIZATION,
    PORTABLE_FILE,
    QT_DIALOG_CREATED,
    QT_DIALOG_FOLDERS,
    Settings,
)

log = logging.getLogger(__name__)

QT_ORGANIZATION = "QtProject"
QT_GROUP = "FileDialog"
# Where nothing can be created: a private session's Qt settings go here, and are lost.
NOWHERE = os.path.join(os.devnull, "hrd-reader-private")
# File-based user settings (Linux, BSD); elsewhere QSettings' native format is not a file.
FILE_BASED = sys.platform not in ("win32", "darwin")


@dataclass
class QtPaths:
    """Qt's user settings files, as they were before any redirect (Forget needs them)."""

    reader: Path  # the default place of the reader's own settings
    qt_dialogs: Path | None  # QtProject.conf, where it is a file


_paths: list[QtPaths] = []


def qt_paths() -> QtPaths:
    """Taken once, on first use — before :func:`redirect_qt_settings` can change them."""
    if not _paths:
        fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
        reader = Path(QSettings(fmt, scope, ORGANIZATION, APPLICATION).fileName())
        native = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION).fileName()
        _paths.append(QtPaths(reader, Path(native) if FILE_BASED else None))
    return _paths[0]


def redirect_qt_settings(folder: str) -> None:
    """Qt's own user-scope settings (its file dialog's history) go to ``folder`` from now on.
    ``NOWHERE`` for a private session; the program's folder for a portable copy."""
    qt_paths()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def qt_dialog_settings() -> QSettings:
    """Qt's real file-dialog settings on this computer, whatever redirect is in force."""
    where = qt_paths().qt_dialogs
    if where is not None:
        return QSettings(str(where), QSettings.Format.IniFormat)
    return QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)


def _snapshot() -> dict[str, Any]:
    qt = qt_dialog_settings()
    return {key: qt.value(key) for key in qt.allKeys()}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


_watching: list[Settings] = []  # the session's settings, once install() has run


def watch_file_dialog(dialog: QObject) -> None:
    """Note Qt's file-dialog settings now; once ``dialog`` is gone (Qt writes them in its
    destructor), note what the reader added — or, in a private session, undo it."""
    if not _watching:
        return  # no session (a test's bare window): nothing is kept or undone
    settings = _watching[0]
    before = _snapshot()
    dialog.destroyed.connect(lambda: dialog_gone(settings, before))


def dialog_gone(settings: Settings, before: dict[str, Any]) -> None:
    """Qt has written its settings (in the dialog's destructor)."""
    qt = qt_dialog_settings()
    after = {key: qt.value(key) for key in qt.allKeys()}
    if after == before:
        return
    if settings.private:
        for key in after.keys() - before.keys():
            qt.remove(key)
        for key, value in before.items():
            qt.setValue(key, value)
        qt.sync()
        if not before and qt_paths().qt_dialogs is not None:
            _remove_file(qt_paths().qt_dialogs)
        return
    if not before:
        settings.set(QT_DIALOG_CREATED, True)
    history = f"{QT_GROUP}/history"
    added = set(_as_list(after.get(history))) - set(_as_list(before.get(history)))
    known = set(filter(None, settings.get(QT_DIALOG_FOLDERS).split("\n")))
    settings.set(QT_DIALOG_FOLDERS, "\n".join(sorted(known | added)))


def _remove_file(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc.strerror)


def portable_folder(settings: Settings) -> Path | None:
    """The program's folder when ``settings`` is a portable copy's ``settings.ini``."""
    folder = executable_dir()
    return folder if Path(settings.path).resolve() == (folder / PORTABLE_FILE).resolve() else None


def start_logging(settings: Settings) -> Path | None:
    """The log for this session: in memory when private; beside the program for a portable
    copy (or nowhere, if that folder is read-only) — never the host's profile folders."""
    portable = portable_folder(settings)
    return crash.setup_logging([portable] if portable else None, private=settings.private)


def install(settings: Settings) -> None:
    """Watch the reader's file dialogs; in a private session or a portable copy, keep Qt's
    settings off this computer's profile."""
    portable = portable_folder(settings)
    if settings.private:
        redirect_qt_settings(NOWHERE)
    elif portable is not None:
        redirect_qt_settings(str(portable))
    _watching[:] = [settings]


# -- Forget this computer ------------------------------------------------------------------


@dataclass
class Traces:
    """Everything the reader kept on this computer: files to delete, and entries in Qt's
    file-dialog settings to take back."""

    files: list[Path] = field(default_factory=list)
    qt_file: Path | None = None  # QtProject.conf, when the reader created it
    qt_folders: list[str] = field(default_factory=list)  # history entries the reader added

    def describe(self) -> list[str]:
        """One line per thing that will go, with its real path."""
        lines = [str(path) for path in self.files]
        if self.qt_file is not None:
            lines.append(str(self.qt_file))
        lines += [f"{QT_GROUP}: {QUrl(url).toLocalFile() or url}" for url in self.qt_folders]
        return lines


def _settings_family(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + ".corrupt"), path.with_name(path.name + ".lock")]


def find_traces(settings: Settings) -> Traces:
    """What the reader has kept on this computer now. A portable copy's own ``settings.ini``
    and log are the stick's, not the computer's, and stay."""
    candidates = _settings_family(qt_paths().reader)
    current = Path(settings.path)
    if portable_folder(settings) is None:
        candidates += _settings_family(current)
    for folder in crash.log_folders():
        candidates += crash.log_files(folder)
    seen: set[Path] = set()
    files = []
    for path in candidates:
        if path not in seen and path.is_file():
            seen.add(path)
            files.append(path)
    traces = Traces(files)
    qt_file = qt_paths().qt_dialogs
    if settings.get(QT_DIALOG_CREATED):
        traces.qt_file = qt_file if qt_file is not None and qt_file.is_file() else None
    if traces.qt_file is None:
        history = set(_as_list(qt_dialog_settings().value(f"{QT_GROUP}/history")))
        ours = filter(None, settings.get(QT_DIALOG_FOLDERS).split("\n"))
        traces.qt_folders = sorted(url for url in ours if url in history)
    return traces


def forget(traces: Traces) -> list[str]:
    """Delete what ``traces`` lists; the problems, one per line ("path: reason"). Each file
    is tried even when another fails. Empty folders the reader made are removed too."""
    problems: list[str] = []
    crash.setup_logging(private=True)  # closes the log file first (Windows cannot delete it)
    folders: set[Path] = set()
    for path in [*traces.files, *([traces.qt_file] if traces.qt_file else [])]:
        try:
            path.unlink(missing_ok=True)
            folders.add(path.parent)
        except OSError as exc:
            problems.append(f"{path}: {exc.strerror or exc}")
    if traces.qt_folders:
        qt = qt_dialog_settings()
        key = f"{QT_GROUP}/history"
        kept = [u for u in _as_list(qt.value(key)) if u not in traces.qt_folders]
        qt.setValue(key, kept)
        if str(qt.value(f"{QT_GROUP}/lastVisited")) in traces.qt_folders:
            qt.remove(f"{QT_GROUP}/lastVisited")
        qt.sync()
        if qt.status() != QSettings.Status.NoError:
            problems.append(f"{qt.fileName()}: {QT_GROUP} could not be changed")
    for folder in folders:
        _remove_empty(folder)
    return problems


def _remove_empty(folder: Path) -> None:
    """The folder and its parents, as long as they are empty and the reader's own."""
    names = {ORGANIZATION, APPLICATION, f"hrd-reader-{os.environ.get('USER', 'user')}"}
    while folder.name in names:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
