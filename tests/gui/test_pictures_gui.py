"""Pictures where they are shown: never wider than the text column (no sideways scrolling at
any width or zoom, in lists, quotations and tables too), decoded once at the size shown and
off the question switch, within the answer's pixel budget; the room's view fits them to the
screen; a click or Enter opens one large with its alt text as its accessible name."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QHelpEvent, QImage, QImageReader, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from bench.picture_packs import photo_jpeg, write_photo_pack, zero_png
from hrd_reader.core import load_pack
from hrd_reader.gui.pictures import shown
from hrd_reader.gui.pictures.fitting import pictures_in
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import Settings
from tests.helpers.packs import PackWriter
from tests.helpers.pictures import encoded, picture_pack
from tests.helpers.qt import shown_window, wait_exposed

IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture(scope="module")
def photo_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The trainer's pack: one answer with twelve 4000 × 3000 phone photos."""
    return write_photo_pack(tmp_path_factory.mktemp("photos") / "pack")


def show_every_picture(qtbot, view: AnswerView) -> None:  # type: ignore[no-untyped-def]
    """Scroll through the answer so each picture is painted, and wait for their pixels."""
    bar = view.verticalScrollBar()
    value = 0
    while True:
        bar.setValue(value)
        view.viewport().repaint()
        qtbot.waitUntil(lambda: view.pictures is None or not view.pictures.busy, timeout=20_000)
        if value >= bar.maximum():
            break
        value += max(1, bar.pageStep())
    bar.setValue(0)


def sizes_shown(view: AnswerView) -> list[tuple[float, float]]:
    return [(p.format.width(), p.format.height()) for p in pictures_in(view.document())]


def column_of(view: AnswerView) -> float:
    document = view.document()
    frame = view.document().rootFrame().frameFormat()
    return view.viewport().width() - 2 * document.documentMargin() - 2 * frame.leftMargin()


@pytest.mark.timeout(90)
def test_twelve_photos_fit_the_column_at_every_width_and_zoom(
    qtbot, photo_pack: Path, settings: Settings
) -> None:
    window = shown_window(qtbot, load_pack(photo_pack), settings)
    window.show_question(0)
    view = window.answer_view
    for width, height in ((1100, 720), (700, 500), (1600, 900)):
        window.resize(width, height)
        for zoom in (50, 100, 200, 400):
            window.set_zoom(zoom)
            QApplication.processEvents()
            shown_sizes = sizes_shown(view)
            assert len(shown_sizes) == 12
            for w, h in shown_sizes:
                assert 0 < w <= column_of(view) + 0.5, (width, zoom, w)
                assert h <= view.viewport().height() * shown.TALLEST_SHARE + 0.5
                assert w / h == pytest.approx(4 / 3, rel=0.01)
            assert view.horizontalScrollBar().maximum() == 0, (width, zoom)
    window.set_zoom(100)
    window.resize(1100, 720)
    show_every_picture(qtbot, view)
    assert view.horizontalScrollBar().maximum() == 0
    assert not view.horizontalScrollBar().isVisible()


@pytest.mark.timeout(60)
def test_photos_are_decoded_once_at_the_size_shown_and_off_the_switch(
    qtbot, photo_pack: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bool, int, int]] = []
    real = shown.decode

    def recording(data: bytes, width: int, height: int) -> QImage:
        calls.append((threading.current_thread() is threading.main_thread(), width, height))
        return real(data, width, height)

    monkeypatch.setattr(shown, "decode", recording)
    window = shown_window(qtbot, load_pack(photo_pack), settings)
    window.resize(1100, 720)
    window.show_question(1)
    view = window.answer_view
    qtbot.waitUntil(lambda: view.pictures is None or not view.pictures.busy)
    window.show_question(0)
    assert not any(in_main for in_main, _, _ in calls)  # the switch itself decodes nothing
    show_every_picture(qtbot, view)
    assert calls and not any(in_main for in_main, _, _ in calls)
    ratio = view.devicePixelRatioF()
    for placed in pictures_in(view.document()):
        image = view.document().resource(IMAGE, QUrl(placed.name))
        assert isinstance(image, QImage)
        assert image.width() == round(placed.format.width() * ratio) < 4000
    decoded = len(calls)
    window.show_question(1)
    window.show_question(0)
    show_every_picture(qtbot, view)
    assert len(calls) == decoded  # decoded once: the second visit comes from the cache


