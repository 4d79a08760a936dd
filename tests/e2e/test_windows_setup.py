"""The Windows setup program (build_spec/windows_setup.py, build_spec/windows/installer.nsi),
installed under Wine into a fresh prefix as a user would: silently (/S), for this user only;
the Start-menu entry, the .hrdpack association and the Installed apps entry read back with
``wine reg query``; the installed program's --self-test; a .hrdpack opened through the
association; a silent uninstall that leaves no file and no registry key of ours. Then the
workflow's own check command, run by the Windows Python under Wine."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_spec import windows_setup
from tests.helpers import wine as winelib
from tests.helpers.paths import ARABIC_PACK, VERSION
from tests.helpers.processes import self_test_ok
from tests.helpers.windows_build import WindowsBuild, expand, workflow_commands

pytestmark = [pytest.mark.windows, pytest.mark.frozen, pytest.mark.xvfb, pytest.mark.timeout(2400)]

ARABIC_TITLE = "المدافعون عن حقوق الإنسان: أسئلة شائعة"
HKCU = "HKEY_CURRENT_USER"


def files(wine: winelib.Wine) -> set[str]:
    return {str(p.relative_to(wine.drive_c)) for p in wine.drive_c.rglob("*") if p.is_file()}


def registry_export(wine: winelib.Wine, target: Path) -> str:
    """The whole of HKEY_CURRENT_USER as regedit exports it (UTF-16 text)."""
    result = wine.run("regedit", "/E", wine.windows_path(target), HKCU, timeout=120)
    assert result.returncode == 0, result.stderr
    return target.read_bytes().decode("utf-16", errors="replace")


class Installed:
    """A fresh prefix, what it held before the setup ran, and where the program went."""

    def __init__(self, wine: winelib.Wine, before: set[str], registry_before: str) -> None:
        self.wine = wine
        self.before = before
        self.registry_before = registry_before
        self.folder = wine.local_appdata / "Programs" / "HRD Reader"
        self.program = self.folder / "hrd-reader.exe"
        self.shortcut = (
            wine.appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "HRD Reader.lnk"
        )


@pytest.fixture(scope="module")
def installed(
    windows_build: WindowsBuild, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("windows-setup")
    wine = winelib.new_prefix(work / "prefix", windows_build.wine.display, windows_build.stand_ins)
    try:
        state = Installed(wine, files(wine), registry_export(wine, work / "before.reg"))
        start = time.monotonic()
        result = wine.run(wine.windows_path(windows_build.setup), "/S", timeout=600)
        print(f"silent install: {time.monotonic() - start:.1f} s")
        assert result.returncode == 0, result.stderr[-2000:]
        yield state
    finally:
        wine.stop()


def test_silent_install_for_this_user_only(installed: Installed) -> None:
    wine = installed.wine
    assert installed.program.is_file() and (installed.folder / "uninstall.exe").is_file()
    assert installed.shortcut.is_file()
    assert (installed.folder / "_internal" / "PySide6" / "plugins" / "platforms").is_dir()
    # Nothing outside this user's profile: no administrator was needed, and none was asked.
    profile = str(wine.profile.relative_to(wine.drive_c))
    elsewhere = {f for f in files(wine) - installed.before if not f.startswith(profile)}
    assert not elsewhere, sorted(elsewhere)[:20]


def test_registry_holds_the_association_and_the_installed_apps_entry(installed: Installed) -> None:
    wine = installed.wine
    program = wine.windows_path(installed.program)
    classes = rf"HKCU\{windows_setup.CLASSES}"
    assert wine.registry(rf"{classes}\.hrdpack") == {
        "(Default)": windows_setup.PROG_ID,
        "Content Type": "application/x-hrdpack",
    }
    command = wine.registry(rf"{classes}\{windows_setup.PROG_ID}\shell\open\command")
    assert command == {"(Default)": f'"{program}" "%1"'}
    entry = wine.registry(rf"HKCU\{windows_setup.UNINSTALL_KEY}")
    assert entry is not None
    uninstaller = wine.windows_path(installed.folder / "uninstall.exe")
    assert entry["DisplayName"] == "HRD Reader"
    assert entry["DisplayVersion"] == VERSION
    assert entry["UninstallString"] == f'"{uninstaller}"'
    assert entry["QuietUninstallString"] == f'"{uninstaller}" /S'
    assert entry["InstallLocation"] == wine.windows_path(installed.folder)
    assert int(entry["EstimatedSize"], 16) > 20_000  # KiB: the program folder


def test_installed_program_passes_its_self_test(installed: Installed) -> None:
    wine = installed.wine
    result = wine.run(
        wine.windows_path(installed.program), "--self-test",
        env={"QT_QPA_PLATFORM": "offscreen"}, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert self_test_ok("offscreen") in result.stdout


def test_a_hrdpack_opens_through_the_association(
    installed: Installed, tmp_path: Path, artifacts: Path
) -> None:
    """A double-click runs the command registered for .hrdpack; Wine 8.0's ShellExecute does
    not see per-user associations (tests/helpers/wine.py), so the test reads the command
    from the registry and runs it, as Explorer does — and sees the pack's window."""
    from tests.e2e.test_windows_build import screen_grab, wait_for_x_window, x_windows

    wine = installed.wine
    program = wine.windows_path(installed.program)
    packed = tmp_path / "arabic.hrdpack"
    made = wine.run(program, "pack", wine.windows_path(ARABIC_PACK), wine.windows_path(packed))
    assert made.returncode == 0 and packed.is_file(), made.stderr
    classes = rf"HKCU\{windows_setup.CLASSES}"
    prog_id = (wine.registry(rf"{classes}\.hrdpack") or {})["(Default)"]
    command = (wine.registry(rf"{classes}\{prog_id}\shell\open\command") or {})["(Default)"]
    assert command == f'"{program}" "%1"'
    opened = wine.start(program, wine.windows_path(packed))  # "%1" filled in, as Explorer does
    try:
        wait_for_x_window(wine.display, ARABIC_TITLE)
        screen_grab(wine.display, artifacts / "windows-wine-association.png")
        # Closed as Windows closes a program: WM_CLOSE to its windows (taskkill without /F).
        closing = wine.run("taskkill", "/im", "hrd-reader.exe", timeout=60)
        assert closing.returncode == 0, closing.stdout + closing.stderr
        opened.communicate(timeout=90)
    finally:
        if opened.poll() is None:
            opened.kill()
            opened.communicate(timeout=30)
    assert opened.returncode == 0
    assert not x_windows(wine.display, ARABIC_TITLE)
    # The settings it kept on closing: under %APPDATA%, with the pack it opened as recent.
    settings = wine.appdata / "HRD Reader" / "hrd-reader.ini"
    assert "arabic.hrdpack" in settings.read_text("utf-8")


