"""Link policy: only http, https and mailto leave the application, and only when the user
clicks; ``#question-id`` navigates inside; everything else is refused with a message that
shows the address; opening a link never blocks the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox

from hrd_reader.core import load_pack
from hrd_reader.gui.links import opener
from hrd_reader.gui.reading.window import MainWindow
from hrd_reader.gui.settings import Settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, two_answers
from tests.helpers.qt import shown_window

REFUSED = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "file:///etc/passwd",
    "file://server/share/x",
    "data:text/html,<script>alert(1)</script>",
    "qrc:/icons/hrd-reader.svg",
    "ftp://example.org/x",
    "smb://server/share",
    "tel:+15555550100",
    "about:blank",
    "vbscript:msgbox",
    "chrome://settings",
    "http:no-host",
    "https://",
    "../outside.html",
    "/etc/passwd",
]


@pytest.mark.parametrize("address", REFUSED)
def test_refused_schemes_show_the_address_and_open_nothing(
    qtbot, window: MainWindow, opened_urls, address: str
) -> None:
    assert opener.open_url(address, window) is False
    box = window.findChild(QMessageBox, "linkRefusedDialog")
    assert box is not None and box.isVisible()
    assert QUrl(address).toString() in box.text()
    assert opened_urls.urls == []
    box.close()


@pytest.mark.parametrize(
    "address",
    ["https://example.org/a?b=c#d", "http://example.org/", "mailto:someone@example.org"],
)
def test_web_and_mail_addresses_leave_through_desktop_services(
    window: MainWindow, opened_urls, address: str
) -> None:
    assert opener.open_url(address, window) is True
    assert opened_urls.urls == [address]
    assert window.findChild(QDialog, "linkRefusedDialog") is None


LINKS_ANSWER = """\
[web](https://example.org/web) [mail](mailto:a@example.org) [next](#two)
[js](javascript:alert(1)) [file](file:///etc/passwd)
"""


def click_text(qtbot, view, text: str) -> None:  # type: ignore[no-untyped-def]
    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 4, rect.center().y())
    )


def test_links_leave_only_when_clicked(
    qtbot, make_pack: PackWriter, settings: Settings, opened_urls
) -> None:
    root = make_pack(MINIMAL_MANIFEST, two_answers(LINKS_ANSWER))
    win = shown_window(qtbot, load_pack(root), settings)
    # Showing every answer, zooming, searching: nothing is opened by itself.
    for row in range(2):
        win.show_question(row)
    win.show_question(0)
    win.actions_by_id["actionZoomIn"].trigger()
    win.search.field.setText("web")
    win.search.field.setText("")
    assert opened_urls.urls == []
    # A click opens exactly that address.
    click_text(qtbot, win.answer_view, "web")
    qtbot.waitUntil(lambda: opened_urls.urls == ["https://example.org/web"])
    click_text(qtbot, win.answer_view, "mail")
    qtbot.waitUntil(lambda: opened_urls.urls[-1:] == ["mailto:a@example.org"])
    # The refused links were stripped when rendered: clicking their text opens nothing.
    click_text(qtbot, win.answer_view, "js")
    click_text(qtbot, win.answer_view, "file")
    assert opened_urls.urls == ["https://example.org/web", "mailto:a@example.org"]
    assert win.findChild(QDialog, "linkDialog") is None
    # A question link moves inside the reader.
    click_text(qtbot, win.answer_view, "next")
    qtbot.waitUntil(lambda: win.current_row() == 1)
    assert len(opened_urls.urls) == 2


def test_answer_pane_hands_every_other_link_to_the_policy(
    qtbot, window: MainWindow, opened_urls
) -> None:
    """Even a link that reached the pane some other way goes through opener.open_url."""
    window.answer_view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    box = window.findChild(QMessageBox, "linkRefusedDialog")
    assert box is not None and "javascript:alert(1)" in box.text()
    assert opened_urls.urls == []
    box.close()


def test_opening_a_link_never_blocks(qtbot, window: MainWindow, monkeypatch) -> None:
    """Dialogs open with open(), not exec(): open_url returns at once with the dialog
    showing, and the window keeps handling input. (With exec() this test would hang until
    its timeout.)"""
    monkeypatch.setattr(opener, "_system_open", lambda url: False)
    assert opener.open_url(window.pack.donate.url, window) is False
    dialog = window.findChild(QDialog, "linkDialog")
    assert dialog is not None and dialog.isVisible()
    assert opener.open_url("file:///etc/passwd", window) is False
    refused = window.findChild(QMessageBox, "linkRefusedDialog")
    assert refused is not None and refused.isVisible()
    # The event loop runs on: the reader still navigates while both are up.
    window.step(1)
    qtbot.waitUntil(lambda: window.current_row() == 1)
    dialog.close()
    refused.close()
