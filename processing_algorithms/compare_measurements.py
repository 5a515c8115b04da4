"""Processing face: what changed since the nulmeting, per area, and is it more than noise?"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.monitoring import compare_measurements
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    read_features,
    read_table,
    wkb_geometries,
    write_features,
)
from .ambition_scores import (
    definition_parameter,
    merge_outputs,
    push_warnings,
    read_definition,
    reference_mask,
    reference_parameter,
)
from .base import WijkaanpakAlgorithm, set_decimals

LOG_UNMATCHED = 20


class CompareMeasurementsAlgorithm(WijkaanpakAlgorithm):
    NAME = "comparemeasurements"
    GROUP_ID = "agenda"

    BASELINE = "BASELINE"
    BASELINE_CODE_FIELD = "BASELINE_CODE_FIELD"
    CURRENT = "CURRENT"
    CURRENT_CODE_FIELD = "CURRENT_CODE_FIELD"
    DEFINITION = "DEFINITION"
    FIELDS = "FIELDS"
    MARGIN = "MARGIN"
    REFERENCE = "REFERENCE"
    TRANSLATION = "TRANSLATION"
    TRANSLATION_OLD = "TRANSLATION_OLD"
    TRANSLATION_NEW = "TRANSLATION_NEW"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    def displayName(self) -> str:
        return self.tr("Compare measurements (nulmeting and later)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Compares two measurements of the same indicators area by area: a saved baseline "
            "(nulmeting) and now, or two vintages such as RIVM 2016 and 2020.\n\n"
            "In: the baseline layer or table and the current areas, each with its code field; "
            "the indicator definition file (JSON), or instead a list of fields to compare as "
            "they are; optionally a code translation table (old code, new code) for areas "
            "whose code changed between the years.\n"
            "Out: the current areas with per indicator baseline_, current_, change_ (current - "
            "baseline, in the indicator's units), uncertainty_, within_uncertainty_ (true when "
            "the change is no larger than the combined uncertainty of the two measurements, "
            "empty when that is unknown) and trend_ (better or worse beyond the uncertainty, "
            "'no clear change (within uncertainty)', 'unchanged', 'not measured both times'); "
            "with a definition also per ambition and for the total score, both scored on the "
            "baseline's scale. A second table lists the codes found in one measurement only, "
            "with the reason: nothing is dropped silently.\n\n"
            "Uncertainty comes from the definition's interval fields or margins, or from the "
            "margin given here; the two errors are combined as sqrt(u1² + u2²). An unchanged "
            "value needs no uncertainty. An ambition or total is within the uncertainty when "
            "all its indicators are; '(uncertainty unknown: …)' names the indicators that "
            "changed without a known uncertainty. Suppressed CBS/RIVM values (-99997, '.') "
            "are missing, never numbers.\n\n"
            "The result is a signal for conversation with residents, not a verdict on a "
            "neighbourhood."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.BASELINE, self.tr("Baseline (nulmeting)"), [QgsProcessing.TypeVector]
        )
        p.setHelp(
            self.tr(
                "The earlier measurement: a saved output of Ambition scores, an older CBS/RIVM "
                "vintage, or any table with the indicator fields and an area code."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BASELINE_CODE_FIELD, self.tr("Baseline code field"), "wijkcode", self.BASELINE
        )
        p.setHelp(self.tr("Field with the area code in the baseline."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.CURRENT, self.tr("Current areas"), [QgsProcessing.TypeVectorPolygon]
        )
        p.setHelp(self.tr("The later measurement, as area polygons; the output has their shapes."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.CURRENT_CODE_FIELD, self.tr("Current code field"), "wijkcode", self.CURRENT
        )
        p.setHelp(self.tr("Field with the area code in the current areas."))
        self.addParameter(p)
        self.addParameter(
            definition_parameter(
                self.DEFINITION,
                self.tr(
                    "JSON file with the indicators (and their margins or interval fields); adds "
                    "the change per ambition and in the total score. Not used when fields to "
                    "compare are chosen below. Empty: the shipped five ambitions."
                ),
            )
        )
        p = QgsProcessingParameterField(
            self.FIELDS,
            self.tr("Or: fields to compare (instead of the definition)"),
            None,
            self.BASELINE,
            QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Numeric fields present in both layers, compared as they are (change = higher "
                "or lower). When any field is chosen the definition file is not used."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MARGIN,
            self.tr("Uncertainty of one measurement (+-, in the indicators' units)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "One margin for every compared indicator, e.g. 2 (percentage points) for RIVM "
                "loneliness figures. Empty: the definition's interval fields and margins."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 2)
        self.addParameter(p)
        p = reference_parameter(
            self.REFERENCE,
            self.BASELINE,
            self.tr(
                "Expression selecting the baseline areas that set the scale of the ambition "
                "scores, e.g. \"gemeentecode\" = 'GM0106'. Empty: all baseline areas."
            ),
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.TRANSLATION,
            self.tr("Code translation table"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Table with an old and a new code per row, for areas renumbered between the "
                "years (e.g. CBS wijk codes after a municipal merger)."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.TRANSLATION_OLD,
            self.tr("Old code field (translation table)"),
            "old_code",
            self.TRANSLATION,
            optional=True,
        )
        p.setHelp(self.tr("Field with the baseline's code in the translation table."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.TRANSLATION_NEW,
            self.tr("New code field (translation table)"),
            "new_code",
            self.TRANSLATION,
            optional=True,
        )
        p.setHelp(self.tr("Field with the current code in the translation table."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Changes since the baseline"), QgsProcessing.TypeVectorPolygon
        )
        p.setHelp(self.tr("The current areas with change, uncertainty flag and trend."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.UNMATCHED,
            self.tr("Codes in one measurement only"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        )
        p.setHelp(self.tr("Table of codes found in one layer only: code, side and reason."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("N_COMPARED", self.tr("Areas compared")))
        self.addOutput(QgsProcessingOutputNumber("N_UNMATCHED", self.tr("Codes in one only")))

    def process(self, parameters, context, feedback, outputs) -> dict:
        base_source = self.source_or_fail(parameters, self.BASELINE, context)
        cur_source = self.source_or_fail(parameters, self.CURRENT, context)
        base_label = self.layer_name(parameters, self.BASELINE, context)
        cur_label = self.layer_name(parameters, self.CURRENT, context)
        base_code = self.parameterAsString(parameters, self.BASELINE_CODE_FIELD, context)
        cur_code = self.parameterAsString(parameters, self.CURRENT_CODE_FIELD, context)
        fields = self.parameterAsFields(parameters, self.FIELDS, context)
        definition_file = self.parameterAsFile(parameters, self.DEFINITION, context)
        margin = None
        if parameters.get(self.MARGIN) not in (None, ""):
            margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        expression = self.parameterAsExpression(parameters, self.REFERENCE, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)

        if fields:
            indicators = list(fields)
            feedback.pushInfo(self.tr("Comparing fields: {}").format(", ".join(fields)))
        else:
            indicators = read_definition(definition_file)
            feedback.pushInfo(self.tr("Indicator definition: {}").format(indicators.name))

        feedback.pushInfo(self.tr("Reading the baseline…"))
        baseline = read_table(base_source, None, None, label=base_label)
        feedback.pushInfo(self.tr("Reading the current areas…"))
        current = read_features(cur_source, None, context, steps, keep_wkb=True, label=cur_label)
        if feedback.isCanceled():
            return {}
        for field, frame, label in (
            (base_code, baseline, base_label),
            (cur_code, current, cur_label),
        ):
            if field not in frame.frame.columns:
                raise QgsProcessingException(
                    self.tr("Layer '{}' has no field '{}'.").format(label, field)
                )
        translation = self._translation(parameters, context)
        mask = None
        if expression and fields:
            feedback.pushWarning(
                self.tr(
                    "The reference expression is only used with an indicator definition; "
                    "fields are compared as they are."
                )
            )
        elif expression:
            mask = reference_mask(base_source, baseline, expression, base_label)

        try:
            result = compare_measurements(
                baseline.frame,
                current.frame,
                base_code,
                indicators,
                uncertainty=margin,
                code_translation=translation,
                current_code_col=cur_code,
                reference_mask=mask,
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Comparing '{}' (baseline) with '{}' (current): {}").format(
                    base_label, cur_label, error
                )
            ) from error
        push_warnings(feedback, result.warnings)
        feedback.pushInfo(
            self.tr("{} of {} current areas compared.").format(len(result.table), len(current))
        )
        for old, new in zip(result.translated["baseline_code"], result.translated["current_code"]):
            feedback.pushInfo(self.tr("Code translated: {} → {}").format(old, new))
        unmatched = result.unmatched
        for code, side, reason in list(
            zip(unmatched["code"], unmatched["side"], unmatched["reason"])
        )[:LOG_UNMATCHED]:
            feedback.pushWarning(self.tr("{} ({}): {}").format(code, side, reason))
        if len(unmatched) > LOG_UNMATCHED:
            feedback.pushWarning(
                self.tr("… and {} more; see the unmatched table.").format(
                    len(unmatched) - LOG_UNMATCHED
                )
            )

        frame, out_fields = merge_outputs(
            current.frame, cur_source.fields(), result.table, feedback, drop=(base_code,)
        )
        steps.setCurrentStep(1)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, out_fields, cur_source.wkbType(), WORKING_CRS, outputs
        )
        results = {
            self.OUTPUT: dest,
            "N_COMPARED": len(result.table),
            "N_UNMATCHED": len(unmatched),
        }
        if parameters.get(self.UNMATCHED) is not None:
            unmatched_fields = fields_for_frame(unmatched)
            sink2, dest2 = self.parameterAsSink(
                parameters, self.UNMATCHED, context, unmatched_fields, QgsWkbTypes.NoGeometry
            )
            if sink2 is not None:
                outputs.sinks.append(sink2)
                outputs.paths.append(dest2)
                write_features(sink2, unmatched_fields, unmatched, None, None, dest2)
                results[self.UNMATCHED] = dest2
        write_features(sink, out_fields, frame, wkb_geometries(current.wkb), steps, dest)
        self.load_styled(context, dest, "compare_measurements")
        return results

    def _translation(self, parameters, context) -> dict[str, str] | None:
        """Old code → new code from the translation table; a code split in two is an error."""
        source = self.source_or_fail(parameters, self.TRANSLATION, context, required=False)
        if source is None:
            return None
        label = self.layer_name(parameters, self.TRANSLATION, context)
        old = self.parameterAsString(parameters, self.TRANSLATION_OLD, context)
        new = self.parameterAsString(parameters, self.TRANSLATION_NEW, context)
        if not old or not new:
            raise QgsProcessingException(
                self.tr("Choose the old and the new code field of translation table '{}'.").format(
                    label
                )
            )
        table = read_table(source, [old, new], None, label=label).frame
        table = table.dropna(subset=[old, new])
        table = table.assign(**{old: table[old].astype(str).str.strip()})
        table = table.assign(**{new: table[new].astype(str).str.strip()})
        targets = table.groupby(old)[new].nunique()
        split = targets[targets > 1]
        if len(split):
            code = split.index[0]
            raise QgsProcessingException(
                self.tr(
                    "Translation table '{}': old code {} maps to several new codes ({}); a "
                    "split area cannot be compared one to one. Keep one row per old code."
                ).format(label, code, ", ".join(sorted(set(table.loc[table[old] == code, new]))))
            )
        return dict(zip(table[old], table[new]))
