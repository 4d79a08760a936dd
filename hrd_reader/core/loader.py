"""Loading a pack: the one entry point from a path (or the bundled FAQ) to a checked ``Pack``,
and back: saving a checked pack as one ``.hrdpack`` file.

``save_pack`` lives here, not in ``archive``, because it joins the manifest reader and the
archive writer: the manifest reader opens archives, so the archive module must not import it.

Pure Python — never imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hrd_reader.core.pack import Pack

if TYPE_CHECKING:
    from hrd_reader.core.packfiles import PackFiles


def load_pack(path: str | Path) -> Pack:
    """Read and validate the pack in folder or ``.hrdpack`` file ``path``; raise
    ContentError listing all problems."""
    # Imported here: importing the core stays cheap until a pack is really read.
    from hrd_reader.core.manifest import read_pack

    return read_pack(Path(path))


def bundled_pack() -> Pack:
    """The FAQ pack that ships with the reader."""
    # Imported here so that importing the model stays free of anything frozen-build specific.
    from hrd_reader.core.resources import bundled_pack_dir

    return load_pack(bundled_pack_dir())


def save_pack(files: PackFiles, out: Path, *, overwrite: bool = False) -> tuple[Pack, int]:
    """Write the pack made of ``files`` (a folder or a loaded archive) as ``out``, after
    checking it as the reader will read it; the pack and the number of files written."""
    # Imported here: zipfile and the archive writer are not needed until a pack is saved.
    from hrd_reader.core.archive import write_archive
    from hrd_reader.core.manifest import read_files
    from hrd_reader.core.packfiles import MemoryFiles

    members = files.members()
    pack = read_files(MemoryFiles(out, members))
    write_archive(members, out, overwrite=overwrite)
    return pack, len(members)
