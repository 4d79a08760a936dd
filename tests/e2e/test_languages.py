"""Interface languages as the program starts them, in processes of their own: the system's
locale, --lang and the remembered choice; the Arabic interface on a real display; and the
shipped catalogues against the code (scripts/update-translations.sh). (The Language menu
and the translated windows are in tests/gui/test_i18n.py.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.helpers.paths import ARABIC_PACK, ROOT
from tests.helpers.processes import assert_one_line_error, on_display, run_cli, run_python
from tests.helpers.ui_texts import SHIPPED, TRANSLATIONS


def test_shipped_catalogues_are_complete_and_compiled(tmp_path: Path) -> None:
    """Refreshing the catalogues from the code finds nothing new to translate, and the
    compiled .qm files in the repository are those of the .ts files."""
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    subprocess.run(
        [str(ROOT / "scripts" / "update-translations.sh")],
        env={
            **os.environ,
            "TRANSLATIONS_DIR": str(copy),
            "PYSIDE6_BIN": str(Path(sys.executable).parent),
        },
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    for code in SHIPPED:
        tree = ET.parse(copy / f"hrd_reader_{code}.ts")
        messages = list(tree.iter("message"))
        assert len(messages) > 40
        missing = [
            m.findtext("source")
            for m in messages
            if not (m.findtext("translation") or "").strip()
            or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        ]
        assert missing == [], f"{code} misses translations: {missing}"
        assert (copy / f"hrd_reader_{code}.ts").read_bytes() == (
            TRANSLATIONS / f"hrd_reader_{code}.ts"
        ).read_bytes(), f"hrd_reader_{code}.ts is not current: run scripts/update-translations.sh"
        assert (copy / f"hrd_reader_{code}.qm").read_bytes() == (
            TRANSLATIONS / f"hrd_reader_{code}.qm"
        ).read_bytes(), f"hrd_reader_{code}.qm is stale: run scripts/update-translations.sh"


def test_lang_option_rejects_a_language_that_is_not_shipped() -> None:
    assert_one_line_error(run_cli("--lang", "tlh"), "no interface language 'tlh'", "en, fr, es, ar")


@pytest.mark.xvfb
def test_arabic_screenshot_is_right_to_left(
    xvfb_display: str, tmp_path: Path, artifacts: Path
) -> None:
    """The real program under Xvfb in Arabic with the Arabic pack: the Donate button (our
    blue) sits at the left end of the bar and the sidebar's current row at the right."""
    shot = artifacts / "arabic-rtl.png"
    shot.unlink(missing_ok=True)
    result = run_cli(
        "--lang",
        "ar",
        "--content",
        str(ARABIC_PACK),
        "--settings",
        str(tmp_path / "s.ini"),
        "--screenshot",
        str(shot),
        env=on_display(xvfb_display),
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() > 600
    donate = QColor("#0b5394")
    xs = [
        x
        for y in range(image.height() - 80, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) == donate
    ]
    assert xs, "the Donate button is not in the picture"
    assert max(xs) < image.width() / 3


@pytest.mark.parametrize(
    ("environment", "explicit", "remembered", "expected", "file_menu"),
    [
        ({"LANG": "es_ES.UTF-8"}, None, "", "es", "&Archivo"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ar"}, None, "", "ar", "&ملف"),
        ({"LANG": "de_DE.UTF-8"}, None, "", "en", "&File"),
        ({"LANG": "es_ES.UTF-8"}, None, "fr", "fr", "&Fichier"),
        ({"LANG": "es_ES.UTF-8"}, "ar", "fr", "ar", "&ملف"),
    ],
)
def test_start_up_language_follows_option_then_menu_then_system(
    environment: dict[str, str], explicit: str | None, remembered: str, expected: str, file_menu
) -> None:
    """In a fresh process, as the reader starts: the system's locale comes from the
    environment, so this runs apart from the test process."""
    code = (
        "from hrd_reader.gui.qt_app import create_application\n"
        "from hrd_reader.app import interface_language\n"
        "from hrd_reader.gui.actions import MENUS\n"
        "from hrd_reader.gui.i18n import tr\n"
        "create_application()\n"
        f"print(interface_language({explicit!r}, {remembered!r}))\n"
        "print(tr(dict(MENUS)['file']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"QT_QPA_PLATFORM": "offscreen", **environment})
    result = run_python(code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == [expected, file_menu]
