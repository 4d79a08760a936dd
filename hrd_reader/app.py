"""Start-up of the reader: early checks, QApplication, the window; ``--self-test`` and
``--open-link``.

:func:`run_reader` gets the options :mod:`hrd_reader.cli` parsed. Qt is imported only once the
system libraries it needs are known to be there (:func:`check_system_libraries`), so a missing
library ends in a one-line message naming its package instead of Qt's bare abort.
"""

from __future__ import annotations

import argparse
import gc
import html
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hrd_reader.core import Pack
from hrd_reader.core.version import VERSION
from hrd_reader.share.options import check_share_options
from hrd_reader.usage import (
    EXIT_FAILURE,
    EXIT_OK,
    PROGRAM,
    UsageError,
    load_content,
    require_question,
)

if TYPE_CHECKING:
    from hrd_reader.gui.reading.window import MainWindow

log = logging.getLogger(__name__)


def run_reader(args: argparse.Namespace) -> int:
    """Start the reader with the options of ``hrd-reader [options]``; its exit status."""
    # Before anything imports QtGui, which needs some of these libraries to load at all.
    check_system_libraries(offscreen=args.self_test)
    check_share_options(args)
    from hrd_reader.gui import import_hook

    import_hook.install()  # before the reader's own modules: none of their sources is read
    if not (args.self_test or args.open_link):
        # No garbage collection until the first frame is painted: start-up makes many
        # objects and frees few, so every collection there is wasted (after_start ends it).
        gc.disable()
    from hrd_reader.gui import i18n

    if args.lang and not i18n.normalise_code(args.lang):
        raise UsageError(
            f"no interface language '{args.lang}' — choose one of {', '.join(i18n.CODES)}"
        )
    if args.duration is not None and not 0 <= args.duration <= 24 * 60:
        raise UsageError(
            f"--duration {args.duration}: give the workshop's length in minutes, "
            "from 1 to 1440 (0 for none)"
        )
    pack = load_content(args.content)
    if args.question:
        require_question(pack, args.question)
    if args.self_test:
        return self_test(pack)
    if args.open_link:
        return open_link(pack, args.open_link)

    from hrd_reader.core import render_cache
    from hrd_reader.gui import crash, privacy
    from hrd_reader.gui.qt_app import after_first_paint, create_application
    from hrd_reader.gui.reading.window import MainWindow
    from hrd_reader.gui.settings import UI_LANGUAGE, open_settings

    # The bundled pack's answers come rendered (at build time): no Markdown before the paint.
    render_cache.install_bundled(pack.path, pack.id)
    app = create_application()
    settings = open_settings(args.settings, private=args.private)
    # From here on, problems go to the log (a file, or memory in a private session) and an
    # unexpected error shows a dialog. A portable copy logs beside the program, or nowhere.
    privacy.start_logging(settings)
    crash.install(app)
    privacy.install(settings)
    interface_language(args.lang, settings.get(UI_LANGUAGE))
    room_server = None
    if args.share:  # before any window: an address or port that cannot be is exit 2
        from hrd_reader.gui.settings import SHARE_ADDRESS
        from hrd_reader.share.command import share_from_options

        remembered = settings.get(SHARE_ADDRESS)
        room_server = share_from_options(pack, args.address, args.port, remembered)
    window = MainWindow(pack, settings)
    if room_server is not None:
        from hrd_reader.gui.sharing.controller import for_window

        for_window(window).adopt(room_server)
    if sys.platform == "darwin":
        # Finder hands a pack double-clicked while the reader runs over as a FileOpen event;
        # no other system sends one, so no other system pays for an application filter.
        from hrd_reader.gui.packs.open_pack import FileOpenEvents

        finder = FileOpenEvents(app)
        app.installEventFilter(finder)
        finder.opened.connect(window.open_pack)
    if args.question:
        window.show_question_id(args.question)
    window.show()
    if args.duration is not None:
        window.room.set_session_minutes(args.duration)
    if args.presentation:
        window.start_presentation()
    # --exit-after-paint ends at the first frame (start-up timing, the README's phase table).
    then = app.quit if args.exit_after_paint else lambda: after_start(window)
    if window.presentation is not None:
        # In presentation mode the answer is painted in the presentation window.
        after_first_paint(window.presentation, then)
    else:
        window.firstFramePainted.connect(then)
    if args.screenshot:
        from hrd_reader.gui.qt_app import save_when_shown

        shown = window.presentation if window.presentation is not None else window
        save_when_shown(shown, Path(args.screenshot))
    return app.exec()


