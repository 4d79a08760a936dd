"""The one icon set: every toolbar action has a bundled, theme-tinted icon (no QStyle pixmaps),
the set's licence ships with it, and icons stay crisp at 200 % scaling."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QLabel, QStyle, QToolBar

from hrd_reader.core.resources import resource_path
from hrd_reader.gui import icons
from hrd_reader.gui.actions import ACTIONS, ActionId
from hrd_reader.gui.icons import Icon, themed_icon
from tests.helpers.paths import ROOT

SIZE = 24


def image(icon: QIcon, ratio: float = 1.0) -> QImage:
    return (
        icon.pixmap(QSize(SIZE, SIZE), ratio).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    )


def ink(picture: QImage) -> set[str]:
    """The colours of the fully drawn pixels (antialiased edges are a blend)."""
    found = set()
    for y in range(picture.height()):
        for x in range(picture.width()):
            pixel = picture.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(QColor(pixel.red(), pixel.green(), pixel.blue()).name())
    return found


def test_every_icon_is_bundled_with_the_set_licence() -> None:
    folder = resource_path("icons", icons.ICON_SET)
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    shipped = {path.stem for path in folder.glob("*.svg")}
    assert shipped == {icon.value for icon in Icon}, "ship exactly the icons that are used"
    for icon in Icon:
        svg = (folder / f"{icon.value}.svg").read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in svg, f"{icon.value} cannot be tinted"


def test_no_qstyle_standard_pixmaps_are_left() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "hrd_reader").rglob("*.py"))
    # Qt's own clear button in a line edit is a standard icon too (and on Linux finding it in
    # the icon themes cost about 60 ms of every start).
    assert not re.search(r"standardIcon|\bSP_\w+|setClearButtonEnabled", sources)


def test_every_toolbar_action_has_a_bundled_icon_not_a_standard_one(qtbot, window) -> None:
    standard = []
    style = window.style()
    for pixmap in QStyle.StandardPixmap:
        if pixmap.name.startswith("SP_") and pixmap != QStyle.StandardPixmap.SP_CustomBase:
            drawn = style.standardIcon(pixmap)
            if not drawn.isNull():
                standard.append(image(drawn))
    toolbars = [bar for bar in window.findChildren(QToolBar) if bar.isVisible()]
    assert toolbars
    on_toolbar = [action for bar in toolbars for action in bar.actions()]
    assert {a.objectName() for a in on_toolbar} >= {
        ActionId.PRESENTATION,
        ActionId.SHOW_QR,
        ActionId.PREVIOUS_QUESTION,
        ActionId.NEXT_QUESTION,
    }
    for action in on_toolbar:
        assert not action.icon().isNull(), action.objectName()
        picture = image(action.icon())
        assert ink(picture), f"{action.objectName()}'s icon draws nothing"
        assert picture not in standard, f"{action.objectName()} shows a QStyle icon"
    for spec in ACTIONS:
        if spec.toolbar:
            assert spec.icon is not None, spec.id


def test_quick_exit_has_its_icon() -> None:
    # actionQuickExit (another branch) takes Icon.QUICK_EXIT from this set.
    assert resource_path("icons", icons.ICON_SET, f"{Icon.QUICK_EXIT.value}.svg").is_file()


@pytest.mark.parametrize(
    ("theme", "text"),
    [("light", "#1a1a1a"), ("dark", "#e8e8e8"), ("high-contrast", "#ffffff")],
)
def test_icons_are_tinted_with_the_theme_and_follow_it(qtbot, window, theme, text) -> None:
    window.set_theme(theme)
    action = window.actions_by_id[ActionId.PRESENTATION]
    assert ink(image(action.icon())) <= {text}, "drawn in the theme's window text colour"
    assert ink(image(action.icon())) == {text}
    window.set_theme("dark" if theme != "dark" else "light")
    assert text not in ink(image(action.icon())), "re-tinted when the theme changes"


def test_icons_are_crisp_at_200_percent(qapp) -> None:
    icon = themed_icon(Icon.PRESENTATION, "#000000", "#777777")
    sharp = icon.pixmap(QSize(SIZE, SIZE), 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.size() == QSize(2 * SIZE, 2 * SIZE), "drawn at device pixels, not scaled up"
    # A 2× rendering has thin strokes of full ink, not a blurred 1× image scaled up.
    assert "#000000" in ink(sharp.toImage().convertToFormat(QImage.Format.Format_ARGB32))


def test_disabled_icons_use_the_disabled_colour(qapp) -> None:
    icon = themed_icon(Icon.NEXT_QUESTION, "#000000", "#777777")
    disabled = icon.pixmap(QSize(SIZE, SIZE), 1.0, QIcon.Mode.Disabled).toImage()
    assert ink(disabled.convertToFormat(QImage.Format.Format_ARGB32)) == {"#777777"}


def test_about_names_the_icon_set(qtbot, pack) -> None:
    from hrd_reader.gui.dialogs.about import AboutDialog

    dialog = AboutDialog(pack)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText")
    assert "Lucide" in text.text() and "ISC" in text.text()
