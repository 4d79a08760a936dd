"""The README's project layout lists every module of the package once, and nothing else."""

from __future__ import annotations

import re

from tests.helpers.paths import ROOT


def test_readme_layout_matches_the_package() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Project layout", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `(hrd_reader/[^`]+\.py)` \|", section, flags=re.M)
    modules = sorted(
        path.relative_to(ROOT).as_posix() for path in (ROOT / "hrd_reader").rglob("*.py")
    )
    assert len(listed) == len(set(listed)), "a module is listed twice"
    assert sorted(listed) == modules
