"""Pictures decoded at the size shown and made light to send (``hrd_reader.imaging``): never
larger than asked, upright as the phone meant, refused above the pixel limit without being
decoded, and re-encoded only when they were larger than the reader ever shows them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QImageReader

from bench.picture_packs import photo_jpeg, zero_png
from hrd_reader.core.packfiles import FolderFiles
from hrd_reader.core.picture_header import read_header
from hrd_reader.imaging import decode as decoding
from hrd_reader.imaging.decode import decode, picture_info
from hrd_reader.imaging.shrink import fitted_picture, fitted_picture_bytes, shrink_members
from tests.helpers.pictures import encoded, on_its_side


def test_a_photo_is_decoded_at_the_size_asked_never_larger() -> None:
    photo = photo_jpeg(2400, 1800)
    image = decode(photo, 800, 600)
    assert (image.width(), image.height()) == (800, 600)
    small = encoded(200, 100, "PNG")
    image = decode(small, 800, 400)
    assert (image.width(), image.height()) == (200, 100)


def test_a_photo_taken_on_its_side_is_shown_upright() -> None:
    turned = on_its_side(encoded(400, 300, "JPEG", quality=90))
    info = picture_info(turned)
    assert info is not None and info.rotated
    assert (info.width, info.height) == (300, 400)
    image = decode(turned, 150, 200)
    assert (image.width(), image.height()) == (150, 200)


def test_a_picture_over_the_limit_is_refused_before_qt_reads_it(monkeypatch) -> None:
    bomb = zero_png(7000, 7000)
    read: list[bool] = []
    monkeypatch.setattr(QImageReader, "read", lambda self: read.append(True) or QImage())
    assert picture_info(bomb) is None
    assert decode(bomb, 100, 100).isNull()
    assert fitted_picture_bytes(bomb) is None
    assert read == []


def test_qt_is_told_the_format_the_header_has() -> None:
    """A PNG named and sniffed as PNG is decoded only by the PNG reader: bytes that Qt
    would take for another format (here: no known header) are never handed to it."""
    assert picture_info(b"P6\n4000 4000\n255\n" + bytes(100)) is None
    assert decoding.ALLOCATION_LIMIT_MB * 1024 * 1024 < 7900 * 7900 * 4


def test_fitted_pictures_for_exports() -> None:
    photo = photo_jpeg(4000, 3000)
    fitted = fitted_picture_bytes(photo)
    assert fitted is not None and fitted.mime == "image/jpeg"
    assert (fitted.width, fitted.height) == (1600, 1200)
    header = read_header(fitted.data)
    assert header is not None and (header.format, header.width, header.height) == (
        "jpeg",
        1600,
        1200,
    )
    assert len(fitted.data) < len(photo) / 2
    assert fitted_picture_bytes(photo) == fitted  # the same picture always gives the same bytes
    small = encoded(640, 480, "PNG")
    kept = fitted_picture_bytes(small)
    assert kept is not None and kept.data == small and kept.mime == "image/png"
    assert fitted_picture_bytes(b"not a picture") is None


def test_fitted_picture_reads_only_pack_files(tmp_path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.webp").write_bytes(encoded(2000, 500, "WEBP", quality=80))
    (tmp_path / "outside.png").write_bytes(encoded(10, 10, "PNG"))
    files = FolderFiles(tmp_path / "p")
    fitted = fitted_picture(files, "a.webp")
    assert fitted is not None and (fitted.mime, fitted.width, fitted.height) == (
        "image/webp",
        1600,
        400,
    )
    assert fitted_picture(files, "../outside.png") is None
    assert fitted_picture(files, "missing.png") is None


@pytest.mark.parametrize("kind", ["PNG", "BMP", "WEBP"])
def test_shrinking_keeps_each_format_and_leaves_other_files(kind: str) -> None:
    big = encoded(3000, 1000, kind, quality=80)
    members = {"pack.toml": b"x", "p/big": big, "p/small": encoded(100, 100, kind, quality=80)}
    result, shrunk = shrink_members(members)
    assert shrunk == ["p/big"]
    header = read_header(result["p/big"])
    assert header is not None
    assert (header.format, header.width, header.height) == (kind.lower(), 1600, 533)
    assert result["pack.toml"] == b"x" and result["p/small"] == members["p/small"]