def test_a_picture_being_decoded_is_a_faint_box_in_the_text_colour(
    qtbot, photo_pack: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever has focus: the pane's foreground role is its focus frame's colour."""
    monkeypatch.setattr(shown.ShownPictures, "_request", lambda *_args: None)  # never decoded
    window = shown_window(qtbot, load_pack(photo_pack), settings)
    view = window.answer_view
    for focused in (True, False):
        (view if focused else window.question_list).setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda f=focused: view.hasFocus() == f)
        window.show_question(1)
        window.show_question(0)
        placed = list(pictures_in(view.document()))
        assert placed
        assert view.pictures is not None
        box = view.pictures.resource(QUrl(placed[0].name))
        assert isinstance(box, QImage) and box.size().toTuple() == (1, 1)
        colour = box.pixelColor(0, 0)
        assert colour.rgb() == view.palette().color(QPalette.ColorRole.Text).rgb(), focused
        assert colour.alpha() < 100


@pytest.mark.parametrize(
    "where",
    [
        "- item\n\n    ![p](p.png)\n",
        "1. one\n    - two\n        - three ![p](p.png)\n",
        "> quoted\n>\n> > deeper ![p](p.png)\n",
        "| a | b | c |\n|---|---|---|\n| x | ![p](p.png) | ![p](p.png) |\n",
        "Text ![p](p.png) ![p](p.png) side by side.\n",
    ],
)
@pytest.mark.timeout(30)
def test_pictures_in_lists_quotes_and_tables_stay_within_the_column(
    qtbot, make_pack: PackWriter, settings: Settings, where: str
) -> None:
    pack = load_pack(picture_pack(make_pack, {"p.png": encoded(2400, 1200, "PNG")}, where))
    window = shown_window(qtbot, pack, settings)
    window.resize(1100, 720)
    for zoom in (100, 300):
        window.set_zoom(zoom)
        QApplication.processEvents()
        assert window.answer_view.horizontalScrollBar().maximum() == 0, zoom
        assert all(w > 0 for w, _ in sizes_shown(window.answer_view))


@pytest.mark.timeout(30)
def test_a_picture_over_the_limit_takes_no_room_and_is_never_decoded(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "zeros.png").write_bytes(zero_png(7000, 7000))
    read: list[bool] = []
    monkeypatch.setattr(QImageReader, "read", lambda self: read.append(True) or QImage())
    view = AnswerView(tmp_path)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    wait_exposed(qtbot, view)
    view.show_html('<p>Before</p><p><img src="zeros.png" alt="zeros"></p><p>After</p>')
    view.viewport().repaint()
    assert sizes_shown(view) == [(0, 0)]
    assert read == []


@pytest.mark.timeout(60)
def test_the_pixels_decoded_for_one_answer_are_bounded(
    qtbot, make_pack: PackWriter, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shown, "MAX_ANSWER_PIXELS", 600_000)
    photo = photo_jpeg(1200, 900)
    pictures = {f"p{i}.jpg": photo for i in range(8)}
    answer = "\n\n".join(f"![photo {i}](p{i}.jpg)" for i in range(8))
    window = shown_window(qtbot, load_pack(picture_pack(make_pack, pictures, answer)), settings)
    window.resize(1100, 720)
    view = window.answer_view
    show_every_picture(qtbot, view)
    assert view.pictures is not None
    decoded = view.pictures.decoded
    assert len(decoded) == 8
    # Past the budget each further picture gets 1/400 of it: blurred, but bounded.
    pixels = [w * h for w, h in decoded.values()]
    assert sum(pixels) <= 600_000 * (1 + 8 / 400)
    assert min(pixels) * 20 < max(pixels)
    # Every picture still keeps its place at the size shown (drawn enlarged, not missing).
    assert all(w > 300 for w, _ in sizes_shown(view))


@pytest.mark.timeout(60)
def test_the_room_fits_each_photo_to_the_screen(
    qtbot, photo_pack: Path, settings: Settings
) -> None:
    from hrd_reader.gui.presentation.room import PresentationWindow

    room = PresentationWindow(load_pack(photo_pack))
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    wait_exposed(qtbot, room)
    room.show_row(0)
    QApplication.processEvents()
    view = room.answer
    assert view.horizontalScrollBar().maximum() == 0
    for w, h in sizes_shown(view):
        assert w <= column_of(view) + 0.5
        assert h <= view.viewport().height() * shown.TALLEST_SHARE + 0.5
    # The clicker pages through the answer; no screenful starts inside a picture.
    assert view.pictures is not None
    spans = view.pictures.picture_spans()
    assert len(spans) == 12
    bar = view.verticalScrollBar()
    tops = [bar.value()]
    while bar.value() < bar.maximum() and len(tops) < 60:
        room.next()
        tops.append(bar.value())
        cut = [(t, b) for t, b in spans if t < bar.value() < b and bar.value() < bar.maximum()]
        assert cut == [], (bar.value(), cut)
    assert tops == sorted(set(tops)) and bar.value() == bar.maximum()


def close_soon(qtbot, found: list[str]) -> None:  # type: ignore[no-untyped-def]
    """In a moment, note the name of the modal window open then and close it."""

    def close() -> None:
        viewer = QApplication.activeModalWidget()
        found.append(viewer.objectName() if viewer is not None else "")
        if viewer is not None:
            qtbot.keyClick(viewer, Qt.Key.Key_Escape)

    QTimer.singleShot(300, close)


@pytest.mark.timeout(60)
def test_a_click_or_enter_opens_the_picture_large_with_its_alt_text(
    qtbot, make_pack: PackWriter, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = "Look:\n\n![The workshop room, seen from the door](room.jpg)\n\nEnd."
    pack = load_pack(picture_pack(make_pack, {"room.jpg": photo_jpeg(2400, 1800)}, answer))
    window: MainWindow = shown_window(qtbot, pack, settings)
    window.resize(1100, 720)
    view = window.answer_view
    show_every_picture(qtbot, view)
    placed = next(pictures_in(view.document()))
    cursor = view.textCursor()
    cursor.setPosition(placed.position)
    rect = view.cursorRect(cursor)
    point = QPoint(rect.left() + 20, rect.bottom() - 20)
    tips: list[str] = []
    # (Shown offscreen, a real tooltip warns that the platform cannot raise it.)
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, *_: tips.append(text))
    hover = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), hover)
    assert tips == ["The workshop room, seen from the door"]  # the alt text, on hover
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    viewer = QApplication.activeModalWidget()
    assert viewer is not None and viewer.objectName() == "pictureViewer"
    large = viewer.findChild(type(viewer.findChild(object, "pictureLarge")), "pictureLarge")
    assert large.accessibleName() == "The workshop room, seen from the door"
    pixmap = large.pixmap()
    screen = viewer.screen().availableGeometry()
    assert 0 < pixmap.width() / pixmap.devicePixelRatio() <= screen.width()
    assert pixmap.height() / pixmap.devicePixelRatio() <= screen.height()
    assert pixmap.width() > placed.format.width()  # larger than in the column
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # From the keyboard: the caret on the picture, Enter.
    view.setFocus()
    cursor.setPosition(placed.position)
    view.setTextCursor(cursor)
    found: list[str] = []
    close_soon(qtbot, found)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(found) == 1)
    assert found == ["pictureViewer"]
    # A click on text opens nothing.
    cursor.setPosition(1)
    text = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=text)
    assert QApplication.activeModalWidget() is None


@pytest.mark.timeout(60)
def test_the_console_preview_fits_pictures_of_a_pack_file(
    qtbot, make_pack: PackWriter, tmp_path: Path
) -> None:
    """The preview reads pictures from a ``.hrdpack``'s members (it once read the pack
    file's path as a folder and showed none) and fits them to its small pane."""
    from hrd_reader.core.loader import save_pack
    from hrd_reader.core.manifest import open_files
    from hrd_reader.gui.presentation.console import PresenterConsole
    from hrd_reader.gui.presentation.room import PresentationWindow

    folder = picture_pack(make_pack, {"p.jpg": photo_jpeg(2400, 1800)}, "![A photo](p.jpg)")
    packed = tmp_path / "photos.hrdpack"
    save_pack(open_files(folder), packed)
    pack = load_pack(packed)
    room = PresentationWindow(pack)
    qtbot.addWidget(room)
    room.show_row(0)
    console = PresenterConsole(pack, room)
    qtbot.addWidget(console)
    console.resize(1000, 700)
    console.show()
    wait_exposed(qtbot, console)
    console.follow()
    preview = console.preview
    show_every_picture(qtbot, preview)
    ((width, _),) = sizes_shown(preview)
    assert 0 < width <= column_of(preview) + 0.5
    assert preview.horizontalScrollBar().maximum() == 0
    image = preview.document().resource(IMAGE, QUrl("p.jpg"))
    assert isinstance(image, QImage) and image.width() > 1  # the picture, not the stand-in
