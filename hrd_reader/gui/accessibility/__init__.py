"""What a screen reader is told beyond the widgets' own names (loaded on first use)."""
