"""Saving a file the user asked for: the one rule for every export (PDF, web page, ZIM, pack).

A file is written beside its target under a hidden temporary name and renamed over the target
only once it is whole, so a full disk, a pulled USB stick or an error half-way never leaves
half a file — nor destroys the file that was there. A target that is a folder or not a
regular file (a device, a pipe) is refused before anything is written: replacing ``/dev/full``
with a PDF is not saving a handout. The refusals are ``Problem`` templates marked with ``N_``,
so the window shows them in its language and the command line prints them in English.
Pure Python — never imports Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hrd_reader.core.problems import N_, Problem, problem

# Written files are for others to open (a handout, a page passed on): readable by all.
FILE_MODE = 0o644


class SaveError(Exception):
    """The file could not be saved; ``problem`` says why and what to do."""

    def __init__(self, detail: Problem) -> None:
        super().__init__(str(detail))
        self.problem = detail


def check_target(target: Path, example_name: str) -> None:
    """Refuse a ``target`` that is a folder or not a regular file (``example_name``: a file
    name to suggest instead, e.g. ``hrd-faq.pdf``)."""
    if target.is_dir():
        raise SaveError(
            problem(
                "",
                N_("{path} is a folder: give a file name, e.g. {example}"),
                path=target,
                example=target / example_name,
            )
        )
    if target.exists() and not target.is_file():
        raise SaveError(
            problem(
                "",
                N_("{path} is not a regular file: give a file name, e.g. {example}"),
                path=target,
                example=Path.home() / example_name,
            )
        )


def cannot_save(target: Path, error: OSError) -> SaveError:
    """The one message for a file that could not be written (no folder, no right, no space)."""
    return SaveError(
        problem(
            "",
            N_(
                "Could not save {path}: {reason}. Choose a folder that exists and that you "
                "may write to."
            ),
            path=target,
            reason=error.strerror or error,
        )
    )


@contextmanager
def beside(target: Path) -> Iterator[Path]:
    """A hidden temporary path beside ``target`` to write into; renamed over ``target`` when
    the block ends normally, removed (with anything a writer left beside it) otherwise.
    Raises OSError as the system gave it."""
    descriptor, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    os.close(descriptor)
    partial = Path(name)
    try:
        yield partial
        os.chmod(partial, FILE_MODE)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def save_bytes(target: Path, data: bytes, example_name: str) -> None:
    """Write ``data`` to ``target`` whole or not at all; SaveError says why not."""
    check_target(target, example_name)
    try:
        with beside(target) as partial, partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        raise cannot_save(target, exc) from exc
