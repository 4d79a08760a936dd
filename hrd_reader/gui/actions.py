"""Every user command, declared once: id (also the QAction's objectName), text, shortcuts,
icon (an ``Icon`` of the one bundled set), and which menu it belongs to. The window builds
its menus and toolbar from this registry and says only what each id does; tests read it to
check every command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from hrd_reader.gui.i18n import N_, tr
from hrd_reader.gui.icons import Icon, themed_icon
from hrd_reader.gui.themes import THEMES, Theme

Shortcut = str | QKeySequence.StandardKey


class ActionId(StrEnum):
    """Every command's id, which is also its QAction's objectName (outside tests find the
    actions by it)."""

    OPEN_PACK = "actionOpenPack"
    EXPORT_PDF = "actionExportPdf"
    PRINT = "actionPrint"
    QUIT = "actionQuit"
    FIND = "actionFind"
    FIND_NEXT = "actionFindNext"
    FIND_PREVIOUS = "actionFindPrevious"
    ZOOM_IN = "actionZoomIn"
    ZOOM_OUT = "actionZoomOut"
    ZOOM_RESET = "actionZoomReset"
    THEME_SYSTEM = "actionThemeSystem"
    THEME_LIGHT = "actionThemeLight"
    THEME_DARK = "actionThemeDark"
    THEME_HIGH_CONTRAST = "actionThemeHighContrast"
    FULL_SCREEN = "actionFullScreen"
    PRESENTATION = "actionPresentation"
    SHOW_QR = "actionShowQr"
    QUESTION_FIRST = "actionQuestionFirst"
    PREVIOUS_QUESTION = "actionPreviousQuestion"
    NEXT_QUESTION = "actionNextQuestion"
    DONATE = "actionDonate"
    SIGNUP = "actionSignup"
    ABOUT = "actionAbout"


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str
    tip: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: Icon | None = None  # from the one bundled set (gui/icons.py), tinted to the theme
    menu: str = ""  # a key of MENUS; "view.theme" is the Theme submenu of View
    toolbar: bool = False
    checkable: bool = False
    group: str = ""  # checkable actions of one group exclude each other (radio items)
    theme: Theme | None = None  # the theme a View ▸ Theme item chooses


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN_PACK,
        N_("&Open Pack…"),
        N_("Show another content pack (a folder with pack.toml)"),
        (QKeySequence.StandardKey.Open,),
        Icon.OPEN,
        menu="file",
    ),
    ActionSpec(
        ActionId.EXPORT_PDF,
        N_("&Export PDF…"),
        N_("Save the current question or the whole FAQ as a PDF handout"),
        ("Ctrl+Shift+E",),
        Icon.EXPORT_PDF,
        menu="file",
    ),
    ActionSpec(
        ActionId.PRINT,
        N_("&Print…"),
        N_("Print the current question or the whole FAQ as a handout"),
        ("Ctrl+P",),
        Icon.PRINT,
        menu="file",
    ),
    ActionSpec(
        ActionId.QUIT,
        N_("&Quit"),
        N_("Close HRD Reader"),
        ("Ctrl+Q",),
        Icon.QUIT,
        menu="file",
    ),
    ActionSpec(
        ActionId.FIND,
        N_("&Find…"),
        N_("Search the questions and answers"),
        ("Ctrl+F",),
        Icon.FIND,
        menu="edit",
    ),
    ActionSpec(
        ActionId.FIND_NEXT,
        N_("Find &Next"),
        N_("Go to the next match"),
        ("F3",),
        Icon.FIND_NEXT,
        menu="edit",
    ),
    ActionSpec(
        ActionId.FIND_PREVIOUS,
        N_("Find &Previous"),
        N_("Go to the previous match"),
        ("Shift+F3",),
        Icon.FIND_PREVIOUS,
        menu="edit",
    ),
    ActionSpec(
        ActionId.ZOOM_IN,
        N_("Zoom &In"),
        N_("Make the text larger"),
        ("Ctrl++", "Ctrl+="),
        Icon.ZOOM_IN,
        menu="view",
    ),
    ActionSpec(
        ActionId.ZOOM_OUT,
        N_("Zoom &Out"),
        N_("Make the text smaller"),
        ("Ctrl+-",),
        Icon.ZOOM_OUT,
        menu="view",
    ),
    ActionSpec(
        ActionId.ZOOM_RESET,
        N_("&Normal Size"),
        N_("Show the text at its normal size (100 %)"),
        ("Ctrl+0",),
        None,
        menu="view",
    ),
    ActionSpec(
        ActionId.THEME_SYSTEM,
        N_("Follow &System"),
        N_("Use the desktop's light or dark colours"),
        (),
        None,
        menu="view.theme",
        checkable=True,
        group="theme",
        theme=Theme.SYSTEM,
    ),
    ActionSpec(
        ActionId.THEME_LIGHT,
        N_("&Light"),
        N_("Dark text on a light background"),
        (),
        None,
        menu="view.theme",
        checkable=True,
        group="theme",
        theme=Theme.LIGHT,
    ),
    ActionSpec(
        ActionId.THEME_DARK,
        N_("&Dark"),
        N_("Light text on a dark background"),
        (),
        None,
        menu="view.theme",
        checkable=True,
        group="theme",
        theme=Theme.DARK,
    ),
    ActionSpec(
        ActionId.THEME_HIGH_CONTRAST,
        N_("&High Contrast"),
        N_("White and yellow on black, for projectors and low vision"),
        (),
        None,
        menu="view.theme",
        checkable=True,
        group="theme",
        theme=Theme.HIGH_CONTRAST,
    ),
    ActionSpec(
        ActionId.FULL_SCREEN,
        N_("&Full Screen"),
        N_("Fill the screen with the reader"),
        ("F11",),
        None,
        menu="view",
        checkable=True,
    ),
    ActionSpec(
        ActionId.PRESENTATION,
        N_("&Presentation"),
        N_("Show the questions full screen in large type, for a projector (Esc leaves)"),
        ("F5",),
        Icon.PRESENTATION,
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.SHOW_QR,
        N_("Show &QR Codes"),
        N_("Show the Donate and Sign Up addresses as large QR codes the room can scan"),
        (),
        Icon.SHOW_QR,
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.QUESTION_FIRST,
        N_("&Question First"),
        N_("In presentation, show each question alone first; the next key reveals its answer"),
        (),
        None,  # a check box: the check mark is its symbol
        menu="view",
        checkable=True,
    ),
    ActionSpec(
        ActionId.PREVIOUS_QUESTION,
        N_("&Previous Question"),
        N_("Show the previous question"),
        ("Ctrl+PgUp",),
        Icon.PREVIOUS_QUESTION,
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.NEXT_QUESTION,
        N_("&Next Question"),
        N_("Show the next question"),
        ("Ctrl+PgDown",),
        Icon.NEXT_QUESTION,
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.DONATE,
        N_("&Donate"),
        N_("Open the donation page in your browser"),
        (),
        Icon.DONATE,
        menu="help",
    ),
    ActionSpec(
        ActionId.SIGNUP,
        N_("&Sign Up for Email"),
        N_("Open the e-mail sign-up page in your browser"),
        (),
        Icon.SIGNUP,
        menu="help",
    ),
    ActionSpec(
        ActionId.ABOUT,
        N_("&About HRD Reader"),
        N_("Version, source and attribution of the text"),
        (QKeySequence.StandardKey.HelpContents,),
        Icon.ABOUT,
        menu="help",
    ),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", N_("&File")),
    ("edit", N_("&Edit")),
    ("view", N_("&View")),
    ("view.theme", N_("&Theme")),
    ("go", N_("&Go")),
    ("help", N_("&Help")),
)


# Which action chooses which theme, read from the registry; every theme has its item.
THEME_ACTIONS: dict[Theme, ActionId] = {a.theme: a.id for a in ACTIONS if a.theme is not None}
assert tuple(THEME_ACTIONS) == THEMES, "one View ▸ Theme action per theme, in their order"

Handlers = Mapping[ActionId, Callable[[], object]]


def create_actions(parent: QWidget, handlers: Handlers) -> dict[ActionId, QAction]:
    """One QAction per registry entry, each connected to ``handlers[id]``.

    Every action must have a handler and every handler an action, so the registry and the
    window cannot drift apart.
    """
    ids = {a.id for a in ACTIONS}
    if ids != set(handlers):
        raise ValueError(
            f"actions without handler: {sorted(ids - set(handlers))}; "
            f"handlers without action: {sorted(set(handlers) - ids)}"
        )
    created: dict[ActionId, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for entry in ACTIONS:
        action = QAction(parent)
        action.setObjectName(entry.id)
        _set_texts(action, entry)
        if entry.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in entry.shortcuts])
        action.setCheckable(entry.checkable)
        if entry.group:
            if entry.group not in groups:
                groups[entry.group] = QActionGroup(parent)
                groups[entry.group].setObjectName(f"{entry.group}ActionGroup")
            groups[entry.group].addAction(action)
        action.triggered.connect(handlers[entry.id])
        created[entry.id] = action
    tint_icons(created, parent.palette())
    return created


def tint_icons(actions: Mapping[ActionId, QAction], palette: QPalette) -> None:
    """Every action's icon again, in the window text colour of ``palette`` (the theme's):
    called whenever the theme changes, since an SVG icon carries no colour of its own."""
    role, group = QPalette.ColorRole.WindowText, QPalette.ColorGroup
    color = palette.color(group.Active, role).name()
    disabled = palette.color(group.Disabled, role).name()
    for entry in ACTIONS:
        if entry.icon is not None and entry.id in actions:
            actions[entry.id].setIcon(themed_icon(entry.icon, color, disabled))


def shortcuts(actions: Mapping[ActionId, QAction], *ids: ActionId) -> list[QKeySequence]:
    """The (first) shortcut of each action, for the tips that name them."""
    return [actions[action_id].shortcut() for action_id in ids]


def build_menus(
    window: QMainWindow, actions: Mapping[ActionId, QAction]
) -> tuple[dict[str, QMenu], QToolBar]:
    """The menu bar's menus and the navigation toolbar, filled from the registry."""
    menus: dict[str, QMenu] = {}
    for key, _title in MENUS:
        parent, _, _child = key.rpartition(".")
        owner = menus[parent] if parent else window.menuBar()
        menu = owner.addMenu("")
        menu.setObjectName(f"{key}Menu")
        menus[key] = menu
    toolbar = QToolBar()
    toolbar.setObjectName("navigationToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    for entry in ACTIONS:
        action = actions[entry.id]
        if entry.menu:
            menus[entry.menu].addAction(action)
        if entry.toolbar:
            toolbar.addAction(action)
        # Shortcuts work even where the action is in no visible menu.
        window.addAction(action)
    return menus, toolbar


def _set_texts(action: QAction, entry: ActionSpec) -> None:
    action.setText(tr(entry.text))
    tip = tr(entry.tip)
    action.setToolTip(tip)
    action.setStatusTip(tip)


def retranslate(actions: Mapping[ActionId, QAction], menus: Mapping[str, QMenu]) -> None:
    """Texts of every action and menu again, in the language now installed."""
    for entry in ACTIONS:
        if entry.id in actions:
            _set_texts(actions[entry.id], entry)
    for key, title in MENUS:
        if key in menus:
            menus[key].setTitle(tr(title))
