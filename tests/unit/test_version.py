"""The version an installed or packaged reader reports, read from its own metadata file."""

from __future__ import annotations

from pathlib import Path

from hrd_reader.core.version import dist_info_version

METADATA = "Metadata-Version: 2.1\nName: hrd-reader\nVersion: {version}\n\nVersion: 0.0.0 (body)\n"


def install(folder: Path, version: str) -> None:
    info = folder / f"hrd_reader-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(METADATA.format(version=version), "utf-8")


def test_the_version_comes_from_the_metadata_beside_the_package(tmp_path: Path) -> None:
    install(tmp_path, "9.8.7")
    assert dist_info_version(tmp_path) == "9.8.7"


def test_no_or_several_metadata_folders_leave_the_answer_to_importlib(tmp_path: Path) -> None:
    assert dist_info_version(tmp_path) is None
    install(tmp_path, "1.0.0")
    install(tmp_path, "2.0.0")
    assert dist_info_version(tmp_path) is None
    (tmp_path / "hrd_reader-1.0.0.dist-info" / "METADATA").unlink()
    (tmp_path / "hrd_reader-2.0.0.dist-info").rename(tmp_path / "other-2.0.0.dist-info")
    assert dist_info_version(tmp_path) is None  # the one folder has no METADATA
