"""The answer pane paints only itself, and keyboard focus on it is drawn as a frame.

A new answer repaints the pane's viewport. When that viewport is see-through (as a style
sheet on the pane makes it), Qt paints the main window, the splitter and the pane under it
first, on every question switch (about 2 ms of each, more than the answer itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.themes import contrast_ratio


class PaintCounter(QObject):
    """Which widgets are painted, and where (in their window's coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[tuple[QObject, QRect]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            assert isinstance(event, QPaintEvent)
            offset = watched.mapTo(watched.window(), QPoint(0, 0))
            for rect in event.region():
                self.painted.append((watched, rect.translated(offset)))
        return False


def in_window(widget: QWidget) -> QRect:
    return widget.rect().translated(widget.mapTo(widget.window(), QPoint(0, 0)))


def test_a_new_answer_paints_the_answer_and_nothing_under_it(qtbot, window: MainWindow) -> None:
    viewport = window.answer_view.viewport()
    qtbot.waitExposed(window)
    counter = PaintCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        window.show_question(1)
        viewport.repaint()
    finally:
        QApplication.instance().removeEventFilter(counter)
    assert viewport in [widget for widget, _rect in counter.painted]
    # (The toolbar may be painted, with the window under it: Previous became enabled.)
    answer = in_window(viewport)
    under = [
        widget.objectName() or type(widget).__name__
        for widget, rect in counter.painted
        if widget is not viewport and rect.intersects(answer)
    ]
    assert not under, f"painted under the answer: {under}"


def frame_pixel(window: MainWindow) -> str:
    view = window.answer_view
    return view.grab().toImage().pixelColor(QPoint(0, view.height() // 2)).name()


def test_focus_on_the_answer_is_a_frame_that_stands_out(qtbot, window: MainWindow) -> None:
    """WCAG's 3:1 for a focus mark against what is around it, in every theme; the theme's
    highlight where it stands out (light), its focus colour where it does not (dark)."""
    for theme in ("light", "dark", "high-contrast"):
        window.set_theme(theme)
        palette = window.answer_view.palette()
        around = palette.color(QPalette.ColorRole.Window)
        window.activateWindow()
        window.answer_view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(window.answer_view.hasFocus)
        mark = QColor(frame_pixel(window))
        assert contrast_ratio(mark, around) >= 3, (theme, mark.name(), around.name())
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        assert mark.name() in (highlight, window.colors.focus)
        window.question_list.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: not window.answer_view.hasFocus())
        assert frame_pixel(window) == around.name(), theme


def test_each_answer_keeps_its_shaped_text_for_the_next_paint(window: MainWindow, pack) -> None:
    """Qt drops a paragraph's shaped text after laying it out, unless told to keep it; then
    every paint (a scroll, a caret blink, a search highlight) shapes every line again."""
    for row in range(len(pack.questions)):
        window.show_question(row)
        block = window.answer_view.document().begin()
        blocks = 0
        while block.isValid():
            assert block.layout().cacheEnabled(), (row, block.text())
            block, blocks = block.next(), blocks + 1
        assert blocks > 1


def test_the_text_column_stays_put_from_a_short_answer_to_a_long_one(
    qtbot, window: MainWindow, pack
) -> None:
    """The reading pane's scroll bar does not come and go with the answer's length: the
    column would move sideways and each such switch would lay the answer out twice."""
    qtbot.waitExposed(window)
    window.resize(900, 700)
    lengths = [len(question.markdown) for question in pack.questions]
    shortest, longest = lengths.index(min(lengths)), lengths.index(max(lengths))
    viewport = window.answer_view.viewport()
    window.show_question(shortest)
    qtbot.wait(20)
    width = viewport.width()
    window.show_question(longest)
    qtbot.wait(20)
    assert window.answer_view.verticalScrollBar().maximum() > 0, "the long answer scrolls"
    assert viewport.width() == width
