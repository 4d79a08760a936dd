"""The one place that knows where bundled files are: from source, installed, or frozen.

Nothing else builds paths to resources. In a PyInstaller build the ``resources`` folder is
unpacked next to the program (``sys._MEIPASS``); from a source checkout or an editable
install it is the ``resources`` folder beside the ``hrd_reader`` package.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLED_PACK = "hrd-faq"


def is_frozen() -> bool:
    """Whether this is a PyInstaller build rather than Python running the sources."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("icons", "hrd-reader.svg")``."""
    return resources_dir().joinpath(*parts)


def bundled_pack_dir() -> Path:
    return resource_path("packs", BUNDLED_PACK)


def executable_dir() -> Path:
    """The folder of the program the user started (for portable settings beside it)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]
