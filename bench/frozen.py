"""The packaged (PyInstaller one-folder) build: its size, its archive, and its start-up time
against running from source.

The build itself is made by ``build_spec/build.py`` (issue 5); the benchmark measures an
existing build in ``dist/`` and says so plainly when there is none.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.startup import ROOT, _run_once, commands
from bench.stats import summary

DIST = ROOT / "dist"


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def find_build() -> tuple[Path, Path | None] | None:
    """The one-folder build's executable and its .tar.gz, if a build exists."""
    for executable in sorted(DIST.glob("*/hrd-reader")):
        if executable.is_file() and os.access(executable, os.X_OK):
            archives = sorted(DIST.glob("*.tar.gz"))
            return executable, archives[0] if archives else None
    return None


def measure(runs: int, display_env: dict[str, str]) -> dict[str, Any]:
    if not (ROOT / "build_spec" / "build.py").is_file():
        return {"note": "not available yet: no installer build in this checkout (issue 5)"}
    build = find_build()
    if build is None:
        return {
            "note": "no build to measure: run 'python build_spec/build.py' first, then "
            "'python -m bench' again"
        }
    executable, archive = build
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
    return {
        "folder": str(executable.parent.relative_to(ROOT)),
        "folder_bytes": _folder_bytes(executable.parent),
        "archive": str(archive.relative_to(ROOT)) if archive else None,
        "archive_bytes": archive.stat().st_size if archive else None,
        "frozen_ms": frozen_ms,
        "source_ms": source_ms,
        "ratio_median": frozen_ms["median"] / source_ms["median"],
        "frozen_peak_rss_kib": max(frozen_rss),
    }
