"""What goes into the packaged program, as plain functions the spec calls (and tests check).

The spec (``hrd_reader.spec``) stays a readable recipe; the rules that decide what to leave
out of the package live here:

* Qt plugins: an allow-list by plugin folder (``plugins/<category>/``). Whatever the reader
  does not use — QML tooling, SQL drivers, TLS and network information, the Wayland
  *compositor* side, eglfs/linuxfb/VNC platforms, evdev input, Designer — is left out.
* Qt's own translations: only ``qtbase`` (and its ``qt`` index), only for the languages the
  reader ships (``resources/translations``).
* A few system libraries are taken from the user's system instead of the build machine
  (``SYSTEM_LIBRARIES``): CUPS and D-Bus talk to services of that very system, so their
  client libraries must match it.
* Shared libraries that nothing left in the package links to any more (Linux): PyInstaller
  collected them for plugins we dropped (e.g. GTK's cairo/pango for the GTK theme plugin,
  OpenGL for Wayland's GL buffer plugins) or for the system libraries above (GnuTLS,
  Kerberos and p11-kit for CUPS; systemd and gcrypt for D-Bus), so they go too.
* Windows version information and the macOS Info.plist, built from pyproject.toml's version.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.cartercenter.HRDReader"  # also hrd_reader.gui.qt_app.DESKTOP_ID
NAME = "hrd-reader"
DISPLAY_NAME = "HRD Reader"
ORGANIZATION = "The Carter Center"

TocEntry = tuple[str, str, str]  # (name inside the package, source path, PyInstaller kind)


def project_version() -> str:
    """The version, from the one place it is written."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


# Folders and file types of resources/ the program never reads: the captured source text the
# tests compare with (resources/source/) and the translation sources (.ts; the program reads
# the compiled .qm). pyproject.toml's exclude-package-data leaves the same out of the wheel
# (tests/test_wheel.py checks that the two agree).
UNREAD_RESOURCE_FOLDERS = frozenset({"source"})
UNREAD_RESOURCE_SUFFIXES = frozenset({".ts"})


def is_bundled_resource(relative: Path) -> bool:
    """Whether a file of ``resources/`` (``relative`` to the repository, so starting with
    ``resources``) goes into the installed program."""
    return (
        relative.parts[1] not in UNREAD_RESOURCE_FOLDERS
        and relative.suffix not in UNREAD_RESOURCE_SUFFIXES
    )


# Plugin folders kept whole. Platform-specific ones only exist on their platform.
KEEP_PLUGIN_CATEGORIES = frozenset(
    {
        "printsupport",  # CUPS on Linux: printing to a real printer
        "styles",  # the native look on Windows and macOS
        "xcbglintegrations",  # lets xcb use GL when a style asks for it; small
        "wayland-shell-integration",  # running natively on a Wayland desktop (client side)
        "wayland-decoration-client",
    }
)
# Plugin folders of which only some plugins are kept (base names, without lib/.so/.dll).
KEEP_PLUGINS = {
    # xcb: X11 and XWayland desktops; wayland: native Wayland; offscreen: --self-test;
    # windows / cocoa: the other two platforms the spec builds for.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Portal dialogs and dark-mode hints. The GTK3 theme is left out on purpose: it would
    # drag in parts of GTK (cairo, pango …) that clash with the user's own GTK at run time;
    # our themes use Qt's Fusion palettes anyway.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys / compose sequences and IBus input methods, for typing in the search field.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "iconengines": frozenset({"qsvgicon"}),  # the SVG application and action icons
    # PNG and BMP are built into QtGui; packs may also use JPEG, GIF, WebP and SVG pictures
    # (core/picture_header.py: the formats a pack's pictures may have).
    "imageformats": frozenset({"qjpeg", "qgif", "qsvg", "qwebp"}),
}

