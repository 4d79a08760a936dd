"""The limits a ``.hrdpack`` is read within (core/archive.py), each tested on its own: an
archive that breaks exactly one limit and stays under every other, so a broken check cannot
hide behind another that happens to refuse the same file.

The refusal is checked by its kind — the values the problem carries (a ratio for a zip bomb,
one limit for the total) — not only by its English wording. Everything here is built in
memory and read with ``read_archive``; nothing is written to disk.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from hrd_reader.core import ContentError
from hrd_reader.core.archive import (
    MAX_MEMBER_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FREE_BYTES,
    read_archive,
)
from hrd_reader.core.problems import Problem
from tests.helpers.packs import MINIMAL_MANIFEST

MIB = 1024 * 1024
NAME = Path("limits.hrdpack")


def archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as written:
        for name, data in members.items():
            written.writestr(name, data)
    return buffer.getvalue()


def pack_with(**extra: bytes) -> dict[str, bytes]:
    return {
        "pack.toml": MINIMAL_MANIFEST.encode(),
        "answers/one.md": b"One.",
        "answers/two.md": b"Two.",
        **extra,
    }


def refusal(data: bytes) -> Problem:
    """The one problem reading ``data`` gives."""
    with pytest.raises(ContentError) as caught:
        read_archive(data, NAME)
    (detail,) = caught.value.details
    assert detail.where == f"{NAME}: ", detail
    return detail


def zeros_members(count: int) -> dict[str, bytes]:
    """``count`` members of exactly RATIO_FREE_BYTES zeros: each squeezes about 1000:1, but
    is exactly as large as a member may be before its ratio counts."""
    zeros = bytes(RATIO_FREE_BYTES)
    return {f"images/zeros{number:03}.bin": zeros for number in range(count)}


# -- the total unpacked size -----------------------------------------------------------------


def test_an_archive_over_the_total_size_is_refused_though_each_member_is_fine() -> None:
    count = MAX_TOTAL_BYTES // RATIO_FREE_BYTES + 1  # 129 MiB of members of 1 MiB
    assert RATIO_FREE_BYTES < MAX_MEMBER_BYTES  # no member breaks the per-file limit
    data = archive(pack_with(**zeros_members(count)))
    assert len(data) < 4 * MIB  # far under the pack-file size limit
    detail = refusal(data)
    # The total's problem: one value, the limit — no member named, no ratio, no size.
    assert dict(detail.values) == {"limit": MAX_TOTAL_BYTES // MIB}, detail
    assert f"unpacks to more than {MAX_TOTAL_BYTES // MIB} MiB" in str(detail)


def test_an_archive_just_under_the_total_size_is_read() -> None:
    # The same members, one fewer than the total allows: only the total was in the way.
    count = MAX_TOTAL_BYTES // RATIO_FREE_BYTES - 1
    files = read_archive(archive(pack_with(**zeros_members(count))), NAME)
    members = files.members()
    assert len(members) == count + 3
    assert sum(len(data) for data in members.values()) > MAX_TOTAL_BYTES - 2 * MIB


# -- the compression ratio -------------------------------------------------------------------


def test_a_member_under_the_size_limit_that_unpacks_1000_times_is_a_zip_bomb() -> None:
    bomb = bytes(15 * MIB)  # under the 16 MiB per-file limit: only the ratio can refuse it
    assert RATIO_FREE_BYTES < len(bomb) < MAX_MEMBER_BYTES
    detail = refusal(archive(pack_with(**{"images/bomb.png": bomb})))
    # A zip bomb's problem: the member and its ratio — not a size over a limit.
    assert set(detail.values) == {"name", "ratio"}, detail
    assert detail.values["name"] == "'images/bomb.png'"
    ratio = detail.values["ratio"]
    assert isinstance(ratio, float) and ratio > 10 * MAX_RATIO, ratio
    assert "(a zip bomb?)" in str(detail)


def test_a_member_as_large_that_does_not_compress_is_read() -> None:
    # The same size, ratio about 1: the size alone is allowed, so the bomb above was
    # refused for its ratio.
    noise = os.urandom(15 * MIB)
    files = read_archive(archive(pack_with(**{"images/photo.png": noise})), NAME)
    assert files.members()["images/photo.png"] == noise


def test_the_ratio_of_a_member_of_up_to_one_mib_does_not_count() -> None:
    zeros = bytes(RATIO_FREE_BYTES)
    files = read_archive(archive(pack_with(**{"images/blank.png": zeros})), NAME)
    assert files.members()["images/blank.png"] == zeros
    detail = refusal(archive(pack_with(**{"images/blank.png": zeros + b"\x00"})))
    assert set(detail.values) == {"name", "ratio"}, detail
