"""The words of the manifest reader's problems about the files a question names and the
types of TOML values: one whole sentence per case, so translators never join pieces.

``manifest`` finds the problems; this module words them as ``Problem`` templates (see
``problems``). Pure Python — never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrd_reader.core.packfiles import PackFileError
from hrd_reader.core.packfiles import Problem as FileProblem
from hrd_reader.core.problems import N_, Problem, problem, term


@dataclass(frozen=True)
class FileKind:
    """A Markdown file a question names: its key in pack.toml and an example of its path.
    Its problems are worded per kind (whole sentences for translators): see _file_problem."""

    key: str
    example: str


ANSWER = FileKind("file", "answers/my-question.md")
# Trainer notes: read, bounded and decoded exactly like answers; only the trainer sees them.
NOTES = FileKind("notes", "notes/my-question.md")


def file_problem(
    where: str, file: str, error: PackFileError, limit: int, kind: FileKind
) -> Problem:
    """What is wrong with the pack file named ``file``, and how to fix it."""
    answer = kind is ANSWER
    match error.kind:
        case FileProblem.ABSOLUTE:
            template = N_(
                'file "{file}" is an absolute path — give a path inside the pack folder, '
                'e.g. "{example}"'
            )
        case FileProblem.OUTSIDE:
            template = (
                N_(
                    'file "{file}" points outside the pack folder — '
                    'keep answers inside it, e.g. "{example}"'
                )
                if answer
                else N_(
                    'file "{file}" points outside the pack folder — '
                    'keep notes inside it, e.g. "{example}"'
                )
            )
        case FileProblem.UNUSABLE:
            file = file if len(file) <= 120 else file[:120] + "…"
            template = N_(
                'file "{file}" is not a usable path ({reason}) — give a short path inside the '
                'pack folder, e.g. "{example}"'
            )
        case FileProblem.MISSING:
            template = (
                N_('answer file "{file}" does not exist — create it or fix the path')
                if answer
                else N_('notes file "{file}" does not exist — create it or fix the path')
            )
        case FileProblem.NOT_REGULAR:
            # A pipe would block the reader, a device could be read for ever.
            template = (
                N_(
                    'answer file "{file}" is not a regular file (a pipe, device or socket) — '
                    "name a Markdown file"
                )
                if answer
                else N_(
                    'notes file "{file}" is not a regular file (a pipe, device or socket) — '
                    "name a Markdown file"
                )
            )
        case FileProblem.TOO_LARGE:
            template = (
                N_(
                    'answer file "{file}" is {size:.1f} MiB; the limit is {limit} MiB — '
                    "shorten or split it"
                )
                if answer
                else N_(
                    'notes file "{file}" is {size:.1f} MiB; the limit is {limit} MiB — '
                    "shorten or split it"
                )
            )
        case _:
            template = (
                N_(
                    'answer file "{file}" cannot be read ({reason}) — '
                    "check that it exists and is readable"
                )
                if answer
                else N_(
                    'notes file "{file}" cannot be read ({reason}) — '
                    "check that it exists and is readable"
                )
            )
    return problem(
        where,
        template,
        file=file,
        example=kind.example,
        reason=error.detail,
        size=error.size / 1_048_576,
        limit=limit // 1_048_576,
    )


_TYPE_NAMES: dict[type, Problem] = {
    str: term(N_("string")),
    int: term(N_("number")),
    float: term(N_("number")),
    bool: term(N_("true/false")),
    list: term(N_("list")),
    dict: term(N_("table")),
}


def type_name(value: Any) -> object:
    """What kind of TOML value ``value`` is, in words (a date keeps Python's name)."""
    return _TYPE_NAMES.get(type(value), type(value).__name__)
