"""The packaged program, as a user gets it: built once per session with the one build command
(``build_spec/build.py``), then started as separate processes — offscreen, on a real X display,
with a stand-in browser launcher, and from a "USB stick" folder with portable settings.

The build takes about a minute on two cores; an up-to-date earlier build in ``dist/`` is
reused when nothing it is made from changed (CI starts from a clean clone, so it builds).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from build_spec import build as builder
from hrd_reader.core import Pack
from tests.helpers.packs import DONATE_URL, FAQ_PAGE
from tests.helpers.paths import VERSION
from tests.helpers.pdf import assert_whole_handout, image_count
from tests.helpers.processes import assert_one_line_error, self_test_ok

APP_ID = "org.cartercenter.HRDReader"

# The first test pays for the build; each later one only starts the program.
pytestmark = [pytest.mark.frozen, pytest.mark.timeout(900)]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's desktop session: nothing of this test run's Python or Qt
    settings, no browser preference, so Qt falls back to ``xdg-open`` on ``PATH``."""
    keep = ("HOME", "PATH", "LANG", "LC_ALL", "TMPDIR", "XDG_RUNTIME_DIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(extra)
    return env


def start(
    exe: Path, *args: str, env: dict[str, str], timeout: int = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_folder_and_archive_are_within_the_size_budget(frozen: builder.BuildResult) -> None:
    assert frozen.folder is not None and frozen.archive is not None
    assert frozen.size_on_disk == builder.size_on_disk(frozen.folder)
    assert 10_000_000 < frozen.size_on_disk <= builder.FOLDER_BUDGET, frozen.report()
    assert frozen.archive_size is not None
    assert 5_000_000 < frozen.archive_size <= builder.ARCHIVE_BUDGET, frozen.report()


def test_self_test_offscreen(frozen: builder.BuildResult) -> None:
    result = start(frozen.executable, "--self-test", env=clean_env(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [self_test_ok("offscreen")]


@pytest.mark.xvfb
def test_self_test_on_a_real_x_display(frozen: builder.BuildResult, xvfb_display: str) -> None:
    """xcb needs libraries and plugins offscreen never touches (xcb-cursor, xkbcommon …)."""
    env = clean_env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    result = start(frozen.executable, "--self-test", env=env)
    assert result.returncode == 0, result.stderr
    assert f"window built on 'xcb' (HRD Reader {VERSION})" in result.stdout


def test_version_comes_from_pyproject(frozen: builder.BuildResult) -> None:
    result = start(frozen.executable, "--version", env=clean_env())
    assert result.stdout.strip() == f"hrd-reader {VERSION}"


def test_bad_pack_is_one_line_and_status_2(frozen: builder.BuildResult, tmp_path: Path) -> None:
    result = start(frozen.executable, "validate", str(tmp_path), env=clean_env())
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "pack.toml" in result.stdout + result.stderr
    assert_one_line_error(result, "1 problem(s)")


def test_nothing_is_read_from_the_source_tree(frozen: builder.BuildResult) -> None:
    """Resources come from inside the package: the bundled pack is there, and the program
    runs from a copy far from the checkout."""
    assert frozen.folder is not None
    internal = frozen.folder / "_internal"
    assert (internal / "resources" / "packs" / "hrd-faq" / "pack.toml").is_file()
    assert (internal / "resources" / "icons" / "hrd-reader.svg").is_file()
    assert not (internal / "resources" / "desktop").exists()
    # Compiled translations only, and Qt's own catalogue for exactly those languages.
    ours = sorted(p.name for p in (internal / "resources" / "translations").iterdir())
    codes = [name.removeprefix("hrd_reader_").removesuffix(".qm") for name in ours]
    assert ours == [f"hrd_reader_{code}.qm" for code in codes] and codes
    qt = internal / "PySide6" / "Qt" / "translations"
    assert sorted(p.name for p in qt.glob("qtbase_*.qm")) == [f"qtbase_{c}.qm" for c in codes]


def _stand_in_browser(folder: Path) -> tuple[Path, Path]:
    """An ``xdg-open`` that records the address and the environment it was started with."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    record = folder / "xdg-open.env"
    script = bin_dir / "xdg-open"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$1" > {shlex.quote(str(record))}.part\n'
        f"env >> {shlex.quote(str(record))}.part\n"
        f"mv {shlex.quote(str(record))}.part {shlex.quote(str(record))}\n"
    )
    script.chmod(0o755)
    return bin_dir, record


def _read_record(record: Path) -> tuple[str, dict[str, str]]:
    url, *lines = record.read_text().splitlines()
    env = dict(line.split("=", 1) for line in lines if "=" in line)
    return url, env


def open_link_in_stand_in_browser(
    exe: Path, link: str, tmp_path: Path, display: str, qtbot: object, **extra: str
) -> tuple[str, dict[str, str]]:
    """``exe --open-link LINK`` on ``display`` with the stand-in ``xdg-open`` first on PATH
    (and ``extra`` in the environment): the address it got and the environment it ran in."""
    bin_dir, record = _stand_in_browser(tmp_path)
    env = clean_env(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        **extra,
    )
    result = start(exe, "--open-link", link, env=env)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(record.exists, timeout=10000)  # type: ignore[attr-defined]
    return _read_record(record)


@pytest.mark.xvfb
@pytest.mark.parametrize("user_path", ["/opt/users-own-libs", None], ids=["set", "unset"])
def test_browser_gets_the_users_library_path_not_the_bundles(
    frozen: builder.BuildResult,
    xvfb_display: str,
    tmp_path: Path,
    qtbot: object,
    user_path: str | None,
) -> None:
    """PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle; a browser started with
    it would load our Qt and ICU and fail. links.py gives the launcher the user's own value.

    On xcb, Qt starts ``xdg-open`` from PATH (offscreen has no URL service at all), so a
    stand-in first on PATH sees exactly what a browser would.
    """
    user_env = {} if user_path is None else {"LD_LIBRARY_PATH": user_path}
    url, seen = open_link_in_stand_in_browser(
        frozen.executable, "donate", tmp_path, xvfb_display, qtbot, **user_env
    )
    assert url == DONATE_URL
    assert frozen.folder is not None
    if user_path is None:
        assert "LD_LIBRARY_PATH" not in seen
    else:
        # The bootloader did change the variable (it keeps the user's value in _ORIG) …
        assert seen.get("LD_LIBRARY_PATH_ORIG") == user_path
        # … and the launcher still got the user's own value, nothing of the bundle.
        assert seen["LD_LIBRARY_PATH"] == user_path
    assert str(frozen.folder) not in seen.get("LD_LIBRARY_PATH", "")


@pytest.fixture
def usb_stick(frozen: builder.BuildResult, tmp_path: Path) -> Path:
    """A copy of the one-folder build elsewhere (hard links: fast and small)."""
    assert frozen.folder is not None
    stick = tmp_path / "usb" / "hrd-reader"
    shutil.copytree(frozen.folder, stick, symlinks=True, copy_function=os.link)
    return stick


@pytest.mark.xvfb
def test_portable_settings_beside_the_program(
    usb_stick: Path, xvfb_display: str, tmp_path: Path
) -> None:
    """With settings.ini beside the program, settings stay on the stick, not in the profile."""
    portable = usb_stick / "settings.ini"
    portable.write_text("")
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
    )
    shot = tmp_path / "window.png"
    result = start(
        usb_stick / "hrd-reader", "--question", "challenges", "--screenshot", str(shot), env=env
    )
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    assert "lastQuestion=challenges" in portable.read_text()
    # Nothing in the user's configuration folder (fontconfig may still cache fonts).
    assert not list((home / ".config").rglob("*.ini")), list(home.rglob("*"))


@pytest.mark.xvfb
def test_damaged_portable_settings_are_kept_aside(
    usb_stick: Path, xvfb_display: str, tmp_path: Path
) -> None:
    portable = usb_stick / "settings.ini"
    portable.write_bytes(b"\x00\xff not an ini file")
    env = clean_env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    result = start(usb_stick / "hrd-reader", "--screenshot", str(tmp_path / "w.png"), env=env)
    assert result.returncode == 0, result.stderr
    assert (usb_stick / "settings.ini.corrupt").read_bytes() == b"\x00\xff not an ini file"


def test_desktop_files_validate(frozen: builder.BuildResult) -> None:
    """The .desktop and AppStream files beside the program pass the freedesktop validators
    (installed by ./test.sh: desktop-file-utils, appstream)."""
    assert frozen.folder is not None
    for tool in ("desktop-file-validate", "appstreamcli"):
        assert shutil.which(tool), f"{tool} is missing: ./test.sh installs it"
    share = frozen.folder / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    check = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert f'<release version="{VERSION}"' in metainfo.read_text()
    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 128, 256, 512):
        image = QImage(str(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_install_desktop_entry_points_at_the_program(usb_stick: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = clean_env(XDG_DATA_HOME=str(data))
    result = subprocess.run(
        [str(usb_stick / "install-desktop-entry.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / f"{APP_ID}.desktop"
    text = installed.read_text()
    assert f'Exec="{usb_stick}/hrd-reader" %f' in text
    # .hrdpack files open with the reader: the file type is installed with it.
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert f"TryExec={usb_stick}/hrd-reader" in text
    check = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    subprocess.run(
        [str(usb_stick / "install-desktop-entry.sh"), "--uninstall"], env=env, check=True
    )
    assert not installed.exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()


def test_archive_unpacks_to_a_working_program(frozen: builder.BuildResult, tmp_path: Path) -> None:
    """What a user downloads: the .tar.gz holds the folder, links intact, and it runs."""
    assert frozen.archive is not None
    with tarfile.open(frozen.archive) as tar:
        names = tar.getnames()
        assert all(name == "hrd-reader" or name.startswith("hrd-reader/") for name in names)
        assert f"hrd-reader/share/applications/{APP_ID}.desktop" in names
    # Unpacked as a user does, with tar (and not tarfile's filter=, which Debian 12's
    # Python 3.11.2 does not have).
    subprocess.run(["tar", "-xzf", str(frozen.archive), "-C", str(tmp_path)], check=True)
    result = start(
        tmp_path / "hrd-reader" / "hrd-reader",
        "--self-test",
        env=clean_env(QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.xvfb
def test_one_file_build(xvfb_display: str, tmp_path: Path, qtbot: object) -> None:
    """``build.py --onefile``: one executable that unpacks itself; the same self-test and the
    same care for the browser's environment (its bundle is a temporary _MEI folder)."""
    onefile = builder.build(onefile=True, reuse=True)
    assert onefile.folder is None and onefile.executable.is_file()
    result = start(onefile.executable, "--self-test", env=clean_env(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout

    url, seen = open_link_in_stand_in_browser(
        onefile.executable,
        "signup",
        tmp_path,
        xvfb_display,
        qtbot,
        LD_LIBRARY_PATH="/opt/users-own-libs",
    )
    assert url == FAQ_PAGE
    assert seen["LD_LIBRARY_PATH"] == "/opt/users-own-libs"


def test_pdf_handout_from_the_package(
    frozen: builder.BuildResult, tmp_path: Path, pack: Pack
) -> None:
    """Printing survives packaging: the frozen program writes the whole FAQ as a PDF with
    both QR codes, just as the sources do (same checks as tests/e2e/test_export_pdf.py)."""
    out = tmp_path / "handout.pdf"
    result = start(
        frozen.executable, "export-pdf", str(out), env=clean_env(QT_QPA_PLATFORM="offscreen")
    )
    assert result.returncode == 0, result.stderr
    assert_whole_handout(out, pack)
    assert image_count(out, -1) == 2


def test_the_package_shares_in_the_room(frozen: builder.BuildResult, tmp_path: Path) -> None:
    """Sharing survives packaging (aiohttp, psutil): the frozen ``serve`` prints the room
    address, answers a phone on 127.0.0.1 and stops on SIGTERM with exit 0."""
    import signal

    from tests.helpers.share import assert_safe_headers, get, split_url

    env = clean_env(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    process = subprocess.Popen(
        [str(frozen.executable), "serve", "--address", "127.0.0.1", "--port", "0"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        _, port, secret = split_url(line[line.index("http://") :].strip())
        page = get(port, f"/{secret}/")
        assert page.status == 200 and b"Human Rights Defenders" in page.body
        assert_safe_headers(page)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
