"""The bundled pack's build-time render cache: the shipped file is current, the first frame
needs no Markdown, nh3 or rotating log handler, and a damaged, foreign or stale cache is
never shown — the answer is rendered instead."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_spec import render_cache as build_cache
from hrd_reader.core import bundled_pack, load_pack, render, render_cache
from tests.helpers.paths import ROOT


@pytest.fixture(autouse=True)
def _no_preload() -> Iterator[None]:
    render.preload(None)
    yield
    render.preload(None)


def test_the_shipped_cache_is_what_rendering_gives_now() -> None:
    shipped = build_cache.target().read_text(encoding="utf-8")
    assert shipped == build_cache.current_text(), (
        "resources/render-cache is stale: run python build_spec/render_cache.py"
    )
    assert (
        subprocess.run(
            [sys.executable, "build_spec/render_cache.py", "--check"], cwd=ROOT
        ).returncode
        == 0
    )


def test_every_bundled_answer_comes_from_the_cache_without_markdown() -> None:
    # A fresh interpreter: in this one the tests have long imported Markdown and nh3.
    script = (
        "import sys\n"
        "from hrd_reader.core import bundled_pack, render, render_cache\n"
        "pack = bundled_pack()\n"
        "assert render_cache.install_bundled(pack.path, pack.id)\n"
        "for q in pack.questions:\n"
        "    assert q.title in render.question_html(q, pack.question_ids)\n"
        "assert 'markdown' not in sys.modules and 'nh3' not in sys.modules, 'rendered'\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True)
    pack = bundled_pack()
    assert render_cache.install_bundled(pack.path, pack.id)
    ids = frozenset(pack.question_ids)
    for question in pack.questions:
        rendered = render.render_question(question.title, question.markdown, ids)
        assert render.question_html(question, ids) == rendered


def test_the_first_paint_imports_no_markdown_nh3_or_log_rotation(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "main.py",
            "--exit-after-paint",
            "--settings",
            str(tmp_path / "s.ini"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "PySide6.QtWidgets" in imported  # the check itself sees the imports
    for heavy in (
        "markdown",
        "nh3",
        "logging.handlers",
        "hrd_reader.gui.presentation.console",
        # Sharing in the room loads when it starts, never with the reader.
        "aiohttp",
        "psutil",
        "hrd_reader.share.command",
        "hrd_reader.share.server",
        "hrd_reader.gui.sharing",
    ):
        assert heavy not in imported, f"{heavy} is loaded before the first paint"


def _cache(tmp_path: Path, change: dict[str, object] | None = None) -> Path:
    body = json.loads(build_cache.target().read_text(encoding="utf-8"))
    body.update(change or {})
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_a_damaged_entry_is_rendered_instead(tmp_path: Path, caplog) -> None:
    pack = bundled_pack()
    body = json.loads(build_cache.target().read_text(encoding="utf-8"))
    for entry in body["answers"].values():
        entry["html"] = entry["html"].replace("<p>", "<p>INJECTED ", 1)
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    cache = render_cache.read(path)
    assert cache is not None
    render.preload(cache)
    question = pack.questions[0]
    with caplog.at_level(logging.WARNING):
        shown = render.question_html(question, pack.question_ids)
    assert "INJECTED" not in shown and question.title in shown
    assert "damaged" in caplog.text


@pytest.mark.parametrize(
    "change", [{"format": "something-else"}, {"answers": []}, {"answers": {"k": {"html": 1}}}]
)
def test_a_cache_not_in_our_format_is_not_used(tmp_path: Path, change, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        assert render_cache.read(_cache(tmp_path, change)) is None
    assert "not used" in caplog.text


def test_a_cache_of_another_renderer_or_too_big_is_not_used(tmp_path: Path, monkeypatch) -> None:
    assert render_cache.read(_cache(tmp_path, {"renderer": "0"})) is None
    assert render_cache.read(tmp_path / "missing.json") is None
    monkeypatch.setattr(render_cache, "MAX_BYTES", 100)
    assert render_cache.read(_cache(tmp_path)) is None


def test_only_the_bundled_pack_uses_it(tmp_path: Path) -> None:
    pack = bundled_pack()
    copy = tmp_path / "copy"
    shutil.copytree(pack.path, copy)
    assert not render_cache.install_bundled(load_pack(copy).path, pack.id)
    assert render_cache.install_bundled(pack.path, pack.id)


def test_an_edited_answer_is_rendered_not_taken_from_the_cache() -> None:
    pack = bundled_pack()
    assert render_cache.install_bundled(pack.path, pack.id)
    question = pack.questions[0]
    edited = render.cache_key(question.title, question.markdown + "\n\nMore.", pack.question_ids)
    assert edited not in render._preloaded.entries  # type: ignore[union-attr]
    changed = dataclasses.replace(question, markdown=question.markdown + "\n\nMore.")
    assert "<p>More.</p>" in render.question_html(changed, pack.question_ids)


def test_warm_up_drops_a_cache_made_by_other_library_versions(tmp_path: Path) -> None:
    cache = render_cache.read(_cache(tmp_path, {"markdown": "0.0"}))
    assert cache is not None
    render.preload(cache)
    assert render.warm_up() is False
    assert render._preloaded is None
    render.preload(render_cache.read(build_cache.target()))
    assert render.warm_up() is True
    assert render._preloaded is not None


def test_after_the_first_paint_a_stale_cache_is_replaced_on_screen(
    qtbot, pack, settings, tmp_path: Path
) -> None:
    from hrd_reader import app
    from hrd_reader.gui.reading.window import MainWindow

    body = json.loads(build_cache.target().read_text(encoding="utf-8"))
    body["markdown"] = "0.0"  # made by another Python-Markdown
    for entry in body["answers"].values():
        entry["html"] = entry["html"].replace("</h1>", "</h1><p>STALE</p>", 1)
        entry["length"] = len(entry["html"])
        entry["sha256"] = render.digest(entry["html"])
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    render.preload(render_cache.read(path))
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    assert "STALE" in window.answer_view.toPlainText()
    app.after_start(window)
    assert "STALE" not in window.answer_view.toPlainText()
    assert pack.questions[0].title in window.answer_view.toPlainText()
    assert (
        "logging.handlers" in sys.modules and "hrd_reader.gui.dialogs.crash_dialog" in sys.modules
    )
