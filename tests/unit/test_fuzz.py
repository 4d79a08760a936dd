"""Fuzzing with Hypothesis: random manifests and answers through ``load_pack``, random
Markdown through ``render_markdown``.

Only ``ContentError`` may escape the loader; the renderer never raises, and its HTML never
holds a script, an event handler, a style, a link to a scheme outside the allow-list or a
resource from outside the pack. The checks parse the HTML (``html.parser``) instead of
searching it, so an attribute cannot hide from them. Profiles are in conftest.py: the
default run is derandomized and quick; ``--hypothesis-profile=long`` explores much more.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.links import LINK_SCHEMES
from hrd_reader.core.render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    image_allowed,
    question_html,
    render_markdown,
)
from tests.helpers.packs import MINIMAL_MANIFEST

QUESTION_IDS = frozenset({"one", "two", "who-are-hrds"})


class HtmlAudit(HTMLParser):
    """Collects every way an HTML fragment breaks the answer pane's rules."""

    def __init__(self, question_ids: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.question_ids = question_ids
        self.violations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.violations.append(f"tag <{tag}>")
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            value = value or ""
            if name not in allowed:
                self.violations.append(f"attribute {name} on <{tag}>")
            if name.startswith("on") or name == "style":
                self.violations.append(f"{name} on <{tag}>")
            if name == "href" and not self._link_ok(value):
                self.violations.append(f"href {value!r}")
            if name == "src" and not (tag == "img" and image_allowed(value)):
                self.violations.append(f"src {value!r} on <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def _link_ok(self, href: str) -> bool:
        if href.startswith("#"):
            return href[1:] in self.question_ids
        scheme, colon, _ = href.partition(":")
        return bool(colon) and scheme.strip().lower() in LINK_SCHEMES

    def handle_comment(self, data: str) -> None:
        self.violations.append("comment")

    def handle_pi(self, data: str) -> None:
        self.violations.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.violations.append("declaration")


def assert_safe(html: str, question_ids: frozenset[str] = QUESTION_IDS) -> None:
    audit = HtmlAudit(question_ids)
    audit.feed(html)
    audit.close()
    assert audit.violations == [], (audit.violations, html)
    # Text may mention "javascript:"; as markup, these never survive.
    lowered = html.lower()
    for needle in ("<script", "<style", "<iframe", "<object", "<embed", "<svg", "<math"):
        assert needle not in lowered, needle


# -- Markdown ----------------------------------------------------------------------------

MARKDOWN_PIECES = [
    "\n",
    "\n\n",
    "    ",
    "\t",
    "> ",
    "- ",
    "* ",
    "1. ",
    "# ",
    "```",
    "~~~",
    "`",
    "*",
    "**",
    "_",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "&",
    "&amp;",
    "&#x3C;",
    "\\",
    "|",
    "---",
    ": ",
    "*[",
    "]: ",
    '"',
    "'",
    "=",
    "<script>",
    "</script>",
    "<img src=",
    "<a href=",
    " onerror=",
    " onclick=",
    " style=",
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    "file:///etc/passwd",
    "data:text/html,",
    "qrc:/x",
    "https://example.org/",
    "http://tracker.example/p.png",
    "//tracker.example/x",
    "mailto:a@example.org",
    "#one",
    "#nowhere",
    "../",
    "/etc/passwd",
    "<iframe src=",
    "<object data=",
    "<svg onload=",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<?php ",
    "<!DOCTYPE html>",
    "<math>",
    "<base href=",
    "<link rel=stylesheet href=",
    "<meta http-equiv=refresh content=",
    "&#106;avascript:",
    "\x00",
    "\u202e",
    "\ufeff",
    "word",
    "Défenseurs ",
]

markdown_text = st.one_of(
    st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=8), max_size=60).map("".join),
    st.text(max_size=300),
)


@given(markdown_text)
def test_render_never_raises_and_is_always_safe(
    text: str,
) -> None:
    logger = logging.getLogger("hrd_reader.core.render")
    fallbacks: list[logging.LogRecord] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            fallbacks.append(record)

    handler = Catch(logging.WARNING)
    logger.addHandler(handler)
    try:
        html = render_markdown(text, QUESTION_IDS)
    finally:
        logger.removeHandler(handler)
    assert_safe(html)
    # The plain-text fallback keeps the reader alive, but Markdown should not need it.
    assert fallbacks == [], [r.getMessage() for r in fallbacks]


@given(
    href=st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=20),
    label=st.text(min_size=1, max_size=10),
)
def test_links_and_images_with_any_address_are_safe(href: str, label: str) -> None:
    for markdown in (
        f"[{label}]({href})",
        f"![{label}]({href})",
        f'<a href="{href}">{label}</a>',
        f"<img src='{href}' alt=x>",
        f"[{label}][r]\n\n[r]: {href}",
    ):
        assert_safe(render_markdown(markdown, QUESTION_IDS))


# -- manifests ---------------------------------------------------------------------------

