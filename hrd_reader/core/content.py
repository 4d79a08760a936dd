"""Content packs: reading, validating and holding them. Pure Python — never imports Qt.

A pack is a folder with ``pack.toml`` and one Markdown file per answer (see DESIGN.md).
Everything that can be wrong with a pack is found here and reported at once, each problem
as ``FILE:LINE: what is wrong — how to fix it`` when the line is known, so that a trainer
can fix a pack in one pass.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

MANIFEST = "pack.toml"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
LINK_SCHEMES = ("http", "https", "mailto")
# Languages written right to left (primary BCP 47 subtag).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)
# Bounds that keep a hostile or broken pack from freezing the reader.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ANSWER_BYTES = 1024 * 1024
MAX_QUESTIONS = 10_000
# Longer addresses do not fit a QR code (the link dialog, share screen and handouts draw one).
MAX_URL_CHARS = 2000
# Dotted keys ("a.b.c = 1") cost tomllib time squared in their length; packs need two dots.
MAX_KEY_DOTS = 32
# Between two questions' texts in the search index, so that a match cannot run from one
# question into the next (a query holding it is answered without the index).
SEPARATOR = "\x00"

KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"pack", "links", "questions"}),
    "pack": frozenset({"id", "title", "language", "source", "attribution"}),
    "links": frozenset({"donate", "signup"}),
    "links.donate": frozenset({"label", "url"}),
    "links.signup": frozenset({"label", "url", "blurb"}),
    "questions": frozenset({"id", "title", "file"}),
}


class ContentError(Exception):
    """A pack could not be loaded. ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


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
    # Lower-cased, accent-free title and answer text, built once for search.
    search_text: str = field(repr=False, compare=False, default="")


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
        return self.language.split("-")[0].lower() in RTL_LANGUAGES

    @cached_property
    def question_ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.questions)

    @cached_property
    def _rows(self) -> dict[str, int]:
        return {q.id: i for i, q in enumerate(self.questions)}

    def index_of(self, question_id: str) -> int | None:
        return self._rows.get(question_id)

    @cached_property
    def _search_index(self) -> tuple[str, list[int]]:
        """Every question's search text in one string, and where each one starts.

        Scanning one string with ``str.find`` runs in C; a Python loop over 10,000 answers
        per keystroke does not keep up with typing.
        """
        starts: list[int] = []
        position = 0
        for question in self.questions:
            starts.append(position)
            position += len(question.search_text) + 1
        return SEPARATOR.join(q.search_text for q in self.questions), starts

    def search(self, text: str, within: Sequence[int] | None = None) -> list[int]:
        """Indexes of the questions whose title or answer contains ``text``.

        Case- and accent-insensitive; every word of ``text`` must occur. ``within`` (the
        result for a query this one refines, see ``refines``) limits the questions looked
        at: typing one more letter then only re-checks the questions still matching.
        """
        words = sorted(set(fold(text).split()), key=len, reverse=True)
        if not words:
            return list(range(len(self.questions))) if within is None else list(within)
        if within is not None and len(within) < len(self.questions) // 2:
            questions = self.questions
            return [i for i in within if all(w in questions[i].search_text for w in words)]
        if any(SEPARATOR in word for word in words):
            # Could match across two questions in the joined index: ask each one instead.
            return [
                i for i, q in enumerate(self.questions) if all(w in q.search_text for w in words)
            ]
        blob, starts = self._search_index
        # The longest word is usually the rarest: find it in the blob, then check the rest
        # only in the questions that have it.
        first, rest = words[0], words[1:]
        found: list[int] = []
        position = blob.find(first)
        while position >= 0:
            row = bisect_right(starts, position) - 1
            found.append(row)
            following = starts[row + 1] if row + 1 < len(starts) else len(blob)
            position = blob.find(first, following)
        if rest:
            questions = self.questions
            found = [row for row in found if all(w in questions[row].search_text for w in rest)]
        return found


def refines(query: str, previous: str) -> bool:
    """Whether every question matching ``query`` also matches ``previous``: each word of
    ``previous`` lies inside a word of ``query`` (as when one more letter is typed)."""
    words = fold(query).split()
    return all(any(old in word for word in words) for old in fold(previous).split())


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching."""
    folded = text.casefold()
    if folded.isascii():
        # Nothing to decompose: the common case, and 20× faster than the loop below.
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    # Only the non-ASCII runs can hold combining marks; look at those characters alone.
    return _NON_ASCII_RUN.sub(_without_marks, decomposed)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` occur in ``text``: sorted, non-overlapping (start, end)
    index pairs into ``text``, matched as ``Pack.search`` matches (case- and accent-
    insensitive), so the answer pane can highlight exactly what made a question match."""
    words = sorted(set(fold(query).split()), key=len, reverse=True)
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


