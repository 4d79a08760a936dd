"""The pictures of a pack's answers: which files an answer shows, the limits they are held
to, and the size each is shown at — one home for these rules, used by the manifest's checks,
the answer pane, the presentation, handouts, ``pack --shrink-pictures`` and the exports.

A picture's size is read from its header (``picture_header``), never by decoding it. One
over ``MAX_PICTURE_PIXELS`` is a problem of the pack (``FILE:LINE:`` in the answer that
shows it, with its size in pixels) and is never decoded: eight tiny PNGs of 7900 × 7900
zeros would otherwise take 2 GB. One far larger than it is ever shown (``OVERSIZED_SIDE``)
or that is missing or of no format the reader shows is a warning: the pack still opens.
Nothing is ever shown larger than ``LARGEST_SHOWN`` pixels across, which is also the size
``pack --shrink-pictures`` and the exports scale pictures down to. Pure Python — never
imports Qt.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from hrd_reader.core.packfiles import PackFileError, PackFiles
from hrd_reader.core.packfiles import Problem as FileProblem
from hrd_reader.core.picture_header import PictureHeader, read_header
from hrd_reader.core.problems import N_, Problem, location, problem

# 40 megapixels: above any phone's default photo (12–24 MP) and its 48/50 MP mode's 8000 ×
# 6000 is refused; decoded, such a picture takes 160 MiB.
MAX_PICTURE_PIXELS = 40_000_000
# The largest a picture is ever shown, in pixels across: the answer pane's column and a
# projector's screen are narrower; a handout prints at about PRINT_DPI within ~7 inches.
LARGEST_SHOWN = 1600
OVERSIZED_SIDE = 2 * LARGEST_SHOWN
# Pixels one view decodes for one answer at most (96 MiB as 32-bit colour: twelve photos
# on a projector); past it the further pictures are decoded smaller and drawn enlarged
# (blurred, not missing).
MAX_ANSWER_PIXELS = 24_000_000
PRINT_DPI = 200
MAX_PICTURE_BYTES = 16 * 1024 * 1024
FORMATS_SHOWN = "PNG, JPEG, GIF, WebP, BMP or SVG"

# Python-Markdown and nh3 write every image as <img …src="…"…>; raw HTML in an answer too.
_IMG_SRC = re.compile(r"<img\b[^>]*?\ssrc=\"([^\"]*)\"", re.IGNORECASE)
_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class PictureRef:
    """One picture an answer shows: its name inside the pack and the answer's line (1-based)
    that names it (None when the line cannot be told)."""

    name: str
    line: int | None


def picture_name(src: str) -> str:
    """The pack file an image address names, as the answer pane reads it: without query or
    fragment, percent-escapes decoded (``my%20photo.jpg`` → ``my photo.jpg``)."""
    path = src.split("#", 1)[0].split("?", 1)[0]
    raw = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), path.encode("utf-8"))
    return raw.decode("utf-8", "replace")


def might_show_pictures(markdown: str) -> bool:
    """False when ``markdown`` certainly shows no picture (no ``![`` and no ``<img``), so
    the pictures of most answers cost nothing to look for."""
    return "![" in markdown or "<img" in markdown.lower()


def picture_refs(markdown: str) -> list[PictureRef]:
    """Every picture the rendered answer ``markdown`` shows, once each, in order."""
    if not might_show_pictures(markdown):
        return []
    from hrd_reader.core.render import render_markdown

    found: dict[str, PictureRef] = {}
    lines = markdown.split("\n")
    for match in _IMG_SRC.finditer(render_markdown(markdown)):
        src = html.unescape(match.group(1))
        name = picture_name(src)
        if name and name not in found:
            line = next((i for i, text in enumerate(lines, 1) if src in text), None)
            found[name] = PictureRef(name, line)
    return list(found.values())


def fitted_size(width: int, height: int, max_width: float, max_height: float) -> tuple[int, int]:
    """``width`` × ``height`` scaled down (never up) to fit ``max_width`` × ``max_height``,
    keeping its shape; at least 1 × 1."""
    if width <= 0 or height <= 0:
        return (max(1, width), max(1, height))
    scale = min(1.0, max_width / width, max_height / height)
    return (max(1, round(width * scale)), max(1, round(height * scale)))


def shrunk_size(width: int, height: int, longest: int = LARGEST_SHOWN) -> tuple[int, int]:
    """The size a picture is scaled to for a pack to send or an export: ``longest`` pixels
    on its longer side at most."""
    return fitted_size(width, height, longest, longest)


def budget_scale(pixels: int, spent: int, budget: int = MAX_ANSWER_PIXELS) -> float:
    """How much smaller (per side) a picture of ``pixels`` is decoded when ``spent`` pixels
    of ``budget`` are already decoded for this answer: 1.0 while it fits."""
    left = budget - spent
    if pixels <= left:
        return 1.0
    return float((max(left, budget // 400, 1) / pixels) ** 0.5)


def picture_problems(
    files: PackFiles, answer_file: str, markdown: str
) -> tuple[list[Problem], list[Problem]]:
    """The problems (the pack cannot be used) and warnings of the pictures answer
    ``answer_file`` shows, each at the line of the answer that names the picture."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for ref in picture_refs(markdown):
        where = location(answer_file, ref.line)
        try:
            data = files.read(ref.name, MAX_PICTURE_BYTES)
        except PackFileError as error:
            warnings.append(_unreadable(where, ref.name, error))
            continue
        header = read_header(data)
        if header is None:
            warnings.append(
                problem(
                    where,
                    N_(
                        'picture "{file}" is not a {formats} picture — the reader does not '
                        "show it; save it as JPEG (photos) or PNG"
                    ),
                    file=ref.name,
                    formats=FORMATS_SHOWN,
                )
            )
        elif header.pixels > MAX_PICTURE_PIXELS:
            problems.append(oversized_problem(where, ref.name, header))
        elif max(header.width, header.height) > OVERSIZED_SIDE:
            warnings.append(
                problem(
                    where,
                    N_(
                        'picture "{file}" is {width} × {height} pixels, far larger than it is '
                        "ever shown ({shown} pixels across) — it only makes the pack heavier: "
                        "send the pack made with 'hrd-reader pack FOLDER OUT.hrdpack "
                        "--shrink-pictures'"
                    ),
                    file=ref.name,
                    width=header.width,
                    height=header.height,
                    shown=LARGEST_SHOWN,
                )
            )
    return problems, warnings


def oversized_problem(where: str, name: str, header: PictureHeader) -> Problem:
    """The problem of a picture over MAX_PICTURE_PIXELS, which is never decoded."""
    return problem(
        where,
        N_(
            'picture "{file}" is {width} × {height} pixels ({megapixels} megapixels); the '
            "limit is {limit} megapixels, so it is never opened — make it at most {shown} "
            "pixels across in an image editor"
        ),
        file=name,
        width=header.width,
        height=header.height,
        megapixels=round(header.pixels / 1_000_000),
        limit=MAX_PICTURE_PIXELS // 1_000_000,
        shown=LARGEST_SHOWN,
    )


def _unreadable(where: str, name: str, error: PackFileError) -> Problem:
    if error.kind is FileProblem.MISSING:
        return problem(
            where,
            N_('picture "{file}" does not exist in the pack — add it or fix the path'),
            file=name,
        )
    if error.kind is FileProblem.TOO_LARGE:
        return problem(
            where,
            N_(
                'picture "{file}" is {size:.1f} MiB; the limit is {limit} MiB — it is not '
                "shown: save it smaller (at most {shown} pixels across)"
            ),
            file=name,
            size=error.size / 1_048_576,
            limit=MAX_PICTURE_BYTES // 1_048_576,
            shown=LARGEST_SHOWN,
        )
    return problem(
        where,
        N_('picture "{file}" cannot be read from inside the pack ({reason}) — it is not shown'),
        file=name,
        reason=error.detail or error.kind.value,
    )
