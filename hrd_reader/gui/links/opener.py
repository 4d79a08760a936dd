"""The one place that opens a URL.

Policy: only the addresses the core's URL policy allows (``hrd_reader.core.links``: web
and mail addresses) leave the application, and only when the user asked (a click). They go
through ``QDesktopServices.openUrl`` so the system browser — or, in tests, a handler
registered with ``QDesktopServices.setUrlHandler`` — gets them. When no browser can be
started (common on workshop laptops), a dialog shows the address with a Copy button and a
QR code a phone can scan. Other addresses are refused with a message that shows them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrd_reader.core import session_bus
from hrd_reader.core.links import url_allowed
from hrd_reader.core.resources import is_frozen
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.links.qr import qr_image


def allowed(url: QUrl) -> bool:
    """The core's verdict on the address as shown (an invalid QUrl shows as "": refused)."""
    return url_allowed(url.toString())


@contextmanager
def system_library_path() -> Iterator[None]:
    """Give the browser launcher the user's own environment, for the call that starts it.

    In a frozen Linux build PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle
    (keeping the original in LD_LIBRARY_PATH_ORIG); xdg-open and the browser it starts would
    then load our bundled Qt/ICU and fail. And the reader's own "no session bus" (see
    ``core/session_bus``) is not the browser's.
    """
    saved = dict(os.environ)
    if sys.platform.startswith("linux"):
        session_bus.for_children(os.environ)
    if is_frozen() and sys.platform.startswith("linux"):
        original = os.environ.get("LD_LIBRARY_PATH_ORIG")
        if original:
            os.environ["LD_LIBRARY_PATH"] = original
        else:
            os.environ.pop("LD_LIBRARY_PATH", None)
    try:
        yield
    finally:
        for key in ("LD_LIBRARY_PATH", session_bus.BUS_VARIABLE):
            if key in saved:
                os.environ[key] = saved[key]
            else:
                os.environ.pop(key, None)


def _system_open(url: QUrl) -> bool:
    with system_library_path():
        return QDesktopServices.openUrl(url)


def open_url(url: QUrl | str, parent: QWidget | None = None, label: str = "") -> bool:
    """Open ``url`` in the system's browser or mail program; fall back to the link dialog.
    ``label`` names the link for a screen reader ("Donate Now"), which hears that it is
    being opened. Returns True when the system took the address.
    """
    url = QUrl(url) if isinstance(url, str) else url
    if not allowed(url):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Link not opened"),
            tr(
                "HRD Reader only opens web and e-mail addresses. This link was "
                "not opened:\n\n{address}"
            ).format(address=url.toString()),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("linkRefusedDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False
    if _system_open(url):
        _tell_opening(label)
        return True
    dialog = LinkDialog(url, parent)
    dialog.open()
    return False


def _tell_opening(label: str) -> None:
    """The browser's window may come late, or on another screen: a screen-reader user is
    told at once that the page is being opened (by name, not by its address)."""
    from hrd_reader.gui.accessibility.spoken import say

    if label:
        say(tr("Opening “{label}” in your web browser").format(label=label))
    else:
        say(tr("Opening the link in your web browser"))


class LinkDialog(QDialog):
    """Shows an address that could not be opened: selectable, copyable, and as a QR code."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Open this address"))
        address = url.toString()
        self.address = address

        intro = QLabel(
            tr(
                "No web browser could be started on this computer. Copy the address, "
                "or scan the code with a phone:"
            )
        )
        intro.setWordWrap(True)
        field = QLabel(address)
        field.setObjectName("linkAddress")
        field.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        field.setWordWrap(True)
        # Reached with Tab, so a screen-reader user can hear the address (after Copy).
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        field.setFont(font)

        code = QLabel()
        code.setObjectName("linkQrCode")
        code.setPixmap(QPixmap.fromImage(qr_image(address, module=6)))
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setAccessibleName(tr("QR code of {address}").format(address=address))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(tr("&Copy address"))
        copy.setObjectName("linkCopyButton")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, field, code, buttons):
            layout.addWidget(widget)
        # The keyboard starts on Copy, what the window is for; its text is read on opening,
        # and Tab goes on to the address.
        copy.setDefault(True)
        copy.setFocus()
        self.setTabOrder(copy, field)
        # Wide enough for a usual address on one line: a person copies it by eye too.
        wanted = field.fontMetrics().horizontalAdvance(address) + 48
        self.setMinimumWidth(min(max(420, wanted), 720))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address)
