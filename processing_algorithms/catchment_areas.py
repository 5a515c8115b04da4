"""Processing face: catchment areas (service areas) of places for one walking distance."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.network import places_on_network
from ..wijkaanpak_plugin.core.norms import COLUMN_SUFFIX, MEETING, norm_profile
from ..wijkaanpak_plugin.core.population import place_age_flags, residents_per_age_group
from ..wijkaanpak_plugin.core.profile import place_kind
from ..wijkaanpak_plugin.core.reach import catchment_polygons
from ..wijkaanpak_plugin.core.reach_model import ReachModel
from ..wijkaanpak_plugin.core.scenario import ScenarioCancelledError, closure_impact
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    read_features,
    wkb_geometries,
    write_features,
)
from ..wijkaanpak_plugin.reach_inputs import (
    AGE_FIELDS,
    drop_null_geometries,
    guess_population_fields,
    place_polygons,
)
from .ambition_scores import merge_outputs
from .base import WijkaanpakAlgorithm, fits_playgrounds, preselect_layer, set_decimals
from .reach_parameters import (
    POINTS_OR_POLYGONS,
    check_detour,
    detour_parameter,
    network_of,
    network_parameters,
)


class CatchmentAreasAlgorithm(WijkaanpakAlgorithm):
    NAME = "catchmentareas"
    GROUP_ID = "reach"

    PLACES = "PLACES"
    DISTANCE = "DISTANCE"
    POPULATION = "POPULATION"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    NETWORK = "NETWORK"
    MAX_SNAP = "MAX_SNAP"
    ONEWAY_FIELD = "ONEWAY_FIELD"
    BARRIER_FIELD = "BARRIER_FIELD"
    BUFFER = "BUFFER"
    CLOSURE_NORM = "CLOSURE_NORM"
    OUTPUT = "OUTPUT"
    #: CLOSURE_NORM enum order → norm preset key
    CLOSURE_NORM_KEYS = ("midden_drenthe_2011", "fields_in_trust")

    def displayName(self) -> str:
        return self.tr("Catchment areas (service areas) of places")

    def shortHelpString(self) -> str:
        return self.tr(
            "Draws per place the area from where it lies within a walking distance, so a "
            "planner sees which streets a playground or meeting place serves.\n\n"
            "In: places (points or polygons; any CRS), a distance in metres, optionally a "
            "street/footpath network and a population layer.\n"
            "Out: one polygon per place with the place's fields, distance and distance_type "
            "(and, with a network, snapped and cut_points).\n\n"
            "Method: without a network, a circle of radius distance / detour factor (drawn "
            "just inside the true circle); a polygon place (park, playground area) grows by "
            "that radius from its boundary. With a network, the parts of the network within "
            "the distance (shortest paths from the place; a polygon place is reached where a "
            "path enters or touches it, or by a straight step to its boundary), buffered and "
            "joined with the polygon itself; every population "
            "point inside that buffer whose own walking distance (its snap leg included) is "
            "larger than the distance is cut out with a 1 m hole, so a polygon never contains "
            "a resident who lives farther away, unlike interpolated iso-areas. Places farther "
            "than the maximum snap distance from the network get no polygon (reported).\n\n"
            "Closure impact (which place matters most?): with a population layer that has "
            "resident counts per age group (the CBS 100 m grid, or residents_0_5 … "
            "residents_65plus), every place also gets lost_if_closed_0_5, _6_11, _12_17 "
            "(playgrounds, by their age fields) or lost_if_closed_65plus (a meeting-place "
            "layer) and lost_if_closed_total: the residents who would fall outside the norm "
            "(CLOSURE_NORM) if that place closed, because among the layer's places it is the "
            "only one within the norm for them. Measured as the catchment is (network or "
            "straight line × detour factor)."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.PLACES, self.tr("Places (playgrounds, meeting places)"), POINTS_OR_POLYGONS
        )
        p.setHelp(
            self.tr(
                "One catchment polygon is drawn per feature. A polygon place is measured from "
                "its boundary, not its centroid: everyone inside it is at 0 m."
            )
        )
        preselect_layer(p, fits_playgrounds)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.DISTANCE,
            self.tr("Walking distance (m)"),
            QgsProcessingParameterNumber.Double,
            400.0,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Maximum walking distance in metres, e.g. a norm: 100 (0-5), 400 (6-11), "
                "1,000 (12-17)."
            )
        )
        set_decimals(p, 0)
        self.addParameter(p)
        network_parameters(self)
        p = QgsProcessingParameterFeatureSource(
            self.POPULATION,
            self.tr("Population (with a network)"),
            POINTS_OR_POLYGONS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Residents' points (polygons: their centroid). With a network, a resident "
                "inside a polygon who lives farther than the distance is cut out of it."
            )
        )
        self.addParameter(p)
        detour_parameter(self)
        p = QgsProcessingParameterNumber(
            self.BUFFER,
            self.tr("Width around the reached network (m)"),
            QgsProcessingParameterNumber.Double,
            25.0,
            minValue=0.1,
        )
        p.setHelp(
            self.tr(
                "With a network: the reached parts of the lines are buffered by this many "
                "metres to form the polygon (front doors lie a little off the footpath)."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 1)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.CLOSURE_NORM,
            self.tr("Norm for the closure impact"),
            [self.tr("Midden-Drenthe 2011 play policy (NL)"), self.tr("Fields in Trust (UK)")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Used only with a population layer that has resident counts: the walking "
                "distance per age group (and to a meeting place) within which a resident "
                "counts as served, for the columns lost_if_closed_*."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Catchment areas"), QgsProcessing.TypeVectorPolygon
        )
        p.setHelp(self.tr("Polygons with the place's fields, distance and distance_type."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("N_PLACES", self.tr("Places")))
        self.addOutput(
            QgsProcessingOutputNumber("N_UNSNAPPED", self.tr("Places too far from the network"))
        )

    def early_checks(self, parameters, context) -> None:
        """The distance, and no detour factor with a network, before any reading."""
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not np.isfinite(distance) or distance <= 0:
            raise QgsProcessingException(
                self.tr(
                    "Parameter DISTANCE (walking distance) must be more than 0 m, got {}."
                ).format(distance)
            )
        check_detour(
            self, parameters, context, self.parameterAsSource(parameters, "NETWORK", context)
        )

    def process(self, parameters, context, feedback, outputs) -> dict:
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not np.isfinite(distance) or distance <= 0:
            raise QgsProcessingException(
                self.tr(
                    "Parameter DISTANCE (walking distance) must be more than 0 m, got {}."
                ).format(distance)
            )
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)

        # 1. read --------------------------------------------------------------------------
        source = self.source_or_fail(parameters, self.PLACES, context)
        label = self.layer_name(parameters, self.PLACES, context)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
        places = read_features(source, None, context, steps, keep_wkb=polygons, label=label)
        places = drop_null_geometries(places, feedback, self.tr("places"))
        place_rings = place_polygons(places) if polygons else None
        if len(places) == 0:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no places with a geometry.").format(label)
            )
        pop_xy = None
        pop_residents = None
        pop_source = self.parameterAsSource(parameters, self.POPULATION, context)
        if pop_source is not None:
            pop_label = self.layer_name(parameters, self.POPULATION, context)
            groups, bands = guess_population_fields(pop_source.fields().names())
            wanted = list(dict.fromkeys([*groups.values(), *bands.values()]))
            pop = read_features(pop_source, wanted, context, steps, label=pop_label)
            pop = drop_null_geometries(pop, feedback, self.tr("population features"))
            pop_xy = pop.xy
            if groups or bands:
                pop_residents = residents_per_age_group(
                    len(pop),
                    counts={g: pop.frame[f] for g, f in groups.items()},
                    bands={b: pop.frame[f] for b, f in bands.items()},
                    labels={**groups, **bands},
                ).residents
        if steps.isCanceled():
            return {}

        # 2. network -----------------------------------------------------------------------
        steps.setCurrentStep(1)
        network = network_of(self, parameters, context, steps)
        detour = check_detour(self, parameters, context, network)
        if pop_xy is not None and network is None and pop_residents is None:
            feedback.pushInfo(
                self.tr(
                    "Without a network the population is not needed: a circle of the walking "
                    "distance contains nobody who lives farther away."
                )
            )
        if steps.isCanceled():
            return {}

        # 3. polygons ----------------------------------------------------------------------
        steps.setCurrentStep(2)
        on_network = None
        try:
            if network is not None:
                on_network = places_on_network(
                    network, places.xy, max_snap, place_rings=place_rings
                )
            result = catchment_polygons(
                places.xy,
                distance,
                population_xy=pop_xy if network is not None else None,
                network=network,
                detour_factor=detour,
                max_snap_distance=max_snap,
                buffer_m=buffer_m,
                places=on_network,
                place_rings=place_rings,
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(self.tr("Layer '{}': {}").format(label, error)) from error
        columns = {"distance": result.distance, "distance_type": result.distance_type}
        n_unsnapped = 0
        if on_network is not None:
            columns["snapped"] = on_network.snap.snapped
            columns["cut_points"] = result.cut_points
            n_unsnapped = on_network.snap.unsnapped_count
            if n_unsnapped:
                feedback.pushWarning(
                    self.tr(
                        "{} places lie farther than {} m from the network: they get no polygon "
                        "(field snapped = 0)."
                    ).format(n_unsnapped, max_snap)
                )
            cut = int(result.cut_points.sum())
            if cut:
                feedback.pushInfo(
                    self.tr(
                        "{} residents' points inside a buffer but farther than {} m were cut "
                        "out of the polygons."
                    ).format(cut, distance)
                )
        if pop_residents is not None:
            steps.setCurrentStep(3)
            try:
                columns.update(
                    self._closure_columns(
                        parameters, context, steps, source, places, place_rings,
                        network, detour, max_snap, pop_xy, pop_residents,
                    )
                )  # fmt: skip
            except ScenarioCancelledError:
                return {}
        added = pd.DataFrame(columns, index=places.frame.index)
        frame, fields = merge_outputs(places.frame, source.fields(), added, feedback)
        wkbs = [None if g.is_empty else g.wkb for g in result.geometries]
        if steps.isCanceled():
            return {}

        # 4. write -------------------------------------------------------------------------
        steps.setCurrentStep(4)
        sink, dest = self.create_sink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            WORKING_CRS,
            outputs,
        )
        write_features(sink, fields, frame, wkb_geometries(wkbs), steps, dest)
        self.load_styled(context, dest, "catchment_areas", self.tr("Catchment areas"))
        return {self.OUTPUT: dest, "N_PLACES": len(places), "N_UNSNAPPED": int(n_unsnapped)}

    def _closure_columns(
        self, parameters, context, feedback, source, places, place_rings, network, detour,
        max_snap, pop_xy, residents,
    ) -> dict:  # fmt: skip
        """lost_if_closed_<group> per place: residents the place alone keeps within the norm
        (core.scenario.closure_impact), among the places of this layer."""
        key = self.CLOSURE_NORM_KEYS[self.parameterAsEnum(parameters, self.CLOSURE_NORM, context)]
        norm = norm_profile(key)
        n = len(places)
        if place_kind(source.fields().names()) == "meeting":
            serves = {MEETING: np.ones(n, dtype=bool)}
        else:
            frame = places.frame
            serves, _ = place_age_flags(
                {g: frame[f] if f in frame else None for g, f in AGE_FIELDS.items()}, n, True
            )
        try:
            model = ReachModel(
                places.xy, serves, norm, place_ids=places.fids, network=network,
                detour_factor=detour, max_snap_distance=max_snap, place_rings=place_rings,
            )  # fmt: skip
            impact = closure_impact(
                model,
                pop_xy,
                residents,
                progress=lambda f: feedback.setProgress(100.0 * f) or not feedback.isCanceled(),
            )
        except WijkaanpakInputError as error:
            feedback.pushWarning(
                self.tr("No closure impact: {}").format(error)
            )  # fmt: skip
            return {}
        feedback.pushInfo(
            self.tr("Closure impact against the norm {}.").format(norm.describe())
        )  # fmt: skip
        out = {}
        for suffix in COLUMN_SUFFIX.values():
            column = "lost_" + suffix
            if column in impact:
                out["lost_if_closed_" + suffix] = impact[column].to_numpy()
        out["lost_if_closed_total"] = impact["lost_total"].to_numpy()
        return out
