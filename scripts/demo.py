"""`make demo`: the main job on the bundled real sample data, headless.

Runs the plugin's own Processing algorithms (provider ``wijkaanpak``) on
resources/sample/noordveluwe.gpkg and assen.gpkg and writes

    out/demo/wijkscan.gpkg   every result layer
    out/demo/wijkscan.qgz    a QGIS project with the layers styled, opens in QGIS desktop

Run:  /usr/bin/python3 scripts/demo.py --out out/demo
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import REPO, start_qgis  # noqa: E402

SAMPLE = REPO / "resources" / "sample"
NOORDVELUWE = SAMPLE / "noordveluwe.gpkg"
ASSEN = SAMPLE / "assen.gpkg"


def shown(path: Path) -> str:
    """A path as the user typed it: relative to the checkout where possible."""
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return str(path)


class Demo:
    """Runs the steps, collects the layers for the project, prints what it did."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.gpkg = out_dir / "wijkscan.gpkg"
        self.layers: list[tuple[str, str, str, str]] = []  # (group, table, title, style)
        self.results: dict[str, dict] = {}

    def dest(self, table: str, geometry: bool = True) -> str:
        suffix = " (geom)" if geometry else ""
        return f"ogr:dbname='{self.gpkg}' table=\"{table}\"{suffix}"

    def source(self, table: str) -> str:
        return f"{self.gpkg}|layername={table}"

    def run(self, step: str, alg: str, params: dict, layers=()) -> dict:
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        started = time.perf_counter()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result = processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())
        print(f"  {step}: {time.perf_counter() - started:.1f} s")
        self.results[step] = result
        for group, table, title, style in layers:
            self.layers.append((group, table, title, style))
        return result


def import_inventories(demo: Demo) -> None:
    print("1. Inventories and figures")
    r = demo.run(
        "playgrounds",
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{NOORDVELUWE}|layername=bgt_speelvoorziening",
            "KIND": 0,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "GROUP": True,
            "MAX_GAP": 25.0,
            "OUTPUT": demo.dest("speelplekken"),
            "REPORT": str(demo.out_dir / "speelplekken_controle.csv"),
        },
        [("Inventaris", "speelplekken", "Speelplekken (BGT, gegroepeerd)", "speelplekken")],
    )
    print(f"     {r['N_PLACES']} playgrounds from 2,024 BGT play-equipment items")
    r = demo.run(
        "meeting places",
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{NOORDVELUWE}|layername=bgt_bank",
            "KIND": 1,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "OUTPUT": demo.dest("ontmoetingsplekken"),
        },
        [
            (
                "Inventaris",
                "ontmoetingsplekken",
                "Ontmoetingsplekken (BGT-banken)",
                "ontmoetingsplekken",
            )
        ],
    )
    print(f"     {r['N_PLACES']} benches as meeting places")
    for label, areas, code, table, title in (
        (
            "Assen wijken",
            f"{ASSEN}|layername=cbs_wijken_2024",
            "wijkcode",
            "assen_wijken",
            "Assen: wijken 2024 met RIVM 2020",
        ),
        (
            "Ermelo buurten",
            f"{NOORDVELUWE}|layername=cbs_buurten_ermelo_2021",
            "buurtcode",
            "ermelo_buurten",
            "Ermelo: buurten 2021 met RIVM 2020",
        ),
    ):
        figures = ASSEN if label.startswith("Assen") else NOORDVELUWE
        tmp = demo.out_dir / f"_{table}_18.gpkg"
        demo.run(
            f"{label}: RIVM 18+",
            "wijkaanpak:importfigures",
            {
                "AREAS": areas,
                "AREA_CODE_FIELD": code,
                "FIGURES": f"{figures}|layername=rivm_gezondheid_2020",
                "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
                "COLUMNS": [
                    "Eenzaam_28",
                    "ErnstigZeerErnstigEenzaam_29",
                    "EmotioneelEenzaam_30",
                    "SociaalEenzaam_31",
                ],
                "PREFIX": "rivm18_",
                "OUTPUT": str(tmp),
            },
        )
        r = demo.run(
            f"{label}: RIVM 65+",
            "wijkaanpak:importfigures",
            {
                "AREAS": str(tmp),
                "AREA_CODE_FIELD": code,
                "FIGURES": f"{figures}|layername=rivm_gezondheid_2020",
                "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = '65+'",
                "COLUMNS": ["Eenzaam_28", "ErnstigZeerErnstigEenzaam_29"],
                "PREFIX": "rivm65_",
                "OUTPUT": demo.dest(table),
            },
            [("Gebieden", table, title, "areas_figures")],
        )
        tmp.unlink(missing_ok=True)
        print(f"     {label}: {r['N_MATCHED']} of {r['N_AREAS']} areas have RIVM figures")


