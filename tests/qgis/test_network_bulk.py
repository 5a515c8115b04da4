"""Network lines read in bulk (GDAL Arrow, WKB parsed with numpy) give the very same lines,
feature ids, attributes and walking network as the feature-by-feature read.

The reference is the feature-by-feature path (QGIS iterates the features, every geometry
goes through ``QgsGeometry.asWkb`` and the one-geometry WKB parser), which has its own
tests against hand counts (tests/unit/test_network.py). Besides agreeing with it, the
bulk path is checked against the coordinates written into the test layers by hand.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsVectorLayer

X0, Y0 = 150_000.0, 450_000.0

PLAIN = [  # (WKT or None, oneway, barrier)
    ("LINESTRING (0 0, 100 0)", 1, None),
    ("LINESTRING (100 0, 100 100, 200 100)", None, 0),
    ("MULTILINESTRING ((0 0, 0 100), (0 100, 100 100))", -1, None),
    (None, 0, 0),  # NULL geometry: one empty line, skipped and counted
    ("LINESTRING EMPTY", 0, None),
    ("MULTILINESTRING EMPTY", None, None),
    ("LINESTRING (300 300)", None, None),  # one vertex: skipped
    ("MULTILINESTRING ((200 100, 300 100), (400 400), (300 100, 300 0))", 0, 0),
    ("LINESTRING (0 0, 0 -50)", 0, 1),  # barrier
    ("LINESTRING Z (200 100 5, 200 0 7)", 0, None),  # Z dropped
    ("LINESTRING M (200 0 1, 100 0 2)", None, None),
    ("LINESTRING ZM (300 0 1 2, 400 0 3 4, 400 100 5 6)", 1, None),
]
CURVED = [
    ("CIRCULARSTRING (0 0, 50 50, 100 0)", None, None),
    ("COMPOUNDCURVE ((100 0, 150 0), CIRCULARSTRING (150 0, 175 25, 200 0))", 1, None),
    ("LINESTRING (200 0, 200 100)", None, None),
    ("MULTICURVE ((0 0, 0 100), CIRCULARSTRING (0 100, 50 150, 100 100))", None, 0),
    (None, None, None),
]


def _shift(wkt: str) -> ogr.Geometry:
    """A WKT in local metres, moved to RD New (X0, Y0): x and y of every coordinate tuple
    shifted in the text (Z and M kept), so curves need no geometry API of a GDAL version."""
    import re

    def move(match) -> str:
        values = match.group(1).split()
        values[0] = repr(float(values[0]) + X0)
        values[1] = repr(float(values[1]) + Y0)
        return " ".join(values)

    return ogr.CreateGeometryFromWkt(re.sub(r"(?<=[(,])\s*([-0-9. ]+?)\s*(?=[),])", move, wkt))


def _write(path, rows, geometry_type, name="network", raw_wkb=()) -> QgsVectorLayer:
    """A GeoPackage line layer in EPSG:28992 with fields oneway, barrier and label."""
    gdal.UseExceptions()
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = dataset.CreateLayer(name, srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("oneway", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("barrier", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTString))
    layer.StartTransaction()
    for i, (wkt, oneway, barrier) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        if oneway is not None:
            feature.SetField("oneway", oneway)
        if barrier is not None:
            feature.SetField("barrier", barrier)
        feature.SetField("label", f"street {i}")
        if wkt is not None:
            feature.SetGeometry(_shift(wkt))
        layer.CreateFeature(feature)
    for blob in raw_wkb:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    qgis_layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert qgis_layer.isValid()
    return qgis_layer


def _nan_line() -> bytes:
    """A LineString WKB with a NaN coordinate (as a failed transformation leaves)."""
    import struct

    return struct.pack("<BII4d", 1, 2, 2, X0, Y0, math.nan, Y0 + 10)


def _source(layer):
    """The layer as Processing hands it to an algorithm (not a QgsVectorLayer): without
    ``layer=`` it is read feature by feature."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource

    context = QgsProcessingContext()
    _KEEP.append(context)
    return QgsProcessingFeatureSource(layer, context)


_KEEP: list = []


def _both(layer, fields=("oneway", "barrier", "label")):
    from wijkaanpak.wijkaanpak_plugin import layer_io

    bulk = layer_io.read_lines(layer, list(fields), label="net", layer=layer)
    slow = layer_io.read_lines(_source(layer), list(fields), label="net")
    return bulk, slow


def _same_table(bulk, slow) -> None:
    assert bulk.bulk and not slow.bulk
    assert np.array_equal(bulk.fids, slow.fids)
    assert np.array_equal(bulk.owners, slow.owners)
    assert np.array_equal(bulk.parts.offsets, slow.parts.offsets)
    assert np.array_equal(bulk.parts.xy, slow.parts.xy, equal_nan=True)
    pd.testing.assert_frame_equal(bulk.frame, slow.frame, check_dtype=True)


