"""A pack as a ZIM file, the format of Kiwix: one more searchable book in a phone's library.

The file holds a main page listing the questions, one article per question (its title is
the question), the pack's images, the shared style sheet, a full-text and a title index in
the pack's language, and the metadata Kiwix shows in its library (``metadata``): name, title,
language as ISO 639-3, creator (the attribution), publisher, date, descriptions, tags, the
48×48 illustration (``resources/icons/hrd-reader-48.png``, rendered from the app icon by
``build_spec/icons.py``) and the source address. The articles are the web page's
(``page.question_html``, rendered by ``core/render``, never the trainer's notes), so the same
pack gives the same articles; only the date and the random UUID libzim gives every file differ.
The attribution, the source and the Donate / Sign Up addresses are on the main page; an
article holds only its question, so a search finds the answers that have the word, not every
page that repeats the footer.

python-libzim (the Kiwix project's binding) writes the file. It is imported only here, when a
file is exported, never at the reader's start-up. Which libzim it is depends on the Python
(``requirements/run.txt``): 2.1 (libzim 8) on Linux with Python 3.11, whose files every
Kiwix from libzim 8 on reads and ``zimcheck -A`` passes whole; 3.13 (libzim 9) where 2.1 has
no wheel (Python 3.12+, Windows, macOS). Pure Python otherwise — never imports Qt.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hrd_reader.core import savefile
from hrd_reader.core.languages import primary_subtag
from hrd_reader.core.pack import Pack
from hrd_reader.core.problems import N_, problem
from hrd_reader.core.resources import resource_path
from hrd_reader.core.version import VERSION
from hrd_reader.web import images
from hrd_reader.web.page import contents_html, document, links_html, page_css, question_html
from hrd_reader.web.words import word

MAIN_PATH = "index"
STYLE_PATH = "style.css"
FILES_PREFIX = "files/"  # the pack's images: files/<their path in the pack>
ILLUSTRATION = ("icons", "hrd-reader-48.png")
# zimcheck's limits (zim-tools, metadata_constraints.cpp), counted as ICU counts: UTF-16 units.
TITLE_MAX, DESCRIPTION_MAX, LONG_DESCRIPTION_MAX = 30, 80, 4000
UNDETERMINED = "und"  # ISO 639-3 for a language code no table knows
_QUESTION_LINK = re.compile(r'(<a href=")#([a-z0-9-]+)(")')


@dataclass(frozen=True)
class Entry:
    """One entry of the file: its path, title, MIME type and bytes; ``front``: an article
    (listed, searched) rather than a resource."""

    path: str
    title: str
    mimetype: str
    content: bytes
    front: bool


def zim_language(code: str) -> str:
    """The ISO 639-3 code Kiwix wants (``eng``, ``ara``) for a pack's BCP 47 ``code``."""
    from iso639 import Lang
    from iso639.exceptions import InvalidLanguageValue

    try:
        return str(Lang(primary_subtag(code)).pt3) or UNDETERMINED
    except InvalidLanguageValue:
        return UNDETERMINED


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-16 units at a word's end, with "…" when cut."""
    text = " ".join(text.split())
    if _units(text) <= limit:
        return text
    cut = text
    while _units(cut) > limit - 1:
        cut = cut[:-1]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return words.rstrip(" ,;:-–—") + "…"


def export_date() -> str:
    """Today (UTC), or the day of ``SOURCE_DATE_EPOCH`` for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch.isdigit()
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.date().isoformat()


def metadata(pack: Pack, date: str, pictures: bool = False) -> dict[str, str]:
    """The ZIM metadata of ``pack`` (all but the illustration), within zimcheck's limits."""
    count = word(N_("{count} questions and answers"), pack.language).format(
        count=len(pack.questions)
    )
    description = shorten(f"{pack.title} — {count}", DESCRIPTION_MAX)
    questions = " · ".join(q.title for q in pack.questions)
    long_description = shorten(f"{description}. {questions}", LONG_DESCRIPTION_MAX)
    tags = ["faq", "_category:other", f"_pictures:{'yes' if pictures else 'no'}"]
    tags += ["_videos:no", "_details:yes", "_ftindex:yes"]
    data = {
        "Name": f"{pack.id}_{primary_subtag(pack.language)}_all",
        "Title": shorten(pack.title, TITLE_MAX),
        "Language": zim_language(pack.language),
        "Creator": pack.attribution,
        "Publisher": "HRD Reader",
        "Date": date,
        "Description": description,
        "LongDescription": long_description,
        "Tags": ";".join(tags),
        "Scraper": f"hrd-reader {VERSION}",
    }
    if pack.source:
        data["Source"] = pack.source
    if len(long_description.encode()) <= len(description.encode()):
        del data["LongDescription"]  # zimcheck: never shorter than Description
    return data


