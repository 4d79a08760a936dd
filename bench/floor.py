"""Qt's floor for a question switch: what Qt alone needs to show the same answers.

A bare window of the reader's size holds a plain QListView of the question titles (word
wrap, as the sidebar) beside a plain QTextBrowser (the answer pane's font size, style sheet
and margin). The same switches as :func:`bench.inprocess.question_switch` select a row;
the row's answer, rendered beforehand (no Markdown is timed here), is set with ``setHtml``,
and the clock stops once the browser is painted. No reader code runs in the timed part but
one Python slot — so the reader's figure over this one is what the reader itself adds.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.stats import summary


def question_switch_floor(pack_dir: Path | None, reader: dict[str, Any]) -> dict[str, Any]:
    """The switches of ``reader`` (a result of ``question_switch`` on ``pack_dir``) again, in
    the bare window of the same size."""
    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtWidgets import QListView, QSplitter, QTextBrowser

    from bench.inprocess import HUMAN_PAUSE_MS, _wait, _wait_painted, switch_rows
    from hrd_reader.core import bundled_pack, load_pack
    from hrd_reader.core.render import question_html
    from hrd_reader.gui.qt_app import create_application

    create_application()
    pack = load_pack(pack_dir) if pack_dir else bundled_pack()
    width, height = reader["window_size"]
    sidebar_width = reader["sidebar_width"]
    from hrd_reader.gui.reading.answer_view import ANSWER_CSS, BODY_POINT_SIZE

    answers = [question_html(question, pack.question_ids) for question in pack.questions]
    titles = QStringListModel([question.title for question in pack.questions])
    window = QSplitter(Qt.Orientation.Horizontal)
    view = QListView()
    view.setModel(titles)
    view.setWordWrap(True)
    browser = QTextBrowser()
    font = browser.font()
    font.setPointSizeF(BODY_POINT_SIZE)
    browser.setFont(font)
    browser.document().setDefaultStyleSheet(ANSWER_CSS)
    browser.document().setDocumentMargin(18)
    window.addWidget(view)
    window.addWidget(browser)
    window.resize(width, height)
    window.setSizes([sidebar_width, width - sidebar_width])
    view.selectionModel().currentRowChanged.connect(
        lambda current, _previous: browser.setHtml(answers[current.row()])
    )
    window.show()
    viewport = browser.viewport()
    _wait_painted(viewport)
    times: list[float] = []
    cpu: list[float] = []
    for row in switch_rows(len(answers), reader["n"], reader["seed"]):
        index = titles.index(row, 0)
        start, cpu_start = time.perf_counter(), time.process_time()
        view.setCurrentIndex(index)
        viewport.repaint()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
        _wait(HUMAN_PAUSE_MS)
    window.hide()
    window.deleteLater()
    _wait(1)
    return {**summary(times), "cpu": summary(cpu)}
