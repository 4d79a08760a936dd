"""Pack problems in the interface language: the Open Pack problems dialog, the Save Pack As
error and the pack's warnings are translated, each ``FILE:LINE: `` prefix kept as it is.
(The English command line is tests/e2e/test_cli.py; the templates are checked in
tests/unit/test_problem_templates.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPlainTextEdit

from hrd_reader.core import ContentError, load_pack
from hrd_reader.core.problems import N_, location, problem, term
from hrd_reader.gui.i18n import problem_text
from hrd_reader.gui.reading.window import MainWindow
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter
from tests.helpers.qt import wait_exposed

# A missing answer file, an address that may not leave the reader, a number for a title.
BROKEN = MINIMAL_MANIFEST.replace(
    'url = "https://example.org/give"', 'url = "ftp://example.org/give"'
).replace('title = "First question?"', "title = 3")

EXPECTED = {
    "fr": (
        "[links.donate] url « ftp://example.org/give » n’est pas une adresse http, https ou "
        "mailto — donnez une adresse complète comme https://example.org/",
        "question 1 : title doit être du texte, pas une valeur de type nombre — écrivez-le "
        'entre guillemets droits : title = "…"',
        "le fichier de réponse « answers/two.md » n’existe pas — créez-le ou corrigez le chemin",
    ),
    "ar": (
        "[links.donate] url «ftp://example.org/give» ليس عنوان http أو https أو mailto — "
        "أعطِ عنوانًا كاملًا مثل https://example.org/",
        "يجب أن يكون السؤال 1: title نصًا، لا قيمة من نوع عدد — اكتبه بين علامتي تنصيص "
        'مزدوجتين: title = "…"',
        "ملف الإجابة «answers/two.md» غير موجود — أنشئه أو صحّح المسار",
    ),
}


def english_problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_pack(folder)
    return caught.value.problems


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_problems_dialog_lists_translated_problems_with_their_lines(
    qtbot, window: MainWindow, make_pack: PackWriter, ui_language, code: str
) -> None:
    broken = make_pack(BROKEN, {"answers/one.md": "Uno."})
    english = english_problems(broken)
    assert len(english) == 3
    ui_language(code)
    assert not window.open_pack(broken)
    dialog = window.findChild(QDialog, "packErrorDialog")
    assert dialog is not None
    wait_exposed(qtbot, dialog)
    shown = dialog.findChild(QPlainTextEdit, "packProblems").toPlainText().splitlines()
    assert len(shown) == len(english)
    for line, source, expected in zip(shown, english, EXPECTED[code], strict=True):
        prefix = source.split(": ", 1)[0] + ": "  # "pack.toml:13: "
        assert prefix.startswith("pack.toml:") and prefix[len("pack.toml:") :].strip(": ").isdigit()
        assert line == prefix + expected
    assert window.pack.id == "hrd-faq"  # the pack shown stays
    dialog.close()


def test_the_problems_stay_english_in_english(
    qtbot, window: MainWindow, make_pack: PackWriter
) -> None:
    broken = make_pack(BROKEN, {"answers/one.md": "Uno."})
    assert not window.open_pack(broken)
    dialog = window.findChild(QDialog, "packErrorDialog")
    listing = dialog.findChild(QPlainTextEdit, "packProblems").toPlainText()
    assert listing.splitlines() == english_problems(broken)
    dialog.close()


def test_an_archive_refusal_is_translated(
    qtbot, window: MainWindow, tmp_path: Path, ui_language
) -> None:
    fake = tmp_path / "faq.hrdpack"
    fake.write_bytes(b"not a zip at all")
    ui_language("es")
    assert not window.open_pack(fake)
    dialog = window.findChild(QDialog, "packErrorDialog")
    listing = dialog.findChild(QPlainTextEdit, "packProblems").toPlainText()
    assert listing == (
        f"{fake}: no es un archivo de paquete (no es un archivo ZIP) — abra un .hrdpack creado "
        "con 'hrd-reader pack', o la carpeta que contiene pack.toml"
    )
    dialog.close()


def test_save_pack_as_says_what_is_wrong_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path, ui_language
) -> None:
    blocker = tmp_path / "stick"
    blocker.write_bytes(b"")  # a "folder" that is a file: unwritable, even for root
    out = blocker / "faq.hrdpack"
    ui_language("fr")
    window.save_pack_as()
    window.findChild(QFileDialog, "savePackDialog").fileSelected.emit(str(out))
    box = window.findChild(QMessageBox, "savePackErrorDialog")
    assert box is not None
    wait_exposed(qtbot, box)
    assert box.informativeText().startswith(f"{out}: ne peut pas être écrit (")
    assert "choisissez un dossier où vous pouvez écrire" in box.informativeText()
    box.close()


def test_pack_warnings_are_shown_translated(
    qtbot, window: MainWindow, make_pack: PackWriter, ui_language
) -> None:
    manifest = MINIMAL_MANIFEST.replace('language = "en"', 'language = "en"\ncolour = "red"')
    folder = make_pack(manifest, {"answers/one.md": "Uno.", "answers/two.md": "Dos."})
    ui_language("fr")
    assert window.open_pack(folder)
    assert window.pack.warnings == (
        "pack.toml:5: unknown key 'colour' in [pack] is ignored — check its spelling",
    )
    assert window.statusBar().currentMessage() == (
        "pack.toml:5: la clé inconnue 'colour' dans [pack] est ignorée — vérifiez son orthographe"
    )


def test_a_translation_is_filled_after_it_is_looked_up(ui_language) -> None:
    """Values are put in after translating (a word among them translated too), so the
    catalogue holds the template, not one entry per file name or number."""
    large = problem(
        location("pack.toml", 9),
        N_(
            'answer file "{file}" is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it'
        ),
        file="answers/big.md",
        size=1.25,
        limit=1,
    )
    ui_language("es")
    assert problem_text(large) == (
        "pack.toml:9: el archivo de respuesta «answers/big.md» ocupa 1.2 MiB; el límite es "
        "1 MiB — acórtelo o divídalo"
    )
    assert problem_text(term(N_("true/false"))) == "verdadero/falso"
    # Not in the catalogue (a pack problem added without running the script): English.
    assert problem_text(problem("x: ", N_("no such {thing}"), thing=2)) == "x: no such 2"
