"""What the room sees now, and how many phones are reading — shared between the window's
thread and the server's.

The window (or nothing, for ``hrd-reader serve``) sets :class:`RoomView` on the
:class:`RoomState` whenever the room's view changes: which question, whether its answer is
shown (question-first mode hides it until the room sees it), whether the screen is blanked,
whether the trainer presents at all. The server subscribes and pushes the change to every
phone that follows. Only what the room itself sees is here: never the trainer's notes.

:class:`Audience` counts, without knowing who: the follow pages open now, and the room pages
opened in the last minutes (a time for each, no address, at most ``MAX_LOADS`` kept).
Pure Python — never imports Qt.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

RECENT_SECONDS = 10 * 60  # "pages opened lately": the last ten minutes
MAX_LOADS = 10_000  # bounds the memory of a flood of page loads


@dataclass(frozen=True)
class RoomView:
    presenting: bool = False
    row: int = -1  # the question on the room's screen (index in the pack)
    revealed: bool = True  # False: question-first, the room sees the question alone
    blank: bool = False  # the trainer blanked the screen (B or .)


Listener = Callable[[RoomView], None]


class RoomState:
    """The room's view, set from any thread; listeners are called on the setter's thread
    (the server's listener only hands the change over to its own loop)."""

    def __init__(self, view: RoomView | None = None) -> None:
        self._lock = threading.Lock()
        self._view = view or RoomView()
        self._listeners: list[Listener] = []

    @property
    def view(self) -> RoomView:
        with self._lock:
            return self._view

    def set(self, view: RoomView) -> None:
        with self._lock:
            if view == self._view:
                return
            self._view = view
            listeners = list(self._listeners)
        for listener in listeners:
            listener(view)

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)


@dataclass(frozen=True)
class Count:
    following: int  # follow pages connected now
    opened: int  # room and follow pages loaded in the last RECENT_SECONDS


class Audience:
    """Counts of phones reading, kept without any address or other trace of a phone."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._following = 0
        self._loads: deque[float] = deque(maxlen=MAX_LOADS)

    def page_loaded(self) -> None:
        with self._lock:
            self._loads.append(self._clock())

    def follower_joined(self) -> None:
        with self._lock:
            self._following += 1

    def follower_left(self) -> None:
        with self._lock:
            self._following -= 1

    def count(self) -> Count:
        with self._lock:
            since = self._clock() - RECENT_SECONDS
            while self._loads and self._loads[0] < since:
                self._loads.popleft()
            return Count(self._following, len(self._loads))
