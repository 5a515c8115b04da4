"""Reading the reach inputs from QGIS layers: one reader for the algorithms, docks and tools.

Each function takes a feature source (a QgsVectorLayer, or a Processing feature source with
``layer`` the whole layer behind it for a bulk read), reads it with :mod:`.layer_io` and
returns the plain inputs of :mod:`.core.reach_analysis` (or a :class:`~.core.network.WalkNetwork`
built from a line layer). Features without a usable geometry are left out with a warning;
an input that leaves nothing to measure, or a code field with empty or repeated codes,
raises a ``QgsProcessingException`` naming the layer, the field and the feature. Warnings and
notes go to ``feedback`` when it can take them (a Processing feedback), else nowhere.

:func:`reach_inputs_from_layers` reads a whole set of layers the way the docks and the gap
map tool need it, guessing the count fields of a population layer (CBS grid names, or the
schema's own) when none are given.
"""

from __future__ import annotations

from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from .core.errors import WijkaanpakInputError
from .core.geometry import feature_at_point
from .core.network import WalkNetwork, build_walk_network
from .core.norms import NormProfile, norm_profile
from .core.population import BAND_0_14, BAND_15_24
from .core.reach_analysis import (
    AddressInput,
    AreaInput,
    PlaceInput,
    PopulationInput,
    ReachInputs,
    places_model,
)
from .core.reach_model import ReachModel
from .layer_io import FeatureTable, polygon_rings, read_features, read_lines

#: Playground schema fields with the age groups a playground serves.
AGE_FIELDS = {"0-5": "age_0_5", "6-11": "age_6_11", "12-17": "age_12_17"}

#: Count fields of the CBS 100 m grid, the defaults of the reach algorithm.
CBS_GROUP_FIELDS = {"65+": "aantal_inwoners_65_jaar_en_ouder"}
CBS_BAND_FIELDS = {
    BAND_0_14: "aantal_inwoners_0_tot_15_jaar",
    BAND_15_24: "aantal_inwoners_15_tot_25_jaar",
}
#: The same bands under the CBS grid's older short names (before 2020).
OLD_CBS_BAND_FIELDS = {BAND_0_14: "inw_014", BAND_15_24: "inw_1524"}
#: Own count fields recognised on other population layers (address points, own grids).
OWN_GROUP_FIELDS = {
    "0-5": ("residents_0_5", "inwoners_0_5", "kinderen_0_5"),
    "6-11": ("residents_6_11", "inwoners_6_11", "kinderen_6_11"),
    "12-17": ("residents_12_17", "inwoners_12_17", "jongeren_12_17"),
    "65+": ("residents_65plus", "inwoners_65plus"),
}

DEFAULT_NORM = "midden_drenthe_2011"


