"""HRD Reader: an offline desktop reader for The Carter Center's Human Rights Defenders FAQ."""

from hrd_reader.none_refcount import keep_none_alive

# Before any Qt call: PySide6 6.12 on Python 3.11 wears None's reference count down
# (see none_refcount.py); every entry point imports this package first.
keep_none_alive()
