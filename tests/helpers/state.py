"""What the reader sets for the whole process, put back as a fresh reader has it: one test's
theme, interface language or cached renders must not leak into the next.

- the theme: the application's style and palette (``themes.apply_theme``) and its style
  sheet (the reader sets none; a test might);
- the interface language: the installed translators, the default locale and the layout
  direction (``i18n.install``);
- every ``functools`` cache in the package (``lru_cache``/``cache``: rendered answers, the
  Markdown converter).

Only what was imported is touched: a test that never loaded the gui modules pays nothing,
and no QApplication is created for it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

PACKAGE = "hrd_reader"


def reset_process_state() -> None:
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        themes = sys.modules.get(f"{PACKAGE}.gui.themes")
        if themes is not None:
            themes.apply_theme("system")
        if app.styleSheet():
            app.setStyleSheet("")
    i18n = sys.modules.get(f"{PACKAGE}.gui.i18n")
    if app is not None and i18n is not None:
        i18n.install(i18n.SOURCE_LANGUAGE)
    clear_caches()


def clear_caches() -> None:
    """Empty every functools cache defined in a module of the package."""
    for name, module in list(sys.modules.items()):
        if name != PACKAGE and not name.startswith(f"{PACKAGE}."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
