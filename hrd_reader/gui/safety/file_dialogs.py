"""Every file dialog the reader opens: Qt's ``QFileDialog``, watched from the start.

Qt's file dialog writes its folder history to Qt's own settings when it is destroyed;
:func:`hrd_reader.gui.privacy.watch_file_dialog` notes them first, so Forget this computer
can take back what the reader added, and a private session leaves nothing. A subclass, not
an application-wide event filter (which would call into Python for every event of every
object). ``tests/unit/test_first_frame_rules.py`` checks that no other module makes a
``QFileDialog`` of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from hrd_reader.gui import privacy


class FileDialog(QFileDialog):
    """A ``QFileDialog`` whose traces on this computer are kept track of (see above)."""

    def __init__(
        self, parent: QWidget | None = None, caption: str = "", directory: str = ""
    ) -> None:
        super().__init__(parent, caption, directory)
        privacy.watch_file_dialog(self)
