"""What a pack's problems look like: ``ContentError`` and the ``FILE:LINE: `` that starts each.

Every layer of the core reports through these, so a problem reads the same whether the
manifest, a text file or the TOML parser found it. Pure Python — never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable


class ContentError(Exception):
    """A pack could not be loaded. ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def location(file: str, line: int | None = None) -> str:
    """The ``FILE:LINE: `` (or ``FILE: ``) that starts a problem."""
    return f"{file}:{line}: " if line else f"{file}: "
