"""End to end: the demo job on the bundled data (run once), every layer it writes scanned for
missing values written as text, then its project in the real QGIS desktop."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import textwrap
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.desktop
REPO = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent(
    """
    import json
    from qgis.PyQt.QtCore import QTimer
    from qgis.core import QgsApplication, QgsProject
    from qgis.utils import iface

    def check():
        layers = list(QgsProject.instance().mapLayers().values())
        data = {{
            "layers": len(layers),
            "invalid": [l.name() for l in layers if not l.isValid()],
            "messages": [w.text() for w in iface.messageBar().items()],
            "title": QgsProject.instance().title(),
        }}
        iface.mainWindow().grab().save({shot!r})
        with open({result!r}, "w") as handle:
            json.dump(data, handle)
        QgsApplication.exit(0)

    QTimer.singleShot(12000, check)
    """
)


#: Text that stands for a missing value and must never be written (issue 8.4): what
#: ``str()`` makes of float NaN, None, pd.NaT and pd.NA.
MISSING_AS_TEXT = ("nan", "NaN", "None", "NaT", "<NA>")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """The demo job, run ONCE for this module: (output folder, completed process)."""
    out = tmp_path_factory.mktemp("demo") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out, run


def missing_as_text(gpkg: Path) -> dict[str, int]:
    """'table.column' → number of values that are text standing for a missing value, over
    every layer (features and attribute tables) of a GeoPackage, read with sqlite3."""
    found: dict[str, int] = {}
    marks = ", ".join("?" * len(MISSING_AS_TEXT))
    with sqlite3.connect(str(gpkg)) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        for table in tables:
            for column in [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]:
                (count,) = db.execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE typeof("{column}") = \'text\' '
                    f'AND trim("{column}") IN ({marks})',
                    MISSING_AS_TEXT,
                ).fetchone()
                if count:
                    found[f"{table}.{column}"] = count
    return found


def missing_as_text_in_csv(path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for column, value in row.items():
                if (value or "").strip() in MISSING_AS_TEXT:
                    key = f"{path.name}.{column}"
                    found[key] = found.get(key, 0) + 1
    return found


def test_the_scan_finds_missing_values_written_as_text(tmp_path):
    gpkg = tmp_path / "t.gpkg"
    with sqlite3.connect(str(gpkg)) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
        db.execute("CREATE TABLE places (fid INTEGER, name TEXT, inspected DATE, n REAL)")
        db.execute("INSERT INTO gpkg_contents VALUES ('places')")
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [(1, "nan", "NaT", None), (2, "De Wip", None, 1.0), (3, " None", "2024-05-01", None),
             (4, "Nancy", "<NA>", float("nan"))],
        )  # fmt: skip
    assert missing_as_text(gpkg) == {"places.name": 2, "places.inspected": 2}
    report = tmp_path / "r.csv"
    report.write_text("field,value\nname,NaN\nname,\ncondition,None\n", encoding="utf-8")
    assert missing_as_text_in_csv(report) == {"r.csv.value": 2}


def test_the_demo_writes_no_missing_value_as_text(demo_run):
    """Every layer of out/demo/wijkscan.gpkg, all text and date fields of all features, and
    the demo's CSV outputs: empty stays NULL, never 'nan', 'None', 'NaT' or '<NA>'."""
    out, _run = demo_run
    gpkg = out / "wijkscan.gpkg"
    with sqlite3.connect(str(gpkg)) as db:
        (layers,) = db.execute("SELECT COUNT(*) FROM gpkg_contents").fetchone()
    assert layers >= 15  # the scan covers every layer the demo writes
    found = missing_as_text(gpkg)
    for report in sorted(out.glob("*.csv")):
        found.update(missing_as_text_in_csv(report))
    assert found == {}, "missing values written as text: {}".format(found)


