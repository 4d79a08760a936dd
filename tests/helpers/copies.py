"""Copies of what the reader needs, for a new environment or another user: the installed
files of its run-time dependencies, and folders any user may read (hard links where possible).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def run_time_packages() -> list[Path]:
    """The installed files and folders (``.dist-info`` included) of hrd-reader's
    dependencies, and of theirs: what a new environment needs to run the reader."""
    from importlib import metadata

    from packaging.requirements import Requirement

    found: set[Path] = set()
    seen: set[str] = set()
    todo = ["hrd-reader"]
    while todo:
        dist = metadata.distribution(todo.pop())
        for line in dist.requires or []:
            requirement = Requirement(line)
            wanted = requirement.marker is None or requirement.marker.evaluate({"extra": ""})
            if wanted and requirement.name.lower() not in seen:
                seen.add(requirement.name.lower())
                todo.append(requirement.name)
        if dist.metadata["Name"] != "hrd-reader":
            for file in dist.files or []:
                if file.parts[0] != "..":  # scripts installed into bin/
                    found.add(Path(str(dist.locate_file(file.parts[0]))))
    return sorted(found)


def link_or_copy(source: str, target: str) -> None:
    """A hard link where the file is readable by anyone (cheap: no copy of Qt), else a copy
    that is."""
    if Path(source).stat().st_mode & 0o004:
        try:
            os.link(source, target)
            return
        except OSError:  # another file system
            pass
    shutil.copy2(source, target)
    Path(target).chmod(0o644)


def copy_for_anyone(items: list[Path], folder: Path) -> Path:
    """``folder`` (made here), holding a copy of each of ``items`` that any user may read
    (hard links where possible: copying Qt takes seconds, linking it a fraction of one)."""
    folder.mkdir(mode=0o755)
    for item in items:
        if item.is_dir():
            shutil.copytree(
                item,
                folder / item.name,
                symlinks=True,
                copy_function=link_or_copy,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        else:
            link_or_copy(str(item), str(folder / item.name))
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    return folder
