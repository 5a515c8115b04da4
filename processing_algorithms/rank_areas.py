"""Processing face: which area deserves the next integrated approach, and how sure that is."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.indicators import MissingAmbitionsError
from ..wijkaanpak_plugin.core.ranking import (
    DEFAULT_DRAWS,
    DEFAULT_MIN_POPULATION,
    DEFAULT_SEED,
    DEFAULT_WEIGHT_JITTER,
    RankingCancelledError,
    rank_areas,
)
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    wkb_geometries,
    write_features,
)
from .ambition_scores import (
    ALLOW_MISSING_AMBITIONS,
    allow_missing_ambitions_parameter,
    core_error,
    definition_parameter,
    log_scoring_basis,
    merge_outputs,
    missing_ambitions_error,
    push_warnings,
    read_scored_areas,
    reference_mask,
    reference_parameter,
)
from .base import (
    WijkaanpakAlgorithm,
    fits_areas,
    output_language,
    preselect_layer,
    set_decimals,
)

TOP_OUTPUTS = ("TOP_1", "TOP_2", "TOP_3")
LOG_TOP = 5


class RankAreasAlgorithm(WijkaanpakAlgorithm):
    NAME = "rankareas"
    GROUP_ID = "agenda"

    AREAS = "AREAS"
    CODE_FIELD = "CODE_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    DEFINITION = "DEFINITION"
    DRAWS = "DRAWS"
    JITTER = "JITTER"
    SEED = "SEED"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Rank areas for the next integrated approach")

    def shortHelpString(self) -> str:
        return self.tr(
            "Ranks areas by need (1 - the total score of the indicator definition: ambition "
            "gaps, loneliness, loneliness risk, missing reach) and shows how sure that ranking "
            "is.\n\n"
            "In: area polygons with the indicator fields, their code and population, and the "
            "indicator definition file (JSON).\n"
            "Out: the areas with need, rank (1 = most need), rank_p05 and rank_p95 (90% of "
            "the draws lie in between), p_first (probability of being first), p_top3, a label "
            "such as '2 (1-4)', the three indicators that drive the need, and for areas that "
            "are not ranked the reason. The log lists the top 5.\n\n"
            "Method: a Monte-Carlo sensitivity analysis. In every draw each indicator and "
            "ambition weight is multiplied by a random factor within +-jitter (default 20%), "
            "and where the definition gives intervals the values are drawn within them; the "
            "areas are ranked again. The seed makes runs repeatable. Areas with fewer "
            "residents than the minimum (default 100) or an unknown population are not "
            "ranked: small numbers are noisy and a ranking of a few streets stigmatises. "
            "Suppressed CBS/RIVM values (-99997, '.') are missing, never numbers. An ambition "
            "without any usable indicator stops the run unless 'Allow ambitions without data' "
            "is ticked; the fields ambitions_in_total, ambitions_missing and indicators_used "
            "and the log say what the ranking rests on.\n\n"
            "This ranking is a signal for conversation with residents and departments, not a "
            "verdict on a neighbourhood."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (wijken or buurten)"), [QgsProcessing.TypeVectorPolygon]
        )
        p.setHelp(
            self.tr(
                "Area polygons with a code field (wijkcode or buurtcode) and the indicator "
                "fields, e.g. CBS wijken with imported figures, reach outputs and the loneliness "
                "risk index; not grid cells. The dialog preselects such a project layer."
            )
        )
        preselect_layer(p, fits_areas)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Area code field"), "wijkcode", self.AREAS
        )
        p.setHelp(self.tr("Field with the code of each area; the top 3 codes are also returned."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.POPULATION_FIELD,
            self.tr("Population field"),
            "aantal_inwoners",
            self.AREAS,
            QgsProcessingParameterField.Numeric,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Number of residents per area (CBS: 'aantal_inwoners'). Empty: no area is left "
                "out for its size (a warning says so)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_POPULATION,
            self.tr("Minimum population to be ranked"),
            QgsProcessingParameterNumber.Double,
            DEFAULT_MIN_POPULATION,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Areas with fewer residents are not ranked (noise and stigma); they keep their "
                "need but get no rank, with the reason."
            )
        )
        set_decimals(p, 0)
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
                    "Expression selecting the areas that set the scale of the scores, e.g. "
                    "\"gemeentecode\" = 'GM0106'. Empty: all areas. Every area with enough "
                    "residents is ranked either way."
                ),
            )
        )
        p = QgsProcessingParameterNumber(
            self.DRAWS,
            self.tr("Number of draws"),
            QgsProcessingParameterNumber.Integer,
            DEFAULT_DRAWS,
            minValue=1,
            maxValue=1000000,
        )
        p.setHelp(
            self.tr(
                "Monte-Carlo draws of weights (and values within intervals). 1,000 gives "
                "probabilities to about +-0.03."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.JITTER,
            self.tr("Weight jitter (0.2 = +-20%)"),
            QgsProcessingParameterNumber.Double,
            DEFAULT_WEIGHT_JITTER,
            minValue=0.0,
            maxValue=0.95,
        )
        p.setHelp(
            self.tr(
                "Each weight is multiplied by a factor drawn uniformly between 1 - jitter and "
                "1 + jitter in every draw. 0 tests only the value intervals."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 2)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SEED,
            self.tr("Random seed"),
            QgsProcessingParameterNumber.Integer,
            DEFAULT_SEED,
            minValue=0,
        )
        p.setHelp(self.tr("The same seed gives the same draws, so a run can be repeated exactly."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        self.addParameter(allow_missing_ambitions_parameter())
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Ranked areas"), QgsProcessing.TypeVectorPolygon
        )
        p.setHelp(
            self.tr("The areas with need, rank, rank interval, probabilities and need drivers.")
        )
        self.addParameter(p)
        for name, title in zip(
            TOP_OUTPUTS,
            (
                self.tr("Code ranked first"),
                self.tr("Code ranked second"),
                self.tr("Code ranked third"),
            ),
        ):
            self.addOutput(QgsProcessingOutputString(name, title))
        self.addOutput(QgsProcessingOutputNumber("N_RANKED", self.tr("Number of ranked areas")))

    def process(self, parameters, context, feedback, outputs) -> dict:
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        min_population = self.parameterAsDouble(parameters, self.MIN_POPULATION, context)
        n_draws = self.parameterAsInt(parameters, self.DRAWS, context)
        jitter = self.parameterAsDouble(parameters, self.JITTER, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        expression = self.parameterAsExpression(parameters, self.REFERENCE, context)
        allow_missing = self.parameterAsBoolean(parameters, ALLOW_MISSING_AMBITIONS, context)
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        read = read_scored_areas(
            self, parameters, context, feedback, steps, self.AREAS, self.CODE_FIELD
        )
        if read is None:
            return {}
        source, label, code_field, definition, areas = read
        if population_field and population_field not in areas.frame.columns:
            raise QgsProcessingException(
                self.tr(
                    "Layer '{}' has no population field '{}'. Choose the field with the number "
                    "of residents, or leave it empty to rank without a minimum population."
                ).format(label, population_field)
            )
        mask = reference_mask(source, areas, expression, label)

        steps.setCurrentStep(1)
        feedback.pushInfo(
            self.tr("Ranking with {} draws, weight jitter {}, seed {}…").format(
                n_draws, jitter, seed
            )
        )

        def progress(share: float) -> bool:
            steps.setProgress(100.0 * share)
            return not feedback.isCanceled()

        try:
            result = rank_areas(
                areas.frame,
                definition,
                reference_mask=mask,
                code_col=code_field,
                population=population_field or None,
                min_population=min_population,
                n_draws=n_draws,
                weight_jitter=jitter,
                seed=seed,
                progress=progress,
                allow_missing_ambitions=allow_missing,
                language=output_language(),
            )
        except RankingCancelledError as error:
            raise QgsProcessingException(self.tr("Cancelled: no output was written.")) from error
        except MissingAmbitionsError as error:
            raise missing_ambitions_error(label, error) from error
        except WijkaanpakInputError as error:
            raise core_error(label, error) from error
        feedback.pushInfo(self.tr("Reference: {}").format(result.scores.reference_label))
        push_warnings(feedback, result.warnings)
        log_scoring_basis(feedback, result.scores)

        table = result.table
        not_ranked = table[~table["ranked"]]
        if len(not_ranked):
            feedback.pushInfo(
                self.tr("Not ranked: {}").format(
                    "; ".join(
                        "{} ({})".format(code, reason)
                        for code, reason in zip(
                            not_ranked[code_field].astype(str), not_ranked["not_ranked_reason"]
                        )
                    )
                )
            )
        top = result.top(LOG_TOP)
        feedback.pushInfo(
            self.tr("Top {} (rank, 5–95% interval, P(first), P(top 3)):").format(len(top))
        )
        for code, rank_label, p_first, p_top3, need in zip(
            top[code_field].astype(str),
            top["rank_label"],
            top["p_first"],
            top["p_top3"],
            top["need"],
        ):
            feedback.pushInfo(
                self.tr("  {}: rank {}, P(first) {:.2f}, P(top 3) {:.2f}, need {:.3f}").format(
                    code, rank_label, p_first, p_top3, need
                )
            )
        if result.scores.ambitions_skipped:
            full = result.scores.full_definition or result.scores.definition
            feedback.pushWarning(
                self.tr(
                    "These ranks rest on {} of the {} ambitions ({}); left out for lack of "
                    "data: {}."
                ).format(
                    len(result.scores.ambitions_used),
                    len(full.ambitions),
                    ", ".join(result.scores.ambitions_used),
                    ", ".join(result.scores.ambitions_skipped),
                )
            )
        feedback.pushInfo(result.note_en)
        feedback.pushInfo(result.note_nl)

        frame, fields = merge_outputs(
            areas.frame, source.fields(), table, feedback, drop=(code_field,)
        )
        steps.setCurrentStep(2)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), WORKING_CRS, outputs
        )
        write_features(sink, fields, frame, wkb_geometries(areas.wkb), steps, dest)
        self.load_styled(context, dest, "rank_areas")

        codes = [str(c) for c in result.top(len(TOP_OUTPUTS))[code_field]]
        results = {self.OUTPUT: dest, "N_RANKED": int(table["ranked"].sum())}
        for i, name in enumerate(TOP_OUTPUTS):
            results[name] = codes[i] if i < len(codes) else None
        return results
