"""Before Qt starts on Linux: no D-Bus daemon of the reader's making.

When no session bus is announced (``DBUS_SESSION_BUS_ADDRESS`` unset — a bare X session, a
kiosk, a workshop laptop started without a desktop), libdbus's autolaunch (package
``dbus-x11``) starts a bus daemon for Qt's accessibility bridge and notes it in ``~/.dbus/``:
a file on the computer, even in a private session, and a process that outlives the reader.
With no session bus there is no screen reader listening either, so the reader tells libdbus
that there is none (``disabled:``). A bus that the desktop announced is used as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
NO_BUS = "disabled:"


def no_autolaunch(environ: MutableMapping[str, str] | None = None) -> bool:
    """On Linux, say there is no session bus when none was announced; True if it did."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or environ.get(BUS_VARIABLE):
        return False
    environ[BUS_VARIABLE] = NO_BUS
    return True


def for_children(environ: MutableMapping[str, str]) -> None:
    """Programs the reader starts (the browser) get the environment the user gave it."""
    if environ.get(BUS_VARIABLE) == NO_BUS:
        del environ[BUS_VARIABLE]
