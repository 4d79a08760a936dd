"""What the command line and the reader's start-up share: the program's name, its exit
statuses, the one-line usage error, and turning a pack or question named on the command line
into a pack or a row — or into that one line.

Both :mod:`hrd_reader.cli` (the subcommands) and :mod:`hrd_reader.app` (the reader) use it,
so a bad ``--content`` or ``--question`` reads the same whichever of them meets it.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from hrd_reader.core import ContentError, Pack, bundled_pack, load_pack

PROGRAM = "hrd-reader"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
# How many ids an unknown --question lists: enough to spot a typo, short enough for a line.
SHOWN_IDS = 10


class UsageError(Exception):
    """Bad arguments or a bad pack: reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """argparse whose errors are the one-line UsageError (every subcommand's parser)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {PROGRAM} --help)")


def load_content(content: str | None) -> Pack:
    """The pack at ``content``, or the bundled one; a bad pack is a one-line UsageError."""
    try:
        return load_pack(content) if content else bundled_pack()
    except ContentError as exc:
        where = content or "the bundled pack"
        count = len(exc.problems)
        first = exc.problems[0] if exc.problems else "unknown problem"
        first = first.removeprefix(f"{where}: ")  # "cannot open X: X: …" says X once
        more = (
            f" (and {count - 1} more; run '{PROGRAM} validate {where}' to list them)"
            if count > 1
            else ""
        )
        raise UsageError(f"cannot open {where}: {first}{more}") from exc


def require_question(pack: Pack, question_id: str) -> int:
    """The row of question ``question_id``; an unknown id is a UsageError listing the ids."""
    row = pack.index_of(question_id)
    if row is None:
        ids = ", ".join(q.id for q in pack.questions[:SHOWN_IDS])
        more = ", …" if len(pack.questions) > SHOWN_IDS else ""
        raise UsageError(f"no question with id '{question_id}' in '{pack.id}' (ids: {ids}{more})")
    return row
