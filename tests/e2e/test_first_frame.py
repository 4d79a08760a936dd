"""The first frame's rules, kept by tests that time nothing: what the reader has loaded and
set up when its first frame is painted (``python -m bench.first_frame``, which runs the real
start-up and stops at that frame). The README's "The first frame" says why each rule pays.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.processes import run_python

GUI = ROOT / "hrd_reader" / "gui"
# The feature folders of gui/ that the first frame draws: the reading window. The shell is
# gui/*.py. The presentation controller keeps the reading window's zoom (one per mode), so
# it loads with the window — not the presentation, console or QR windows it opens.
DRAWN = {"reading"}
WITH_THE_WINDOW = {
    "hrd_reader.gui.presentation",
    "hrd_reader.gui.presentation.controller",
    "hrd_reader.gui.presentation.screens",
}
# Not features of gui/, but loaded only by what uses them (after the frame, or on demand).
LATER = {
    "markdown",
    "nh3",
    "segno",
    "logging.handlers",
    "PySide6.QtPrintSupport",
    "hrd_reader.core.archive",
    "hrd_reader.core.importer",
}


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


def test_the_first_frame_loads_only_what_it_draws() -> None:
    """Features the first frame does not draw (packs, handouts, safety dialogs, About, the
    crash dialog, links and QR codes, the presentation's windows …) load on first use."""
    folders = {path.name for path in GUI.iterdir() if (path / "__init__.py").is_file()}
    assert folders > DRAWN and {"packs", "handouts", "safety", "dialogs"} < folders
    modules = first_frame()["modules"]
    features = [
        name
        for name in modules
        if name.startswith("hrd_reader.gui.")
        and name.split(".")[2] in folders - DRAWN
        and name not in WITH_THE_WINDOW
    ]
    assert features == []
    assert [name for name in modules if name in LATER or name.split(".")[0] in LATER] == []
    assert "hrd_reader.gui.reading.window" in modules  # it did run to the first frame


def test_pyside_import_hook_reads_no_source_and_still_tells_who_uses_pyside(
    tmp_path: Path,
) -> None:
    """The reader's answer to PySide's "does this module use PySide?" (asked for every
    module imported after PySide6) reads no source file, and says yes exactly for modules
    holding something of PySide's — not for one that only names it in a comment."""
    (tmp_path / "with_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "named_only.py").write_text("# PySide6 is named here, not used\nX = 1\n")
    code = (
        "import sys, linecache, json\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import PySide6.QtCore\n"
        "from hrd_reader.gui import import_hook\n"
        "installed = import_hook.install()\n"
        "linecache.clearcache()\n"
        "import with_qt, named_only\n"
        "from hrd_reader.gui.themes import LIGHT\n"
        "from PySide6.support.feature import pyside_feature_dict as seen\n"
        "print(json.dumps([installed, sorted(linecache.cache),"
        " seen['with_qt'], seen['named_only'], seen['hrd_reader.gui.themes']]))\n"
    )
    result = run_python(code, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    installed, read, with_qt, named_only, themes = json.loads(result.stdout)
    assert installed
    assert read == []  # no source file was read to answer
    assert (with_qt, named_only, themes) == (0, -1, 0)  # 0: uses PySide, -1: does not
