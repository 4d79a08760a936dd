"""What a blind user hears, with a real screen reader: Orca (Debian's) listening to the
real reader on Xvfb, driven from the keyboard (tests/helpers/screen_reader.py).

Each test is a walk a keyboard user makes, asserting what was heard: it fails on silence,
on a web address read out, and on words nobody should hear (object names, "panel").
One Orca serves the whole module; each walk starts a fresh reader in a private session.
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


@pytest.fixture(scope="module")
def orca(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScreenReader]:
    missing = missing_programs()
    assert not missing, f"missing {missing}: run ./test.sh (it installs them)"
    print(f"Orca {orca_version()}")
    with screen_reader(tmp_path_factory.mktemp("orca")) as listener:
        yield listener


@pytest.fixture
def heard(orca: ScreenReader) -> Iterator[list[str]]:
    """Everything heard during the test; checked at its end for what nobody should hear."""
    mark = orca.mark()
    said: list[str] = []
    yield said
    said[:] = orca.heard_since(mark)
    orca.stop_reader()
    assert not unwanted(said), f"heard what a user should not: {unwanted(said)}\n" + (
        orca.report(mark)
    )


def start(orca: ScreenReader, tmp_path: Path, *args: str, path: str | None = None) -> list[str]:
    """The reader in a private session, at the first question (or ``args``)."""
    return orca.start_reader("--private", "--settings", str(tmp_path / "s.ini"), *args, path=path)


def test_search_is_heard_and_the_list_holds_only_the_matches(
    orca: ScreenReader, heard: list[str], tmp_path: Path
) -> None:
    opening = start(orca, tmp_path)
    titles = [u for u in opening if "HRD Reader" in u]
    assert titles, orca.report()
    assert all(u.count("HRD Reader") == 1 for u in titles), titles
    matching = PACK.search("violence")
    assert 0 < len(matching) < len(PACK.questions)
    mark = orca.mark()
    orca.type("violence")
    count = f"{len(matching)} of {len(PACK.questions)} questions match"
    orca.wait_for(mark, count)
    mark = orca.mark()
    orca.keys("Tab")
    said = orca.settle(mark)
    lists = [u for u in said if re.search(r"List with \d+ items?", u)]
    assert lists == [f"List with {len(matching)} item" + ("s" if len(matching) > 1 else "") + "."]
