"""Talking to the room's server as a phone (or an intruder) would, on loopback only: raw
HTTP requests from a chosen loopback address, the follow stream's events, and which TCP
sockets a process listens on (``/proc``)."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from pathlib import Path

# Words of the bundled pack and of the workshop pack's notes: none may be in an error page.
PACK_WORDS = (
    "Human Rights Defenders",
    "hrd-faq",
    "[[questions]]",
    "attribution",
    "Carter Center",
)
LISTEN = "0A"  # the TCP state LISTEN in /proc/net/tcp


@dataclass
class Answer:
    status: int
    headers: dict[str, str]  # names lower-cased
    body: bytes
    raw: bytes


def split_url(url: str) -> tuple[str, int, str]:
    rest = url.removeprefix("http://")
    hostport, secret = rest.split("/", 2)[:2]
    host, port = hostport.rsplit(":", 1)
    return host, int(port), secret


def send(
    port: int, data: bytes, host: str = "127.0.0.1", source: str = "127.0.0.1", timeout: float = 10
) -> Answer:
    """``data`` sent as it is; the whole answer (the server closes, or Content-Length)."""
    with socket.create_connection((host, port), timeout=timeout, source_address=(source, 0)) as s:
        s.sendall(data)
        raw = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            raw += chunk
            if b"\r\n\r\n" in raw:
                head, _, body = raw.partition(b"\r\n\r\n")
                length = _length(head)
                if length is not None and len(body) >= length:
                    break
    return parse(raw)


def get(port: int, path: str, method: str = "GET", **extra: str) -> Answer:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in extra.items()]
    return send(port, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))


def _length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return None


def parse(raw: bytes) -> Answer:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/") else 0
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(status, headers, body, raw)


def assert_safe_headers(answer: Answer) -> None:
    """The headers every answer of the room's server carries, errors included."""
    headers = answer.headers
    assert headers.get("content-security-policy", "").startswith("default-src 'none'"), headers
    assert headers.get("x-content-type-options") == "nosniff", headers
    assert headers.get("referrer-policy") == "no-referrer", headers
    assert "set-cookie" not in headers, headers


def listening(pid: int) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket process ``pid`` listens on, IPv4 and IPv6."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table, width in (("tcp", 8), ("tcp6", 32)):
        path = Path(f"/proc/{pid}/net/{table}")
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == LISTEN and inode in inodes:
                address, port = local.split(":")
                found.add((_address(address, width), int(port, 16)))
    return found


def _address(hexed: str, width: int) -> str:
    raw = bytes.fromhex(hexed)
    # /proc writes each 32-bit word in the machine's order (little-endian here).
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    family = socket.AF_INET if width == 8 else socket.AF_INET6
    return socket.inet_ntop(family, words)


def refused(port: int, host: str = "127.0.0.1") -> bool:
    """Nothing listens on ``host``:``port`` any more."""
    try:
        socket.create_connection((host, port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


class EventStream:
    """The follow page's event stream, read as its script reads it."""

    def __init__(self, port: int, secret: str, source: str = "127.0.0.1") -> None:
        self.socket = socket.create_connection(
            ("127.0.0.1", port), timeout=5, source_address=(source, 0)
        )
        # HTTP/1.0: the events come as they are, not in chunks.
        request = f"GET /{secret}/follow/events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
        self.socket.sendall(request.encode())
        self.buffer = b""
        head = self._until(b"\r\n\r\n")
        self.headers = parse(head + b"\r\n\r\n").headers

    def _until(self, mark: bytes) -> bytes:
        while mark not in self.buffer:
            chunk = self.socket.recv(65536)
            if not chunk:
                raise ConnectionError("the stream ended")
            self.buffer += chunk
        found, _, self.buffer = self.buffer.partition(mark)
        return found

    def next_data(self) -> str:
        """The next event's data (comments and the retry line skipped)."""
        while True:
            block = self._until(b"\n\n").decode("utf-8")
            data = [line[6:] for line in block.split("\n") if line.startswith("data: ")]
            if data:
                return "\n".join(data)

    def close(self) -> None:
        self.socket.close()
