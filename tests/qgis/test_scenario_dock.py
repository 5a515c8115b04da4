"""The scenario dock and map tool on a tiny map: clicks become changes, figures are counted.

The map (relative to X0, Y0; metres, EPSG:28992) is made here as memory layers: three
playgrounds and one meeting place in the place schema, eight residents' points with their
counts per age group, and two buurten. Every figure the dock shows after a click is checked
against a brute-force count: straight-line distances from every point to every place
present (a double loop), against the Midden-Drenthe 2011 norms (0-5 100 m, 6-11 400 m,
12-17 1,000 m, meeting place 400 m).
"""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt

X0, Y0 = 160_000.0, 480_000.0
RD = QgsCoordinateReferenceSystem("EPSG:28992")
NORM = {"0-5": 100.0, "6-11": 400.0, "12-17": 1000.0, "65+": 400.0}
PLAYGROUNDS = [
    # fid, name, x, y, 0-5, 6-11, 12-17
    (1, "Speeltuin De Eik", 0, 0, 1, 1, 0),
    (2, None, 600, 0, 0, 1, 1),
    (3, "Trapveld", 1500, 900, 0, 0, 1),
]
MEETING = [(1, "Buurthuis", 100, 500)]
RESIDENTS = [
    # x, y, 0-5, 6-11, 12-17, 65+
    (50, 50, 3, 2, 1, 4),
    (200, 0, 2, 1, 0, 1),
    (350, 20, 4, 3, 2, 0),
    (700, 60, 1, 0, 3, 2),
    (900, 400, 2, 2, 2, 6),
    (100, 450, 0, 1, 1, 9),
    (1300, 800, 1, 1, 1, 1),
    (1000, 100, 5, 0, 0, 3),
]
BUURTEN = [
    ("BU01", "Oost-Noord", (-200, -200, 500, 1000)),
    ("BU02", "West", (500, -200, 1600, 1000)),
]


def _memory(uri: str, name: str, rows, geometry) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        values, geom = geometry(row)
        for key, value in values.items():
            feature[key] = value
        feature.setGeometry(geom)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


@pytest.fixture()
def layers(qgis_iface):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    play = _memory(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=age_0_5:integer"
        "&field=age_6_11:integer&field=age_12_17:integer",
        "speelplekken",
        PLAYGROUNDS,
        lambda r: (
            {"name": r[1], "place_type": "playground", "age_0_5": r[4], "age_6_11": r[5],
             "age_12_17": r[6]},
            _point(r[2], r[3]),
        ),
    )  # fmt: skip
    meet = _memory(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=capacity:integer",
        "ontmoetingsplekken",
        MEETING,
        lambda r: (
            {"name": r[1], "place_type": "community centre", "capacity": 50},
            _point(*r[2:]),
        ),
    )
    pop = _memory(
        "Point?crs=EPSG:28992&field=residents_0_5:double&field=residents_6_11:double"
        "&field=residents_12_17:double&field=residents_65plus:double",
        "inwoners",
        RESIDENTS,
        lambda r: (
            {"residents_0_5": r[2], "residents_6_11": r[3], "residents_12_17": r[4],
             "residents_65plus": r[5]},
            _point(r[0], r[1]),
        ),
    )  # fmt: skip

    def box(r):
        x1, y1, x2, y2 = r[2]
        ring = [QgsPointXY(X0 + x, Y0 + y) for x, y in ((x1, y1), (x2, y1), (x2, y2), (x1, y2))]
        return {"buurtcode": r[0], "buurtnaam": r[1]}, QgsGeometry.fromPolygonXY([ring])

    areas = _memory(
        "Polygon?crs=EPSG:28992&field=buurtcode:string&field=buurtnaam:string",
        "buurten",
        BUURTEN,
        box,
    )
    found = {"play": play, "meet": meet, "pop": pop, "areas": areas}
    project.addMapLayers(list(found.values()))
    yield found
    project.removeAllMapLayers()


