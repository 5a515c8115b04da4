"""Processing face: scores per indicator, per ambition and in total for every area.

Also holds the small helpers the three wijkagenda faces share (definition file parameter,
reference expression, output fields), so they read and write areas the same way.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.indicators import (
    AmbitionScores,
    IndicatorDefinition,
    MissingAmbitionsError,
    default_definition_path,
    load_definition,
    score_ambitions,
)
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    FeatureTable,
    fields_for_frame,
    read_features,
    read_table,
    wkb_geometries,
    write_features,
)
from .base import (
    SIGNAL_NOTE_ALGORITHM_EN,
    SIGNAL_NOTE_EN,
    Wijkaanpak,
    WijkaanpakAlgorithm,
    fits_areas,
    output_language,
    preselect_layer,
)

#: GeoPackage (SQLite) and most drivers accept longer names, but 63 keeps PostGIS and
#: shapefile-to-GeoPackage round trips safe.
MAX_FIELD_NAME = 63
#: Parameter of Ambition scores and Rank areas: score the total without ambitions that have
#: no data, instead of stopping.
ALLOW_MISSING_AMBITIONS = "ALLOW_MISSING_AMBITIONS"


# --------------------------------------------------------------------------- shared helpers


def definition_parameter(name: str, help_text: str):
    """The indicator definition file parameter, defaulting to the shipped five ambitions.

    Optional, because QGIS 3.22 does not fall back on a file parameter's default when a
    script or model leaves it out; an empty value means the shipped file (read_definition).
    """
    p = QgsProcessingParameterFile(
        name,
        Wijkaanpak.tr("Indicator definition file (JSON)"),
        extension="json",
        defaultValue=str(default_definition_path()),
        optional=True,
    )
    p.setHelp(help_text)
    return p


def reference_parameter(name: str, parent: str, help_text: str):
    """An optional filter expression that picks the reference areas."""
    p = QgsProcessingParameterExpression(
        name, Wijkaanpak.tr("Reference areas (filter expression)"), "", parent, optional=True
    )
    p.setHelp(help_text)
    return p


def allow_missing_ambitions_parameter():
    """The explicit yes to a total without the ambitions that have no data (Advanced)."""
    p = QgsProcessingParameterBoolean(
        ALLOW_MISSING_AMBITIONS,
        Wijkaanpak.tr("Allow ambitions without data (total over the other ambitions)"),
        defaultValue=False,
    )
    p.setHelp(
        Wijkaanpak.tr(
            "An ambition none of whose indicators has a value in this layer (fields absent, "
            "empty or suppressed) cannot be scored. By default the algorithm then stops: a "
            "total without that ambition is not the total of the definition. Tick this to "
            "compute the total, the need (and a ranking) on the ambitions that do have data; "
            "the log and the fields ambitions_in_total and ambitions_missing then say which "
            "ambitions they rest on."
        )
    )
    p.setFlags(p.flags() | p.FlagAdvanced)
    return p


def missing_ambitions_error(label: str, error: MissingAmbitionsError) -> QgsProcessingException:
    """The refusal when ambitions have no data and that was not allowed, in the user's words."""
    return QgsProcessingException(
        Wijkaanpak.tr(
            "Layer '{}': {} of {} ambitions of the indicator definition have no usable "
            "indicator: {}. Every total would silently leave them out, so nothing was written. "
            "Add the fields, use a definition file without these ambitions, or tick 'Allow "
            "ambitions without data' (ALLOW_MISSING_AMBITIONS) to compute the total on the "
            "other ambitions."
        ).format(
            label,
            len(error.ambitions),
            error.n_ambitions,
            "; ".join("'{}' ({})".format(a, why) for a, why in error.ambitions.items()),
        )
    )


def log_scoring_basis(feedback, scores: AmbitionScores) -> None:
    """Which indicators and ambitions the totals rest on, and which were left out."""
    full = scores.full_definition or scores.definition
    n_ind, n_amb = len(full.indicators), len(full.ambitions)
    feedback.pushInfo(
        Wijkaanpak.tr("Indicators used ({} of {}): {}.").format(
            len(scores.indicators_used), n_ind, ", ".join(scores.indicators_used)
        )
    )
    if scores.indicators_skipped:
        feedback.pushWarning(
            Wijkaanpak.tr("Indicators not used ({} of {}): {} (reasons above).").format(
                len(scores.indicators_skipped), n_ind, ", ".join(scores.indicators_skipped)
            )
        )
    feedback.pushInfo(
        Wijkaanpak.tr("Ambitions in the total ({} of {}): {}.").format(
            len(scores.ambitions_used), n_amb, ", ".join(scores.ambitions_used)
        )
    )
    if scores.ambitions_skipped:
        feedback.pushWarning(
            Wijkaanpak.tr(
                "Ambitions left out of the total ({} of {}): {}, allowed by 'Allow ambitions "
                "without data'. The total score and the need cover {} only (fields "
                "ambitions_in_total and ambitions_missing)."
            ).format(
                len(scores.ambitions_skipped),
                n_amb,
                ", ".join(scores.ambitions_skipped),
                ", ".join(scores.ambitions_used),
            )
        )


