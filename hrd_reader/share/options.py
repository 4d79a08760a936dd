"""The command-line options of sharing in the room — ``--share``, ``--address``, ``--port``
for the reader, ``--address`` and ``--port`` for ``serve`` — written once for both.

Plain ``argparse``: the reader's parser adds them at every start, so this module loads
nothing of sharing itself (no server, no address list) until ``serve`` runs.
"""

from __future__ import annotations

import argparse

from hrd_reader.share import DEFAULT_PORT
from hrd_reader.usage import UsageError


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port}: a port is a number from 0 to 65535")
    return port


def add_share_options(parser: argparse.ArgumentParser, *, reader: bool) -> None:
    """``--address`` and ``--port`` (and, for the reader, ``--share``)."""
    if reader:
        parser.add_argument(
            "--share",
            action="store_true",
            help="share with the phones in the room from the start (as 'serve' does, with "
            "the window); the first line printed is the room address",
        )
    parser.add_argument(
        "--address",
        metavar="ADDR",
        help="this computer's address on the room's network (default: the one chosen last, "
        "else its first hotspot, Wi-Fi or cable address, printed); never all networks",
    )
    parser.add_argument(
        "--port",
        type=port_number,
        default=None,
        metavar="N",
        help=f"the port phones connect to (default: {DEFAULT_PORT}; 0: any free port)",
    )


def check_share_options(args: argparse.Namespace) -> None:
    """The reader's ``--address`` and ``--port`` mean nothing without ``--share``."""
    if (args.address or args.port is not None) and not args.share:
        raise UsageError("--address and --port go with --share (or 'serve')")
