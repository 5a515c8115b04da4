"""Shared behaviour of every Wijkaanpak algorithm: help, icon, errors, safe outputs, styles."""

from __future__ import annotations

import os
import traceback
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsExpression,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.layer_io import _check_crs, remove_output_file
from ..wijkaanpak_plugin.resources_path import icon_path, style_path


class Wijkaanpak:
    """Translation context of strings in module-level helpers shared by several algorithms.

    Call ``Wijkaanpak.tr("...")``, not ``algorithm.tr("...")``: pylupdate5 files a string under
    the name before ``.tr``, and at run time ``algorithm.tr`` looks it up under the subclass
    name, so only a fixed prefix makes the two agree. (pylupdate5 also silently skips a
    ``QCoreApplication.translate(...)`` whose arguments end in a trailing comma, as ruff writes
    long calls; ``Wijkaanpak.tr(...)`` has no such trap.)
    """

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Wijkaanpak", text)


#: English source; show it with ``Wijkaanpak.tr(SIGNAL_NOTE_EN)`` (marked here for pylupdate5).
SIGNAL_NOTE_EN = QT_TRANSLATE_NOOP(
    "Wijkaanpak",
    "This layer is a signal for conversation with residents, not a verdict on a neighbourhood."
)  # fmt: skip

#: The same note in an algorithm's description, which speaks of its results, not of a layer.
SIGNAL_NOTE_ALGORITHM_EN = QT_TRANSLATE_NOOP(
    "Wijkaanpak",
    "Its results are a signal for conversation with residents, not a verdict on a neighbourhood."
)  # fmt: skip

_POST_PROCESSORS: list[QgsProcessingLayerPostProcessorInterface] = []


def set_decimals(parameter, decimals: int):
    """Show a number parameter with ``decimals`` decimals in the dialog, not QGIS's six.

    QGIS reads ``metadata['widget_wrapper']['decimals']`` for a Double number parameter
    (3.22 and later), so 50 m reads "50", not "50.000000". The value itself stays a double.
    """
    metadata = dict(parameter.metadata() or {})
    wrapper = dict(metadata.get("widget_wrapper") or {})
    wrapper["decimals"] = int(decimals)
    metadata["widget_wrapper"] = wrapper
    parameter.setMetadata(metadata)
    return parameter


# --------------------------------------------------------------------------- preselection
# A dialog opens with the project's layer that fits an input by its fields or name, instead of
# QGIS's first layer of the right geometry. Only required inputs get a guess (an optional one
# left empty means something), and only from layers already in the project: in qgis_process
# or a headless run the project is empty and nothing changes.

_GRID_FIELDS = ("aantal_inwoners_0_tot_15_jaar", "aantal_inwoners_15_tot_25_jaar")
_AREA_CODE_FIELDS = ("wijkcode", "buurtcode", "gemeentecode", "statcode")
_FIGURES_CODE_FIELDS = ("codering_3", "codering", "wijkenenbuurten", "regiocode")


def _names(layer) -> set[str]:
    return {field.name().lower() for field in layer.fields()}


def _is_grid(layer, names: set[str]) -> bool:
    title = layer.name().lower()
    return "c28992r100" in names or "vierkant" in title or "grid" in title


def fits_population(layer) -> float:
    """CBS 100 m grid cells (age-band fields) first, any layer counting residents after."""
    if layer.geometryType() not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        return 0
    names = _names(layer)
    if "place_type" in names:
        return 0
    if all(name in names for name in _GRID_FIELDS):
        return 10
    return 2 if "aantal_inwoners" in names else 0


def fits_playgrounds(layer) -> float:
    """An imported place layer (place_type) named after playgrounds, else a play layer."""
    if layer.geometryType() not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        return 0
    names = _names(layer)
    if "aantal_inwoners" in names:
        return 0
    title = layer.name().lower()
    score = 6 if "place_type" in names else 0
    if any(word in title for word in ("speel", "play")):
        score += 4
    if any(word in title for word in ("ontmoet", "meeting", "bank")):
        score -= 4
    return score if score > 0 else 0


