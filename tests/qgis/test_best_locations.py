"""Best locations for k new places (wijkaanpak:bestlocations) through processing.run.

A tiny hand map in EPSG:28992 (X0, Y0 + metres), the norm 6-11 = 400 m (Midden-Drenthe):

    residents 6-11      A (0 m) 10      B (1000 m) 5      C (2000 m) 7      D (2100 m) 3
    existing            P1 at A serves 6-11; P2 at B does NOT serve 6-11 (age_6_11 = 0)
    candidates          c0 at 1000 m, c1 at 2050 m, c2 at 5000 m, c3 at 1010 m
    areas               WK01 x -200..1500 (A, B), WK02 x 1500..2500 (C, D)

Today only A is within the norm (10 of 25 = 40 %). c1 reaches C and D (10), c0 and c3 reach
B (5), c2 nobody. So k = 2 gives c1 (+10, 80 %) then c0 (+5, 100 %; c3 reaches the same
and comes later). Per area: WK01 15 residents, 10 before, +5; WK02 10, 0 before, +10.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

X0, Y0 = 150_000.0, 450_000.0
ALG = "wijkaanpak:bestlocations"


def _write(layer: QgsVectorLayer, path: Path, name: str) -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    error = result[0] if isinstance(result, tuple) else result
    assert error == QgsVectorFileWriter.NoError, result
    return f"{path}|layername={name}"


def _layer(uri: str, rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "m", "memory")
    features = []
    for geometry, attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attrs)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _pt(x: float, y: float = 0.0) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def _box(x0: float, x1: float) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"MULTIPOLYGON((({X0 + x0} {Y0 - 200}, {X0 + x1} {Y0 - 200}, {X0 + x1} {Y0 + 200}, "
        f"{X0 + x0} {Y0 + 200}, {X0 + x0} {Y0 - 200})))"
    )


@pytest.fixture()
def tiny(tmp_path):
    gpkg = tmp_path / "tiny.gpkg"
    crs = "crs=EPSG:28992"
    population = _layer(
        f"Point?{crs}&field=residents_6_11:integer&field=residents_65plus:integer",
        [(_pt(0), [10, 1]), (_pt(1000), [5, 1]), (_pt(2000), [7, 1]), (_pt(2100), [3, 1])],
    )
    existing = _layer(
        f"Point?{crs}&field=name:string&field=age_6_11:integer",
        [(_pt(0), ["P1", 1]), (_pt(1000), ["P2", 0])],
    )
    candidates = _layer(
        f"Point?{crs}&field=plot:string",
        [(_pt(1000), ["c0"]), (_pt(2050), ["c1"]), (_pt(5000), ["c2"]), (_pt(1010), ["c3"])],
    )
    areas = _layer(
        f"MultiPolygon?{crs}&field=wijkcode:string&field=eenzaam:double",
        [(_box(-200, 1500), ["WK01", 3.0]), (_box(1500, 2500), ["WK02", 1.0])],
    )
    network = _layer(
        f"LineString?{crs}",
        [(QgsGeometry.fromWkt(f"LINESTRING({X0 - 100} {Y0}, {X0 + 2600} {Y0})"), [])],
    )
    return {
        "POPULATION": _write(population, gpkg, "population"),
        "EXISTING": _write(existing, gpkg, "existing"),
        "CANDIDATES": _write(candidates, gpkg, "candidates"),
        "AREAS": _write(areas, gpkg, "areas"),
        "NETWORK": _write(network, gpkg, "network"),
        "dir": tmp_path,
    }


def _params(tiny, **extra) -> dict:
    params = {
        "POPULATION": tiny["POPULATION"],
        "GROUP": 1,  # 6-11
        "COUNT_FIELD": "residents_6_11",
        "EXISTING": tiny["EXISTING"],
        "CANDIDATES": tiny["CANDIDATES"],
        "AREAS": tiny["AREAS"],
        "AREA_CODE_FIELD": "wijkcode",
        "K": 2,
        "NORM": 0,
        "METHOD": 0,
        "OUTPUT_SITES": str(tiny["dir"] / "sites.gpkg"),
        "OUTPUT_AREAS": str(tiny["dir"] / "areas_out.gpkg"),
    }
    params.update(extra)
    return params


def _rows(path: str, order: str) -> list[dict]:
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    rows = [
        {**{f.name(): f2 for f, f2 in zip(layer.fields(), feat.attributes())}, "_geom": feat}
        for feat in layer.getFeatures()
    ]
    return sorted(rows, key=lambda r: r[order])


def _x(row) -> float:
    return row["_geom"].geometry().asPoint().x() - X0


@pytest.mark.parametrize("method", [0, 1])
def test_hand_counted_tiny_map(tiny, run_alg, method):
    result = run_alg(ALG, _params(tiny, METHOD=method))
    assert result["N_SITES"] == 2
    assert result["RESIDENTS_OUTSIDE"] == 15
    assert result["RESIDENTS_NEWLY_REACHED"] == 15
    assert result["SHARE_BEFORE"] == pytest.approx(0.4)
    assert result["SHARE_AFTER"] == pytest.approx(1.0)
    sites = _rows(result["OUTPUT_SITES"], "rank")
    assert [r["rank"] for r in sites] == [1, 2]
    assert [_x(r) for r in sites] == [2050.0, 1000.0]
    assert [r["gain"] for r in sites] == [10.0, 5.0]
    assert [r["cumulative"] for r in sites] == [10.0, 15.0]
    assert [r["share_after"] for r in sites] == pytest.approx([0.8, 1.0])
    assert [r["reach_alone"] for r in sites] == [10.0, 5.0]
    assert [r["candidate_fid"] for r in sites] == [2, 1]  # GeoPackage fids start at 1
    assert sites[0]["norm_m"] == 400.0 and sites[0]["group"] == "6-11"
    assert sites[0]["distance_type"] == "straight-line"
    assert "+10" in sites[0]["label"]
    if method == 1:
        assert result["OPTIMALITY_GAP"] == pytest.approx(0.0)
        assert result["METHOD_STATUS"].startswith("optimal")
    areas = {r["wijkcode"]: r for r in _rows(result["OUTPUT_AREAS"], "wijkcode")}
    assert areas["WK01"]["residents"] == 15 and areas["WK01"]["within_before"] == 10
    assert areas["WK01"]["newly_reached"] == 5 and areas["WK01"]["share_after"] == 1.0
    assert areas["WK01"]["share_before"] == pytest.approx(10 / 15)
    assert areas["WK02"]["newly_reached"] == 10 and areas["WK02"]["share_before"] == 0.0


def test_weights_per_area_prefer_the_lonelier_area(tiny, run_alg):
    """Weight 3 in WK01: c0 weighs 5 x 3 = 15 against c1's 10 x 1 = 10."""
    result = run_alg(ALG, _params(tiny, K=1, WEIGHT_FIELD="eenzaam"))
    (site,) = _rows(result["OUTPUT_SITES"], "rank")
    assert _x(site) == 1000.0
    assert site["gain"] == 5.0 and site["gain_weighted"] == 15.0


