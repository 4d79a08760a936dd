"""The program's version: pyproject.toml is the source, installed metadata the fallback.

From a source checkout (``python main.py`` or an editable install) the version is read from
the ``pyproject.toml`` beside the package — cheap, since tomllib is loaded anyway, and never
stale. An installed wheel and the frozen build (which copies the metadata in, see
build_spec/) have no pyproject.toml: there the ``Version:`` line is read from the one
``hrd_reader-*.dist-info/METADATA`` beside the package. ``importlib.metadata`` is only the
last resort: importing it and looking the distribution up cost about 60 ms of CPU at every
start of the packaged program — more than the whole pack load.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

DISTRIBUTION = "hrd-reader"
# The dist-info folder's name (wheel names write the distribution with an underscore).
DIST_INFO = "hrd_reader-*.dist-info"


def dist_info_version(folder: Path) -> str | None:
    """The version in the one ``hrd_reader-*.dist-info/METADATA`` in ``folder``, if any."""
    try:
        found = list(folder.glob(DIST_INFO))
        if len(found) != 1:
            return None  # none, or several installs: let importlib.metadata decide
        with (found[0] / "METADATA").open(encoding="utf-8") as metadata:
            for line in metadata:
                if not line.strip():
                    break  # the headers end at the first empty line
                key, _, value = line.partition(":")
                if key.strip().lower() == "version" and value.strip():
                    return value.strip()
    except OSError:
        return None
    return None


def _version() -> str:
    package_parent = Path(__file__).resolve().parents[2]
    pyproject = package_parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        pass
    installed = dist_info_version(package_parent)
    if installed:
        return installed
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


VERSION = _version()
