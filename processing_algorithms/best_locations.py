"""Processing face: best locations for k new places (maximal coverage of residents outside
the norm); the computation is :mod:`..wijkaanpak_plugin.core.best_locations`."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core import best_locations as core
from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.figures import parse_suppressed
from ..wijkaanpak_plugin.core.geometry import assign_points_to_areas, points_in_polygons
from ..wijkaanpak_plugin.core.norms import norm_profile, user_norm_profile
from ..wijkaanpak_plugin.core.population import place_age_flags, residents_per_age_group
from ..wijkaanpak_plugin.core.reach_model import (
    SERVED_BY,
    ReachModel,
    distance_type_label,
)
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    point_geometries,
    polygon_rings,
    read_features,
    read_table,
    wkb_geometries,
    write_features,
)
from ..wijkaanpak_plugin.reach_inputs import (
    CBS_BAND_FIELDS,
    CBS_GROUP_FIELDS,
    drop_null_geometries,
    read_areas,
    read_places,
    read_population,
)
from .base import (
    WijkaanpakAlgorithm,
    fits_areas,
    fits_playgrounds,
    fits_population,
    output_language,
    preselect_layer,
    set_decimals,
)
from .reach_parameters import POINTS_OR_POLYGONS, network_of, network_parameters, wanted

GROUPS = ["0-5", "6-11", "12-17", "65+"]
NORM_KEYS = ["midden_drenthe_2011", "fields_in_trust", None]
METHODS = [core.GREEDY, core.OPTIMAL]
BAND_0_14, BAND_15_24 = "0-14", "15-24"


class BestLocationsAlgorithm(WijkaanpakAlgorithm):
    NAME = "bestlocations"
    GROUP_ID = "reach"

    POPULATION = "POPULATION"
    GROUP = "GROUP"
    COUNT_FIELD = "COUNT_FIELD"
    FIELD_0_14 = "FIELD_0_14"
    FIELD_15_24 = "FIELD_15_24"
    SUPPRESSED_VALUE = "SUPPRESSED_VALUE"
    EXISTING = "EXISTING"
    UNKNOWN_AGES = "UNKNOWN_AGES"
    CANDIDATES = "CANDIDATES"
    AREAS = "AREAS"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    GRID_SPACING = "GRID_SPACING"
    WITHIN = "WITHIN"
    K = "K"
    NORM = "NORM"
    USER_DISTANCE = "USER_DISTANCE"
    METHOD = "METHOD"
    TIME_LIMIT = "TIME_LIMIT"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    FIELDS_WITH_FALLBACK = (FIELD_0_14, FIELD_15_24)

    def displayName(self) -> str:
        return self.tr("Best locations for k new places")

    def shortHelpString(self) -> str:
        return self.tr(
            "Where do the next k playgrounds or meeting places bring the most residents within "
            "the walking-distance norm?\n\n"
            "In: population (CBS 100 m grid or address points) with the group to serve (an "
            "age group, or 65+ for meeting places), the existing places, candidate sites (a "
            "point layer, or a regular grid every so many metres inside the areas, optionally "
            "only inside a polygon layer such as public space), k, the norm, optionally a "
            "street network and a weight per area (e.g. the loneliness estimate).\n"
            "Out: the k sites ranked, each with the residents it newly brings within the norm "
            "(given the sites ranked before it) and the cumulative share of the group within "
            "the norm; and per area the residents newly reached, share before and after.\n\n"
            "Method: maximal coverage of the residents outside the norm today. A site reaches "
            "a resident within the norm (straight-line, or walking over the network as in "
            "the reach analysis). Greedy (lazy evaluation) picks the site with the largest "
            "gain, then the next given the first, and so on; it is proven to reach at least "
            "63 % of the optimum and is usually within a few percent. Optimal solves the "
            "integer programme with HiGHS (SciPy 1.9 or newer) within a time limit and "
            "reports the optimality gap. The figures are a signal for conversation with "
            "residents, not a verdict on a neighbourhood."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (CBS grid, addresses)"), POINTS_OR_POLYGONS
        )
        p.setHelp(
            self.tr(
                "Where residents live: points, or polygons measured from their centroid (the "
                "CBS 100 m grid). Their counts of the group to serve are read from the fields "
                "below."
            )
        )
        preselect_layer(p, fits_population)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.GROUP,
            self.tr("Group to serve"),
            [
                self.tr("Children 0-5 (playgrounds)"),
                self.tr("Children 6-11 (playgrounds)"),
                self.tr("Young people 12-17 (playgrounds)"),
                self.tr("Residents 65+ (meeting places)"),
            ],
            defaultValue=1,
        )
        p.setHelp(
            self.tr(
                "The residents the new places are for. An age group is measured to the "
                "existing playgrounds that serve it (fields age_0_5, age_6_11, age_12_17), "
                "65+ to the existing meeting places, each against its norm."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.COUNT_FIELD,
            self.tr("Residents of the group (field)"),
            None,
            self.POPULATION,
            QgsProcessingParameterField.Any,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "A field with the number of residents of the group per feature. Empty: for "
                "65+ the CBS grid field aantal_inwoners_65_jaar_en_ouder, for an age group a "
                "split of the CBS bands 0-14 and 15-24 (see the reach analysis). Suppressed "
                "CBS values count as the value below."
            )
        )
        self.addParameter(p)
        for name, title, default in (
            (self.FIELD_0_14, self.tr("CBS band 0-14 (field)"), CBS_BAND_FIELDS[BAND_0_14]),
            (self.FIELD_15_24, self.tr("CBS band 15-24 (field)"), CBS_BAND_FIELDS[BAND_15_24]),
        ):
            p = QgsProcessingParameterField(
                name,
                title,
                default,
                self.POPULATION,
                QgsProcessingParameterField.Any,
                optional=True,
            )
            p.setHelp(
                self.tr(
                    "Used when no field of the group is given: the CBS grid's band, split "
                    "into age groups as the reach analysis does."
                )
            )
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SUPPRESSED_VALUE,
            self.tr("Residents in a suppressed CBS cell"),
            QgsProcessingParameterNumber.Double,
            2.5,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "CBS hides small counts (-99997 etc.); such a count is taken as this many "
                "residents: 2.5 is the middle of 0-5, 0 a lower bound."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 1)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.EXISTING,
            self.tr("Existing places (playgrounds or meeting places)"),
            POINTS_OR_POLYGONS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "The places there are today; residents within the norm of a suitable one are "
                "served already and not counted as gain. Playgrounds serve the age groups in "
                "their age_* fields; for 65+ give the meeting places. Empty: nobody is "
                "served today."
            )
        )
        preselect_layer(p, fits_playgrounds)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.UNKNOWN_AGES,
            self.tr("An existing playground with unknown age groups"),
            [self.tr("serves all age groups"), self.tr("serves no age group")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "What an empty (or missing) age field of an existing playground means. BGT "
                "play equipment has no age groups: 'serves all' counts every playground."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.CANDIDATES,
            self.tr("Candidate sites (points)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Where a new place could go, e.g. municipal plots. Empty: a regular grid "
                "every 'grid spacing' metres inside the areas."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.AREAS,
            self.tr("Areas (wijken, buurten)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Needed for a grid of candidates (the grid is laid inside them), for the "
                "residents newly reached per area and for weights per area."
            )
        )
        preselect_layer(p, fits_areas)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AREA_CODE_FIELD,
            self.tr("Area code field"),
            None,
            self.AREAS,
            QgsProcessingParameterField.Any,
            optional=True,
        )
        p.setHelp(self.tr("A code per area (e.g. wijkcode), each area its own; needed with areas."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.WEIGHT_FIELD,
            self.tr("Weight per area (field, e.g. loneliness estimate)"),
            None,
            self.AREAS,
            QgsProcessingParameterField.Any,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Optional: a number per area; a resident counts with the weight of the area "
                "they live in (e.g. the share lonely), so sites in areas with a higher weight "
                "are preferred. Suppressed or empty values, and residents outside every area, "
                "get the mean weight of the other areas (listed in the log)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.GRID_SPACING,
            self.tr("Grid spacing of candidate sites (m)"),
            QgsProcessingParameterNumber.Double,
            50.0,
            minValue=1.0,
        )
        p.setHelp(
            self.tr(
                "Without a candidate layer: a candidate site every this many metres inside "
                "the areas (points aligned to multiples of the spacing in RD New)."
            )
        )
        set_decimals(p, 0)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.WITHIN,
            self.tr("Only within (e.g. public space)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Optional polygons (public space, municipal land, green): only candidate "
                "sites inside one of them are considered."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.K,
            self.tr("Number of new places (k)"),
            QgsProcessingParameterNumber.Integer,
            5,
            minValue=1,
        )
        p.setHelp(self.tr("How many new places to choose."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.NORM,
            self.tr("Norm (maximum walking distance)"),
            [
                self.tr("Midden-Drenthe 2011 play policy (NL)"),
                self.tr("Fields in Trust (UK)"),
                self.tr("User-defined distance (below)"),
            ],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "The norm of the group to serve in the chosen profile: a resident farther from "
                "every suitable place is outside the norm."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.USER_DISTANCE,
            self.tr("User-defined distance (m)"),
            QgsProcessingParameterNumber.Double,
            400.0,
            minValue=0.0,
        )
        p.setHelp(self.tr("The norm in metres; used only with the user-defined norm."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 0)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Method"),
            [self.tr("Greedy (fast)"), self.tr("Optimal (integer programme, HiGHS)")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Greedy: site by site, each the largest gain given the ones before (seconds). "
                "Optimal: the best set of k sites, proven within the time limit (needs SciPy "
                "1.9 or newer); the log and OPTIMALITY_GAP say how close it is proven to be."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TIME_LIMIT,
            self.tr("Time limit of the optimal method (s)"),
            QgsProcessingParameterNumber.Double,
            60.0,
            minValue=1.0,
        )
        p.setHelp(
            self.tr(
                "After this many seconds the optimal method stops with the best set found "
                "(never worse than greedy) and reports its gap to the proven bound."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 0)
        self.addParameter(p)
        network_parameters(self)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_SITES, self.tr("Best locations"), QgsProcessing.TypeVectorPoint
        )
        p.setHelp(
            self.tr(
                "The chosen sites in rank order: rank, gain (residents newly within the norm, "
                "given the sites ranked before), gain_weighted, cumulative, share_after "
                "(share of the group within the norm after this site), reach_alone (residents "
                "outside the norm it reaches on its own), candidate_fid, label, group, norm_m, "
                "distance_type, method."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS,
            self.tr("Residents newly reached per area"),
            QgsProcessing.TypeVectorPolygon,
            optional=True,
            createByDefault=True,
        )
        p.setHelp(
            self.tr(
                "Per area (needs areas): residents of the group, within the norm today, newly "
                "reached, and the share within the norm before and after."
            )
        )
        self.addParameter(p)
        for name, title in (
            ("N_SITES", self.tr("Sites chosen")),
            ("N_CANDIDATES", self.tr("Candidate sites considered")),
            ("RESIDENTS_OUTSIDE", self.tr("Residents of the group outside the norm today")),
            ("RESIDENTS_NEWLY_REACHED", self.tr("Residents newly within the norm")),
            ("SHARE_BEFORE", self.tr("Share of the group within the norm today")),
            ("SHARE_AFTER", self.tr("Share of the group within the norm with the new sites")),
            ("OPTIMALITY_GAP", self.tr("Optimality gap (optimal method; 0 = proven optimum)")),
            ("GREEDY_SHARE_OF_BOUND", self.tr("Greedy coverage as share of the proven bound")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString("METHOD_STATUS", self.tr("How the method ended")))

    # ------------------------------------------------------------------------ checks

    def early_checks(self, parameters, context) -> None:
        k = self.parameterAsInt(parameters, self.K, context)
        if k < 1:
            raise QgsProcessingException(
                self.tr("Parameter K (number of new places) must be 1 or more, got {}.").format(k)
            )
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        candidates = self.parameterAsSource(parameters, self.CANDIDATES, context)
        if candidates is None and areas is None:
            raise QgsProcessingException(
                self.tr(
                    "Give candidate sites (CANDIDATES), or areas (AREAS) to lay a grid of "
                    "candidate sites in."
                )
            )
        if areas is not None:
            self.require_field(parameters, context, self.AREA_CODE_FIELD)
        elif self.parameterAsString(parameters, self.WEIGHT_FIELD, context):
            raise QgsProcessingException(
                self.tr("A weight field (WEIGHT_FIELD) needs the areas layer (AREAS).")
            )
        if (
            self.parameterAsEnum(parameters, self.METHOD, context) == 1
            and not core.scipy_has_milp()
        ):
            import scipy

            raise QgsProcessingException(
                self.tr(
                    "The optimal method needs SciPy 1.9 or newer (scipy.optimize.milp); this "
                    "QGIS has SciPy {}. Choose the greedy method, or update SciPy."
                ).format(scipy.__version__)
            )
        if NORM_KEYS[self.parameterAsEnum(parameters, self.NORM, context)] is None:
            distance = self.parameterAsDouble(parameters, self.USER_DISTANCE, context)
            if not np.isfinite(distance) or distance <= 0:
                raise QgsProcessingException(
                    self.tr(
                        "User-defined norm: parameter USER_DISTANCE must be more than 0 m, got {}."
                    ).format(distance)
                )

    def _norm(self, parameters, context):
        key = NORM_KEYS[self.parameterAsEnum(parameters, self.NORM, context)]
        if key is not None:
            return norm_profile(key)
        d = self.parameterAsDouble(parameters, self.USER_DISTANCE, context)
        return user_norm_profile(d, d, d, d, name="User-defined ({:g} m)".format(d))

    # ------------------------------------------------------------------------ reading

    def _residents(self, parameters, context, feedback, group: str, label: str):
        source = self.source_or_fail(parameters, self.POPULATION, context)
        present = set(source.fields().names())
        own = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        counts, bands = {}, {}
        if own:
            counts[group] = own
        elif group == "65+":
            if CBS_GROUP_FIELDS["65+"] in present:
                counts[group] = CBS_GROUP_FIELDS["65+"]
        else:
            for name, band in ((self.FIELD_0_14, BAND_0_14), (self.FIELD_15_24, BAND_15_24)):
                value = self.parameterAsString(parameters, name, context)
                if value and value in present:
                    bands[band] = value
        if not counts and not bands:
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}': no field with residents {}. Choose the field of "
                    "the group (COUNT_FIELD), or give the CBS bands 0-14 and 15-24."
                ).format(label, group)
            )
        population = read_population(
            source,
            counts,
            bands,
            context=context,
            feedback=feedback,
            label=label,
            layer=self.whole_layer(parameters, self.POPULATION, context),
        )
        try:
            cleaned = residents_per_age_group(
                len(population.xy),
                counts=population.counts,
                bands=population.bands,
                labels=population.labels,
                suppressed_value=self.parameterAsDouble(parameters, self.SUPPRESSED_VALUE, context),
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Population layer '{}': {}").format(label, error)
            ) from error
        if group not in cleaned.residents:
            raise QgsProcessingException(
                self.tr(
                    "Population layer '{}': the residents {} cannot be counted from the fields "
                    "given ({}). {}"
                ).format(
                    label, group, ", ".join(population.labels.values()), " ".join(cleaned.notes)
                )
            )
        if cleaned.suppressed_rows:
            feedback.pushInfo(
                self.tr(
                    "{} population features have a suppressed or empty count; each counts as "
                    "{:g} residents."
                ).format(cleaned.suppressed_rows, cleaned.suppressed_value)
            )
        feedback.pushInfo(self.tr("Residents {}: {}.").format(group, cleaned.origin[group]))
        return population, np.asarray(cleaned.residents[group], dtype=float)

    def _within_now(self, parameters, context, feedback, group, norm, distance, pop_xy, network):
        source = self.parameterAsSource(parameters, self.EXISTING, context)
        if source is None:
            feedback.pushInfo(self.tr("No existing places given: nobody is served today."))
            return np.zeros(len(pop_xy), dtype=bool), 0
        label = self.layer_name(parameters, self.EXISTING, context)
        places = read_places(
            source,
            self.tr("places"),
            context=context,
            feedback=feedback,
            label=label,
            layer=self.whole_layer(parameters, self.EXISTING, context),
        )
        place_group = SERVED_BY[group]
        m = len(places.xy)
        if group == "65+":
            serves = np.ones(m, dtype=bool)
        else:
            unknown_serve = self.parameterAsEnum(parameters, self.UNKNOWN_AGES, context) == 0
            flags, _unknown = place_age_flags({group: places.ages.get(group)}, m, unknown_serve)
            serves = flags[group]
        try:
            model = ReachModel(
                places.xy,
                {place_group: serves},
                norm,
                place_ids=places.fids,
                network=network,
                max_snap_distance=self.parameterAsDouble(parameters, "MAX_SNAP", context),
                place_rings=places.rings,
            )
            nearest = model.nearest(pop_xy, [place_group])[place_group]
        except WijkaanpakInputError as error:
            raise QgsProcessingException(self.tr("Layer '{}': {}").format(label, error)) from error
        feedback.pushInfo(
            self.tr("Existing places suitable for {}: {} of {}.").format(
                group, int(serves.sum()), m
            )
        )
        return nearest.distance <= distance, int(serves.sum())

    def _polygons(self, parameters, name, context, feedback):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        label = self.layer_name(parameters, name, context)
        table = read_features(source, [], context, feedback, keep_wkb=True, label=label)
        table = drop_null_geometries(table, feedback, self.tr("polygons"))
        if len(table) == 0:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no polygons with a geometry.").format(label)
            )
        return polygon_rings(table.wkb)

    def _area_weights(self, parameters, context, feedback, areas, label) -> np.ndarray | None:
        field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        if not field:
            return None
        source = self.parameterAsSource(parameters, self.AREAS, context)
        code_field = areas.code_field
        table = read_table(source, [code_field, field], feedback, label=label)
        try:
            values = parse_suppressed(
                table.frame[field].reset_index(drop=True), name=field, errors="raise"
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Area layer '{}': {}").format(label, error)
            ) from error
        by_code = dict(zip(table.frame[code_field].tolist(), values.to_numpy(dtype=float)))
        weights = np.array([by_code.get(code, np.nan) for code in areas.codes], dtype=float)
        negative = np.isfinite(weights) & (weights < 0)
        if negative.any():
            code = areas.codes[int(np.nonzero(negative)[0][0])]
            raise QgsProcessingException(
                self.tr(
                    "Area layer '{}': area '{}' has a negative weight in field '{}'; weights "
                    "must be 0 or more."
                ).format(label, code, field)
            )
        known = np.isfinite(weights)
        if not known.any():
            raise QgsProcessingException(
                self.tr("Area layer '{}': field '{}' has no usable value in any area.").format(
                    label, field
                )
            )
        if not known.all():
            missing = [str(c) for c, k in zip(areas.codes, known) if not k]
            feedback.pushWarning(
                self.tr(
                    "Area layer '{}': {} areas have no usable weight in field '{}' (suppressed "
                    "or empty): they get the mean weight of the other areas, {:.3g} ({})."
                ).format(
                    label,
                    len(missing),
                    field,
                    float(weights[known].mean()),
                    ", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""),
                )
            )
            weights[~known] = weights[known].mean()
        return weights

    # ------------------------------------------------------------------------ run

    def process(self, parameters, context, feedback, outputs) -> dict:
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        group = GROUPS[self.parameterAsEnum(parameters, self.GROUP, context)]
        norm = self._norm(parameters, context)
        distance = norm.max_distance(group)
        k = self.parameterAsInt(parameters, self.K, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        time_limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        pop_label = self.layer_name(parameters, self.POPULATION, context)
        feedback.pushInfo(
            self.tr("Group {}; norm {} m ({}); k = {}; method {}.").format(
                group, "{:g}".format(distance), norm.name, k, method
            )
        )

        # 1. read ---------------------------------------------------------------------------
        population, residents = self._residents(parameters, context, steps, group, pop_label)
        pop_xy = np.asarray(population.xy, dtype=float)
        if steps.isCanceled():
            return {}
        steps.setCurrentStep(1)
        network = network_of(self, parameters, context, steps)
        max_snap = self.parameterAsDouble(parameters, "MAX_SNAP", context)
        within_now, _n_suitable = self._within_now(
            parameters, context, steps, group, norm, distance, pop_xy, network
        )
        if steps.isCanceled():
            return {}

        # 2. areas and candidates ------------------------------------------------------------
        steps.setCurrentStep(2)
        areas = None
        area_index = None
        weights = None
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        area_label = self.layer_name(parameters, self.AREAS, context)
        if area_source is not None:
            areas = read_areas(
                area_source,
                self.parameterAsString(parameters, self.AREA_CODE_FIELD, context),
                context=context,
                feedback=steps,
                label=area_label,
            )
            area_index = assign_points_to_areas(pop_xy, areas.rings)
            area_weights = self._area_weights(parameters, context, feedback, areas, area_label)
            if area_weights is not None:
                mean = float(np.mean(area_weights))
                weights = np.where(area_index >= 0, area_weights[np.maximum(area_index, 0)], mean)
                outside = int((area_index < 0).sum())
                if outside:
                    feedback.pushWarning(
                        self.tr(
                            "{} population features lie in no area: they get the mean weight "
                            "{:.3g}."
                        ).format(outside, mean)
                    )
        within_rings = self._polygons(parameters, self.WITHIN, context, steps)
        cand_source = self.parameterAsSource(parameters, self.CANDIDATES, context)
        cand_fids = None
        try:
            if cand_source is not None:
                cand_label = self.layer_name(parameters, self.CANDIDATES, context)
                table = read_features(
                    cand_source,
                    [],
                    context,
                    steps,
                    label=cand_label,
                    layer=self.whole_layer(parameters, self.CANDIDATES, context),
                )
                table = drop_null_geometries(table, feedback, self.tr("candidate sites"))
                cand_xy, cand_fids = table.xy, table.fids
                if within_rings is not None and len(cand_xy):
                    hit, _ = points_in_polygons(cand_xy, within_rings)
                    inside = np.zeros(len(cand_xy), dtype=bool)
                    inside[hit] = True
                    cand_xy, cand_fids = cand_xy[inside], cand_fids[inside]
                if len(cand_xy) == 0:
                    raise QgsProcessingException(
                        self.tr(
                            "Layer '{}' has no candidate site with a geometry (inside the "
                            "'only within' polygons, if given)."
                        ).format(cand_label)
                    )
            else:
                spacing = self.parameterAsDouble(parameters, self.GRID_SPACING, context)
                cand_xy = core.candidate_grid(areas.rings, spacing, within_rings)
                if len(cand_xy) == 0:
                    raise QgsProcessingException(
                        self.tr(
                            "A grid every {:g} m inside the areas of '{}' (and the 'only "
                            "within' polygons) has no point: choose a smaller spacing."
                        ).format(spacing, area_label)
                    )
                feedback.pushInfo(
                    self.tr("Candidate sites: a grid every {:g} m, {} points.").format(
                        spacing, len(cand_xy)
                    )
                )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(str(error)) from error
        if steps.isCanceled():
            return {}

        # 3. choose --------------------------------------------------------------------------
        steps.setCurrentStep(3)

        def progress(fraction: float):
            steps.setProgress(100.0 * fraction)
            return not steps.isCanceled()

        try:
            result = core.best_locations(
                residents,
                within_now,
                pop_xy,
                cand_xy,
                k,
                distance,
                weights=weights,
                method=method,
                time_limit=time_limit,
                network=network,
                max_snap_distance=max_snap,
                progress=progress,
            )
        except core.BestLocationsCancelledError:
            return {}
        except WijkaanpakInputError as error:
            raise QgsProcessingException(str(error)) from error
        selection = result.selection
        self._report(feedback, result, group, k)

        # 4. write ---------------------------------------------------------------------------
        steps.setCurrentStep(4)
        distance_type = distance_type_label(network=network is not None)
        language = output_language()
        n = len(result.site_candidate)
        weighted = weights is not None
        sites = pd.DataFrame(
            {
                "rank": np.arange(1, n + 1, dtype=np.int64),
                "gain": result.site_gain,
                "gain_weighted": result.site_gain_weighted if weighted else np.full(n, np.nan),
                "cumulative": result.cumulative,
                "share_after": result.share_after,
                "reach_alone": result.site_alone,
                "candidate_fid": pd.array(
                    cand_fids[result.site_candidate] if cand_fids is not None else [None] * n,
                    dtype="Int64",
                ),
                "x": result.site_xy[:, 0],
                "y": result.site_xy[:, 1],
                "label": [
                    _site_label(i + 1, g, group, language)
                    for i, g in enumerate(result.site_gain.tolist())
                ],
                "group": group,
                "norm_m": float(distance),
                "norm": norm.name,
                "distance_type": distance_type,
                "method": method,
                "method_status": selection.status,
            }
        )
        if not weighted:
            sites = sites.drop(columns=["gain_weighted"])
        fields = fields_for_frame(sites)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT_SITES, context, fields, QgsWkbTypes.Point, WORKING_CRS, outputs
        )
        write_features(sink, fields, sites, point_geometries(result.site_xy), steps, dest)
        self.load_styled(context, dest, "best_locations", self.tr("Best locations"))
        outputs_dict = {self.OUTPUT_SITES: dest}
        if areas is not None and wanted(parameters, self.OUTPUT_AREAS):
            frame = core.per_area(
                residents, within_now, result.newly_reached, area_index, len(areas.codes)
            )
            frame.insert(0, areas.code_field, areas.codes)
            frame["group"] = group
            frame["norm_m"] = float(distance)
            frame["distance_type"] = distance_type
            area_fields = fields_for_frame(frame)
            area_sink, area_dest = self.create_sink(
                parameters,
                self.OUTPUT_AREAS,
                context,
                area_fields,
                QgsWkbTypes.MultiPolygon,
                WORKING_CRS,
                outputs,
            )
            write_features(
                area_sink, area_fields, frame, wkb_geometries(areas.geometries), steps, area_dest
            )
            self.load_styled(
                context, area_dest, "best_locations_areas", self.tr("Newly reached per area")
            )
            outputs_dict[self.OUTPUT_AREAS] = area_dest
        elif wanted(parameters, self.OUTPUT_AREAS):
            feedback.pushInfo(self.tr("No areas given: the output per area is not written."))
        greedy_share = None
        if selection.bound and result.greedy is not None and selection.bound > 0:
            greedy_share = result.greedy.objective / selection.bound
        outputs_dict.update(
            {
                "N_SITES": n,
                "N_CANDIDATES": int(result.candidates),
                "RESIDENTS_OUTSIDE": float(result.residents_outside),
                "RESIDENTS_NEWLY_REACHED": float(result.cumulative[-1]) if n else 0.0,
                "SHARE_BEFORE": float(result.share_before),
                "SHARE_AFTER": float(result.share_after[-1]) if n else float(result.share_before),
                "OPTIMALITY_GAP": selection.gap,
                "GREEDY_SHARE_OF_BOUND": greedy_share,
                "METHOD_STATUS": selection.status,
            }
        )
        return outputs_dict

    def _report(self, feedback, result, group: str, k: int) -> None:
        s = result.selection
        feedback.pushInfo(
            self.tr(
                "Residents {} outside the norm today: {:.0f} of {:.0f} ({:.1%} within). "
                "Candidate sites: {} ({} reach someone outside the norm, after merging equal "
                "ones)."
            ).format(
                group,
                result.residents_outside,
                result.residents_total,
                result.share_before if np.isfinite(result.share_before) else 0.0,
                result.candidates,
                result.candidates_distinct,
            )
        )
        for rank, (gain, share) in enumerate(
            zip(result.site_gain.tolist(), result.share_after.tolist()), start=1
        ):
            feedback.pushInfo(
                self.tr(
                    "Site {}: +{:.1f} residents within the norm; cumulative share {:.1%}."
                ).format(rank, gain, share)
            )
        if s.method == core.OPTIMAL:
            gap = "?" if s.gap is None else "{:.2%}".format(s.gap)
            bound = "?" if s.bound is None else "{:.1f}".format(s.bound)
            feedback.pushInfo(
                self.tr(
                    "Optimal method: {} after {:.1f} s; objective {:.1f}, proven bound {}, "
                    "gap {}; greedy reached {:.1f}."
                ).format(
                    s.status,
                    s.seconds,
                    s.objective,
                    bound,
                    gap,
                    result.greedy.objective if result.greedy else float("nan"),
                )
            )
        for note in result.notes:
            feedback.pushWarning(note)


def _site_label(rank: int, gain: float, group: str, language: str) -> str:
    """The map label of a site, in the output language (Dutch or English)."""
    if language == "nl":
        return "{}: +{:.0f} inwoners {} binnen de norm".format(rank, gain, group)
    return "{}: +{:.0f} residents {} within the norm".format(rank, gain, group)
