"""Folding and finding: what search needs, without widgets.

Search is case- and accent-insensitive: both the text and the query are ``fold``-ed, and
every word of the query must occur. ``SearchIndex`` answers a query over many texts (a
pack's questions) fast enough for every keystroke; ``find_spans`` says where in one text the
words occur, so the answer pane can highlight exactly what made a question match;
``refines`` tells when a new query can be answered from the last one's results.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

# Between two texts in the search index, so that a match cannot run from one text into the
# next (a query holding it is answered without the index).
SEPARATOR = "\x00"

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching."""
    folded = text.casefold()
    if folded.isascii():
        # Nothing to decompose: the common case, and 20× faster than the loop below.
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    # Only the non-ASCII runs can hold combining marks; look at those characters alone.
    return _NON_ASCII_RUN.sub(_without_marks, decomposed)


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    """The folded words of ``query``, longest (usually rarest) first."""
    return sorted(set(fold(query).split()), key=len, reverse=True)


def refines(query: str, previous: str) -> bool:
    """Whether every text matching ``query`` also matches ``previous``: each word of
    ``previous`` lies inside a word of ``query`` (as when one more letter is typed)."""
    words = fold(query).split()
    return all(any(old in word for word in words) for old in fold(previous).split())


@dataclass(frozen=True)
class SearchIndex:
    """Folded texts joined into one string, and where each one starts.

    Scanning one string with ``str.find`` runs in C; a Python loop over 10,000 answers
    per keystroke does not keep up with typing.
    """

    texts: tuple[str, ...]
    blob: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, folded_texts: Iterable[str]) -> SearchIndex:
        texts = tuple(folded_texts)
        starts: list[int] = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        return cls(texts, SEPARATOR.join(texts), tuple(starts))

    def search(self, query: str, within: Sequence[int] | None = None) -> list[int]:
        """Indexes of the texts that contain every word of ``query``.

        ``within`` (the result for a query this one refines, see ``refines``) limits the
        texts looked at: typing one more letter then only re-checks those still matching.
        """
        texts = self.texts
        words = query_words(query)
        if not words:
            return list(range(len(texts))) if within is None else list(within)
        if within is not None and len(within) < len(texts) // 2:
            return [i for i in within if all(w in texts[i] for w in words)]
        if any(SEPARATOR in word for word in words):
            # Could match across two texts in the joined index: ask each one instead.
            return [i for i, text in enumerate(texts) if all(w in text for w in words)]
        blob, starts = self.blob, self.starts
        # The longest word is usually the rarest: find it in the blob, then check the rest
        # only in the texts that have it.
        first, rest = words[0], words[1:]
        found: list[int] = []
        position = blob.find(first)
        while position >= 0:
            row = bisect_right(starts, position) - 1
            found.append(row)
            following = starts[row + 1] if row + 1 < len(starts) else len(blob)
            position = blob.find(first, following)
        if rest:
            found = [row for row in found if all(w in texts[row] for w in rest)]
        return found


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` occur in ``text``: sorted, non-overlapping (start, end)
    index pairs into ``text``, matched as ``SearchIndex.search`` matches (case- and accent-
    insensitive), so the answer pane can highlight exactly what made a question match."""
    words = query_words(query)
    if not words:
        return []
    # Fold character by character, remembering which original character each folded one
    # came from: folding can change lengths ("ß" → "ss", "é" → "e").
    folded: list[str] = []
    origin: list[int] = []
    for run in _ASCII_OR_NOT.finditer(text):
        chunk, first = run.group(), run.start()
        if chunk.isascii():
            # ASCII folds one to one (casefold is lower there): no per-character work.
            folded.append(chunk.lower())
            origin.extend(range(first, run.end()))
            continue
        for offset, char in enumerate(chunk):
            part = fold(char)
            folded.append(part)
            origin.extend([first + offset] * len(part))
    haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = haystack.find(word)
        while start >= 0:
            end = start + len(word)
            spans.append((origin[start], origin[end - 1] + 1))
            start = haystack.find(word, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def iter_paragraphs(markdown: str) -> Iterator[str]:
    """The paragraphs of ``markdown`` with whitespace folded (to compare packs with sources)."""
    for block in re.split(r"\n\s*\n", markdown):
        folded = " ".join(block.split())
        if folded:
            yield folded
