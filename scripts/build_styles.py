"""Build the QML styles in resources/styles/ with the QGIS API (never edit a .qml by hand).

Run:  QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_styles.py [--out DIR] [NAME ...]

Every output layer of Wijkaanpak is loaded with ``resources/styles/<name>.qml``
(processing_algorithms/base.py: ``load_styled``, ``apply_style``). Each style is built here on
an empty memory layer that has the output's fields, then saved with ``saveNamedStyle``.
tests/qgis/test_styles.py rebuilds every style and fails when a committed QML differs, so
change this script, run it, and commit the QML files together.

Conventions (QGIS 3.22 API only, so the files also load in 3.40):

* Fixed class breaks, never computed from data: one style serves every municipality.
* Colour-blind-safe palettes (ColorBrewer, Paul Tol, Okabe-Ito); diverging for scores around a
  neutral value, sequential for loneliness (%) and need; shapes as well as colours for types.
* Legend text and field aliases in Dutch, with the unit ("45–50 % eenzaam").
* Area styles are rule-based with an ELSE rule, so an area without a value stays visible as
  an outline ("geen cijfer") instead of vanishing from the map.
* Output is deterministic: rule keys are fixed, fonts named, nothing depends on the data,
  and XML attributes are sorted (Qt writes them in a random hash order).

Adding a style is a few lines: write a function returning a ``StyleSpec`` and register it
with ``@style("<name>")``. For classes on a number use ``classed_rules``; for points by type
``categorised``; ``norm_renderer``, ``gap_symbol`` (areas) and ``gap_marker`` (points)
are ready for the reach styles::

    @style("reach_cells")
    def reach_cells() -> StyleSpec:
        return StyleSpec(
            geometry="Polygon",
            fields=[("within_norm", "integer"), ("gap", "integer")],
            renderer=norm_renderer("within_norm", "speelplek binnen de norm"),
            aliases={"within_norm": "Binnen de norm (1 = ja)"},
        )

then add its expected geometry and renderer type to EXPECTED in tests/qgis/test_styles.py.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import REPO, make_package_importable  # noqa: E402

make_package_importable()

from qgis.core import (  # noqa: E402
    Qgis,
    QgsAbstractVectorLayerLabeling,
    QgsCategorizedSymbolRenderer,
    QgsDataDefinedSizeLegend,
    QgsFeatureRenderer,
    QgsFeatureRequest,
    QgsFilledMarkerSymbolLayer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from wijkaanpak.wijkaanpak_plugin.core.loneliness import (  # noqa: E402
    MEASURED_LAYER_COLUMNS,
    RIVM_LONELINESS_COLUMNS,
)
from wijkaanpak.wijkaanpak_plugin.core.risk_index import load_risk_index_config  # noqa: E402
from wijkaanpak.wijkaanpak_plugin.core.schema import get_schema  # noqa: E402

STYLES_DIR = REPO / "resources" / "styles"

#: What a QML carries: the map (symbols, labels, scale visibility, legend), the field
#: aliases and the display name of a feature (LayerConfiguration holds the display
#: expression). Not forms, actions or the attribute-table layout, which belong to the user.
CATEGORIES = (
    QgsMapLayer.Symbology
    | QgsMapLayer.Labeling
    | QgsMapLayer.Fields
    | QgsMapLayer.Rendering
    | QgsMapLayer.Legend
    | QgsMapLayer.LayerConfiguration
)

# --------------------------------------------------------------------------- palettes
# Ordered from low to high value. All ColorBrewer schemes used are marked colour-blind safe.

#: ColorBrewer BuPu, 6 classes: loneliness (%); purple reads as "attention", not "alarm".
LONELINESS = ("#edf8fb", "#bfd3e6", "#9ebcda", "#8c96c6", "#8856a7", "#810f7c")
#: ColorBrewer YlOrBr, 6 classes: need; the darkest is the most need (rank 1).
NEED = ("#ffffd4", "#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404")
#: ColorBrewer RdYlBu, 5 classes: a 0-1 score centred on 0.5 (red = low score = more need).
SCORE = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")
#: ColorBrewer PRGn, 5 classes: a change centred on 0 (purple = worse, green = better).
CHANGE = ("#7b3294", "#c2a5cf", "#f7f7f7", "#a6dba0", "#008837")
#: ColorBrewer YlGnBu, 5 classes: shares 0-1 (e.g. children within the norm).
SHARE = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
#: ColorBrewer YlOrRd, 5 classes, dark first: a share within a norm, where a low share is
#: the alarm (dark red) and a share near 1 fades to pale yellow.
REACH_SHARE = ("#bd0026", "#f03b20", "#fd8d3c", "#fecc5c", "#ffffb2")
#: ColorBrewer OrRd, 5 classes: loneliness risk class 1 (lowest) … 5 (highest).
RISK = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")
#: Grey fill for areas whose figure is withheld on purpose (too few residents).
WITHHELD_FILL = "#bdbdbd"
#: Okabe-Ito bluish green / orange: within / outside a norm.
WITHIN_NORM = "#009e73"
OUTSIDE_NORM = "#e69f00"
#: A strong red outline marks gaps (cells or areas that miss a facility).
GAP_OUTLINE = "#c00000"
#: Purple for places and gaps of residents 65+ (a second colour beside the children's red).
SENIOR_GAP = "#7b3294"
#: Catchment polygons: Paul Tol cyan at about 12 % opacity, so overlaps read a little darker
#: and the map below stays readable; a thin half-transparent indigo outline.
CATCHMENT_FILL = "136,204,238,30"
CATCHMENT_OUTLINE = "51,34,136,140"
#: Paul Tol "muted", for place types (shapes differ as well).
TOL = {
    "indigo": "#332288",
    "cyan": "#88ccee",
    "teal": "#44aa99",
    "green": "#117733",
    "olive": "#999933",
    "sand": "#ddcc77",
    "rose": "#cc6677",
    "wine": "#882255",
    "purple": "#aa4499",
    "grey": "#dddddd",
}
NO_DATA_FILL = "#f0f0f0"
Shape = QgsSimpleMarkerSymbolLayerBase  # Shape.Circle, Shape.Square, ...
OUTLINE = "#5a5a5a"
DARK_OUTLINE = "#404040"
TEXT = "#202020"
FONT = "Arial"  # resolved per platform (Liberation Sans / DejaVu on Linux)

#: Area name: the buurt name first, because CBS buurt layers also carry their wijk's name;
#: a wijken layer has no buurtnaam (a missing field evaluates to NULL, not an error).
AREA_NAME = 'coalesce("buurtnaam", "wijknaam", \'\')'
#: Reach per area: the face keeps only the area code field of the area layer (or calls it
#: area_code), so the name falls back to the code.
REACH_AREA_NAME = 'coalesce("buurtnaam", "wijknaam", "buurtcode", "wijkcode", "area_code", \'\')'
#: Adult loneliness in %: the RIVM import (prefix rivm18_), the indicator name, or unprefixed.
LONELINESS_PCT = 'coalesce("rivm18_Eenzaam_28", "eenzaam_18plus", "Eenzaam_28")'

#: Areas with fewer residents than this get no colour on a map of figures about people: a
#: lake or an industrial estate with a handful of residents would otherwise be the biggest
#: (and often the reddest) shape. The same minimum as the ranking's MIN_POPULATION and the
#: small-area model's MIN_CELL_POPULATION defaults.
MIN_POPULATION = 100
#: True for an area whose layer has aantal_inwoners and whose count is under the minimum;
#: attributes() rather than "aantal_inwoners", so a layer without the field is never "small".
HAS_POPULATION = "array_contains(map_akeys(attributes()), 'aantal_inwoners')"
SMALL_AREA = (
    f"{HAS_POPULATION} AND attribute('aantal_inwoners') IS NOT NULL "
    f"AND attribute('aantal_inwoners') < {MIN_POPULATION}"
)
#: Water in CBS area layers: the full CBS files have water = 'JA'; the sample layers keep the
#: CBS names, where the uninhabited water wijken and buurten are called "Groot water" etc.
WATER_AREA = (
    "coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND "
    "lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%')"
)
#: The count is in the layer's fields but empty, and the area is water (the "Groot water"
#: wijken of the IJsselmeer coast). An empty count elsewhere (a layer whose counts were not
#: filled in) keeps its colour: the figure's own publisher decided it may be shown.
UNKNOWN_POPULATION = f"{HAS_POPULATION} AND attribute('aantal_inwoners') IS NULL AND ({WATER_AREA})"
#: never NULL: a NULL would make every class rule around it fail
WITHHELD = f"coalesce(({SMALL_AREA}) OR ({UNKNOWN_POPULATION}), false)"
#: A 100 m grid cell (CBS vierkantstatistieken): it carries one of these id fields.
GRID_CELL = (
    "(array_contains(map_akeys(attributes()), 'c28992r100') "
    "OR array_contains(map_akeys(attributes()), 'crs28992res100m'))"
)
#: Land and water of the quiet local background (no network needed).
LAND_FILL = "#f2f0eb"
WATER_FILL = "#d7e6f0"

AREA_FIELDS = [
    ("wijkcode", "string"),
    ("wijknaam", "string"),
    ("buurtcode", "string"),
    ("buurtnaam", "string"),
    ("gemeentenaam", "string"),
    ("aantal_inwoners", "integer"),
]

#: Dutch aliases of the CBS area fields and of the fields other outputs join onto areas
#: (reach shares, model estimate), for every area style that may carry them.
AREA_ALIASES = {
    "wijkcode": "Wijkcode",
    "wijknaam": "Wijknaam",
    "buurtcode": "Buurtcode",
    "buurtnaam": "Buurtnaam",
    "gemeentecode": "Gemeentecode",
    "gemeentenaam": "Gemeente",
    "aantal_inwoners": "Aantal inwoners",
}
JOINED_FIELDS = [
    ("gemeentecode", "string"),
    ("jaar", "string"),
    ("mannen", "integer"),
    ("vrouwen", "integer"),
    ("0_15", "integer"),
    ("15_25", "integer"),
    ("25_45", "integer"),
    ("45_65", "integer"),
    ("65plus", "integer"),
    ("huishoudens", "integer"),
    ("gem_huishouden_grootte", "double"),
    ("bevolkingsdichtheid", "integer"),
    ("personenautos", "integer"),
    ("note", "string"),
    ("out_of_range_predictors", "string"),
    ("imputed_predictors", "string"),
    ("explanation_up", "string"),
    ("explanation_down", "string"),
    ("indicators_used", "string"),
    ("ambitions_in_total", "string"),
    ("estimate", "double"),
    ("lower", "double"),
    ("upper", "double"),
    ("published", "integer"),
    ("out_of_range", "integer"),
    ("share_0_5_within_norm", "double"),
    ("share_6_11_within_norm", "double"),
    ("share_12_17_within_norm", "double"),
    ("share_65plus_within_meeting_norm", "double"),
    ("meeting_places_per_1000_65plus", "double"),
]
JOINED_ALIASES = {
    "jaar": "Jaar van de CBS-gebieden",
    "mannen": "Mannen",
    "vrouwen": "Vrouwen",
    "0_15": "Inwoners 0-15 jaar",
    "15_25": "Inwoners 15-25 jaar",
    "25_45": "Inwoners 25-45 jaar",
    "45_65": "Inwoners 45-65 jaar",
    "65plus": "Inwoners 65 jaar en ouder",
    "huishoudens": "Huishoudens",
    "gem_huishouden_grootte": "Gemiddelde huishoudensgrootte",
    "bevolkingsdichtheid": "Bevolkingsdichtheid (inwoners per km²)",
    "personenautos": "Personenauto's",
    "note": "Toelichting (waarom leeg; signaal, geen oordeel)",
    "out_of_range_predictors": "Voorspellers buiten het trainingsbereik (codes)",
    "imputed_predictors": "Aangevulde voorspellers (codes)",
    "explanation_up": "Verhoogt de schatting (CBS-velden)",
    "explanation_down": "Verlaagt de schatting (CBS-velden)",
    "indicators_used": "Gebruikte indicatoren (codes)",
    "ambitions_in_total": "Ambities in de totaalscore (codes)",
    "ambitions_missing": "Ambities zonder gegevens (codes)",
    "missing_reweighted": "Ontbrekende indicatoren, herwogen (codes)",
    "missing_flagged": "Ontbrekende indicatoren, gemarkeerd (codes)",
    "reference": "Referentie",
    "estimate": "Geschat eenzaam 18+ (%)",
    "lower": "Schatting eenzaam, ondergrens interval (%)",
    "upper": "Schatting eenzaam, bovengrens interval (%)",
    "published": "Schatting gepubliceerd (1 = ja)",
    "out_of_range": "Schatting buiten het trainingsbereik (1 = ja)",
    "share_0_5_within_norm": "Aandeel 0-5 jaar binnen de norm (0–1)",
    "share_6_11_within_norm": "Aandeel 6-11 jaar binnen de norm (0–1)",
    "share_12_17_within_norm": "Aandeel 12-17 jaar binnen de norm (0–1)",
    "share_65plus_within_meeting_norm": "Aandeel 65+ binnen de norm ontmoetingsplek (0–1)",
    "meeting_places_per_1000_65plus": "Ontmoetingsplekken per 1.000 inwoners 65+",
}

# --------------------------------------------------------------------------- registry


@dataclass
class StyleSpec:
    """Everything one QML holds, and the memory layer it is built on."""

    geometry: str  # memory-layer geometry: "Point", "Polygon", "MultiPolygon", "LineString"
    fields: list[tuple[str, str]]  # (name, memory type: string/integer/double/date)
    renderer: QgsFeatureRenderer
    labeling: QgsAbstractVectorLayerLabeling | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    display_expression: str | None = None
    #: drawn only from this scale on (e.g. 25000: at 1:25,000 and closer); None: always
    max_scale_denominator: float | None = None


STYLES: dict[str, Callable[[], StyleSpec]] = {}


def style(name: str) -> Callable[[Callable[[], StyleSpec]], Callable[[], StyleSpec]]:
    """Register a style builder under the QML name the algorithms use."""

    def register(builder: Callable[[], StyleSpec]) -> Callable[[], StyleSpec]:
        if name in STYLES:
            raise ValueError(f"style {name!r} is registered twice")
        STYLES[name] = builder
        return builder

    return register


# --------------------------------------------------------------------------- building blocks


def fill(
    colour: str,
    outline: str = OUTLINE,
    width: float = 0.26,
    brush: str = "solid",
    outline_style: str = "solid",
):
    """A simple fill symbol; brush "no" gives a hollow outline, outline_style "dash" a
    dashed one."""
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "style": brush,
            "outline_color": outline,
            "outline_width": str(width),
            "outline_width_unit": "MM",
            "outline_style": outline_style,
            "joinstyle": "round",
        }
    )


def hollow(outline: str = OUTLINE, width: float = 0.26):
    return fill("#ffffff", outline, width, brush="no")


def hatch(colour: str = DARK_OUTLINE, angle: float = 45.0, spacing: float = 1.6):
    """Thin diagonal lines over a fill: a second signal that needs no colour vision."""
    layer = QgsLinePatternFillSymbolLayer()
    layer.setLineAngle(angle)
    layer.setDistance(spacing)
    layer.setDistanceUnit(QgsUnitTypes.RenderMillimeters)
    layer.setColor(QColor(colour))
    layer.subSymbol().setColor(QColor(colour))
    layer.subSymbol().setWidth(0.2)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, layer)  # takes ownership (a list in the constructor does not)
    return symbol


def withheld_symbol() -> QgsFillSymbol:
    """Light grey with a grey hatch: an area the map says nothing about, on purpose."""
    symbol = fill("#e3e3e3", "#9a9a9a", 0.2)
    lines = hatch("#a8a8a8", 45.0, 1.8)
    symbol.appendSymbolLayer(lines.symbolLayer(0).clone())
    return symbol


def withheld_rules() -> list[QgsRuleBasedRenderer.Rule]:
    """Areas under the minimum population, and areas whose population is unknown, greyed and
    hatched, with the reason in the legend (instead of a class colour)."""
    small = QgsRuleBasedRenderer.Rule(
        withheld_symbol(),
        0,
        0,
        SMALL_AREA,
        f"minder dan {MIN_POPULATION} inwoners: geen kleur (te weinig inwoners voor een cijfer)",
    )
    unknown = QgsRuleBasedRenderer.Rule(
        withheld_symbol(),
        0,
        0,
        UNKNOWN_POPULATION,
        "water (geen inwoners): geen kleur",
    )
    return [small, unknown]


def gap_symbol(width: float = 0.8) -> QgsFillSymbol:
    """Hollow fill with a strong red outline: a gap, readable over any fill below it."""
    return hollow(GAP_OUTLINE, width)


def gap_marker(size: float = 3.2, width: float = 0.6) -> QgsMarkerSymbol:
    """A square drawn with ``gap_symbol``: hollow, strong red outline, for gap points."""
    layer = QgsFilledMarkerSymbolLayer(Shape.Square, size)
    layer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    layer.setSubSymbol(gap_symbol(width))  # takes ownership
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def marker(colour: str, shape, size: float, outline: str = DARK_OUTLINE) -> QgsMarkerSymbol:
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": QgsSimpleMarkerSymbolLayerBase.encodeShape(shape),
            "color": colour,
            "outline_color": outline,
            "outline_width": "0.2",
            "outline_width_unit": "MM",
            "size": str(size),
            "size_unit": "MM",
        }
    )
    return symbol


def _number(value: float) -> str:
    return format(value, "g")


@dataclass(frozen=True)
class Band:
    """One class of a classed style: lower <= value < upper; None means open-ended."""

    lower: float | None
    upper: float | None
    colour: str
    label: str


def classed_rules(
    key: str,
    expression: str,
    bands: list[Band],
    no_data_label: str,
    no_data_symbol: QgsFillSymbol | None = None,
    extra: list[QgsRuleBasedRenderer.Rule] = (),
    withheld: bool = False,
) -> QgsRuleBasedRenderer:
    """Fixed classes of an expression as a rule-based renderer, plus an ELSE rule for NULL.

    Used instead of a graduated renderer because that one does not draw features without a
    value; here they stay on the map as an outline with their own legend entry.

    ``withheld``: areas under the minimum population (or with an unknown one) get no class
    colour but the grey hatch of ``withheld_rules``, which names the reason in the legend.
    """
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey(f"{key}:root")
    for number, band in enumerate(bands, start=1):
        parts = []
        if band.lower is not None:
            parts.append(f"{expression} >= {_number(band.lower)}")
        if band.upper is not None:
            parts.append(f"{expression} < {_number(band.upper)}")
        if withheld:
            parts.append(f"NOT {WITHHELD}")
        rule = QgsRuleBasedRenderer.Rule(fill(band.colour), 0, 0, " AND ".join(parts), band.label)
        rule.setRuleKey(f"{key}:{number}")
        root.appendChild(rule)
    other = QgsRuleBasedRenderer.Rule(no_data_symbol or hollow(), 0, 0, "ELSE", no_data_label)
    other.setRuleKey(f"{key}:else")
    root.appendChild(other)
    for number, rule in enumerate(extra, start=1):
        rule.setRuleKey(f"{key}:extra{number}")
        root.appendChild(rule)
    if withheld:
        for number, rule in enumerate(withheld_rules(), start=1):
            rule.setRuleKey(f"{key}:withheld{number}")
            root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def categorised(
    attribute: str,
    categories: list[tuple[object, str, QgsMarkerSymbol]],
    rest_label: str,
    rest_symbol: QgsMarkerSymbol,
) -> QgsCategorizedSymbolRenderer:
    """One category per (value, label, symbol), and one for NULL and every other value."""
    items = [QgsRendererCategory(value, symbol, label) for value, label, symbol in categories]
    items.append(QgsRendererCategory("", rest_symbol, rest_label))
    return QgsCategorizedSymbolRenderer(attribute, items)


def norm_renderer(attribute: str, what: str) -> QgsCategorizedSymbolRenderer:
    """1 = within the norm (green), 0 = outside (orange), NULL = unknown (grey)."""
    return QgsCategorizedSymbolRenderer(
        attribute,
        [
            QgsRendererCategory(1, fill(WITHIN_NORM, OUTLINE, 0.1), f"{what}: ja"),
            QgsRendererCategory(0, fill(OUTSIDE_NORM, OUTLINE, 0.1), f"{what}: nee"),
            QgsRendererCategory("", fill(NO_DATA_FILL, OUTLINE, 0.1), "onbekend"),
        ],
    )


def label_placement(name: str):
    """A label placement mode by name, on every supported QGIS.

    QGIS 3.26+ has ``Qgis.LabelPlacement``; in 3.40's bindings ``QgsPalLayerSettings.OverPoint``
    names a predefined point position instead (TypeError when set as the placement)."""
    scoped = getattr(Qgis, "LabelPlacement", None)
    return getattr(scoped if scoped is not None else QgsPalLayerSettings, name)


def text_labels(
    expression: str,
    size: float = 8.0,
    polygon: bool = True,
    max_scale_denominator: float | None = None,
) -> QgsVectorLayerSimpleLabeling:
    """Dark text with a white halo; for points only from a given scale on (None: always)."""
    text = QgsTextFormat()
    font = QFont(FONT)
    font.setPointSizeF(size)
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(TEXT))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.85)
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text)
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    if polygon:
        settings.placement = label_placement("OverPoint")
        settings.centroidInside = True
        settings.fitInPolygonOnly = False
    else:
        settings.placement = label_placement("AroundPoint")
        settings.dist = 1.0
    if max_scale_denominator is not None:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale_denominator
        settings.maximumScale = 0
    return QgsVectorLayerSimpleLabeling(settings)


def schema_fields(kind: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The fields import_inventory writes for a kind, with the schema's Dutch aliases."""
    memory_type = {
        "string": "string",
        "integer": "integer",
        "double": "double",
        "bool01": "integer",
        "date": "date",
    }
    schema = get_schema(kind)
    fields = [(f.name, memory_type[f.dtype]) for f in schema.fields]
    fields += [("x_rd", "double"), ("y_rd", "double")]
    aliases = {f.name: f.alias_nl for f in schema.fields if f.alias_nl}
    aliases.update({"x_rd": "X (RD)", "y_rd": "Y (RD)"})
    return fields, aliases


