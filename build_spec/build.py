"""Builds HRD Reader's packaged installers — the one build command.

    .venv/bin/python build_spec/build.py             # one folder: dist/hrd-reader/ (+ .tar.gz)
    .venv/bin/python build_spec/build.py --onefile   # one file:   dist/onefile/hrd-reader
    .venv/bin/python build_spec/build.py --deb       # one folder, then dist/hrd-reader_V_ARCH.deb
    .venv/bin/python build_spec/build.py --dmg       # macOS: HRD Reader.app in dist/*.dmg

``--self-test`` runs each built program's ``--self-test`` afterwards (the CI workflows do).

Run it with the project's environment (``./test.sh`` or ``scripts/bootstrap.sh test`` sets up
``.venv`` with the pinned PyInstaller). Steps:

0. write the bundled pack's render cache when it is not current (``build_spec/render_cache.py``);
1. render the icons from ``resources/icons/hrd-reader.svg`` (``build_spec/icons.py``);
2. run PyInstaller on ``build_spec/hrd_reader.spec`` (work files in ``build/pyinstaller``);
3. on Linux, one-folder build: add the desktop integration beside the program —
   ``share/applications/*.desktop``, ``share/metainfo/*.metainfo.xml`` (version filled in
   from pyproject.toml), hicolor icons (SVG + PNGs), the ``.hrdpack`` MIME type
   (``share/mime/packages/``) and ``install-desktop-entry.sh`` — check them with
   ``desktop-file-validate`` and ``appstreamcli validate`` when those are installed, and pack
   the folder as ``dist/hrd-reader-VERSION-linux-ARCH.tar.gz`` (Windows: ``…-windows-ARCH.zip``,
   macOS: ``…-macos-ARCH.tar.gz``; ``build_spec/installers.py``);
4. with ``--deb``, make the Debian package from that folder (``build_spec/deb.py``) and run
   ``lintian`` on it when installed (an error fails the build); with ``--dmg`` (macOS), put
   the ``.app`` in a disk image;
5. print the size of the folder (bytes on disk) and of the archive, and the build time.

From Python (the benchmark and the tests use this)::

    from build_spec.build import build
    result = build(reuse=True)          # skips PyInstaller when nothing it packs changed
    result.executable                   # Path of dist/hrd-reader/hrd-reader
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "hrd_reader.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "hrd-reader"
APP_ID = "org.cartercenter.HRDReader"
DESKTOP_SOURCES = ROOT / "resources" / "desktop"
# Budget from the packaging issue: what a user downloads and what it takes on disk.
FOLDER_BUDGET = 120 * 1000 * 1000
ARCHIVE_BUDGET = 50 * 1000 * 1000
# Everything that ends up in the package: a change to any of these means a new build.
PACKED_SOURCES = (
    "hrd_reader",
    "resources",
    "build_spec",
    "main.py",
    "pyproject.toml",
    "requirements",
)

if __package__:
    from build_spec import deb, icons, installers, render_cache, spec_helpers
else:  # run as a script: build_spec/ itself is on sys.path
    import deb
    import icons
    import installers
    import render_cache
    import spec_helpers


@dataclass(frozen=True)
class BuildResult:
    """What a build produced (paths are absolute)."""

    executable: Path
    folder: Path | None  # the one-folder build, None for --onefile
    archive: Path | None  # the .tar.gz (Linux, one-folder only)
    size_on_disk: int  # bytes the folder (or the one file) occupies
    archive_size: int | None
    seconds: float
    reused: bool  # True when an up-to-date earlier build was kept

    def report(self) -> str:
        if self.folder is not None:
            lines = [
                f"{_rel(self.folder)}: {_mb(self.size_on_disk)} on disk "
                f"(budget {_mb(FOLDER_BUDGET)})"
            ]
        else:
            lines = [f"{_rel(self.executable)}: {_mb(self.size_on_disk)}"]
        if self.archive is not None and self.archive_size is not None:
            lines.append(
                f"{_rel(self.archive)}: {_mb(self.archive_size)} (budget {_mb(ARCHIVE_BUDGET)})"
            )
        how = "reused the up-to-date build" if self.reused else "built"
        lines.append(f"{how} in {self.seconds:.0f} s")
        return "\n".join(lines)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def allocated_bytes(info: os.stat_result) -> int:
    """Bytes a file occupies: its allocated blocks where the system reports them (POSIX),
    else its length — Windows' ``os.stat`` has no ``st_blocks``."""
    blocks = getattr(info, "st_blocks", None)
    return int(blocks) * 512 if blocks is not None else info.st_size


