"""What a blind user hears, with a real screen reader: Debian's Orca listening to the real
reader on Xvfb, driven from the keyboard (tests/helpers/screen_reader.py).

Each test is a walk a keyboard user makes and asserts what was heard. Every test fails on
silence (each wait has a deadline), on a web address read out, and on words nobody should
hear (object names, "panel", an empty line's "blank"): the ``heard`` fixture checks all
that was said during the test. Each walk has an Orca and a reader of its own.
Orca 43 (Debian 12) and 48 (Debian 13) word some things differently ("push button" /
"button", "List with 7 items." / "Questions List with 7 items"); the checks allow both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_reader.core import bundled_pack
from tests.helpers.screen_reader import (
    ScreenReader,
    missing_programs,
    orca_version,
    screen_reader,
    unwanted,
)

pytestmark = [pytest.mark.orca, pytest.mark.timeout(240)]

PACK = bundled_pack()
TOTAL = len(PACK.questions)
LIST = re.compile(r"List with (\d+) items?")


@pytest.fixture(scope="module")
def orca_installed() -> str:
    missing = missing_programs()
    assert not missing, f"missing {missing}: run ./test.sh (it installs them)"
    return orca_version()


@pytest.fixture
def orca(orca_installed: str, tmp_path: Path) -> Iterator[ScreenReader]:
    """A fresh Orca for each walk: one shared by several readers in turn (Orca 48, on a
    busy machine) lost track of the later readers' widgets ("defunct") and went silent."""
    print(f"Orca {orca_installed}")
    with screen_reader(tmp_path / "orca") as listener:
        yield listener


@pytest.fixture
def heard(orca: ScreenReader) -> Iterator[list[str]]:
    """Everything heard during the test; checked at its end for what nobody should hear."""
    mark = orca.mark()
    said: list[str] = []
    yield said
    orca.stop_reader()
    said[:] = orca.heard_since(mark)
    assert not unwanted(said), f"heard what nobody should: {unwanted(said)}\n{orca.report(mark)}"


def start(orca: ScreenReader, tmp_path: Path, *args: str, path: str | None = None) -> None:
    """The reader in a private session at the first question, its window announced."""
    mark = orca.mark()
    orca.start_reader("--private", "--settings", str(tmp_path / "s.ini"), *args, path=path)
    orca.wait_for(mark, "Search questions and answers")


def press(orca: ScreenReader, keys: str, *phrases: str) -> list[str]:
    """Press ``keys`` (space-separated xdotool names) and wait until each phrase is heard."""
    mark = orca.mark()
    orca.keys(*keys.split())
    return orca.wait_for(mark, *phrases)


def tab_to(orca: ScreenReader, phrase: str, most: int = 8, key: str = "Tab") -> list[str]:
    """Press ``key`` until ``phrase`` is heard (a control's name), at most ``most`` times."""
    for _ in range(most):
        mark = orca.mark()
        orca.keys(key)
        said = orca.settle(mark)
        if any(phrase in u for u in said):
            return said
    raise AssertionError(f"{key} never reached {phrase!r}\n{orca.report()}")


