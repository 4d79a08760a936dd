"""The room's server in this process, on 127.0.0.1: what it answers, what it never shows,
the headers on every answer, its limits, and its socket closing at once."""

from __future__ import annotations

import io
import json
import socket
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrd_reader.core import Pack, load_pack
from hrd_reader.core.archive import read_archive
from hrd_reader.core.manifest import read_files
from hrd_reader.share import ShareError, server
from hrd_reader.share.pages import RoomSite
from hrd_reader.share.server import RoomServer
from hrd_reader.share.state import RoomView
from tests.helpers.paths import ROOT
from tests.helpers.share import (
    PACK_WORDS,
    Answer,
    EventStream,
    assert_safe_headers,
    get,
    refused,
    send,
    split_url,
)

WORKSHOP = ROOT / "tests" / "packs" / "workshop"


@pytest.fixture
def workshop() -> Pack:
    return load_pack(WORKSHOP)


@pytest.fixture
def room(workshop: Pack) -> Iterator[RoomServer]:
    running = RoomServer(RoomSite(workshop), "127.0.0.1", 0)
    running.start()
    yield running
    running.stop()


def notes_of(pack: Pack) -> list[str]:
    lines = [line for q in pack.questions for line in q.notes.splitlines() if len(line) > 20]
    assert lines, "the workshop pack has notes"
    return lines


def test_the_room_address_has_96_random_bits_new_each_start(workshop: Pack) -> None:
    secrets = set()
    for _ in range(3):
        running = RoomServer(RoomSite(workshop), "127.0.0.1", 0)
        url = running.start()
        running.stop()
        _, port, secret = split_url(url)
        assert url == f"http://127.0.0.1:{port}/{secret}/"
        assert len(secret) == 16  # 12 bytes, base64
        secrets.add(secret)
    assert len(secrets) == 3


def test_room_page_follow_page_and_downloads(room: RoomServer, workshop: Pack) -> None:
    _, port, secret = split_url(room.url)
    base = f"/{secret}/"
    page = get(port, base)
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    text = page.body.decode("utf-8")
    for question in workshop.questions:
        assert question.title in text
    assert 'href="follow"' in text
    assert f'href="{workshop.id}.html" download' in text
    assert f'href="{workshop.id}.hrdpack" download' in text
    assert "style-src 'sha256-" in page.headers["content-security-policy"]
    follow = get(port, base + "follow")
    assert follow.status == 200 and b'src="follow.js"' in follow.body
    assert "script-src 'self'" in follow.headers["content-security-policy"]
    one_file = get(port, f"{base}{workshop.id}.html")
    assert one_file.headers["content-disposition"].startswith("attachment")
    assert workshop.questions[0].title.encode() in one_file.body
    hrdpack = get(port, f"{base}{workshop.id}.hrdpack")
    assert hrdpack.status == 200
    names = zipfile.ZipFile(io.BytesIO(hrdpack.body)).namelist()
    assert not [name for name in names if name.startswith("notes/")], names
    taken = read_files(read_archive(hrdpack.body, Path("taken.hrdpack")))
    assert [q.id for q in taken.questions] == [q.id for q in workshop.questions]
    assert not taken.has_notes
    for answer in (page, follow, one_file, hrdpack):
        assert_safe_headers(answer)
        for note in notes_of(workshop):
            assert note.encode() not in answer.body


TRAVERSALS = (
    "/{s}/../pack.toml",
    "/{s}/%2e%2e/pack.toml",
    "/{s}/%2E%2E%2Fpack.toml",
    "/{s}/..%2fpack.toml",
    "/{s}/..\\pack.toml",
    "/{s}/..%5cpack.toml",
    "/{s}/pack.toml",
    "/{s}/answers/challenges.md",
    "/{s}/notes/challenges.md",
    "/{s}/images/../pack.toml",
    "/{s}/follow/../../pack.toml",
    "/{s}//etc/passwd",
    "/{s}/%00",
    "/pack.toml",
    "/answers/challenges.md",
    "/",
    "/index.html",
    "/{s}",
    "/{s}x/",
    "/{t}/",
    "//{s}/",
    "/%2F{s}/",
    "/../{s}/",
    "http://127.0.0.1/{s}/../pack.toml",
    "/{s}/..;/pack.toml",
    "/{s}/%252e%252e/pack.toml",
)


