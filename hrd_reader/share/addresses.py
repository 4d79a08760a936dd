"""This computer's network addresses, for choosing where the room's server listens.

The server never listens on every network at once (``0.0.0.0`` / ``::``): the trainer
chooses one address, and only an address this computer has is accepted. The list comes from
``psutil`` (the same on Windows, macOS and Linux), each address with its interface's name,
ranked so the likely right one comes first: the laptop's own hotspot, then Wi-Fi, then a
cable, then anything else; virtual and VPN interfaces (a VPN would show the room to everyone
on it) and this computer alone (loopback) come last and are never chosen by themselves.
Link-local addresses (``169.254.*``, ``fe80::``) are left out: phones cannot reach them.

The kind of an interface is read from its name and, for hotspots, from the address the
systems give themselves when they share a connection (NetworkManager ``10.42.0.1``,
Windows ``192.168.137.1``, macOS a ``bridge`` interface). It is a guess, shown to the
trainer, who decides. Pure Python — never imports Qt.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass
from enum import IntEnum

from hrd_reader.share import ShareError

# The addresses systems give themselves when they share a connection as a hotspot.
HOTSPOT_ADDRESSES = frozenset({"10.42.0.1", "192.168.137.1"})
WIFI_NAMES = ("wl", "wi-fi", "wifi", "wireless", "airport")
WIRED_NAMES = ("eth", "en", "ethernet", "local area connection")
VIRTUAL_NAMES = (
    "docker", "veth", "virbr", "br-", "vmnet", "vboxnet", "vethernet", "utun", "tun", "tap",
    "wg", "tailscale", "zt", "ham", "awdl", "llw", "anpi", "gif", "stf", "lxc", "lxd",
    "podman", "cni", "flannel", "ppp", "ipsec", "npcap", "vpn",
)  # fmt: skip


class Kind(IntEnum):
    """What an interface probably is, in the order the list shows them."""

    HOTSPOT = 0
    WIFI = 1
    WIRED = 2
    OTHER = 3
    VIRTUAL = 4
    LOOPBACK = 5


@dataclass(frozen=True)
class Address:
    ip: str  # "192.168.1.5", "fd00::2"
    interface: str  # the system's name: "wlp2s0", "Wi-Fi", "en0"
    kind: Kind

    @property
    def phones_can_reach(self) -> bool:
        return self.kind not in (Kind.VIRTUAL, Kind.LOOPBACK)


def url_host(ip: str) -> str:
    """``ip`` as the host part of an address: IPv6 in brackets."""
    return f"[{ip}]" if ":" in ip else ip


def room_url(ip: str, port: int, secret: str) -> str:
    """The room address phones open: ``http://ADDR:PORT/<secret>/``."""
    return f"http://{url_host(ip)}:{port}/{secret}/"


def kind_of(interface: str, ip: str, loopback: bool) -> Kind:
    name = interface.lower()
    if loopback or ipaddress.ip_address(ip).is_loopback:
        return Kind.LOOPBACK
    if ip in HOTSPOT_ADDRESSES or "hotspot" in name or name.startswith("ap"):
        return Kind.HOTSPOT
    if sys.platform == "darwin" and name.startswith("bridge"):
        return Kind.HOTSPOT  # Internet Sharing
    if name.startswith(VIRTUAL_NAMES) or "virtual" in name:
        return Kind.VIRTUAL
    if name.startswith(WIFI_NAMES) or (sys.platform == "darwin" and name == "en0"):
        return Kind.WIFI
    if name.startswith(WIRED_NAMES):
        return Kind.WIRED
    return Kind.OTHER


def _usable(ip: str) -> bool:
    try:
        parsed = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return not (parsed.is_link_local or parsed.is_multicast or parsed.is_unspecified)


def local_addresses() -> list[Address]:
    """Every address of this computer phones might use, the likely right one first."""
    import psutil

    stats = psutil.net_if_stats()
    found: list[Address] = []
    for interface, entries in psutil.net_if_addrs().items():
        stat = stats.get(interface)
        if stat is not None and not stat.isup:
            continue
        loopback = stat is not None and "loopback" in getattr(stat, "flags", "")
        for entry in entries:
            if entry.family not in (socket.AF_INET, socket.AF_INET6):
                continue
            ip = entry.address.split("%", 1)[0]
            if _usable(ip):
                found.append(Address(ip, interface, kind_of(interface, ip, loopback)))
    return sorted(found, key=lambda a: (a.kind, ":" in a.ip, a.interface, a.ip))


def default_address(addresses: list[Address]) -> Address | None:
    """The address to share on when none is given: the first private IPv4 address of a
    hotspot, Wi-Fi or cable — never loopback, never a virtual or VPN interface."""
    for address in addresses:
        ipv4 = ":" not in address.ip
        if address.phones_can_reach and ipv4 and ipaddress.ip_address(address.ip).is_private:
            return address
    return None


def describe(addresses: list[Address]) -> str:
    shown = [f"{a.ip} ({a.interface})" for a in addresses if a.kind != Kind.LOOPBACK]
    return ", ".join(shown) if shown else "none but this computer's own 127.0.0.1"


def check_address(text: str, addresses: list[Address] | None = None) -> str:
    """``text`` as an address this computer has (brackets of IPv6 removed), or ShareError.
    Loopback addresses are this computer's by definition (for trying it out alone)."""
    bare = text.strip()
    if bare.startswith("[") and bare.endswith("]"):
        bare = bare[1:-1]
    try:
        parsed = ipaddress.ip_address(bare)
    except ValueError:
        raise ShareError(
            f"{text}: not an IP address — give one of this computer's addresses "
            "(e.g. 192.168.1.10); names are not looked up"
        ) from None
    if parsed.is_unspecified:
        raise ShareError(
            f"{text}: that would share on every network this computer is on at once — "
            "give the one address the room uses"
        )
    ip = parsed.compressed
    if parsed.is_loopback:
        return ip
    known = local_addresses() if addresses is None else addresses
    if ip not in {a.ip for a in known}:
        raise ShareError(
            f"{text}: not an address of this computer — its addresses: {describe(known)}"
        )
    return ip
