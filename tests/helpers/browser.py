"""A phone-sized Chromium for the web page's tests: Debian's ``chromium`` driven through its
``chromedriver`` by selenium, headless, 360 × 740 CSS pixels, with axe-core 4.x (vendored in
``tests/vendor/axe-core``) to judge accessibility and the dark palette emulated as a phone in
dark mode asks for it. Nothing is downloaded: selenium is told where both programs are and
to stay offline."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

from tests.helpers.paths import ROOT

PHONE = (360, 740)
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
# The rules axe-core runs are those of WCAG 2.x A and AA and its best practices.
AXE_OPTIONS = {"resultTypes": ["violations"]}
SERIOUS = ("serious", "critical")


def programs() -> tuple[str, str]:
    """The paths of chromium and chromedriver (scripts/bootstrap.sh test installs both)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    assert chromium and driver, "chromium and chromium-driver: run scripts/bootstrap.sh test"
    return chromium, driver


def phone_browser(profile: Path) -> Any:
    """A headless Chromium whose viewport is a 360 × 740 phone; quit() it when done."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # selenium manager: never look for downloads
    chromium, driver = programs()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        f"--user-data-dir={profile}",
        # Nothing may be fetched: any name resolves to nowhere.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ):
        options.add_argument(argument)
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(60)
    width, height = PHONE
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
    )
    return browser


def color_scheme(browser: Any, scheme: str) -> None:
    """Make the page see ``prefers-color-scheme: scheme`` ("light" or "dark")."""
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )


def axe_violations(browser: Any) -> list[dict[str, Any]]:
    """axe-core's violations on the page now shown."""
    browser.execute_script(AXE.read_text("utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done(r.violations),"
        " e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));",
        AXE_OPTIONS,
    )
    violations: list[dict[str, Any]] = result
    return violations


def serious(violations: list[dict[str, Any]]) -> list[str]:
    """The serious and critical ones, each as "rule: help (where)"."""
    return [
        f"{v['id']}: {v['help']} ({[n.get('target') for n in v.get('nodes', [])][:3]})"
        for v in violations
        if v.get("impact") in SERIOUS
    ]


def luminance(css_color: str) -> float:
    """WCAG relative luminance of a computed CSS colour such as ``rgb(18, 20, 23)``."""
    channels = [int(c) / 255 for c in re.findall(r"\d+", css_color)[:3]]

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