@pytest.fixture()
def dock(qgis_iface, qgis_canvas, layers, wijkaanpak_plugin):
    from wijkaanpak.wijkaanpak_plugin.gui.scenario_dock import ScenarioDock
    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    WijkaanpakSettings.store(norm_profile="midden_drenthe_2011")
    qgis_canvas.setDestinationCrs(RD)
    widget = ScenarioDock(qgis_iface)
    widget.ui.playgroundLayerCombo.setLayer(layers["play"])
    widget.ui.meetingLayerCombo.setLayer(layers["meet"])
    widget.ui.populationLayerCombo.setLayer(layers["pop"])
    widget.ui.areaLayerCombo.setLayer(layers["areas"])
    widget.ui.areaFieldCombo.setField("buurtcode")
    widget.resize(420, 1500)
    widget.show()
    assert widget.prepare(), widget.message_text()
    yield widget
    widget.cleanup()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


# ------------------------------------------------------------------------------ brute force


def brute_within(places) -> dict:
    """Per resident group: residents within the norm of the nearest suitable place, by a
    double loop over points and places (``places``: (kind, x, y, set of groups))."""
    out = {}
    for k, group in enumerate(("0-5", "6-11", "12-17", "65+")):
        total = 0.0
        for row in RESIDENTS:
            x, y, counts = row[0], row[1], row[2:]
            serving = [p for p in places if group in p[3]]
            best = min((math.hypot(x - p[1], y - p[2]) for p in serving), default=math.inf)
            if best <= NORM[group]:
                total += counts[k]
        out[group] = total
    return out


def base_places():
    places = [
        ("playground", x, y, {g for g, f in zip(("0-5", "6-11", "12-17"), flags) if f})
        for _, _, x, y, *flags in PLAYGROUNDS
    ]
    places += [("meeting place", x, y, {"65+"}) for _, _, x, y in MEETING]
    return places


def _click(canvas, tool, x, y):
    """A left-button release at the pixel of (X0 + x, Y0 + y)."""
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(X0 + x, Y0 + y))
    event = QgsMapMouseEvent(
        canvas,
        QEvent.MouseButtonRelease,
        QPoint(int(round(pixel.x())), int(round(pixel.y()))),
        Qt.LeftButton,
    )
    tool.canvasReleaseEvent(event)


@pytest.fixture()
def canvas(qgis_canvas):
    from qgis.core import QgsRectangle
    from qgis.PyQt.QtWidgets import QApplication

    window = qgis_canvas.window()
    window.show()
    QApplication.processEvents()
    qgis_canvas.setDestinationCrs(RD)
    qgis_canvas.setExtent(QgsRectangle(X0 - 300, Y0 - 300, X0 + 1700, Y0 + 1100))
    qgis_canvas.refresh()
    QApplication.processEvents()
    yield qgis_canvas
    qgis_canvas.unsetMapTool(qgis_canvas.mapTool())


def _snap(canvas, x, y):
    """Where a click at (x, y) lands in map units (a pixel is a few metres wide)."""
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(X0 + x, Y0 + y))
    back = canvas.getCoordinateTransform().toMapCoordinates(
        int(round(pixel.x())), int(round(pixel.y()))
    )
    return back.x() - X0, back.y() - Y0


# ------------------------------------------------------------------------------ tests


def test_form_has_no_designer_connections_and_a_stable_name(dock):
    from wijkaanpak.wijkaanpak_plugin.gui.scenario_dock import FORM_PATH

    assert "<connection>" not in FORM_PATH.read_text()
    assert dock.objectName() == "WijkaanpakScenarioDock"


