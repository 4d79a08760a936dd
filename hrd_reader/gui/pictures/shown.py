"""The pictures of the answer a view shows: sized to fit (``fitting``), decoded once at that
size, in the background, and kept while they are likely to be shown again.

Switching questions and pressing presentation keys must stay instant, so a picture that
takes more than a moment to decode is first drawn as a quiet grey box of its final size and
decoded by Qt's thread pool (``imaging.decode``, one picture at a time); when it is ready it
replaces the box without moving the text. A small one (an icon, a logo) is decoded at once.
Each view keeps what it decoded in a cache bounded in pixels, keyed by file and size, so
going back to an answer, or the next screenful, costs nothing. The pixels decoded for one
answer are bounded too (``core.pictures.MAX_ANSWER_PIXELS``): past it pictures are decoded
smaller and drawn enlarged. What may not be shown (outside the pack, over the pixel limit,
not a picture) takes no room and is never decoded.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextDocument

from hrd_reader.core.pictures import MAX_ANSWER_PIXELS, budget_scale, fitted_size
from hrd_reader.gui.pictures.fitting import fit, pictures_in
from hrd_reader.gui.reading import pack_images
from hrd_reader.imaging.decode import PictureInfo, busy, decode, picture_info

if TYPE_CHECKING:
    from hrd_reader.gui.reading.answer_view import AnswerView

# A picture of at most this many pixels is decoded at once, where it is asked for.
AT_ONCE_PIXELS = 512 * 512
# The share of the view's height a picture may take: a little text stays in sight.
TALLEST_SHARE = 0.9
REFRESH_DELAY_MS = 150
_owners = itertools.count(1)
IMAGE_RESOURCE = QTextDocument.ResourceType.ImageResource.value


class _Notifier(QObject):
    """Brings decoded pictures from the pool's threads to the GUI thread."""

    decoded = Signal(object, QImage)


_notifier: _Notifier | None = None