def test_over_the_network_the_same_hand_count(tiny, run_alg):
    """All points lie on one straight street: walking distances equal straight ones."""
    result = run_alg(ALG, _params(tiny, NETWORK=tiny["NETWORK"]))
    sites = _rows(result["OUTPUT_SITES"], "rank")
    assert [_x(r) for r in sites] == [2050.0, 1000.0]
    assert sites[0]["distance_type"] == "network"


def test_a_grid_of_candidates_inside_the_areas(tiny, run_alg):
    """No candidate layer: a grid every 100 m in the areas; the best two sites lie within
    400 m of C and D, and of B; all 15 residents outside the norm are reached."""
    params = _params(tiny, GRID_SPACING=100)
    del params["CANDIDATES"]
    result = run_alg(ALG, params)
    assert result["N_CANDIDATES"] == 27 * 4  # x -150..2450 every 100 m, y -150..150
    assert result["RESIDENTS_NEWLY_REACHED"] == 15
    sites = _rows(result["OUTPUT_SITES"], "rank")
    first, second = _x(sites[0]), _x(sites[1])
    assert abs(first - 2000) <= 400 and abs(first - 2100) <= 400
    assert abs(second - 1000) <= 400
    assert sites[0]["candidate_fid"] is None or (
        hasattr(sites[0]["candidate_fid"], "isNull") and sites[0]["candidate_fid"].isNull()
    )


