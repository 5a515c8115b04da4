"""Processing face: the loneliness risk index (a transparent composite of CBS risk factors)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.geometry import polygon_areas
from ..wijkaanpak_plugin.core.loneliness import join_on_area_code, with_loneliness_note
from ..wijkaanpak_plugin.core.risk_index import (
    DEFAULT_CONFIG_PATH,
    add_grid_density,
    grid_cell_area_km2,
    load_risk_index_config,
    loneliness_risk_index,
    risk_figures_from_grid,
)
from ..wijkaanpak_plugin.layer_io import FeatureTable, polygon_rings, read_features
from .base import SIGNAL_NOTE_ALGORITHM_EN, Wijkaanpak, WijkaanpakAlgorithm, output_language
from .loneliness_measured import read_layer, write_layer

DENSITY = "bevolkingsdichtheid"
LAYER_TYPES = ["detect", "areas", "grid"]


def cell_area_km2(table: FeatureTable):
    """The common cell area (km²) when the layer is a grid of equal squares, else None."""
    if table.geometry_type != "polygon" or not table.wkb:
        return None
    return grid_cell_area_km2(polygon_areas(polygon_rings(table.wkb)))


class LonelinessRiskIndexAlgorithm(WijkaanpakAlgorithm):
    NAME = "lonelinessriskindex"
    GROUP_ID = "loneliness"

    AREAS = "AREAS"
    CONFIG = "CONFIG"
    MISSING_FACTORS = "MISSING_FACTORS"
    LAYER_TYPE = "LAYER_TYPE"
    POPULATION_FIELD = "POPULATION_FIELD"
    GRID = "GRID"
    GRID_CODE_FIELD = "GRID_CODE_FIELD"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Loneliness risk index")

    def shortHelpString(self) -> str:
        return self.tr(
            "Scores every area (buurt, wijk or 100 m grid cell) on CBS risk factors for "
            "loneliness: one-person households, low income, benefits, migration background, "
            "residents 65+, rental housing, household size and density, with weights and "
            "directions from an editable JSON config (the shipped one when left empty).\n\n"
            "Method: per factor a z-score over the areas of this layer (log scale for "
            "density); the score is the weighted mean of the signed z-scores of the factors an "
            "area has values for (0 = an average area of this layer, higher = more risk); an "
            "area needs values for at least the config's minimum share of the weight. Classes "
            "1 (low) to 5 (high) by quintile, or fixed breaks from the config. Suppressed "
            "figures (-99997, '.') count as missing.\n\n"
            "In: an area or grid layer with CBS figures. Grid cells get a density (residents "
            "per km², from the cell size). Areas without figures of their own (e.g. CBS buurten "
            "2021 of Ermelo) can take them from the 100 m grid: give the grid layer and the "
            "buurt code fields; shares are then ratios of summed counts per buurt.\n"
            "Out: the areas with risk_score, risk_class, risk_class_label, "
            "risk_factor_1..3 with their contributions, risk_reasons, per factor a field "
            "contribution_ + the factor's name, and a note. The index ranks areas within the "
            "layer; it is not a percentage of lonely residents.\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS,
            self.tr("Areas or grid cells"),
            [QgsProcessing.TypeVectorAnyGeometry],
        )
        p.setHelp(
            self.tr(
                "Buurten, wijken or CBS 100 m grid cells with CBS figures (or a code to take "
                "them from the grid below)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.CONFIG,
            self.tr("Risk-index config (JSON)"),
            QgsProcessingParameterFile.File,
            "json",
            None,
            True,
        )
        p.setHelp(
            self.tr(
                "Factors, weights, directions and classes. Empty: the shipped config {}. Copy "
                "it to change the weights together with the GGD."
            ).format(DEFAULT_CONFIG_PATH.name)
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.MISSING_FACTORS,
            self.tr("Factors the layer lacks"),
            [self.tr("Skip them (listed in the log)"), self.tr("Stop with an error")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "One config serves wijken, buurten and grid cells, which carry different "
                "figures. Skip leaves out factors none of whose columns the layer has."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.LAYER_TYPE,
            self.tr("Layer type"),
            [
                self.tr("Detect (equal squares = grid)"),
                self.tr("Areas (buurten, wijken)"),
                self.tr("Grid cells"),
            ],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Grid cells have no density column: it is computed as residents / cell area "
                "(a 100 m cell: residents × 100 per km²) unless the layer has '{}'."
            ).format(DENSITY)
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.POPULATION_FIELD,
            self.tr("Residents field (grid)"),
            "aantal_inwoners",
            self.AREAS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Residents per grid cell, for the density and as weight when grid figures are "
                "summed per buurt."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.GRID,
            self.tr("Take figures from grid cells"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "CBS 100 m grid cells with a buurt code field, for areas without figures of "
                "their own: counts are summed per buurt code (suppressed cells left out of "
                "both parts of a share), percentages averaged weighted by residents."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.GRID_CODE_FIELD,
            self.tr("Buurt code field of the grid"),
            "buurtcode",
            self.GRID,
            optional=True,
        )
        p.setHelp(self.tr("Field of the grid cells with the code of the buurt they lie in."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AREA_CODE_FIELD,
            self.tr("Code field of the areas (for grid figures)"),
            "buurtcode",
            self.AREAS,
            optional=True,
        )
        p.setHelp(self.tr("Field of the areas with the same codes as the grid's code field."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Loneliness risk index"))
        p.setHelp(self.tr("The areas with score, class, top factors, reasons and note."))
        self.addParameter(p)

    #: The code fields are used only with a grid; the population field has its own fallback.
    FIELDS_WITH_FALLBACK = ("POPULATION_FIELD", "GRID_CODE_FIELD", "AREA_CODE_FIELD")

    def early_checks(self, parameters, context) -> None:
        """Figures from a grid need both code fields, checked before any reading."""
        if parameters.get(self.GRID) not in (None, ""):
            self.require_field(parameters, context, self.AREA_CODE_FIELD)
            self.require_field(parameters, context, self.GRID_CODE_FIELD)

    def _grid_figures(self, parameters, context, feedback, areas, config, population):
        """The areas frame with factor values from the grid, and the config that reads them."""
        source = self.source_or_fail(parameters, self.GRID, context)
        label = self.layer_name(parameters, self.GRID, context)
        grid_code = self.parameterAsString(parameters, self.GRID_CODE_FIELD, context)
        area_code = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context)
        for layer, field, what in (
            (label, grid_code, self.tr("grid code field")),
            (areas.layer_name, area_code, self.tr("area code field")),
        ):
            if not field:
                raise QgsProcessingException(
                    self.tr("Figures from the grid need the {} (layer '{}').").format(what, layer)
                )
        if area_code not in areas.frame.columns:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no code field '{}'.").format(areas.layer_name, area_code)
            )
        cells = read_features(source, None, context, feedback, keep_wkb=True, label=label)
        frame = cells.frame
        if grid_code not in frame.columns:
            raise QgsProcessingException(
                self.tr("Grid layer '{}' has no buurt code field '{}'.").format(label, grid_code)
            )
        if population not in frame.columns:
            raise QgsProcessingException(
                self.tr("Grid layer '{}' has no residents field '{}'.").format(label, population)
            )
        area_km2 = cell_area_km2(cells)
        if DENSITY not in frame.columns and area_km2 is not None:
            frame = add_grid_density(frame, population_column=population, cell_area_km2=area_km2)
        try:
            figures, grid_config = risk_figures_from_grid(
                frame, config, buurt_column=grid_code, population_column=population
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Grid layer '{}': {}").format(label, error)
            ) from error
        figures = figures.rename(
            columns={"aantal_inwoners": "grid_aantal_inwoners", "cells": "grid_cells"}
        )
        figures.index.name = "__grid_code__"
        base = areas.frame.drop(columns=[c for c in figures.columns if c in areas.frame.columns])
        try:
            merged, match = join_on_area_code(
                base, figures.reset_index(), area_code, "__grid_code__"
            )
        except WijkaanpakInputError:
            raise QgsProcessingException(
                self.tr(
                    "No code in field '{}' of layer '{}' (e.g. {}) matches a code in field '{}' "
                    "of grid layer '{}' (e.g. {})."
                ).format(
                    area_code,
                    areas.layer_name,
                    ", ".join(areas.frame[area_code].dropna().astype(str).head(3)),
                    grid_code,
                    label,
                    ", ".join(map(str, figures.index[:3])),
                )
            ) from None
        feedback.pushInfo(
            self.tr("Grid '{}': figures for {} of {} areas from {} cells.").format(
                label, match.n_matched, match.n_areas, len(frame)
            )
        )
        return merged, grid_config

    def process(self, parameters, context, feedback, outputs) -> dict:
        config_path = self.parameterAsFile(parameters, self.CONFIG, context) or None
        policy = ["skip", "error"][self.parameterAsEnum(parameters, self.MISSING_FACTORS, context)]
        layer_type = LAYER_TYPES[self.parameterAsEnum(parameters, self.LAYER_TYPE, context)]
        population = (
            self.parameterAsString(parameters, self.POPULATION_FIELD, context) or "aantal_inwoners"
        )
        config = load_risk_index_config(config_path)
        feedback.pushInfo(
            self.tr("Config: {} ({}).").format(config.name, config_path or DEFAULT_CONFIG_PATH)
        )

        source, areas = read_layer(self, parameters, self.AREAS, context, feedback)
        frame = areas.frame
        if parameters.get(self.GRID) not in (None, ""):
            frame, config = self._grid_figures(
                parameters, context, feedback, areas, config, population
            )
        elif DENSITY not in frame.columns and layer_type != "areas":
            area_km2 = cell_area_km2(areas)
            if layer_type == "grid" and area_km2 is None:
                raise QgsProcessingException(
                    self.tr(
                        "Layer '{}' was given as grid cells, but its polygons are not all of "
                        "one size."
                    ).format(areas.layer_name)
                )
            if area_km2 is not None:
                if population not in frame.columns:
                    feedback.pushWarning(
                        self.tr(
                            "Layer '{}' looks like a grid but has no residents field '{}': no "
                            "density."
                        ).format(areas.layer_name, population)
                    )
                else:
                    frame = add_grid_density(
                        frame, population_column=population, cell_area_km2=area_km2
                    )
                    feedback.pushInfo(
                        self.tr(
                            "Grid cells of {:g} m²: density '{}' = {} / {:g} km² added."
                        ).format(area_km2 * 1e6, DENSITY, population, area_km2)
                    )
        try:
            result = loneliness_risk_index(frame, config, missing_factors=policy)
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Layer '{}': {}").format(areas.layer_name, error)
            ) from error
        for name, how in result.factors_used.items():
            feedback.pushInfo(self.tr("Factor '{}' from {}.").format(name, how))
        for warning in result.warnings:
            feedback.pushWarning(warning)
        if result.factors_skipped:
            feedback.pushWarning(
                self.tr("Factors not in layer '{}', left out: {}.").format(
                    areas.layer_name, ", ".join(result.factors_skipped)
                )
            )
        table = result.table
        reasons = np.where(
            table["risk_score"].isna().to_numpy(),
            self.tr("Too few risk factors known for a score."),
            "",
        )
        table = table.assign(note=with_loneliness_note(reasons, output_language()))
        out = pd.concat(
            [frame.drop(columns=[c for c in table.columns if c in frame.columns]), table], axis=1
        )
        scored = int(table["risk_score"].notna().sum())
        feedback.pushInfo(self.tr("{} of {} areas scored.").format(scored, len(table)))
        if feedback.isCanceled():
            return {}
        dest = write_layer(
            self, parameters, self.OUTPUT, context, feedback, outputs, source, areas, out
        )
        self.load_styled(context, dest, "loneliness_risk")
        return {
            self.OUTPUT: dest,
            "N_SCORED": scored,
            "FACTORS_USED": ", ".join(result.factors_used),
            "FACTORS_SKIPPED": ", ".join(result.factors_skipped),
        }
