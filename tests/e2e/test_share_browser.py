"""A phone's browser in the room: Debian's Chromium (headless, through selenium and
chromedriver, on 127.0.0.1) opens the room page and the follow page of a reader window that
shares; a key in the presentation moves the follow page to the next question within 3 s
without a reload; blanking goes dark on the phone; Quick Exit closes the port."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from hrd_reader.core import load_pack
from hrd_reader.gui import quick_exit
from hrd_reader.gui.actions import ActionId
from hrd_reader.gui.settings import Settings
from tests.helpers.packs import MINIMAL_MANIFEST, PackWriter, two_answers
from tests.helpers.qt import shown_window
from tests.helpers.share import refused, split_url

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
PHONE = (360, 740)


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Chromium the size of a phone; test.sh installs it (a missing one fails)."""
    assert shutil.which("chromium") and shutil.which("chromedriver"), "run ./test.sh"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
    ):
        options.add_argument(argument)
    # A phone's screen: 360 × 740 CSS pixels (headless windows are never narrower than 500).
    metrics = {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def until(condition: Callable[[], object], seconds: float) -> float:
    """Seconds until ``condition()`` is true; fails after ``seconds``."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s")


def test_a_phone_reads_the_room_and_follows_the_trainer(
    qtbot: Any, settings: Settings, make_pack: PackWriter, browser: Any, artifacts: Path
) -> None:
    pack = load_pack(make_pack(MINIMAL_MANIFEST, two_answers("One, *first*.", "Two, second.")))
    window = shown_window(qtbot, pack, settings)
    from hrd_reader.gui.sharing.controller import for_window

    sharing = for_window(window)
    assert sharing.start("127.0.0.1", 0)
    url = sharing.server.url  # type: ignore[union-attr]
    assert window.findChild(object, "networkIndicator").text().startswith("Sharing at " + url)
    browser.get(url)
    assert browser.title == "Mini pack"
    body = browser.find_element("tag name", "body").text
    assert "First question?" in body and "Second question?" in body
    browser.find_element("link text", "Follow the trainer").click()
    until(lambda: browser.current_url == url + "follow", 5)
    # Not presenting yet: the follow page says so.
    until(lambda: browser.execute_script("return document.body.dataset.state") == "stopped", 5)
    loaded = browser.execute_script("window.phoneMark = 42; return window.hrdFollowLoadedAt")

    window.start_presentation()
    show = window.presentation
    qtbot.waitUntil(lambda: show.isVisible())

    def question() -> str:
        return str(browser.execute_script("return document.body.dataset.question"))

    until(lambda: question() == "one", 3)
    browser.save_screenshot(str(artifacts / "share-follow-phone.png"))
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    waited = until(lambda: question() == "two", 3)
    assert "Two, second." in browser.find_element("id", "view").text
    # The same page all along: what was set at load is still there.
    assert browser.execute_script("return window.phoneMark") == 42
    assert browser.execute_script("return window.hrdFollowLoadedAt") == loaded
    print(f"the phone followed the key in {waited:.2f} s")

    qtbot.keyClick(show, Qt.Key.Key_B)
    until(lambda: browser.execute_script("return document.body.dataset.state") == "blank", 3)
    assert "Two, second." not in browser.find_element("tag name", "body").text
    count = sharing.audience.count()
    assert count.following == 1 and count.opened >= 2

    exits: list[int] = []
    quick_exit.install(window, window.actions_by_id[ActionId.QUICK_EXIT], exits.append)
    try:
        _, port, _ = split_url(url)
        window.actions_by_id[ActionId.QUICK_EXIT].trigger()
        assert exits == [quick_exit.EXIT_STATUS]
        assert refused(port)  # closed before the process would end
    finally:
        quick_exit.uninstall()