def test_demo_runs_and_its_project_opens_cleanly(demo_run, tmp_path, qgis_profile):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run or qgis missing: `make test` installs them")
    out, run = demo_run
    assert "top 3" in run.stdout and "not a verdict" in run.stdout
    # two rankings (Assen, Noord-Veluwe), each printing its top 3 with P(first)
    assert len(re.findall(r"^\s+[123]\s+.+P\(first\)", run.stdout, flags=re.M)) == 6
    project = out / "wijkscan.qgz"
    assert project.exists() and (out / "wijkscan.gpkg").exists()
    # the project file itself, read without QGIS: which layers it holds and where from
    with zipfile.ZipFile(project) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        root = ElementTree.fromstring(archive.read(qgs))
    sources = [layer.findtext("datasource") for layer in root.iter("maplayer")]
    with sqlite3.connect(str(out / "wijkscan.gpkg")) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    own = [s for s in sources if s.startswith("./wijkscan.gpkg|layername=")]
    # every vector layer from the GeoPackage by relative path, the quiet background too; the
    # only other source allowed is the PDOK WMTS, added when PDOK answered during the run
    pdok = [s for s in sources if "service.pdok.nl/brt/achtergrondkaart" in s]
    assert len(own) + len(pdok) == len(sources)
    assert len(pdok) == (0 if "PDOK not reachable" in run.stdout else 1)
    assert {s.split("layername=")[1] for s in own} <= tables

    from qgis.core import Qgis

    # one screenshot per QGIS version: `make test` runs this on both supported Debians
    shot = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0] / "demo_project.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    result = tmp_path / "result.json"
    script = tmp_path / "check.py"
    script.write_text(CHECK.format(shot=str(shot), result=str(result)), encoding="utf-8")
    desktop_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    desktop_env["HOME"] = str(tmp_path)
    subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(qgis_profile), "--project", str(project), "--code", str(script)],
        env=desktop_env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.exists(), "QGIS did not run the check script"
    data = json.loads(result.read_text())
    assert data["invalid"] == []
    # every layer of the project file opened in the desktop (offline here: no PDOK layer)
    assert data["layers"] == len(sources) >= 12
    assert data["messages"] == [], data["messages"]  # e.g. no missing fonts, no broken paths
    assert "Wijkscan" in data["title"]


# ------------------------------------------------------------------- the maps themselves

CODE = re.compile(r"^(WK|BU|GM)\d{4,8}$")


def _rows(gpkg: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(str(gpkg)) as db:
        return db.execute(sql).fetchall()


@pytest.fixture(scope="module")
def demo_project(demo_run):
    """The demo project read offline into its own QgsProject: {table or title: layer}."""
    from qgis.core import QgsProject

    out, _run = demo_run
    project = QgsProject()
    assert project.read(str(out / "wijkscan.qgz"))
    layers = {}
    for layer in project.mapLayers().values():
        layers[layer.name()] = layer
        source = layer.source()
        if "layername=" in source:
            layers.setdefault(source.split("layername=")[1].split("|")[0], layer)
    yield out, project, layers
    project.clear()


def _legend_counts(layer) -> dict[str, int]:
    """Legend entry → number of features QGIS's own legend counter puts in it."""
    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsVectorLayerFeatureCounter,
    )

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    counter = QgsVectorLayerFeatureCounter(layer, context)
    assert counter.run()
    return {
        item.label(): counter.featureCount(item.ruleKey())
        for item in layer.renderer().legendSymbolItems()
        if item.ruleKey()
    }


def test_the_project_opens_offline_with_every_layer_valid(demo_project):
    _out, project, layers = demo_project
    assert project.mapLayers() and all(x.isValid() for x in project.mapLayers().values())
    assert project.crs().authid() == "EPSG:28992"
    # the quiet local background and the municipal boundaries need no network
    assert layers["Land en water (CBS-wijken)"].renderer().type() == "RuleRenderer"
    assert layers["Gemeentegrenzen"].featureCount() == 4  # Zeewolde, Ermelo, Harderwijk, Assen


