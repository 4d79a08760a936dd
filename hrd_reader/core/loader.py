"""Loading a pack: the one entry point from a path (or the bundled FAQ) to a checked ``Pack``.

Pure Python — never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from hrd_reader.core.pack import Pack


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
