"""Wijkaanpak plugin code: ``core`` (pure computation), layer I/O, GUI."""
