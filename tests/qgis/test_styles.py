"""The QML styles in resources/styles: present for every output, loadable, right, and in step
with scripts/build_styles.py (rebuild: QT_QPA_PLATFORM=offscreen /usr/bin/python3
scripts/build_styles.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRenderContext,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

REPO = Path(__file__).resolve().parents[2]
STYLES = REPO / "resources" / "styles"
REBUILD = "QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_styles.py"

# ------------------------------------------------------------------- (a) names in the code

# An argument: a string literal or a name.
_ARG = r'(?:"[^"]*"|[A-Za-z_]\w*)'
LOAD_STYLED = re.compile(r"\.load_styled\(\s*\w+\s*,\s*\w+\s*,\s*(\"[^\"]*\"|[A-Za-z_]\w*)")
APPLY_STYLE = re.compile(r"\bapply_style\(\s*\w+\s*,\s*(\"[^\"]*\"|[A-Za-z_]\w*)\s*\)")
# demo.py lists its layers as (group, table, title, style) tuples.
DEMO_LAYER = re.compile(
    rf'\(\s*"[^"]*"\s*,\s*{_ARG}\s*,\s*{_ARG}\s*,\s*"([^"]+)"\s*,?\s*\)', re.MULTILINE
)


def _dynamic_styles() -> dict[tuple[str, str], list[str]]:
    """Calls that pass a variable: the values that variable can take, from the module."""
    from wijkaanpak.processing_algorithms.import_inventory import KINDS

    return {("import_inventory.py", "kind"): list(KINDS)}


def _names_in(path: Path, pattern: re.Pattern, call: str) -> tuple[set[str], list[str]]:
    text = path.read_text(encoding="utf-8")
    calls = len(re.findall(rf"\b{call}\(", text)) - len(re.findall(rf"def {call}\(", text))
    arguments = pattern.findall(text)
    assert len(arguments) == calls, (
        f"{path.name}: {calls} {call}(...) calls but the test understood {len(arguments)}; "
        "adapt the pattern in tests/qgis/test_styles.py"
    )
    literal = {a.strip('"') for a in arguments if a.startswith('"')}
    variables = [a for a in arguments if not a.startswith('"')]
    return literal, variables


def styles_used_in_code() -> dict[str, str]:
    """Style name → where it is used."""
    used: dict[str, str] = {}
    dynamic = _dynamic_styles()
    for path in sorted((REPO / "processing_algorithms").glob("*.py")):
        literal, variables = _names_in(path, LOAD_STYLED, "load_styled")
        for name in literal:
            used[name] = path.name
        for variable in variables:
            key = (path.name, variable)
            assert key in dynamic, (
                f"{path.name} calls load_styled with variable '{variable}': list its possible "
                "values in _dynamic_styles() of tests/qgis/test_styles.py"
            )
            for name in dynamic[key]:
                used[name] = path.name
    demo = REPO / "scripts" / "demo.py"
    literal, variables = _names_in(demo, APPLY_STYLE, "apply_style")
    assert set(variables) <= {"style"}, variables
    for name in literal | set(DEMO_LAYER.findall(demo.read_text(encoding="utf-8"))):
        used[name] = demo.name
    return used


def test_the_code_scan_finds_the_style_calls():
    used = styles_used_in_code()
    # hand-read from the files: import_inventory (two kinds), import_figures, the three
    # wijkagenda faces, and demo.py (its layer tuples and the quiet local background)
    assert {"speelplekken", "ontmoetingsplekken", "areas_figures"} <= set(used)
    assert {"ambition_scores", "rank_areas", "compare_measurements"} <= set(used)
    assert used["background_areas"] == used["background_municipalities"] == "demo.py"
    # reach.py: four outputs; catchment_areas.py passes a title as a fourth argument
    assert {"reach_population", "reach_gaps", "reach_places", "reach_areas"} <= set(used)
    assert used["catchment_areas"] == "catchment_areas.py"
    # the loneliness faces (loneliness_model.py: its training and its apply output; demo.py
    # may use a style as well, so only the names are checked)
    assert {"loneliness_measured", "loneliness_risk", "loneliness_estimate"} <= set(used)


def test_every_style_used_in_the_code_has_a_qml_file():
    missing = {
        name: where
        for name, where in styles_used_in_code().items()
        if not (STYLES / f"{name}.qml").is_file()
    }
    assert not missing, f"no resources/styles/<name>.qml for {missing}; add it to {REBUILD}"


# ------------------------------------------------------------------- (b) loading and meaning

POLYGON_AREA = [("wijkcode", "string"), ("wijknaam", "string"), ("buurtnaam", "string")]

#: style → (geometry, renderer type, symbol type, fields of the output it styles)
EXPECTED = {
    "speelplekken": (
        "Point",
        "categorizedSymbol",
        QgsSymbol.Marker,
        [("name", "string"), ("place_type", "string"), ("equipment_count", "integer")],
    ),
    "ontmoetingsplekken": (
        "Point",
        "categorizedSymbol",
        QgsSymbol.Marker,
        [("name", "string"), ("place_type", "string"), ("indoor", "integer")],
    ),
    "areas_figures": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA + [("rivm18_Eenzaam_28", "double"), ("rivm65_Eenzaam_28", "double")],
    ),
    "areas_outline": ("MultiPolygon", "singleSymbol", QgsSymbol.Fill, POLYGON_AREA),
    "ambition_scores": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA + [("total_score", "double"), ("need", "double")],
    ),
    "rank_areas": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA
        + [("rank", "double"), ("rank_label", "string"), ("ranked", "integer")]
        + [("not_ranked_code", "string")],
    ),
    "compare_measurements": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA
        + [("change_total_score", "double"), ("within_uncertainty_total_score", "integer")],
    ),
    # the reach outputs (processing_algorithms/reach.py, catchment_areas.py)
    "reach_population": (
        "Point",
        "categorizedSymbol",
        QgsSymbol.Marker,
        [
            ("source_fid", "integer"),
            ("dist_6_11", "double"),
            ("within_0_5", "integer"),
            ("within_6_11", "integer"),
            ("within_12_17", "integer"),
            ("within_meeting", "integer"),
            ("residents_6_11", "double"),
            ("gap", "integer"),
        ],
    ),
    "reach_gaps": (
        "Point",
        "categorizedSymbol",
        QgsSymbol.Marker,
        [
            ("source_fid", "integer"),
            ("dist_6_11", "double"),
            ("gap", "integer"),
            ("residents_0_5", "double"),
            ("residents_6_11", "double"),
            ("residents_12_17", "double"),
            ("residents_65plus", "double"),
        ],
    ),
    "reach_areas": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        [
            ("wijkcode", "string"),
            ("share_0_5_within_norm", "double"),
            ("share_6_11_within_norm", "double"),
            ("share_12_17_within_norm", "double"),
            ("share_65plus_within_meeting_norm", "double"),
            ("norm", "string"),
            ("distance_type", "string"),
        ],
    ),
    "reach_places": (
        "Point",
        "categorizedSymbol",
        QgsSymbol.Marker,
        [
            ("place_kind", "string"),
            ("name", "string"),
            ("serves_0_5", "integer"),
            ("serves_6_11", "integer"),
            ("serves_12_17", "integer"),
            ("residents_0_5_nearest", "double"),
            ("residents_6_11_nearest", "double"),
            ("residents_12_17_nearest", "double"),
            ("residents_65plus_nearest", "double"),
        ],
    ),
    "catchment_areas": (
        "MultiPolygon",
        "singleSymbol",
        QgsSymbol.Fill,
        [("name", "string"), ("distance", "double"), ("distance_type", "string")],
    ),
    # best locations for k new places (processing_algorithms/best_locations.py)
    "best_locations": (
        "Point",
        "RuleRenderer",
        QgsSymbol.Marker,
        [("rank", "integer"), ("gain", "double"), ("label", "string")],
    ),
    "best_locations_areas": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        [("wijkcode", "string"), ("newly_reached", "double"), ("share_after", "double")],
    ),
    # the loneliness outputs (processing_algorithms/loneliness_*.py)
    "loneliness_measured": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA
        + [
            ("eenzaam_18plus", "double"),
            ("ernstig_eenzaam_18plus", "double"),
            ("eenzaam_65plus", "double"),
            ("vintage", "string"),
            ("note", "string"),
        ],
    ),
    "loneliness_risk": (
        "MultiPolygon",
        "categorizedSymbol",
        QgsSymbol.Fill,
        POLYGON_AREA
        + [("risk_score", "double"), ("risk_class", "integer"), ("risk_class_label", "string")],
    ),
    "loneliness_estimate": (
        "MultiPolygon",
        "RuleRenderer",
        QgsSymbol.Fill,
        POLYGON_AREA
        + [
            ("estimate", "double"),
            ("lower", "double"),
            ("upper", "double"),
            ("published", "integer"),
            ("out_of_range", "integer"),
        ],
    ),
}

#: Styles without labels: dense points (a label per 100 m cell) or overlapping polygons.
UNLABELLED = {"reach_population", "reach_gaps", "catchment_areas"}


def memory_layer(geometry: str, fields: list[tuple[str, str]]) -> QgsVectorLayer:
    uri = f"{geometry}?crs=EPSG:28992" + "".join(f"&field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(uri, "styled", "memory")
    assert layer.isValid(), uri
    return layer


def styled(name: str, fields=None) -> QgsVectorLayer:
    geometry, _renderer, _symbol, default_fields = EXPECTED[name]
    layer = memory_layer(geometry, fields or default_fields)
    message, ok = layer.loadNamedStyle(str(STYLES / f"{name}.qml"))
    assert ok, f"{name}.qml: {message}"
    return layer


def feature(layer: QgsVectorLayer, **values) -> QgsFeature:
    f = QgsFeature(layer.fields())
    f.setValid(True)  # as a feature read from a layer; also when no value is set
    for key, value in values.items():
        f[key] = value
    return f


def legend_labels(layer: QgsVectorLayer, f: QgsFeature) -> list[str]:
    """The legend entries the renderer puts a feature in, as the map would."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.setExpressionContext(
        QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    )
    context.expressionContext().setFeature(f)
    label_of = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    renderer.startRender(context, layer.fields())
    try:
        keys = renderer.legendKeysForFeature(f, context)
    finally:
        renderer.stopRender(context)
    return sorted(label_of[k] for k in keys if label_of.get(k))


