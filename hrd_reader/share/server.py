"""The room's web server: aiohttp on a thread of its own, beside Qt (or alone, for ``serve``).

:class:`RoomServer` listens on one address (never on all of them) at the room address
``http://ADDR:PORT/<secret>/`` — a secret of 96 random bits, new every start, so a scan of
the network finds nothing — and answers from :class:`~hrd_reader.share.pages.RoomSite`,
which was made in memory before it listened. Only GET and HEAD; every other path is 404
with no word of the pack; every answer, errors included, has the security headers below
and no cookie. The follow page's stream pushes each :class:`RoomView` the window sets.

Bounded, so a room of phones and whatever else is on the network cannot exhaust it: request
lines and header fields of 8 KiB at most (a 64 KiB header is refused), a connection idle
for ``IDLE_SECONDS`` (before its first request too) is closed, and so is any connection
after ``CONNECTION_SECONDS`` (a follow stream after ``FOLLOW_SECONDS``; the phone's browser
reconnects by itself), at most ``MAX_CONNECTIONS`` at once (the next ones get 503). Nothing
is kept per phone but its open connection.

No phone's address is logged or written anywhere: aiohttp's access log is off, its error
logger is a silent one, errors are answered here without logging, and the event loop's own
exception handler says nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import logging
import secrets
import socket
import threading
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

from hrd_reader.share import ShareError
from hrd_reader.share.addresses import room_url
from hrd_reader.share.pages import EVENTS, NOTHING_CSP, Resource, RoomSite
from hrd_reader.share.state import Audience, RoomState, RoomView

SECRET_BYTES = 12  # 96 random bits
IDLE_SECONDS = 15.0
CONNECTION_SECONDS = 300.0
FOLLOW_SECONDS = 15 * 60.0
HEARTBEAT_SECONDS = 15.0
MAX_CONNECTIONS = 1000
MAX_FIELD_BYTES = 8190  # one header line or the request line
MAX_HEADERS = 64
BACKLOG = 512
START_SECONDS = 10.0
STOP_SECONDS = 2.0
RETRY_MS = 2000  # how soon a phone's browser reconnects the follow stream

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
    # Says nothing of the program (aiohttp would name itself and Python).
    "Server": "-",
}
ALLOWED = "GET, HEAD"
REASONS = {400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 503: "Busy"}

# aiohttp's request handler logs errors with the client's address: this logger drops all.
_SILENT = logging.getLogger("hrd_reader.share.silent")
_SILENT.addHandler(logging.NullHandler())
_SILENT.propagate = False
_SILENT.disabled = True


def headers(csp: str = NOTHING_CSP, **more: str) -> dict[str, str]:
    return {**SECURITY_HEADERS, "Content-Security-Policy": csp, **more}


def error_response(status: int) -> web.Response:
    """An error: its status in a word, no pack text, the same headers as every answer."""
    extra = {"Allow": ALLOWED} if status == 405 else {}
    reason = REASONS.get(status, "Error")
    return web.Response(status=status, text=f"{status} {reason}\n", headers=headers(**extra))


def _busy_bytes() -> bytes:
    lines = [
        "HTTP/1.1 503 Service Unavailable",
        *(f"{name}: {value}" for name, value in headers(**{"Retry-After": "5"}).items()),
        "Content-Type: text/plain; charset=utf-8",
        "Content-Length: 9",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n503 Busy\n").encode("ascii")


BUSY = _busy_bytes()


class _Refused(asyncio.Protocol):
    """A connection beyond the cap: told the server is busy, and closed."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.write(BUSY)
        transport.close()


