"""Share with the room: the Donate and Sign Up addresses as full-screen QR codes.

Only the addresses the pack has are shown (one code fills the screen alone); a pack with
none has no share screen — the window disables its action.

A link on a projector cannot be clicked; a QR code can be scanned from a seat. Each code has
its label and the address printed under it in large type, for people without a scanner.
The codes are made here with segno (``qr.py``), never fetched. Always dark on white,
whatever the theme: phone cameras read that best. Any key (or a click) closes the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.pack import Link
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.presentation.room import MODIFIER_KEYS
from hrd_reader.gui.qr import qr_image, qr_matrix

QUIET = 4  # modules of white around a code, as the QR standard asks


class QrPanel(QWidget):
    """One address: its label, its QR code as large as fits, the address in large type."""

    def __init__(self, link: Link, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"share{key}Panel")
        self.link = link
        self.modules = len(qr_matrix(link.url)) + 2 * QUIET
        self.label = QLabel(link.label)
        self.label.setObjectName(f"share{key}Label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName(f"shareQr{key}")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(tr("QR code of {address}").format(address=link.url))
        self.address = QLabel(link.url)
        self.address.setObjectName(f"share{key}Address")
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Label, code and address stay together, centred on the screen.
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addWidget(self.code)
        column.addWidget(self.address)
        column.addStretch(1)

    def address_size(self, width: int, height: int) -> int:
        """The largest type (in pixels) that puts the address on one line of ``width``,
        but never below a size the back of the room can read: longer ones wrap."""
        font = QFont(self.address.font())
        size = max(14, height // 22)
        smallest = max(14, height // 30)
        while size > smallest:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(self.link.url) <= width * 0.95:
                break
            size -= 2
        return max(size, smallest)

    def fit(self, width: int, height: int, address_px: int) -> None:
        """Size the type and the code for a panel of ``width`` × ``height`` pixels."""
        label_font = QFont(self.label.font())
        label_font.setPixelSize(max(12, height // 14))
        label_font.setBold(True)
        self.label.setFont(label_font)
        address_font = QFont(self.address.font())
        address_font.setPixelSize(address_px)
        self.address.setFont(address_font)
        room = min(width, int(height * 0.6))
        module = max(2, room // self.modules)
        self.code.setPixmap(QPixmap.fromImage(qr_image(self.link.url, module=module, quiet=QUIET)))


class ShareWindow(QWidget):
    closed = Signal()

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shareWindow")
        self.setWindowTitle(tr("Scan to donate or sign up"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(palette)
        keys = {"donate": "Donate", "signup": "Signup"}
        self.panels = [QrPanel(link, keys[key]) for key, link in pack.links]
        self.hint = QLabel(tr("Scan a code with your phone's camera · any key closes"))
        self.hint.setObjectName("shareHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # What a screen reader says as the window opens: which codes, and how to leave.
        labels = [link.label for _key, link in pack.links]
        self.setAccessibleDescription("\n".join([*labels, self.hint.text()]))
        row = QHBoxLayout()
        for panel in self.panels:
            row.addWidget(panel, 1)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(self.hint)

    def show_on(self, screen: QScreen) -> None:
        # Sized once, for the screen it fills: resizing type and codes from inside
        # resizeEvent would make the layout (and the event) run again.
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self._fit(screen.geometry().width(), screen.geometry().height())
        self.showFullScreen()
        self.activateWindow()

    def _fit(self, width: int, height: int) -> None:
        hint_font = QFont(self.hint.font())
        hint_font.setPixelSize(max(10, height // 45))
        self.hint.setFont(hint_font)
        if not self.panels:
            return
        panel_width = width // len(self.panels) - 40
        panel_height = height - height // 12
        # One size for both addresses, so neither looks more important.
        address_px = min(p.address_size(panel_width, panel_height) for p in self.panels)
        for panel in self.panels:
            panel.fit(panel_width, panel_height, address_px)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in MODIFIER_KEYS:
            return
        event.accept()
        self.close()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