def fits_areas(layer) -> float:
    """Wijk or buurt polygons with a code field (not grid cells), those with figures first."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return 0
    names = _names(layer)
    if "place_type" in names or _is_grid(layer, names):
        return 0
    if not any(code in names for code in _AREA_CODE_FIELDS):
        return 0
    score = 5.0 + (1 if "wijkcode" in names and "buurtcode" not in names else 0)
    numeric = sum(1 for field in layer.fields() if field.isNumeric())
    return score + min(numeric, 99) / 100


def fits_figures_table(layer) -> float:
    """A table without geometry with a CBS/RIVM code column (e.g. Codering_3)."""
    if layer.isSpatial():
        return 0
    return 5 if _names(layer) & set(_FIGURES_CODE_FIELDS) else 0


#: Coded type fields of raw inventories (BGT, BOR exports) that the import maps.
_INVENTORY_FIELDS = ("bgtplustype", "toesteltype", "categorie")


def fits_inventory(layer) -> float:
    """A raw inventory still to import (BGT/BOR type field, no place_type), play layers first."""
    if layer.geometryType() not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        return 0
    names = _names(layer)
    if "place_type" in names or "aantal_inwoners" in names:
        return 0
    score = 6 if names & set(_INVENTORY_FIELDS) else 0
    if score and any(word in layer.name().lower() for word in ("speel", "play")):
        score += 3
    return score


def guess_layer(fits: Callable[[Any], float]) -> Optional[str]:
    """Id of the project's vector layer that fits best (score above 0), or None.

    Never fails: a project without layers, a layer that cannot be read or no project at all
    gives None, so an algorithm always initialises.
    """
    try:
        layers = list(QgsProject.instance().mapLayers().values())
    except Exception:  # noqa: BLE001 - a guess must never stop an algorithm from loading
        return None
    best, best_score = None, 0.0
    for layer in layers:
        try:
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
                continue
            score = float(fits(layer))
        except Exception:  # noqa: BLE001
            continue
        if score > best_score:
            best, best_score = layer, score
    return best.id() if best is not None else None


def preselect_layer(parameter, fits: Callable[[Any], float]):
    """Give a required layer input the project's best-fitting layer as its default."""
    layer_id = guess_layer(fits)
    if layer_id is not None:
        parameter.setDefaultValue(layer_id)
    return parameter


class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style from resources/styles when Processing loads an output layer."""

    def __init__(self, style: str, title: str | None = None) -> None:
        super().__init__()
        self.style = style
        self.title = title

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        if not isinstance(layer, QgsVectorLayer):
            return
        apply_style(layer, self.style)
        if self.title:
            layer.setName(self.title)


def output_language() -> str:
    """'nl' when QGIS runs in Dutch, else 'en': the language of the words an algorithm writes
    into its outputs (labels, reasons), as the plugin chooses its translation: the profile's
    language when overridden, else the system's (QLocale's default)."""
    from ..wijkaanpak_plugin.settings import ui_language

    return ui_language()


def apply_style(layer, style: str, from_data: bool = True) -> bool:
    """Load ``resources/styles/<style>.qml`` onto a layer; False if the file is missing.

    ``from_data``: the legend then lists only the classes the layer's features fall in
    (``legend_from_data``), never the ten place types or six classes a style knows of."""
    path = style_path(style)
    if not path.exists():
        return False
    if layer.isSpatial():
        _message, ok = layer.loadNamedStyle(str(path))
        if ok and from_data:
            legend_from_data(layer)
    else:  # a table (areas by code): QGIS refuses a style with symbology, so take the aliases
        ok = _apply_aliases(layer, path)
    layer.triggerRepaint()
    return bool(ok)


#: Above this many features a style keeps its whole legend (see ``legend_from_data``).
LEGEND_COUNT_LIMIT = 200_000


def legend_from_data(layer) -> int:
    """Drop the categories and rules of a layer's renderer that no feature falls in, so the
    legend shows the values present in the data; returns how many were dropped.

    Counts with QGIS's own legend counter (the renderer decides, ELSE rules included); a
    layer that cannot be counted, or has more than ``LEGEND_COUNT_LIMIT`` features (a
    million address points: counting would hold up loading it), keeps its whole style."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsRuleBasedRenderer,
        QgsVectorLayerFeatureCounter,
    )

    renderer = layer.renderer()
    if renderer is None or not layer.isValid() or layer.featureCount() > LEGEND_COUNT_LIMIT:
        return 0
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    counter = QgsVectorLayerFeatureCounter(layer, context)
    if not counter.run():
        return 0
    dropped = 0
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        # a category's legend key is its uuid (no Python accessor on QGIS 3.22): the keyed
        # legend items, in category order (the size legend's items have no key)
        keys = [item.ruleKey() for item in renderer.legendSymbolItems() if item.ruleKey()]
        if len(keys) != len(renderer.categories()):
            return 0
        empty = [i for i, key in enumerate(keys) if counter.featureCount(key) == 0]
        # the catch-all category ("all other values", NULL included): QGIS 3.22 counts no
        # feature under it, so keep it while a value outside the other categories occurs
        categories = renderer.categories()
        known = {c.value() for c in categories if c.value() not in ("", None)}
        index = layer.fields().lookupField(renderer.classAttribute())
        for i, category in enumerate(categories):
            if category.value() in ("", None) and i in empty:
                if index < 0 or any(v not in known for v in layer.uniqueValues(index)):
                    empty.remove(i)
        if len(empty) == len(renderer.categories()):
            return 0  # an empty layer keeps its legend
        for index in reversed(empty):
            renderer.deleteCategory(index)
        dropped = len(empty)
    elif isinstance(renderer, QgsRuleBasedRenderer):
        leaves = [r for r in renderer.rootRule().descendants() if r.symbol() is not None]
        empty = [r for r in leaves if counter.featureCount(r.ruleKey()) == 0]
        if len(empty) == len(leaves):
            return 0
        for rule in empty:
            rule.parent().removeChild(rule)
        dropped = len(empty)
    return dropped


