"""The captured Carter Center page (``resources/source/hrd-faq.txt``) cut into its parts:
what the bundled pack, the web page and the ZIM file must carry word for word."""

from __future__ import annotations

from tests.helpers.paths import SOURCE_TEXT

# Lines of the captured page that belong to its web site, not to the FAQ.
CHROME = (
    "More Links in Peace Programs",
    "Please leave this field empty",
    "Now, we invite you to Get Involved",
    "Back To Top",
)


def source_faq() -> tuple[str, list[tuple[str, list[str]]], list[str]]:
    """Title, (question, paragraphs) in order, and the text after the last answer."""
    blocks = [" ".join(b.split()) for b in SOURCE_TEXT.read_text("utf-8").split("\n\n")]
    blocks = [b for b in blocks if b]
    title = blocks[1]
    questions: list[tuple[str, list[str]]] = []
    tail: list[str] = []
    for block in blocks[2:]:
        if block.startswith("Q:"):
            questions.append((block[2:].strip(), []))
        elif block.startswith("Donate Now") or tail:
            tail.append(block)
        else:
            questions[-1][1].append(block)
    return title, questions, tail


def source_paragraphs() -> list[str]:
    """Every paragraph of the FAQ — title, questions, answers, Donate, Sign Up and its
    blurb — with runs of white space made one space; not the site's own lines."""
    title, questions, tail = source_faq()
    texts = [title]
    for question, paragraphs in questions:
        texts += [question, *paragraphs]
    for block in tail:
        if not block.startswith(CHROME):
            texts.append(block)
    return texts
