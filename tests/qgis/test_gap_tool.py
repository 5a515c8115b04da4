"""The 'Why is this a gap?' map tool on a real canvas.

Its distances must be the reach output's for the same point: the reach algorithm runs on the
hand map and the hand street grid of test_reach_algorithms (whose distances are worked out
by hand there), then the tool is clicked (a synthesized mouse release at the point's pixel)
on every population point. The drawn route over the network is checked against the grid by
hand; a click inside a CBS grid cell of the bundled Noordveluwe sample is measured from the
cell's centre, as the reach output is; and the drawing is saved to out/test/gap_tool.png.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent, QgsRubberBand
from qgis.PyQt.QtCore import QEvent, QPoint, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtWidgets import QApplication

from wijkaanpak.tests.qgis.test_reach_algorithms import (
    EXPECTED_DIST,
    GRID,
    X0,
    Y0,
    _isnull,
    hand_map,
    lines,
    points,
    rows_by,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "noordveluwe.gpkg"
RD = QgsCoordinateReferenceSystem("EPSG:28992")

#: Output field of the reach algorithm per resident group.
DIST_FIELD = {"0-5": "dist_0_5", "6-11": "dist_6_11", "12-17": "dist_12_17", "65+": "dist_meeting"}
PLACE_FIELD = {
    "0-5": "nearest_place_0_5",
    "6-11": "nearest_place_6_11",
    "12-17": "nearest_place_12_17",
    "65+": "nearest_place_meeting",
}
WITHIN_FIELD = {
    "0-5": "within_0_5",
    "6-11": "within_6_11",
    "12-17": "within_12_17",
    "65+": "within_meeting_65plus",
}


@pytest.fixture()
def canvas(qgis_canvas, wijkaanpak_plugin):
    """The session canvas, shown (a hidden canvas keeps a stale map size) in EPSG:28992."""
    window = qgis_canvas.window()
    was_visible = window.isVisible()
    window.show()
    QApplication.processEvents()
    assert qgis_canvas.mapSettings().outputSize().width() > 500
    qgis_canvas.setDestinationCrs(RD)
    yield qgis_canvas
    qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    qgis_canvas.setLayers([])
    if not was_visible:
        window.hide()


def _tool(canvas):
    from wijkaanpak.wijkaanpak_plugin.gui.gap_tool import GapMapTool

    tool = GapMapTool(canvas)
    canvas.setMapTool(tool)
    seen = []
    tool.explained.connect(seen.append)
    tool.failed.connect(seen.append)
    return tool, seen


def _click(canvas, tool, x: float, y: float) -> None:
    """A left-button release at the pixel of map point (x, y) (canvas CRS)."""
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    event = QgsMapMouseEvent(
        canvas,
        QEvent.MouseButtonRelease,
        QPoint(int(round(pixel.x())), int(round(pixel.y()))),
        Qt.LeftButton,
    )
    tool.canvasReleaseEvent(event)


def _layer(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "ogr")
    assert layer.isValid(), uri
    return layer


def _length(path) -> float:
    path = np.asarray(path, dtype=float)
    return float(np.hypot(*np.diff(path, axis=0).T).sum()) if len(path) > 1 else 0.0


def _tool_bands(canvas) -> list:
    return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


def test_tool_distances_are_the_reach_output_on_the_hand_map(run_alg, canvas, tmp_path):
    params = hand_map(tmp_path)
    out = str(tmp_path / "pop.gpkg")
    run_alg("wijkaanpak:playgroundreach", {**params, "OUTPUT_POPULATION": out})
    canvas.setExtent(QgsRectangle(X0 - 600, Y0 - 600, X0 + 2200, Y0 + 2000))
    tool, seen = _tool(canvas)
    population = _layer(params["POPULATION"], "population")
    tool.set_inputs(
        population,
        _layer(params["PLAYGROUNDS"], "playgrounds"),
        _layer(params["MEETING_PLACES"], "meeting"),
        None,
        None,
    )
    names = {1: "P1", 2: "P2", 3: "P3"}
    rows = rows_by(out, "source_fid")
    for fid, row in rows.items():
        point = row.geometry().asPoint()
        # a click a few metres off the house: the tool takes the house itself
        _click(canvas, tool, point.x() + 3.0, point.y() - 2.0)
        explanation = seen[-1]
        assert explanation.origin_fid == fid
        assert explanation.origin == pytest.approx((point.x(), point.y()))
        for g in ("0-5", "6-11", "12-17", "65+"):
            place = explanation.place(g)
            assert place.distance == pytest.approx(row[DIST_FIELD[g]], abs=1e-6), (fid, g)
            assert place.place_id == row[PLACE_FIELD[g]], (fid, g)
            assert int(place.within_norm) == row[WITHIN_FIELD[g]], (fid, g)
            # and the hand count of test_reach_algorithms, so neither can drift alone
            hand = EXPECTED_DIST[fid][("0-5", "6-11", "12-17", "65+").index(g)]
            assert place.distance == pytest.approx(hand, abs=0.01), (fid, g)
            # straight-line: the line drawn is the distance
            assert _length(place.path) == pytest.approx(place.distance, abs=1e-6)
    # A (fid 1): 150 m to P1, outside the 100 m norm for 0-5, in words.
    _click(canvas, tool, X0, Y0 + 150)
    words = seen[-1].lines
    assert words[1] == "0-5 years: 150 m to playground 'P1' (norm 100 m) — outside the norm"
    assert words[-1].startswith("Outside the norm for: 0-5 years, 65+ years")
    assert names[seen[-1].place("12-17").place_id] == "P3"
    # Four routes + their ends + the clicked point; the next click replaces them.
    assert len(_tool_bands(canvas)) == 9
    _click(canvas, tool, X0 + 560, Y0 + 580)
    assert len(_tool_bands(canvas)) == 9
    canvas.unsetMapTool(tool)  # deactivate: the drawing goes
    assert _tool_bands(canvas) == []


def test_tool_routes_over_the_street_grid_hand_count(run_alg, canvas, tmp_path):
    from wijkaanpak.wijkaanpak_plugin.core.norms import user_norm_profile
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import UNSNAPPED

    gpkg = tmp_path / "grid.gpkg"
    network = lines(gpkg, "streets", GRID)
    pop = points(
        gpkg,
        "pop",
        "&field=k:integer",
        [(200, 200, 1), (150, 110, 1), (0, 200, 1), (100, 400, 1)],
    )
    play = points(gpkg, "play", "&field=name:string&field=age_0_5:integer", [(0, 0, "Hoek", 1)])
    out = str(tmp_path / "pop_out.gpkg")
    run_alg(
        "wijkaanpak:playgroundreach",
        {
            "POPULATION": pop,
            "FIELD_0_5": "k",
            "PLAYGROUNDS": play,
            "NETWORK": network,
            "BARRIER_FIELD": "barrier",
            "MAX_SNAP": 50,
            "NORM": 2,
            "USER_0_5": 300,
            "OUTPUT_POPULATION": out,
        },
    )
    canvas.setExtent(QgsRectangle(X0 - 100, Y0 - 100, X0 + 300, Y0 + 500))
    tool, seen = _tool(canvas)
    tool.set_inputs(
        _layer(pop, "pop"),
        _layer(play, "play"),
        None,
        _layer(network, "streets"),
        user_norm_profile(300, 400, 1000, 400),
        barrier_field="barrier",
        max_snap_distance=50,
    )
    rows = rows_by(out, "source_fid")
    for fid, row in rows.items():
        point = row.geometry().asPoint()
        _click(canvas, tool, point.x(), point.y())
        place = seen[-1].place("0-5")
        if _isnull(row["dist_0_5"]):
            assert not place.found and place.reason == UNSNAPPED and len(place.path) == 0
            assert "from the network" in seen[-1].lines[1]
            continue
        assert place.distance == pytest.approx(row["dist_0_5"], abs=1e-6), fid
        # The route drawn is exactly as long as the walking distance.
        assert _length(place.path) == pytest.approx(row["dist_0_5"], abs=1e-6), fid
    # R2 (150, 110), by hand: 10 m down to the street, 50 m west, 100 m south, 100 m west.
    _click(canvas, tool, X0 + 150, Y0 + 110)
    route = seen[-1].place("0-5").path - [X0, Y0]
    np.testing.assert_allclose(route, [(150, 110), (150, 100), (100, 100), (100, 0), (0, 0)])
    assert (
        seen[-1].lines[1] == "0-5 years: 260 m to playground 'Hoek' (norm 300 m) — within the norm"
    )
    # R3 (0, 200) on the barrier x = 0: east, down the middle street, back west: 400 m.
    _click(canvas, tool, X0, Y0 + 200)
    route = seen[-1].place("0-5").path - [X0, Y0]
    np.testing.assert_allclose(route, [(0, 200), (100, 200), (100, 100), (100, 0), (0, 0)])
    # The line on the canvas follows the same vertices (EPSG:28992 canvas: same numbers).
    line = next(b for b in tool._bands if b.numberOfVertices() == 5).asGeometry()
    drawn = np.array([(p.x(), p.y()) for p in line.asPolyline()]) - [X0, Y0]
    np.testing.assert_allclose(drawn, route, atol=1e-6)


def test_tool_works_on_a_canvas_in_another_crs(run_alg, canvas, tmp_path):
    params = hand_map(tmp_path)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    canvas.setDestinationCrs(mercator)
    to_canvas = QgsCoordinateTransform(RD, mercator, QgsProject.instance())
    corner = to_canvas.transform(QgsPointXY(X0 - 600, Y0 - 600))
    far = to_canvas.transform(QgsPointXY(X0 + 2200, Y0 + 2000))
    canvas.setExtent(QgsRectangle(corner, far))
    tool, seen = _tool(canvas)
    tool.set_inputs(
        _layer(params["POPULATION"], "population"),
        _layer(params["PLAYGROUNDS"], "playgrounds"),
        _layer(params["MEETING_PLACES"], "meeting"),
    )
    # B (1000, 300): 300 m to P2 for 6-11 and 12-17, √(500² + 200²) to M1 (hand counts).
    b = to_canvas.transform(QgsPointXY(X0 + 1000, Y0 + 300))
    _click(canvas, tool, b.x(), b.y())
    explanation = seen[-1]
    assert explanation.origin_fid == 2
    assert explanation.place("6-11").distance == pytest.approx(300.0, abs=1e-6)
    assert explanation.place("65+").distance == pytest.approx(math.hypot(500, 200), abs=1e-6)
    # The route is drawn in the canvas's CRS: it starts on B's spot there.
    line = tool._bands[0].asGeometry().asPolyline()
    assert line[0].x() == pytest.approx(b.x(), abs=0.01)
    assert line[0].y() == pytest.approx(b.y(), abs=0.01)


def test_tool_without_playgrounds_says_what_to_choose(canvas):
    tool, seen = _tool(canvas)
    canvas.setExtent(QgsRectangle(X0, Y0, X0 + 100, Y0 + 100))
    assert tool.explain_at(QgsPointXY(X0 + 50, Y0 + 50)) is None
    assert isinstance(seen[-1], str) and "playground layer" in seen[-1]


def _styled(layer: QgsVectorLayer, symbol) -> QgsVectorLayer:
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def test_grid_cell_click_on_noordveluwe_and_picture(run_alg, canvas, tmp_path):
    """A click inside a CBS 100 m cell is the cell, measured from its centre like the reach
    output; the drawing is saved to out/test/gap_tool.png (and looked at)."""
    cells = f"{SAMPLE}|layername=cbs_vierkant100m"
    playgrounds = f"{SAMPLE}|layername=bgt_speeltuin_harderwijk"
    benches = f"{SAMPLE}|layername=bgt_bank"
    out = str(tmp_path / "nv.gpkg")
    run_alg(
        "wijkaanpak:playgroundreach",
        {
            "POPULATION": cells,
            "PLAYGROUNDS": playgrounds,
            "MEETING_PLACES": benches,
            "OUTPUT_POPULATION": out,
        },
    )
    reach = {f["source_fid"]: f for f in _layer(out, "reach").getFeatures()}
    cell_layer = _layer(cells, "CBS 100 m")
    # A Harderwijk cell whose 0-5 children are outside the norm, not the nearest to a place.
    chosen = None
    for feature in cell_layer.getFeatures():
        row = reach.get(feature.id())
        if row is not None and 150 < (row["dist_0_5"] or 0) < 400 and row["dist_meeting"] < 400:
            chosen = feature
            break
    assert chosen is not None
    box = chosen.geometry().boundingBox()
    centre = chosen.geometry().centroid().asPoint()
    row = reach[chosen.id()]
    canvas.setExtent(
        QgsRectangle(centre.x() - 450, centre.y() - 450, centre.x() + 450, centre.y() + 450)
    )
    play_layer = _styled(
        _layer(playgrounds, "speeltuinen"),
        QgsFillSymbol.createSimple({"color": "120,200,120,180", "outline_color": "40,120,40"}),
    )
    bench_layer = _styled(
        _layer(benches, "bankjes"),
        QgsMarkerSymbol.createSimple({"name": "square", "color": "90,90,90", "size": "1.6"}),
    )
    _styled(
        cell_layer,
        QgsFillSymbol.createSimple({"color": "240,235,220,255", "outline_color": "200,190,170"}),
    )
    canvas.setLayers([bench_layer, play_layer, cell_layer])
    tool, seen = _tool(canvas)
    tool.set_inputs(cell_layer, play_layer, bench_layer, None, None)
    # Click in the cell's lower left quarter, 30 m from its centre.
    _click(canvas, tool, box.xMinimum() + 20, box.yMinimum() + 20)
    explanation = seen[-1]
    assert explanation.origin_fid == chosen.id()
    assert explanation.origin == pytest.approx((centre.x(), centre.y()), abs=1e-6)
    for g in ("0-5", "6-11", "12-17", "65+"):
        assert explanation.place(g).distance == pytest.approx(row[DIST_FIELD[g]], abs=1e-6), g
        assert explanation.place(g).place_id == row[PLACE_FIELD[g]], g
    # BGT places have no names: the words say "the nearest ...", never an internal id
    assert "fid" not in explanation.text
    assert "m to the nearest playground (norm" in explanation.lines[1]
    # The picture: the map as the canvas shows it, the tool's rubber bands painted on it as
    # the canvas paints them, and the words under it.
    job = QgsMapRendererSequentialJob(canvas.mapSettings())
    job.start()
    job.waitForFinished()
    shot = job.renderedImage().convertToFormat(QImage.Format_ARGB32)
    painter = QPainter(shot)
    painter.setRenderHint(QPainter.Antialiasing)
    for band in reversed(_tool_bands(canvas)):  # bottom first
        painter.save()
        painter.translate(band.pos())
        band.paint(painter)
        painter.restore()
    painter.end()
    text_height = 22 * (len(explanation.lines) + 2)
    image = QImage(shot.width(), shot.height() + text_height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, shot)
    painter.setFont(QFont("DejaVu Sans", 9))
    painter.drawText(
        QRectF(8, shot.height() + 6, shot.width() - 16, text_height - 8),
        int(Qt.TextWordWrap),
        explanation.text,
    )
    painter.end()
    target = REPO / "out" / "test" / "gap_tool.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target))
    # The routes are really on it: pixels near each group's colour in the map part.
    for group, colour in (("0-5", "#E69F00"), ("6-11", "#0072B2"), ("65+", "#009E73")):
        want = QColor(colour)
        near = 0
        for x in range(0, shot.width(), 2):
            for y in range(0, shot.height(), 2):
                got = QColor(shot.pixel(x, y))
                if (
                    abs(got.red() - want.red())
                    + abs(got.green() - want.green())
                    + abs(got.blue() - want.blue())
                    < 40
                ):
                    near += 1
        assert near > 20, (group, near)


OSDORP = REPO.parent / "shared" / "data" / "networks" / "osdorp_midden_walknet.gpkg"


@pytest.mark.shared_data(OSDORP)
def test_routes_over_the_osdorp_network_are_the_reach_distances(run_alg, canvas, tmp_path):
    """On the real Osdorp-Midden footpath network: for residents around a square, the route
    the tool draws is as long as the walking distance the reach output gives (vertices
    merged within 0.1 m may shift a route by centimetres), and the drawing is saved."""
    net_uri = f"{OSDORP}|layername=osdpm_map"
    cx, cy = 114_600.0, 485_500.0
    gpkg = tmp_path / "osdorp.gpkg"
    rng = np.random.default_rng(3)
    homes = [(float(x), float(y), 2) for x, y in rng.uniform(-250, 250, (12, 2))]
    pop = points(
        gpkg, "pop", "&field=k:integer", [(x + cx - X0, y + cy - Y0, k) for x, y, k in homes]
    )
    play = points(
        gpkg,
        "play",
        "&field=name:string&field=age_0_5:integer&field=age_6_11:integer",
        [
            (cx - X0 + dx, cy - Y0 + dy, name, a, b)
            for dx, dy, name, a, b in (
                (-150, 180, "Pleintje", 1, 1),
                (220, -60, "Speeltuin Oost", 0, 1),
                (-260, -240, "Trapveld", 1, 0),
            )
        ],
    )
    out = str(tmp_path / "reach.gpkg")
    run_alg(
        "wijkaanpak:playgroundreach",
        {
            "POPULATION": pop,
            "FIELD_0_5": "k",
            "FIELD_6_11": "k",
            "PLAYGROUNDS": play,
            "NETWORK": net_uri,
            "OUTPUT_POPULATION": out,
        },
    )
    canvas.setExtent(QgsRectangle(cx - 400, cy - 400, cx + 400, cy + 400))
    network = _styled(
        _layer(net_uri, "voetpaden"),
        QgsLineSymbol.createSimple({"color": "160,160,160", "width": "0.3"}),
    )
    play_layer = _styled(
        _layer(play, "speelplekken"),
        QgsMarkerSymbol.createSimple({"name": "circle", "color": "60,170,60", "size": "3.5"}),
    )
    pop_layer = _styled(
        _layer(pop, "adressen"),
        QgsMarkerSymbol.createSimple({"name": "circle", "color": "120,120,120", "size": "1.8"}),
    )
    canvas.setLayers([play_layer, pop_layer, network])
    tool, seen = _tool(canvas)
    tool.set_inputs(pop_layer, play_layer, None, network, None)
    compared = 0
    for fid, row in rows_by(out, "source_fid").items():
        point = row.geometry().asPoint()
        _click(canvas, tool, point.x(), point.y())
        for g in ("0-5", "6-11"):
            place = seen[-1].place(g)
            if _isnull(row[DIST_FIELD[g]]):
                assert not place.found, (fid, g)
                continue
            assert place.distance == pytest.approx(row[DIST_FIELD[g]], abs=1e-6), (fid, g)
            assert _length(place.path) == pytest.approx(place.distance, abs=0.5), (fid, g)
            compared += 1
    assert compared >= 12
    job = QgsMapRendererSequentialJob(canvas.mapSettings())
    job.start()
    job.waitForFinished()
    shot = job.renderedImage().convertToFormat(QImage.Format_ARGB32)
    painter = QPainter(shot)
    painter.setRenderHint(QPainter.Antialiasing)
    for band in reversed(_tool_bands(canvas)):
        painter.save()
        painter.translate(band.pos())
        band.paint(painter)
        painter.restore()
    painter.end()
    target = REPO / "out" / "test" / "gap_tool_network.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert shot.save(str(target))
