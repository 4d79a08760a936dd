"""Every persisted setting, declared once (key, type, default, choices or bounds — from
where their rule lives: themes.THEMES, zoom.STEPS, i18n.CODES), over a QSettings.

The QSettings is made by ``open_settings`` and passed in — nothing reads settings at import
time. A missing, corrupt or unwritable settings file never stops the reader: a corrupt file
is kept aside (``settings.ini.corrupt``) so nothing is lost, values of the wrong type fall
back to their defaults, and every such event becomes a warning the window shows.

Changes are kept in memory until ``sync()`` (the window syncs when it closes): a session
ended by Quick Exit saves nothing. A private session (``--private``, or ``session/private =
true`` in a portable ``settings.ini``) reads the file once and never writes anything: code
that would keep something on the computer asks ``Settings.private`` first.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from hrd_reader.core.resources import executable_dir
from hrd_reader.gui.i18n import CODES as LANGUAGE_CODES
from hrd_reader.gui.i18n import N_, tr
from hrd_reader.gui.reading.zoom import NORMAL, ZOOM_MAX, ZOOM_MIN
from hrd_reader.gui.themes import THEMES, Theme

log = logging.getLogger(__name__)

T = TypeVar("T")
ORGANIZATION = "HRD Reader"
APPLICATION = "hrd-reader"
PORTABLE_FILE = "settings.ini"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str
    choices: tuple[T, ...] = ()  # when given, the only values accepted
    bounds: tuple[int, int] | None = None  # a number's smallest and largest accepted values

    def accepts(self, value: T) -> bool:
        if self.choices and value not in self.choices:
            return False
        if self.bounds is not None:
            low, high = self.bounds
            return isinstance(value, int) and low <= value <= high
        return True


LAST_QUESTION: Setting[str] = Setting(
    "reader/lastQuestion", str, "", "id of the question shown when the reader was closed"
)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "main window size and position"
)
SPLITTER_STATE: Setting[QByteArray] = Setting(
    "window/splitter", QByteArray, QByteArray(), "sidebar width"
)
THEME: Setting[str] = Setting(
    "view/theme",
    str,
    Theme.SYSTEM.value,
    "colour theme: system (follow the desktop), light, dark or high-contrast",
    choices=tuple(theme.value for theme in THEMES),
)
ZOOM_READING: Setting[int] = Setting(
    "view/zoomReading",
    int,
    NORMAL,
    "text size of the reading window, in percent",
    bounds=(ZOOM_MIN, ZOOM_MAX),
)
ZOOM_PRESENTATION: Setting[int] = Setting(
    "view/zoomPresentation",
    int,
    NORMAL,
    "text size in presentation mode, in percent",
    bounds=(ZOOM_MIN, ZOOM_MAX),
)
ZOOM_NOTES: Setting[int] = Setting(
    "presenter/zoomNotes",
    int,
    NORMAL,
    "text size of the trainer's notes in the presenter console, in percent",
    bounds=(ZOOM_MIN, ZOOM_MAX),
)
QUESTION_FIRST: Setting[bool] = Setting(
    "presenter/questionFirst",
    bool,
    False,
    "presentation shows each question alone first; the next key reveals its answer",
)
WORKSHOP_MINUTES: Setting[int] = Setting(
    "presenter/workshopMinutes",
    int,
    0,
    "length of the workshop in minutes (0 = none): the console's timer turns amber five "
    "minutes before the end and red after it",
    bounds=(0, 24 * 60),
)
SESSION_PRIVATE: Setting[bool] = Setting(
    "session/private",
    bool,
    False,
    "true: every session with this file is private (writes nothing); for a portable USB stick",
)
# What Forget this computer needs to undo in Qt's own file-dialog settings (gui/privacy.py).
QT_DIALOG_CREATED: Setting[bool] = Setting(
    "privacy/qtDialogSettingsCreated",
    bool,
    False,
    "the reader's file dialogs created Qt's file-dialog settings (QtProject.conf)",
)
QT_DIALOG_FOLDERS: Setting[str] = Setting(
    "privacy/qtDialogFolders",
    str,
    "",
    "folders the reader's file dialogs added to Qt's file-dialog history (one per line)",
)
UI_LANGUAGE: Setting[str] = Setting(
    "ui/language",
    str,
    "",
    "interface language chosen in the Language menu (en, fr, es, ar); empty = the system's",
    choices=("", *LANGUAGE_CODES),
)

RECENT_PACKS: Setting[str] = Setting(
    "packs/recent",
    str,
    "",
    "the packs opened last (File ▸ Open Recent), newest first: a JSON list of "
    '{"path": …, "title": …}',
)
SHARE_ADDRESS: Setting[str] = Setting(
    "share/address", str, "", "this computer's address last chosen for sharing in the room"
)
# Raised when a setting changes meaning; a file from a newer reader is read with care.
FORMAT = 1
FORMAT_VERSION: Setting[int] = Setting(
    "meta/formatVersion", int, FORMAT, "settings format of the reader that last wrote the file"
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    FORMAT_VERSION,
    LAST_QUESTION,
    WINDOW_GEOMETRY,
    SPLITTER_STATE,
    THEME,
    ZOOM_READING,
    ZOOM_PRESENTATION,
    ZOOM_NOTES,
    QUESTION_FIRST,
    WORKSHOP_MINUTES,
    UI_LANGUAGE,
    RECENT_PACKS,
    SHARE_ADDRESS,
    SESSION_PRIVATE,
    QT_DIALOG_CREATED,
    QT_DIALOG_FOLDERS,
)


def _convert(value: Any, kind: type[Any]) -> Any:
    """``value`` as ``kind``, or raise ValueError. INI files give strings back for scalars."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise ValueError(value)
    if kind is int and not isinstance(value, bool):
        return int(value)
    if kind is float:
        return float(value)
    if kind is str and isinstance(value, str):
        return value
    if kind is QByteArray and isinstance(value, QByteArray | bytes):
        return QByteArray(value)
    raise ValueError(value)


