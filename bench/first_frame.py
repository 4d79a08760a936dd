"""What a program has loaded and set up by its first frame: modules, Python enum classes and
the event filters installed so far — for the reader or the bare window, in this process.

    python -m bench.first_frame reader [READER OPTIONS]   # prints one line of JSON
    python -m bench.first_frame bare

The program runs as usual and ends right after its first frame is painted (the reader with
``--exit-after-paint``, the bare window by its own filter), so what is counted after it
returns is what the first frame cost. Before anything else, ``QObject.installEventFilter``
is wrapped to note each filter (who is watched, by what); nothing else is changed. The
benchmark prints the counts beside each other; ``tests/e2e/test_first_frame.py`` checks the
module list and the filters. No timing here.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

ROOT = Path(__file__).resolve().parent.parent


def enum_classes() -> list[type]:
    """Every Python enum class that exists now (PySide makes its Qt enums Python enums)."""
    found: set[type] = set()
    todo: list[type] = [enum.Enum]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def _watch_filters() -> list[dict[str, Any]]:
    """Wrap installEventFilter; the returned list fills as filters are installed."""
    installed: list[dict[str, Any]] = []
    original = QObject.installEventFilter

    def install(watched: QObject, watcher: QObject) -> None:
        installed.append(
            {
                "watched": type(watched).__name__,
                "application": watched is QCoreApplication.instance(),
                "filter": f"{type(watcher).__module__}.{type(watcher).__qualname__}",
            }
        )
        original(watched, watcher)

    QObject.installEventFilter = install  # type: ignore[method-assign]
    return installed


def run(which: str, arguments: list[str]) -> dict[str, Any]:
    filters = _watch_filters()
    sys.argv[1:] = []
    if which == "bare":
        sys.path.insert(0, str(ROOT))
        from bench import bare_qt

        status = bare_qt.main()
    else:
        from hrd_reader import cli

        with tempfile.TemporaryDirectory(prefix="hrd-first-frame-") as scratch:
            settings = str(Path(scratch) / "settings.ini")
            status = cli.main(["--exit-after-paint", "--settings", settings, *arguments])
    enums = enum_classes()
    return {
        "program": which,
        "status": status,
        "modules": sorted(sys.modules),
        "enum_classes": len(enums),
        "qt_enum_classes": sum(1 for c in enums if c.__module__.startswith("PySide6")),
        "filters": filters,
    }


def measure(display_env: dict[str, str]) -> dict[str, Any]:
    """The counts for the reader and the bare window, each in a fresh process."""
    import subprocess  # here: the probe itself must not load what it counts

    found: dict[str, Any] = {}
    for which in ("bare", "reader"):
        done = subprocess.run(
            [sys.executable, "-m", "bench.first_frame", which],
            cwd=ROOT,
            env={**os.environ, **display_env},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            return {"note": f"the {which} run failed: {done.stderr.strip()[-300:]}"}
        facts = json.loads(done.stdout.splitlines()[-1])
        found[which] = {
            "modules": len(facts["modules"]),
            "enum_classes": facts["enum_classes"],
            "qt_enum_classes": facts["qt_enum_classes"],
            "filters": len(facts["filters"]),
            "application_filters": sum(1 for f in facts["filters"] if f["application"]),
        }
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("reader", "bare"):
        print("usage: python -m bench.first_frame reader|bare [READER OPTIONS]", file=sys.stderr)
        return 2
    print(json.dumps(run(argv[0], argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
