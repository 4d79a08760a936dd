"""The planted bugs of ``python -m tests.mutations.plant`` still fit the code: each one's lines
are found exactly once under hrd_reader/ and the bug compiles, and each names tests that
exist. (Running the plant itself takes minutes; the README's test section says how.)"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT
from tests.mutations.bugs import BUGS, Bug, PlantError, by_name, locate


@pytest.mark.parametrize("bug", BUGS, ids=[bug.name for bug in BUGS])
def test_every_bug_can_be_planted_in_this_tree(bug: Bug) -> None:
    site = locate(bug, ROOT)
    assert site.planted != site.original
    assert site.path.is_relative_to(ROOT / "hrd_reader")


def test_bug_names_are_unique() -> None:
    names = [bug.name for bug in BUGS]
    assert len(names) == len(set(names))
    assert [bug.name for bug in by_name(["accents-not-folded"])] == ["accents-not-folded"]
    with pytest.raises(PlantError, match="no such bug: nonsense"):
        by_name(["nonsense"])


def test_every_named_test_exists() -> None:
    for bug in BUGS:
        assert bug.tests, bug.name
        for node in bug.tests:
            path, _, function = node.partition("::")
            source = ROOT / path
            assert source.is_file() and source.name.startswith("test_"), node
            if function:
                names = {
                    item.name
                    for item in ast.parse(source.read_text("utf-8")).body
                    if isinstance(item, ast.FunctionDef)
                }
                assert function.split("[")[0] in names, node


def test_a_bug_whose_lines_are_gone_or_repeated_says_so(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "hrd_reader", tree / "hrd_reader")
    bug = by_name(["archive-total-not-summed"])[0]
    site = locate(bug, tree)
    assert "        total = info.file_size\n" in site.planted
    # The same lines, moved to another folder and indented differently, are still found.
    moved = tree / "hrd_reader" / "elsewhere.py"
    site.path.rename(moved)
    assert locate(bug, tree).path == moved
    moved.write_text(site.original + "\nif True:\n    total += info.file_size\n", "utf-8")
    with pytest.raises(PlantError, match="pattern found 2 times"):
        locate(bug, tree)
    moved.write_text(site.original.replace("total += info.file_size", "total += size"), "utf-8")
    with pytest.raises(PlantError, match="pattern not found"):
        locate(bug, tree)