def class_colours(layer: QgsVectorLayer) -> dict[str, object]:
    items = layer.renderer().legendSymbolItems()
    return {item.label(): QColor(item.symbol().color()) for item in items if item.symbol()}


def drawn_colour(layer: QgsVectorLayer, f: QgsFeature) -> str | None:
    """The fill colour the renderer picks for a feature (None: not drawn).

    For the categorised renderers; a rule-based renderer's symbolsForFeature also lists its
    ELSE symbol, so those are checked with legend_labels (and render_map)."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.setExpressionContext(
        QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    )
    context.expressionContext().setFeature(f)  # the map renderer does this per feature
    renderer.startRender(context, layer.fields())
    try:
        symbols = renderer.symbolsForFeature(f, context)
        return symbols[0].color().name() if symbols else None
    finally:
        renderer.stopRender(context)


def label_text(layer: QgsVectorLayer, f: QgsFeature) -> str:
    settings = layer.labeling().settings()
    assert settings.isExpression
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(f)
    expression = QgsExpression(settings.fieldName)
    expression.prepare(context)  # as the label engine does; a missing field is then NULL
    return expression.evaluate(context)


def render_map(layer: QgsVectorLayer):
    """Render the layer headless (200 x 200 px): the image and the label texts placed."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent().buffered(50))
    settings.setOutputSize(QSize(200, 200))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    return job.renderedImage(), sorted(label.labelText for label in results.allLabels())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_style_loads_with_the_intended_renderer(name):
    geometry, renderer_type, symbol_type, _fields = EXPECTED[name]
    layer = styled(name)
    assert layer.renderer().type() == renderer_type
    items = layer.renderer().legendSymbolItems()  # keep alive: items own their symbols
    symbols = [i.symbol() for i in items if i.symbol() is not None]
    assert symbols and all(s.type() == symbol_type for s in symbols), name
    if name in UNLABELLED:
        assert not layer.labelsEnabled(), name
    else:
        assert layer.labelsEnabled() and layer.labeling() is not None, name


def test_registered_styles_are_the_committed_files_and_load(builder):
    """Styles added later to the registry: each loads on its own memory layer."""
    assert sorted(builder.STYLES) == sorted(p.stem for p in STYLES.glob("*.qml"))
    for name, build in sorted(builder.STYLES.items()):
        spec = build()
        layer = memory_layer(spec.geometry, spec.fields)
        message, ok = layer.loadNamedStyle(str(STYLES / f"{name}.qml"))
        assert ok, f"{name}.qml: {message}"
        assert layer.renderer().type() == spec.renderer.type(), name
        for field_name, alias in spec.aliases.items():
            assert layer.attributeAlias(layer.fields().indexOf(field_name)) == alias


