"""The FAQ for phones: the one-file web page, the ZIM file for Kiwix (pure Python, no Qt)."""