class Wijkaanpak:
    """Translation context "Wijkaanpak", shared with the algorithms' module-level helpers
    (``processing_algorithms.base.Wijkaanpak``): messages that moved here from there keep
    their translations."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Wijkaanpak", text)


def _warn(feedback, text: str) -> None:
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)


def _info(feedback, text: str) -> None:
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def is_polygon_layer(source) -> bool:
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry


# --------------------------------------------------------------------------- helpers


def drop_null_geometries(table: FeatureTable, feedback, what: str) -> FeatureTable:
    """Leave out features without a usable geometry, saying how many: they cannot be
    measured (no geometry, or coordinates that are NaN or could not be transformed)."""
    bad = table.null_geometry | ~np.isfinite(table.xy).all(axis=1)
    if not bad.any():
        return table
    keep = ~bad
    _warn(
        feedback,
        Wijkaanpak.tr(
            "Layer '{}': {} {} without a usable geometry (empty, or coordinates that are not "
            "numbers or cannot be transformed to EPSG:28992) were left out (first feature "
            "ids: {})."
        ).format(
            table.layer_name,
            int(bad.sum()),
            what,
            ", ".join(str(f) for f in table.fids[bad][:10]),
        ),
    )
    return FeatureTable(
        frame=table.frame[keep].reset_index(drop=True),
        fids=table.fids[keep],
        layer_name=table.layer_name,
        xy=table.xy[keep],
        wkb=[w for w, k in zip(table.wkb, keep) if k] if table.wkb else [],
        null_geometry=table.null_geometry[keep],
        geometry_type=table.geometry_type,
    )


def place_polygons(table: FeatureTable) -> list:
    """Per place its polygon rings (a polygon layer read with its WKB), else empty lists:
    point places."""
    if table.geometry_type != "polygon" or not table.wkb:
        return [[] for _ in range(len(table))]
    return polygon_rings(table.wkb)


# --------------------------------------------------------------------------- readers


def read_population(
    source,
    count_fields: Optional[Dict[str, str]] = None,
    band_fields: Optional[Dict[str, str]] = None,
    *,
    area_field: str = "",
    keep_polygons: bool = False,
    context=None,
    feedback=None,
    label: Optional[str] = None,
    layer=None,
) -> PopulationInput:
    """Population features: a point each (a polygon's centroid) and the raw count columns.

    ``count_fields``: per resident group its own field; ``band_fields``: the CBS bands
    (``0-14``, ``15-24``); ``area_field``: an area code field; ``keep_polygons``: keep the
    polygons (to spread them over address points).
    """
    count_fields = {g: f for g, f in (count_fields or {}).items() if f}
    band_fields = {b: f for b, f in (band_fields or {}).items() if f}
    label = label or source.sourceName()
    read = [f for f in (*count_fields.values(), *band_fields.values(), area_field) if f]
    read = list(dict.fromkeys(read))
    table = read_features(
        source, read, context, feedback, keep_wkb=keep_polygons, label=label, layer=layer
    )
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Population layer '{}' has no features.").format(label)
        )
    table = drop_null_geometries(table, feedback, Wijkaanpak.tr("population features"))
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Population layer '{}' has no feature with a geometry.").format(label)
        )
    return PopulationInput(
        xy=table.xy,
        fids=table.fids,
        counts={g: table.frame[f] for g, f in count_fields.items()},
        bands={b: table.frame[f] for b, f in band_fields.items()},
        labels={**count_fields, **band_fields},
        area_codes=table.frame[area_field].to_numpy(dtype=object) if area_field else None,
        area_field=area_field,
        rings=polygon_rings(table.wkb) if keep_polygons and table.wkb else None,
        name=label,
    )


def read_addresses(
    source,
    weight_field: str = "",
    *,
    context=None,
    feedback=None,
    label: Optional[str] = None,
    layer=None,
) -> AddressInput:
    """Address points, with their weight (e.g. dwellings per address) when a field is given."""
    label = label or source.sourceName()
    table = read_features(
        source,
        [weight_field] if weight_field else [],
        context,
        feedback,
        label=label,
        layer=layer,
    )
    table = drop_null_geometries(table, feedback, Wijkaanpak.tr("addresses"))
    weight = None
    if weight_field:
        values = pd.to_numeric(table.frame[weight_field], errors="coerce")
        empty = int(values.isna().sum())
        if empty:
            _warn(
                feedback,
                Wijkaanpak.tr(
                    "Address layer '{}': {} addresses have no value in field '{}'; they "
                    "get no residents."
                ).format(label, empty, weight_field),
            )
        weight = values.to_numpy(dtype=float)
    return AddressInput(xy=table.xy, fids=table.fids, weight=weight, name=label)


def read_places(
    source,
    what: str,
    *,
    context=None,
    feedback=None,
    label: Optional[str] = None,
    layer=None,
) -> PlaceInput:
    """Playgrounds or meeting places (``what``, e.g. "playgrounds", names them in messages):
    points or polygons, with the schema fields name, surface_m2 and age_* where present."""
    label = label or source.sourceName()
    present = source.fields().names()
    fields = [f for f in ("name", "surface_m2", *AGE_FIELDS.values()) if f in present]
    polygons = is_polygon_layer(source)
    table = read_features(
        source, fields, context, feedback, keep_wkb=polygons, label=label, layer=layer
    )
    table = drop_null_geometries(table, feedback, what)
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Layer '{}' has no {} with a geometry.").format(label, what)
        )
    frame = table.frame
    return PlaceInput(
        xy=table.xy,
        fids=table.fids,
        names=list(frame["name"]) if "name" in frame else None,
        rings=place_polygons(table) if polygons else None,
        ages={g: frame[f] for g, f in AGE_FIELDS.items() if f in frame},
        surface_m2=frame["surface_m2"] if "surface_m2" in frame else None,
        name=label,
    )


def read_areas(
    source,
    code_field: str,
    *,
    context=None,
    feedback=None,
    label: Optional[str] = None,
) -> AreaInput:
    """Area polygons with their codes; every area needs a code of its own."""
    label = label or source.sourceName()
    table = read_features(
        source, [code_field], context, feedback, keep_wkb=True, check_validity=True, label=label
    )
    invalid = table.invalid_geometry
    if invalid is not None and invalid.any():  # e.g. a boundary that crosses itself
        _warn(
            feedback,
            Wijkaanpak.tr(
                "Area layer '{}': {} area(s) are not valid polygons (e.g. a boundary that "
                "crosses itself), so residents in them may be counted in no area: feature "
                "ids {}. Repair them with 'Fix geometries' and run again."
            ).format(
                label, int(invalid.sum()), ", ".join(str(f) for f in table.fids[invalid][:10])
            ),
        )
    table = drop_null_geometries(table, feedback, Wijkaanpak.tr("areas"))
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Area layer '{}' has no polygons.").format(label)
        )
    codes = table.frame[code_field]
    missing = codes.isna() | codes.astype(str).str.strip().eq("")
    if missing.any():
        raise QgsProcessingException(
            Wijkaanpak.tr("Area layer '{}': feature {} has no code in field '{}'.").format(
                label, table.fids[missing.to_numpy()][0], code_field
            )
        )
    twice = codes[codes.duplicated()]
    if len(twice):
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "Area layer '{}': code '{}' in field '{}' occurs more than once; "
                "each area needs its own code."
            ).format(label, twice.iloc[0], code_field)
        )
    return AreaInput(
        codes=codes.tolist(),
        rings=polygon_rings(table.wkb),
        code_field=code_field,
        geometries=table.wkb,
        name=label,
    )


def read_network(
    source,
    oneway_field: str = "",
    barrier_field: str = "",
    *,
    context=None,
    feedback=None,
    label: Optional[str] = None,
    layer=None,
) -> WalkNetwork:
    """The walking network of a line layer, its make-up in the log and broken lines named.

    Every vertex is a node; lines meeting within 0.1 m are joined (see :mod:`.core.network`).
    ``oneway_field``: 1 = only in digitised direction, -1 = only against it, 0 or empty =
    both ways; ``barrier_field``: 1 = not walkable. ``layer``: the QgsVectorLayer behind
    ``source`` when the source is the whole layer; a GeoPackage is then read in bulk.
    """
    label = label or source.sourceName()
    fields = [f for f in (oneway_field, barrier_field) if f]
    table = read_lines(source, fields, context, feedback, label=label, layer=layer)
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Network layer '{}' has no lines.").format(label)
        )
    lines, owners = table.parts, table.owners

    def per_part(field_name: str):
        if not field_name:
            return None
        values = pd.to_numeric(table.frame[field_name], errors="coerce")
        text = table.frame[field_name]
        bad = values.isna() & text.notna()
        if bad.any():
            raise QgsProcessingException(
                Wijkaanpak.tr(
                    "Network layer '{}': field '{}' must hold numbers (one-way: 1 = only in "
                    "digitised direction, -1 = only against it, 0 or empty = both ways; "
                    "barrier: 1 = not walkable, 0 or empty = walkable); found '{}'."
                ).format(label, field_name, text[bad].iloc[0])
            )
        return values.to_numpy(dtype=float)[owners]

    try:
        network = build_walk_network(
            lines, one_way=per_part(oneway_field), barrier=per_part(barrier_field)
        )
    except WijkaanpakInputError as error:
        raise QgsProcessingException(
            Wijkaanpak.tr("Network layer '{}': {}").format(label, error)
        ) from error
    _info(
        feedback,
        Wijkaanpak.tr(
            "Network '{}': {} segments, {} nodes, {:.1f} km, {} connected parts; {} barrier "
            "lines left out, {} empty or one-vertex lines skipped, {} lines with invalid "
            "coordinates skipped, {} zero-length segments (shorter than the 0.1 m snapping "
            "tolerance) not used."
        ).format(
            label,
            network.n_segments,
            network.n_nodes,
            network.total_length / 1000.0,
            network.component_count,
            network.barrier_lines,
            network.skipped_lines,
            network.invalid_lines,
            network.degenerate_segments,
        ),
    )

    def feature_ids(line_index: np.ndarray) -> str:
        fids = pd.unique(table.fids[owners[line_index]])
        shown = ", ".join(str(f) for f in fids[:10])
        return shown + (", …" if len(fids) > 10 else "")

    if network.skipped_lines:
        _warn(
            feedback,
            Wijkaanpak.tr(
                "Network layer '{}': {} empty or one-vertex lines were skipped (feature ids: {})."
            ).format(label, network.skipped_lines, feature_ids(network.skipped_line_index)),
        )
    if network.invalid_lines:
        _warn(
            feedback,
            Wijkaanpak.tr(
                "Network layer '{}': {} lines with invalid coordinates (not a number or "
                "infinite, e.g. from a coordinate reference system that could not be "
                "transformed) were skipped (feature ids: {})."
            ).format(label, network.invalid_lines, feature_ids(network.invalid_line_index)),
        )
    return network


# --------------------------------------------------------------------------- whole sets


def guess_population_fields(names: Sequence[str]) -> tuple:
    """(own count fields, CBS band fields) a population layer with these field names has:
    the CBS 100 m grid's names (also the older short ones), or the own names of
    :data:`OWN_GROUP_FIELDS`; in any case, returned as the layer spells them."""
    present = {str(n).lower(): str(n) for n in names}
    groups: Dict[str, str] = {}
    for g, candidates in OWN_GROUP_FIELDS.items():
        for candidate in candidates:
            if candidate in present:
                groups[g] = present[candidate]
                break
    for g, name in CBS_GROUP_FIELDS.items():
        if g not in groups and name in present:
            groups[g] = present[name]
    bands = {}
    for b in CBS_BAND_FIELDS:
        for name in (CBS_BAND_FIELDS[b], OLD_CBS_BAND_FIELDS[b]):
            if name in present:
                bands[b] = present[name]
                break
    return groups, bands


def reach_inputs_from_layers(
    population_layer,
    playground_layer,
    meeting_layer=None,
    network_layer=None,
    norm: Optional[NormProfile] = None,
    *,
    count_fields: Optional[Dict[str, str]] = None,
    band_fields: Optional[Dict[str, str]] = None,
    area_layer=None,
    area_code_field: str = "",
    unknown_ages_serve: bool = True,
    max_snap_distance: float = 50.0,
    feedback=None,
) -> ReachInputs:
    """The reach inputs of a set of layers in the project (docks, map tools).

    Count fields default to :func:`guess_population_fields`; ``norm`` to Midden-Drenthe
    2011, the algorithm's default. Raises ``QgsProcessingException`` naming what is wrong.
    """
    if playground_layer is None:
        raise QgsProcessingException(Wijkaanpak.tr("Choose a playground layer."))
    if population_layer is None:
        raise QgsProcessingException(Wijkaanpak.tr("Choose a population layer."))
    if count_fields is None and band_fields is None:
        count_fields, band_fields = guess_population_fields(population_layer.fields().names())
    population = read_population(
        population_layer,
        count_fields,
        band_fields,
        feedback=feedback,
        label=population_layer.name(),
        layer=population_layer,
    )
    playgrounds = read_places(
        playground_layer,
        Wijkaanpak.tr("playgrounds"),
        feedback=feedback,
        label=playground_layer.name(),
        layer=playground_layer,
    )
    meeting = None
    if meeting_layer is not None:
        meeting = read_places(
            meeting_layer,
            Wijkaanpak.tr("meeting places"),
            feedback=feedback,
            label=meeting_layer.name(),
            layer=meeting_layer,
        )
    network = None
    if network_layer is not None:
        network = read_network(
            network_layer, feedback=feedback, label=network_layer.name(), layer=network_layer
        )
    areas = None
    if area_layer is not None and area_code_field:
        areas = read_areas(area_layer, area_code_field, feedback=feedback, label=area_layer.name())
    return ReachInputs(
        population=population,
        playgrounds=playgrounds,
        norm=norm if norm is not None else norm_profile(DEFAULT_NORM),
        meeting_places=meeting,
        areas=areas,
        network=network,
        unknown_ages_serve=unknown_ages_serve,
        max_snap_distance=max_snap_distance,
    )


def places_model_from_layers(
    playground_layer,
    meeting_layer=None,
    network_layer=None,
    norm: Optional[NormProfile] = None,
    *,
    oneway_field: str = "",
    barrier_field: str = "",
    unknown_ages_serve: bool = True,
    detour_factor: float = 1.0,
    max_snap_distance: float = 50.0,
    feedback=None,
) -> ReachModel:
    """The places of the project's layers, prepared as the reach analysis prepares them
    (the same settings give the same distances): any point can then be explained
    (``core.reach_model.explain_point``)."""
    if playground_layer is None:
        raise QgsProcessingException(Wijkaanpak.tr("Choose a playground layer."))
    playgrounds = read_places(
        playground_layer,
        Wijkaanpak.tr("playgrounds"),
        feedback=feedback,
        label=playground_layer.name(),
        layer=playground_layer,
    )
    meeting = None
    if meeting_layer is not None:
        meeting = read_places(
            meeting_layer,
            Wijkaanpak.tr("meeting places"),
            feedback=feedback,
            label=meeting_layer.name(),
            layer=meeting_layer,
        )
    network = None
    if network_layer is not None:
        network = read_network(
            network_layer,
            oneway_field,
            barrier_field,
            feedback=feedback,
            label=network_layer.name(),
            layer=network_layer,
        )
    try:
        return places_model(
            playgrounds,
            norm if norm is not None else norm_profile(DEFAULT_NORM),
            meeting_places=meeting,
            network=network,
            unknown_ages_serve=unknown_ages_serve,
            detour_factor=detour_factor,
            max_snap_distance=max_snap_distance,
        )
    except WijkaanpakInputError as error:
        raise QgsProcessingException(
            Wijkaanpak.tr("Layer '{}': {}").format(playground_layer.name(), error)
        ) from error


def population_feature_at(layer, point_xy, tolerance: float) -> Optional[tuple]:
    """The population feature a map click (EPSG:28992) stands for: the polygon (grid cell)
    it lies in, else the nearest point (house, address) within ``tolerance`` metres.
    Returns (feature id, the point the reach analysis measures it from, polygon or not), or
    None."""
    if layer is None:
        return None
    x, y = float(point_xy[0]), float(point_xy[1])
    polygons = is_polygon_layer(layer)
    table = read_features(
        layer,
        [],
        keep_wkb=polygons,
        label=layer.name(),
        rect=(x - tolerance, y - tolerance, x + tolerance, y + tolerance),
    )
    table = drop_null_geometries(table, None, "")
    if len(table) == 0:
        return None
    rings = polygon_rings(table.wkb) if polygons and table.wkb else None
    found = feature_at_point((x, y), table.xy, rings, 0.0 if polygons else tolerance)
    if found < 0:
        return None
    return int(table.fids[found]), table.xy[found], polygons
