"""Pictures in handouts: each at most the text's width and half a page tall, never cut across
a page, printed at about 200 dpi (photos as JPEG in the PDF) — so the one-answer handout of
twelve phone photos stays a few pages and a few MiB; the QR codes keep their size."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from bench.picture_packs import photo_jpeg, write_photo_pack
from hrd_reader.core import load_pack
from hrd_reader.core.pictures import PRINT_DPI
from hrd_reader.gui.handouts import handout
from hrd_reader.gui.pictures.fitting import pictures_in
from tests.helpers.packs import PackWriter
from tests.helpers.pictures import encoded, picture_pack

MIB = 1024 * 1024


def pdf_images(data: bytes) -> list[tuple[int, int, str]]:
    """Width, height and filter of every image on every page of a PDF."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for image in page["/Resources"].get("/XObject", {}).values():
            obj = image.get_object()
            found.append((int(obj["/Width"]), int(obj["/Height"]), str(obj.get("/Filter"))))
    return found


@pytest.mark.timeout(120)
def test_the_one_answer_handout_of_twelve_photos_is_light(qapp, tmp_path: Path) -> None:
    pack = load_pack(write_photo_pack(tmp_path / "photos"))
    data, pages = handout.pdf_bytes(pack, [0])
    assert pages <= 12
    assert len(data) <= 12 * MIB
    photos = [image for image in pdf_images(data) if image[0] > 400]
    assert len(photos) == 12
    # Text width on A4 (178 mm) at 200 dpi is 1402 pixels: never the photo's 4000.
    for width, height, kind in photos:
        assert width <= 178 / 25.4 * PRINT_DPI + 1
        assert width / height == pytest.approx(4 / 3, rel=0.01)
        assert kind == "/DCTDecode"  # a photo is stored as JPEG


def laid_out(pack_root: Path, rows: list[int]) -> tuple[handout.HandoutDocument, float]:
    """The handout document as ``pdf_bytes`` lays it out on A4, and its page height."""
    document = handout.build_document(load_pack(pack_root), rows)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    handout._setup(writer, handout.PAGE_SIZES["a4"])
    handout.paint(document, writer, "test")
    return document, document.pageSize().height()


@pytest.mark.timeout(60)
def test_no_picture_is_cut_across_a_page_or_wider_than_the_text(
    qapp, make_pack: PackWriter
) -> None:
    words = "A paragraph of text to push the pictures down the page. " * 12
    answer = "\n\n".join(
        f"{words}\n\n![wide {i}](wide.jpg)\n\n![tall {i}](tall.png)" for i in range(4)
    )
    pictures = {"wide.jpg": photo_jpeg(3000, 2000), "tall.png": encoded(600, 3000, "PNG")}
    document, page_height = laid_out(picture_pack(make_pack, pictures, answer), [0])
    layout = document.documentLayout()
    column = document.pageSize().width()
    placed = [p for p in pictures_in(document) if not p.name.startswith("qr-")]
    assert len(placed) == 8
    ratio = 300 / 96  # the layout's device pixels per CSS pixel of a picture's format
    for picture in placed:
        block = document.findBlock(picture.position)
        line = block.layout().lineForTextPosition(picture.position - block.position())
        top = layout.blockBoundingRect(block).top() + line.y()
        bottom = top + line.height()
        assert int(top // page_height) == int((bottom - 1) // page_height), picture.name
        assert line.height() <= page_height / 2
        assert picture.format.width() * ratio <= column
        assert picture.format.height() * ratio <= page_height / 2
    assert layout.pageCount() >= 3


@pytest.mark.timeout(60)
def test_qr_codes_keep_their_size_beside_pictures(qapp, make_pack: PackWriter) -> None:
    answer = "![a photo](p.jpg)"
    document, _ = laid_out(picture_pack(make_pack, {"p.jpg": photo_jpeg(2000, 1500)}, answer), [0])
    qr = [p for p in pictures_in(document) if p.name.startswith("qr-")]
    assert len(qr) == 2
    assert all(p.format.width() == handout.QR_PRINTED_WIDTH for p in qr)
