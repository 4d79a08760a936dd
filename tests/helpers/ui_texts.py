"""Helpers for the translation tests: every text a user can see or hear in a window.

Shared by the pseudo-locale test and the French/Spanish/Arabic tests, so both look at the
same strings: window titles, labels, buttons, menus, actions, tool tips, status tips and
accessible names and descriptions.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from hrd_reader.core import Pack
from hrd_reader.core.textsearch import iter_paragraphs
from hrd_reader.core.version import VERSION
from hrd_reader.gui.i18n import LANGUAGES
from tests.helpers.paths import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
# The interface languages shipped besides English (the source language).
SHIPPED = ("fr", "es", "ar")

# Not the interface's to translate: language names (each written in itself), the
# program's name with its version, and Qt's own standard buttons (Qt's catalogue).
LANGUAGE_NAMES = {language.native_name for language in LANGUAGES}
PROGRAM_HEADING = re.compile(rf"HRD Reader {re.escape(VERSION)}")


def _is_standard_button(widget: QWidget) -> bool:
    parent = widget.parent()
    return (
        isinstance(widget, QAbstractButton)
        and isinstance(parent, QDialogButtonBox)
        and parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every non-empty text of ``root`` and its children, in a stable order."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text and text.strip():
            found.append((where, text))

    for index, widget in enumerate([root, *root.findChildren(QWidget)]):
        if _is_standard_button(widget) or not (widget.isVisibleTo(root) or widget is root):
            continue
        where = f"{index}:{type(widget).__name__}:{widget.objectName()}"
        if widget.isWindow():
            add(f"{where}.windowTitle", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(f"{where}.text", widget.text())
        if isinstance(widget, QMenu):
            add(f"{where}.title", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            add(f"{where}.placeholder", widget.placeholderText())
        add(f"{where}.toolTip", widget.toolTip())
        add(f"{where}.statusTip", widget.statusTip())
        add(f"{where}.accessibleName", widget.accessibleName())
        add(f"{where}.accessibleDescription", widget.accessibleDescription())
    for index, action in enumerate(root.findChildren(QAction)):
        if action.isSeparator():
            continue
        where = f"action{index}:{action.objectName()}"
        add(f"{where}.text", action.text())
        add(f"{where}.toolTip", action.toolTip())
        add(f"{where}.statusTip", action.statusTip())
    return found


def pack_strings(pack: Pack) -> list[str]:
    """Everything the pack says: the UI shows it as it is, untranslated."""
    strings = [
        pack.title,
        pack.attribution,
        pack.source,
        pack.donate.label,
        pack.donate.url,
        pack.signup.label,
        pack.signup.url,
        pack.signup.blurb,
        str(pack.path),
    ]
    for question in pack.questions:
        strings.append(question.title)
        strings.extend(iter_paragraphs(question.markdown))
    # Longest first, so a title is removed before a shorter string inside it.
    return sorted((s for s in strings if s), key=len, reverse=True)


def segments(text: str) -> list[str]:
    """The pieces of ``text`` to check one by one: plain text whole (a translation spans
    its lines), rich text as the lines it shows (its markup joins separate strings)."""
    if not ("<" in text and ">" in text):
        return [text]
    text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return [part for part in re.split(r"[\n\u2028\u2029]+", text) if part.strip()]


def ui_part(text: str, remove: Iterable[str]) -> str:
    """``text`` without the pack's strings and the strings no one translates."""
    for piece in remove:
        text = text.replace(piece, "")
    text = PROGRAM_HEADING.sub("", text)
    if text.strip() in LANGUAGE_NAMES:
        return ""
    return text


def has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def translations(code: str) -> dict[str, str]:
    """source → translation of the shipped catalogue for ``code``."""
    tree = ET.parse(TRANSLATIONS / f"hrd_reader_{code}.ts")
    return {m.findtext("source", ""): m.findtext("translation", "") for m in tree.iter("message")}


def same_in(code: str) -> list[re.Pattern[str]]:
    """The strings a translator deliberately kept as in English (e.g. "Navigation" in
    French), as patterns with their {placeholders} open."""
    patterns = []
    for source, translation in translations(code).items():
        if source == translation:
            pattern = re.sub(r"\\\{\w+\\\}", ".*", re.escape(source.replace("&", "")))
            patterns.append(re.compile(pattern, re.DOTALL))
    return patterns
