"""The Windows setup program: made with NSIS from the one-folder build, and checked by
installing it silently as a user would.

    python build_spec/windows_setup.py make dist/hrd-reader
        the setup program dist/hrd-reader-VERSION-windows-amd64-setup.exe, from the Windows
        one-folder build, with makensis (NSIS 3; Debian's ``nsis`` package or the Windows
        one). The script is build_spec/windows/installer.nsi.
    python build_spec/windows_setup.py check dist/hrd-reader-VERSION-windows-amd64-setup.exe
        on Windows (or under Wine): install it silently for this user, check the program,
        the Start-menu entry, the .hrdpack association and the Installed apps entry, run the
        installed program's --self-test, open a .hrdpack through the association and see its
        window, uninstall silently and check that nothing of the reader is left. Exit 0 when
        all of that holds; otherwise the first thing that did not, on stderr, exit 1.

The installers workflow runs both on windows-latest; the tests run ``make`` on Linux and
``check`` under Wine (tests/e2e/test_windows_setup.py).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__:
    from build_spec import spec_helpers
else:  # run as a script: build_spec/ itself is on sys.path
    import spec_helpers

ROOT = spec_helpers.ROOT
NSIS_SCRIPT = ROOT / "build_spec" / "windows" / "installer.nsi"
LICENSE = ROOT / "build_spec" / "windows" / "license.txt"
DIST = ROOT / "dist"
EXE = "hrd-reader.exe"
# What installer.nsi writes: the registry keys (under HKEY_CURRENT_USER) and the places.
PROG_ID = "HRDReader.Pack"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\org.cartercenter.HRDReader"
CLASSES = r"Software\Classes"
OUR_KEYS = (
    UNINSTALL_KEY,
    rf"{CLASSES}\{PROG_ID}",
    rf"{CLASSES}\Applications\{EXE}",
    rf"{CLASSES}\.hrdpack",
)
INSTALL_FOLDER = r"Programs\HRD Reader"  # under %LOCALAPPDATA%
SHORTCUT = r"Microsoft\Windows\Start Menu\Programs\HRD Reader.lnk"  # under %APPDATA%
DATA_FOLDER = "HRD Reader"  # the reader's settings and logs, under %APPDATA% / %LOCALAPPDATA%


def setup_path(version: str, dist: Path = DIST) -> Path:
    return dist / f"{spec_helpers.NAME}-{version}-windows-amd64-setup.exe"


def find_makensis() -> str:
    """makensis: $MAKENSIS, else on PATH, else where the Windows NSIS installs itself."""
    candidates = [os.environ.get("MAKENSIS"), shutil.which("makensis")]
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(variable):
            candidates.append(str(Path(os.environ[variable]) / "NSIS" / "makensis.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit(
        "windows_setup: makensis (NSIS 3) is not installed: apt-get install nsis "
        "(Debian, Ubuntu) or choco install nsis (Windows)"
    )


def stub_target(makensis: str) -> str:
    """amd64-unicode when this NSIS has 64-bit stubs (Debian's has), else x86-unicode."""
    info = subprocess.run([makensis, "-HDRINFO"], capture_output=True, text=True, check=True)
    match = re.search(r"NSISDIR=([^,\r\n]+)", info.stdout)
    if match and (Path(match[1]) / "Stubs" / "lzma_solid-amd64-unicode").is_file():
        return "amd64-unicode"
    return "x86-unicode"


def nsis_string(text: str) -> str:
    """``text`` inside an NSIS "…" string: ``$`` doubled, no quote or line break allowed."""
    if any(c in text for c in '"\r\n`'):
        raise SystemExit(f"windows_setup: a file name NSIS cannot quote: {text!r}")
    return text.replace("$", "$$")


def uninstall_lines(folder: Path) -> list[str]:
    """Delete every file of ``folder`` (as installed in $INSTDIR), then each folder, deepest
    first, if it is empty by then."""
    files, folders = [], []
    for path in sorted(folder.rglob("*")):
        relative = nsis_string(str(path.relative_to(folder)).replace("/", "\\"))
        (folders if path.is_dir() else files).append(relative)
    lines = [f'Delete "$INSTDIR\\{name}"' for name in files]
    lines += [f'RMDir "$INSTDIR\\{name}"' for name in sorted(folders, reverse=True)]
    return lines


def make(folder: Path, version: str, dist: Path = DIST, log: Callable[[str], None] = print) -> Path:
    """The setup program of the one-folder Windows build ``folder``."""
    if not (folder / EXE).is_file():
        raise SystemExit(f"windows_setup: {folder} holds no {EXE}: build the Windows folder first")
    makensis = find_makensis()
    target = setup_path(version, dist)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hrd-reader-setup-") as work:
        icons = Path(work) / "icons"
        subprocess.run(
            [sys.executable, str(ROOT / "build_spec" / "icons.py"), str(icons)],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        listing = Path(work) / "uninstall-files.nsh"
        listing.write_text("\n".join(uninstall_lines(folder)) + "\n", encoding="utf-8")
        size_kb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // 1024
        defines = {
            "VERSION": version,
            "SOURCE": str(folder.resolve()),
            "OUTFILE": str(target.resolve()),
            "TARGET": stub_target(makensis),
            "ICON": str(icons / "hrd-reader.ico"),
            "LICENSE": str(LICENSE),
            "UNINSTALL_LIST": str(listing),
            "SIZE_KB": str(size_kb),
        }
        command = [makensis, "-V2", *(f"-D{k}={v}" for k, v in defines.items()), str(NSIS_SCRIPT)]
        log("windows_setup: " + " ".join(command))
        start = time.monotonic()
        subprocess.run(command, check=True)
    log(f"windows_setup: {target.name} ({target.stat().st_size / 1e6:.1f} MB) "
        f"in {time.monotonic() - start:.0f} s")  # fmt: skip
    return target


if sys.platform == "win32":
    import winreg

    def registry_value(key: str, name: str = "") -> str | None:
        """A value under HKEY_CURRENT_USER (the default value for ``name=""``), or None."""
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                return str(winreg.QueryValueEx(handle, name)[0])
        except OSError:
            return None

    def registry_key_exists(key: str) -> bool:
        try:
            winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, key))
        except OSError:
            return False
        return True


