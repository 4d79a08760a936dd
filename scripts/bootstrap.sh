#!/usr/bin/env bash
# Sets up everything HRD Reader needs on a Debian/Ubuntu machine that has only Python 3.11+:
# the system libraries Qt loads at run time, fonts, Xvfb (for the real-display tests), and a
# virtual environment in .venv with the exact pinned packages. Safe to run again: each step
# only does what is missing, so start.sh and test.sh call it every time.
#
# Usage: scripts/bootstrap.sh run|test|bench   (bench: test, plus the benchmark's peers)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=${1:-run}
VENV="$ROOT/.venv"

# What Qt's xcb platform plugin and the fonts need. Missing any of these makes Qt abort with
# "could not load the Qt platform plugin xcb" on a fresh machine.
RUN_PACKAGES=(
    libxcb-cursor0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
    fonts-dejavu-core xdg-utils
)
# The tests also start a real X server, trace system calls (the offline proof), validate the
# desktop files and the MIME type of the installers, measure the handout PDF (pdftotext
# -bbox-layout) and walk the reader's accessibility tree over AT-SPI as a screen reader does
# (a private D-Bus session, the AT-SPI registry and pyatspi for the system Python), and
# listen to it with a real screen reader: Orca, speaking through a private
# speech-dispatcher into a file (dbus-x11: dbus-launch, which GLib runs to find a session
# bus when it was given none), on a desktop with a window manager (openbox: it gives the
# keyboard back to the window under a closed dialog, as every desktop does).
# The exported web page is checked in Debian's Chromium (driven through chromium-driver), the
# ZIM file with Kiwix's own zimcheck (zim-tools) and kiwix-serve (kiwix-tools).
# libcups2: with it, a QPrinter made by the self-test or export-pdf asks CUPS on
# localhost:631, which the offline trace must be able to see (tests/e2e/test_offline.py).
# PyInstaller (the frozen-build tests) also needs the interpreter's shared library, see
# python_library_package. The pages phones are shown are opened in Debian's Chromium with its
# chromedriver (selenium drives them).
TEST_PACKAGES=(xvfb xauth strace binutils desktop-file-utils appstream shared-mime-info
    xdotool poppler-utils dbus dbus-x11 at-spi2-core python3-pyatspi libcups2
    chromium chromium-driver zim-tools kiwix-tools orca speech-dispatcher openbox
    wine nsis gcc-mingw-w64-x86-64-win32)
# The Windows build is made and tested under Wine (tests/helpers/wine.py): wine (8.0 on
# Debian 12, 10.0 on Debian 13) runs the Windows CPython, PyInstaller and the built program,
# NSIS (makensis) makes the setup program, MinGW builds the stand-in DLLs Wine lacks. The
# 64-bit loader is the package wine64 where apt has one (Debian 12 and 13); installed only
# where it exists, so a release that folds it into wine still works.
TEST_PACKAGES_WHERE_AVAILABLE=(wine64)

# The benchmark's peers (python -m bench, first visible window): desktop readers of offline
# documentation to compare with. Optional: the benchmark measures whichever are installed,
# and no test needs them. Kiwix desktop (package kiwix) and Zeal bring Qt WebEngine; Qt
# Assistant needs Qt's SQLite driver, which is only recommended.
BENCH_PACKAGES=(zeal assistant-qt6 libqt6sql6-sqlite kiwix)

say() { printf 'bootstrap: %s\n' "$*" >&2; }

installed() {
    # Ubuntu 24.04 renamed several libraries with a "t64" suffix; either name counts.
    local p
    for p in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
            return 0
        fi
    done
    return 1
}

# The interpreter the virtual environment is (or will be) made from: PyInstaller packs that
# one's shared library.
venv_python() {
    if [ -x "$VENV/bin/python" ]; then
        "$VENV/bin/python" -c 'import os, sys; print(os.path.realpath(sys._base_executable))'
    else
        find_python
    fi
}

