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
from dataclasses import replace
from pathlib import Path
from typing import Any

from hrd_reader.core.languages import LANGUAGE_HINT, LANGUAGE_PATTERN
from hrd_reader.core.links import url_problem
from hrd_reader.core.manifest_problems import ANSWER, NOTES, FileKind, file_problem, type_name
from hrd_reader.core.pack import ID_HINT, ID_PATTERN, Link, Pack, Question
from hrd_reader.core.packfiles import MANIFEST, FolderFiles, PackFileError, PackFiles
from hrd_reader.core.packfiles import Problem as FileProblem
from hrd_reader.core.pictures import might_show_pictures, picture_problems
from hrd_reader.core.problems import N_, ContentError, Problem, location, problem
from hrd_reader.core.textfile import decode_text, read_error
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
                [
                    problem(
                        location(str(path / MANIFEST)),
                        N_("missing — a content pack needs a {manifest} in its folder"),
                        manifest=MANIFEST,
                    )
                ]
            )
        return FolderFiles(path)
    if path.is_file() and path.name == MANIFEST:
        raise ContentError(
            [
                problem(
                    location(str(path)),
                    N_("is the manifest, not the pack — give the folder that holds it instead"),
                )
            ]
        )
    if path.is_file():
        from hrd_reader.core.archive import open_archive

        return open_archive(path)
    raise ContentError(
        [
            problem(
                location(str(path)),
                N_("does not exist — give a pack folder (it holds {manifest}) or a .hrdpack file"),
                manifest=MANIFEST,
            )
        ]
    )


