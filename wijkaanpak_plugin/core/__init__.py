"""Pure computation for Wijkaanpak: numpy / pandas / dataclasses, no Qt, no iface.

Every face (Processing algorithm, dock, atlas) calls these functions; nothing in
this package imports ``qgis``.
"""
