"""The one web page of a pack, for phones: one HTML file that needs nothing else.

Everything is inside the file — the style sheet inline, the pack's images as ``data:`` URIs
— and there is no script, so any browser opens it offline, from a download folder, a
messaging app or the room's share server (which adds its ``download`` links). The answers
are rendered and sanitised by ``core/render``, the one renderer the window uses; the
trainer's notes never appear. ``<html lang dir>`` come from the pack, so an Arabic pack reads
right to left. Made for a 360 px phone first (no sideways scrolling, text ≥ 16 px), with a
readable line length on a laptop, a dark palette under ``prefers-color-scheme: dark`` and a
clean printout. Pure Python — never imports Qt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from hrd_reader.core.pack import Pack, Question
from hrd_reader.core.problems import N_
from hrd_reader.core.render import render_markdown
from hrd_reader.web import images
from hrd_reader.web.words import word

# Ids of the page's own parts hold "_", which a question id never does (pack.ID_PATTERN),
# so "#question-id" links in the answers always reach the question.
TOP_ID = "_top"
CONTENTS_ID = "_contents"
ABOUT_ID = "_about"
# Nothing is fetched from anywhere: images are data: URIs, the style sheet is inline.
PAGE_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
_HEADING = re.compile(r"<(/?)h([1-6])>")

# Addresses are written left to right (dir="ltr") in a right-to-left page too, or the bidi
# algorithm moves their slashes. Colours meet WCAG AA (4.5:1) for text on their background
# in both palettes.
PAGE_CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4d4d4d;
  --link: #0a50c2; --rule: #d0d0d0; --box: #f3f4f6; --button-fg: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121417; --fg: #ececec; --muted: #b9bcc2; --link: #8ab4f8;
    --rule: #3a3f47; --box: #1d2127; --button-fg: #0b0d10; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
    "DejaVu Sans", sans-serif;
  overflow-wrap: break-word; }
header, nav, main, footer, .downloads { max-width: 42rem; margin: 0 auto;
  padding: 0 1rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.375rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
h3, h4, h5, h6 { font-size: 1.125rem; line-height: 1.35; margin: 1.5rem 0 0.5rem; }
p, ul, ol, dl, blockquote, pre, table { margin: 0 0 1rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.muted { color: var(--muted); }
nav ol { padding-inline-start: 1.75rem; }
nav li { margin: 0.6rem 0; padding-inline-start: 0.25rem; }
article { border-top: 1px solid var(--rule); margin-top: 2rem; }
.back { font-size: 1rem; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; background: var(--box); padding: 0.75rem; }
code { font-size: 0.95em; overflow-wrap: anywhere; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top; }
blockquote { margin-inline: 0; padding-inline-start: 1rem;
  border-inline-start: 4px solid var(--rule); }
footer { margin-top: 2.5rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); }
.action { background: var(--box); padding: 0.75rem 1rem; margin: 0 0 1rem; }
.action .button { display: inline-block; background: var(--link); color: var(--button-fg);
  font-weight: 600; text-decoration: none; padding: 0.5rem 1rem; border-radius: 0.3rem; }
.address { overflow-wrap: anywhere; font-size: 1rem; }
.downloads a { font-weight: 600; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --link: #000000;
    --box: #ffffff; --rule: #999999; --button-fg: #000000; }
  .back { display: none; }
  article { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  .action .button { background: none; padding: 0; text-decoration: underline; }
}
"""


def page_css() -> str:
    """The page's style sheet (the share server's follow page uses the same look)."""
    return PAGE_CSS


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _demote(fragment: str, below: int) -> str:
    """Headings inside an answer placed under the question's own heading (level ``below``)."""
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + below)}>", fragment)


def inline_image(pack: Pack) -> Callable[[str], str | None]:
    """Image addresses of the one-file page: each picture of the pack as a data: URI."""

    def address(src: str) -> str | None:
        image = images.read_image(pack, src)
        return image.data_uri() if image else None

    return address


def answer_html(
    pack: Pack, question: Question, image_address: Callable[[str], str | None] | None = None
) -> str:
    """The question's answer rendered by ``core/render`` (never its notes), images placed by
    ``image_address`` (default: inline)."""
    fragment = render_markdown(question.markdown, pack.question_ids)
    return images.replace_images(fragment, image_address or inline_image(pack))


