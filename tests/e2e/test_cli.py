"""The command line, run as a user would: separate processes, exit codes, stdout/stderr."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.paths import ROOT, VERSION
from tests.helpers.processes import (
    assert_one_line_error,
    on_display,
    run_cli,
    run_python,
    self_test_ok,
)


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "main.py"],
        [sys.executable, "-m", "hrd_reader"],
        [str(Path(sys.executable).parent / "hrd-reader")],
    ],
)
def test_every_entry_point_reports_the_pyproject_version(command: list[str]) -> None:
    result = subprocess.run(
        [*command, "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == f"hrd-reader {VERSION}"


def test_self_test_passes(tmp_path: Path) -> None:
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [self_test_ok("offscreen")]
    assert result.stderr == "", "the self-test says only what the reader says"


def test_self_test_passes_with_markup_characters_in_a_title(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('"First question?"', '"Is 2 < 3 & 4 > 1?"')
    root = make_pack(manifest, {"answers/one.md": "Yes.", "answers/two.md": "Two."})
    result = run_cli("--self-test", "--content", str(root))
    assert result.returncode == 0, result.stderr


def test_self_test_fails_on_a_broken_pack(make_pack: PackWriter) -> None:
    root = make_pack()
    (root / "answers" / "challenges.md").unlink()
    result = run_cli("--self-test", "--content", str(root))
    assert_one_line_error(result, "answers/challenges.md")


def test_validate_good_pack() -> None:
    result = run_cli("validate", "resources/packs/hrd-faq")
    assert result.returncode == 0
    assert "is valid — 7 questions" in result.stdout


def test_validate_lists_every_problem(make_pack: PackWriter) -> None:
    manifest = MINIMAL_MANIFEST.replace('title = "Mini pack"', "title = 3").replace(
        'url = "https://example.org/join"', 'url = "javascript:alert(1)"'
    )
    root = make_pack(manifest, {"answers/one.md": ""})
    result = run_cli("validate", str(root))
    assert result.returncode == 2
    problems = result.stdout.strip().splitlines()
    assert problems[0].startswith("pack.toml:3: [pack] title must be text")
    assert problems[1].startswith('pack.toml:14: [links.signup] url "javascript:alert(1)"')
    assert problems[2].startswith("answers/one.md:1: is empty")
    assert problems[3].startswith('pack.toml:24: answer file "answers/two.md" does not exist')
    assert len(problems) == 4
    assert "4 problem(s)" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bogus"], ["unrecognized arguments: --bogus"]),
        (["--content"], ["--content", "expected one argument"]),
        (["--question", "nope"], ["no question with id 'nope'", "who-are-hrds"]),
        (["--content", "/nonexistent"], ["cannot open /nonexistent", "does not exist"]),
        (["validate"], ["PACK"]),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str], words: list[str]) -> None:
    assert_one_line_error(run_cli(*args), *words)


def test_subcommands_without_a_window_load_no_qt() -> None:
    """``validate``, ``--version`` and bad arguments answer without paying for Qt or the
    reader's start-up (the command line defers those imports)."""
    code = (
        "import sys\n"
        "from hrd_reader import cli\n"
        "codes = [cli.main(['validate', 'resources/packs/hrd-faq']), cli.main(['--bogus'])]\n"
        "try:\n"
        "    cli.main(['--version'])\n"
        "except SystemExit as exc:\n"
        "    codes.append(exc.code)\n"
        "loaded = ('PySide6', 'hrd_reader.gui', 'hrd_reader.app', 'hrd_reader.core.importer')\n"
        "print(codes, sorted(m for m in sys.modules if m.startswith(loaded)))\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[0, 2, 0] []"


def test_unknown_question_is_the_same_message_for_the_reader_and_export_pdf(
    tmp_path: Path,
) -> None:
    reader = run_cli("--question", "nope")
    export = run_cli("export-pdf", str(tmp_path / "x.pdf"), "--question", "nope")
    assert_one_line_error(reader, "no question with id 'nope' in 'hrd-faq' (ids: who-are-hrds")
    assert_one_line_error(export)
    assert export.stderr == reader.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_bad_pack_with_many_problems_is_one_line(make_pack: PackWriter) -> None:
    root = make_pack(MINIMAL_MANIFEST)
    result = run_cli("--content", str(root))
    assert_one_line_error(result, "and 1 more", f"hrd-reader validate {root}")


def test_help_documents_the_command_line() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--content", "--question", "--settings", "--self-test", "--version", "validate"):
        assert option in result.stdout


@pytest.mark.xvfb
def test_real_window_on_xvfb_screenshot(xvfb_display: str, artifacts: Path, tmp_path: Path) -> None:
    """The real program on a real X display: catches missing xcb libraries that offscreen
    hides, and leaves a screenshot to look at."""
    shot = artifacts / "main-window.png"
    shot.unlink(missing_ok=True)
    result = run_cli(
        "--screenshot",
        str(shot),
        "--settings",
        str(tmp_path / "s.ini"),
        "--question",
        "challenges",
        env=on_display(xvfb_display),
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 650
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 10, "the screenshot is blank"
    assert shutil.which("Xvfb")


def test_exit_after_paint_quits_once_the_first_answer_is_painted(tmp_path: Path) -> None:
    # What python -m bench times: without the flag the reader would wait for the user.
    result = run_cli("--exit-after-paint", "--settings", str(tmp_path / "s.ini"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
