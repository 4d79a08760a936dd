"""WCAG 2 contrast, computed here independently of the reader's own code, for tests that
measure colours in rendered pixels."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage

MINIMUM = 4.5  # WCAG AA for body text


def luminance(colour: QColor) -> float:
    channels = [colour.red() / 255, colour.green() / 255, colour.blue() / 255]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def measured_contrast(image: QImage) -> tuple[float, int, QColor, QColor]:
    """(best text contrast, pixels at ≥ MINIMUM, background, text colour) of a rendered
    line of text: the background is the image's most common colour, the text the pixel
    farthest from it (antialiasing only ever lowers the contrast of the others)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: width * height * 4]
    counts = Counter(data[i : i + 4] for i in range(0, len(data), 4))
    (background_bytes, _), *_ = counts.most_common(1)

    def colour(raw: bytes) -> QColor:
        return QColor(raw[2], raw[1], raw[0])  # RGB32 is B, G, R, 0xff in memory

    background = colour(background_bytes)
    ratios = {raw: contrast(colour(raw), background) for raw in counts}
    best = max(ratios, key=lambda raw: ratios[raw])
    strong = sum(counts[raw] for raw, ratio in ratios.items() if ratio >= MINIMUM)
    return ratios[best], strong, background, colour(best)
