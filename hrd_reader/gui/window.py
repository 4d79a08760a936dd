"""The main window: wires the sidebar, the answer pane and the calls to action together.

Widgets emit intent (a question chosen, a link clicked); the window turns intent into
navigation, and hands every external address to ``opener.open_url``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.core import ContentError, Pack, load_pack
from hrd_reader.core.render import question_html
from hrd_reader.gui import i18n, opener, themes, zoom
from hrd_reader.gui.actions import ACTIONS, MENUS, create_actions, retranslate, translate
from hrd_reader.gui.answer_view import AnswerView
from hrd_reader.gui.search import Search, SearchPanel
from hrd_reader.gui.settings import (
    LAST_QUESTION,
    SPLITTER_STATE,
    THEME,
    UI_LANGUAGE,
    WINDOW_GEOMETRY,
    ZOOM_PRESENTATION,
    ZOOM_READING,
    Settings,
)
from hrd_reader.gui.sidebar import QuestionList, QuestionModel

if TYPE_CHECKING:
    from hrd_reader.gui.presentation import PresentationWindow
    from hrd_reader.gui.share import ShareWindow

THEME_ACTIONS = {
    "system": "actionThemeSystem",
    "light": "actionThemeLight",
    "dark": "actionThemeDark",
    "high-contrast": "actionThemeHighContrast",
}

FIRST_RUN_SIZE = (1100, 720)
# Once the reader has been idle this long after showing an answer, the answers before and
# after it are rendered into the cache, so that Next/Previous (a clicker) shows them at once.
PREFETCH_DELAY_MS = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("window", text)


class MainWindow(QMainWindow):
    # Another pack was opened: parts that keep the pack (search, presentation) follow it.
    packChanged = Signal(object)

    def __init__(self, pack: Pack, settings: Settings | QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.pack = pack
        self._shown_row = -1
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_DELAY_MS)
        self._prefetch.timeout.connect(self._render_neighbours)
        self.settings = settings if isinstance(settings, Settings) else Settings(settings)

        self.model = QuestionModel(pack, self)
        self.question_list = QuestionList()
        self.question_list.setModel(self.model)
        self.answer_view = AnswerView(pack.path)
        self.answer_view.questionRequested.connect(self.show_question_id)
        self.answer_view.linkRequested.connect(self.open_link)

        self.actions_by_id = create_actions(self, self._handlers())
        self._build_menus()
        self._build_central()
        self.search = Search(
            pack, self.sidebar, self.question_list, self.answer_view, self.show_question
        )
        self._build_zoom()
        self._apply_pack()
        self.retranslate()
        self.question_list.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.presentation: PresentationWindow | None = None
        self.share: ShareWindow | None = None
        self.theme = ""
        self.colors = themes.LIGHT
        self.set_theme(self.settings.get(THEME))
        # "Follow system" follows the desktop switching between light and dark, too.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.zoom_percent = self.settings.get(ZOOM_READING)
        self.set_zoom(self.zoom_percent)
        self._restore()
        for warning in (*pack.warnings, *self.settings.translated_warnings()):
            self.statusBar().showMessage(warning, 15000)

    # -- construction --------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "actionOpenPack": self.choose_pack,
            "actionQuit": self.close,
            "actionPreviousQuestion": lambda: self.step(-1),
            "actionNextQuestion": lambda: self.step(1),
            "actionDonate": lambda: self.open_link(QUrl(self.pack.donate.url)),
            "actionSignup": lambda: self.open_link(QUrl(self.pack.signup.url)),
            "actionAbout": self.show_about,
            "actionFind": lambda: self.search.focus(),
            "actionFindNext": lambda: self.search.find_next(),
            "actionFindPrevious": lambda: self.search.find_previous(),
            "actionZoomIn": lambda: self.zoom_by(1),
            "actionZoomOut": lambda: self.zoom_by(-1),
            "actionZoomReset": lambda: self.set_zoom(100),
            "actionThemeSystem": lambda: self.set_theme("system"),
            "actionThemeLight": lambda: self.set_theme("light"),
            "actionThemeDark": lambda: self.set_theme("dark"),
            "actionThemeHighContrast": lambda: self.set_theme("high-contrast"),
            "actionFullScreen": self.toggle_full_screen,
            "actionPresentation": self.start_presentation,
            "actionShowQr": self.show_share,
            "actionPrint": lambda: self.open_handout("print"),
            "actionExportPdf": lambda: self.open_handout("pdf"),
        }

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for key, _title in MENUS:
            parent, _, _child = key.rpartition(".")
            owner = menus[parent] if parent else self.menuBar()
            menu = owner.addMenu("")
            menu.setObjectName(f"{key}Menu")
            menus[key] = menu
        self.menus = menus
        self._build_language_menu()
        toolbar = QToolBar()
        self.toolbar = toolbar
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        for entry in ACTIONS:
            action = self.actions_by_id[entry.id]
            if entry.menu:
                menus[entry.menu].addAction(action)
            if entry.toolbar:
                toolbar.addAction(action)
            # Shortcuts work even where the action is in no visible menu.
            self.addAction(action)

    def _build_language_menu(self) -> None:
        """Language menu: the system's language or one of the shipped ones, applied at once."""
        menu = QMenu(self)
        menu.setObjectName("languageMenu")
        self.menuBar().insertMenu(self.menus["help"].menuAction(), menu)
        self.language_menu = menu
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        chosen = self.settings.get(UI_LANGUAGE)
        if i18n.current_language() != (chosen or i18n.system_language()):
            chosen = i18n.current_language()  # --lang overrides for this run: show it
        for code, name in (("", ""), *((lang.code, lang.native_name) for lang in i18n.LANGUAGES)):
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            # A language is named in itself (not translated), so its readers find it in any
            # interface language; "System Language" gets its text in retranslate().
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
            if not code:
                menu.addSeparator()

    def _build_central(self) -> None:
        self.donate_button = QPushButton()
        self.donate_button.setObjectName("donateButton")
        self.donate_button.setDefault(True)
        self.donate_button.clicked.connect(self.actions_by_id["actionDonate"].trigger)
        self.signup_button = QPushButton()
        self.signup_button.setObjectName("signupButton")
        self.signup_button.clicked.connect(self.actions_by_id["actionSignup"].trigger)
        self.blurb = QLabel()
        self.blurb.setObjectName("signupBlurb")
        self.blurb.setWordWrap(True)
        self.attribution = QLabel()
        self.attribution.setObjectName("attributionLabel")
        self.attribution.setWordWrap(True)
        self.attribution.setOpenExternalLinks(False)
        self.attribution.linkActivated.connect(lambda link: self.open_link(QUrl(link)))

        for button in (self.donate_button, self.signup_button):
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            button.setFont(font)
            button.setMinimumHeight(36)
        bold = self.donate_button.font()
        bold.setBold(True)
        self.donate_button.setFont(bold)

        bar = QWidget()
        bar.setObjectName("callToActionBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 8)
        row.addWidget(self.attribution, 1)
        row.addSpacing(12)
        row.addWidget(self.blurb, 1)
        row.addWidget(self.signup_button)
        row.addWidget(self.donate_button)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.answer_view, 1)
        column.addWidget(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar = SearchPanel(self.question_list)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        self.question_list.setMinimumWidth(180)
        self.setCentralWidget(self.splitter)

        self.setTabOrder(self.sidebar.field, self.question_list)
        self.setTabOrder(self.question_list, self.answer_view)
        self.setTabOrder(self.answer_view, self.signup_button)
        self.setTabOrder(self.signup_button, self.donate_button)

    def _build_zoom(self) -> None:
        self.zoom_controls = zoom.ZoomControls()
        self.zoom_controls.stepRequested.connect(self.zoom_by)
        self.zoom_controls.resetRequested.connect(lambda: self.set_zoom(100))
        self.statusBar().addPermanentWidget(self.zoom_controls)
        self.wheel_zoom = zoom.WheelZoom(self)
        self.wheel_zoom.stepped.connect(self.zoom_by)
        for widget in (self.answer_view.viewport(), self.question_list.viewport()):
            widget.installEventFilter(self.wheel_zoom)

    def retranslate(self) -> None:
        """Every text the interface owns, in the language installed now (the pack's own
        texts — questions, answers, button labels — stay as the pack has them)."""
        retranslate(self.actions_by_id)
        for key, title in MENUS:
            self.menus[key].setTitle(translate(title))
        self.language_menu.setTitle(tr("&Language"))
        self.language_actions[""].setText(tr("&System Language"))
        self.language_actions[""].setToolTip(
            tr("Use the language of this computer when it is available")
        )
        self.toolbar.setWindowTitle(tr("Navigation"))
        self.question_list.setAccessibleName(tr("Questions"))
        self.question_list.setAccessibleDescription(
            tr("The questions of the pack; choose one to read its answer")
        )
        self.blurb.setAccessibleName(tr("About signing up"))
        self.attribution.setAccessibleName(tr("Source of the text"))
        self.search.show_status()
        self._apply_direction()
        self._apply_pack_texts()
        row, self._shown_row = self._shown_row, -1
        if row >= 0:
            self._render(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_direction(self) -> None:
        """Right to left for a right-to-left interface language or pack: the sidebar moves
        to the right. The answer's own text runs in the pack's direction."""
        rtl = self.pack.rtl or QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        content = (
            Qt.LayoutDirection.RightToLeft if self.pack.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.answer_view.set_text_direction(content)
        # The pack's own words (titles, blurb, attribution) run in the pack's direction, so an
        # English title in the Arabic interface keeps its question mark at the end.
        for widget in (self.question_list, self.blurb, self.attribution):
            widget.setLayoutDirection(content)

    def _apply_pack_texts(self) -> None:
        """Texts that mix the pack's words with the interface's."""
        pack = self.pack
        self.setWindowTitle(tr("{title} — HRD Reader").format(title=pack.title))
        self.actions_by_id["actionDonate"].setText(pack.donate.label)
        self.actions_by_id["actionSignup"].setText(pack.signup.label)
        self.donate_button.setAccessibleDescription(
            tr("Opens {address} in your web browser").format(address=pack.donate.url)
        )
        self.signup_button.setAccessibleDescription(
            " ".join(
                part
                for part in (
                    pack.signup.blurb,
                    tr("Opens {address} in your web browser").format(address=pack.signup.url),
                )
                if part
            )
        )

    def _apply_pack(self) -> None:
        pack = self.pack
        self.donate_button.setText(pack.donate.label)
        self.donate_button.setToolTip(pack.donate.url)
        self.signup_button.setText(pack.signup.label)
        self.signup_button.setToolTip(
            "\n".join(part for part in (pack.signup.blurb, pack.signup.url) if part)
        )
        self.blurb.setText(pack.signup.blurb)
        self.blurb.setVisible(bool(pack.signup.blurb))
        attribution = html.escape(pack.attribution)
        if pack.source:
            # The attribution itself links to the source page; the address is its tooltip.
            attribution = f'<a href="{html.escape(pack.source)}">{attribution}</a>'
            self.attribution.setToolTip(pack.source)
        self.attribution.setText(f"<small>{attribution}</small>")

    def set_pack(self, pack: Pack) -> None:
        """Show ``pack`` instead of the current one, from its first question."""
        # The presentation and the QR codes show the old pack: close them first.
        for shown in (self.share, self.presentation):
            if shown is not None:
                shown.close()
        self.pack = pack
        self._shown_row = -1
        self.model.set_pack(pack)
        self.search.set_pack(pack)
        self.answer_view.pack_dir = pack.path
        self._apply_pack()
        self._apply_direction()
        self._apply_pack_texts()
        self.show_question(0)
        self.packChanged.emit(pack)
        for warning in pack.warnings:
            self.statusBar().showMessage(warning, 15000)

    def choose_pack(self) -> None:
        from hrd_reader.gui.open_pack import choose_pack_folder

        start = self.pack.path.parent if self.pack.path.parent.is_dir() else Path.home()
        choose_pack_folder(self, start, self.open_pack)

    def open_pack(self, folder: str | Path) -> bool:
        """Open the pack in ``folder``; on any problem keep the current pack and list them."""
        try:
            pack = load_pack(folder)
        except ContentError as exc:
            from hrd_reader.gui.open_pack import PackErrorDialog

            dialog = PackErrorDialog(str(folder), exc.problems, self.pack.title, self)
            dialog.open()
            return False
        self.set_pack(pack)
        if not pack.warnings:
            self.statusBar().showMessage(
                tr("Opened “{title}” (questions: {count})").format(
                    title=pack.title, count=len(pack.questions)
                ),
                10000,
            )
        return True

    def choose_language(self, code: str) -> None:
        """Remember the Language menu's choice ("" = the system's) and apply it now."""
        self.settings.set(UI_LANGUAGE, code)
        self.settings.sync()
        i18n.install(code or i18n.system_language())

    # -- view ----------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        if name not in themes.THEMES:
            name = "system"
        self.theme = name
        self.colors = themes.apply_theme(name)
        self.settings.set(THEME, name)
        self.actions_by_id[THEME_ACTIONS[name]].setChecked(True)
        palette = themes.palette_for(self.colors)
        self.answer_view.set_colors(palette, themes.answer_css(self.colors))
        native = name == "system" and not self.colors.dark
        self.question_list.follow_palette(QApplication.palette() if native else palette)
        self.donate_button.setStyleSheet(themes.primary_button_css(self.colors))
        self.sidebar.field.setStyleSheet(themes.search_field_css(self.colors))
        self.search.set_colors(self.colors)
        if self.presentation is not None:
            self.presentation.set_colors(self.colors)

    def _on_color_scheme_changed(self) -> None:
        if self.theme == "system":
            self.set_theme("system")

    def set_zoom(self, percent: int) -> None:
        """Zoom the mode on screen: presentation when it runs, else the reading window.
        Each mode keeps its own percentage (a projector wants bigger type than a desk)."""
        percent = zoom.clamp(percent)
        if self.presentation is not None:
            self.presentation.set_zoom(percent)
            self.settings.set(ZOOM_PRESENTATION, percent)
        else:
            self.zoom_percent = percent
            self.settings.set(ZOOM_READING, percent)
            self.answer_view.set_zoom(percent)
            self.question_list.set_zoom(percent)
            self.zoom_controls.set_percent(percent)
        self.actions_by_id["actionZoomIn"].setEnabled(percent < zoom.STEPS[-1])
        self.actions_by_id["actionZoomOut"].setEnabled(percent > zoom.STEPS[0])

    def current_zoom(self) -> int:
        return self.presentation.zoom if self.presentation is not None else self.zoom_percent

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(zoom.step(self.current_zoom(), steps))

    # -- presentation and sharing ------------------------------------------------------

    def start_presentation(self) -> None:
        """Full screen, one question at a time, on the screen this window is on."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            return
        # Imported when first used: start-up does not pay for windows most runs never open.
        from hrd_reader.gui.presentation import PresentationWindow

        show = PresentationWindow(self.pack, self)
        self.presentation = show
        show.set_colors(self.colors)
        # Zoom keys work there too; they act on the presentation's own zoom.
        show.addActions(
            [self.actions_by_id[a] for a in ("actionZoomIn", "actionZoomOut", "actionZoomReset")]
        )
        show.rowChanged.connect(self.show_question)
        show.shareRequested.connect(self.show_share)
        show.answer.questionRequested.connect(
            lambda qid: show.show_row(self.pack.index_of(qid) or 0)
        )
        show.answer.linkRequested.connect(self.open_link)
        show.closed.connect(self._presentation_closed)
        show.show_row(max(0, self.current_row()))
        show.set_zoom(self.settings.get(ZOOM_PRESENTATION))
        show.show_on(self.screen())
        self.set_zoom(show.zoom)

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.set_zoom(self.zoom_percent)
        self.activateWindow()

    def show_share(self) -> None:
        """The Donate and Sign Up addresses as full-screen QR codes, over whatever is shown."""
        if self.share is not None:
            self.share.activateWindow()
            return
        screen = self.presentation.screen() if self.presentation is not None else self.screen()
        from hrd_reader.gui.share import ShareWindow

        self.share = ShareWindow(self.pack, self)
        self.share.closed.connect(self._share_closed)
        self.share.show_on(screen)

    def _share_closed(self) -> None:
        self.share = None
        if self.presentation is not None:
            self.presentation.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_id["actionFullScreen"].setChecked(self.isFullScreen())

    # -- state ---------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._first_run_geometry()
        splitter = self.settings.get(SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        last = self.pack.index_of(self.settings.get(LAST_QUESTION))
        self.show_question(last if last is not None else 0)

    def _first_run_geometry(self) -> None:
        width, height = FIRST_RUN_SIZE
        area = QGuiApplication.primaryScreen().availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
        self.setGeometry(
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        for other in (self.share, self.presentation):
            if other is not None:
                other.close()
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(SPLITTER_STATE, self.splitter.saveState())
        question = self.current_question_id()
        if question:
            self.settings.set(LAST_QUESTION, question)
        self.settings.sync()

    # -- navigation ----------------------------------------------------------------

    def current_row(self) -> int:
        return self.question_list.current_row()

    def current_question_id(self) -> str:
        row = self.current_row()
        return self.pack.questions[row].id if row >= 0 else ""

    def show_question(self, row: int) -> None:
        if not 0 <= row < len(self.pack.questions):
            return
        index = self.model.index(row, 0)
        self.question_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.question_list.scrollTo(index)
        # Selecting the row that is already current emits nothing; render anyway.
        self._render(row)

    def show_question_id(self, question_id: str) -> None:
        row = self.pack.index_of(question_id)
        if row is not None:
            self.show_question(row)

    def step(self, delta: int) -> None:
        """To the next/previous question the sidebar shows (a search may hide some)."""
        row = self.current_row()
        visible = [
            r for r in range(len(self.pack.questions)) if not self.question_list.isRowHidden(r)
        ]
        following = [r for r in visible if (r > row if delta > 0 else r < row)]
        if following:
            self.show_question(following[0] if delta > 0 else following[-1])

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._render(current.row())

    def _render(self, row: int) -> None:
        if self._shown_row == row:
            return
        self._shown_row = row
        question = self.pack.questions[row]
        self.answer_view.show_html(question_html(question, self.pack.question_ids))
        self.announce(question.title)
        self.actions_by_id["actionPreviousQuestion"].setEnabled(row > 0)
        self.actions_by_id["actionNextQuestion"].setEnabled(row < len(self.pack.questions) - 1)
        self._prefetch.start()

    def _render_neighbours(self) -> None:
        for row in (self._shown_row + 1, self._shown_row - 1):
            if 0 <= row < len(self.pack.questions):
                question_html(self.pack.questions[row], self.pack.question_ids)

    def announce(self, title: str) -> None:
        """Tell assistive technology which question the answer pane now shows."""
        self.answer_view.setAccessibleName(tr("Answer: {question}").format(question=title))
        self.answer_view.setAccessibleDescription(title)
        # setAccessibleName only reports a change when an assistive tool already asked for
        # the name; say it explicitly so a screen reader hears the new question.
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.answer_view, QAccessible.Event.NameChanged)
        )

    # -- outside -------------------------------------------------------------------

    def open_link(self, url: QUrl) -> None:
        opener.open_url(url, self)

    def open_handout(self, mode: str) -> None:
        """The handout dialog ("pdf" or "print"): current question or whole FAQ."""
        # Imported here: the printing code (and QtPrintSupport) is not needed at start-up.
        from hrd_reader.gui.printing import HandoutDialog

        dialog = HandoutDialog(self.pack, self.current_row(), mode, self)
        dialog.exported.connect(
            lambda path, pages: self.statusBar().showMessage(
                tr("Saved a {pages}-page handout to {path}").format(pages=pages, path=path),
                15000,
            )
        )
        dialog.printed.connect(
            lambda pages: self.statusBar().showMessage(
                tr("Sent {pages} pages to the printer").format(pages=pages), 15000
            )
        )
        dialog.open()

    def show_about(self) -> None:
        from hrd_reader.gui.about import AboutDialog

        dialog = AboutDialog(self.pack, self)
        dialog.linkRequested.connect(self.open_link)
        dialog.open()
