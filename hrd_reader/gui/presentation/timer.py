"""The presenter console's clocks: the time since the presentation started (``m:ss``, with
pause and reset) and the wall clock.

An optional workshop length turns the timer amber five minutes before the end and red once
it is over, so a trainer sees it at a glance without reading the digits. The time comes
from a monotonic clock (an injectable function, so tests need not wait): moving the
system clock never makes a talk longer or shorter.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from hrd_reader.gui.i18n import tr

WARNING_SECONDS = 5 * 60  # amber this long before the end of the workshop
TICK_MS = 250  # often enough that a second never looks skipped


class Phase(StrEnum):
    NORMAL = "normal"
    ENDING = "ending"  # within WARNING_SECONDS of the workshop's end: amber
    OVER = "over"  # past it: red


# Text and background of each phase: amber and red as badges, dark text on amber and
# white on red, both readable on a laptop screen in a lit room.
PHASE_CSS = {
    Phase.NORMAL: "",
    Phase.ENDING: "background: #f2a900; color: #000000; border-radius: 12px;",
    Phase.OVER: "background: #c62828; color: #ffffff; border-radius: 12px;",
}


def format_elapsed(seconds: float) -> str:
    """``m:ss`` (minutes go on past 59: a workshop of 90 minutes reads 90:00)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class PresenterTimer(QLabel):
    """Time since the presentation started; P pauses and resumes it, R sets it back to 0."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterTimer")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._clock = clock
        self._started = clock()
        self._banked = 0.0  # seconds counted before the last pause
        self.paused = False
        self.minutes = 0  # workshop length; 0 = none
        self.phase = Phase.NORMAL
        self.refresh()

    def elapsed(self) -> float:
        running = 0.0 if self.paused else self._clock() - self._started
        return self._banked + running

    def toggle_pause(self) -> None:
        if self.paused:
            self._started = self._clock()
        else:
            self._banked = self.elapsed()
        self.paused = not self.paused
        self.refresh()

    def reset(self) -> None:
        """Back to 0:00; a paused timer stays paused."""
        self._banked = 0.0
        self._started = self._clock()
        self.refresh()

    def state(self) -> tuple[float, bool, float]:
        """Elapsed seconds, paused, and when: what a new console needs to carry on."""
        return self.elapsed(), self.paused, self._clock()

    def restore(self, state: tuple[float, bool, float]) -> None:
        """Carry on from ``state`` (a console closed when a screen went and opened again
        when it came back): a running timer has counted the time in between."""
        elapsed, paused, then = state
        self.paused = paused
        self._banked = elapsed if paused else elapsed + max(0.0, self._clock() - then)
        self._started = self._clock()
        self.refresh()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.refresh()

    def refresh(self) -> None:
        seconds = self.elapsed()
        self.setText(format_elapsed(seconds))
        phase = Phase.NORMAL
        if self.minutes:
            left = self.minutes * 60 - seconds
            phase = Phase.OVER if left <= 0 else Phase.ENDING if left <= WARNING_SECONDS else phase
        if phase != self.phase or not self.styleSheet():
            self.phase = phase
            self.setStyleSheet(f"QLabel#presenterTimer {{ {PHASE_CSS[phase]} }}")
        self.setToolTip(self.describe())
        self.setAccessibleName(self.describe())

    def describe(self) -> str:
        """The timer in words, for the tooltip and screen readers."""
        shown = format_elapsed(self.elapsed())
        if self.paused:
            return tr("{time} since the start — paused (P resumes)").format(time=shown)
        if self.phase == Phase.OVER:
            return tr("{time} since the start — the workshop's time is over").format(time=shown)
        if self.phase == Phase.ENDING:
            return tr("{time} since the start — less than five minutes left").format(time=shown)
        return tr("{time} since the start").format(time=shown)


class WallClock(QLabel):
    """The time of day, in the interface language's short format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterClock")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refresh()

    def refresh(self) -> None:
        self.setText(QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat))


def ticker(parent: QWidget, *clocks: PresenterTimer | WallClock) -> QTimer:
    """One timer that refreshes ``clocks`` a few times a second, already running."""
    timer = QTimer(parent)
    timer.setInterval(TICK_MS)
    for shown in clocks:
        timer.timeout.connect(shown.refresh)
    timer.start()
    return timer
