"""Hostile and broken packs, each written here by the test: every one ends in a clean,
sanitised render or a ContentError naming file and line — within a bounded time, and without
reading anything outside the pack folder. (What the window and the answer pane make of such
packs is in tests/gui/test_hostile_view.py.)

Each test has its own timeout (pytest-timeout): a hang is a failure, not a slow pass.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hrd_reader.core import load_pack
from hrd_reader.core.manifest import MAX_QUESTIONS
from hrd_reader.core.render import render_markdown
from tests.helpers.markup import rendered
from tests.helpers.opened_files import FileOpenRecorder
from tests.helpers.packs import (
    MINIMAL_MANIFEST,
    PackWriter,
    many_questions,
    problems_of,
    two_answers,
)

# -- markup that must be defused ---------------------------------------------------------


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>x</script>",
        "qrc:/icons/hrd-reader.svg",
        "ftp://example.org/x",
        "about:blank",
        "#not-a-question",
    ],
)
def test_each_refused_link_scheme_leaves_no_href(href: str) -> None:
    html = render_markdown(f"[click]({href}) and <a href='{href}'>raw</a>", {"one"})
    assert "href" not in html
    assert "click" in html and "raw" in html


# -- paths that leave the pack -----------------------------------------------------------


def secret_beside(root: Path) -> Path:
    secret = root.parent / "secret.md"
    secret.write_text("the secret", encoding="utf-8")
    return secret


@pytest.mark.timeout(20)
@pytest.mark.parametrize("path", ["../../etc/passwd", "../secret.md", "answers/../../secret.md"])
def test_file_climbing_out_is_refused_with_line(
    make_pack: PackWriter, opened_files: FileOpenRecorder, path: str
) -> None:
    manifest = MINIMAL_MANIFEST.replace('"answers/two.md"', f'"{path}"')
    root = make_pack(manifest, two_answers("One."))
    secret_beside(root)
    opened_files.recording = True
    (problem,) = problems_of(root)
    opened_files.recording = False
    line = manifest.splitlines().index(f'file = "{path}"') + 1
    assert problem.startswith(f'pack.toml:{line}: file "{path}" points outside the pack folder')
    assert opened_files.outside(root) == []


@pytest.mark.timeout(20)
@pytest.mark.parametrize("path", ["/etc/passwd", "\\\\server\\share\\x.md", "C:/Windows/win.ini"])
def test_absolute_paths_are_refused_with_line(make_pack: PackWriter, path: str) -> None:
    escaped = path.replace("\\", "\\\\")
    manifest = MINIMAL_MANIFEST.replace('"answers/two.md"', f'"{escaped}"')
    root = make_pack(manifest, two_answers("One."))
    (problem,) = problems_of(root)
    line = manifest.splitlines().index(f'file = "{escaped}"') + 1
    assert problem.startswith(f"pack.toml:{line}: file ")
    assert "is an absolute path" in problem


@pytest.mark.timeout(20)
def test_symlinked_answer_and_folder_leaving_the_pack_are_refused(
    make_pack: PackWriter, opened_files: FileOpenRecorder, tmp_path: Path
) -> None:
    root = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "One."})
    secret = secret_beside(root)
    (root / "answers" / "two.md").symlink_to(secret)
    outside = tmp_path / "outside-folder"
    outside.mkdir()
    (outside / "three.md").write_text("outside", encoding="utf-8")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    manifest = MINIMAL_MANIFEST + '\n[[questions]]\nid = "three"\ntitle = "T?"\n'
    manifest += 'file = "linked/three.md"\n'
    (root / "pack.toml").write_text(manifest, encoding="utf-8")
    opened_files.recording = True
    problems = problems_of(root)
    opened_files.recording = False
    lines = manifest.splitlines()
    two = lines.index('file = "answers/two.md"') + 1
    three = lines.index('file = "linked/three.md"') + 1
    assert problems == [
        f'pack.toml:{two}: file "answers/two.md" points outside the pack folder — keep '
        'answers inside it, e.g. "answers/my-question.md"',
        f'pack.toml:{three}: file "linked/three.md" points outside the pack folder — keep '
        'answers inside it, e.g. "answers/my-question.md"',
    ]
    assert opened_files.outside(root) == []


@pytest.mark.timeout(20)
def test_fifo_posing_as_an_answer_does_not_hang(make_pack: PackWriter) -> None:
    # A named pipe would block a reader forever; it is not a regular file, so it is refused.
    root = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "One."})
    os.mkfifo(root / "answers" / "two.md")
    (problem,) = problems_of(root)
    assert re.match(
        r'pack\.toml:\d+: answer file "answers/two\.md" is not a regular file', problem
    ), problem


# -- sizes and depths that must not freeze the reader ------------------------------------


@pytest.mark.timeout(30)
def test_twenty_megabyte_answer_is_refused_without_reading_it(
    make_pack: PackWriter, opened_files: FileOpenRecorder
) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers("One."))
    with (root / "answers" / "two.md").open("wb") as big:
        big.truncate(20 * 1024 * 1024)  # sparse: 20 MB on paper, nothing written
    opened_files.recording = True
    (problem,) = problems_of(root)
    opened_files.recording = False
    line = MINIMAL_MANIFEST.splitlines().index('file = "answers/two.md"') + 1
    assert problem.startswith(f'pack.toml:{line}: answer file "answers/two.md" is 20.0 MiB')
    assert "limit is 1 MiB" in problem
    assert root / "answers" / "two.md" not in [p.resolve() for p in opened_files.paths]


@pytest.mark.timeout(60)
def test_more_than_ten_thousand_questions_is_an_error(make_pack: PackWriter) -> None:
    manifest, _ = many_questions(MAX_QUESTIONS + 1)
    (problem,) = problems_of(make_pack(manifest))
    assert problem.startswith("pack.toml: 10001 questions is more than the reader handles")


# -- encodings and bytes ------------------------------------------------------------------


@pytest.mark.timeout(20)
def test_nul_invalid_utf8_and_utf16_name_file_and_line(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST + (
        '\n[[questions]]\nid = "three"\ntitle = "Three?"\nfile = "answers/three.md"\n'
    )
    root = make_pack(
        manifest,
        {
            "answers/one.md": b"fine\nsecond line\x00 NUL\n",
            "answers/two.md": b"ok\nok\n\xc3\x28 broken\n",
            "answers/three.md": "UTF-16 text".encode("utf-16"),
        },
    )
    assert problems_of(root) == [
        "answers/one.md:2: contains a NUL byte — this is not a text file; save it as UTF-8 text",
        "answers/two.md:3: is not valid UTF-8 (byte 0xc3) — save the file as UTF-8",
        "answers/three.md: is UTF-16, not UTF-8 — save the file as UTF-8",
    ]


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (MINIMAL_MANIFEST.encode("utf-16"), "pack.toml: is UTF-16, not UTF-8"),
        (MINIMAL_MANIFEST.encode("utf-16-be"), "pack.toml:1: contains a NUL byte"),
        (b'[pack]\nid = "x\x00"\n', "pack.toml:2: contains a NUL byte"),
        (b'[pack]\n\ntitle = "caf\xe9"\n', "pack.toml:3: is not valid UTF-8 (byte 0xe9)"),
    ],
)
def test_bad_manifest_bytes_name_file_and_line(
    make_pack: PackWriter, raw: bytes, problem: str
) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers("One."))
    (root / "pack.toml").write_bytes(raw)
    (found,) = problems_of(root)
    assert found.startswith(problem), found


@pytest.mark.timeout(20)
def test_bom_and_crlf_in_manifest_and_answers_load_clean(make_pack: PackWriter) -> None:
    root = make_pack(MINIMAL_MANIFEST)
    manifest = "\ufeff" + MINIMAL_MANIFEST.replace("\n", "\r\n")
    (root / "pack.toml").write_bytes(manifest.encode("utf-8"))
    (root / "answers").mkdir()
    (root / "answers" / "one.md").write_bytes("\ufeff# Title\r\n\r\n- a\r\n- b\r\n".encode())
    (root / "answers" / "two.md").write_bytes(b"old\rmac\rline ends\r")
    pack = load_pack(root)
    assert pack.id == "mini" and pack.title == "Mini pack"
    assert pack.questions[0].markdown == "# Title\n\n- a\n- b\n"
    assert pack.questions[1].markdown == "old\nmac\nline ends\n"
    html = rendered(pack)
    assert "\ufeff" not in html and "\r" not in html
    assert "<li>a</li>" in html


# -- manifests that are wrong in every way -----------------------------------------------


@pytest.mark.timeout(20)
def test_duplicate_ids_name_both_places(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('id = "two"', 'id = "one"')
    (problem,) = problems_of(make_pack(manifest, two_answers("One.")))
    line = [i for i, text in enumerate(manifest.splitlines(), 1) if text == 'id = "one"'][1]
    assert problem == (
        f'pack.toml:{line}: question id "one" is used twice (first at question 1) — give '
        "each question its own id"
    )


WRONG_TYPES = """\
[pack]
id = 42
title = ["a", "list"]
language = true
source = 3.5
attribution = { nested = "table" }