def place_categories(kind: str, table: dict[str, tuple]) -> list[tuple[str, str, QgsMarkerSymbol]]:
    """Categories in the schema's order; a schema value without a symbol stops the build."""
    allowed = next(f.allowed for f in get_schema(kind).fields if f.name == "place_type")
    missing = [value for value in allowed if value not in table]
    unknown = [value for value in table if value not in allowed]
    if missing or unknown:
        raise SystemExit(
            f"build_styles: place types of {kind} out of step with core/schema.py: "
            f"no symbol for {missing}, not in the schema {unknown}"
        )
    categories = []
    for value in allowed:
        label, colour, shape, size = table[value]
        categories.append((value, label, marker(colour, shape, size)))
    return categories


# --------------------------------------------------------------------------- styles


@style("speelplekken")
def speelplekken() -> StyleSpec:
    """Playgrounds: colour and shape by place type, size by the number of play items."""
    types = {  # value: (legend, colour, shape, size mm; replaced by the data-defined size)
        "speeltuin": ("Speeltuin", TOL["indigo"], Shape.Circle, 3.0),
        "speelplek": ("Speelplek", TOL["cyan"], Shape.Circle, 3.0),
        "natuurspeelplek": ("Natuurspeelplek", TOL["green"], Shape.Circle, 3.0),
        "trapveld": ("Trapveld", TOL["sand"], Shape.Square, 3.0),
        "skatebaan": ("Skatebaan", TOL["wine"], Shape.Triangle, 3.0),
        "pumptrack": ("Pumptrack", TOL["purple"], Shape.Triangle, 3.0),
        "cruyff_court": ("Cruyff Court", TOL["rose"], Shape.Square, 3.0),
        "schoolplein": ("Schoolplein", TOL["olive"], Shape.Pentagon, 3.0),
        "other": ("Overige speelplek", TOL["teal"], Shape.Diamond, 3.0),
    }
    categories = place_categories("speelplekken", types)
    rest = marker(TOL["grey"], Shape.Circle, 3.0)
    # Area-proportional size: 1 item 1.8 mm ... 20 or more items 4 mm; unknown count 2.2 mm
    # (small enough that hundreds of playgrounds never hide the area colours below them).
    size = QgsProperty.fromField("equipment_count")
    size.setTransformer(
        QgsSizeScaleTransformer(QgsSizeScaleTransformer.Area, 1, 20, 1.8, 4.0, 2.2, 0.5)
    )
    for _value, _label, symbol in categories:
        symbol.setDataDefinedSize(size)
    rest.setDataDefinedSize(size)
    renderer = categorised("place_type", categories, "Soort onbekend", rest)
    source = marker(TOL["grey"], Shape.Circle, 3.0)
    source.setDataDefinedSize(size)
    renderer.setSourceSymbol(source)
    legend = QgsDataDefinedSizeLegend()
    legend.setFont(QFont(FONT))  # not the build machine's default font
    legend.setTitle("Aantal speeltoestellen")
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendCollapsed)
    legend.setClasses(
        [
            QgsDataDefinedSizeLegend.SizeClass(1, "1"),
            QgsDataDefinedSizeLegend.SizeClass(5, "5"),
            QgsDataDefinedSizeLegend.SizeClass(20, "20 of meer"),
        ]
    )
    renderer.setDataDefinedSizeLegend(legend)
    fields, aliases = schema_fields("speelplekken")
    return StyleSpec(
        geometry="Point",
        fields=fields,
        renderer=renderer,
        labeling=text_labels('"name"', 7.5, polygon=False, max_scale_denominator=7500),
        aliases=aliases,
        display_expression='coalesce("name", "place_type", \'\')',
    )


