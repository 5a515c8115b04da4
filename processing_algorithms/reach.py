"""Processing face: who lives within walking distance of a playground or meeting place.

Reads the layers with the shared reach reader (``wijkaanpak_plugin/reach_inputs.py``),
calls the reach analysis once (``core/reach_analysis.py``: address spreading, distances,
per area, per place, gaps) and writes per resident point, per area, per place and a gap
layer, with a log of what the analysis found.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.norms import norm_profile, user_norm_profile
from ..wijkaanpak_plugin.core.population import (
    BAND_0_14,
    BAND_15_24,
    SUPPRESSED_MIDDLE_ESTIMATE,
)
from ..wijkaanpak_plugin.core.reach_analysis import (
    ADDRESS_INPUT,
    AREA_INPUT,
    POPULATION_INPUT,
    AnalysisCancelledError,
    ReachAnalysis,
    ReachInputError,
    ReachInputs,
    analyse_reach,
)
from ..wijkaanpak_plugin.core.reach_model import reach_words
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    point_geometries,
    wkb_geometries,
    write_features,
)
from ..wijkaanpak_plugin.reach_inputs import (
    is_polygon_layer,
    read_addresses,
    read_areas,
    read_places,
    read_population,
)
from .base import (
    SIGNAL_NOTE_ALGORITHM_EN,
    SIGNAL_NOTE_EN,
    Wijkaanpak,
    WijkaanpakAlgorithm,
    fits_playgrounds,
    fits_population,
    output_language,
    preselect_layer,
    set_decimals,
)
from .reach_parameters import (
    POINTS_OR_POLYGONS,
    check_detour,
    detour_parameter,
    network_of,
    network_parameters,
    wanted,
)

#: Norm enum order → preset key (None: user-defined).
NORM_KEYS = ["midden_drenthe_2011", "fields_in_trust", None]


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
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons)"), POINTS_OR_POLYGONS
        )
        p.setHelp(
            self.tr(
                "Where the residents live: CBS 100 m grid cells (e.g. cbs_vierkant100m, fields "
                "aantal_inwoners_0_tot_15_jaar ...) or address points with residents per age "
                "group; not the playground layer. Polygons are measured from their centroid; "
                "any CRS (transformed to EPSG:28992). The dialog preselects a project layer "
                "with the CBS grid fields."
            )
        )
        preselect_layer(p, fits_population)
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
        set_decimals(p, 1)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.ADDRESSES,
            self.tr("Address points to spread population polygons over"),
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
                "The playground layer: playgrounds in the Wijkaanpak schema (the output of "
                "'Import playground/meeting-place inventory', field place_type); age_0_5, "
                "age_6_11, age_12_17 say which ages each serves (1/0, "
                "empty = unknown). Polygons (playground areas) are measured to the polygon, "
                "not its centroid: 0 inside, else to its nearest boundary point; each counts "
                "in the area it overlaps most, and its surface (or the field surface_m2) gives "
                "the play space per area."
            )
        )
        preselect_layer(p, fits_playgrounds)
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
            set_decimals(p, 0)
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

    #: CBS grid names and the area code: absent from another layer, they are not used.
    FIELDS_WITH_FALLBACK = (FIELD_65PLUS, FIELD_0_14, FIELD_15_24, AREA_CODE_FIELD)

    def early_checks(self, parameters, context) -> None:
        """Outputs, areas, norm, count fields, addresses and detour, before any reading."""
        if not any(wanted(parameters, o) for o in self.OUTPUTS):
            raise QgsProcessingException(
                self.tr("Choose at least one output (population, areas, places or gaps).")
            )
        self._check_area_parameters(parameters, context, QgsProcessingFeedback())
        self._norm(parameters, context)
        pop_source = self.parameterAsSource(parameters, self.POPULATION, context)
        if pop_source is not None:
            label = self.layer_name(parameters, self.POPULATION, context)
            names = (*self.GROUP_FIELDS.values(), *self.BAND_FIELDS.values())
            if not any(
                [self._population_field(parameters, n, context, pop_source, label) for n in names]
            ):
                raise QgsProcessingException(
                    self.tr(
                        "Population layer '{}': no resident count field. Choose a field for at "
                        "least one age group (0-5, 6-11, 12-17, 65+) or the CBS bands 0-14 and "
                        "15-24."
                    ).format(label)
                )
            addresses = self.parameterAsSource(parameters, self.ADDRESSES, context)
            if addresses is not None and not is_polygon_layer(pop_source):
                raise QgsProcessingException(
                    self.tr(
                        "Population layer '{}' has no polygons: address points (ADDRESSES) only "
                        "spread population polygons such as CBS grid cells. Leave ADDRESSES empty."
                    ).format(label)
                )
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        check_detour(self, parameters, context, network)

    def process(self, parameters, context, feedback, outputs) -> dict:
        if not any(wanted(parameters, o) for o in self.OUTPUTS):
            raise QgsProcessingException(
                self.tr("Choose at least one output (population, areas, places or gaps).")
            )
        write_areas = self._check_area_parameters(parameters, context, feedback)
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        inputs = self._read(parameters, context, steps, write_areas)
        if inputs is None or steps.isCanceled():
            return {}
        steps.setCurrentStep(1)
        feedback.pushInfo(self.tr("Measuring distances…"))
        try:
            analysis = analyse_reach(
                inputs, lambda done: steps.setProgress(100.0 * done) or not steps.isCanceled()
            )
        except AnalysisCancelledError:
            return {}
        except ReachInputError as error:
            raise QgsProcessingException(self._problem(inputs, error)) from error
        self._report(analysis, inputs, feedback)
        steps.setCurrentStep(2)
        return self._write_outputs(parameters, context, steps, outputs, analysis, inputs)

    # ------------------------------------------------------------------------ read

    def _read(self, parameters, context, feedback, write_areas: bool):
        """Every input layer, read once (None when cancelled)."""
        norm = self._norm(parameters, context)
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
        if not any(group_field.values()) and not any(band_field.values()):
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}': no resident count field. Choose a field for at "
                    "least one age group (0-5, 6-11, 12-17, 65+) or the CBS bands 0-14 and "
                    "15-24."
                ).format(pop_label)
            )
        address_source = self.source_or_fail(parameters, self.ADDRESSES, context, required=False)
        if address_source is not None and not is_polygon_layer(pop_source):
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}' has no polygons: address points (ADDRESSES) only "
                    "spread population polygons such as CBS grid cells. Leave ADDRESSES empty."
                ).format(pop_label)
            )
        feedback.pushInfo(self.tr("Norm: {}").format(norm.describe()))
        feedback.pushInfo(self.tr("Reading population…"))
        population = read_population(
            pop_source,
            group_field,
            band_field,
            area_field=self.parameterAsString(parameters, self.POPULATION_AREA_FIELD, context)
            if write_areas
            else "",
            keep_polygons=address_source is not None,
            context=context,
            feedback=feedback,
            label=pop_label,
            layer=self.whole_layer(parameters, self.POPULATION, context),
        )
        addresses = None
        if address_source is not None:
            feedback.pushInfo(self.tr("Reading addresses…"))
            addresses = read_addresses(
                address_source,
                self.parameterAsString(parameters, self.ADDRESS_WEIGHT_FIELD, context),
                context=context,
                feedback=feedback,
                label=self.layer_name(parameters, self.ADDRESSES, context),
                layer=self.whole_layer(parameters, self.ADDRESSES, context),
            )
        if feedback.isCanceled():
            return None
        feedback.pushInfo(self.tr("Reading places…"))
        playgrounds = self._places(parameters, self.PLAYGROUNDS, context, feedback)
        if playgrounds is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PLAYGROUNDS))
        meeting = self._places(parameters, self.MEETING_PLACES, context, feedback)
        if feedback.isCanceled():
            return None
        areas = None
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if write_areas and area_source is not None:
            areas = read_areas(
                area_source,
                self.parameterAsString(parameters, self.AREA_CODE_FIELD, context),
                context=context,
                feedback=feedback,
                label=self.layer_name(parameters, self.AREAS, context),
            )
        network = network_of(self, parameters, context, feedback)
        detour = check_detour(self, parameters, context, network)
        return ReachInputs(
            population=population,
            playgrounds=playgrounds,
            norm=norm,
            meeting_places=meeting,
            addresses=addresses,
            areas=areas,
            network=network,
            unknown_ages_serve=self.parameterAsEnum(parameters, self.UNKNOWN_AGES, context) == 0,
            suppressed_value=self.parameterAsDouble(parameters, self.SUPPRESSED_VALUE, context),
            detour_factor=detour,
            max_snap_distance=self.parameterAsDouble(parameters, self.MAX_SNAP, context),
        )

    def _places(self, parameters, name, context, feedback):
        source = self.source_or_fail(parameters, name, context, required=False)
        if source is None:
            return None
        what = self.tr("playgrounds") if name == self.PLAYGROUNDS else self.tr("meeting places")
        return read_places(
            source,
            what,
            context=context,
            feedback=feedback,
            label=self.layer_name(parameters, name, context),
            layer=self.whole_layer(parameters, name, context),
        )

    def _problem(self, inputs: ReachInputs, error: ReachInputError) -> str:
        """The analysis' complaint, naming the layer it is about."""
        if error.input == POPULATION_INPUT:
            return self.tr("Population layer '{}': {}").format(inputs.population.name, error)
        if error.input == ADDRESS_INPUT:
            return self.tr("Address layer '{}': {}").format(inputs.addresses.name, error)
        if error.input == AREA_INPUT:
            return self.tr(
                "No population feature of layer '{}' lies in an area of layer '{}'. "
                "Do both layers cover the same place?"
            ).format(inputs.population.name, inputs.areas.name)
        return self.tr("Population '{}', playgrounds '{}': {}").format(
            inputs.population.name, inputs.playgrounds.name, error
        )

    # ------------------------------------------------------------------------ report

    def _report(self, analysis: ReachAnalysis, inputs: ReachInputs, feedback) -> None:
        """What the analysis did and found, in the log."""
        counts = analysis.counts
        for g, origin in counts.origin.items():
            feedback.pushInfo(self.tr("Residents {}: {}").format(g, origin))
        if counts.assumption:
            feedback.pushInfo(counts.assumption)
        for note in counts.notes:
            feedback.pushWarning(note)
        spread = analysis.address_spread
        if spread is not None:
            feedback.pushInfo(
                self.tr(
                    "Residents of {} population polygons spread over {} addresses of layer "
                    "'{}'; {} polygons with residents have no address (their centroid is "
                    "used); {} addresses lie outside every polygon and are left out."
                ).format(
                    spread.polygons,
                    spread.addresses_inside,
                    inputs.addresses.name,
                    spread.polygons_without_address,
                    spread.addresses_outside,
                )
            )
        if counts.suppressed_rows:
            feedback.pushWarning(
                self.tr(
                    "{} population features have suppressed or missing counts (CBS -99997, "
                    "negative or empty); each such count is taken as {} residents. Per field: {}."
                ).format(
                    counts.suppressed_rows,
                    "{:g}".format(inputs.suppressed_value),
                    ", ".join(f"{k} {v}" for k, v in counts.suppressed_values.items() if v),
                )
            )
        if any(analysis.unknown_ages.values()):
            feedback.pushInfo(
                self.tr("Playgrounds with unknown age groups ({}): {}.").format(
                    self.tr("counted as serving them")
                    if analysis.unknown_ages_serve
                    else self.tr("counted as not serving them"),
                    ", ".join(f"{g} {n}" for g, n in analysis.unknown_ages.items()),
                )
            )
        if analysis.polygon_places:
            feedback.pushInfo(
                self.tr(
                    "{} polygon places (parks, playground areas) are measured to the polygon: "
                    "0 inside, else to the nearest point of the boundary."
                ).format(analysis.polygon_places)
            )
        for warning in analysis.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("Distance type: {}").format(analysis.distance_type))
        for g, share in analysis.shares.items():
            feedback.pushInfo(
                self.tr("Residents {} within {} of {:g} m: {:.1%}").format(
                    g,
                    self.tr("the meeting-place norm") if g == "65+" else self.tr("the norm"),
                    analysis.share_norms[g],
                    share,
                )
            )
        if analysis.population_outside_areas:
            feedback.pushWarning(
                self.tr(
                    "{} population features lie in no area; they are left out of the area figures."
                ).format(analysis.population_outside_areas)
            )

    # ------------------------------------------------------------------------ write

    def _write_outputs(self, parameters, context, feedback, outputs, analysis, inputs) -> dict:
        results = {
            "N_POPULATION": analysis.n_points,
            "N_SUPPRESSED": analysis.n_suppressed,
            "N_UNSNAPPED": analysis.n_unsnapped,
            "N_UNREACHABLE": analysis.n_unreachable,
            "SHARE_WITHIN_0_5": _share(analysis.shares, "0-5"),
            "SHARE_WITHIN_6_11": _share(analysis.shares, "6-11"),
            "SHARE_WITHIN_12_17": _share(analysis.shares, "12-17"),
            "SHARE_65PLUS_WITHIN_MEETING": _share(analysis.shares, "65+"),
        }
        args = (parameters, context, feedback, outputs)
        points = analysis.population_xy
        if wanted(parameters, self.OUTPUT_POPULATION):
            dest = self._write(
                *args,
                self.OUTPUT_POPULATION,
                analysis.population,
                point_geometries(points),
                QgsWkbTypes.Point,
            )
            self.load_styled(
                context, dest, "reach_population", self.tr("Reach per population feature")
            )
            results[self.OUTPUT_POPULATION] = dest
        if wanted(parameters, self.OUTPUT_GAPS):
            dest = self._write(
                *args,
                self.OUTPUT_GAPS,
                analysis.gaps,
                point_geometries(points[analysis.gap]),
                QgsWkbTypes.Point,
            )
            self.load_styled(context, dest, "reach_gaps", self.tr("Reach gaps"))
            results[self.OUTPUT_GAPS] = dest
            feedback.pushInfo(
                self.tr("{} populated features lie outside every norm that applies.").format(
                    int(analysis.gap.sum())
                )
            )
        if wanted(parameters, self.OUTPUT_PLACES):
            dest = self._write(
                *args,
                self.OUTPUT_PLACES,
                analysis.places,
                point_geometries(analysis.places_xy),
                QgsWkbTypes.Point,
            )
            self.load_styled(context, dest, "reach_places", self.tr("Catchment per place"))
            results[self.OUTPUT_PLACES] = dest
        if analysis.areas is not None and wanted(parameters, self.OUTPUT_AREAS):
            if inputs.areas is not None:
                geometries = wkb_geometries(inputs.areas.geometries)
                source = self.parameterAsSource(parameters, self.AREAS, context)
                wkb_type = QgsWkbTypes.multiType(QgsWkbTypes.flatType(source.wkbType()))
            else:
                geometries, wkb_type = None, QgsWkbTypes.NoGeometry
            dest = self._write(*args, self.OUTPUT_AREAS, analysis.areas, geometries, wkb_type)
            self.load_styled(context, dest, "reach_areas", self.tr("Reach per area"))
            results[self.OUTPUT_AREAS] = dest
        feedback.pushInfo(Wijkaanpak.tr(SIGNAL_NOTE_EN))
        return results

    def _write(self, parameters, context, feedback, outputs, name, frame, geoms, wkb_type) -> str:
        """Write one output (infinite distances as NULL) and return its destination."""
        floats = [c for c in frame.columns if frame[c].dtype.kind == "f"]
        if floats:
            frame = frame.copy()
            frame[floats] = frame[floats].where(np.isfinite(frame[floats]), np.nan)
        frame = reach_words(frame, output_language())  # the user's words, e.g. Dutch
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