def test_loneliness_classes_have_fixed_breaks_and_keep_areas_without_a_figure():
    layer = styled("areas_figures")
    cases = {  # value → class, by the breaks 35/40/45/50/55 (lower bound inclusive)
        20.0: "minder dan 35 % eenzaam",
        35.0: "35–40 % eenzaam",
        46.4: "45–50 % eenzaam",  # Assen 18+ 2020
        49.7: "45–50 % eenzaam",  # Pittelo
        55.0: "55 % of meer eenzaam",
    }
    for value, expected in cases.items():
        assert legend_labels(layer, feature(layer, rivm18_Eenzaam_28=value)) == [expected]
    # suppressed figure: still drawn, as an outline with its own legend entry
    assert legend_labels(layer, feature(layer, rivm18_Eenzaam_28=None)) == [
        "geen cijfer eenzaamheid (geheim of niet gekoppeld)"
    ]
    colours = class_colours(layer)
    ordered = [cases[v] for v in (20.0, 35.0, 46.4)] + ["50–55 % eenzaam", cases[55.0]]
    lightness = [colours[label].lightness() for label in ordered]
    assert lightness == sorted(lightness, reverse=True), "sequential: more lonely is darker"


def test_loneliness_style_works_on_a_layer_with_only_the_indicator_field():
    # a layer from the loneliness tools has eenzaam_18plus and none of the RIVM columns
    layer = styled("areas_figures", [("buurtnaam", "string"), ("eenzaam_18plus", "double")])
    f = feature(layer, buurtnaam="Oost", eenzaam_18plus=41.0)
    assert legend_labels(layer, f) == ["40–45 % eenzaam"]
    assert label_text(layer, f) == "Oost"
    # and through the real map renderer and label engine
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))"))
    layer.dataProvider().addFeatures([f])
    layer.updateExtents()
    image, labels = render_map(layer)
    assert labels == ["Oost"]
    # a pixel inside the square (it spans about 20..180 px), away from the centred label
    assert QColor(image.pixel(40, 40)).name() == class_colours(layer)["40–45 % eenzaam"].name()


def test_area_label_prefers_the_buurt_name():
    # CBS buurt layers carry the wijk name too; a buurt must be labelled with its own name
    layer = styled("areas_outline")
    assert label_text(layer, feature(layer, wijknaam="Wijk 01", buurtnaam="Horst")) == "Horst"
    assert label_text(layer, feature(layer, wijknaam="Pittelo")) == "Pittelo"
    assert label_text(layer, feature(layer)) == ""
    symbol = layer.renderer().symbol()
    assert symbol.symbolLayer(0).brushStyle() == 0  # Qt.NoBrush: outline only


def test_score_classes_are_centred_on_one_half():
    layer = styled("ambition_scores")
    assert legend_labels(layer, feature(layer, total_score=0.0)) == ["score 0,0–0,2 (grote opgave)"]
    assert legend_labels(layer, feature(layer, total_score=0.5)) == [
        "score 0,4–0,6 (rond het midden)"
    ]
    assert legend_labels(layer, feature(layer, total_score=1.0)) == [
        "score 0,8–1,0 (kleine opgave)"
    ]
    assert legend_labels(layer, feature(layer, total_score=None)) == ["geen totaalscore"]
    colours = {k: c for k, c in class_colours(layer).items() if k.startswith("score")}
    assert len(colours) == 5
    middle = colours["score 0,4–0,6 (rond het midden)"].lightness()
    assert all(c.lightness() <= middle for c in colours.values()), "diverging: neutral middle"


def test_rank_one_is_darkest_and_unranked_areas_are_grey():
    layer = styled("rank_areas")
    first = feature(layer, wijknaam="Centrum", rank=1.0, rank_label="1 (1-3)", ranked=1)
    fifth = feature(layer, wijknaam="Pittelo", rank=5.0, rank_label="5 (4-7)", ranked=1)
    small = feature(
        layer,
        wijknaam="Buitengebied",
        rank=None,
        rank_label="niet gerangschikt",
        ranked=0,
        not_ranked_code="small_population",
    )
    water = feature(layer, wijknaam="Groot water", ranked=0, not_ranked_code="population_unknown")
    no_total = feature(layer, wijknaam="Lorentz", ranked=0, not_ranked_code="no_total")
    assert legend_labels(layer, first) == ["rang 1 (meeste opgave)"]
    assert legend_labels(layer, fifth) == ["rang 4–5"]
    # the reason in the legend, from the machine field (never from the words, which follow
    # the language of the run)
    assert legend_labels(layer, small) == [
        "niet gerangschikt: minder inwoners dan het minimum (te weinig voor een rang)"
    ]
    assert legend_labels(layer, water) == [
        "niet gerangschikt: aantal inwoners onbekend (water of geheim)"
    ]
    assert legend_labels(layer, no_total) == [
        "niet gerangschikt: geen totaalscore (gegevens ontbreken)"
    ]
    older = feature(layer, wijknaam="Oud", ranked=0)  # a ranking written before the codes
    unranked = legend_labels(layer, older)
    assert unranked == ["niet gerangschikt"]
    colours = class_colours(layer)
    ranked = [c for label, c in colours.items() if label.startswith("rang")]
    assert colours["rang 1 (meeste opgave)"].lightness() == min(c.lightness() for c in ranked)
    grey = colours[unranked[0]]
    assert grey.red() == grey.green() == grey.blue()
    assert label_text(layer, first) == "Centrum\nrang 1 (1-3)"
    assert label_text(layer, small) == "Buitengebied"


def test_change_is_centred_on_zero_and_uncertain_changes_are_hatched():
    layer = styled("compare_measurements")
    assert legend_labels(layer, feature(layer, change_total_score=-0.2)) == [
        "achteruit: meer dan 0,10 lager"
    ]
    steady = feature(layer, change_total_score=0.0, within_uncertainty_total_score=1)
    assert legend_labels(layer, steady) == [
        "gearceerd: verandering valt binnen de meetonzekerheid",
        "ongeveer gelijk (minder dan 0,03 verschil)",
    ]
    assert legend_labels(layer, feature(layer, change_total_score=0.05)) == [
        "vooruit: 0,03–0,10 hoger"
    ]
    assert legend_labels(layer, feature(layer, change_total_score=None)) == [
        "niet vergeleken (geen nulmeting of geen score)"
    ]


