"""Hostile markup: the answer text that must come out defused, and the check that sanitised
HTML holds none of what it may never hold (the hostile-pack tests, unit and gui, and the
offline proof's hostile session all use the same sample)."""

from __future__ import annotations

import re

from hrd_reader.core import Pack
from hrd_reader.core.render import question_html

# What the sanitised HTML may never contain (case-insensitive).
FORBIDDEN_HTML = re.compile(
    r"<script|<style|<iframe|<object|<embed|<link|<meta|<form|<svg|<math|\son\w+\s*=|"
    r"style\s*=|javascript:|vbscript:|data:|file:|qrc:|src\s*=\s*[\"']?(?:https?:)?//",
    re.IGNORECASE,
)

HOSTILE_MARKUP = """\
Before <script>alert('pwned')</script> after.

<p onclick="steal()" onmouseover="steal()">handlers</p> <img src=x onerror=alert(1)>

[js](javascript:alert(1)) [JS2](JaVaScRiPt:alert(1)) [file](file:///etc/passwd)
[data](data:text/html;base64,PHNjcmlwdD4=) [qrc](qrc:/icons/x.svg) [vb](vbscript:x)
<a href="javascript:alert(1)">raw js</a> <a href=" file:///etc/shadow">raw file</a>

![remote](https://tracker.example/pixel.png) <img src="http://tracker.example/p.gif">
<img src="//tracker.example/p.gif"> <img src="file:///etc/passwd"> <img src="../../x.png">

<iframe src="https://example.org"></iframe> <object data="x.swf"></object>
<embed src="x.swf"> <svg onload="alert(1)"><circle/></svg> <form action="https://x"></form>

<style>body { display: none } p { color: white }</style>
<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:white">cover</div>
<span style="display:none">hidden</span> <p style="font-size:0">tiny</p>
<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0">

Visible end.
"""


def rendered(pack: Pack, row: int = 0) -> str:
    """Question ``row`` of ``pack`` as the answer pane gets it, checked to hold nothing
    forbidden."""
    html = question_html(pack.questions[row], pack.question_ids)
    assert not FORBIDDEN_HTML.search(html), FORBIDDEN_HTML.search(html)
    return html
