"""What ``--self-test`` checks beyond the window (loaded only by the self-test)."""