def test_clicks_add_move_and_remove_with_figures_equal_a_brute_force_count(dock, canvas):
    """Add a playground for 0-5 and 6-11 by clicking; move it; close the named playground
    and the meeting place: after each click the dock's figures are the brute-force
    difference, and the scenario layer holds the changes."""
    places = base_places()
    base = brute_within(places)
    for group, value in base.items():
        assert dock.base.residents_within(group) == pytest.approx(value)

    # 1. add at (300, 50) for 0-5 and 6-11 (the click lands on the nearest pixel)
    dock.set_mode("add")
    assert canvas.mapTool() is dock.tool
    dock.ui.age05Check.setChecked(True)
    dock.ui.age611Check.setChecked(True)
    dock.ui.age1217Check.setChecked(False)
    dock.ui.nameEdit.setText("Nieuwe plek")
    _click(canvas, dock.tool, 300, 50)
    ax, ay = _snap(canvas, 300, 50)
    after = brute_within(places + [("playground", ax, ay, {"0-5", "6-11"})])
    result = dock.last_result
    _check(result, base, after)
    layer = dock.ui.scenarioLayerCombo.currentLayer()
    assert layer is not None and layer.featureCount() == 1
    feature = next(layer.getFeatures())
    assert feature["action"] == "add" and feature["name"] == "Nieuwe plek"
    assert (feature["age_0_5"], feature["age_6_11"], feature["age_12_17"]) == (1, 1, 0)
    assert "Nieuwe plek" in dock.summary_text()

    # 2. move it to (850, 350): first click on it, second where it goes
    dock.set_mode("move")
    _click(canvas, dock.tool, ax, ay)
    assert dock.tool.first_click is not None
    _click(canvas, dock.tool, 850, 350)
    mx, my = _snap(canvas, 850, 350)
    before, after = after, brute_within(places + [("playground", mx, my, {"0-5", "6-11"})])
    _check(dock.last_result, before, after)
    assert layer.featureCount() == 1  # the same feature moved
    geom = next(layer.getFeatures()).geometry().asPoint()
    assert (geom.x() - X0, geom.y() - Y0) == pytest.approx((mx, my), abs=1e-6)

    # 3. close "Speeltuin De Eik" at (0, 0)
    dock.set_mode("remove")
    _click(canvas, dock.tool, 0, 0)
    now = [p for p in places if (p[1], p[2]) != (0, 0)] + [("playground", mx, my, {"0-5", "6-11"})]
    before, after = after, brute_within(now)
    _check(dock.last_result, before, after)
    assert "Speeltuin De Eik" in dock.summary_text()
    assert layer.featureCount() == 2
    removed = [f for f in layer.getFeatures() if f["action"] == "remove"][0]
    assert removed["ref_id"] == 1 and removed["kind"] == "playground"

    # 4. close the meeting place: residents 65+ drop out, and the text says so
    _click(canvas, dock.tool, 100, 500)
    now = [p for p in now if p[0] != "meeting place"]
    before, after = after, brute_within(now)
    _check(dock.last_result, before, after)
    assert after["65+"] == 0 and "residents 65+" in dock.summary_text().lower()

    # the area table speaks of buurten by name, and the shares are the brute-force ones
    assert dock.ui.areasTable.isVisible()
    texts = [dock.ui.areasTable.item(r, 0).text() for r in range(dock.ui.areasTable.rowCount())]
    assert any("Oost-Noord (BU01)" in t for t in texts)


def _check(result, before, after):
    for group in ("0-5", "6-11", "12-17", "65+"):
        change = result.groups[group]
        assert change.within_before == pytest.approx(before[group]), group
        assert change.within_after == pytest.approx(after[group]), group
        # on this map nobody both gains and loses in one edit, so net = difference
        assert change.net == pytest.approx(after[group] - before[group]), group


def test_a_saved_scenario_reopens_and_compares(dock, canvas, tmp_path):
    dock.set_mode("add")
    dock.ui.age05Check.setChecked(True)
    _click(canvas, dock.tool, 900, 380)
    first = {g: dock.scenario.residents_within(g) for g in ("0-5", "6-11", "12-17", "65+")}
    saved = dock.save_scenario(str(tmp_path / "plan_a.gpkg"))
    assert saved is not None and saved.featureCount() == 1
    # a second scenario: close the unnamed playground at (600, 0)
    dock.new_scenario()
    dock.set_mode("remove")
    _click(canvas, dock.tool, 600, 0)
    second_places = [p for p in base_places() if (p[1], p[2]) != (600, 0)]
    assert dock.scenario.residents_within("6-11") == brute_within(second_places)["6-11"]
    totals, _ = dock.compare(saved)
    totals = totals.set_index("group")
    for group, value in first.items():
        assert totals.loc[group, "within_b"] == pytest.approx(value)
    assert dock.ui.compareTable.isVisible()
    # reopening plan A gives the same figures again
    dock.open_scenario(str(tmp_path / "plan_a.gpkg"))
    for group, value in first.items():
        assert dock.scenario.residents_within(group) == pytest.approx(value)


