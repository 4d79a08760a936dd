"""Fixtures of the tests that start other processes: a real X display for the ``xvfb``
ones, and the packaged program for the ``frozen`` ones."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A real X server (Xvfb) for the tests marked ``xvfb``; its DISPLAY value.

    Offscreen rendering hides missing platform libraries, so a few tests run the real
    program on a real (virtual) display. test.sh installs Xvfb; a missing one is a failure.
    """
    from bench.display import xvfb_server

    assert shutil.which("Xvfb"), "Xvfb is not installed: run ./test.sh (it installs xvfb)"
    with xvfb_server() as display:
        yield display


@pytest.fixture(scope="session")
def frozen() -> Any:
    """The packaged program (one-folder build), built once per session by the one build
    command; an up-to-date earlier build in ``dist/`` is reused. A ``BuildResult``."""
    from build_spec import build as builder

    result = builder.build(reuse=True)
    print(result.report())
    return result


@pytest.fixture(scope="session")
def windows_build(xvfb_display: str) -> Iterator[Any]:
    """The Windows program, built under Wine exactly as the installers workflow builds it
    (one folder + .zip, one file, the setup program), once per session — or the build of an
    earlier run when nothing it is made from changed (build/windows/): a
    ``tests.helpers.windows_build.WindowsBuild``. Its Wine prefix is ended afterwards."""
    from tests.helpers.paths import ROOT
    from tests.helpers.windows_build import windows_build as build_for_windows

    build = build_for_windows(xvfb_display)
    report = build.report()
    print(report)
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / "windows-build.txt").write_text(report + "\n")
    yield build
    build.wine.stop()
