"""Trainer notes: read and checked like answers, shown to the trainer only — never in the
room's view, the answer pane, the participants' handout, search or the QR screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from hrd_reader.core import ContentError, Pack, load_pack
from hrd_reader.core.manifest import MAX_ANSWER_BYTES
from hrd_reader.gui.handouts.handout import handout_html
from hrd_reader.gui.presentation.room import PresentationWindow
from hrd_reader.gui.presentation.share import ShareWindow
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import open_settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.paths import ROOT
from tests.helpers.processes import run_cli

WORKSHOP = ROOT / "tests" / "packs" / "workshop"
# A phrase of the workshop pack's notes found in no answer.
NOTE_PHRASE = "flip chart"
# One phrase of each of the workshop pack's notes.
NOTE_PHRASES = ("take three answers", "flip chart", "legal-aid network")


@pytest.fixture
def workshop() -> Pack:
    return load_pack(WORKSHOP)


def with_notes(notes: str) -> str:
    """The minimal manifest with ``notes = …`` on its first question."""
    return MINIMAL_MANIFEST.replace(
        'file = "answers/one.md"\n', f'file = "answers/one.md"\nnotes = {notes}\n', 1
    )


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    return caught.value.problems


def notes_line(manifest: str) -> int:
    return next(i for i, line in enumerate(manifest.splitlines(), 1) if line.startswith("notes"))


def test_notes_are_read_and_optional(workshop: Pack) -> None:
    assert NOTE_PHRASE in workshop.questions[1].notes
    assert workshop.questions[2].notes == ""  # why-important has none
    assert workshop.has_notes
    assert not any(q.notes for q in load_pack(ROOT / "resources" / "packs" / "hrd-faq").questions)


@pytest.mark.parametrize(
    ("notes", "files", "message"),
    [
        ('"notes/one.md"', {}, 'notes file "notes/one.md" does not exist'),
        ('"../outside.md"', {}, 'file "../outside.md" points outside the pack folder'),
        ('"/etc/passwd"', {}, 'file "/etc/passwd" is an absolute path'),
        ("3", {}, "question 1: notes must be text"),
        (
            '"notes/big.md"',
            {"notes/big.md": "x" * (MAX_ANSWER_BYTES + 1)},
            'notes file "notes/big.md" is 1.0 MiB',
        ),
    ],
)
def test_a_bad_notes_file_is_reported_at_its_line(
    make_pack: PackWriter, notes: str, files: dict[str, str], message: str
) -> None:
    manifest = with_notes(notes)
    root = make_pack(manifest, {"answers/one.md": "One.", "answers/two.md": "Two.", **files})
    (root.parent / "outside.md").write_text("secret", encoding="utf-8")
    problems = problems_of(root)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"pack.toml:{notes_line(manifest)}: {message}"), problems
    assert " — " in problems[0]  # says how to fix it


def test_notes_that_are_not_utf8_are_reported_like_answers(make_pack: PackWriter) -> None:
    root = make_pack(
        with_notes('"notes/one.md"'),
        {"answers/one.md": "One.", "answers/two.md": "Two.", "notes/one.md": b"caf\xe9"},
    )
    assert [p.split(" — ")[0] for p in problems_of(root)] == [
        "notes/one.md:1: is not valid UTF-8 (byte 0xe9)"
    ]


def test_validate_names_the_pack_toml_line_of_a_missing_notes_file(
    make_pack: PackWriter,
) -> None:
    manifest = with_notes('"notes/one.md"')
    root = make_pack(manifest, {"answers/one.md": "One.", "answers/two.md": "Two."})
    result = run_cli("validate", str(root))
    assert result.returncode == 2
    assert result.stdout.startswith(
        f'pack.toml:{notes_line(manifest)}: notes file "notes/one.md" does not exist'
    )


def test_notes_are_sanitised_like_answers(make_pack: PackWriter, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    root = make_pack(
        with_notes('"notes/one.md"'),
        {
            "answers/one.md": "One.",
            "answers/two.md": "Two.",
            "notes/one.md": 'Say hello.<script>alert(1)</script><img src="https://x.org/t.png">',
        },
    )
    pack = load_pack(root)
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    from hrd_reader.gui.presentation.console import PresenterConsole

    room = PresentationWindow(pack)
    qtbot.addWidget(room)
    room.show_row(0)
    console = PresenterConsole(pack, room)
    qtbot.addWidget(console)
    shown = console.notes.toHtml()
    assert "Say hello." in console.notes.toPlainText()
    assert "alert" not in shown and "x.org" not in shown


def test_notes_never_reach_the_room_the_answer_pane_search_or_qr(
    qtbot, workshop: Pack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workshop, open_settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    room = PresentationWindow(workshop)
    qtbot.addWidget(room)
    share = ShareWindow(workshop)
    qtbot.addWidget(share)
    assert all(any(p in q.notes for q in workshop.questions) for p in NOTE_PHRASES)
    share_text = " ".join(label.text() for label in share.findChildren(QLabel))
    for row in range(len(workshop.questions)):
        window.show_question(row)
        room.show_row(row, revealed=True)
        shown = window.answer_view.toPlainText() + room.answer.toPlainText() + share_text
        for phrase in NOTE_PHRASES:
            assert phrase not in shown
    for phrase in NOTE_PHRASES:
        assert workshop.search(phrase) == []


def test_participants_handout_has_no_notes_the_trainers_has_them(
    workshop: Pack, tmp_path: Path
) -> None:
    assert "Trainer notes" not in handout_html(workshop, range(4))
    trainer = handout_html(workshop, range(4), notes=True)
    assert trainer.count("Trainer notes — not for participants") == 3  # one question has none

    participants, trainers = tmp_path / "p.pdf", tmp_path / "t.pdf"
    for out, extra in ((participants, []), (trainers, ["--notes"])):
        result = run_cli("export-pdf", str(out), "--content", str(WORKSHOP), *extra)
        assert result.returncode == 0, result.stderr
    assert "with trainer notes" in result.stdout

    def text(path: Path) -> str:
        return "".join("".join(p.extract_text() for p in PdfReader(str(path)).pages).split())

    assert "legal-aidnetwork" not in text(participants) and "Trainernotes" not in text(participants)
    assert "legal-aidnetwork" in text(trainers) and "Trainernotes" in text(trainers)


def test_import_faq_writes_no_notes(tmp_path: Path) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("My FAQ\nQ: One?\nAnswer one.\n\nQ: Two?\nAnswer two.\n", encoding="utf-8")
    out = tmp_path / "pack"
    result = run_cli(
        "import-faq",
        str(source),
        str(out),
        "--donate-url",
        "https://example.org/d",
        "--source",
        "https://example.org/faq",
    )
    assert result.returncode == 0, result.stderr
    assert "notes" not in (out / "pack.toml").read_text(encoding="utf-8")
    assert not (out / "notes").exists()
    assert not load_pack(out).has_notes


def test_handout_dialog_offers_the_trainers_handout_only_when_there_are_notes(
    qtbot, workshop: Pack, pack: Pack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from hrd_reader.gui.handouts.printing import HandoutDialog

    bundled = HandoutDialog(pack, 0, "pdf")
    qtbot.addWidget(bundled)
    assert not bundled.notes.isEnabled()
    dialog = HandoutDialog(workshop, 0, "pdf")
    qtbot.addWidget(dialog)
    assert dialog.notes.isEnabled() and not dialog.notes.isChecked()
    dialog.notes.setChecked(True)
    assert dialog.path.text().endswith("hrd-faq-workshop-trainer.pdf")
    out = tmp_path / "trainer.pdf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported):
        dialog.go.click()
    text = "".join("".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "legal-aidnetwork" in text
