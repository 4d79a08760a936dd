"""The private session's marks in the reading window: its title and the status-bar label.

Shown from the first frame of a private session (and after Forget this computer), so they
live with the window; Forget's dialogs are ``safety/forget`` and load when used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hrd_reader.gui.i18n import tr


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