def question_html(
    pack: Pack,
    question: Question,
    *,
    level: int = 2,
    image_address: Callable[[str], str | None] | None = None,
) -> str:
    """The article for one question: its heading (``<h{level}>``) and its rendered answer."""
    body = _demote(answer_html(pack, question, image_address), level)
    return (
        f'<article id="{_esc(question.id)}">\n'
        f"<h{level}>{_esc(question.title)}</h{level}>\n{body}\n</article>"
    )


def links_html(pack: Pack, level: int = 2) -> str:
    """Attribution, source and the Donate / Sign Up links with their addresses written out
    (a phone may not open links; a printout must show where they go)."""
    lang = pack.language
    parts = [f'<h{level} id="{ABOUT_ID}">{_esc(word(N_("About this text"), lang))}</h{level}>']
    parts.append(f"<p>{_esc(pack.attribution)}</p>")
    if pack.source:
        parts.append(
            f"<p>{_esc(word(N_('Source:'), lang))} "
            f'<a class="address" dir="ltr" href="{_esc(pack.source)}">{_esc(pack.source)}</a></p>'
        )
    for key, link in pack.links:
        blurb = f"<p>{_esc(link.blurb)}</p>" if link.blurb else ""
        parts.append(
            f'<div class="action {key}">'
            f'<p><a class="button" href="{_esc(link.url)}">{_esc(link.label)}</a></p>'
            f'{blurb}<p><span class="address" dir="ltr">{_esc(link.url)}</span></p></div>'
        )
    return "\n".join(parts)


def contents_html(pack: Pack, address: Callable[[str], str] | None = None) -> str:
    """The list of questions, each a link to its article (``address(id)``; default
    ``#id`` in this page)."""
    label = _esc(word(N_("Questions"), pack.language))
    to = address or (lambda question_id: f"#{question_id}")
    items = "\n".join(
        f'<li><a href="{_esc(to(q.id))}">{_esc(q.title)}</a></li>' for q in pack.questions
    )
    return (
        f'<nav aria-labelledby="{CONTENTS_ID}">\n<h2 id="{CONTENTS_ID}">{label}</h2>\n'
        f"<ol>\n{items}\n</ol>\n</nav>"
    )


def downloads_html(pack: Pack, downloads: Sequence[tuple[str, str]]) -> str:
    """Links to take files home (the room page's): each with the ``download`` attribute."""
    if not downloads:
        return ""
    label = _esc(word(N_("Take it home"), pack.language))
    items = "\n".join(
        f'<li><a href="{_esc(href)}" download>{_esc(text)}</a></li>' for href, text in downloads
    )
    return (
        f'<section class="downloads" aria-labelledby="_downloads">\n'
        f'<h2 id="_downloads">{label}</h2>\n<ul>\n{items}\n</ul>\n</section>'
    )


def document(pack: Pack, title: str, body: str, *, head: str = "") -> str:
    """A whole HTML document in the pack's language and direction: ``head`` (style sheet,
    policies) and ``body`` as given."""
    direction = "rtl" if pack.rtl else "ltr"
    return f"""<!DOCTYPE html>
<html lang="{_esc(pack.language)}" dir="{direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{_esc(title)}</title>
{head}
</head>
<body>
{body}
</body>
</html>
"""


def page_html(
    pack: Pack, *, downloads: Sequence[tuple[str, str]] = (), extra_head: str = ""
) -> str:
    """The whole pack as one self-contained HTML page (no script, nothing fetched)."""
    lang = pack.language
    back = _esc(word(N_("Back to the questions"), lang))
    articles = "\n".join(
        question_html(pack, q) + f'\n<p class="back"><a href="#{CONTENTS_ID}">{back}</a></p>'
        for q in pack.questions
    )
    count = _esc(word(N_("{count} questions and answers"), lang).format(count=len(pack.questions)))
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<style>{PAGE_CSS}</style>\n{extra_head}"
    )
    body = f"""<header>
<h1 id="{TOP_ID}">{_esc(pack.title)}</h1>
<p class="muted">{count}</p>
</header>
{downloads_html(pack, downloads)}
{contents_html(pack)}
<main>
{articles}
</main>
<footer>
{links_html(pack)}
</footer>"""
    return document(pack, pack.title, body, head=head)
