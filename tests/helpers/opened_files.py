"""Which files this process opens, seen through an audit hook (the proof that loading a
hostile pack reads nothing outside it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.helpers.paths import ROOT


class FileOpenRecorder:
    """Every file Python opens while ``recording`` is true (via an audit hook, which cannot
    be removed — so it is installed once and switched on and off)."""

    def __init__(self) -> None:
        self.recording = False
        self.paths: list[Path] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.recording and event == "open" and isinstance(args[0], str | bytes | Path):
            raw = args[0]
            self.paths.append(Path(os.fsdecode(raw) if isinstance(raw, bytes) else raw))

    def outside(self, root: Path) -> list[Path]:
        """Files opened that are not inside ``root`` (Python's own modules excepted)."""
        real = root.resolve()
        ignored = [Path(p).resolve() for p in (sys.prefix, sys.base_prefix, ROOT / "hrd_reader")]
        found = []
        for path in self.paths:
            resolved = path.resolve()
            if resolved.is_relative_to(real) or any(resolved.is_relative_to(i) for i in ignored):
                continue
            found.append(path)
        return found
