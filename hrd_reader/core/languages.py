"""Language codes: what one looks like, and which languages are written right to left.

A pack's ``language`` and the interface language are both BCP 47 codes (``en``, ``ar-EG``);
the pack's decides the direction of its answers, the interface's that of the window.
"""

from __future__ import annotations

import re

from hrd_reader.core.problems import N_, term

LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
LANGUAGE_HINT = term(N_('use a BCP 47 code such as "en" or "ar"'))
# Languages written right to left (primary BCP 47 subtag).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)


def primary_subtag(code: str) -> str:
    """``"ar"`` for ``"ar-EG"``, ``"AR"`` or the system's ``"ar_EG"``."""
    return code.replace("_", "-").split("-")[0].lower()


def is_rtl(code: str) -> bool:
    """Whether text in language ``code`` runs right to left."""
    return primary_subtag(code) in RTL_LANGUAGES
