"""Shared behaviour of every Wijkaanpak algorithm: help, icon, errors, safe outputs, styles."""

from __future__ import annotations

import traceback
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.layer_io import remove_output_file
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


def apply_style(layer, style: str) -> bool:
    """Load ``resources/styles/<style>.qml`` onto a layer; False if the file is missing."""
    path = style_path(style)
    if not path.exists():
        return False
    if layer.isSpatial():
        _message, ok = layer.loadNamedStyle(str(path))
    else:  # a table (areas by code): QGIS refuses a style with symbology, so take the aliases
        ok = _apply_aliases(layer, path)
    layer.triggerRepaint()
    return bool(ok)


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


class RunOutputs:
    """The file outputs one run created, so a failure can remove them (nothing half-written)."""

    def __init__(self) -> None:
        self.sinks: list[Any] = []
        self.paths: list[str] = []

    def discard(self) -> None:
        self.sinks.clear()
        for path in self.paths:
            remove_output_file(path)


class WijkaanpakAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, define strings with self.tr and implement ``process``."""

    NAME = ""
    GROUP_ID = "inventories"

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

    def processAlgorithm(self, parameters, context, feedback):
        """Run, and on any failure remove what this run wrote and explain in plain words."""
        outputs = RunOutputs()
        try:
            result = self.process(parameters, context, feedback, outputs)
            if feedback is not None and feedback.isCanceled():
                outputs.discard()
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "WijkaanpakAlgorithm", "Cancelled: no output was written."
                    )
                )
            return result
        except QgsProcessingException:
            outputs.discard()
            raise
        except WijkaanpakInputError as error:
            outputs.discard()
            raise QgsProcessingException(str(error)) from error
        except Exception as error:  # noqa: BLE001 - never a raw traceback for the user
            outputs.discard()
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