# Libraries used from the user's system rather than bundled (Linux). Every desktop has them,
# and a copy from the build machine could disagree with the local CUPS or D-Bus daemon. If
# CUPS is missing, Qt skips its print plugin and printing to PDF still works.
SYSTEM_LIBRARIES = ("libcups.so", "libdbus-1.so")

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<category>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(
    r"(?:^|/)translations/(?P<catalog>qt\w*?)_(?P<code>[a-z]{2,3}(?:_[A-Z]{2})?)\.qm$"
)
_SHIPPED_CODE = re.compile(r"(?:^|[_.-])(?P<code>[a-z]{2,3}(?:_[A-Z]{2})?)$")


def plugin_base_name(filename: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / ``qcocoa``."""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


# Where Qt's own files sit in PySide6's wheels: PySide6/Qt/… on Linux and macOS, PySide6/…
# itself on Windows (PySide6/plugins, PySide6/translations).
_QT_FOLDERS = ("/Qt/", "/Qt6/", "/PySide6/plugins/", "/PySide6/translations/")
# Qt's software OpenGL for machines without a driver (Windows): the reader paints with
# QPainter only, never OpenGL, and the library is 20 MB.
UNUSED_QT_LIBRARIES = frozenset({"opengl32sw.dll"})


def _in_qt(dest: str) -> bool:
    normal = "/" + dest.replace("\\", "/")
    return any(folder in normal for folder in _QT_FOLDERS)


def keep_plugin(dest: str) -> bool | None:
    """For a Qt plugin path inside the package: keep it? None when ``dest`` is no plugin."""
    match = _PLUGIN.search(dest.replace("\\", "/"))
    if not match or not _in_qt(dest):
        return None
    category = match["category"]
    if category in KEEP_PLUGIN_CATEGORIES:
        return True
    return plugin_base_name(match["file"]) in KEEP_PLUGINS.get(category, frozenset())


def shipped_languages(translations_dir: Path) -> frozenset[str]:
    """Language codes of the reader's own ``.qm`` files (``hrd-reader_ar.qm`` → ``ar``)."""
    codes = set()
    for qm in translations_dir.glob("*.qm") if translations_dir.is_dir() else ():
        match = _SHIPPED_CODE.search(qm.stem)
        if match:
            codes.add(match["code"])
    return frozenset(codes)


def keep_qt_translation(dest: str, languages: frozenset[str]) -> bool | None:
    """For Qt's own ``.qm`` files: keep those of the shipped languages. None for others."""
    normal = dest.replace("\\", "/")
    if not _in_qt(dest) or "/translations/" not in "/" + normal:
        return None
    match = _QT_TRANSLATION.search(normal)
    if not match:
        return False
    code = match["code"]
    wanted = languages | {lang.split("_")[0] for lang in languages}
    # qtbase: Qt's own strings (standard buttons, dialogs); qt_XX only points to it.
    return match["catalog"] in ("qt", "qtbase") and code in wanted


def filter_toc(
    toc: Iterable[TocEntry], languages: frozenset[str]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Split a TOC into (kept, dropped) by the plugin and translation rules."""
    kept, dropped = [], []
    for entry in toc:
        dest = entry[0]
        verdict = keep_plugin(dest)
        if verdict is None:
            verdict = keep_qt_translation(dest, languages)
        if Path(dest.replace("\\", "/")).name.lower() in UNUSED_QT_LIBRARIES:
            verdict = False
        (dropped if verdict is False else kept).append(entry)
    return kept, dropped


def is_system_library(entry: TocEntry) -> bool:
    name = Path(entry[0]).name
    return any(name == lib or name.startswith(lib + ".") for lib in SYSTEM_LIBRARIES)


def is_root_binary(entry: TocEntry) -> bool:
    """Binaries loaded by name at run time rather than linked: Python extension modules,
    Qt plugins and the Python library the bootloader opens. Everything else must be linked
    from one of these (directly or not) to stay in the package."""
    dest, _src, kind = entry
    name = Path(dest).name
    return (
        kind == "EXTENSION"
        or keep_plugin(dest) is not None
        or name.startswith(("libpython", "python3"))
    )


def prune_unlinked(
    binaries: Iterable[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Split binaries into (reachable, unreachable) from the roots by their direct link-time
    imports. ``imports_of(source_path)`` gives the library names a binary links to directly
    (its ``DT_NEEDED`` entries). Symbolic links follow their target."""
    entries = [entry for entry in binaries if not is_system_library(entry)]
    system = [entry for entry in binaries if is_system_library(entry)]
    files = [entry for entry in entries if entry[2] != "SYMLINK"]
    links = [entry for entry in entries if entry[2] == "SYMLINK"]
    by_name: dict[str, list[TocEntry]] = {}
    for entry in files:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    for dest, target, _kind in links:
        # A link such as libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6 answers to its
        # own name too.
        pointed = _normal(Path(dest).parent / target)
        by_name.setdefault(Path(dest).name, []).extend(e for e in files if _normal(e[0]) == pointed)
    reachable: set[TocEntry] = set()
    stack = [entry for entry in files if is_root_binary(entry)]
    while stack:
        entry = stack.pop()
        if entry in reachable:
            continue
        reachable.add(entry)
        for name in imports_of(entry[1]):
            stack.extend(by_name.get(Path(name).name, ()))
    kept_dests = {_normal(entry[0]) for entry in reachable}
    kept_links = [link for link in links if _normal(Path(link[0]).parent / link[1]) in kept_dests]
    kept = [e for e in files if e in reachable] + kept_links
    dropped = [e for e in entries if e not in reachable and e not in kept_links]
    return kept, system + dropped


def drop_dangling_links(
    binaries: list[TocEntry], datas: list[TocEntry]
) -> tuple[list[TocEntry], list[TocEntry], list[TocEntry]]:
    """Remove symbolic links (in either list) whose target was left out above."""
    present = {_normal(e[0]) for e in binaries + datas if e[2] != "SYMLINK"}

    def alive(entry: TocEntry) -> bool:
        return entry[2] != "SYMLINK" or _normal(Path(entry[0]).parent / entry[1]) in present

    dropped = [e for e in binaries + datas if not alive(e)]
    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)], dropped


