"""The web page's own few words (headings, "Back to the questions") in the pack's language.

A phone page of an Arabic pack should not say "Questions" in English. The words are marked
with ``N_`` like every interface string, so ``scripts/update-translations.sh`` collects them
into the same catalogues the window uses, and are looked up here in the compiled ``.qm``
file of the pack's language — without Qt, because the web exports run headless and this
package never imports it. A ``.qm`` file is Qt's documented-by-source binary format: a magic
number, then tagged sections; the messages section is a run of tagged records (source text
in UTF-8, translation in UTF-16). Only that section is read, within the file's bounds; a
language without a catalogue, a damaged file or a missing translation gives the English
text. Pure Python — never imports Qt.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from hrd_reader.core.languages import primary_subtag
from hrd_reader.core.resources import resource_path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Record tags of the messages section (Qt's translator.cpp): those followed by a 32-bit
# length and that many bytes, those followed by a 32-bit value, and those standing alone.
_END, _TRANSLATION, _SOURCE = 1, 3, 6
_WITH_LENGTH = frozenset({2, 3, 4, 6, 7, 8})
_WITH_VALUE = frozenset({5})
_ALONE = frozenset({1, 9})
_NULL = 0xFFFFFFFF
MAX_QM_BYTES = 8 * 1024 * 1024


def parse_qm(data: bytes) -> dict[str, str]:
    """Source text → translation for every translated message of a ``.qm`` file."""
    if not data.startswith(QM_MAGIC):
        return {}
    pos, end = len(QM_MAGIC), len(data)
    while pos + 5 <= end:
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if tag == _MESSAGES:
            return _messages(data, pos, min(end, pos + length))
        pos += length
    return {}


def _messages(data: bytes, pos: int, end: int) -> dict[str, str]:
    table: dict[str, str] = {}
    source: str | None = None
    translation: str | None = None
    while pos < end:
        tag = data[pos]
        pos += 1
        if tag in _ALONE:
            if tag == _END:
                if source is not None and translation:
                    table.setdefault(source, translation)
                source = translation = None
            continue
        if pos + 4 > end:
            break
        (value,) = struct.unpack_from(">I", data, pos)
        pos += 4
        if tag in _WITH_VALUE:
            continue
        if tag not in _WITH_LENGTH:
            break  # unknown record: stop rather than misread the rest
        if value == _NULL:
            continue
        if pos + value > end:
            break
        chunk = data[pos : pos + value]
        pos += value
        if tag == _TRANSLATION:
            translation = chunk.decode("utf-16-be", errors="replace")
        elif tag == _SOURCE:
            source = chunk.decode("utf-8", errors="replace")
    return table


@lru_cache(maxsize=8)
def catalogue(language: str) -> dict[str, str]:
    """The interface translations of ``language`` (a BCP 47 code); empty if none ship."""
    code = primary_subtag(language)
    if not code.isalpha():
        return {}
    path = resource_path("translations", f"hrd_reader_{code}.qm")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_QM_BYTES + 1)
    except OSError:
        return {}
    return parse_qm(data) if len(data) <= MAX_QM_BYTES else {}


def word(text: str, language: str) -> str:
    """``text`` (marked with ``N_`` where it is written) in ``language``, else as written."""
    return catalogue(language).get(text, text)
