"""The command line: argument parsing, the subcommands and the one-line errors.

``hrd-reader``, ``python main.py`` and ``python -m hrd_reader`` all call :func:`main`. It
runs a subcommand (``validate``, ``import-faq``, ``export-pdf``, ``pack``) or hands the
reader's options to :mod:`hrd_reader.app`. Wherever a pack is asked for, a folder and a
``.hrdpack`` file both do. Bad arguments or a bad pack end with one line on stderr
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

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.version import VERSION
from hrd_reader.usage import (
    EXIT_OK,
    EXIT_USAGE,
    PROGRAM,
    UsageError,
    load_content,
    require_question,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {PROGRAM} --help)")


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="Offline reader for the Human Rights Defenders FAQ.",
        epilog="Commands: '%(prog)s validate PACK' checks a content pack and lists every "
        "problem; '%(prog)s import-faq FILE OUT' turns a plain-text FAQ into a pack; "
        "'%(prog)s export-pdf OUT.pdf' writes a PDF handout; '%(prog)s pack DIR "
        "OUT.hrdpack' makes one file of a pack folder, to carry or send. Run '%(prog)s "
        "COMMAND --help' for details.",
    )
    parser.add_argument(
        "pack",
        nargs="?",
        metavar="PACK",
        help="show this content pack (a folder or a .hrdpack file) instead of the bundled FAQ",
    )
    parser.add_argument(
        "--content", metavar="PACK", help="the same as PACK: a folder or a .hrdpack file"
    )
    parser.add_argument("--question", metavar="ID", help="open at the question with this id")
    parser.add_argument(
        "--presentation",
        action="store_true",
        help="start in presentation mode: full screen, large type (Esc leaves)",
    )
    parser.add_argument(
        "--duration",
        metavar="MINUTES",
        type=int,
        help="length of the workshop for this run: the presenter console's timer turns "
        "amber five minutes before the end and red after it",
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
    parser.add_argument(
        "dir", metavar="PACK", help="the pack folder (holds pack.toml) or a .hrdpack file"
    )
    return parser


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
    parser.add_argument(
        "dir",
        metavar="OUT",
        help="a new or empty folder for the pack, or a new OUT.hrdpack file",
    )
    parser.add_argument(
        "--donate-url",
        metavar="URL",
        help="address the Donate button opens (needed when the text has the donate line; "
        "without it the pack has no Donate button)",
    )
    parser.add_argument(
        "--signup-url",
        metavar="URL",
        help="address the Sign Up button opens (default, when the text has the sign-up "
        "line: the --source address)",
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
        donate_url=args.donate_url or "",
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


# Paper sizes of export-pdf, by the names gui/handout.py's PAGE_SIZES knows (not imported
# here: parsing arguments must not load Qt).
PAPERS = ("a4", "letter")


def _export_pdf_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROGRAM} export-pdf",
        description="Write a PDF handout: title page, every question and answer, page "
        "numbers, and a last page with the attribution, the source and the Donate / Sign Up "
        "addresses (those the pack has) with QR codes. Needs no display.",
    )
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument(
        "--content",
        metavar="PACK",
        help="use this content pack (a folder or a .hrdpack file) instead of the bundled FAQ",
    )
    parser.add_argument(
        "--question",
        metavar="ID",
        help='only this question (the "current question" handout); default: the whole FAQ',
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="the trainer's handout: each question's trainer notes under its answer, "
        "marked (never give this one to participants)",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        default=PAPERS[0],
        help="the paper size: a4 (default) or letter (US)",
    )
    return parser


def export_pdf(argv: Sequence[str]) -> int:
    args = _export_pdf_parser().parse_args(argv)
    pack = load_content(args.content)
    rows = list(range(len(pack.questions)))
    if args.question:
        rows = [require_question(pack, args.question)]
    # A handout needs fonts, not a screen: works over SSH, in CI, on a server. Not on
    # Windows, which always has its platform, and whose offscreen platform finds no font
    # (it reads only Qt's own lib/fonts folder): every letter would be a box.
    if sys.platform != "win32":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from hrd_reader.gui.handout import HandoutError
    from hrd_reader.gui.handout import export_pdf as write_pdf
    from hrd_reader.gui.qt_app import create_application

    create_application()
    try:
        pages = write_pdf(pack, args.out, rows, notes=args.notes, paper=args.paper)
    except HandoutError as exc:
        raise UsageError(str(exc)) from exc
    what = "the whole FAQ" if len(rows) > 1 else f"question '{pack.questions[rows[0]].id}'"
    if args.notes:
        what += " with trainer notes" if pack.has_notes else " (the pack has no trainer notes)"
    print(f"{args.out}: {pages} page{'' if pages == 1 else 's'}, {what}")
    return EXIT_OK


def _pack_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROGRAM} pack",
        description="Make one .hrdpack file of a pack folder, to carry on a USB stick or send "
        "by e-mail or a messaging app; the reader opens it like the folder. The folder is "
        "checked first; hidden files (.git, .DS_Store) are left out. The same folder always "
        "gives the same bytes.",
    )
    parser.add_argument("dir", metavar="DIR", help="the pack folder (holds pack.toml)")
    parser.add_argument("out", metavar="OUT.hrdpack", help="the pack file to write")
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace OUT.hrdpack if it exists (otherwise an existing file is never touched)",
    )
    return parser


def pack(argv: Sequence[str]) -> int:
    from hrd_reader.core.archive import is_archive_path, save_pack
    from hrd_reader.core.manifest import open_files
    from hrd_reader.core.packfiles import SUFFIX

    args = _pack_parser().parse_args(argv)
    source, out = Path(args.dir), Path(args.out)
    if not is_archive_path(out):
        raise UsageError(f"{out}: a pack file's name ends in {SUFFIX} — e.g. {out.stem}{SUFFIX}")
    if source.is_dir() and out.resolve().is_relative_to(source.resolve()):
        raise UsageError(f"{out}: is inside the folder being packed — write it elsewhere")
    try:
        load_pack(source)  # every problem of the folder, before anything is read for writing
        loaded, count = save_pack(open_files(source), out, overwrite=args.overwrite)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{out}: nothing was written — fix the problems above", file=sys.stderr)
        return EXIT_USAGE
    size = out.stat().st_size
    print(
        f"{out}: pack '{loaded.id}' — {len(loaded.questions)} questions, {count} "
        f"files, {max(1, size // 1024)} KiB; open it with '{PROGRAM} {out}'"
    )
    return EXIT_OK


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "validate": validate,
    "export-pdf": export_pdf,
    "import-faq": import_faq,
    "pack": pack,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return SUBCOMMANDS[argv[0]](argv[1:])
        args = _reader_parser().parse_args(argv)
        if args.pack and args.content:
            raise UsageError("give the pack once: as PACK or as --content PACK, not both")
        # A double-clicked .hrdpack arrives as PACK; everything after reads args.content.
        args.content = args.content or args.pack
        # The reader's start-up, which loads Qt; the subcommands above never need it.
        from hrd_reader.app import run_reader

        return run_reader(args)
    except UsageError as exc:
        print(f"{PROGRAM}: {exc}", file=sys.stderr)
        return EXIT_USAGE
