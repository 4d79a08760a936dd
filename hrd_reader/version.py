"""The program's version, read from the installed metadata (pyproject.toml is the source).

The frozen build copies the metadata in (see build_spec/), so ``--version``, the About dialog
and the installers all show the same number.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "hrd-reader"


def _version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        # Running from a checkout that was never installed: read pyproject.toml itself.
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


VERSION = _version()