def _decoded_signal() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def placeholder(color: QColor) -> QImage:
    """What a picture shows while it is decoded: one pixel, drawn stretched to its size."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    color.setAlpha(60)
    image.fill(color)
    return image


class ShownPictures(QObject):
    """The pictures of one view's current answer (created on its first picture)."""

    def __init__(self, view: AnswerView) -> None:
        super().__init__(view)
        self.view = view
        self.owner = next(_owners)
        self.generation = 0
        self.infos: dict[str, PictureInfo | None] = {}
        self.urls: dict[str, QUrl] = {}
        self.targets: dict[str, tuple[int, int]] = {}  # logical size each file is shown at
        self.decoded: dict[str, tuple[int, int]] = {}  # pixels given to the document
        # What each picture the document asked for is decoded at, for the size it had.
        self.requested: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {}
        self.pending: set[tuple[int, str, tuple[int, int]]] = set()
        self.cache: OrderedDict[tuple[str, tuple[int, int]], QImage] = OrderedDict()
        self.refresh = QTimer(self)
        self.refresh.setSingleShot(True)
        self.refresh.setInterval(REFRESH_DELAY_MS)
        self.refresh.timeout.connect(self._redecode)
        _decoded_signal().decoded.connect(self._on_decoded)

    # -- the answer --------------------------------------------------------------------

    def new_answer(self) -> None:
        """Another answer is about to be set: what the last one loaded leaves the document
        (Qt keeps added and loaded resources across ``setHtml``)."""
        self.generation += 1
        self.targets = {}
        self.decoded = {}
        self.requested = {}
        self.urls = {}
        self.view.document().clear()

    def forget(self) -> None:
        """Another pack: nothing known about pictures of that name holds any more."""
        self.infos.clear()
        self.cache.clear()
        self.new_answer()

    def fit(self) -> None:
        """Size every picture to the view's column and height (after a new answer, a resize
        or a zoom); pictures shown at another size are decoded again shortly."""
        view = self.view
        document = view.document()
        frame = QTextCursor(document).currentFrame().frameFormat()
        margin = document.documentMargin()
        column = view.viewport().width() - 2 * margin - frame.leftMargin() - frame.rightMargin()
        tallest = max(32.0, view.viewport().height() * TALLEST_SHARE)
        sizes = fit(document, max(32.0, column), tallest, self._info_by_src)
        self.targets = {QUrl(src).path(): size for src, size in sizes.items()}
        if any(self._full_size(key) != full for key, (full, _) in self.requested.items()):
            self.refresh.start()

    def _info_by_src(self, src: str) -> PictureInfo | None:
        url = QUrl(src)
        self.urls.setdefault(url.path(), url)
        return self.info(url.path())

    def info(self, key: str) -> PictureInfo | None:
        """Format and upright size of pack file ``key`` (None: not to be shown)."""
        if key not in self.infos:
            data = pack_images.pack_image(self.view.files, self.urls.get(key, QUrl(key)))
            self.infos[key] = picture_info(data) if data is not None else None
        return self.infos[key]

    # -- pixels ------------------------------------------------------------------------

    def _full_size(self, key: str) -> tuple[int, int]:
        """Pixels of ``key`` at its shown size on this screen (never more than it has)."""
        info = self.info(key)
        target = self.targets.get(key)
        if info is None or target is None or not target[0] or not target[1]:
            return (0, 0)
        ratio = self.view.devicePixelRatioF()
        width, height = round(target[0] * ratio), round(target[1] * ratio)
        if not info.is_drawing:
            width, height = fitted_size(info.width, info.height, width, height)
        return (width, height)

    def _wanted(self, key: str) -> tuple[int, int]:
        """Pixels to decode ``key`` at: its full size, within what the answer has left
        (``MAX_ANSWER_PIXELS``) once; kept while its shown size stays the same."""
        full = self._full_size(key)
        if not full[0]:
            return (0, 0)
        known = self.requested.get(key)
        if known is not None and known[0] == full:
            return known[1]
        spent = sum(w * h for name, (_, (w, h)) in self.requested.items() if name != key)
        scale = budget_scale(full[0] * full[1], spent, MAX_ANSWER_PIXELS)
        want = (max(1, round(full[0] * scale)), max(1, round(full[1] * scale)))
        self.requested[key] = (full, want)
        return want

    def resource(self, url: QUrl) -> QImage:
        """What the document shows for picture ``url`` now (its ``loadResource``)."""
        key = url.path()
        self.urls.setdefault(key, url)
        data = pack_images.pack_image(self.view.files, url)
        want = self._wanted(key) if data is not None else (0, 0)
        if data is None or not want[0]:
            return pack_images.refused_image()
        cached = self._cached(key, want)
        if cached is not None:
            self.decoded[key] = want
            return cached
        info = self.info(key)
        if info is not None and info.width * info.height <= AT_ONCE_PIXELS and not busy():
            image = self._store(key, want, decode(data, *want))
            self.decoded[key] = want
            return image
        self._request(key, want, data)
        # The answer's text colour (the pane's foreground role marks its focus instead).
        return placeholder(self.view.palette().color(QPalette.ColorRole.Text))

    def _cached(self, key: str, want: tuple[int, int]) -> QImage | None:
        image = self.cache.get((key, want))
        if image is not None:
            self.cache.move_to_end((key, want))
        return image

    def _store(self, key: str, want: tuple[int, int], image: QImage) -> QImage:
        image.setDevicePixelRatio(self.view.devicePixelRatioF())
        self.cache[(key, want)] = image
        while len(self.cache) > 1 and self._cache_pixels() > MAX_ANSWER_PIXELS:
            self.cache.popitem(last=False)
        return image

    def _cache_pixels(self) -> int:
        return sum(image.width() * image.height() for image in self.cache.values())

    def _request(self, key: str, want: tuple[int, int], data: bytes) -> None:
        job = (self.generation, key, want)
        if job in self.pending:
            return
        self.pending.add(job)
        owner = self.owner
        signal = _decoded_signal().decoded

        def work() -> None:
            signal.emit((owner, *job), decode(data, *want))

        QThreadPool.globalInstance().start(work)

    def _on_decoded(self, job: tuple[int, int, str, tuple[int, int]], image: QImage) -> None:
        owner, generation, key, want = job
        if owner != self.owner:
            return
        self.pending.discard((generation, key, want))
        if not image.isNull():
            self._store(key, want, image)
        if generation == self.generation and key in self.requested:
            self._ensure(key)

    def _ensure(self, key: str) -> None:
        """Show ``key`` at the size wanted now: from the cache, or decoded anew."""
        want = self._wanted(key)
        if not want[0] or self.decoded.get(key) == want:
            return
        cached = self._cached(key, want)
        if cached is not None:
            document = self.view.document()
            document.addResource(IMAGE_RESOURCE, self.urls[key], cached)
            self.decoded[key] = want
            self.view.viewport().update()
            return
        data = pack_images.pack_image(self.view.files, self.urls[key])
        if data is not None:
            self._request(key, want, data)

    def _redecode(self) -> None:
        for key in list(self.requested):
            self._ensure(key)

    @property
    def busy(self) -> bool:
        """Pictures are still being decoded for this view."""
        return bool(self.pending)

    # -- the room's screenfuls ----------------------------------------------------------

    def picture_spans(self) -> list[tuple[float, float]]:
        """Top and bottom of each picture's line, in document coordinates."""
        document = self.view.document()
        layout = document.documentLayout()
        spans = []
        for placed in pictures_in(document):
            block = document.findBlock(placed.position)
            line = block.layout().lineForTextPosition(placed.position - block.position())
            if not line.isValid():
                continue
            top = layout.blockBoundingRect(block).top() + line.y()
            spans.append((top, top + line.height()))
        return spans

    def screenful_start(self, shown: int, proposed: int, height: int) -> int:
        """Where the next screenful after the one starting at ``shown`` begins: at
        ``proposed``, unless that cuts a picture — then at the picture's top, or after it
        when it was already shown whole."""
        for top, bottom in self.picture_spans():
            if top < proposed < bottom:
                whole = top >= shown and bottom <= shown + height
                start = math.ceil(bottom) if whole or top <= shown else math.floor(top)
                return max(shown + 1, start)
        return proposed

    # -- opening one large -------------------------------------------------------------

    def picture_at(self, point: QPoint) -> tuple[str, str] | None:
        """The pack file and alt text of the picture at ``point`` of the viewport."""
        view = self.view
        offset = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        layout = view.document().documentLayout()
        position = layout.hitTest(QPointF(point) + offset, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        return self._picture_near(position)

    def picture_at_caret(self) -> tuple[str, str] | None:
        """The picture just after (or before) the caret."""
        return self._picture_near(self.view.textCursor().position())

    def _picture_near(self, position: int) -> tuple[str, str] | None:
        """The picture at character ``position`` or the one before it (a hit or the caret
        lands on either side of a picture)."""
        from PySide6.QtGui import QTextFormat

        document = self.view.document()
        cursor = QTextCursor(document)
        for candidate in (position, position - 1):
            if candidate < 0 or candidate + 1 >= document.characterCount():
                continue
            cursor.setPosition(candidate + 1)
            fmt = cursor.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().width() > 0:
                image = fmt.toImageFormat()
                alt = str(image.property(QTextFormat.Property.ImageAltText) or "")
                return (QUrl(image.name()).path(), alt)
        return None
