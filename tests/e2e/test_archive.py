"""``.hrdpack`` one-file packs: written reproducibly, read like their folder, hostile ones
refused — each hostile archive in its own process, bounded in memory (400 MiB) and time
(15 s), ending in one line and exit status 2 with nothing written."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.archive import MAX_MEMBERS, archive_bytes, read_archive
from hrd_reader.core.resources import bundled_pack_dir
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.paths import ROOT
from tests.helpers.processes import run_cli, run_python

MEMORY_LIMIT = 400 * 1024 * 1024
ANSWERS = {"answers/one.md": b"One.", "answers/two.md": b"Two."}


def zip_of(members: dict[str, bytes], **options: object) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data, **options)  # type: ignore[arg-type]
    return buffer.getvalue()


def minimal(**extra: bytes) -> dict[str, bytes]:
    return {"pack.toml": MINIMAL_MANIFEST.encode(), **ANSWERS, **extra}


def problem_of(data: bytes, name: str = "x.hrdpack") -> str:
    with pytest.raises(ContentError) as caught:
        read_archive(data, Path(name))
    (problem,) = caught.value.problems
    assert problem.startswith(f"{name}: ") and " — " in problem, problem
    return problem


# -- writing and reading back -------------------------------------------------------------


def test_pack_twice_gives_identical_bytes(tmp_path: Path, make_pack: PackWriter) -> None:
    folder = make_pack()
    first, second = tmp_path / "a.hrdpack", tmp_path / "b.hrdpack"
    assert run_cli("pack", str(folder), str(first)).returncode == 0
    # Touched a second later (and with other permissions): the bytes must not change.
    for path in folder.rglob("*"):
        stat = path.stat()
        os.utime(path, (stat.st_atime + 1, stat.st_mtime + 1))
    (folder / "answers" / "who-are-hrds.md").chmod(0o600)
    result = run_cli("pack", str(folder), str(second))
    assert result.returncode == 0, result.stderr
    assert "pack 'hrd-faq' — 7 questions, 8 files" in result.stdout
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_archive_validates_self_tests_and_loads_like_its_folder(tmp_path: Path) -> None:
    out = tmp_path / "faq.hrdpack"
    assert run_cli("pack", str(bundled_pack_dir()), str(out)).returncode == 0
    checked = run_cli("validate", str(out))
    assert checked.returncode == 0 and "pack 'hrd-faq' is valid — 7 questions" in checked.stdout
    tested = run_cli("--self-test", str(out))
    assert tested.returncode == 0, tested.stderr
    archive, folder = load_pack(out), load_pack(bundled_pack_dir())
    assert archive.path == out and archive.is_archive and not folder.is_archive
    assert archive.questions == folder.questions
    assert (archive.donate, archive.signup) == (folder.donate, folder.signup)


def test_a_pack_in_one_top_folder_and_macos_extras_are_read(tmp_path: Path) -> None:
    members = {f"Mini/{name}": data for name, data in minimal().items()}
    members["__MACOSX/Mini/._pack.toml"] = b"\x00\x05resource fork"
    members["Mini/.DS_Store"] = b"\x00\x00"
    path = tmp_path / "mini.hrdpack"
    path.write_bytes(zip_of(members))
    pack = load_pack(path)
    assert [q.markdown for q in pack.questions] == ["One.", "Two."]


def test_manifest_problems_in_an_archive_are_those_of_a_folder(tmp_path: Path) -> None:
    members = minimal()
    members["pack.toml"] = MINIMAL_MANIFEST.replace('id = "mini"', 'id = "Bad Id"').encode()
    del members["answers/two.md"]
    path = tmp_path / "bad.hrdpack"
    path.write_bytes(zip_of(members))
    with pytest.raises(ContentError) as caught:
        load_pack(path)
    assert caught.value.problems[0].startswith("pack.toml:2: [pack] id")
    assert 'pack.toml:24: answer file "answers/two.md" does not exist' in caught.value.problems[1]


def test_pack_never_overwrites_or_packs_itself_and_checks_the_folder(
    tmp_path: Path, make_pack: PackWriter
) -> None:
    folder = make_pack()
    out = tmp_path / "faq.hrdpack"
    out.write_bytes(b"precious")
    refused = run_cli("pack", str(folder), str(out))
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert out.read_bytes() == b"precious"
    assert run_cli("pack", str(folder), str(out), "--overwrite").returncode == 0
    assert load_pack(out).id == "hrd-faq"
    inside = run_cli("pack", str(folder), str(folder / "self.hrdpack"))
    assert inside.returncode == 2 and "inside the folder" in inside.stderr
    wrong = run_cli("pack", str(folder), str(tmp_path / "faq.zip"))
    assert wrong.returncode == 2 and "ends in .hrdpack" in wrong.stderr
    broken = make_pack(MINIMAL_MANIFEST)  # its answers are missing
    failed = run_cli("pack", str(broken), str(tmp_path / "broken.hrdpack"))
    assert failed.returncode == 2 and "nothing was written" in failed.stderr
    assert not (tmp_path / "broken.hrdpack").exists()
    assert not list(tmp_path.glob("**/*.part"))


def test_import_faq_writes_a_pack_file(tmp_path: Path) -> None:
    out = tmp_path / "faq.hrdpack"
    text = tmp_path / "faq.txt"
    text.write_text("My FAQ\n\nQ: One?\n\nYes.\n", encoding="utf-8")
    result = run_cli("import-faq", str(text), str(out))
    assert result.returncode == 0, result.stderr
    pack = load_pack(out)
    assert pack.donate is None and pack.signup is None and pack.questions[0].title == "One?"


# -- hostile archives ---------------------------------------------------------------------


def _patched(data: bytes, signature: bytes, offset: int, value: bytes) -> bytes:
    raw = bytearray(data)
    start = 0
    while (found := raw.find(signature, start)) >= 0:
        raw[found + offset : found + offset + len(value)] = value
        start = found + 4
    return bytes(raw)


def bomb() -> bytes:
    return zip_of(minimal(**{"answers/one.md": b"\x00" * (100 * 1024 * 1024)}))


def traversal() -> bytes:
    return zip_of(minimal(**{"../escaped.md": b"x"}))


def absolute() -> bytes:
    return zip_of(minimal(**{"/tmp/hrd-absolute.md": b"x"}))


def many_members() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("pack.toml", MINIMAL_MANIFEST)
        for number in range(60_000):
            archive.writestr(f"a/{number}", b"")
    return buffer.getvalue()


def truncated() -> bytes:
    data = zip_of(minimal())
    return data[: len(data) // 2]


def not_a_zip() -> bytes:
    return b"This is a letter, not a pack.\n" * 20


def symlink() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in minimal().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("answers/passwd.md")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    return buffer.getvalue()


def duplicates() -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns, and writes it anyway
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in minimal().items():
                archive.writestr(name, data)
            archive.writestr("answers/one.md", b"Another one.")
    return buffer.getvalue()


def no_manifest() -> bytes:
    return zip_of(ANSWERS)


def encrypted() -> bytes:
    # Flag bit 0 (encrypted) in every central and local header.
    data = zip_of(minimal())
    data = _patched(data, b"PK\x01\x02", 8, struct.pack("<H", 0x0001))
    return _patched(data, b"PK\x03\x04", 6, struct.pack("<H", 0x0001))


def bad_crc() -> bytes:
    return _patched(zip_of(minimal()), b"PK\x01\x02", 16, b"\xde\xad\xbe\xef")


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "bomb": (bomb, "zip bomb"),
    "traversal": (traversal, "points outside the pack"),
    "absolute": (absolute, "absolute path"),
    "60000 members": (many_members, f"at most {MAX_MEMBERS}"),
    "truncated": (truncated, "damaged or incomplete"),
    "not a zip": (not_a_zip, "not a ZIP archive"),
    "symlink": (symlink, "symbolic link"),
    "duplicates": (duplicates, "two files named"),
    "no manifest": (no_manifest, "holds no pack.toml"),
    "encrypted": (encrypted, "encrypted"),
    "bad crc": (bad_crc, "checksum"),
}

BOUNDED = (
    "import resource, sys; "
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT})); "
    "from hrd_reader.cli import main; sys.exit(main(sys.argv[1:]))"
)


def bounded(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return run_python(BOUNDED, *args, env=env, timeout=15, cwd=cwd)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_archive_is_refused_in_one_line(tmp_path: Path, kind: str) -> None:
    make, words = HOSTILE[kind]
    work = tmp_path / "work"
    work.mkdir()
    hostile = work / "hostile.hrdpack"
    hostile.write_bytes(make())
    before = sorted(tmp_path.rglob("*"))
    # The reader's own path for a pack: export-pdf loads it before anything else.
    result = bounded("export-pdf", str(work / "out.pdf"), "--content", str(hostile), cwd=work)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"cannot open {hostile}: " in lines[0] and words in lines[0], lines[0]
    assert " — " in lines[0]
    checked = bounded("validate", str(hostile), cwd=work)
    assert checked.returncode == 2
    assert checked.stdout.startswith(f"{hostile}: ") and words in checked.stdout
    assert len(checked.stderr.strip().splitlines()) == 1
    # Nothing written: not the PDF, not a member (traversal or absolute) anywhere.
    assert sorted(tmp_path.rglob("*")) == before
    assert not Path("/tmp/hrd-absolute.md").exists()


def test_archives_are_never_extracted(tmp_path: Path, opened_files) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mini.hrdpack"
    path.write_bytes(archive_bytes(minimal()))
    opened_files.recording = True
    load_pack(path)
    opened_files.recording = False
    assert [p for p in opened_files.paths if p != path] == []
    assert sorted(tmp_path.iterdir()) == [path]


def test_lying_sizes_are_damage_not_a_bomb() -> None:
    # The directory says 4 bytes; the data unpacks to 50 MiB: zipfile stops at 4, and the
    # checksum of those 4 bytes is wrong.
    data = zip_of(minimal(**{"answers/one.md": b"\x00" * (50 * 1024 * 1024)}))
    lied = _patched(data, b"PK\x01\x02", 24, struct.pack("<I", 4))
    assert "checksum" in problem_of(lied)
