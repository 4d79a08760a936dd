"""The take-home files carry the reader's fitted pictures: a pack of phone photos
(4000 × 3000) exports as a web page and a ZIM file whose pictures are at most 1600 px across,
so the page stays light on a phone; the room's server sends the same (``web/images``)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

from bench.picture_packs import write_photo_pack
from hrd_reader.core import load_pack
from hrd_reader.core.picture_header import read_header
from tests.helpers.processes import run_cli

DATA_URI = re.compile(r'src="data:(image/[a-z+]+);base64,([A-Za-z0-9+/=]+)"')


def test_the_web_page_of_phone_photos_holds_fitted_pictures(tmp_path: Path) -> None:
    folder = write_photo_pack(tmp_path / "photos", count=3)
    source_bytes = sum(p.stat().st_size for p in (folder / "pictures").iterdir())
    out = tmp_path / "faq.html"
    result = run_cli("export-html", str(out), "--content", str(folder), timeout=120)
    assert result.returncode == 0, result.stderr
    pictures = DATA_URI.findall(out.read_text(encoding="utf-8"))
    assert len(pictures) == 3
    for mime, data in pictures:
        header = read_header(base64.b64decode(data))
        assert mime == "image/jpeg" and header is not None
        assert (header.width, header.height) == (1600, 1200)
    assert out.stat().st_size < source_bytes / 2, (out.stat().st_size, source_bytes)


def test_the_zim_file_of_phone_photos_holds_fitted_pictures(tmp_path: Path) -> None:
    from libzim.reader import Archive

    folder = write_photo_pack(tmp_path / "photos", count=2)
    out = tmp_path / "faq.zim"
    result = run_cli("export-zim", str(out), "--content", str(folder), timeout=120)
    assert result.returncode == 0, result.stderr
    archive = Archive(str(out))
    for name in ("photo-01.jpg", "photo-02.jpg"):
        item = archive.get_entry_by_path(f"files/pictures/{name}").get_item()
        header = read_header(bytes(item.content))
        assert item.mimetype == "image/jpeg" and header is not None
        assert (header.width, header.height) == (1600, 1200)


def test_the_room_server_sends_the_same_fitted_pictures(tmp_path: Path) -> None:
    from hrd_reader.web import images

    pack = load_pack(write_photo_pack(tmp_path / "photos", count=1))
    image = images.read_image(pack, "pictures/photo-01.jpg")
    assert image is not None
    header = read_header(image.data)
    assert header is not None and (header.width, header.height) == (1600, 1200)
