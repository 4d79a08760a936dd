"""The reading window: everything the first frame draws (loaded at start)."""
