"""The content model: a ``Pack`` of ``Question``s with its calls to action (``Link``s).

A pack is a folder with ``pack.toml``, one Markdown file per answer and optional trainer
notes per question (the README's "Write your own pack" describes the format), or the same
folder zipped into one ``.hrdpack`` file. ``loader.load_pack`` reads and checks one (the
checks live in ``manifest``) and raises ``ContentError`` listing every problem at once; a
``Pack`` is therefore always whole and valid. Pure Python — never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from hrd_reader.core.languages import is_rtl
from hrd_reader.core.problems import N_, Problem, term
from hrd_reader.core.textsearch import SearchIndex

if TYPE_CHECKING:
    from hrd_reader.core.packfiles import PackFiles

# Pack and question ids: they appear in links (#who-are-hrds) and file names.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ID_HINT = term(N_('use lower-case letters, digits and single hyphens, e.g. "who-are-hrds"'))


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
    path: Path  # the pack folder or the .hrdpack file
    id: str
    title: str
    language: str
    source: str
    attribution: str
    donate: Link | None  # None: the pack has no Donate button
    signup: Link | None
    questions: tuple[Question, ...]
    warnings: tuple[str, ...] = ()  # in English, as the command line prints them
    # The same warnings to translate (``gui/i18n.problem_text``).
    warning_details: tuple[Problem, ...] = field(default=(), compare=False)
    # Where its files (answers, images) are read from: the folder or the archive's members.
    files: PackFiles | None = field(default=None, repr=False, compare=False)

    @property
    def links(self) -> tuple[tuple[str, Link], ...]:
        """The calls to action the pack has, by key ("donate", "signup"), Donate first."""
        pairs = (("donate", self.donate), ("signup", self.signup))
        return tuple((key, link) for key, link in pairs if link is not None)

    @property
    def source_files(self) -> PackFiles:
        """Where its files are read from (a Pack built by hand has only its folder)."""
        if self.files is not None:
            return self.files
        from hrd_reader.core.packfiles import FolderFiles

        return FolderFiles(self.path)

    @property
    def is_archive(self) -> bool:
        return self.files is not None and self.files.is_archive

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