@style("ontmoetingsplekken")
def ontmoetingsplekken() -> StyleSpec:
    """Meeting places by type: indoor squares, seats small circles, outdoor spaces other shapes."""
    types = {  # value: (legend, colour, shape, size mm)
        "buurthuis": ("Buurthuis", TOL["indigo"], Shape.Square, 4.0),
        "wijkcentrum": ("Wijkcentrum", TOL["cyan"], Shape.Square, 4.0),
        "bibliotheek": ("Bibliotheek", TOL["purple"], Shape.Square, 4.0),
        "bankje": ("Bankje", TOL["sand"], Shape.Circle, 1.8),
        "picknicktafel": ("Picknicktafel", TOL["olive"], Shape.Circle, 2.2),
        "park": ("Park", TOL["green"], Shape.Diamond, 3.4),
        "pleintje": ("Pleintje", TOL["teal"], Shape.Diamond, 3.4),
        "sportveld": ("Sportveld", TOL["rose"], Shape.Triangle, 3.4),
        "moestuin": ("Moestuin", TOL["green"], Shape.Pentagon, 3.4),
        "speeltuin": ("Speeltuin", TOL["wine"], Shape.Star, 3.8),
        "other": ("Overige ontmoetingsplek", TOL["teal"], Shape.Hexagon, 3.0),
    }
    categories = place_categories("ontmoetingsplekken", types)
    renderer = categorised(
        "place_type", categories, "Soort onbekend", marker(TOL["grey"], Shape.Circle, 2.4)
    )
    renderer.setSourceSymbol(marker(TOL["grey"], Shape.Circle, 2.4))
    fields, aliases = schema_fields("ontmoetingsplekken")
    return StyleSpec(
        geometry="Point",
        fields=fields,
        renderer=renderer,
        labeling=text_labels('"name"', 7.5, polygon=False, max_scale_denominator=7500),
        aliases=aliases,
        display_expression='coalesce("name", "place_type", \'\')',
    )