def _normal(path: str | Path) -> str:
    return os.path.normpath(str(path)).replace("\\", "/")


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links to directly (``DT_NEEDED``), read with objdump (from
    binutils, which PyInstaller needs on Linux anyway). ``ldd`` would list the whole
    closure, which would keep everything a dropped library pulled in."""
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True)
    return [
        line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")
    ]


def windows_version_info(version: str) -> str:
    """The version resource of ``hrd-reader.exe`` (Explorer's Properties → Details), in the
    text form PyInstaller reads from a ``version=`` file (its ``pyi-grab_version`` format)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    fields = {
        "CompanyName": ORGANIZATION,
        "FileDescription": DISPLAY_NAME,
        "FileVersion": version,
        "InternalName": NAME,
        "LegalCopyright": f"Text: {ORGANIZATION}; program: MIT licence",
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    strings = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in fields.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)!r}, prodvers={tuple(numbers)!r}),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{strings}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


HRDPACK_UTI = "org.cartercenter.hrdpack"


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist entries of ``HRD Reader.app`` beyond those PyInstaller writes."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": f"Text: {ORGANIZATION}",
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "12.0",
        # .hrdpack content packs: Finder opens them with the reader (a double-click).
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": HRDPACK_UTI,
                "UTTypeDescription": "HRD Reader content pack",
                "UTTypeConformsTo": ["public.zip-archive", "public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["hrdpack"],
                    "public.mime-type": ["application/x-hrdpack"],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "HRD Reader content pack",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [HRDPACK_UTI],
            }
        ],
    }


def is_linux() -> bool:
    return sys.platform.startswith("linux")
