"""The command line: argument parsing, the subcommands and the one-line errors.

``hrd-reader``, ``python main.py`` and ``python -m hrd_reader`` all call :func:`main`. It
runs a subcommand (``validate``, ``import-faq``, ``export-pdf``) or hands the reader's
options to :mod:`hrd_reader.app`. Bad arguments or a bad pack end with one line on stderr
and exit status 2 — never a traceback.

Nothing here imports Qt or the importer at import time: each subcommand loads what it needs,
so ``validate`` and ``--version`` answer without starting Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from hrd_reader.core import ContentError, Pack, bundled_pack, load_pack
from hrd_reader.core.version import VERSION

PROGRAM = "hrd-reader"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
# How many ids an unknown --question lists: enough to spot a typo, short enough for a line.
SHOWN_IDS = 10


class UsageError(Exception):
    """Bad arguments or a bad pack: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {PROGRAM} --help)")


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="Offline reader for the Human Rights Defenders FAQ.",
        epilog="Commands: '%(prog)s validate DIR' checks a content pack and lists every "
        "problem; '%(prog)s import-faq FILE DIR' turns a plain-text FAQ into a pack; "
        "'%(prog)s export-pdf OUT.pdf' writes a PDF handout. Run '%(prog)s COMMAND --help' "
        "for details.",
    )
    parser.add_argument(
        "--content", metavar="DIR", help="show the content pack in DIR instead of the bundled FAQ"
    )
    parser.add_argument("--question", metavar="ID", help="open at the question with this id")
    parser.add_argument(
        "--presentation",
        action="store_true",
        help="start in presentation mode: full screen, large type (Esc leaves)",
    )
    parser.add_argument(
        "--private",
        action="store_true",
        help="a private session: nothing is written to this computer (no settings, log or "
        "history), only the files you save yourself",
    )
    parser.add_argument(
        "--settings", metavar="FILE", help="keep settings in FILE (an INI file; portable use)"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language for this run: en, fr, es or ar (default: the Language "
        "menu's choice, else the system's language)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load the pack, render every answer, build the window "
        "offscreen, print a summary and exit (0 = all good)",
    )
    parser.add_argument(
        "--open-link",
        choices=("donate", "signup"),
        help="open the pack's Donate or Sign Up address in the system browser, as the "
        "buttons do, then exit (0 = the browser took it; otherwise the address is shown "
        "to copy or scan, and the exit status is 1 once that window is closed)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save a picture of the window once it is shown, then close it and exit",
    )
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="quit as soon as the first answer has been painted on screen (for measuring "
        "start-up time: python -m bench)",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {VERSION}")
    return parser


def _validate_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROGRAM} validate",
        description="Check a content pack; print every problem with file and "
        "line. Exit status 0 when the pack is good, 2 when not.",
    )
    parser.add_argument("dir", metavar="DIR", help="the pack folder (holds pack.toml)")
    return parser


def load_content(content: str | None) -> Pack:
    """The pack at ``content``, or the bundled one; a bad pack is a one-line UsageError."""
    try:
        return load_pack(content) if content else bundled_pack()
    except ContentError as exc:
        where = content or "the bundled pack"
        count = len(exc.problems)
        first = exc.problems[0] if exc.problems else "unknown problem"
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


