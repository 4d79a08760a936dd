"""Handouts from the command line, without a display: `hrd-reader export-pdf`, read back with
pypdf (text, page numbers, addresses, QR codes), its errors, and printing kept out of the
reader's start-up. (The export and print dialogs are in tests/gui/test_printing.py.)"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.packs import MINIMAL_MANIFEST
from tests.helpers.paths import ROOT
from tests.helpers.pdf import assert_whole_handout, image_count, pdf_text, squeeze
from tests.helpers.processes import assert_one_line_error, run_cli, with_the_window


def test_export_pdf_command_writes_the_whole_faq(pack, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run_cli("export-pdf", str(out), env={"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert result.returncode == 0, result.stderr
    assert "the whole FAQ" in result.stdout
    assert_whole_handout(out, pack)
    assert PdfReader(str(out)).metadata.title == pack.title
    # Both QR codes are on the last page, as images (the text around them stays text).
    assert image_count(out, -1) == 2


def test_export_pdf_command_one_question(pack, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = run_cli("export-pdf", str(out), "--question", "challenges")
    assert result.returncode == 0, result.stderr
    text = squeeze("\n".join(pdf_text(out)))
    chosen = pack.questions[pack.index_of("challenges")]
    assert squeeze(chosen.title) in text
    others = [q for q in pack.questions if q.id != "challenges"]
    assert not any(squeeze(q.title) in text for q in others)
    assert squeeze(pack.donate.url) in text and squeeze(pack.signup.url) in text
    assert squeeze(pack.attribution) in text


def test_export_pdf_command_with_another_pack(make_pack, tmp_path: Path) -> None:
    root = make_pack(MINIMAL_MANIFEST, {"answers/one.md": "Alpha.", "answers/two.md": "Beta."})
    out = tmp_path / "mini.pdf"
    result = run_cli("export-pdf", str(out), "--content", str(root))
    assert result.returncode == 0, result.stderr
    text = squeeze("\n".join(pdf_text(out)))
    for word in ("Minipack", "Firstquestion?", "Alpha.", "Beta.", "https://example.org/give"):
        assert word in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export-pdf", "{tmp}/missing/dir/x.pdf"], ["Could not save", "missing/dir/x.pdf"]),
        (["export-pdf", "{tmp}"], ["is a folder"]),
        (["export-pdf", "{tmp}/x.pdf", "--question", "nope"], ["no question with id 'nope'"]),
        (["export-pdf"], ["OUT.pdf"]),
    ],
)
def test_export_pdf_command_errors(tmp_path: Path, args: list[str], words: list[str]) -> None:
    result = run_cli(*[a.format(tmp=tmp_path) for a in args])
    assert_one_line_error(result, *words)
    assert not list(tmp_path.rglob("*.pdf*")), "nothing half-written is left"


def test_export_pdf_refuses_to_replace_a_device_or_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run_cli("export-pdf", str(fifo))
    assert_one_line_error(result, "is not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe is still a pipe"
    assert not list(tmp_path.rglob("*.pdf*"))


def test_printing_is_not_loaded_at_start_up() -> None:
    """QtPrintSupport costs start-up time: only printing or exporting loads it."""
    loaded = with_the_window(
        "print(*(m in sys.modules for m in ('PySide6.QtPrintSupport',"
        " 'hrd_reader.gui.handouts.printing', 'hrd_reader.gui.handouts.handout')))\n",
        ROOT / "build" / "s.ini",
    )
    assert loaded.split() == ["False", "False", "False"]


def test_help_names_the_trainer_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--presentation" in result.stdout and "export-pdf" in result.stdout
    sub = run_cli("export-pdf", "--help")
    assert sub.returncode == 0
    for word in ("OUT.pdf", "--content", "--question", "whole FAQ"):
        assert word in sub.stdout
