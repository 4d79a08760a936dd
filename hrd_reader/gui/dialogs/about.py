"""The About dialog: version, the text's owner and source, how the reader works offline, and
the icon set it bundles (named with its licence, as the licence asks)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrd_reader.core import Pack
from hrd_reader.core.version import VERSION
from hrd_reader.gui import icons
from hrd_reader.gui.i18n import tr


class AboutDialog(QDialog):
    linkRequested = Signal(QUrl)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("About HRD Reader"))
        source = html.escape(pack.source)
        parts = [
            f"<h2>HRD Reader {html.escape(VERSION)}</h2>",
            "<p>"
            + tr(
                "An offline reader for the Human Rights Defenders FAQ. It never "
                "connects to the network; links open only when you click them."
            )
            + "</p>",
            f"<p><b>{html.escape(pack.title)}</b><br>{html.escape(pack.attribution)}",
        ]
        if pack.source:
            parts.append("<br>" + tr("Source:") + f' <a href="{source}">{source}</a>')
        parts.append("</p>")
        icon_set = tr("Icons: {name} ({licence} licence), {url}").format(
            name=icons.ICON_SET_NAME, licence=icons.ICON_SET_LICENCE, url=icons.ICON_SET_URL
        )
        parts.append(
            "<p><small>"
            + tr("Qt {version}").format(version=qVersion())
            + "<br>"
            + html.escape(icon_set)
            + "</small></p>"
        )
        text = QLabel("".join(parts))
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setOpenExternalLinks(False)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.linkActivated.connect(lambda link: self.linkRequested.emit(QUrl(link)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # The keyboard starts on Close: a screen reader reads the dialog's text as it opens,
        # and would read it all again for a text that had the focus (Tab reaches its links).
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