def test_playgrounds_by_type_with_size_by_equipment_count():
    layer = styled("speelplekken")
    assert legend_labels(layer, feature(layer, place_type="skatebaan")) == ["Skatebaan"]
    assert legend_labels(layer, feature(layer, place_type="cruyff_court")) == ["Cruyff Court"]
    unknown = class_colours(layer)["Soort onbekend"].name()
    for odd in ("zandbak", None):  # not in the schema, or empty: drawn grey, never dropped
        assert drawn_colour(layer, feature(layer, place_type=odd)) == unknown
    categories = layer.renderer().categories()  # keep alive: categories own their symbols
    size = categories[0].symbol().dataDefinedSize()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    sizes = {}
    for count in (1, 5, 20, 60, None):
        context.setFeature(feature(layer, place_type="speeltuin", equipment_count=count))
        sizes[count] = size.valueAsDouble(context, -1.0)[0]
    # the build script's design: 1 item 1.8 mm, 20 or more 4 mm, unknown 2.2 mm (small, so
    # hundreds of playgrounds never hide the area colours below them)
    assert sizes[1] == pytest.approx(1.8)
    assert sizes[20] == sizes[60] == pytest.approx(4.0)
    assert sizes[1] < sizes[5] < sizes[20]
    assert sizes[None] == pytest.approx(2.2)
    assert layer.attributeAlias(layer.fields().indexOf("equipment_count")) == "Aantal toestellen"


def test_meeting_places_by_type():
    layer = styled("ontmoetingsplekken")
    assert legend_labels(layer, feature(layer, place_type="buurthuis")) == ["Buurthuis"]
    assert legend_labels(layer, feature(layer, place_type="bankje")) == ["Bankje"]
    unknown = class_colours(layer)["Soort onbekend"].name()
    assert drawn_colour(layer, feature(layer, place_type="hangplek")) == unknown


# ------------------------------------------------------------------- reach styles


def _add(layer: QgsVectorLayer, wkt: str, **values) -> None:
    f = feature(layer, **values)
    f.setGeometry(QgsGeometry.fromWkt(wkt))
    assert layer.dataProvider().addFeatures([f])
    layer.updateExtents()


def test_population_points_gap_red_otherwise_green_and_small():
    layer = styled("reach_population")
    # a 100 m cell outside every norm, one within, one with an unknown flag
    assert legend_labels(layer, feature(layer, gap=1)) == ["buiten elke norm"]
    assert legend_labels(layer, feature(layer, gap=0)) == ["binnen de norm"]
    assert legend_labels(layer, feature(layer, gap=1, within_6_11=1)) == ["buiten elke norm"]
    red = drawn_colour(layer, feature(layer, gap=1))
    green = drawn_colour(layer, feature(layer, gap=0, within_6_11=1))
    assert red == "#c00000"  # the build script's strong red for gaps
    assert green == "#009e73"  # Okabe-Ito bluish green
    assert drawn_colour(layer, feature(layer, gap=None)) == green
    categories = layer.renderer().categories()  # keep alive: categories own their symbols
    assert all(c.symbol().size() <= 2.0 for c in categories), "small: one per 100 m cell"
    assert layer.attributeAlias(layer.fields().indexOf("gap")).startswith("Buiten elke norm")


def test_population_gaps_are_drawn_over_the_points_within_the_norm():
    layer = styled("reach_population")
    # same place, the gap first: drawn in feature order the green one would cover it
    _add(layer, "POINT(0 0)", gap=1)
    _add(layer, "POINT(0 0)", gap=0)
    image, labels = render_map(layer)
    assert labels == []
    # extent: the point buffered by 50 m → 100 m over 200 px, the point at pixel (100, 100)
    assert QColor(image.pixel(100, 100)).name() == "#c00000"


def test_gap_points_say_which_age_group_misses_out():
    layer = styled("reach_gaps")
    children = feature(layer, gap=1, residents_0_5=5.0, residents_6_11=0.0, residents_65plus=0)
    seniors = feature(layer, gap=1, residents_0_5=0.0, residents_65plus=10.0)
    both = feature(layer, gap=1, residents_12_17=2.5, residents_65plus=2.5)
    assert legend_labels(layer, children) == [
        "gat: kinderen (0-17) zonder speelplek binnen de norm"
    ]
    assert legend_labels(layer, seniors) == ["gat: 65+ zonder ontmoetingsplek binnen de norm"]
    assert legend_labels(layer, both) == [
        "gat: kinderen én 65+ zonder speel- of ontmoetingsplek binnen de norm"
    ]
    assert legend_labels(layer, feature(layer, gap=1)) == ["gat (leeftijdsgroep onbekend)"]
    # a white inside with a red edge: readable over the darkest area class below
    _add(layer, "POINT(0 0)", gap=1, residents_6_11=4.0, residents_65plus=0.0)
    image, labels = render_map(layer)
    assert labels == []
    assert QColor(image.pixel(100, 100)).name() == "#ffffff", "white inside"
    row = [QColor(image.pixel(x, 100)) for x in range(85, 116)]
    assert any(c.red() > 150 and c.green() < 60 and c.blue() < 60 for c in row), "red edge"


def test_reach_areas_classes_on_the_share_of_children_6_11():
    layer = styled("reach_areas")
    cases = {  # share → class, breaks 0.5/0.7/0.8/0.9 (lower bound inclusive), 1.0 in the last
        0.0: "0–50 % van 6-11 jaar binnen de norm",
        0.49: "0–50 % van 6-11 jaar binnen de norm",
        0.5: "50–70 % van 6-11 jaar binnen de norm",
        0.75: "70–80 % van 6-11 jaar binnen de norm",
        0.85: "80–90 % van 6-11 jaar binnen de norm",
        0.9: "90–100 % van 6-11 jaar binnen de norm",
        1.0: "90–100 % van 6-11 jaar binnen de norm",
    }
    for share, expected in cases.items():
        f = feature(layer, share_6_11_within_norm=share, share_0_5_within_norm=0.1)
        assert legend_labels(layer, f) == [expected], share
    # no children in the area: share NULL, still drawn as an outline
    assert legend_labels(layer, feature(layer, share_6_11_within_norm=None)) == [
        "geen kinderen / geen cijfer"
    ]
    colours = class_colours(layer)
    ordered = [cases[v] for v in (0.0, 0.5, 0.75, 0.85, 1.0)]
    lightness = [colours[label].lightness() for label in ordered]
    assert lightness == sorted(lightness) and len(set(lightness)) == 5, "low share darkest"
    alarm = colours[cases[0.0]]
    assert alarm.red() > 2 * alarm.blue(), "a low share is warm"


