"""Wijkaanpak QGIS plugin: entry point.

QGIS imports this package under whatever folder name it was installed as
(normally ``wijkaanpak``), so everything inside uses relative imports, and
nothing here imports QGIS until QGIS asks for the plugin.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Create the plugin; imported lazily so the core can be used without QGIS."""
    from .wijkaanpak_plugin.plugin import WijkaanpakPlugin

    return WijkaanpakPlugin(iface)
