"""Writing the files a participant takes home — the web page and the ZIM file — for the
command line and the window alike: the pack in, one file out, whole or not at all
(``core/savefile``), and a line saying what was written. Pure Python — never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from hrd_reader.core import savefile
from hrd_reader.core.pack import Pack

FORMATS = ("html", "zim")


def export(pack: Pack, target: Path, kind: str) -> str:
    """Write ``pack`` as ``kind`` ("html" or "zim") to ``target``; what was written, in a
    few words. Raises ``savefile.SaveError``."""
    target = target.expanduser()
    count = len(pack.questions)
    if kind == "html":
        from hrd_reader.web.page import page_html

        data = page_html(pack).encode("utf-8")
        savefile.save_bytes(target, data, f"{pack.id}.html")
        return f"one web page, {count} questions, {max(1, len(data) // 1024)} KiB"
    if kind == "zim":
        from hrd_reader.web.zim import write_zim

        write_zim(pack, target)
        size = target.stat().st_size
        return f"a ZIM file for Kiwix, {count} questions, {max(1, size // 1024)} KiB"
    raise ValueError(f"unknown format {kind!r}; one of {FORMATS}")
