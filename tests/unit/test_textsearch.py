"""Searching: folding case and accents, finding the words of a query in a pack's questions
and in an answer's text — the pure part of search (hrd_reader/core/textsearch.py), checked
against plain definitions with Hypothesis. (Typing in the search field is in
tests/gui/test_search.py.)"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hrd_reader.core import Pack, Question, load_pack
from hrd_reader.core.pack import Link
from hrd_reader.core.textsearch import find_spans, fold, refines
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter


def pack_of(texts: list[str]) -> Pack:
    """A pack in memory whose question ``i`` is titled "Title i" and answers ``texts[i]``."""
    questions = tuple(
        Question(f"q{i}", f"Title {i}", f"a/{i}.md", text, fold(f"Title {i}\n{text}"))
        for i, text in enumerate(texts)
    )
    return Pack(Path("."), "p", "P", "en", "", "", Link("", ""), Link("", ""), questions)


def test_search_is_case_and_accent_insensitive(make_pack: PackWriter, pack) -> None:
    root = make_pack(
        MINIMAL_MANIFEST,
        {"answers/one.md": "Défenseurs des droits", "answers/two.md": "Nothing here"},
    )
    mini = load_pack(root)
    assert mini.search("DEFENSEURS") == [0]
    assert mini.search("") == [0, 1]
    assert pack.search("torture") == [4]
    assert pack.search("carter forum") == [5]
    assert fold("Élan") == "elan"


@given(st.text())
def test_fold_is_casefold_without_accents(text: str) -> None:
    # fold() skips work on ASCII text and scans only non-ASCII runs; the result must be
    # exactly the plain definition.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


_WORDS = st.sampled_from(["rights", "défense", "Straße", "ss", "a", "of", "human", "e", "x\x00"])


@given(
    texts=st.lists(st.lists(_WORDS, max_size=6).map(" ".join), min_size=1, max_size=8),
    query=st.lists(_WORDS, max_size=3).map(" ".join),
)
def test_search_finds_exactly_the_questions_holding_every_word(
    texts: list[str], query: str
) -> None:
    # Pack.search scans one joined index string; the answer must be the plain definition.
    pack = pack_of(texts)
    words = fold(query).split()
    expected = [i for i, q in enumerate(pack.questions) if all(w in q.search_text for w in words)]
    assert pack.search(query) == expected


@given(text=st.text(), query=st.sampled_from(["e", "ss", "sao paulo", "straße", "a b", "é"]))
def test_find_spans_matches_the_per_character_fold(text: str, query: str) -> None:
    # find_spans folds ASCII runs in one go; the spans must be those of folding every
    # character on its own.
    folded, origin = [], []
    for index, char in enumerate(text):
        part = fold(char)
        folded.append(part)
        origin.extend([index] * len(part))
    haystack = "".join(folded)
    expected = set()
    for word in set(fold(query).split()):
        start = haystack.find(word)
        while start >= 0:
            expected.add((origin[start], origin[start + len(word) - 1] + 1))
            start = haystack.find(word, start + len(word))
    covered = {i for s, e in find_spans(text, query) for i in range(s, e)}
    assert covered == {i for s, e in expected for i in range(s, e)}


@given(
    texts=st.lists(st.lists(_WORDS, max_size=6).map(" ".join), min_size=1, max_size=40),
    first=st.lists(_WORDS, max_size=2).map(" ".join),
    more=st.sampled_from(["", "s", "e", " a", " rights"]),
)
def test_a_refined_query_searched_within_the_last_results_finds_the_same(
    texts: list[str], first: str, more: str
) -> None:
    # Typing on narrows the search to the questions that matched so far; that must never
    # lose a match.
    pack = pack_of(texts)
    query = first + more
    if refines(query, first):
        assert pack.search(query, within=pack.search(first)) == pack.search(query)


def test_find_spans_is_case_and_accent_insensitive() -> None:
    text = "Défenseurs des DROITS; straße"
    assert find_spans(text, "defenseurs droits") == [(0, 10), (15, 21)]
    assert find_spans(text, "STRASSE") == [(23, 29)]
    assert find_spans(text, "   ") == []
    # Overlapping words make one mark.
    assert find_spans("rights", "right rights") == [(0, 6)]
