"""The parts of the Windows build that can be checked without Wine, in this process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_spec import build


class _WindowsStat:
    """What ``os.stat`` returns on Windows, as far as ``size_on_disk`` looks: no
    ``st_blocks`` at all (reading it raises AttributeError, as it does there)."""

    def __init__(self, real: os.stat_result) -> None:
        self._real = real

    def __getattr__(self, name: str) -> object:
        if name == "st_blocks":
            raise AttributeError(name)
        return getattr(self._real, name)


def test_allocated_bytes_falls_back_to_the_length_without_st_blocks() -> None:
    stat = os.stat_result((0o100644, 1, 2, 1, 0, 0, 1234, 0, 0, 0))  # st_blocks is None
    assert build.allocated_bytes(stat) == 1234
    windows = _WindowsStat(os.stat_result((0o100644, 1, 2, 1, 0, 0, 4321, 0, 0, 0)))
    assert build.allocated_bytes(windows) == 4321  # type: ignore[arg-type]


def test_size_on_disk_of_a_folder_where_stat_has_no_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.dll").write_bytes(b"x" * 5000)
    (tmp_path / "sub" / "b.pyd").write_bytes(b"y" * 300)
    os.link(tmp_path / "a.dll", tmp_path / "sub" / "same.dll")  # counted once
    real_stat, real_lstat = Path.stat, Path.lstat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: _WindowsStat(real_stat(self, **kw)))
    monkeypatch.setattr(Path, "lstat", lambda self: _WindowsStat(real_lstat(self)))
    folders = sum(real_lstat(p).st_size for p in (tmp_path, tmp_path / "sub"))
    assert build.size_on_disk(tmp_path) == 5000 + 300 + folders
    assert build.size_on_disk(tmp_path / "a.dll") == 5000


def test_size_on_disk_counts_allocated_blocks_where_there_are_some(tmp_path: Path) -> None:
    (tmp_path / "one").write_bytes(b"z")
    blocks = (tmp_path / "one").stat().st_blocks
    assert build.size_on_disk(tmp_path / "one") == blocks * 512
