"""Pack pictures decoded and re-encoded with QtGui (no widgets, no window, no application
object needed): the answer pane, handouts, ``pack --shrink-pictures`` and the exports all
go through here, so the limits of ``core.pictures`` apply the same way everywhere."""