def test_closure_impact_is_sorted_and_counted_by_brute_force(dock):
    frame = dock.compute_closure()
    places = base_places()
    base = brute_within(places)
    for record in frame.to_dict("records"):
        xy = tuple(dock.scenario.place_xy(int(record["place"])) - (X0, Y0))
        without = brute_within(
            [p for p in places if not (abs(p[1] - xy[0]) < 1e-6 and abs(p[2] - xy[1]) < 1e-6)]
        )
        lost = sum(base[g] - without[g] for g in base)
        assert record["lost_total"] == pytest.approx(lost)
    totals = list(frame["lost_total"])
    assert totals == sorted(totals, reverse=True)
    table = dock.ui.closureTable
    assert table.rowCount() == len(frame)
    assert table.item(0, 0).text()  # a label in words, e.g. "playground 'Speeltuin De Eik'"
    assert all("fid" not in table.item(r, 0).text() for r in range(table.rowCount()))


def test_a_playground_without_age_groups_is_refused(dock, canvas):
    dock.set_mode("add")
    for check in (dock.ui.age05Check, dock.ui.age611Check, dock.ui.age1217Check):
        check.setChecked(False)
    _click(canvas, dock.tool, 300, 300)
    assert "age group" in dock.message_text()
    assert dock.scenario is None or not dock.scenario.edits


def test_toolbar_has_the_scenario_button(wijkaanpak_plugin, qgis_iface):
    from wijkaanpak.wijkaanpak_plugin.plugin import ACTION_SCENARIO

    action = next((a for a in wijkaanpak_plugin.actions if a.objectName() == ACTION_SCENARIO), None)
    assert action is not None and action.isCheckable()
    action.setChecked(True)
    assert wijkaanpak_plugin.scenario_dock.isUserVisible()
    action.setChecked(False)


def test_screenshot_of_the_dock(dock, canvas, qtbot):
    """out/test/scenario_dock.png: the dock after a new playground was clicked."""
    from pathlib import Path

    dock.set_mode("add")
    dock.ui.nameEdit.setText("Speelplek Oost")
    _click(canvas, dock.tool, 850, 350)
    dock.compute_closure()
    out = Path(__file__).resolve().parents[2] / "out" / "test"
    out.mkdir(parents=True, exist_ok=True)
    dock.setParent(None)
    dock.show()
    dock.resize(420, 2000)
    qtbot.wait(50)
    last = dock.ui.closureGroup
    bottom = last.mapTo(dock, QPoint(0, last.height())).y() + 8
    target = out / "scenario_dock.png"
    assert dock.grab(QRect(0, 0, dock.width(), bottom)).save(str(target))
    assert target.stat().st_size > 10_000


# ------------------------------------------------------------------------------ over a network

#: A south and a north street joined only by a bridge in the east (relative to X0, Y0): the
#: north street is 200 m from the south one as the crow flies, but 2 km round on foot.
STREETS = [[(0, 0), (1000, 0)], [(0, 200), (1000, 200)], [(1000, 0), (1000, 200)]]
NET_PLAY = [(1, "Zuidspeeltuin", 100, 10, 1, 1, 1)]
NET_RESIDENTS = [
    # x, y, 0-5, 6-11, 12-17, 65+
    (150, 190, 3, 2, 1, 0),
    (300, 15, 2, 5, 1, 0),
    (950, 30, 1, 1, 1, 0),
    (700, 190, 2, 2, 2, 0),
]
SNAP_M = 50.0  # the reach core's default maximum snap distance


