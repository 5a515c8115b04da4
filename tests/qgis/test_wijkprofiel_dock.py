"""The wijkprofiel dock on the demo's real outputs: every figure shown against the GeoPackage.

The demo job runs once for this module (scripts/demo.py into a scratch folder); its project
is opened as a planner would. The figures the dock shows are compared with the values read
independently from wijkscan.gpkg with sqlite3; the municipality figures with sums and means
computed here in SQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "out" / "test"
RANKING = "Noord-Veluwe: rangorde wijken"
ASSEN_RANKING = "Assen: rangorde wijken"
DEFINITION = json.loads(
    (REPO / "resources" / "config" / "indicators_default.json").read_text(encoding="utf-8")
)
LABELS = {i["id"]: i["label_en"] for i in DEFINITION["indicators"]}
AMBITIONS = {a["id"]: a["label_en"] for a in DEFINITION["ambitions"]}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo job's output folder (wijkscan.gpkg, wijkscan.qgz), run once."""
    out = tmp_path_factory.mktemp("demo_dock") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out


@pytest.fixture()
def dock(demo, wijkaanpak_plugin, qgis_iface, qgis_canvas):
    """The plugin's own dock, shown, on the demo project."""
    project = QgsProject.instance()
    assert project.read(str(demo / "wijkscan.qgz"))
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    dock = wijkaanpak_plugin.wijkprofiel_dock
    assert dock is not None and dock.objectName() == "WijkaanpakWijkprofielDock"
    window = qgis_iface.mainWindow()
    window.show()  # as in QGIS: the dock lives in a shown main window
    dock.resize(460, 980)
    dock.setUserVisible(True)
    yield dock
    dock.close()  # as the user closes it: its toolbar button is released
    window.hide()
    dock.cleanup()
    project.clear()
    dock._area_layer_id = None
    dock._clear_profile()


def layer(name: str) -> QgsVectorLayer:
    (found,) = QgsProject.instance().mapLayersByName(name)
    return found


def query(gpkg: Path, sql: str, *args):
    with sqlite3.connect(str(gpkg)) as db:
        db.row_factory = sqlite3.Row
        return db.execute(sql, args).fetchall()


def one(gpkg: Path, sql: str, *args):
    rows = query(gpkg, sql, *args)
    assert len(rows) == 1, (sql, args, len(rows))
    return rows[0]


def lines(dock) -> list[str]:
    """The profile as the planner reads it: one line per paragraph or table cell."""
    return [t.strip() for t in dock.profileBrowser.toPlainText().split("\n") if t.strip()]


def cells(text: list[str], label: str, n: int, section: str = "") -> list[str]:
    """The ``n`` table cells after the first cell that reads ``label`` (in ``section``)."""
    start = text.index(section) if section else 0
    assert label in text[start:], (label, text)
    i = text.index(label, start)
    return text[i + 1 : i + 1 + n]


def pct(fraction, decimals=1) -> str:
    return "{:.{}f}%".format(100 * fraction, decimals)


def click(dock, canvas, area_layer: QgsVectorLayer, code: str) -> None:
    """A left click at an interior point of the area, through the dock's map tool."""
    feature = next(area_layer.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"wijkcode\" = '{}'".format(code))))  # fmt: skip
    inside = feature.geometry().pointOnSurface().asPoint()
    canvas.setExtent(area_layer.extent())
    canvas.refresh()
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(inside))
    event = QgsMapMouseEvent(
        canvas,
        QEvent.MouseButtonRelease,
        QPoint(int(round(pixel.x())), int(round(pixel.y()))),
        Qt.LeftButton,
    )
    canvas.setMapTool(dock.pick_tool)
    dock.pick_tool.canvasReleaseEvent(event)


