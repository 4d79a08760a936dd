"""Time to the first visible window as the X server sees it: the reader, the bare PySide6
window and, when installed, real peers (Kiwix desktop, Zeal, Qt Assistant;
``scripts/bootstrap.sh bench`` installs them), under the benchmark's Xvfb.

Each run is a fresh process; ``xdotool search --onlyvisible --pid`` is asked again and again
(every few milliseconds, so the poll's own granularity is small against the figures) until
the X server reports a viewable window of that process, which is then ended. The reader and
the bare window run as in the start-up measure but stay open (no ``--exit-after-paint``:
the window must still be there when it is looked for). Peers get a fresh HOME each run, so
each is a first start too. Only on Xvfb; offscreen has no X server to ask.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.startup import ROOT
from bench.stats import summary

TIMEOUT_S = 20.0
# Peers as Debian installs them: (name, program, arguments).
PEERS = (
    ("Kiwix desktop", "kiwix-desktop", ()),
    ("Zeal", "zeal", ()),
    ("Qt Assistant", "assistant", ()),
)
QT6_ASSISTANT = Path("/usr/lib/qt6/bin/assistant")


def _visible_ms(command: list[str], env: dict[str, str], xdotool: str) -> float:
    """Milliseconds from spawn until the process has a viewable window."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        try:
            while time.perf_counter() - start < TIMEOUT_S:
                found = subprocess.run(
                    [xdotool, "search", "--onlyvisible", "--pid", str(process.pid)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if found.stdout.strip():
                    return (time.perf_counter() - start) * 1000
                if process.poll() is not None:
                    errors.seek(0)
                    text = errors.read().decode(errors="replace").strip()[-500:]
                    raise RuntimeError(f"{' '.join(command)} ended before showing a window: {text}")
            raise RuntimeError(f"{command[0]} showed no window in {TIMEOUT_S:.0f} s")
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _peers() -> list[tuple[str, list[str]]]:
    found = []
    for name, program, args in PEERS:
        path = shutil.which(program) or (
            str(QT6_ASSISTANT) if program == "assistant" and QT6_ASSISTANT.is_file() else None
        )
        if path:
            found.append((name, [path, *args]))
    return found


def measure(
    runs: int, display_env: dict[str, str], platform: str, peers: bool = True
) -> dict[str, Any]:
    """``peers``: also the installed peers (a --quick run leaves them out)."""
    xdotool = shutil.which("xdotool")
    if platform != "xvfb":
        return {"note": "only on Xvfb (offscreen has no X server to ask)"}
    if xdotool is None:
        return {"note": "xdotool is not installed (scripts/bootstrap.sh test installs it)"}
    times: dict[str, list[float]] = {}
    failed: dict[str, str] = {}  # a peer that cannot show a window here: why
    with tempfile.TemporaryDirectory(prefix="hrd-bench-visible-") as scratch:
        programs: list[tuple[str, list[str]]] = [
            ("bare Qt", [sys.executable, str(Path("bench") / "bare_qt.py"), "--stay"]),
            ("HRD Reader", [sys.executable, "main.py", "--settings", "SETTINGS"]),
            *(_peers() if peers else []),
        ]
        for run in range(runs + 1):  # run 0 warms the disk caches
            for name, command in programs:
                if name in failed:
                    continue
                home = Path(scratch) / f"{name.replace(' ', '-')}-{run}"
                home.mkdir()
                env = {
                    **os.environ,
                    **display_env,
                    "HOME": str(home),
                    "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_DATA_HOME": str(home / "data"),
                    "XDG_STATE_HOME": str(home / "state"),
                    "XDG_CACHE_HOME": str(home / "cache"),
                }
                if os.geteuid() == 0:  # Zeal's web engine refuses root with its sandbox on
                    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
                argv = [str(home / "s.ini") if a == "SETTINGS" else a for a in command]
                try:
                    elapsed = _visible_ms(argv, env, xdotool)
                except RuntimeError as exc:
                    if name in ("bare Qt", "HRD Reader"):
                        raise
                    failed[name] = str(exc).splitlines()[-1][:200]
                    continue
                if run:
                    times.setdefault(name, []).append(elapsed)
    result: dict[str, Any] = {"runs": runs, "ms": {k: summary(v) for k, v in times.items()}}
    result["failed"] = failed
    bare = result["ms"]["bare Qt"]["median"]
    result["ratio_to_bare"] = {k: v["median"] / bare for k, v in result["ms"].items()}
    return result
