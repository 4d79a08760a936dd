"""The ``.hrdpack`` a phone takes home from the room: the pack without the trainer's notes.

Made in memory from the pack the reader has loaded, never read from disk as it is: a new
``pack.toml`` written from the pack's own values (so it names no notes file), each answer's
file, and the images the answers show — nothing else of the folder or archive (no notes, no
stray files). It goes through ``core.archive``'s writer, so the same pack gives the same
bytes, and is read back as the reader reads any pack before it is offered. Pure Python.
"""

from __future__ import annotations

from hrd_reader.core.archive import MAX_MEMBER_BYTES, archive_bytes, read_archive
from hrd_reader.core.importer import toml_string
from hrd_reader.core.manifest import read_files
from hrd_reader.core.pack import Pack
from hrd_reader.core.packfiles import MANIFEST, SUFFIX
from hrd_reader.core.render import render_markdown
from hrd_reader.web import images


def manifest_text(pack: Pack) -> str:
    """``pack.toml`` of ``pack``: its values, its links and questions, without notes."""
    lines = [
        "[pack]",
        f"id = {toml_string(pack.id)}",
        f"title = {toml_string(pack.title)}",
        f"language = {toml_string(pack.language)}",
    ]
    if pack.source:
        lines.append(f"source = {toml_string(pack.source)}")
    lines.append(f"attribution = {toml_string(pack.attribution)}")
    for key, link in pack.links:
        lines += ["", f"[links.{key}]", f"label = {toml_string(link.label)}"]
        lines.append(f"url = {toml_string(link.url)}")
        if link.blurb:
            lines.append(f"blurb = {toml_string(link.blurb)}")
    for question in pack.questions:
        lines += [
            "",
            "[[questions]]",
            f"id = {toml_string(question.id)}",
            f"title = {toml_string(question.title)}",
            f"file = {toml_string(question.file)}",
        ]
    return "\n".join(lines) + "\n"


def shown_images(pack: Pack) -> dict[str, bytes]:
    """Every picture file an answer shows (by its name in the pack), read and checked."""
    found: dict[str, bytes] = {}

    def keep(src: str) -> str | None:
        image = images.read_image(pack, src)
        if image is not None:
            found[image.name] = image.data
        return None

    for question in pack.questions:
        images.replace_images(render_markdown(question.markdown, pack.question_ids), keep)
    return found


def participant_pack(pack: Pack) -> bytes:
    """The ``.hrdpack`` for participants: everything they read, none of the notes."""
    members = {MANIFEST: manifest_text(pack).encode("utf-8")}
    for question in pack.questions:
        members[question.file] = pack.source_files.read(question.file, MAX_MEMBER_BYTES)
    members.update(shown_images(pack))
    data = archive_bytes(members)
    read_files(read_archive(data, pack.path.with_suffix(SUFFIX)))  # readable, as any pack
    return data
