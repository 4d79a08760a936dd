"""The Debian package: ``build.py --deb`` turns the one-folder build into
``dist/hrd-reader_VERSION_ARCH.deb`` with ``dpkg-deb``.

What it installs::

    /opt/hrd-reader/                      the one-folder build (program and _internal/)
    /usr/bin/hrd-reader                   -> /opt/hrd-reader/hrd-reader
    /usr/share/applications/              the .desktop file
    /usr/share/metainfo/                  AppStream metadata (software centres)
    /usr/share/icons/hicolor/*/apps/      the icon, SVG and PNGs
    /usr/share/mime/packages/             the .hrdpack file type (application/x-hrdpack)
    /usr/share/doc/hrd-reader/            copyright and changelog
    /usr/share/man/man1/hrd-reader.1.gz   the manual page, made from the program's --help
    /usr/share/lintian/overrides/         why the bundle is as it is (see debian/)

No maintainer scripts: Debian's desktop-file-utils, shared-mime-info and hicolor-icon-theme
refresh their caches through dpkg triggers on these folders, and ``apt purge`` removes every
file the package installed (it writes nothing else).

``Depends:`` is every system library the program loads that the package does not carry —
what the bundle's ELF files link to (``DT_NEEDED``) that no file in it provides — mapped to
its Debian package by ``SYSTEM_LIBRARY_PACKAGES``, plus ``DATA_PACKAGES`` for files the
bundled libraries read from the system. The build fails on a library the table does not
know, so the list cannot fall behind the bundle.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

if __package__:
    from build_spec import spec_helpers
else:  # run as a script from build.py: build_spec/ itself is on sys.path
    import spec_helpers

ROOT = spec_helpers.ROOT
NAME = spec_helpers.NAME
DEBIAN = ROOT / "build_spec" / "debian"
PREFIX = Path("opt") / NAME
# Who answers for the package (dpkg's Maintainer field; lintian wants a name and an address).
# The address is a placeholder (.invalid never delivers): set the real one before publishing.
MAINTAINER = "HRD Reader maintainers <maintainers@hrd-reader.invalid>"
HOMEPAGE = "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"

# Libraries the bundle links to but does not carry, and the package that provides each.
# They are left to the system on purpose: the C library and its loader are the system's
# own; GL and EGL must match the machine's graphics driver, and libxcb and Wayland's client
# libraries its display server (PyInstaller never bundles these); CUPS and D-Bus talk to
# that system's services (spec_helpers.SYSTEM_LIBRARIES).
SYSTEM_LIBRARY_PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libcups.so.2": "libcups2",  # Debian 13 / Ubuntu 24.04: libcups2t64 provides it
    "libdbus-1.so.3": "libdbus-1-3",
}
# Files the bundled libraries read from the system: Fontconfig's configuration (which also
# brings a font, fonts-dejavu-core by default) and xkbcommon's keyboard layouts.
DATA_PACKAGES = ("fontconfig-config", "xkb-data")
# Used when present: links open in the browser through xdg-open (without it the reader
# shows the address and a QR code instead).
RECOMMENDS = ("xdg-utils",)

_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def unbundled_libraries(
    folder: Path, needed: Callable[[str], Iterable[str]] = spec_helpers.elf_needed
) -> dict[str, list[str]]:
    """Library → the bundle's files that link to it, for each library no file provides."""
    provided = {p.name for p in folder.rglob("*") if p.is_file()}
    users: dict[str, list[str]] = {}
    for path in elf_files(folder):
        for library in needed(str(path)):
            if library not in provided:
                users.setdefault(library, []).append(str(path.relative_to(folder)))
    return users


def glibc_version(folder: Path) -> str:
    """The newest ``GLIBC_x.y`` symbol version any file of the bundle asks for."""
    newest = (2, 17)
    for path in elf_files(folder):
        for major, minor in _GLIBC.findall(path.read_bytes()):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def depends(
    folder: Path, needed: Callable[[str], Iterable[str]] = spec_helpers.elf_needed
) -> list[str]:
    """The ``Depends:`` entries of the package built from ``folder``."""
    users = unbundled_libraries(folder, needed)
    unknown = sorted(set(users) - set(SYSTEM_LIBRARY_PACKAGES))
    if unknown:
        lines = [f"  {library} (needed by {users[library][0]})" for library in unknown]
        raise SystemExit(
            "build: the bundle links to libraries it does not carry and that "
            "build_spec/deb.py's SYSTEM_LIBRARY_PACKAGES does not map to a Debian package:\n"
            + "\n".join(lines)
        )
    packages = sorted({SYSTEM_LIBRARY_PACKAGES[library] for library in users})
    libc = f"libc6 (>= {glibc_version(folder)})"
    return [libc if p == "libc6" else p for p in packages] + list(DATA_PACKAGES)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_path(version: str, arch: str | None = None) -> Path:
    return ROOT / "dist" / f"{NAME}_{version}_{arch or architecture()}.deb"


