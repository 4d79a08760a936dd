"""``shareDialog``: which of this computer's networks the room's phones are on.

Lists every address of :func:`~hrd_reader.share.addresses.local_addresses` with its
interface's name and kind, hotspot and Wi-Fi first; the remembered choice (else the likely
one) is selected. Says plainly who can read what. The port can be changed when the usual
one is taken. Accepting hands the address and port to the controller, which starts sharing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.gui.i18n import N_, tr
from hrd_reader.share.addresses import Address, Kind, default_address

KIND_NAMES = {
    Kind.HOTSPOT: N_("this computer's hotspot"),
    Kind.WIFI: N_("Wi-Fi"),
    Kind.WIRED: N_("cable"),
    Kind.OTHER: N_("network"),
    Kind.VIRTUAL: N_("virtual or VPN — others on it could read"),
    Kind.LOOPBACK: N_("this computer only — for trying it out"),
}


def address_label(address: Address) -> str:
    return tr("{address} — {kind} ({interface})").format(
        address=address.ip, kind=tr(KIND_NAMES[address.kind]), interface=address.interface
    )


class AddressDialog(QDialog):
    chosen = Signal(str, int)  # address, port

    def __init__(
        self, addresses: list[Address], remembered: str, port: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(tr("Share in the Room"))
        intro = QLabel(
            tr(
                "Phones on the same network open the address this shows — the room's Wi-Fi, "
                "or this computer's own hotspot. Choose that network:"
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("shareAddressList")
        for address in addresses:
            item = QListWidgetItem(address_label(address))
            item.setData(Qt.ItemDataRole.UserRole, address.ip)
            self.list.addItem(item)
        ips = [a.ip for a in addresses]
        likely = default_address(addresses)
        pick = remembered if remembered in ips else (likely.ip if likely else "")
        self.list.setCurrentRow(ips.index(pick) if pick in ips else 0)
        self.port = QSpinBox()
        self.port.setObjectName("sharePort")
        self.port.setRange(1024, 65535)
        self.port.setValue(port)
        form = QFormLayout()
        form.addRow(tr("Port:"), self.port)
        privacy = QLabel(
            tr(
                "Anyone on that network who has the address (it holds a new secret each "
                "time) can read the FAQ and follow the presentation; nothing else on this "
                "computer is shared, and no phone's address is kept. Sharing stops when you "
                "turn it off, quit, or use Quick Exit."
            )
        )
        privacy.setObjectName("sharePrivacy")
        privacy.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Start Sharing"))
        ok.setEnabled(bool(addresses))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        column.addLayout(form)
        column.addWidget(privacy)
        column.addWidget(buttons)
        self.resize(560, 400)

    def address(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def accept(self) -> None:
        address = self.address()
        super().accept()
        if address:
            self.chosen.emit(address, self.port.value())
