"""Processing face: measured loneliness (RIVM/GGD health monitor) joined to areas by code.

Also holds the two helpers the other loneliness faces share: reading an area layer or a
table as a frame, and writing a frame back with the layer's geometry.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.figures import (
    RIVM_CODE_COLUMN,
    parse_suppressed,
    read_figures_csv,
)
from ..wijkaanpak_plugin.core.loneliness import (
    MEASURED_LAYER_COLUMNS,
    join_measured_loneliness,
    measured_loneliness,
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
from .base import SIGNAL_NOTE_ALGORITHM_EN, Wijkaanpak, WijkaanpakAlgorithm, output_language
from .import_figures import record_cbs_year

AGE_GROUPS = [None, "18+", "65+"]


def wanted(parameters: dict, name: str) -> bool:
    """Whether the user asked for an optional output (an empty value means 'skip')."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return value is not None and str(value) != ""


def read_layer(algorithm: WijkaanpakAlgorithm, parameters, name: str, context, feedback):
    """(source, table): every attribute, and the geometry (EPSG:28992) when there is one."""
    source = algorithm.source_or_fail(parameters, name, context)
    label = algorithm.layer_name(parameters, name, context)
    if source.wkbType() == QgsWkbTypes.NoGeometry:
        table = read_table(source, None, feedback, label=label)
        table.layer_name = label
    else:
        table = read_features(source, None, context, feedback, keep_wkb=True, label=label)
    if len(table) == 0:
        raise QgsProcessingException(Wijkaanpak.tr("Layer '{}' has no features.").format(label))
    return source, table


def write_layer(
    algorithm: WijkaanpakAlgorithm,
    parameters,
    name: str,
    context,
    feedback,
    outputs,
    source,
    table: FeatureTable,
    frame,
) -> str:
    """Write ``frame`` (one row per feature of ``table``) with the features' geometry."""
    fields = fields_for_frame(frame, source.fields())
    wkb_type = source.wkbType()
    geometries = None if wkb_type == QgsWkbTypes.NoGeometry else wkb_geometries(table.wkb)
    sink, dest = algorithm.create_sink(
        parameters, name, context, fields, wkb_type, WORKING_CRS, outputs
    )
    write_features(sink, fields, frame, geometries, feedback, dest)
    return dest


def population_field(algorithm, parameters, name: str, context, table: FeatureTable, feedback):
    """The population field, None when left empty (rule off); a missing field is an error."""
    field = algorithm.parameterAsString(parameters, name, context)
    if not field:
        feedback.pushWarning(
            Wijkaanpak.tr(
                "No population field: the minimum-population rule is switched off, so small "
                "areas are not protected."
            )
        )
        return None
    if field not in table.frame.columns:
        raise QgsProcessingException(
            Wijkaanpak.tr(
                "Layer '{}' has no population field '{}'. Choose the field with the number of "
                "residents, or leave it empty to switch the minimum-population rule off."
            ).format(table.layer_name, field)
        )
    return field


