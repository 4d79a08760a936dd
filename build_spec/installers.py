"""What ``build.py`` makes of PyInstaller's output on each platform, and the check that a
built program runs.

* The one-folder archive a user downloads: ``.tar.gz`` on Linux and macOS (tar keeps the
  symbolic links Qt's libraries and macOS frameworks use), ``.zip`` on Windows (what
  Explorer opens), named ``hrd-reader-VERSION-OS-ARCH``; the folder inside is ``hrd-reader/``.
* The one-file program, copied under the same kind of name (``build.py --onefile``).
* macOS: ``HRD Reader.app`` in a compressed disk image (``hdiutil``, part of macOS).
* ``self_test(program)``: runs a built program's ``--self-test`` offscreen and fails the
  build on anything but exit status 0 — on Windows and macOS the build is a windowed
  program with no console output, so the exit status is what tells.

The CI workflows call these through ``build.py`` (``--self-test``, ``--dmg``), the same
commands that run locally.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

if __package__:
    from build_spec import spec_helpers
else:  # run as a script from build.py: build_spec/ itself is on sys.path
    import spec_helpers

NAME = spec_helpers.NAME
DIST = spec_helpers.ROOT / "dist"


def system_name() -> str:
    """``linux``, ``windows`` or ``macos``: the OS part of the installers' file names."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def archive_path(version: str) -> Path:
    arch = platform.machine().lower() or "unknown"
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return DIST / f"{NAME}-{version}-{system_name()}-{arch}{suffix}"


def make_archive(folder: Path, archive: Path) -> None:
    """Pack the folder as ``NAME/…``: a .zip, or a .tar.gz with neutral owners that keeps
    symbolic links."""
    partial = archive.with_name(archive.name + ".part")
    if archive.suffix == ".zip":
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as pack:
            for path in sorted(folder.rglob("*")):
                pack.write(path, Path(NAME) / path.relative_to(folder))
    else:

        def neutral(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=NAME, filter=neutral)
    partial.replace(archive)


def named_onefile(executable: Path, version: str) -> Path:
    """A copy of the one-file program named like the archives, for a release page that
    holds every platform's (``dist/hrd-reader-VERSION-OS-ARCH[.exe]``)."""
    arch = platform.machine().lower() or "unknown"
    target = DIST / f"{NAME}-{version}-{system_name()}-{arch}{executable.suffix}"
    shutil.copy2(executable, target)
    return target


def app_bundle(distpath: Path) -> Path:
    """Where PyInstaller puts the macOS application (the spec's BUNDLE)."""
    return distpath / f"{spec_helpers.DISPLAY_NAME}.app"


def dmg_path(version: str) -> Path:
    return DIST / f"{NAME}-{version}-macos-{platform.machine().lower()}.dmg"


def make_dmg(app: Path, version: str, log: Callable[[str], None] = print) -> Path:
    """``HRD Reader.app`` in a compressed, read-only disk image, beside a link to
    /Applications to drag it onto."""
    if shutil.which("hdiutil") is None:
        raise SystemExit("build: --dmg needs hdiutil (macOS)")
    target = dmg_path(version)
    staging = target.with_suffix(".staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
    (staging / "Applications").symlink_to("/Applications")
    target.unlink(missing_ok=True)
    command = [
        "hdiutil", "create", "-volname", spec_helpers.DISPLAY_NAME, "-srcfolder", str(staging),
        "-format", "UDZO", "-ov", str(target),
    ]  # fmt: skip
    log("build: " + " ".join(command))
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(staging)
    return target


def app_executable(app: Path) -> Path:
    return app / "Contents" / "MacOS" / NAME


def self_test(program: Path, log: Callable[[str], None] = print) -> None:
    """Run ``program --self-test`` offscreen, in a clean folder; stop the build if it fails."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(variable, None)
    result = subprocess.run(
        [str(program), "--self-test"],
        cwd=program.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    shown = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"build: {program} --self-test failed ({result.returncode}):\n{shown}")
    log(f"build: {program.name} --self-test passed" + (f": {shown}" if shown else ""))
