"""The call-to-action bar under the answer: where the text comes from, the sign-up blurb, and
the Sign Up and Donate buttons (Donate is the primary one). A pack without a link has no
such button; a pack with neither has no bar at all.

The buttons' labels, the blurb and the attribution are the pack's own words and stay as the
pack has them, in the pack's direction; only the descriptions read to assistive technology
are the interface's. The bar says what was clicked; the window decides what that does.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hrd_reader.core import Pack
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.themes import ThemeColors, primary_button_css


class CallToActionBar(QWidget):
    donateClicked = Signal()
    signupClicked = Signal()
    linkRequested = Signal(QUrl)  # the attribution's link to the source page

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callToActionBar")
        self._link_color = ""
        self.donate_button = QPushButton()
        self.donate_button.setObjectName("donateButton")
        self.donate_button.setDefault(True)
        self.donate_button.clicked.connect(self.donateClicked)
        self.signup_button = QPushButton()
        self.signup_button.setObjectName("signupButton")
        self.signup_button.clicked.connect(self.signupClicked)
        self.blurb = QLabel()
        self.blurb.setObjectName("signupBlurb")
        self.blurb.setWordWrap(True)
        self.attribution = QLabel()
        self.attribution.setObjectName("attributionLabel")
        self.attribution.setWordWrap(True)
        self.attribution.setOpenExternalLinks(False)
        self.attribution.linkActivated.connect(lambda link: self.linkRequested.emit(QUrl(link)))

        for button in (self.donate_button, self.signup_button):
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            button.setFont(font)
            button.setMinimumHeight(36)
        bold = self.donate_button.font()
        bold.setBold(True)
        self.donate_button.setFont(bold)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 8)
        row.addWidget(self.attribution, 1)
        row.addSpacing(12)
        row.addWidget(self.blurb, 1)
        row.addWidget(self.signup_button)
        row.addWidget(self.donate_button)
        self.set_pack(pack)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        donate, signup = pack.donate, pack.signup
        # setHidden, not setVisible: a bar not yet shown must not show its children.
        self.donate_button.setHidden(donate is None)
        self.signup_button.setHidden(signup is None)
        self.setHidden(donate is None and signup is None)
        self.donate_button.setText(donate.label if donate else "")
        self.donate_button.setToolTip(donate.url if donate else "")
        self.signup_button.setText(signup.label if signup else "")
        blurb = signup.blurb if signup else ""
        self.signup_button.setToolTip(
            "\n".join(part for part in (blurb, signup.url if signup else "") if part)
        )
        self.blurb.setText(blurb)
        self.blurb.setHidden(not blurb)
        self._show_attribution()
        # The pack's own words run in the pack's direction, so an English blurb in the
        # Arabic interface keeps its full stop at the end.
        content = Qt.LayoutDirection.RightToLeft if pack.rtl else Qt.LayoutDirection.LeftToRight
        for label in (self.blurb, self.attribution):
            label.setLayoutDirection(content)
        self.retranslate()

    def retranslate(self) -> None:
        donate, signup = self.pack.donate, self.pack.signup
        self.blurb.setAccessibleName(tr("About signing up"))
        self.attribution.setAccessibleName(tr("Source of the text"))
        # What each button does, without its web address (read out, an address is a minute
        # of noise; it stays in the tooltip and in the window shown when no browser starts),
        # and without the blurb, whose "sign up below" means nothing to the ear.
        if donate is not None:
            self.donate_button.setAccessibleDescription(
                tr("Open the donation page in your browser")
            )
        if signup is not None:
            self.signup_button.setAccessibleDescription(
                tr("Open the e-mail sign-up page in your browser")
            )

    def set_colors(self, colors: ThemeColors) -> None:
        self.donate_button.setStyleSheet(primary_button_css(colors))
        self._link_color = colors.link
        self._show_attribution()

    def _show_attribution(self) -> None:
        pack = self.pack
        attribution = html.escape(pack.attribution)
        if pack.source:
            # The attribution itself links to the source page; the address is its tooltip.
            # Its colour is the theme's link colour, given here: Qt colours a label's link
            # from the palette of the moment the text is set, and keeps that colour when
            # the theme changes (a dark-blue link on a dark bar).
            style = f' style="color: {self._link_color}"' if self._link_color else ""
            attribution = f'<a href="{html.escape(pack.source)}"{style}>{attribution}</a>'
        self.attribution.setToolTip(pack.source)
        self.attribution.setText(f"<small>{attribution}</small>")

    def changeEvent(self, event: QEvent) -> None:
        # The Language menu applies at once: Qt sends LanguageChange to every widget.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
