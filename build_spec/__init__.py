"""Building the packaged installers: the PyInstaller spec, its helpers and build.py."""