def test_area_labels_show_names_never_codes(demo_project):
    """Every labelled area layer: the label of each feature is its CBS name (read with
    sqlite3 from the GeoPackage and the CBS background table), never a code."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    out, _project, layers = demo_project
    gpkg = out / "wijkscan.gpkg"
    names = dict(_rows(gpkg, "SELECT wijkcode, wijknaam FROM achtergrond_wijken"))
    checked = 0
    for table in (
        "noordveluwe_rangorde",
        "bereik_wijken",
        "noordveluwe_ambities",
        "assen_rangorde",
    ):
        layer = layers[table]
        assert layer.labelsEnabled(), table
        expression = QgsExpression(layer.labeling().settings().fieldName)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        for feature in layer.getFeatures():
            context.setFeature(feature)
            expression.prepare(context)  # as the label engine does: a missing field is NULL
            label = expression.evaluate(context)
            first = str(label).split("\n")[0]
            assert not CODE.match(first), (table, label)
            assert first == names[feature["wijkcode"]], (table, label)
            checked += 1
    assert checked == 25 + 25 + 25 + 10


def test_no_labels_on_the_100_m_risk_cells(demo_project):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    _out, _project, layers = demo_project
    layer = layers["risico_raster"]
    expression = QgsExpression(layer.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    labels = set()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        expression.prepare(context)
        labels.add(expression.evaluate(context))
    assert layer.featureCount() > 2000 and labels == {None}


def test_legends_list_only_the_values_in_the_data(demo_project):
    """The legend of each categorised layer equals the distinct values of its features,
    counted with sqlite3 from the GeoPackage; every legend entry of a rule-based layer has
    at least one feature."""
    out, _project, layers = demo_project
    gpkg = out / "wijkscan.gpkg"
    for table in ("speelplekken", "ontmoetingsplekken"):
        values = {v for (v,) in _rows(gpkg, f"SELECT DISTINCT place_type FROM {table}")}
        shown = {c.value() for c in layers[table].renderer().categories()}
        assert shown == values, table
    # playgrounds by age group: the youngest group each serves, recomputed in SQL
    youngest = {
        v
        for (v,) in _rows(
            gpkg,
            "SELECT DISTINCT CASE WHEN serves_0_5 = 1 THEN '0_5' WHEN serves_6_11 = 1 THEN "
            "'6_11' WHEN serves_12_17 = 1 THEN '12_17' ELSE 'unknown' END "
            "FROM bereik_speelplekken WHERE place_kind = 'playground'",
        )
    }
    layer = layers["bereik_speelplekken_kinderen"]
    assert {c.value() for c in layer.renderer().categories()} == youngest
    # gaps: who lives there, recomputed in SQL
    who = {
        v
        for (v,) in _rows(
            gpkg,
            "SELECT DISTINCT CASE WHEN kids > 0 AND old > 0 THEN 'both' WHEN kids > 0 THEN "
            "'children' WHEN old > 0 THEN 'seniors' ELSE 'unknown' END FROM (SELECT "
            "coalesce(residents_0_5, 0) + coalesce(residents_6_11, 0) + "
            "coalesce(residents_12_17, 0) AS kids, coalesce(residents_65plus, 0) AS old "
            "FROM bereik_gaten)",
        )
    }
    assert {c.value() for c in layers["bereik_gaten"].renderer().categories()} == who
    for table in ("noordveluwe_rangorde", "bereik_wijken", "risico_raster", "assen_rangorde"):
        counts = _legend_counts(layers[table])
        assert counts and min(counts.values()) > 0, (table, counts)
    # the six rank classes: only those that occur (Noord-Veluwe ranks 21 wijken: all six)
    ranks = [r for (r,) in _rows(gpkg, "SELECT rank FROM assen_rangorde WHERE ranked = 1")]
    rank_entries = [k for k in _legend_counts(layers["assen_rangorde"]) if k.startswith("rang")]
    assert len(rank_entries) == len(
        {min(i for i, top in enumerate((1.5, 2.5, 3.5, 5.5, 10.5, 1e9)) if r < top) for r in ranks}
    )


def test_small_and_unknown_populations_are_greyed_with_the_reason(demo_project):
    """Areas under 100 residents, and areas whose count is empty (water), get the grey hatch
    rule; the counts match sqlite3 over the GeoPackage (reach per wijk: through the join on
    the CBS wijken)."""
    out, _project, layers = demo_project
    gpkg = out / "wijkscan.gpkg"
    small_label = "minder dan 100 inwoners: geen kleur (te weinig inwoners voor een cijfer)"
    unknown_label = "water (geen inwoners): geen kleur"
    join = "FROM bereik_wijken b JOIN achtergrond_wijken w ON w.wijkcode = b.wijkcode"
    ((small,),) = _rows(gpkg, f"SELECT COUNT(*) {join} WHERE w.aantal_inwoners < 100")
    ((unknown,),) = _rows(gpkg, f"SELECT COUNT(*) {join} WHERE w.aantal_inwoners IS NULL")
    assert (small, unknown) == (1, 3)  # Industrieterrein Lorentz; three "Groot water"
    counts = _legend_counts(layers["bereik_wijken"])
    assert counts[small_label] == small and counts[unknown_label] == unknown
    # a small area is never also in a class colour: the classes hold the rest
    ((rest,),) = _rows(gpkg, f"SELECT COUNT(*) {join} WHERE w.aantal_inwoners >= 100")
    classes = sum(v for k, v in counts.items() if "binnen de norm" in k or "geen kinderen" in k)
    assert classes == rest
    # the ranking: not ranked for too few residents, or an unknown count
    counts = _legend_counts(layers["noordveluwe_rangorde"])
    ((small,),) = _rows(
        gpkg, "SELECT COUNT(*) FROM noordveluwe_rangorde WHERE aantal_inwoners < 100"
    )
    ((unknown,),) = _rows(
        gpkg, "SELECT COUNT(*) FROM noordveluwe_rangorde WHERE aantal_inwoners IS NULL"
    )
    reason = "niet gerangschikt: minder inwoners dan het minimum (te weinig voor een rang)"
    assert counts[reason] == small == 1
    assert counts["niet gerangschikt: aantal inwoners onbekend (water of geheim)"] == unknown == 3


def _render(project, layers, extent, path: Path):
    """The map (1000 x 700 px at 96 dpi) with its legend at the right, saved as PNG."""
    from qgis.core import (
        QgsLayerTree,
        QgsLayoutExporter,
        QgsLayoutItemLegend,
        QgsLayoutPoint,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsPrintLayout,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(QSize(1000, 700))
    settings.setOutputDpi(96)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    legend = QgsLayoutItemLegend(layout)
    legend.setAutoUpdateModel(False)
    tree = QgsLayerTree()
    for layer in layers:
        tree.addLayer(layer)
    legend.model().setRootGroup(tree)
    legend.setTitle("Legenda")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(0, 0))
    legend.adjustBoxSize()
    exporter = QgsLayoutExporter(layout)
    legend_png = path.with_name(path.stem + "_legend.png")
    options = QgsLayoutExporter.ImageExportSettings()
    options.dpi = 96
    assert exporter.exportToImage(str(legend_png), options) == QgsLayoutExporter.Success
    size = legend.rect()  # layout units: mm
    key = QImage(str(legend_png)).copy(
        0, 0, int(size.width() * 96 / 25.4) + 4, int(size.height() * 96 / 25.4) + 4
    )
    legend_png.unlink()
    full = QImage(1000 + key.width() + 10, max(700, key.height()), QImage.Format_ARGB32)
    full.fill(QColor("#ffffff"))
    painter = QPainter(full)
    painter.drawImage(0, 0, image)
    painter.drawImage(1010, 0, key)
    painter.end()
    assert full.save(str(path))
    return image


def test_the_demo_maps_render_offline_and_are_kept_for_a_look(demo_project):
    """The project's main maps rendered without network, with their legends, into
    out/test/<QGIS version>/ (look at them): not blank, the quiet background drawn."""
    from qgis.core import Qgis, QgsRectangle
    from qgis.PyQt.QtGui import QColor

    _out, project, layers = demo_project
    folder = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0]
    folder.mkdir(parents=True, exist_ok=True)
    home = project.viewSettings().defaultViewExtent()
    # close up: Harderwijk's Stadsdennen, a wijk with many 100 m cells
    wijken = layers["noordveluwe_rangorde"]
    centre = (
        next(f for f in wijken.getFeatures() if f["wijknaam"] == "Stadsdennen")
        .geometry()
        .centroid()
        .asPoint()
    )
    close = QgsRectangle(centre.x() - 1500, centre.y() - 1050, centre.x() + 1500, centre.y() + 1050)
    background = [layers["Gemeentegrenzen"], layers["achtergrond_wijken"]]
    views = {
        "wijkagenda": (["bereik_speelplekken_kinderen", "noordveluwe_rangorde"], home),
        "bereik": (["bereik_gaten", "bereik_speelplekken_kinderen", "bereik_wijken"], home),
        "risico": (["risico_raster"], close),
    }
    for name, (tables, extent) in views.items():
        shown = [background[0]] + [layers[t] for t in tables] + [background[1]]
        image = _render(project, shown, extent, folder / f"demo_map_{name}.png")
        colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 700, 25)}
        assert len(colours) > 10, name  # not blank
    # the local background alone: land and water in its quiet colours
    image = _render(project, background[::-1][:1], home, folder / "demo_map_achtergrond.png")
    seen = {QColor(image.pixel(x, y)).name() for x in range(0, 1000, 10) for y in range(0, 700, 10)}
    assert {"#f2f0eb", "#d7e6f0"} <= seen


#: Internal values that must never show in a field a Dutch user reads: the machine codes of
#: the ranking (written out here), the ids of the shipped indicator definition (read below)
#: and the English words the algorithms used to write into Dutch layers.
NOT_RANKED_CODES = {"small_population", "population_unknown", "no_total"}
ENGLISH = re.compile(
    r"not ranked|straight-line|play policy|meeting place|fewer than|\bnetwork\b|all areas"
    r"|This layer is a signal|population unknown|no estimate published"
)


def test_no_internal_ids_in_the_fields_a_dutch_user_reads(demo_project):
    """Every text field of every demo layer whose alias does not say it holds codes: no
    indicator or ambition id, no ranking code, no English value (the demo runs in Dutch).
    And every field of the ranking and of the reach per wijk (joined fields too) has a
    Dutch alias."""
    from qgis.PyQt.QtCore import QVariant

    _out, project, _layers = demo_project
    definition = json.loads(
        (REPO / "resources/config/indicators_default.json").read_text(encoding="utf-8")
    )
    ids = {i["id"] for i in definition["indicators"]} | {a["id"] for a in definition["ambitions"]}
    ids |= NOT_RANKED_CODES
    scanned, found = 0, []
    from qgis.core import QgsVectorLayer

    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        for index, field in enumerate(layer.fields()):
            alias = layer.attributeAlias(index)
            if field.type() != QVariant.String or not alias or "(code" in alias:
                continue
            for value in layer.uniqueValues(index):
                if not isinstance(value, str):
                    continue
                scanned += 1
                tokens = {t.strip() for t in value.split(",")}
                if tokens & ids or ENGLISH.search(value):
                    found.append((layer.name(), field.name(), value[:80]))
    assert scanned > 100 and found == []
    for table in ("noordveluwe_rangorde", "bereik_wijken"):
        layer = _layers[table]
        bare = [f.name() for i, f in enumerate(layer.fields()) if not layer.attributeAlias(i)]
        assert bare in ([], ["fid"]), (table, bare)
    # the machine fields are still there, with the codes
    rows = _rows(
        _out / "wijkscan.gpkg",
        "SELECT not_ranked_code, need_driver_1 FROM noordveluwe_rangorde WHERE ranked = 0",
    )
    assert {code for code, _driver in rows} <= NOT_RANKED_CODES and len(rows) == 4
