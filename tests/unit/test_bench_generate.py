"""The benchmark's pack generator (bench/generate.py): the packs it writes load and look like
real FAQs — short and long answers, lists, links, no placeholder text."""

from __future__ import annotations

from pathlib import Path

from bench import generate
from hrd_reader.core import load_pack


def test_generated_packs_are_valid_and_varied(tmp_path: Path) -> None:
    pack = load_pack(generate.write_pack(tmp_path / "pack", 200))
    assert len(pack.questions) == 200
    answers = [q.markdown for q in pack.questions]
    assert len(set(answers)) == 200  # no repeated text
    assert len({q.title for q in pack.questions}) > 150
    lengths = sorted(len(a) for a in answers)
    assert lengths[-1] > 4 * lengths[len(lengths) // 2]  # short and long answers
    joined = "\n".join(answers)
    for feature in ("\n- ", "\n1. ", "](https://", "](#q", "](mailto:", "**", "## "):
        assert feature in joined, feature
    assert "lorem" not in joined.lower()
