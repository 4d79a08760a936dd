"""Reading and validating ``pack.toml`` and the answer and trainer-notes files it names.

Everything that can be wrong with a pack is found here and reported at once, each problem
as ``FILE:LINE: what is wrong — how to fix it`` when the line is known, so that a trainer
can fix a pack in one pass. Files are decoded by ``textfile`` and addresses checked by
``links`` (the rules every other reader of text and URLs shares); the bounds below keep a
hostile or broken pack from freezing the reader. Every file is read through a ``PackFiles``
(``packfiles``): a folder or a ``.hrdpack``'s members (``archive``), so each check here
applies to both alike. Pure Python — never imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrd_reader.core.languages import LANGUAGE_HINT, LANGUAGE_PATTERN
from hrd_reader.core.links import url_problem
from hrd_reader.core.pack import ID_HINT, ID_PATTERN, Link, Pack, Question
from hrd_reader.core.packfiles import MANIFEST, FolderFiles, PackFileError, PackFiles, Problem
from hrd_reader.core.problems import ContentError, location
from hrd_reader.core.textfile import decode_text
from hrd_reader.core.textsearch import fold
from hrd_reader.core.tomltext import KeyLines, parse_toml

# Bounds that keep a hostile or broken pack from freezing the reader.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ANSWER_BYTES = 1024 * 1024
MAX_QUESTIONS = 10_000

KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"pack", "links", "questions"}),
    "pack": frozenset({"id", "title", "language", "source", "attribution"}),
    "links": frozenset({"donate", "signup"}),
    "links.donate": frozenset({"label", "url"}),
    "links.signup": frozenset({"label", "url", "blurb"}),
    "questions": frozenset({"id", "title", "file", "notes"}),
}


@dataclass(frozen=True)
class _FileKind:
    """A Markdown file a question names: its key in pack.toml and the words of its problems."""

    key: str
    name: str
    plural: str
    example: str
    fill: str


ANSWER = _FileKind("file", "answer", "answers", "answers/my-question.md", "write the answer in it")
# Trainer notes: read, bounded and decoded exactly like answers; only the trainer sees them.
NOTES = _FileKind(
    "notes",
    "notes",
    "notes",
    "notes/my-question.md",
    "write the trainer's notes in it, or remove the notes line",
)


def read_pack(path: Path) -> Pack:
    """The pack in folder or ``.hrdpack`` file ``path``; ContentError listing every problem."""
    return read_files(open_files(path))


def read_files(files: PackFiles) -> Pack:
    """The pack made of ``files``; ContentError listing every problem found."""
    return _PackReader(files).read()


def open_files(path: Path) -> PackFiles:
    """The files of the pack folder or ``.hrdpack`` file at ``path``."""
    if path.is_dir():
        if not (path / MANIFEST).is_file():
            raise ContentError(
                [f"{path / MANIFEST}: missing — a content pack needs a {MANIFEST} in its folder"]
            )
        return FolderFiles(path)
    if path.is_file() and path.name == MANIFEST:
        raise ContentError(
            [f"{path}: is the manifest, not the pack — give the folder that holds it instead"]
        )
    if path.is_file():
        from hrd_reader.core.archive import open_archive

        return open_archive(path)
    raise ContentError(
        [f"{path}: does not exist — give a pack folder (it holds {MANIFEST}) or a .hrdpack file"]
    )


class _PackReader:
    def __init__(self, files: PackFiles) -> None:
        self.files = files
        self.root = files.location
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.lines = KeyLines("")

    # -- reporting -----------------------------------------------------------------

    def problem(self, message: str, line: int | None = None, file: str = MANIFEST) -> None:
        self.problems.append(location(file, line) + message)

    def warn(self, message: str, line: int | None = None, file: str = MANIFEST) -> None:
        self.warnings.append(location(file, line) + message)

    # -- reading -------------------------------------------------------------------

    def read(self) -> Pack:
        data = self._parse_manifest()
        self._check_unknown_keys(data)

        meta = self._table(data, "pack")
        pack_id = self._string(meta, "pack", "id", pattern=ID_PATTERN)
        title = self._string(meta, "pack", "title")
        language = self._string(meta, "pack", "language", pattern=LANGUAGE_PATTERN)
        source = self._url(meta, "pack", "source", required=False)
        attribution = self._string(meta, "pack", "attribution")

        # No [links] (or no [links.donate]) is a pack without a Donate button, not a mistake.
        links = self._table(data, "links") if "links" in data else {}
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
            files=self.files,
        )

    def _parse_manifest(self) -> dict[str, Any]:
        try:
            raw = self.files.read(MANIFEST, MAX_MANIFEST_BYTES)
        except PackFileError as problem:
            if problem.kind is Problem.TOO_LARGE:
                message = (
                    f"{problem.size // 1024} KiB is too large (limit "
                    f"{MAX_MANIFEST_BYTES // 1024} KiB) — is this really a pack manifest?"
                )
            elif problem.kind is Problem.MISSING:
                message = f"missing — a content pack needs a {MANIFEST} in its folder"
            else:
                message = (
                    f"cannot be read ({problem.detail or problem.kind.value}) — check the "
                    "path and permissions"
                )
            raise ContentError([location(MANIFEST) + message]) from problem
        text = decode_text(raw, MANIFEST)
        self.lines = KeyLines(text)
        return parse_toml(text, MANIFEST)

    def _decode(self, raw: bytes, file: str) -> str | None:
        """``raw`` as text, or None with the problem recorded (the others are still looked for)."""
        try:
            return decode_text(raw, file)
        except ContentError as error:
            self.problems.extend(error.problems)
            return None

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
            hint = ID_HINT if pattern is ID_PATTERN else LANGUAGE_HINT
            self.problem(f'{label} "{value}" is not valid — {hint}', line)
        return value

    def _url(self, table: dict[str, Any], where: str, key: str, *, required: bool) -> str:
        value = self._string(table, where, key, required=required)
        problem = url_problem(value) if value else None
        if problem:
            self.problem(f"[{where}] {key} {problem}", self.lines.of(where, key))
        return value

    def _link(self, links: dict[str, Any], name: str) -> Link | None:
        where = f"links.{name}"
        table = links.get(name)
        if table is None:
            return None
        if not isinstance(table, dict):
            self.problem(
                f"'{where}' must be a table, not a {_type_name(table)} — write it as [{where}]",
                self.lines.of("links", name),
            )
            return None
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
            notes_file = self._string(entry, "questions", "notes", required=False, index=index)
            line = self.lines.of("questions", "id", index)
            if qid and qid in seen:
                self.problem(
                    f'question id "{qid}" is used twice (first at question '
                    f"{seen[qid] + 1}) — give each question its own id",
                    line,
                )
            elif qid:
                seen[qid] = index
            markdown = self._text_file(ANSWER, file, index) if file else ""
            # Notes are optional, but a notes file that is named must be usable.
            notes = self._text_file(NOTES, notes_file, index) if notes_file else ""
            if qid and title and markdown:
                questions.append(
                    Question(qid, title, file, markdown, fold(title + "\n" + markdown), notes)
                )
        return questions

    def _text_file(self, kind: _FileKind, file: str, index: int) -> str:
        """The text of the answer or notes file ``file`` named by question ``index``, or ""
        with the problem recorded against the pack.toml line that names it."""
        line = self.lines.of("questions", kind.key, index)
        raw = self._read(file, MAX_ANSWER_BYTES, line, kind)
        if raw is None:
            return ""
        text = self._decode(raw, file)
        if text is None:
            return ""
        if not text.strip():
            self.problem(f"is empty — {kind.fill}", 1, file)
            return ""
        return text

    def _read(self, file: str, limit: int, line: int | None, kind: _FileKind) -> bytes | None:
        """The bytes of pack file ``file``, or None with the problem recorded: only a
        regular file inside the pack (folder or archive), within ``limit``."""
        try:
            return self.files.read(file, limit)
        except PackFileError as problem:
            self.problem(_file_problem(file, problem, limit, kind), line)
            return None


def _file_problem(file: str, problem: PackFileError, limit: int, kind: _FileKind) -> str:
    """What is wrong with the pack file named ``file``, and how to fix it."""
    example = f'e.g. "{kind.example}"'
    match problem.kind:
        case Problem.ABSOLUTE:
            return (
                f'file "{file}" is an absolute path — give a path inside the pack folder, '
                + example
            )
        case Problem.OUTSIDE:
            return (
                f'file "{file}" points outside the pack folder — keep {kind.plural} inside it, '
                + example
            )
        case Problem.UNUSABLE:
            shown = file if len(file) <= 120 else file[:120] + "…"
            return (
                f'file "{shown}" is not a usable path ({problem.detail}) — give a short path '
                f"inside the pack folder, {example}"
            )
        case Problem.MISSING:
            return f'{kind.name} file "{file}" does not exist — create it or fix the path'
        case Problem.NOT_REGULAR:
            # A pipe would block the reader, a device could be read for ever.
            return (
                f'{kind.name} file "{file}" is not a regular file (a pipe, device or socket) '
                "— name a Markdown file"
            )
        case Problem.TOO_LARGE:
            return (
                f'{kind.name} file "{file}" is {problem.size / 1_048_576:.1f} MiB; the limit '
                f"is {limit // 1_048_576} MiB — shorten or split it"
            )
    return (
        f'{kind.name} file "{file}" cannot be read ({problem.detail}) — check that it exists and '
        "is readable"
    )


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