def _walk(places) -> dict:
    """Per resident group the residents within the norm over the streets: every point walks
    straight to the nearest point of the nearest street (the leg counts), the streets are cut
    at those spots and searched with a plain Dijkstra (no heap, no library)."""

    def project(p, seg):
        (ax, ay), (bx, by) = seg
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)))
        q = (round(ax + t * dx, 6), round(ay + t * dy, 6))
        return math.hypot(p[0] - q[0], p[1] - q[1]), q

    segments = [(a, b) for line in STREETS for a, b in zip(line, line[1:])]
    cuts = {i: [tuple(map(float, a)), tuple(map(float, b))] for i, (a, b) in enumerate(segments)}
    spots = {}
    located = [(("r", i), (r[0], r[1])) for i, r in enumerate(NET_RESIDENTS)]
    located += [(("p", j), (p[1], p[2])) for j, p in enumerate(places)]
    for key, xy in located:
        leg, i = min((project(xy, s)[0], i) for i, s in enumerate(segments))
        if leg <= SNAP_M:
            spot = project(xy, segments[i])[1]
            spots[key] = (leg, spot)
            cuts[i].append(spot)
    graph = {}
    for i, nodes in cuts.items():
        start = segments[i][0]
        ordered = sorted(set(nodes), key=lambda n: math.hypot(n[0] - start[0], n[1] - start[1]))
        for a, b in zip(ordered, ordered[1:]):
            length = math.hypot(b[0] - a[0], b[1] - a[1])
            graph.setdefault(a, []).append((b, length))
            graph.setdefault(b, []).append((a, length))
    out = {g: 0.0 for g in ("0-5", "6-11", "12-17")}
    for i, row in enumerate(NET_RESIDENTS):
        if ("r", i) not in spots:
            continue
        leg, node = spots[("r", i)]
        dist, settled = {node: 0.0}, set()
        while len(settled) < len(dist):
            here = min((n for n in dist if n not in settled), key=dist.get)
            settled.add(here)
            for there, length in graph.get(here, []):
                dist[there] = min(dist.get(there, math.inf), dist[here] + length)
        for k, group in enumerate(out):
            best = math.inf
            for j, place in enumerate(places):
                if place[3][k] and ("p", j) in spots:
                    p_leg, p_node = spots[("p", j)]
                    best = min(best, leg + dist.get(p_node, math.inf) + p_leg)
            if best <= NORM[group]:
                out[group] += row[2 + k]
    return out