def test_reach_areas_label_and_a_table_without_geometry():
    layer = styled("reach_areas")
    # the face keeps only the area code field of the area layer
    assert label_text(layer, feature(layer, wijkcode="WK017100")) == "WK017100"
    named = styled(
        "reach_areas",
        [("buurtcode", "string"), ("buurtnaam", "string"), ("wijknaam", "string")]
        + [("share_6_11_within_norm", "double")],
    )
    f = feature(named, buurtcode="BU01060101", buurtnaam="Horst", wijknaam="Centrum")
    assert label_text(named, f) == "Horst"
    # areas from a code field on the population layer: a table, column area_code. QGIS
    # refuses polygon symbology on a table, but the field aliases and display name apply
    table = memory_layer("None", [("area_code", "string"), ("share_6_11_within_norm", "double")])
    message, ok = table.loadNamedStyle(str(STYLES / "reach_areas.qml"))
    assert not ok and "geometry type" in message
    message, ok = table.loadNamedStyle(
        str(STYLES / "reach_areas.qml"),
        categories=QgsMapLayer.Fields | QgsMapLayer.LayerConfiguration,
    )
    assert ok, message
    assert "6-11" in table.attributeAlias(table.fields().indexOf("share_6_11_within_norm"))
    assert table.displayExpression().startswith("coalesce(")


def _size(layer: QgsVectorLayer, **values) -> float:
    categories = layer.renderer().categories()  # keep alive: categories own their symbols
    size = categories[0].symbol().dataDefinedSize()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature(layer, **values))
    return size.valueAsDouble(context, -1.0)[0]


def test_reach_places_by_age_group_sized_modestly_by_the_residents_nearest():
    layer = styled("reach_places")

    def labels(**values):
        return legend_labels(layer, feature(layer, **values))

    assert labels(place_kind="playground", serves_0_5=1, serves_6_11=1) == [
        "speelplek, ook voor 0-5 jaar"
    ]
    assert labels(place_kind="playground", serves_0_5=0, serves_6_11=1) == [
        "speelplek vanaf 6-11 jaar"
    ]
    assert labels(place_kind="playground", serves_0_5=0, serves_12_17=1) == [
        "speelplek alleen voor 12-17 jaar"
    ]
    assert labels(place_kind="meeting place", serves_0_5=1) == ["ontmoetingsplek (65+)"]
    assert labels(place_kind="playground") == ["leeftijdsgroep onbekend"]
    categories = layer.renderer().categories()
    shapes = {c.label(): c.symbol().symbolLayer(0).shape() for c in categories}
    assert len(set(shapes.values())) >= 4, "shape as well as colour"

    def playground(a, b, c, old=None):
        return _size(
            layer,
            place_kind="playground",
            residents_0_5_nearest=a,
            residents_6_11_nearest=b,
            residents_12_17_nearest=c,
            residents_65plus_nearest=old,
        )

    # the build script's design: 0 residents 1.8 mm, 500 or more 4 mm (area-proportional),
    # small enough not to hide the area colours below
    assert playground(0, 0, 0) == pytest.approx(1.8)
    assert playground(100, 300, 100) == pytest.approx(4.0)  # 100 + 300 + 100 = 500
    assert playground(400, 400, 400) == pytest.approx(4.0)
    assert playground(0, 0, 0, old=500) == pytest.approx(1.8), "65+ do not count here"
    assert playground(None, None, None) == pytest.approx(1.8)
    assert playground(5, 10, 10) < playground(25, 25, 50) < playground(100, 300, 0)
    # 5 + 10 + None = 15 children: the missing group counts as 0, not as NULL
    assert playground(5, 10, None) == pytest.approx(playground(5, 5, 5))
    meeting = _size(layer, place_kind="meeting place", residents_65plus_nearest=500)
    assert meeting == pytest.approx(4.0)
    # and through the map renderer: 4 mm at 96 dpi is about 15 px
    fewer = styled(
        "reach_places",
        [("place_kind", "string"), ("serves_0_5", "integer")]
        + [("residents_0_5_nearest", "double"), ("residents_6_11_nearest", "double")],
    )
    both = dict(
        place_kind="playground", serves_0_5=1, residents_0_5_nearest=200, residents_6_11_nearest=300
    )
    _add(fewer, "POINT(0 0)", **both)
    image, _labels = render_map(fewer)
    indigo = class_colours(fewer)["speelplek, ook voor 0-5 jaar"].name()
    width = sum(QColor(image.pixel(x, 100)).name() == indigo for x in range(200))
    assert 9 <= width <= 16, width
    assert label_text(layer, feature(layer, name="Speeltuin De Horst")) == "Speeltuin De Horst"


def test_reach_places_small_ones_are_drawn_on_top():
    layer = styled("reach_places")
    # same place: a small meeting place first, a big playground over it in feature order
    _add(layer, "POINT(0 0)", place_kind="meeting place", residents_65plus_nearest=0)
    big = dict(residents_0_5_nearest=200, residents_6_11_nearest=300, serves_0_5=1)
    _add(layer, "POINT(0 0)", place_kind="playground", **big)
    image, _labels = render_map(layer)
    sand = class_colours(layer)["ontmoetingsplek (65+)"].name()
    assert QColor(image.pixel(100, 100)).name() == sand  # the point at pixel (100, 100)


def test_catchment_areas_are_semi_transparent_so_overlaps_read_darker():
    layer = styled("catchment_areas")
    fill = layer.renderer().symbol().symbolLayer(0)
    assert 0 < fill.color().alpha() <= 40, "subtle: the ranking below stays readable"
    assert fill.strokeStyle() != 0 and fill.strokeColor().alpha() > 0  # Qt.NoPen = 0
    # scale-dependent: drawn from 1:25,000 on, not at a municipality's scale
    assert layer.hasScaleBasedVisibility()
    assert layer.isInScaleRange(10000) and not layer.isInScaleRange(100000)
    # two 400 m squares overlapping in x 200..400
    _add(layer, "POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))", distance=400.0)
    _add(layer, "POLYGON((200 0, 600 0, 600 400, 200 400, 200 0))", distance=400.0)
    image, labels = render_map(layer)
    assert labels == []
    # extent 0..600 x 0..400 buffered by 50 m: 700 m wide → 3.5 m a pixel, centred on
    # (300, 200) = pixel (100, 100); x = 100 m and 500 m lie 57 px left and right
    single = QColor(image.pixel(43, 100))
    double = QColor(image.pixel(100, 100))
    assert single.name() == QColor(image.pixel(157, 100)).name()
    assert single.name() != "#ffffff"
    assert double.lightness() < single.lightness(), "overlap darker"
    opaque = fill.color()
    assert single.lightness() > opaque.lightness(), "semi-transparent: lighter than the fill"


# ------------------------------------------------------------------- loneliness styles