def _apply_aliases(layer, path) -> bool:
    """Copy the Dutch field aliases of a QML style onto a layer without geometry."""
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.parse(str(path)).getroot()
    except (OSError, ElementTree.ParseError):
        return False
    for alias in root.iter("alias"):
        index = layer.fields().indexOf(alias.get("field", ""))
        if index >= 0 and alias.get("name"):
            layer.setFieldAlias(index, alias.get("name"))
    return True


# --------------------------------------------------------------------------- early checks
# What can be checked before a single feature is read, so that a wrong combination fails in a
# second (in the dialog, before the run starts) instead of after minutes of reading: every
# input layer's geometry type and CRS, every chosen field present in its layer and of a usable
# type, every filter expression valid on its layer's fields, every chosen file present. An
# algorithm adds its own combinations in ``early_checks``. checkParameterValues runs them (the
# dialog, processing.run, qgis_process and batch runs call it) and processAlgorithm runs them
# again first, for callers that skip it.

_GEOMETRY_OF_TYPE = {
    QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
    QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
    QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry,
}
_GEOMETRIC_TYPES = set(_GEOMETRY_OF_TYPE) | {QgsProcessing.TypeVectorAnyGeometry}
#: Field types that can never hold numbers (text can: a CSV of CBS figures reads as text).
_NOT_NUMBERS = (
    QVariant.Date,
    QVariant.DateTime,
    QVariant.Time,
    QVariant.ByteArray,
    QVariant.Map,
    QVariant.List,
    QVariant.StringList,
)


def _geometry_words(geometry_type) -> str:
    return {
        QgsWkbTypes.PointGeometry: Wijkaanpak.tr("points"),
        QgsWkbTypes.LineGeometry: Wijkaanpak.tr("lines"),
        QgsWkbTypes.PolygonGeometry: Wijkaanpak.tr("polygons"),
    }.get(geometry_type, Wijkaanpak.tr("no geometry (a table)"))


def parameter_words(parameter) -> str:
    """A parameter as the dialog and the command line know it: 'Areas (…)' (AREAS)."""
    return "'{}' ({})".format(parameter.description(), parameter.name())


def check_inputs(algorithm, parameters, context) -> None:
    """The checks every algorithm gets from its parameter definitions (see above).

    Reads no feature: only layer metadata (fields, geometry type, CRS, extent) and files'
    existence. Raises QgsProcessingException naming the parameter, the layer and the field.
    """
    sources: dict = {}

    def source(name):
        if name not in sources:
            sources[name] = algorithm.parameterAsSource(parameters, name, context)
        return sources[name]

    for p in algorithm.parameterDefinitions():
        if isinstance(p, QgsProcessingParameterFeatureSource):
            _check_source(algorithm, p, source(p.name()), parameters, context)
        elif isinstance(p, QgsProcessingParameterField) and p.parentLayerParameterName():
            _check_fields(algorithm, p, source(p.parentLayerParameterName()), parameters, context)
        elif isinstance(p, QgsProcessingParameterExpression) and p.parentLayerParameterName():
            _check_expression(
                algorithm, p, source(p.parentLayerParameterName()), parameters, context
            )
        elif isinstance(p, QgsProcessingParameterFile):
            path = algorithm.parameterAsFile(parameters, p.name(), context)
            if (
                path
                and p.behavior() == QgsProcessingParameterFile.File
                and not os.path.isfile(path)
            ):
                raise QgsProcessingException(
                    Wijkaanpak.tr("File '{}' ({}) does not exist.").format(path, parameter_words(p))
                )