#: The reach output holds playgrounds and meeting places: two tables of the project, one
#: per kind (written by write_background), so neither is called by the other's name.
PLAYGROUNDS_BY_AGE = "Speelplekken per leeftijdsgroep (grootte: kinderen dichtstbij)"
MEETING_PLACES_65PLUS = "Ontmoetingsplekken (grootte: 65+ dichtstbij)"
PLACE_KINDS = {
    "bereik_speelplekken_kinderen": "playground",
    "bereik_ontmoetingsplekken_65plus": "meeting place",
}


def compute_reach(demo: Demo) -> None:
    print("2. Reach (Noord-Veluwe: CBS 100 m grid, Midden-Drenthe 2011 norms, straight-line)")
    common = {
        "POPULATION": f"{NOORDVELUWE}|layername=cbs_vierkant100m",
        "PLAYGROUNDS": demo.source("speelplekken"),
        "MEETING_PLACES": demo.source("ontmoetingsplekken"),
        "NORM": 0,
        "UNKNOWN_AGES": 0,
        "SUPPRESSED_VALUE": 2.5,  # middle estimate for CBS's hidden small counts
    }
    r = demo.run(
        "reach per wijk",
        "wijkaanpak:playgroundreach",
        dict(
            common,
            AREAS=f"{NOORDVELUWE}|layername=cbs_wijken_2024",
            AREA_CODE_FIELD="wijkcode",
            OUTPUT_POPULATION=demo.dest("bereik_bevolking"),
            OUTPUT_AREAS=demo.dest("bereik_wijken"),
            OUTPUT_PLACES=demo.dest("bereik_speelplekken"),
            OUTPUT_GAPS=demo.dest("bereik_gaten"),
        ),
        [
            (
                "Bereik",
                "bereik_wijken",
                "Bereik per wijk (aandeel 6-11 jaar binnen 400 m)",
                "reach_areas",
            ),
            (
                "Bereik",
                "bereik_gaten",
                "Gaten: bewoonde cellen buiten elke norm (wie mist een plek)",
                "reach_gaps",
            ),
            ("Bereik", "bereik_speelplekken_kinderen", PLAYGROUNDS_BY_AGE, "reach_places"),
            ("Bereik", "bereik_ontmoetingsplekken_65plus", MEETING_PLACES_65PLUS, "reach_places"),
        ],
    )

    def pct(value) -> str:
        return "-" if value is None else f"{100 * value:.1f}%"

    print(
        "     within the norm: 0-5 {}, 6-11 {}, 12-17 {}; 65+ near a meeting place {}".format(
            pct(r["SHARE_WITHIN_0_5"]),
            pct(r["SHARE_WITHIN_6_11"]),
            pct(r["SHARE_WITHIN_12_17"]),
            pct(r["SHARE_65PLUS_WITHIN_MEETING"]),
        )
    )
    print(f"     {r['N_SUPPRESSED']} grid cells with a hidden (suppressed) count, taken as 2.5")
    from osgeo import gdal

    # GDAL says "No geometry column" when QGIS probes the new attribute table: harmless
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    demo.run(
        "reach per buurt",
        "wijkaanpak:playgroundreach",
        dict(
            common,
            POPULATION_AREA_FIELD="buurtcode",
            OUTPUT_AREAS=demo.dest("bereik_buurten", geometry=False),
        ),
    )
    gdal.PopErrorHandler()


