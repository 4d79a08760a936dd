"""The reader never makes a D-Bus daemon of its own (core/session_bus): where no session bus
was announced it tells libdbus there is none, and hands the browser the user's environment."""

from __future__ import annotations

import sys

import pytest

from hrd_reader.core import session_bus

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rule")


def test_no_announced_bus_means_none_and_an_announced_bus_is_kept() -> None:
    bare: dict[str, str] = {}
    assert session_bus.no_autolaunch(bare) is True
    assert bare == {"DBUS_SESSION_BUS_ADDRESS": "disabled:"}
    desktop = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert session_bus.no_autolaunch(desktop) is False
    assert desktop == {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}


def test_children_get_the_environment_the_user_gave() -> None:
    ours = {"DBUS_SESSION_BUS_ADDRESS": "disabled:", "HOME": "/h"}
    session_bus.for_children(ours)
    assert ours == {"HOME": "/h"}
    theirs = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    session_bus.for_children(theirs)
    assert theirs == {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
