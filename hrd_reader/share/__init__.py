"""Sharing in the room: phones on the same network read the pack and follow the trainer.

Pure Python, never Qt. Importing this package loads nothing heavy: the aiohttp server
(:mod:`hrd_reader.share.server`) is imported only when sharing starts, so the reader's
start-up does not pay for it. :class:`ShareError` is the one error of sharing, a line to
show as it is (the command line prints it and exits 2; the window shows it in a message).
"""

from __future__ import annotations

# The port phones connect to unless told otherwise: fixed, so a firewall rule made once
# keeps working, and short to type. Above 1023: no administrator rights needed.
DEFAULT_PORT = 8421


class ShareError(Exception):
    """Sharing cannot start: a bad or foreign address, a port in use. One line for people."""