def _loneliness_bands(suffix: str = "") -> list[Band]:
    """The fixed loneliness classes 35/40/45/50/55 %; ``suffix`` e.g. " (18+)"."""
    edges = [None, 35, 40, 45, 50, 55, None]
    bands = []
    for number, (lower, upper) in enumerate(zip(edges[:-1], edges[1:])):
        if lower is None:
            label = f"minder dan {upper} % eenzaam"
        elif upper is None:
            label = f"{lower} % of meer eenzaam"
        else:
            label = f"{lower}–{upper} % eenzaam"
        bands.append(Band(lower, upper, LONELINESS[number], label + suffix))
    return bands


RIVM_ALIASES = {
    "Eenzaam_28": "Eenzaam (%)",
    "ErnstigZeerErnstigEenzaam_29": "(Zeer) ernstig eenzaam (%)",
    "EmotioneelEenzaam_30": "Emotioneel eenzaam (%)",
    "SociaalEenzaam_31": "Sociaal eenzaam (%)",
}


@style("areas_figures")
def areas_figures() -> StyleSpec:
    """Areas after importing figures: adult loneliness (%) where present, else an outline."""
    fields = list(AREA_FIELDS)
    aliases: dict[str, str] = {}
    for prefix, group in (("rivm18_", "18+"), ("rivm65_", "65+"), ("", "")):
        for column, alias in RIVM_ALIASES.items():
            fields.append((prefix + column, "double"))
            aliases[prefix + column] = f"{alias[:-4]} {group} (%)" if group else alias
    for name, alias in (
        ("eenzaam_18plus", "Eenzaam 18+ (%)"),
        ("ernstig_eenzaam_18plus", "(Zeer) ernstig eenzaam 18+ (%)"),
        ("eenzaam_65plus", "Eenzaam 65+ (%)"),
    ):
        fields.append((name, "double"))
        aliases[name] = alias
    renderer = classed_rules(
        "areas_figures",
        LONELINESS_PCT,
        _loneliness_bands(),
        "geen cijfer eenzaamheid (geheim of niet gekoppeld)",
        hollow(DARK_OUTLINE, 0.3),
        withheld=True,
    )
    fields.append(("gemeentecode", "string"))
    aliases.update(AREA_ALIASES)
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(AREA_NAME),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


@style("areas_outline")
def areas_outline() -> StyleSpec:
    """Background areas: no fill, dark grey outline, the wijk or buurt name."""
    return StyleSpec(
        geometry="MultiPolygon",
        fields=list(AREA_FIELDS),
        renderer=QgsSingleSymbolRenderer(hollow(DARK_OUTLINE, 0.4)),
        labeling=text_labels(AREA_NAME),
        aliases={k: v for k, v in AREA_ALIASES.items() if k != "gemeentecode"},
        display_expression=AREA_NAME,
    )


SCORE_ALIASES = {
    "total_score": "Totaalscore (0–1, 1 = best)",
    "need": "Opgave (1 − totaalscore)",
    "need_driver_1": "Grootste bijdrage aan de opgave (code)",
    "need_driver_2": "Tweede bijdrage aan de opgave (code)",
    "need_driver_3": "Derde bijdrage aan de opgave (code)",
    "need_driver_1_label": "Grootste bijdrage aan de opgave",
    "need_driver_2_label": "Tweede bijdrage aan de opgave",
    "need_driver_3_label": "Derde bijdrage aan de opgave",
}


def _score_bands() -> list[Band]:
    return [
        Band(None, 0.2, SCORE[0], "score 0,0–0,2 (grote opgave)"),
        Band(0.2, 0.4, SCORE[1], "score 0,2–0,4"),
        Band(0.4, 0.6, SCORE[2], "score 0,4–0,6 (rond het midden)"),
        Band(0.6, 0.8, SCORE[3], "score 0,6–0,8"),
        Band(0.8, None, SCORE[4], "score 0,8–1,0 (kleine opgave)"),
    ]


@style("ambition_scores")
def ambition_scores() -> StyleSpec:
    """Total score 0-1 (1 = best), diverging around 0.5."""
    fields = list(AREA_FIELDS) + [
        ("total_score", "double"),
        ("need", "double"),
        ("need_driver_1", "string"),
        ("need_driver_2", "string"),
        ("need_driver_3", "string"),
    ]
    renderer = classed_rules(
        "ambition_scores", '"total_score"', _score_bands(), "geen totaalscore", withheld=True
    )
    fields += [(f"need_driver_{i}_label", "string") for i in (1, 2, 3)] + JOINED_FIELDS
    fields += [(name, "string") for name in ("ambitions_missing", "missing_reweighted")]
    fields += [(name, "string") for name in ("missing_flagged", "reference")]
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(AREA_NAME),
        aliases={**AREA_ALIASES, **JOINED_ALIASES, **SCORE_ALIASES},
        display_expression=AREA_NAME,
    )


@style("rank_areas")
def rank_areas() -> StyleSpec:
    """Rank by need: rank 1 darkest; areas that are not ranked grey."""
    edges = [None, 1.5, 2.5, 3.5, 5.5, 10.5, None]  # ranks are whole numbers (ties: halves)
    labels = ["rang 1", "rang 2", "rang 3", "rang 4–5", "rang 6–10", "rang 11 en verder"]
    colours = list(reversed(NEED))
    bands = [
        Band(lower, upper, colour, label)
        for lower, upper, colour, label in zip(edges[:-1], edges[1:], colours, labels)
    ]
    bands[0] = Band(None, 1.5, colours[0], "rang 1 (meeste opgave)")
    fields = list(AREA_FIELDS) + [
        ("need", "double"),
        ("rank", "double"),
        ("rank_median", "double"),
        ("rank_p05", "double"),
        ("rank_p95", "double"),
        ("p_first", "double"),
        ("p_top3", "double"),
        ("rank_label", "string"),
        ("ranked", "integer"),
        ("not_ranked_reason", "string"),
        ("need_driver_1", "string"),
        ("need_driver_2", "string"),
        ("need_driver_3", "string"),
        ("not_ranked_code", "string"),
        ("ambitions_missing", "string"),
        ("missing_reweighted", "string"),
        ("missing_flagged", "string"),
        ("reference", "string"),
    ]
    fields += [(f"need_driver_{i}_label", "string") for i in (1, 2, 3)] + JOINED_FIELDS
    aliases = {k: v for k, v in SCORE_ALIASES.items() if k != "total_score"}
    aliases.update(AREA_ALIASES)
    aliases.update(JOINED_ALIASES)
    aliases.update(
        {
            "rank": "Rang (1 = meeste opgave)",
            "rank_median": "Mediane rang (gevoeligheidsanalyse)",
            "rank_p05": "Rang, ondergrens 90 %-interval",
            "rank_p95": "Rang, bovengrens 90 %-interval",
            "p_first": "Kans op rang 1",
            "p_top3": "Kans op top 3",
            "rank_label": "Rang (90 %-interval)",
            "ranked": "Gerangschikt (1 = ja)",
            "not_ranked_reason": "Reden niet gerangschikt",
            "not_ranked_code": "Reden niet gerangschikt (code)",
        }
    )
    # why an area is not ranked, from the machine field the ranking writes beside its words
    reasons = [
        (
            "small_population",
            withheld_symbol(),
            "niet gerangschikt: minder inwoners dan het minimum (te weinig voor een rang)",
        ),
        (
            "population_unknown",
            withheld_symbol(),
            "niet gerangschikt: aantal inwoners onbekend (water of geheim)",
        ),
        (
            "no_total",
            fill(WITHHELD_FILL, OUTLINE, 0.26),
            "niet gerangschikt: geen totaalscore (gegevens ontbreken)",
        ),
    ]
    extra = [
        QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"attribute('not_ranked_code') = '{code}'", text)
        for code, symbol, text in reasons
    ]
    # the ELSE rule catches what none of its siblings draws, wherever it stands among them
    renderer = classed_rules(
        "rank_areas",
        '"rank"',
        bands,
        "niet gerangschikt",
        fill(WITHHELD_FILL, OUTLINE, 0.26),
        extra=extra,
    )
    label = (
        f"trim(concat({AREA_NAME}, '\\n', "
        'CASE WHEN "rank" IS NOT NULL THEN \'rang \' || "rank_label" END))'
    )
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(label),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


