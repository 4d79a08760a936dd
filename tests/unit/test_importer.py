"""Authoring packs from plain FAQ text: the importer module. (`hrd-reader import-faq`, run as
a command, is in tests/e2e/test_import_faq.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrd_reader.core import ContentError, Question
from hrd_reader.core.importer import PackInfo, escape_markdown, import_faq, parse_faq, slug
from hrd_reader.core.render import question_html
from hrd_reader.core.textsearch import iter_paragraphs
from tests.helpers.packs import DONATE_URL, FAQ_PAGE
from tests.helpers.paths import SOURCE_TEXT

INFO = PackInfo(
    donate_url=DONATE_URL,
    source=FAQ_PAGE,
    attribution="Text: The Carter Center, Human Rights Defenders: FAQ",
)


def test_importing_the_source_reproduces_the_bundled_pack(pack, tmp_path: Path) -> None:
    imported, warnings = import_faq(SOURCE_TEXT, tmp_path / "faq", INFO)
    assert imported.title == pack.title
    assert [q.title for q in imported.questions] == [q.title for q in pack.questions]
    for mine, theirs in zip(imported.questions, pack.questions, strict=True):
        assert list(iter_paragraphs(mine.markdown)) == list(iter_paragraphs(theirs.markdown))
    assert imported.donate == pack.donate
    assert imported.signup == pack.signup
    assert (imported.source, imported.attribution) == (pack.source, pack.attribution)
    assert imported.warnings == ()
    # The page chrome is left out, each line named in a warning.
    assert warnings == [
        "hrd-faq.txt:1: ignored “More Links in Peace Programs” — only the line just above "
        "the first question is the title",
        "hrd-faq.txt:41: ignored “Please leave this field empty” — it comes after the calls "
        "to action",
        "hrd-faq.txt:42: ignored “Now, we invite you to Get Involved” — it comes after the "
        "calls to action",
        "hrd-faq.txt:43: ignored “Back To Top” — it comes after the calls to action",
    ]


def test_ids_are_made_from_the_questions_and_unique() -> None:
    faq = parse_faq(
        "Title\n\nQ: Who are the Human Rights Defenders?\n\nA.\n\n"
        "Q:\u00a0 Who are the  Human Rights Defenders?\n\nB.\n\n"
        "Q: Qui sont les défenseurs ?\n\nC.\n\nQ: من هم المدافعون؟\n\nD.\n"
    )
    assert [q.id for q in faq.questions] == [
        "who-are-the-human-rights-defenders",
        "who-are-the-human-rights-defenders-2",
        "qui-sont-les-defenseurs",
        "question-4",
    ]
    # Whitespace is normalised, the words are kept.
    assert faq.questions[1].title == "Who are the Human Rights Defenders?"
    assert len(slug("word " * 40)) <= 60


def test_paragraphs_join_wrapped_lines_and_keep_every_character() -> None:
    faq = parse_faq(
        "My FAQ\n\nQ: One?\n\nA first  paragraph\nwrapped over\u00a0lines. \n\n"
        "A second – with “quotes” and defenders’ voices.\n"
    )
    assert faq.title == "My FAQ"
    assert faq.questions[0].paragraphs == [
        "A first paragraph wrapped over lines.",
        "A second – with “quotes” and defenders’ voices.",
    ]


def test_plain_text_is_not_read_as_markdown(pack) -> None:
    faq = parse_faq(
        "T\n\nQ: Sums?\n\n2 * 3 = 6 and a_b_c [x](y) <b>bold</b> &amp; more\n\n1. not a list\n"
    )
    question = faq.questions[0]

    html = question_html(Question("q", "Sums?", "", question.markdown), frozenset())
    assert "2 * 3 = 6 and a_b_c [x](y) &lt;b&gt;bold&lt;/b&gt; &amp;amp; more" in html
    assert "<ol" not in html and "1. not a list" in html
    assert escape_markdown("# hash") == "\\# hash"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(st.characters(categories=("L", "N", "P", "Zs")), min_size=1).filter(
                lambda t: t.split() != []
            ),
            st.lists(
                st.text(st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1).filter(
                    lambda t: t.split() != []
                ),
                min_size=1,
                max_size=3,
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_question_and_paragraph_survives_the_round_trip(
    entries: list[tuple[str, list[str]]],
) -> None:
    text = "Title\n\n" + "".join(
        f"Q: {title}\n\n" + "".join(p + "\n\n" for p in paragraphs) for title, paragraphs in entries
    )
    labels = {"Donate Now", "Sign Up For Email"}
    if any(" ".join(p.split()) in labels for _, ps in entries for p in ps) or any(
        " ".join(p.split()).startswith("Q:") for _, ps in entries for p in ps
    ):
        return  # those lines are markers by definition
    faq = parse_faq(text)
    assert [q.title for q in faq.questions] == [" ".join(t.split()) for t, _ in entries]
    for question, (_, paragraphs) in zip(faq.questions, entries, strict=True):
        assert question.paragraphs == [" ".join(p.split()) for p in paragraphs]


def test_problems_are_all_reported_with_lines_and_nothing_is_written(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    source.write_text("Title\n\nQ:\n\nQ: Empty?\n\nQ: Fine?\n\nYes.\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_faq(source, tmp_path / "out", INFO)
    assert caught.value.problems == [
        "bad.txt:3: “Q:” with no question after it — write the question on the same line",
        "bad.txt:5: question “Empty?” has no answer — write its answer as paragraphs under "
        "the “Q:” line",
    ]
    assert not (tmp_path / "out").exists()


def test_existing_folder_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ContentError, match="not an empty folder"):
        import_faq(SOURCE_TEXT, target, INFO)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_bad_encoding_names_the_line(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("T\n\nQ: Caf\xe9?\n".encode("latin-1"))
    with pytest.raises(ContentError, match=r"latin1.txt:3: is not valid UTF-8"):
        import_faq(source, tmp_path / "out", INFO)


def test_missing_addresses_and_title_are_explained(tmp_path: Path) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("Q: One?\n\nYes.\n\nDonate Now\n\nSign Up For Email\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_faq(source, tmp_path / "out", PackInfo())
    assert caught.value.problems == [
        "no title — put it on the line above the first question, or give --title",
        "faq.txt:5: “Donate Now” but no donation address — give --donate-url URL (or delete "
        "the line for a pack without a Donate button)",
        "faq.txt:7: “Sign Up For Email” but no sign-up address — give --signup-url URL or "
        "--source URL (or delete the line for a pack without a Sign Up button)",
    ]


def test_a_text_without_calls_to_action_needs_no_address(tmp_path: Path) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("Workshop FAQ\n\nQ: One?\n\nYes.\n", encoding="utf-8")
    pack, _ = import_faq(source, tmp_path / "out", PackInfo(source="https://example.org/faq"))
    assert pack.donate is None and pack.signup is None
    # An address given without the line still makes its button.
    pack, _ = import_faq(source, tmp_path / "two", PackInfo(donate_url="https://example.org/d"))
    assert pack.donate is not None and pack.donate.label == "Donate Now" and pack.signup is None
