"""Settings that cannot break the reader: files from a newer version and missing folders —
each falls back to defaults, keeps working and says so in the log. (A read-only folder is in
tests/e2e/test_settings_read_only.py; a corrupt file, wrong types and an unwritable location
in test_window.py.)"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import (
    FORMAT,
    FORMAT_VERSION,
    LAST_QUESTION,
    THEME,
    ZOOM_READING,
    open_settings,
)


def test_file_from_a_newer_version_is_used_where_understood(
    qtbot, pack, settings_path: Path, caplog
) -> None:
    settings_path.write_text(
        textwrap.dedent(f"""\
            [meta]
            formatVersion={FORMAT + 5}
            [reader]
            lastQuestion=challenges
            [view]
            theme=solarized-midnight
            zoomReading=900
            sidebarPosition=top
            [cloud]
            syncToken=abc
        """),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="hrd_reader.gui.settings"):
        settings = open_settings(settings_path)
        win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    # What this version understands is used; what it does not falls back to defaults.
    assert win.current_question_id() == "challenges"
    assert settings.get(THEME) == "system"
    assert settings.get(ZOOM_READING) == 100
    logged = caplog.text
    assert "written by a newer HRD Reader" in logged
    assert "view/theme has an unusable value 'solarized-midnight'" in logged
    assert "view/zoomReading has an unusable value '900'" in logged
    assert "does not know (cloud/syncToken, view/sidebarPosition)" in logged
    assert any("newer HRD Reader" in w for w in settings.warnings)
    # Saving keeps the newer version's settings and its format number for it.
    win.show_question(2)
    win.close()
    again = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert again.value("cloud/syncToken") == "abc"
    assert again.value("view/sidebarPosition") == "top"
    assert int(again.value(FORMAT_VERSION.key)) == FORMAT + 5
    assert again.value(LAST_QUESTION.key) == pack.questions[2].id


def test_a_file_of_this_version_warns_nothing(pack, settings_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="hrd_reader.gui.settings"):
        first = open_settings(settings_path)
        first.set(LAST_QUESTION, "challenges")
        assert first.sync()
        second = open_settings(settings_path)
    assert second.get(LAST_QUESTION) == "challenges"
    assert second.get(FORMAT_VERSION) == FORMAT
    assert caplog.records == [] and second.warnings == []


def test_missing_settings_folder_is_created(qtbot, pack, tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "settings.ini"
    settings = open_settings(path)
    assert settings.warnings == []
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.show_question(3)
    win.close()
    assert path.is_file()
    assert open_settings(path).get(LAST_QUESTION) == pack.questions[3].id