def test_click_an_area_and_every_figure_is_the_layers(dock, demo, qgis_iface, qgis_canvas):
    gpkg = demo / "wijkscan.gpkg"
    ranking = layer(RANKING)
    qgis_iface.setActiveLayer(ranking)
    dock.follow_layer(ranking)
    assert dock.areaCombo.count() == 25  # every wijk of the layer in the searchable list
    click(dock, qgis_canvas, ranking, "WK023302")
    profile = dock.profile()
    assert profile is not None and profile.code == "WK023302"
    # the clicked area is selected, so the map shows which area the profile is of
    assert [f["wijkcode"] for f in ranking.selectedFeatures()] == ["WK023302"]
    ranking.removeSelection()
    text = lines(dock)
    joined = " ".join(text)
    title = dock.titleLabel.text()

    rank = one(gpkg, "SELECT * FROM noordveluwe_rangorde WHERE wijkcode = 'WK023302'")
    assert rank["wijknaam"] in title and "WK023302" in title
    assert "{:,.0f} residents".format(rank["aantal_inwoners"]) in title  # INTEGER or REAL
    # rank with its interval and P(top 3); "of N": the ranked wijken of the layer
    (n_ranked,) = one(gpkg, "SELECT COUNT(*) FROM noordveluwe_rangorde WHERE ranked = 1")
    assert (
        "Rank {} of {} (90% of the draws between {} and {})".format(
            int(rank["rank"]), n_ranked, int(rank["rank_p05"]), int(rank["rank_p95"])
        )
        in text
    )
    assert (
        "Probability of the top 3: {} · of first place: {}".format(
            pct(rank["p_top3"], 0), pct(rank["p_first"], 0)
        )
        in text
    )
    # the three need drivers in words (labels of the definition file, never ids)
    drivers = [rank["need_driver_{}".format(i)] for i in (1, 2, 3)]
    for driver in drivers:
        assert LABELS[driver] in text and driver not in text

    # ambition scores, and the municipality's mean over its wijken with 100+ residents
    scores = one(gpkg, "SELECT * FROM noordveluwe_ambities WHERE wijkcode = 'WK023302'")
    for ambition, label in AMBITIONS.items():
        column = "ambition_" + ambition
        (mean,) = one(
            gpkg,
            'SELECT AVG("{}") FROM noordveluwe_ambities WHERE substr(wijkcode, 3, 4) = ? '
            "AND aantal_inwoners >= 100".format(column),
            "0233",
        )
        assert cells(text, label, 2) == ["{:.2f}".format(scores[column]), "{:.2f}".format(mean)]
        row = next(r for r in dock.chart.data().rows if r.label == label)
        assert row.area == pytest.approx(scores[column])
        assert row.municipality == pytest.approx(mean)
    assert cells(text, "Total", 1) == ["{:.2f}".format(scores["total_score"])]
    assert dock.chart.isVisibleTo(dock)

    # residents by CBS age group (percentages of the CBS key figures)
    bands = [rank[c] for c in ("0_15", "15_25", "25_45", "45_65", "65plus")]
    assert cells(text, "share of residents", 5) == ["{:g}%".format(b) for b in bands]
    # age groups of the norms from the reach output, with the CBS band split stated
    reach = one(gpkg, "SELECT * FROM bereik_wijken WHERE wijkcode = 'WK023302'")
    groups = ("0_5", "6_11", "12_17", "65plus")
    assert cells(text, "residents", 4) == [
        "{:,.0f}".format(reach["residents_" + g]) for g in groups
    ]
    assert reach["age_split"] in text

    # loneliness: the model's estimate, interval, and that it is modelled
    assert (
        "Lonely, adults 18+: {:.1f}% (interval {:.1f}% to {:.1f}%) — modelled".format(
            rank["estimate"], rank["lower"], rank["upper"]
        )
        in text
    )

    # reach per age group against the norm, the municipality's figure beside it
    for group, label, metres in (("0_5", "0-5 (playground)", "100 m"),
                                 ("6_11", "6-11 (playground)", "400 m"),
                                 ("12_17", "12-17 (playground)", "1,000 m")):  # fmt: skip
        (inside, total) = one(
            gpkg,
            "SELECT SUM(residents_{0}_within_norm), SUM(residents_{0}) FROM bereik_wijken "
            "WHERE substr(wijkcode, 3, 4) = '0233'".format(group),
        )
        here = "{} ({:,.0f} of {:,.0f})".format(
            pct(reach["share_{}_within_norm".format(group)]),
            reach["residents_{}_within_norm".format(group)],
            reach["residents_" + group],
        )
        assert cells(text, label, 3) == [metres, here, pct(inside / total)]
    assert "Norm: {}.".format(reach["norm"]) in joined

    # meeting places inside: counted here with QGIS's own geometry test
    area = next(ranking.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"wijkcode\" = 'WK023302'"))).geometry()  # fmt: skip
    benches = layer("Ontmoetingsplekken (BGT-banken)")
    inside = sum(area.contains(f.geometry()) for f in benches.getFeatures())
    assert inside == reach["meeting_places"] == 2
    assert "Meeting places: {} (bench: {})".format(inside, inside) in text
    # the sentence, and the source of every figure
    assert dock.signalLabel.text() == (
        "This profile is a signal for conversation with residents, not a verdict on a "
        "neighbourhood."
    )
    assert (
        "Sources and vintage" in text and "Bereik per wijk (aandeel 6-11 jaar binnen 400 m)" in text
    )

    SHOTS.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()
    assert dock.widget().grab().save(str(SHOTS / "wijkprofiel_dock.png"))


