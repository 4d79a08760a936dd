"""``.hrdpack`` one-file packs: a ZIP of a pack folder, read within limits and written
reproducibly.

Reading (:func:`open_archive`) happens in memory with the standard library's ``zipfile``:
nothing is ever extracted to disk. Before anything is unpacked, the archive's own
directory is checked against the limits below (file size, member count, each member's size
and compression ratio, the total unpacked size), and every member's name and type: a name
with ``..`` or an absolute path, a symbolic link, a duplicate, an encrypted member, a
compression method other than stored or deflated are refused. Unpacking then checks each
member's CRC. Each refusal is one ``ContentError`` line ``FILE: what is wrong — what to do``.
The unpacked members become a :class:`~hrd_reader.core.packfiles.MemoryFiles`, which the
manifest reader checks exactly as it checks a folder.

Writing (:func:`archive_bytes`, :func:`write_archive`) sorts the members and gives each
the same timestamp (1980-01-01, the earliest ZIP can store), permissions and compression,
so the same folder always gives the same bytes. Pure Python — never imports Qt.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path

from hrd_reader.core import savefile
from hrd_reader.core.pack import Pack
from hrd_reader.core.packfiles import MANIFEST, SUFFIX, MemoryFiles, PackFiles, is_absolute
from hrd_reader.core.problems import N_, ContentError, location, problem
from hrd_reader.core.textfile import read_error

# The limits (SECURITY.md lists them). A FAQ with pictures is a few MiB; these leave room
# for a large pack while keeping a hostile file from filling memory or freezing the reader.
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # all members unpacked
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 20_000  # two files per question at most MAX_QUESTIONS questions
MAX_RATIO = 100  # unpacked / packed size; text packs at 3-5, a zip bomb at 1000
RATIO_FREE_BYTES = 1024 * 1024  # smaller members cannot hurt, whatever their ratio
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024  # the archive's list of members
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644  # a regular file, rw-r--r--
# Added by macOS's "Compress": resource forks and folder settings, never pack content.
IGNORED_PREFIXES = ("__MACOSX/",)
IGNORED_NAMES = (".DS_Store", "Thumbs.db")

_END_RECORD = b"PK\x05\x06"


def is_archive_path(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


def _refuse(path: Path, template: str, **values: object) -> ContentError:
    """The one problem ``FILE: what is wrong — what to do`` of archive ``path``."""
    return ContentError([problem(location(str(path)), template, **values)])


def open_archive(path: Path) -> MemoryFiles:
    """The members of the ``.hrdpack`` at ``path``, checked and unpacked in memory."""
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise _refuse(
                path,
                N_(
                    "{size} MiB is larger than a pack file may be ({limit} MiB) — "
                    "split the pack or make its pictures smaller"
                ),
                size=size // 1_048_576,
                limit=MAX_ARCHIVE_BYTES // 1_048_576,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise read_error(str(path), exc.strerror) from exc
    return read_archive(data, path)


def read_archive(data: bytes, path: Path) -> MemoryFiles:
    """The members of archive ``data`` (named ``path`` in messages), checked and unpacked."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise _refuse(path, N_("is larger than a pack file may be — split the pack"))
    _check_directory_size(data, path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_count(len(infos), path)
            wanted = _check_members(infos, path)
            files = {name: _unpack(archive, info, name, path) for name, info in wanted.items()}
    except ContentError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error) as exc:
        raise _damaged(data, path, exc) from exc
    except (NotImplementedError, RuntimeError, UnicodeError, LookupError) as exc:
        raise _refuse(
            path,
            N_(
                "cannot be unpacked ({reason}) — "
                "ask whoever sent it to make it again with 'hrd-reader pack'"
            ),
            reason=exc,
        ) from exc
    return MemoryFiles(path, _strip_top_folder(files, path))


def _damaged(data: bytes, path: Path, exc: Exception) -> ContentError:
    if not data.startswith(b"PK"):
        return _refuse(
            path,
            N_(
                "is not a pack file (not a ZIP archive) — open a .hrdpack made with "
                "'hrd-reader pack', or the folder that holds pack.toml"
            ),
        )
    if "CRC" in str(exc):
        return _refuse(path, N_("is damaged (a file in it fails its checksum) — copy it again"))
    return _refuse(
        path,
        N_("is damaged or incomplete (cut short while copying?) — copy or download it again"),
    )


