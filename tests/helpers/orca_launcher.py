"""Starts Debian's Orca screen reader the way ``/usr/bin/orca`` does, minus two things a test
cannot have: that launcher refuses to start (or, with --replace, kills) when any other
process of the same user is called ``orca`` — another test run, a developer's own screen
reader — and its debug log is block-buffered, so the last utterances are lost when Orca is
stopped. Here the log is written line by line, and nothing else is looked at or touched.

Run with the system Python, which has Orca's modules (tests/helpers/screen_reader.py does):
    /usr/bin/python3 -u orca_launcher.py DEBUG_LOG PREFS_DIR

Works with Orca 43 (Debian 12) and 48 (Debian 13), whose settings manager moved and was
renamed between the two.
"""

from __future__ import annotations

import importlib.util
import sys


def main() -> int:
    debug_log, prefs_dir = sys.argv[1], sys.argv[2]
    del sys.argv[1:]  # Orca's own modules must not see our arguments as theirs
    from orca import debug

    # Every utterance Orca sends to speech is logged at the INFO level ("SPEECH OUTPUT:").
    debug.debugLevel = debug.LEVEL_INFO
    debug.debugFile = open(debug_log, "w", buffering=1, encoding="utf-8")  # noqa: SIM115
    # In the order /usr/bin/orca imports them: Orca 48's modules import each other in a
    # circle that only that order resolves.
    if importlib.util.find_spec("orca.debugging_tools_manager"):  # Orca 44 and later
        from orca import (  # noqa: F401
            debugging_tools_manager,
            messages,
            script_manager,
            settings,
            settings_manager,
        )

        manager = settings_manager.get_manager()
        prefs = manager.get_prefs_dir
    else:  # Orca 43
        from orca import orca as orca_43

        manager = orca_43.getSettingsManager()
        prefs = manager.getPrefsDir
    # What a default Orca speaks; no braille display and no sounds on a test machine.
    manager.activate(prefs_dir, {"enableBraille": False, "enableSound": False})
    sys.path.insert(0, prefs())
    from orca import orca

    return int(orca.main() or 0)


if __name__ == "__main__":
    sys.exit(main())
