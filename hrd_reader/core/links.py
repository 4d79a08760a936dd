"""The one URL policy: which addresses may leave the reader, and which links an answer may hold.

Used by the manifest (a pack's donate, sign-up and source addresses), by the renderer (the
links of an answer) and by the opener (what a click may hand to the system), so the three
can never disagree. An address leaves only when it is

- ``http`` or ``https`` with ``//`` and a host name (``http:no-host`` and ``https://`` name
  no place to go), or ``mailto`` with an e-mail address;
- at most ``MAX_URL_CHARS`` long: the link dialog, share screen and handouts draw every
  address as a QR code, and a QR code holds little more;

and an answer may also link to another question of its pack as ``#question-id``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from hrd_reader.core.problems import N_, Problem, problem

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Longer addresses do not fit a QR code (the link dialog, share screen and handouts draw one).
MAX_URL_CHARS = 2000
EXAMPLE = "https://example.org/"

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# After "//": optional user info, then a host name or a bracketed IPv6 address, then an
# optional port; the rest of the address starts at "/", "?" or "#". A host may not hold
# white space or the characters no URL parser accepts there (Qt's refuses them too).
_AUTHORITY = re.compile(
    r"//(?:[^/?#@\s]*@)?"
    r"(?:[^\s<>\"%\\^`{|}\[\]:@/?#]+|\[[0-9A-Fa-f:.]+\])"
    r"(?::\d*)?(?=[/?#]|\Z)"
)
# An e-mail address (or several, comma-separated) before any "?subject=…".
_MAILBOXES = re.compile(r"[^\s@?,]+@[^\s@?,]+(?:,[^\s@?,]+@[^\s@?,]+)*(?:\?.*)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def url_problem(url: str, label: str = "url") -> Problem | None:
    """Why ``url`` may not leave the reader, or None when it may.

    The reason starts with the name of the value, ``label`` (``[links.donate] url …``), and
    says how to fix it.
    """
    if len(url) > MAX_URL_CHARS:
        return problem(
            "",
            N_(
                "{label} is {length} characters long; the limit is {limit} — give a shorter "
                "address (it must fit a QR code)"
            ),
            label=label,
            length=len(url),
            limit=MAX_URL_CHARS,
        )
    if _CONTROL.search(url):
        # Quoting the address would break the one-line problem report.
        return problem(
            "",
            N_("{label} holds a line break, tab or other control character — write it on one line"),
            label=label,
        )
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in LINK_SCHEMES:
        return problem(
            "",
            N_(
                '{label} "{url}" is not an http, https or mailto address — give a full address '
                "such as {example}"
            ),
            label=label,
            url=url,
            example=EXAMPLE,
        )
    rest = url[scheme.end() :]
    if scheme.group(1).lower() == "mailto":
        if not _MAILBOXES.fullmatch(rest):
            return problem(
                "",
                N_('{label} "{url}" names no e-mail address — write it as mailto:name@example.org'),
                label=label,
                url=url,
            )
    elif not _AUTHORITY.match(rest):
        return problem(
            "",
            N_('{label} "{url}" names no host — give a full address such as {example}'),
            label=label,
            url=url,
            example=EXAMPLE,
        )
    return None


def url_allowed(url: str) -> bool:
    """Whether ``url`` may leave the reader (be opened, shared or printed)."""
    return url_problem(url) is None


def link_allowed(href: str, question_ids: Collection[str]) -> bool:
    """Whether an answer may link to ``href``: an allowed address, or ``#`` and a question."""
    if href.startswith("#"):
        return len(href) <= MAX_URL_CHARS and href[1:] in question_ids
    return url_allowed(href)
