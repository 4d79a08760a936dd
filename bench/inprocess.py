"""Measurements taken inside one process with the real window: question switch, pack load,
search per keystroke and PDF export.

Everything goes through the reader's public pieces (``load_pack``, ``MainWindow`` and its
widgets by object name), the way a user's input would, and each timing ends when the
result is painted: the answer pane or the sidebar is repainted synchronously before the
clock stops. Between two switches or keystrokes the event loop runs for a moment, as it
does between a person's key presses.
"""

from __future__ import annotations

import importlib
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.stats import summary

# Words a trainer would type into the search field, one keystroke at a time.
SEARCH_QUERIES = ("detention", "police custody", "bogota", "safety plan")
# A fast typist or a trainer's clicker: about 16 inputs a second.
HUMAN_PAUSE_MS = 60


def _app() -> Any:
    from hrd_reader.gui.qt_app import create_application

    return create_application()


def _wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (idle time between two inputs)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settings(folder: Path) -> Any:
    from hrd_reader.gui.settings import open_settings

    return open_settings(folder / "settings.ini")


def _wait_painted(widget: Any, timeout_ms: int = 20000) -> None:
    """Run the event loop until ``widget`` has been painted once."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    widget.removeEventFilter(watch)


def _clear_render_cache() -> None:
    from hrd_reader.core import render

    cache_clear = getattr(render._question_html, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()


def _open_window(pack: Any, scratch: Path) -> Any:
    from hrd_reader.gui.reading.window import MainWindow

    window = MainWindow(pack, _settings(scratch))
    window.show()
    _wait_painted(window.answer_view.viewport())
    return window


_crash_handler: list[Any] = []


def _open_as_the_reader(pack: Any, scratch: Path) -> Any:
    """The window set up as ``hrd-reader`` sets it up — crash handler, privacy rules, and
    after its first frame what the program does then (Quick Exit's dialog guard, the
    collector frozen and on, the crash dialog and Markdown loaded) — so that a switch
    meets every handler and filter a user's does."""
    from hrd_reader.app import after_start
    from hrd_reader.gui import crash, privacy
    from hrd_reader.gui.reading.window import MainWindow

    app = _app()
    if not _crash_handler:
        _crash_handler.append(crash.install(app))
    settings = _settings(scratch)
    privacy.install(settings)
    window = MainWindow(pack, settings)
    painted = _signal_loop(window.firstFramePainted)
    window.show()
    painted.exec()
    after_start(window)
    _wait(50)  # what after_start queued (the viewport's palette …)
    return window


