"""Share with the room: the Donate and Sign Up addresses as full-screen QR codes — and,
while sharing in the room (gui/sharing), the room's own address first, twice as wide.

Only the addresses the pack has are shown (one code fills the screen alone); a pack with
none, and no sharing, has no share screen — the window disables its action.

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
from hrd_reader.gui.links.qr import qr_image, qr_matrix
from hrd_reader.gui.presentation.room import MODIFIER_KEYS

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

    def address_size(self, width: int, height: int, scale: float = 1.0) -> int:
        """The largest type (in pixels) that puts the address on one line of ``width``,
        but never below a size the back of the room can read: longer ones wrap."""
        font = QFont(self.address.font())
        size = max(14, int(height * scale) // 22)
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

    def __init__(
        self, pack: Pack, parent: QWidget | None = None, room_url: str | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shareWindow")
        self.setWindowTitle(
            tr("Scan to read along") if room_url else tr("Scan to donate or sign up")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(palette)
        keys = {"donate": "Donate", "signup": "Signup"}
        self.panels = [QrPanel(link, keys[key]) for key, link in pack.links]
        if room_url:  # phones first: reading along is why the room scans
            room = Link(tr("Read along on your phone (same Wi-Fi)"), room_url)
            self.panels.insert(0, QrPanel(room, "Room"))
        self.widths = [2 if panel.objectName() == "shareRoomPanel" else 1 for panel in self.panels]
        self.hint = QLabel(tr("Scan a code with your phone's camera · any key closes"))
        self.hint.setObjectName("shareHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # What a screen reader says as the window opens: which codes, and how to leave.
        labels = [link.label for _key, link in pack.links]
        self.setAccessibleDescription("\n".join([*labels, self.hint.text()]))
        row = QHBoxLayout()
        for panel, width in zip(self.panels, self.widths, strict=True):
            row.addWidget(panel, width)
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
        unit = width // sum(self.widths)
        panel_height = height - height // 12
        panels = list(zip(self.panels, self.widths, strict=True))
        # The room's address is typed by whoever cannot scan: larger type where it fits.
        sizes = [
            panel.address_size(unit * w - 40, panel_height, 1.6 if w > 1 else 1.0)
            for panel, w in panels
        ]
        # Donate and Sign Up in one size, so neither looks more important; the room's apart.
        side = min((size for size, (_, w) in zip(sizes, panels, strict=True) if w == 1), default=0)
        for size, (panel, w) in zip(sizes, panels, strict=True):
            panel.fit(unit * w - 40, panel_height, size if w > 1 else side)

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
