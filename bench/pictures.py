"""Pictures in packs, measured: the reading window's peak memory with the twelve-photo pack,
the hostile pack (eight 7900 × 7900 PNGs of zeros, refused) and a pack of eight RGBA PNGs
of zeros just under the pixel limit (6300 × 6300, shown); the one-answer handout of the photos
(pages, size, time); ``export-pdf`` and ``validate`` of the hostile pack.

Each measurement runs in a process of its own, so its peak memory (the kernel's high-water
mark of its resident set, VmHWM) is the program's alone.

    python -m bench.pictures            the figures as JSON
    python -m bench.pictures window PACK    (the child that shows PACK's first answer)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.picture_packs import write_hostile_pack, write_photo_pack

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1100, 720)
NEAR_LIMIT_SIDE = 6300  # 39.7 megapixels: just under core.pictures.MAX_PICTURE_PIXELS


@dataclass
class Measured:
    """What a finished process did: exit status, output, wall time and peak memory."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float


# Runs a script as ``python SCRIPT ARGS`` would, then writes the process's peak resident
# set (VmHWM, its own: after exec) to the file named by HRD_PEAK_FILE. (``wait4``'s
# ru_maxrss is no good here: on Linux it keeps the parent's size from before the exec.)
_PEAK_WRAPPER = """
import os, runpy, sys
sys.argv = sys.argv[1:]
code = 0
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
except SystemExit as exit:
    code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
finally:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["HRD_PEAK_FILE"], "w", encoding="ascii") as out:
        out.write(peak)
sys.exit(code)
"""


def run_measured(args: list[str], timeout: float, env: dict[str, str] | None = None) -> Measured:
    """Run Python script ``args[0]`` with ``args[1:]`` (killed after ``timeout`` seconds)
    and measure it."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "HRD_PEAK_FILE": str(peak_file),
            **(env or {}),
        }
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", _PEAK_WRAPPER, *args],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        seconds = time.perf_counter() - start
        peak = int(peak_file.read_text("ascii")) / 1024 if peak_file.exists() else float("nan")
        return Measured(run.returncode, run.stdout, run.stderr, seconds, peak)


def window_probe(pack_dir: Path, deadline: float = 120.0) -> dict[str, Any]:
    """Show ``pack_dir``'s first answer in the reading window at WINDOW_SIZE, scroll through
    it until every picture is decoded; what the window did (run in a child process)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from hrd_reader.core import ContentError, load_pack
    from hrd_reader.gui.qt_app import create_application
    from hrd_reader.gui.reading.window import MainWindow
    from hrd_reader.gui.settings import open_settings

    app = create_application()
    try:
        pack = load_pack(pack_dir)
    except ContentError as error:
        return {"refused": len(error.problems)}
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(pack, open_settings(Path(tmp) / "settings.ini"))
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_question(1)
        app.processEvents()
        start = time.perf_counter()
        window.show_question(0)
        switch_ms = (time.perf_counter() - start) * 1000
        view = window.answer_view
        bar = view.verticalScrollBar()
        end = time.monotonic() + deadline

        def settle() -> None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            while view.pictures is not None and view.pictures.busy and time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

        value = 0
        while time.monotonic() < end:
            bar.setValue(value)
            view.viewport().repaint()
            settle()
            if value >= bar.maximum():
                break
            value += max(1, bar.pageStep())
        decoded = view.pictures.decoded if view.pictures is not None else {}
        result = {
            "switch_ms": round(switch_ms, 1),
            "all_decoded_s": round(time.perf_counter() - start, 2),
            "pictures_decoded": len(decoded),
            "decoded_megapixels": round(sum(w * h for w, h in decoded.values()) / 1e6, 2),
            "horizontal_scroll_max": view.horizontalScrollBar().maximum(),
        }
        window.close()
        QCoreApplication.processEvents()
    return result


def _window(pack_dir: Path) -> dict[str, Any]:
    run = run_measured([str(ROOT / "bench" / "pictures.py"), "window", str(pack_dir)], 300)
    lines = run.stdout.strip().splitlines()
    found: dict[str, Any] = json.loads(lines[-1]) if run.returncode == 0 and lines else {}
    return {**found, "peak_mib": round(run.peak_mib, 1), "exit": run.returncode}


def _cli(*args: str, timeout: float = 120) -> dict[str, Any]:
    run = run_measured([str(ROOT / "main.py"), *args], timeout)
    return {
        "exit": run.returncode,
        "seconds": round(run.seconds, 2),
        "peak_mib": round(run.peak_mib, 1),
        "stderr_lines": len(run.stderr.strip().splitlines()),
        "stdout_lines": len(run.stdout.strip().splitlines()),
    }


# Issue 26's checks, on the project's 2-core machine.
TARGETS = {
    "window_photos_mib": 250.0,
    "window_hostile_mib": 400.0,
    "handout_pages": 12,
    "handout_mib": 12.0,
    "handout_s": 20.0,
    "export_hostile_s": 60.0,
    "export_hostile_mib": 400.0,
}


