"""Packs written by the tests: the smallest valid manifest, the writer behind the
``make_pack`` fixture, and the problems a pack that does not load reports."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.resources import bundled_pack_dir

# The bundled pack's addresses (The Carter Center's donation page and the FAQ page).
DONATE_URL = "https://www.cartercenter.org/donate/index.html"
FAQ_PAGE = "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"

# ``make_pack(manifest=None, files=None) -> Path`` (see write_pack).
PackWriter = Callable[..., Path]

MINIMAL_MANIFEST = """\
[pack]
id = "mini"
title = "Mini pack"
language = "en"
source = "https://example.org/faq"
attribution = "Text: Example"

[links.donate]
label = "Give"
url = "https://example.org/give"

[links.signup]
label = "Join"
url = "https://example.org/join"

[[questions]]
id = "one"
title = "First question?"
file = "answers/one.md"

[[questions]]
id = "two"
title = "Second question?"
file = "answers/two.md"
"""


def two_answers(one: str | bytes = "One.", two: str | bytes = "Two.") -> dict[str, str | bytes]:
    """The two answer files MINIMAL_MANIFEST names."""
    return {"answers/one.md": one, "answers/two.md": two}


def many_questions(count: int) -> tuple[str, dict[str, str | bytes]]:
    """A manifest of ``count`` questions (MINIMAL_MANIFEST's pack) and their answer files."""
    head = MINIMAL_MANIFEST.split("[[questions]]")[0]
    entries = "".join(
        f'[[questions]]\nid = "q{i}"\ntitle = "Question {i}?"\nfile = "answers/q{i}.md"\n\n'
        for i in range(count)
    )
    return head + entries, {f"answers/q{i}.md": f"Answer {i}." for i in range(count)}


def write_pack(
    root: Path, manifest: str | None = None, files: dict[str, str | bytes] | None = None
) -> Path:
    """Write a pack in ``root``: ``manifest`` as pack.toml (dedented) and each of ``files``
    (name → text or bytes). With no manifest, a copy of the bundled pack, to be broken."""
    if manifest is None:
        shutil.copytree(bundled_pack_dir(), root)
    else:
        root.mkdir()
        (root / "pack.toml").write_text(textwrap.dedent(manifest), encoding="utf-8")
    for name, body in (files or {}).items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            target.write_bytes(body)
        else:
            target.write_text(body, encoding="utf-8")
    return root


def problems_of(root: Path) -> list[str]:
    """The problems loading ``root`` reports (it must fail), one a line in the error."""
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return caught.value.problems