def test_measured_loneliness_in_the_fixed_classes_on_adults():
    layer = styled("loneliness_measured")
    cases = {  # eenzaam_18plus → class, breaks 35/40/45/50/55 (lower bound inclusive)
        20.0: "minder dan 35 % eenzaam (18+)",
        35.0: "35–40 % eenzaam (18+)",
        44.9: "40–45 % eenzaam (18+)",
        46.4: "45–50 % eenzaam (18+)",  # Assen 18+ 2020
        50.0: "50–55 % eenzaam (18+)",
        61.0: "55 % of meer eenzaam (18+)",
    }
    for value, expected in cases.items():
        f = feature(layer, eenzaam_18plus=value, eenzaam_65plus=20.0)
        assert legend_labels(layer, f) == [expected], value
    # suppressed or withheld 18+ figure: an outline, also when the 65+ figure is there
    withheld = feature(layer, buurtnaam="Klein", eenzaam_18plus=None, eenzaam_65plus=60.0)
    assert legend_labels(layer, withheld) == ["geen cijfer (geheim of te weinig inwoners)"]
    # the same palette as areas_figures, class by class (darker = more lonely)
    colours = class_colours(layer)
    figures = class_colours(styled("areas_figures"))
    for label in cases.values():
        assert colours[label].name() == figures[label.replace(" (18+)", "")].name(), label
    lightness = [colours[label].lightness() for label in cases.values()]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == 6
    assert label_text(layer, feature(layer, wijknaam="Wijk 05", buurtnaam="Pittelo")) == "Pittelo"
    assert label_text(layer, feature(layer, wijknaam="Pittelo")) == "Pittelo"
    alias = layer.attributeAlias(layer.fields().indexOf("eenzaam_18plus"))
    assert "18+" in alias and "%" in alias


def test_measured_loneliness_withheld_area_is_drawn_as_an_outline():
    layer = styled("loneliness_measured")
    _add(layer, "POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))", buurtnaam="Klein")
    image, labels = render_map(layer)
    assert labels == ["Klein"]
    # 500 m over 200 px: the square spans about 20..180 px; inside white, its edge dark
    assert QColor(image.pixel(40, 40)).name() == "#ffffff"
    row = [QColor(image.pixel(x, 100)).lightness() for x in range(10, 30)]
    assert min(row) < 200, "outline drawn (a 0.3 mm line is about one anti-aliased pixel)"


RISK_CONFIG = REPO / "resources" / "config" / "loneliness_risk_index.json"


def test_loneliness_risk_classes_light_to_dark_with_the_config_labels():
    import json

    config = json.loads(RISK_CONFIG.read_text(encoding="utf-8"))["classes"]
    assert config["method"] == "quantile" and config["count"] == 5  # quintiles
    layer = styled("loneliness_risk")
    labels = {}
    for number in range(1, 6):
        found = legend_labels(layer, feature(layer, risk_class=number, risk_score=0.1))
        assert len(found) == 1 and found[0].startswith(f"risicoklasse {number}"), found
        assert config["labels"][number - 1] in found[0]  # the config's name of the class
        labels[number] = found[0]
    assert "hoogste 20 %" in labels[5] and "laagste 20 %" in labels[1]
    # no score (too few factors), or a class a custom config adds: drawn with the rest
    # symbol, an outline, never dropped (QGIS 3.22 gives the rest category no legend key)
    colours = class_colours(layer)
    rest = colours["geen score (te weinig risicofactoren bekend)"].name()
    for odd in (None, 7):
        assert drawn_colour(layer, feature(layer, risk_class=odd)) == rest
    categories = layer.renderer().categories()  # keep alive: categories own their symbols
    rest_fill = [c.symbol().symbolLayer(0) for c in categories if c.value() == ""][0]
    assert rest_fill.brushStyle() == 0 and rest_fill.strokeStyle() != 0  # outline only
    lightness = [colours[labels[n]].lightness() for n in range(1, 6)]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == 5
    high = colours[labels[5]]
    assert high.red() > 2 * high.blue() and high.red() > 2 * high.green(), "dark red"
    # a class field written as real (e.g. from a CSV join) still finds its class
    real = styled("loneliness_risk", [("buurtnaam", "string"), ("risk_class", "double")])
    assert legend_labels(real, feature(real, risk_class=5.0)) == [labels[5]]


def test_loneliness_risk_grid_cells_thin_outline_and_names_only_close_up():
    layer = styled("loneliness_risk")
    categories = layer.renderer().categories()  # keep alive: categories own their symbols
    widths = [c.symbol().symbolLayer(0).strokeWidth() for c in categories if c.value() != ""]
    assert len(widths) == 5 and all(w <= 0.15 for w in widths), "thin outline for 100 m cells"
    # a 100 m cell of class 5, without a name: 200 m over 200 px, the cell at 50..150 px
    _add(layer, "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", risk_class=5)
    image, labels = render_map(layer)
    assert labels == []
    high = [c for c in class_colours(layer) if c.startswith("risicoklasse 5")][0]
    assert QColor(image.pixel(100, 100)).name() == class_colours(layer)[high].name()
    # a named buurt of 400 m (500 m over 200 px of 0.26 mm: about 1:9,600): labelled
    near = styled("loneliness_risk")
    _add(near, "POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))", buurtnaam="Horst", risk_class=3)
    assert render_map(near)[1] == ["Horst"]
    # a named area of 40 km (about 1:760,000): too small a scale for names
    far = styled("loneliness_risk")
    _add(far, "POLYGON((0 0, 40000 0, 40000 40000, 0 40000, 0 0))", buurtnaam="Ver", risk_class=3)
    assert render_map(far)[1] == []


def test_loneliness_estimate_classes_unpublished_grey_and_out_of_range_hatched():
    layer = styled("loneliness_estimate")
    cases = {  # the breaks of the measured figures
        20.0: "minder dan 35 % eenzaam (schatting)",
        35.0: "35–40 % eenzaam (schatting)",
        46.4: "45–50 % eenzaam (schatting)",
        55.0: "55 % of meer eenzaam (schatting)",
    }
    for value, expected in cases.items():
        f = feature(layer, estimate=value, lower=value - 3, upper=value + 3, published=1)
        assert legend_labels(layer, feature(layer, estimate=value, published=1)) == [expected]
        f["out_of_range"] = 0
        assert legend_labels(layer, f) == [expected]
    hatched = "gearceerd: buiten het trainingsbereik (met voorzichtigheid lezen)"
    outside = feature(layer, estimate=52.0, published=1, out_of_range=1)
    assert legend_labels(layer, outside) == ["50–55 % eenzaam (schatting)", hatched]
    # too few residents: no estimate (NULL), grey; no hatch on a value that is not shown
    small = feature(layer, buurtnaam="Klein", estimate=None, published=0, out_of_range=1)
    assert legend_labels(layer, small) == ["niet gepubliceerd (te weinig inwoners)"]
    grey = class_colours(layer)["niet gepubliceerd (te weinig inwoners)"]
    assert grey.red() == grey.green() == grey.blue() and grey.name() != "#ffffff"
    # published but no estimate (a predictor missing): an outline
    assert legend_labels(layer, feature(layer, estimate=None, published=1)) == [
        "geen schatting (gegevens ontbreken)"
    ]
    # the same colours as the measured figures, class by class
    measured = class_colours(styled("loneliness_measured"))
    for label in cases.values():
        same = label.replace("(schatting)", "(18+)")
        assert class_colours(layer)[label].name() == measured[same].name(), label
    assert label_text(layer, small) == "Klein"