def _same_network(a, b) -> None:
    for name in (
        "node_xy",
        "seg_start",
        "seg_end",
        "seg_u",
        "seg_v",
        "seg_length",
        "seg_line",
        "seg_forward",
        "seg_backward",
        "skipped_line_index",
        "invalid_line_index",
        "_arc_from",
        "_arc_to",
        "_arc_len",
    ):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    for name in ("barrier_lines", "skipped_lines", "invalid_lines", "component_count"):
        assert getattr(a, name) == getattr(b, name), name


class _Feedback:
    def __init__(self):
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, text):  # noqa: N802 - QGIS name
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802 - QGIS name
        self.warnings.append(text)

    def isCanceled(self):  # noqa: N802 - QGIS name
        return False

    def setProgress(self, value):  # noqa: N802 - QGIS name
        pass


def _networks(layer, oneway="oneway", barrier="barrier"):
    from wijkaanpak.wijkaanpak_plugin.reach_inputs import read_network

    fb_bulk, fb_slow = _Feedback(), _Feedback()
    bulk = read_network(layer, oneway, barrier, feedback=fb_bulk, label="net", layer=layer)
    slow = read_network(_source(layer), oneway, barrier, feedback=fb_slow, label="net")
    return bulk, slow, fb_bulk, fb_slow


def test_plain_lines_bulk_equals_feature_by_feature_and_the_hand_count(tmp_path, qgis_app):
    layer = _write(tmp_path / "n.gpkg", PLAIN, ogr.wkbMultiLineString, raw_wkb=[_nan_line()])
    bulk, slow = _both(layer)
    _same_table(bulk, slow)
    # hand count of the parts: one per feature, plus the extra parts of the multi-lines
    assert len(bulk.parts) == len(PLAIN) + 1 + 1 + 2
    assert bulk.owners.tolist() == [0, 1, 2, 2, 3, 4, 5, 6, 7, 7, 7, 8, 9, 10, 11, 12]
    assert [len(bulk.parts[i]) for i in range(len(bulk.parts))] == [
        2, 3, 2, 2, 0, 0, 0, 1, 2, 1, 2, 2, 2, 2, 3, 2,
    ]  # fmt: skip
    assert bulk.parts[1].tolist() == [[X0 + 100, Y0], [X0 + 100, Y0 + 100], [X0 + 200, Y0 + 100]]
    assert bulk.parts[14].tolist() == [[X0 + 300, Y0], [X0 + 400, Y0], [X0 + 400, Y0 + 100]]
    assert bulk.frame["oneway"].isna().tolist() == [r[1] is None for r in PLAIN] + [True]
    bulk_net, slow_net, fb_bulk, fb_slow = _networks(layer)
    _same_network(bulk_net, slow_net)
    assert fb_bulk.infos == fb_slow.infos and fb_bulk.warnings == fb_slow.warnings
    # bookkeeping by hand: NULL, LINESTRING EMPTY, MULTILINESTRING EMPTY, the one-vertex line
    # and the one-vertex part of feature 7 are skipped; the barrier is left out; the NaN
    # line is invalid
    assert bulk_net.skipped_lines == 5
    assert bulk_net.barrier_lines == 1
    assert bulk_net.invalid_lines == 1
    assert bulk.fids[bulk.owners[bulk_net.invalid_line_index]].tolist() == [13]
    assert "feature ids: 4, 5, 6, 7, 8" in " ".join(fb_bulk.warnings)


def test_curved_lines_are_segmentized_as_feature_by_feature(tmp_path, qgis_app):
    layer = _write(tmp_path / "c.gpkg", CURVED, ogr.wkbMultiCurve)
    bulk, slow = _both(layer)
    _same_table(bulk, slow)
    # the circular arc became many vertices on the circle through (0,0), (50,50), (100,0)
    arc = bulk.parts[0] - [X0 + 50, Y0]
    assert len(arc) > 10
    assert np.allclose(np.hypot(arc[:, 0], arc[:, 1]), 50.0)
    _same_network(*_networks(layer)[:2])


def test_large_mixed_layer_in_several_arrow_batches(tmp_path, qgis_app):
    """More features than one Arrow batch (65,536), lines of varying length (an object
    array per batch) and equal length (a fixed-size array), NULLs among them."""
    rng = np.random.default_rng(7)
    rows = []
    for i in range(70_000):
        if i % 9973 == 0:
            rows.append((None, None, None))
            continue
        k = 2 if i < 40_000 else int(rng.integers(2, 6))
        xy = rng.uniform(0, 5000, size=(k, 2)).round(2)
        text = ", ".join(f"{x} {y}" for x, y in xy)
        wkt = f"LINESTRING ({text})" if i % 7 else f"MULTILINESTRING (({text}), ({text}))"
        rows.append((wkt, int(rng.integers(-1, 2)), int(i % 50 == 0)))
    layer = _write(tmp_path / "big.gpkg", rows, ogr.wkbMultiLineString)
    bulk, slow = _both(layer, ("oneway", "barrier"))
    _same_table(bulk, slow)
    _same_network(*_networks(layer)[:2])


