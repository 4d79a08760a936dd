"""Handouts read back with pypdf: their text, page numbers, addresses and images — shared by
the export tests of the sources and of the packaged program."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from hrd_reader.core import Pack


def squeeze(text: str) -> str:
    """PDF text without whitespace: long addresses wrap onto two lines on paper."""
    return "".join(text.split())


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def assert_whole_handout(path: Path, pack: Pack) -> None:
    pages = pdf_text(path)
    text = squeeze("\n".join(pages))
    for question in pack.questions:
        assert squeeze(question.title) in text, question.title
    assert squeeze("truth tellers") in text  # answers too, as text
    assert squeeze(pack.attribution) in text
    assert squeeze(pack.source) in text
    assert squeeze(pack.donate.url) in text
    assert squeeze(pack.signup.url) in text
    # Title page first, page numbers on every page, addresses on the last.
    assert squeeze(pack.title) in squeeze(pages[0])
    count = len(pages)
    assert count >= 3
    for number, page in enumerate(pages, start=1):
        assert f"{number}/{count}" in squeeze(page)
    assert squeeze(pack.donate.url) in squeeze(pages[-1])
    assert squeeze(pack.signup.url) in squeeze(pages[-1])


def image_count(path: Path, page: int) -> int:
    resources = PdfReader(str(path)).pages[page]["/Resources"]
    objects = resources.get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")
