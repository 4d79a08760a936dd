"""Writes the bundled pack's render cache, ``resources/render-cache/<pack id>.json``.

    python build_spec/render_cache.py           write it (when it is not current)
    python build_spec/render_cache.py --check   exit 1 if the shipped file is not current

``build.py`` runs it before every build, so a packaged reader never ships a stale cache;
``tests/test_render_cache.py`` fails when the file in the repository is not what rendering
the bundled pack gives now. See ``hrd_reader/core/render_cache.py`` for the format.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hrd_reader.core import bundled_pack, render_cache  # noqa: E402


def current_text() -> str:
    """The cache file as rendering the bundled pack now makes it."""
    import markdown
    import nh3

    pack = bundled_pack()
    entries = render_cache.entries_for(pack.questions, pack.question_ids)
    return render_cache.document(entries, markdown.__version__, nh3.__version__)


def target() -> Path:
    return render_cache.cache_file(bundled_pack().id)


def write(log: Callable[[str], None] = print) -> Path:
    """Write the cache file when it differs from rendering now; its path."""
    path, text = target(), current_text()
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        log(f"render cache: wrote {path.relative_to(ROOT)}")
    return path


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check"]:
        path = target()
        current = path.is_file() and path.read_text(encoding="utf-8") == current_text()
        if not current:
            print(f"{path}: not current; run python build_spec/render_cache.py", file=sys.stderr)
        return 0 if current else 1
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
