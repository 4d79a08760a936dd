"""Start-up time and peak memory: HRD Reader against a bare PySide6 window.

Each run is a fresh process started the same way (same interpreter, same display), timed
from just before it is spawned until it has exited; it exits right after its first frame is
painted (the reader with its first answer shown: ``--exit-after-paint``). Peak RSS comes from
the kernel's accounting for that one child (``wait4``'s ``ru_maxrss``). Runs alternate
between the two programs so that a busy moment on the machine hits both alike.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import summary

ROOT = Path(__file__).resolve().parent.parent


def _run_once(command: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Wall time in ms, peak RSS in KiB and CPU time (user + system) in ms of one run.

    CPU time is what the program itself computed; unlike wall time it hardly changes when
    other work on the machine competes for the cores."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            text = errors.read().decode(errors="replace").strip()
            raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {text}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return elapsed, usage.ru_maxrss, cpu  # ru_maxrss is in KiB on Linux


def commands(settings_file: Path, content: Path | None = None) -> dict[str, list[str]]:
    reader = [sys.executable, "main.py", "--exit-after-paint", "--settings", str(settings_file)]
    if content is not None:
        reader += ["--content", str(content)]
    return {
        "bare Qt": [sys.executable, str(Path("bench") / "bare_qt.py")],
        "HRD Reader": reader,
    }


def compile_sources() -> None:
    """Byte-compile the reader's modules, as pip does on install and the installers ship.

    From a source checkout Python writes the bytecode on the first start — unless
    PYTHONDONTWRITEBYTECODE is set (as it is in some shells and CI), and then every start
    compiles every module again, ~60 ms that no installed copy pays.
    """
    compileall.compile_dir(ROOT / "hrd_reader", quiet=1)


def measure(runs: int, display_env: dict[str, str]) -> dict[str, object]:
    compile_sources()
    env = {**os.environ, **display_env}
    times: dict[str, list[float]] = {"bare Qt": [], "HRD Reader": []}
    memory: dict[str, list[int]] = {"bare Qt": [], "HRD Reader": []}
    cpu: dict[str, list[float]] = {"bare Qt": [], "HRD Reader": []}
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        # One warm-up run each: the first start after a build pays for cold disk caches.
        for command in commands(Path(scratch) / "warm.ini").values():
            _run_once(command, env)
        for run in range(runs):
            # A fresh settings file each run: every run is a first start, never a restore.
            for name, command in commands(Path(scratch) / f"run{run}.ini").items():
                elapsed, rss, used = _run_once(command, env)
                times[name].append(elapsed)
                memory[name].append(rss)
                cpu[name].append(used)
    bare, reader = summary(times["bare Qt"]), summary(times["HRD Reader"])
    bare_rss, reader_rss = max(memory["bare Qt"]), max(memory["HRD Reader"])
    return {
        "runs": runs,
        "bare_qt_ms": bare,
        "reader_ms": reader,
        "ratio_median": reader["median"] / bare["median"],
        "ratio_min": reader["min"] / bare["min"],
        "bare_qt_peak_rss_kib": bare_rss,
        "reader_peak_rss_kib": reader_rss,
        "rss_ratio": reader_rss / bare_rss,
        "bare_qt_cpu_ms": summary(cpu["bare Qt"]),
        "reader_cpu_ms": summary(cpu["HRD Reader"]),
        "cpu_ratio_median": statistics.median(cpu["HRD Reader"])
        / statistics.median(cpu["bare Qt"]),
    }
