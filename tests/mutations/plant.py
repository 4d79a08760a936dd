"""Plant each bug of tests/mutations/bugs.py, one at a time, in a temporary copy of the
repository, and run the tests it names there; each must fail with a clear assertion within
the time bound. Prints one line per bug (bug → the test that caught it → seconds) and exits
1 when any bug survives, times out or is "caught" only by a crash or an error.

    .venv/bin/python -m tests.mutations.plant            # every bug
    .venv/bin/python -m tests.mutations.plant --list     # the catalogue
    .venv/bin/python -m tests.mutations.plant console-ignores-pagedown accents-not-folded

The copy leaves out .git, .venv and caches; the tests run with this virtual environment's
Python and ``PYTHONPATH`` set to the copy (checked before anything is planted), so nothing in
the checkout is ever changed. First the named tests run once on the copy without any bug:
they must pass, or a failure would prove nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.mutations.bugs import Bug, PlantError, by_name, locate

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = (
    *(".git", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"),
    *(".hypothesis", "test-artifacts", "build", "dist", "*.egg-info"),
)
TIME_BOUND = 60.0  # seconds from planting to the failure, pytest's start-up included
BASELINE_BOUND = 900.0
# What a clear assertion looks like in pytest's summary: an assert, or pytest.fail /
# pytest.raises ("Failed: DID NOT RAISE").
CLEAR = ("AssertionError", "Failed:", "assert ")


@dataclass(frozen=True)
class Outcome:
    bug: str
    verdict: str  # caught, SURVIVED, TIMEOUT, CRASH, ERROR, NOT PLANTED
    test: str  # the first test that failed, or what went wrong
    message: str
    seconds: float

    @property
    def caught(self) -> bool:
        return self.verdict == "caught"


def copy_repository(target: Path) -> Path:
    """The working tree (committed or not) copied to ``target``, without .git, .venv and
    caches."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*LEFT_OUT))
    return target


