"""The one-file web page of a pack (hrd_reader/web/page.py), read as text: what it holds,
what it never holds (script, remote addresses, trainer notes), its images inline, its own
words in the pack's language. In a real browser: tests/e2e/test_web_browser.py."""

from __future__ import annotations

import base64
import itertools
import re

from hrd_reader.core import Pack, load_pack
from hrd_reader.web import images, words
from hrd_reader.web.page import page_css, page_html, question_html
from tests.helpers.packs import PackWriter
from tests.helpers.paths import ARABIC_PACK, ROOT
from tests.helpers.source import source_paragraphs
from tests.helpers.web import pack_with_pictures, tiny_png, visible_text

WORKSHOP_PACK = ROOT / "tests" / "packs" / "workshop"


def test_page_holds_the_whole_faq_word_for_word(pack: Pack) -> None:
    page = page_html(pack)
    text = visible_text(page)
    for paragraph in source_paragraphs():
        assert paragraph in text, paragraph
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en" dir="ltr">' in page
    assert f"<title>{pack.title}</title>" in page
    assert pack.attribution in text and pack.source in text


def test_contents_link_to_an_article_per_question(pack: Pack) -> None:
    page = page_html(pack)
    for question in pack.questions:
        assert f'<a href="#{question.id}">' in page
        assert page.count(f'id="{question.id}"') == 1
    assert page.count("<article") == len(pack.questions)
    # Landmarks a screen reader lists; headings in order: h1 title, h2 per question.
    for landmark in ("<header>", "<nav ", "<main>", "<footer>"):
        assert landmark in page
    levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", page)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))


def test_calls_to_action_are_links_with_their_address_written_out(pack: Pack) -> None:
    page = page_html(pack)
    text = visible_text(page)
    for _, link in pack.links:
        assert f'href="{link.url}">{link.label}</a>' in page
        assert link.url in text  # the address itself, for a printout or a phone that won't open it
    assert pack.signup is not None and pack.signup.blurb in text


def test_page_has_no_script_and_fetches_nothing(pack: Pack) -> None:
    page = page_html(pack).lower()
    assert "<script" not in page and "javascript:" not in page
    assert not re.findall(r"<[^>]*\son[a-z]+\s*=", page), "no event handler attributes"
    # Every src is inline; the policy forbids loading anything from elsewhere.
    assert not re.findall(r'src="(?!data:)', page)
    assert "<link" not in page and "@import" not in page and "url(" not in page_css()
    assert "default-src 'none'" in page and "img-src data:" in page


def test_trainer_notes_never_appear() -> None:
    workshop = load_pack(WORKSHOP_PACK)
    assert workshop.has_notes
    text = visible_text(page_html(workshop))
    for question in workshop.questions:
        for paragraph in question.notes.split("\n\n"):
            words_of_note = " ".join(paragraph.replace("*", "").replace("- ", "").split())
            if words_of_note:
                assert words_of_note not in text, words_of_note
    assert "Careful here" not in text and "legal-aid network" not in text


def test_arabic_pack_reads_right_to_left_in_its_own_words() -> None:
    arabic = load_pack(ARABIC_PACK)
    page = page_html(arabic)
    assert '<html lang="ar" dir="rtl">' in page
    # The page's own headings come from the Arabic catalogue, not in English.
    assert words.word("Questions", "ar") != "Questions"
    assert words.word("Questions", "ar") in page
    assert ">Questions<" not in page and "Back to the questions" not in page


def test_pictures_inline_and_refused_ones_left_out(make_pack: PackWriter) -> None:
    pack = load_pack(pack_with_pictures(make_pack))
    page = page_html(pack)
    sources = re.findall(r'<img[^>]* src="([^"]*)"', page)
    assert sources == [
        "data:image/png;base64," + base64.b64encode(tiny_png()).decode(),
        "data:image/png;base64," + base64.b64encode(tiny_png(2, 2)).decode(),
    ]
    assert "fake" not in page and "secret" not in page
    assert '<a href="#two">the second</a>' in page


def test_downloads_and_extra_head_for_the_room_page(pack: Pack) -> None:
    page = page_html(
        pack,
        downloads=[("faq.html", "This page, to keep"), ("faq.hrdpack", "The pack")],
        extra_head='<meta name="x-test" content="1">',
    )
    assert '<a href="faq.html" download>This page, to keep</a>' in page
    assert '<a href="faq.hrdpack" download>The pack</a>' in page
    assert page.index('<meta name="x-test"') < page.index("</head>")
    assert "download>" not in page_html(pack)


def test_question_article_alone(pack: Pack) -> None:
    question = pack.questions[pack.index_of("challenges") or 0]
    article = question_html(pack, question)
    assert article.startswith('<article id="challenges">\n<h2>')
    assert "constant monitoring" in article and pack.questions[0].title not in article


def test_answer_headings_sit_under_the_question() -> None:
    """An answer's own "# Heading" must not outrank the question's heading."""
    from hrd_reader.core.pack import Question

    pack = load_pack(ARABIC_PACK)
    question = Question("q", "Title", "q.md", "# Big\n\ntext\n\n###### Small")
    article = question_html(pack, question)
    assert "<h3>Big</h3>" in article and "<h6>Small</h6>" in article
    assert "<h1>" not in article


def test_images_are_typed_by_their_bytes() -> None:
    assert images.sniff(tiny_png()) == "image/png"
    assert images.sniff(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert images.sniff(b"GIF89a...") == "image/gif"
    assert images.sniff(b"RIFF\0\0\0\0WEBPVP8 ") == "image/webp"
    assert images.sniff(b'<?xml version="1.0"?><svg xmlns="x"/>') == "image/svg+xml"
    assert images.sniff(b"<html><script>") is None
    assert images.pack_name("images/a%20b.png?x=1") == "images/a b.png"
    for refused in ("https://x.org/a.png", "/etc/passwd", "../up.png", "a/../../up.png", ""):
        assert images.pack_name(refused) is None, refused


def test_catalogue_reader_reads_the_compiled_translations() -> None:
    for code in ("fr", "es", "ar"):
        table = words.catalogue(code)
        assert table["Source:"] != "Source:" or code != "ar"
        assert len(table) > 100
    assert words.word("About this text", "fr-CA") == words.catalogue("fr")["About this text"]
    assert words.word("About this text", "de") == "About this text"
    assert words.word("About this text", "../../x") == "About this text"
    assert words.parse_qm(b"not a catalogue") == {}
    damaged = words.QM_MAGIC + b"\x69\xff\xff\xff\xff\x06\x00\x00\x10\x00abc"
    assert words.parse_qm(damaged) == {}
