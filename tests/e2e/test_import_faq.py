"""`hrd-reader import-faq`, run as a user would: the captured FAQ page becomes a pack that
validates, and a text with no questions writes nothing. (The importer itself is in
tests/unit/test_importer.py.)"""

from __future__ import annotations

from pathlib import Path

from hrd_reader.core import load_pack
from tests.helpers.packs import DONATE_URL, FAQ_PAGE
from tests.helpers.paths import SOURCE_TEXT
from tests.helpers.processes import run_cli


def test_import_faq_command_writes_a_pack_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "pack"
    result = run_cli(
        "import-faq",
        str(SOURCE_TEXT),
        str(target),
        "--donate-url",
        DONATE_URL,
        "--source",
        FAQ_PAGE,
        "--language",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert "warning: hrd-faq.txt:43: ignored “Back To Top”" in result.stdout
    assert "pack 'human-rights-defenders-faq' written — 7 questions" in result.stdout
    checked = run_cli("validate", str(target))
    assert checked.returncode == 0, checked.stdout
    assert load_pack(target).signup.url == FAQ_PAGE


def test_import_faq_command_fails_cleanly(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Just some text\n", encoding="utf-8")
    result = run_cli("import-faq", str(empty), str(tmp_path / "out"), "--donate-url", DONATE_URL)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "empty.txt: no questions found" in result.stderr
    assert "nothing was written" in result.stderr
    assert not (tmp_path / "out").exists()
    with_line = tmp_path / "donate.txt"
    with_line.write_text("T\n\nQ: One?\n\nYes.\n\nDonate Now\n", encoding="utf-8")
    missing = run_cli("import-faq", str(with_line), str(tmp_path / "out"))
    assert missing.returncode == 2
    assert "donate.txt:7: “Donate Now” but no donation address — give --donate-url" in (
        missing.stderr
    )
    assert not (tmp_path / "out").exists()
