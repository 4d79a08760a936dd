"""Interface languages: every string marked and translated, the Language menu, Qt's own
strings, the choice of language. (--lang, the start-up choice in a fresh process and the
catalogues against the code are in tests/e2e/test_languages.py.)"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hrd_reader.core import Pack, bundled_pack
from hrd_reader.gui import i18n
from hrd_reader.gui.links import opener
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import UI_LANGUAGE, Settings, open_settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.paths import ROOT
from tests.helpers.ui_texts import (
    SHIPPED,
    TRANSLATIONS,
    has_words,
    pack_strings,
    same_in,
    segments,
    texts_of,
    translations,
    ui_part,
)

PLACEHOLDER = re.compile(r"\{\w+\}")


def all_texts(
    qtbot, pack: Pack, settings: Settings, broken: Path, monkeypatch
) -> tuple[list[tuple[str, str]], list[str]]:
    """Texts of the window and of every dialog it opens, and the strings not to translate."""
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    window.show()
    found = texts_of(window)
    window.show_about()
    monkeypatch.setattr(opener, "_system_open", lambda url: False)
    window.open_link(QUrl(pack.donate.url))
    opener.open_url("file:///etc/passwd", window)
    window.open_pack(broken)
    for name in ("aboutDialog", "linkDialog", "linkRefusedDialog", "packErrorDialog"):
        dialog = window.findChild(QDialog, name)
        assert dialog is not None, name
        found += [(f"{name}/{where}", text) for where, text in texts_of(dialog)]
        dialog.close()
    # The search line under the field, both ways it reads.
    window.search.field.setText("defenders")
    found.append(("searchStatus", window.sidebar.status.text()))
    window.search.field.setText("zzzz")
    found.append(("searchStatus", window.sidebar.status.text()))
    window.search.field.clear()
    # The dialog an unexpected error shows (summary and details are the error's own).
    from hrd_reader.gui.crash import CrashDialog

    crash = CrashDialog("ValueError: boom", "Traceback …", window)
    found += [
        (f"crash/{where}", text.replace("ValueError: boom", ""))
        for where, text in texts_of(crash)
        if "Traceback" not in text
    ]
    crash.close()
    # The handout dialogs and the handout itself.
    for mode in ("pdf", "print"):
        window.open_handout(mode)
        dialog = window.findChildren(QDialog, "handoutDialog")[-1]
        found += [(f"handout-{mode}/{where}", text) for where, text in texts_of(dialog)]
        dialog.close()
        dialog.deleteLater()
    from hrd_reader.gui.handouts.handout import handout_html

    found.append(("handout", handout_html(pack, range(len(pack.questions)))))
    # The presenter's windows.
    window.start_presentation()
    assert window.presentation is not None
    found += [(f"presentation/{where}", text) for where, text in texts_of(window.presentation)]
    window.show_share()
    assert window.share is not None
    found += [(f"share/{where}", text) for where, text in texts_of(window.share)]
    window.share.close()
    window.presentation.close()
    # Forget this computer: the confirmation, the problems, and the private session after.
    from hrd_reader.gui.safety import forget

    window.forget_computer()
    for box in (window.findChild(QDialog, "forgetDialog"), forget.report(window, ["x: no"])):
        assert box is not None
        found += [(f"forget/{where}", text) for where, text in texts_of(box) if text != "x: no"]
        box.close()
    private = MainWindow(pack, open_settings(settings.path, private=True))
    qtbot.addWidget(private)
    found += [(f"private/{where}", text) for where, text in texts_of(private)]
    return found, [*pack_strings(pack), str(broken), "file:///etc/passwd"]


def pseudo_catalogue(folder: Path) -> None:
    """A French catalogue whose every translation is ⟦the English text⟧."""
    tree = ET.parse(TRANSLATIONS / "hrd_reader_fr.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = f"⟦{message.findtext('source')}⟧"
        translation.attrib.pop("type", None)
    ts = folder / "hrd_reader_fr.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(folder / "hrd_reader_fr.qm")],
        check=True,
        timeout=60,
    )


def test_every_ui_string_is_marked_for_translation(
    qtbot, tmp_path: Path, settings: Settings, make_pack: PackWriter, monkeypatch, ui_language
) -> None:
    """Under a pseudo-locale every UI text shows as ⟦…⟧; an unmarked string stays bare."""
    pseudo_catalogue(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    ui_language("fr")
    broken = make_pack(MINIMAL_MANIFEST)
    found, remove = all_texts(qtbot, bundled_pack(), settings, broken, monkeypatch)
    assert len(found) > 60
    bare = []
    for where, text in found:
        for segment in segments(text):
            part = ui_part(segment, remove).replace("&", "").strip()
            if has_words(part) and not (part.startswith("⟦") and part.endswith("⟧")):
                bare.append(f"{where}: {part!r}")
    assert bare == [], "strings not marked for translation:\n" + "\n".join(bare)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_visible_string_is_translated(
    qtbot, code: str, tmp_path: Path, make_pack: PackWriter, monkeypatch, ui_language
) -> None:
    broken = make_pack(MINIMAL_MANIFEST)

    def fresh_settings(name: str) -> Settings:
        return open_settings(tmp_path / name)

    english, remove = all_texts(
        qtbot, bundled_pack(), fresh_settings("en.ini"), broken, monkeypatch
    )
    ui_language(code)
    translated, _ = all_texts(qtbot, bundled_pack(), fresh_settings("x.ini"), broken, monkeypatch)
    assert [where for where, _ in translated] == [where for where, _ in english]
    kept_on_purpose = same_in(code)
    untranslated = []
    for (where, source), (_, shown) in zip(english, translated, strict=True):
        if source != shown or not any(
            has_words(ui_part(segment, remove)) for segment in segments(source)
        ):
            continue
        plain = source.replace("&", "")
        if not any(pattern.fullmatch(plain) for pattern in kept_on_purpose):
            untranslated.append(f"{where}: {source!r}")
    assert untranslated == [], f"not translated into {code}:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("code", SHIPPED)
def test_qt_own_strings_follow_the_language(qtbot, window: MainWindow, code: str, ui_language):
    ui_language(code)
    window.show_about()
    dialog = window.findChild(QDialog, "aboutDialog")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") not in ("", "Close")
    dialog.close()


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_placeholders_and_one_accelerator(code: str) -> None:
    for source, translation in translations(code).items():
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            source
        )
        assert translation.count("&") == source.count("&") <= 1, source
        assert translation.count("\n") == source.count("\n"), source


def test_language_menu_applies_at_once_and_is_remembered(
    qtbot, window: MainWindow, settings_path: Path, ui_language
) -> None:
    window.language_menu.language_actions["es"].trigger()
    assert i18n.current_language() == "es"
    # Qt posts LanguageChange to each window: the texts change on the next turn of the loop.
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Archivo")
    assert window.actions_by_id["actionQuit"].text() == "&Salir"
    assert window.language_menu.title() == "&Idioma"
    # The pack's own words are not the interface's: they stay as the pack has them.
    assert window.call_to_action.donate_button.text() == "Donate Now"
    assert window.question_list.model().index(0, 0).data() == window.pack.questions[0].title
    assert window.answer_view.accessibleName().startswith("Respuesta: ")
    assert window.sidebar.field.placeholderText() == "Buscar (Control+F)"
    assert window.zoom_controls.in_button.accessibleName() == "Ampliar"

    window.language_menu.language_actions["ar"].trigger()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&ملف")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    stored = open_settings(settings_path)
    assert stored.get(UI_LANGUAGE) == "ar"

    window.language_menu.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.language_menu.language_actions["en"].isChecked()
    stored = open_settings(settings_path)
    assert stored.get(UI_LANGUAGE) == "en"
    assert i18n.choose_language(None, stored.get(UI_LANGUAGE)) == "en"


def test_language_names_are_written_in_their_own_language(
    qtbot, window: MainWindow, ui_language
) -> None:
    ui_language("ar")
    qtbot.waitUntil(lambda: window.language_menu.language_actions[""].text() == "لغة ال&نظام")
    names = {code: a.text() for code, a in window.language_menu.language_actions.items() if code}
    assert names == {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def test_choice_of_language(monkeypatch) -> None:
    assert i18n.choose_language("fr_CA", "es") == "fr"
    assert i18n.choose_language("ES-mx", "") == "es"
    assert i18n.choose_language(None, "ar") == "ar"
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.choose_language(None, "") == "es"
    assert i18n.normalise_code("de") == ""


def test_system_language_follows_the_locale(monkeypatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("ar_EG")))
    assert i18n.system_language() == "ar"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_unknown_remembered_language_falls_back(settings_path: Path) -> None:
    settings_path.write_text("[ui]\nlanguage=klingon\n", encoding="utf-8")
    settings = open_settings(settings_path)
    assert settings.get(UI_LANGUAGE) == ""
    assert any("ui/language" in w for w in settings.warnings)


def test_language_menu_marks_the_language_in_use(qtbot, settings: Settings, ui_language) -> None:
    """With --lang (no remembered choice), the menu shows the language actually in use."""
    ui_language("fr")
    window = MainWindow(bundled_pack(), settings)
    qtbot.addWidget(window)
    assert window.language_menu.language_actions["fr"].isChecked()
    assert not window.language_menu.language_actions[""].isChecked()


def test_settings_warnings_are_shown_in_the_interface_language(
    qtbot, settings_path: Path, ui_language
) -> None:
    """A damaged settings file is found before the language is known; the window still
    reports it in the language of the interface."""
    settings_path.write_bytes(b"\x00\xff broken")
    settings = open_settings(settings_path)
    assert any("damaged" in w for w in settings.warnings)  # the log stays in English
    ui_language("es")
    window = MainWindow(bundled_pack(), settings)
    qtbot.addWidget(window)
    message = window.statusBar().currentMessage()
    assert message.startswith("El archivo de configuración ")
    assert "estaba dañado" in message and str(settings_path) in message


def marked_strings() -> dict[str, str]:
    """Every literal given to the ``tr``/``N_`` helpers or ``QCoreApplication.translate`` in
    the package, with where it is — read with ``ast``, which also sees calls inside
    f-strings (pyside6-lupdate does not)."""
    import ast

    found: dict[str, str] = {}
    for path in sorted((ROOT / "hrd_reader").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            args = node.args[1:] if name == "translate" else node.args
            if name in ("tr", "N_", "translate") and args:
                first = args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("code", SHIPPED)
def test_every_marked_literal_is_in_the_shipped_catalogue(code: str) -> None:
    catalogue = translations(code)
    marked = marked_strings()
    assert len(marked) > 80
    missing = [f"{where}: {text!r}" for text, where in marked.items() if text not in catalogue]
    assert missing == [], (
        f"marked for translation but not in hrd_reader_{code}.ts (a call pyside6-lupdate "
        "cannot see, e.g. inside an f-string, or the catalogue is stale):\n" + "\n".join(missing)
    )
