"""A trainer with a projector attached as a second screen: presentation and the QR codes go
full screen on the screen the reader's window is not on, the presenter console on the one it
is on (tests/test_console.py follows the console itself).

The pytest process has one offscreen screen, so this runs a small program on Qt's offscreen
platform configured with two screens (a laptop and a 1920×1080 projector beside it).
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

from tests.helpers.processes import run_python

SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "projector",
            "x": 1366,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ],
}

PROGRAM = textwrap.dedent("""
    import json, sys, tempfile
    from hrd_reader.core import bundled_pack
    from hrd_reader.gui.qt_app import create_application
    from hrd_reader.gui.settings import open_settings
    from hrd_reader.gui.reading.window import MainWindow

    app = create_application()
    assert [s.name() for s in app.screens()] == ["laptop", "projector"]
    folder = tempfile.mkdtemp()
    window = MainWindow(bundled_pack(), open_settings(folder + "/s.ini"))
    window.show()
    start = sys.argv[1]
    if start == "projector":
        # The presenter drags the window onto the projector before pressing F5.
        window.setScreen(app.screens()[1])
        window.setGeometry(1366 + 100, 100, 1000, 700)
    result = {"window": window.screen().name()}
    window.actions_by_id["actionPresentation"].trigger()
    show = window.presentation
    result["presentation"] = show.screen().name()
    result["presentation_geometry"] = list(show.geometry().getRect())
    window.actions_by_id["actionShowQr"].trigger()
    result["share"] = window.share.screen().name()
    result["console"] = window.room.console.screen().name()
    print(json.dumps(result))
""")


def run_on_two_screens(start: str, tmp_path: Path) -> dict[str, object]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = run_python(PROGRAM, start, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_presentation_and_qr_go_to_the_projector_console_stays_with_the_window(
    tmp_path: Path,
) -> None:
    seen = run_on_two_screens("laptop", tmp_path)
    assert seen == {
        "window": "laptop",
        "presentation": "projector",
        "presentation_geometry": [1366, 0, 1920, 1080],
        "share": "projector",
        "console": "laptop",
    }


def test_the_room_gets_the_screen_the_window_is_not_on(tmp_path: Path) -> None:
    # The reader's window was dragged to the big screen: the trainer works there, so the
    # other screen is the room's.
    seen = run_on_two_screens("projector", tmp_path)
    assert seen == {
        "window": "projector",
        "presentation": "laptop",
        "presentation_geometry": [0, 0, 1366, 768],
        "share": "laptop",
        "console": "projector",
    }
