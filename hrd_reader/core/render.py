"""Markdown → sanitised HTML fragment for the answer pane. Pure Python — never imports Qt.

Python-Markdown turns the answer into HTML; nh3 (ammonia) then keeps only an allow-list of
tags and attributes. Links may go where the URL policy (``links``) allows — web and mail
addresses, or another question of the pack (``#question-id``); images only to files inside
the pack (relative paths, checked again when the answer pane loads them). Both libraries
are imported on first use so that start-up does not pay for them before the first answer
is shown.

A hostile answer must not freeze or crash the reader, so the work is bounded before
Python-Markdown sees the text. Nesting (block quotes, lists, indentation) is cut at
``MAX_NESTING`` levels: deeper nesting exceeds Python's recursion limit. Python-Markdown's
link and inline-HTML scanners cost about (number of ``[`` and ``<``) × (paragraph length),
so paragraphs past a total ``MARKUP_BUDGET`` are shown as written, as plain text; and an
answer longer than ``MAX_MARKDOWN_CHARS`` (about 8,000 words — far beyond any FAQ answer) is
shown as plain paragraphs, because Python-Markdown's placeholders grow worse than linearly.
Should Python-Markdown still fail, the answer is shown as plain text and the failure logged.

A pack's answers may come rendered already (:func:`preload`, the bundled pack's build-time
cache in ``render_cache``): an entry is used only for the exact input it was made from
(:func:`cache_key`) and only if its HTML has the recorded length and SHA-256. Change
``RENDER_VERSION`` with any change to what this module outputs.
"""

from __future__ import annotations

import html
import importlib
import logging
import os
import re
import sys
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from hrd_reader.core.links import LINK_SCHEMES, link_allowed

