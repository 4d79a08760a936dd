"""Walks the reader's accessibility tree over AT-SPI, as a screen reader does (run by
tests/test_accessibility_atspi.py with the system Python, which has pyatspi).

Finds the answer pane (its accessible name starts with "Answer:"), moves its caret through
the AT-SPI text interface and waits for the caret-moved event, then prints one JSON line:
the pane's role, its interfaces, its states, its text length and the caret events heard.
Usage: python3 atspi_probe.py SECONDS
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib


def find_answer(root, depth=0):  # type: ignore[no-untyped-def]
    if root is None or depth > 40:
        return None
    try:
        name = root.name or ""
    except Exception:
        return None
    if name.startswith("Answer:"):
        return root
    for index in range(root.childCount):
        found = find_answer(root.getChildAtIndex(index), depth + 1)
        if found is not None:
            return found
    return None


def reader_app():  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None:
            answer = find_answer(app)
            if answer is not None:
                return answer
    return None


def main() -> int:
    deadline = time.monotonic() + float(sys.argv[1])
    answer = None
    while answer is None and time.monotonic() < deadline:
        answer = reader_app()
        if answer is None:
            time.sleep(0.2)  # the reader is still starting: poll its tree again
    if answer is None:
        print(json.dumps({"error": "no accessible named 'Answer: …' on the AT-SPI bus"}))
        return 1
    heard: list[int] = []

    def on_caret(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(int(event.detail1))

    pyatspi.Registry.registerEventListener(on_caret, "object:text-caret-moved")
    text = answer.queryText()
    text.setCaretOffset(25)
    loop = GLib.MainLoop()
    GLib.timeout_add(100, lambda: bool(heard) and loop.quit())
    GLib.timeout_add(int(max(1.0, deadline - time.monotonic()) * 1000), loop.quit)
    loop.run()
    states = answer.getState()
    print(
        json.dumps(
            {
                "role": answer.getRoleName(),
                "interfaces": sorted(pyatspi.listInterfaces(answer)),
                "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
                "characters": text.characterCount,
                "caret": text.caretOffset,
                "caret_events": heard,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
