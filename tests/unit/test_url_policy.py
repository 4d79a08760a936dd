"""The one URL policy (``hrd_reader.core.links``): every layer that lets an address through —
the manifest (a pack's donate, sign-up and source addresses), the renderer (an answer's
links) and the opener (a click) — gives the same verdict on every address in one table."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QUrl

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.links import MAX_URL_CHARS, link_allowed, url_allowed, url_problem
from hrd_reader.core.render import render_markdown
from hrd_reader.gui.links import opener
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, two_answers

LONGEST = "https://example.org/" + "a" * (MAX_URL_CHARS - len("https://example.org/"))

# address → may it leave the reader?
VERDICTS: dict[str, bool] = {
    "https://example.org/": True,
    "http://example.org": True,
    "HTTPS://Example.org/A?b=c#d": True,
    "http://user@example.org:8080/x": True,
    "http://[::1]/": True,
    "https://例え.jp/": True,
    "mailto:someone@example.org": True,
    "MAILTO:a@example.org?subject=Hi": True,
    "mailto:a@example.org,b@example.org": True,
    LONGEST: True,
    LONGEST + "a": False,  # longer than a QR code holds
    "javascript:alert(1)": False,
    "JAVASCRIPT:alert(1)": False,
    "vbscript:msgbox": False,
    # Script schemes written with a host: "//example.org" is a host to a check that looks
    # for one, and %0A ends the "comment" a browser would see, running alert(1).
    "javascript://example.org/%0Aalert(1)": False,
    "JaVaScRiPt://example.org/%0Aalert(1)": False,
    "javascript://user@example.org:80/?x=%0Aalert(1)": False,
    "vbscript://example.org/%0Amsgbox(1)": False,
    "VBScript:msgbox(1)": False,
    "data://example.org/text/html,<script>alert(1)</script>": False,
    "DATA://example.org/,x": False,
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": False,
    # What browsers strip before reading the scheme: leading white space and control
    # characters, tabs and line breaks inside it.
    " javascript:alert(1)": False,
    "\x01javascript:alert(1)": False,
    "\x00javascript://example.org/%0Aalert(1)": False,
    "\tjavascript://example.org/%0Aalert(1)": False,
    "\njavascript://example.org/%0Aalert(1)": False,
    "\u00a0javascript://example.org/%0Aalert(1)": False,
    "java\tscript://example.org/%0Aalert(1)": False,
    "java\nscript://example.org/%0Aalert(1)": False,
    "file:///etc/passwd": False,
    "data:text/html,x": False,
    "qrc:/icons/hrd-reader.svg": False,
    "ftp://example.org/x": False,
    "tel:+15555550100": False,
    "about:blank": False,
    "http:no-host": False,  # no "//": no host
    "https:example.org": False,
    "https://": False,
    "http:///path": False,
    "http://:80/": False,
    "mailto:": False,  # no address
    "mailto:?subject=Hi": False,
    "mailto:nobody": False,
    "../outside.html": False,
    "/etc/passwd": False,
    "example.org": False,
}
CASES = [pytest.param(url, verdict, id=ascii(url)[1:-1][:40]) for url, verdict in VERDICTS.items()]


def manifest_allows(make_pack: PackWriter, url: str) -> bool:
    manifest = MINIMAL_MANIFEST.replace(
        'url = "https://example.org/give"', f"url = {json.dumps(url)}"
    )
    root = make_pack(manifest, two_answers())
    try:
        load_pack(root)
    except ContentError as error:
        problems = error.problems
    else:
        return True
    assert all("[links.donate] url" in p for p in problems), problems
    return False


def renderer_allows(url: str) -> bool:
    html = render_markdown(f'<a href="{url}">raw</a>')
    assert "raw" in html
    return "href=" in html


@pytest.mark.parametrize(("url", "verdict"), CASES)
def test_every_layer_gives_the_policy_verdict(
    make_pack: PackWriter, url: str, verdict: bool
) -> None:
    assert url_allowed(url) is verdict, "url_allowed"
    assert (url_problem(url) is None) is verdict, "url_problem"
    assert manifest_allows(make_pack, url) is verdict, "the manifest"
    assert renderer_allows(url) is verdict, "the renderer"
    assert link_allowed(url, {"one"}) is verdict, "link_allowed"
    assert opener.allowed(QUrl(url)) is verdict, "the opener"


@pytest.mark.parametrize(
    ("href", "verdict"),
    [("#one", True), ("#nowhere", False), ("#", False), ("#" + "a" * MAX_URL_CHARS, False)],
)
def test_question_links_go_only_to_a_question_of_the_pack(href: str, verdict: bool) -> None:
    ids = {"one", "a" * MAX_URL_CHARS}
    assert link_allowed(href, ids) is verdict
    assert ("href=" in render_markdown(f"[go]({href})", ids)) is verdict


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/", '"ftp://example.org/" is not an http, https or mailto address'),
        ("https://", '"https://" names no host — give a full address'),
        ("mailto:", '"mailto:" names no e-mail address — write it as mailto:name@example.org'),
        (LONGEST + "a", f"is {MAX_URL_CHARS + 1} characters long; the limit is {MAX_URL_CHARS}"),
        ("https://example.org/\nx", "holds a line break, tab or other control character"),
    ],
)
def test_the_manifest_says_why_an_address_is_refused(
    make_pack: PackWriter, url: str, reason: str
) -> None:
    written = f"url = {json.dumps(url)}"
    manifest = MINIMAL_MANIFEST.replace('url = "https://example.org/give"', written)
    line = manifest.splitlines().index(written) + 1
    with pytest.raises(ContentError) as caught:
        load_pack(make_pack(manifest, two_answers()))
    (problem,) = caught.value.problems
    assert problem.startswith(f"pack.toml:{line}: [links.donate] url {reason}"), problem
