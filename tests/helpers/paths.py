"""Where the tests find the project: the checkout, the captured source text, the test packs,
and the version every entry point must report."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The captured Carter Center page, kept in the repository with its provenance.
SOURCE_TEXT = ROOT / "resources" / "source" / "hrd-faq.txt"
# A small pack in Arabic (right to left) that only the tests use.
ARABIC_PACK = ROOT / "tests" / "packs" / "arabic"
# Read from pyproject.toml, not from the package: the tests check that the two agree.
VERSION: str = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
