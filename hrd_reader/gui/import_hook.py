"""PySide's import hook, without reading every module's source.

After PySide6 is imported, each module imported is handed to PySide's
``support.feature.feature_imported``, which asks ``_mod_uses_pyside`` whether the module
uses PySide — by reading its whole source file (``inspect.getsource``) and looking for the
word "PySide6". PySide needs the answer only for its optional ``__feature__`` switches
(snake_case, true_property), which the reader never uses; yet from a source checkout the
question costs about 70 source files read and kept in ``linecache`` before the first frame
(milliseconds of CPU, megabytes of memory). A packaged build has no source files, so there
the question already fails fast and every module counts as not using PySide.

:func:`install` answers from the module itself: it uses PySide when one of its names is a
PySide module or holds something defined in one — no file is read. It replaces PySide's
private function only when it is there as expected (one argument, called by
``feature_imported``); otherwise nothing changes. ``tests/e2e/test_first_frame.py`` checks
both the answers and that no source is read.
"""

from __future__ import annotations

import importlib
from types import ModuleType

PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` holds a PySide module, or anything defined in one."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            name = value.__name__
        else:
            try:
                name = getattr(value, "__module__", None) or ""
            except Exception:
                continue
        if isinstance(name, str) and name.startswith(PREFIXES):
            return True
    return False


def install() -> bool:
    """Use :func:`uses_pyside` in PySide's import hook; True when it is in place."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    caller = getattr(feature, "feature_imported", None)
    code = getattr(original, "__code__", None)
    if code is None or code.co_argcount != 1 or caller is None:
        return False
    if "_mod_uses_pyside" not in getattr(caller, "__code__", code).co_names:
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private name
    return True