class _PackReader:
    def __init__(self, files: PackFiles) -> None:
        self.files = files
        self.root = files.location
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.lines = KeyLines("")

    # -- reporting -----------------------------------------------------------------

    def problem(
        self, template: str, line: int | None = None, at: str = MANIFEST, **values: object
    ) -> None:
        self.problems.append(problem(location(at, line), template, **values))

    def warn(self, template: str, line: int | None = None, **values: object) -> None:
        self.warnings.append(problem(location(MANIFEST, line), template, **values))

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
            warnings=tuple(str(warning) for warning in self.warnings),
            warning_details=tuple(self.warnings),
            files=self.files,
        )

    def _parse_manifest(self) -> dict[str, Any]:
        try:
            raw = self.files.read(MANIFEST, MAX_MANIFEST_BYTES)
        except PackFileError as error:
            if error.kind is FileProblem.TOO_LARGE:
                refused = problem(
                    location(MANIFEST),
                    N_(
                        "{size} KiB is too large (limit {limit} KiB) — "
                        "is this really a pack manifest?"
                    ),
                    size=error.size // 1024,
                    limit=MAX_MANIFEST_BYTES // 1024,
                )
            elif error.kind is FileProblem.MISSING:
                refused = problem(
                    location(MANIFEST),
                    N_("missing — a content pack needs a {manifest} in its folder"),
                    manifest=MANIFEST,
                )
            else:
                raise read_error(MANIFEST, error.detail or error.kind.value) from error
            raise ContentError([refused]) from error
        text = decode_text(raw, MANIFEST)
        self.lines = KeyLines(text)
        return parse_toml(text, MANIFEST)

    def _decode(self, raw: bytes, file: str) -> str | None:
        """``raw`` as text, or None with the problem recorded (the others are still looked for)."""
        try:
            return decode_text(raw, file)
        except ContentError as error:
            self.problems.extend(error.details)
            return None

    # -- manifest values -----------------------------------------------------------

    def _check_unknown_keys(self, data: dict[str, Any]) -> None:
        def walk(table: str, value: Any, index: int = 0) -> None:
            if not isinstance(value, dict) or table not in KNOWN_KEYS:
                return
            for key, sub in value.items():
                name = f"{table}.{key}" if table else key
                if key not in KNOWN_KEYS[table]:
                    line = self.lines.of(table, key, index) or self.lines.of(name, None, index)
                    if table:
                        self.warn(
                            N_("unknown key '{key}' in [{table}] is ignored — check its spelling"),
                            line,
                            key=key,
                            table=table,
                        )
                    else:
                        self.warn(
                            N_(
                                "unknown key '{key}' in the top level is ignored — "
                                "check its spelling"
                            ),
                            line,
                            key=key,
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
            self.problem(
                N_("missing table [{name}] — add it (see the README's pack format)"), name=name
            )
            return {}
        if not isinstance(value, dict):
            self.problem(
                N_("'{name}' must be a table, not a {type} — write it as [{name}]"),
                self.lines.of("", name),
                name=name,
                type=type_name(value),
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
        label: object = f"[{where}] {key}"
        if where == "questions":
            label = problem("", N_("question {number}: {key}"), number=index + 1, key=key)
        if value is None:
            if required:
                self.problem(N_('{label} is missing — add {key} = "…"'), line, label=label, key=key)
            return ""
        if not isinstance(value, str):
            self.problem(
                N_('{label} must be text, not a {type} — write it in double quotes: {key} = "…"'),
                line,
                label=label,
                type=type_name(value),
                key=key,
            )
            return ""
        value = value.strip()
        if required and not value:
            self.problem(N_("{label} is empty — give it a value"), line, label=label)
        elif value and pattern is not None and not pattern.fullmatch(value):
            hint = ID_HINT if pattern is ID_PATTERN else LANGUAGE_HINT
            self.problem(
                N_('{label} "{value}" is not valid — {hint}'),
                line,
                label=label,
                value=value,
                hint=hint,
            )
        return value

    def _url(self, table: dict[str, Any], where: str, key: str, *, required: bool) -> str:
        value = self._string(table, where, key, required=required)
        refused = url_problem(value, f"[{where}] {key}") if value else None
        if refused:
            line = self.lines.of(where, key)
            self.problems.append(replace(refused, where=location(MANIFEST, line)))
        return value

    def _link(self, links: dict[str, Any], name: str) -> Link | None:
        where = f"links.{name}"
        table = links.get(name)
        if table is None:
            return None
        if not isinstance(table, dict):
            self.problem(
                N_("'{name}' must be a table, not a {type} — write it as [{name}]"),
                self.lines.of("links", name),
                name=where,
                type=type_name(table),
            )
            return None
        label = self._string(table, where, "label")
        url = self._url(table, where, "url", required=True)
        blurb = self._string(table, where, "blurb", required=False)
        return Link(label, url, blurb)

    def _questions(self, data: dict[str, Any]) -> list[Question]:
        entries = data.get("questions")
        if entries is None:
            self.problem(N_("no [[questions]] — add at least one [[questions]] entry"))
            return []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.problem(
                N_(
                    "'questions' must be a list of tables — "
                    "write each one under a [[questions]] line"
                ),
                self.lines.of("", "questions"),
            )
            return []
        if not entries:
            self.problem(N_("no [[questions]] — add at least one [[questions]] entry"))
            return []
        if len(entries) > MAX_QUESTIONS:
            self.problem(
                N_("{count} questions is more than the reader handles ({limit}) — split the pack"),
                count=len(entries),
                limit=MAX_QUESTIONS,
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
                    N_(
                        'question id "{id}" is used twice (first at question {first}) — give '
                        "each question its own id"
                    ),
                    line,
                    id=qid,
                    first=seen[qid] + 1,
                )
            elif qid:
                seen[qid] = index
            markdown = self._text_file(ANSWER, file, index) if file else ""
            # Notes are optional, but a notes file that is named must be usable.
            notes = self._text_file(NOTES, notes_file, index) if notes_file else ""
            if markdown and might_show_pictures(markdown):
                self._pictures(file, markdown)
            if qid and title and markdown:
                questions.append(
                    Question(qid, title, file, markdown, fold(title + "\n" + markdown), notes)
                )
        return questions

    def _pictures(self, file: str, markdown: str) -> None:
        """The limits of the pictures answer ``file`` shows (see ``pictures``)."""
        problems, warnings = picture_problems(self.files, file, markdown)
        self.problems.extend(problems)
        self.warnings.extend(warnings)

    def _text_file(self, kind: FileKind, file: str, index: int) -> str:
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
            if kind is ANSWER:
                self.problem(N_("is empty — write the answer in it"), 1, file)
            else:
                self.problem(
                    N_("is empty — write the trainer's notes in it, or remove the notes line"),
                    1,
                    file,
                )
            return ""
        return text

    def _read(self, file: str, limit: int, line: int | None, kind: FileKind) -> bytes | None:
        """The bytes of pack file ``file``, or None with the problem recorded: only a
        regular file inside the pack (folder or archive), within ``limit``."""
        try:
            return self.files.read(file, limit)
        except PackFileError as error:
            self.problems.append(file_problem(location(MANIFEST, line), file, error, limit, kind))
            return None
