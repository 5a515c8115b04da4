"""The Wijkaanpak Processing provider: every algorithm of the plugin, in one place."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..wijkaanpak_plugin.resources_path import icon_path


def algorithm_classes() -> list[type]:
    """All algorithm classes; imported here so a broken one names itself in the log."""
    from .import_figures import ImportFiguresAlgorithm
    from .import_inventory import ImportInventoryAlgorithm

    return [ImportInventoryAlgorithm, ImportFiguresAlgorithm]


class WijkaanpakProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "wijkaanpak"

    def name(self) -> str:
        return "Wijkaanpak"

    def longName(self) -> str:
        return QCoreApplication.translate(
            "WijkaanpakProvider", "Wijkaanpak: integrated neighbourhood approach"
        )

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def svgIconPath(self) -> str:
        return str(icon_path())

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
