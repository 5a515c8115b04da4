"""Processing face: who lives within walking distance of a playground or meeting place.

Reads the layers with layer_io, calls core.reach (straight-line or over a network) and
writes per resident point, per area, per place and a gap layer. Also holds the helpers the
catchment-areas face shares (reading places and the network).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.geometry import (
    assign_places_to_areas,
    assign_points_to_areas,
    polygon_areas,
)
from ..wijkaanpak_plugin.core.network import WalkNetwork, build_walk_network
from ..wijkaanpak_plugin.core.norms import COLUMN_SUFFIX, norm_profile, user_norm_profile
from ..wijkaanpak_plugin.core.population import (
    BAND_0_14,
    BAND_15_24,
    SUPPRESSED_MIDDLE_ESTIMATE,
    overall_shares,
    place_age_flags,
    residents_per_age_group,
    spread_over_addresses,
)
from ..wijkaanpak_plugin.core.reach import playground_reach, reach_per_area
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    FeatureTable,
    fields_for_frame,
    line_coordinates,
    point_geometries,
    polygon_rings,
    read_features,
    wkb_geometries,
    write_features,
)
from .base import SIGNAL_NOTE_EN, Wijkaanpak, WijkaanpakAlgorithm

#: Norm enum order → preset key (None: user-defined).
NORM_KEYS = ["midden_drenthe_2011", "fields_in_trust", None]

POINTS_OR_POLYGONS = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]

#: Playground schema fields with the age groups a playground serves.
AGE_FIELDS = {"0-5": "age_0_5", "6-11": "age_6_11", "12-17": "age_12_17"}

PLAYGROUND = "playground"
MEETING_PLACE = "meeting place"


def wanted(parameters: dict, name: str) -> bool:
    """Whether the user asked for an optional output (an empty value means 'skip')."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return value is not None and str(value) != ""


def drop_null_geometries(table: FeatureTable, feedback, what: str) -> FeatureTable:
    """Leave out features without a usable geometry, saying how many: they cannot be
    measured (no geometry, or coordinates that are NaN or could not be transformed)."""
    bad = table.null_geometry | ~np.isfinite(table.xy).all(axis=1)
    if not bad.any():
        return table
    keep = ~bad
    feedback.pushWarning(
        Wijkaanpak.tr(
            "Layer '{}': {} {} without a usable geometry (empty, or coordinates that are not "
            "numbers or cannot be transformed to EPSG:28992) were left out (first feature "
            "ids: {})."
        ).format(
            table.layer_name,
            int(bad.sum()),
            what,
            ", ".join(str(f) for f in table.fids[bad][:10]),
        )
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


def read_network(
    algorithm: WijkaanpakAlgorithm,
    parameters,
    context,
    feedback,
    network_name: str,
    oneway_name: str,
    barrier_name: str,
) -> WalkNetwork | None:
    """The walking network from a line layer (None when no layer is given).

    Real networks hold zero-length or self-touching lines that GEOS calls invalid; they do
    no harm to a graph (the core skips degenerate segments), so the Processing validity
    check is switched off for this one layer instead of stopping the run.
    """
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        source = algorithm.parameterAsSource(parameters, network_name, context)
    finally:
        context.setInvalidGeometryCheck(check)
    if source is None:
        return None
    label = algorithm.layer_name(parameters, network_name, context)
    oneway = algorithm.parameterAsString(parameters, oneway_name, context)
    barrier = algorithm.parameterAsString(parameters, barrier_name, context)
    fields = [f for f in (oneway, barrier) if f]
    table = read_features(source, fields, context, feedback, keep_wkb=True, label=label)
    if len(table) == 0:
        raise QgsProcessingException(
            Wijkaanpak.tr("Network layer '{}' has no lines.").format(label)
        )
    lines, owners = line_coordinates(table.wkb)

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
        network = build_walk_network(lines, one_way=per_part(oneway), barrier=per_part(barrier))
    except WijkaanpakInputError as error:
        raise QgsProcessingException(
            Wijkaanpak.tr("Network layer '{}': {}").format(label, error)
        ) from error
    feedback.pushInfo(
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
        )
    )

    def feature_ids(line_index: np.ndarray) -> str:
        fids = pd.unique(table.fids[owners[line_index]])
        shown = ", ".join(str(f) for f in fids[:10])
        return shown + (", …" if len(fids) > 10 else "")

    if network.skipped_lines:
        feedback.pushWarning(
            Wijkaanpak.tr(
                "Network layer '{}': {} empty or one-vertex lines were skipped (feature ids: {})."
            ).format(label, network.skipped_lines, feature_ids(network.skipped_line_index))
        )
    if network.invalid_lines:
        feedback.pushWarning(
            Wijkaanpak.tr(
                "Network layer '{}': {} lines with invalid coordinates (not a number or "
                "infinite, e.g. from a coordinate reference system that could not be "
                "transformed) were skipped (feature ids: {})."
            ).format(label, network.invalid_lines, feature_ids(network.invalid_line_index))
        )
    return network


def place_polygons(table: FeatureTable) -> list:
    """Per place its polygon rings (a polygon layer read with its WKB), else empty lists:
    point places."""
    if table.geometry_type != "polygon" or not table.wkb:
        return [[] for _ in range(len(table))]
    return polygon_rings(table.wkb)