def read_definition(path: str) -> IndicatorDefinition:
    """Load and validate the definition file; an empty path means the shipped default."""
    if not path:
        path = str(default_definition_path())
    return load_definition(path)


def reference_mask(
    source, areas: FeatureTable, expression: str, layer_label: str
) -> np.ndarray | None:
    """True for the areas the expression selects (None: no expression, all areas).

    The expression is evaluated by QGIS on the same source, and matched back to the areas
    by feature id, so any QGIS expression works (e.g. "gemeentecode" = 'GM0106').
    """
    expression = (expression or "").strip()
    if not expression:
        return None
    parsed = QgsExpression(expression)
    if parsed.hasParserError():
        raise QgsProcessingException(
            Wijkaanpak.tr("The reference expression '{}' is not valid: {}").format(
                expression, parsed.parserErrorString()
            )
        )
    names = [f.name() for f in source.fields()]
    unknown = [
        c
        for c in parsed.referencedColumns()
        if c != QgsFeatureRequest.ALL_ATTRIBUTES and c not in names
    ]
    if unknown:
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "The reference expression '{}' uses field {} that layer '{}' does not have. "
                "Available fields: {}."
            ).format(expression, ", ".join(sorted(unknown)), layer_label, ", ".join(names))
        )
    selected = read_table(source, [], None, expression=expression, label=layer_label)
    mask = np.isin(areas.fids, selected.fids)
    if not mask.any():
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "The reference expression '{}' selects no area of layer '{}'. "
                "Leave it empty to use all areas as the reference."
            ).format(expression, layer_label)
        )
    return mask


def short_field_names(columns: list[str], taken: set[str] | None = None) -> dict[str, str]:
    """New column → a field name of at most 63 characters, unique regardless of case."""
    used = {t.lower() for t in (taken or set())}
    result: dict[str, str] = {}
    for column in columns:
        name = column[:MAX_FIELD_NAME]
        counter = 2
        while name.lower() in used:
            suffix = "_{}".format(counter)
            name = column[: MAX_FIELD_NAME - len(suffix)] + suffix
            counter += 1
        used.add(name.lower())
        result[column] = name
    return result


def merge_outputs(
    source_frame: pd.DataFrame,
    source_fields: QgsFields,
    result: pd.DataFrame,
    feedback,
    drop: tuple[str, ...] = (),
) -> tuple[pd.DataFrame, QgsFields]:
    """The input's attributes followed by the result's columns, ready for ``write_features``.

    A result column replaces an input field of the same name (case-insensitive), e.g. when
    the output of an earlier run is scored again; the log says so. Long names are shortened.
    """
    new_columns = [str(c) for c in result.columns if str(c) not in drop]
    names = short_field_names(new_columns)
    new_lower = {n.lower() for n in names.values()}
    replaced = [c for c in source_frame.columns if str(c).lower() in new_lower]
    if replaced:
        feedback.pushInfo(
            Wijkaanpak.tr("Fields replaced by the new results: {}.").format(
                ", ".join(map(str, replaced))
            )
        )
    kept = [c for c in source_frame.columns if c not in replaced]
    kept_fields = QgsFields()
    for column in kept:
        kept_fields.append(source_fields.at(source_fields.indexOf(str(column))))
    added = result[new_columns].rename(columns=names)
    for column in added.columns:  # nullable booleans survive reindexing as booleans
        if added[column].dtype == bool:
            added[column] = added[column].astype("boolean")
    frame = pd.concat([source_frame[kept], added.reindex(source_frame.index)], axis=1)
    return frame, fields_for_frame(frame, kept_fields)


def push_warnings(feedback, warnings) -> None:
    for warning in warnings:
        feedback.pushWarning(str(warning))


def core_error(layer_label: str, error: Exception) -> QgsProcessingException:
    """A core input error, prefixed with the layer the user chose."""
    return QgsProcessingException(Wijkaanpak.tr("Layer '{}': {}").format(layer_label, error))


# --------------------------------------------------------------------------- algorithm


def read_scored_areas(algorithm, parameters, context, feedback, steps, area_param, code_param):
    """Definition file, area layer and code field of a scoring face, checked.

    Shared by Ambition scores and Rank areas: (source, label, code field, definition, areas),
    or None when cancelled while reading.
    """
    source = algorithm.source_or_fail(parameters, area_param, context)
    label = algorithm.layer_name(parameters, area_param, context)
    code_field = algorithm.parameterAsString(parameters, code_param, context)
    definition = read_definition(algorithm.parameterAsFile(parameters, "DEFINITION", context))
    feedback.pushInfo(Wijkaanpak.tr("Indicator definition: {}").format(definition.name))
    feedback.pushInfo(Wijkaanpak.tr("Reading areas…"))
    areas = read_features(source, None, context, steps, keep_wkb=True, label=label)
    if feedback.isCanceled():
        return None
    if code_field not in areas.frame.columns:
        raise QgsProcessingException(
            Wijkaanpak.tr("Layer '{}' has no field '{}'.").format(label, code_field)
        )
    return source, label, code_field, definition, areas


