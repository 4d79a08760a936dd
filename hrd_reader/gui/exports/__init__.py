"""File ▸ Export ▸ Web Page… and Kiwix ZIM…: the files a participant takes home, asked for
in the window (loaded on first use, never at start-up)."""
