"""Sharing in the room from the window (offscreen, on 127.0.0.1): the action and its dialog,
the indicator, what the phones are told the room sees, the QR screen, the console, the
remembered address (not in a private session), a refused port, and the socket closing with
the window."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QSpinBox, QToolButton

from hrd_reader.core import Pack, load_pack
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.settings import SHARE_ADDRESS, open_settings
from hrd_reader.gui.sharing.controller import ShareController, for_window
from hrd_reader.share.state import RoomView
from tests.helpers.paths import ROOT
from tests.helpers.qt import shown_window
from tests.helpers.share import EventStream, get, refused, split_url


def sharing_of(window: Any) -> ShareController:
    return for_window(window)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def choose_loopback(qtbot: Any, window: Any, port: int) -> None:
    """Share in the Room… → the dialog → this computer only, ``port`` → Start Sharing."""
    action = window.actions_by_id[ActionId.SHARE_NETWORK]
    assert action.isCheckable() and action in window.menus["file"].actions()
    action.trigger()
    dialog = window.findChild(object, "shareDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    addresses = dialog.findChild(QListWidget, "shareAddressList")
    rows = [addresses.item(i).data(Qt.ItemDataRole.UserRole) for i in range(addresses.count())]
    assert "127.0.0.1" in rows
    assert rows[-1] in ("127.0.0.1", "::1")  # this computer alone comes last
    addresses.setCurrentRow(rows.index("127.0.0.1"))
    dialog.findChild(QSpinBox, "sharePort").setValue(port)
    dialog.accept()


def test_share_in_the_room_from_the_menu(qtbot: Any, window: Any, settings_path: Path) -> None:
    port = free_port()
    choose_loopback(qtbot, window, port)
    sharing = sharing_of(window)
    assert sharing.server is not None and window.actions_by_id[ActionId.SHARE_NETWORK].isChecked()
    url = sharing.server.url
    assert url.startswith(f"http://127.0.0.1:{port}/")
    indicator = window.findChild(QLabel, "networkIndicator")
    assert indicator.isVisible() and url in indicator.text()
    assert get(port, "/" + split_url(url)[2] + "/").status == 200
    window.save_state()
    assert f"address={'127.0.0.1'}" in settings_path.read_text("utf-8")
    window.actions_by_id[ActionId.SHARE_NETWORK].trigger()  # off again
    assert sharing.server is None and not indicator.isVisible()
    assert refused(port)


def test_a_private_session_remembers_no_address(qtbot: Any, pack: Pack, tmp_path: Path) -> None:
    path = tmp_path / "private.ini"
    window = shown_window(qtbot, pack, open_settings(path, private=True))
    choose_loopback(qtbot, window, free_port())
    assert window.settings.get(SHARE_ADDRESS) == "127.0.0.1"  # for this session only
    window.close()
    assert not path.exists()


def test_a_busy_port_is_a_message_and_sharing_stays_off(qtbot: Any, window: Any) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        sharing = sharing_of(window)
        assert not sharing.start("127.0.0.1", port)
    box = window.findChild(QMessageBox, "shareErrorBox")
    assert box is not None and f"port {port} on 127.0.0.1 is in use" in box.text()
    assert sharing.server is None
    assert not window.actions_by_id[ActionId.SHARE_NETWORK].isChecked()
    assert not window.findChild(QLabel, "networkIndicator").isVisible()
    QTimer.singleShot(0, box.close)


def test_phones_are_told_what_the_room_sees(qtbot: Any, settings: Any) -> None:
    pack = load_pack(ROOT / "tests" / "packs" / "workshop")
    window = shown_window(qtbot, pack, settings)
    sharing = sharing_of(window)
    assert sharing.start("127.0.0.1", 0)
    assert sharing.state.view == RoomView()  # not presenting
    window.actions_by_id[ActionId.QUESTION_FIRST].setChecked(True)
    window.room.follow_question_first()
    window.show_question(1)
    window.start_presentation()
    show = window.presentation
    assert sharing.state.view == RoomView(True, 1, revealed=False)
    _, port, secret = split_url(sharing.server.url)  # type: ignore[union-attr]
    stream = EventStream(port, secret)
    try:
        alone = json.loads(stream.next_data())
        assert alone["id"] == pack.questions[1].id and alone["revealed"] is False
        qtbot.keyClick(show, Qt.Key.Key_Space)  # the room sees the answer: so do phones
        assert sharing.state.view == RoomView(True, 1, revealed=True)
        assert json.loads(stream.next_data())["revealed"] is True
        qtbot.keyClick(show, Qt.Key.Key_Period)
        assert json.loads(stream.next_data()) == {"state": "blank"}
        show.close()
        assert json.loads(stream.next_data()) == {"state": "stopped"}
    finally:
        stream.close()
    assert sharing.state.view == RoomView()


def test_the_qr_screen_and_the_console_show_the_room(qtbot: Any, window: Any) -> None:
    sharing = sharing_of(window)
    assert sharing.start("127.0.0.1", 0)
    url = sharing.server.url  # type: ignore[union-attr]
    window.start_presentation()
    qtbot.keyClick(window.presentation, Qt.Key.Key_Q)
    share = window.share
    assert share is not None
    assert share.panels[0].objectName() == "shareRoomPanel"
    assert share.findChild(QLabel, "shareRoomAddress").text() == url
    assert share.widths[0] == 2 * share.widths[1]  # the room's code is the large one
    share.close()
    window.room._open_console()  # the console, as with a projector beside the laptop
    console = window.room.console
    button = console.findChild(QToolButton, "consoleShareButton")
    assert button.defaultAction() is window.actions_by_id[ActionId.SHARE_NETWORK]
    label = console.findChild(QLabel, "consoleNetworkIndicator")
    assert label is not None and url in label.text()
    window.presentation.close()


def test_closing_the_window_closes_the_socket(qtbot: Any, window: Any) -> None:
    sharing = sharing_of(window)
    assert sharing.start("127.0.0.1", 0)
    _, port, _ = split_url(sharing.server.url)  # type: ignore[union-attr]
    window.close()
    assert refused(port)


def test_another_pack_is_shared_in_its_place(qtbot: Any, window: Any) -> None:
    sharing = sharing_of(window)
    assert sharing.start("127.0.0.1", 0)
    _, port, old = split_url(sharing.server.url)  # type: ignore[union-attr]
    assert window.open_pack(ROOT / "tests" / "packs" / "workshop")
    _, new_port, new = split_url(sharing.server.url)  # type: ignore[union-attr]
    assert new != old and new_port == port
    assert get(port, f"/{old}/").status == 404
    assert b"(workshop)" in get(port, f"/{new}/").body
    window.close()
