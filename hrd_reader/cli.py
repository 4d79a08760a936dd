"""The command line: argument parsing, the subcommands and the one-line errors.

``hrd-reader``, ``python main.py`` and ``python -m hrd_reader`` all call :func:`main`. It
runs a subcommand (``validate``, ``import-faq``, ``export-pdf``, ``export-html``,
``export-zim``, ``pack``, ``serve``) or hands the reader's options to :mod:`hrd_reader.app`
(a pack is a folder or a ``.hrdpack`` file). Bad arguments or a bad pack: one line on stderr
and exit status 2 — never a traceback.

Nothing here imports Qt at import time: ``validate`` and ``--version`` answer without it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hrd_reader.core import session_bus
from hrd_reader.core.savefile import SaveError
from hrd_reader.core.version import VERSION
from hrd_reader.pack_commands import import_faq, pack, validate
from hrd_reader.share.options import add_share_options
from hrd_reader.usage import (
    EXIT_OK,
    EXIT_USAGE,
    PROGRAM,
    Parser,
    UsageError,
    load_content,
    require_question,
)


def _reader_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROGRAM,
        description="Offline reader for the Human Rights Defenders FAQ.",
        epilog="Commands: '%(prog)s validate PACK' checks a content pack and lists every "
        "problem; '%(prog)s import-faq FILE OUT' turns a plain-text FAQ into a pack; "
        "'%(prog)s export-pdf OUT.pdf' writes a PDF handout; '%(prog)s export-html OUT.html' "
        "and '%(prog)s export-zim OUT.zim' write the FAQ for phones and Kiwix; '%(prog)s pack DIR "
        "OUT.hrdpack' makes one file of a pack folder, to carry or send; '%(prog)s serve' "
        "shares it with the phones in the room. Run '%(prog)s COMMAND --help' for details.",
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
    add_share_options(parser, reader=True)
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="quit as soon as the first answer has been painted on screen (for measuring "
        "start-up time: python -m bench)",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {VERSION}")
    return parser


# Paper sizes of export-pdf, by the names gui/handouts/handout.py's PAGE_SIZES knows (not imported
# here: parsing arguments must not load Qt).
PAPERS = ("a4", "letter")
CONTENT_HELP = "use this content pack (a folder or a .hrdpack file) instead of the bundled FAQ"


def _export_pdf_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=f"{PROGRAM} export-pdf",
        description="Write a PDF handout: title page, every question and answer, page "
        "numbers, and a last page with the attribution, the source and the Donate / Sign Up "
        "addresses (those the pack has) with QR codes. Needs no display.",
    )
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument("--content", metavar="PACK", help=CONTENT_HELP)
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
    from hrd_reader.gui.handouts.handout import HandoutError
    from hrd_reader.gui.handouts.handout import export_pdf as write_pdf
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


# The files a participant takes home (hrd_reader/web/export.py): argument, description.
WEB_EXPORTS = {
    "export-html": ("OUT.html", "Write the whole FAQ as one web page any phone or computer "
                    "browser opens offline (no script, nothing fetched, no trainer notes)."),
    "export-zim": ("OUT.zim", "Write the whole FAQ as a ZIM file for Kiwix: a book of its "
                   "library, searchable, on phones too (no trainer notes)."),
}  # fmt: skip


def serve(argv: Sequence[str]) -> int:
    """``serve``: sharing is loaded only now (see :mod:`hrd_reader.share.command`)."""
    from hrd_reader.share.command import serve as share

    return share(argv)


def export_web(command: str, argv: Sequence[str]) -> int:
    """``export-html`` and ``export-zim``: headless, one file written whole or not at all."""
    metavar, description = WEB_EXPORTS[command]
    parser = Parser(prog=f"{PROGRAM} {command}", description=description)
    parser.add_argument("out", metavar=metavar, help="the file to write")
    parser.add_argument("--content", metavar="PACK", help=CONTENT_HELP)
    args = parser.parse_args(argv)
    pack = load_content(args.content)
    from hrd_reader.web.export import export

    try:
        print(f"{args.out}: {export(pack, Path(args.out), command.removeprefix('export-'))}")
    except SaveError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "validate": validate,
    "serve": serve,
    "export-pdf": export_pdf,
    "import-faq": import_faq,
    "pack": pack,
    "export-html": lambda argv: export_web("export-html", argv),
    "export-zim": lambda argv: export_web("export-zim", argv),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    session_bus.no_autolaunch()
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