def bundled_pack() -> Pack:
    """The FAQ pack that ships with the reader."""
    # Imported here so that importing content stays free of anything frozen-build specific.
    from hrd_reader.core.resources import bundled_pack_dir

    return load_pack(bundled_pack_dir())


def load_pack(path: str | Path) -> Pack:
    """Read and validate the pack in folder ``path``; raise ContentError listing all problems."""
    return _PackReader(Path(path)).read()


class _KeyLines:
    """Where each key of a TOML file stands, so problems can name a line.

    tomllib gives values, not positions; this scans the text for table headers and
    ``key =`` lines, which is all a pack manifest uses.
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


class _PackReader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.lines = _KeyLines("")

    @cached_property
    def resolved_root(self) -> Path:
        return self.root.resolve()

    # -- reporting -----------------------------------------------------------------

    def _where(self, file: str, line: int | None) -> str:
        return f"{file}:{line}: " if line else f"{file}: "

    def problem(self, message: str, line: int | None = None, file: str = MANIFEST) -> None:
        self.problems.append(self._where(file, line) + message)

    def warn(self, message: str, line: int | None = None, file: str = MANIFEST) -> None:
        self.warnings.append(self._where(file, line) + message)

    # -- reading -------------------------------------------------------------------

    def read(self) -> Pack:
        manifest = self.root / MANIFEST
        if not self.root.is_dir():
            raise ContentError(
                [f"{self.root}: not a folder — give the folder that holds {MANIFEST}"]
            )
        if not manifest.is_file():
            raise ContentError(
                [f"{manifest}: missing — a content pack needs a {MANIFEST} in its folder"]
            )
        data = self._parse_manifest(manifest)
        self._check_unknown_keys(data)

        meta = self._table(data, "pack")
        pack_id = self._string(meta, "pack", "id", pattern=ID_PATTERN)
        title = self._string(meta, "pack", "title")
        language = self._string(meta, "pack", "language", pattern=LANGUAGE_PATTERN)
        source = self._url(meta, "pack", "source", required=False)
        attribution = self._string(meta, "pack", "attribution")

        links = self._table(data, "links")
        donate = self._link(links, "donate")
        signup = self._link(links, "signup")
        questions = self._questions(data)

        if self.problems:
            raise ContentError(self.problems)
        return Pack(
            path=self.root,
            id=pack_id,
            title=title,
            language=language,
            source=source,
            attribution=attribution,
            donate=donate,
            signup=signup,
            questions=tuple(questions),
            warnings=tuple(self.warnings),
        )

    def _parse_manifest(self, manifest: Path) -> dict[str, Any]:
        try:
            raw = manifest.read_bytes()
        except OSError as exc:
            raise ContentError(
                [f"{MANIFEST}: cannot be read ({exc.strerror}) — check the file's permissions"]
            ) from exc
        if len(raw) > MAX_MANIFEST_BYTES:
            raise ContentError(
                [
                    f"{MANIFEST}: {len(raw) // 1024} KiB is too large (limit "
                    f"{MAX_MANIFEST_BYTES // 1024} KiB) — is this really a pack manifest?"
                ]
            )
        text = self._decode(raw, MANIFEST)
        if text is None:
            raise ContentError(self.problems)
        self.lines = _KeyLines(text)
        deep = _too_deep_key(text)
        if deep is not None:
            # tomllib's work grows with the square of a dotted key's length.
            raise ContentError(
                [
                    self._where(MANIFEST, deep) + f"a key or table name with more than "
                    f"{MAX_KEY_DOTS} dots — a pack manifest needs at most two (links.donate)"
                ]
            )
        try:
            return tomllib.loads(text)
        except RecursionError as exc:
            raise ContentError(
                [
                    f"{MANIFEST}: values nested too deeply (lists or tables inside each "
                    "other) — a pack manifest needs none of that; see the README's pack format"
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
                    self._where(MANIFEST, line) + f"TOML syntax error: {message} — "
                    "fix the syntax (strings in double quotes, one key = value per line)"
                ]
            ) from exc

    def _decode(self, raw: bytes, file: str) -> str | None:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.problem("is UTF-16, not UTF-8 — save the file as UTF-8", file=file)
            return None
        if b"\x00" in raw:
            line = raw[: raw.index(b"\x00")].count(b"\n") + 1
            self.problem(
                "contains a NUL byte — this is not a text file; save it as UTF-8 text", line, file
            )
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.problem(
                f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x}) — save the file as UTF-8",
                line,
                file,
            )
            return None
        return text.replace("\r\n", "\n").replace("\r", "\n")

    # -- manifest values -----------------------------------------------------------

    def _check_unknown_keys(self, data: dict[str, Any]) -> None:
        def walk(table: str, value: Any, index: int = 0) -> None:
            if not isinstance(value, dict) or table not in KNOWN_KEYS:
                return
            for key, sub in value.items():
                name = f"{table}.{key}" if table else key
                if key not in KNOWN_KEYS[table]:
                    where = f"[{table}]" if table else "the top level"
                    self.warn(
                        f"unknown key '{key}' in {where} is ignored — check its spelling",
                        self.lines.of(table, key, index) or self.lines.of(name, None, index),
                    )
                elif isinstance(sub, list) and name == "questions":
                    for i, item in enumerate(sub):
                        walk(name, item, i)
                else:
                    walk(name, sub)

        walk("", data)

    def _table(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        value = data.get(name)
        if value is None:
            self.problem(f"missing table [{name}] — add it (see the README's pack format)")
            return {}
        if not isinstance(value, dict):
            self.problem(
                f"'{name}' must be a table, not a {_type_name(value)} — write it as [{name}]",
                self.lines.of("", name),
            )
            return {}
        return value

    def _string(
        self,
        table: dict[str, Any],
        where: str,
        key: str,
        *,
        required: bool = True,
        pattern: re.Pattern[str] | None = None,
        index: int = 0,
    ) -> str:
        line = self.lines.of(where, key, index) or self.lines.of(where, None, index)
        value = table.get(key)
        label = f"[{where}] {key}" if where != "questions" else f"question {index + 1}: {key}"
        if value is None:
            if required:
                self.problem(f'{label} is missing — add {key} = "…"', line)
            return ""
        if not isinstance(value, str):
            self.problem(
                f"{label} must be text, not a {_type_name(value)} — write it in double "
                f'quotes: {key} = "…"',
                line,
            )
            return ""
        value = value.strip()
        if required and not value:
            self.problem(f"{label} is empty — give it a value", line)
        elif value and pattern is not None and not pattern.fullmatch(value):
            hint = (
                'use lower-case letters, digits and single hyphens, e.g. "who-are-hrds"'
                if pattern is ID_PATTERN
                else 'use a BCP 47 code such as "en" or "ar"'
            )
            self.problem(f'{label} "{value}" is not valid — {hint}', line)
        return value

    def _url(self, table: dict[str, Any], where: str, key: str, *, required: bool) -> str:
        value = self._string(table, where, key, required=required)
        if len(value) > MAX_URL_CHARS:
            self.problem(
                f"[{where}] {key} is {len(value)} characters long; the limit is "
                f"{MAX_URL_CHARS} — give a shorter address (it must fit a QR code)",
                self.lines.of(where, key),
            )
        elif value and not _has_scheme(value, LINK_SCHEMES):
            line = self.lines.of(where, key)
            self.problem(
                f'[{where}] {key} "{value}" is not an http, https or mailto '
                "address — give a full address such as https://example.org/",
                line,
            )
        return value

    def _link(self, links: dict[str, Any], name: str) -> Link:
        where = f"links.{name}"
        table = links.get(name)
        if table is None:
            self.problem(
                f"missing table [{where}] — add it with label and url", self.lines.of("links")
            )
            return Link("", "")
        if not isinstance(table, dict):
            self.problem(
                f"'{where}' must be a table, not a {_type_name(table)} — write it as [{where}]",
                self.lines.of("links", name),
            )
            return Link("", "")
        label = self._string(table, where, "label")
        url = self._url(table, where, "url", required=True)
        blurb = self._string(table, where, "blurb", required=False)
        return Link(label, url, blurb)

    def _questions(self, data: dict[str, Any]) -> list[Question]:
        entries = data.get("questions")
        if entries is None:
            self.problem("no [[questions]] — add at least one [[questions]] entry")
            return []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.problem(
                "'questions' must be a list of tables — write each one under a [[questions]] line",
                self.lines.of("", "questions"),
            )
            return []
        if not entries:
            self.problem("no [[questions]] — add at least one [[questions]] entry")
            return []
        if len(entries) > MAX_QUESTIONS:
            self.problem(
                f"{len(entries)} questions is more than the reader handles "
                f"({MAX_QUESTIONS}) — split the pack"
            )
            return []
        seen: dict[str, int] = {}
        questions: list[Question] = []
        for index, entry in enumerate(entries):
            qid = self._string(entry, "questions", "id", pattern=ID_PATTERN, index=index)
            title = self._string(entry, "questions", "title", index=index)
            file = self._string(entry, "questions", "file", index=index)
            line = self.lines.of("questions", "id", index)
            if qid and qid in seen:
                self.problem(
                    f'question id "{qid}" is used twice (first at question '
                    f"{seen[qid] + 1}) — give each question its own id",
                    line,
                )
            elif qid:
                seen[qid] = index
            markdown = self._answer(file, index) if file else ""
            if qid and title and markdown:
                questions.append(
                    Question(qid, title, file, markdown, fold(title + "\n" + markdown))
                )
        return questions

    def _answer(self, file: str, index: int) -> str:
        line = self.lines.of("questions", "file", index)
        target = self._inside(file, line)
        if target is None:
            return ""
        try:
            size = target.stat().st_size
            if size > MAX_ANSWER_BYTES:
                self.problem(
                    f'answer file "{file}" is {size / 1_048_576:.1f} MiB; the limit '
                    f"is {MAX_ANSWER_BYTES // 1_048_576} MiB — shorten or split it",
                    line,
                )
                return ""
            raw = target.read_bytes()
        except OSError as exc:
            self.problem(
                f'answer file "{file}" cannot be read ({exc.strerror}) — check '
                "that it exists and is readable",
                line,
            )
            return ""
        text = self._decode(raw, file)
        if text is None:
            return ""
        if not text.strip():
            self.problem("is empty — write the answer in it", 1, file)
            return ""
        return text

    def _inside(self, file: str, line: int | None) -> Path | None:
        """The answer file's path, only if it is a regular file inside the pack folder."""
        relative = Path(file)
        if relative.is_absolute() or file.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", file):
            self.problem(
                f'file "{file}" is an absolute path — give a path inside the '
                'pack folder, e.g. "answers/my-question.md"',
                line,
            )
            return None
        root = self.resolved_root
        try:
            target = (self.root / relative).resolve()
            inside = target.is_relative_to(root)
            exists = inside and target.is_file()
        except (OSError, ValueError) as exc:
            # A NUL character (ValueError), a name too long for the system (OSError) …
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            shown = file if len(file) <= 120 else file[:120] + "…"
            self.problem(
                f'file "{shown}" is not a usable path ({reason}) — give a short path inside '
                'the pack folder, e.g. "answers/my-question.md"',
                line,
            )
            return None
        if not inside:
            self.problem(
                f'file "{file}" points outside the pack folder — keep answers '
                'inside it, e.g. "answers/my-question.md"',
                line,
            )
            return None
        if not exists:
            self.problem(f'answer file "{file}" does not exist — create it or fix the path', line)
            return None
        return target


def _too_deep_key(text: str) -> int | None:
    """The first line whose key or table header has more than MAX_KEY_DOTS dots."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.split("=", 1)[0].count(".") > MAX_KEY_DOTS:
            return number
    return None


def _has_scheme(url: str, schemes: Iterable[str]) -> bool:
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", url)
    if not match or match.group(1).lower() not in schemes:
        return False
    return match.group(1).lower() == "mailto" or url[match.end() :].startswith("//")


def _type_name(value: Any) -> str:
    names = {
        str: "string",
        int: "number",
        float: "number",
        bool: "true/false",
        list: "list",
        dict: "table",
    }
    return names.get(type(value), type(value).__name__)


def iter_paragraphs(markdown: str) -> Iterator[str]:
    """The answer's paragraphs with whitespace folded (used to compare packs with sources)."""
    for block in re.split(r"\n\s*\n", markdown):
        folded = " ".join(block.split())
        if folded:
            yield folded
