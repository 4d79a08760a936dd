"""Markdown → sanitised HTML fragment for the answer pane. Pure Python — never imports Qt.

Python-Markdown turns the answer into HTML; nh3 (ammonia) then keeps only an allow-list of
tags and attributes. Links may go to ``http``, ``https`` and ``mailto`` addresses or to another
question of the pack (``#question-id``); images only to files inside the pack (relative
paths, checked again when the answer pane loads them). Both libraries are imported on first
use so that start-up does not pay for them before the first answer is shown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hrd_reader.content import Question

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
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")


def link_allowed(href: str, question_ids: Collection[str]) -> bool:
    """Whether an answer may link to ``href``: a web or mail address, or a question."""
    if href.startswith("#"):
        return href[1:] in question_ids
    scheme = _SCHEME.match(href)
    return bool(scheme) and scheme.group(1).lower() in LINK_SCHEMES  # type: ignore[union-attr]


def image_allowed(src: str) -> bool:
    """Images come only from inside the pack: a relative path that does not climb out."""
    if not src or _SCHEME.match(src) or src.startswith(("/", "\\", "//")):
        return False
    parts = re.split(r"[/\\]", src)
    return ".." not in parts


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
    from markdown.extensions.fenced_code import FencedCodeExtension
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


def render_markdown(markdown_text: str, question_ids: Collection[str] = ()) -> str:
    """The answer's Markdown as a sanitised HTML fragment."""
    import nh3

    ids = question_ids if isinstance(question_ids, frozenset) else frozenset(question_ids)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            return value if link_allowed(value, ids) else None
        if tag == "img" and attribute == "src":
            return value if image_allowed(value) else None
        return value

    # reset() clears what the last answer left behind (abbreviations, footnote state).
    raw = _converter().reset().convert(markdown_text)
    return nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "template", "noscript", "title"},
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=keep,
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


@lru_cache(maxsize=512)
def _question_html(title: str, markdown_text: str, question_ids: frozenset[str]) -> str:
    return f"<h1>{html.escape(title)}</h1>\n{render_markdown(markdown_text, question_ids)}"


def question_html(question: Question, question_ids: Collection[str]) -> str:
    """The question as a heading followed by its rendered answer (cached)."""
    return _question_html(question.title, question.markdown, frozenset(question_ids))
