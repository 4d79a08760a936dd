"""The widgets, on top of the Qt-free core, grouped by when they load.

The modules here are the application's shell, loaded at start (actions, settings, themes,
icons, i18n, the QApplication, Quick Exit, crash safety, the privacy rules). ``reading/`` is
the window the first frame draws; every other folder (``presentation/``, ``handouts/``,
``packs/``, ``safety/``, ``dialogs/``, ``links/``, ``self_test/``) is a feature loaded on
first use.

This package is also the one stable door for outside code: ``from hrd_reader.gui import
MainWindow, open_settings`` works wherever the modules move. Importing the package loads
nothing; each name loads its module when it is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hrd_reader.gui.reading.window import MainWindow
    from hrd_reader.gui.settings import open_settings

__all__ = ["MainWindow", "open_settings"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from hrd_reader.gui.reading.window import MainWindow

        return MainWindow
    if name == "open_settings":
        from hrd_reader.gui.settings import open_settings

        return open_settings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