@style("compare_measurements")
def compare_measurements() -> StyleSpec:
    """Change of the total score since the baseline, diverging around 0; hatched when the
    change lies within the measurement uncertainty."""
    bands = [
        Band(None, -0.1, CHANGE[0], "achteruit: meer dan 0,10 lager"),
        Band(-0.1, -0.03, CHANGE[1], "achteruit: 0,03–0,10 lager"),
        Band(-0.03, 0.03, CHANGE[2], "ongeveer gelijk (minder dan 0,03 verschil)"),
        Band(0.03, 0.1, CHANGE[3], "vooruit: 0,03–0,10 hoger"),
        Band(0.1, None, CHANGE[4], "vooruit: meer dan 0,10 hoger"),
    ]
    within = QgsRuleBasedRenderer.Rule(
        hatch(),
        0,
        0,
        '"within_uncertainty_total_score" = 1',
        "gearceerd: verandering valt binnen de meetonzekerheid",
    )
    renderer = classed_rules(
        "compare_measurements",
        '"change_total_score"',
        bands,
        "niet vergeleken (geen nulmeting of geen score)",
        extra=[within],
        withheld=True,
    )
    fields = list(AREA_FIELDS) + [
        ("baseline_code", "string"),
        ("translated", "integer"),
        ("baseline_total_score", "double"),
        ("current_total_score", "double"),
        ("change_total_score", "double"),
        ("within_uncertainty_total_score", "integer"),
        ("trend_total_score", "string"),
    ]
    aliases = {
        "baseline_code": "Code in de nulmeting",
        "translated": "Code vertaald (1 = ja)",
        "baseline_total_score": "Totaalscore nulmeting",
        "current_total_score": "Totaalscore nu",
        "change_total_score": "Verandering totaalscore",
        "within_uncertainty_total_score": "Binnen de meetonzekerheid (1 = ja)",
        "trend_total_score": "Trend totaalscore",
        **AREA_ALIASES,
    }
    fields.append(("gemeentecode", "string"))
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(AREA_NAME),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


# --------------------------------------------------------------------------- loneliness styles

#: Fields every loneliness output carries: why a value is empty, and the signal note.
LONELINESS_NOTE_ALIAS = "Toelichting (waarom leeg; signaal, geen oordeel)"


@style("loneliness_measured")
def loneliness_measured() -> StyleSpec:
    """Measured adult loneliness (RIVM/GGD) per area in the fixed classes of areas_figures;
    a withheld figure (secret or too few residents) stays as an outline."""
    age_alias = {"18plus": "18+", "65plus": "65+"}
    short_alias = {
        "eenzaam": "Eenzaam",
        "ernstig_eenzaam": "(Zeer) ernstig eenzaam",
        "emotioneel_eenzaam": "Emotioneel eenzaam",
        "sociaal_eenzaam": "Sociaal eenzaam",
    }
    if set(short_alias) != set(RIVM_LONELINESS_COLUMNS.values()):
        raise SystemExit(
            "build_styles: loneliness columns out of step with core/loneliness.py: "
            f"{sorted(RIVM_LONELINESS_COLUMNS.values())}"
        )
    fields = list(AREA_FIELDS)
    aliases: dict[str, str] = {}
    for column in MEASURED_LAYER_COLUMNS:
        short, _sep, age = column.rpartition("_")
        fields.append((column, "double"))
        aliases[column] = f"{short_alias[short]} {age_alias[age]} (%)"
    fields += [("vintage", "string"), ("source", "string"), ("note", "string")]
    aliases.update(
        {"vintage": "Jaar van de cijfers", "source": "Bron", "note": LONELINESS_NOTE_ALIAS}
    )
    renderer = classed_rules(
        "loneliness_measured",
        '"eenzaam_18plus"',
        _loneliness_bands(" (18+)"),
        "geen cijfer (geheim of te weinig inwoners)",
        hollow(DARK_OUTLINE, 0.3),
        withheld=True,
    )
    fields.append(("gemeentecode", "string"))
    aliases.update(AREA_ALIASES)
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(AREA_NAME),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


def _risk_categories() -> list[tuple[int, str, QgsFillSymbol]]:
    """One category per class of the shipped risk-index config (quintiles), lowest first."""
    config = load_risk_index_config(None)
    count, labels = config.class_count, list(config.class_labels)
    if config.class_method != "quantile" or count != len(RISK) or len(labels) != count:
        raise SystemExit(
            "build_styles: resources/config/loneliness_risk_index.json no longer has "
            f"{len(RISK)} quantile classes with labels; adapt the loneliness_risk style"
        )
    step = 100 // count
    categories = []
    for number, (label, colour) in enumerate(zip(labels, RISK), start=1):
        if number == 1:
            share = f"laagste {step} % van de gebieden"
        elif number == count:
            share = f"hoogste {step} %"
        else:
            share = f"{(number - 1) * step}–{number * step} %"
        legend = f"risicoklasse {number}: {label} ({share})"
        categories.append((number, legend, fill(colour, OUTLINE, 0.1)))
    return categories


@style("loneliness_risk")
def loneliness_risk() -> StyleSpec:
    """Loneliness risk class 1 (light) … 5 (dark red) per area or 100 m cell, with a thin
    outline so small cells stay readable; names only at large scales."""
    config = load_risk_index_config(None)
    renderer = categorised(
        "risk_class",
        _risk_categories(),
        "geen score (te weinig risicofactoren bekend)",
        hollow("#a0a0a0", 0.15),  # recedes behind the cells that have a class
    )
    renderer.setSourceSymbol(fill(NO_DATA_FILL, OUTLINE, 0.1))
    fields = list(AREA_FIELDS) + [
        ("risk_score", "double"),
        ("risk_class", "integer"),
        ("risk_class_label", "string"),
        ("risk_factors_used", "integer"),
    ]
    aliases = {
        "risk_score": "Risicoscore (0 = gemiddeld gebied in deze laag, hoger = meer risico)",
        "risk_class": "Risicoklasse (1 = laagste, 5 = hoogste 20 %)",
        "risk_class_label": "Risicoklasse (naam)",
        "risk_factors_used": "Aantal gebruikte risicofactoren",
        "risk_reasons": "Grootste bijdragen aan de score",
        "note": LONELINESS_NOTE_ALIAS,
    }
    for number, rank in enumerate(("Grootste", "Tweede", "Derde"), start=1):
        fields += [
            (f"risk_factor_{number}", "string"),
            (f"risk_factor_{number}_contribution", "double"),
        ]
        aliases[f"risk_factor_{number}"] = f"{rank} risicofactor"
        aliases[f"risk_factor_{number}_contribution"] = f"{rank} risicofactor: bijdrage"
    fields.append(("risk_reasons", "string"))
    for factor in config.factors:
        fields.append((f"contribution_{factor.name}", "double"))
        aliases[f"contribution_{factor.name}"] = f"Bijdrage {factor.label}"
    fields.append(("note", "string"))
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(
            f"CASE WHEN NOT {GRID_CELL} THEN {AREA_NAME} END", max_scale_denominator=25000
        ),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


def out_of_range_symbol() -> QgsFillSymbol:
    """Hatch and a dashed outline: an estimate the model extrapolated, over any class fill."""
    symbol = hatch()
    dashed = fill("#ffffff", DARK_OUTLINE, 0.5, brush="no", outline_style="dash")
    symbol.appendSymbolLayer(dashed.symbolLayer(0).clone())  # takes ownership of the clone
    return symbol


@style("loneliness_estimate")
def loneliness_estimate() -> StyleSpec:
    """Estimated loneliness (small-area model) in the classes of the measured figures; not
    published (too few residents) grey; outside the training range hatched, dashed outline.

    attribute('…') for the flags: the cross-validated training output has no published or
    out_of_range field, and attribute() of a missing field is NULL (no rule matches)."""
    unpublished = QgsRuleBasedRenderer.Rule(
        fill(WITHHELD_FILL, OUTLINE, 0.26),
        0,
        0,
        "attribute('published') = 0",
        "niet gepubliceerd (te weinig inwoners)",
    )
    outside = QgsRuleBasedRenderer.Rule(
        out_of_range_symbol(),
        0,
        0,
        "attribute('out_of_range') = 1 AND coalesce(attribute('published'), 1) <> 0",
        "gearceerd: buiten het trainingsbereik (met voorzichtigheid lezen)",
    )
    renderer = classed_rules(
        "loneliness_estimate",
        '"estimate"',
        _loneliness_bands(" (schatting)"),
        "geen schatting (gegevens ontbreken)",
        hollow(DARK_OUTLINE, 0.3),
        extra=[unpublished, outside],
        withheld=True,
    )
    fields = list(AREA_FIELDS) + [
        ("estimate", "double"),
        ("lower", "double"),
        ("upper", "double"),
        ("published", "integer"),
        ("out_of_range", "integer"),
        ("out_of_range_predictors", "string"),
        ("imputed_predictors", "string"),
        ("explanation_up", "string"),
        ("explanation_down", "string"),
        ("note", "string"),
    ]
    aliases = {
        "estimate": "Geschat eenzaam (%)",
        "lower": "Schatting, ondergrens interval (%)",
        "upper": "Schatting, bovengrens interval (%)",
        "published": "Gepubliceerd (1 = ja; 0 = te weinig inwoners)",
        "out_of_range": "Buiten het trainingsbereik (1 = ja)",
        "out_of_range_predictors": "Voorspellers buiten het trainingsbereik",
        "imputed_predictors": "Aangevulde voorspellers (ontbraken)",
        "explanation_up": "Verhoogt de schatting",
        "explanation_down": "Verlaagt de schatting",
        "note": LONELINESS_NOTE_ALIAS,
        **AREA_ALIASES,
    }
    fields.append(("gemeentecode", "string"))
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(AREA_NAME),
        aliases=aliases,
        display_expression=AREA_NAME,
    )