def _signal_loop(signal: Any, timeout_ms: int = 20000) -> Any:
    """An event loop that ends when ``signal`` comes (or after ``timeout_ms``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    return loop


def _close(window: Any) -> None:
    window.hide()
    window.deleteLater()
    _wait(1)


def switch_rows(count: int, switches: int, seed: int) -> list[int]:
    """The rows a switching run shows: every other one the next question (a clicker or an
    arrow key), the others a random one (a click)."""
    rng = random.Random(seed)
    rows, row = [], 0
    for step in range(switches):
        row = (row + 1) % count if step % 2 == 0 or count < 3 else rng.randrange(count)
        rows.append(row)
    return rows


def question_switch(pack_dir: Path | None, switches: int, seed: int = 3) -> dict[str, Any]:
    """Select questions in the sidebar as a user does; ms until the answer pane is painted.

    Half the switches step to the next question (a clicker or the arrow keys), half jump to
    a random one (a click): most of them show an answer for the first time. The window is
    the program's, set up as the program does (:func:`_open_as_the_reader`).
    """
    from hrd_reader.core import bundled_pack, load_pack

    _app()
    pack = load_pack(pack_dir) if pack_dir else bundled_pack()
    _clear_render_cache()
    count = len(pack.questions)
    times: list[float] = []
    cpu: list[float] = []  # this process's CPU time: barely affected by other work
    before_paint: list[float] = []
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        window = _open_as_the_reader(pack, Path(scratch))
        view, viewport = window.question_list, window.answer_view.viewport()
        # The view's own model: the sidebar shows the pack's questions through a filter.
        shown = view.model()
        for row in switch_rows(count, switches, seed):
            index = shown.index(row, 0)
            start, cpu_start = time.perf_counter(), time.process_time()
            view.setCurrentIndex(index)
            updated = time.perf_counter()
            viewport.repaint()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - cpu_start) * 1000)
            before_paint.append((updated - start) * 1000)
            # A switch that shows nothing new must not count as a fast one.
            assert window.question_list.current_row() == row, (row, view.currentIndex())
            _wait(HUMAN_PAUSE_MS)
        size = [window.width(), window.height()]
        sidebar_width = window.question_list.width()
        _close(window)
    return {
        "questions": count,
        **summary(times),
        "before_paint": summary(before_paint),
        "cpu": summary(cpu),
        "seed": seed,
        # For Qt's floor of the same switches (bench/floor.py).
        "window_size": size,
        "sidebar_width": sidebar_width,
    }


def pack_load(pack_dir: Path, repeats: int) -> dict[str, Any]:
    """``load_pack`` + building the window + the first answer painted, in ms."""
    from hrd_reader.core import load_pack

    _app()
    times: list[float] = []
    cpu: list[float] = []
    count = 0
    for _ in range(repeats):
        _clear_render_cache()
        with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
            start, cpu_start = time.perf_counter(), time.process_time()
            pack = load_pack(pack_dir)
            window = _open_window(pack, Path(scratch))
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - cpu_start) * 1000)
            count = len(pack.questions)
            _close(window)
    return {"questions": count, **summary(times), "cpu": summary(cpu)}


def search(pack_dir: Path) -> dict[str, Any]:
    """Per keystroke: the pure search (``Pack.search``) and, when the window has a search
    field, the whole keystroke — filtering the sidebar and highlighting, until painted — and
    the part before painting."""
    from hrd_reader.core import load_pack

    pack = load_pack(pack_dir)
    core: list[float] = []
    for query in SEARCH_QUERIES:
        previous: list[int] | None = None
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            previous = pack.search(query[:end])
            core.append((time.perf_counter() - start) * 1000)
        assert previous is not None
    result: dict[str, Any] = {"questions": len(pack.questions), "core": summary(core)}

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    _app()
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        window = _open_window(pack, Path(scratch))
        field = window.findChild(QLineEdit, "searchField")
        if field is None:
            result["ui"] = None
            result["note"] = (
                "not available yet: the window has no searchField (issue 4); the figure is "
                "the content-layer search alone"
            )
        else:
            ui: list[float] = []
            before_paint: list[float] = []
            filtered: list[float] = []
            ui_cpu: list[float] = []
            # Connected after the reader's own handler, so it runs once the sidebar is
            # filtered and the answer highlighted, before anything is painted.
            field.textChanged.connect(lambda _text: filtered.append(time.perf_counter()))
            for query in SEARCH_QUERIES:
                field.setFocus()
                field.clear()
                _wait(HUMAN_PAUSE_MS)
                for char in query:
                    filtered.clear()
                    start, cpu_start = time.perf_counter(), time.process_time()
                    QTest.keyClick(field, char, Qt.KeyboardModifier.NoModifier)  # type: ignore[call-overload]
                    _settle()
                    ui.append((time.perf_counter() - start) * 1000)
                    ui_cpu.append((time.process_time() - cpu_start) * 1000)
                    before_paint.append((filtered[0] - start) * 1000)
                    _wait(HUMAN_PAUSE_MS)
            result["ui"] = summary(ui)
            result["ui_before_paint"] = summary(before_paint)
            result["ui_cpu"] = summary(ui_cpu)
        _close(window)
    return result


def _settle() -> None:
    """Everything the keystroke set in motion: the sidebar's delayed re-layout (a zero timer),
    then the paint requests it and the field posted — the frame the user sees."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def export_pdf(repeats: int) -> dict[str, Any]:
    """Export the whole bundled FAQ (every question) to PDF with the reader's own export."""
    try:
        handout = importlib.import_module("hrd_reader.gui.handouts.handout")
    except ModuleNotFoundError:
        return {"note": "not available yet: no PDF export in hrd_reader (issue 4, printing)"}
    from hrd_reader.core import bundled_pack

    _app()
    pack = bundled_pack()
    rows = list(range(len(pack.questions)))
    times: list[float] = []
    size = pages = 0
    with tempfile.TemporaryDirectory(prefix="hrd-bench-") as scratch:
        for run in range(repeats):
            target = Path(scratch) / f"faq-{run}.pdf"
            start = time.perf_counter()
            pages = handout.export_pdf(pack, target, rows=rows)
            times.append((time.perf_counter() - start) * 1000)
            size = target.stat().st_size
    return {"pdf_bytes": size, "pages": pages, **summary(times)}