def test_loneliness_estimate_out_of_range_symbol_is_hatched_with_a_dashed_outline():
    layer = styled("loneliness_estimate")
    items = layer.renderer().legendSymbolItems()  # keep alive: items own their symbols
    symbol = next(i.symbol() for i in items if i.label().startswith("gearceerd"))
    kinds = [symbol.symbolLayer(n).layerType() for n in range(symbol.symbolLayerCount())]
    assert "LinePatternFill" in kinds
    outline = symbol.symbolLayer(kinds.index("SimpleFill"))
    assert outline.brushStyle() == 0 and outline.strokeStyle() == 2  # NoBrush, Qt.DashLine
    # through the renderer: the class colour with dark hatch lines over it
    _add(layer, "POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))", estimate=46.4, published=1)
    _add(
        layer,
        "POLYGON((0 0, 400 0, 400 400, 0 400, 0 0))",
        estimate=46.4,
        published=1,
        out_of_range=1,
    )
    image, _labels = render_map(layer)
    class_colour = class_colours(layer)["45–50 % eenzaam (schatting)"]
    row = [QColor(image.pixel(x, 60)) for x in range(40, 160)]
    assert any(c.name() == class_colour.name() for c in row)
    assert any(c.lightness() < class_colour.lightness() - 40 for c in row), "hatch lines"


def test_loneliness_estimate_on_the_cross_validated_training_output():
    # the training face writes estimate/lower/upper without published or out_of_range
    layer = styled(
        "loneliness_estimate",
        [("buurtnaam", "string"), ("estimate", "double"), ("lower", "double")]
        + [("upper", "double"), ("note", "string")],
    )
    assert legend_labels(layer, feature(layer, estimate=41.0)) == ["40–45 % eenzaam (schatting)"]
    assert legend_labels(layer, feature(layer, estimate=None)) == [
        "geen schatting (gegevens ontbreken)"
    ]


# ------------------------------------------------------------------- (c) no drift