def _profile(variable: str) -> Path:
    return Path(os.environ[variable])


def _wait(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return condition()


def _window_titles() -> Iterator[tuple[int, str]]:
    """(handle, title) of every visible top-level window (Windows, through user32)."""
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    found: list[tuple[int, str]] = []
    callback_type = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

    def visit(handle: int, _: int) -> bool:
        if user32.IsWindowVisible(handle):
            buffer = ctypes.create_unicode_buffer(512)
            user32.GetWindowTextW(handle, buffer, 512)
            found.append((handle, buffer.value))
        return True

    user32.EnumWindows(callback_type(visit), 0)
    yield from found


def _under_wine() -> bool:
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def _close_window(handle: int) -> None:
    import ctypes

    wm_close = 0x0010
    ctypes.WinDLL("user32").PostMessageW(handle, wm_close, 0, 0)


def check(setup: Path, pack_source: Path, log: Callable[[str], None] = print) -> list[str]:
    """Install ``setup`` silently, check it, open a .hrdpack of ``pack_source`` (a pack
    folder) through the association, uninstall; the problems found (empty: all good)."""
    program_dir = _profile("LOCALAPPDATA") / INSTALL_FOLDER
    program = program_dir / EXE
    shortcut = _profile("APPDATA") / SHORTCUT
    if program_dir.exists() or registry_key_exists(UNINSTALL_KEY):
        return [f"already installed here ({program_dir}): uninstall it first"]
    run = subprocess.run([str(setup), "/S"], capture_output=True, timeout=600)
    if run.returncode != 0:
        return [f"{setup.name} /S exited {run.returncode}"]
    log(f"check: installed silently into {program_dir}")
    problems = [f"missing after install: {p}" for p in (program, shortcut) if not p.is_file()]
    command = registry_value(rf"{CLASSES}\{PROG_ID}\shell\open\command")
    expected = {
        (rf"{CLASSES}\.hrdpack", ""): PROG_ID,
        (rf"{CLASSES}\{PROG_ID}\shell\open\command", ""): f'"{program}" "%1"',
        (UNINSTALL_KEY, "DisplayName"): "HRD Reader",
        (UNINSTALL_KEY, "QuietUninstallString"): f'"{program_dir / "uninstall.exe"}" /S',
    }
    for (key, name), value in expected.items():
        seen = registry_value(key, name)
        if seen is None or seen.lower() != value.lower():
            problems.append(f"registry HKCU\\{key} {name or '(default)'}: {seen!r}, not {value!r}")
    log(f"check: .hrdpack opens with {command}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    test = subprocess.run([str(program), "--self-test"], capture_output=True, text=True, env=env,
                          timeout=300)  # fmt: skip
    if test.returncode != 0:
        problems.append(f"installed program --self-test exited {test.returncode}: {test.stderr}")
    problems += _open_through_association(program, pack_source, log)
    uninstaller = program_dir / "uninstall.exe"
    subprocess.run([str(uninstaller), "/S"], capture_output=True, timeout=300)
    # The uninstaller copies itself elsewhere and returns at once: wait for its work.
    if not _wait(lambda: not program_dir.exists(), 120):
        left = sorted(str(p) for p in program_dir.rglob("*"))[:10]
        problems.append(f"uninstall left {program_dir}: {left}")
    log("check: uninstalled silently")
    places = [shortcut, _profile("APPDATA") / DATA_FOLDER, _profile("LOCALAPPDATA") / DATA_FOLDER]
    problems += [f"uninstall left {p}" for p in places if p.exists()]
    problems += [f"uninstall left HKCU\\{k}" for k in OUR_KEYS if registry_key_exists(k)]
    return problems


def _open_through_association(
    program: Path, pack_source: Path, log: Callable[[str], None]
) -> list[str]:
    """Make a .hrdpack with the installed program, open it as a double-click does
    (ShellExecute "open"), see a window titled with the pack's title, close it."""
    import tomllib

    title = tomllib.loads((pack_source / "pack.toml").read_text("utf-8"))["pack"]["title"]
    with tempfile.TemporaryDirectory(prefix="hrd-reader-check-") as work:
        packed = Path(work) / "check.hrdpack"
        made = subprocess.run([str(program), "pack", str(pack_source), str(packed)],
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        if made.returncode != 0 or not packed.is_file():
            return [f"hrd-reader pack failed ({made.returncode}): {made.stderr.strip()}"]
        if _under_wine():
            # Wine 8.0 does not merge per-user classes (HKCU\Software\Classes) into
            # HKEY_CLASSES_ROOT, so ShellExecute finds no program: run the registered command
            # as Explorer would.
            command = registry_value(rf"{CLASSES}\{PROG_ID}\shell\open\command") or ""
            log(f"check: under Wine: running the registered command {command}")
            opened = subprocess.Popen(command.replace("%1", str(packed)))
        else:
            opened = None
            os.startfile(packed)  # type: ignore[attr-defined]  # as a double-click does
        windows: list[int] = []

        def shown() -> bool:
            windows[:] = [h for h, text in _window_titles() if text.startswith(title)]
            return bool(windows)

        try:
            if not _wait(shown, 90):
                return [f"no window titled {title!r} after opening {packed.name}"]
            log(f"check: {packed.name} opened through the association: window {title!r}")
            for handle in windows:
                _close_window(handle)
            if not _wait(lambda: not shown(), 60):
                return [f"the window {title!r} did not close"]
        finally:
            if opened is not None:
                try:
                    opened.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    opened.kill()
                    opened.wait(timeout=30)
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_spec/windows_setup.py", description="Make or check the Windows setup program."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("make", help="make the setup program with makensis")
    making.add_argument("folder", type=Path, help="the Windows one-folder build (dist/hrd-reader)")
    checking = commands.add_parser("check", help="install, check and uninstall it (Windows)")
    checking.add_argument("setup", type=Path, help="the setup program")
    checking.add_argument(
        "--pack",
        type=Path,
        default=ROOT / "tests" / "packs" / "arabic",
        help="a pack folder to open through the .hrdpack association",
    )
    args = parser.parse_args(argv)
    # Pack titles and paths in any script, whatever the console's code page (cp1252 …).
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if args.command == "make":
        make(args.folder, spec_helpers.project_version())
        return 0
    if sys.platform != "win32":
        parser.error("check installs the setup program: run it on Windows (or under Wine)")
    problems = check(args.setup.resolve(), args.pack.resolve())
    for problem in problems:
        print(f"windows_setup: check: {problem}", file=sys.stderr)
    if not problems:
        print("windows_setup: check: all good")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
