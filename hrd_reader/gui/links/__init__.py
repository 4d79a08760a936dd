"""Addresses that leave the reader: the browser, the fallback dialog, QR codes."""
