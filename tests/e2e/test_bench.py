"""The benchmark runs (python -m bench --quick): every section produces its figures. (Its
pack generator is checked in tests/unit/test_bench_generate.py.)

No timings are asserted here — targets live in bench/ and the README, never in tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT


def test_quick_benchmark_writes_the_table_and_json(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert result.returncode == 0, result.stderr
    table = (tmp_path / "latest.md").read_text("utf-8")
    assert table in result.stdout
    figures = json.loads((tmp_path / "latest.json").read_text("utf-8"))
    assert figures["quick"] is True
    start = figures["startup"]
    assert start["reader_ms"]["n"] == start["bare_qt_ms"]["n"] == 2
    assert start["reader_ms"]["min"] > 0 and start["bare_qt_peak_rss_kib"] > 0
    assert figures["switch_large"]["n"] == 20 and figures["switch_large"]["questions"] == 60
    for switch in (figures["switch_bundled"], figures["switch_large"]):
        assert switch["qt_floor"]["n"] == switch["n"] and switch["qt_floor"]["min"] > 0
    assert "Qt's floor" in table
    assert [load["questions"] for load in figures["load"]] == [60, 300]
    assert [found["questions"] for found in figures["search"]] == [60, 300]
    assert all(found["ui"]["n"] == 40 for found in figures["search"])  # typed in the field
    assert figures["export"]["pages"] > 0 and figures["export"]["pdf_bytes"] > 0
    first = figures["first_frame"]
    assert first["reader"]["enum_classes"] > first["bare"]["enum_classes"] > 0
    assert first["reader"]["modules"] > first["bare"]["modules"] > 0
    pictures = figures["pictures"]
    assert pictures["window_photos"]["pictures_decoded"] == 3
    assert pictures["window_hostile"]["refused"] == 2
    assert pictures["export_pdf_hostile"]["exit"] == 2
    assert pictures["handout_photos"]["pages"] > 0
    memory = figures["switch_memory"]
    assert memory["checkpoints"] == [200, 600]
    assert all(kib > 0 for kib in memory["reading_rss_kib"] + memory["presentation_rss_kib"])
    share = figures["share"]
    assert share["answered"] == share["clients"] * share["pages_each"] and share["failures"] == 0
    assert share["follow_ms"]["n"] == share["followers"] * share["changes"]
    for row in (
        "share in the room",
        "start-up to first answer painted",
        "peak RSS",
        "at the first paint",
        "question switch, generated pack",
        "pack load",
        "search per keystroke",
        "export the FAQ to PDF",
        "packaged build",
        "memory, reading window",
        "memory, presentation window",
        "pictures: reading window at 1100×720",
        "pictures: one-answer handout",
        "pictures: export-pdf of the hostile pack",
    ):
        assert row in table, row
