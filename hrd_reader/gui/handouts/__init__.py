"""Handouts: their HTML and PDF, printing, the handout dialog (loaded on first use)."""
