"""The autouse fixture's reset (tests/helpers/state.py) really puts back what one test may
change for the whole process: the theme, the interface language and the render caches."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from hrd_reader.core import Pack, render
from hrd_reader.core.render import question_html
from hrd_reader.gui import i18n, themes
from tests.helpers.state import reset_process_state


def test_theme_language_and_caches_are_put_back(qapp: QApplication, pack: Pack) -> None:
    themes.apply_theme("system")
    style, palette = qapp.style().name(), qapp.palette()
    themes.apply_theme("dark")
    # Offscreen, the native style may be Fusion already: the palette shows the change.
    assert qapp.style().name().lower() == "fusion" and qapp.palette() != palette
    qapp.setStyleSheet("QWidget { color: red }")
    assert i18n.install("ar")
    question_html(pack.questions[0], pack.question_ids)
    caches = [v for v in vars(render).values() if callable(getattr(v, "cache_info", None))]
    assert caches and any(cache.cache_info().currsize for cache in caches)

    reset_process_state()

    assert qapp.style().name() == style and qapp.palette() == palette
    assert qapp.styleSheet() == ""
    assert i18n.current_language() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().name() == QLocale("en").name()
    assert all(cache.cache_info().currsize == 0 for cache in caches)
