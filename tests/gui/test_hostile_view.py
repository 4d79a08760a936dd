"""Hostile packs in the window: what was text stays readable in the answer pane, the pane
loads images only from inside the pack (and never lets Qt look for a refused one itself), and
very large or deeply nested packs still show — each within a bounded time. (The loader and
the renderer on their own are in tests/unit/test_hostile.py.)

Each test has its own timeout (pytest-timeout): a hang is a failure, not a slow pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from hrd_reader.core import Pack, load_pack
from hrd_reader.core.manifest import MAX_QUESTIONS
from hrd_reader.core.render import MAX_NESTING
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.settings import Settings
from tests.helpers.markup import HOSTILE_MARKUP, rendered
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, many_questions, two_answers
from tests.helpers.qt import shown_window, wait_exposed


def shown_in_view(qtbot, pack: Pack, settings: Settings) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question of ``pack`` through the real window: each answer pane's plain text."""
    win = shown_window(qtbot, pack, settings)
    texts = []
    for row in range(len(pack.questions)):
        win.show_question(row)
        texts.append(win.answer_view.toPlainText())
    return texts


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


@pytest.mark.timeout(90)
def test_ten_thousand_questions_load_and_show(
    qtbot, make_pack: PackWriter, settings: Settings
) -> None:
    manifest, files = many_questions(MAX_QUESTIONS)
    pack = load_pack(make_pack(manifest, files))
    assert len(pack.questions) == MAX_QUESTIONS
    win = shown_window(qtbot, pack, settings)
    win.show_question(MAX_QUESTIONS - 1)
    assert "Answer 9999." in win.answer_view.toPlainText()
    assert pack.search("question 9999") == [MAX_QUESTIONS - 1]


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


@pytest.mark.timeout(60)
def test_pdf_handout_takes_no_image_from_outside_the_pack(
    qtbot, make_pack: PackWriter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The handout has its own document; the same stand-in keeps Qt from loading a refused
    image's name from the current folder into the PDF."""
    from hrd_reader.gui.handouts.handout import build_document, export_pdf

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
