"""The pictures of a pack, checked without decoding them: each format's size read from its
header agrees with Qt's own reader, a broken header never raises, a picture over the pixel
limit makes the pack unusable with a ``FILE:LINE:`` problem naming it and its size, and one
far larger than it is ever shown (or missing, or of an unknown format) is a warning."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QImage, QImageReader

from bench.picture_packs import write_hostile_pack, zero_png
from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.picture_header import read_header
from hrd_reader.core.pictures import (
    MAX_ANSWER_PIXELS,
    budget_scale,
    fitted_size,
    picture_name,
    picture_refs,
    shrunk_size,
)
from tests.helpers.packs import PackWriter
from tests.helpers.pictures import encoded, picture_pack


def qt_size(data: bytes) -> tuple[int, int]:
    buffer = QBuffer()
    buffer.setData(data)
    size = QImageReader(buffer).size()
    if not size.isValid():  # Qt's WebP reader tells a lossless picture's size only by reading it
        image = QImage.fromData(data)
        return (image.width(), image.height())
    return (size.width(), size.height())


def gif(width: int, height: int) -> bytes:
    """A one-pixel-colour GIF (Qt writes no GIF): header, screen, one image, trailer."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    image = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00"
    return screen + image + b";"


@pytest.mark.parametrize(
    ("kind", "alpha", "quality"),
    [
        ("PNG", False, -1),
        ("PNG", True, -1),
        ("JPEG", False, 90),
        ("BMP", False, -1),
        ("WEBP", False, 80),  # lossy: a VP8 chunk
        ("WEBP", False, 100),  # lossless: VP8L
        ("WEBP", True, 80),  # with alpha: VP8X
    ],
)
@pytest.mark.parametrize("size", [(16, 9), (333, 777), (1500, 1000)])
def test_header_size_is_the_size_qt_reads(
    kind: str, alpha: bool, quality: int, size: tuple[int, int]
) -> None:
    data = encoded(*size, kind, alpha, quality)
    header = read_header(data)
    assert header is not None
    assert header.format == kind.lower().replace("jpg", "jpeg")
    assert (header.width, header.height) == size == qt_size(data)


def test_gif_and_zero_png_headers() -> None:
    assert read_header(gif(321, 123)) is not None
    assert (read_header(gif(321, 123)).width, read_header(gif(321, 123)).height) == (321, 123)  # type: ignore[union-attr]
    assert qt_size(gif(321, 123)) == (321, 123)
    bomb = zero_png(7900, 7900)
    assert len(bomb) < 400_000
    header = read_header(bomb)
    assert header is not None and header.pixels == 7900 * 7900
    assert qt_size(bomb) == (7900, 7900)


def test_jpeg_size_is_found_after_large_metadata_segments() -> None:
    jpeg = encoded(640, 480, "JPEG", quality=90)
    exif = b"\xff\xe1" + struct.pack(">H", 65_000) + b"Exif\0\0" + bytes(64_992)
    padded = jpeg[:2] + exif * 3 + b"\xff\xff" + jpeg[2:]  # fill bytes before a marker
    header = read_header(padded)
    assert header is not None and (header.width, header.height) == (640, 480)


def test_svg_is_a_drawing_and_other_files_are_no_pictures() -> None:
    svg = read_header(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert svg is not None and svg.is_drawing and svg.pixels == 0
    for data in (b"", b"GIF89a", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xd9", b"II*\0", b"hello"):
        assert read_header(data) is None, data
    cut = encoded(100, 100, "JPEG")[:20]
    assert read_header(cut) is None


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=64),
    st.sampled_from(
        [b"\x89PNG\r\n\x1a\n", b"\xff\xd8", b"GIF89a", b"RIFF\0\0\0\0WEBP", b"BM", b""]
    ),
)
def test_broken_headers_never_raise(tail: bytes, head: bytes) -> None:
    header = read_header(head + tail)
    assert header is None or (header.width > 0 and header.height > 0) or header.is_drawing


def test_picture_names_and_lines_come_from_the_rendered_answer() -> None:
    markdown = (
        "Intro.\n\n![A map](images/map.png)\n\nText ![b](my%20photo.jpg?x=1#y) "
        '<img src="raw.gif" alt="r">\n\n![again](images/map.png) ![out](../x.png) '
        "![web](https://example.org/p.png)\n"
    )
    refs = picture_refs(markdown)
    assert [(ref.name, ref.line) for ref in refs] == [
        ("images/map.png", 3),
        ("my photo.jpg", 5),
        ("raw.gif", 5),
    ]
    assert picture_name("a%2Fb%C3%A9.png") == "a/bé.png"
    assert picture_refs("No pictures here.") == []


def test_fitting_keeps_the_shape_and_never_enlarges() -> None:
    assert fitted_size(4000, 3000, 800, 10_000) == (800, 600)
    assert fitted_size(3000, 4000, 800, 600) == (450, 600)
    assert fitted_size(200, 100, 800, 600) == (200, 100)
    assert shrunk_size(4000, 3000) == (1600, 1200)
    assert shrunk_size(100, 9000) == (18, 1600)
    assert budget_scale(1_000_000, 0) == 1.0
    half = budget_scale(4_000_000, MAX_ANSWER_PIXELS - 1_000_000)
    assert half == pytest.approx(0.5)
    # Past the budget a picture still gets 1/400 of it: shown blurred, not missing.
    spent = budget_scale(4_000_000, MAX_ANSWER_PIXELS)
    assert spent == pytest.approx((MAX_ANSWER_PIXELS / 400 / 4_000_000) ** 0.5)


def test_a_picture_over_the_pixel_limit_is_a_problem_naming_it_and_its_size(
    tmp_path: Path,
) -> None:
    root = write_hostile_pack(tmp_path / "zeros", count=2)
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    assert caught.value.problems == [
        f'answers/photos.md:{line}: picture "pictures/zeros-{n}.png" is 7900 × 7900 pixels '
        "(62 megapixels); the limit is 40 megapixels, so it is never opened — make it at "
        "most 1600 pixels across in an image editor"
        for n, line in ((1, 3), (2, 5))
    ]


def test_pictures_far_larger_than_shown_missing_or_unknown_are_warnings(
    make_pack: PackWriter,
) -> None:
    answer = "![big](big.png)\n\n![fine](fine.jpg)\n\n![gone](gone.png)\n\n![tiff](scan.tif)\n"
    pictures = {
        "big.png": encoded(3300, 10, "PNG"),
        "fine.jpg": encoded(3200, 2400, "JPEG"),
        "scan.tif": b"II*\0" + bytes(100),
    }
    pack = load_pack(picture_pack(make_pack, pictures, answer))
    assert len(pack.warnings) == 3
    big, gone, tiff = pack.warnings
    assert big.startswith('answers/one.md:1: picture "big.png" is 3300 × 10 pixels, far larger')
    assert "--shrink-pictures" in big
    assert gone.startswith('answers/one.md:5: picture "gone.png" does not exist')
    assert tiff.startswith('answers/one.md:7: picture "scan.tif" is not a PNG, JPEG')