def test_the_title_says_the_program_once_and_search_is_heard(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    mark = orca.mark()
    start(orca, tmp_path)
    titles = [u for u in orca.heard_since(mark) if "Human Rights Defenders: FAQ" in u]
    assert titles and all(u.count("HRD Reader") == 1 for u in titles), titles
    assert "Private session — HRD Reader" in titles[0]
    matching = PACK.search("violence")
    assert 0 < len(matching) < TOTAL
    mark = orca.mark()
    orca.type("violence")
    orca.wait_for(mark, f"{len(matching)} of {TOTAL} questions match")
    press(orca, "Return", f"{PACK.questions[matching[0]].title}: match 1 of")
    # Tab to the list: a list of the matching questions only, and the match itself.
    said = tab_to(orca, PACK.questions[matching[0]].title, most=1)
    counts = [int(m.group(1)) for u in said if (m := LIST.search(u))]
    assert counts == [len(matching)], said
    press(orca, "ctrl+f", "Search questions and answers")
    mark = orca.mark()
    orca.type("zzzq")
    orca.wait_for(mark, "No results for")


def test_the_answer_is_entered_at_its_first_sentence_and_read_line_by_line(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    start(orca, tmp_path)
    question = PACK.questions[0]
    said = tab_to(orca, f"Answer: {question.title}")
    body = " ".join(question.markdown.split())
    # The title once (in the pane's name); the first line heard is the first sentence.
    assert sum(u.count(question.title) for u in said) == 1, said
    entered = said[-1].rstrip(".")
    assert entered and body.startswith(entered), said
    for _ in range(3):
        mark = orca.mark()
        orca.keys("Down")
        lines = orca.settle(mark)
        for line in lines:
            # Orca 48 ends a line cut mid-sentence with a full stop of its own.
            assert line.rstrip(".") in body, (line, lines)


def test_the_buttons_say_what_they_do_and_return_on_donate_opens_the_page(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opened = tmp_path / "opened.txt"
    # The stand-in browser: Qt hands web addresses to xdg-open when there is no desktop.
    browser = bin_dir / "xdg-open"
    browser.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{opened}"\n')
    browser.chmod(0o755)
    start(orca, tmp_path, path=f"{bin_dir}:/usr/bin:/bin")
    assert PACK.signup is not None and PACK.donate is not None
    said = tab_to(orca, PACK.signup.label)
    assert any("Open the e-mail sign-up page in your browser" in u for u in said), said
    said = tab_to(orca, PACK.donate.label)
    assert any("Open the donation page in your browser" in u for u in said), said
    press(orca, "Return", f"Opening “{PACK.donate.label}” in your web browser")
    assert opened.read_text().split() == [PACK.donate.url]


def test_without_a_browser_the_link_window_is_heard_and_gives_the_keyboard_back(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    start(orca, tmp_path, path=str(tmp_path / "no-programs-here"))
    assert PACK.donate is not None
    tab_to(orca, PACK.donate.label)
    said = press(orca, "Return", "Copy address")
    assert not any("Opening" in u for u in said), said
    press(orca, "Escape", PACK.donate.label)


def test_presentation_keys_say_the_question_and_where_it_is(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    start(orca, tmp_path)
    last = PACK.questions[-1].title
    orca.keys("F5")
    orca.wait_window("Presentation")
    press(orca, "End", f"Question {TOTAL} of {TOTAL}: {last}")
    press(orca, "Home", f"Question 1 of {TOTAL}: {PACK.questions[0].title}")
    assert PACK.donate is not None
    press(orca, "q", "Scan to donate or sign up")
    mark = orca.mark()
    orca.keys("Escape")  # back in the room's view: its name, or where it is
    orca.wait_for_any(mark, f"Question 1 of {TOTAL}", "Presentation")
    press(orca, "b", "The screen is blank (black)")
    press(orca, "b", f"Question 1 of {TOTAL}")
    # Leaving: the reading window again, at the question the room was on.
    press(orca, "Escape", "Search questions and answers")


def test_the_pack_problems_window_is_heard(
    orca: ScreenReader, heard: list[str], tmp_path: Path, make_pack
) -> None:
    broken = make_pack()
    manifest = broken / "pack.toml"
    manifest.write_text(manifest.read_text().replace("attribution =", "attribution_ =", 1))
    start(orca, tmp_path)
    mark = orca.mark()
    orca.keys("ctrl+o")
    orca.wait_for_any(mark, "Open Pack", "File name")
    mark = orca.mark()
    orca.type(str(manifest))
    orca.keys("Return")
    orca.wait_for(mark, "Pack not opened", "problems found", "pack.toml:")
    press(orca, "Escape", "Search questions and answers")


def test_forget_this_computer_is_heard_to_the_end(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    settings = tmp_path / "kept.ini"
    settings.write_text("[view]\ntheme=dark\n")
    mark = orca.mark()
    orca.start_reader("--settings", str(settings))
    orca.wait_for(mark, "Search questions and answers")
    press(orca, "alt+f", "Open Pack")
    tab_to(orca, "Forget This Computer", most=12, key="Down")
    press(orca, "Return", "Forget this computer", "Cancel")
    press(orca, "Tab", "Forget")
    # (Orca 43 also reads the window's new title, "… — Private session — HRD Reader"; 48
    # does when it catches the window's activation.)
    said = press(orca, "Return", "This computer was forgotten")
    assert not settings.exists(), said


def test_quick_exit_ends_the_reader_at_once(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    start(orca, tmp_path)
    press(orca, "Tab", "Questions")
    orca.keys("ctrl+shift+x")
    assert orca.reader_exit() == 0
