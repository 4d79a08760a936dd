"""Every user command, declared once: id (also the QAction's objectName), text, shortcuts,
icon, and which menu it belongs to. Menus, toolbar, tests and the README read this registry;
the window only says what each id does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

Shortcut = str | QKeySequence.StandardKey


def _tr(text: str) -> str:
    """Marks ``text`` for translation without translating it yet (pyside6-lupdate reads
    ``_tr`` as ``QT_TR_NOOP``: see scripts/update-translations.sh)."""
    return text


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    tip: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""  # a QStyle.StandardPixmap name: always available, offline, on every OS
    menu: str = ""  # a key of MENUS; "view.theme" is the Theme submenu of View
    toolbar: bool = False
    checkable: bool = False
    group: str = ""  # checkable actions of one group exclude each other (radio items)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "actionOpenPack",
        _tr("&Open Pack…"),
        _tr("Show another content pack (a folder with pack.toml)"),
        (QKeySequence.StandardKey.Open,),
        "SP_DirOpenIcon",
        menu="file",
    ),
    ActionSpec(
        "actionExportPdf",
        _tr("&Export PDF…"),
        _tr("Save the current question or the whole FAQ as a PDF handout"),
        ("Ctrl+Shift+E",),
        "",
        menu="file",
    ),
    ActionSpec(
        "actionPrint",
        _tr("&Print…"),
        _tr("Print the current question or the whole FAQ as a handout"),
        ("Ctrl+P",),
        "",
        menu="file",
    ),
    ActionSpec(
        "actionQuit",
        _tr("&Quit"),
        _tr("Close HRD Reader"),
        ("Ctrl+Q",),
        "SP_DialogCloseButton",
        menu="file",
    ),
    ActionSpec(
        "actionFind",
        _tr("&Find…"),
        _tr("Search the questions and answers"),
        ("Ctrl+F",),
        "",
        menu="edit",
    ),
    ActionSpec(
        "actionFindNext",
        _tr("Find &Next"),
        _tr("Go to the next match"),
        ("F3",),
        "",
        menu="edit",
    ),
    ActionSpec(
        "actionFindPrevious",
        _tr("Find &Previous"),
        _tr("Go to the previous match"),
        ("Shift+F3",),
        "",
        menu="edit",
    ),
    ActionSpec(
        "actionZoomIn",
        _tr("Zoom &In"),
        _tr("Make the text larger"),
        ("Ctrl++", "Ctrl+="),
        "",
        menu="view",
    ),
    ActionSpec(
        "actionZoomOut",
        _tr("Zoom &Out"),
        _tr("Make the text smaller"),
        ("Ctrl+-",),
        "",
        menu="view",
    ),
    ActionSpec(
        "actionZoomReset",
        _tr("&Normal Size"),
        _tr("Show the text at its normal size (100 %)"),
        ("Ctrl+0",),
        "",
        menu="view",
    ),
    ActionSpec(
        "actionThemeSystem",
        _tr("Follow &System"),
        _tr("Use the desktop's light or dark colours"),
        (),
        "",
        menu="view.theme",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "actionThemeLight",
        _tr("&Light"),
        _tr("Dark text on a light background"),
        (),
        "",
        menu="view.theme",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "actionThemeDark",
        _tr("&Dark"),
        _tr("Light text on a dark background"),
        (),
        "",
        menu="view.theme",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "actionThemeHighContrast",
        _tr("&High Contrast"),
        _tr("White and yellow on black, for projectors and low vision"),
        (),
        "",
        menu="view.theme",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "actionFullScreen",
        _tr("&Full Screen"),
        _tr("Fill the screen with the reader"),
        ("F11",),
        "",
        menu="view",
        checkable=True,
    ),
    ActionSpec(
        "actionPresentation",
        _tr("&Presentation"),
        _tr("Show the questions full screen in large type, for a projector (Esc leaves)"),
        ("F5",),
        "SP_DesktopIcon",
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        "actionShowQr",
        _tr("Show &QR Codes"),
        _tr("Show the Donate and Sign Up addresses as large QR codes the room can scan"),
        (),
        "",
        menu="view",
        toolbar=True,
    ),
    ActionSpec(
        "actionPreviousQuestion",
        _tr("&Previous Question"),
        _tr("Show the previous question"),
        ("Ctrl+PgUp",),
        "SP_ArrowUp",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        "actionNextQuestion",
        _tr("&Next Question"),
        _tr("Show the next question"),
        ("Ctrl+PgDown",),
        "SP_ArrowDown",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        "actionDonate",
        _tr("&Donate"),
        _tr("Open the donation page in your browser"),
        (),
        "",
        menu="help",
    ),
    ActionSpec(
        "actionSignup",
        _tr("&Sign Up for Email"),
        _tr("Open the e-mail sign-up page in your browser"),
        (),
        "",
        menu="help",
    ),
    ActionSpec(
        "actionAbout",
        _tr("&About HRD Reader"),
        _tr("Version, source and attribution of the text"),
        (QKeySequence.StandardKey.HelpContents,),
        "SP_MessageBoxInformation",
        menu="help",
    ),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", _tr("&File")),
    ("edit", _tr("&Edit")),
    ("view", _tr("&View")),
    ("view.theme", _tr("&Theme")),
    ("go", _tr("&Go")),
    ("help", _tr("&Help")),
)


def spec(action_id: str) -> ActionSpec:
    for candidate in ACTIONS:
        if candidate.id == action_id:
            return candidate
    raise KeyError(action_id)


def translate(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def create_actions(
    parent: QWidget, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
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
    created: dict[str, QAction] = {}
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


def _set_texts(action: QAction, entry: ActionSpec) -> None:
    action.setText(translate(entry.text))
    tip = translate(entry.tip)
    action.setToolTip(tip)
    action.setStatusTip(tip)


def retranslate(actions: Mapping[str, QAction]) -> None:
    """Texts of every action again, in the language now installed."""
    for entry in ACTIONS:
        if entry.id in actions:
            _set_texts(actions[entry.id], entry)
