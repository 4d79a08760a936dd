"""``networkIndicator``: while sharing, the room's address and how many phones read, in the
status bar (and the same words in the presenter console).

The counts come from :class:`~hrd_reader.share.state.Audience`, which knows no phone: how
many follow pages are open now, and how many pages were opened in the last ten minutes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hrd_reader.gui.i18n import tr
from hrd_reader.share.state import Count


def sharing_text(url: str, count: Count) -> str:
    return tr("Sharing at {address} · {following} following · {opened} pages opened").format(
        address=url, following=count.following, opened=count.opened
    )


class NetworkIndicator(QLabel):
    def __init__(self, name: str = "networkIndicator", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_count(self, url: str, count: Count) -> None:
        self.setText(sharing_text(url, count))
        self.setToolTip(
            tr(
                "Phones on this network read the FAQ at this address. Following: follow "
                "pages open now; pages opened: in the last ten minutes. No phone's address "
                "is kept."
            )
        )
        self.show()
