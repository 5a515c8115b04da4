"""Parameters both reach faces share (playground reach, catchment areas): the network, its
one-way and barrier fields, the maximum snap distance and the detour factor; and reading
the network parameter with the shared reach reader."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..wijkaanpak_plugin.core.network import WalkNetwork
from ..wijkaanpak_plugin.reach_inputs import read_network
from .base import Wijkaanpak, WijkaanpakAlgorithm, set_decimals

POINTS_OR_POLYGONS = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]


def wanted(parameters: dict, name: str) -> bool:
    """Whether the user asked for an optional output (an empty value means 'skip')."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return value is not None and str(value) != ""


def network_parameters(algorithm: WijkaanpakAlgorithm, prefix_help: str = "") -> None:
    """NETWORK, MAX_SNAP, ONEWAY_FIELD and BARRIER_FIELD, shared by both reach faces."""
    p = QgsProcessingParameterFeatureSource(
        "NETWORK",
        Wijkaanpak.tr("Street / footpath network"),
        [QgsProcessing.TypeVectorLine],
        optional=True,
    )
    p.setHelp(
        Wijkaanpak.tr(
            "Any line layer. With a network, distances are walking distances along it: every "
            "vertex is a node, lines meeting within 0.1 m are joined, and the straight leg "
            "from a point to the nearest spot on the network counts too. Without one, "
            "straight-line distances are used. Broken lines are skipped and counted in the "
            "log with their feature ids (no geometry, one vertex, coordinates that are not "
            "numbers); zero-length lines are not used for attaching points."
        )
        + prefix_help
    )
    algorithm.addParameter(p)
    p = QgsProcessingParameterNumber(
        "MAX_SNAP",
        Wijkaanpak.tr("Maximum distance from a point to the network (m)"),
        QgsProcessingParameterNumber.Double,
        50.0,
        minValue=0.0,
    )
    p.setHelp(
        Wijkaanpak.tr(
            "Points farther from every line are not attached to the network: they are "
            "reported (field snapped = 0) and count as not reached, never silently snapped "
            "to a road far away."
        )
    )
    set_decimals(p, 0)
    algorithm.addParameter(p)
    p = QgsProcessingParameterField(
        "ONEWAY_FIELD",
        Wijkaanpak.tr("One-way field"),
        None,
        "NETWORK",
        QgsProcessingParameterField.Numeric,
        optional=True,
    )
    p.setHelp(
        Wijkaanpak.tr(
            "1 = walkable only in the digitised direction, -1 = only against it, 0 or empty "
            "= both ways."
        )
    )
    p.setFlags(p.flags() | p.FlagAdvanced)
    algorithm.addParameter(p)
    p = QgsProcessingParameterField(
        "BARRIER_FIELD",
        Wijkaanpak.tr("Barrier field"),
        None,
        "NETWORK",
        QgsProcessingParameterField.Numeric,
        optional=True,
    )
    p.setHelp(Wijkaanpak.tr("1 = not walkable (e.g. a motorway), 0 or empty = walkable."))
    p.setFlags(p.flags() | p.FlagAdvanced)
    algorithm.addParameter(p)


def detour_parameter(algorithm: WijkaanpakAlgorithm) -> None:
    p = QgsProcessingParameterNumber(
        "DETOUR_FACTOR",
        Wijkaanpak.tr("Detour factor for straight-line distances"),
        QgsProcessingParameterNumber.Double,
        1.0,
        minValue=1.0,
    )
    p.setHelp(
        Wijkaanpak.tr(
            "Straight-line distances are multiplied by this factor to approximate walking "
            "(e.g. 1.3). 1 = plain straight line. Not used with a network. Every output "
            "states it in the field distance_type."
        )
    )
    p.setFlags(p.flags() | p.FlagAdvanced)
    set_decimals(p, 2)
    algorithm.addParameter(p)


def check_detour(algorithm, parameters, context, network) -> float:
    detour = algorithm.parameterAsDouble(parameters, "DETOUR_FACTOR", context)
    if network is not None and detour != 1.0:
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "Parameter 'Detour factor' (DETOUR_FACTOR) is {} but a network is given: a "
                "detour factor applies to straight-line distances only. Set it to 1."
            ).format(detour)
        )
    return detour


def network_of(
    algorithm: WijkaanpakAlgorithm, parameters, context, feedback
) -> Optional[WalkNetwork]:
    """The walking network of the NETWORK parameter (None when no layer is given).

    Real networks hold zero-length or self-touching lines that GEOS calls invalid; they do
    no harm to a graph (the core skips degenerate segments), so the Processing validity
    check is switched off for this one layer instead of stopping the run.
    """
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        source = algorithm.parameterAsSource(parameters, "NETWORK", context)
    finally:
        context.setInvalidGeometryCheck(check)
    if source is None:
        return None
    return read_network(
        source,
        algorithm.parameterAsString(parameters, "ONEWAY_FIELD", context),
        algorithm.parameterAsString(parameters, "BARRIER_FIELD", context),
        context=context,
        feedback=feedback,
        label=algorithm.layer_name(parameters, "NETWORK", context),
        layer=algorithm.whole_layer(parameters, "NETWORK", context),
    )
