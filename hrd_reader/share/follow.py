"""The follow page: the question on the room's screen, large, on every phone that opens it.

The page itself never changes (one prebuilt answer for every phone); its small same-origin
script (``follow.js``) opens a server-sent-events stream (``follow/events``) and shows each
view the server pushes: a question (title and answer, or the title alone while the room
sees the question first), a blanked screen (the phone goes dark too), or the trainer not
presenting. The browser reconnects by itself when the stream drops. The words the script
shows are in the pack's language (``web.words``), handed to it in ``data-`` attributes, so
the script holds no text and no inline script or style is needed: the page's policy allows
scripts, styles, images and the stream from its own address only.
"""

from __future__ import annotations

import html

from hrd_reader.core.pack import Pack
from hrd_reader.core.problems import N_
from hrd_reader.web.page import page_css
from hrd_reader.web.words import word

FOLLOW_JS = """\
"use strict";
(function () {
  var body = document.body;
  var view = document.getElementById("view");
  var status = document.getElementById("status");
  // Set once per load: a reload would reset it (the tests read it to prove there is none).
  window.hrdFollowLoadedAt = Date.now();
  function notice(text) {
    var p = document.createElement("p");
    p.className = "notice";
    p.textContent = text;
    view.replaceChildren(p);
  }
  function show(message) {
    var data;
    try {
      data = JSON.parse(message.data);
    } catch (error) {
      return;
    }
    body.setAttribute("data-state", data.state);
    body.setAttribute("data-question", data.id || "");
    body.setAttribute("data-revealed", data.revealed ? "yes" : "no");
    if (data.state === "question") {
      // Built by the server from the pack and sanitised by the reader's renderer.
      view.innerHTML = data.html;
      status.textContent = data.position;
      window.scrollTo(0, 0);
    } else {
      var text = body.getAttribute(data.state === "blank" ? "data-blank" : "data-stopped");
      status.textContent = text;
      notice(text);
    }
  }
  var source = new EventSource("follow/events");
  source.onmessage = show;
  source.onerror = function () {
    body.setAttribute("data-state", "lost");
    status.textContent = body.getAttribute("data-lost");
  };
})();
"""

FOLLOW_CSS = """
body.follow { font-size: 1.25rem; }
.bar { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem;
  justify-content: space-between; align-items: baseline; background: var(--box);
  padding: 0.5rem 1rem; font-size: 1rem; border-bottom: 1px solid var(--rule); }
#view { padding-bottom: 3rem; }
#view article { border-top: none; margin-top: 1rem; }
#view h2 { font-size: 1.75rem; line-height: 1.25; }
#view h2.alone { font-size: 2.25rem; margin-top: 20vh; }
.notice { font-size: 1.5rem; text-align: center; margin-top: 25vh; color: var(--muted); }
body[data-state="blank"], body[data-state="blank"] .bar { background: #000000;
  color: #8a8a8a; border-color: #000000; }
body[data-state="blank"] .bar a { color: #8a8a8a; }
"""


def follow_css() -> str:
    """The one-file page's look, with the large type of the follow page."""
    return page_css() + FOLLOW_CSS


def follow_words(pack: Pack) -> dict[str, str]:
    """What the follow page says, in the pack's language."""
    lang = pack.language
    return {
        "title": word(N_("Follow the trainer"), lang),
        "all": word(N_("All questions"), lang),
        "waiting": word(N_("Connecting to the trainer…"), lang),
        "stopped": word(N_("The trainer is not presenting now."), lang),
        "blank": word(N_("The trainer has blanked the screen."), lang),
        "lost": word(N_("Connection lost — trying again…"), lang),
        "noscript": word(
            N_("This page follows the trainer with a small script, which is off here."), lang
        ),
        "position": word(N_("Question {number} of {count}"), lang),
    }


def follow_html(pack: Pack) -> str:
    words = {key: html.escape(text, quote=True) for key, text in follow_words(pack).items()}
    direction = "rtl" if pack.rtl else "ltr"
    return f"""<!DOCTYPE html>
<html lang="{html.escape(pack.language, quote=True)}" dir="{direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>{html.escape(pack.title)} — {words["title"]}</title>
<link rel="stylesheet" href="follow.css">
<script src="follow.js" defer></script>
</head>
<body class="follow" data-state="waiting" data-stopped="{words["stopped"]}"
 data-blank="{words["blank"]}" data-lost="{words["lost"]}">
<div class="bar"><a href="./">{words["all"]}</a>
<span id="status" role="status">{words["waiting"]}</span></div>
<main id="view" aria-live="polite"></main>
<noscript><p>{words["noscript"]} <a href="./">{words["all"]}</a></p></noscript>
</body>
</html>
"""
