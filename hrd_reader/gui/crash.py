"""Crash safety: the log file, and a dialog instead of a dead reader.

``setup_logging`` sends every warning and error to a small rotating log file (256 KiB × 3)
in the platform's place for such files (``QStandardPaths`` state location, else the cache
location, else the temporary folder) — never the current folder, which may be a shared USB
stick. A portable copy logs beside the program, or nowhere; a private session keeps its
log in memory only (``MEMORY``) and on stderr. ``install`` makes an exception that escapes
any slot (or thread) show the crash dialog (``crash_dialog``): a short message, the path of
the log file and a "Copy details" button. The reader keeps running; the user's place is
untouched.

Start-up pays for neither the rotating file handler (``logging.handlers`` brings ``socket``
and ``pickle``) nor the dialog's widget classes: the folder is chosen at once, the file is
opened by the first record written (``_DeferredFileHandler``), and both modules are loaded
right after the first paint (``preload``), so a later crash needs no import.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from hrd_reader.core.version import VERSION

if TYPE_CHECKING:
    from hrd_reader.gui.dialogs.crash_dialog import CrashDialog

LOG_NAME = "hrd-reader.log"
LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(name)s %(levelname)s: %(message)s"

log = logging.getLogger(__name__)


class _DeferredFileHandler(logging.Handler):
    """The log file's handler: opens the rotating file when the first record reaches it."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.INFO)
        self.baseFilename = str(path)
        self.setFormatter(logging.Formatter(LOG_FORMAT))
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            try:
                handler = RotatingFileHandler(
                    self.baseFilename,
                    maxBytes=LOG_BYTES,
                    backupCount=LOG_BACKUPS,
                    encoding="utf-8",
                )
            except OSError:
                self.handleError(record)
                return
            handler.setFormatter(self.formatter)
            self._file = handler
        self._file.emit(record)  # under this handler's lock, as handle() holds it

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


_file_handler: _DeferredFileHandler | None = None
_private_session = [False]
MEMORY_LINES = 500


class MemoryLog(logging.Handler):
    """The last lines logged, kept in memory only: the private session's log."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(logging.Formatter(LOG_FORMAT))
        self.lines: deque[str] = deque(maxlen=MEMORY_LINES)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


MEMORY = MemoryLog()

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folders() -> list[Path]:
    """Where the log may go, best first (needs the application name set, as qt_app does)."""
    folders = []
    for location in (
        QStandardPaths.StandardLocation.StateLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    ):
        found = QStandardPaths.writableLocation(location)
        if found:
            folders.append(Path(found))
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    import tempfile  # only here: it brings shutil, lzma and bz2

    folders.append(Path(tempfile.gettempdir()) / f"hrd-reader-{user}")
    return folders


def log_files(folder: Path) -> list[Path]:
    """The log and its rotated copies in ``folder`` (what Forget this computer removes)."""
    names = [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, LOG_BACKUPS + 1))]
    return [folder / name for name in names]


def setup_logging(folders: list[Path] | None = None, private: bool = False) -> Path | None:
    """Log warnings and errors to a rotating file in the first folder that can take it.

    Returns the log file, or None when no folder is writable (logging then goes to stderr
    only). ``private``: no file at all, the log stays in memory. Safe to call again: the
    previous file handler is replaced (and closed, so Forget can delete its file).
    """
    global _file_handler
    root = logging.getLogger()
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if MEMORY not in root.handlers:
        root.addHandler(MEMORY)
    _private_session[0] = private
    if private:
        return None
    for folder in log_folders() if folders is None else folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # What opening the file later needs: a folder we may write in, and no folder
            # (or other non-file) in the log's place.
            if not os.access(folder, os.W_OK | os.X_OK) or (
                (folder / LOG_NAME).exists() and not (folder / LOG_NAME).is_file()
            ):
                raise PermissionError(f"cannot write in {folder}")
        except OSError as exc:
            log.debug("log folder %s not usable: %s", folder, exc)
            continue
        handler = _DeferredFileHandler(folder / LOG_NAME)
        root.addHandler(handler)
        _file_handler = handler
        return folder / LOG_NAME
    log.warning("no folder for a log file is writable; logging to the terminal only")
    return None


def log_path() -> Path | None:
    return Path(_file_handler.baseFilename) if _file_handler is not None else None


def private_log() -> bool:
    """Whether this is a private session's log: in memory only, never a file."""
    return _private_session[0]


class CrashHandler(QObject):
    """Receives uncaught exceptions from any thread and shows them in the GUI thread."""

    reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hook: Callable[..., object] = sys.excepthook
        self._previous_thread_hook: Callable[..., object] = threading.excepthook
        # Queued across threads: a worker thread's error reaches the dialog in the GUI thread.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.report((kind, error, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report((args.exc_type, args.exc_value, args.exc_traceback))

    def report(self, info: ExcInfo) -> None:
        kind, error, tb = info
        details = (
            f"HRD Reader {VERSION}, Python {sys.version.split()[0]}, {sys.platform}\n"
            + "".join(traceback.format_exception(kind, error, tb))
        )
        log.error("unexpected error\n%s", details)
        summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        self.reported.emit(summary[:300], details)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        # Over the reader's window even when no window is active (e.g. mid-start-up).
        parent = QApplication.activeWindow() or next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMainWindow) and w.isVisible()
            ),
            None,
        )
        from hrd_reader.gui.dialogs.crash_dialog import CrashDialog

        self.dialog = CrashDialog(
            summary, details, parent, log_file=log_path(), private=private_log()
        )
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None


def install(app: QCoreApplication) -> CrashHandler:
    """From now on an uncaught exception shows the crash dialog instead of ending the reader."""
    handler = CrashHandler(app)
    handler.install()
    return handler


def preload() -> None:
    """Load what writing the log and showing the dialog need, so that a crash needs no
    import (called right after the first paint)."""
    import logging.handlers  # noqa: F401

    import hrd_reader.gui.dialogs.crash_dialog  # noqa: F401


def __getattr__(name: str) -> Any:
    # ``crash.CrashDialog`` still names the dialog, loaded on first use.
    if name == "CrashDialog":
        from hrd_reader.gui.dialogs.crash_dialog import CrashDialog

        return CrashDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
