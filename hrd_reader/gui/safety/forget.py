"""Forget this computer, as the user sees it: the confirmation that lists every file and
entry that will go (real paths) and the report of what could not be removed. (The
"Private session" marks that follow are the reading window's: ``reading/private_signs``.)

What is removed and how is :mod:`hrd_reader.gui.privacy`; this module only asks and tells.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hrd_reader.gui import privacy
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.settings import Settings


def ask(
    parent: QWidget,
    settings: Settings,
    done: Callable[[list[str]], object],
) -> QMessageBox:
    """The confirmation, opened (not exec'd); when confirmed, forget and call ``done``
    with the problems (empty when everything went)."""
    traces = privacy.find_traces(settings)
    listed = traces.describe()
    box = QMessageBox(parent)
    box.setObjectName("forgetDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Forget this computer"))
    if listed:
        box.setText(
            tr(
                "Delete everything HRD Reader has kept on this computer? These will be "
                "removed:\n\n{files}\n\nPacks, PDFs and other files you saved are not "
                "touched. The reader then goes on as a private session."
            ).format(files="\n".join(listed))
        )
    else:
        box.setText(
            tr(
                "HRD Reader has kept nothing on this computer. From now on this session is "
                "private: nothing of it will be kept."
            )
        )
    forget_button = box.addButton(tr("&Forget"), QMessageBox.ButtonRole.DestructiveRole)
    forget_button.setObjectName("forgetConfirmButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered() -> None:
        if box.clickedButton() is forget_button:
            settings.make_private()
            done(privacy.forget(traces))

    box.finished.connect(answered)
    box.open()
    return box


def report(parent: QWidget, problems: list[str]) -> QMessageBox | None:
    """Tell what could not be removed (read-only disk, permissions), and what to do."""
    if not problems:
        return None
    box = QMessageBox(parent)
    box.setObjectName("forgetProblemsDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Forget this computer"))
    box.setText(
        tr(
            "These could not be removed:\n\n{problems}\n\nEverything else was removed, and "
            "this session writes nothing. Delete them yourself, or ask whoever looks after "
            "this computer (they may be read-only or belong to another user)."
        ).format(problems="\n".join(problems))
    )
    box.open()
    return box
