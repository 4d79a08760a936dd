"""Forget this computer, as the user sees it: the confirmation that lists every file and
entry that will go (real paths), the report of what could not be removed, and the
"Private session" mark in the status bar that follows.

What is removed and how is :mod:`hrd_reader.gui.privacy`; this module only asks and tells.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from hrd_reader.gui import privacy
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.settings import Settings


class PrivateLabel(QLabel):
    """ "Private session" in the status bar, shown while nothing is being kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privateSessionLabel")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("Private session"))
        self.setToolTip(
            tr(
                "Nothing of this session is written to this computer: no settings, no log, "
                "no history. Only files you save yourself are kept."
            )
        )


def window_title(title: str, private: bool) -> str:
    """The reading window's title. It ends with the program's name: Qt adds the name to a
    title that does not end with it, and a screen reader would read it twice."""
    if private:
        return tr("{title} — Private session — HRD Reader").format(title=title)
    return tr("{title} — HRD Reader").format(title=title)


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
