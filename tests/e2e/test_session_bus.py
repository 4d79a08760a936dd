"""On an X display with no session bus announced, the real reader starts no D-Bus daemon
(``dbus-launch``, package dbus-x11, would otherwise note one in ``~/.dbus/`` — a file on the
computer after a private session — and leave a daemon running)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.processes import on_display, self_test_ok

pytestmark = pytest.mark.xvfb


def test_no_bus_announced_no_daemon_started_and_home_untouched(
    xvfb_display: str, tmp_path: Path
) -> None:
    strace = shutil.which("strace")
    assert strace, "strace is not installed: run ./test.sh, which installs it"
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(on_display(xvfb_display), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    trace = tmp_path / "trace"
    result = subprocess.run(
        [
            strace,
            "-f",
            "-e",
            "trace=execve",
            "-o",
            str(trace),
            sys.executable,
            "main.py",
            "--private",
            "--self-test",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    assert self_test_ok("xcb") in result.stdout
    started = [line for line in trace.read_text().splitlines() if "execve(" in line]
    assert started, "the trace saw nothing start"
    assert not [line for line in started if "dbus" in line], started
    assert sorted(p.name for p in home.rglob("*")) == []
