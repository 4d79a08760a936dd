"""Before Qt starts on Linux: are the system libraries it loads there?

Without them Qt's xcb platform plugin aborts with "could not load the Qt platform plugin"
(and QtGui itself fails to import without libGL/libEGL) — a message that does not say what
to install. This check tries each library Qt needs (``ctypes.CDLL``, the same loader Qt
uses — without importing ctypes itself, milliseconds of start-up) and names the
Debian/Ubuntu package of each one missing. It runs only on Linux, and
checks the xcb libraries only when Qt will use the xcb platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# What PySide6's QtGui and the xcb plugin link against (readelf -d), and the package that
# provides each on Debian and Ubuntu (scripts/bootstrap.sh installs the same list).
GUI_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def _loads(name: str) -> bool:
    try:
        _dlopen(name)
    except OSError:
        return False
    return True


def _dlopen(name: str) -> object:
    """What ``ctypes.CDLL(name)`` calls to load a library (dlopen with RTLD_NOW), from the C
    module alone: importing the ctypes package costs about 3 ms more at every start."""
    try:
        from _ctypes import dlopen
    except ImportError:  # not CPython on a Unix-like system: the package's own way
        import ctypes

        return ctypes.CDLL(name)
    return dlopen(name)


def platform_is_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its xcb (X11) platform, as Qt 6 decides on Linux."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return environ.get("XDG_SESSION_TYPE") != "wayland" or not environ.get("WAYLAND_DISPLAY")


def missing_libraries(
    environ: Mapping[str, str] | None = None, loads: Callable[[str], bool] | None = None
) -> dict[str, str]:
    """Library → Debian package, for each library Qt will need that cannot be loaded."""
    if not sys.platform.startswith("linux"):
        return {}
    environ = os.environ if environ is None else environ
    loads = loads or _loads
    wanted = dict(GUI_LIBRARIES)
    if platform_is_xcb(environ):
        wanted.update(XCB_LIBRARIES)
    return {library: package for library, package in wanted.items() if not loads(library)}


def problem_message(missing: Mapping[str, str]) -> str:
    """One line saying what is missing and the command that installs it."""
    packages = " ".join(sorted(set(missing.values())))
    return (
        f"cannot start: the system libraries {', '.join(missing)} are missing — install "
        f"them with: sudo apt install {packages} (Debian/Ubuntu package names; on other "
        "systems install the same libraries)"
    )