def network_parameters(algorithm: WijkaanpakAlgorithm, prefix_help: str = "") -> None:
    """NETWORK, MAX_SNAP, ONEWAY_FIELD and BARRIER_FIELD, shared by both reach faces."""
    p = QgsProcessingParameterFeatureSource(
        "NETWORK",
        Wijkaanpak.tr("Street / footpath network (optional)"),
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


class PlaygroundReachAlgorithm(WijkaanpakAlgorithm):
    NAME = "playgroundreach"
    GROUP_ID = "reach"

    POPULATION = "POPULATION"
    FIELD_0_5 = "FIELD_0_5"
    FIELD_6_11 = "FIELD_6_11"
    FIELD_12_17 = "FIELD_12_17"
    FIELD_65PLUS = "FIELD_65PLUS"
    FIELD_0_14 = "FIELD_0_14"
    FIELD_15_24 = "FIELD_15_24"
    POPULATION_AREA_FIELD = "POPULATION_AREA_FIELD"
    PLAYGROUNDS = "PLAYGROUNDS"
    UNKNOWN_AGES = "UNKNOWN_AGES"
    SUPPRESSED_VALUE = "SUPPRESSED_VALUE"
    ADDRESSES = "ADDRESSES"
    ADDRESS_WEIGHT_FIELD = "ADDRESS_WEIGHT_FIELD"
    MEETING_PLACES = "MEETING_PLACES"
    AREAS = "AREAS"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    NORM = "NORM"
    USER_0_5 = "USER_0_5"
    USER_6_11 = "USER_6_11"
    USER_12_17 = "USER_12_17"
    USER_MEETING = "USER_MEETING"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    NETWORK = "NETWORK"
    MAX_SNAP = "MAX_SNAP"
    ONEWAY_FIELD = "ONEWAY_FIELD"
    BARRIER_FIELD = "BARRIER_FIELD"
    OUTPUT_POPULATION = "OUTPUT_POPULATION"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_PLACES = "OUTPUT_PLACES"
    OUTPUT_GAPS = "OUTPUT_GAPS"

    #: Resident group → own-count parameter, and CBS band → band parameter.
    GROUP_FIELDS = {
        "0-5": FIELD_0_5,
        "6-11": FIELD_6_11,
        "12-17": FIELD_12_17,
        "65+": FIELD_65PLUS,
    }
    BAND_FIELDS = {BAND_0_14: FIELD_0_14, BAND_15_24: FIELD_15_24}
    OUTPUTS = (OUTPUT_POPULATION, OUTPUT_AREAS, OUTPUT_PLACES, OUTPUT_GAPS)

    def displayName(self) -> str:
        return self.tr("Playground and meeting-place reach")

    def shortHelpString(self) -> str:
        return self.tr(
            "Which children and which older residents have a suitable playground or meeting "
            "place within walking distance, where the gaps are, and how each buurt "
            "compares.\n\n"
            "In: population points or polygons (CBS 100 m grid cells, address points; a "
            "population polygon is measured from its centroid) with resident counts per age "
            "group; playgrounds (speelplekken schema: age_0_5, age_6_11, age_12_17) and "
            "optionally meeting places (ontmoetingsplekken), points or polygons; optionally "
            "buurt/wijk polygons or a code field on the population layer; optionally a "
            "street/footpath network.\n"
            "CBS grid: the bands 0-14 and 15-24 are split into 0-5, 6-11 and 12-17 "
            "assuming equal numbers per year of age within a band (0-5 = 6/15 of 0-14, "
            "6-11 = 6/15 of 0-14, 12-17 = 3/15 of 0-14 + 3/10 of 15-24); a suppressed "
            "count (-99997, negative, empty) is replaced by the value of 'Residents counted "
            "for a suppressed count' (default 2.5, the middle of 0-5) and reported.\n\n"
            "Method: per age group the distance to the nearest playground serving it "
            "(residents 65+: the nearest meeting place), straight-line in EPSG:28992 "
            "(times an optional detour factor) or over the network (multi-source "
            "shortest paths, snap legs included), compared with the chosen norm. A polygon "
            "place (park, playground area) is measured to the polygon: 0 inside, else to "
            "the nearest point of its boundary; over the network to where a path enters or "
            "touches it, or from a path beside it by a straight step to its boundary "
            "(sampled every 5 m). It counts in the area it overlaps most.\n\n"
            "Out (each optional): per population feature the distances, within-norm flags "
            "and gap; per area residents, shares within the norm, places, play space and "
            "meeting places per 1,000 residents 65+; per place its catchment (residents for "
            "whom it is the nearest); a gap layer of populated points outside every norm. "
            "Every output states its norm and distance type. Distances of places that "
            "cannot be reached are empty (NULL); with a network, residents on a part of it "
            "from where no suitable place can be reached are counted (N_UNREACHABLE, field "
            "unreachable) apart from those too far from it (N_UNSNAPPED, snapped = 0).\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons)"), POINTS_OR_POLYGONS
        )
        p.setHelp(
            self.tr(
                "CBS 100 m grid cells or address points with residents per age group. "
                "Polygons are measured from their centroid; any CRS (transformed to "
                "EPSG:28992)."
            )
        )
        self.addParameter(p)
        own = (
            (self.FIELD_0_5, self.tr("Residents 0-5 field"), None),
            (self.FIELD_6_11, self.tr("Residents 6-11 field"), None),
            (self.FIELD_12_17, self.tr("Residents 12-17 field"), None),
            (
                self.FIELD_65PLUS,
                self.tr("Residents 65+ field"),
                "aantal_inwoners_65_jaar_en_ouder",
            ),
        )
        for name, title, default in own:
            p = QgsProcessingParameterField(
                name,
                title,
                default,
                self.POPULATION,
                QgsProcessingParameterField.Numeric,
                optional=True,
            )
            p.setHelp(
                self.tr(
                    "Number of residents of this age group per population feature. Empty: "
                    "taken from the CBS bands below where possible (65+: CBS grid field "
                    "aantal_inwoners_65_jaar_en_ouder)."
                )
            )
            self.addParameter(p)
        bands = (
            (
                self.FIELD_0_14,
                self.tr("CBS band 0-14 field"),
                "aantal_inwoners_0_tot_15_jaar",
            ),
            (
                self.FIELD_15_24,
                self.tr("CBS band 15-24 field"),
                "aantal_inwoners_15_tot_25_jaar",
            ),
        )
        for name, title, default in bands:
            p = QgsProcessingParameterField(
                name,
                title,
                default,
                self.POPULATION,
                QgsProcessingParameterField.Numeric,
                optional=True,
            )
            p.setHelp(
                self.tr(
                    "CBS grid band, used only for age groups without a field of their own: "
                    "0-5 = 6/15 of 0-14, 6-11 = 6/15 of 0-14, 12-17 = 3/15 of 0-14 + 3/10 of "
                    "15-24 (equal numbers per year of age within a band)."
                )
            )
            self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SUPPRESSED_VALUE,
            self.tr("Residents counted for a suppressed count"),
            QgsProcessingParameterNumber.Double,
            SUPPRESSED_MIDDLE_ESTIMATE,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "CBS hides small counts (-99997, negative or empty values); each hidden count "
                "is replaced by this number of residents. Default 2.5, the middle estimate: in "
                "the CBS 100 m grid every published count is a multiple of 5 and at least 5, "
                "so a hidden count lies between 0 and 5. 0 gives a lower bound of the "
                "residents, but hidden counts occur mostly in thinly populated (rural) cells, "
                "which are often far from playgrounds, so 0 makes shares within the norm look "
                "better. The log states the value used; the population output flags the "
                "features concerned (field suppressed)."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.ADDRESSES,
            self.tr("Address points to spread population polygons over (optional)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Only with population polygons (e.g. CBS grid cells). Each polygon's residents "
                "are divided over the address points inside it (in proportion to the weight "
                "field, else equally), so distances are measured from where people live "
                "instead of from the centroid. A polygon with residents but no address keeps "
                "them at its centroid; addresses outside every polygon are left out. The "
                "population output then has one row per address: source_fid (the polygon) "
                "and address_fid (empty for a centroid)."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.ADDRESS_WEIGHT_FIELD,
            self.tr("Address weight field (e.g. dwellings per address)"),
            None,
            self.ADDRESSES,
            QgsProcessingParameterField.Numeric,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "A polygon's residents are divided over its addresses in proportion to this "
                "number (e.g. dwellings per address). Empty field: every address weighs 1; an "
                "empty value weighs 0; negative values are refused."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.PLAYGROUNDS, self.tr("Playgrounds (speelplekken)"), POINTS_OR_POLYGONS
        )
        p.setHelp(
            self.tr(
                "Playgrounds in the Wijkaanpak schema (see 'Import playground/meeting-place "
                "inventory'); age_0_5, age_6_11, age_12_17 say which ages each serves (1/0, "
                "empty = unknown). Polygons (playground areas) are measured to the polygon, "
                "not its centroid: 0 inside, else to its nearest boundary point; each counts "
                "in the area it overlaps most, and its surface (or the field surface_m2) gives "
                "the play space per area."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.UNKNOWN_AGES,
            self.tr("A playground with unknown age groups"),
            [self.tr("serves all age groups"), self.tr("serves no age group")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "What an empty (or missing) age field means. BGT play equipment has no age "
                "groups: 'serves all' counts every playground for every age."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MEETING_PLACES,
            self.tr("Meeting places (ontmoetingsplekken)"),
            POINTS_OR_POLYGONS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Benches, community centres, squares, parks…: residents 65+ are measured to the "
                "nearest meeting place (a polygon such as a park: to the polygon). Without this "
                "layer, meeting-place reach is not evaluated (not reported as 0)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.AREAS,
            self.tr("Areas (buurten or wijken polygons)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Polygons to aggregate to; population points are counted in the one they lie "
                "in, point places too, a polygon place in the one it overlaps most."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AREA_CODE_FIELD,
            self.tr("Area code field"),
            "buurtcode",
            self.AREAS,
            optional=True,
        )
        p.setHelp(self.tr("Field with each area's code (e.g. buurtcode BUxxxxxxxx)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.POPULATION_AREA_FIELD,
            self.tr("Area code field on the population layer (when no area polygons)"),
            None,
            self.POPULATION,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "A code field on the population layer to aggregate by when no area polygons are "
                "given, e.g. the CBS grid's buurtcode or wijkcode. The area output then has no "
                "geometry."
            )
        )
        self.addParameter(p)
        norm_help = []
        for key in NORM_KEYS:
            if key is None:
                continue
            try:
                norm_help.append(norm_profile(key).help_text())
            except WijkaanpakInputError:
                pass
        p = QgsProcessingParameterEnum(
            self.NORM,
            self.tr("Norm (maximum walking distance per age group)"),
            [
                self.tr("Midden-Drenthe 2011 play policy (NL)"),
                self.tr("Fields in Trust (UK)"),
                self.tr("User-defined (advanced parameters below)"),
            ],
            defaultValue=0,
        )
        p.setHelp("\n\n".join(norm_help))
        self.addParameter(p)
        for name, title, default in (
            (self.USER_0_5, self.tr("User-defined norm 0-5 (m)"), 100.0),
            (self.USER_6_11, self.tr("User-defined norm 6-11 (m)"), 400.0),
            (self.USER_12_17, self.tr("User-defined norm 12-17 (m)"), 1000.0),
            (self.USER_MEETING, self.tr("User-defined norm meeting place (m)"), 400.0),
        ):
            p = QgsProcessingParameterNumber(
                name, title, QgsProcessingParameterNumber.Double, default, minValue=0.0
            )
            p.setHelp(
                self.tr(
                    "Maximum walking distance in metres; used only with the user-defined "
                    "norm. Must be more than 0."
                )
            )
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        detour_parameter(self)
        network_parameters(self)
        for name, title, kind, default_on in (
            (
                self.OUTPUT_POPULATION,
                self.tr("Reach per population feature"),
                QgsProcessing.TypeVectorPoint,
                True,
            ),
            (self.OUTPUT_AREAS, self.tr("Reach per area"), QgsProcessing.TypeVector, True),
            (
                self.OUTPUT_PLACES,
                self.tr("Catchment per place"),
                QgsProcessing.TypeVectorPoint,
                False,
            ),
            (
                self.OUTPUT_GAPS,
                self.tr("Gaps: populated points outside every norm"),
                QgsProcessing.TypeVectorPoint,
                False,
            ),
        ):
            p = QgsProcessingParameterFeatureSink(
                name, title, kind, optional=True, createByDefault=default_on
            )
            p.setHelp(self._output_help(name))
            self.addParameter(p)
        for name, title in (
            ("N_POPULATION", self.tr("Population features measured")),
            (
                "N_SUPPRESSED",
                self.tr(
                    "Population features with suppressed counts (each replaced by "
                    "SUPPRESSED_VALUE, see the log)"
                ),
            ),
            ("N_UNSNAPPED", self.tr("Population features too far from the network")),
            (
                "N_UNREACHABLE",
                self.tr("Population features on the network that cannot reach a suitable place"),
            ),
            ("SHARE_WITHIN_0_5", self.tr("Share of residents 0-5 within the norm")),
            ("SHARE_WITHIN_6_11", self.tr("Share of residents 6-11 within the norm")),
            ("SHARE_WITHIN_12_17", self.tr("Share of residents 12-17 within the norm")),
            (
                "SHARE_65PLUS_WITHIN_MEETING",
                self.tr("Share of residents 65+ within the meeting-place norm"),
            ),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def _output_help(self, name: str) -> str:
        return {
            self.OUTPUT_POPULATION: self.tr(
                "Points (centroids of polygons): source_fid, dist_0_5 … dist_meeting (m, empty "
                "= no suitable place reachable), nearest_place_* (feature id in the "
                "playground or meeting-place layer), within_* (1/0), within_meeting_65plus, "
                "residents_*, gap, suppressed (1 = a count was hidden by CBS and estimated), "
                "snapped/snap_distance/unreachable (network), norm, distance_type."
            ),
            self.OUTPUT_AREAS: self.tr(
                "Per area: residents per group, residents and share within the norm "
                "(share_0_5_within_norm …, share_65plus_within_meeting_norm), playgrounds, "
                "meeting places per 1,000 residents 65+, play space, gap_points, with a "
                "network unsnapped_points and unreachable_points, norm, distance_type."
            ),
            self.OUTPUT_PLACES: self.tr(
                "Per playground and meeting place: residents per group for whom it is the "
                "nearest suitable place (all, and within the norm)."
            ),
            self.OUTPUT_GAPS: self.tr(
                "The population features with residents that are outside every norm that "
                "applies to them; same fields as the population output."
            ),
        }[name]

    # ------------------------------------------------------------------------ helpers

    def _norm(self, parameters, context):
        key = NORM_KEYS[self.parameterAsEnum(parameters, self.NORM, context)]
        if key is not None:
            return norm_profile(key)
        values = []
        for name, title in (
            (self.USER_0_5, "0-5"),
            (self.USER_6_11, "6-11"),
            (self.USER_12_17, "12-17"),
            (self.USER_MEETING, "meeting place"),
        ):
            value = self.parameterAsDouble(parameters, name, context)
            if not np.isfinite(value) or value <= 0:
                raise QgsProcessingException(
                    self.tr(
                        "User-defined norm: parameter {} (maximum walking distance for {}) must "
                        "be more than 0 m, got {}."
                    ).format(name, title, value)
                )
            values.append(value)
        return user_norm_profile(*values)

    def _population_field(self, parameters, name, context, source, label) -> str:
        """A count field, '' when empty; a CBS default absent from the layer is skipped."""
        value = self.parameterAsString(parameters, name, context)
        if not value:
            return ""
        index = source.fields().lookupField(value)
        if index < 0:
            default = self.parameterDefinition(name).defaultValue()
            if value == default:
                return ""  # the CBS grid name, on a layer that is not the CBS grid
            raise QgsProcessingException(
                self.tr("Population layer '{}' has no field '{}' (parameter {}).").format(
                    label, value, name
                )
            )
        field = source.fields().at(index)
        if not field.isNumeric():
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}': field '{}' (parameter {}) is not numeric; choose "
                    "a field with numbers of residents."
                ).format(label, field.name(), name)
            )
        return field.name()

    def _read_places(self, parameters, name, context, feedback, kind):
        source = self.source_or_fail(parameters, name, context, required=False)
        if source is None:
            return None
        label = self.layer_name(parameters, name, context)
        present = source.fields().names()
        fields = [f for f in ("name", "surface_m2", *AGE_FIELDS.values()) if f in present]
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
        table = read_features(
            source,
            fields,
            context,
            feedback,
            keep_wkb=polygons,
            label=label,
            layer=self.whole_layer(parameters, name, context),
        )
        table = drop_null_geometries(table, feedback, kind)
        if len(table) == 0:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no {} with a geometry.").format(label, kind)
            )
        return table

    # ------------------------------------------------------------------------ run

    def _check_area_parameters(self, parameters, context, feedback) -> bool:
        """Check the area parameters before anything is read or measured; whether the area
        output will be written."""
        want = wanted(parameters, self.OUTPUT_AREAS)
        source = self.parameterAsSource(parameters, self.AREAS, context)
        code_field = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context)
        pop_area_field = self.parameterAsString(parameters, self.POPULATION_AREA_FIELD, context)
        if source is not None and want:
            label = self.layer_name(parameters, self.AREAS, context)
            if not code_field:
                raise QgsProcessingException(
                    self.tr("Choose the area code field of layer '{}' (AREA_CODE_FIELD).").format(
                        label
                    )
                )
            if source.fields().lookupField(code_field) < 0:
                raise QgsProcessingException(
                    self.tr("Area layer '{}' has no field '{}' (AREA_CODE_FIELD).").format(
                        label, code_field
                    )
                )
        if want and source is None and not pop_area_field:
            if not any(wanted(parameters, o) for o in self.OUTPUTS if o != self.OUTPUT_AREAS):
                raise QgsProcessingException(
                    self.tr(
                        "The area output needs areas: give area polygons (AREAS) or an area "
                        "code field on the population layer (POPULATION_AREA_FIELD)."
                    )
                )
            feedback.pushWarning(
                self.tr("No areas given (AREAS or POPULATION_AREA_FIELD): no area output.")
            )
            return False
        return want

    def process(self, parameters, context, feedback, outputs) -> dict:
        if not any(wanted(parameters, o) for o in self.OUTPUTS):
            raise QgsProcessingException(
                self.tr("Choose at least one output (population, areas, places or gaps).")
            )
        write_areas = self._check_area_parameters(parameters, context, feedback)
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        norm = self._norm(parameters, context)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        unknown_serves = self.parameterAsEnum(parameters, self.UNKNOWN_AGES, context) == 0
        suppressed_value = self.parameterAsDouble(parameters, self.SUPPRESSED_VALUE, context)

        # 1. read --------------------------------------------------------------------------
        pop_source = self.source_or_fail(parameters, self.POPULATION, context)
        pop_label = self.layer_name(parameters, self.POPULATION, context)
        group_field = {
            g: self._population_field(parameters, p, context, pop_source, pop_label)
            for g, p in self.GROUP_FIELDS.items()
        }
        band_field = {
            b: self._population_field(parameters, p, context, pop_source, pop_label)
            for b, p in self.BAND_FIELDS.items()
        }
        pop_area_field = self.parameterAsString(parameters, self.POPULATION_AREA_FIELD, context)
        read = [f for f in (*group_field.values(), *band_field.values(), pop_area_field) if f]
        read = list(dict.fromkeys(read))
        if not any(group_field.values()) and not any(band_field.values()):
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}': no resident count field. Choose a field for at "
                    "least one age group (0-5, 6-11, 12-17, 65+) or the CBS bands 0-14 and "
                    "15-24."
                ).format(pop_label)
            )
        addresses = self.source_or_fail(parameters, self.ADDRESSES, context, required=False)
        if (
            addresses is not None
            and QgsWkbTypes.geometryType(pop_source.wkbType()) != QgsWkbTypes.PolygonGeometry
        ):
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}' has no polygons: address points (ADDRESSES) only "
                    "spread population polygons such as CBS grid cells. Leave ADDRESSES empty."
                ).format(pop_label)
            )
        feedback.pushInfo(self.tr("Norm: {}").format(norm.describe()))
        feedback.pushInfo(self.tr("Reading population…"))
        pop = read_features(
            pop_source,
            read,
            context,
            steps,
            keep_wkb=addresses is not None,
            label=pop_label,
            layer=self.whole_layer(parameters, self.POPULATION, context),
        )
        if len(pop) == 0:
            raise QgsProcessingException(
                self.tr("Population layer '{}' has no features.").format(pop_label)
            )
        pop = drop_null_geometries(pop, feedback, self.tr("population features"))
        if len(pop) == 0:
            raise QgsProcessingException(
                self.tr("Population layer '{}' has no feature with a geometry.").format(pop_label)
            )
        try:
            counts = residents_per_age_group(
                len(pop),
                counts={g: pop.frame[f] for g, f in group_field.items() if f},
                bands={b: pop.frame[f] for b, f in band_field.items() if f},
                labels={
                    **{g: f for g, f in group_field.items() if f},
                    **{b: f for b, f in band_field.items() if f},
                },
                suppressed_value=suppressed_value,
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Population layer '{}': {}").format(pop_label, error)
            ) from error
        for g, origin in counts.origin.items():
            feedback.pushInfo(self.tr("Residents {}: {}").format(g, origin))
        if counts.assumption:
            feedback.pushInfo(counts.assumption)
        for note in counts.notes:
            feedback.pushWarning(note)
        address_fids = None
        if addresses is not None:
            pop, counts, address_fids = self._spread_over_addresses(
                parameters, context, steps, addresses, pop, counts, pop_area_field
            )
        if counts.suppressed_rows:
            feedback.pushWarning(
                self.tr(
                    "{} population features have suppressed or missing counts (CBS -99997, "
                    "negative or empty); each such count is taken as {} residents. Per field: {}."
                ).format(
                    counts.suppressed_rows,
                    "{:g}".format(suppressed_value),
                    ", ".join(f"{k} {v}" for k, v in counts.suppressed_values.items() if v),
                )
            )
        if steps.isCanceled():
            return {}

        feedback.pushInfo(self.tr("Reading places…"))
        playgrounds = self._read_places(
            parameters, self.PLAYGROUNDS, context, steps, self.tr("playgrounds")
        )
        if playgrounds is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PLAYGROUNDS))
        meeting = self._read_places(
            parameters, self.MEETING_PLACES, context, steps, self.tr("meeting places")
        )
        flags, unknown = place_age_flags(
            {
                g: playgrounds.frame[f] if f in playgrounds.frame else None
                for g, f in AGE_FIELDS.items()
            },
            len(playgrounds),
            unknown_serves,
        )
        if any(unknown.values()):
            feedback.pushInfo(
                self.tr("Playgrounds with unknown age groups ({}): {}.").format(
                    self.tr("counted as serving them")
                    if unknown_serves
                    else self.tr("counted as not serving them"),
                    ", ".join(f"{g} {n}" for g, n in unknown.items()),
                )
            )
        n_play = len(playgrounds)
        n_meet = 0 if meeting is None else len(meeting)
        places_xy = playgrounds.xy if meeting is None else np.vstack([playgrounds.xy, meeting.xy])
        place_rings = place_polygons(playgrounds) + (
            place_polygons(meeting) if meeting is not None else []
        )
        n_polygons = sum(1 for r in place_rings if r)
        if n_polygons:
            feedback.pushInfo(
                self.tr(
                    "{} polygon places (parks, playground areas) are measured to the polygon: "
                    "0 inside, else to the nearest point of the boundary."
                ).format(n_polygons)
            )
        else:
            place_rings = None
        serves = {g: np.concatenate([f, np.zeros(n_meet, bool)]) for g, f in flags.items()}
        if meeting is not None:
            serves["meeting"] = np.concatenate([np.zeros(n_play, bool), np.ones(n_meet, bool)])
        place_ids = np.concatenate(
            [playgrounds.fids, meeting.fids if meeting is not None else []]
        ).astype(np.int64)
        if steps.isCanceled():
            return {}

        # 2. network -----------------------------------------------------------------------
        steps.setCurrentStep(1)
        network = read_network(
            self, parameters, context, steps, self.NETWORK, self.ONEWAY_FIELD, self.BARRIER_FIELD
        )
        detour = check_detour(self, parameters, context, network)
        if steps.isCanceled():
            return {}

        # 3. distances ---------------------------------------------------------------------
        steps.setCurrentStep(2)
        feedback.pushInfo(self.tr("Measuring distances…"))
        try:
            reach = playground_reach(
                pop.xy,
                counts.residents,
                places_xy,
                serves,
                norm,
                place_ids=place_ids,
                detour_factor=detour,
                network=network,
                max_snap_distance=max_snap,
                place_rings=place_rings,
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Population '{}', playgrounds '{}': {}").format(
                    pop_label, playgrounds.layer_name, error
                )
            ) from error
        for warning in reach.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("Distance type: {}").format(reach.distance_type))
        shares = overall_shares(reach)
        for g, share in shares.items():
            feedback.pushInfo(
                self.tr("Residents {} within {} of {:g} m: {:.1%}").format(
                    g,
                    self.tr("the meeting-place norm") if g == "65+" else self.tr("the norm"),
                    norm.max_distance(g),
                    share,
                )
            )
        if steps.isCanceled():
            return {}

        # 4. aggregate ---------------------------------------------------------------------
        steps.setCurrentStep(3)
        age_split = counts.assumption
        per_point = self._per_point_frame(reach, pop.fids, age_split, counts.suppressed_mask)
        if address_fids is not None:
            per_point.insert(1, "address_fid", address_fids)
        areas = None
        if write_areas:
            areas = self._per_area(
                parameters,
                context,
                steps,
                reach,
                pop,
                pop_area_field,
                places_xy,
                place_rings,
                playgrounds,
                n_meet,
            )
        places = None
        if wanted(parameters, self.OUTPUT_PLACES):
            places = reach.per_place().rename(columns={"place_id": "source_fid"})
            names = [
                playgrounds.frame["name"] if "name" in playgrounds.frame else [None] * n_play,
                (meeting.frame["name"] if "name" in meeting.frame else [None] * n_meet)
                if meeting is not None
                else [],
            ]
            places.insert(0, "place_kind", [PLAYGROUND] * n_play + [MEETING_PLACE] * n_meet)
            places.insert(2, "name", list(names[0]) + list(names[1]))
            if age_split:
                places["age_split"] = age_split
        if steps.isCanceled():
            return {}

        # 5. write -------------------------------------------------------------------------
        steps.setCurrentStep(4)
        results = {
            "N_POPULATION": int(reach.n_points),
            "N_SUPPRESSED": int(counts.suppressed_rows),
            "N_UNSNAPPED": int((~reach.origin_snapped).sum())
            if reach.origin_snapped is not None
            else 0,
            "N_UNREACHABLE": int(reach.unreachable_points.sum()),
            "SHARE_WITHIN_0_5": _share(shares, "0-5"),
            "SHARE_WITHIN_6_11": _share(shares, "6-11"),
            "SHARE_WITHIN_12_17": _share(shares, "12-17"),
            "SHARE_65PLUS_WITHIN_MEETING": _share(shares, "65+"),
        }
        if wanted(parameters, self.OUTPUT_POPULATION):
            dest = self._write(
                parameters,
                self.OUTPUT_POPULATION,
                context,
                steps,
                outputs,
                per_point,
                point_geometries(pop.xy),
                QgsWkbTypes.Point,
            )
            self.load_styled(
                context, dest, "reach_population", self.tr("Reach per population feature")
            )
            results[self.OUTPUT_POPULATION] = dest
        if wanted(parameters, self.OUTPUT_GAPS):
            gap = reach.gap
            dest = self._write(
                parameters,
                self.OUTPUT_GAPS,
                context,
                steps,
                outputs,
                per_point[gap].reset_index(drop=True),
                point_geometries(pop.xy[gap]),
                QgsWkbTypes.Point,
            )
            self.load_styled(context, dest, "reach_gaps", self.tr("Reach gaps"))
            results[self.OUTPUT_GAPS] = dest
            feedback.pushInfo(
                self.tr("{} populated features lie outside every norm that applies.").format(
                    int(gap.sum())
                )
            )
        if places is not None:
            dest = self._write(
                parameters,
                self.OUTPUT_PLACES,
                context,
                steps,
                outputs,
                places,
                point_geometries(places_xy),
                QgsWkbTypes.Point,
            )
            self.load_styled(context, dest, "reach_places", self.tr("Catchment per place"))
            results[self.OUTPUT_PLACES] = dest
        if areas is not None:
            frame, geoms, wkb_type = areas
            if age_split:
                frame["age_split"] = age_split
            dest = self._write(
                parameters,
                self.OUTPUT_AREAS,
                context,
                steps,
                outputs,
                frame,
                geoms,
                wkb_type,
            )
            self.load_styled(context, dest, "reach_areas", self.tr("Reach per area"))
            results[self.OUTPUT_AREAS] = dest
        feedback.pushInfo(Wijkaanpak.tr(SIGNAL_NOTE_EN))
        return results

    def _spread_over_addresses(
        self, parameters, context, feedback, addresses, pop, counts, pop_area_field
    ):
        """Population polygons → their address points (+ centroids of cells without one).

        Returns the new population table (fids: the polygon's, frame: its area code), the
        counts per point and the address fids (NULL for a centroid).
        """
        label = self.layer_name(parameters, self.ADDRESSES, context)
        weight_field = self.parameterAsString(parameters, self.ADDRESS_WEIGHT_FIELD, context)
        feedback.pushInfo(self.tr("Reading addresses…"))
        table = read_features(
            addresses,
            [weight_field] if weight_field else [],
            context,
            feedback,
            label=label,
            layer=self.whole_layer(parameters, self.ADDRESSES, context),
        )
        table = drop_null_geometries(table, feedback, self.tr("addresses"))
        weight = None
        if weight_field:
            weight = pd.to_numeric(table.frame[weight_field], errors="coerce")
            empty = int(weight.isna().sum())
            if empty:
                feedback.pushWarning(
                    self.tr(
                        "Address layer '{}': {} addresses have no value in field '{}'; they "
                        "get no residents."
                    ).format(label, empty, weight_field)
                )
        cell = assign_points_to_areas(table.xy, polygon_rings(pop.wkb))
        try:
            spread, without = spread_over_addresses(cell, counts.residents, weight)
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Address layer '{}': {}").format(label, error)
            ) from error
        inside = cell >= 0
        owner = np.concatenate([cell[inside], without])
        feedback.pushInfo(
            self.tr(
                "Residents of {} population polygons spread over {} addresses of layer '{}'; "
                "{} polygons with residents have no address (their centroid is used); {} "
                "addresses lie outside every polygon and are left out."
            ).format(len(pop), int(inside.sum()), label, len(without), int((~inside).sum()))
        )
        frame = pd.DataFrame(index=range(len(owner)))
        if pop_area_field:
            frame[pop_area_field] = pop.frame[pop_area_field].to_numpy(dtype=object)[owner]
        points = FeatureTable(
            frame=frame,
            fids=pop.fids[owner],
            layer_name=pop.layer_name,
            xy=np.vstack([table.xy[inside], pop.xy[without]]),
            null_geometry=np.zeros(len(owner), dtype=bool),
            geometry_type="point",
        )
        residents = {
            g: np.concatenate([spread[g][inside], counts.residents[g][without]])
            for g in counts.residents
        }
        # NULL address_fid for the centroids of polygons without an address
        address_fids = pd.arrays.IntegerArray(
            np.concatenate([table.fids[inside], np.zeros(len(without), np.int64)]),
            np.arange(len(owner)) >= int(inside.sum()),
        )
        mask = counts.suppressed_mask
        flags = np.concatenate([mask[cell[inside]], mask[without]]) if len(mask) else mask
        return points, replace(counts, residents=residents, suppressed_mask=flags), address_fids

    def _per_point_frame(self, reach, fids, age_split: str, suppressed) -> pd.DataFrame:
        frame = reach.per_point()
        flag = np.zeros(len(frame), dtype=np.int64)
        if len(suppressed) == len(frame):
            flag = np.asarray(suppressed, dtype=bool).astype(np.int64)
        frame.insert(frame.columns.get_loc("gap") + 1, "suppressed", flag)
        rename = {}
        for s in COLUMN_SUFFIX.values():
            rename[f"distance_{s}"] = f"dist_{s}"
            rename[f"within_norm_{s}"] = f"within_{s}"
        rename["within_norm_65plus"] = "within_meeting_65plus"
        frame = frame.rename(columns=rename)
        frame.insert(0, "source_fid", fids)
        if age_split:
            frame["age_split"] = age_split
        return frame

    def _per_area(
        self,
        parameters,
        context,
        feedback,
        reach,
        pop,
        pop_area_field,
        places_xy,
        place_rings,
        playgrounds,
        n_meet,
    ):
        """(frame, geometries, wkb type) per area, or None when no areas are given.

        The code field was checked before the run (``_check_area_parameters``)."""
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        surface = self._play_surface(playgrounds, n_meet)
        if area_source is not None:
            label = self.layer_name(parameters, self.AREAS, context)
            code_field = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context)
            areas = read_features(
                area_source, [code_field], context, feedback, keep_wkb=True, label=label
            )
            areas = drop_null_geometries(areas, feedback, self.tr("areas"))
            if len(areas) == 0:
                raise QgsProcessingException(
                    self.tr("Area layer '{}' has no polygons.").format(label)
                )
            codes = areas.frame[code_field]
            missing = codes.isna() | codes.astype(str).str.strip().eq("")
            if missing.any():
                raise QgsProcessingException(
                    self.tr("Area layer '{}': feature {} has no code in field '{}'.").format(
                        label, areas.fids[missing.to_numpy()][0], code_field
                    )
                )
            twice = codes[codes.duplicated()]
            if len(twice):
                raise QgsProcessingException(
                    self.tr(
                        "Area layer '{}': code '{}' in field '{}' occurs more than once; "
                        "each area needs its own code."
                    ).format(label, twice.iloc[0], code_field)
                )
            rings = polygon_rings(areas.wkb)
            pop_area = assign_points_to_areas(pop.xy, rings)
            if not (pop_area >= 0).any():
                raise QgsProcessingException(
                    self.tr(
                        "No population feature of layer '{}' lies in an area of layer '{}'. "
                        "Do both layers cover the same place?"
                    ).format(pop.layer_name, label)
                )
            frame = reach_per_area(
                reach,
                pop_area,
                assign_places_to_areas(places_xy, place_rings, rings),
                area_codes=codes.tolist(),
                area_size_m2=polygon_areas(rings),
                place_surface_m2=surface,
            )
            geoms = wkb_geometries(areas.wkb)
            wkb_type = QgsWkbTypes.multiType(QgsWkbTypes.flatType(area_source.wkbType()))
        elif pop_area_field:
            code_field = pop_area_field
            frame = reach_per_area(reach, pop.frame[pop_area_field].to_numpy(dtype=object))
            geoms = None
            wkb_type = QgsWkbTypes.NoGeometry
        else:
            return None
        outside = frame.attrs.get("population_points_outside_areas", 0)
        if outside:
            feedback.pushWarning(
                self.tr(
                    "{} population features lie in no area; they are left out of the area figures."
                ).format(outside)
            )
        name = code_field if code_field not in frame.columns else "area_code"
        frame = frame.reset_index().rename(columns={"area": name})
        return frame, geoms, wkb_type

    @staticmethod
    def _play_surface(playgrounds: FeatureTable, n_meet: int) -> np.ndarray:
        """Play space per place: field surface_m2, else a polygon's own area; NaN unknown."""
        n = len(playgrounds)
        surface = np.full(n, np.nan)
        if "surface_m2" in playgrounds.frame:
            surface = pd.to_numeric(playgrounds.frame["surface_m2"], errors="coerce").to_numpy(
                dtype=float
            )
        if playgrounds.wkb:
            own = polygon_areas(polygon_rings(playgrounds.wkb))
            surface = np.where(np.isfinite(surface), surface, own)
        return np.concatenate([surface, np.full(n_meet, np.nan)])

    def _write(self, parameters, name, context, feedback, outputs, frame, geoms, wkb_type) -> str:
        """Write one output (infinite distances as NULL) and return its destination."""
        floats = [c for c in frame.columns if frame[c].dtype.kind == "f"]
        if floats:
            frame = frame.copy()
            frame[floats] = frame[floats].where(np.isfinite(frame[floats]), np.nan)
        fields = fields_for_frame(frame)
        sink, dest = self.create_sink(
            parameters, name, context, fields, wkb_type, WORKING_CRS, outputs
        )
        write_features(sink, fields, frame, geoms, feedback, dest)
        return dest


def _share(shares: dict, group: str):
    value = shares.get(group)
    if value is None or not np.isfinite(value):
        return None
    return float(value)