def test_a_small_area_shows_no_figures_about_people_only_why(dock, demo):
    gpkg = demo / "wijkscan.gpkg"
    ranking = layer(RANKING)
    dock.follow_layer(ranking)
    assert dock.choose("Industrieterrein Lorentz")
    small = one(gpkg, "SELECT * FROM noordveluwe_rangorde WHERE wijkcode = 'WK024313'")
    assert small["aantal_inwoners"] < 100
    profile = dock.profile()
    assert profile.code == "WK024313" and profile.withheld == "below"
    text = " ".join(lines(dock))
    assert "fewer than 100 residents" in text
    reach = one(gpkg, "SELECT * FROM bereik_wijken WHERE wijkcode = 'WK024313'")
    # none of its figures about people is shown: no residents, ages, rank, scores, reach
    assert "residents ·" not in dock.titleLabel.text()
    assert str(small["aantal_inwoners"]) not in dock.titleLabel.text()
    for heading in ("Wijkagenda", "Loneliness", "Within walking distance", "Rank "):
        assert heading not in text
    assert pct(reach["share_6_11_within_norm"]) not in text
    assert not dock.chart.isVisibleTo(dock)
    assert "Playgrounds and meeting places in this area" in text  # places are not people
    SHOTS.mkdir(parents=True, exist_ok=True)
    dock.widget().grab().save(str(SHOTS / "wijkprofiel_dock_small_area.png"))


def test_measured_loneliness_and_what_is_not_available(dock, demo):
    """Assen: measured RIVM figures with their year; no reach or scores: say what to run."""
    gpkg = demo / "wijkscan.gpkg"
    assen = layer(ASSEN_RANKING)
    dock.follow_layer(assen)
    assert dock.choose("WK010604")  # Pittelo, by its code
    row = one(gpkg, "SELECT * FROM assen_eenzaamheid WHERE wijkcode = 'WK010604'")
    text = lines(dock)
    for label, field in (("Lonely, adults 18+", "eenzaam_18plus"),
                         ("Severely lonely, adults 18+", "ernstig_eenzaam_18plus"),
                         ("Lonely, residents 65+", "eenzaam_65plus"),
                         ("Severely lonely, residents 65+", "ernstig_eenzaam_65plus")):  # fmt: skip
        assert cells(text, label, 1, "Loneliness") == ["{:.1f}%".format(row[field])]
    assert row["eenzaam_18plus"] == 49.7  # the published figure for Pittelo
    assert "Measured by RIVM 50090NED, {} (Gezondheidsmonitor).".format(row["vintage"]) in text
    joined = " ".join(text)
    assert "not available — run Ambition scores" in joined
    assert "not available — run Playground and meeting-place reach" in joined
    assert not dock.chart.isVisibleTo(dock)


