"""What a pack's problems look like: ``Problem``, ``ContentError`` and the ``FILE:LINE: ``
that starts each.

Every layer of the core reports through these, so a problem reads the same whether the
manifest, a text file or the TOML parser found it. A ``Problem`` keeps its English message
*template* (marked with ``N_`` so pyside6-lupdate collects it), the values that fill it and
the untranslated ``FILE:LINE: `` prefix apart: ``str()`` gives the English line the command
line prints, and the window translates the template first (``gui/i18n.problem_text``).
Templates use ``{name}`` placeholders, filled with ``str.format`` after translation. A value
may itself be a ``Problem`` (with no prefix): a word or clause translated the same way.
Pure Python — never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


def N_(text: str) -> str:
    """Marks a problem template for translation (pyside6-lupdate reads it as
    ``QT_TR_NOOP``, see scripts/update-translations.sh); the text is unchanged."""
    return text


@dataclass(frozen=True)
class Problem:
    """One problem: ``where`` ("FILE:LINE: ", "FILE: " or ""), an English ``template`` and
    the ``values`` for its placeholders."""

    where: str
    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.where + self.template.format(**self.values)


def problem(where: str, template: str, **values: object) -> Problem:
    """A ``Problem`` at ``where`` (see ``location``); ``template`` is an ``N_("…")`` literal."""
    return Problem(where, template, values)


def term(template: str) -> Problem:
    """A word or clause put into other templates and translated with them."""
    return Problem("", template)


class ContentError(Exception):
    """A pack could not be loaded. ``details`` holds every problem found; ``problems`` the
    same in English, one line each."""

    def __init__(self, details: Iterable[Problem]) -> None:
        self.details = list(details)
        self.problems = [str(detail) for detail in self.details]
        super().__init__("\n".join(self.problems))


def location(file: str, line: int | None = None) -> str:
    """The ``FILE:LINE: `` (or ``FILE: ``) that starts a problem."""
    return f"{file}:{line}: " if line else f"{file}: "
