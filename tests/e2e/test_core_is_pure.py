"""The core is pure Python: no module of ``hrd_reader/core`` imports Qt, nor does using it;
nor does ``hrd_reader/web`` (the web page and the ZIM file are made headless, without Qt;
only a picture larger than the reader shows is shrunk with QtGui, see web/images).

The modules are found by walking the folder, so a new one is covered without editing this
test. Each import and the core's main work (loading the bundled pack, rendering an answer,
searching) run in a fresh interpreter, where nothing else can have loaded Qt first.
"""

from __future__ import annotations

import textwrap

from tests.helpers.paths import ROOT
from tests.helpers.processes import run_python

CORE = ROOT / "hrd_reader" / "core"
WEB = ROOT / "hrd_reader" / "web"


def core_modules() -> list[str]:
    names = []
    for path in sorted([*CORE.rglob("*.py"), *WEB.rglob("*.py")]):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_every_core_module_is_found() -> None:
    modules = core_modules()
    assert "hrd_reader.core" in modules
    for name in ("pack", "manifest", "links", "render", "textsearch", "importer"):
        assert f"hrd_reader.core.{name}" in modules
    for name in ("page", "zim", "words", "images", "export"):
        assert f"hrd_reader.web.{name}" in modules


def test_no_core_module_imports_qt() -> None:
    code = textwrap.dedent("""
        import importlib, sys
        modules = sys.argv[1:]
        for name in modules:
            importlib.import_module(name)
        from hrd_reader.core import bundled_pack
        from hrd_reader.core.render import question_html
        pack = bundled_pack()
        question_html(pack.questions[0], pack.question_ids)
        pack.search("rights")
        from hrd_reader.web.page import page_html
        from hrd_reader.web.zim import entries
        page_html(pack)
        entries(pack)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        assert not qt, qt
        print(len(modules))
    """)
    modules = core_modules()
    result = run_python(code, *modules)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(len(modules))


def test_importing_the_core_api_loads_neither_markdown_nor_the_sanitiser() -> None:
    """Start-up imports ``hrd_reader.core`` before the first answer is shown."""
    code = textwrap.dedent("""
        import sys
        import hrd_reader.core
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("markdown", "nh3"))
        lazy = ("hrd_reader.core.render", "hrd_reader.core.importer")
        heavy += [m for m in lazy if m in sys.modules]
        assert not heavy, heavy
    """)
    result = run_python(code)
    assert result.returncode == 0, result.stderr
