"""Where the room's server may listen: one address of this computer, never all of them, the
likely network first; and the participants' pack that phones take home."""

from __future__ import annotations

import pytest

from hrd_reader.core import load_pack
from hrd_reader.share import ShareError, addresses
from hrd_reader.share.addresses import Address, Kind, check_address, default_address, kind_of
from hrd_reader.share.state import Audience
from hrd_reader.share.takeaway import manifest_text, participant_pack
from tests.helpers.paths import ROOT

FOUND = [
    Address("127.0.0.1", "lo", Kind.LOOPBACK),
    Address("172.17.0.1", "docker0", Kind.VIRTUAL),
    Address("10.8.0.2", "tun0", Kind.VIRTUAL),
    Address("fd00::5", "wlp2s0", Kind.WIFI),
    Address("192.168.1.20", "wlp2s0", Kind.WIFI),
    Address("10.42.0.1", "wlp3s0", Kind.HOTSPOT),
]


@pytest.mark.parametrize(
    ("interface", "ip", "kind"),
    [
        ("wlp2s0", "192.168.1.20", Kind.WIFI),
        ("Wi-Fi", "192.168.1.20", Kind.WIFI),
        ("wlp2s0", "10.42.0.1", Kind.HOTSPOT),  # NetworkManager's hotspot
        ("Local Area Connection* 10", "192.168.137.1", Kind.HOTSPOT),  # Windows
        ("enp0s31f6", "192.168.1.21", Kind.WIRED),
        ("Ethernet", "192.168.1.21", Kind.WIRED),
        ("docker0", "172.17.0.1", Kind.VIRTUAL),
        ("tun0", "10.8.0.2", Kind.VIRTUAL),
        ("vEthernet (WSL)", "172.20.0.1", Kind.VIRTUAL),
        ("lo", "127.0.0.1", Kind.LOOPBACK),
    ],
)
def test_kinds_from_names_and_hotspot_addresses(interface: str, ip: str, kind: Kind) -> None:
    assert kind_of(interface, ip, loopback=False) == kind


def test_the_default_is_a_private_address_of_a_real_network_hotspot_first() -> None:
    ranked = sorted(FOUND, key=lambda a: (a.kind, ":" in a.ip))
    assert default_address(ranked) == Address("10.42.0.1", "wlp3s0", Kind.HOTSPOT)
    only_virtual = [a for a in FOUND if a.kind in (Kind.VIRTUAL, Kind.LOOPBACK)]
    assert default_address(only_virtual) is None  # never loopback, never a VPN by itself


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0.0.0.0", "every network"),
        ("::", "every network"),
        ("[::]", "every network"),
        ("localhost", "not an IP address"),
        ("wlan0", "not an IP address"),
        ("192.168.1.99", r"not an address of this computer — its addresses: .*192.168.1.20 "),
    ],
)
def test_only_an_address_of_this_computer(text: str, words: str) -> None:
    with pytest.raises(ShareError, match=words):
        check_address(text, FOUND)


def test_this_computers_addresses_are_accepted() -> None:
    assert check_address("192.168.1.20", FOUND) == "192.168.1.20"
    assert check_address("[fd00::5]", FOUND) == "fd00::5"
    assert check_address("127.0.0.1", []) == "127.0.0.1"  # loopback is always this computer


def test_the_real_list_has_no_link_local_and_is_ranked() -> None:
    found = addresses.local_addresses()
    assert any(a.kind == Kind.LOOPBACK for a in found)
    assert not [a for a in found if a.ip.startswith(("169.254.", "fe80"))]
    assert [a.kind for a in found] == sorted(a.kind for a in found)


def test_the_participants_pack_has_no_notes_and_the_same_bytes_each_time() -> None:
    workshop = load_pack(ROOT / "tests" / "packs" / "workshop")
    assert workshop.has_notes
    assert "notes" not in manifest_text(workshop)
    assert participant_pack(workshop) == participant_pack(workshop)


def test_audience_forgets_old_page_loads() -> None:
    now = [1000.0]
    audience = Audience(clock=lambda: now[0])
    audience.page_loaded()
    audience.follower_joined()
    now[0] += 11 * 60
    audience.page_loaded()
    assert (audience.count().following, audience.count().opened) == (1, 1)
