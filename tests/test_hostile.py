"""Hostile and broken packs, each written here by the test: every one ends in a clean,
sanitised render or a ContentError naming file and line — within a bounded time, and without
reading anything outside the pack folder.

Each test has its own timeout (pytest-timeout): a hang is a failure, not a slow pass.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from hrd_reader.core.content import MAX_QUESTIONS, ContentError, Pack, load_pack
from hrd_reader.core.render import MAX_NESTING, question_html, render_markdown
from hrd_reader.gui.answer_view import AnswerView
from hrd_reader.gui.settings import Settings
from tests.conftest import MINIMAL_MANIFEST, FileOpenRecorder, PackWriter, wait_exposed

# What the sanitised HTML may never contain (case-insensitive).
FORBIDDEN_HTML = re.compile(
    r"<script|<style|<iframe|<object|<embed|<link|<meta|<form|<svg|<math|\son\w+\s*=|"
    r"style\s*=|javascript:|vbscript:|data:|file:|qrc:|src\s*=\s*[\"']?(?:https?:)?//",
    re.IGNORECASE,
)


def two_answers(one: str | bytes, two: str | bytes = "Two.") -> dict[str, str | bytes]:
    return {"answers/one.md": one, "answers/two.md": two}


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    return caught.value.problems


def rendered(pack: Pack, row: int = 0) -> str:
    html = question_html(pack.questions[row], pack.question_ids)
    assert not FORBIDDEN_HTML.search(html), FORBIDDEN_HTML.search(html)
    return html


def shown_in_view(qtbot, pack: Pack, settings: Settings) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question of ``pack`` through the real window: each answer pane's plain text."""
    from hrd_reader.gui.window import MainWindow

    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show()
    texts = []
    for row in range(len(pack.questions)):
        win.show_question(row)
        texts.append(win.answer_view.toPlainText())
    return texts


# -- markup that must be defused ---------------------------------------------------------


HOSTILE_MARKUP = """\
Before <script>alert('pwned')</script> after.

<p onclick="steal()" onmouseover="steal()">handlers</p> <img src=x onerror=alert(1)>

[js](javascript:alert(1)) [JS2](JaVaScRiPt:alert(1)) [file](file:///etc/passwd)
[data](data:text/html;base64,PHNjcmlwdD4=) [qrc](qrc:/icons/x.svg) [vb](vbscript:x)
<a href="javascript:alert(1)">raw js</a> <a href=" file:///etc/shadow">raw file</a>

![remote](https://tracker.example/pixel.png) <img src="http://tracker.example/p.gif">
<img src="//tracker.example/p.gif"> <img src="file:///etc/passwd"> <img src="../../x.png">

<iframe src="https://example.org"></iframe> <object data="x.swf"></object>
<embed src="x.swf"> <svg onload="alert(1)"><circle/></svg> <form action="https://x"></form>

<style>body { display: none } p { color: white }</style>
<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:white">cover</div>
<span style="display:none">hidden</span> <p style="font-size:0">tiny</p>
<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0">

Visible end.
"""


@pytest.mark.timeout(30)
def test_scripts_handlers_schemes_remote_frames_and_css_are_defused(
    qtbot, make_pack: PackWriter, settings: Settings, opened_urls
) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers(HOSTILE_MARKUP))
    pack = load_pack(root)
    html = rendered(pack)
    for word in ("pwned", "steal", "tracker.example", "evil.example", "passwd", "shadow"):
        assert word not in html, word
    # What was text stays readable in the pane: nothing is hidden or covered by CSS.
    first, second = shown_in_view(qtbot, pack, settings)
    for visible in ("Before", "after.", "handlers", "cover", "hidden", "tiny", "Visible end."):
        assert visible in first, visible
    assert "pwned" not in first and "Second question?" in second
    assert opened_urls.urls == []


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
    assert re.match(r'pack\.toml:\d+: answer file "answers/two\.md" does not exist', problem)


# -- answers that pane must show without loading anything else ---------------------------


def image_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def loaded_size(result: object) -> tuple[int, int]:
    """Size of what loadResource gave: a refusal is nothing or the 1×1 empty stand-in."""
    if result is None:
        return (0, 0)
    if isinstance(result, QImage | QPixmap):
        return (result.width(), result.height())
    image = QImage()
    assert isinstance(result, bytes | QByteArray) and image.loadFromData(result)
    return (image.width(), image.height())


@pytest.mark.timeout(30)
def test_answer_view_loads_only_images_inside_the_pack(qtbot, tmp_path: Path) -> None:
    pack_dir = tmp_path / "pack"
    (pack_dir / "images").mkdir(parents=True)
    (pack_dir / "images" / "map.png").write_bytes(image_bytes())
    outside = tmp_path / "outside.png"
    outside.write_bytes(image_bytes())
    (pack_dir / "images" / "escape.png").symlink_to(outside)
    view = AnswerView(pack_dir)
    qtbot.addWidget(view)
    image = QTextDocument.ResourceType.ImageResource.value
    assert loaded_size(view.loadResource(image, QUrl("images/map.png"))) == (4, 4)
    for refused in (
        "https://tracker.example/pixel.png",
        "http://127.0.0.1:9/x.png",
        "//tracker.example/p.png",
        f"file://{outside}",
        str(outside),
        "../outside.png",
        "images/../../outside.png",
        "images/escape.png",  # a symlink that leaves the pack
        "qrc:/icons/hrd-reader.svg",
        ":/qt-project.org/styles/commonstyle/images/up-16.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "",
    ):
        assert loaded_size(view.loadResource(image, QUrl(refused))) in ((0, 0), (1, 1)), refused
    # Style sheets and other resource kinds are never loaded, even from inside the pack.
    (pack_dir / "x.css").write_text("p { color: red }", encoding="utf-8")
    for kind in (
        QTextDocument.ResourceType.StyleSheetResource.value,
        QTextDocument.ResourceType.HtmlResource.value,
    ):
        assert view.loadResource(kind, QUrl("x.css")) is None


