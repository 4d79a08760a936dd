"""The ZIM file's content before libzim sees it (hrd_reader/web/zim.py): its entries, links
and pictures, its metadata within zimcheck's limits, stable for the same pack; and saving
any export whole or not at all (core/savefile). The written file, zimcheck and kiwix-serve:
tests/e2e/test_zim_kiwix.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrd_reader.core import Pack, load_pack, savefile
from hrd_reader.web import zim
from tests.helpers.packs import PackWriter
from tests.helpers.paths import ARABIC_PACK, ROOT
from tests.helpers.web import pack_with_pictures, tiny_png


def by_path(pack: Pack) -> dict[str, zim.Entry]:
    return {entry.path: entry for entry in zim.entries(pack)}


def test_main_page_and_one_article_per_question(pack: Pack) -> None:
    entries = by_path(pack)
    main = entries[zim.MAIN_PATH].content.decode()
    assert entries[zim.MAIN_PATH].title == pack.title
    for question in pack.questions:
        article = entries[question.id]
        assert article.title == question.title and article.front
        assert article.mimetype == "text/html"
        assert f'<a href="{question.id}">{question.title}</a>' in main
        text = article.content.decode()
        assert f"<title>{question.title}</title>" in text and 'href="index"' in text
    assert entries[zim.STYLE_PATH].mimetype == "text/css"
    assert not entries[zim.STYLE_PATH].front
    assert pack.donate is not None and pack.donate.url in main and pack.attribution in main


def test_the_same_pack_gives_the_same_entries(pack: Pack) -> None:
    assert zim.entries(pack) == zim.entries(load_pack(pack.path))
    assert zim.metadata(pack, "2025-01-02") == zim.metadata(pack, "2025-01-02")


def test_pictures_become_entries_and_links_reach_articles(make_pack: PackWriter) -> None:
    pack = load_pack(pack_with_pictures(make_pack))
    entries = by_path(pack)
    assert entries["files/images/map.png"].content == tiny_png()
    assert entries["files/images/my pic.png"].mimetype == "image/png"
    assert not any("fake" in path or "secret" in path for path in entries)
    one = entries["one"].content.decode()
    assert 'src="files/images/map.png"' in one and 'src="files/images/my%20pic.png"' in one
    assert '<a href="two">the second</a>' in one  # "#two" is another article in the file
    assert zim.metadata(pack, "2025-01-02", pictures=True)["Tags"].count("_pictures:yes") == 1


def test_notes_stay_out() -> None:
    workshop = load_pack(ROOT / "tests" / "packs" / "workshop")
    assert workshop.has_notes
    content = b"".join(entry.content for entry in zim.entries(workshop)).decode()
    assert "Careful here" not in content and "legal-aid network" not in content


@pytest.mark.parametrize(
    ("code", "iso"), [("en", "eng"), ("ar", "ara"), ("fr-CA", "fra"), ("es", "spa"), ("xx", "und")]
)
def test_language_as_iso_639_3(code: str, iso: str) -> None:
    assert zim.zim_language(code) == iso


def test_metadata_within_zimchecks_limits(pack: Pack) -> None:
    for subject in (pack, load_pack(ARABIC_PACK)):
        meta = zim.metadata(subject, "2025-01-02")
        for key in ("Name", "Title", "Language", "Creator", "Publisher", "Date", "Description"):
            assert meta[key], key
        assert len(meta["Title"].encode("utf-16-le")) // 2 <= zim.TITLE_MAX
        assert len(meta["Description"].encode("utf-16-le")) // 2 <= zim.DESCRIPTION_MAX
        assert len(meta["LongDescription"].encode()) >= len(meta["Description"].encode())
        assert meta["Source"] == subject.source and meta["Creator"] == subject.attribution
    arabic = zim.metadata(load_pack(ARABIC_PACK), "2025-01-02")
    assert arabic["Language"] == "ara" and arabic["Title"].endswith("…")
    assert zim.metadata(pack, "2025-01-02")["Title"] == pack.title  # 27 characters: whole


def test_shorten_cuts_at_a_word() -> None:
    assert zim.shorten("one two three", 30) == "one two three"
    assert zim.shorten("alpha beta gamma delta", 12) == "alpha beta…"
    assert zim.shorten("x" * 50, 10) == "x" * 9 + "…"


def test_export_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert zim.export_date() == "2023-11-14"


def test_save_bytes_is_whole_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_text("old")
    savefile.save_bytes(target, b"new", "x.html")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == savefile.FILE_MODE

    def interrupted() -> None:
        with savefile.beside(target) as partial:
            partial.write_bytes(b"half")
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        interrupted()
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"], "no partial file left"


def test_save_refuses_a_folder_and_a_missing_one(tmp_path: Path) -> None:
    with pytest.raises(savefile.SaveError) as folder:
        savefile.save_bytes(tmp_path, b"x", "faq.html")
    assert "is a folder" in str(folder.value) and str(tmp_path / "faq.html") in str(folder.value)
    with pytest.raises(savefile.SaveError) as missing:
        savefile.save_bytes(tmp_path / "no" / "x.html", b"x", "faq.html")
    assert str(missing.value).startswith(f"Could not save {tmp_path / 'no' / 'x.html'}")
