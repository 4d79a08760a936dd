"""The packaged (PyInstaller one-folder) build: its size, its archive, and its start-up time
against running from source.

The build is made by the project's one build command, ``build_spec/build.py`` (issue 5),
through its Python API with ``reuse=True``: an up-to-date earlier build is kept, so only the
first benchmark after a change pays for PyInstaller. Before that command exists the section
says so and is skipped.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.startup import ROOT, _run_once, commands
from bench.stats import summary


def _log(message: str) -> None:
    print(f"bench: build: {message}", file=sys.stderr, flush=True)


def measure(runs: int, display_env: dict[str, str], build: bool = True) -> dict[str, Any]:
    if not (ROOT / "build_spec" / "build.py").is_file():
        return {"note": "not available yet: no installer build in this checkout (issue 5)"}
    if not build:
        return {"note": "not measured in a --quick run (building takes minutes)"}
    try:
        builder = importlib.import_module("build_spec.build")
        result = builder.build(reuse=True, log=_log)
    except (ImportError, SystemExit, OSError, RuntimeError) as exc:
        return {"note": f"the build failed, so it was not measured: {exc}"}
    executable = Path(result.executable)
    env = {**os.environ, **display_env}
    frozen: list[float] = []
    source: list[float] = []
    frozen_rss: list[int] = []
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        for run in range(runs + 1):
            settings = Path(scratch) / f"run{run}.ini"
            frozen_run = _run_once(
                [str(executable), "--exit-after-paint", "--settings", str(settings)], env
            )
            source_run = _run_once(commands(Path(scratch) / f"src{run}.ini")["HRD Reader"], env)
            if run == 0:
                continue  # warm-up: the first start of a fresh build reads it from disk
            frozen.append(frozen_run[0])
            frozen_rss.append(frozen_run[1])
            source.append(source_run[0])
    frozen_ms, source_ms = summary(frozen), summary(source)
    archive = Path(result.archive) if result.archive else None
    return {
        "folder": str(executable.parent.relative_to(ROOT)),
        "folder_bytes": result.size_on_disk,
        "archive": str(archive.relative_to(ROOT)) if archive else None,
        "archive_bytes": result.archive_size,
        "frozen_ms": frozen_ms,
        "source_ms": source_ms,
        "ratio_median": frozen_ms["median"] / source_ms["median"],
        "frozen_peak_rss_kib": max(frozen_rss),
    }
