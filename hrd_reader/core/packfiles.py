"""Where a pack's files come from: a folder on disk or the in-memory members of a ``.hrdpack``.

The manifest reader, the image loader and "Save Pack As" read a pack's files only through a
``PackFiles``, so every check applies the same way to a folder and to an archive. A file is
named by its path inside the pack (``answers/one.md``); a name that would leave the pack, a
missing file or one above the size limit is a ``PackFileError`` whose ``kind`` says which, so
each caller words the problem once for both sources. Pure Python — never imports Qt.
"""

from __future__ import annotations

import posixpath
import re
from enum import Enum
from pathlib import Path

from hrd_reader.core.problems import N_, ContentError, location, problem

MANIFEST = "pack.toml"
# A pack folder zipped into one file (core/archive.py reads and writes them).
SUFFIX = ".hrdpack"


class Problem(Enum):
    ABSOLUTE = "absolute"  # "/etc/passwd", "C:\\x"
    OUTSIDE = "outside"  # "../x", or a symlink that leaves the folder
    UNUSABLE = "unusable"  # a NUL character, a name too long for the system
    MISSING = "missing"
    NOT_REGULAR = "not a regular file"  # a pipe, device or socket
    TOO_LARGE = "too large"
    UNREADABLE = "unreadable"


class PackFileError(Exception):
    """A pack file could not be read; ``detail`` is the system's reason or the size."""

    def __init__(self, kind: Problem, detail: str = "", size: int = 0) -> None:
        super().__init__(kind.value, detail)
        self.kind = kind
        self.detail = detail
        self.size = size


def is_absolute(name: str) -> bool:
    return name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name))


class PackFiles:
    """The files of one pack. ``location`` is the folder or the ``.hrdpack`` file."""

    location: Path

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of file ``name`` (a path inside the pack); PackFileError if it cannot be."""
        raise NotImplementedError

    def members(self) -> dict[str, bytes]:
        """Every file of the pack by its name inside it, for writing the pack elsewhere."""
        raise NotImplementedError

    @property
    def is_archive(self) -> bool:
        return False


class FolderFiles(PackFiles):
    """A pack folder: files are read only if they resolve to a regular file inside it."""

    def __init__(self, root: Path) -> None:
        self.location = root
        self.root = root.resolve()

    def _target(self, name: str) -> Path:
        if is_absolute(name):
            raise PackFileError(Problem.ABSOLUTE)
        try:
            target = (self.root / name).resolve()
            inside = target.is_relative_to(self.root)
            exists = inside and target.exists()
            regular = exists and target.is_file()
        except (OSError, ValueError) as exc:
            # A NUL character (ValueError), a name too long for the system (OSError) …
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise PackFileError(Problem.UNUSABLE, reason) from exc
        if not inside:
            raise PackFileError(Problem.OUTSIDE)
        if not exists:
            raise PackFileError(Problem.MISSING)
        if not regular:
            raise PackFileError(Problem.NOT_REGULAR)
        return target

    def read(self, name: str, limit: int) -> bytes:
        target = self._target(name)
        try:
            size = target.stat().st_size
            if size > limit:
                raise PackFileError(Problem.TOO_LARGE, size=size)
            return target.read_bytes()
        except OSError as exc:
            raise PackFileError(Problem.UNREADABLE, exc.strerror or str(exc)) from exc

    def members(self) -> dict[str, bytes]:
        """Every regular file inside the folder, except hidden ones (``.git``, ``.DS_Store``):
        a symlink is followed only where it stays inside the folder."""
        found: dict[str, bytes] = {}
        try:
            for path in sorted(self.root.rglob("*")):
                relative = path.relative_to(self.root)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                name = relative.as_posix()
                try:
                    target = self._target(name)
                except PackFileError:
                    continue  # a folder, or a link leaving the pack: never carried along
                found[name] = target.read_bytes()
        except OSError as exc:
            raise ContentError(
                [
                    problem(
                        location(str(self.location)),
                        N_(
                            "cannot be read ({reason}) — check that the folder and its files "
                            "are readable"
                        ),
                        reason=exc.strerror,
                    )
                ]
            ) from exc
        return found


class MemoryFiles(PackFiles):
    """Files held in memory by name (an archive's members, already checked and unpacked)."""

    def __init__(self, location: Path, files: dict[str, bytes]) -> None:
        self.location = location
        self._files = files

    @property
    def is_archive(self) -> bool:
        return True

    def read(self, name: str, limit: int) -> bytes:
        if is_absolute(name):
            raise PackFileError(Problem.ABSOLUTE)
        if "\x00" in name:
            raise PackFileError(Problem.UNUSABLE, "a NUL character")
        normal = posixpath.normpath(name.replace("\\", "/"))
        if normal == ".." or normal.startswith("../"):
            raise PackFileError(Problem.OUTSIDE)
        data = self._files.get(normal)
        if data is None:
            raise PackFileError(Problem.MISSING)
        if len(data) > limit:
            raise PackFileError(Problem.TOO_LARGE, size=len(data))
        return data

    def members(self) -> dict[str, bytes]:
        return dict(self._files)
