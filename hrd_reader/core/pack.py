"""The content model: a ``Pack`` of ``Question``s with its calls to action (``Link``s).

A pack is a folder with ``pack.toml``, one Markdown file per answer and optional trainer
notes per question (the README's "Write your own pack" describes the format). ``loader.load_pack``
reads and checks one (the checks live in ``manifest``) and raises ``ContentError`` listing
every problem at once; a ``Pack`` is therefore always whole and valid. Pure Python — never
imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from hrd_reader.core.languages import is_rtl
from hrd_reader.core.textsearch import SearchIndex

# Pack and question ids: they appear in links (#who-are-hrds) and file names.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ID_HINT = 'use lower-case letters, digits and single hyphens, e.g. "who-are-hrds"'


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    blurb: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    title: str
    file: str
    markdown: str
    # Lower-cased, accent-free title and answer text (textsearch.fold), built once for search.
    # Notes are not in it: search shows answers, and notes are for the trainer only.
    search_text: str = field(repr=False, compare=False, default="")
    # The trainer's notes (Markdown; "" when the question has none). Shown only in the
    # presenter console and the trainer's handout — never to the room or the reader.
    notes: str = field(repr=False, default="")


@dataclass(frozen=True)
class Pack:
    path: Path
    id: str
    title: str
    language: str
    source: str
    attribution: str
    donate: Link
    signup: Link
    questions: tuple[Question, ...]
    warnings: tuple[str, ...] = ()

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def has_notes(self) -> bool:
        return any(q.notes for q in self.questions)

    @cached_property
    def question_ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.questions)

    @cached_property
    def _rows(self) -> dict[str, int]:
        return {q.id: i for i, q in enumerate(self.questions)}

    def index_of(self, question_id: str) -> int | None:
        return self._rows.get(question_id)

    @cached_property
    def _search_index(self) -> SearchIndex:
        return SearchIndex.of(q.search_text for q in self.questions)

    def search(self, text: str, within: Sequence[int] | None = None) -> list[int]:
        """Indexes of the questions whose title or answer contains ``text``.

        Case- and accent-insensitive; every word of ``text`` must occur. ``within`` (the
        result for a query this one refines, see ``textsearch.refines``) limits the
        questions looked at: typing one more letter then only re-checks those still
        matching.
        """
        return self._search_index.search(text, within)