def environment(copy: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    env.update(
        {
            "PYTHONPATH": str(copy),
            "PYTHONDONTWRITEBYTECODE": "1",  # a planted file never meets a stale .pyc
            "QT_QPA_PLATFORM": "offscreen",
            "COLUMNS": "1000",  # pytest's summary line keeps the whole message
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        }
    )
    return env


def check_copy_is_imported(copy: Path, env: dict[str, str]) -> None:
    """The copy's hrd_reader and tests are what the tests import, not the checkout's."""
    probe = "import hrd_reader, tests; print(hrd_reader.__file__); print(tests.__file__)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    paths = result.stdout.split()
    if result.returncode != 0 or len(paths) != 2:
        raise PlantError(f"cannot import the copy: {result.stderr.strip()}")
    for path in paths:
        if not Path(path).resolve().is_relative_to(copy.resolve()):
            raise PlantError(f"the tests would import {path}, not the copy in {copy}")


def run_pytest(
    tests: list[str], copy: Path, env: dict[str, str], bound: float
) -> tuple[int | None, str, float]:
    """pytest on ``tests`` in ``copy``: its exit status (None: killed at ``bound``
    seconds), its output and the seconds it took."""
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-m", "not frozen"]
    command += ["-p", "no:cacheprovider", "-rfE", "--no-header", *tests]
    # pytest's own temporary folder, not the shared /tmp/pytest-of-USER: other pytest runs
    # on the machine clean that one up while this one uses it.
    command.append(f"--basetemp={copy.parent / 'pytest-tmp'}")
    started = time.monotonic()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        process = subprocess.Popen(
            command,
            cwd=copy,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: killed whole at the bound
        )
        try:
            status: int | None = process.wait(timeout=bound)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            status = None
        seconds = time.monotonic() - started
        output.seek(0)
        return status, output.read(), seconds


def first_failure(output: str) -> tuple[str, str, str]:
    """From pytest's short summary: ("FAILED" or "ERROR", node id, message); the message is
    the first ``E`` line of the traceback when the summary has none."""
    lines = output.splitlines()
    explained = next((line[1:].strip() for line in lines if line.startswith("E  ")), "")
    for line in lines:
        for kind in ("FAILED", "ERROR"):
            if line.startswith(kind + " "):
                test, _, message = line[len(kind) + 1 :].partition(" - ")
                return kind, test.strip(), message.strip() or explained
    return "", "", explained


def judge(bug: Bug, status: int | None, output: str, seconds: float) -> Outcome:
    kind, test, message = first_failure(output)
    if status is None:
        return Outcome(
            bug.name, "TIMEOUT", test or "-", f"not caught in {TIME_BOUND:.0f} s", seconds
        )
    if status == 0:
        return Outcome(bug.name, "SURVIVED", "-", "every named test passed", seconds)
    last = output.strip().splitlines()[-1] if output.strip() else ""
    if status < 0 or "Fatal Python error" in output:
        return Outcome(bug.name, "CRASH", test or "-", last or f"signal {-status}", seconds)
    if status != 1 or kind != "FAILED":
        return Outcome(bug.name, "ERROR", test or f"pytest exit {status}", message or last, seconds)
    if not message.startswith(CLEAR):
        return Outcome(bug.name, "ERROR", test, f"not an assertion: {message}", seconds)
    verdict = "caught" if seconds <= TIME_BOUND else "TIMEOUT"
    return Outcome(bug.name, verdict, test, message, seconds)


def plant_and_run(bug: Bug, copy: Path, env: dict[str, str]) -> Outcome:
    try:
        site = locate(bug, copy)
    except PlantError as exc:
        return Outcome(bug.name, "NOT PLANTED", "-", str(exc), 0.0)
    site.path.write_text(site.planted, "utf-8")
    try:
        status, output, seconds = run_pytest(list(bug.tests), copy, env, TIME_BOUND)
    finally:
        site.path.write_text(site.original, "utf-8")
    return judge(bug, status, output, seconds)


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(outcomes: list[Outcome]) -> str:
    rows = [("bug", "result", "caught by", "s", "assertion")]
    rows += [(o.bug, o.verdict, o.test, f"{o.seconds:.1f}", short(o.message, 90)) for o in outcomes]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) if i != 3 else row[i].rjust(widths[i]) for i in range(4)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths) + "  ---------")
    return "\n".join(lines)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.mutations.plant",
        description="Plant each catalogued bug in a copy of the repository and expect a "
        "named test to fail with a clear assertion within the time bound.",
    )
    parser.add_argument("bugs", nargs="*", help="only these bugs (default: all)")
    parser.add_argument("--list", action="store_true", help="list the bugs and their tests")
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="skip the run of the named tests without any bug (faster, proves less)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the copy (its path is printed)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    try:
        bugs = by_name(args.bugs)
    except PlantError as exc:
        print(f"plant: {exc}", file=sys.stderr)
        return 2
    if args.list:
        for bug in bugs:
            print(f"{bug.name}: {bug.promise}\n    " + "\n    ".join(bug.tests))
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="hrd-plant-"))
    try:
        copy = copy_repository(scratch / "repo")
        env = environment(copy)
        check_copy_is_imported(copy, env)
        # Every bug is located before anything runs: a stale catalogue fails at once.
        for bug in bugs:
            locate(bug, copy)
        if not args.no_baseline:
            named = sorted({test for bug in bugs for test in bug.tests})
            print(f"plant: baseline — {len(named)} named tests, no bug planted …", flush=True)
            status, output, seconds = run_pytest(named, copy, env, BASELINE_BOUND)
            if status != 0:
                print(output[-4000:], file=sys.stderr)
                print(
                    f"plant: the named tests fail without any bug ({seconds:.0f} s)",
                    file=sys.stderr,
                )
                return 2
            print(f"plant: baseline passed in {seconds:.1f} s", flush=True)
        outcomes = []
        for bug in bugs:
            outcome = plant_and_run(bug, copy, env)
            outcomes.append(outcome)
            print(f"plant: {bug.name}: {outcome.verdict} in {outcome.seconds:.1f} s", flush=True)
    except PlantError as exc:
        print(f"plant: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"plant: the copy is kept in {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(outcomes))
    missed = [o.bug for o in outcomes if not o.caught]
    print()
    if missed:
        print(f"{len(missed)} of {len(outcomes)} planted bugs not caught: {', '.join(missed)}")
        return 1
    print(f"all {len(outcomes)} planted bugs caught, each within {TIME_BOUND:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
