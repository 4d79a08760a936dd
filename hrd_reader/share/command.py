"""Starting and stopping the room's server: ``hrd-reader serve`` and what ``--share`` and
the window's Share in the Room use.

:func:`choose_address` picks where to listen — the address given (checked to be this
computer's), else the remembered one while the computer still has it, else the first
hotspot, Wi-Fi or cable address (:mod:`~hrd_reader.share.addresses`); never all networks.
:func:`start_sharing` builds the pages and starts the server (aiohttp is imported here, not
before). :func:`serve` is the window-less command: it prints the room address as the first
line, a QR code of it on a terminal, and shares until Ctrl+C or SIGTERM (exit status 0).
Any problem is one line on stderr and exit status 2, as everywhere on the command line.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import TYPE_CHECKING

from hrd_reader.core.pack import Pack
from hrd_reader.share import DEFAULT_PORT, ShareError
from hrd_reader.share.addresses import check_address, default_address, local_addresses
from hrd_reader.share.options import add_share_options
from hrd_reader.share.state import Audience, RoomState
from hrd_reader.usage import EXIT_OK, PROGRAM, Parser, UsageError, load_content

if TYPE_CHECKING:
    from hrd_reader.share.server import RoomServer

NO_NETWORK = (
    "this computer has no Wi-Fi, hotspot or cable address phones could reach — join the "
    "room's Wi-Fi or turn on this computer's hotspot, or give --address"
)


def choose_address(given: str | None, remembered: str = "") -> str:
    """Where to listen: ``given``, else ``remembered``, else the likely right one."""
    addresses = local_addresses()
    if given:
        return check_address(given, addresses)
    if remembered:
        try:
            return check_address(remembered, addresses)
        except ShareError:
            pass  # that network is gone: choose again
    found = default_address(addresses)
    if found is None:
        raise ShareError(NO_NETWORK)
    return found.ip


def start_sharing(
    pack: Pack,
    address: str,
    port: int,
    state: RoomState | None = None,
    audience: Audience | None = None,
) -> RoomServer:
    """The room's server for ``pack``, listening; ShareError if it cannot."""
    from hrd_reader.share.pages import RoomSite
    from hrd_reader.share.server import RoomServer

    server = RoomServer(RoomSite(pack), address, port, state, audience)
    server.start()
    return server


def announce(server: RoomServer, pack: Pack, stop_hint: str) -> None:
    """The room address first (the line scripts read), then what to do with it."""
    print(f"Sharing '{pack.title}' at {server.url}", flush=True)
    print(
        f"Phones on the same network open that address or scan the code; {stop_hint}.",
        flush=True,
    )


def share_from_options(
    pack: Pack, address: str | None, port: int | None, remembered: str
) -> RoomServer:
    """``hrd-reader --share [--address ADDR] [--port N]``: the server the window takes over
    (a UsageError, before any window, when it cannot start)."""
    try:
        number = DEFAULT_PORT if port is None else port
        server = start_sharing(pack, choose_address(address, remembered), number)
    except ShareError as exc:
        raise UsageError(str(exc)) from None
    announce(server, pack, "turn sharing off or quit the reader to stop")
    return server


def _serve_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=f"{PROGRAM} serve",
        description="Share a pack with the phones in the room, without a window (a spare "
        "laptop, a Raspberry Pi): they open the printed address in a browser to read every "
        "question, follow the trainer, and keep the FAQ as one web page or a .hrdpack. "
        "Listens on one address of this computer only; Ctrl+C stops it.",
    )
    parser.add_argument(
        "pack", nargs="?", metavar="PACK", help="a pack folder or .hrdpack (default: the FAQ)"
    )
    add_share_options(parser, reader=False)
    return parser


def serve(argv: Sequence[str]) -> int:
    args = _serve_parser().parse_args(argv)
    pack = load_content(args.pack)
    try:
        port = DEFAULT_PORT if args.port is None else args.port
        server = start_sharing(pack, choose_address(args.address), port)
    except ShareError as exc:
        raise UsageError(str(exc)) from None
    stop = threading.Event()

    def stop_now(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, stop_now)
    signal.signal(signal.SIGTERM, stop_now)
    announce(server, pack, "Ctrl+C stops sharing")
    if sys.stdout.isatty():
        import segno

        segno.make(server.url, error="m").terminal(compact=True)
    try:
        while not stop.wait(0.5):  # short waits: signals are handled between them
            pass
    finally:
        server.stop()
    print("Sharing stopped.", flush=True)
    return EXIT_OK
