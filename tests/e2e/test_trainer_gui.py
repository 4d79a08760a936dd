"""The trainer's views on a real X display (Xvfb): each theme and presentation mode, saved
as screenshots in test-artifacts/ for a person to look at, and checked for their colours."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hrd_reader.gui import themes
from tests.helpers.processes import on_display, run_cli


def dominant(image: QImage, x0: int, y0: int, x1: int, y1: int) -> str:
    counts = Counter(
        image.pixelColor(x, y).name() for x in range(x0, x1, 7) for y in range(y0, y1, 5)
    )
    return counts.most_common(1)[0][0]


def screenshot(shot: Path, settings: Path, theme: str, display: str, *extra: str) -> QImage:
    """The real reader on ``display`` in ``theme`` at "challenges", saved as ``shot``."""
    settings.write_text(f"[view]\ntheme={theme}\n")
    result = run_cli(
        "--screenshot",
        str(shot),
        "--settings",
        str(settings),
        "--question",
        "challenges",
        *extra,
        env=on_display(display),
    )
    assert result.returncode == 0, result.stderr
    return QImage(str(shot))


@pytest.mark.xvfb
@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("mode", ["window", "presentation"])
def test_theme_screenshots(
    xvfb_display: str, artifacts: Path, tmp_path: Path, theme: str, mode: str
) -> None:
    shot = artifacts / f"{mode}-{theme}.png"
    shot.unlink(missing_ok=True)
    extra = ["--presentation"] if mode == "presentation" else []
    image = screenshot(shot, tmp_path / "s.ini", theme, xvfb_display, *extra)
    colors = themes.theme_colors(theme)
    if mode == "presentation":
        # Full screen on the display (conftest's Xvfb is 1366x768), one background.
        assert (image.width(), image.height()) == (1366, 768)
        assert dominant(image, 0, 0, image.width(), image.height()) == colors.base
    else:
        # The answer pane (right of the sidebar) shows the theme's background.
        w, h = image.width(), image.height()
        assert dominant(image, w // 2, h // 6, w - 20, h - 120) == colors.base
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 600, 23)}
    assert len(colours) > 5, "the screenshot is blank"


@pytest.mark.xvfb
def test_readme_screenshots(xvfb_display: str, tmp_path: Path) -> None:
    """The README's pictures, taken afresh: the reading window light and dark (with the
    icon set), and the first page of the whole-FAQ handout."""
    import shutil
    import subprocess

    from tests.helpers.paths import ROOT

    docs = ROOT / "docs"
    for theme, name in (("light", "screenshot.png"), ("dark", "screenshot-dark.png")):
        image = screenshot(docs / name, tmp_path / f"{theme}.ini", theme, xvfb_display)
        w, h = image.width(), image.height()
        assert dominant(image, w // 2, h // 6, w - 20, h - 120) == themes.theme_colors(theme).base
    pdf = tmp_path / "handout.pdf"
    assert run_cli("export-pdf", str(pdf)).returncode == 0
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: run ./test.sh (it installs poppler-utils)"
    stem = tmp_path / "page"
    subprocess.run([pdftoppm, "-r", "80", "-f", "1", "-l", "1", "-png", str(pdf), str(stem)])
    (page,) = tmp_path.glob("page*.png")
    shutil.copyfile(page, docs / "handout-page1.png")
    picture = QImage(str(docs / "handout-page1.png"))
    assert picture.height() > picture.width() > 500, "a portrait page"
