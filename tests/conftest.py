"""Shared fixtures — offscreen Qt, isolated settings, a URL handler instead of a browser,
packs written in a temporary folder, process-wide state put back after every test — and the
markers every test gets from its folder:

- ``tests/unit/``: in this process, no window and no other process (core, render, manifest,
  importer, URL policy, fuzzing, packaging rules);
- ``tests/gui/``: in this process with pytest-qt, offscreen: the widgets, driven by keys and
  clicks (with the few window-less checks of the same gui modules);
- ``tests/e2e/``: other processes — the program's command line, a fresh interpreter, the
  packaged build, the benchmark, the real X display (Xvfb).

What several test files share lives in ``tests/helpers/``.
"""

from __future__ import annotations

import os

# Before any Qt import: tests run offscreen unless a test starts its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis.database import DirectoryBasedExampleDatabase
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from hrd_reader.core import Pack, bundled_pack
from hrd_reader.gui.settings import Settings, open_settings
from tests.helpers.opened_files import FileOpenRecorder
from tests.helpers.packs import PackWriter, write_pack
from tests.helpers.paths import ROOT
from tests.helpers.qt import shown_window
from tests.helpers.state import reset_process_state

# The reader's log file (hrd_reader/gui/crash.py) goes to the XDG state folder: keep the test
# runs' logs, and those of the programs they start, out of the user's own.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="hrd-reader-test-state-")

# Fuzzing profiles. "default" (CI and ./test.sh) is derandomized, so every run tries the same
# examples and a failure reproduces; its example database lives in a temporary folder, never
# in the checkout. "long" (``--hypothesis-profile=long``) explores far more, randomly.
_HYPOTHESIS_DB = DirectoryBasedExampleDatabase(
    Path(tempfile.gettempdir()) / "hrd-reader-hypothesis"
)
hypothesis_settings.register_profile(
    "default",
    max_examples=1000,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
hypothesis_settings.register_profile(
    "long",
    max_examples=20000,
    derandomize=False,
    database=_HYPOTHESIS_DB,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def pytest_configure(config: pytest.Config) -> None:
    # Hypothesis loads its built-in default before this file registers ours; load ours
    # unless --hypothesis-profile chose another.
    if not config.getoption("hypothesis_profile", default=None):
        hypothesis_settings.load_profile("default")


# The folders a test may live in; each is also the marker its tests get (pyproject.toml).
FOLDERS = ("unit", "gui", "e2e")
# What a unit test may not ask for: a window means it belongs in tests/gui/.
WINDOW_FIXTURES = frozenset({"qtbot", "window", "opened_urls", "ui_language"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test by its folder (``-m unit``, ``-m "not e2e"``), and keep the layout:
    a test outside the three folders, a unit test with a window, or a test on the real
    display without the ``xvfb`` marker stops the run before it starts."""
    here = Path(__file__).parent
    wrong: list[str] = []
    for item in items:
        parts = item.path.relative_to(here).parts
        folder = parts[0] if len(parts) > 1 else ""
        if folder not in FOLDERS:
            wrong.append(f"{item.nodeid}: tests live in tests/unit, tests/gui or tests/e2e")
            continue
        item.add_marker(folder)
        names = set(getattr(item, "fixturenames", ()))
        if folder == "unit" and names & WINDOW_FIXTURES:
            wrong.append(f"{item.nodeid}: uses {sorted(names & WINDOW_FIXTURES)}: a gui test")
        if ("xvfb_display" in names) != (item.get_closest_marker("xvfb") is not None):
            wrong.append(f"{item.nodeid}: a test on Xvfb must use xvfb_display and be marked xvfb")
    if wrong:
        raise pytest.UsageError("tests in the wrong place:\n" + "\n".join(wrong))


@pytest.fixture(autouse=True)
def _process_state_put_back() -> Iterator[None]:
    """After every test: the theme, the interface language and the render caches as a
    fresh reader has them, whatever the test changed (see reset_process_state)."""
    yield
    reset_process_state()


_OPEN_RECORDER = FileOpenRecorder()
sys.addaudithook(_OPEN_RECORDER)


@pytest.fixture
def opened_files() -> Iterator[FileOpenRecorder]:
    """Records which files are opened during the test (start with ``.recording = True``)."""
    _OPEN_RECORDER.paths.clear()
    yield _OPEN_RECORDER
    _OPEN_RECORDER.recording = False
    _OPEN_RECORDER.paths.clear()


@pytest.fixture
def pack() -> Pack:
    return bundled_pack()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    return open_settings(settings_path)


class UrlRecorder(QObject):
    """Stands in for the system browser: records every URL QDesktopServices is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp: object) -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(qtbot: object, pack: Pack, settings: Settings, opened_urls: UrlRecorder):  # type: ignore[no-untyped-def]
    return shown_window(qtbot, pack, settings)


@pytest.fixture
def make_pack(tmp_path: Path) -> PackWriter:
    """Write a pack: ``make_pack(manifest_text, {"answers/a.md": "text", ...})``.

    With no manifest, a copy of the bundled pack is made, to be broken by the test.
    """
    counter = [0]

    def write(manifest: str | None = None, files: dict[str, str | bytes] | None = None) -> Path:
        counter[0] += 1
        return write_pack(tmp_path / f"pack{counter[0]}", manifest, files)

    return write


@pytest.fixture
def ui_language(qapp: object) -> Callable[[str], None]:
    """Switch the interface language for one test (English again afterwards: see
    reset_process_state)."""
    from hrd_reader.gui import i18n

    def use(code: str) -> None:
        assert i18n.install(code), code

    return use


@pytest.fixture
def artifacts() -> Path:
    """Folder for screenshots and files a person may want to look at after a run."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
