"""Run by the Windows Python under Wine (tests/e2e/test_windows_build.py), on Qt's windows
platform: the sidebar's selected question rendered under every style this Windows Qt has
(QStyleFactory.keys(): windows11, windowsvista, Windows, Fusion) in every theme, its text
contrast measured from the grabbed pixels. Prints one JSON object per style and theme."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from hrd_reader.core import bundled_pack
from hrd_reader.gui import themes
from hrd_reader.gui.reading.sidebar import QuestionList
from tests.helpers.contrast import measured_contrast
from tests.helpers.selection import selected_row, theme_palette


def wait_exposed(widget: QWidget) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        QApplication.processEvents()
        handle = widget.windowHandle()
        if handle is not None and handle.isExposed():
            return
        time.sleep(0.02)
    raise SystemExit("the sidebar was never shown")


def main() -> int:
    app = QApplication(sys.argv[:1])
    pack = bundled_pack()
    for name in QStyleFactory.keys():  # noqa: SIM118 - a static method, not a dict
        for theme in themes.THEMES:
            style = QStyleFactory.create(name)
            questions = QuestionList()
            image = selected_row(questions, style, theme_palette(theme, style), pack, wait_exposed)
            ratio, strong, background, text = measured_contrast(image)
            print(json.dumps({
                "platform": app.platformName(), "style": name, "theme": str(theme),
                "ratio": round(ratio, 2), "strong_pixels": strong,
                "background": background.name(), "text": text.name(),
            }), flush=True)  # fmt: skip
            questions.close()
            questions.deleteLater()
            QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
