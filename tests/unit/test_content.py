"""The pack loader: fidelity of the bundled pack to the source text, and validation.
(Searching a pack is in test_textsearch.py.)"""

from __future__ import annotations

import re

import pytest

from hrd_reader.core import load_pack
from hrd_reader.core.textsearch import iter_paragraphs
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, problems_of, two_answers
from tests.helpers.source import CHROME, source_faq


def test_bundled_pack_is_the_source_word_for_word(pack) -> None:
    title, questions, _ = source_faq()
    assert pack.title == title == "Human Rights Defenders: FAQ"
    assert len(questions) == 7
    assert [q.title for q in pack.questions] == [q for q, _ in questions]
    for question, (_, paragraphs) in zip(pack.questions, questions, strict=True):
        assert list(iter_paragraphs(question.markdown)) == paragraphs, question.id
    challenges = next(q for q in pack.questions if q.title.startswith("What challenges"))
    assert len(list(iter_paragraphs(challenges.markdown))) == 2


def test_bundled_pack_carries_calls_to_action_and_attribution(pack) -> None:
    _, _, tail = source_faq()
    assert pack.donate.label == "Donate Now" == tail[0]
    assert pack.signup.label == "Sign Up For Email" == tail[1]
    assert pack.signup.blurb == tail[2]
    assert pack.donate.url == "https://www.cartercenter.org/donate/index.html"
    assert pack.signup.url == pack.source
    assert pack.source == "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"
    assert "The Carter Center" in pack.attribution
    assert pack.language == "en" and not pack.rtl
    assert pack.warnings == ()


def test_bundled_pack_keeps_typography_and_leaves_page_chrome_out(pack) -> None:
    text = "\n".join(q.markdown for q in pack.questions)
    assert "defenders’ voices" in text
    assert "a specific job –" in text
    for chrome in CHROME:
        assert chrome not in text
        assert all(chrome not in q.title for q in pack.questions)


def test_minimal_pack_loads(make_pack: PackWriter) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers())
    loaded = load_pack(root)
    assert [q.id for q in loaded.questions] == ["one", "two"]
    assert loaded.donate.url == "https://example.org/give"
    assert loaded.signup.blurb == ""


def test_every_problem_is_reported_at_once_with_file_and_line(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('id = "mini"', 'id = "Mini Pack"')
    manifest = manifest.replace('title = "Second question?"', "title = 5")
    manifest = manifest.replace('url = "https://example.org/give"', 'url = "ftp://example.org/"')
    manifest = manifest.replace('id = "two"', 'id = "one"')
    manifest += '\n[[questions]]\nid = "three"\ntitle = "Three?"\nfile = "answers/missing.md"\n'
    manifest += '\n[[questions]]\nid = "four"\ntitle = "Four?"\nfile = "answers/four.md"\n'
    manifest += '\n[[questions]]\nid = "five"\ntitle = "Five?"\nfile = "answers/five.md"\n'
    root = make_pack(
        manifest,
        {
            "answers/one.md": "One.",
            "answers/two.md": "Two.",
            "answers/four.md": b"caf\xe9 latin-1\n",
            "answers/five.md": "  \n\n",
        },
    )
    problems = problems_of(root)
    lines = manifest.splitlines()

    def line_of(text: str, start: int = 0) -> int:
        return next(i for i, line in enumerate(lines, 1) if i > start and text in line)

    bad_id = line_of('id = "Mini Pack"')
    ftp = line_of('url = "ftp:')
    five = line_of("title = 5")
    twice = line_of('id = "one"', five - 2)
    missing = line_of("answers/missing.md")
    expected = [
        f'pack.toml:{bad_id}: [pack] id "Mini Pack" is not valid',
        f'pack.toml:{ftp}: [links.donate] url "ftp://example.org/" is not',
        f"pack.toml:{five}: question 2: title must be text",
        f'pack.toml:{twice}: question id "one" is used twice',
        f'pack.toml:{missing}: answer file "answers/missing.md" does not exist',
        "answers/four.md:1: is not valid UTF-8 (byte 0xe9)",
        "answers/five.md:1: is empty",
    ]
    assert len(problems) == len(expected), problems
    for want in expected:
        assert any(p.startswith(want) for p in problems), (want, problems)
    # Each message says how to fix it.
    assert all(" — " in p for p in problems), problems


def test_toml_syntax_error_names_the_line(make_pack: PackWriter) -> None:
    root = make_pack(MINIMAL_MANIFEST.replace('title = "Mini pack"', "title = Mini pack"))
    (problem,) = problems_of(root)
    assert problem.startswith("pack.toml:3: TOML syntax error")


def test_missing_tables_and_keys(make_pack: PackWriter) -> None:
    root = make_pack('[pack]\nid = "x"\n')
    problems = problems_of(root)
    assert any(p.startswith("pack.toml:1: [pack] title is missing") for p in problems)
    assert any("no [[questions]]" in p for p in problems)
    # Donate and Sign Up are optional: a pack without [links] has no such buttons.
    assert not any("links" in p for p in problems)


def test_unknown_keys_warn_but_load(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('language = "en"', 'language = "en"\ncolour = "red"')
    root = make_pack(manifest, two_answers())
    loaded = load_pack(root)
    assert loaded.warnings == (
        "pack.toml:5: unknown key 'colour' in [pack] is ignored — check its spelling",
    )


@pytest.mark.parametrize("path", ["../outside.md", "/etc/hostname", "answers/../../x.md"])
def test_answer_paths_stay_inside_the_pack(make_pack: PackWriter, path: str) -> None:
    manifest = MINIMAL_MANIFEST.replace('"answers/two.md"', f'"{path}"')
    root = make_pack(manifest, two_answers())
    (root.parent / "outside.md").write_text("secret", encoding="utf-8")
    (problem,) = problems_of(root)
    assert re.match(r"pack\.toml:\d+: file .*(outside the pack|absolute path)", problem)


def test_utf16_bom_crlf(make_pack: PackWriter) -> None:
    root = make_pack(
        MINIMAL_MANIFEST,
        {
            "answers/one.md": "\ufeffLine one\r\n\r\nLine two\r\n".encode(),
            "answers/two.md": "Two.".encode("utf-16"),
        },
    )
    (problem,) = problems_of(root)
    assert problem.startswith("answers/two.md: is UTF-16, not UTF-8")
    (root / "answers/two.md").write_text("Two.", encoding="utf-8")
    assert load_pack(root).questions[0].markdown == "Line one\n\nLine two\n"


def test_not_a_folder_or_no_manifest(tmp_path) -> None:
    assert problems_of(tmp_path / "nope")[0].endswith(
        "give a pack folder (it holds pack.toml) or a .hrdpack file"
    )
    assert "pack.toml: missing" in problems_of(tmp_path)[0]
    (tmp_path / "pack.toml").write_text("[pack]\n", encoding="utf-8")
    (problem,) = problems_of(tmp_path / "pack.toml")
    assert problem.endswith("give the folder that holds it instead"), problem


def test_right_to_left_languages(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('language = "en"', 'language = "ar-EG"')
    root = make_pack(manifest, {"answers/one.md": "١", "answers/two.md": "٢"})
    assert load_pack(root).rtl