def measure(folder: Path, quick: bool = False) -> dict[str, Any]:
    """Every figure of the pictures section, with packs written into ``folder`` (quick:
    three smaller photos, and no pack near the limit — it only proves the section runs)."""
    photos = write_photo_pack(folder / "photos", *((3, 2000, 1500) if quick else ()))
    hostile = write_hostile_pack(folder / "hostile", count=2 if quick else 8)
    results: dict[str, Any] = {
        "window_photos": _window(photos),
        "window_hostile": _window(hostile),
    }
    if not quick:
        near = write_hostile_pack(folder / "near-limit", side=NEAR_LIMIT_SIDE, rgba=True)
        results["window_near_limit"] = _window(near)
        results["export_pdf_near_limit"] = _cli(
            "export-pdf", str(folder / "near.pdf"), "--content", str(near), timeout=120
        )
    pdf = folder / "photos.pdf"
    handout = _cli("export-pdf", str(pdf), "--content", str(photos), "--question", "photos")
    from pypdf import PdfReader

    handout["pages"] = len(PdfReader(str(pdf)).pages) if pdf.exists() else None
    handout["mib"] = round(pdf.stat().st_size / 1048576, 2) if pdf.exists() else None
    results["handout_photos"] = handout
    results["export_pdf_hostile"] = _cli(
        "export-pdf", str(folder / "hostile.pdf"), "--content", str(hostile), timeout=60
    )
    results["validate_hostile"] = _cli("validate", str(hostile))
    return results


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report_rows(found: dict[str, Any] | None) -> list[tuple[str, str, str, str]]:
    """The pictures section's rows of the benchmark's table."""
    if not found:
        return []
    t = TARGETS
    photos, hostile = found["window_photos"], found["window_hostile"]
    shown = (
        f"refused at load ({hostile['refused']} problems)"
        if "refused" in hostile
        else f"{hostile.get('pictures_decoded')} decoded"
    )
    out = [
        (
            f"pictures: reading window at 1100×720, {photos.get('pictures_decoded')} phone "
            "photos shown",
            f"peak **{photos['peak_mib']:.0f} MiB**; sideways scroll range "
            f"{photos.get('horizontal_scroll_max')} px; switch {photos.get('switch_ms')} ms; "
            f"all decoded after {photos.get('all_decoded_s')} s "
            f"({photos.get('decoded_megapixels')} MP)",
            f"≤ {t['window_photos_mib']:.0f} MiB, no sideways scroll",
            _met(
                photos["peak_mib"] <= t["window_photos_mib"]
                and photos.get("horizontal_scroll_max") == 0
            ),
        ),
        (
            "pictures: reading window, hostile pack (PNGs of 7900×7900 zeros)",
            f"peak **{hostile['peak_mib']:.0f} MiB**, {shown}",
            f"≤ {t['window_hostile_mib']:.0f} MiB",
            _met(hostile["peak_mib"] <= t["window_hostile_mib"]),
        ),
    ]
    near = found.get("window_near_limit")
    if near:
        out.append(
            (
                "pictures: reading window, 8 RGBA PNGs of 6300×6300 zeros (just under the limit)",
                f"peak **{near['peak_mib']:.0f} MiB**; all decoded after "
                f"{near.get('all_decoded_s')} s; switch {near.get('switch_ms')} ms",
                f"≤ {t['window_hostile_mib']:.0f} MiB",
                _met(near["peak_mib"] <= t["window_hostile_mib"]),
            )
        )
    handout = found["handout_photos"]
    out.append(
        (
            "pictures: one-answer handout of the photos (export-pdf)",
            f"**{handout['pages']} pages, {handout['mib']} MiB, {handout['seconds']} s**, "
            f"peak {handout['peak_mib']:.0f} MiB",
            f"≤ {t['handout_pages']} pages, ≤ {t['handout_mib']:.0f} MiB, ≤ {t['handout_s']:.0f} s",
            _met(
                (handout["pages"] or 99) <= t["handout_pages"]
                and (handout["mib"] or 99) <= t["handout_mib"]
                and handout["seconds"] <= t["handout_s"]
            ),
        )
    )
    for key, label in (
        ("export_pdf_hostile", "hostile pack"),
        ("export_pdf_near_limit", "8 PNGs just under the limit"),
    ):
        export = found.get(key)
        if export:
            out.append(
                (
                    f"pictures: export-pdf of the {label}",
                    f"exit {export['exit']} ({export['stderr_lines']} line on stderr) after "
                    f"**{export['seconds']} s**, peak **{export['peak_mib']:.0f} MiB**",
                    f"ends ≤ {t['export_hostile_s']:.0f} s, ≤ {t['export_hostile_mib']:.0f} MiB",
                    _met(
                        export["exit"] in (0, 2)
                        and export["seconds"] <= t["export_hostile_s"]
                        and export["peak_mib"] <= t["export_hostile_mib"]
                    ),
                )
            )
    check = found["validate_hostile"]
    out.append(
        (
            "pictures: validate of the hostile pack",
            f"exit {check['exit']}, {check['stdout_lines']} problems (each names a picture "
            f"and its size in pixels), {check['seconds']} s",
            "names each picture",
            "—",
        )
    )
    return out


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "window":
        print(json.dumps(window_probe(Path(argv[1]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="hrd-pictures-") as tmp:
        print(json.dumps(measure(Path(tmp)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