[links]
donate = "not a table"

[links.signup]
label = 1979-05-27
url = ["https://example.org"]
blurb = 7

[[questions]]
id = 1
title = false
file = 99

[[questions]]
id = "ok"
title = { x = 1 }
file = ["answers/one.md"]
"""


@pytest.mark.timeout(20)
def test_toml_with_wrong_types_everywhere_lists_every_problem_with_line(
    make_pack: PackWriter,
) -> None:
    problems = problems_of(make_pack(WRONG_TYPES, two_answers("One.")))
    lines = WRONG_TYPES.splitlines()

    def at(text: str, start: int = 0) -> str:
        return f"pack.toml:{next(i for i, s in enumerate(lines, 1) if i > start and s == text)}:"

    second = lines.index('id = "ok"')
    expected = [
        (at("id = 42"), "[pack] id must be text, not a number"),
        (at('title = ["a", "list"]'), "[pack] title must be text, not a list"),
        (at("language = true"), "[pack] language must be text, not a true/false"),
        (at("source = 3.5"), "[pack] source must be text, not a number"),
        (at('attribution = { nested = "table" }'), "[pack] attribution must be text"),
        (at('donate = "not a table"'), "'links.donate' must be a table, not a string"),
        (at("label = 1979-05-27"), "[links.signup] label must be text"),
        (at('url = ["https://example.org"]'), "[links.signup] url must be text, not a list"),
        (at("blurb = 7"), "[links.signup] blurb must be text, not a number"),
        (at("id = 1"), "question 1: id must be text, not a number"),
        (at("title = false"), "question 1: title must be text, not a true/false"),
        (at("file = 99"), "question 1: file must be text, not a number"),
        (at("title = { x = 1 }", second), "question 2: title must be text, not a table"),
        (at('file = ["answers/one.md"]', second), "question 2: file must be text, not a list"),
    ]
    for where, what in expected:
        assert any(p.startswith(f"{where} {what}") for p in problems), (where, what, problems)
    assert len(problems) == len(expected), problems
    assert all(" — " in p for p in problems)


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "manifest",
    [
        "pack = 5\nlinks = []\nquestions = 7\n",
        "questions = [1, 2, 3]\n[pack]\n[links]\n",
        'questions = "all of them"\n',
        "[[pack]]\n[[links]]\n[[questions]]\n",
    ],
)
def test_tables_of_the_wrong_kind_are_errors_not_tracebacks(
    make_pack: PackWriter, manifest: str
) -> None:
    problems = problems_of(make_pack(manifest))
    assert problems
    assert all(re.match(r"pack\.toml(:\d+)?: .+ — .+", p) for p in problems), problems


@pytest.mark.timeout(20)
def test_overlong_addresses_are_refused(make_pack: PackWriter) -> None:
    """A QR code holds about 2,300 characters; the link dialog, share screen and handouts
    draw one for every address, so longer ones are stopped at the door."""
    long_url = "https://example.org/" + "a" * 5000
    manifest = MINIMAL_MANIFEST.replace('url = "https://example.org/give"', f'url = "{long_url}"')
    (problem,) = problems_of(make_pack(manifest, two_answers("One.")))
    line = next(i for i, s in enumerate(manifest.splitlines(), 1) if long_url in s)
    assert problem.startswith(f"pack.toml:{line}: [links.donate] url is 5020 characters long")
    html = render_markdown(f"[long]({long_url}) [short](https://example.org/)")
    assert long_url not in html and 'href="https://example.org/"' in html


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        ("x = " + "[" * 100_000, "pack.toml: values nested too deeply"),
        ("x = " + "{a = " * 100_000, "pack.toml: values nested too deeply"),
        ('[pack]\nid = "x"\n' + "a" + ".a" * 100_000 + " = 1\n", "pack.toml:3: a key or table"),
        ("[pack]\n[" + "a." * 100_000 + "a]\n", "pack.toml:2: a key or table name with more"),
    ],
)
def test_deeply_nested_toml_is_an_error_not_a_crash_or_a_hang(
    make_pack: PackWriter, manifest: str, problem: str
) -> None:
    """tomllib recurses into nested lists and tables (RecursionError) and spends time
    squared in a dotted key's length (100,000 parts: minutes and gigabytes)."""
    (found,) = problems_of(make_pack(manifest))
    assert found.startswith(problem), found
    assert " — " in found


def null_byte_reason() -> str:
    """What this Python says about a path with a NUL character in it — its words differ
    between versions (3.11: "embedded null byte"; 3.13: "lstat: embedded null character in
    path"), and the reader passes them on as they are."""
    try:
        Path("answers/\0.md").resolve()
    except ValueError as exc:
        return str(exc)
    raise AssertionError("this Python resolves a path with a NUL character in it")


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("answers/\\u0000.md", null_byte_reason()),
        ("a/" * 3000 + "x.md", "File name too long"),
        ("x" * 300 + ".md", "File name too long"),
    ],
)
def test_unusable_answer_paths_are_errors_not_tracebacks(
    make_pack: PackWriter, path: str, reason: str
) -> None:
    manifest = MINIMAL_MANIFEST.replace('"answers/two.md"', f'"{path}"')
    (problem,) = problems_of(make_pack(manifest, two_answers("One.")))
    line = manifest.splitlines().index(f'file = "{path}"') + 1
    assert problem.startswith(f'pack.toml:{line}: file "'), problem
    assert f"is not a usable path ({reason})" in problem
    assert len(problem) < 400