@pytest.mark.timeout(30)
def test_refused_image_is_not_loaded_by_qt_from_the_current_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given no image, Qt's text layout loads the name as a file itself, relative to the
    current folder; the pane's stand-in for refused images prevents that."""
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    (elsewhere / "here.png").write_bytes(image_bytes())
    monkeypatch.chdir(elsewhere)
    view = AnswerView(pack_dir)
    qtbot.addWidget(view)
    view.show_html(
        '<p>x<img src="here.png"><img src="https://tracker.example/p.png">'
        f'<img src="{elsewhere / "here.png"}"></p>'
    )
    view.show()
    wait_exposed(qtbot, view)
    view.grab()  # lays out and paints, which is when images are asked for
    document = view.document()
    image = QTextDocument.ResourceType.ImageResource.value
    for name in ("here.png", "https://tracker.example/p.png", str(elsewhere / "here.png")):
        assert loaded_size(document.resource(image, QUrl(name))) in ((0, 0), (1, 1)), name


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


def many_questions(count: int) -> tuple[str, dict[str, str | bytes]]:
    head = MINIMAL_MANIFEST.split("[[questions]]")[0]
    entries = "".join(
        f'[[questions]]\nid = "q{i}"\ntitle = "Question {i}?"\nfile = "answers/q{i}.md"\n\n'
        for i in range(count)
    )
    return head + entries, {f"answers/q{i}.md": f"Answer {i}." for i in range(count)}


@pytest.mark.timeout(90)
def test_ten_thousand_questions_load_and_show(
    qtbot, make_pack: PackWriter, settings: Settings
) -> None:
    manifest, files = many_questions(MAX_QUESTIONS)
    pack = load_pack(make_pack(manifest, files))
    assert len(pack.questions) == MAX_QUESTIONS
    from hrd_reader.gui.window import MainWindow

    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show()
    wait_exposed(qtbot, win)
    win.show_question(MAX_QUESTIONS - 1)
    assert "Answer 9999." in win.answer_view.toPlainText()
    assert pack.search("question 9999") == [MAX_QUESTIONS - 1]


@pytest.mark.timeout(60)
def test_more_than_ten_thousand_questions_is_an_error(make_pack: PackWriter) -> None:
    manifest, _ = many_questions(MAX_QUESTIONS + 1)
    (problem,) = problems_of(make_pack(manifest))
    assert problem.startswith("pack.toml: 10001 questions is more than the reader handles")


DEEP = {
    "nested lists": "".join("  " * i + "- level\n" for i in range(1000)),
    "nested lists on one line": "- " * 1000 + "bottom",
    "nested ordered lists": "".join("\t" * i + "1. level\n" for i in range(1000)),
    "nested quotes": "> " * 1000 + "bottom",
    "nested quotes by line": "".join(">" * i + " level\n" for i in range(1, 1001)),
    "quotes and lists": "> - " * 500 + "bottom",
    "raw nested HTML": "<blockquote><ul><li>" * 1000 + "bottom",
    "unclosed brackets": "[" * 200_000,
    "unclosed link openers": "[a](" * 50_000,
    "unclosed tags": "<a " * 100_000,
    "escapes": "\\*" * 100_000,
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", list(DEEP))
def test_deep_nesting_and_pathological_markup_render_in_bounded_time(
    qtbot, make_pack: PackWriter, settings: Settings, name: str
) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers(DEEP[name]))
    pack = load_pack(root)
    html = rendered(pack)
    assert html.count("<ul>") <= MAX_NESTING + 1 or name == "raw nested HTML"
    assert html.count("<blockquote>") <= MAX_NESTING + 1 or name == "raw nested HTML"
    assert "Second question?" in shown_in_view(qtbot, pack, settings)[1]
    if "bottom" in DEEP[name]:
        assert "bottom" in html


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


@pytest.mark.timeout(60)
def test_pdf_handout_takes_no_image_from_outside_the_pack(
    qtbot, make_pack: PackWriter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The handout has its own document; the same stand-in keeps Qt from loading a refused
    image's name from the current folder into the PDF."""
    from hrd_reader.gui.printing import build_document, export_pdf

    root = make_pack(MINIMAL_MANIFEST, two_answers("Map: ![map](here.png) ![x](img/in.png)"))
    (root / "img").mkdir()
    (root / "img" / "in.png").write_bytes(image_bytes())
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    (elsewhere / "here.png").write_bytes(image_bytes())
    monkeypatch.chdir(elsewhere)
    pack = load_pack(root)
    document = build_document(pack, [0])
    document.size()  # lays the document out, which is when images are asked for
    image = QTextDocument.ResourceType.ImageResource.value
    assert loaded_size(document.resource(image, QUrl("here.png"))) in ((0, 0), (1, 1))
    assert loaded_size(document.resource(image, QUrl("img/in.png"))) == (4, 4)
    assert export_pdf(pack, tmp_path / "out.pdf", [0]) >= 1


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