def _check_directory_size(data: bytes, path: Path) -> None:
    """Before zipfile reads the member list: a list far too long (hundreds of thousands of
    members) would fill memory while being read, so its size is checked first."""
    end = data.rfind(_END_RECORD, max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return  # not a ZIP, or cut short: zipfile says which
    entries, directory_size = struct.unpack_from("<HI", data, end + 10)
    _check_count(entries, path)
    if directory_size > MAX_DIRECTORY_BYTES:
        raise _refuse(
            path,
            N_(
                "lists far more files than a pack has — "
                "ask whoever sent it to make it again with 'hrd-reader pack'"
            ),
        )


def _check_count(count: int, path: Path) -> None:
    if count > MAX_MEMBERS:
        raise _refuse(
            path,
            N_("holds {count} files; a pack file may hold at most {limit} — split the pack"),
            count=count,
            limit=MAX_MEMBERS,
        )


def _check_members(infos: list[zipfile.ZipInfo], path: Path) -> dict[str, zipfile.ZipInfo]:
    """The members to unpack by name; every refusal is raised here, before any unpacking."""
    wanted: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        shown = repr(name[:80])
        if "\x00" in name or "\\" in name:
            raise _refuse(
                path,
                N_(
                    "holds a file with an unusable name {name} — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        if is_absolute(name):
            raise _refuse(
                path,
                N_(
                    "holds a file with an absolute path {name}, which is not safe — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        if ".." in name.split("/"):
            raise _refuse(
                path,
                N_(
                    "holds a file {name} that points outside the pack (not safe) — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            if kind == stat.S_IFLNK:
                raise _refuse(
                    path,
                    N_(
                        "holds a symbolic link {name}; it is not safe — "
                        "ask whoever sent it to make it again with 'hrd-reader pack'"
                    ),
                    name=shown,
                )
            raise _refuse(
                path,
                N_(
                    "holds a special file {name}; it is not safe — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        if info.flag_bits & 0x1:
            raise _refuse(
                path,
                N_("holds an encrypted file {name} — make it again without a password"),
                name=shown,
            )
        if info.is_dir() or name.startswith(IGNORED_PREFIXES):
            continue
        if name.rsplit("/", 1)[-1] in IGNORED_NAMES:
            continue
        if name in wanted:
            raise _refuse(
                path,
                N_(
                    "holds two files named {name} — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(
                path,
                N_(
                    "uses a compression method the reader does not read ({name}) — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FREE_BYTES and ratio > MAX_RATIO:
            raise _refuse(
                path,
                N_(
                    "holds a file {name} that unpacks to {ratio:.0f} times its size "
                    "(a zip bomb?); it is not safe — "
                    "ask whoever sent it to make it again with 'hrd-reader pack'"
                ),
                name=shown,
                ratio=ratio,
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(
                path,
                N_(
                    "holds a file {name} of {size} MiB unpacked; the limit is {limit} MiB — "
                    "make its pictures smaller or split it"
                ),
                name=shown,
                size=info.file_size // 1_048_576,
                limit=MAX_MEMBER_BYTES // 1_048_576,
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(
                path,
                N_("unpacks to more than {limit} MiB, more than a pack may hold — split the pack"),
                limit=MAX_TOTAL_BYTES // 1_048_576,
            )
        wanted[name] = info
    return wanted


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, path: Path) -> bytes:
    # zipfile never unpacks more than the size the directory declares (checked above), and
    # checks the CRC once all of it is read.
    with archive.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) != info.file_size:
        raise _refuse(
            path, N_("is damaged ({name} is not the size it says) — copy it again"), name=repr(name)
        )
    return data


def _strip_top_folder(files: dict[str, bytes], path: Path) -> dict[str, bytes]:
    """``pack.toml`` at the root, or every file in one top folder that holds it."""
    if MANIFEST in files:
        return files
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1:
        top = next(iter(tops)) + "/"
        if top + MANIFEST in files:
            return {name.removeprefix(top): data for name, data in files.items()}
    raise _refuse(
        path,
        N_(
            "holds no {manifest} (at its root or in one top folder), so it is not a pack — "
            "zip the folder that holds pack.toml, or use 'hrd-reader pack'"
        ),
        manifest=MANIFEST,
    )


# -- writing --------------------------------------------------------------------------


def archive_bytes(members: Mapping[str, bytes]) -> bytes:
    """A ``.hrdpack`` of ``members`` (name inside the pack → bytes): the same members always
    give the same bytes — sorted, with one timestamp, one mode and one compression level."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.create_system = 3  # Unix, on every system: the mode below means the same
            info.external_attr = FILE_MODE << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name], compresslevel=9)
    return buffer.getvalue()


def write_archive(members: Mapping[str, bytes], out: Path, *, overwrite: bool = False) -> None:
    """Write ``members`` as a ``.hrdpack`` to ``out``, checked first by reading it back.

    Written to a temporary file beside ``out`` and renamed over it, so an interrupted write
    (a full disk, a pulled USB stick) never leaves half a file or destroys an existing one.
    """
    data = archive_bytes(members)
    read_archive(data, out)  # what cannot be read back (too large …) is never written
    if out.exists() and not overwrite:
        raise _refuse(
            out, N_("already exists — choose another name, or give --overwrite to replace it")
        )
    try:
        with savefile.beside(out) as partial, partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        raise _refuse(
            out,
            N_("cannot be written ({reason}) — choose a folder you can write to, with free space"),
            reason=exc.strerror,
        ) from exc


def save_pack(files: PackFiles, out: Path, *, overwrite: bool = False) -> tuple[Pack, int]:
    """Write the pack made of ``files`` (a folder or a loaded archive) as ``out``, after
    checking it as the reader will read it; the pack and the number of files written."""
    from hrd_reader.core.manifest import read_files

    members = files.members()
    pack = read_files(MemoryFiles(out, members))
    write_archive(members, out, overwrite=overwrite)
    return pack, len(members)