def _html(text: str) -> bytes:
    return text.encode("utf-8")


def entries(pack: Pack) -> list[Entry]:
    """Every entry of the pack's ZIM file but the metadata, in the order written."""
    found: dict[str, images.Image] = {}

    def image_address(src: str) -> str | None:
        image = images.read_image(pack, src)
        if image is None:
            return None
        found.setdefault(image.name, image)
        return quote(FILES_PREFIX + image.name)

    def to_question(match: re.Match[str]) -> str:
        if match.group(2) not in pack.question_ids:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{match.group(3)}"

    style = f'<link rel="stylesheet" href="{STYLE_PATH}">'
    back = word(N_("Back to the questions"), pack.language)
    articles = []
    for question in pack.questions:
        article = question_html(pack, question, level=1, image_address=image_address)
        body = (
            f"<main>\n{_QUESTION_LINK.sub(to_question, article)}\n"
            f'<p class="back"><a href="{MAIN_PATH}">{back}</a></p>\n</main>'
        )
        html = document(pack, question.title, body, head=style)
        articles.append(Entry(question.id, question.title, "text/html", _html(html), True))
    count = word(N_("{count} questions and answers"), pack.language)
    main_body = (
        f'<header>\n<h1>{_esc(pack.title)}</h1>\n<p class="muted">'
        f"{_esc(count.format(count=len(pack.questions)))}</p>\n</header>\n"
        f"<main>\n{contents_html(pack, lambda question_id: question_id)}\n</main>\n"
        f"<footer>\n{links_html(pack)}\n</footer>"
    )
    main = document(pack, pack.title, main_body, head=style)
    result = [Entry(MAIN_PATH, pack.title, "text/html", _html(main), True), *articles]
    result.append(Entry(STYLE_PATH, "", "text/css", page_css().encode("utf-8"), False))
    result.extend(
        Entry(FILES_PREFIX + image.name, "", image.mimetype, image.data, False)
        for image in found.values()
    )
    return result


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=True)


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """libzim reports its progress on standard output ("ZIM file is ready!") whatever it is
    told; the command line's output is ours, so its file descriptor points elsewhere while
    libzim works."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no standard output at all (a windowed program): nothing to quiet
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _write(path: Path, pack: Pack, items: list[Entry], meta: dict[str, str]) -> None:
    from libzim.writer import Creator, Hint, Item, StringProvider

    class _Item(Item):  # type: ignore[misc]
        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

        def get_path(self) -> str:
            return self.entry.path

        def get_title(self) -> str:
            return self.entry.title

        def get_mimetype(self) -> str:
            return self.entry.mimetype

        def get_contentprovider(self) -> Any:
            return StringProvider(self.entry.content)

        def get_hints(self) -> dict[Any, bool]:
            compress = self.entry.mimetype.startswith("text/")
            return {Hint.FRONT_ARTICLE: self.entry.front, Hint.COMPRESS: compress}

    creator = Creator(str(path)).config_indexing(True, meta["Language"])
    with _quiet_stdout(), creator:
        creator.set_mainpath(MAIN_PATH)
        for entry in items:
            creator.add_item(_Item(entry))
        for name, value in meta.items():
            creator.add_metadata(name, value)
        creator.add_illustration(48, resource_path(*ILLUSTRATION).read_bytes())


def _remove_leftovers(partial: Path) -> None:
    """What libzim may leave beside an unfinished file (``NAME.tmp``, index folders)."""
    for leftover in partial.parent.glob(glob_escape(partial.name) + "?*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def write_zim(pack: Pack, target: Path) -> int:
    """Write ``pack`` as the ZIM file ``target``, whole or not at all; return the number of
    articles (main page included). Raises ``savefile.SaveError``."""
    savefile.check_target(target, f"{pack.id}.zim")
    try:
        import libzim.writer  # noqa: F401  (only checked here; _write uses it)
    except ImportError as exc:  # the packaged builds leave it out (see the README)
        raise savefile.SaveError(
            problem(
                "",
                N_(
                    "This copy of HRD Reader cannot write ZIM files (python-libzim is not "
                    "installed): install it with pip or pipx, or export the web page instead."
                ),
            )
        ) from exc
    items = entries(pack)
    pictures = any(item.path.startswith(FILES_PREFIX) for item in items)
    meta = metadata(pack, export_date(), pictures)
    try:
        with savefile.beside(target) as partial:
            try:
                _write(partial, pack, items, meta)
            finally:
                _remove_leftovers(partial)
    except OSError as exc:
        raise savefile.cannot_save(target, exc) from exc
    except RuntimeError as exc:  # libzim's own errors (no space, cannot open …)
        raise savefile.cannot_save(target, OSError(0, str(exc))) from exc
    return sum(1 for item in items if item.front)
