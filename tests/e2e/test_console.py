"""The presenter console on two screens (a 1366×768 laptop and a 1920×1080 projector, in a
program of its own: tests/e2e/two_screens.py), and its parts in this process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hrd_reader.core import load_pack
from hrd_reader.gui.presentation.console import PresenterConsole
from hrd_reader.gui.presentation.room import PresentationWindow
from hrd_reader.gui.presentation.timer import Phase, PresenterTimer, format_elapsed
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import QUESTION_FIRST, WORKSHOP_MINUTES, ZOOM_NOTES, open_settings
from tests.e2e.two_screens import LAPTOP_AND_PROJECTOR, MIRRORED, WORKSHOP_PACK
from tests.helpers.paths import ROOT


def two_screens(tmp_path: Path, screens: dict[str, Any], *args: str) -> dict[str, Any]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.two_screens", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One trainer's session, from F5 to Esc and once more with question first."""
    return two_screens(tmp_path_factory.mktemp("screens"), LAPTOP_AND_PROJECTOR, "laptop")


def test_f5_puts_the_room_on_the_projector_and_the_console_on_the_laptop(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["room"] == "projector"
    assert seen["room_full_screen"]
    assert seen["room_geometry"] == [1366, 0, 1920, 1080]
    assert seen["console"] == "laptop"
    assert seen["active_is_console"]  # the clicker's keys go to the console


def test_console_shows_the_answer_next_question_notes_and_a_moving_timer(seen) -> None:  # type: ignore[no-untyped-def]
    answers, notes = seen["answers"], seen["all_notes"]
    assert "lawyers, teachers, farmers" in answers[0]
    assert "lawyers, teachers, farmers" in seen["preview"]
    assert seen["next"] == "What is the work of Human Rights Defenders?"
    assert "take three answers" in notes[0] and "take three answers" in seen["notes"]
    assert seen["position"] == "1 / 4"
    assert seen["timer_start"] == "0:00" and seen["timer_moved"]
    assert seen["quick_exit"], "Quick Exit is in sight on the console"
    # The notes are the trainer's: neither the room nor the reading window shows them.
    for shown in (seen["room_text"], seen["answer_pane"]):
        assert "take three answers" not in shown


def test_pagedown_in_the_console_moves_the_room_and_the_notes_follow(seen) -> None:  # type: ignore[no-untyped-def]
    scrolled = seen["scrolled"]
    assert scrolled["room_row"] == 0 and scrolled["room"] > 0  # a long answer: a screenful
    # The console's view of the room is as far through the answer.
    share = scrolled["room"] / scrolled["room_max"]
    assert scrolled["preview"] == round(share * scrolled["preview_max"])
    after = seen["after_pagedown"]
    assert after["room_row"] == after["main_row"] == 1
    assert "flip chart" in after["notes"]
    assert after["next"] == "Why is the work of Human Rights Defenders so important?"
    assert after["position"] == "2 / 4"


def test_a_click_in_the_list_jumps_straight_there(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["after_click"] == {"room_row": 3, "rows_passed": [3], "next": "Last question"}


def test_s_swaps_the_screens_from_either_window(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["after_swap"] == {"room": "laptop", "console": "projector"}
    assert seen["after_swap_back"] == {"room": "projector", "console": "laptop"}


def test_unplugging_and_plugging_the_projector_keeps_the_place_and_the_time(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["unplugged"] == {
        "room": "laptop",
        "console": False,
        "room_row": 3,
        "room_geometry": [0, 0, 1366, 768],
    }
    assert seen["plugged"] == {
        "room": "projector",
        "console": "laptop",
        "room_row": 3,
        "timer_kept": True,
        "timer_paused": True,
    }


def test_esc_in_the_console_ends_both_at_the_question_shown(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["after_escape"] == {
        "room": False,
        "console": False,
        "main_row": 3,
        "active_is_main": True,
    }


def test_question_first_shows_the_room_the_question_alone_the_console_the_answer(seen) -> None:  # type: ignore[no-untyped-def]
    first = seen["question_first"]
    assert not first["answer_visible"]
    assert first["number"] == "Question 1 of 4"
    assert "lawyers, teachers, farmers" in first["console_preview"]
    assert "reveals the answer" in first["state"]
    assert seen["question_first_reveal"] == {"row": 0, "answer_visible": True}
    assert seen["question_first_next"] == {"row": 1, "answer_visible": False}


def test_mirrored_screens_get_no_console(tmp_path: Path) -> None:
    seen = two_screens(tmp_path, MIRRORED, "laptop")
    assert seen["console"] is None
    assert seen["room"] == "laptop" and seen["room_full_screen"]


# -- in this process: one screen, and the console's parts ----------------------------------


def test_one_screen_no_console(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.start_presentation()
    show = window.presentation
    assert show is not None
    qtbot.waitUntil(show.isFullScreen)
    assert window.room.console is None
    assert QApplication.topLevelWidgets().count(show) == 1
    assert not any(w.objectName() == "presenterConsole" for w in QApplication.topLevelWidgets())
    qtbot.keyClick(show, Qt.Key.Key_S)  # nothing to swap with: stays
    assert window.presentation is show and show.screen() is window.screen()
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.presentation is None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_counts_pauses_resets_and_warns_before_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    timer = PresenterTimer(clock)
    qtbot.addWidget(timer)
    assert timer.text() == "0:00" and timer.objectName() == "presenterTimer"
    clock.now += 65
    timer.refresh()
    assert timer.text() == "1:05"
    timer.toggle_pause()
    clock.now += 600
    timer.refresh()
    assert timer.text() == "1:05" and "paused" in timer.toolTip()
    timer.toggle_pause()
    clock.now += 5
    timer.refresh()
    assert timer.text() == "1:10"
    timer.reset()
    assert timer.text() == "0:00"
    timer.set_minutes(10)
    clock.now += 4 * 60 + 59
    timer.refresh()
    assert timer.phase is Phase.NORMAL
    clock.now += 1  # five minutes left
    timer.refresh()
    assert timer.phase is Phase.ENDING and "#f2a900" in timer.styleSheet()
    clock.now += 5 * 60
    timer.refresh()
    assert timer.phase is Phase.OVER and "#c62828" in timer.styleSheet()
    assert format_elapsed(90 * 60) == "90:00"


@pytest.fixture
def console(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    pack = load_pack(WORKSHOP_PACK)
    room = PresentationWindow(pack)
    qtbot.addWidget(room)
    room.show_row(0)
    shown = PresenterConsole(pack, room)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_console_keys_drive_the_room_and_its_own_keys_do_not(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    room = console.room
    room.set_zoom(50)  # every answer fits: each key is one question
    qtbot.keyClick(console, Qt.Key.Key_End)
    assert room.row == 3 and console.next_label.text() == "Last question"
    assert "legal-aid network" in console.notes.toPlainText()
    qtbot.keyClick(console, Qt.Key.Key_Home)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert room.row == 1
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert room.blank == "black" and "blank" in console.room_state.text()
    qtbot.keyClick(console, Qt.Key.Key_Space)  # any key brings the text back, only that
    assert room.blank == "" and room.row == 1
    qtbot.keyClick(console, Qt.Key.Key_P)
    assert console.timer.paused and room.row == 1
    qtbot.keyClick(console, Qt.Key.Key_Right)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert room.row == 3
    qtbot.keyClick(console, Qt.Key.Key_Left)
    assert room.row == 2
    assert console.notes.toPlainText() == "No notes for this question"


def test_notes_zoom_on_their_own(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    changes: list[int] = []
    console.notesZoomChanged.connect(changes.append)
    before = console.notes.font().pointSizeF()
    room_zoom = console.room.zoom
    qtbot.keyClick(console, Qt.Key.Key_Plus)
    assert console.notes.font().pointSizeF() > before
    assert console.room.zoom == room_zoom
    qtbot.keyClick(console, Qt.Key.Key_Minus)
    qtbot.keyClick(console, Qt.Key.Key_Minus)
    assert console.notes.font().pointSizeF() < before
    assert len(changes) == 3


def test_question_first_and_workshop_length_are_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.ini"
    settings = open_settings(path)
    window = MainWindow(load_pack(WORKSHOP_PACK), settings)
    qtbot.addWidget(window)
    action = window.actions_by_id["actionQuestionFirst"]
    assert action.isCheckable() and not action.isChecked()
    assert action in window.menus["view"].actions()
    action.trigger()
    window.start_presentation()
    show = window.presentation
    assert show is not None
    assert not show.revealed and not show.answer.isVisible() and show.number.isVisible()
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.revealed and show.row == 0
    action.trigger()  # off while presenting: what is shown stays shown
    assert show.revealed
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    window.room.set_session_minutes(45)  # --duration: for this run only
    settings.sync()
    again = open_settings(path)
    assert again.get(QUESTION_FIRST) is False
    assert again.get(WORKSHOP_MINUTES) == 0
    assert again.get(ZOOM_NOTES) == 100
