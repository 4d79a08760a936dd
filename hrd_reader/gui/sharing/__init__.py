"""Sharing in the room, the window's side: the action, the address dialog, the status-bar
indicator and the console's button. Loaded the first time sharing is asked for (or a
presenter console opens); the server itself (``hrd_reader.share``) loads only when sharing
starts.
"""