class AmbitionScoresAlgorithm(WijkaanpakAlgorithm):
    NAME = "ambitionscores"
    GROUP_ID = "agenda"

    AREAS = "AREAS"
    CODE_FIELD = "CODE_FIELD"
    DEFINITION = "DEFINITION"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Ambition scores")

    def shortHelpString(self) -> str:
        return self.tr(
            "Scores every area on the indicators and ambitions of an indicator definition "
            "file (JSON; the default holds five ambitions: ontmoeten, meedoen, opgroeien, "
            "verduurzamen, wonen). Another municipality edits the file, not the code.\n\n"
            "In: area polygons with figures (CBS key figures, RIVM loneliness, reach "
            "outputs, the loneliness risk index), the code field and the definition file. "
            'Optionally an expression choosing the reference areas, e.g. "gemeentecode" = '
            "'GM0106' in a national layer; by default all areas are the reference.\n"
            "Out: the areas with per indicator its value and score (0 to 1, 1 = best), per "
            "ambition a score, the total score, need (1 - total) and the three indicators "
            "that push the area's need up most (need_driver_1..3).\n\n"
            "Method: each indicator is normalised against the reference (z-score, min-max, "
            "percentile rank, or distance to a target such as the 3% play-space norm), "
            "then averaged (weighted arithmetic or geometric mean) into ambitions and a "
            "total. Indicators whose field is missing and marked optional are skipped with "
            "a warning; suppressed CBS/RIVM values (-99997, '.') are missing, never numbers, "
            "and counted per field in the log. An ambition without any usable indicator stops "
            "the run unless 'Allow ambitions without data' is ticked; the log and the fields "
            "indicators_used, ambitions_in_total and ambitions_missing say what each total "
            "rests on. The same file on the same data gives identical results.\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (wijken or buurten)"), [QgsProcessing.TypeVectorPolygon]
        )
        p.setHelp(
            self.tr(
                "Area polygons with a code field (wijkcode or buurtcode) and the indicator "
                "fields, e.g. CBS wijken with imported figures and reach outputs; not grid "
                "cells. The dialog preselects such a project layer."
            )
        )
        preselect_layer(p, fits_areas)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Area code field"), "wijkcode", self.AREAS
        )
        p.setHelp(self.tr("Field with the code of each area (WKxxxxxx, BUxxxxxxxx, or your own)."))
        self.addParameter(p)
        self.addParameter(
            definition_parameter(
                self.DEFINITION,
                self.tr(
                    "JSON file with ambitions, indicators, weights, normalisations and targets; "
                    "empty or the default: the shipped five ambitions "
                    "(resources/config/indicators_default.json)."
                ),
            )
        )
        self.addParameter(
            reference_parameter(
                self.REFERENCE,
                self.AREAS,
                self.tr(
                    "Expression selecting the areas that set the scale (means, spreads, ranks), "
                    "e.g. \"gemeentecode\" = 'GM0106'. Empty: all areas."
                ),
            )
        )
        self.addParameter(allow_missing_ambitions_parameter())
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Ambition scores"), QgsProcessing.TypeVectorPolygon
        )
        p.setHelp(self.tr("The areas with indicator, ambition and total scores, need and drivers."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("N_AREAS", self.tr("Number of areas scored")))

    def process(self, parameters, context, feedback, outputs) -> dict:
        expression = self.parameterAsExpression(parameters, self.REFERENCE, context)
        allow_missing = self.parameterAsBoolean(parameters, ALLOW_MISSING_AMBITIONS, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        read = read_scored_areas(
            self, parameters, context, feedback, steps, self.AREAS, self.CODE_FIELD
        )
        if read is None:
            return {}
        source, label, code_field, definition, areas = read
        mask = reference_mask(source, areas, expression, label)
        try:
            scores = score_ambitions(
                areas.frame,
                definition,
                mask,
                code_col=code_field,
                allow_missing_ambitions=allow_missing,
                language=output_language(),
            )
        except MissingAmbitionsError as error:
            raise missing_ambitions_error(label, error) from error
        except WijkaanpakInputError as error:
            raise core_error(label, error) from error
        feedback.pushInfo(self.tr("Reference: {}").format(scores.reference_label))
        push_warnings(feedback, scores.warnings)
        log_scoring_basis(feedback, scores)

        frame, fields = merge_outputs(
            areas.frame, source.fields(), scores.table, feedback, drop=(code_field,)
        )
        steps.setCurrentStep(1)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), WORKING_CRS, outputs
        )
        write_features(sink, fields, frame, wkb_geometries(areas.wkb), steps, dest)
        feedback.pushInfo(Wijkaanpak.tr(SIGNAL_NOTE_EN))
        self.load_styled(context, dest, "ambition_scores")
        return {self.OUTPUT: dest, "N_AREAS": len(frame)}