def validate(argv: Sequence[str]) -> int:
    args = _validate_parser().parse_args(argv)
    try:
        pack = load_pack(args.dir)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        print(
            f"{args.dir}: {len(exc.problems)} problem(s) — the pack cannot be used until "
            "they are fixed",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for warning in pack.warnings:
        print(f"warning: {warning}")
    print(f"{args.dir}: pack '{pack.id}' is valid — {len(pack.questions)} questions")
    return EXIT_OK


def _import_parser() -> argparse.ArgumentParser:
    # The importer is loaded for this command only: starting the reader does not need it.
    from hrd_reader.core.importer import DEFAULT_DONATE_LABEL, DEFAULT_SIGNUP_LABEL

    parser = _Parser(
        prog=f"{PROGRAM} import-faq",
        description="Turn a plain-text FAQ into a content pack. Each question is a line "
        "starting 'Q:'; the paragraphs under it are its answer. The line just above the "
        "first question is the title; a line that is exactly the donate or sign-up label "
        "ends the answers, and the paragraph after the sign-up label is its blurb. Other "
        "lines are ignored, each with a warning naming its line. Addresses are not in the "
        "text: give them as options.",
    )
    parser.add_argument("file", metavar="FILE", help="the FAQ text (UTF-8)")
    parser.add_argument("dir", metavar="DIR", help="a new or empty folder for the pack")
    parser.add_argument(
        "--donate-url", metavar="URL", required=True, help="address the Donate button opens"
    )
    parser.add_argument(
        "--signup-url",
        metavar="URL",
        help="address the Sign Up button opens (default: the --source address)",
    )
    parser.add_argument("--source", metavar="URL", help="address of the page the text is from")
    parser.add_argument("--title", help="the pack's title (default: the line above Q: 1)")
    parser.add_argument("--id", dest="pack_id", help="the pack's id (default: from the title)")
    parser.add_argument(
        "--language", default="en", metavar="CODE", help="BCP 47 language code (default: en)"
    )
    parser.add_argument(
        "--attribution", help="who the text belongs to (default: 'Text: ' and the title)"
    )
    parser.add_argument(
        "--donate-label",
        default=DEFAULT_DONATE_LABEL,
        metavar="TEXT",
        help="the donate line in the text and the button's label "
        f"(default: {DEFAULT_DONATE_LABEL})",
    )
    parser.add_argument(
        "--signup-label",
        default=DEFAULT_SIGNUP_LABEL,
        metavar="TEXT",
        help="the sign-up line in the text and the button's label "
        f"(default: {DEFAULT_SIGNUP_LABEL})",
    )
    parser.add_argument("--blurb", help="sign-up blurb (default: the paragraph after the label)")
    return parser


def import_faq(argv: Sequence[str]) -> int:
    from hrd_reader.core import importer
    from hrd_reader.core.importer import PackInfo

    args = _import_parser().parse_args(argv)
    info = PackInfo(
        donate_url=args.donate_url,
        signup_url=args.signup_url or "",
        source=args.source or "",
        title=args.title or "",
        pack_id=args.pack_id or "",
        language=args.language,
        attribution=args.attribution or "",
        donate_label=args.donate_label,
        signup_label=args.signup_label,
        blurb=args.blurb or "",
    )
    try:
        pack, warnings = importer.import_faq(Path(args.file), Path(args.dir), info)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{args.file}: nothing was written — fix the problems above", file=sys.stderr)
        return EXIT_USAGE
    for warning in warnings:
        print(f"warning: {warning}")
    print(
        f"{args.dir}: pack '{pack.id}' written — {len(pack.questions)} questions; "
        f"check it with '{PROGRAM} validate {args.dir}'"
    )
    return EXIT_OK


def _export_pdf_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROGRAM} export-pdf",
        description="Write a PDF handout: title page, every question and answer, page "
        "numbers, and a last page with the attribution, the source and the Donate / Sign Up "
        "addresses with QR codes. Needs no display.",
    )
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument(
        "--content", metavar="DIR", help="use the content pack in DIR instead of the bundled FAQ"
    )
    parser.add_argument(
        "--question",
        metavar="ID",
        help='only this question (the "current question" handout); default: the whole FAQ',
    )
    return parser


def export_pdf(argv: Sequence[str]) -> int:
    args = _export_pdf_parser().parse_args(argv)
    pack = load_content(args.content)
    rows = list(range(len(pack.questions)))
    if args.question:
        rows = [require_question(pack, args.question)]
    # A handout needs fonts, not a screen: works over SSH, in CI, on a server.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from hrd_reader.gui.handout import HandoutError
    from hrd_reader.gui.handout import export_pdf as write_pdf
    from hrd_reader.gui.qt_app import create_application

    create_application()
    try:
        pages = write_pdf(pack, args.out, rows)
    except HandoutError as exc:
        raise UsageError(str(exc)) from exc
    what = "the whole FAQ" if len(rows) > 1 else f"question '{pack.questions[rows[0]].id}'"
    print(f"{args.out}: {pages} page{'' if pages == 1 else 's'}, {what}")
    return EXIT_OK


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "validate": validate,
    "export-pdf": export_pdf,
    "import-faq": import_faq,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return SUBCOMMANDS[argv[0]](argv[1:])
        args = _reader_parser().parse_args(argv)
        # The reader's start-up, which loads Qt; the subcommands above never need it.
        from hrd_reader.app import run_reader

        return run_reader(args)
    except UsageError as exc:
        print(f"{PROGRAM}: {exc}", file=sys.stderr)
        return EXIT_USAGE