class Settings:
    """Typed access to the declared settings; collects warnings instead of failing."""

    def __init__(self, qsettings: QSettings, private: bool = False) -> None:
        self._q: QSettings | None = qsettings
        self._path = qsettings.fileName()
        # Set but not yet written; in a private session, everything the session knows.
        self._pending: dict[str, Any] = {}
        self._private = private
        self.warnings: list[str] = []  # in English, as logged
        # Warnings arise before the interface language is known (it is a setting), so they
        # are kept as N_-marked templates and translated when shown: translated_warnings().
        self._templates: list[tuple[str, dict[str, str]]] = []
        self._check_readable()
        self._check_version()
        if private or self.get(SESSION_PRIVATE):
            self.make_private()

    @property
    def path(self) -> str:
        return self._path

    @property
    def private(self) -> bool:
        """True in a private session: nothing may be written to the computer."""
        return self._private

    def make_private(self) -> None:
        """From now on keep everything in memory and write nothing (also: Forget)."""
        if self._q is not None:
            self._pending = {key: self._q.value(key) for key in self._q.allKeys()} | self._pending
        # Dropped with nothing pending, the QSettings writes nothing when it is destroyed.
        self._q = None
        self._private = True

    def _warn(self, template: str, **values: object) -> None:
        texts = {key: str(value) for key, value in values.items()}
        message = template.format(**texts)
        log.warning(message)
        self.warnings.append(message)
        self._templates.append((template, texts))

    def translated_warnings(self) -> list[str]:
        """The warnings in the interface language installed now."""
        return [tr(template).format(**values) for template, values in self._templates]

    def _check_readable(self) -> None:
        assert self._q is not None
        path = Path(self._path)
        self._q.allKeys()  # makes QSettings read the file and set its status
        status = self._q.status()
        corrupt = status == QSettings.Status.FormatError
        if not corrupt and path.is_file():
            try:
                raw = path.read_bytes()
                corrupt = b"\x00" in raw or not _is_utf8(raw)
            except OSError as exc:
                self._warn(
                    N_(
                        "Settings file {path} cannot be read ({reason}); using defaults. "
                        "Check its permissions."
                    ),
                    path=path,
                    reason=exc.strerror,
                )
                return
        if corrupt and self._private:
            # A private session does not move the file aside: it would write to the disk.
            self._q = QSettings(os.devnull, QSettings.Format.IniFormat)
            self._warn(
                N_(
                    "Settings file {path} is damaged; this private session uses the defaults "
                    "and leaves the file as it is."
                ),
                path=path,
            )
        elif corrupt:
            backup = path.with_name(path.name + ".corrupt")
            try:
                os.replace(path, backup)
                moved = True
            except OSError:
                moved = False
            self._q.clear()
            if moved:
                self._warn(
                    N_(
                        "Settings file {path} was damaged and has been reset to defaults; "
                        "it was kept as {backup}."
                    ),
                    path=path,
                    backup=backup,
                )
            else:
                self._warn(
                    N_(
                        "Settings file {path} was damaged and has been reset to defaults; "
                        "it could not be moved aside."
                    ),
                    path=path,
                )
        elif status == QSettings.Status.AccessError:
            self._warn(N_("Settings file {path} cannot be read; using defaults."), path=path)

    def _check_version(self) -> None:
        """A file written by a newer reader: use what we understand, keep the rest."""
        assert self._q is not None
        raw = self._q.value(FORMAT_VERSION.key)
        try:
            found = int(raw) if raw is not None else FORMAT
        except (TypeError, ValueError):
            found = FORMAT
        self._format = max(found, FORMAT)
        if found > FORMAT:
            self._warn(
                N_(
                    "Settings file {path} was written by a newer HRD Reader; settings this "
                    "version does not understand keep their defaults."
                ),
                path=self.path,
            )
        known = {setting.key for setting in ALL_SETTINGS}
        unknown = sorted(key for key in self._q.allKeys() if key not in known)
        if unknown:
            # Not for the status bar: harmless, and kept in the file for the newer reader.
            log.warning(
                "Settings file %s has settings this version does not know (%s); they are "
                "kept but not used.",
                self.path,
                ", ".join(unknown[:10]) + (" …" if len(unknown) > 10 else ""),
            )

    def _raw(self, key: str) -> Any:
        if key in self._pending:
            return self._pending[key]
        return self._q.value(key) if self._q is not None else None

    def get(self, setting: Setting[T]) -> T:
        raw = self._raw(setting.key)
        if raw is None:
            return setting.default
        try:
            value: T = _convert(raw, setting.type)
            if not setting.accepts(value):
                raise ValueError(raw)
        except (ValueError, TypeError):
            self._warn(
                N_("Setting {key} has an unusable value {value}; using the default."),
                key=setting.key,
                value=repr(raw),
            )
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        """Remembered for this session; written by the next ``sync()`` (never, if private)."""
        self._pending[setting.key] = value

    def sync(self) -> bool:
        """Write to disk; on failure warn (read-only disk, full disk) and return False.
        A private session writes nothing and keeps its changes in memory."""
        if self._q is None:
            return True
        for key, value in self._pending.items():
            self._q.setValue(key, value)
        self._pending.clear()
        # Never lower the format a newer reader wrote: it would misread its own file.
        self._q.setValue(FORMAT_VERSION.key, self._format)
        self._q.sync()
        if self._q.status() != QSettings.Status.NoError:
            self._warn(
                N_(
                    "Settings could not be saved to {path} (is the disk read-only or "
                    "full?); this session's changes will not be remembered."
                ),
                path=self._path,
            )
            return False
        return True


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def settings_file(explicit: str | Path | None = None) -> Path:
    """Which file holds the settings: ``--settings FILE``, else a ``settings.ini`` beside the
    program (portable mode, e.g. on a USB stick), else the user's configuration folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    portable = executable_dir() / PORTABLE_FILE
    if portable.is_file():
        return portable
    user = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
    return Path(user.fileName())


def is_portable(explicit: str | Path | None = None) -> bool:
    """A portable copy: no ``--settings``, and a ``settings.ini`` beside the program."""
    return not explicit and (executable_dir() / PORTABLE_FILE).is_file()


def open_settings(explicit: str | Path | None = None, private: bool = False) -> Settings:
    path = settings_file(explicit)
    return Settings(QSettings(str(path), QSettings.Format.IniFormat), private)