def control(version: str, arch: str, installed_kib: int, depends: list[str]) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        "Description: offline reader for the Human Rights Defenders FAQ\n"
        ' HRD Reader shows The Carter Center\'s "Human Rights Defenders: FAQ" with no\n'
        " network at all: the questions in a sidebar, the answer beside them, a\n"
        " presentation mode for projectors, search, zoom, themes and PDF handouts.\n"
        " .\n"
        " The Donate and Sign Up buttons open the organisation's pages in the browser\n"
        " only when clicked; without a browser the address is shown with a QR code.\n"
    )


def changelog(version: str) -> bytes:
    """A one-entry changelog (lintian wants one); gzip without a time stamp, reproducibly."""
    when = dt.datetime.now(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    text = (
        f"{NAME} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}, built by build_spec/build.py --deb.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def _help(executable: Path, *command: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLUMNS": "80"}
    return subprocess.run(
        [str(executable), *command, "--help"], capture_output=True, text=True, env=env, check=True
    ).stdout


def _roff(text: str) -> str:
    """Plain text as roff lines shown as they are (backslashes and leading dots escaped)."""
    lines = text.replace("\\", "\\e").splitlines()
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in lines)


def manual_page(executable: Path, version: str) -> bytes:
    """``hrd-reader(1)``, gzipped: the program's own --help and each command's, so the page
    says what the program does and cannot fall behind it."""
    main = _help(executable)
    commands = sorted(set(re.findall(rf"'{NAME} ([a-z][a-z-]*) ", main)))
    parts = [
        f'.TH HRD-READER 1 "{dt.datetime.now(dt.UTC).date().isoformat()}" '
        f'"{NAME} {version}" "User Commands"',
        ".SH NAME",
        f"{NAME} \\- offline reader for the Human Rights Defenders FAQ",
        ".SH DESCRIPTION",
        ".nf",
        _roff(main),
        ".fi",
    ]
    if commands:
        parts.append(".SH COMMANDS")
    for command in commands:
        parts += [f".SS {command}", ".nf", _roff(_help(executable, command)), ".fi"]
    parts += [".SH SEE ALSO", f"/usr/share/doc/{NAME}/copyright", ""]
    return gzip.compress("\n".join(parts).encode(), compresslevel=9, mtime=0)


def stage(folder: Path, version: str, root: Path) -> None:
    """Lay out the package's files under ``root`` (made anew), with Debian's permissions."""
    if root.exists():
        shutil.rmtree(root)
    program = root / PREFIX
    # The folder's own desktop files and installer script are for the archive; the package
    # puts them where the system looks.
    shutil.copytree(
        folder, program, symlinks=True, ignore=shutil.ignore_patterns("share", "install-*.sh")
    )
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(Path("/") / PREFIX / NAME)
    share = root / "usr" / "share"
    # Desktop entry, metainfo, icons and MIME type, as build.py laid them out in the folder.
    shutil.copytree(folder / "share", share)
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy2(DEBIAN / "copyright", doc / "copyright")
    (doc / "changelog.gz").write_bytes(changelog(version))
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    (man / f"{NAME}.1.gz").write_bytes(manual_page(folder / NAME, version))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(DEBIAN / "lintian-overrides", overrides / NAME)
    executable = program / NAME
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == executable else 0o644)


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return "\n".join(lines) + "\n"


def build_deb(folder: Path, version: str, work: Path, log: Callable[[str], None] = print) -> Path:
    """Build the .deb from the one-folder build ``folder``; return its path."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build: --deb needs dpkg-deb (Debian or Ubuntu, package dpkg)")
    root = work / "deb-root"
    stage(folder, version, root)
    installed = sum(p.lstat().st_size for p in root.rglob("*"))
    arch = architecture()
    entries = depends(folder)
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "md5sums").write_text(md5sums(root), "utf-8")
    (root / "DEBIAN" / "control").write_text(
        control(version, arch, -(-installed // 1024), entries), "utf-8"
    )
    for name in ("control", "md5sums"):
        (root / "DEBIAN" / name).chmod(0o644)
    target = deb_path(version, arch)
    target.parent.mkdir(parents=True, exist_ok=True)
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    log(f"build: {target.name}: Depends: {', '.join(entries)}")
    return target


def lintian(deb: Path, log: Callable[[str], None] = print) -> list[str]:
    """Lintian's errors on the package (warnings are only logged); empty when not installed."""
    if shutil.which("lintian") is None:
        log("build: lintian is not installed; the .deb was not checked")
        return []
    result = subprocess.run(
        ["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True
    )
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    for line in tags:
        log(f"build: lintian: {line}")
    if not tags:
        log(f"build: {deb.name}: lintian reports nothing")
    return [line for line in tags if line.startswith("E:")]