def size_on_disk(path: Path) -> int:
    """Bytes allocated on disk (like ``du``), counting each file once, links as links."""
    if path.is_file():
        return allocated_bytes(path.stat())
    total, seen = 0, set()
    for item in [path, *path.rglob("*")]:
        info = item.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += allocated_bytes(info)
    return total


def _packed_files() -> Iterator[Path]:
    for name in PACKED_SOURCES:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            )


def source_digest(onefile: bool) -> str:
    """A fingerprint of everything the package is made from, and of the Python running it."""
    digest = hashlib.sha256(f"{sys.version}|{sys.prefix}|onefile={onefile}".encode())
    for path in _packed_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _stamp(onefile: bool) -> Path:
    return WORK / f"{NAME}{'-onefile' if onefile else ''}.stamp"


def build(
    onefile: bool = False, reuse: bool = False, log: Callable[[str], None] = print
) -> BuildResult:
    """Build the package; with ``reuse``, keep an earlier build whose sources are unchanged."""
    start = time.monotonic()
    version = spec_helpers.project_version()
    distpath = DIST / "onefile" if onefile else DIST
    executable = distpath / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not onefile:
        executable = distpath / NAME / executable.name
    folder = None if onefile else distpath / NAME
    archive = None if onefile else installers.archive_path(version)

    # Before the digest: a stale cache is rewritten, and then the package is built again.
    render_cache.write(log)
    digest = source_digest(onefile)
    stamp = _stamp(onefile)
    up_to_date = (
        reuse
        and executable.is_file()
        and (archive is None or archive.is_file())
        and stamp.is_file()
        and stamp.read_text() == digest
    )
    if not up_to_date:
        stamp.unlink(missing_ok=True)
        _run_pyinstaller(onefile, distpath, log)
        if folder is not None and spec_helpers.is_linux():
            add_desktop_integration(folder, version)
            problems = validate_desktop_files(folder, log)
            if problems:
                raise SystemExit("build: invalid desktop files:\n" + "\n".join(problems))
        if archive is not None and folder is not None:
            installers.make_archive(folder, archive)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
    measured = folder if folder is not None else executable
    return BuildResult(
        executable=executable,
        folder=folder,
        archive=archive,
        size_on_disk=size_on_disk(measured),
        archive_size=archive.stat().st_size if archive is not None else None,
        seconds=time.monotonic() - start,
        reused=up_to_date,
    )


