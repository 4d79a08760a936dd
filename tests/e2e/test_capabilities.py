"""The self-test's feature checks (hrd_reader/gui/self_test/capabilities.py) fail where a package
left Qt's plugins out — checked in a fresh process, since Qt loads its plugins once. (That
they pass here is in tests/unit/test_build_spec.py.)"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.processes import run_python


def test_self_test_notices_missing_qt_plugins(tmp_path: Path) -> None:
    """The feature checks of --self-test fail when Qt's plugins are gone, as they would be in
    a package that left them out (run in a fresh process: plugins load once)."""
    code = (
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        f"QCoreApplication.setLibraryPaths([{str(tmp_path)!r}])\n"
        "from hrd_reader.gui import i18n\n"
        f"i18n.translations_dir = lambda: {str(tmp_path)!r}\n"
        "from hrd_reader.gui.self_test import capabilities\n"
        f"print(capabilities.problems('<p>x</p>', Path({str(tmp_path / 'no' / 'dir')!r})))\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['cannot read images of type jpeg, gif, webp, svg', "
        "'cannot draw the SVG application icon', "
        "'cannot print to PDF', 'cannot load the translations for fr, es, ar']"
    )
