"""The display the benchmark runs on: a private Xvfb server, or Qt's offscreen platform.

Xvfb is a real X server, so the reader goes through the same xcb platform plugin, fonts and
window-system calls as on a desktop; offscreen is the fallback when Xvfb is not installed
(``./test.sh`` installs it). Both programs of a comparison always run on the same one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb_server(screen: str = "1366x768x24") -> Iterator[str]:
    """A private Xvfb server for as long as the block runs; yields its DISPLAY value.

    ``-displayfd`` lets the server pick a free display number, so runs never collide.
    The test suite's real-display fixture uses this too.
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed — run ./test.sh once (it installs xvfb)")
    read_end, write_end = os.pipe()
    # -noreset: by default the server resets when its last client leaves, and a program
    # that connects during the reset is refused ("could not connect to display") — which
    # happens between two runs of a benchmark that starts one program at a time.
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            screen,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def display(platform: str) -> Iterator[dict[str, str]]:
    """Environment variables that put Qt on ``platform`` ("xvfb" or "offscreen")."""
    if platform == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    with xvfb_server() as number:
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": number}
