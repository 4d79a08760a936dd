"""The program's version: pyproject.toml is the source, installed metadata the fallback.

From a source checkout (``python main.py`` or an editable install) the version is read from
the ``pyproject.toml`` beside the package — cheap, since tomllib is loaded anyway, and never
stale. An installed wheel or the frozen build (which copies the metadata in, see
build_spec/) has no pyproject.toml, and reads the metadata; ``importlib.metadata`` is only
imported then, because importing it costs more start-up time than the whole pack load.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

DISTRIBUTION = "hrd-reader"


def _version() -> str:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        pass
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


VERSION = _version()
