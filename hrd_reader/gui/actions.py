"""Every user command, declared once: id (also the QAction's objectName), text, shortcuts,
icon (an ``Icon`` of the one bundled set), and which menu it belongs to. ``action_widgets`` builds
the QActions, menus and toolbar from this registry and says only what each id does; tests read it to
check every command.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QKeySequence

from hrd_reader.gui.i18n import N_
from hrd_reader.gui.icons import Icon
from hrd_reader.gui.themes import THEMES, Theme

Shortcut = str | QKeySequence.StandardKey


class ActionId(StrEnum):
    """Every command's id, which is also its QAction's objectName (outside tests find the
    actions by it)."""

    OPEN_PACK = "actionOpenPack"
    SAVE_PACK = "actionSavePack"
    CLEAR_RECENT = "actionClearRecent"
    EXPORT_PDF = "actionExportPdf"
    EXPORT_HTML = "actionExportHtml"
    EXPORT_ZIM = "actionExportZim"
    PRINT = "actionPrint"
    QUIT = "actionQuit"
    FORGET = "actionForget"
    QUICK_EXIT = "actionQuickExit"
    SHARE_NETWORK = "actionShareNetwork"
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
        N_("Show another content pack: a .hrdpack file or a folder with pack.toml"),
        (QKeySequence.StandardKey.Open,),
        Icon.OPEN,
        menu="file",
    ),
    ActionSpec(
        ActionId.SAVE_PACK,
        N_("&Save Pack As…"),
        N_("Save the pack shown as one .hrdpack file, to pass on by USB stick or message"),
        (QKeySequence.StandardKey.SaveAs,),
        Icon.SAVE_PACK,
        menu="file",
    ),
    ActionSpec(
        # In File ▸ Open Recent, which gui/packs/recent.py fills (it is no fixed menu).
        ActionId.CLEAR_RECENT,
        N_("&Clear List"),
        N_("Forget which packs were opened recently"),
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
        ActionId.EXPORT_HTML,
        N_("&Web Page…"),
        N_("Save the whole FAQ as one web page that any phone browser opens offline"),
        menu="file.export",
    ),
    ActionSpec(
        ActionId.EXPORT_ZIM,
        N_("&Kiwix ZIM…"),
        N_("Save the whole FAQ as a ZIM file: a searchable book for Kiwix, on phones too"),
        menu="file.export",
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
        ActionId.SHARE_NETWORK,
        N_("Share in the &Room…"),
        N_("Let phones on this network read the FAQ and follow the presentation (again: stop)"),
        (),
        None,  # a check box: checked while the room's server listens
        menu="file",
        checkable=True,
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
        ActionId.FORGET,
        N_("F&orget This Computer…"),
        N_("Delete everything HRD Reader has kept on this computer and go on privately"),
        (),
        Icon.FORGET,
        menu="file",
    ),
    ActionSpec(
        # Ctrl+Shift+X: one hand, two modifiers, so never typed by accident (not in the
        # search field either); no clicker sends a modifier with a letter; not a desktop or
        # Qt standard key. Works from every window: gui/quick_exit.py.
        ActionId.QUICK_EXIT,
        N_("Quick E&xit"),
        N_("Hide HRD Reader and close it at once, saving nothing ({keys}, any window)"),
        ("Ctrl+Shift+X",),
        Icon.QUICK_EXIT,
        menu="file",
        toolbar=True,
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
    ("file.export", N_("Expor&t")),  # placed after Export PDF… by the window
    ("edit", N_("&Edit")),
    ("view", N_("&View")),
    ("view.theme", N_("&Theme")),
    ("go", N_("&Go")),
    ("help", N_("&Help")),
)


# Which action chooses which theme, read from the registry; every theme has its item.
THEME_ACTIONS: dict[Theme, ActionId] = {a.theme: a.id for a in ACTIONS if a.theme is not None}
assert tuple(THEME_ACTIONS) == THEMES, "one View ▸ Theme action per theme, in their order"


def spec(action_id: ActionId) -> ActionSpec:
    """The declaration of ``action_id`` (e.g. Quick Exit's shortcut, needed before any window)."""
    return next(entry for entry in ACTIONS if entry.id == action_id)