def test_export_png_and_html_with_the_numbers(dock, demo, tmp_path):
    gpkg = demo / "wijkscan.gpkg"
    ranking = layer(RANKING)
    dock.follow_layer(ranking)
    assert dock.choose("Tweelingstad (WK024310)")
    rank = one(gpkg, "SELECT * FROM noordveluwe_rangorde WHERE wijkcode = 'WK024310'")
    scores = one(gpkg, "SELECT * FROM noordveluwe_ambities WHERE wijkcode = 'WK024310'")
    reach = one(gpkg, "SELECT * FROM bereik_wijken WHERE wijkcode = 'WK024310'")
    html_path, png_path = tmp_path / "profile.html", tmp_path / "profile.png"
    assert dock.export_html(str(html_path)) and dock.export_png(str(png_path))
    html = html_path.read_text(encoding="utf-8")
    assert html.startswith('<div class="wijkprofiel"')
    assert "<html" not in html.lower()  # a fragment, to paste into a report or page
    assert "Tweelingstad" in html and "WK024310" in html
    assert "Rank {} of ".format(int(rank["rank"])) in html
    assert ">{:.2f}<".format(scores["ambition_ontmoeten"]) in html
    assert ">{:.2f}<".format(scores["total_score"]) in html
    assert pct(reach["share_0_5_within_norm"]) in html
    assert LABELS[rank["need_driver_1"]] in html
    assert "data:image/png;base64," in html  # the chart travels inside the fragment
    assert "not a verdict on a neighbourhood" in html
    image = QImage(str(png_path))
    assert not image.isNull() and image.width() >= 1000 and image.height() > image.width()


def test_the_dock_follows_selection_and_reads_a_changed_layer_again(dock, demo):
    ranking = layer(RANKING)
    dock.follow_layer(ranking)
    fids = {f["wijkcode"]: f.id() for f in ranking.getFeatures()}
    ranking.selectByIds([fids["WK024305"]])
    assert dock.profile().code == "WK024305"
    ranking.removeSelection()
    reads = dock.tables.reads
    dock.show_area("WK024305")
    assert dock.tables.reads == reads  # switching areas reads no layer again
    # an edit to the layer: the dock reads it again and shows the new value
    assert ranking.startEditing()
    index = ranking.fields().indexOf("p_top3")
    assert ranking.changeAttributeValue(fids["WK024305"], index, 0.42)
    assert ranking.commitChanges()
    dock.show_area("WK024305")
    assert dock.tables.reads > reads
    assert "Probability of the top 3: 42%" in " ".join(lines(dock))


def test_type_part_of_a_name_and_pick_it_from_the_list(dock, demo, qtbot):
    """As a planner searches: type part of a name, the list offers the matches, pick one."""
    ranking = layer(RANKING)
    dock.follow_layer(ranking)
    names = {
        row["wijkcode"]: row["wijknaam"]
        for row in query(
            demo / "wijkscan.gpkg", "SELECT wijkcode, wijknaam FROM noordveluwe_rangorde"
        )
    }
    completer = dock.areaCombo.completer()
    edit = dock.areaCombo.lineEdit()
    edit.clear()
    qtbot.keyClicks(edit, "stad")  # inside the name, any case
    offered = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    expected = sorted(
        "{} ({})".format(name, code) for code, name in names.items() if "stad" in name.lower()
    )
    assert sorted(offered) == expected and len(expected) >= 2
    with qtbot.waitSignal(dock.areaShown, timeout=2000) as shown:
        completer.activated[str].emit(offered[0])
    code = offered[0].rsplit("(", 1)[1].rstrip(")")
    assert shown.args == [code] and dock.profile().name == names[code]