# --------------------------------------------------------------------------- reach styles

#: Age groups of the reach outputs: column suffix → Dutch legend text.
REACH_GROUPS = {"0_5": "0-5 jaar", "6_11": "6-11 jaar", "12_17": "12-17 jaar"}
REACH_COMMON_ALIASES = {
    "source_fid": "Id in de invoerlaag",
    "norm": "Norm",
    "distance_type": "Soort afstand (hemelsbreed, omrijfactor of netwerk)",
    "snapped": "Op het netwerk gezet (1 = ja)",
    "snap_distance": "Afstand tot het netwerk (m)",
    "age_split": "Aanname leeftijdsverdeling",
}


@style("reach_population")
def reach_population() -> StyleSpec:
    """Per resident point (CBS cell centroid or address): red square where the residents are
    outside every norm that applies, small green circle otherwise. Gaps are drawn on top
    (symbol levels), so a million points still show every gap; no labels at this density.

    0 is a category of its own rather than part of the rest category, because QGIS 3.22
    puts no feature under the rest category's legend entry (legend filtered by map
    content). The rest (NULL or another value; the face writes only 1 and 0) is green too."""
    gap = marker(GAP_OUTLINE, Shape.Square, 1.8, outline=GAP_OUTLINE)
    gap.symbolLayer(0).setRenderingPass(1)
    renderer = categorised(
        "gap",
        [
            (1, "buiten elke norm", gap),
            (0, "binnen de norm", marker(WITHIN_NORM, Shape.Circle, 1.4, outline=WITHIN_NORM)),
        ],
        "onbekend",
        marker(WITHIN_NORM, Shape.Circle, 1.4, outline=WITHIN_NORM),
    )
    renderer.setSourceSymbol(marker(WITHIN_NORM, Shape.Circle, 1.4, outline=WITHIN_NORM))
    renderer.setUsingSymbolLevels(True)
    fields = [("source_fid", "integer")]
    aliases = dict(REACH_COMMON_ALIASES)
    for suffix, group in (*REACH_GROUPS.items(), ("meeting", "ontmoetingsplek")):
        place = "ontmoetingsplek" if suffix == "meeting" else f"speelplek {group}"
        fields += [
            (f"dist_{suffix}", "double"),
            (f"nearest_place_{suffix}", "integer"),
            (f"within_{suffix}", "integer"),
        ]
        aliases[f"dist_{suffix}"] = f"Afstand tot de dichtstbijzijnde {place} (m)"
        aliases[f"nearest_place_{suffix}"] = f"Dichtstbijzijnde {place} (id)"
        aliases[f"within_{suffix}"] = f"{place[0].upper()}{place[1:]} binnen de norm (1 = ja)"
    fields.append(("within_meeting_65plus", "integer"))
    aliases["within_meeting_65plus"] = "65+: ontmoetingsplek binnen de 65+-norm (1 = ja)"
    for suffix, group in (*REACH_GROUPS.items(), ("65plus", "65+")):
        fields.append((f"residents_{suffix}", "double"))
        aliases[f"residents_{suffix}"] = f"Inwoners {group}"
    fields += [
        ("gap", "integer"),
        ("snapped", "integer"),
        ("snap_distance", "double"),
        ("norm", "string"),
        ("distance_type", "string"),
        ("age_split", "string"),
    ]
    aliases["gap"] = "Buiten elke norm die geldt (1 = ja)"
    return StyleSpec(geometry="Point", fields=fields, renderer=renderer, aliases=aliases)


_CHILDREN = (
    "(coalesce(attribute('residents_0_5'), 0) + coalesce(attribute('residents_6_11'), 0)"
    " + coalesce(attribute('residents_12_17'), 0))"
)
_SENIORS = "coalesce(attribute('residents_65plus'), 0)"
#: Who misses out at a gap point: it lies outside every norm that applies, so every group
#: living there misses out (children: a playground; 65+: a meeting place).
REACH_GAP_GROUP = (
    f"CASE WHEN {_CHILDREN} > 0 AND {_SENIORS} > 0 THEN 'both' "
    f"WHEN {_CHILDREN} > 0 THEN 'children' WHEN {_SENIORS} > 0 THEN 'seniors' "
    "ELSE 'unknown' END"
)
REACH_GAP_WHO = (
    f"CASE WHEN {_CHILDREN} > 0 AND {_SENIORS} > 0 THEN 'kinderen en 65+' "
    f"WHEN {_CHILDREN} > 0 THEN 'kinderen' WHEN {_SENIORS} > 0 THEN '65+' END"
)


@style("reach_gaps")
def reach_gaps() -> StyleSpec:
    """The gap points only: hollow squares with a strong red outline, readable over any
    layer below (the population points, an area style or a background map)."""
    spec = reach_population()
    # white inside, so a gap reads over the darkest area class; red for children, purple
    # for 65+, red with a purple edge for both
    children = marker("#ffffff", Shape.Square, 2.6, outline=GAP_OUTLINE)
    children.symbolLayer(0).setStrokeWidth(0.6)
    seniors = marker("#ffffff", Shape.Diamond, 3.0, outline=SENIOR_GAP)
    seniors.symbolLayer(0).setStrokeWidth(0.6)
    both = marker(GAP_OUTLINE, Shape.Square, 2.8, outline="#ffffff")
    both.symbolLayer(0).setStrokeWidth(0.5)
    renderer = QgsCategorizedSymbolRenderer(
        REACH_GAP_GROUP,
        [
            QgsRendererCategory(
                "children", children, "gat: kinderen (0-17) zonder speelplek binnen de norm"
            ),
            QgsRendererCategory(
                "seniors", seniors, "gat: 65+ zonder ontmoetingsplek binnen de norm"
            ),
            QgsRendererCategory(
                "both", both, "gat: kinderen én 65+ zonder speel- of ontmoetingsplek binnen de norm"
            ),
            QgsRendererCategory("unknown", gap_marker(), "gat (leeftijdsgroep onbekend)"),
        ],
    )
    renderer.setSourceSymbol(gap_marker())
    return StyleSpec(
        geometry="Point",
        fields=spec.fields,
        renderer=renderer,
        aliases=spec.aliases,
        display_expression=f"concat('gat: ', {REACH_GAP_WHO})",
    )


def _reach_share_bands() -> list[Band]:
    edges = [None, 0.5, 0.7, 0.8, 0.9, None]  # shares 0-1; 1.0 falls in the last class
    shown = [0, 50, 70, 80, 90, 100]
    return [
        Band(lower, upper, colour, f"{low}–{high} % van 6-11 jaar binnen de norm")
        for lower, upper, colour, low, high in zip(
            edges[:-1], edges[1:], REACH_SHARE, shown[:-1], shown[1:]
        )
    ]


@style("reach_areas")
def reach_areas() -> StyleSpec:
    """Per area: share of children 6-11 within the playground norm, fixed classes; a low
    share is dark red. Areas without children (share NULL) stay as an outline."""
    renderer = classed_rules(
        "reach_areas",
        '"share_6_11_within_norm"',
        _reach_share_bands(),
        "geen kinderen / geen cijfer",
        hollow(DARK_OUTLINE, 0.3),
        withheld=True,
    )
    fields = list(AREA_FIELDS) + [("area_code", "string"), ("population_points", "integer")]
    fields.append(("gemeentecode", "string"))
    aliases = {
        **AREA_ALIASES,
        "area_code": "Gebiedscode",
        "population_points": "Aantal bevolkingspunten",
        "gap_points": "Bevolkingspunten buiten elke norm",
        "playgrounds": "Speelplekken",
        "meeting_places": "Ontmoetingsplekken",
        "meeting_places_per_1000_65plus": "Ontmoetingsplekken per 1.000 inwoners 65+",
        "area_m2": "Oppervlakte gebied (m²)",
        "playgrounds_surface_unknown": "Speelplekken met onbekende oppervlakte",
        "play_space_m2": "Speelruimte (m²)",
        "play_space_m2_per_child": "Speelruimte per kind (m²)",
        "play_space_pct_of_area": "Speelruimte (% van de oppervlakte)",
        "meets_jantje_beton_3pct": "Voldoet aan 3 % speelruimte (Jantje Beton, 1 = ja)",
    }
    for suffix, group in REACH_GROUPS.items():
        fields += [
            (f"residents_{suffix}", "double"),
            (f"residents_{suffix}_within_norm", "double"),
            (f"share_{suffix}_within_norm", "double"),
        ]
        aliases[f"residents_{suffix}"] = f"Inwoners {group}"
        aliases[f"residents_{suffix}_within_norm"] = f"Inwoners {group} binnen de norm"
        aliases[f"share_{suffix}_within_norm"] = f"Aandeel {group} binnen de norm (0–1)"
    fields += [
        ("residents_65plus", "double"),
        ("residents_65plus_within_meeting_norm", "double"),
        ("share_65plus_within_meeting_norm", "double"),
        ("gap_points", "integer"),
        ("playgrounds", "integer"),
    ]
    fields += [(f"playgrounds_{suffix}", "integer") for suffix in REACH_GROUPS]
    fields += [
        ("meeting_places", "integer"),
        ("meeting_places_per_1000_65plus", "double"),
        ("area_m2", "double"),
        ("playgrounds_surface_unknown", "integer"),
        ("play_space_m2", "double"),
        ("play_space_m2_per_child", "double"),
        ("play_space_pct_of_area", "double"),
        ("meets_jantje_beton_3pct", "integer"),
        ("norm", "string"),
        ("distance_type", "string"),
        ("age_split", "string"),
    ]
    aliases["residents_65plus"] = "Inwoners 65+"
    aliases["residents_65plus_within_meeting_norm"] = "Inwoners 65+ binnen de norm ontmoetingsplek"
    aliases["share_65plus_within_meeting_norm"] = "Aandeel 65+ binnen de norm ontmoetingsplek (0–1)"
    for suffix, group in REACH_GROUPS.items():
        aliases[f"playgrounds_{suffix}"] = f"Speelplekken voor {group}"
    for name in ("norm", "distance_type", "age_split"):
        aliases[name] = REACH_COMMON_ALIASES[name]
    return StyleSpec(
        geometry="MultiPolygon",
        fields=fields,
        renderer=renderer,
        labeling=text_labels(REACH_AREA_NAME),
        aliases=aliases,
        display_expression=REACH_AREA_NAME,
    )


