"""The one place that knows where bundled files are: from source, installed, or frozen.

Nothing else builds paths to resources. The files live in the repository's top-level
``resources`` folder, and are found

* in a PyInstaller build: unpacked next to the program, ``sys._MEIPASS/resources``;
* in an installed wheel (``pip install .``, ``pipx``): inside the package, as
  ``hrd_reader/resources`` (pyproject.toml maps the folder there);
* from a source checkout or an editable install: the ``resources`` folder beside the
  ``hrd_reader`` package.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLED_PACK = "hrd-faq"
_PACKAGE = Path(__file__).resolve().parents[1]


def is_frozen() -> bool:
    """Whether this is a PyInstaller build rather than Python running the sources."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    installed = _PACKAGE / "resources"
    # A checkout has no hrd_reader/resources (an editable install maps the package to the
    # top-level folder without copying it), so the check cannot pick the wrong one.
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("icons", "hrd-reader.svg")``."""
    return resources_dir().joinpath(*parts)


def bundled_pack_dir() -> Path:
    return resource_path("packs", BUNDLED_PACK)


def is_bundled_pack(path: str | Path) -> bool:
    """Whether ``path`` is the FAQ that ships with the reader."""
    try:
        return Path(path).resolve() == bundled_pack_dir().resolve()
    except (OSError, ValueError):
        return False


def executable_dir() -> Path:
    """The folder of the program the user started (for portable settings beside it)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return _PACKAGE.parent
