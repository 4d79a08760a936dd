"""A missing Qt system library is named with the Debian package that holds it, and the
reader exits 2 saying so before Qt can abort (hrd_reader/core/system_libraries.py and the
command line's early check)."""

from __future__ import annotations

from pathlib import Path

from hrd_reader import cli
from hrd_reader.core import system_libraries


def test_missing_xcb_library_is_named_with_its_package() -> None:
    missing = system_libraries.missing_libraries(
        {"QT_QPA_PLATFORM": "xcb"}, loads=lambda name: name != "libxcb-cursor.so.0"
    )
    assert missing == {"libxcb-cursor.so.0": "libxcb-cursor0"}
    message = system_libraries.problem_message(missing)
    assert "libxcb-cursor.so.0" in message and "sudo apt install libxcb-cursor0" in message


def test_xcb_libraries_are_checked_only_for_xcb() -> None:
    def nothing(name: str) -> bool:
        return False

    offscreen = system_libraries.missing_libraries({"QT_QPA_PLATFORM": "offscreen"}, nothing)
    assert set(offscreen) == set(system_libraries.GUI_LIBRARIES)
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not system_libraries.platform_is_xcb(wayland)
    assert system_libraries.platform_is_xcb({"DISPLAY": ":0"})
    assert system_libraries.platform_is_xcb({"QT_QPA_PLATFORM": "xcb:dpi=96"})
    every = system_libraries.missing_libraries({}, nothing)
    assert set(every) == set(system_libraries.GUI_LIBRARIES) | set(system_libraries.XCB_LIBRARIES)


def test_this_machine_has_every_library() -> None:
    """test.sh installs them (scripts/bootstrap.sh RUN_PACKAGES): the real check passes."""
    assert system_libraries.missing_libraries({"QT_QPA_PLATFORM": "xcb"}) == {}


def test_reader_exits_2_naming_the_package_before_qt_starts(
    monkeypatch, capsys, tmp_path: Path
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(
        system_libraries, "_loads", lambda name: name not in ("libxcb-cursor.so.0", "libEGL.so.1")
    )

    def must_not_start() -> None:
        raise AssertionError("QApplication created despite missing libraries")

    from hrd_reader.gui import qt_app

    monkeypatch.setattr(qt_app, "create_application", must_not_start)
    code = cli.main(["--settings", str(tmp_path / "s.ini")])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert "libxcb-cursor.so.0" in err and "libEGL.so.1" in err
    assert "sudo apt install libegl1 libxcb-cursor0" in err
