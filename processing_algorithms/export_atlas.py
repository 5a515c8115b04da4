"""Processing face: the council atlas (raadsatlas) as PDF, from the plugin's result layers."""

from __future__ import annotations

import datetime
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..wijkaanpak_plugin.core.indicators import default_definition_path, load_definition
from .base import WijkaanpakAlgorithm, fits_areas, output_language, preselect_layer

ORDERS = ("rank", "code")
ORIENTATIONS = ("portrait", "landscape")
LANGUAGES = ("nl", "en")


class ExportAtlasAlgorithm(WijkaanpakAlgorithm):
    NAME = "exportatlas"
    GROUP_ID = "agenda"

    AREAS = "AREAS"
    FIGURES = "FIGURES"
    PLAYGROUNDS = "PLAYGROUNDS"
    MEETING_PLACES = "MEETING_PLACES"
    GAPS = "GAPS"
    DEFINITION = "DEFINITION"
    MUNICIPALITY = "MUNICIPALITY"
    MIN_POPULATION = "MIN_POPULATION"
    ORDER = "ORDER"
    PER_AREA = "PER_AREA"
    ORIENTATION = "ORIENTATION"
    LANGUAGE = "LANGUAGE"
    PNG = "PNG"
    AREA_VINTAGE = "AREA_VINTAGE"
    HEALTH_VINTAGE = "HEALTH_VINTAGE"
    GRID_VINTAGE = "GRID_VINTAGE"
    INVENTORY_VINTAGE = "INVENTORY_VINTAGE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Export council atlas (PDF)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Makes the council atlas (raadsatlas): a PDF for the gemeenteraad from the "
            "plugin's results.\n\n"
            "In: the ranked areas (output of Rank areas), optionally other result layers with "
            "figures per area (Ambition scores, reach per area, loneliness), the playgrounds, "
            "meeting places and the gap layer of the reach algorithm.\n"
            "Out: one PDF with a cover (title, municipality, date, data sources with year and "
            "licence, the walking-distance norm), an overview (map of need and the ranking "
            "table with rank interval and P(top 3), and the areas not ranked and why), one page "
            "per area (map with the area highlighted, playgrounds, meeting places and gaps; its "
            "figures beside the municipality's; the ambition chart; loneliness with its "
            "interval; reach per age group; a few sentences on what stands out, each quoting a "
            "number on the same page) and a closing page on method and limits. Or one PDF per "
            "area; optionally a PNG per page.\n\n"
            "The pages come from layout templates (resources/layouts/*.qpt) you can edit in "
            "the layout designer. Areas under the minimum population show no figures about "
            "people, only why. A failed or cancelled export leaves no partial PDF.\n\n"
            "The atlas is a signal for conversation with residents, not a verdict on a "
            "neighbourhood."
        )

    def flags(self):
        # print layouts render in the main thread (as QGIS's own atlas export algorithms)
        flag = getattr(QgsProcessingAlgorithm, "FlagNoThreading", None)
        if flag is None:  # pragma: no cover - QGIS versions without the old enum name
            from qgis.core import Qgis

            flag = Qgis.ProcessingAlgorithmFlag.NoThreading
        return super().flags() | flag

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterVectorLayer(
            self.AREAS, self.tr("Ranked areas"), [QgsProcessing.TypeVectorPolygon]
        )
        p.setHelp(
            self.tr(
                "The output of Rank areas (wijken or buurten with rank, rank_p05, rank_p95, "
                "p_top3 and the figures it was ranked on). One atlas page per area."
            )
        )
        preselect_layer(p, fits_areas)
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(
            self.FIGURES,
            self.tr("Other layers with figures per area"),
            QgsProcessing.TypeVector,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Result layers of the same areas, matched by wijkcode or buurtcode: Ambition "
                "scores (for the ambition chart), Playground and meeting-place reach per area "
                "(reach per age group), Measured loneliness or Apply loneliness model."
            )
        )
        self.addParameter(p)
        for name, label, help_text in (
            (
                self.PLAYGROUNDS,
                self.tr("Playgrounds"),
                self.tr("Playground inventory (Import inventory output), shown on the maps."),
            ),
            (
                self.MEETING_PLACES,
                self.tr("Meeting places"),
                self.tr("Meeting-place inventory (Import inventory output), shown on the maps."),
            ),
            (
                self.GAPS,
                self.tr("Gaps in reach"),
                self.tr("The gap layer of Playground and meeting-place reach, shown on the maps."),
            ),
        ):
            p = QgsProcessingParameterVectorLayer(
                name, label, [QgsProcessing.TypeVectorAnyGeometry], optional=True
            )
            p.setHelp(help_text)
            self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.DEFINITION,
            self.tr("Indicator definition file (JSON)"),
            extension="json",
            defaultValue=str(default_definition_path()),
            optional=True,
        )
        p.setHelp(
            self.tr(
                "The definition the scores were computed with: it names the ambitions in the "
                "chart and tables. Empty: the shipped five ambitions."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(self.MUNICIPALITY, self.tr("Municipality"), "",
                                         optional=True)  # fmt: skip
        p.setHelp(
            self.tr(
                "The name on the cover and beside each area's figures. Empty: the gemeentenaam "
                "of the areas."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_POPULATION,
            self.tr("Minimum population to show figures about people"),
            QgsProcessingParameterNumber.Integer,
            100,
            minValue=0,
        )
        p.setHelp(
            self.tr(
                "Areas with fewer residents (or an unknown number) show no figures about "
                "people, only why. Use the minimum of Rank areas."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.ORDER, self.tr("Order of the area pages"),
            [self.tr("By rank (most need first)"), self.tr("By area code")], defaultValue=0,
        )  # fmt: skip
        p.setHelp(self.tr("Rank order puts areas that are not ranked last, by code."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.PER_AREA, self.tr("One PDF per area"), False)
        p.setHelp(
            self.tr(
                "Instead of one PDF: a PDF per area page, named <output name>_<area code>.pdf, "
                "in the output's folder."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.ORIENTATION, self.tr("Page orientation"),
            [self.tr("A4 portrait"), self.tr("A4 landscape")], defaultValue=0,
        )  # fmt: skip
        p.setHelp(self.tr("Both use the templates in resources/layouts."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the atlas"), ["Nederlands", "English"],
            defaultValue=0 if output_language() == "nl" else 1,
        )  # fmt: skip
        p.setHelp(self.tr("The language of every text in the PDF (not of the QGIS interface)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.PNG, self.tr("Also a PNG per page"), False)
        p.setHelp(self.tr("PNG images of every page in the folder <output name>_png."))
        self.addParameter(p)
        for name, label, help_text in (
            (self.AREA_VINTAGE, self.tr("Year of the CBS areas and key figures"),
             self.tr("Shown on the cover with the source (e.g. 2024). Empty: read from the "
                     "layer (jaarstatcode, or a year in its name) where it records one.")),
            (self.HEALTH_VINTAGE, self.tr("Year of the RIVM/GGD health figures"),
             self.tr("e.g. 2020. Empty: the vintage field of Measured loneliness.")),
            (self.GRID_VINTAGE, self.tr("Year of the CBS 100 m grid"),
             self.tr("The grid the reach was computed from (e.g. 2020).")),
            (self.INVENTORY_VINTAGE, self.tr("Date of the playground and bench inventory"),
             self.tr("e.g. 'August 2021' for the BGT extract.")),
        ):  # fmt: skip
            p = QgsProcessingParameterString(name, label, "", optional=True)
            p.setHelp(help_text)
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Atlas PDF"), self.tr("PDF files (*.pdf)")
        )
        p.setHelp(
            self.tr(
                "The PDF. It is written to a temporary file beside it and moved into place only "
                "when the export succeeded."
            )
        )
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber("AREAS", self.tr("Area pages")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def process(self, parameters, context, feedback, outputs) -> dict:
        from ..wijkaanpak_plugin.atlas import AtlasError, AtlasLayers, AtlasOptions, export_atlas

        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        figures = self.parameterAsLayerList(parameters, self.FIGURES, context) or []
        definition_path = self.parameterAsFile(parameters, self.DEFINITION, context)
        definition = load_definition(definition_path or default_definition_path())
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            raise QgsProcessingException(self.tr("Choose a file name for the atlas PDF."))
        if Path(output).suffix.lower() != ".pdf":
            output = str(Path(output).with_suffix(".pdf"))
        folder = Path(output).parent
        if not folder.is_dir():
            raise QgsProcessingException(
                self.tr("The folder {} does not exist: choose another place for the atlas.")
                .format(folder)
            )  # fmt: skip

        def text(name: str):
            value = self.parameterAsString(parameters, name, context)
            return value.strip() or None

        options = AtlasOptions(
            lang=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            orientation=ORIENTATIONS[self.parameterAsEnum(parameters, self.ORIENTATION, context)],
            order=ORDERS[self.parameterAsEnum(parameters, self.ORDER, context)],
            per_area=self.parameterAsBoolean(parameters, self.PER_AREA, context),
            png=self.parameterAsBoolean(parameters, self.PNG, context),
            min_population=self.parameterAsInt(parameters, self.MIN_POPULATION, context),
            municipality=text(self.MUNICIPALITY) or "",
            area_vintage=text(self.AREA_VINTAGE),
            health_vintage=text(self.HEALTH_VINTAGE),
            grid_vintage=text(self.GRID_VINTAGE),
            inventory_vintage=text(self.INVENTORY_VINTAGE),
            date=datetime.date.today(),
        )
        layers = AtlasLayers(
            areas=areas,
            figures=[f for f in figures if f is not None and f.type() == 0],
            playgrounds=self.parameterAsVectorLayer(parameters, self.PLAYGROUNDS, context),
            meeting_places=self.parameterAsVectorLayer(parameters, self.MEETING_PLACES, context),
            gaps=self.parameterAsVectorLayer(parameters, self.GAPS, context),
            definition=definition,
        )

        def step(page: int, pages: int) -> None:
            feedback.pushInfo(self.tr("Area page {} of {}").format(min(page, pages), pages))

        feedback.pushInfo(self.tr("Reading the areas and their figures…"))
        try:
            result = export_atlas(layers, options, output, feedback, step)
        except AtlasError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(
            self.tr("Wrote {} ({} pages, {} areas).").format(
                ", ".join(result.files[:3]) + (" …" if len(result.files) > 3 else ""),
                result.pages,
                result.areas,
            )
        )
        if result.png_files:
            feedback.pushInfo(self.tr("{} PNG pages in {}.").format(
                len(result.png_files), Path(result.png_files[0]).parent))  # fmt: skip
        return {
            self.OUTPUT: result.files[0] if not options.per_area else output,
            "PAGES": result.pages,
            "AREAS": result.areas,
            "FILES": ";".join(result.files),
        }
