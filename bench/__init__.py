"""HRD Reader's benchmark: ``python -m bench`` measures start-up and memory against a bare Qt
window, question switching, pack loading, search, PDF export and the packaged build, then
prints a Markdown table and writes it with the raw figures (JSON) to ``bench/results/``.

Targets live here and in the README — never as timed assertions in the test suite.
"""
