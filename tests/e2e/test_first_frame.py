"""The first frame's rules, kept by tests that time nothing: what the reader has loaded and
set up when its first frame is painted (``python -m bench.first_frame``, which runs the real
start-up and stops at that frame). The README's "The first frame" says why each rule pays.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from tests.helpers.processes import run_python


def first_frame(*arguments: str) -> dict[str, Any]:
    result = run_python(
        "import sys; from bench.first_frame import main; sys.exit(main(sys.argv[1:]))",
        "reader",
        *arguments,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    facts: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    assert facts["status"] == 0
    return facts


@pytest.mark.parametrize("arguments", [(), ("--private",)])
def test_no_event_filter_exists_before_the_first_paint(arguments: tuple[str, ...]) -> None:
    """No Python event filter on the application (it would be called for every event of
    every object, and make PySide wrap every object Qt made) nor on any widget: keys,
    wheel and drops go to overridden handlers and shortcuts."""
    filters = first_frame(*arguments)["filters"]
    assert [f for f in filters if f["application"]] == [], filters
    assert filters == []
