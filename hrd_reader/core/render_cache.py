"""The bundled pack's answers rendered at build time, so the first frame needs neither
Python-Markdown nor nh3. Pure Python — never imports Qt.

``build_spec/render_cache.py`` writes ``resources/render-cache/<pack id>.json`` with
:func:`write`: for each question the sanitised HTML ``render.question_html`` makes, keyed by
a SHA-256 of everything that HTML depends on — :data:`render.RENDER_VERSION`, the title,
the answer's Markdown and the pack's question ids (links to other questions) — with the
Python-Markdown and nh3 versions it was made with, the HTML's length and its own SHA-256.
A test checks that the shipped file equals rendering now.

At start-up :func:`install_bundled` reads it (at most ``MAX_BYTES``; any problem means no
cache, never an error) and hands it to ``render``, which uses an entry only when its key is
the hash of the question being shown and its HTML has the recorded length and hash; anything
else is rendered as usual. Once Markdown and nh3 are loaded after the first paint,
``render.warm_up`` drops the cache if they are not the versions it was made with. The file
ships with the program; nothing is ever written to the user's profile.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from hrd_reader.core import render
from hrd_reader.core.resources import bundled_pack_dir, resource_path

FORMAT = "hrd-render-cache/1"
MAX_BYTES = 4 * 1024 * 1024
FOLDER = "render-cache"
log = logging.getLogger(__name__)


def cache_file(pack_id: str) -> Path:
    return resource_path(FOLDER, f"{pack_id}.json")


def document(entries: Mapping[str, str], markdown_version: str, nh3_version: str) -> str:
    """The cache file's text for ``entries`` (key → HTML); stable, so a build is repeatable."""
    body = {
        "format": FORMAT,
        "renderer": render.RENDER_VERSION,
        "markdown": markdown_version,
        "nh3": nh3_version,
        "answers": {
            key: {"length": len(html), "sha256": render.digest(html), "html": html}
            for key, html in sorted(entries.items())
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read(path: Path) -> render.Preloaded | None:
    """The cache in ``path``, or None when it is missing, too big or not one we wrote."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES} bytes")
        body: Any = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a render cache of this format")
        if body.get("renderer") != render.RENDER_VERSION:
            return None  # made by another renderer: render as usual
        answers = body["answers"]
        entries = {
            str(key): (str(entry["html"]), int(entry["length"]), str(entry["sha256"]))
            for key, entry in answers.items()
        }
        return render.Preloaded(entries, str(body["markdown"]), str(body["nh3"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("render cache %s not used: %s", path, exc)
        return None


def install_bundled(pack_path: Path, pack_id: str) -> bool:
    """Use the build-time cache when ``pack_path`` is the bundled pack; whether it was."""
    try:
        if pack_path.resolve() != bundled_pack_dir().resolve():
            return False
    except OSError:
        return False
    cache = read(cache_file(pack_id))
    if cache is None:
        return False
    render.preload(cache)
    return True


def entries_for(questions: Collection[Any], question_ids: Collection[str]) -> dict[str, str]:
    """Key → sanitised HTML for every question, rendered now (what the build writes)."""
    ids = frozenset(question_ids)
    return {
        render.cache_key(q.title, q.markdown, ids): render.render_question(q.title, q.markdown, ids)
        for q in questions
    }