def test_a_filtered_layer_takes_the_feature_by_feature_path(tmp_path, qgis_app):
    from wijkaanpak.wijkaanpak_plugin import layer_io

    layer = _write(tmp_path / "n.gpkg", PLAIN, ogr.wkbMultiLineString)
    layer.setSubsetString('"oneway" = 0')
    table = layer_io.read_lines(layer, ["oneway"], label="net", layer=layer)
    assert not table.bulk
    assert len(table) == sum(1 for _, oneway, _ in PLAIN if oneway == 0)


def test_unparsed_wkb_is_read_one_by_one_in_order(qgis_app):
    """Big-endian and EWKB blobs among plain ones: same parts, same order."""
    import struct

    from wijkaanpak.wijkaanpak_plugin import layer_io

    plain = struct.pack("<BII4d", 1, 2, 2, 0.0, 0.0, 10.0, 0.0)
    big = struct.pack(">BII6d", 0, 2, 3, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0)
    multi = struct.pack("<BIIBII4dBII4d", 1, 5, 2, 1, 2, 2, 5, 5, 6, 6, 1, 2, 2, 7, 7, 8, 8)
    blobs = [plain, big, None, multi, b"\x01\x02"]  # the last one is broken
    parts, owners = layer_io.line_parts_from_wkb(blobs)
    reference, ref_owners = layer_io.line_coordinates(blobs)
    assert owners.tolist() == ref_owners.tolist() == [0, 1, 2, 3, 3, 4]
    assert [parts[i].tolist() for i in range(len(parts))] == [r.tolist() for r in reference]
    assert parts[1].tolist() == [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]


@pytest.mark.shared_data("../shared/data/networks/osdorp_midden_walknet.gpkg")
def test_real_network_bulk_equals_feature_by_feature(qgis_app):
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "shared/data/networks/osdorp_midden_walknet.gpkg"
    layer = QgsVectorLayer(str(path), "osdorp", "ogr")
    assert layer.isValid()
    if layer.crs().authid() != "EPSG:28992":
        pytest.skip("not in EPSG:28992: the bulk path does not apply")
    bulk, slow = _both(layer, ())
    _same_table(bulk, slow)
    bulk_net, slow_net, _, _ = _networks(layer, "", "")
    _same_network(bulk_net, slow_net)


def test_a_layer_is_its_own_whole_layer_but_not_during_an_edit_session(tmp_path, qgis_app):
    """A QgsVectorLayer given as the source is read in bulk; in an edit session the file
    lacks the edits not saved yet, so the layer is read feature by feature, edits included."""
    from qgis.core import QgsGeometry

    from wijkaanpak.wijkaanpak_plugin import layer_io

    layer = _write(tmp_path / "n.gpkg", PLAIN[:3], ogr.wkbMultiLineString)
    assert layer_io.read_lines(layer, ["oneway"], label="net").bulk
    first = next(layer.getFeatures()).id()
    assert layer.startEditing()
    moved = QgsGeometry.fromWkt(f"MULTILINESTRING(({X0} {Y0}, {X0 + 7} {Y0 + 7}))")
    assert layer.changeGeometry(first, moved)
    table = layer_io.read_lines(layer, ["oneway"], label="net", layer=layer)
    assert not table.bulk
    assert table.parts[0].tolist() == [[X0, Y0], [X0 + 7, Y0 + 7]]  # the unsaved edit
    layer.rollBack()


def test_points_in_an_edit_session_are_read_with_their_edits(tmp_path, qgis_app):
    """The bulk point read declines a layer in an edit session too (e.g. the playground
    assessment dock edits through the edit buffer): unsaved edits are part of the layer."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from wijkaanpak.wijkaanpak_plugin import layer_io

    memory = QgsVectorLayer("Point?crs=EPSG:28992&field=n:integer", "m", "memory")
    feature = QgsFeature(memory.fields())
    feature.setAttributes([1])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)))
    memory.dataProvider().addFeatures([feature])
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(tmp_path / "p.gpkg"), QgsCoordinateTransformContext(), options
    )
    layer = QgsVectorLayer(str(tmp_path / "p.gpkg"), "p", "ogr")
    assert layer.startEditing()
    fid = next(layer.getFeatures()).id()
    assert layer.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(X0 + 5, Y0 + 5)))
    table = layer_io.read_features(layer, ["n"], layer=layer)
    assert table.xy.tolist() == [[X0 + 5, Y0 + 5]]
    layer.rollBack()
    assert layer_io.read_features(layer, ["n"], layer=layer).xy.tolist() == [[X0, Y0]]
