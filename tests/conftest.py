"""Shared fixtures: offscreen Qt, isolated settings, a URL handler instead of a browser,
and helpers to write packs in a temporary folder."""

from __future__ import annotations

import os

# Before any Qt import: tests run offscreen unless a test starts its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis.database import DirectoryBasedExampleDatabase
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from hrd_reader.core.content import Pack, bundled_pack
from hrd_reader.core.resources import bundled_pack_dir
from hrd_reader.gui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
# The reader's log file (hrd_reader/gui/crash.py) goes to the XDG state folder: keep the test
# runs' logs, and those of the programs they start, out of the user's own.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="hrd-reader-test-state-")
# The captured Carter Center page, kept in the repository with its provenance.
SOURCE_TEXT = ROOT / "resources" / "source" / "hrd-faq.txt"

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


class FileOpenRecorder:
    """Every file Python opens while ``recording`` is true (via an audit hook, which cannot
    be removed — so it is installed once and switched on and off)."""

    def __init__(self) -> None:
        self.recording = False
        self.paths: list[Path] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.recording and event == "open" and isinstance(args[0], str | bytes | Path):
            raw = args[0]
            self.paths.append(Path(os.fsdecode(raw) if isinstance(raw, bytes) else raw))

    def outside(self, root: Path) -> list[Path]:
        """Files opened that are not inside ``root`` (Python's own modules excepted)."""
        real = root.resolve()
        ignored = [Path(p).resolve() for p in (sys.prefix, sys.base_prefix, ROOT / "hrd_reader")]
        found = []
        for path in self.paths:
            resolved = path.resolve()
            if resolved.is_relative_to(real) or any(resolved.is_relative_to(i) for i in ignored):
                continue
            found.append(path)
        return found


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
    return Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))


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
    from hrd_reader.gui.window import MainWindow

    win = MainWindow(pack, settings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    wait_exposed(qtbot, win)
    return win


def wait_exposed(qtbot: Any, widget: QWidget) -> None:
    """Wait until ``widget``'s window is on screen.

    (pytest-qt's ``qtbot.waitExposed`` is a context manager around the call that shows a
    window; called on its own it waits for nothing.)
    """

    def exposed() -> bool:
        handle = widget.windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed)


PackWriter = Callable[..., Path]


@pytest.fixture
def make_pack(tmp_path: Path) -> PackWriter:
    """Write a pack: ``make_pack(manifest_text, {"answers/a.md": "text", ...})``.

    With no manifest, a copy of the bundled pack is made, to be broken by the test.
    """
    counter = [0]

    def write(manifest: str | None = None, files: dict[str, str | bytes] | None = None) -> Path:
        counter[0] += 1
        root = tmp_path / f"pack{counter[0]}"
        if manifest is None:
            shutil.copytree(bundled_pack_dir(), root)
        else:
            root.mkdir()
            (root / "pack.toml").write_text(textwrap.dedent(manifest), encoding="utf-8")
        for name, body in (files or {}).items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(body, bytes):
                target.write_bytes(body)
            else:
                target.write_text(body, encoding="utf-8")
        return root

    return write


MINIMAL_MANIFEST = """\
[pack]
id = "mini"
title = "Mini pack"
language = "en"
source = "https://example.org/faq"
attribution = "Text: Example"

[links.donate]
label = "Give"
url = "https://example.org/give"

[links.signup]
label = "Join"
url = "https://example.org/join"

[[questions]]
id = "one"
title = "First question?"
file = "answers/one.md"

[[questions]]
id = "two"
title = "Second question?"
file = "answers/two.md"
"""


@pytest.fixture(scope="session")
def frozen() -> Any:
    """The packaged program (one-folder build), built once per session by the one build
    command; an up-to-date earlier build in ``dist/`` is reused. A ``BuildResult``."""
    from build_spec import build as builder

    result = builder.build(reuse=True)
    print(result.report())
    return result


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A real X server (Xvfb) for the tests marked ``gui``; its DISPLAY value.

    Offscreen rendering hides missing platform libraries, so a few tests run the real
    program on a real (virtual) display. test.sh installs Xvfb; a missing one is a failure.
    """
    from bench.display import xvfb_server

    assert shutil.which("Xvfb"), "Xvfb is not installed: run ./test.sh (it installs xvfb)"
    with xvfb_server() as display:
        yield display


@pytest.fixture
def ui_language(qapp: object) -> Iterator[Callable[[str], None]]:
    """Switch the interface language for one test; English again afterwards."""
    from hrd_reader.gui import i18n

    def use(code: str) -> None:
        assert i18n.install(code), code

    yield use
    i18n.install("en")


ARABIC_PACK = ROOT / "tests" / "packs" / "arabic"


@pytest.fixture
def artifacts() -> Path:
    """Folder for screenshots and files a person may want to look at after a run."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder


def run_time_packages() -> list[Path]:
    """The installed files and folders (``.dist-info`` included) of hrd-reader's
    dependencies, and of theirs: what a new environment needs to run the reader."""
    from importlib import metadata

    from packaging.requirements import Requirement

    found: set[Path] = set()
    seen: set[str] = set()
    todo = ["hrd-reader"]
    while todo:
        dist = metadata.distribution(todo.pop())
        for line in dist.requires or []:
            requirement = Requirement(line)
            wanted = requirement.marker is None or requirement.marker.evaluate({"extra": ""})
            if wanted and requirement.name.lower() not in seen:
                seen.add(requirement.name.lower())
                todo.append(requirement.name)
        if dist.metadata["Name"] != "hrd-reader":
            for file in dist.files or []:
                if file.parts[0] != "..":  # scripts installed into bin/
                    found.add(Path(str(dist.locate_file(file.parts[0]))))
    return sorted(found)


def link_or_copy(source: str, target: str) -> None:
    """A hard link where the file is readable by anyone (cheap: no copy of Qt), else a copy
    that is."""
    if Path(source).stat().st_mode & 0o004:
        try:
            os.link(source, target)
            return
        except OSError:  # another file system
            pass
    shutil.copy2(source, target)
    Path(target).chmod(0o644)


def copy_for_anyone(items: list[Path], folder: Path) -> Path:
    """``folder`` (made here), holding a copy of each of ``items`` that any user may read
    (hard links where possible: copying Qt takes seconds, linking it a fraction of one)."""
    folder.mkdir(mode=0o755)
    for item in items:
        if item.is_dir():
            shutil.copytree(
                item,
                folder / item.name,
                symlinks=True,
                copy_function=link_or_copy,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        else:
            link_or_copy(str(item), str(folder / item.name))
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    return folder