@pytest.mark.parametrize("target", TRAVERSALS)
def test_nothing_outside_the_room_shows_the_pack(room: RoomServer, target: str) -> None:
    _, port, secret = split_url(room.url)
    wrong = secret[::-1]
    path = target.format(s=secret, t=wrong)
    answer = send(port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert_safe_headers(answer)
    if path == f"/{secret}":  # the room's own address without its slash
        assert answer.status == 301 and answer.headers["location"] == f"/{secret}/"
    else:
        assert answer.status in (400, 404), (path, answer.status)
    for word in (*PACK_WORDS, *notes_of(load_pack(WORKSHOP))):
        assert word.encode() not in answer.body, (path, word)
    assert (WORKSHOP / "pack.toml").read_bytes()[:200] not in answer.raw


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_only_get_and_head(room: RoomServer, method: str) -> None:
    _, port, secret = split_url(room.url)
    answer = get(port, f"/{secret}/", method=method, **{"Content-Length": "0"})
    assert answer.status == 405 and answer.headers["allow"] == "GET, HEAD"
    assert_safe_headers(answer)
    assert b"Human Rights" not in answer.body
    head = get(port, f"/{secret}/", method="HEAD")
    assert head.status == 200 and head.body == b"" and int(head.headers["content-length"]) > 0
    assert_safe_headers(head)


def test_a_64_kib_header_is_refused_and_the_server_goes_on(room: RoomServer) -> None:
    _, port, secret = split_url(room.url)
    big = f"GET /{secret}/ HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 65536}\r\n\r\n"
    answer = send(port, big.encode())
    assert 400 <= answer.status < 500
    assert_safe_headers(answer)
    assert b"Human Rights" not in answer.body
    assert get(port, f"/{secret}/").status == 200


def test_phones_follow_every_view_the_room_sees(room: RoomServer, workshop: Pack) -> None:
    _, port, secret = split_url(room.url)
    stream = EventStream(port, secret)
    try:
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert_safe_headers(Answer(200, stream.headers, b"", b""))
        assert json.loads(stream.next_data()) == {"state": "stopped"}
        room.state.set(RoomView(presenting=True, row=1))
        shown = json.loads(stream.next_data())
        question = workshop.questions[1]
        assert shown["state"] == "question" and shown["id"] == question.id
        assert question.title in shown["html"] and shown["revealed"] is True
        assert "<p>" in shown["html"]  # with its answer
        room.state.set(RoomView(presenting=True, row=2, revealed=False))
        alone = json.loads(stream.next_data())
        assert alone["id"] == workshop.questions[2].id and alone["revealed"] is False
        assert "<p>" not in alone["html"]  # the question alone, as the room sees it
        room.state.set(RoomView(presenting=True, row=2, revealed=False, blank=True))
        assert json.loads(stream.next_data()) == {"state": "blank"}
        room.state.set(RoomView())
        assert json.loads(stream.next_data()) == {"state": "stopped"}
    finally:
        stream.close()


def test_no_view_a_phone_can_get_holds_the_notes(workshop: Pack) -> None:
    site = RoomSite(workshop)
    views = [RoomView(True, row, revealed) for row in range(4) for revealed in (True, False)]
    for view in views:
        event = site.event(view).decode("utf-8")
        for note in notes_of(workshop):
            assert note not in event


def test_stop_closes_the_socket_at_once(workshop: Pack) -> None:
    running = RoomServer(RoomSite(workshop), "127.0.0.1", 0)
    _, port, secret = split_url(running.start())
    stream = EventStream(port, secret)
    assert get(port, f"/{secret}/").status == 200
    running.stop()
    assert refused(port)
    stream.socket.settimeout(5)
    rest = b""
    while chunk := stream.socket.recv(65536):  # the follower's connection ends too
        rest += chunk
    stream.close()


def test_a_busy_port_or_a_foreign_address_is_a_share_error(workshop: Pack) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = RoomServer(RoomSite(workshop), "127.0.0.1", port)
        with pytest.raises(ShareError, match=f"port {port} on 127.0.0.1 is in use"):
            busy.start()
    foreign = RoomServer(RoomSite(workshop), "192.0.2.77", 0)  # never this machine's
    with pytest.raises(ShareError, match="not an address of this computer"):
        foreign.start()


def test_idle_connections_are_closed(workshop: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "IDLE_SECONDS", 0.5)
    running = RoomServer(RoomSite(workshop), "127.0.0.1", 0)
    _, port, secret = split_url(running.start())
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as idle:
            idle.sendall(f"GET /{secret}/ HT".encode())  # half a request, then nothing
            assert idle.recv(100) == b""  # closed by the server, well before 5 s
    finally:
        running.stop()


def test_connections_beyond_the_cap_are_told_busy(
    workshop: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "MAX_CONNECTIONS", 5)
    running = RoomServer(RoomSite(workshop), "127.0.0.1", 0)
    _, port, secret = split_url(running.start())
    held = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(5)]
    try:
        answer = get(port, f"/{secret}/")
        assert answer.status == 503
        assert_safe_headers(answer)
    finally:
        for connection in held:
            connection.close()
        running.stop()


def test_the_audience_is_counted_without_addresses(room: RoomServer) -> None:
    _, port, secret = split_url(room.url)
    for path in ("", "follow", "follow.css", "nothing"):
        get(port, f"/{secret}/{path}")
    stream = EventStream(port, secret)
    try:
        stream.next_data()
        count = room.audience.count()
        assert (count.following, count.opened) == (1, 2)  # pages, not their style or a 404
    finally:
        stream.close()
    assert not any("127.0.0.1" in repr(value) for value in vars(room.audience).values())
