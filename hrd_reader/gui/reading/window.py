"""The main window: wires the sidebar, answer pane, call-to-action bar, menus and presenter's
windows. Widgets emit intent; the window turns it into navigation and hands external addresses
to ``opener``. Rules live in their parts: commands in ``actions``, the question shown in
``navigation``, the room's view and zoom in ``presentation.controller``; one path for a new pack
(``set_pack``), one for the interface language (``retranslate``).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from hrd_reader.core import ContentError, Pack, load_pack
from hrd_reader.core.pack import Link
from hrd_reader.core.resources import is_bundled_pack
from hrd_reader.gui import quick_exit, themes
from hrd_reader.gui.action_widgets import build_menus, create_actions, shortcuts, tint_icons
from hrd_reader.gui.action_widgets import retranslate as retranslate_actions
from hrd_reader.gui.actions import THEME_ACTIONS, ActionId
from hrd_reader.gui.i18n import problem_text, tr, warning_texts
from hrd_reader.gui.presentation.controller import PresentationController
from hrd_reader.gui.reading.answer_view import AnswerView
from hrd_reader.gui.reading.call_to_action import CallToActionBar
from hrd_reader.gui.reading.language_menu import LanguageMenu
from hrd_reader.gui.reading.layout import set_directions, side_by_side
from hrd_reader.gui.reading.navigation import Navigator
from hrd_reader.gui.reading.private_signs import PrivateLabel, window_title
from hrd_reader.gui.reading.search import FindKeys, Search, SearchPanel
from hrd_reader.gui.reading.sidebar import QuestionList, QuestionModel
from hrd_reader.gui.reading.window_events import WindowEvents
from hrd_reader.gui.reading.window_state import restore_geometry, save_geometry
from hrd_reader.gui.reading.zoom import NORMAL, WheelZoom, ZoomControls, ZoomKeys
from hrd_reader.gui.settings import LAST_QUESTION, THEME, Settings
from hrd_reader.gui.themes import THEMES, Theme

if TYPE_CHECKING:
    from hrd_reader.gui.packs.recent import RecentMenu
    from hrd_reader.gui.presentation.room import PresentationWindow
    from hrd_reader.gui.presentation.share import ShareWindow

STATUS_MS = 15000
# Features loaded on first use: sharing in the room, the take-home exports, Forget.
SHARING, EXPORTS = "hrd_reader.gui.sharing.controller", "hrd_reader.gui.exports.take_home"
FORGET = "hrd_reader.gui.safety.forget"


class MainWindow(WindowEvents):
    # Another pack is shown (Open Pack…): everything the window owns already follows it.
    packChanged = Signal(object)

    def __init__(self, pack: Pack, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.pack = pack
        self.settings = settings
        self.model = QuestionModel(pack, self)
        self.question_list = QuestionList()
        self.question_list.setModel(self.model)
        self.answer_view = AnswerView(pack.source_files)
        self.answer_view.linkRequested.connect(self.open_link)

        self.actions_by_id = create_actions(self, self._handlers())
        # Quick Exit's key works from the first moment the window can take a key.
        quick_exit.take_key(self.actions_by_id[ActionId.QUICK_EXIT])
        self.navigator = Navigator(
            pack,
            self.question_list,
            self.answer_view,
            self.actions_by_id[ActionId.PREVIOUS_QUESTION],
            self.actions_by_id[ActionId.NEXT_QUESTION],
            self,
        )
        self.room = PresentationController(self, pack, settings, self.actions_by_id)
        self.room.rowChanged.connect(self.show_question)
        self.room.linkRequested.connect(self.open_link)
        self._build_menus()
        self._build_central()
        self.search = Search(
            pack, self.sidebar, self.question_list, self.answer_view, self.show_question
        )
        self._build_zoom()
        self.private_label = PrivateLabel()
        self.statusBar().insertPermanentWidget(0, self.private_label)
        self.retranslate()

        self.theme = Theme.SYSTEM
        self.colors = themes.LIGHT
        self.set_theme(self.settings.get(THEME))
        # "Follow system" follows the desktop switching between light and dark, too.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.set_zoom(self.room.reading_zoom)
        self._restore()
        for warning in (*warning_texts(pack), *self.settings.translated_warnings()):
            self.statusBar().showMessage(warning, STATUS_MS)

    def _handlers(self) -> dict[ActionId, Callable[[], object]]:
        handlers: dict[ActionId, Callable[[], object]] = {
            ActionId.OPEN_PACK: self.choose_pack,
            ActionId.SAVE_PACK: self.save_pack_as,
            ActionId.CLEAR_RECENT: lambda: self.recent.clear_list(),
            ActionId.QUIT: self.close,
            ActionId.QUICK_EXIT: quick_exit.leave,
            ActionId.SHARE_NETWORK: lambda: import_module(SHARING).for_window(self).toggle(),
            ActionId.FORGET: self.forget_computer,
            ActionId.PREVIOUS_QUESTION: lambda: self.step(-1),
            ActionId.NEXT_QUESTION: lambda: self.step(1),
            ActionId.DONATE: lambda: self._open_pack_link(self.pack.donate),
            ActionId.SIGNUP: lambda: self._open_pack_link(self.pack.signup),
            ActionId.ABOUT: self.show_about,
            ActionId.FIND: lambda: self.search.focus(),
            ActionId.FIND_NEXT: lambda: self.search.find_next(),
            ActionId.FIND_PREVIOUS: lambda: self.search.find_previous(),
            ActionId.ZOOM_IN: lambda: self.room.zoom_by(1),
            ActionId.ZOOM_OUT: lambda: self.room.zoom_by(-1),
            ActionId.ZOOM_RESET: lambda: self.set_zoom(NORMAL),
            ActionId.FULL_SCREEN: self.toggle_full_screen,
            ActionId.PRESENTATION: self.start_presentation,
            ActionId.SHOW_QR: self.show_share,
            ActionId.QUESTION_FIRST: lambda: self.room.follow_question_first(),
            ActionId.PRINT: lambda: self.open_handout("print"),
            ActionId.EXPORT_PDF: lambda: self.open_handout("pdf"),
            ActionId.EXPORT_HTML: lambda: import_module(EXPORTS).from_window(self, "html"),
            ActionId.EXPORT_ZIM: lambda: import_module(EXPORTS).from_window(self, "zim"),
        }
        handlers |= {action: self._theme_handler(theme) for theme, action in THEME_ACTIONS.items()}
        return handlers

    def _theme_handler(self, theme: Theme) -> Callable[[], None]:
        return lambda: self.set_theme(theme)

    def _build_menus(self) -> None:
        self.menus, self.toolbar = build_menus(self, self.actions_by_id)
        self.language_menu = LanguageMenu(self.settings, self)
        self.menuBar().insertMenu(self.menus["help"].menuAction(), self.language_menu)
        # File ▸ Open Recent is made when first needed (see ``recent``): the File menu about to
        # open, or a pack to remember — the bundled FAQ never is.
        self._recent: RecentMenu | None = None
        self.menus["file"].aboutToShow.connect(lambda: self.recent)
        if not is_bundled_pack(self.pack.path):
            self.recent.remember(self.pack)
        self.menus["file"].insertMenu(self.actions_by_id[ActionId.PRINT], self.menus["file.export"])
        self.packDropped.connect(self.open_pack)

    def _build_central(self) -> None:
        bar = CallToActionBar(self.pack)
        self.call_to_action = bar
        bar.donateClicked.connect(self.actions_by_id[ActionId.DONATE].trigger)
        bar.signupClicked.connect(self.actions_by_id[ActionId.SIGNUP].trigger)
        bar.linkRequested.connect(self.open_link)

        find = (ActionId.FIND, ActionId.FIND_NEXT, ActionId.FIND_PREVIOUS)
        keys = FindKeys(*shortcuts(self.actions_by_id, *find))
        self.sidebar = SearchPanel(self.question_list, keys)
        self.splitter = side_by_side(self.sidebar, self.answer_view, bar)
        self.question_list.setMinimumWidth(180)
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.sidebar.field, self.question_list)
        self.setTabOrder(self.question_list, self.answer_view)
        self.setTabOrder(self.answer_view, bar.signup_button)
        self.setTabOrder(bar.signup_button, bar.donate_button)

    def _build_zoom(self) -> None:
        keys = (ActionId.ZOOM_OUT, ActionId.ZOOM_RESET, ActionId.ZOOM_IN)
        self.zoom_controls = ZoomControls(ZoomKeys(*shortcuts(self.actions_by_id, *keys)))
        self.zoom_controls.stepRequested.connect(self.room.zoom_by)
        self.zoom_controls.resetRequested.connect(lambda: self.set_zoom(NORMAL))
        self.statusBar().addPermanentWidget(self.zoom_controls)
        self.wheel_zoom = WheelZoom(self)
        self.wheel_zoom.stepped.connect(self.room.zoom_by)
        self.answer_view.wheel_zoom = self.wheel_zoom
        self.question_list.wheel_zoom = self.wheel_zoom
        self.room.readingZoomChanged.connect(self._apply_reading_zoom)

    def set_pack(self, pack: Pack) -> None:
        """Show ``pack`` instead of the current one, from its first question."""
        self.room.set_pack(pack)
        self.pack = pack
        self.navigator.set_pack(pack)
        self.model.set_pack(pack)
        self.search.set_pack(pack)
        self.answer_view.set_files(pack.source_files)
        self.call_to_action.set_pack(pack)
        self.retranslate()
        self.show_question(0)
        self.packChanged.emit(pack)
        for warning in warning_texts(pack):
            self.statusBar().showMessage(warning, STATUS_MS)

    def retranslate(self) -> None:
        """Every text and direction of the window that depends on the interface language,
        the pack or both. The pack's own words (questions, answers, button labels) stay as
        the pack has them; widgets with texts of their own retranslate themselves."""
        pack = self.pack
        retranslate_actions(self.actions_by_id, self.menus)
        if self._recent is not None:
            self._recent.retranslate()
        # A pack without a link has no such command either; no link at all, nothing to scan.
        for action_id, link in ((ActionId.DONATE, pack.donate), (ActionId.SIGNUP, pack.signup)):
            self.actions_by_id[action_id].setVisible(link is not None)
            self.actions_by_id[action_id].setEnabled(link is not None)
            if link is not None:
                self.actions_by_id[action_id].setText(link.label)
        self.actions_by_id[ActionId.SHOW_QR].setEnabled(bool(pack.links or self.room.room_url))
        self.toolbar.setWindowTitle(tr("Navigation"))
        self.setWindowTitle(window_title(pack.title, self.settings.private))
        self.private_label.retranslate()
        self.private_label.setVisible(self.settings.private)
        self.question_list.setAccessibleName(tr("Questions"))
        self.question_list.setAccessibleDescription(
            tr("The questions of the pack; choose one to read its answer")
        )
        self.search.show_status()
        set_directions(self, self.question_list, self.answer_view, pack.rtl)
        self.navigator.rerender()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def recent(self) -> RecentMenu:
        """File ▸ Open Recent, made (and put in the File menu) on first use."""
        if self._recent is None:
            from hrd_reader.gui.packs.recent import RecentMenu

            clear = self.actions_by_id[ActionId.CLEAR_RECENT]
            self._recent = RecentMenu(self.settings, clear, self.open_pack, self)
            self.menus["file"].insertMenu(self.actions_by_id[ActionId.SAVE_PACK], self._recent)
        return self._recent

    def choose_pack(self) -> None:
        from hrd_reader.gui.packs.open_pack import choose_pack

        start = self.pack.path.parent if self.pack.path.parent.is_dir() else Path.home()
        choose_pack(self, start, self.open_pack)

    def save_pack_as(self) -> None:
        """The pack shown, as one ``.hrdpack`` file to pass on."""
        from hrd_reader.gui.packs.open_pack import save_pack_as

        save_pack_as(self, self.pack, lambda text: self.statusBar().showMessage(text, STATUS_MS))

    def open_pack(self, folder: str | Path) -> bool:
        """Open the pack in ``folder`` (or the ``.hrdpack`` file); on any problem keep the
        current pack and list them."""
        try:
            pack = load_pack(folder)
        except ContentError as exc:
            from hrd_reader.gui.packs.open_pack import PackErrorDialog

            problems = [problem_text(problem) for problem in exc.details]
            dialog = PackErrorDialog(str(folder), problems, self.pack.title, self)
            dialog.open()
            return False
        self.set_pack(pack)
        self.recent.remember(pack)
        if not pack.warnings:
            self.statusBar().showMessage(
                tr("Opened “{title}” (questions: {count})").format(
                    title=pack.title, count=len(pack.questions)
                ),
                10000,
            )
        return True

    def set_theme(self, name: str) -> None:
        theme = Theme(name) if name in THEMES else Theme.SYSTEM
        self.theme = theme
        self.colors = themes.apply_theme(theme)
        self.settings.set(THEME, theme.value)
        self.actions_by_id[THEME_ACTIONS[theme]].setChecked(True)
        palette = themes.palette_for(self.colors)
        self.answer_view.set_colors(palette, themes.answer_css(self.colors), self.colors.focus)
        native = theme == Theme.SYSTEM and not self.colors.dark
        shown = QApplication.palette() if native else palette  # the desktop's, or the theme's
        self.question_list.follow_palette(shown)
        self.sidebar.field.tint(*tint_icons(self.actions_by_id, shown))
        self.call_to_action.set_colors(self.colors)
        self.sidebar.field.setStyleSheet(themes.search_field_css(self.colors))
        self.search.set_colors(self.colors)
        self.room.set_colors(self.colors)

    def _on_color_scheme_changed(self) -> None:
        if self.theme == Theme.SYSTEM:
            self.set_theme(Theme.SYSTEM)

    def set_zoom(self, percent: int) -> None:
        """Zoom the mode on screen (the presentation's when it runs); see the controller."""
        self.room.set_zoom(percent)

    def current_zoom(self) -> int:
        return self.room.current_zoom()

    @property
    def zoom_percent(self) -> int:
        """The reading window's zoom (the presentation keeps its own)."""
        return self.room.reading_zoom

    def _apply_reading_zoom(self, percent: int) -> None:
        self.answer_view.set_zoom(percent)
        self.question_list.set_zoom(percent)
        self.zoom_controls.set_percent(percent)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_id[ActionId.FULL_SCREEN].setChecked(self.isFullScreen())

    @property
    def presentation(self) -> PresentationWindow | None:
        return self.room.presentation

    @property
    def share(self) -> ShareWindow | None:
        return self.room.share

    def start_presentation(self) -> None:
        """Full screen, one question at a time, on the screen this window is on."""
        self.room.start(self.current_row())

    def show_share(self) -> None:
        """The Donate and Sign Up addresses as full-screen QR codes, over whatever is shown."""
        self.room.show_share()

    def _restore(self) -> None:
        restore_geometry(self, self.splitter, self.settings)
        self.show_question(self.pack.index_of(self.settings.get(LAST_QUESTION)) or 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.room.close_all()
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        save_geometry(self, self.splitter, self.settings)
        if question := self.current_question_id():
            self.settings.set(LAST_QUESTION, question)
        self.settings.sync()

    def current_row(self) -> int:
        return self.navigator.current_row()

    def current_question_id(self) -> str:
        return self.navigator.current_question_id()

    def show_question(self, row: int) -> None:
        self.navigator.show(row)

    def show_question_id(self, question_id: str) -> None:
        self.navigator.show_id(question_id)

    def step(self, delta: int) -> None:
        self.navigator.step(delta)

    def open_link(self, url: QUrl, label: str = "") -> None:
        import_module("hrd_reader.gui.links.opener").open_url(url, self, label)

    def _open_pack_link(self, link: Link | None) -> None:
        if link is not None:
            self.open_link(QUrl(link.url), link.label)

    def open_handout(self, mode: str) -> None:
        """The handout dialog ("pdf" or "print"): current question or whole FAQ."""
        # Imported here: the printing code (and QtPrintSupport) is not needed at start-up.
        from hrd_reader.gui.handouts.printing import open_handout_dialog

        say = lambda text: self.statusBar().showMessage(text, STATUS_MS)  # noqa: E731
        open_handout_dialog(self, self.pack, self.current_row(), mode, say)

    def forget_computer(self) -> None:
        """Confirm, delete what the reader kept here, and go on as a private session."""
        import_module(FORGET).ask(self, self.settings, self._forgotten)

    def _forgotten(self, problems: list[str]) -> None:
        self.retranslate()
        self.statusBar().showMessage(tr("This computer was forgotten"), STATUS_MS)
        import_module("hrd_reader.gui.accessibility.spoken").say(
            tr("This computer was forgotten"), self.focusWidget()
        )
        import_module(FORGET).report(self, problems)

    def show_about(self) -> None:
        from hrd_reader.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.pack, self)
        dialog.linkRequested.connect(self.open_link)
        dialog.open()