TRAINING = SAMPLE / "nl_wijken_2024_training.gpkg"
#: The nine CBS wijk figures every CBS wijk layer has (the model's predictors in the demo).
CBS_WIJK_FIGURES = [
    "aantal_inwoners",
    "0_15",
    "15_25",
    "25_45",
    "45_65",
    "65plus",
    "huishoudens",
    "gem_huishouden_grootte",
    "bevolkingsdichtheid",
]


def compute_loneliness(demo: Demo) -> None:
    print("3. Loneliness")
    for table, areas, code, figures, title in (
        (
            "assen_eenzaamheid",
            f"{ASSEN}|layername=cbs_wijken_2024",
            "wijkcode",
            ASSEN,
            "Assen: eenzaamheid gemeten (RIVM 2020)",
        ),
        (
            "ermelo_eenzaamheid",
            f"{NOORDVELUWE}|layername=cbs_buurten_ermelo_2021",
            "buurtcode",
            NOORDVELUWE,
            "Ermelo: eenzaamheid gemeten per buurt (RIVM 2020)",
        ),
    ):
        tmp = demo.out_dir / f"_{table}.gpkg"
        for age, source, dest in (("18+", areas, str(tmp)), ("65+", str(tmp), demo.dest(table))):
            demo.run(
                f"measured loneliness {table} {age}",
                "wijkaanpak:measuredloneliness",
                {
                    "AREAS": source,
                    "AREA_CODE_FIELD": code,
                    "RIVM_TABLE": f"{figures}|layername=rivm_gezondheid_2020",
                    "RIVM_CODE_FIELD": "Codering_3",
                    "AGE_FIELD": "leeftijdsgroep",
                    "AGE_GROUP": 0 if age == "18+" else 1,
                    "POPULATION_FIELD": "aantal_inwoners" if table.startswith("assen") else "",
                    "OUTPUT": dest,
                },
            )
        tmp.unlink(missing_ok=True)
        demo.layers.append(("Eenzaamheid", table, title, "loneliness_measured"))
    demo.run(
        "risk index on the 100 m grid",
        "wijkaanpak:lonelinessriskindex",
        {
            "AREAS": f"{NOORDVELUWE}|layername=cbs_vierkant100m",
            "OUTPUT": demo.dest("risico_raster"),
        },
        [
            (
                "Eenzaamheid",
                "risico_raster",
                "Risico-index eenzaamheid per 100 m-cel",
                "loneliness_risk",
            )
        ],
    )
    model = demo.out_dir / "eenzaamheid_model.pkl"
    r = demo.run(
        "train small-area model (national wijken)",
        "wijkaanpak:trainlonelinessmodel",
        {
            "AREAS": str(TRAINING),
            "TARGET_FIELD": "eenzaam_18plus",
            "PREDICTORS": CBS_WIJK_FIGURES,
            "GROUP_FIELD": "gemeentecode",
            "CODE_FIELD": "wijkcode",
            "SEED": 1,
            "MODEL": str(model),
        },
    )
    print(
        "     grouped 5-fold CV on {} wijken: R² {:.2f}, MAE {:.2f} pp, Spearman {:.2f}, "
        "90% interval coverage {:.1%} (report: {})".format(
            r["N_TRAIN"], r["R2"], r["MAE"], r["SPEARMAN"], r["COVERAGE"],
            shown(Path(str(model)).with_name("eenzaamheid_model_report.md")),
        )
    )  # fmt: skip
    demo.run(
        "apply model to Noord-Veluwe wijken 2024",
        "wijkaanpak:applylonelinessmodel",
        {
            "MODEL": str(model),
            "AREAS": f"{NOORDVELUWE}|layername=cbs_wijken_2024",
            "POPULATION_FIELD": "aantal_inwoners",
            "OUTPUT": demo.dest("noordveluwe_eenzaamheid_schatting"),
        },
        [
            (
                "Eenzaamheid",
                "noordveluwe_eenzaamheid_schatting",
                "Noord-Veluwe: eenzaamheid 18+ geschat (model)",
                "loneliness_estimate",
            )
        ],
    )


