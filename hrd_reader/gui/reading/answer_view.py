"""The answer pane: a QTextBrowser that shows one rendered answer, with a keyboard caret.

It never opens anything itself: a click on ``#question-id`` emits ``questionRequested``, any
other link ``linkRequested``; the window decides. Resources load only from the pack's own
files (its folder or its ``.hrdpack``), so an answer cannot make the reader read other files
or reach the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QWidget

from hrd_reader.core.packfiles import PackFiles
from hrd_reader.gui.reading import pack_images
from hrd_reader.gui.themes import standing_out

# About 70 characters per line is comfortable to read; wider windows get side margins.
LINE_LENGTH = 70
BODY_POINT_SIZE = 13
FOCUS_MARK_WIDTH = 2  # pixels
# The palette role that holds the focus frame's colour: the pane never draws text in it.
FOCUS_MARK = QPalette.ColorRole.BrightText
ANSWER_CSS = """
h1 { font-size: x-large; font-weight: 600; margin-bottom: 14px; }
p { line-height: 145%; margin-top: 0; margin-bottom: 12px; }
li { line-height: 145%; }
"""


if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent

    from hrd_reader.gui.pictures.shown import ShownPictures
    from hrd_reader.gui.reading.zoom import WheelZoom

    _AccessibleAsText = QTextBrowser
else:
    # Qt's accessibility factory chooses an interface by the first class name of the widget's
    # metaobject chain it knows. For "QTextBrowser" it answers *static text* — a label to
    # AT-SPI, which a screen reader reads whole but cannot move through by line or word.
    # A class named "QTextEdit" ahead of QTextBrowser in the chain makes Qt give its own
    # read-only text interface instead: role EditableText with the read-only state, the
    # text interface, and the caret and selection events QTextEdit sends.
    _AccessibleAsText = type("QTextEdit", (QTextBrowser,), {"__module__": __name__})


class AnswerView(_AccessibleAsText):
    questionRequested = Signal(str)
    linkRequested = Signal(QUrl)
    htmlShown = Signal()  # new content: highlights made for the old one are gone

    def __init__(
        self,
        files: PackFiles | Path,
        parent: QWidget | None = None,
        base_point_size: float = BODY_POINT_SIZE,
        line_length: int = LINE_LENGTH,
        caret: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerView")
        self.files = pack_images.pack_files(files)
        # The answer's pictures, sized and decoded to fit (created on the first one).
        self.pictures: ShownPictures | None = None
        self.caret = caret
        self.base_point_size = base_point_size
        self.line_length = line_length
        self.zoom = 100
        # Ctrl + wheel: the reading window's zoom (None: Qt's own, as in the room's view).
        self.wheel_zoom: WheelZoom | None = None
        # The viewport's width, from its resize events: asking viewport() for it would make
        # PySide wrap the C++ viewport, which costs milliseconds the first time.
        self._text_width = 0
        self._html = ""
        self._colors_css = ""
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        # A caret for keyboard and screen-reader users: arrows, Home/End and Ctrl+arrows move
        # it, Shift selects, Ctrl+C copies; Tab still walks the links and Enter opens one.
        # The room's view has none: its keys belong to the clicker.
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if caret:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
            # The scroll bar stays: coming and going with the answer's length, it narrowed
            # the text, moved the column sideways and laid the answer out a second time.
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(flags)
        font = self.font()
        font.setPointSizeF(base_point_size)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        # The style draws no focus mark on a text pane; keyboard users must see where they are:
        # a plain frame in the focus mark's colour while the pane has focus (focusInEvent).
        # Not a style sheet: one on the pane makes its viewport see-through, and every frame
        # of an answer would then paint the window, the splitter and the pane under it first
        # (about 2 ms of every question switch).
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setLineWidth(FOCUS_MARK_WIDTH)
        self._mark_focus(False)
        self.document().setDefaultStyleSheet(ANSWER_CSS)

    def set_zoom(self, percent: int) -> None:
        """Scale the text to ``percent`` of its normal size; relative sizes follow."""
        self.zoom = percent
        font = self.font()
        font.setPointSizeF(self.base_point_size * percent / 100)
        self.setFont(font)
        self._hold_line_length()

    def set_colors(self, palette: QPalette, css: str, focus: str | None = None) -> None:
        """Theme colours: the palette for text, background and selection, ``css`` for links
        and headings (a default style sheet applies when HTML is set, so set it again).
        The focus frame is the theme's ``focus`` colour or its highlight, whichever stands
        out more against the window around the pane (the dark theme's highlight does not)."""
        palette = QPalette(palette)
        around = palette.color(QPalette.ColorRole.Window)
        choices = [palette.color(QPalette.ColorRole.Highlight)]
        if focus:
            choices.append(QColor(focus))
        palette.setColor(FOCUS_MARK, standing_out(around, *choices))
        self.setPalette(palette)  # the viewport, the area behind the text, inherits it
        self._colors_css = css
        self.document().setDefaultStyleSheet(ANSWER_CSS + css)
        if self._html:
            self.show_html(self._html)

    def _mark_focus(self, focused: bool) -> None:
        """The frame in the focus mark's colour with focus; in the window's colour without."""
        role = FOCUS_MARK if focused else QPalette.ColorRole.Window
        if self.foregroundRole() != role:
            self.setForegroundRole(role)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._mark_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._mark_focus(False)
        super().focusOutEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        if url.isRelative() and url.hasFragment() and not url.path():
            self.questionRequested.emit(url.fragment())
        else:
            self.linkRequested.emit(url)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Images from inside the pack only (see :mod:`hrd_reader.gui.reading.pack_images`), fitted
        and decoded at the size shown (:mod:`hrd_reader.gui.pictures.shown`)."""
        if kind == pack_images.IMAGE_RESOURCE and self.pictures is not None:
            return self.pictures.resource(QUrl(name) if isinstance(name, str) else name)
        return pack_images.load_resource(self.files, kind, name)

    def set_files(self, files: PackFiles | Path) -> None:
        """Where images come from from now on (another pack was opened)."""
        self.files = pack_images.pack_files(files)
        if self.pictures is not None:
            self.pictures.forget()

    def _open_picture(self, picture: tuple[str, str] | None) -> bool:
        if picture is None or not self.caret:
            return False
        from hrd_reader.gui.pictures.viewer import open_picture

        open_picture(self, self.files, *picture)
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.pictures is not None and not self.textCursor().hasSelection():
            self._open_picture(self.pictures.picture_at(event.position().toPoint()))

    def viewportEvent(self, event: QEvent) -> bool:
        """A picture's tooltip is its alt text."""
        if event.type() == QEvent.Type.ToolTip and self.pictures is not None:
            assert isinstance(event, QHelpEvent)
            picture = self.pictures.picture_at(event.pos())
            if picture is not None and picture[1]:
                QToolTip.showText(event.globalPos(), picture[1], self.viewport())
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        pictures = self.pictures
        if (
            enter
            and pictures is not None
            and not self.textCursor().hasSelection()
            and self._open_picture(pictures.picture_at_caret())
        ):
            return
        super().keyPressEvent(event)

    def set_text_direction(self, direction: Qt.LayoutDirection) -> None:
        """The direction the answer's text runs in: the pack's, whatever the interface's."""
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        self.document().setDefaultTextOption(option)

    def show_html(self, html: str) -> None:
        self._html = html
        # setHtml resets the side margins; in one edit block the answer is laid out once,
        # with its margins, instead of once without and again with them.
        if self.pictures is None and "<img" in html:
            from hrd_reader.gui.pictures.shown import ShownPictures

            self.pictures = ShownPictures(self)
        if self.pictures is not None:
            self.pictures.new_answer()
        block = QTextCursor(self.document())
        block.beginEditBlock()
        self.setHtml(html)
        _keep_shaped_text(self.document())
        self._hold_line_length()
        block.endEditBlock()
        self._caret_after_title()
        self.htmlShown.emit()

    def _caret_after_title(self) -> None:
        """The caret at the answer's first sentence: the question's title is the pane's
        accessible name, which a screen reader says on entering, and would otherwise say
        again as the line at the caret (Ctrl+Home still goes to the title)."""
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard:
            return  # no caret (the room's view)
        first = self.document().firstBlock()
        if first.blockFormat().headingLevel() and first.next().isValid():
            self.setTextCursor(QTextCursor(first.next()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area's resizeEvent is its viewport's: the width the text has.
        super().resizeEvent(event)
        self._text_width = event.size().width()
        self._hold_line_length()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.wheel_zoom is not None and self.wheel_zoom.take(event):
            return
        super().wheelEvent(event)

    def _hold_line_length(self) -> None:
        """Side margins that keep lines near LINE_LENGTH characters in a wide window."""
        widest = self.fontMetrics().averageCharWidth() * self.line_length
        side = max(0, (self._text_width - widest) // 2)
        frame = _root_frame(self.document())
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side or fmt.rightMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)
        if self.pictures is not None:
            self.pictures.fit()


def _root_frame(document: QTextDocument) -> QTextFrame:
    """The document's root frame, reached through a cursor.

    ``QTextDocument.rootFrame()`` must not be called on every answer: ``setHtml`` replaces
    the root frame, and PySide's return-value rule parents each wrapper it returns to the
    document's wrapper, which keeps the wrappers of deleted frames alive for the life of the
    document (about 0.7 KiB per question switch). A wrapper returned by a ``QTextCursor``
    (not a QObject) has no parent and is freed with its last reference.
    """
    frame = QTextCursor(document).currentFrame()
    parent: QTextFrame | None = frame.parentFrame()  # None at the root (stubs say never)
    while parent is not None:
        frame, parent = parent, parent.parentFrame()
    return frame


def _keep_shaped_text(document: QTextDocument) -> None:
    """Keep each paragraph's shaped text once laid out: by default Qt throws it away after
    the layout and shapes every line again on every paint (a third of painting an answer)."""
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None:
            layout.setCacheEnabled(True)
        block = block.next()
