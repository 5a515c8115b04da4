"""Processing faces: train the loneliness small-area model, and apply a saved model."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.figures import suppressed_message
from ..wijkaanpak_plugin.core.loneliness import (
    grid_cell_estimates,
    grid_predictors_for_model,
    loneliness_grid_surface,
    parse_grid_predictors,
    with_loneliness_note,
    write_loneliness_report,
)
from ..wijkaanpak_plugin.core.smallarea_model import (
    apply_loneliness_model,
    load_loneliness_model,
    save_loneliness_model,
    train_loneliness_model,
)
from ..wijkaanpak_plugin.layer_io import fields_for_frame, write_features
from .base import (
    SIGNAL_NOTE_ALGORITHM_EN,
    Wijkaanpak,
    WijkaanpakAlgorithm,
    output_language,
    set_decimals,
)
from .loneliness_measured import population_field, read_layer, wanted, write_layer

METHODS = ["gbm", "ridge"]
NAN_POLICIES = ["impute", "drop", "error"]


@contextmanager
def one_thread():
    """Run scikit-learn with one OpenMP thread.

    Gradient boosting on hundreds or a few thousand areas is faster on one thread, and inside
    QGIS on a busy 2-core machine spinning OpenMP threads made training ~100 times slower.
    Results do not depend on it.
    """
    try:
        # Load scikit-learn's OpenMP runtime first: threadpoolctl limits loaded libraries only.
        from sklearn.ensemble import HistGradientBoostingRegressor  # noqa: F401
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn depends on threadpoolctl; just in case
        yield
        return
    with threadpool_limits(limits=1, user_api="openmp"):
        yield


class TrainLonelinessModelAlgorithm(WijkaanpakAlgorithm):
    NAME = "trainlonelinessmodel"
    GROUP_ID = "loneliness"

    AREAS = "AREAS"
    TARGET_FIELD = "TARGET_FIELD"
    PREDICTORS = "PREDICTORS"
    GROUP_FIELD = "GROUP_FIELD"
    CODE_FIELD = "CODE_FIELD"
    SEED = "SEED"
    FOLDS = "FOLDS"
    METHOD = "METHOD"
    LEVEL = "LEVEL"
    NAN_POLICY = "NAN_POLICY"
    MIN_AREAS = "MIN_AREAS"
    MODEL = "MODEL"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Train loneliness model")

    def shortHelpString(self) -> str:
        return self.tr(
            "Learns measured loneliness (e.g. RIVM 'Eenzaam' 18+ per wijk) from CBS figures, "
            "so it can be estimated where it is not measured or not published.\n\n"
            "In: areas with the measured target (areas without a value are left out and "
            "counted), the predictor fields, and a group field (gemeente code).\n"
            "Method: scikit-learn gradient boosting (or ridge regression), validated by "
            "grouped K-fold cross-validation: all areas of one gemeente are in the same fold, "
            "so the model is always tested on gemeenten it has not seen. A ridge regression on "
            "the same predictors is validated under the same folds as a baseline. The 90% "
            "interval is split-conformal (from the out-of-fold errors); its coverage on "
            "held-out gemeenten is reported. Same seed, same data: same model.\n"
            "Out: the model file (.pkl with a .json description next to it), a report "
            "(named after the model file + _report, .md and .json: R², MAE in percentage points, "
            "Spearman ρ, coverage, "
            "the baseline and by how much the model beats it, training ranges) and optionally "
            "the areas with their out-of-fold estimate, interval and residual.\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Training areas"), [QgsProcessing.TypeVector]
        )
        p.setHelp(
            self.tr(
                "Areas (or a table) with measured loneliness and CBS figures, e.g. all wijken "
                "of the country joined with RIVM figures."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.TARGET_FIELD, self.tr("Measured loneliness field"), "eenzaam_18plus", self.AREAS
        )
        p.setHelp(self.tr("The target in % of residents; empty values are left out."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.PREDICTORS,
            self.tr("Predictor fields"),
            None,
            self.AREAS,
            allowMultiple=True,
        )
        p.setHelp(
            self.tr(
                "CBS figures that explain loneliness (shares by age, household size, density, "
                "income, ...). Every layer the model is applied to needs the same fields."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Group field (gemeente)"), "gemeentecode", self.AREAS
        )
        p.setHelp(
            self.tr(
                "Areas of one group are never split between training and test (no leakage "
                "between neighbouring areas of one gemeente). At least as many groups as folds."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Area code field (for the report)"), None, self.AREAS,
            optional=True,
        )  # fmt: skip
        p.setHelp(self.tr("Names the areas in the out-of-fold table of the report."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SEED, self.tr("Seed"), QgsProcessingParameterNumber.Integer, 0, minValue=0
        )
        p.setHelp(self.tr("Fixes the fold assignment and the model: same seed, same results."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.FOLDS,
            self.tr("Cross-validation folds"),
            QgsProcessingParameterNumber.Integer,
            5,
            minValue=2,
            maxValue=20,
        )
        p.setHelp(self.tr("Number of folds of the grouped cross-validation."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Model"),
            [self.tr("Gradient boosting (trees)"), self.tr("Ridge regression (linear)")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Gradient boosting captures non-linear effects; ridge is simpler to read. The "
                "report compares the chosen model with ridge in any case."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.LEVEL,
            self.tr("Interval level"),
            QgsProcessingParameterNumber.Double,
            0.9,
            minValue=0.5,
            maxValue=0.99,
        )
        p.setHelp(self.tr("Share of areas the interval should cover (0.9 = 90%)."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 2)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.NAN_POLICY,
            self.tr("Empty predictor values"),
            [
                self.tr("Replace by the training median (flagged)"),
                self.tr("Leave such areas out"),
                self.tr("Stop with an error"),
            ],
            defaultValue=0,
        )
        p.setHelp(self.tr("What to do with training areas that lack a predictor value."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_AREAS,
            self.tr("Minimum number of training areas"),
            QgsProcessingParameterNumber.Integer,
            30,
            minValue=10,
        )
        p.setHelp(self.tr("Fewer areas with a measured value than this: no model."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.MODEL, self.tr("Model file"), self.tr("Loneliness model (*.pkl)")
        )
        p.setHelp(
            self.tr(
                "The model (.pkl) is written with a readable description (.json) and the "
                "report (_report.md, _report.json) next to it."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT,
            self.tr("Areas with out-of-fold estimates"),
            QgsProcessing.TypeVectorAnyGeometry,
            optional=True,
            createByDefault=False,
        )
        p.setHelp(
            self.tr(
                "The training areas with the estimate the model made without seeing their "
                "gemeente: estimate, lower, upper, residual, cv_fold, covered."
            )
        )
        self.addParameter(p)
        for name, title in (
            ("R2", self.tr("R² (held-out gemeenten)")),
            ("MAE", self.tr("Mean absolute error (percentage points)")),
            ("SPEARMAN", self.tr("Spearman rank correlation")),
            ("COVERAGE", self.tr("Interval coverage (held-out gemeenten)")),
            ("N_TRAIN", self.tr("Training areas")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputFile("REPORT", self.tr("Report (Markdown)")))
        self.addOutput(QgsProcessingOutputFile("REPORT_JSON", self.tr("Report (JSON)")))

    def early_checks(self, parameters, context) -> None:
        """A model file and at least one predictor, before any reading."""
        if not self.parameterAsFileOutput(parameters, self.MODEL, context):
            raise QgsProcessingException(self.tr("Give a file for the model (MODEL)."))
        if not self.parameterAsFields(parameters, self.PREDICTORS, context):
            raise QgsProcessingException(self.tr("Choose at least one predictor field."))

    def process(self, parameters, context, feedback, outputs) -> dict:
        target = self.parameterAsString(parameters, self.TARGET_FIELD, context)
        predictors = self.parameterAsFields(parameters, self.PREDICTORS, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        code = self.parameterAsString(parameters, self.CODE_FIELD, context) or None
        seed = self.parameterAsInt(parameters, self.SEED, context)
        folds = self.parameterAsInt(parameters, self.FOLDS, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        level = self.parameterAsDouble(parameters, self.LEVEL, context)
        nan_policy = NAN_POLICIES[self.parameterAsEnum(parameters, self.NAN_POLICY, context)]
        min_areas = self.parameterAsInt(parameters, self.MIN_AREAS, context)
        model_path = self.parameterAsFileOutput(parameters, self.MODEL, context)
        if not model_path:
            raise QgsProcessingException(self.tr("Give a file for the model (MODEL)."))
        if not predictors:
            raise QgsProcessingException(self.tr("Choose at least one predictor field."))

        source, areas = read_layer(self, parameters, self.AREAS, context, feedback)
        missing = [f for f in (target, group, code, *predictors) if f and f not in areas.frame]
        if missing:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no field(s) {}.").format(
                    areas.layer_name, ", ".join(f"'{m}'" for m in missing)
                )
            )

        def progress(fraction: float, step: str) -> None:
            feedback.setProgress(90.0 * fraction)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            feedback.setProgressText(step)

        feedback.pushInfo(
            self.tr("Training {} on {} areas, grouped {}-fold cross-validation by '{}'…").format(
                method, len(areas), folds, group
            )
        )
        try:
            with one_thread():
                model = train_loneliness_model(
                    areas.frame,
                    target,
                    predictors,
                    group,
                    seed,
                    method=method,
                    n_splits=folds,
                    level=level,
                    code_column=code,
                    nan_policy=nan_policy,
                    min_training_areas=min_areas,
                    progress=progress,
                )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Layer '{}': {}").format(areas.layer_name, error)
            ) from error

        for name, count in model.training.get("suppressed_by_field", {}).items():
            feedback.pushWarning(suppressed_message(name, count, where=areas.layer_name))
        m = model.metrics["model"]
        coverage = m["interval"]["coverage_heldout"]
        feedback.pushInfo(
            self.tr(
                "{} training areas in {} groups: R² {:.3f}, MAE {:.2f} pp, Spearman ρ {:.3f}, "
                "{:.0f}% interval ±{:.2f} pp covers {:.1%} of held-out areas."
            ).format(
                model.training["n_train"],
                model.training["n_groups"],
                m["r2"],
                m["mae"],
                m["spearman"],
                100 * level,
                model.halfwidth,
                coverage,
            )
        )
        for name, b in model.metrics["baselines"].items():
            feedback.pushInfo(
                self.tr("Baseline {}: R² {:.3f}, MAE {:.2f} pp, Spearman ρ {:.3f}.").format(
                    name, b["r2"], b["mae"], b["spearman"]
                )
            )

        pkl, model_json = save_loneliness_model(model, model_path)
        outputs.paths += [str(pkl), str(model_json)]
        basename = f"{pkl.stem}_report"
        outputs.paths += [
            str(pkl.parent / f"{basename}.md"),
            str(pkl.parent / f"{basename}.json"),
            str(pkl.parent / f"{basename}_cv_predictions.csv"),
        ]
        report_md, report_json = write_loneliness_report(
            model,
            pkl.parent,
            basename=basename,
            vintages={
                "target": self.tr("field '{}' of layer '{}'").format(target, areas.layer_name)
            },
            extra={"Training layer": {"layer": areas.layer_name, "model file": pkl.name}},
        )
        feedback.pushInfo(self.tr("Model: {}; report: {}.").format(pkl, report_md))
        feedback.setProgress(92)

        results = {
            self.MODEL: str(pkl),
            "MODEL_JSON": str(model_json),
            "REPORT": str(report_md),
            "REPORT_JSON": str(report_json),
            "R2": m["r2"],
            "MAE": m["mae"],
            "SPEARMAN": m["spearman"],
            "COVERAGE": coverage,
            "HALFWIDTH": model.halfwidth,
            "N_TRAIN": model.training["n_train"],
            "N_GROUPS": model.training["n_groups"],
        }
        if wanted(parameters, self.OUTPUT) and not feedback.isCanceled():
            cv = model.cv_predictions
            oof = pd.DataFrame(index=areas.frame.index)
            oof["estimate"] = cv["predicted"]
            half = cv["width_heldout"] / 2.0
            bounds = model.target_bounds or (-np.inf, np.inf)
            oof["lower"] = (cv["predicted"] - half).clip(*bounds)
            oof["upper"] = (cv["predicted"] + half).clip(*bounds)
            oof["residual"] = cv["residual"]
            oof["cv_fold"] = cv["fold"].astype("Int64")
            oof["covered"] = cv["covered_heldout"].astype("boolean")
            reasons = np.where(
                oof["estimate"].isna().to_numpy(),
                self.tr("Not used for training (no measured value or a predictor missing)."),
                self.tr(
                    "Out-of-fold estimate: made by a model that did not see this area's group."
                ),
            )
            oof["note"] = with_loneliness_note(reasons, output_language())
            frame = pd.concat(
                [areas.frame.drop(columns=[c for c in oof.columns if c in areas.frame]), oof],
                axis=1,
            )
            dest = write_layer(
                self, parameters, self.OUTPUT, context, feedback, outputs, source, areas, frame
            )
            self.load_styled(context, dest, "loneliness_estimate")
            results[self.OUTPUT] = dest
        return results


class ApplyLonelinessModelAlgorithm(WijkaanpakAlgorithm):
    NAME = "applylonelinessmodel"
    GROUP_ID = "loneliness"

    MODEL = "MODEL"
    AREAS = "AREAS"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    MIN_CELL_POPULATION = "MIN_CELL_POPULATION"
    GRID_MODE = "GRID_MODE"
    BUURT_CODE_FIELD = "BUURT_CODE_FIELD"
    GRID_PREDICTORS = "GRID_PREDICTORS"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_BUURTEN = "OUTPUT_BUURTEN"

    def displayName(self) -> str:
        return self.tr("Apply loneliness model")

    def shortHelpString(self) -> str:
        return self.tr(
            "Estimates loneliness with a model made by 'Train loneliness model', for areas "
            "or 100 m grid cells where it is not measured.\n\n"
            "In: the model file (.pkl or its .json) and a layer with the model's predictor "
            "fields and a population field.\n"
            "Out: estimate, lower and upper (the model's interval, 90% by default), "
            "published (0 under the minimum population: then no estimate), out_of_range "
            "(a predictor outside the training range: the model extrapolates), "
            "explanation_up / explanation_down (the predictors that push the estimate up or "
            "down, in percentage points) and a note.\n\n"
            "Grid mode (a grid layer with a buurt code field): cell figures are summed per "
            "buurt (shares as ratios of sums), the model estimates each buurt, and each cell "
            "gets the model value of its own figures shifted so that the resident-weighted "
            "mean of a buurt's cells equals the buurt estimate (checked within the tolerance). "
            "Predictors that are not grid fields are described as 'name = count / "
            "aantal_inwoners * 100'. The interval and explanations of a cell are its buurt's; "
            "the buurt is the unit of the estimate. As for areas, a cell with fewer residents "
            "than the minimum (default 100) gets no published value of its own (published = 0, "
            "with the buurt estimate and a note); the surface and its check still cover every "
            "inhabited cell.\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFile(
            self.MODEL,
            self.tr("Model file"),
            QgsProcessingParameterFile.File,
            "",
            None,
            False,
            self.tr("Loneliness model (*.pkl *.json)"),
        )
        p.setHelp(
            self.tr(
                "A model written by 'Train loneliness model' (the .pkl or the .json next to "
                "it). Only open models you trust."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas or grid cells"), [QgsProcessing.TypeVector]
        )
        p.setHelp(self.tr("A layer with the model's predictor fields."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.POPULATION_FIELD,
            self.tr("Population field"),
            "aantal_inwoners",
            self.AREAS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Residents per area (grid: per cell). Areas under the minimum population or "
                "with an unknown population get no estimate. Leave empty to switch the rule "
                "off deliberately (not in grid mode)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_POPULATION,
            self.tr("Minimum population"),
            QgsProcessingParameterNumber.Integer,
            100,
            minValue=0,
        )
        p.setHelp(self.tr("Areas (grid mode: buurten) with fewer residents get no estimate."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_CELL_POPULATION,
            self.tr("Minimum residents per grid cell (grid mode)"),
            QgsProcessingParameterNumber.Integer,
            100,
            minValue=0,
        )
        p.setHelp(
            self.tr(
                "Grid mode: a cell with fewer residents gets no published value of its own, as "
                "an area would not (its buurt estimate is shown instead). 0 publishes every "
                "inhabited cell: only do so knowingly, a 100 m cell of a few households is not "
                "a unit the model can speak for."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.GRID_MODE, self.tr("Grid mode (cells consistent with buurt estimates)"), False
        )
        p.setHelp(
            self.tr(
                "The layer is a CBS 100 m grid with a buurt code field: estimate buurten from "
                "the summed cell figures and spread them over the cells."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BUURT_CODE_FIELD,
            self.tr("Buurt code field (grid mode)"),
            "buurtcode",
            self.AREAS,
            optional=True,
        )
        p.setHelp(self.tr("Field of the grid cells with the code of their buurt."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.GRID_PREDICTORS,
            self.tr("Grid predictors (grid mode)"),
            "",
            multiLine=True,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "How predictors that are not grid fields are computed, one per line: "
                "'name = numerator / denominator * 100' (a share: summed per buurt, then "
                "divided) or 'name = field' (a resident-weighted mean). Predictors that are "
                "grid fields are averaged weighted by residents."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TOLERANCE,
            self.tr("Tolerance of the cell surface (percentage points)"),
            QgsProcessingParameterNumber.Double,
            0.05,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Largest allowed difference between the resident-weighted mean of a buurt's "
                "cells and the buurt estimate; the check is in the log and the buurt table."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 3)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Loneliness estimates"))
        p.setHelp(self.tr("The areas or cells with estimate, interval, flags, reasons and note."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUURTEN,
            self.tr("Buurt estimates and check (grid mode)"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=False,
        )
        p.setHelp(
            self.tr(
                "Table per buurt: summed figures, estimate, interval, and the weighted mean of "
                "its cells with the difference (within_tolerance)."
            )
        )
        self.addParameter(p)

    #: The buurt code field is used only in grid mode.
    FIELDS_WITH_FALLBACK = ("BUURT_CODE_FIELD",)

    def early_checks(self, parameters, context) -> None:
        """Grid mode needs the buurt code and residents fields, checked before any reading."""
        if self.parameterAsBoolean(parameters, self.GRID_MODE, context):
            self.require_field(parameters, context, self.BUURT_CODE_FIELD)
            self.require_field(parameters, context, self.POPULATION_FIELD)

    def process(self, parameters, context, feedback, outputs) -> dict:
        model_file = self.parameterAsFile(parameters, self.MODEL, context)
        min_population = self.parameterAsDouble(parameters, self.MIN_POPULATION, context)
        min_cell_population = self.parameterAsDouble(parameters, self.MIN_CELL_POPULATION, context)
        grid_mode = self.parameterAsBoolean(parameters, self.GRID_MODE, context)
        model = load_loneliness_model(model_file)
        feedback.pushInfo(
            self.tr("Model {}: {} from {} ({}).").format(
                Path(model_file).name, model.target, ", ".join(model.predictors), model.method
            )
        )
        source, areas = read_layer(self, parameters, self.AREAS, context, feedback)
        population = population_field(
            self, parameters, self.POPULATION_FIELD, context, areas, feedback
        )
        if grid_mode:
            return self._grid(
                parameters, context, feedback, outputs, model, source, areas, population,
                min_population, min_cell_population,
            )  # fmt: skip
        try:
            with one_thread():
                estimates = apply_loneliness_model(
                    model,
                    areas.frame,
                    population_column=population,
                    min_population=min_population,
                )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Layer '{}': {}").format(areas.layer_name, error)
            ) from error
        for name, count in estimates.attrs.get("suppressed_by_field", {}).items():
            feedback.pushWarning(suppressed_message(name, count, where=areas.layer_name))
        estimates["note"] = with_loneliness_note(estimates["note"], output_language())
        return self._write(parameters, context, feedback, outputs, source, areas, estimates)

    def _write(self, parameters, context, feedback, outputs, source, areas, estimates) -> dict:
        frame = pd.concat(
            [areas.frame.drop(columns=[c for c in estimates if c in areas.frame]), estimates],
            axis=1,
        )
        published = int(estimates["published"].sum())
        out_of_range = int((estimates["out_of_range"] & estimates["published"]).sum())
        feedback.pushInfo(
            self.tr("{} of {} estimates published; {} outside the training range.").format(
                published, len(estimates), out_of_range
            )
        )
        if out_of_range:
            feedback.pushWarning(
                self.tr(
                    "{} area(s) have predictors outside the training range (out_of_range = 1): "
                    "the model extrapolates there; read those estimates with care."
                ).format(out_of_range)
            )
        if feedback.isCanceled():
            return {}
        dest = write_layer(
            self, parameters, self.OUTPUT, context, feedback, outputs, source, areas, frame
        )
        self.load_styled(context, dest, "loneliness_estimate")
        return {self.OUTPUT: dest, "N_PUBLISHED": published, "N_OUT_OF_RANGE": out_of_range}

    def _grid(
        self, parameters, context, feedback, outputs, model, source, areas, population,
        min_population, min_cell_population,
    ) -> dict:  # fmt: skip
        buurt = self.parameterAsString(parameters, self.BUURT_CODE_FIELD, context)
        spec = self.parameterAsString(parameters, self.GRID_PREDICTORS, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        label = areas.layer_name
        if not buurt or buurt not in areas.frame.columns:
            raise QgsProcessingException(
                self.tr("Grid mode: layer '{}' has no buurt code field '{}'.").format(label, buurt)
            )
        if population is None:
            raise QgsProcessingException(
                self.tr(
                    "Grid mode needs the residents field of layer '{}' (cells are weighted by "
                    "residents)."
                ).format(label)
            )
        try:
            grid_predictors = grid_predictors_for_model(
                model.predictors, list(areas.frame.columns), parse_grid_predictors(spec)
            )
            with one_thread():
                surface = loneliness_grid_surface(
                    areas.frame,
                    model,
                    grid_predictors,
                    buurt_column=buurt,
                    population_column=population,
                    min_population=min_population,
                    tolerance=tolerance,
                    min_cell_population=min_cell_population,
                )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Grid layer '{}': {}").format(label, error)
            ) from error
        checked = surface.check["buurt_estimate"].notna()
        feedback.pushInfo(
            self.tr(
                "{} buurten, {} with an estimate; largest difference between a buurt estimate "
                "and the weighted mean of its cells: {:.6f} pp (tolerance {:g})."
            ).format(
                len(surface.buurten), int(checked.sum()), surface.max_abs_difference, tolerance
            )
        )
        if not surface.within_tolerance:
            feedback.pushWarning(
                self.tr(
                    "Some buurten's cells do not average to the buurt estimate within {:g} pp "
                    "(values clipped to the model's bounds): see within_tolerance in the buurt "
                    "table."
                ).format(tolerance)
            )
        withheld = int(
            (surface.cells["below_min_population"] & surface.cells["surface"].notna()).sum()
        )
        if withheld:
            feedback.pushInfo(
                self.tr(
                    "{} inhabited cell(s) have fewer than {:g} residents: no cell value "
                    "published there (published = 0); their buurt estimate is shown instead."
                ).format(withheld, min_cell_population)
            )
        cells = grid_cell_estimates(surface, output_language())
        cells = cells.drop(columns=["buurtcode"])  # the layer's own buurt code field stays
        results = self._write(parameters, context, feedback, outputs, source, areas, cells)
        if not results:
            return results
        results["MAX_DIFFERENCE"] = surface.max_abs_difference
        results["WITHIN_TOLERANCE"] = surface.within_tolerance
        if wanted(parameters, self.OUTPUT_BUURTEN):
            table = surface.buurten.join(surface.check.drop(columns=["buurt_estimate"]))
            table = table.reset_index()
            table["note"] = with_loneliness_note(table["note"], output_language())
            fields = fields_for_frame(table)
            sink, dest = self.create_sink(
                parameters, self.OUTPUT_BUURTEN, context, fields, QgsWkbTypes.NoGeometry,
                source.sourceCrs(), outputs,
            )  # fmt: skip
            write_features(sink, fields, table, None, feedback, dest)
            results[self.OUTPUT_BUURTEN] = dest
        return results
