"""Reading a text file a trainer wrote: one decoder and one read error for every file.

Pack manifests, answer files and the plain-text FAQ the importer reads all come from
editors on many systems. Each is read here, so each problem is worded once and named as
``FILE:LINE: what is wrong — how to fix it``: UTF-16 instead of UTF-8, a NUL byte (not a
text file at all), bytes that are not UTF-8. A UTF-8 byte-order mark is dropped and every
line ending becomes ``\\n``.
"""

from __future__ import annotations

from pathlib import Path

from hrd_reader.core.problems import N_, ContentError, location, problem


def read_error(name: str, reason: str | None) -> ContentError:
    """The one problem of a file (a manifest, a pack archive …) ``name`` that could not be
    read, for the system's ``reason``."""
    return ContentError(
        [
            problem(
                location(name),
                N_("cannot be read ({reason}) — check the path and permissions"),
                reason=reason,
            )
        ]
    )


def read_bytes(path: Path, name: str) -> bytes:
    """The bytes of ``path``; ContentError naming ``name`` when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise read_error(name, exc.strerror) from exc


def decode_text(raw: bytes, name: str) -> str:
    """``raw`` as text; ContentError with the one problem, naming ``name`` and the line."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(
            [problem(location(name), N_("is UTF-16, not UTF-8 — save the file as UTF-8"))]
        )
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ContentError(
            [
                problem(
                    location(name, line),
                    N_("contains a NUL byte — this is not a text file; save it as UTF-8 text"),
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            [
                problem(
                    location(name, line),
                    N_("is not valid UTF-8 (byte 0x{byte:02x}) — save the file as UTF-8"),
                    byte=raw[exc.start],
                )
            ]
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