# The Debian package with the shared library (libpythonX.Y.so.1.0) of the interpreter
# PyInstaller will run in, when that library is missing. Debian and Ubuntu link their
# python3 statically, so the library comes separately, as libpythonX.Y (Ubuntu 24.04:
# libpythonX.Yt64, see available_name). The library's name and folder are the interpreter's
# own (sysconfig), the package name is made from its version; prints nothing when the
# library is there, and warns for a Python that no Debian package installed (pyenv, a
# build of one's own), which must have been built with --enable-shared.
python_library_package() {
    local python info soname libdir multiarch version
    python=$(venv_python)
    info=$("$python" -c 'import sys, sysconfig as s
print(s.get_config_var("INSTSONAME") or s.get_config_var("LDLIBRARY") or "",
      s.get_config_var("LIBDIR") or "", s.get_config_var("MULTIARCH") or "",
      f"{sys.version_info[0]}.{sys.version_info[1]}")')
    read -r soname libdir multiarch version <<<"$info"
    [ -n "$soname" ] || return 0
    if [ -e "$libdir/$soname" ] || [ -e "/usr/lib/$multiarch/$soname" ] ||
        ldconfig -p 2>/dev/null | grep -qF "$soname ("; then
        return 0
    fi
    if dpkg -S "$python" >/dev/null 2>&1; then
        echo "libpython$version"
    else
        say "warning: $python has no $soname, which PyInstaller needs (the frozen-build tests"
        say "will fail): use a Python built with --enable-shared, or the distribution's python3"
    fi
}

# Ubuntu 24.04 renamed many libraries with a "t64" suffix: ask apt for the name it knows.
available_name() {
    if apt-cache show --no-all-versions "$1" >/dev/null 2>&1; then
        echo "$1"
    elif apt-cache show --no-all-versions "${1}t64" >/dev/null 2>&1; then
        echo "${1}t64"
    else
        echo "$1"
    fi
}

install_system_packages() {
    local wanted=("${RUN_PACKAGES[@]}")
    if [ "$MODE" = test ] || [ "$MODE" = bench ]; then
        wanted+=("${TEST_PACKAGES[@]}")
        local optional
        for optional in "${TEST_PACKAGES_WHERE_AVAILABLE[@]}"; do
            if installed "$optional" || apt-cache show --no-all-versions "$optional" >/dev/null 2>&1; then
                wanted+=("$optional")
            fi
        done
    fi
    if [ "$MODE" = bench ]; then
        wanted+=("${BENCH_PACKAGES[@]}")
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: install the equivalents of ${wanted[*]} yourself"
        return 0
    fi
    if [ "$MODE" = test ] || [ "$MODE" = bench ]; then
        local library
        library=$(python_library_package)
        [ -z "$library" ] || wanted+=("$library")
    fi
    local missing=() p
    for p in "${wanted[@]}"; do installed "$p" || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            say "missing system packages: ${missing[*]}; run as root: apt-get install ${missing[*]}"
            exit 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
    local names=()
    for p in "${missing[@]}"; do names+=("$(available_name "$p")"); done
    say "installing system packages: ${names[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
        "${names[@]}" >/dev/null
}

find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Python 3.11 or newer is needed (found: $(python3 --version 2>&1 || echo none))"
    exit 1
}

make_venv() {
    local python
    python=$(find_python)
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the virtual environment in .venv"
        if ! "$python" -m venv "$VENV" 2>/dev/null; then
            # Debian ships venv's pip bootstrap separately.
            local ver
            ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            rm -rf "$VENV"
            installed "python${ver}-venv" || {
                local sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
                "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
                "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
                    "python${ver}-venv" >/dev/null
            }
            "$python" -m venv "$VENV"
        fi
    fi
    local req="$ROOT/requirements/run.txt"
    if [ "$MODE" = test ] || [ "$MODE" = bench ]; then req="$ROOT/requirements/dev.txt"; fi
    # Reinstall only when the pins or the project metadata change.
    local stamp="$VENV/.installed-$MODE" digest
    digest=$(cat "$ROOT"/requirements/*.txt "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
        say "installing pinned Python packages from ${req#"$ROOT"/}"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e "$ROOT" \
            || "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e "$ROOT"
        echo "$digest" >"$stamp"
    fi
}

install_system_packages
make_venv
