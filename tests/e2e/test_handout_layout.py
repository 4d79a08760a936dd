"""The handout set like a booklet, measured on the PDF with ``pdftotext -bbox-layout``
(poppler-utils): paragraph and heading spacing, headings kept with their text, the first
page, and the whole bundled FAQ on at most three pages of A4 and of Letter."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from hrd_reader.cli import PAPERS
from hrd_reader.core import load_pack
from hrd_reader.gui.handouts.handout import PAGE_SIZES, export_pdf
from tests.helpers.packs import MINIMAL_MANIFEST
from tests.helpers.processes import run_cli

XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Line:
    page: int
    top: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return self.bottom - self.top


def pdf_lines(pdf: Path) -> tuple[list[Line], float]:
    """Every text line of ``pdf`` (page footers left out) and the body text's line height."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext is missing: run ./test.sh (it installs poppler-utils)"
    out = pdf.with_suffix(".html")
    subprocess.run([pdftotext, "-bbox-layout", str(pdf), str(out)], check=True)
    root = ElementTree.parse(out).getroot()
    lines: list[Line] = []
    for number, page in enumerate(root.iter(f"{XHTML}page")):
        found = [
            Line(
                number,
                float(line.get("yMin", 0)),
                float(line.get("yMax", 0)),
                " ".join(word.text or "" for word in line.iter(f"{XHTML}word")),
            )
            for line in page.iter(f"{XHTML}line")
        ]
        footer = max(line.top for line in found)
        lines.extend(line for line in found if line.top < footer)
    heights = sorted(round(line.height, 1) for line in lines)
    return lines, heights[len(heights) // 2]


def whole_faq(tmp_path: Path, paper: str) -> Path:
    out = tmp_path / f"faq-{paper}.pdf"
    result = run_cli("export-pdf", str(out), "--paper", paper)
    assert result.returncode == 0, result.stderr
    return out


def starting(lines: list[Line], text: str) -> int:
    return next(i for i, line in enumerate(lines) if line.text.startswith(text))


def is_heading(line: Line, body: float) -> bool:
    return line.height > 1.3 * body


def test_paper_names_are_the_same_in_the_command_and_the_handout() -> None:
    assert set(PAPERS) == set(PAGE_SIZES)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_whole_faq_is_set_like_a_booklet_on_three_pages(tmp_path: Path, paper: str) -> None:
    pdf = whole_faq(tmp_path, paper)
    lines, body = pdf_lines(pdf)
    assert max(line.page for line in lines) + 1 <= 3, "the whole FAQ on at most 3 pages"

    # The two paragraphs of "challenges": at least a third of a line between them.
    first = starting(lines, "Promotion of human rights")
    second = starting(lines, "Human Rights defenders experience")
    last_of_first = lines[second - 1]
    assert last_of_first.page == lines[second].page
    pitch = lines[first + 1].top - lines[first].top
    assert lines[first + 2].top - lines[first + 1].top == pytest.approx(pitch, abs=0.2)
    paragraph_gap = lines[second].top - last_of_first.top
    assert paragraph_gap >= 1.3 * pitch, (paragraph_gap, pitch)

    # More space above a question heading than between paragraphs, and than below it.
    heading = starting(lines, "What challenges do Human Rights Defenders face?")
    above = lines[heading].top - lines[heading - 1].bottom
    below = lines[heading + 1].top - lines[heading].bottom
    between = lines[second].top - last_of_first.bottom
    assert above > between > 0
    assert above > 2 * below

    # The first page: the title, the list of questions, then the first answers.
    page_one = [line.text for line in lines if line.page == 0]
    assert page_one[0] == "Human Rights Defenders: FAQ"
    assert "1. Who are the Human Rights Defenders?" in page_one
    assert "Who are the Human Rights Defenders?" in page_one
    assert any(text.startswith("Human Rights Defenders can be lawyers") for text in page_one)

    assert_no_heading_alone_at_a_page_foot(lines, body)


def assert_no_heading_alone_at_a_page_foot(lines: list[Line], body: float) -> None:
    for index, line in enumerate(lines):
        if not is_heading(line, body):
            continue
        following = next((n for n in lines[index + 1 :] if not is_heading(n, body)), None)
        if following is not None and following.page != line.page:
            # A heading of two lines is still a heading: look at its last line.
            pytest.fail(f"heading {line.text!r} is alone at the foot of page {line.page + 1}")


def test_a_heading_never_stays_alone_at_the_foot_of_a_page(qapp, make_pack, tmp_path) -> None:
    """Answers of growing length push the second heading down the page a paragraph at a
    time, across the foot of the first page: wherever it lands, it keeps its text with it."""
    moved = 0
    for lines_of_text in range(18, 28):
        answer = "\n\n".join(["A short paragraph."] * lines_of_text)
        root = make_pack(MINIMAL_MANIFEST, {"answers/one.md": answer, "answers/two.md": "Beta."})
        out = tmp_path / f"keep-{lines_of_text}.pdf"
        export_pdf(load_pack(root), out)
        lines, body = pdf_lines(out)
        assert_no_heading_alone_at_a_page_foot(lines, body)
        heading = starting(lines, "Second question?")
        if lines[heading].page == 1 and lines[heading - 1].page == 0:
            moved += 1
    assert moved, "no case put the heading at a page boundary: the test tests nothing"
