"""Processing face: join CBS key figures or RIVM health figures to areas by code."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.figures import RIVM_CODE_COLUMN, RIVM_LONELINESS_COLUMNS, join_figures
from ..wijkaanpak_plugin.core.profile import VINTAGE_FIELDS, year_in
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    read_features,
    read_table,
    wkb_geometries,
    write_features,
)
from .base import (
    Wijkaanpak,
    WijkaanpakAlgorithm,
    fits_areas,
    fits_figures_table,
    preselect_layer,
)

LEVELS = ["", "GM", "WK", "BU"]
#: The field that records the year of the areas' CBS figures (read by the wijkprofiel dock).
YEAR_FIELD = "jaar"


class ImportFiguresAlgorithm(WijkaanpakAlgorithm):
    NAME = "importfigures"
    GROUP_ID = "inventories"

    AREAS = "AREAS"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    FIGURES = "FIGURES"
    FIGURES_CODE_FIELD = "FIGURES_CODE_FIELD"
    FIGURES_FILTER = "FIGURES_FILTER"
    COLUMNS = "COLUMNS"
    PREFIX = "PREFIX"
    LEVEL = "LEVEL"
    YEAR = "YEAR"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    def displayName(self) -> str:
        return self.tr("Import CBS/RIVM figures")

    def shortHelpString(self) -> str:
        return self.tr(
            "Joins key figures (CBS 'Kerncijfers wijken en buurten', RIVM/GGD "
            "'Gezondheid per wijk en buurt' table 50090NED, or any table with area codes) to "
            "area polygons by their code (GMxxxx, WKxxxxxx, BUxxxxxxxx).\n\n"
            "In: an area layer with a code field, and a table (CSV, GeoPackage table, any layer) "
            "with a code column and the columns to add.\n"
            "Out: the areas with the chosen columns added as numbers, and optionally a table of "
            "codes that did not match.\n\n"
            "Suppressed values ('.', 'x', '?', empty, and CBS/RIVM sentinel codes such as "
            "-99997 or -99999999) become NULL, never numbers. A table with several rows per "
            "code (e.g. RIVM 18+ and 65+ rows) must be filtered to one row per code with the "
            "filter expression, e.g. \"leeftijdsgroep\" = '18+'. Codes that match nothing are "
            "listed in the log and in the unmatched table.\n\n"
            "The year of the areas' CBS figures is recorded in the field 'jaar' (given, or read "
            "from the areas' field jaarstatcode or jaar or a year in the layer's name, such as "
            "cbs_wijken_2024), so the wijkprofiel dock can name the vintage of every figure."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS,
            self.tr("Areas (gemeenten, wijken or buurten)"),
            [QgsProcessing.TypeVectorAnyGeometry],
        )
        p.setHelp(self.tr("Polygons of the areas that receive the figures, e.g. CBS wijken 2024."))
        preselect_layer(p, fits_areas)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AREA_CODE_FIELD, self.tr("Area code field"), "wijkcode", self.AREAS
        )
        p.setHelp(self.tr("Field with the CBS code of each area: GMxxxx, WKxxxxxx or BUxxxxxxxx."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.FIGURES, self.tr("Figures table (CBS or RIVM)"), [QgsProcessing.TypeVector]
        )
        p.setHelp(
            self.tr("Table with one row per area code: a CSV, a GeoPackage table or any layer.")
        )
        preselect_layer(p, fits_figures_table)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.FIGURES_CODE_FIELD,
            self.tr("Code column in the figures"),
            RIVM_CODE_COLUMN,
            self.FIGURES,
        )
        p.setHelp(self.tr("Column with the area code in the figures; RIVM uses 'Codering_3'."))
        self.addParameter(p)
        p = QgsProcessingParameterExpression(
            self.FIGURES_FILTER, self.tr("Filter on the figures"), "", self.FIGURES, optional=True
        )
        p.setHelp(
            self.tr(
                "Optional expression keeping one row per code, e.g. \"leeftijdsgroep\" = '18+' for "
                "a RIVM table that holds both 18+ and 65+ rows."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.COLUMNS,
            self.tr("Columns to add"),
            list(RIVM_LONELINESS_COLUMNS),
            self.FIGURES,
            allowMultiple=True,
        )
        p.setHelp(self.tr("Figure columns to add to the areas; each becomes a number field."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.PREFIX, self.tr("Prefix for new fields"), "", optional=True
        )
        p.setHelp(self.tr("Text put before each new field name, e.g. 'rivm18_'."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.LEVEL,
            self.tr("Area level of bare numeric codes"),
            [self.tr("Detect"), "GM (gemeente)", "WK (wijk)", "BU (buurt)"],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Only needed when codes lost their letters and leading zeros (e.g. 10600 for "
                "WK010600) and the level cannot be detected."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.YEAR,
            self.tr("Year of the areas' CBS figures"),
            QgsProcessingParameterNumber.Integer,
            optional=True,
            minValue=1950,
            maxValue=2099,
        )
        p.setHelp(
            self.tr(
                "The year of the CBS key figures the areas carry, e.g. 2024 for CBS wijken "
                "2024; written to the field 'jaar' so the wijkprofiel dock and reports name it. "
                "Empty: read from the areas' field jaarstatcode or jaar, else from a year in "
                "the layer's name (e.g. cbs_wijken_2024); the log says which, or that none "
                "was found."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Areas with figures"))
        p.setHelp(self.tr("The areas with the chosen figure columns added."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.UNMATCHED,
            self.tr("Unmatched codes"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=False,
        )
        p.setHelp(self.tr("Table of codes found on only one side of the join, with the side."))
        self.addParameter(p)

    def process(self, parameters, context, feedback, outputs) -> dict:
        areas_source = self.source_or_fail(parameters, self.AREAS, context)
        figures_source = self.source_or_fail(parameters, self.FIGURES, context)
        area_code = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context)
        figure_code = self.parameterAsString(parameters, self.FIGURES_CODE_FIELD, context)
        columns = self.parameterAsFields(parameters, self.COLUMNS, context)
        expression = self.parameterAsExpression(parameters, self.FIGURES_FILTER, context)
        prefix = self.parameterAsString(parameters, self.PREFIX, context) or ""
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)] or None

        feedback.pushInfo(self.tr("Reading areas…"))
        areas = read_features(
            areas_source,
            None,
            context,
            feedback,
            keep_wkb=True,
            label=self.layer_name(parameters, self.AREAS, context),
        )
        feedback.pushInfo(self.tr("Reading figures…"))
        figures = read_table(
            figures_source,
            None,
            feedback,
            expression=expression,
            label=self.layer_name(parameters, self.FIGURES, context),
        )
        if len(figures) == 0:
            raise self._error(
                self.tr("The figures table '{}' has no rows (after the filter '{}').").format(
                    figures.layer_name, expression
                )
            )
        try:
            joined, report = join_figures(
                areas.frame, area_code, figures.frame, figure_code, columns, prefix, level
            )
        except WijkaanpakInputError as error:  # name both layers and their code fields
            raise self._error(
                self.tr("Areas '{}' (field '{}'), figures table '{}' (column '{}'): {}").format(
                    areas.layer_name, area_code, figures.layer_name, figure_code, error
                )
            ) from error
        if report.n_matched == 0:
            raise self._error(
                self.tr(
                    "No area code of layer '{}' (field '{}') matches a code in '{}' (column '{}'). "
                    "Example area codes: {}; example figure codes: {}."
                ).format(
                    areas.layer_name,
                    area_code,
                    figures.layer_name,
                    figure_code,
                    ", ".join(map(str, areas.frame[area_code].dropna().astype(str).head(3))),
                    ", ".join(map(str, figures.frame[figure_code].dropna().astype(str).head(3))),
                )
            )
        for message in report.messages():
            feedback.pushInfo(message)
        given = parameters.get(self.YEAR)
        year = None if given in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        joined = record_cbs_year(self, parameters, context, feedback, joined, year)

        fields = fields_for_frame(joined, areas_source.fields())
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, fields, areas_source.wkbType(),
            WORKING_CRS, outputs,
        )  # fmt: skip
        write_features(sink, fields, joined, wkb_geometries(areas.wkb), feedback, dest)
        results = {self.OUTPUT: dest, "N_MATCHED": report.n_matched, "N_AREAS": report.n_areas}

        if parameters.get(self.UNMATCHED) is not None:
            unmatched = pd.DataFrame(
                {
                    "code": [str(c) for c in report.areas_without_figures]
                    + [str(c) for c in report.figures_without_area_same_level],
                    "found_in": ["areas"] * len(report.areas_without_figures)
                    + ["figures"] * len(report.figures_without_area_same_level),
                }
            )
            unmatched_fields = fields_for_frame(unmatched)
            sink2, dest2 = self.parameterAsSink(
                parameters, self.UNMATCHED, context, unmatched_fields, QgsWkbTypes.NoGeometry
            )
            if sink2 is not None:
                outputs.sinks.append(sink2)
                outputs.paths.append(dest2)
                write_features(sink2, unmatched_fields, unmatched, None, feedback, dest2)
                results[self.UNMATCHED] = dest2
        self.load_styled(context, dest, "areas_figures")
        return results

    def _error(self, message: str):
        from qgis.core import QgsProcessingException

        return QgsProcessingException(message)


def record_cbs_year(alg, parameters, context, feedback, frame, year=None):
    """``frame`` (an algorithm's output rows) with the field 'jaar': the year of the areas'
    CBS figures: ``year`` when given, else a year in the name of the input AREAS (e.g.
    cbs_wijken_2024). Areas that record a year (jaarstatcode, jaar) keep their field (set to
    ``year`` when given); without any year a warning says so. Shared by the import
    algorithms, so the wijkprofiel dock can name the vintage of every figure."""
    present = {str(c).lower(): c for c in frame.columns}
    own = next((present[f] for f in VINTAGE_FIELDS if f in present), None)
    origin = Wijkaanpak.tr("given")
    if year is None and own is not None:
        feedback.pushInfo(
            Wijkaanpak.tr("Year of the CBS figures: kept in the areas' field '{}'.").format(own)
        )
        return frame
    if year is None:
        names = (
            alg.layer_name(parameters, "AREAS", context),
            str(parameters.get("AREAS") or "").split("|")[0],
        )
        year = next((year_in(n) for n in names if year_in(n)), None)
        origin = Wijkaanpak.tr("the name of layer '{}'").format(names[0])
    if year is None:
        feedback.pushWarning(
            Wijkaanpak.tr(
                "No year of the CBS figures found (no field jaarstatcode or jaar, no year in the "
                "layer's name): the wijkprofiel dock will show '–' as their year."
            )
        )
        return frame
    name = own or YEAR_FIELD
    frame = frame.copy()
    frame[name] = int(year)
    feedback.pushInfo(
        Wijkaanpak.tr("Year of the CBS figures: {} (from {}), in field '{}'.").format(
            year, origin, name
        )
    )
    return frame
