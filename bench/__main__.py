"""``python -m bench``: run every measurement, print the Markdown table, write the results.

python -m bench                 the full run (about 5 minutes on a 2-core laptop)
python -m bench --quick         a tiny run that only proves the benchmark works
python -m bench --platform offscreen   without Xvfb (figures are not comparable)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import first_frame, floor, frozen, generate, startup, visible
from bench.display import display
from bench.report import TARGETS, markdown_table

RESULTS = Path(__file__).resolve().parent / "results"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes and few runs (for tests)")
    parser.add_argument("--runs", type=int, help="start-up runs of each program (default 15)")
    parser.add_argument(
        "--platform",
        choices=("xvfb", "offscreen"),
        default="xvfb" if shutil.which("Xvfb") else "offscreen",
        help="where the windows are shown (default: xvfb when installed)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.md/.json")
    return parser


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    quick = args.quick
    runs = args.runs or (2 if quick else 15)
    large, huge = (60, 300) if quick else (1000, 10_000)
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}",
        "python": platform.python_version(),
        "platform": args.platform,
        "quick": quick,
        "targets": TARGETS,
        # Other work on the machine slows both sides of every comparison, but not evenly.
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }
    with display(args.platform) as env, tempfile.TemporaryDirectory(prefix="hrd-bench-") as tmp:
        _log(f"start-up and memory: {runs} runs each, interleaved, on {args.platform}")
        results["startup"] = startup.measure(runs, env)
        _log("what is loaded at the first paint: modules, enum classes, event filters")
        results["first_frame"] = first_frame.measure(env)
        _log("first visible window (xdotool), with peers when installed")
        results["visible"] = visible.measure(
            2 if quick else max(5, runs // 2), env, args.platform, peers=not quick
        )
        _log("packaged build")
        results["frozen"] = frozen.measure(max(2, runs // 2), env, build=not quick)

        # The rest runs in this process on the same display.
        os.environ.update(env)
        from bench import inprocess

        packs = {}
        for count in (large, huge):
            _log(f"generating a {count:,}-question pack")
            packs[count] = generate.write_pack(Path(tmp) / f"pack-{count}", count)
        _log("question switch")
        results["switch_bundled"] = inprocess.question_switch(None, 20 if quick else 200)
        results["switch_large"] = inprocess.question_switch(packs[large], 20 if quick else 400)
        _log("question switch: Qt's floor, the same switches in a bare window")
        for key, pack_dir in (("switch_bundled", None), ("switch_large", packs[large])):
            results[key]["qt_floor"] = floor.question_switch_floor(pack_dir, results[key])
        _log("pack load")
        results["load"] = [
            inprocess.pack_load(packs[large], 1 if quick else 5),
            inprocess.pack_load(packs[huge], 1 if quick else 3),
        ]
        _log("search")
        results["search"] = [inprocess.search(packs[large]), inprocess.search(packs[huge])]
        _log("export")
        results["export"] = inprocess.export_pdf(1 if quick else 5)
        from bench import memory

        checkpoints = (200, 600) if quick else (2000, 10_000, 50_000)
        _log(f"memory over {checkpoints[-1]:,} question switches, reading and presentation")
        results["switch_memory"] = memory.question_switch_memory(checkpoints)
        from bench import room

        _log("share in the room: pages to a room of phones, and following")
        results["share"] = room.measure(quick, Path(tmp) / "share-home")
        from bench import pictures

        _log("pictures: the window, the handout and export-pdf with phone photos and a bomb")
        results["pictures"] = pictures.measure(Path(tmp) / "pictures", quick)
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return results


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    results = run(args)
    table = markdown_table(results)
    header = (
        f"HRD Reader benchmark, {results['when']} — {results['machine']}, Python "
        f"{results['python']}, Qt platform: {results['platform']}, load average "
        f"{results['load_average_before'][0]:.1f} before / {results['load_average_after'][0]:.1f} "
        "after" + (" (QUICK RUN: tiny sizes, not comparable)" if results["quick"] else "")
    )
    print(header + "\n\n" + table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(header + "\n\n" + table + "\n", encoding="utf-8")
    (args.out / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _log(f"written to {args.out / 'latest.md'} and latest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
