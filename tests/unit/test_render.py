"""Markdown rendering and sanitising — pure Python, no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hrd_reader.core.links import link_allowed
from hrd_reader.core.render import image_allowed, question_html, render_markdown
from tests.helpers.paths import ROOT


def test_markdown_is_rendered() -> None:
    html = render_markdown("Some *emphasis* and **strong**.\n\n- one\n- two\n")
    assert "<em>emphasis</em>" in html
    assert "<strong>strong</strong>" in html
    assert "<ul>" in html and "<li>one</li>" in html


def test_question_heading_is_escaped(pack) -> None:
    html = question_html(pack.questions[0], pack.question_ids)
    assert html.startswith("<h1>Who are the Human Rights Defenders?</h1>")


@pytest.mark.parametrize(
    ("markdown", "forbidden"),
    [
        ("<script>alert(1)</script>text", "alert"),
        ('<p onclick="steal()">x</p>', "onclick"),
        ("[x](javascript:alert(1))", "javascript"),
        ("[x](file:///etc/passwd)", "file:"),
        ("[x](data:text/html,hi)", "data:"),
        ("![x](https://tracker.example/pixel.png)", "tracker"),
        ('<iframe src="https://example.org"></iframe>', "iframe"),
        ("<style>body{display:none}</style>", "display"),
        ('<p style="position:fixed">x</p>', "position"),
    ],
)
def test_dangerous_markup_is_removed(markdown: str, forbidden: str) -> None:
    assert forbidden not in render_markdown(markdown)


def test_allowed_links_survive() -> None:
    html = render_markdown(
        "[web](https://example.org/a) [mail](mailto:a@example.org) [q](#two) [gone](#nowhere)",
        {"two"},
    )
    assert 'href="https://example.org/a"' in html
    assert 'href="mailto:a@example.org"' in html
    assert 'href="#two"' in html
    assert "#nowhere" not in html


def test_link_and_image_policy() -> None:
    assert link_allowed("HTTPS://example.org", ())
    assert not link_allowed("qrc:/x", ())
    assert image_allowed("images/map.png")
    assert not image_allowed("../secret.png")
    assert not image_allowed("/etc/x.png")
    assert not image_allowed("http://example.org/x.png")


def test_one_answer_leaves_nothing_behind_for_the_next() -> None:
    # The converter is reused between answers; an abbreviation one answer defines must not
    # turn up in another.
    first = render_markdown("The UN helps.\n\n*[UN]: United Nations\n")
    second = render_markdown("The UN helps.\n")
    assert '<abbr title="United Nations">UN</abbr>' in first
    assert "<abbr" not in second


def test_fenced_code_renders_without_loading_pygments() -> None:
    # Pygments would only colour code (never enabled here) and costs ~12 ms at start-up.
    script = (
        "import sys\n"
        "from hrd_reader.core.render import render_markdown\n"
        "out = render_markdown('```\\nkeep <b> as text\\n```\\n\\nafter')\n"
        "assert '<pre><code>keep &lt;b&gt; as text' in out, out\n"
        "assert '<p>after</p>' in out, out\n"
        "assert 'pygments' not in sys.modules\n"
        "assert 'secrets' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
