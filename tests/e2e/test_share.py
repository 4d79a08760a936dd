"""Sharing in the room from the command line, as real processes on loopback: ``serve`` and
``--share`` print the room address first and listen only where told; a reader without
``--share`` listens nowhere; Ctrl+C and SIGTERM stop ``serve`` with exit 0; bad addresses
and busy ports are one line and exit 2; a room of phones, idle connections and junk are all
survived, and nothing anywhere keeps or prints a phone's address."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import room as load
from tests.helpers.paths import ROOT
from tests.helpers.processes import assert_one_line_error, run_cli
from tests.helpers.share import (
    EventStream,
    assert_safe_headers,
    get,
    listening,
    refused,
    split_url,
)

PHONES, IDLE = load.PHONES, load.IDLE
INET = re.compile(r"\b(?:connect|sendto|sendmsg)\(.*sa_family=AF_INET6?\b")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def reader(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "main.py", "--settings", str(home / "settings.ini"), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_the_room_address_first_and_stops_with_exit_0(
    tmp_path: Path, stop: signal.Signals
) -> None:
    process, url = load.start_serve(tmp_path)
    host, port, secret = split_url(url)
    try:
        assert (host, len(secret)) == ("127.0.0.1", 16)
        assert listening(process.pid) == {("127.0.0.1", port)}
        page = get(port, f"/{secret}/")
        assert page.status == 200 and b"Human Rights Defenders" in page.body
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Sharing stopped." in out and err == ""
    assert refused(port)


def test_serve_refuses_foreign_addresses_and_busy_ports(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("serve", "--address", "192.0.2.77"), "not an address of")
    assert_one_line_error(run_cli("serve", "--address", "0.0.0.0"), "every network")
    assert_one_line_error(run_cli("serve", "--address", "localhost"), "not an IP address")
    assert_one_line_error(run_cli("--address", "127.0.0.1"), "go with --share")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        for args in (["serve"], ["--share"]):
            result = run_cli(*args, "--address", "127.0.0.1", "--port", port)
            assert_one_line_error(result, f"port {port} on 127.0.0.1 is in use")


def wait_for_qt(process: subprocess.Popen[str]) -> None:
    """Until the reader has loaded its widgets (its window is being built) — bounded."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if "libQt6Widgets" in Path(f"/proc/{process.pid}/maps").read_text():
            return
        time.sleep(0.1)
    raise AssertionError("the reader did not start")


def test_the_reader_listens_only_when_sharing_and_only_where_told(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    quiet = reader(home)
    port = free_port()
    sharing = reader(home, "--share", "--address", "127.0.0.1", "--port", str(port))
    try:
        line = first_line(sharing)
        assert f"http://127.0.0.1:{port}/" in line, line
        wait_for_qt(quiet)
        deadline = time.monotonic() + 3  # the whole start-up, looked at all along
        while time.monotonic() < deadline:
            assert listening(quiet.pid) == set()
            time.sleep(0.1)
        assert quiet.poll() is None
        assert listening(sharing.pid) == {("127.0.0.1", port)}
    finally:
        for process in (quiet, sharing):
            process.terminate()
            process.communicate(timeout=20)


def test_a_room_of_phones_idle_connections_and_junk_are_all_survived(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    process, url = load.start_serve(home)
    host, port, secret = split_url(url)
    try:
        result = asyncio.run(load.room_load(host, port, secret, 200, 10, 300, 60))
        assert result.failures == []
        assert result.statuses == {200: 2000}
        assert len(result.junk_answers) == 60
        refused_junk = [a for a in result.junk_answers if a and not a.startswith(b"HTTP/1.")]
        assert refused_junk == []
        assert process.poll() is None  # alive, and still answering
        after = get(port, f"/{secret}/")
        assert after.status == 200
        assert_safe_headers(after)
    finally:
        code, out, err = load.stop_serve(process)
    assert code == 0, err
    assert [p for p in home.rglob("*")] == []  # nothing written under HOME
    for address in (PHONES, IDLE):
        assert address not in out + err


def test_serve_binds_only_the_address_given_and_connects_to_nothing(tmp_path: Path) -> None:
    """Under ``strace -f``, while a phone reads and follows: one bind, on 127.0.0.1, and no
    connect, sendto or sendmsg to any network address (its answers go out on the phone's
    own connection)."""
    strace = shutil.which("strace")
    assert strace, "strace is not installed: run ./test.sh, which installs it"
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "main.py", "serve", "--address", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(
        [strace, "-f", "-e", "trace=bind,connect,sendto,sendmsg", "-o", str(trace), *command],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = first_line(process)
        _, port, secret = split_url(line[line.index("http://") :].strip())
        assert get(port, f"/{secret}/").status == 200
        stream = EventStream(port, secret, source=PHONES)
        assert stream.next_data() == '{"state": "stopped"}'
        stream.close()
    finally:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        for child in children:
            os.kill(int(child), signal.SIGTERM)
        process.communicate(timeout=30)
    lines = trace.read_text("utf-8").splitlines()
    binds = [line for line in lines if "bind(" in line and "AF_INET" in line]
    assert binds and all('inet_addr("127.0.0.1")' in line for line in binds), binds
    network = [line for line in lines if INET.search(line)]
    assert network == [], "\n".join(network)
