"""What several test files share, one module a concern (imported, never collected):

- ``paths``: the checkout, the captured source text, the test packs, the version;
- ``processes``: running the program's command line or a Python snippet in a new process,
  and the check for a one-line error;
- ``packs``: a minimal manifest, the pack writer behind the ``make_pack`` fixture, the
  problems a pack that does not load reports;
- ``markup``: hostile Markdown and what sanitised HTML may never hold;
- ``qt``: waiting until a window is on screen, a window shown for a pack;
- ``opened_files``: which files the process opens (an audit hook);
- ``pdf``: reading a handout back;
- ``ui_texts``: every text a user can see in a window (the translation tests).
"""
