"""The manifest's TOML: parsed within bounds, and the line each key stands on.

tomllib gives values, not positions, and a hostile file can make it work for minutes (a
dotted key's cost grows with the square of its length) or overflow the stack (deep
nesting). ``parse_toml`` refuses those before or while parsing and turns every failure into
one ``FILE:LINE:`` problem; ``KeyLines`` finds the lines that problems about values name.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from hrd_reader.core.problems import N_, ContentError, location, problem

# Dotted keys ("a.b.c = 1") cost tomllib time squared in their length; packs need two dots.
MAX_KEY_DOTS = 32


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """The TOML document ``text`` (of file ``name``); ContentError naming the line."""
    deep = _too_deep_key(text)
    if deep is not None:
        raise ContentError(
            [
                problem(
                    location(name, deep),
                    N_(
                        "a key or table name with more than {limit} dots — a pack manifest "
                        "needs at most two (links.donate)"
                    ),
                    limit=MAX_KEY_DOTS,
                )
            ]
        )
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        raise ContentError(
            [
                problem(
                    location(name),
                    N_(
                        "values nested too deeply (lists or tables inside each other) — a pack "
                        "manifest needs none of that; see the README's pack format"
                    ),
                )
            ]
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        message = getattr(exc, "msg", str(exc))
        if line is None:
            found = re.search(r"line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
        raise ContentError(
            [
                problem(
                    location(name, line),
                    N_(
                        "TOML syntax error: {message} — fix the syntax (strings in double "
                        "quotes, one key = value per line)"
                    ),
                    message=message,
                )
            ]
        ) from exc


def _too_deep_key(text: str) -> int | None:
    """The first line whose key or table header has more than MAX_KEY_DOTS dots."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.split("=", 1)[0].count(".") > MAX_KEY_DOTS:
            return number
    return None


class KeyLines:
    """Where each key of a TOML file stands, so problems can name a line.

    Scans the text for table headers and ``key =`` lines, which is all a pack manifest uses.
    """

    _HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(?:#.*)?$")
    _KEY = re.compile(r"\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str, int, str], int] = {}
        self._tables: dict[tuple[str, int], int] = {}
        counts: dict[str, int] = {}
        table, index = "", 0
        for number, line in enumerate(text.splitlines(), start=1):
            header = self._HEADER.match(line)
            if header:
                table = header.group(2).replace('"', "").replace("'", "").replace(" ", "")
                if header.group(1) == "[[":
                    counts[table] = counts.get(table, -1) + 1
                    index = counts[table]
                else:
                    index = 0
                self._tables.setdefault((table, index), number)
                continue
            key = self._KEY.match(line)
            if key:
                self._lines.setdefault((table, index, key.group(1).strip('"')), number)

    def of(self, table: str, key: str | None = None, index: int = 0) -> int | None:
        if key is not None and (table, index, key) in self._lines:
            return self._lines[(table, index, key)]
        return self._tables.get((table, index))
