"""Modules stay small enough to read: each owns one thing, and none is over 400 lines."""

from __future__ import annotations

from tests.helpers.paths import ROOT

MAX_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in (ROOT / "hrd_reader").rglob("*.py")
    }
    assert sizes, "no modules found"
    too_long = {path: lines for path, lines in sizes.items() if lines > MAX_LINES}
    assert not too_long, f"split these modules: {too_long}"


def test_every_module_says_what_it_owns() -> None:
    import ast

    missing = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "hrd_reader").rglob("*.py")
        if not ast.get_docstring(ast.parse(path.read_text("utf-8")))
    ]
    assert not missing, f"module docstring missing: {missing}"