def test_silent_uninstall_leaves_no_file_and_no_key_of_ours(
    installed: Installed, tmp_path: Path
) -> None:
    wine = installed.wine
    uninstaller = wine.windows_path(installed.folder / "uninstall.exe")
    result = wine.run(uninstaller, "/S", timeout=300)
    assert result.returncode == 0, result.stderr
    # The uninstaller copies itself to a temporary folder and returns: wait for its work.
    deadline = time.monotonic() + 120
    while installed.folder.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    wine.wait_idle()
    assert not installed.folder.exists(), sorted(installed.folder.rglob("*"))[:10]
    left = files(wine) - installed.before
    ours = {f for f in left if "hrd" in f.lower()}
    assert not ours, sorted(ours)
    assert not installed.shortcut.exists()
    after = registry_export(wine, tmp_path / "after.reg")
    for key in windows_setup.OUR_KEYS:
        assert f"[{HKCU}\\{key}]".lower() not in after.lower(), key
    for word in ("hrdreader", ".hrdpack", "hrd reader", "hrd-reader"):
        assert word not in after.lower(), word
        assert word not in installed.registry_before.lower(), word


def test_the_workflow_check_command_passes_under_wine(windows_build: WindowsBuild) -> None:
    """``windows_setup.py check`` as the installers workflow runs it on windows-latest: here
    the Windows Python runs it in the build's prefix (install, checks, uninstall)."""
    (check,) = [c for c in workflow_commands() if c[:2] == ["build_spec/windows_setup.py", "check"]]
    script, *args = check
    args = [expand(windows_build, a) for a in args]
    start = time.monotonic()
    result = windows_build.wine.run(
        windows_build.python, script, *args, cwd=windows_build.source, timeout=900
    )
    print(f"{' '.join(check)}: {time.monotonic() - start:.0f} s\n{result.stdout}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "windows_setup: check: all good" in result.stdout
    assert "opened through the association" in result.stdout


def test_uninstall_keeps_a_file_the_user_put_in_the_program_folder(
    windows_build: WindowsBuild, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Only what the setup installed is deleted: a portable settings.ini the user added
    beside the program stays (with its folder)."""
    work = tmp_path_factory.mktemp("windows-setup-keep")
    wine = winelib.new_prefix(work / "prefix", windows_build.wine.display, windows_build.stand_ins)
    try:
        assert wine.run(wine.windows_path(windows_build.setup), "/S").returncode == 0
        folder = wine.local_appdata / "Programs" / "HRD Reader"
        (folder / "settings.ini").write_text("[General]\n")
        subprocess.run(
            ["wine", wine.windows_path(folder / "uninstall.exe"), "/S"],
            env=wine.env(), capture_output=True, timeout=300, check=True,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while (folder / "hrd-reader.exe").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        wine.wait_idle()
        assert sorted(p.name for p in folder.rglob("*")) == ["settings.ini"]
    finally:
        wine.stop()