def _check_source(algorithm, p, source, parameters, context) -> None:
    types = set(p.dataTypes())
    if source is None or not types or not types <= _GEOMETRIC_TYPES:
        return  # any layer or table: read as a table, its geometry and CRS are not used
    label = algorithm.layer_name(parameters, p.name(), context)
    geometry = QgsWkbTypes.geometryType(source.wkbType())
    allowed = {_GEOMETRY_OF_TYPE[t] for t in types if t in _GEOMETRY_OF_TYPE}
    if QgsProcessing.TypeVectorAnyGeometry in types:
        allowed = set(_GEOMETRY_OF_TYPE.values())
    if geometry != QgsWkbTypes.UnknownGeometry and geometry not in allowed:
        raise QgsProcessingException(
            Wijkaanpak.tr("Layer '{}' has {}, but {} takes {}.").format(
                label,
                _geometry_words(geometry),
                parameter_words(p),
                Wijkaanpak.tr(" or ").join(sorted(_geometry_words(g) for g in allowed)),
            )
        )
    _check_crs(source, source.sourceCrs(), label)


def _check_fields(algorithm, p, source, parameters, context) -> None:
    if source is None:
        return
    if p.allowMultiple():
        # parameterAsStrings on QGIS 3.32+, where parameterAsFields is deprecated
        as_list = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
        names = as_list(parameters, p.name(), context) or []
    else:
        names = [algorithm.parameterAsString(parameters, p.name(), context)]
    names = [str(n) for n in names if n]
    fallback = set()
    if p.name() in algorithm.FIELDS_WITH_FALLBACK:
        default = p.defaultValue()
        fallback = set(default if isinstance(default, (list, tuple)) else [default])
    fields = source.fields()
    label = None
    for name in names:
        index = fields.lookupField(name)
        if index < 0 and name in fallback:
            continue  # the algorithm's own default, absent from this layer: it falls back
        label = label or algorithm.layer_name(parameters, p.parentLayerParameterName(), context)
        if index < 0:
            available = [f.name() for f in fields]
            raise QgsProcessingException(
                Wijkaanpak.tr("Layer '{}' has no field '{}' ({}). Its fields: {}.").format(
                    label,
                    name,
                    parameter_words(p),
                    ", ".join(available[:40]) + (" …" if len(available) > 40 else ""),
                )
            )
        field = fields.at(index)
        if p.dataType() == QgsProcessingParameterField.Numeric and field.type() in _NOT_NUMBERS:
            raise QgsProcessingException(
                Wijkaanpak.tr(
                    "Layer '{}': field '{}' ({}) holds {}, not numbers; choose a field with "
                    "numbers."
                ).format(label, field.name(), parameter_words(p), field.typeName())
            )


def _check_expression(algorithm, p, source, parameters, context) -> None:
    # the raw text: parameterAsExpression gives '' for an expression that does not parse, and
    # the run would then go on without the filter the user typed
    value = parameters.get(p.name())
    if not isinstance(value, str):
        value = algorithm.parameterAsExpression(parameters, p.name(), context)
    text = (value or "").strip()
    if source is None or not text:
        return
    parsed = QgsExpression(text)
    label = algorithm.layer_name(parameters, p.parentLayerParameterName(), context)
    if parsed.hasParserError():
        raise QgsProcessingException(
            Wijkaanpak.tr("The expression '{}' ({}) is not valid: {}").format(
                text, parameter_words(p), parsed.parserErrorString()
            )
        )
    names = {f.name().lower() for f in source.fields()}
    unknown = sorted(
        c
        for c in parsed.referencedColumns()
        if c != QgsFeatureRequest.ALL_ATTRIBUTES and c.lower() not in names
    )
    if unknown:
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "The expression '{}' ({}) uses field {} that layer '{}' does not have."
            ).format(text, parameter_words(p), ", ".join("'{}'".format(c) for c in unknown), label)
        )


