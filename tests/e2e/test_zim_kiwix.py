"""The ZIM file as Kiwix's own programs see it: ``export-zim`` from the command line, then
Debian's ``zimcheck`` (zim-tools) runs every check it can (``zimcheck_arguments``), and
``kiwix-serve`` (kiwix-tools) serves the file on 127.0.0.1 — its OPDS catalog shows the
title, the language and the 48×48 illustration; its full-text search finds the question
whose answer holds a word; the main page lists every question. Also: the Arabic pack, a
pack with notes, and a file that cannot be written."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_reader.core import Pack, load_pack
from tests.helpers.paths import ARABIC_PACK, ROOT
from tests.helpers.processes import assert_one_line_error, run_cli

pytestmark = pytest.mark.timeout(180)
ATOM = "{http://www.w3.org/2005/Atom}"
WORKSHOP_PACK = ROOT / "tests" / "packs" / "workshop"


def program(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name}: run scripts/bootstrap.sh test (zim-tools, kiwix-tools)"
    return path


def export_zim(out: Path, *args: str) -> Path:
    result = run_cli("export-zim", str(out), *args, env={"DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out}: a ZIM file for Kiwix"), result.stdout
    return out


@pytest.fixture(scope="module")
def zims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("zim")
    return {
        "hrd-faq": export_zim(folder / "hrd-faq.zim"),
        "arabic": export_zim(folder / "arabic.zim", "--content", str(ARABIC_PACK)),
        "workshop": export_zim(folder / "workshop.zim", "--content", str(WORKSHOP_PACK)),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # 127.0.0.1 only
        body: bytes = response.read()
        return body


@pytest.fixture(scope="module")
def kiwix(zims: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """kiwix-serve on 127.0.0.1 serving the three files; its address."""
    port = free_port()
    log = tmp_path_factory.mktemp("kiwix") / "kiwix-serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [
                program("kiwix-serve"),
                "--address",
                "127.0.0.1",
                "--port",
                str(port),
                *map(str, zims.values()),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            assert server.poll() is None, log.read_text(errors="replace")
            try:
                get(base + "/catalog/v2/entries")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "kiwix-serve did not answer in 20 s"
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


# Every check of zimcheck but its integrity check (-I), for when that check cannot read the file.
ALL_BUT_INTEGRITY = ("-0", "-C", "-M", "-F", "-P", "-R", "-U", "-X", "-L")
# libzim 9.3 stopped writing the old (v0) title index; a zimcheck built on an older libzim
# (Debian 13's zimcheck 3.5.0 has 9.2.3) reports every such file — Kiwix's own downloads too —
# as "Full Title index table outside (or not fully inside) ZIM file" (libzim pull request 969,
# zim-tools issue 484).
NO_V0_TITLE_INDEX = (9, 3)


def libzim_version(text: str) -> tuple[int, int]:
    found = re.search(r"libzim (\d+)\.(\d+)", text)
    assert found, text
    return int(found[1]), int(found[2])


def zimcheck_arguments() -> tuple[str, ...]:
    """``-A`` — unless the file's writer is newer than what zimcheck's libzim can check."""
    try:  # the writer: the reader's python-libzim
        from libzim.version import get_libzim_version
    except ImportError:  # python-libzim 2.x, which is libzim 8
        writer = (8, 0)
    else:
        writer = libzim_version(f"libzim {get_libzim_version()}")
    checker = subprocess.run([program("zimcheck"), "-V"], capture_output=True, text=True)
    if writer >= NO_V0_TITLE_INDEX > libzim_version(checker.stdout + checker.stderr):
        return ALL_BUT_INTEGRITY  # the reading tests below use kiwix-serve's libzim instead
    return ("-A",)


@pytest.mark.parametrize("name", ["hrd-faq", "arabic", "workshop"])
def test_zimcheck_passes_every_check(zims: dict[str, Path], name: str) -> None:
    result = subprocess.run(
        [program("zimcheck"), *zimcheck_arguments(), str(zims[name])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Overall Test Status: Pass" in result.stdout


def catalog_entry(kiwix: str, title: str) -> ET.Element:
    feed = ET.fromstring(get(kiwix + "/catalog/v2/entries"))
    for entry in feed.iter(ATOM + "entry"):
        if entry.findtext(ATOM + "title") == title:
            return entry
    raise AssertionError(f"{title!r} not in the catalog")


def test_catalog_shows_title_language_and_illustration(kiwix: str, pack: Pack) -> None:
    entry = catalog_entry(kiwix, pack.title)
    assert entry.findtext(ATOM + "language") == "eng"
    assert entry.findtext(ATOM + "name") == "hrd-faq_en_all"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == pack.attribution
    thumbnail = next(
        link for link in entry.iter(ATOM + "link") if link.get("rel", "").endswith("thumbnail")
    )
    png = get(urllib.parse.urljoin(kiwix + "/", thumbnail.get("href", "")))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert (int.from_bytes(png[16:20]), int.from_bytes(png[20:24])) == (48, 48)
    arabic = catalog_entry(kiwix, load_zim_title(ARABIC_PACK))
    assert arabic.findtext(ATOM + "language") == "ara"


def load_zim_title(path: Path) -> str:
    from hrd_reader.web.zim import TITLE_MAX, shorten

    return shorten(load_pack(path).title, TITLE_MAX)


def search(kiwix: str, book: str, word: str) -> str:
    query = urllib.parse.urlencode({"content": book, "pattern": word})
    return get(f"{kiwix}/search?{query}").decode("utf-8")


def test_search_finds_the_question_whose_answer_has_the_word(kiwix: str, pack: Pack) -> None:
    found = search(kiwix, "hrd-faq", "diagnosticians")
    who = pack.questions[pack.index_of("who-are-hrds") or 0]
    assert who.title in found and "/who-are-hrds" in found
    others = [q for q in pack.questions if q.id != who.id]
    assert not any(f'/{q.id}"' in found for q in others)
    monitoring = search(kiwix, "hrd-faq", "monitoring")
    assert "/challenges" in monitoring and "/who-are-hrds" not in monitoring


def test_main_page_lists_every_question_and_articles_open(kiwix: str, pack: Pack) -> None:
    main = get(f"{kiwix}/hrd-faq/").decode("utf-8")
    for question in pack.questions:
        assert question.title in main
    article = get(f"{kiwix}/hrd-faq/challenges").decode("utf-8")
    assert "constant monitoring" in article
    assert '<html lang="en" dir="ltr">' in article


def test_arabic_articles_read_right_to_left(kiwix: str) -> None:
    arabic = load_pack(ARABIC_PACK)
    article = get(f"{kiwix}/arabic/{arabic.questions[0].id}").decode("utf-8")
    assert '<html lang="ar" dir="rtl">' in article and arabic.questions[0].title in article


def test_notes_are_not_in_the_file(kiwix: str, zims: dict[str, Path]) -> None:
    workshop = load_pack(WORKSHOP_PACK)
    assert workshop.has_notes
    assert b"Careful here" not in zims["workshop"].read_bytes()  # zstd may hide it: ask Kiwix
    for question in workshop.questions:
        page = get(f"{kiwix}/workshop/{question.id}").decode("utf-8")
        assert "Careful here" not in page and "legal-aid network" not in page
    # The search works on this book, and finds no page for words only the notes hold.
    assert re.search(r'href="[^"]*/workshop/who-are-hrds"', search(kiwix, "workshop", "lawyers"))
    assert not re.search(
        r'href="[^"]*/workshop/[a-z0-9-]+"', search(kiwix, "workshop", "legal-aid")
    )


@pytest.mark.parametrize(
    ("target", "words"),
    [("{tmp}/missing/x.zim", ["Could not save", "missing/x.zim"]), ("{tmp}", ["is a folder"])],
)
def test_unwritable_target_is_one_line_and_leaves_nothing(
    tmp_path: Path, target: str, words: list[str]
) -> None:
    result = run_cli("export-zim", target.format(tmp=tmp_path))
    assert_one_line_error(result, *words)
    assert list(tmp_path.rglob("*")) == []


def test_bad_pack_is_refused_with_its_file_and_line(make_pack, tmp_path: Path) -> None:
    broken = make_pack(None, {"pack.toml": '[pack]\nid = "Bad Id"\n'})
    for command, name in (("export-zim", "x.zim"), ("export-html", "x.html")):
        result = run_cli(command, str(tmp_path / name), "--content", str(broken))
        assert_one_line_error(result, "pack.toml:", startswith="hrd-reader: cannot open")
        assert not (tmp_path / name).exists()
