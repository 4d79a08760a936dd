"""The registry made real: one QAction per declared command, the menus and the toolbar built
from it, icons tinted to the theme, texts translated again on a language change.

What the commands are lives in :mod:`hrd_reader.gui.actions`; this module only turns that
data into widgets (and works around a Qt bug in how tool buttons follow their actions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from hrd_reader.gui.actions import ACTIONS, MENUS, ActionId, ActionSpec
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.icons import themed_icon

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


def icon_colors(palette: QPalette) -> tuple[str, str]:
    """The colours icons are drawn in (``#rrggbb``), enabled and disabled: ``palette``'s
    window text."""
    role, group = QPalette.ColorRole.WindowText, QPalette.ColorGroup
    return palette.color(group.Active, role).name(), palette.color(group.Disabled, role).name()


def tint_icons(actions: Mapping[ActionId, QAction], palette: QPalette) -> tuple[str, str]:
    """Every action's icon again, in the window text colour of ``palette`` (the theme's):
    called whenever the theme changes, since an SVG icon carries no colour of its own.
    Returns the two colours, for icons outside the registry (the search's clear button)."""
    color, disabled = icon_colors(palette)
    for entry in ACTIONS:
        if entry.icon is not None and entry.id in actions:
            actions[entry.id].setIcon(themed_icon(entry.icon, color, disabled))
    return color, disabled


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


def set_enabled(action: QAction, enabled: bool) -> None:
    """Enable or disable ``action``; use this, not ``setEnabled``, for what changes often.

    Qt 6.11 leaks on every change of an action shown as a tool button: the button runs
    ``setDefaultAction`` again, which connects the action's ``changed`` signal to it once
    more without dropping the old connection — about 130 bytes and one more slot call per
    change, for ever (Previous and Next change at each end of the list, in a workshop
    thousands of times). Dropping the buttons' connections just before the change keeps
    exactly the one the change makes again.
    """
    if action.isEnabled() != enabled:
        drop_button_connections(action)
        action.setEnabled(enabled)


def drop_button_connections(action: QAction) -> None:
    """Before changing ``action``: its tool buttons' ``changed`` connections (see
    :func:`set_enabled`); the change reconnects each button once."""
    for button in action.associatedObjects():
        if isinstance(button, QToolButton):
            # Qt takes a null method ("every slot of button"); the stubs do not know it.
            QObject.disconnect(action, SIGNAL("changed()"), button, None)  # type: ignore[call-overload]


def _set_texts(action: QAction, entry: ActionSpec) -> None:
    drop_button_connections(action)
    action.setText(tr(entry.text))
    tip = tr(entry.tip)
    if "{keys}" in tip:  # a tip that names the shortcut takes it from the action itself
        keys = ", ".join(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in entry.shortcuts
        )
        tip = tip.format(keys=keys)
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
