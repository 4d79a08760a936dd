"""Everything the room's server can answer, made from the pack in memory before it listens.

:class:`RoomSite` holds each answer as bytes by its path under the room address: the room
page (the one-file page of ``web.page`` with ``download`` links and a link to follow), the
follow page with its script and style, the two downloads (the one-file page, and the
participants' ``.hrdpack`` of :mod:`~hrd_reader.share.takeaway`), and the pictures the
answers show. Nothing is read from disk while serving and no file is served as it lies
there: a path that is not a key here does not exist.

Each answer carries its Content-Security-Policy: ``default-src 'none'`` plus exactly what
that page needs — the room page its inline style sheet (by hash) and ``data:`` images; the
follow page script, style, images and the event stream from its own address. The views a
phone can be pushed (:meth:`RoomSite.event`) are all made at the start, once for every phone;
after that nothing here changes, so the server's thread reads it without a lock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from hrd_reader.core.pack import Pack
from hrd_reader.core.problems import N_
from hrd_reader.share.follow import FOLLOW_JS, follow_css, follow_html, follow_words
from hrd_reader.share.state import RoomView
from hrd_reader.share.takeaway import participant_pack
from hrd_reader.web import images
from hrd_reader.web.page import page_html, question_html
from hrd_reader.web.words import word

_LOCKED = "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
NOTHING_CSP = f"default-src 'none'; {_LOCKED}"
FOLLOW_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    f"connect-src 'self'; {_LOCKED}"
)
FOLLOW = "follow"  # the follow page's path; its stream is FOLLOW + "/events"
EVENTS = f"{FOLLOW}/events"
HTML = "text/html; charset=utf-8"
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_HEADER_END = "</header>"


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    csp: str = NOTHING_CSP
    filename: str = ""  # a download: sent as an attachment of this name
    page: bool = False  # a page a phone opens (counted, without knowing who)


def style_hashes(page: str) -> str:
    """The CSP sources of the page's inline ``<style>`` blocks: exactly those, by hash."""
    hashes = (
        base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode("ascii")
        for block in _STYLE.findall(page)
    )
    return " ".join(f"'sha256-{digest}'" for digest in hashes) or "'none'"


def image_path(name: str) -> str:
    return "images/" + quote(name, safe="/")


class RoomSite:
    """The room's pages of ``pack``, by path under the room address ("" is the room)."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.images: dict[str, images.Image] = {}
        self.resources: dict[str, Resource] = {}
        lang = pack.language
        one_file, hrdpack = f"{pack.id}.html", f"{pack.id}.hrdpack"
        downloads = (
            (one_file, word(N_("The whole FAQ as one web page (.html)"), lang)),
            (hrdpack, word(N_("The pack for HRD Reader (.hrdpack)"), lang)),
        )
        room = self._with_follow_link(page_html(pack, downloads=downloads))
        room_csp = f"default-src 'none'; img-src data:; style-src {style_hashes(room)}; {_LOCKED}"
        take_home = page_html(pack)
        self.resources.update(
            {
                "": Resource(room.encode("utf-8"), HTML, room_csp, page=True),
                FOLLOW: Resource(follow_html(pack).encode("utf-8"), HTML, FOLLOW_CSP, page=True),
                "follow.js": Resource(FOLLOW_JS.encode("utf-8"), "text/javascript"),
                "follow.css": Resource(follow_css().encode("utf-8"), "text/css"),
                one_file: Resource(take_home.encode("utf-8"), HTML, filename=one_file),
                hrdpack: Resource(
                    participant_pack(pack), "application/x-hrdpack", filename=hrdpack
                ),
            }
        )
        self._stopped = self._data({"state": "stopped"})
        self._blank = self._data({"state": "blank"})
        # Every view at once (which also finds every picture to serve): nothing changes
        # once the server runs, so its thread reads all this without a lock.
        self._events = {
            (row, revealed): self._data(self._question(row, revealed))
            for row in range(len(pack.questions))
            for revealed in (True, False)
        }

    def _with_follow_link(self, page: str) -> str:
        """The room page: the one-file page with a link to the follow page under its title."""
        label = html.escape(follow_words(self.pack)["title"])
        link = f'<div class="action"><p><a class="button" href="{FOLLOW}">{label}</a></p></div>\n'
        at = page.index(_HEADER_END)
        return page[:at] + link + page[at:]

    def _image_address(self, src: str) -> str | None:
        """Where the follow page finds an answer's picture: served from memory, by name."""
        image = images.read_image(self.pack, src)
        if image is None:
            return None
        path = image_path(image.name)
        if path not in self.resources:
            self.images[path] = image
            self.resources[path] = Resource(image.data, image.mimetype)
        return path

    @staticmethod
    def _data(message: dict[str, object]) -> bytes:
        # json.dumps writes no line breaks, so the message is one "data:" line.
        return b"data: " + json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n\n"

    def event(self, view: RoomView) -> bytes:
        """The server-sent event that shows ``view`` on a phone (made once per view)."""
        if not view.presenting or not 0 <= view.row < len(self.pack.questions):
            return self._stopped
        if view.blank:
            return self._blank
        return self._events[view.row, view.revealed]

    def _question(self, row: int, revealed: bool) -> dict[str, object]:
        pack = self.pack
        question = pack.questions[row]
        if revealed:
            body = question_html(pack, question, image_address=self._image_address)
        else:  # question first: the room sees the question alone, so do the phones
            title, qid = html.escape(question.title), html.escape(question.id)
            body = f'<article id="{qid}"><h2 class="alone">{title}</h2></article>'
        position = follow_words(pack)["position"].format(number=row + 1, count=len(pack.questions))
        return {
            "state": "question",
            "id": question.id,
            "revealed": revealed,
            "position": position,
            "html": body,
        }
