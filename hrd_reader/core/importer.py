"""Authoring: turn a plain-text FAQ ("Q: question" lines, answer paragraphs) into a pack.

Pure Python — never imports Qt. ``parse_faq`` reads the text into questions, paragraphs and
the page's calls to action; ``write_pack`` writes ``pack.toml`` and ``answers/<id>.md`` and
then loads the result with ``load_pack`` so an import never produces a pack the reader
would refuse. The text is read and decoded as every pack file is (``textfile``).

The text format is the one of the captured Carter Center page:

- a line starting ``Q:`` begins a question; the paragraphs after it are its answer;
- the last line before the first question is the pack's title (unless one is given);
- a line that is exactly the donate label ("Donate Now") or the sign-up label ("Sign Up For
  Email") ends the answers, and the paragraph right after the sign-up label is its blurb;
  each such line needs its address as an option (the text has none), and a pack without
  them has no such button;
- every other line (page chrome such as "Back To Top") is ignored, with a warning that
  names its line.

Whitespace is normalised (no-break spaces and runs of spaces become one space); every word
and character of the prose is kept.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hrd_reader.core.archive import is_archive_path, write_archive
from hrd_reader.core.languages import LANGUAGE_HINT, LANGUAGE_PATTERN
from hrd_reader.core.loader import load_pack
from hrd_reader.core.manifest import read_files
from hrd_reader.core.pack import ID_HINT, ID_PATTERN, Pack
from hrd_reader.core.packfiles import MANIFEST, MemoryFiles
from hrd_reader.core.problems import N_, ContentError, Problem, location, problem
from hrd_reader.core.textfile import decode_text, read_bytes

QUESTION_PREFIX = "Q:"
DEFAULT_DONATE_LABEL = "Donate Now"
DEFAULT_SIGNUP_LABEL = "Sign Up For Email"
MAX_ID_LENGTH = 60


@dataclass
class ImportedQuestion:
    id: str
    title: str
    line: int
    paragraphs: list[str] = field(default_factory=list)

    @property
    def markdown(self) -> str:
        return "\n\n".join(escape_markdown(p) for p in self.paragraphs) + "\n"


@dataclass
class ParsedFaq:
    title: str
    questions: list[ImportedQuestion]
    donate_label: str
    signup_label: str
    blurb: str
    warnings: list[str]
    donate_line: int = 0  # where the calls to action are in the text (0: not there)
    signup_line: int = 0


@dataclass(frozen=True)
class PackInfo:
    """What the text does not say: addresses, attribution, language. Empty = derive."""

    donate_url: str = ""
    signup_url: str = ""
    source: str = ""
    title: str = ""
    pack_id: str = ""
    language: str = "en"
    attribution: str = ""
    donate_label: str = DEFAULT_DONATE_LABEL
    signup_label: str = DEFAULT_SIGNUP_LABEL
    blurb: str = ""


def normalise(line: str) -> str:
    """One space between words; no-break and other Unicode spaces count as spaces."""
    return " ".join(line.split())


def slug(text: str) -> str:
    """An id from a question: lower-case ASCII words joined by hyphens, at most 60 chars."""
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    )
    words = re.findall(r"[a-z0-9]+", ascii_text)
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > MAX_ID_LENGTH:
            break
        result = candidate
    return result or (words[0][:MAX_ID_LENGTH] if words else "")


def _unique_ids(titles: list[str]) -> Iterator[str]:
    seen: set[str] = set()
    for number, title in enumerate(titles, start=1):
        base = slug(title) or f"question-{number}"  # e.g. titles in Arabic script
        candidate, count = base, 2
        while candidate in seen:
            candidate = f"{base}-{count}"
            count += 1
        seen.add(candidate)
        yield candidate


_BLOCK_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|={2,}|-{2,}|\s{4})")


def escape_markdown(paragraph: str) -> str:
    """Plain text that Markdown shows as it is: ``*``, ``_``, ``[`` … are not markup here."""
    # HTML first: "<b>" in the text is text, and Markdown has no backslash escape for "<".
    escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;")
    escaped = re.sub(r"([\\`*_\[\]])", r"\\\1", escaped)
    if _BLOCK_START.match(escaped):
        # "1. Item" or "# Title" at the start of a paragraph would become a list or heading.
        escaped = re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)
        if not escaped[0].isdigit():
            escaped = "\\" + escaped
    return escaped


def parse_faq(
    text: str,
    name: str = "FAQ",
    *,
    donate_label: str = DEFAULT_DONATE_LABEL,
    signup_label: str = DEFAULT_SIGNUP_LABEL,
) -> ParsedFaq:
    """Questions and answer paragraphs of ``text``; raise ContentError listing every problem.

    ``name`` is the file name used in messages (``name:LINE: …``).
    """
    problems: list[Problem] = []
    warnings: list[tuple[int, str]] = []
    questions: list[ImportedQuestion] = []
    before: list[tuple[int, str]] = []  # paragraphs before the first question
    donate_line = signup_line = 0
    blurb = ""
    expect_blurb = False
    ended = False  # the calls to action close the answers
    paragraph: list[str] = []
    paragraph_line = 0

    def ignore(line: int, content: str, why: str) -> None:
        warnings.append((line, f"{name}:{line}: ignored “{content}” — {why}"))

    def flush() -> None:
        nonlocal paragraph, expect_blurb, blurb
        if not paragraph:
            return
        content = " ".join(paragraph)
        paragraph = []
        if expect_blurb:
            blurb, expect_blurb = content, False
        elif ended:
            ignore(paragraph_line, content, "it comes after the calls to action")
        elif questions:
            questions[-1].paragraphs.append(content)
        else:
            before.append((paragraph_line, content))

    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = normalise(raw_line)
        if not line:
            flush()
            continue
        if line.startswith(QUESTION_PREFIX):
            flush()
            title = normalise(line[len(QUESTION_PREFIX) :])
            if ended:
                ignore(number, line, "questions must come before the calls to action")
            elif not title:
                problems.append(
                    problem(
                        location(name, number),
                        N_("“Q:” with no question after it — write the question on the same line"),
                    )
                )
            else:
                questions.append(ImportedQuestion("", title, number))
            continue
        if line in (donate_label, signup_label):
            flush()
            ended = True
            if line == donate_label:
                donate_line = donate_line or number
            else:
                signup_line, expect_blurb = signup_line or number, True
            continue
        if ended and not expect_blurb:
            ignore(number, line, "it comes after the calls to action")
            continue
        if not paragraph:
            paragraph_line = number
        paragraph.append(line)
    flush()

    title = ""
    if before:
        *chrome, (_, title) = before
        for line_number, content in chrome:
            ignore(line_number, content, "only the line just above the first question is the title")
    for question in questions:
        if not question.paragraphs:
            problems.append(
                problem(
                    location(name, question.line),
                    N_(
                        "question “{title}” has no answer — write its answer as paragraphs "
                        "under the “Q:” line"
                    ),
                    title=question.title,
                )
            )
    if not questions and not problems:
        problems.append(
            problem(
                location(name),
                N_("no questions found — start each question on its own line with “Q: ”"),
            )
        )
    if problems:
        raise ContentError(problems)
    for question, qid in zip(questions, _unique_ids([q.title for q in questions]), strict=True):
        question.id = qid
    return ParsedFaq(
        title=title,
        questions=questions,
        donate_label=donate_label if donate_line else "",
        signup_label=signup_label if signup_line else "",
        blurb=blurb,
        warnings=[message for _, message in sorted(warnings)],
        donate_line=donate_line,
        signup_line=signup_line,
    )


def toml_string(value: str) -> str:
    """A TOML basic string. JSON's escapes are TOML's, except DEL which TOML also forbids."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def signup_address(faq: ParsedFaq, info: PackInfo) -> str:
    """The Sign Up address: --signup-url, or the source page when the text has the line."""
    return info.signup_url or (info.source if faq.signup_line else "")


def manifest_text(faq: ParsedFaq, info: PackInfo) -> str:
    title = info.title or faq.title
    signup_url = signup_address(faq, info)
    lines = [
        "# Made by 'hrd-reader import-faq'. Edit freely; check with 'hrd-reader validate'.",
        "",
        "[pack]",
        f"id = {toml_string(info.pack_id or slug(title) or 'faq')}",
        f"title = {toml_string(title)}",
        f"language = {toml_string(info.language)}",
    ]
    if info.source:
        lines.append(f"source = {toml_string(info.source)}")
    lines += [
        f"attribution = {toml_string(info.attribution or 'Text: ' + title)}",
    ]
    # Only the calls to action there are addresses for (check_info wants one for each line).
    if info.donate_url:
        lines += [
            "",
            "[links.donate]",
            f"label = {toml_string(faq.donate_label or info.donate_label)}",
            f"url = {toml_string(info.donate_url)}",
        ]
    if signup_url:
        lines += [
            "",
            "[links.signup]",
            f"label = {toml_string(faq.signup_label or info.signup_label)}",
            f"url = {toml_string(signup_url)}",
        ]
        blurb = info.blurb or faq.blurb
        if blurb:
            lines.append(f"blurb = {toml_string(blurb)}")
    for question in faq.questions:
        lines += [
            "",
            "[[questions]]",
            f"id = {toml_string(question.id)}",
            f"title = {toml_string(question.title)}",
            f"file = {toml_string(f'answers/{question.id}.md')}",
        ]
    return "\n".join(lines) + "\n"


def check_info(faq: ParsedFaq, info: PackInfo, name: str = "FAQ") -> list[Problem]:
    """What is missing before a pack can be written, each with the option that supplies it."""
    problems: list[Problem] = []

    def add(where: str, template: str, **values: object) -> None:
        problems.append(problem(where, template, **values))

    if not (info.title or faq.title):
        add("", N_("no title — put it on the line above the first question, or give --title"))
    if faq.donate_line and not info.donate_url:
        add(
            location(name, faq.donate_line),
            N_(
                "“{label}” but no donation address — give --donate-url URL (or delete the "
                "line for a pack without a Donate button)"
            ),
            label=faq.donate_label,
        )
    if faq.signup_line and not signup_address(faq, info):
        add(
            location(name, faq.signup_line),
            N_(
                "“{label}” but no sign-up address — give --signup-url URL or --source URL "
                "(or delete the line for a pack without a Sign Up button)"
            ),
            label=faq.signup_label,
        )
    if info.pack_id and not ID_PATTERN.fullmatch(info.pack_id):
        add("", N_('pack id "{value}" is not valid — {hint}'), value=info.pack_id, hint=ID_HINT)
    if not LANGUAGE_PATTERN.fullmatch(info.language):
        add(
            "",
            N_('language "{value}" is not valid — {hint}'),
            value=info.language,
            hint=LANGUAGE_HINT,
        )
    return problems


def import_faq(source: Path, target: Path, info: PackInfo) -> tuple[Pack, list[str]]:
    """Read ``source``, write a pack into the new or empty folder ``target`` — or, when
    ``target`` ends in ``.hrdpack``, into that new pack file.

    Returns the loaded pack and the warnings (ignored lines). Raises ContentError with every
    problem; then nothing is written, and an existing folder with files is never touched.
    """
    faq = parse_faq(
        # The path as given where it cannot be read; the file's name in FILE:LINE problems.
        decode_text(read_bytes(source, str(source)), source.name),
        source.name,
        donate_label=info.donate_label,
        signup_label=info.signup_label,
    )
    problems = check_info(faq, info, source.name)
    members = {f"answers/{q.id}.md": q.markdown.encode("utf-8") for q in faq.questions}
    members[MANIFEST] = manifest_text(faq, info).encode("utf-8")
    if is_archive_path(target):
        if problems:
            raise ContentError(problems)
        # Checked as the reader will read it, before a byte is written; never overwritten.
        read_files(MemoryFiles(target, members))
        write_archive(members, target)
        return load_pack(target), faq.warnings
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        problems.append(
            problem(
                location(str(target)),
                N_(
                    "already exists and is not an empty folder — choose a new folder, so that "
                    "nothing there is overwritten"
                ),
            )
        )
    if problems:
        raise ContentError(problems)
    try:
        for name, data in members.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(data)
    except OSError as exc:
        raise ContentError(
            [
                problem(
                    location(str(target)),
                    N_("cannot write the pack ({reason}) — choose a writable folder"),
                    reason=exc.strerror,
                )
            ]
        ) from exc
    pack = load_pack(target)
    return pack, faq.warnings