class _Connection(RequestHandler):
    """aiohttp's handler of one connection, with a deadline and errors answered quietly."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._deadline = self._loop.call_later(CONNECTION_SECONDS, self._expire)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._deadline.cancel()
        super().connection_lost(exc)

    def extend(self, seconds: float) -> None:
        self._deadline.cancel()
        self._deadline = self._loop.call_later(seconds, self._expire)

    def _expire(self) -> None:
        # abort, not close: a client that reads nothing would keep a closing one forever.
        if self.transport is not None:
            self.transport.abort()

    def handle_error(
        self,
        request: BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        # aiohttp's own logs the client's address and may echo the request: neither here.
        if request.writer.output_size > 0:
            raise ConnectionError("the answer had begun; the connection is closed")
        response = error_response(status)
        response.force_close()
        return response


class _Server(web.Server):
    """aiohttp's low-level server with a cap on open connections."""

    def __init__(self, cap: int, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cap = cap
        self.open = 0

    def __call__(self) -> RequestHandler:
        # Counted here, as each is accepted: connection_made comes a turn of the loop
        # later, after a whole batch of accepted connections.
        if self.open >= self.cap:
            return _Refused()  # type: ignore[return-value]
        self.open += 1
        return _Connection(self, loop=self._loop, **self._kwargs)

    def connection_lost(self, handler: RequestHandler, exc: BaseException | None = None) -> None:
        super().connection_lost(handler, exc)
        self.open -= 1


def _quiet(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The loop's exception handler: its context can hold a transport and so an address."""


def connection_cap() -> int:
    """MAX_CONNECTIONS, or fewer where the process may not open that many files."""
    try:
        import resource
    except ImportError:  # Windows: the proactor loop has no such limit
        return MAX_CONNECTIONS
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = MAX_CONNECTIONS + 200
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    return MAX_CONNECTIONS if soft == resource.RLIM_INFINITY else min(MAX_CONNECTIONS, soft - 200)


def _bind_once(address: str) -> None:
    """Bind (not listen) a socket to ``address`` on a free port and close it: raises the
    system's OSError, errno and all, when the address cannot be used here."""
    for family, kind, proto, _name, where in socket.getaddrinfo(
        address, 0, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    ):
        with socket.socket(family, kind, proto) as probe:
            probe.bind(where)


def bind_error(exc: OSError, address: str, port: int) -> ShareError:
    if exc.errno == errno.EADDRINUSE:
        return ShareError(
            f"port {port} on {address} is in use by another program — choose another port"
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return ShareError(f"{address}: not an address of this computer")
    if exc.errno == errno.EACCES:
        return ShareError(f"port {port} needs administrator rights — choose a port above 1023")
    return ShareError(f"cannot listen on {address} port {port} ({exc.strerror or exc})")


class RoomServer:
    """The room's server for ``site``, listening on ``address``:``port`` (0: any free port)
    once :meth:`start` returns, until :meth:`stop`."""

    def __init__(
        self,
        site: RoomSite,
        address: str,
        port: int,
        state: RoomState | None = None,
        audience: Audience | None = None,
    ) -> None:
        self.site = site
        self.address = address
        self.port = port
        self.state = state or RoomState()
        self.audience = audience or Audience()
        self.secret = secrets.token_urlsafe(SECRET_BYTES)
        self._prefix = f"/{self.secret}/".encode("ascii")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: _Server | None = None
        self._listener: asyncio.Server | None = None
        self._closing = False
        self._event = site.event(self.state.view)
        self._changed: asyncio.Event | None = None

    @property
    def url(self) -> str:
        return room_url(self.address, self.port, self.secret)

    def start(self) -> str:
        """Listen; the room address, or ShareError (nothing left running)."""
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_quiet)
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="hrd-share", daemon=True)
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._open(), loop)
        try:
            future.result(START_SECONDS)
        except OSError as exc:
            self._end_loop()
            raise bind_error(exc, self.address, self.port) from None
        except BaseException:
            self._end_loop()
            raise
        self.state.subscribe(self._view_changed)
        self._view_changed(self.state.view)  # a change made while it was starting
        return self.url

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        self._changed = asyncio.Event()
        self._server = _Server(
            connection_cap(),
            self._handle,
            handler_cancellation=True,
            keepalive_timeout=IDLE_SECONDS,
            access_log=None,
            logger=_SILENT,
            max_line_size=MAX_FIELD_BYTES,
            max_field_size=MAX_FIELD_BYTES,
            max_headers=MAX_HEADERS,
            lingering_time=1.0,
        )
        try:
            self._listener = await loop.create_server(
                self._server, host=self.address, port=self.port, backlog=BACKLOG
            )
        except OSError as exc:
            if exc.errno is None:
                # Python 3.13+ passes over an address it cannot bind to (EADDRNOTAVAIL) and
                # then says only that it bound nothing: ask the system once more, for its
                # own error (not an address of this computer, …).
                _bind_once(self.address)
            raise
        if self.port == 0:
            self.port = self._listener.sockets[0].getsockname()[1]

    # -- answering -----------------------------------------------------------------

    async def _handle(self, request: BaseRequest) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            return error_response(405)
        path = request.rel_url.raw_path.encode("utf-8", "surrogateescape")
        if path + b"/" == self._prefix:
            raise web.HTTPMovedPermanently(self._prefix.decode(), headers=headers())
        start = path[: len(self._prefix)]
        if len(start) != len(self._prefix) or not hmac.compare_digest(start, self._prefix):
            return error_response(404)
        rest = path[len(self._prefix) :].decode("utf-8", "surrogateescape")
        if rest == EVENTS:
            return await self._follow(request)
        resource = self.site.resources.get(rest)
        if resource is None:
            return error_response(404)
        if resource.page:
            self.audience.page_loaded()
        return _answer(resource)

    async def _follow(self, request: BaseRequest) -> web.StreamResponse:
        """The follow page's stream: the room's view now, then each change, until the
        phone goes, the stream's time is up (the phone reconnects) or sharing stops."""
        response = web.StreamResponse(
            headers=headers(**{"Content-Type": "text/event-stream; charset=utf-8"})
        )
        if request.method == "HEAD":
            return response
        if isinstance(request.protocol, _Connection):
            request.protocol.extend(FOLLOW_SECONDS)
        await response.prepare(request)
        self.audience.follower_joined()
        try:
            sent = self._event
            await response.write(f"retry: {RETRY_MS}\n\n".encode("ascii") + sent)
            while not self._closing and self._changed is not None:
                changed = self._changed
                try:
                    await asyncio.wait_for(changed.wait(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    await response.write(b": \n\n")  # finds phones that went away
                    continue
                if self._event is not sent:
                    sent = self._event
                    await response.write(sent)
        except ConnectionError:
            pass
        finally:
            self.audience.follower_left()
        return response

    def _view_changed(self, view: RoomView) -> None:
        # Called on the window's thread: the loop takes it from there.
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._publish, view)

    def _publish(self, view: RoomView) -> None:
        self._event = self.site.event(view)
        self._wake()

    def _wake(self) -> None:
        old, self._changed = self._changed, asyncio.Event()
        if old is not None:
            old.set()

    # -- stopping ------------------------------------------------------------------

    def stop(self) -> None:
        """Close the listening socket at once, then every connection; end the thread."""
        self.state.unsubscribe(self._view_changed)
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        future = asyncio.run_coroutine_threadsafe(self._close(), loop)
        with contextlib.suppress(TimeoutError, RuntimeError):
            future.result(STOP_SECONDS)
        self._end_loop()

    async def _close(self) -> None:
        self._closing = True
        if self._listener is not None:
            self._listener.close()  # the port is free from here on
        self._wake()
        if self._server is not None:
            for connection in self._server.connections:
                if connection.transport is not None:
                    connection.transport.abort()
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=STOP_SECONDS / 2)

    def _end_loop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(STOP_SECONDS)
        if thread is None or not thread.is_alive():
            loop.close()
        self._listener = None


def _answer(resource: Resource) -> web.Response:
    extra = {"Content-Type": resource.content_type}
    if resource.filename:
        extra["Content-Disposition"] = f'attachment; filename="{resource.filename}"'
    return web.Response(body=resource.body, headers=headers(resource.csp, **extra))
