"""The Wijkaanpak Processing provider: every algorithm of the plugin, in one place.

An algorithm that cannot be loaded (a Python package missing from the Python QGIS uses, a
module that fails on this QGIS or Python version) is left out of the Toolbox, but never
silently: the provider records a :class:`LoadFailure` per algorithm, with the missing piece
in words, logs it with the traceback, and the plugin shows it in the message bar.
"""

from __future__ import annotations

import importlib
import importlib.util
import traceback
from dataclasses import dataclass
from typing import List, NamedTuple, Tuple

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..wijkaanpak_plugin.resources_path import icon_path

LOG_TAG = "Wijkaanpak"


class AlgorithmEntry(NamedTuple):
    """Where an algorithm lives, its English display name, and the packages it cannot do
    without (import names, checked before importing; others fail at import and are named)."""

    module: str
    class_name: str
    display_name: str
    requires: Tuple[str, ...] = ()


#: Every algorithm, in Toolbox order. ``display_name`` equals the algorithm's
#: ``displayName()`` in English (a test checks it), so a failure can name an algorithm whose
#: module does not even import, translated in the algorithm's own context.
ALGORITHMS: List[AlgorithmEntry] = [
    AlgorithmEntry(
        "import_inventory", "ImportInventoryAlgorithm", "Import playground/meeting-place inventory"
    ),
    AlgorithmEntry("import_figures", "ImportFiguresAlgorithm", "Import CBS/RIVM figures"),
    AlgorithmEntry("reach", "PlaygroundReachAlgorithm", "Playground and meeting-place reach"),
    AlgorithmEntry(
        "catchment_areas",
        "CatchmentAreasAlgorithm",
        "Catchment areas (service areas) of places",
        ("shapely",),
    ),
    AlgorithmEntry("best_locations", "BestLocationsAlgorithm", "Best locations for k new places"),
    AlgorithmEntry(
        "loneliness_measured", "MeasuredLonelinessAlgorithm", "Measured loneliness (RIVM/GGD)"
    ),
    AlgorithmEntry("loneliness_risk", "LonelinessRiskIndexAlgorithm", "Loneliness risk index"),
    AlgorithmEntry(
        "loneliness_model", "TrainLonelinessModelAlgorithm", "Train loneliness model", ("sklearn",)
    ),
    AlgorithmEntry(
        "loneliness_model", "ApplyLonelinessModelAlgorithm", "Apply loneliness model", ("sklearn",)
    ),
    AlgorithmEntry("ambition_scores", "AmbitionScoresAlgorithm", "Ambition scores"),
    AlgorithmEntry(
        "rank_areas", "RankAreasAlgorithm", "Rank areas for the next integrated approach"
    ),
    AlgorithmEntry(
        "compare_measurements",
        "CompareMeasurementsAlgorithm",
        "Compare measurements (nulmeting and later)",
    ),
    AlgorithmEntry("export_atlas", "ExportAtlasAlgorithm", "Export council atlas (PDF)"),
]

#: Import name → the name users install it by.
PACKAGE_NAMES = {
    "sklearn": "scikit-learn",
    "scipy": "SciPy",
    "shapely": "Shapely",
    "pandas": "pandas",
    "numpy": "NumPy",
    "threadpoolctl": "threadpoolctl",
    "osgeo": "GDAL (osgeo)",
}


@dataclass(frozen=True)
class LoadFailure:
    """One algorithm left out of the Toolbox, and why."""

    entry: AlgorithmEntry
    missing: str  # the missing piece, in words: "scikit-learn is not installed"
    details: str = ""  # traceback, for the log

    def algorithm_name(self) -> str:
        """The algorithm's display name, in the user's language."""
        return QCoreApplication.translate(self.entry.class_name, self.entry.display_name)


def _not_installed(import_name: str) -> str:
    package = PACKAGE_NAMES.get(import_name, import_name)
    return QCoreApplication.translate("WijkaanpakProvider", "{} is not installed").format(package)


def missing_piece(error: BaseException) -> str:
    """What is missing, in words a GIS specialist can act on."""
    if isinstance(error, ModuleNotFoundError) and error.name:
        own_package = (__package__ or "").split(".")[0]
        if own_package and error.name.split(".")[0] == own_package:
            return QCoreApplication.translate(
                "WijkaanpakProvider", "a file of the plugin is missing ({})"
            ).format(error.name)
        return _not_installed(error.name.split(".")[0])
    return "{}: {}".format(type(error).__name__, error)


def load_algorithms() -> Tuple[List[type], List[LoadFailure]]:
    """The algorithm classes that load, and a :class:`LoadFailure` for every one that does not.

    An algorithm loads when the packages it requires are installed, its module imports, and an
    instance can be made and initialised (its parameters built on this QGIS version).
    """
    classes: List[type] = []
    failures: List[LoadFailure] = []
    for entry in ALGORITHMS:
        absent = [name for name in entry.requires if importlib.util.find_spec(name) is None]
        if absent:
            failures.append(LoadFailure(entry, ", ".join(_not_installed(a) for a in absent)))
            continue
        try:
            module = importlib.import_module(f".{entry.module}", __package__)
            cls = getattr(module, entry.class_name)
            cls().initAlgorithm(None)  # parameters that fail on this QGIS fail here, not later
        except Exception as error:  # noqa: BLE001 - one broken algorithm must not hide the others
            failures.append(LoadFailure(entry, missing_piece(error), traceback.format_exc()))
            continue
        classes.append(cls)
    for failure in failures:
        QgsMessageLog.logMessage(
            "Wijkaanpak: algorithm '{}' ({}.{}) could not be loaded: {}\n{}".format(
                failure.entry.display_name,
                failure.entry.module,
                failure.entry.class_name,
                failure.missing,
                failure.details,
            ),
            LOG_TAG,
            Qgis.Critical,
        )
    return classes, failures


def algorithm_classes() -> List[type]:
    """The algorithm classes that load (failures are logged; see :func:`load_algorithms`)."""
    return load_algorithms()[0]


class WijkaanpakProvider(QgsProcessingProvider):
    def __init__(self) -> None:
        super().__init__()
        #: Algorithms left out at the last (re)load, for the plugin to show to the user.
        self.load_failures: List[LoadFailure] = []

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
        classes, self.load_failures = load_algorithms()
        for cls in classes:
            self.addAlgorithm(cls())
