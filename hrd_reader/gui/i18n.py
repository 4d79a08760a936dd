"""UI languages: which ones ship, which one to use, and installing its translations.

The interface's strings are translated by Qt (``.ts`` sources and compiled ``.qm`` files in
``resources/translations/``, see the README's "Translations"); the pack's own content —
questions, answers, button labels — is never translated here. The language is, in order:
``--lang CODE``, the Language menu's remembered choice, the system's languages, English.

Every gui module translates with this module's ``tr()`` and marks strings to translate later
with ``N_``. pyside6-lupdate files a plain ``tr("…")`` call under the empty context, so that
is the one context of the catalogues and the one ``tr()`` asks for: what lupdate collects
is exactly what the reader looks up.

A pack's problems come from the core as ``Problem`` templates marked with the core's own
``N_`` (collected the same way); ``problem_text`` shows one in the interface language with
its ``FILE:LINE: `` prefix as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from hrd_reader.core.languages import is_rtl, primary_subtag
from hrd_reader.core.pack import Pack
from hrd_reader.core.problems import Problem
from hrd_reader.core.resources import resource_path

CATALOGUE = "hrd_reader"
SOURCE_LANGUAGE = "en"
CONTEXT = ""  # where pyside6-lupdate files plain tr() calls: see the module docstring


def tr(text: str) -> str:
    """``text`` in the interface language installed now."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:
    """Marks ``text`` for translation without translating it yet, for registries read before
    a language is installed; ``tr()`` translates it where it is shown. pyside6-lupdate reads
    ``N_`` as ``QT_TR_NOOP`` (scripts/update-translations.sh)."""
    return text


def problem_text(problem: Problem) -> str:
    """``problem`` in the interface language: its ``FILE:LINE: `` prefix untouched, its
    template translated, then filled in (a value that is itself a ``Problem`` — a word such
    as "string" — translated the same way). A translation whose placeholders do not fit
    gives the English text rather than no text."""
    values = {
        name: problem_text(value) if isinstance(value, Problem) else value
        for name, value in problem.values.items()
    }
    try:
        return problem.where + tr(problem.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(problem)


def warning_texts(pack: Pack) -> list[str]:
    """The pack's warnings (unknown keys …) in the interface language."""
    if pack.warning_details:
        return [problem_text(warning) for warning in pack.warning_details]
    return list(pack.warnings)  # a pack built by hand has only the English ones


@dataclass(frozen=True)
class Language:
    code: str
    # Each language is named in itself, as every system's language menu does.
    native_name: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ar", "العربية"),
)
CODES = tuple(language.code for language in LANGUAGES)


def translations_dir() -> str:
    return str(resource_path("translations"))


def normalise_code(code: str) -> str:
    """The shipped language for ``code`` ("fr_CA", "fr-FR", "FR" → "fr"), or ""."""
    primary = primary_subtag(code)
    return primary if primary in CODES else ""


def system_language() -> str:
    """The first of the system's preferred UI languages that ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalise_code(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def choose_language(explicit: str | None, remembered: str) -> str:
    """``--lang`` beats the remembered menu choice, which beats the system."""
    for candidate in (explicit or "", remembered):
        code = normalise_code(candidate) if candidate else ""
        if code:
            return code
    return system_language()


_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    return _current[0]


def install(code: str) -> bool:
    """Make ``code`` the interface language now; every window gets a LanguageChange event.

    Returns False (and uses English) when the catalogue for ``code`` cannot be loaded.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    new: list[QTranslator] = []
    loaded = True
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        loaded = ours.load(f"{CATALOGUE}_{code}", translations_dir())
        if loaded:
            # Qt's own strings (standard buttons, file dialogs) come from Qt's catalogue.
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_dir):
                new.append(qt)
            new.append(ours)
    code = code if loaded else SOURCE_LANGUAGE
    _current[0] = code
    QLocale.setDefault(QLocale(code))
    # Direction first: removing or installing a translator makes windows retranslate at
    # once, and they read the direction while doing so.
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
        )
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed[:] = new
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return loaded