class MeasuredLonelinessAlgorithm(WijkaanpakAlgorithm):
    NAME = "measuredloneliness"
    GROUP_ID = "loneliness"

    AREAS = "AREAS"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    RIVM_TABLE = "RIVM_TABLE"
    RIVM_FILE = "RIVM_FILE"
    RIVM_CODE_FIELD = "RIVM_CODE_FIELD"
    AGE_FIELD = "AGE_FIELD"
    AGE_GROUP = "AGE_GROUP"
    VINTAGE = "VINTAGE"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Measured loneliness (RIVM/GGD)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Joins the loneliness figures of the GGD/RIVM health monitor (StatLine table "
            "50090NED 'Gezondheid per wijk en buurt': Eenzaam, (Zeer) ernstig eenzaam, "
            "Emotioneel eenzaam, Sociaal eenzaam, in % of residents) to areas by their CBS "
            "code.\n\n"
            "In: areas (gemeenten, wijken or buurten) with a code field; the RIVM table as a "
            "layer or as a CSV file (also .csv.gz) with 18+ rows, 65+ rows or both. A table "
            "without an age-group column (the national RIVM files) needs the age group it "
            "holds.\n"
            "Out: the areas with eenzaam_18plus, ernstig_eenzaam_18plus, "
            "emotioneel_eenzaam_18plus, sociaal_eenzaam_18plus and the same for 65plus, the "
            "vintage (year of the figures), the source and a note per area.\n\n"
            "Suppressed values ('.', -99997) stay empty (NULL), never 0. Areas with fewer "
            "residents than the minimum population get no figures. The note says why a value "
            "is empty. Run it once with an 18+ table and once with a 65+ table on the output "
            "to fill both: the other age group's values are kept. Use areas of the year the "
            "figures were made for: codes can be reused for other areas later.\n\n"
        ) + Wijkaanpak.tr(SIGNAL_NOTE_ALGORITHM_EN)

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (gemeenten, wijken or buurten)"), [QgsProcessing.TypeVector]
        )
        p.setHelp(self.tr("The areas that receive the figures, e.g. CBS wijken or buurten."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AREA_CODE_FIELD, self.tr("Area code field"), "wijkcode", self.AREAS
        )
        p.setHelp(self.tr("Field with the CBS code of each area: GMxxxx, WKxxxxxx or BUxxxxxxxx."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.RIVM_TABLE,
            self.tr("RIVM table (layer)"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "The RIVM health-monitor table as a layer (GeoPackage table, CSV layer). "
                "Give this or the RIVM file."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.RIVM_FILE,
            self.tr("RIVM table (CSV file)"),
            QgsProcessingParameterFile.File,
            "",
            None,
            True,
            self.tr("CSV files (*.csv *.csv.gz *.txt)"),
        )
        p.setHelp(
            self.tr(
                "The RIVM table as a CSV file, also gzip-compressed (.csv.gz) as RIVM's national "
                "files are; comma, semicolon or tab separated. Give this or the RIVM layer."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.RIVM_CODE_FIELD,
            self.tr("Code column in the RIVM table"),
            RIVM_CODE_COLUMN,
            self.RIVM_TABLE,
            optional=True,
        )
        p.setHelp(self.tr("Column with the area code; RIVM uses 'Codering_3' (the default)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.AGE_FIELD,
            self.tr("Age-group column in the RIVM table"),
            "leeftijdsgroep",
            self.RIVM_TABLE,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Column holding '18+' or '65+' per row. If the table has no such column, the "
                "StatLine code column 'Leeftijd' (20300 = 18+, 80200 = 65+) is used, else "
                "the age group chosen below."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.AGE_GROUP,
            self.tr("Age group"),
            [self.tr("From the table (18+ and 65+ rows)"), "18+", "65+"],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "For a table with an age-group column: keep both age groups or only one. For a "
                "table without one (the national RIVM files): the age group the table holds."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.VINTAGE,
            self.tr("Vintage (year of the figures)"),
            QgsProcessingParameterNumber.Integer,
            2020,
            minValue=2000,
            maxValue=2100,
        )
        p.setHelp(
            self.tr(
                "The health-monitor year to use (2020 in the shared data). A table with a "
                "year column ('jaar' or 'Perioden') is filtered to it; otherwise it is recorded "
                "as the vintage."
            )
        )
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
                "Number of residents per area, for the minimum-population rule. Empty values "
                "keep RIVM's figures (RIVM withholds its own small-area estimates). Leave the "
                "field empty to switch the rule off."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_POPULATION,
            self.tr("Minimum population"),
            QgsProcessingParameterNumber.Integer,
            100,
            minValue=0,
        )
        p.setHelp(
            self.tr(
                "Areas with fewer residents get no figures (NULL, with a note): a percentage "
                "of a handful of households can point at people."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Measured loneliness"))
        p.setHelp(self.tr("The areas with the eight loneliness fields, vintage, source and note."))
        self.addParameter(p)

    #: Without the age-group column the age group parameter says which rows the table holds.
    FIELDS_WITH_FALLBACK = ("AGE_FIELD",)

    def early_checks(self, parameters, context) -> None:
        """The RIVM table as a layer or as a file, not both, before any reading."""
        has_layer = parameters.get(self.RIVM_TABLE) not in (None, "")
        has_file = bool(self.parameterAsFile(parameters, self.RIVM_FILE, context))
        if has_layer and has_file:
            raise QgsProcessingException(
                self.tr("Give the RIVM table as a layer or as a file, not both.")
            )
        if not has_layer and not has_file:
            raise QgsProcessingException(
                self.tr("Give the RIVM table: a layer (RIVM_TABLE) or a CSV file (RIVM_FILE).")
            )

    def _read_rivm(self, parameters, context, feedback):
        """(frame, label, code column) of the RIVM table from the layer or the file."""
        path = self.parameterAsFile(parameters, self.RIVM_FILE, context)
        has_layer = parameters.get(self.RIVM_TABLE) not in (None, "")
        if has_layer and path:
            raise QgsProcessingException(
                self.tr("Give the RIVM table as a layer or as a file, not both.")
            )
        if not has_layer and not path:
            raise QgsProcessingException(
                self.tr("Give the RIVM table: a layer (RIVM_TABLE) or a CSV file (RIVM_FILE).")
            )
        if has_layer:
            source = self.source_or_fail(parameters, self.RIVM_TABLE, context)
            label = self.layer_name(parameters, self.RIVM_TABLE, context)
            frame = read_table(source, None, feedback).frame
        else:
            label = path
            frame = read_figures_csv(path)
        code = self.parameterAsString(parameters, self.RIVM_CODE_FIELD, context)
        code = code or RIVM_CODE_COLUMN
        if code not in frame.columns:
            raise QgsProcessingException(
                self.tr("RIVM table '{}' has no code column '{}'. Its columns: {}.").format(
                    label, code, ", ".join(map(str, frame.columns))
                )
            )
        if len(frame) == 0:
            raise QgsProcessingException(self.tr("RIVM table '{}' has no rows.").format(label))
        return frame, label, code

    def process(self, parameters, context, feedback, outputs) -> dict:
        area_code = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context)
        age_group = AGE_GROUPS[self.parameterAsEnum(parameters, self.AGE_GROUP, context)]
        vintage = str(self.parameterAsInt(parameters, self.VINTAGE, context))
        min_population = self.parameterAsDouble(parameters, self.MIN_POPULATION, context)

        feedback.pushInfo(self.tr("Reading the RIVM table…"))
        rivm, rivm_label, rivm_code = self._read_rivm(parameters, context, feedback)
        age_field = self.parameterAsString(parameters, self.AGE_FIELD, context)
        if age_field and age_field in rivm.columns and age_field != "leeftijdsgroep":
            rivm = rivm.drop(columns=[c for c in ("leeftijdsgroep",) if c in rivm.columns])
            rivm = rivm.rename(columns={age_field: "leeftijdsgroep"})
        if "leeftijdsgroep" not in rivm.columns and "Leeftijd" not in rivm.columns:
            if age_group is None:
                raise QgsProcessingException(
                    self.tr(
                        "RIVM table '{}' has no age-group column ('{}' or 'Leeftijd'). Choose "
                        "the age group the table holds (18+ or 65+) under 'Age group'."
                    ).format(rivm_label, age_field or "leeftijdsgroep")
                )
            feedback.pushInfo(
                self.tr("RIVM table '{}' has no age-group column: all rows taken as {}.").format(
                    rivm_label, age_group
                )
            )
        try:
            measured = measured_loneliness(
                rivm, age_group=age_group, vintage=vintage, code_column=rivm_code
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("RIVM table '{}': {}").format(rivm_label, error)
            ) from error

        feedback.pushInfo(self.tr("Reading the areas…"))
        source, areas = read_layer(self, parameters, self.AREAS, context, feedback)
        if area_code not in areas.frame.columns:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no code field '{}'.").format(areas.layer_name, area_code)
            )
        population = population_field(
            self, parameters, self.POPULATION_FIELD, context, areas, feedback
        )
        try:
            joined, match = join_measured_loneliness(
                areas.frame,
                measured,
                area_code,
                population_column=population,
                min_population=min_population,
                language=output_language(),
            )
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Layer '{}' (field '{}') and RIVM table '{}' (column '{}'): {}").format(
                    areas.layer_name, area_code, rivm_label, rivm_code, error
                )
            ) from error

        withheld = 0
        if population is not None:
            residents = parse_suppressed(areas.frame[population], errors="coerce")
            withheld = int((residents < min_population).sum())
            unknown = int(residents.isna().sum())
            if unknown:
                feedback.pushWarning(
                    self.tr(
                        "{} area(s) have no value in '{}': their RIVM figures are kept as "
                        "published (RIVM withholds its own estimates for small areas)."
                    ).format(unknown, population)
                )
        feedback.pushInfo(
            self.tr(
                "Vintage {}, age group(s) {}: {} of {} areas found their figures; {} withheld "
                "(fewer than {:g} residents)."
            ).format(
                measured.vintage,
                ", ".join(measured.age_groups),
                match.n_matched,
                match.n_areas,
                withheld,
                min_population,
            )
        )
        if match.unmatched_examples:
            feedback.pushWarning(
                self.tr("Area codes without RIVM figures (first {}): {}.").format(
                    len(match.unmatched_examples), ", ".join(match.unmatched_examples)
                )
            )
        for column, count in measured.suppressed.items():
            if count:
                feedback.pushInfo(
                    self.tr("{}: {} suppressed value(s) in the RIVM table (left empty).").format(
                        column, count
                    )
                )
        if feedback.isCanceled():
            return {}
        joined = record_cbs_year(self, parameters, context, feedback, joined)
        dest = write_layer(
            self, parameters, self.OUTPUT, context, feedback, outputs, source, areas, joined
        )
        self.load_styled(context, dest, "loneliness_measured")
        filled = int(joined[MEASURED_LAYER_COLUMNS].notna().any(axis=1).sum())
        return {
            self.OUTPUT: dest,
            "N_AREAS": match.n_areas,
            "N_MATCHED": match.n_matched,
            "N_WITH_FIGURES": filled,
            "N_WITHHELD": withheld,
            "VINTAGE": measured.vintage,
        }
