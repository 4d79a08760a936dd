"""Every user command, declared once: id (also the QAction's objectName), text, shortcuts,
icon, and which menu it belongs to. The window builds its menus and toolbar from this
registry and says only what each id does; tests read it to check every command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from hrd_reader.gui.i18n import N_, tr
from hrd_reader.gui.themes import THEMES, Theme

Shortcut = str | QKeySequence.StandardKey


class ActionId(StrEnum):
    """Every command's id, which is also its QAction's objectName (outside tests find the
    actions by it)."""

    OPEN_PACK = "actionOpenPack"
    EXPORT_PDF = "actionExportPdf"
    PRINT = "actionPrint"
    QUIT = "actionQuit"
    FORGET = "actionForget"
    QUICK_EXIT = "actionQuickExit"
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
    icon: str = ""  # a QStyle.StandardPixmap name: always available, offline, on every OS
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
        "SP_DirOpenIcon",
        menu="file",
    ),
    ActionSpec(
        ActionId.EXPORT_PDF,
        N_("&Export PDF…"),
        N_("Save the current question or the whole FAQ as a PDF handout"),
        ("Ctrl+Shift+E",),
        "",
        menu="file",
    ),
    ActionSpec(
        ActionId.PRINT,
        N_("&Print…"),
        N_("Print the current question or the whole FAQ as a handout"),
        ("Ctrl+P",),
        "",
        menu="file",
    ),
    ActionSpec(
        ActionId.QUIT,
        N_("&Quit"),
        N_("Close HRD Reader"),
        ("Ctrl+Q",),
        "SP_DialogCloseButton",
        menu="file",
    ),
    ActionSpec(
        ActionId.FORGET,
        N_("F&orget This Computer…"),
        N_("Delete everything HRD Reader has kept on this computer and go on privately"),
        (),
        "SP_TrashIcon",
        menu="file",
    ),
    ActionSpec(
        # Ctrl+Shift+X: one hand, two modifiers, so never typed by accident (not in the
        # search field either); no clicker sends a modifier with a letter; not a desktop or
        # Qt standard key. Works from every window: gui/quick_exit.py.
        ActionId.QUICK_EXIT,
        N_("Quick E&xit"),
        N_("Hide HRD Reader and close it at once, saving nothing (Ctrl+Shift+X, any window)"),
        ("Ctrl+Shift+X",),
        "SP_BrowserStop",
        menu="file",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.FIND,
        N_("&Find…"),
        N_("Search the questions and answers"),
        ("Ctrl+F",),
        "",
        menu="edit",
    ),
    ActionSpec(
        ActionId.FIND_NEXT,
        N_("Find &Next"),
        N_("Go to the next match"),
        ("F3",),
        "",
        menu="edit",
    ),
    ActionSpec(
        ActionId.FIND_PREVIOUS,
        N_("Find &Previous"),
        N_("Go to the previous match"),
        ("Shift+F3",),
        "",
        menu="edit",
    ),
    ActionSpec(
        ActionId.ZOOM_IN,
        N_("Zoom &In"),
        N_("Make the text larger"),
        ("Ctrl++", "Ctrl+="),
        "",
        menu="view",
    ),
    ActionSpec(
        ActionId.ZOOM_OUT,
        N_("Zoom &Out"),
        N_("Make the text smaller"),
        ("Ctrl+-",),
        "",
        menu="view",
    ),
    ActionSpec(
        ActionId.ZOOM_RESET,
        N_("&Normal Size"),
        N_("Show the text at its normal size (100 %)"),
        ("Ctrl+0",),
        "",
        menu="view",
    ),
    ActionSpec(
        ActionId.THEME_SYSTEM,
        N_("Follow &System"),
        N_("Use the desktop's light or dark colours"),
        (),
        "",
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
        "",
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
        "",
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
        "",
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
        "",
        menu="view",
        checkable=True,
    ),
    ActionSpec(
        ActionId.PRESENTATION,
        N_("&Presentation"),
        N_("Show the questions full screen in large type, for a projector (Esc leaves)"),
        ("F5",),
        "SP_DesktopIcon",
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.SHOW_QR,
        N_("Show &QR Codes"),
        N_("Show the Donate and Sign Up addresses as large QR codes the room can scan"),
        (),
        "",
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.PREVIOUS_QUESTION,
        N_("&Previous Question"),
        N_("Show the previous question"),
        ("Ctrl+PgUp",),
        "SP_ArrowUp",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.NEXT_QUESTION,
        N_("&Next Question"),
        N_("Show the next question"),
        ("Ctrl+PgDown",),
        "SP_ArrowDown",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        ActionId.DONATE,
        N_("&Donate"),
        N_("Open the donation page in your browser"),
        (),
        "",
        menu="help",
    ),
    ActionSpec(
        ActionId.SIGNUP,
        N_("&Sign Up for Email"),
        N_("Open the e-mail sign-up page in your browser"),
        (),
        "",
        menu="help",
    ),
    ActionSpec(
        ActionId.ABOUT,
        N_("&About HRD Reader"),
        N_("Version, source and attribution of the text"),
        (QKeySequence.StandardKey.HelpContents,),
        "SP_MessageBoxInformation",
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
        if entry.icon:
            pixmap = getattr(QStyle.StandardPixmap, entry.icon)
            action.setIcon(parent.style().standardIcon(pixmap))
        action.setCheckable(entry.checkable)
        if entry.group:
            if entry.group not in groups:
                groups[entry.group] = QActionGroup(parent)
                groups[entry.group].setObjectName(f"{entry.group}ActionGroup")
            groups[entry.group].addAction(action)
        action.triggered.connect(handlers[entry.id])
        created[entry.id] = action
    return created


def spec(action_id: ActionId) -> ActionSpec:
    return next(entry for entry in ACTIONS if entry.id == action_id)


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
    # Quick Exit is on this toolbar: it must not be hidden from the toolbar's context menu.
    toolbar.toggleViewAction().setEnabled(False)
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
