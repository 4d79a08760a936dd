"""Offline, proven: a whole session of the real program under ``strace`` makes no connection
to an internet address, and the reader never loads Qt's network module.

The session (tests/e2e/offline_tour.py) runs on a real X display (Xvfb), with no web browser on
PATH (so Donate and Sign Up take the no-browser path and show the link dialog), once with
the bundled FAQ and once with a hostile pack full of remote images and links. ``connect``,
``sendto`` and ``sendmsg`` are traced in every process and thread (``-f``); any of them to
an ``AF_INET``/``AF_INET6`` address fails the test. Local connections (``AF_UNIX``: the X
server, D-Bus) are allowed and written to test-artifacts/offline-connections-*.txt.

The command-line jobs that need no window, ``--self-test`` and ``export-pdf``, are traced the
same way, and may connect to nothing on the network at all, loopback included: printing once
asked the CUPS server on localhost:631 for its printers.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_spec.build import BuildResult
from tests.helpers.markup import HOSTILE_MARKUP
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, two_answers
from tests.helpers.paths import ROOT

INET = re.compile(r"\b(?:connect|sendto|sendmsg)\(.*sa_family=AF_INET6?\b")
LOCAL = re.compile(r"\bconnect\(.*sa_family=AF_UNIX, sun_path=([^}]*)\}")
SOURCES = sorted((ROOT / "hrd_reader").rglob("*.py"))


def tour_command(tmp_path: Path) -> list[str]:
    """The scripted session (offline_tour.py, beside this file), writing into ``tmp_path``."""
    return [
        sys.executable,
        str(Path(__file__).with_name("offline_tour.py")),
        str(tmp_path / "out"),
        "--settings",
        str(tmp_path / "settings.ini"),
    ]


def traced_session(
    tmp_path: Path, display: str, extra: list[str]
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    no_browser = tmp_path / "empty-path"
    no_browser.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("BROWSER", "DEFAULT_BROWSER", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(
        {
            "PATH": str(no_browser),  # no xdg-open, no browser: nothing to hand links to
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
        }
    )
    return run_traced([*tour_command(tmp_path), *extra], tmp_path, env)


def run_traced(
    command: list[str], tmp_path: Path, env: dict[str, str], syscalls: str = ""
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``command`` under ``strace -f``, tracing the network calls (and ``syscalls``)."""
    strace = shutil.which("strace")
    assert strace, "strace is not installed: run ./test.sh, which installs it (package strace)"
    trace = tmp_path / "trace.txt"
    traced = "connect,sendto,sendmsg" + (f",{syscalls}" if syscalls else "")
    result = subprocess.run(
        [strace, "-f", "-e", f"trace={traced}", "-o", str(trace), *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=150,
    )
    return result, trace.read_text("utf-8").splitlines()


@pytest.mark.xvfb
@pytest.mark.timeout(180)
@pytest.mark.parametrize("content", ["bundled", "hostile"])
def test_whole_session_makes_no_internet_connection(
    xvfb_display: str, tmp_path: Path, make_pack: PackWriter, artifacts: Path, content: str
) -> None:
    extra: list[str] = []
    if content == "hostile":
        root = make_pack(
            MINIMAL_MANIFEST,
            two_answers(HOSTILE_MARKUP, "![x](https://example.org/x.png)"),
        )
        extra = ["--content", str(root)]
    result, trace = traced_session(tmp_path, xvfb_display, extra)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "TOUR OK" in result.stdout, output
    assert "QtNetwork modules loaded: []" in result.stdout
    for step in ("visit every question", "search", "zoom", "about dialog", "export PDF"):
        assert f"step ok: {step}" in result.stdout, step
    assert (tmp_path / "out" / "handout.pdf").read_bytes().startswith(b"%PDF")
    internet = [line for line in trace if INET.search(line)]
    assert internet == [], "\n".join(internet)
    local = sorted({m.group(1) for line in trace if (m := LOCAL.search(line))})
    # The trace is real: the connection to the X server is in it.
    assert any(".X11-unix" in path for path in local), trace[:20]
    (artifacts / f"offline-connections-{content}.txt").write_text(
        "Local (AF_UNIX) connections of a whole session; internet connections: none\n"
        + "\n".join(local)
        + "\n",
        encoding="utf-8",
    )


@pytest.mark.timeout(180)
@pytest.mark.parametrize("job", ["--self-test", "export-pdf"])
def test_self_test_and_pdf_export_connect_to_nothing(tmp_path: Path, job: str) -> None:
    """No connect() to any internet address, loopback included, from the command-line jobs."""
    assert_a_qprinter_would_ask_cups()
    assert_job_connects_to_nothing([sys.executable, str(ROOT / "main.py")], job, tmp_path)


@pytest.mark.frozen
@pytest.mark.timeout(900)
@pytest.mark.parametrize("job", ["--self-test", "export-pdf"])
def test_packaged_self_test_and_pdf_export_connect_to_nothing(
    frozen: BuildResult, tmp_path: Path, job: str
) -> None:
    """The same for the packaged program, which carries Qt's CUPS print plugin."""
    assert_job_connects_to_nothing([str(frozen.executable)], job, tmp_path)


def assert_a_qprinter_would_ask_cups() -> None:
    """The trace can see a QPrinter asking CUPS only where Qt's CUPS plugin and libcups load:
    without them a QPrinter asks nobody, and that bug would pass this test unseen."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "printsupport"
    assert list(plugins.glob("*cups*")), f"Qt's CUPS print plugin is not in {plugins}"
    try:
        ctypes.CDLL("libcups.so.2")
    except OSError as exc:
        pytest.fail(
            f"libcups.so.2 cannot be loaded ({exc}), so this test cannot see printing ask "
            "CUPS on localhost:631: run scripts/bootstrap.sh test, which installs libcups2"
        )


def assert_job_connects_to_nothing(program: list[str], job: str, tmp_path: Path) -> None:
    out = tmp_path / "faq.pdf"
    args = ["--self-test"] if job == "--self-test" else ["export-pdf", str(out)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result, trace = run_traced([*program, *args], tmp_path, env, syscalls="execve")
    assert result.returncode == 0, result.stdout + result.stderr
    if job == "export-pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert "self-test ok" in result.stdout
    # The trace is real: it saw the program start.
    assert any("execve(" in line for line in trace), trace[:5]
    network = [line for line in trace if INET.search(line)]
    assert network == [], "\n".join(network)


def test_no_module_uses_qt_network() -> None:
    for source in SOURCES:
        text = source.read_text("utf-8")
        for forbidden in ("QtNetwork", "QNetworkAccessManager", "QNetworkRequest", "QTcpSocket"):
            assert forbidden not in text, f"{source.name} mentions {forbidden}"
        if source.parent.name == "share":
            continue  # the room's server listens (test_the_rooms_server_never_connects_out)
        # urllib.parse only splits and quotes strings (the web export's image paths); every
        # part of urllib that reaches the network is still refused.
        for forbidden in ("import socket", "urllib.request", "from urllib import", "urllib3"):
            assert forbidden not in text, f"{source.name} mentions {forbidden}"
        for forbidden in ("http.client", "requests", "urllib.error", "urllib.robotparser"):
            assert forbidden not in text, f"{source.name} mentions {forbidden}"
        assert "import urllib\n" not in text, source.name


def test_the_rooms_server_never_connects_out() -> None:
    """Sharing in the room (hrd_reader/share/) only listens: no client of any kind."""
    shared = [source for source in SOURCES if source.parent.name == "share"]
    assert len(shared) >= 5
    for source in shared:
        text = source.read_text("utf-8")
        for forbidden in (
            "ClientSession",
            "aiohttp.client",
            "open_connection",
            "create_connection",
            ".connect(",
            "http.client",
            "urlopen",
            "import requests",
            "urllib.request",
        ):
            assert forbidden not in text, f"{source.name} mentions {forbidden}"


def test_a_whole_offscreen_session_never_loads_qt_network(tmp_path: Path) -> None:
    """Also without a display: the same tour, offscreen, and sys.modules checked after it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATH": str(tmp_path)}
    env.pop("BROWSER", None)
    result = subprocess.run(
        tour_command(tmp_path),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QtNetwork modules loaded: []" in result.stdout
    assert "TOUR OK" in result.stdout
