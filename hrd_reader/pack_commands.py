"""The subcommands that check and make packs: ``validate``, ``import-faq`` and ``pack``.

A trainer's tools, run without a window: each loads what it needs (the importer, the archive
writer, the picture shrinker) only when called. Problems are printed with their
``FILE:LINE:`` and end in exit status 2; nothing half-made is left behind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from hrd_reader.core import ContentError, load_pack
from hrd_reader.usage import EXIT_OK, EXIT_USAGE, PROGRAM, Parser, UsageError


def _validate_parser() -> argparse.ArgumentParser:
    parser = Parser(
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

    parser = Parser(
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


def _pack_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    parser.add_argument(
        "--shrink-pictures",
        action="store_true",
        help="scale pictures larger than the reader ever shows them down to 1600 pixels "
        "across and re-encode them (also drops their camera data: place, time); the folder "
        "itself is not changed",
    )
    return parser


def pack(argv: Sequence[str]) -> int:
    from hrd_reader.core.archive import is_archive_path
    from hrd_reader.core.loader import save_pack
    from hrd_reader.core.manifest import open_files
    from hrd_reader.core.packfiles import SUFFIX

    args = _pack_parser().parse_args(argv)
    source, out = Path(args.dir), Path(args.out)
    if not is_archive_path(out):
        raise UsageError(f"{out}: a pack file's name ends in {SUFFIX} — e.g. {out.stem}{SUFFIX}")
    if source.is_dir() and out.resolve().is_relative_to(source.resolve()):
        raise UsageError(f"{out}: is inside the folder being packed — write it elsewhere")
    shrunk: list[str] = []
    try:
        load_pack(source)  # every problem of the folder, before anything is read for writing
        files = open_files(source)
        if args.shrink_pictures:
            from hrd_reader.core.packfiles import MemoryFiles
            from hrd_reader.imaging.shrink import shrink_members

            members, shrunk = shrink_members(files.members())
            files = MemoryFiles(source, members)
        loaded, count = save_pack(files, out, overwrite=args.overwrite)
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
    if args.shrink_pictures:
        print(f"{len(shrunk)} picture(s) made smaller: {', '.join(shrunk) or 'none needed it'}")
    return EXIT_OK
