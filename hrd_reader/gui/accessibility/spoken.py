"""Saying something to a screen-reader user that no widget's name says: a search's result,
a page being opened in the browser.

It is said as the accessible description of the control that has the keyboard focus, and
changing it is what a screen reader speaks. Measured with Orca 43 (Debian 12) and 48
(Debian 13) in tests/e2e/test_screen_reader.py: both speak a change of the focused
control's description at once; Orca 43 ignores Qt's accessible announcements
(``QAccessibleAnnouncementEvent``, AT-SPI's ``object:announcement``), so they are not used —
and Orca 48, which speaks both, would hear the same words twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_LASTING = "hrdLastingDescription"  # the description a passing message stands in for


def describe(widget: QWidget, text: str) -> None:
    """Make ``text`` the lasting description of ``widget`` (a search field's result); a
    screen reader speaks it now if the widget has the focus, and whenever it gets it."""
    lasting = widget.property(_LASTING)
    if lasting is not None:  # a passing message is shown
        if text == lasting:
            return  # no news: the message stays until the focus moves on
        widget.setProperty(_LASTING, None)  # news replaces it
        widget.removeEventFilter(_RESTORER)
    _set(widget, text)


def say(text: str, widget: QWidget | None = None) -> None:
    """Tell a screen-reader user ``text`` now, as a passing description of ``widget`` (by
    default the focused control), which gets its own back when the focus leaves it. Said
    to a control that gets the focus back only later (a dialog is closing), it is read
    with the control when it does."""
    target = widget or QApplication.focusWidget()
    if target is None:
        return
    if target.property(_LASTING) is None:
        target.setProperty(_LASTING, target.accessibleDescription())
        target.installEventFilter(_RESTORER)
    _set(target, text)


def _set(widget: QWidget, text: str) -> None:
    if widget.accessibleDescription() == text:
        return
    # Qt reports the change itself (a DescriptionChanged event); reporting it again here
    # made Orca 43 say it twice.
    widget.setAccessibleDescription(text)


class _Restorer(QObject):
    """Gives a control its lasting description back once the focus has left it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            # Once the focus has arrived elsewhere: changed while it still had the focus,
            # the control's own description would be read out as news (Orca 43 did).
            QTimer.singleShot(0, watched, lambda: _give_back(watched))
        return False


def _give_back(widget: QWidget) -> None:
    lasting = widget.property(_LASTING)
    widget.setProperty(_LASTING, None)
    widget.setAccessibleDescription(str(lasting or ""))


_RESTORER = _Restorer()