#: Who a place is nearest to: children 0-17 at a playground, residents 65+ at a meeting place.
#: attribute('…') rather than "…": a run without e.g. a 12-17 field has no such column, and
#: one missing column makes a whole data-defined size fail (every marker at its default size)
#: where attribute() gives NULL, counted as 0.
REACH_PLACE_SIZE = (
    "CASE WHEN attribute('place_kind') = 'meeting place' "
    "THEN coalesce(attribute('residents_65plus_nearest'), 0) "
    "ELSE coalesce(attribute('residents_0_5_nearest'), 0)"
    " + coalesce(attribute('residents_6_11_nearest'), 0)"
    " + coalesce(attribute('residents_12_17_nearest'), 0) END"
)


#: Which age group a place is for, as a category: a meeting place, else the youngest group a
#: playground serves (a playground for toddlers usually also serves older children).
REACH_PLACE_GROUP = (
    "CASE WHEN attribute('place_kind') = 'meeting place' THEN 'meeting' "
    "WHEN attribute('serves_0_5') = 1 THEN '0_5' "
    "WHEN attribute('serves_6_11') = 1 THEN '6_11' "
    "WHEN attribute('serves_12_17') = 1 THEN '12_17' "
    "ELSE 'unknown' END"
)


@style("reach_places")
def reach_places() -> StyleSpec:
    """Per place a clear, small marker by age group (colour and shape), modestly sized by the
    residents for whom it is the nearest suitable place, so the places never hide the area
    colours below them; the small ones drawn on top."""
    size = QgsProperty.fromExpression(REACH_PLACE_SIZE)
    # 0 residents 1.8 mm ... 500 or more 4 mm (area-proportional); unknown 1.8 mm.
    size.setTransformer(
        QgsSizeScaleTransformer(QgsSizeScaleTransformer.Area, 0, 500, 1.8, 4.0, 1.8, 0.5)
    )
    white = "#ffffff"
    categories = [
        ("0_5", "speelplek, ook voor 0-5 jaar", marker(TOL["indigo"], Shape.Circle, 2.4, white)),
        ("6_11", "speelplek vanaf 6-11 jaar", marker(TOL["teal"], Shape.Triangle, 2.4, white)),
        (
            "12_17",
            "speelplek alleen voor 12-17 jaar",
            marker(TOL["wine"], Shape.Diamond, 2.4, white),
        ),
        ("meeting", "ontmoetingsplek (65+)", marker(TOL["sand"], Shape.Square, 2.4, DARK_OUTLINE)),
        ("unknown", "leeftijdsgroep onbekend", marker(TOL["grey"], Shape.Circle, 2.4)),
    ]
    rest = marker(TOL["grey"], Shape.Circle, 2.4)
    for _value, _label, symbol in categories:
        symbol.setDataDefinedSize(size)
    rest.setDataDefinedSize(size)
    items = [QgsRendererCategory(value, symbol, label) for value, label, symbol in categories]
    renderer = QgsCategorizedSymbolRenderer(REACH_PLACE_GROUP, items)
    source = marker(TOL["grey"], Shape.Circle, 2.4)
    source.setDataDefinedSize(size)
    renderer.setSourceSymbol(source)
    legend = QgsDataDefinedSizeLegend()
    legend.setFont(QFont(FONT))  # not the build machine's default font
    legend.setTitle("Grootte: inwoners voor wie dit de dichtstbijzijnde plek is")
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendCollapsed)
    legend.setClasses(
        [
            QgsDataDefinedSizeLegend.SizeClass(50, "50"),
            QgsDataDefinedSizeLegend.SizeClass(500, "500 of meer"),
        ]
    )
    renderer.setDataDefinedSizeLegend(legend)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(REACH_PLACE_SIZE, False)])
    )
    renderer.setOrderByEnabled(True)
    fields = [("place_kind", "string"), ("source_fid", "integer"), ("name", "string")]
    aliases = {
        "place_kind": "Soort plek (code)",
        "name": "Naam",
        "source_fid": REACH_COMMON_ALIASES["source_fid"],
        "serves_meeting": "Ontmoetingsplek (1 = ja)",
    }
    for suffix, group in REACH_GROUPS.items():
        fields.append((f"serves_{suffix}", "integer"))
        aliases[f"serves_{suffix}"] = f"Voor {group} (1 = ja)"
    fields.append(("serves_meeting", "integer"))
    fields += [("snapped", "integer"), ("snap_distance", "double")]
    for suffix, group in (*REACH_GROUPS.items(), ("65plus", "65+")):
        fields += [
            (f"residents_{suffix}_nearest", "double"),
            (f"residents_{suffix}_nearest_within_norm", "double"),
        ]
        aliases[f"residents_{suffix}_nearest"] = f"Inwoners {group} voor wie dit de dichtstbij is"
        aliases[f"residents_{suffix}_nearest_within_norm"] = (
            f"Inwoners {group} voor wie dit de dichtstbij is, binnen de norm"
        )
    fields += [("norm", "string"), ("distance_type", "string"), ("age_split", "string")]
    for name in ("snapped", "snap_distance", "norm", "distance_type", "age_split"):
        aliases[name] = REACH_COMMON_ALIASES[name]
    return StyleSpec(
        geometry="Point",
        fields=fields,
        renderer=renderer,
        labeling=text_labels('"name"', 7.5, polygon=False, max_scale_denominator=7500),
        aliases=aliases,
        display_expression='coalesce("name", "place_kind", \'\')',
    )


@style("catchment_areas")
def catchment_areas() -> StyleSpec:
    """Per place the area within walking distance: a faint fill and a thin outline, so
    overlaps read slightly darker without hiding the map below; drawn only from 1:25,000 on
    (at a municipality's scale the circles would cover everything); no labels."""
    return StyleSpec(
        geometry="MultiPolygon",
        fields=[
            ("name", "string"),
            ("place_type", "string"),
            ("distance", "double"),
            ("distance_type", "string"),
            ("snapped", "integer"),
            ("cut_points", "integer"),
        ],
        renderer=QgsSingleSymbolRenderer(fill(CATCHMENT_FILL, CATCHMENT_OUTLINE, 0.3)),
        aliases={
            "distance": "Loopafstand (m)",
            "distance_type": REACH_COMMON_ALIASES["distance_type"],
            "snapped": REACH_COMMON_ALIASES["snapped"],
            "cut_points": "Bevolkingspunten verder dan de afstand, uitgesneden",
        },
        display_expression='coalesce("name", "place_type", \'\')',
        max_scale_denominator=25000,
    )


# --------------------------------------------------------------------------- best locations

#: The newly proposed sites: the first three large and dark, the rest smaller (Okabe-Ito
#: vermillion, readable over the green/orange reach styles).
BEST_SITE_TOP = "#d55e00"
BEST_SITE_REST = "#e69f00"
BEST_LOCATION_ALIASES = {
    "rank": "Rang",
    "gain": "Extra inwoners binnen de norm",
    "gain_weighted": "Extra binnen de norm, gewogen",
    "cumulative": "Extra inwoners binnen de norm, opgeteld",
    "share_after": "Aandeel binnen de norm na deze plek",
    "reach_alone": "Inwoners buiten de norm die deze plek alleen bereikt",
    "candidate_fid": "Kandidaatlocatie (fid)",
    "label": "Label",
    "group": "Doelgroep",
    "norm_m": "Norm (m)",
    "norm": "Normprofiel",
    "distance_type": "Afstandsmaat",
    "method": "Methode",
    "method_status": "Afloop van de methode",
}


