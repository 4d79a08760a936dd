"""Pictures through the command line and the real window, each in a process of its own:
``validate`` names every picture with its size in pixels; ``export-pdf`` of the hostile pack
(eight PNGs of 7900 × 7900 zeros) ends at once with one line and exit 2, well within its
memory bound; the window with eight pictures just under the pixel limit stays within
400 MiB with no sideways scrolling; ``pack --shrink-pictures`` writes light, valid packs the
same each time and never touches the folder.

The memory bounds here are generous guards against the decompression bomb (a behaviour);
the measured figures are in the benchmark (``python -m bench``, section "pictures").
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from bench.picture_packs import photo_jpeg, write_hostile_pack, write_photo_pack
from bench.pictures import NEAR_LIMIT_SIDE, run_measured
from hrd_reader.core import load_pack
from hrd_reader.core.archive import open_archive
from hrd_reader.core.picture_header import read_header
from tests.helpers.paths import ROOT
from tests.helpers.pictures import on_its_side
from tests.helpers.processes import run_cli, with_the_window

BOMB_BOUND_MIB = 400


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.timeout(60)
def test_validate_names_each_picture_with_its_size(tmp_path: Path) -> None:
    hostile = write_hostile_pack(tmp_path / "hostile")
    result = run_cli("validate", str(hostile))
    assert result.returncode == 2
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 8
    for number, line in enumerate(lines, 1):
        assert line.startswith(f'answers/photos.md:{2 * number + 1}: picture "pictures/zeros-')
        assert "7900 × 7900 pixels" in line and "limit is 40 megapixels" in line
    photos = write_photo_pack(tmp_path / "photos", count=3, width=4000, height=3000)
    result = run_cli("validate", str(photos))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3
    assert all("4000 × 3000 pixels" in line and "--shrink-pictures" in line for line in warnings)


@pytest.mark.timeout(90)
def test_export_pdf_of_the_hostile_pack_is_refused_in_one_line(tmp_path: Path) -> None:
    hostile = write_hostile_pack(tmp_path / "hostile")
    out = tmp_path / "out.pdf"
    command = [str(ROOT / "main.py"), "export-pdf", str(out), "--content", str(hostile)]
    run = run_measured(command, 60)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert "zeros-1.png" in line and "7900 × 7900 pixels" in line
    assert not out.exists()
    assert run.peak_mib < BOMB_BOUND_MIB


@pytest.mark.timeout(180)
def test_the_window_with_pictures_just_under_the_limit_stays_bounded(tmp_path: Path) -> None:
    near = write_hostile_pack(tmp_path / "near", side=NEAR_LIMIT_SIDE, rgba=True)
    run = run_measured([str(ROOT / "bench" / "pictures.py"), "window", str(near)], 170)
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown["pictures_decoded"] == 8
    assert shown["horizontal_scroll_max"] == 0
    assert run.peak_mib < BOMB_BOUND_MIB


@pytest.mark.timeout(120)
def test_pack_shrink_pictures_writes_light_valid_packs_and_keeps_the_folder(
    tmp_path: Path,
) -> None:
    folder = write_photo_pack(tmp_path / "photos", count=3)
    turned = on_its_side(photo_jpeg(2400, 1200, seed=5))  # a portrait, stored on its side
    (folder / "pictures" / "photo-02.jpg").write_bytes(turned)
    before = folder_digest(folder)
    first, second = tmp_path / "a.hrdpack", tmp_path / "b.hrdpack"
    result = run_cli("pack", str(folder), str(first), "--shrink-pictures", timeout=100)
    assert result.returncode == 0, result.stderr
    assert "3 picture(s) made smaller" in result.stdout
    assert run_cli("pack", str(folder), str(second), "--shrink-pictures").returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert folder_digest(folder) == before
    pack = load_pack(first)
    assert pack.warnings == ()
    members = open_archive(first).members()
    sizes = {}
    for name in ("pictures/photo-01.jpg", "pictures/photo-02.jpg", "pictures/photo-03.jpg"):
        header = read_header(members[name])
        assert header is not None and header.format == "jpeg"
        sizes[name] = (header.width, header.height)
        assert b"Exif" not in members[name][:4096]  # the camera's data is not carried along
    assert sizes["pictures/photo-01.jpg"] == (1600, 1200)
    assert sizes["pictures/photo-02.jpg"] == (800, 1600)  # upright, as it is shown
    assert first.stat().st_size < sum((folder / name).stat().st_size for name in sizes) / 2


@pytest.mark.timeout(60)
def test_picture_code_loads_with_the_first_picture_not_at_start_up(tmp_path: Path) -> None:
    folder = write_photo_pack(tmp_path / "photos", count=1, width=800, height=600)
    loaded = with_the_window(
        "w.show(); app.processEvents()\n"
        "names = ('hrd_reader.gui.pictures.shown', 'hrd_reader.imaging.decode')\n"
        "print(*(m in sys.modules for m in names))\n"
        f"w.answer_view.set_files(load_pack({str(folder)!r}).source_files)\n"
        'w.answer_view.show_html(\'<p><img src="pictures/photo-01.jpg" alt="p"></p>\')\n'
        "print(*(m in sys.modules for m in names))\n",
        tmp_path / "s.ini",
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert loaded.split() == ["False", "False", "True", "True"]