def noordveluwe_definition(demo: Demo) -> Path:
    """The default indicator file, edited as a municipality would: loneliness from the model."""
    import json

    definition = json.loads(
        (REPO / "resources" / "config" / "indicators_default.json").read_text(encoding="utf-8")
    )
    for indicator in definition["indicators"]:
        if indicator.get("field") == "eenzaam_18plus":
            indicator["field"] = "estimate"
            indicator["label_nl"] += " (modelschatting)"
            indicator["label_en"] += " (model estimate)"
    path = demo.out_dir / "indicatoren_noordveluwe.json"
    path.write_text(json.dumps(definition, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def rank(demo: Demo) -> None:
    import processing  # noqa: F401
    from qgis.core import QgsVectorLayer

    print("4. Which wijk next? (1,000 Monte-Carlo draws, weights ±20%)")
    # Noord-Veluwe: model estimate + reach per wijk, joined by wijk code
    tmp = demo.out_dir / "_nv_wijken.gpkg"
    demo.run(
        "join reach to the estimates",
        "wijkaanpak:importfigures",
        {
            "AREAS": demo.source("noordveluwe_eenzaamheid_schatting"),
            "AREA_CODE_FIELD": "wijkcode",
            "FIGURES": demo.source("bereik_wijken"),
            "FIGURES_CODE_FIELD": "wijkcode",
            "COLUMNS": [
                "share_0_5_within_norm",
                "share_6_11_within_norm",
                "share_12_17_within_norm",
                "share_65plus_within_meeting_norm",
                "meeting_places_per_1000_65plus",
            ],
            # the estimates were made on CBS wijken 2024 (their layer name no longer says so)
            "YEAR": 2024,
            "OUTPUT": str(tmp),
        },
    )
    for label, areas, table, definition, title in (
        ("Assen", demo.source("assen_eenzaamheid"), "assen_rangorde", "", "Assen: rangorde wijken"),
        (
            "Noord-Veluwe",
            str(tmp),
            "noordveluwe_rangorde",
            str(noordveluwe_definition(demo)),
            "Noord-Veluwe: rangorde wijken",
        ),
    ):
        r = demo.run(
            f"rank {label}",
            "wijkaanpak:rankareas",
            {
                "AREAS": areas,
                "CODE_FIELD": "wijkcode",
                "POPULATION_FIELD": "aantal_inwoners",
                "MIN_POPULATION": 100,
                "DEFINITION": definition,
                # Assen has no reach figures (ambition opgroeien): ranked on the other
                # ambitions, as its output's ambitions_missing field and the log say
                "ALLOW_MISSING_AMBITIONS": True,
                "DRAWS": 1000,
                "SEED": 20240501,
                "OUTPUT": demo.dest(table),
            },
            [("Wijkagenda", table, title, "rank_areas")],
        )
        layer = QgsVectorLayer(demo.source(table), table, "ogr")
        ranked = sorted((f for f in layer.getFeatures() if f["ranked"]), key=lambda f: f["rank"])
        print(f"     {label}: {r['N_RANKED']} wijken ranked; top 3:")
        for feature in ranked[:3]:
            print(
                "       {:>3}  {:<36} P(first) {:>6.1%}  P(top 3) {:>6.1%}  ranks {}-{}".format(
                    feature["rank_label"].split(" ")[0],
                    f"{feature['wijknaam']} ({feature['wijkcode']})",
                    feature["p_first"],
                    feature["p_top3"],
                    int(feature["rank_p05"]),
                    int(feature["rank_p95"]),
                )
            )
    # the five ambition scores per wijk, which the wijkprofiel dock charts against the
    # municipality (the ranking output holds need and rank, not the scores themselves)
    demo.run(
        "ambition scores Noord-Veluwe",
        "wijkaanpak:ambitionscores",
        {
            "AREAS": str(tmp),
            "CODE_FIELD": "wijkcode",
            "DEFINITION": str(demo.out_dir / "indicatoren_noordveluwe.json"),
            "OUTPUT": demo.dest("noordveluwe_ambities"),
        },
        [("Wijkagenda", "noordveluwe_ambities", "Noord-Veluwe: ambitiescores", "ambition_scores")],
    )
    tmp.unlink(missing_ok=True)
    print("     A signal for conversation with residents, not a verdict on a neighbourhood.")


#: Groups switched on when the project opens; the others are one click away.
VISIBLE_GROUPS = {"Wijkagenda", "Bereik", "Achtergrond"}
#: Layers of a visible group that start switched off (they would cover the ranking).
HIDDEN_LAYERS = {
    "Noord-Veluwe: ambitiescores",
    "Bereik per wijk (aandeel 6-11 jaar binnen 400 m)",
    "Gaten: bewoonde cellen buiten elke norm (wie mist een plek)",
    MEETING_PLACES_65PLUS,
}
#: Group order in the layer tree, top first.
GROUP_ORDER = [
    "Inventaris", "Bereik", "Wijkagenda", "Eenzaamheid", "Gebieden", "Assen", "Achtergrond",
]  # fmt: skip

#: PDOK BRT-Achtergrondkaart (grey), WMTS in RD New: the background Dutch municipal GIS users
#: expect. Only in the project when PDOK answers while the demo runs; the local background
#: below renders offline either way.
PDOK_WMTS = (
    "contextualWMSLegend=0&crs=EPSG:28992&dpiMode=7&featureCount=10&format=image/png"
    "&layers=grijs&styles=default&tileMatrixSet=EPSG:28992"
    "&url=https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0"
    "?request%3DGetCapabilities%26service%3DWMTS"
)
PDOK_TITLE = "PDOK BRT-Achtergrondkaart (grijs)"
PDOK_ATTRIBUTION = "Kadaster / PDOK, BRT-Achtergrondkaart (CC BY 4.0)"


def write_background(demo: Demo) -> None:
    """A quiet offline background in the GeoPackage: the CBS wijken of both sample areas
    (land and water) and their municipalities dissolved from them (the boundaries); and the
    reach per place split by kind (playgrounds, meeting places)."""
    import processing

    wijken = [f"{gpkg}|layername=cbs_wijken_2024" for gpkg in (NOORDVELUWE, ASSEN)]
    processing.run(
        "native:mergevectorlayers",
        {"LAYERS": wijken, "CRS": "EPSG:28992", "OUTPUT": demo.dest("achtergrond_wijken")},
    )
    dissolved = processing.run(
        "native:dissolve",
        {
            "INPUT": demo.source("achtergrond_wijken"),
            "FIELD": ["gemeentecode", "gemeentenaam"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    # the generalised CBS wijken leave slivers between them: holes under 10 ha would draw
    # as boundary lines through the middle of a town
    processing.run(
        "native:deleteholes",
        {"INPUT": dissolved, "MIN_AREA": 100000, "OUTPUT": demo.dest("achtergrond_gemeenten")},
    )
    for table, kind in PLACE_KINDS.items():
        processing.run(
            "native:extractbyattribute",
            {
                "INPUT": demo.source("bereik_speelplekken"),
                "FIELD": "place_kind",
                "OPERATOR": 0,  # =
                "VALUE": kind,
                "OUTPUT": demo.dest(table),
            },
        )


def pdok_background():
    """The PDOK WMTS layer, or None when PDOK cannot be reached (offline: tests and CI)."""
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(PDOK_WMTS, PDOK_TITLE, "wms")
    if not layer.isValid():
        return None
    layer.setAttribution(PDOK_ATTRIBUTION)
    return layer


def write_project(demo: Demo) -> Path:
    """A .qgz next to the GeoPackage, relative paths, layers styled, RD New."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    from wijkaanpak.processing_algorithms.base import apply_style

    write_background(demo)
    project = QgsProject.instance()
    project.clear()
    project.setTitle("Wijkscan: Noord-Veluwe en Assen (Wijkaanpak demo)")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    root = project.layerTreeRoot()
    groups: dict[str, object] = {}
    extent = None
    order = {name: i for i, name in enumerate(GROUP_ORDER)}
    layers = sorted(demo.layers, key=lambda item: order.get(item[0], len(order)))
    areas = QgsVectorLayer(demo.source("achtergrond_wijken"), "Land en water (CBS-wijken)", "ogr")
    apply_style(areas, "background_areas")
    project.addMapLayer(areas, False)
    for group_name, table, title, style in layers:
        layer = QgsVectorLayer(demo.source(table), title, "ogr")
        if not layer.isValid():
            raise SystemExit(f"demo: output layer {table} could not be opened")
        if table == "bereik_wijken":
            join_area_names(layer, areas)
        apply_style(layer, style)
        project.addMapLayer(layer, False)
        if table.startswith("assen_"):
            group_name = "Assen"  # another part of the country: its own group, switched off
        group = groups.get(group_name)
        if group is None:
            group = root.addGroup(group_name)
            groups[group_name] = group
            group.setItemVisibilityChecked(group_name in VISIBLE_GROUPS)
            group.setExpanded(group_name in VISIBLE_GROUPS)
        node = group.addLayer(layer)
        node.setExpanded(False)
        node.setItemVisibilityChecked(title not in HIDDEN_LAYERS)
        if table == "speelplekken":
            extent = layer.extent()
    municipalities = QgsVectorLayer(demo.source("achtergrond_gemeenten"), "Gemeentegrenzen", "ogr")
    apply_style(municipalities, "background_municipalities")
    project.addMapLayer(municipalities, False)
    root.insertLayer(0, municipalities)  # boundaries over every map
    background = root.addGroup("Achtergrond")
    background.addLayer(areas)
    pdok = pdok_background()
    if pdok is not None:
        project.addMapLayer(pdok, False)
        background.addLayer(pdok)
        background.findLayer(areas.id()).setItemVisibilityChecked(False)
        print(f"     background: {PDOK_TITLE} (online) and the local CBS wijken (switched off)")
    else:
        print("     background: local CBS wijken (PDOK not reachable: no WMTS layer added)")
    project.writeEntry("Paths", "/Absolute", False)
    project.setPresetHomePath("")
    if extent is not None:
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    path = demo.out_dir / "wijkscan.qgz"
    if not project.write(str(path)):
        raise SystemExit(f"demo: could not write {path}")
    _keep_style_fonts(path)
    return path


def join_area_names(layer, areas) -> None:
    """The reach per wijk carries only the wijk code: join the CBS name, municipality and
    population, so labels show names and small areas are greyed (aliases from the style)."""
    from qgis.core import QgsVectorLayerJoinInfo

    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(areas)
    join.setJoinFieldName("wijkcode")
    join.setTargetFieldName("wijkcode")
    join.setJoinFieldNamesSubset(["wijknaam", "gemeentenaam", "aantal_inwoners"])
    join.setPrefix("")
    join.setUsingMemoryCache(True)
    layer.addJoin(join)


def _keep_style_fonts(path: Path) -> None:
    """Store fonts this machine's desktop has, so the project opens without font warnings.

    The QML styles name Arial, the usual font on municipal Windows PCs. A plain Debian has no
    Arial: QGIS 3.22 headless records the font it substituted ("DejaVu LGC Sans", itself not
    installed), QGIS 3.40 records "Arial"; either way the desktop warns for every layer. Each
    family Qt does not know is replaced by the family Qt really draws for it here.
    """
    import re
    import zipfile

    from qgis.PyQt.QtGui import QFont, QFontDatabase, QFontInfo

    installed = set(QFontDatabase().families())

    def drawn(match: re.Match) -> str:
        family = match.group(2)
        if family in installed:
            return match.group(0)
        return '{}="{}"'.format(match.group(1), QFontInfo(QFont(family)).family())

    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in members.items():
        if name.endswith(".qgs"):
            text = data.decode("utf-8")
            text = re.sub(r'\b(fontFamily|family)="([^"]+)"', drawn, text)
            members[name] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def export_atlases(demo: Demo) -> None:
    """The council atlas per municipality (wijkaanpak:exportatlas): out/demo/raadsatlas_*.pdf."""
    print("5. Council atlas (raadsatlas)")
    demo.run(
        "ambition scores Assen",
        "wijkaanpak:ambitionscores",
        {
            "AREAS": demo.source("assen_eenzaamheid"),
            "CODE_FIELD": "wijkcode",
            "ALLOW_MISSING_AMBITIONS": True,  # Assen has no reach figures (ambition opgroeien)
            "OUTPUT": demo.dest("assen_ambities"),
        },
    )
    for label, params in (
        (
            "assen",
            {
                "AREAS": demo.source("assen_rangorde"),
                "FIGURES": [demo.source("assen_ambities")],
                "MUNICIPALITY": "Assen",
                "AREA_VINTAGE": "2024",
                "HEALTH_VINTAGE": "2020",
            },
        ),
        (
            "noordveluwe",
            {
                "AREAS": demo.source("noordveluwe_rangorde"),
                "FIGURES": [demo.source("noordveluwe_ambities"), demo.source("bereik_wijken")],
                "PLAYGROUNDS": demo.source("speelplekken"),
                "MEETING_PLACES": demo.source("ontmoetingsplekken"),
                "GAPS": demo.source("bereik_gaten"),
                "DEFINITION": str(demo.out_dir / "indicatoren_noordveluwe.json"),
                "MUNICIPALITY": "Noord-Veluwe (Ermelo, Harderwijk, Zeewolde)",
                "AREA_VINTAGE": "2024",
                "HEALTH_VINTAGE": "2020 (modelschatting)",
                "GRID_VINTAGE": "2019/2020",
                "INVENTORY_VINTAGE": "augustus 2021",
            },
        ),
    ):
        pdf = demo.out_dir / f"raadsatlas_{label}.pdf"
        r = demo.run(
            f"atlas {label}",
            "wijkaanpak:exportatlas",
            dict(params, LANGUAGE=0, ORIENTATION=0, ORDER=0, OUTPUT=str(pdf)),
        )
        print(f"     {shown(pdf)}: {int(r['PAGES'])} pages, {int(r['AREAS'])} areas")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out/demo")
    args = parser.parse_args()
    out_dir = (REPO / args.out).resolve()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    app, _plugin = start_qgis()
    from qgis.PyQt.QtCore import QLocale

    # the demo's layers are Dutch: the words the algorithms write follow the locale
    QLocale.setDefault(QLocale("nl_NL"))
    demo = Demo(out_dir)
    started = time.perf_counter()
    import_inventories(demo)
    compute_reach(demo)
    compute_loneliness(demo)
    rank(demo)
    project = write_project(demo)
    export_atlases(demo)
    seconds = time.perf_counter() - started
    print(f"\nWrote {shown(demo.gpkg)} and {shown(project)} in {seconds:.0f} s")
    print("Open the project in QGIS desktop: qgis " + str(shown(project)))
    print(
        "Data: CBS (CC BY 4.0), BGT (CC0), RIVM/CBS/GGD'en 50090NED (CC BY 4.0); "
        "see resources/sample/README.md"
    )
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
