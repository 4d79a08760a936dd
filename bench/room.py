"""Sharing in the room under load: pages to a room of phones, and how fast phones follow.

Pages: ``hrd-reader serve`` runs in a process of its own on 127.0.0.1 (HOME a fresh empty
folder). ``clients`` phones connect from 127.0.0.2 and each asks for ``pages`` pages on one
kept-alive connection (room page, follow page, its style and script, the one-file page, in
turn), all at once, while ``idle`` connections from 127.0.0.3 hold on (half of them having
sent half a request line) and ``junk`` connections send garbage (a TLS hello, a 64 KiB
header, bytes that are no HTTP, a path climbing out, a POST). Every page's time is from its
request written to its last byte read. Loopback only: nothing leaves this machine.

Follow: the server in this process (its own thread, as in the window) with ``followers``
follow streams open from 127.0.0.2; the room's view changes ``changes`` times, and each
phone's delay is from the change to the event read. The clients share this process with the
server, so the figures are, if anything, slower than a phone's.

``tests/e2e/test_share.py`` runs the same load and checks every page was answered.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.stats import summary

ROOT = Path(__file__).resolve().parent.parent
PHONES, IDLE, JUNK = "127.0.0.2", "127.0.0.3", "127.0.0.3"
PAGES = ("", "follow", "follow.css", "follow.js", "hrd-faq.html")
JUNK_REQUESTS = (
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(64)),
    b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 65536 + b"\r\n\r\n",
    b"\x00\xff\xfe garbage \r\n\r\n",
    b"GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
    b"BREW /coffee HTCPCP/1.0\r\n\r\n",
)


@dataclass
class Load:
    latencies: list[float] = field(default_factory=list)  # seconds, one per page answered
    statuses: dict[int, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # pages never answered, and why
    junk_answers: list[bytes] = field(default_factory=list)  # each junk's status line, or b""
    idle_open_after: int = 0
    seconds: float = 0.0


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def _phone(host: str, port: int, paths: list[str], load: Load) -> None:
    try:
        reader, writer = await asyncio.open_connection(host, port, local_addr=(PHONES, 0))
    except OSError as exc:
        load.failures += [f"connect: {exc}"] * len(paths)
        return
    try:
        for path in paths:
            started = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            try:
                status, _ = await asyncio.wait_for(read_response(reader), 30)
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
                load.failures.append(f"{path}: {type(exc).__name__}")
                continue
            load.latencies.append(time.perf_counter() - started)
            load.statuses[status] = load.statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _junk(host: str, port: int, data: bytes, load: Load) -> None:
    try:
        reader, writer = await asyncio.open_connection(host, port, local_addr=(JUNK, 0))
        writer.write(data)
        line = await asyncio.wait_for(reader.readline(), 10)
        load.junk_answers.append(line.strip())
        writer.close()
    except (OSError, TimeoutError):
        load.junk_answers.append(b"")


async def room_load(
    host: str, port: int, secret: str, clients: int, pages: int, idle: int, junk: int
) -> Load:
    load = Load()
    holders = []
    for number in range(idle):
        _, writer = await asyncio.open_connection(host, port, local_addr=(IDLE, 0))
        if number % 2:
            writer.write(b"GET /" + secret.encode() + b"/ HT")  # and nothing more
        holders.append(writer)
    base = f"/{secret}/"
    started = time.perf_counter()
    work = [
        _phone(host, port, [base + PAGES[(c + p) % len(PAGES)] for p in range(pages)], load)
        for c in range(clients)
    ]
    work += [_junk(host, port, JUNK_REQUESTS[j % len(JUNK_REQUESTS)], load) for j in range(junk)]
    await asyncio.gather(*work)
    load.seconds = time.perf_counter() - started
    load.idle_open_after = sum(not writer.is_closing() for writer in holders)
    for writer in holders:
        writer.close()
    return load


def start_serve(home: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    """``hrd-reader serve`` on 127.0.0.1 (any free port), HOME ``home``; and its address."""
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "hrd_reader", "serve", "--address", "127.0.0.1", "--port", "0",
         *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    if "http://" not in first:
        process.kill()
        raise RuntimeError(f"serve did not start: {first!r} {process.communicate(timeout=10)}")
    return process, first[first.index("http://") :].strip()


def stop_serve(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=20)
    return process.returncode, out, err


def split_url(url: str) -> tuple[str, int, str]:
    rest = url.removeprefix("http://")
    hostport, secret = rest.split("/", 2)[:2]
    host, port = hostport.rsplit(":", 1)
    return host, int(port), secret


async def _follow_delays(followers: int, changes: int) -> list[float]:
    from hrd_reader.core import bundled_pack
    from hrd_reader.share.pages import RoomSite
    from hrd_reader.share.server import RoomServer
    from hrd_reader.share.state import RoomView

    pack = bundled_pack()
    server = RoomServer(RoomSite(pack), "127.0.0.1", 0)
    await asyncio.to_thread(server.start)
    host, port, secret = split_url(server.url)
    streams = []
    try:
        for _ in range(followers):
            reader, writer = await asyncio.open_connection(host, port, local_addr=(PHONES, 0))
            writer.write(f"GET /{secret}/follow/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            await reader.readuntil(b"\r\n\r\n")
            await reader.readuntil(b"data: ")  # the view as it is now
            await reader.readuntil(b"\n\n")
            streams.append((reader, writer))
        delays: list[float] = []
        for change in range(changes):
            row = (change + 1) % len(pack.questions)
            changed = time.perf_counter()
            server.state.set(RoomView(True, row, True, False))

            arrivals = (_arrival(reader, changed) for reader, _ in streams)
            delays += await asyncio.wait_for(asyncio.gather(*arrivals), 30)
        return delays
    finally:
        for _, writer in streams:
            writer.close()
        await asyncio.to_thread(server.stop)


async def _arrival(reader: asyncio.StreamReader, changed: float) -> float:
    await reader.readuntil(b"data: ")
    await reader.readuntil(b"\n\n")
    return time.perf_counter() - changed


def measure(quick: bool, home: Path) -> dict[str, Any]:
    clients, pages, idle, junk = (20, 5, 30, 12) if quick else (200, 10, 300, 60)
    followers, changes = (20, 5) if quick else (200, 20)
    home.mkdir(parents=True, exist_ok=True)
    process, url = start_serve(home)
    try:
        host, port, secret = split_url(url)
        load = asyncio.run(room_load(host, port, secret, clients, pages, idle, junk))
    finally:
        code, _, _ = stop_serve(process)
    answered = len(load.latencies)
    follow = asyncio.run(_follow_delays(followers, changes))
    return {
        "clients": clients,
        "pages_each": pages,
        "idle": idle,
        "junk": junk,
        "answered": answered,
        "failures": len(load.failures),
        "statuses": {str(k): v for k, v in load.statuses.items()},
        "ms": summary([s * 1000 for s in load.latencies]),
        "pages_per_s": answered / load.seconds if load.seconds else 0.0,
        "idle_open_after": load.idle_open_after,
        "serve_exit": code,
        "followers": followers,
        "changes": changes,
        "follow_ms": summary([s * 1000 for s in follow]),
    }
