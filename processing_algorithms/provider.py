"""The Wijkaanpak Processing provider: every algorithm of the plugin, in one place."""

from __future__ import annotations

import importlib
import traceback

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..wijkaanpak_plugin.resources_path import icon_path

#: (module, class) of every algorithm, in Toolbox order.
ALGORITHMS = [
    ("import_inventory", "ImportInventoryAlgorithm"),
    ("import_figures", "ImportFiguresAlgorithm"),
    ("reach", "PlaygroundReachAlgorithm"),
    ("catchment_areas", "CatchmentAreasAlgorithm"),
    ("loneliness_measured", "MeasuredLonelinessAlgorithm"),
    ("loneliness_risk", "LonelinessRiskIndexAlgorithm"),
    ("loneliness_model", "TrainLonelinessModelAlgorithm"),
    ("loneliness_model", "ApplyLonelinessModelAlgorithm"),
    ("ambition_scores", "AmbitionScoresAlgorithm"),
    ("rank_areas", "RankAreasAlgorithm"),
    ("compare_measurements", "CompareMeasurementsAlgorithm"),
]


def algorithm_classes() -> list[type]:
    """The algorithm classes that import; a broken or absent one is named in the QGIS log."""
    classes = []
    for module_name, class_name in ALGORITHMS:
        try:
            module = importlib.import_module(f".{module_name}", __package__)
            classes.append(getattr(module, class_name))
        except ModuleNotFoundError as error:
            if error.name and error.name.endswith(module_name):
                continue  # not built yet in this version
            _log_failure(module_name, class_name)
        except Exception:  # noqa: BLE001 - one broken algorithm must not hide the others
            _log_failure(module_name, class_name)
    return classes


def _log_failure(module_name: str, class_name: str) -> None:
    QgsMessageLog.logMessage(
        "Wijkaanpak: algorithm {}.{} could not be loaded:\n{}".format(
            module_name, class_name, traceback.format_exc()
        ),
        "Wijkaanpak",
        Qgis.Critical,
    )


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
