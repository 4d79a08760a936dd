"""The pure core: content packs, their checks, search and rendering. Never imports Qt.

The public API is re-exported here. Importing it stays cheap (start-up time is measured):
the Markdown renderer, the manifest reader and the importer load only when used.
"""

from hrd_reader.core.loader import bundled_pack, load_pack
from hrd_reader.core.pack import Pack, Question
from hrd_reader.core.problems import ContentError

__all__ = ["ContentError", "Pack", "Question", "bundled_pack", "load_pack"]