@pytest.fixture(scope="module")
def builder(qgis_app):
    spec = importlib.util.spec_from_file_location(
        "wijkaanpak_build_styles", REPO / "scripts" / "build_styles.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _built_with(path: Path) -> str:
    match = re.search(r'version="([^"]+)"', path.read_text(encoding="utf-8")[:2000])
    return match.group(1) if match else ""


# What a style means on the map, as the running QGIS reads it. The committed files were built
# with one QGIS (3.22 today); another QGIS writes the same style with other bytes (new
# attributes, random ids), so on every version both the committed file and a fresh build are
# LOADED by this QGIS and what they do is compared: the renderer in full (type, classes,
# ranges, rules with their filters, every symbol with its colours, sizes and data-defined
# properties), the labels (expression, placement, scales, font, colours, halo), field aliases,
# display expression and layer scale/opacity. Left out on purpose: the order of XML attributes,
# the random ids QGIS 3.30+ gives symbol layers and categories, a category's stored value type
# (1 and "1" select the same features: the renderer matches values as text), and label settings
# these styles never use (tab stops, line anchors), which 3.40 defaults differently for a file
# that does not name them.


def _canonical_xml(builder, thing) -> str:
    """A renderer or labeling as canonical XML: sorted attributes, stable ids, no category
    value types."""
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    document.appendChild(thing.save(document, QgsReadWriteContext()))
    text = builder.canonical_qml(document.toString())
    return re.sub(r'(<category [^>]*?) type="[^"]*"', r"\1", text)


def _text_format(text_format) -> dict[str, object]:
    buffer = text_format.buffer()
    return {
        "font family": text_format.font().family(),
        "bold": text_format.font().bold(),
        "italic": text_format.font().italic(),
        "size": (text_format.size(), str(text_format.sizeUnit())),
        "colour": text_format.color().name(QColor.HexArgb),
        "opacity": text_format.opacity(),
        "halo": (
            buffer.enabled(),
            buffer.size(),
            str(buffer.sizeUnit()),
            buffer.color().name(QColor.HexArgb),
            buffer.opacity(),
        ),
        "background": text_format.background().enabled(),
        "shadow": text_format.shadow().enabled(),
    }


def _label_meaning(builder, layer: QgsVectorLayer) -> dict[str, object]:
    labeling = layer.labeling()
    meaning: dict[str, object] = {"enabled": layer.labelsEnabled()}
    if labeling is None:
        return meaning
    meaning["type"] = labeling.type()
    if labeling.type() != "simple":  # not used by these styles yet: compare it in full
        meaning["xml"] = _canonical_xml(builder, labeling)
        return meaning
    settings = labeling.settings()
    properties = settings.dataDefinedProperties()
    meaning.update(
        {
            "text": (settings.fieldName, settings.isExpression),
            "placement": str(settings.placement),
            "inside polygon": (settings.centroidInside, settings.fitInPolygonOnly),
            "distance": (settings.dist, str(settings.distUnits)),
            "multiline": str(settings.multilineAlign),
            "scales": (settings.scaleVisibility, settings.minimumScale, settings.maximumScale),
            "priority": settings.priority,
            "data-defined": sorted(
                (key, properties.property(key).asExpression())
                for key in properties.propertyKeys()
                if properties.property(key).isActive()
            ),
            **_text_format(settings.format()),
        }
    )
    return meaning


def style_meaning(builder, layer: QgsVectorLayer) -> dict[str, object]:
    return {
        "renderer": _canonical_xml(builder, layer.renderer()),
        "labels": _label_meaning(builder, layer),
        "aliases": {f.name(): f.alias() for f in layer.fields()},
        "display expression": layer.displayExpression(),
        "layer": (
            layer.hasScaleBasedVisibility(),
            layer.minimumScale(),
            layer.maximumScale(),
            layer.opacity(),
            str(layer.blendMode()),
        ),
    }


def loaded_meaning(builder, name: str, qml: Path) -> dict[str, object]:
    """Load a QML on the memory layer its builder describes and return what it means."""
    layer = builder.memory_layer(name, builder.STYLES[name]())
    message, ok = layer.loadNamedStyle(str(qml))
    assert ok, f"{qml}: {message}"
    meaning = style_meaning(builder, layer)
    # QGIS swaps a font this machine lacks (Arial on Linux) for one it has when it reads the
    # file, so the font the file names is read from the file itself
    text = qml.read_text(encoding="utf-8")
    meaning["fonts named"] = sorted(re.findall(r'\b(?:fontFamily|family)="([^"]*)"', text))
    return meaning


def meaning_differences(builder, name: str, committed: Path, fresh: Path) -> list[str]:
    """Human-readable differences between two QMLs of one style ([] when they agree)."""
    import difflib

    ours, theirs = loaded_meaning(builder, name, committed), loaded_meaning(builder, name, fresh)
    found = []
    for key in ours:
        if ours[key] == theirs[key]:
            continue
        if isinstance(ours[key], str) and "\n" in ours[key]:
            lines = difflib.unified_diff(
                ours[key].splitlines(), theirs[key].splitlines(), "committed", "fresh", n=0
            )
            detail = "\n".join(list(lines)[2:14])
        elif isinstance(ours[key], dict):
            detail = "; ".join(
                f"{k}: {ours[key].get(k)!r} != {theirs[key].get(k)!r}"
                for k in sorted(set(ours[key]) | set(theirs[key]))
                if ours[key].get(k) != theirs[key].get(k)
            )
        else:
            detail = f"{ours[key]!r} != {theirs[key]!r}"
        found.append(f"{name}: {key}: {detail}")
    return found


def test_committed_qml_files_equal_a_fresh_build(builder, tmp_path):
    """No drift, on every QGIS: the meaning always; byte for byte on the QGIS that built them."""
    committed = sorted(STYLES.glob("*.qml"))
    built = builder.build_all(tmp_path)
    assert [p.name for p in built] == [p.name for p in committed], (
        f"resources/styles and scripts/build_styles.py list different styles; run {REBUILD}"
    )
    versions = {_built_with(p) for p in committed}
    assert len(versions) == 1, f"styles built with several QGIS versions {versions}; run {REBUILD}"
    differences = [
        line
        for p in committed
        for line in meaning_differences(builder, p.stem, p, tmp_path / p.name)
    ]
    assert not differences, (
        f"QGIS {Qgis.QGIS_VERSION}: styles differ from scripts/build_styles.py; run {REBUILD}\n"
        + "\n".join(differences)
    )
    if versions == {Qgis.QGIS_VERSION}:
        drifted = [
            p.name
            for p in committed
            if p.read_text(encoding="utf-8") != (tmp_path / p.name).read_text(encoding="utf-8")
        ]
        assert not drifted, f"{drifted} differ from scripts/build_styles.py; run {REBUILD}"


def _recolour_first_class(spec):
    rule = spec.renderer.rootRule().children()[0]
    rule.symbol().setColor(QColor("#123456"))


def _relabel_first_category(spec):
    spec.renderer.updateCategoryLabel(0, "een andere naam")


def _move_first_break(spec):
    rule = spec.renderer.rootRule().children()[0]
    rule.setFilterExpression(rule.filterExpression().replace("35", "36"))


def _other_label_text(spec):
    settings = spec.labeling.settings()
    settings.fieldName = '"wijknaam"'
    spec.labeling.setSettings(settings)


def _label_font_size(spec):
    settings = spec.labeling.settings()
    text_format = settings.format()
    text_format.setSize(text_format.size() + 1)
    settings.setFormat(text_format)
    spec.labeling.setSettings(settings)


def _other_font(spec):
    settings = spec.labeling.settings()
    text_format = settings.format()
    text_format.setFont(QFont("Verdana"))
    settings.setFormat(text_format)
    spec.labeling.setSettings(settings)


def _other_alias(spec):
    name = sorted(spec.aliases)[0]
    spec.aliases[name] = spec.aliases[name] + " (anders)"


@pytest.mark.parametrize(
    "style_name, change, part",
    [
        ("areas_figures", _recolour_first_class, "renderer"),
        ("areas_figures", _move_first_break, "renderer"),
        ("speelplekken", _relabel_first_category, "renderer"),
        ("ambition_scores", _other_label_text, "labels"),
        ("speelplekken", _label_font_size, "labels"),
        ("ambition_scores", _other_font, "fonts named"),
        ("areas_figures", _other_alias, "aliases"),
    ],
)
def test_the_drift_check_sees_a_changed_style(
    builder, tmp_path, monkeypatch, style_name, change, part
):
    """The meaning comparison catches a colour, a class break, a category label, a label
    expression, a font size, a font and an alias changed in the builder (on this QGIS)."""
    original = builder.STYLES[style_name]

    def changed():
        spec = original()
        change(spec)
        return spec

    monkeypatch.setitem(builder.STYLES, style_name, changed)
    (fresh,) = builder.build_all(tmp_path, [style_name])
    differences = meaning_differences(builder, style_name, STYLES / fresh.name, fresh)
    assert [line.split(": ")[1] for line in differences] == [part], differences


def test_small_areas_and_water_are_greyed_with_the_reason_other_areas_keep_their_colour():
    fields = [
        ("wijknaam", "string"),
        ("buurtnaam", "string"),
        ("aantal_inwoners", "integer"),
        ("eenzaam_18plus", "double"),
    ]
    layer = styled("loneliness_measured", fields)
    small = "minder dan 100 inwoners: geen kleur (te weinig inwoners voor een cijfer)"
    water = "water (geen inwoners): geen kleur"

    def labels(**values):
        return legend_labels(layer, feature(layer, **values))

    assert labels(wijknaam="Lorentz", aantal_inwoners=40, eenzaam_18plus=48.0) == [small]
    assert labels(wijknaam="Groot water", eenzaam_18plus=None) == [water]
    assert labels(wijknaam="Centrum", aantal_inwoners=100, eenzaam_18plus=48.0) == [
        "45–50 % eenzaam (18+)"
    ]
    # a count left empty on land (e.g. CBS buurten 2021 without counts): the figure shows
    assert labels(buurtnaam="Horst", aantal_inwoners=None, eenzaam_18plus=44.8) == [
        "40–45 % eenzaam (18+)"
    ]
    # a layer without the field is never greyed
    bare = styled("loneliness_measured", [("eenzaam_18plus", "double")])
    assert legend_labels(bare, feature(bare, eenzaam_18plus=36.0)) == ["35–40 % eenzaam (18+)"]
    grey = [c for k, c in class_colours(layer).items() if k in (small, water)]
    assert len(grey) == 2 and all(c.red() == c.green() == c.blue() for c in grey)