def test_sixty_five_plus_without_existing_places(tiny, run_alg):
    """65+: one resident per point, nobody served today; k = 1: c1 reaches C and D (2)."""
    params = _params(tiny, GROUP=3, COUNT_FIELD="residents_65plus", K=1)
    del params["EXISTING"]
    result = run_alg(ALG, params)
    assert result["SHARE_BEFORE"] == 0.0
    assert result["RESIDENTS_NEWLY_REACHED"] == 2
    (site,) = _rows(result["OUTPUT_SITES"], "rank")
    assert _x(site) == 2050.0


@pytest.mark.parametrize(
    "change, words",
    [
        ({"K": 0}, "K"),
        ({"CANDIDATES": None, "AREAS": None}, "candidate sites"),
        ({"COUNT_FIELD": "no_such_field"}, "no_such_field"),
        ({"AREA_CODE_FIELD": ""}, "field"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(tiny, run_alg, change, words):
    params = _params(tiny, **change)
    for key in [k for k, v in params.items() if v is None]:
        del params[key]
    with pytest.raises(QgsProcessingException, match=words):
        run_alg(ALG, params)
    assert not Path(params["OUTPUT_SITES"]).exists()


def test_a_negative_weight_is_named(tiny, run_alg, tmp_path):
    bad = _layer(
        "MultiPolygon?crs=EPSG:28992&field=wijkcode:string&field=eenzaam:double",
        [(_box(-200, 1500), ["WK01", -1.0]), (_box(1500, 2500), ["WK02", 1.0])],
    )
    uri = _write(bad, tmp_path / "bad.gpkg", "areas")
    with pytest.raises(QgsProcessingException, match="WK01"):
        run_alg(ALG, _params(tiny, AREAS=uri, WEIGHT_FIELD="eenzaam"))


def test_labels_follow_the_language_of_qgis(tiny, run_alg):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "nl_NL")
        result = run_alg(ALG, _params(tiny, K=1))
        (site,) = _rows(result["OUTPUT_SITES"], "rank")
        assert site["label"] == "1: +10 inwoners 6-11 binnen de norm"
        settings.setValue("locale/userLocale", "en_GB")
        result = run_alg(ALG, _params(tiny, K=1))
        (site,) = _rows(result["OUTPUT_SITES"], "rank")
        assert site["label"] == "1: +10 residents 6-11 within the norm"
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_cancel_leaves_no_output(tiny, wijkaanpak_plugin):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    feedback = QgsProcessingFeedback()

    def cancel_when_choosing(progress):  # the choosing step runs from 60 to 80 %
        if progress >= 65:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_when_choosing)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = _params(tiny)
    with pytest.raises(QgsProcessingException, match="Cancel"):
        processing.run(ALG, params, context=context, feedback=feedback)
    assert not Path(params["OUTPUT_SITES"]).exists()


def test_everyone_within_the_norm_writes_an_empty_layer_and_says_why(tiny, run_alg):
    """A user-defined norm of 5 km: P1 reaches all four points, so no site adds anyone."""
    result = run_alg(ALG, _params(tiny, NORM=2, USER_DISTANCE=5000))
    assert result["N_SITES"] == 0 and result["RESIDENTS_OUTSIDE"] == 0
    assert result["SHARE_BEFORE"] == 1.0 and result["SHARE_AFTER"] == 1.0
    assert _rows(result["OUTPUT_SITES"], "rank") == []
    areas = _rows(result["OUTPUT_AREAS"], "wijkcode")
    assert [r["newly_reached"] for r in areas] == [0.0, 0.0]


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "noordveluwe.gpkg"


def test_real_noord_veluwe_against_an_independent_count(run_alg, tmp_path):
    """The real sample (CBS 100 m grid, BGT play equipment, CBS wijken 2024), 6-11 within
    400 m, a grid every 200 m. Recomputed here with plain QGIS iteration and a KD-tree: the
    residents 6-11 (6/15 of the CBS band 0-14, a suppressed count as 2.5), who is outside
    400 m of every play item, the grid points inside the wijken, and each grid point's own
    gain. The first site must have the largest gain of all grid points (greedy's first
    pick), and the totals must agree."""
    import numpy as np
    from qgis.core import QgsGeometry, QgsPoint, QgsVectorLayer
    from scipy.spatial import cKDTree

    assert SAMPLE.exists()

    def layer(name):
        result = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
        assert result.isValid()
        return result

    cells = layer("cbs_vierkant100m")
    xy, residents = [], []
    for feature in cells.getFeatures():
        point = feature.geometry().centroid().asPoint()
        xy.append((point.x(), point.y()))
        band = feature["aantal_inwoners_0_tot_15_jaar"]
        band = None if band is None or (hasattr(band, "isNull") and band.isNull()) else band
        residents.append(0.4 * (2.5 if band is None or band < 0 else float(band)))
    xy, residents = np.array(xy), np.array(residents)
    play = layer("bgt_speelvoorziening")  # kept: a layer must outlive its iterator
    items = np.array(
        [
            (f.geometry().asPoint().x(), f.geometry().asPoint().y())
            for f in play.getFeatures()
            if not f.geometry().isNull()
        ]
    )
    nearest, _ = cKDTree(items).query(xy)
    outside = (nearest > 400.0) & (residents > 0)
    wijken = layer("cbs_wijken_2024")
    union = QgsGeometry.unaryUnion([f.geometry() for f in wijken.getFeatures()])
    engine = QgsGeometry.createGeometryEngine(union.constGet())
    engine.prepareGeometry()
    box = union.boundingBox()
    xs = np.arange(np.floor(box.xMinimum() / 200) * 200 + 100, box.xMaximum(), 200.0)
    ys = np.arange(np.floor(box.yMinimum() / 200) * 200 + 100, box.yMaximum(), 200.0)
    grid = np.array([(x, y) for y in ys for x in xs if engine.contains(QgsPoint(x, y))])
    demand_tree = cKDTree(xy[outside])
    gains = np.array(
        [residents[outside][hits].sum() for hits in demand_tree.query_ball_point(grid, 400.0)]
    )

    result = run_alg(
        ALG,
        {
            "POPULATION": f"{SAMPLE}|layername=cbs_vierkant100m",
            "GROUP": 1,
            "EXISTING": f"{SAMPLE}|layername=bgt_speelvoorziening",
            "AREAS": f"{SAMPLE}|layername=cbs_wijken_2024",
            "AREA_CODE_FIELD": "wijkcode",
            "GRID_SPACING": 200,
            "K": 3,
            "METHOD": 0,
            "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
        },
    )
    assert result["N_CANDIDATES"] == len(grid)
    assert result["RESIDENTS_OUTSIDE"] == pytest.approx(residents[outside].sum())
    assert result["SHARE_BEFORE"] == pytest.approx(1 - residents[outside].sum() / residents.sum())
    sites = _rows(result["OUTPUT_SITES"], "rank")
    first = sites[0]["_geom"].geometry().asPoint()
    own = residents[outside][demand_tree.query_ball_point([first.x(), first.y()], 400.0)].sum()
    assert sites[0]["gain"] == pytest.approx(gains.max())
    assert own == pytest.approx(gains.max())
    assert sites[0]["gain"] > 0
