"""SECURITY.md points every guarantee at a test: each one named there must exist."""

from __future__ import annotations

import ast
import re

from tests.helpers.paths import ROOT


def test_every_test_named_in_security_md_exists() -> None:
    text = (ROOT / "SECURITY.md").read_text("utf-8")
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text))
    assert len(named) >= 40, named
    for path, name in sorted(named):
        tree = ast.parse((ROOT / path).read_text("utf-8"))
        functions = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert name in functions, f"SECURITY.md names {path}::{name}, which does not exist"


def test_readme_links_security_md() -> None:
    assert "(SECURITY.md)" in (ROOT / "README.md").read_text("utf-8")