def test_over_the_network_the_figures_equal_a_plain_dijkstra(
    qgis_iface, canvas, layers, monkeypatch
):
    from wijkaanpak.wijkaanpak_plugin.gui.scenario_dock import ScenarioDock

    streets = _memory(
        "LineString?crs=EPSG:28992",
        "straten",
        STREETS,
        lambda s: ({}, QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in s])),
    )
    play = _memory(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=age_0_5:integer"
        "&field=age_6_11:integer&field=age_12_17:integer",
        "speelplekken_net",
        NET_PLAY,
        lambda r: (
            {"name": r[1], "place_type": "playground", "age_0_5": r[4], "age_6_11": r[5],
             "age_12_17": r[6]},
            _point(r[2], r[3]),
        ),
    )  # fmt: skip
    pop = _memory(
        "Point?crs=EPSG:28992&field=residents_0_5:double&field=residents_6_11:double"
        "&field=residents_12_17:double",
        "inwoners_net",
        NET_RESIDENTS,
        lambda r: (
            {"residents_0_5": r[2], "residents_6_11": r[3], "residents_12_17": r[4]},
            _point(r[0], r[1]),
        ),
    )
    QgsProject.instance().addMapLayers([streets, play, pop])
    dock = ScenarioDock(qgis_iface)
    try:
        dock.ui.playgroundLayerCombo.setLayer(play)
        dock.ui.meetingLayerCombo.setLayer(None)
        dock.ui.populationLayerCombo.setLayer(pop)
        dock.ui.networkLayerCombo.setLayer(streets)
        dock.ui.areaLayerCombo.setLayer(None)
        dock.show()
        assert dock.prepare(), dock.message_text()
        assert dock.base.model.distance_type == "network"
        places = [(None, p[2], p[3], (p[4], p[5], p[6])) for p in NET_PLAY]
        base = _walk(places)
        # the child at (150, 190) on the north street is 187 m from Zuidspeeltuin as the
        # crow flies but walks 1,980 m round by the bridge: outside even the 1,000 m norm
        assert base["12-17"] == 1 + 1  # (300, 15) and (950, 30)
        for group, value in base.items():
            assert dock.base.residents_within(group) == pytest.approx(value)
        # a new playground on the north street, for every age group
        dock.set_mode("add")
        for check in (dock.ui.age05Check, dock.ui.age611Check, dock.ui.age1217Check):
            check.setChecked(True)
        _click(canvas, dock.tool, 400, 205)
        x, y = _snap(canvas, 400, 205)
        after = _walk(places + [(None, x, y, (1, 1, 1))])
        assert after != base  # the north street's children gain a place
        for group in base:
            change = dock.last_result.groups[group]
            assert change.within_before == pytest.approx(base[group]), group
            assert change.within_after == pytest.approx(after[group]), group
        # close Zuidspeeltuin: the south street's children walk round to the new one
        dock.set_mode("remove")
        _click(canvas, dock.tool, 100, 10)
        final = _walk([(None, x, y, (1, 1, 1))])
        for group in base:
            assert dock.last_result.groups[group].within_after == pytest.approx(final[group])
        # closure impact over a network tries each place in turn: it can be stopped
        from qgis.PyQt.QtWidgets import QProgressDialog

        monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
        assert dock.compute_closure() is None
        assert "Stopped" in dock.message_text()
        monkeypatch.undo()
        frame = dock.compute_closure()
        # the new playground is the only place left: it keeps everyone within the norm
        assert frame["lost_total"].iloc[0] == pytest.approx(sum(final.values()))
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_a_scenario_edited_by_hand_is_applied_again_when_saved(dock, canvas):
    """The planner changes the new playground's age groups in the attribute table and saves:
    the dock's figures follow (brute force with the new age groups)."""
    dock.set_mode("add")
    dock.ui.age05Check.setChecked(True)
    dock.ui.age611Check.setChecked(False)
    dock.ui.age1217Check.setChecked(False)
    _click(canvas, dock.tool, 1200, 700)
    x, y = _snap(canvas, 1200, 700)
    layer = dock.ui.scenarioLayerCombo.currentLayer()
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    before = brute_within(base_places() + [("playground", x, y, {"0-5"})])
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("age_6_11"), 1)
    assert layer.commitChanges()
    expected = brute_within(base_places() + [("playground", x, y, {"0-5", "6-11"})])
    # the child 6-11 at (1300, 800) is 141 m from it: the change matters
    assert expected["6-11"] == before["6-11"] + 1
    for group, value in expected.items():
        assert dock.scenario.residents_within(group) == pytest.approx(value), group
    assert "against the existing places" in dock.summary_text()


def test_the_norm_is_the_toolbars_active_norm(wijkaanpak_plugin, layers):
    """Another norm chosen on the toolbar: the open dock measures against it again."""
    dock = wijkaanpak_plugin.scenario_dock
    combo = wijkaanpak_plugin.norm_combo
    combo.setCurrentIndex(combo.findData("midden_drenthe_2011"))
    dock.ui.playgroundLayerCombo.setLayer(layers["play"])
    dock.ui.meetingLayerCombo.setLayer(layers["meet"])
    dock.ui.populationLayerCombo.setLayer(layers["pop"])
    dock.ui.areaLayerCombo.setLayer(None)
    dock.setUserVisible(True)
    try:
        assert dock.prepare()
        assert dock.base.norm.key == "midden_drenthe_2011"
        combo.setCurrentIndex(combo.findData("fields_in_trust"))
        assert dock.base.norm.key == "fields_in_trust"
        assert "Fields in Trust" in dock.ui.normLabel.text()
    finally:
        combo.setCurrentIndex(combo.findData("midden_drenthe_2011"))
        dock.setUserVisible(False)
