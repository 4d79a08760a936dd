"""Mutation testing of the promises: realistic bugs planted one at a time in a copy of the
repository, each expected to fail a named test with a clear assertion
(``python -m tests.mutations.plant``; the catalogue is ``tests/mutations/bugs.py``)."""
