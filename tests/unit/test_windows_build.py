"""The parts of the Windows build that can be checked without Wine, in this process."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from build_spec import build, windows_setup
from hrd_reader.gui.settings import ORGANIZATION


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


def test_uninstaller_deletes_exactly_the_installed_files_then_their_folders(
    tmp_path: Path,
) -> None:
    (tmp_path / "_internal" / "PySide6" / "plugins").mkdir(parents=True)
    (tmp_path / "hrd-reader.exe").write_bytes(b"MZ")
    (tmp_path / "_internal" / "PySide6" / "plugins" / "qwindows.dll").write_bytes(b"MZ")
    (tmp_path / "_internal" / "price$5.txt").write_text("x")
    assert windows_setup.uninstall_lines(tmp_path) == [
        r'Delete "$INSTDIR\_internal\PySide6\plugins\qwindows.dll"',
        r'Delete "$INSTDIR\_internal\price$$5.txt"',  # NSIS reads $ as a variable: doubled
        r'Delete "$INSTDIR\hrd-reader.exe"',
        r'RMDir "$INSTDIR\_internal\PySide6\plugins"',
        r'RMDir "$INSTDIR\_internal\PySide6"',
        r'RMDir "$INSTDIR\_internal"',
    ]


def test_a_file_name_nsis_cannot_quote_stops_the_build() -> None:
    with pytest.raises(SystemExit, match="cannot quote"):
        windows_setup.nsis_string('say "hi".txt')


def test_setup_program_is_named_like_the_other_downloads() -> None:
    assert windows_setup.setup_path("1.2.3", Path("dist")) == Path(
        "dist/hrd-reader-1.2.3-windows-amd64-setup.exe"
    )


def test_installer_script_uses_the_defines_the_build_passes_and_the_keys_the_check_reads() -> None:
    script = windows_setup.NSIS_SCRIPT.read_text("utf-8")
    used = set(re.findall(r"\$\{([A-Z_]+)\}", script))
    defined_here = set(re.findall(r"^!define ([A-Z_]+)", script, re.MULTILINE))
    passed = {"VERSION", "SOURCE", "OUTFILE", "TARGET", "ICON", "LICENSE", "UNINSTALL_LIST",
              "SIZE_KB"}  # fmt: skip
    assert used - defined_here == passed
    assert inspect_make_passes(passed)
    assert f'!define UNINSTALL_KEY "{windows_setup.UNINSTALL_KEY}"' in script
    assert f'!define PROG_ID "{windows_setup.PROG_ID}"' in script
    assert f'!define DATA_FOLDER "{ORGANIZATION}"' in script  # where settings.ini goes
    assert "RequestExecutionLevel user" in script  # no administrator
    assert "MUI_PAGE_LICENSE" in script and windows_setup.LICENSE.is_file()


def inspect_make_passes(names: set[str]) -> bool:
    source = Path(windows_setup.__file__).read_text("utf-8")
    return all(f'"{name}":' in source for name in names)