def _run_pyinstaller(onefile: bool, distpath: Path, log: Callable[[str], None]) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "build: PyInstaller is not installed in this Python. Set up the project's "
            "environment (scripts/bootstrap.sh test) and run: "
            ".venv/bin/python build_spec/build.py"
        ) from None
    icons = WORK / "icons"
    subprocess.run(
        [sys.executable, str(ROOT / "build_spec" / "icons.py"), str(icons)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(distpath), "--workpath", str(WORK), str(SPEC),
        "--", "--icons", str(icons), *(["--onefile"] if onefile else []),
    ]  # fmt: skip
    log("build: " + " ".join(command[1:]))
    # Qt must not try to reach a display while PyInstaller inspects it.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def add_desktop_integration(folder: Path, version: str) -> None:
    """Put the freedesktop files beside the program, as they would sit under /usr/share."""
    share = folder / "share"
    if share.exists():
        shutil.rmtree(share)
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(DESKTOP_SOURCES / f"{APP_ID}.desktop", applications)
    metainfo = share / "metainfo"
    metainfo.mkdir()
    template = (DESKTOP_SOURCES / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(
        template.replace("@VERSION@", version).replace("@DATE@", today), "utf-8"
    )
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "hrd-reader.svg", scalable / f"{APP_ID}.svg")
    for size in icons.HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(WORK / "icons" / icons.png_name(size), target / f"{APP_ID}.png")
    # The .hrdpack file type, named as shared-mime-info's packages are (APP_ID.xml).
    mime = share / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy2(DESKTOP_SOURCES / f"{APP_ID}.mime.xml", mime / f"{APP_ID}.xml")
    script = folder / "install-desktop-entry.sh"
    shutil.copy2(DESKTOP_SOURCES / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def validate_desktop_files(folder: Path, log: Callable[[str], None] = print) -> list[str]:
    """Problems ``desktop-file-validate`` and ``appstreamcli`` find (each run if installed)."""
    checks = [
        ("desktop-file-validate", folder / "share" / "applications" / f"{APP_ID}.desktop", []),
        ("appstreamcli", folder / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
         ["validate", "--no-net"]),
    ]  # fmt: skip
    problems = []
    for tool, path, args in checks:
        if shutil.which(tool) is None:
            log(f"build: {tool} is not installed; {path.name} not validated")
            continue
        result = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{tool} {path.name}:\n{result.stdout}{result.stderr}")
        else:
            log(f"build: {path.name} is valid ({tool})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_spec/build.py", description="Build HRD Reader's packaged installers."
    )
    parser.add_argument(
        "--onefile", action="store_true", help="one self-extracting file (dist/onefile/)"
    )
    parser.add_argument(
        "--if-changed",
        action="store_true",
        help="keep an earlier build when nothing it is made from has changed",
    )
    parser.add_argument(
        "--deb",
        action="store_true",
        help="also make the Debian package dist/hrd-reader_VERSION_ARCH.deb (Linux)",
    )
    parser.add_argument(
        "--dmg", action="store_true", help="also put HRD Reader.app in a disk image (macOS)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run each built program's --self-test afterwards; fail if it fails",
    )
    args = parser.parse_args(argv)
    if args.deb and (args.onefile or not spec_helpers.is_linux()):
        parser.error("--deb packs the one-folder build, on Linux")
    if args.dmg and sys.platform != "darwin":
        parser.error("--dmg is for macOS")
    result = build(onefile=args.onefile, reuse=args.if_changed)
    print(result.report())
    if args.self_test:
        installers.self_test(result.executable)
    if args.onefile:
        named = installers.named_onefile(result.executable, spec_helpers.project_version())
        print(f"{_rel(named)}: the one-file program, named for a release")
    if args.deb:
        assert result.folder is not None
        package = build_deb(result.folder)
        print(f"{_rel(package)}: {_mb(package.stat().st_size)}")
    if args.dmg:
        app = installers.app_bundle(DIST / "onefile" if args.onefile else DIST)
        if args.self_test:
            installers.self_test(installers.app_executable(app))
        image = installers.make_dmg(app, spec_helpers.project_version())
        print(f"{_rel(image)}: {_mb(image.stat().st_size)}")
    return 0


def build_deb(folder: Path, log: Callable[[str], None] = print) -> Path:
    """The .deb of the one-folder build ``folder``, checked by lintian when installed."""
    package = deb.build_deb(folder, spec_helpers.project_version(), WORK, log)
    errors = deb.lintian(package, log)
    if errors:
        raise SystemExit("build: lintian finds errors in the .deb:\n" + "\n".join(errors))
    return package


if __name__ == "__main__":
    raise SystemExit(main())