@style("best_locations")
def best_locations() -> StyleSpec:
    """The k proposed sites: a star per site, ranks 1-3 larger; labelled with rank and gain
    (the label text is written by the algorithm in the user's language)."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("best_locations:root")
    for key, expression, symbol, label in (
        ("top", '"rank" <= 3', marker(BEST_SITE_TOP, Shape.Star, 6.0), "nieuwe plek, rang 1–3"),
        ("rest", "ELSE", marker(BEST_SITE_REST, Shape.Star, 4.5), "nieuwe plek, rang 4 en verder"),
    ):
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        rule.setRuleKey(f"best_locations:{key}")
        root.appendChild(rule)
    return StyleSpec(
        geometry="Point",
        fields=[(name, "double") for name in ("gain", "gain_weighted", "cumulative")]
        + [("rank", "integer"), ("share_after", "double"), ("reach_alone", "double")]
        + [("candidate_fid", "integer"), ("label", "string"), ("group", "string")]
        + [("norm_m", "double"), ("norm", "string"), ("distance_type", "string")]
        + [("method", "string"), ("method_status", "string")],
        renderer=QgsRuleBasedRenderer(root),
        labeling=text_labels('"label"', 8.0, polygon=False),
        aliases=BEST_LOCATION_ALIASES,
        display_expression='"label"',
    )


@style("best_locations_areas")
def best_locations_areas() -> StyleSpec:
    """Per area the residents the new sites bring within the norm: fixed classes, light to
    dark (ColorBrewer Purples); areas that gain nobody stay an outline."""
    colours = ["#dadaeb", "#9e9ac8", "#6a51a3", "#3f007d"]
    edges = [0.5, 10, 50, 100, None]
    names = ["1–10", "10–50", "50–100", "100 of meer"]
    bands = [
        Band(lower, upper, colour, f"{name} inwoners extra binnen de norm")
        for lower, upper, colour, name in zip(edges[:-1], edges[1:], colours, names)
    ]
    return StyleSpec(
        geometry="MultiPolygon",
        fields=[("wijkcode", "string"), ("residents", "double"), ("within_before", "double")]
        + [("newly_reached", "double"), ("within_after", "double")]
        + [("share_before", "double"), ("share_after", "double"), ("group", "string")]
        + [("norm_m", "double"), ("distance_type", "string")],
        renderer=classed_rules(
            "best_locations_areas", '"newly_reached"', bands, "geen extra inwoners binnen de norm"
        ),
        labeling=text_labels(
            "if(\"newly_reached\" > 0, concat('+', round(\"newly_reached\")), '')", 8.0
        ),
        aliases={
            "residents": "Inwoners van de doelgroep",
            "within_before": "Binnen de norm, nu",
            "newly_reached": "Extra binnen de norm door de nieuwe plekken",
            "within_after": "Binnen de norm, met de nieuwe plekken",
            "share_before": "Aandeel binnen de norm, nu",
            "share_after": "Aandeel binnen de norm, met de nieuwe plekken",
            "group": "Doelgroep",
            "norm_m": "Norm (m)",
            "distance_type": "Afstandsmaat",
        },
    )


# --------------------------------------------------------------------------- background


@style("background_areas")
def background_areas() -> StyleSpec:
    """A quiet local background that needs no network: land a warm light grey, water pale
    blue, thin white area borders, no labels (the layers above carry the names)."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("background_areas:root")
    water = QgsRuleBasedRenderer.Rule(fill(WATER_FILL, "#ffffff", 0.2), 0, 0, WATER_AREA, "water")
    water.setRuleKey("background_areas:water")
    land = QgsRuleBasedRenderer.Rule(fill(LAND_FILL, "#ffffff", 0.2), 0, 0, "ELSE", "land")
    land.setRuleKey("background_areas:land")
    root.appendChild(water)
    root.appendChild(land)
    return StyleSpec(
        geometry="MultiPolygon",
        fields=list(AREA_FIELDS) + [("water", "string")],
        renderer=QgsRuleBasedRenderer(root),
        aliases={k: v for k, v in AREA_ALIASES.items() if k != "gemeentecode"},
        display_expression=AREA_NAME,
    )


@style("background_municipalities")
def background_municipalities() -> StyleSpec:
    """Municipal boundaries over everything: a grey line, the name at overview scales."""
    return StyleSpec(
        geometry="MultiPolygon",
        fields=[("gemeentecode", "string"), ("gemeentenaam", "string")],
        renderer=QgsSingleSymbolRenderer(hollow("#6e6e6e", 0.7)),
        labeling=text_labels('"gemeentenaam"', 10.0),
        aliases={"gemeentecode": "Gemeentecode", "gemeentenaam": "Gemeente"},
        display_expression='"gemeentenaam"',
    )


# --------------------------------------------------------------------------- writing


def memory_layer(name: str, spec: StyleSpec) -> QgsVectorLayer:
    """An empty layer in EPSG:28992 with the spec's fields, carrying the spec's style."""
    uri = f"{spec.geometry}?crs=EPSG:28992" + "".join(
        f"&field={field_name}:{kind}" for field_name, kind in spec.fields
    )
    layer = QgsVectorLayer(uri, name, "memory")
    if not layer.isValid() or layer.fields().count() != len(spec.fields):
        raise SystemExit(f"build_styles: memory layer for {name!r} is not valid: {uri}")
    return layer


def build_layer(name: str) -> QgsVectorLayer:
    spec = STYLES[name]()
    layer = memory_layer(name, spec)
    layer.setRenderer(spec.renderer)
    if spec.labeling is not None:
        layer.setLabeling(spec.labeling)
        layer.setLabelsEnabled(True)
    for field_name, alias in sorted(spec.aliases.items()):
        index = layer.fields().indexOf(field_name)
        if index < 0:
            raise SystemExit(f"build_styles: alias for unknown field {field_name!r} in {name}")
        layer.setFieldAlias(index, alias)
    if spec.display_expression:
        layer.setDisplayExpression(spec.display_expression)
    if spec.max_scale_denominator is not None:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(spec.max_scale_denominator)  # the most zoomed-out scale
        layer.setMaximumScale(0)
    return layer


_RANDOM_ID = re.compile(r"^\{[0-9a-fA-F-]{36}\}$")


def _stable_ids(element: ET.Element) -> None:
    """Replace the random ids QGIS 3.30+ writes with stable ones.

    Symbol layers get ``id="{uuid}"`` (only needed for selective masking, which these styles do
    not use: QGIS makes a new one when it loads a file without); categories get
    ``uuid="{uuid}"`` (their legend key): numbered in order, as QGIS 3.22 writes them."""
    for node in element.iter():
        if node.tag == "layer" and _RANDOM_ID.match(node.attrib.get("id", "")):
            del node.attrib["id"]
        categories = [child for child in node if child.tag == "category"]
        if any(_RANDOM_ID.match(c.attrib.get("uuid", "")) for c in categories):
            for number, category in enumerate(categories):
                category.set("uuid", str(number))


def _sort_attributes(element: ET.Element) -> ET.Element:
    """Attributes in name order, also inside attribute values that hold a symbol's XML."""
    _stable_ids(element)
    for node in element.iter():
        items = []
        for key, value in sorted(node.attrib.items()):
            if value.startswith("<") and value.endswith(">") and len(value) > 2:
                try:
                    value = ET.tostring(_sort_attributes(ET.fromstring(value)), encoding="unicode")
                except ET.ParseError:
                    pass
            items.append((key, value))
        node.attrib.clear()
        node.attrib.update(items)
    return element


def canonical_qml(text: str) -> str:
    """The QML with a stable attribute order and no random ids.

    Qt writes XML attributes in hash order, which changes from run to run, and QGIS 3.30+
    gives symbol layers and categories random ids; sorting the attributes and numbering the
    ids makes a rebuild byte-identical, so the drift test can compare files. QGIS reads
    attributes in any order.
    """
    first, _newline, _rest = text.partition("\n")
    header = first + "\n" if first.startswith("<!DOCTYPE") else ""
    root = _sort_attributes(ET.fromstring(text))
    return header + ET.tostring(root, encoding="unicode") + "\n"


def write_style(name: str, out_dir: Path) -> Path:
    """Build one style and save it as ``out_dir/<name>.qml`` (UTF-8, attributes sorted)."""
    layer = build_layer(name)
    path = Path(out_dir) / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path), CATEGORIES)
    if not ok:
        raise SystemExit(f"build_styles: could not write {path}: {message}")
    path.write_text(canonical_qml(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def build_all(out_dir: Path, names: list[str] | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    unknown = sorted(set(names or []) - set(STYLES))
    if unknown:
        raise SystemExit(f"build_styles: unknown style {unknown}; known: {sorted(STYLES)}")
    return [write_style(name, out_dir) for name in sorted(names or STYLES)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="styles to build (default: all)")
    parser.add_argument("--out", default=str(STYLES_DIR), help="folder for the .qml files")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for path in build_all(Path(args.out), args.names):
            print(f"wrote {path}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