toml_scalar = st.one_of(
    st.text(max_size=20).map(lambda s: json.dumps(s, ensure_ascii=True)),
    st.sampled_from(
        [
            '"answers/one.md"',
            '"answers/two.md"',
            '"../outside.md"',
            '"/etc/passwd"',
            '"answers"',
            '"https://example.org/"',
            '"javascript:alert(1)"',
            '"mailto:a@example.org"',
            '"en"',
            '"ar"',
            '"one"',
            '"two"',
            '"Bad Id"',
            '""',
            '"answers/\\u0000.md"',
            json.dumps("a/" * 3000 + "x.md"),
            json.dumps("https://example.org/" + "a" * 3000),
            "[" * 2000 + "]" * 2000,
        ]
    ),
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.booleans().map(lambda b: str(b).lower()),
    st.just("1979-05-27T07:32:00Z"),
)
toml_value = st.recursive(
    toml_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.lists(st.tuples(st.sampled_from(["a", "id", "url", "x"]), inner), max_size=3).map(
            lambda kv: "{ " + ", ".join(f"{k} = {v}" for k, v in dict(kv).items()) + " }"
        ),
    ),
    max_leaves=6,
)
KEYS = ["id", "title", "language", "source", "attribution", "label", "url", "blurb", "file"]
HEADERS = ["[pack]", "[links]", "[links.donate]", "[links.signup]", "[[questions]]", "[[pack]]"]
toml_line = st.one_of(
    st.sampled_from(HEADERS),
    st.just("[" + "a." * 100 + "a]"),
    st.tuples(st.sampled_from([*KEYS, "colour", "questions"]), toml_value).map(
        lambda kv: f"{kv[0]} = {kv[1]}"
    ),
    st.text(max_size=30),
)
# Start from a valid manifest and break it: replace, add or drop lines.
VALID_LINES = MINIMAL_MANIFEST.splitlines()
HEAD_LINES = MINIMAL_MANIFEST.split("[[questions]]")[0]
question_entry = st.tuples(
    st.sampled_from(['"one"', '"two"']) | toml_scalar,
    st.just('"A question?"') | toml_scalar,
    st.sampled_from(['"answers/one.md"', '"answers/two.md"']) | toml_scalar,
).map(lambda e: f"[[questions]]\nid = {e[0]}\ntitle = {e[1]}\nfile = {e[2]}\n")
manifest_text = st.one_of(
    st.lists(question_entry, min_size=1, max_size=3).map(lambda qs: HEAD_LINES + "\n".join(qs)),
    st.lists(toml_line, max_size=40).map("\n".join),
    st.lists(
        st.tuples(
            st.integers(0, len(VALID_LINES) - 1), st.sampled_from(["drop", "set"]), toml_line
        ),
        max_size=6,
    ).map(lambda edits: mutate(VALID_LINES, edits)),
)
answer_body = st.one_of(st.binary(max_size=200), markdown_text)


def mutate(lines: list[str], edits: list[tuple[int, str, str]]) -> str:
    result = list(lines)
    for index, kind, line in edits:
        if kind == "drop":
            result[index] = ""
        else:
            result[index] = line
    return "\n".join(result) + "\n"


@pytest.fixture(scope="module")
def scratch() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hrd-fuzz-"))
    yield folder  # type: ignore[misc]
    shutil.rmtree(folder, ignore_errors=True)


@given(
    manifest=manifest_text | st.binary(max_size=300),
    one=answer_body,
    two=answer_body,
)
def test_any_manifest_loads_or_raises_content_error(
    scratch: Path, manifest: str | bytes, one: str | bytes, two: str | bytes
) -> None:
    root = Path(tempfile.mkdtemp(dir=scratch))
    (root / "answers").mkdir()
    (root / "pack.toml").write_bytes(manifest.encode() if isinstance(manifest, str) else manifest)
    for name, body in (("one.md", one), ("two.md", two)):
        (root / "answers" / name).write_bytes(body.encode() if isinstance(body, str) else body)
    try:
        pack = load_pack(root)
    except ContentError as error:
        assert error.problems, "a ContentError always names at least one problem"  # noqa: PT017
        for problem in error.problems:
            assert problem.split(":", 1)[0] in ("pack.toml", "answers/one.md", "answers/two.md")
            assert " — " in problem, problem
        return
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert pack.questions
    for question in pack.questions:
        assert_safe(question_html(question, pack.question_ids), pack.question_ids)


# -- .hrdpack archives -------------------------------------------------------------------


def _valid_archive() -> bytes:
    from hrd_reader.core.archive import archive_bytes

    return archive_bytes(
        {
            "pack.toml": MINIMAL_MANIFEST.encode(),
            "answers/one.md": b"One " * 50,
            "answers/two.md": b"Two.",
        }
    )


VALID_ARCHIVE = _valid_archive()
archive_edits = st.lists(
    st.tuples(st.integers(0, len(VALID_ARCHIVE) - 1), st.integers(0, 255)), max_size=8
)


@given(
    edits=archive_edits,
    cut=st.none() | st.integers(0, len(VALID_ARCHIVE)),
    noise=st.binary(max_size=64),
)
def test_any_archive_loads_or_raises_content_error(
    edits: list[tuple[int, int]], cut: int | None, noise: bytes
) -> None:
    from hrd_reader.core.archive import read_archive
    from hrd_reader.core.manifest import read_files

    data = bytearray(VALID_ARCHIVE)
    for offset, value in edits:
        data[offset] = value
    raw = bytes(data[:cut]) + noise if cut is not None else bytes(data)
    try:
        pack = read_files(read_archive(raw, Path("fuzz.hrdpack")))
    except ContentError as error:
        assert error.problems  # noqa: PT017
        for problem in error.problems:
            assert " — " in problem, problem
        return
    assert pack.questions


@given(st.binary(max_size=400))
def test_random_bytes_are_never_more_than_a_content_error(raw: bytes) -> None:
    from hrd_reader.core.archive import read_archive

    with pytest.raises(ContentError):
        read_archive(raw, Path("noise.hrdpack"))
