"""The widgets: everything the reader shows, on top of the Qt-free core."""