if TYPE_CHECKING:
    from hrd_reader.core.pack import Question

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
}
# Deeper nesting than this is flattened to this depth (nobody reads 16 levels of lists).
MAX_NESTING = 16
# Openers × paragraph length units; 5 million of them take well under a second.
MARKUP_BUDGET = 5_000_000
MAX_MARKDOWN_CHARS = 50_000
log = logging.getLogger(__name__)
# The nesting a line opens before its text: indentation, quote markers, list markers.
_LINE_PREFIX = re.compile(r"(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*")
_PREFIX_TOKEN = re.compile(r" {1,4}|\t|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
_BLANK_LINES = re.compile(r"(\n[ \t]*\n)")
# nh3 writes every attribute as name="value" with quotes inside escaped, so this matches
# exactly one whole <img> tag of its output.
_IMG_TAG = re.compile(r'<img((?:\s+[^\s="<>/]+="[^"]*")*)\s*/?>')
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")


def image_allowed(src: str) -> bool:
    """Images come only from inside the pack: a relative path that does not climb out."""
    if not src or _SCHEME.match(src) or src.startswith(("/", "\\", "//")):
        return False
    parts = re.split(r"[/\\]", src)
    return ".." not in parts


_ABSENT = object()
# What render_question outputs for a given input; part of every cache key.
RENDER_VERSION = "1"


@lru_cache(maxsize=1)
def _sha256() -> Callable[[bytes], Any]:
    # The C module hashlib itself falls back to: importing hashlib loads OpenSSL (~2.5 ms).
    for name in ("_sha256", "_sha2"):  # Python 3.11, 3.12+
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        function: Callable[[bytes], Any] = module.sha256
        return function
    import hashlib

    return hashlib.sha256


def digest(text: str) -> str:
    """SHA-256 of ``text`` (UTF-8), as hex."""
    result: str = _sha256()(text.encode("utf-8")).hexdigest()
    return result


def cache_key(title: str, markdown_text: str, question_ids: Collection[str]) -> str:
    """Everything a question's HTML depends on, hashed: the key of a preloaded answer."""
    ids = "\n".join(sorted(question_ids))
    return digest(f"{RENDER_VERSION}\x00{title}\x00{markdown_text}\x00{ids}")


class Preloaded(NamedTuple):
    """Answers rendered ahead: key → (HTML, its length, its SHA-256), and the Markdown and
    nh3 versions that rendered them."""

    entries: dict[str, tuple[str, int, str]]
    markdown_version: str
    nh3_version: str


_preloaded: Preloaded | None = None


def preload(answers: Preloaded | None) -> None:
    """Use ``answers`` where they match (None: none any more)."""
    global _preloaded
    _preloaded = answers
    _question_html.cache_clear()


def _from_preloaded(title: str, markdown_text: str, question_ids: frozenset[str]) -> str | None:
    if _preloaded is None:
        return None
    entry = _preloaded.entries.get(cache_key(title, markdown_text, question_ids))
    if entry is None:
        return None
    text, length, sha = entry
    if len(text) != length or digest(text) != sha:
        log.warning("a pre-rendered answer is damaged; rendering it again")
        return None
    return text


def warm_up() -> bool:
    """Load Python-Markdown and nh3 (after the first paint, so the next answer rendered does
    not wait for them). False when preloaded answers were dropped because these are not the
    versions that rendered them — what is shown should then be rendered again."""
    import markdown
    import nh3

    _converter()
    if _preloaded is None:
        return True
    versions = (str(markdown.__version__), str(getattr(nh3, "__version__", "")))
    if versions == (_preloaded.markdown_version, _preloaded.nh3_version):
        return True
    log.info("pre-rendered answers are from other library versions; rendering anew")
    preload(None)
    return False


@lru_cache(maxsize=1)
def _converter() -> Any:
    """One Python-Markdown converter, built on first use and reset for every answer.

    Building a converter per answer costs as much as converting it. The extensions are
    given as instances, not names: a name makes Python-Markdown scan every installed
    package's entry points (importlib.metadata), which alone costs ~15 ms at start-up.
    """
    import markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.def_list import DefListExtension

    # fenced_code imports codehilite, which imports Pygments (~12 ms, ~2 MiB) only to colour
    # code with it when CodeHiliteExtension is enabled, which it never is here. A None in
    # sys.modules makes that optional import fail, so codehilite does without Pygments.
    pygments = sys.modules.get("pygments", _ABSENT)
    if pygments is _ABSENT:
        sys.modules["pygments"] = None  # type: ignore[assignment]
    try:
        from markdown.extensions.fenced_code import FencedCodeExtension
    finally:
        if pygments is _ABSENT:
            del sys.modules["pygments"]
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    return markdown.Markdown(
        extensions=[
            SaneListExtension(),
            TableExtension(),
            FencedCodeExtension(),
            DefListExtension(),
            AbbrExtension(),
        ],
        output_format="html",
    )


def _flatten_line(line: str) -> str:
    prefix = _LINE_PREFIX.match(line)
    end = prefix.end() if prefix else 0
    tokens = list(_PREFIX_TOKEN.finditer(line, 0, end))
    if len(tokens) <= MAX_NESTING:
        return line
    keep = tokens[MAX_NESTING - 1].end()
    return line[:keep] + line[end:].lstrip()


def bound_work(markdown_text: str, marker: str) -> tuple[str, list[str]]:
    """``markdown_text`` with nesting capped, and the paragraphs past the markup budget
    replaced by ``marker`` + their number; returns the text and those paragraphs."""
    lines = [_flatten_line(line) for line in markdown_text.split("\n")]
    parts = _BLANK_LINES.split("\n".join(lines))
    plain: list[str] = []
    spent = 0
    for i in range(0, len(parts), 2):  # odd items are the blank-line separators
        paragraph = parts[i]
        cost = (paragraph.count("[") + paragraph.count("<")) * len(paragraph)
        if spent + cost > MARKUP_BUDGET:
            prefix = _LINE_PREFIX.match(paragraph)
            indent = prefix.group(0) if prefix else ""
            parts[i] = f"{indent}{marker}{len(plain)}z"
            plain.append(paragraph[len(indent) :])
        else:
            spent += cost
    return "".join(parts), plain


def plain_html(text: str) -> str:
    """``text`` as escaped paragraphs: what an answer looks like without Markdown."""
    return "".join(
        f"<p>{html.escape(block.strip())}</p>" for block in re.split(r"\n\s*\n", text) if block
    )


def _markdown_html(markdown_text: str) -> str:
    if len(markdown_text) > MAX_MARKDOWN_CHARS:
        return plain_html(markdown_text)
    # Letters and digits only, so Markdown leaves it alone; random, so no answer can forge it.
    # os.urandom is what ``secrets`` uses; importing secrets (hmac, hashlib) costs ~8 ms.
    marker = "hrdplain" + os.urandom(8).hex() + "n"
    text, plain = bound_work(markdown_text, marker)
    try:
        # reset() clears what the last answer left behind (abbreviations, footnote state).
        raw: str = _converter().reset().convert(text)
    except Exception:
        # A Python-Markdown bug must not take the reader down; show the text as written.
        log.warning("Markdown could not be rendered; showing it as plain text", exc_info=True)
        return plain_html(markdown_text)
    if not plain:
        return raw
    return re.sub(
        re.escape(marker) + r"(\d+)z",
        lambda m: html.escape(plain[int(m.group(1))]) if int(m.group(1)) < len(plain) else "",
        raw,
    )


def render_markdown(markdown_text: str, question_ids: Collection[str] = ()) -> str:
    """The answer's Markdown as a sanitised HTML fragment. Never raises for any text."""
    import nh3

    ids = question_ids if isinstance(question_ids, frozenset) else frozenset(question_ids)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            return value if link_allowed(value, ids) else None
        if tag == "img" and attribute == "src":
            return value if image_allowed(value) else None
        return value

    raw = _markdown_html(markdown_text)
    clean: str = nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "template", "noscript", "title"},
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=keep,
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    # An image whose address was refused is left without src; Qt would then look for a
    # file with an empty name and show a broken-file icon, so drop such images.
    return _IMG_TAG.sub(lambda m: m.group(0) if ' src="' in m.group(1) else "", clean)


def render_question(title: str, markdown_text: str, question_ids: frozenset[str]) -> str:
    """The question as a heading and its answer, rendered now (no cache of any kind)."""
    return f"<h1>{html.escape(title)}</h1>\n{render_markdown(markdown_text, question_ids)}"


@lru_cache(maxsize=512)
def _question_html(title: str, markdown_text: str, question_ids: frozenset[str]) -> str:
    cached = _from_preloaded(title, markdown_text, question_ids)
    if cached is not None:
        return cached
    return render_question(title, markdown_text, question_ids)


def question_html(question: Question, question_ids: Collection[str]) -> str:
    """The question as a heading followed by its rendered answer (cached)."""
    return _question_html(question.title, question.markdown, frozenset(question_ids))
