"""The Language menu: the system's language or one of the shipped ones, applied at once and
remembered in the settings.

Each language is named in itself (not translated), so its readers find it in any interface
language; only "System Language" is the interface's own text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from hrd_reader.gui import i18n
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.settings import UI_LANGUAGE, Settings

SYSTEM = ""  # the code the menu and the setting use for "the system's language"


class LanguageMenu(QMenu):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        chosen = settings.get(UI_LANGUAGE)
        if i18n.current_language() != (chosen or i18n.system_language()):
            chosen = i18n.current_language()  # --lang overrides for this run: show it
        languages = ((lang.code, lang.native_name) for lang in i18n.LANGUAGES)
        for code, name in ((SYSTEM, ""), *languages):
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
            if code == SYSTEM:
                self.addSeparator()
        self.retranslate()

    def choose(self, code: str) -> None:
        """Remember the choice ("" = the system's) and apply it now: every window gets a
        LanguageChange event and retranslates itself."""
        self.settings.set(UI_LANGUAGE, code)
        self.settings.sync()
        i18n.install(code or i18n.system_language())

    def retranslate(self) -> None:
        self.setTitle(tr("&Language"))
        system = self.language_actions[SYSTEM]
        system.setText(tr("&System Language"))
        system.setToolTip(tr("Use the language of this computer when it is available"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
