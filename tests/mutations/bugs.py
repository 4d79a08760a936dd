"""The bugs planted by ``python -m tests.mutations.plant``: each breaks one promise the README
makes (to readers under watch, to trainers, to whoever opens a pack someone sent), and names
the tests that must fail when it is planted.

A bug is found by the code lines it changes (``anchor``: consecutive lines, compared without
their indentation) anywhere under ``hrd_reader/``, never by a file path, so modules can move
between folders; it must be found exactly once. ``planted`` replaces those lines, indented
as they were. When the code changes so that a bug can no longer be planted, ``locate`` says
"pattern not found" (tests/unit/test_mutation_catalogue.py checks every bug) — then write
the bug again for the new code, do not drop it.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path


class PlantError(Exception):
    """A bug that cannot be planted in this tree (its lines are gone, or not unique)."""


@dataclass(frozen=True)
class Bug:
    name: str
    promise: str  # what breaks, in a few words
    anchor: tuple[str, ...]  # the lines replaced, without indentation
    planted: str  # what replaces them (indented relative to the first anchor line)
    tests: tuple[str, ...]  # pytest node ids (or files) that must fail


@dataclass(frozen=True)
class Site:
    """Where a bug goes: the file, its text, and the text with the bug planted."""

    path: Path
    original: str
    planted: str


BUGS: tuple[Bug, ...] = (
    Bug(
        "notes-in-room",
        "the trainer's notes are shown to the room",
        ("self.answer.show_html(render_markdown(question.markdown, self.pack.question_ids))",),
        'self.answer.show_html(render_markdown(question.markdown + "\\n\\n" + question.notes,'
        " self.pack.question_ids))",
        ("tests/gui/test_notes.py::test_notes_never_reach_the_room_the_answer_pane_search_or_qr",),
    ),
    Bug(
        "quick-exit-closes",
        "Quick Exit closes the windows, so their close handlers save",
        ("for widget in QApplication.topLevelWidgets():", "widget.hide()"),
        """\
        for widget in QApplication.topLevelWidgets():
            widget.close()
        """,
        ("tests/gui/test_quick_exit_forget.py",),
    ),
    Bug(
        "private-ignored",
        "--private is ignored: the session writes its settings",
        ("settings = open_settings(args.settings, private=args.private)",),
        "settings = open_settings(args.settings)",
        ("tests/e2e/test_privacy.py::test_private_session_leaves_home_xdg_and_tmpdir_empty",),
    ),
    Bug(
        "recent-written-when-private",
        "a private session writes Open Recent to the settings file",
        ("self.settings.set(RECENT_PACKS, value)",),
        """\
        self.settings.set(RECENT_PACKS, value)
        if self.settings.private:
            from PySide6.QtCore import QSettings

            stored = QSettings(self.settings.path, QSettings.Format.IniFormat)
            stored.setValue(RECENT_PACKS.key, value)
        """,
        (
            "tests/gui/test_packs_gui.py"
            "::test_open_recent_in_a_private_session_leaves_the_settings_file_as_it_was",
        ),
    ),
    Bug(
        "zip-bomb-ratio-inverted",
        "the compression ratio is computed upside down: no zip bomb is seen",
        ("ratio = info.file_size / max(info.compress_size, 1)",),
        "ratio = info.compress_size / max(info.file_size, 1)",
        ("tests/unit/test_archive_limits.py",),
    ),
    Bug(
        "archive-total-not-summed",
        "the total unpacked size counts only the last member",
        ("total += info.file_size",),
        "total = info.file_size",
        ("tests/unit/test_archive_limits.py",),
    ),
    Bug(
        "console-ignores-pagedown",
        "PageDown and PageUp pressed in the presenter console do nothing",
        ("elif not self.room.handle_key(key):",),
        "elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) or not self.room.handle_key(key):",
        ("tests/gui/test_console_keys.py",),
    ),
    Bug(
        "console-list-takes-keys",
        "the console's question list takes the keyboard focus, and the clicker's keys",
        ("self.questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)",),
        "self.questions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)",
        ("tests/gui/test_console_keys.py",),
    ),
    Bug(
        "console-on-one-screen",
        "with one screen (or mirrored ones) the room sees the presenter console",
        ("if not others:", "return trainer, None"),
        """\
        if not others:
            return trainer, trainer
        """,
        (
            "tests/e2e/test_console.py::test_one_screen_no_console",
            "tests/e2e/test_console.py::test_mirrored_screens_get_no_console",
        ),
    ),
    Bug(
        "accents-not-folded",
        "search typed without accents ('defense') no longer finds 'défense'",
        ("return _NON_ASCII_RUN.sub(_without_marks, decomposed)",),
        "return decomposed",
        ("tests/unit/test_textsearch.py",),
    ),
    Bug(
        "script-links-through-url-policy",
        "the URL policy checks for a host but not the scheme (javascript://host/%0A…)",
        ("if scheme is None or scheme.group(1).lower() not in LINK_SCHEMES:",),
        "if scheme is None:",
        ("tests/unit/test_url_policy.py",),
    ),
    Bug(
        "script-links-through-renderer",
        "an answer's links are kept without asking the URL policy",
        ("return value if link_allowed(value, ids) else None",),
        "return value",
        ("tests/unit/test_url_policy.py", "tests/unit/test_hostile.py"),
    ),
    Bug(
        "script-links-through-opener",
        "a click opens any address Qt can parse, not only what the policy allows",
        ("return url_allowed(url.toString())",),
        "return url.isValid()",
        ("tests/unit/test_url_policy.py",),
    ),
    Bug(
        "self-test-prints-with-qprinter",
        "the self-test prints through QPrinter, which asks CUPS on localhost:631",
        ("writer = QPdfWriter(str(target))",),
        """\
        from PySide6.QtPrintSupport import QPrinter

        writer = QPrinter(QPrinter.PrinterMode.HighResolution)
        writer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        writer.setOutputFileName(str(target))
        """,
        (
            "tests/gui/test_printing.py::test_the_self_test_and_pdf_export_never_make_a_qprinter",
            "tests/e2e/test_offline.py::test_self_test_and_pdf_export_connect_to_nothing",
        ),
    ),
    Bug(
        "export-asks-the-printer",
        "export-pdf asks the default printer (QPrinter, so CUPS) for its paper",
        ("data, pages = pdf_bytes(pack, rows, notes, paper)",),
        """\
        from PySide6.QtPrintSupport import QPrinter

        if QPrinter().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter:
            paper = "letter"
        data, pages = pdf_bytes(pack, rows, notes, paper)
        """,
        (
            "tests/gui/test_printing.py::test_the_self_test_and_pdf_export_never_make_a_qprinter",
            "tests/e2e/test_offline.py::test_self_test_and_pdf_export_connect_to_nothing",
        ),
    ),
)


def _matches(lines: list[str], start: int, anchor: tuple[str, ...]) -> bool:
    if start + len(anchor) > len(lines):
        return False
    return all(lines[start + k].strip() == want for k, want in enumerate(anchor))


def locate(bug: Bug, root: Path) -> Site:
    """Where ``bug`` goes in the tree at ``root``, and the file's text with it planted.
    Raises PlantError when its lines are not found exactly once under hrd_reader/."""
    found: list[tuple[Path, list[str], int]] = []
    for path in sorted((root / "hrd_reader").rglob("*.py")):
        lines = path.read_text("utf-8").splitlines(keepends=True)
        found += [(path, lines, i) for i in range(len(lines)) if _matches(lines, i, bug.anchor)]
    where = f"{bug.name}: {bug.anchor[0]!r}"
    if not found:
        raise PlantError(f"{where}: pattern not found under {root / 'hrd_reader'}")
    if len(found) > 1:
        places = ", ".join(f"{p.relative_to(root)}:{i + 1}" for p, _, i in found)
        raise PlantError(f"{where}: pattern found {len(found)} times ({places}); make it unique")
    path, lines, start = found[0]
    first = lines[start]
    indent = first[: len(first) - len(first.lstrip())]
    replacement = [
        (indent + line if line.strip() else "") + "\n"
        for line in textwrap.dedent(bug.planted).strip("\n").splitlines()
    ]
    original = "".join(lines)
    planted = "".join(lines[:start] + replacement + lines[start + len(bug.anchor) :])
    try:
        compile(planted, str(path), "exec")
    except SyntaxError as exc:
        raise PlantError(f"{where}: the planted code does not compile ({exc})") from exc
    return Site(path, original, planted)


def by_name(names: list[str]) -> list[Bug]:
    """The bugs called ``names`` (all of them when empty); an unknown name is an error."""
    if not names:
        return list(BUGS)
    known = {bug.name: bug for bug in BUGS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise PlantError(f"no such bug: {', '.join(unknown)} — known: {', '.join(known)}")
    return [known[name] for name in names]