class RunOutputs:
    """The file outputs one run created, so a failure can remove them (nothing half-written).

    ``existing``: files that were there before the run (a planner's GeoPackage that gets a
    new layer): from those only the run's own layer is removed, never the file.
    """

    def __init__(self, existing: set[str] | None = None, targets: set[str] | None = None) -> None:
        self.sinks: list[Any] = []
        self.paths: list[str] = []
        self.existing = set(existing or ())
        #: every file the destination parameters name (also file outputs such as a PDF)
        self.targets = set(targets or ())

    def discard(self) -> None:
        self.sinks.clear()  # closes the writers before their files are removed
        for path in self.paths:
            base = path.split("|")[0]
            if os.path.abspath(base) in self.existing and "layername=" in path:
                remove_output_layer(base, path.split("layername=", 1)[1].split("|")[0])
            elif os.path.abspath(base) not in self.existing or "|" not in path:
                remove_output_file(path)
        for target in self.targets - self.existing:  # written by this run, e.g. a PDF
            remove_output_file(target)


def remove_output_layer(path: str, layer_name: str) -> None:
    """Drop one half-written layer from a GeoPackage that holds other layers too."""
    try:
        from osgeo import ogr

        dataset = ogr.Open(path, 1)
        if dataset is None:
            return
        for i in range(dataset.GetLayerCount()):
            if dataset.GetLayer(i).GetName() == layer_name:
                dataset.DeleteLayer(i)
                break
        dataset = None
    except Exception:  # noqa: BLE001 - cleaning up must never hide the original message
        pass


def output_files(algorithm, parameters, context) -> set[str]:
    """The files the run's destination parameters point at (absolute paths)."""
    import re

    files = set()
    for p in algorithm.destinationParameterDefinitions():
        if parameters.get(p.name()) in (None, "") or p.name() in algorithm.KEEP_ON_FAILURE:
            continue
        try:
            if p.type() == "fileDestination":
                text = algorithm.parameterAsFileOutput(parameters, p.name(), context)
            else:
                text = algorithm.parameterAsOutputLayer(parameters, p.name(), context)
        except Exception:  # noqa: BLE001 - an odd value: nothing to protect
            continue
        text = str(text or "")
        match = re.match(r"^ogr:dbname='([^']+)'", text)
        base = match.group(1) if match else text.split("|")[0]
        if base and not base.startswith("memory:"):
            files.add(os.path.abspath(base))
    return files


class WijkaanpakAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, define strings with self.tr and implement ``process``."""

    NAME = ""
    GROUP_ID = "inventories"
    #: file outputs written on purpose when the run fails (e.g. a template to fill in)
    KEEP_ON_FAILURE: tuple = ()

    GROUPS = {
        "inventories": QT_TRANSLATE_NOOP("WijkaanpakAlgorithm", "1 · Inventories and figures"),
        "reach": QT_TRANSLATE_NOOP("WijkaanpakAlgorithm", "2 · Reach"),
        "loneliness": QT_TRANSLATE_NOOP("WijkaanpakAlgorithm", "3 · Loneliness"),
        "agenda": QT_TRANSLATE_NOOP("WijkaanpakAlgorithm", "4 · Ambitions and wijkagenda"),
    }

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return QCoreApplication.translate("WijkaanpakAlgorithm", self.GROUPS[self.GROUP_ID])

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def helpUrl(self) -> str:
        return "https://github.com/wijkaanpak/wijkaanpak#readme"

    #: Field parameters whose *default* may be absent from the layer: the algorithm then falls
    #: back (e.g. the CBS grid's field names on another population layer) or uses the field
    #: only together with another input. A field the user chose must always exist.
    FIELDS_WITH_FALLBACK: tuple = ()

    def checkParameterValues(self, parameters, context):
        """QGIS's own checks, then those that need no feature read (see ``check_inputs``)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = self.early_problem(parameters, context)
        if problem:
            return False, problem
        return ok, message

    def early_problem(self, parameters, context) -> Optional[str]:
        """What is wrong before anything is read, or None. A bug in a check never blocks a
        run (it is logged; the run checks its inputs again while reading)."""
        try:
            check_inputs(self, parameters, context)
            self.early_checks(parameters, context)
        except (QgsProcessingException, WijkaanpakInputError) as error:
            return str(error)
        except Exception:  # noqa: BLE001
            QgsMessageLog.logMessage(traceback.format_exc(), "Wijkaanpak", Qgis.Warning)
        return None

    def early_checks(self, parameters, context) -> None:
        """This algorithm's own combinations of inputs that need no feature read (an output
        that needs an optional input, two inputs that exclude each other); raise
        QgsProcessingException. Runs after the checks of every input (``check_inputs``)."""

    def require_field(self, parameters, context, name: str) -> None:
        """Field parameter ``name`` must be chosen and exist in its layer, whatever its default
        (for a field that only a combination of inputs needs, e.g. a code field in grid mode)."""
        p = self.parameterDefinition(name)
        parent = p.parentLayerParameterName()
        source = self.parameterAsSource(parameters, parent, context)
        if source is None:
            return
        label = self.layer_name(parameters, parent, context)
        value = self.parameterAsString(parameters, name, context)
        if not value:
            raise QgsProcessingException(
                Wijkaanpak.tr("Choose a field of layer '{}' for {}.").format(
                    label, parameter_words(p)
                )
            )
        if source.fields().lookupField(value) < 0:
            available = [f.name() for f in source.fields()]
            raise QgsProcessingException(
                Wijkaanpak.tr("Layer '{}' has no field '{}' ({}). Its fields: {}.").format(
                    label,
                    value,
                    parameter_words(p),
                    ", ".join(available[:40]) + (" …" if len(available) > 40 else ""),
                )
            )

    def processAlgorithm(self, parameters, context, feedback):
        """Run, and on any failure remove what this run wrote and explain in plain words."""
        problem = self.early_problem(parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        targets = output_files(self, parameters, context)
        outputs = RunOutputs({f for f in targets if os.path.exists(f)}, targets)
        cancelled = QgsProcessingException(
            QCoreApplication.translate("WijkaanpakAlgorithm", "Cancelled: no output was written.")
        )
        try:
            result = self.process(parameters, context, feedback, outputs)
            if feedback is not None and feedback.isCanceled():
                outputs.discard()
                raise cancelled
            return result
        except QgsProcessingException:
            outputs.discard()
            if feedback is not None and feedback.isCanceled():
                raise cancelled from None  # what went wrong on the data cut short by the cancel
            raise
        except WijkaanpakInputError as error:
            outputs.discard()
            if feedback is not None and feedback.isCanceled():
                raise cancelled from None
            raise QgsProcessingException(str(error)) from error
        except Exception as error:  # noqa: BLE001 - never a raw traceback for the user
            outputs.discard()
            if feedback is not None and feedback.isCanceled():
                raise cancelled from None
            if feedback is not None:
                feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(
                Wijkaanpak.tr(
                    "{} failed: {}. No output was written. Details are in the log."
                ).format(self.displayName(), error)
            ) from error

    def process(self, parameters, context, feedback, outputs: RunOutputs) -> dict:
        raise NotImplementedError

    # helpers for subclasses -------------------------------------------------------------

    def create_sink(self, parameters, name, context, fields, wkb_type, crs, outputs: RunOutputs):
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        outputs.sinks.append(sink)
        outputs.paths.append(dest_id)
        return sink, dest_id

    def source_or_fail(self, parameters, name, context, required: bool = True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def layer_name(self, parameters, name, context) -> str:
        """The name a user knows an input layer by (a GeoPackage layer's own name)."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        text = str(value)
        if "layername=" in text:
            return text.split("layername=", 1)[1].split("|", 1)[0]
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None and layer.name():
            return layer.name()
        return text

    def whole_layer(self, parameters, name, context):
        """The layer behind an input when the input is the whole layer, else None.

        Lets layer_io read a GeoPackage in bulk; a selection, feature limit, filter or
        invalid-geometry setting on the input keeps the ordinary feature-by-feature path.
        """
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            return None
        return self.parameterAsVectorLayer(parameters, name, context)

    @staticmethod
    def load_styled(context, dest_id: str, style: str, title: str | None = None) -> None:
        """Ask Processing to load an output with its QML style when the run completes."""
        if context.willLoadLayerOnCompletion(dest_id):
            loader = StyleLoader(style, title)
            _POST_PROCESSORS.append(loader)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)
