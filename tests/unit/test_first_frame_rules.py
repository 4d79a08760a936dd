"""Rules of the first frame that the source itself shows (the rest are checked on the
running reader in tests/e2e/test_first_frame.py)."""

from __future__ import annotations

import ast
import re

from tests.helpers.paths import ROOT

PACKAGE = ROOT / "hrd_reader"


def sources() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text("utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_every_file_dialog_is_the_watched_one() -> None:
    """Qt's file dialog writes its history to Qt's settings; only the reader's FileDialog
    notes that for Forget and the private session (no application-wide watcher)."""
    home = "hrd_reader/gui/safety/file_dialogs.py"
    made = re.compile(r"\bQFileDialog\(|QFileDialog\.get\w+\(|\(QFileDialog\):")
    assert made.search(sources()[home])
    elsewhere = [name for name, text in sources().items() if name != home and made.search(text)]
    assert elsewhere == []


def test_application_filters_only_where_a_platform_needs_one() -> None:
    """An event filter on the application calls into Python for every event of every
    object: the one the reader has (macOS's FileOpen) is installed on macOS only."""
    installs = {
        name: text.count("app.installEventFilter(")
        for name, text in sources().items()
        if "app.installEventFilter(" in text
    }
    assert installs == {"hrd_reader/app.py": 1}
    tree = ast.parse(sources()["hrd_reader/app.py"])
    mac_only = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "sys.platform == 'darwin'"
    ]
    assert len(mac_only) == 1
    assert "app.installEventFilter(" in ast.unparse(mac_only[0])