def test_playgrounds_inside_with_their_condition_where_assessed(dock, demo):
    ranking = layer(RANKING)
    dock.follow_layer(ranking)
    area = next(
        ranking.getFeatures(QgsFeatureRequest().setFilterExpression("\"wijkcode\" = 'WK024310'"))
    ).geometry()
    playgrounds = layer("Speelplekken (BGT, gegroepeerd)")
    inside = [f for f in playgrounds.getFeatures() if area.contains(f.geometry())]
    assert len(inside) > 5
    types = {}
    for feature in inside:
        types[feature["place_type"]] = types.get(feature["place_type"], 0) + 1
    # a planner names and assesses one of them (as the assessment dock would write it)
    assessed = inside[0]
    assert playgrounds.startEditing()
    fields = playgrounds.fields()
    for name, value in (("name", "De Wip"), ("condition", "goed"),
                        ("last_inspection", "2025-04-01")):  # fmt: skip
        assert playgrounds.changeAttributeValue(assessed.id(), fields.indexOf(name), value)
    assert playgrounds.commitChanges()
    dock.show_area("WK024310")
    text = lines(dock)
    assert "Playgrounds: {} (condition assessed for 1)".format(len(inside)) in text
    words = {"speelplek": "play spot", "speeltuin": "playground"}
    assert set(types) <= set(words)  # the types the demo's BGT import makes
    ages = ", ".join(
        g for g, f in (("0-5", "age_0_5"), ("6-11", "age_6_11"), ("12-17", "age_12_17"))
        if assessed[f] == 1
    ) or "ages unknown"  # fmt: skip
    assert cells(text, "De Wip", 3) == [
        words[assessed["place_type"]],
        ages,
        "good (2025-04-01)",
    ]
    types[assessed["place_type"]] -= 1
    rest = ", ".join(
        "{}: {}".format(words[t], n)
        for t, n in sorted(types.items(), key=lambda item: _first_seen(inside[1:], item[0]))
        if n
    )
    assert "Without a name and not assessed: {}".format(rest) in text


def _first_seen(features, place_type) -> int:
    return next(i for i, f in enumerate(features) if f["place_type"] == place_type)


def test_every_figure_names_the_year_of_its_data(dock, demo):
    """The import algorithms record the CBS year of the areas (field 'jaar'), the later
    algorithms keep it: the dock names it, and RIVM's year for measured loneliness. The
    expected years come from the sample data: the CBS wijken table is named for its year
    (cbs_wijken_2024, resources/sample/README.md) and the RIVM table has a column jaar."""
    sample = REPO / "resources" / "sample"
    tables = [
        r["table_name"]
        for r in query(sample / "assen.gpkg", "SELECT table_name FROM gpkg_contents")
    ]
    assert "cbs_wijken_2024" in tables
    cbs_year = "2024"
    (rivm,) = query(sample / "assen.gpkg", "SELECT DISTINCT jaar FROM rivm_gezondheid_2020")
    rivm_year = str(rivm["jaar"])
    assert rivm_year == "2020"

    def year_cells(text: list) -> dict:
        start = text.index("Sources and vintage")
        rows = text[start + 4 :]  # after the heading and the header row
        return {
            rows[i]: rows[i + 2] for i in range(0, len(rows) - 2, 3) if not rows[i].startswith("–")
        }

    dock.follow_layer(layer(ASSEN_RANKING))
    assert dock.choose("WK010604")
    years = year_cells(lines(dock))
    assert years["Residents"] == years["Age groups (CBS)"] == years["Rank"] == "CBS " + cbs_year
    assert years["Loneliness, measured"] == "RIVM " + rivm_year

    dock.follow_layer(layer(RANKING))
    assert dock.choose("WK023302")
    years = year_cells(lines(dock))
    for figures in (
        "Residents",
        "Age groups (CBS)",
        "Loneliness, modelled",
        "Ambition scores",
        "Rank",
    ):
        assert years[figures] == "CBS " + cbs_year, figures
    # the reach output is computed from the 100 m grid and records no year: said so
    assert years["Reach"] == "–"
    assert "the layer records no year" in " ".join(lines(dock))
