"""The packaged (PyInstaller one-folder) build: its size, its archive, its start-up against
running from source, and against a packaged bare window — what users run, and its floor.

The build is made by the project's one build command, ``build_spec/build.py`` (issue 5),
through its Python API with ``reuse=True``: an up-to-date earlier build is kept, so only the
first benchmark after a change pays for PyInstaller. The bare window is packed by
``bench/bare_qt.spec`` (the reader's exclusions and Qt trimming rules), rebuilt only when
it or the bare window changed. Before the build command exists the section says so and is
skipped.
"""

from __future__ import annotations

import importlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.startup import ROOT, _run_once, commands
from bench.stats import summary

BARE_SPEC = ROOT / "bench" / "bare_qt.spec"
BARE_EXE = ROOT / "dist" / "bench-bare" / "bare-qt"


def _log(message: str) -> None:
    print(f"bench: build: {message}", file=sys.stderr, flush=True)


def build_bare() -> Path:
    """The packaged bare window, built when missing or older than what it is made of."""
    sources = (BARE_SPEC, ROOT / "bench" / "bare_qt.py", ROOT / "build_spec" / "spec_helpers.py")
    newest = max(path.stat().st_mtime for path in sources)
    if BARE_EXE.is_file() and BARE_EXE.stat().st_mtime >= newest:
        return BARE_EXE
    _log("packing the bare window (bench/bare_qt.spec)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "bench-bare"),
            str(BARE_SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return BARE_EXE


def measure(runs: int, display_env: dict[str, str], build: bool = True) -> dict[str, Any]:
    if not (ROOT / "build_spec" / "build.py").is_file():
        return {"note": "not available yet: no installer build in this checkout (issue 5)"}
    if not build:
        return {"note": "not measured in a --quick run (building takes minutes)"}
    try:
        builder = importlib.import_module("build_spec.build")
        result = builder.build(reuse=True, log=_log)
        bare_exe = build_bare()
    except (ImportError, SystemExit, OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        return {"note": f"the build failed, so it was not measured: {exc}"}
    executable = Path(result.executable)
    env = {**os.environ, **display_env}
    wall: dict[str, list[float]] = {"frozen": [], "source": [], "bare": []}
    cpu: dict[str, list[float]] = {"frozen": [], "bare": []}
    rss: dict[str, list[int]] = {"frozen": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        for run in range(runs + 1):  # interleaved; run 0 reads each build from disk
            settings = Path(scratch) / f"run{run}.ini"
            measured = {
                "frozen": _run_once(
                    [str(executable), "--exit-after-paint", "--settings", str(settings)], env
                ),
                "bare": _run_once([str(bare_exe)], env),
                "source": _run_once(commands(Path(scratch) / f"src{run}.ini")["HRD Reader"], env),
            }
            if run == 0:
                continue
            for name, (elapsed, peak, used) in measured.items():
                wall[name].append(elapsed)
                if name in cpu:
                    cpu[name].append(used)
                    rss[name].append(peak)
    frozen_ms, source_ms, bare_ms = (
        summary(wall["frozen"]),
        summary(wall["source"]),
        summary(wall["bare"]),
    )
    archive = Path(result.archive) if result.archive else None
    return {
        "folder": str(executable.parent.relative_to(ROOT)),
        "folder_bytes": result.size_on_disk,
        "archive": str(archive.relative_to(ROOT)) if archive else None,
        "archive_bytes": result.archive_size,
        "frozen_ms": frozen_ms,
        "source_ms": source_ms,
        "ratio_median": frozen_ms["median"] / source_ms["median"],
        "frozen_peak_rss_kib": max(rss["frozen"]),
        "bare_ms": bare_ms,
        "bare_peak_rss_kib": max(rss["bare"]),
        "frozen_cpu_ms": summary(cpu["frozen"]),
        "bare_cpu_ms": summary(cpu["bare"]),
        "bare_ratio_median": frozen_ms["median"] / bare_ms["median"],
        "bare_cpu_ratio_median": statistics.median(cpu["frozen"]) / statistics.median(cpu["bare"]),
        "bare_rss_ratio": max(rss["frozen"]) / max(rss["bare"]),
    }
