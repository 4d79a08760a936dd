"""The packaging rules (build_spec/spec_helpers.py), the icon renderer and the self-test's
feature checks — checked without building, in seconds. (That the checks fail where Qt's
plugins are missing is in tests/e2e/test_capabilities.py: it needs a fresh process.)"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from build_spec import deb, icons, installers, spec_helpers
from hrd_reader.gui.qt_app import DESKTOP_ID
from tests.helpers.paths import ROOT


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-server/libx.so", False),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        # PySide6's Windows wheel keeps Qt's plugins in PySide6/plugins.
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt6Core.dll", None),
        ("nh3/nh3.abi3.so", None),
    ],
)
def test_plugin_rules(dest: str, kept: bool | None) -> None:
    assert spec_helpers.keep_plugin(dest) is kept


def test_qt_translations_only_for_shipped_languages(tmp_path: Path) -> None:
    for name in ("hrd-reader_ar.qm", "hrd_reader_pt_BR.qm", "fr.qm", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    languages = spec_helpers.shipped_languages(tmp_path)
    assert languages == {"ar", "pt_BR", "fr"}
    keep = spec_helpers.keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_ar.qm", languages) is True
    assert keep("PySide6/Qt/translations/qt_fr.qm", languages) is True
    assert keep("PySide6/Qt/translations/qtbase_pt_BR.qm", languages) is True
    assert keep("PySide6/Qt/translations/qtbase_de.qm", languages) is False
    assert keep("PySide6/Qt/translations/qtdeclarative_de.qm", languages) is False
    assert keep("PySide6/Qt/translations/qtdeclarative_ar.qm", languages) is False
    assert keep("PySide6/Qt/translations/qt_help_ar.qm", languages) is False
    assert keep("resources/translations/hrd-reader_ar.qm", languages) is None
    assert spec_helpers.shipped_languages(tmp_path / "none") == frozenset()


def test_windows_qt_translations_and_software_opengl_are_filtered() -> None:
    languages = frozenset({"ar", "fr"})
    toc = [
        ("PySide6\\translations\\qtbase_fr.qm", "x", "DATA"),
        ("PySide6\\translations\\qtbase_de.qm", "x", "DATA"),
        ("PySide6\\opengl32sw.dll", "x", "BINARY"),
        ("PySide6\\Qt6Widgets.dll", "x", "BINARY"),
    ]
    kept, dropped = spec_helpers.filter_toc(toc, languages)
    assert [entry[0] for entry in kept] == [
        "PySide6\\translations\\qtbase_fr.qm",
        "PySide6\\Qt6Widgets.dll",
    ]
    assert len(dropped) == 2


def test_prune_keeps_what_roots_link_and_drops_the_rest() -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/cupsplugin", "BINARY"),
        ("libcups.so.2", "/s/libcups", "BINARY"),
        ("libgnutls.so.30", "/s/gnutls", "BINARY"),
        ("libfreetype.so.6", "/s/freetype", "BINARY"),
        ("libcairo.so.2", "/s/cairo", "BINARY"),
        ("libpython3.11.so.1.0", "/s/python", "BINARY"),
        ("libz.so.1", "/s/z", "BINARY"),
    ]
    links = {
        "/s/QtGui": ["libQt6Gui.so.6"],
        "/s/libQt6Gui": ["libfreetype.so.6"],
        "/s/cupsplugin": ["libcups.so.2", "libQt6Gui.so.6"],
        "/s/libcups": ["libgnutls.so.30"],
        "/s/python": ["libz.so.1"],
    }
    kept, dropped = spec_helpers.prune_unlinked(toc, lambda src: links.get(src, []))
    kept_names = {Path(e[0]).name for e in kept}
    assert kept_names == {
        "QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libcupsprintersupport.so",
        "libfreetype.so.6",
        "libpython3.11.so.1.0",
        "libz.so.1",
    }
    assert ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK") in kept
    # CUPS comes from the user's system; GnuTLS went with it; cairo was never linked.
    assert {Path(e[0]).name for e in dropped} == {
        "libcups.so.2",
        "libgnutls.so.30",
        "libcairo.so.2",
    }


def test_links_to_dropped_files_are_dropped() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/core", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    datas = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK")]
    kept_bin, kept_data, dropped = spec_helpers.drop_dangling_links(binaries, datas)
    assert kept_bin == binaries and kept_data == [] and dropped == datas


def test_elf_needed_reads_direct_links_only() -> None:
    import PySide6

    gui = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    needed = spec_helpers.elf_needed(str(gui))
    assert "libQt6Core.so.6" in needed
    # ICU is linked by Qt Core, not by Qt Gui itself: ldd would list it here too.
    assert not any(name.startswith("libicu") for name in needed)


def test_windows_and_macos_metadata_carry_the_version_and_id() -> None:
    version = spec_helpers.project_version()
    text = spec_helpers.windows_version_info(version)
    # The file is a Python expression PyInstaller evaluates on Windows.
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert strings["OriginalFilename"] == "hrd-reader.exe"
    assert strings["ProductName"] == "HRD Reader"
    assert strings["ProductVersion"] == version
    plist = spec_helpers.macos_info_plist(version)
    assert plist["CFBundleIdentifier"] == DESKTOP_ID == spec_helpers.APP_ID
    assert plist["CFBundleShortVersionString"] == version


def test_icons_are_rendered_from_the_svg(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    written = icons.render(tmp_path)
    assert len(written) == len(icons.HICOLOR_SIZES) + 2
    for size in icons.HICOLOR_SIZES:
        image = QImage(str(tmp_path / icons.png_name(size)))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 4)
        assert centre.alpha() == 255  # the icon's tile, not a transparent hole
    for name, fmt, count in (("hrd-reader.ico", b"ico", 1), ("hrd-reader.icns", b"icns", 3)):
        reader = QImageReader(str(tmp_path / name))
        assert reader.format() == fmt
        assert reader.imageCount() == count
        assert reader.read().width() >= 128


def test_self_test_feature_checks_pass_here(qapp: object, tmp_path: Path) -> None:
    from hrd_reader.gui.self_test import capabilities

    assert capabilities.problems("<h1>Title</h1><p>Text</p>", tmp_path) == []
    assert (tmp_path / "self-test.pdf").read_bytes().startswith(b"%PDF-")


DESKTOP = ROOT / "resources" / "desktop"


def test_hrdpack_files_are_associated_on_linux_and_macos() -> None:
    import xml.etree.ElementTree as ET

    mime = ET.parse(DESKTOP / f"{DESKTOP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (kind,) = mime.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-hrdpack"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.hrdpack"]
    entry = (DESKTOP / f"{DESKTOP_ID}.desktop").read_text("utf-8").splitlines()
    assert "MimeType=application/x-hrdpack;" in entry
    assert "Exec=hrd-reader %f" in entry  # one file: the positional PACK argument
    plist = spec_helpers.macos_info_plist(spec_helpers.project_version())
    (exported,) = plist["UTExportedTypeDeclarations"]  # type: ignore[misc]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["hrdpack"]
    (document,) = plist["CFBundleDocumentTypes"]  # type: ignore[misc]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]


def test_install_desktop_entry_installs_and_removes_the_file_type(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "hrd-reader"
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "metainfo").mkdir(parents=True)
    (folder / "share" / "mime" / "packages").mkdir(parents=True)
    program = folder / "hrd-reader"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy2(DESKTOP / f"{DESKTOP_ID}.desktop", folder / "share" / "applications")
    shutil.copy2(DESKTOP / f"{DESKTOP_ID}.metainfo.xml", folder / "share" / "metainfo")
    shutil.copy2(
        DESKTOP / f"{DESKTOP_ID}.mime.xml",
        folder / "share" / "mime" / "packages" / f"{DESKTOP_ID}.xml",
    )
    shutil.copy2(DESKTOP / "install-desktop-entry.sh", folder)
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    script = str(folder / "install-desktop-entry.sh")
    subprocess.run(["sh", script], env=env, check=True, capture_output=True)
    installed = data / "mime" / "packages" / f"{DESKTOP_ID}.xml"
    assert installed.is_file()
    entry = (data / "applications" / f"{DESKTOP_ID}.desktop").read_text("utf-8")
    assert f'Exec="{program}" %f' in entry and "MimeType=application/x-hrdpack;" in entry
    subprocess.run(["sh", script, "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not (data / "applications" / f"{DESKTOP_ID}.desktop").exists()


def fake_bundle(folder: Path, links: dict[str, list[str]]) -> dict[str, list[str]]:
    """ELF files (only their magic number and a symbol version) that "link" to ``links``."""
    for name in links:
        (folder / name).write_bytes(b"\x7fELF GLIBC_2.34 GLIBC_2.17")
    return {str(folder / name): needs for name, needs in links.items()}


def test_deb_depends_maps_each_library_the_bundle_does_not_carry(tmp_path: Path) -> None:
    links = fake_bundle(
        tmp_path,
        {
            "hrd-reader": ["libc.so.6", "libQt6Gui.so.6"],
            "libQt6Gui.so.6": ["libGL.so.1", "libEGL.so.1", "libm.so.6"],
            "libqcups.so": ["libcups.so.2", "libdbus-1.so.3"],
        },
    )
    assert deb.depends(tmp_path, links.__getitem__) == [
        "libc6 (>= 2.34)",
        "libcups2",
        "libdbus-1-3",
        "libegl1",
        "libgl1",
        *deb.DATA_PACKAGES,
    ]


def test_deb_build_stops_at_a_library_it_cannot_name_a_package_for(tmp_path: Path) -> None:
    links = fake_bundle(tmp_path, {"hrd-reader": ["libc.so.6", "libsomething-new.so.3"]})
    with pytest.raises(SystemExit, match=r"libsomething-new\.so\.3 \(needed by hrd-reader\)"):
        deb.depends(tmp_path, links.__getitem__)


@pytest.mark.parametrize(
    ("platform", "name"),
    [
        ("linux", "hrd-reader-1.2.3-linux-{arch}.tar.gz"),
        ("win32", "hrd-reader-1.2.3-windows-{arch}.zip"),
        ("darwin", "hrd-reader-1.2.3-macos-{arch}.tar.gz"),
    ],
)
def test_archive_names_say_version_system_and_architecture(
    monkeypatch: pytest.MonkeyPatch, platform: str, name: str
) -> None:
    import platform as platform_module

    monkeypatch.setattr(sys, "platform", platform)
    arch = platform_module.machine().lower()
    assert installers.archive_path("1.2.3").name == name.format(arch=arch)


def test_windows_zip_holds_the_folder_under_its_name(tmp_path: Path) -> None:
    import zipfile

    folder = tmp_path / "hrd-reader"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "hrd-reader.exe").write_bytes(b"MZ")
    (folder / "_internal" / "resources" / "pack.toml").write_text("x", "utf-8")
    archive = tmp_path / "hrd-reader-1.2.3-windows-amd64.zip"
    installers.make_archive(folder, archive)
    with zipfile.ZipFile(archive) as pack:
        names = set(pack.namelist())
    assert "hrd-reader/hrd-reader.exe" in names
    assert "hrd-reader/_internal/resources/pack.toml" in names
    assert all(n.startswith("hrd-reader/") for n in names)