def after_start(window: MainWindow) -> None:
    """Once the first frame is on screen: the collector back on, Quick Exit in dialogs,
    and what a crash and the next answer rendered will need."""
    from hrd_reader.core import render
    from hrd_reader.gui import crash, quick_exit
    from hrd_reader.gui.actions import ActionId

    # Start-up's objects live as long as the window: the collector need never scan them.
    gc.freeze()
    gc.enable()
    quick_exit.install(window, window.actions_by_id[ActionId.QUICK_EXIT])
    crash.preload()
    if not render.warm_up():
        window.navigator.rerender()  # the pre-rendered answer was dropped: render it anew


def open_link(pack: Pack, which: str) -> int:
    """Open one of the pack's links exactly as its button does, without the window.

    A scriptable way to check the system's URL handling (the packaged program's tests use it
    to prove the browser is started with the user's own environment)."""
    link = pack.donate if which == "donate" else pack.signup
    if link is None:
        raise UsageError(f"pack '{pack.id}' has no [links.{which}] address to open")
    from hrd_reader.gui.links import opener
    from hrd_reader.gui.qt_app import create_application

    app = create_application()
    if opener.open_url(link.url):
        return EXIT_OK
    # No browser: the link dialog is open; it shows the address until the user closes it.
    app.exec()
    return EXIT_FAILURE


def interface_language(explicit: str | None, remembered: str) -> str:
    """Install the interface language: ``--lang``, else the remembered Language menu
    choice, else the system's; the code in use is returned (English if a catalogue is
    missing)."""
    from hrd_reader.gui import i18n

    language = i18n.choose_language(explicit, remembered)
    if not i18n.install(language):
        log.warning("no translations for '%s' were found; the interface stays in English", language)
    return i18n.current_language()


def check_system_libraries(offscreen: bool = False) -> None:
    """Before Qt is imported: name the package to install instead of Qt's bare abort."""
    from hrd_reader.core.system_libraries import missing_libraries, problem_message

    environ = dict(os.environ)
    if offscreen:  # the self-test runs offscreen unless told otherwise
        environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    missing = missing_libraries(environ)
    if missing:
        raise UsageError(problem_message(missing))


def self_test(pack: Pack) -> int:
    """Load, render every answer, build the window offscreen and check the Qt features the
    reader needs (image formats, SVG icon, PDF printing); 0 only if all worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hrd_reader.core.render import question_html

    for question in pack.questions:
        if question.title not in html.unescape(question_html(question, pack.question_ids)):
            print(
                f"{PROGRAM}: self-test failed: question '{question.id}' did not render",
                file=sys.stderr,
            )
            return EXIT_FAILURE

    from PySide6.QtCore import QSettings

    from hrd_reader.gui.qt_app import create_application, drop_offscreen_noise
    from hrd_reader.gui.reading.window import MainWindow
    from hrd_reader.gui.settings import Settings

    drop_offscreen_noise()
    app = create_application()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hrd-self-test-") as scratch:
        settings = Settings(
            QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(pack, settings)
        window.show()
        app.processEvents()
        shown = []
        for row in range(len(pack.questions)):
            window.show_question(row)
            shown.append(pack.questions[row].title in window.answer_view.toPlainText())
        # Image formats, SVG icons and PDF printing: plugins a packaged build must keep.
        from hrd_reader.gui.self_test import capabilities

        missing = capabilities.problems(window.answer_view.toHtml(), Path(scratch))
        window.close()
        window.deleteLater()
    if missing:
        print(f"{PROGRAM}: self-test failed: {'; '.join(missing)}", file=sys.stderr)
        return EXIT_FAILURE
    if not all(shown):
        print(
            f"{PROGRAM}: self-test failed: the answer pane did not show every question",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    print(
        f"self-test ok: pack '{pack.id}', {len(pack.questions)} questions rendered, window "
        f"built on '{app.platformName()}' (HRD Reader {VERSION})"
    )
    return EXIT_OK
