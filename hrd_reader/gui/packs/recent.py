"""File ▸ Open Recent: the last packs opened, kept in the ``RECENT_PACKS`` setting.

Each entry shows the pack's title and where it is; one no longer there (a USB stick not
plugged in, a file moved) is marked missing, and choosing it offers to remove it from the
list. The bundled FAQ is always offered, below the list, and never stored. The list is
written by :meth:`RecentPacks.write` alone, so a session that must leave no trace has one
place to stop it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.resources import bundled_pack_dir, is_bundled_pack
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.settings import RECENT_PACKS, Settings

log = logging.getLogger(__name__)

MAX_RECENT = 8


@dataclass(frozen=True)
class RecentPack:
    path: str
    title: str

    @property
    def exists(self) -> bool:
        return Path(self.path).exists()


def _same(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return str(a) == str(b)


class RecentPacks:
    """The stored list, newest first; a damaged value is an empty list, never an error."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def entries(self) -> list[RecentPack]:
        raw = self.settings.get(RECENT_PACKS)
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            log.warning("the recent packs list in the settings is damaged; it starts again")
            return []
        if not isinstance(items, list):
            return []
        found = []
        for item in items:
            if (
                isinstance(item, dict)
                and isinstance(item.get("path"), str)
                and isinstance(item.get("title"), str)
                and item["path"]
            ):
                found.append(RecentPack(item["path"], item["title"]))
        return found[:MAX_RECENT]

    def write(self, entries: list[RecentPack]) -> None:
        """The one place the list is set. Written with every other setting when the window
        closes — so a Quick Exit leaves no trace of the packs opened — and never in a
        private session (``Settings.sync`` writes nothing there)."""
        value = json.dumps(
            [{"path": e.path, "title": e.title} for e in entries[:MAX_RECENT]],
            ensure_ascii=False,
        )
        self.settings.set(RECENT_PACKS, value)

    def remember(self, pack: Pack) -> None:
        """``pack`` first in the list (the bundled FAQ is always offered, so never stored)."""
        if is_bundled_pack(pack.path):
            return
        path = str(Path(pack.path).absolute())
        rest = [e for e in self.entries() if not _same(e.path, path)]
        self.write([RecentPack(path, pack.title), *rest])

    def remove(self, path: str) -> None:
        self.write([e for e in self.entries() if e.path != path])

    def clear(self) -> None:
        self.write([])


class RecentMenu(QMenu):
    """The Open Recent submenu, rebuilt each time it is about to show."""

    def __init__(
        self,
        settings: Settings,
        clear_action: QAction,
        open_pack: Callable[[str], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recentMenu")
        self.recent = RecentPacks(settings)
        self.clear_action = clear_action
        self._open_pack = open_pack
        self.aboutToShow.connect(self.rebuild)
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        self.setTitle(tr("Open &Recent"))

    def rebuild(self) -> None:
        self.clear()
        entries = self.recent.entries()
        for number, entry in enumerate(entries, start=1):
            where = QDir.toNativeSeparators(entry.path)
            title = entry.title.replace("&", "&&")
            if entry.exists:
                text = tr("&{number} {title} — {location}")
            else:
                text = tr("&{number} {title} — {location} (missing)")
            action = self.addAction(
                text.format(number=number, title=title, location=where.replace("&", "&&"))
            )
            action.setObjectName(f"recentPack{number}")
            action.setData(entry.path)
            action.setToolTip(where)
            action.triggered.connect(lambda _=False, e=entry: self._chosen(e))
        if entries:
            self.addSeparator()
        bundled = self.addAction(tr("Human Rights Defenders: FAQ (built in)"))
        bundled.setObjectName("recentPackBundled")
        bundled.triggered.connect(lambda: self._open_pack(str(bundled_pack_dir())))
        self.addSeparator()
        self.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(entries))

    def remember(self, pack: Pack) -> None:
        self.recent.remember(pack)
        self.rebuild()

    def clear_list(self) -> None:
        self.recent.clear()
        self.rebuild()

    def _remove(self, path: str) -> None:
        self.recent.remove(path)
        self.rebuild()

    def _chosen(self, entry: RecentPack) -> None:
        if entry.exists:
            self._open_pack(entry.path)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Pack not found"),
            tr(
                "“{title}” is no longer at {location}. If it is on a USB stick, plug it in "
                "and choose it again; or remove it from the list."
            ).format(title=entry.title, location=QDir.toNativeSeparators(entry.path)),
            QMessageBox.StandardButton.NoButton,
            self.parentWidget(),
        )
        box.setObjectName("recentMissingDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remove = box.addButton(tr("Remove From List"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("recentRemoveButton")
        box.addButton(tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        remove.clicked.connect(lambda: self._remove(entry.path))
        box.open()
