"""Dialogs opened on demand: About, the crash dialog (loaded on first use)."""
