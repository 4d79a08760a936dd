"""The exported web page in a real browser: Debian's Chromium at a phone's 360 × 740, driven
by selenium (tests/helpers/browser.py). The page is made by the command line
(``export-html``); then it must lay out without sideways scrolling, pass axe-core 4.x with
no serious or critical violation in the light and in the dark palette, turn dark when the
phone asks for it, show every paragraph of the captured FAQ word for word, and fetch
nothing. Its screenshots go to test-artifacts/ (the README's come from here)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.browser import PHONE, axe_violations, color_scheme, luminance, phone_browser
from tests.helpers.browser import serious as serious_ones
from tests.helpers.packs import PackWriter
from tests.helpers.paths import ARABIC_PACK
from tests.helpers.processes import run_cli
from tests.helpers.source import source_paragraphs
from tests.helpers.web import pack_with_pictures

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = phone_browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()


def export_html(out: Path, *content: str) -> Path:
    args = ["--content", content[0]] if content else []
    result = run_cli("export-html", str(out), *args, env={"DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def faq_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_html(tmp_path_factory.mktemp("web") / "hrd-faq.html")


def show(browser: Any, page: Path, scheme: str = "light") -> None:
    color_scheme(browser, scheme)
    browser.get(page.as_uri())


def layout(browser: Any) -> dict[str, Any]:
    result: dict[str, Any] = browser.execute_script(
        "const e = document.documentElement, b = getComputedStyle(document.body);"
        "const sizes = [...document.querySelectorAll('p, li, a')]"
        "  .map(n => parseFloat(getComputedStyle(n).fontSize));"
        "return {inner: innerWidth, scroll: Math.max(e.scrollWidth, document.body.scrollWidth),"
        " background: b.backgroundColor, color: b.color, smallest: Math.min(...sizes),"
        " direction: getComputedStyle(e).direction,"
        " resources: performance.getEntriesByType('resource').map(r => r.name)};"
    )
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_page_fits_reads_and_passes_axe(
    browser: Any, faq_page: Path, scheme: str, artifacts: Path
) -> None:
    show(browser, faq_page, scheme)
    shape = layout(browser)
    assert shape["inner"] == PHONE[0]
    assert shape["scroll"] <= PHONE[0], f"sideways scrolling: {shape['scroll']} px wide"
    assert shape["smallest"] >= 16, "text of at least 16 px"
    background, text = luminance(shape["background"]), luminance(shape["color"])
    if scheme == "dark":
        assert background < 0.05 and text > 0.6, shape
    else:
        assert background > 0.9 and text < 0.05, shape
    assert serious_ones(axe_violations(browser)) == []
    png = browser.get_screenshot_as_png()
    assert struct.unpack(">II", png[16:24]) == PHONE
    (artifacts / f"web-page-{scheme}.png").write_bytes(png)


def test_every_paragraph_of_the_source_is_in_the_page(browser: Any, faq_page: Path) -> None:
    show(browser, faq_page)
    text = " ".join(browser.execute_script("return document.body.innerText;").split())
    missing = [p for p in source_paragraphs() if p not in text]
    assert missing == []


def test_pictures_show_and_nothing_is_fetched(
    browser: Any, make_pack: PackWriter, tmp_path: Path
) -> None:
    page = export_html(tmp_path / "pictures.html", str(pack_with_pictures(make_pack)))
    show(browser, page)
    sizes = browser.execute_script(
        "return [...document.images].map(i => [i.complete, i.naturalWidth, i.naturalHeight]);"
    )
    assert sizes == [[True, 4, 3], [True, 2, 2]]
    assert layout(browser)["resources"] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_arabic_page_right_to_left_on_a_phone(browser: Any, tmp_path: Path, scheme: str) -> None:
    page = export_html(tmp_path / "ar.html", str(ARABIC_PACK))
    show(browser, page, scheme)
    shape = layout(browser)
    assert shape["direction"] == "rtl"
    assert shape["scroll"] <= PHONE[0]
    assert serious_ones(axe_violations(browser)) == []


def test_axe_sees_a_violation_when_there_is_one(browser: Any, tmp_path: Path) -> None:
    """The check itself works: a page with an unlabelled image and grey-on-grey text fails."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>'
        '<p style="color:#777;background:#888">faint</p><img src="data:,x"></main></body>'
        "</html>",
        encoding="utf-8",
    )
    show(browser, bad)
    found = serious_ones(axe_violations(browser))
    assert any(line.startswith("color-contrast") for line in found), found
    assert any(line.startswith("image-alt") for line in found), found
    assert browser.execute_script("return axe.version;").startswith("4.")
