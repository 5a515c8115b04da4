"""layer_io: the bulk GeoPackage read gives exactly what feature-by-feature reading gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)


def _points_gpkg(path, crs="EPSG:28992", with_null_geometry=False) -> QgsVectorLayer:
    memory = QgsVectorLayer(
        f"Point?crs={crs}&field=n:integer&field=w:double&field=code:string(10)", "m", "memory"
    )
    rows = [
        ((150000.5, 450000.25), [3, 1.5, "BU01"]),
        ((150010.0, 450020.0), [None, 2.5, None]),  # NULLs must stay NULL, never 0
        ((150020.0, 450040.0), [7, None, "BU02"]),
    ]
    features = []
    for (x, y), attrs in rows:
        feature = QgsFeature(memory.fields())
        feature.setAttributes(attrs)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    if with_null_geometry:
        feature = QgsFeature(memory.fields())
        feature.setAttributes([1, 1.0, "BU03"])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(
        memory, str(path), QgsCoordinateTransformContext(), options
    )
    layer = QgsVectorLayer(str(path), "points", "ogr")
    assert layer.isValid()
    return layer


def _same(a, b) -> None:
    assert np.array_equal(a.fids, b.fids)
    assert np.allclose(a.xy, b.xy, equal_nan=True)
    assert np.array_equal(a.null_geometry, b.null_geometry)
    pd.testing.assert_frame_equal(a.frame, b.frame, check_dtype=True)


def test_bulk_read_equals_feature_by_feature(tmp_path, qgis_app):
    from wijkaanpak.wijkaanpak_plugin import layer_io

    layer = _points_gpkg(tmp_path / "p.gpkg")
    fields = ["n", "w", "code"]
    bulk = layer_io._fast_gpkg_points(layer, fields, None)
    assert bulk is not None  # the plain case takes the bulk path
    slow = layer_io.read_features(layer, fields)
    _same(bulk, slow)
    assert bulk.frame["n"].isna().tolist() == [False, True, False]  # NULL is not 0
    assert bulk.frame["code"].tolist()[1] is None
    assert bulk.xy[0].tolist() == [150000.5, 450000.25]
    _same(layer_io.read_features(layer, fields, layer=layer), slow)


def test_bulk_read_declines_or_agrees(tmp_path, qgis_app):
    from wijkaanpak.wijkaanpak_plugin import layer_io

    nulls = _points_gpkg(tmp_path / "n.gpkg", with_null_geometry=True)
    slow = layer_io.read_features(nulls, ["n"])
    assert slow.null_geometry.tolist() == [False, False, False, True]
    bulk = layer_io._fast_gpkg_points(nulls, ["n"], None)
    if bulk is not None:  # taken or declined, a missing geometry must read the same
        _same(bulk, slow)
    _same(layer_io.read_features(nulls, ["n"], layer=nulls), slow)
    wgs = _points_gpkg(tmp_path / "w.gpkg", crs="EPSG:4326")
    assert wgs.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert layer_io._fast_gpkg_points(wgs, ["n"], None) is None
    filtered = _points_gpkg(tmp_path / "f.gpkg")
    filtered.setSubsetString('"n" = 3')
    assert layer_io._fast_gpkg_points(filtered, ["n"], None) is None
    table = layer_io.read_features(filtered, ["n"], layer=filtered)
    assert table.frame["n"].tolist() == [3]
