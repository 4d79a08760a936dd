"""Zoom: the steps between 50 % and 400 %, the visible controls (− 100 % +) and Ctrl+wheel.

``STEPS`` is the one list of zoom percentages: its ends are the limits, which the zoom
settings take as their bounds. The presentation controller owns the percentage (one per
mode, kept in settings); this module only says what the next step is and turns clicks and
wheel turns into steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from hrd_reader.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent

STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400)
ZOOM_MIN, ZOOM_MAX = STEPS[0], STEPS[-1]
NORMAL = 100  # what Ctrl+0 and a click on the percentage go back to
WHEEL_NOTCH = 120  # angleDelta of one wheel notch; touchpads send smaller parts of it


def clamp(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, percent))


def step(percent: int, steps: int) -> int:
    """``percent`` moved by ``steps`` zoom steps (negative = smaller), within the limits."""
    value = clamp(percent)
    for _ in range(abs(steps)):
        if steps > 0:
            value = next((s for s in STEPS if s > value), ZOOM_MAX)
        else:
            value = next((s for s in reversed(STEPS) if s < value), ZOOM_MIN)
    return value


class ZoomKeys(NamedTuple):
    """The shortcuts of the Zoom Out, Normal Size and Zoom In actions, for the tips."""

    smaller: QKeySequence
    normal: QKeySequence
    larger: QKeySequence


class ZoomControls(QWidget):
    """ "− 120 % +" for the status bar: the percentage is always visible; clicking it resets."""

    stepRequested = Signal(int)
    resetRequested = Signal()

    def __init__(self, keys: ZoomKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomControls")
        self.keys = keys
        self.out_button = QToolButton()
        self.out_button.setObjectName("zoomOutButton")
        self.out_button.setText("−")
        self.label = QToolButton()
        self.label.setObjectName("zoomLabel")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("400 %") + 16)
        self.in_button = QToolButton()
        self.in_button.setObjectName("zoomInButton")
        self.in_button.setText("+")
        for button in (self.out_button, self.label, self.in_button):
            button.setAutoRaise(True)
        self.out_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.in_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.label.clicked.connect(self.resetRequested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for button in (self.out_button, self.label, self.in_button):
            row.addWidget(button)
        self.percent = NORMAL
        self.retranslate()

    def retranslate(self) -> None:
        # Key names are translated too (Qt's catalogue: "Ctrl" is "Control" in Spanish).
        smaller, normal, larger = (
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys
        )
        self.out_button.setToolTip(tr("Smaller text ({shortcut})").format(shortcut=smaller))
        self.out_button.setAccessibleName(tr("Zoom out"))
        self.label.setToolTip(tr("Text size; click for 100 % ({shortcut})").format(shortcut=normal))
        self.in_button.setToolTip(tr("Larger text ({shortcut})").format(shortcut=larger))
        self.in_button.setAccessibleName(tr("Zoom in"))
        self.set_percent(self.percent)

    def changeEvent(self, event: QEvent) -> None:
        # The Language menu applies at once: Qt sends LanguageChange to every widget.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_percent(self, percent: int) -> None:
        self.percent = percent
        self.label.setText(tr("{percent} %").format(percent=percent))
        self.label.setAccessibleName(tr("Text size {percent} percent").format(percent=percent))
        self.out_button.setEnabled(percent > ZOOM_MIN)
        self.in_button.setEnabled(percent < ZOOM_MAX)


class WheelZoom(QObject):
    """Ctrl + mouse wheel zooms instead of scrolling: the answer pane and the question list
    hand their wheel events to :meth:`take` (their own ``wheelEvent``, not an event filter:
    a filter would call into Python for every event those busy widgets get)."""

    stepped = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = 0

    def take(self, event: QWheelEvent) -> bool:
        """True when ``event`` (Ctrl held) was a zoom step, or part of one: not a scroll."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        self._pending += event.angleDelta().y()
        notches = int(self._pending / WHEEL_NOTCH)
        if notches:
            self._pending -= notches * WHEEL_NOTCH
            self.stepped.emit(notches)
        event.accept()
        return True
