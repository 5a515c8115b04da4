"""layer_io: the bulk GeoPackage read gives exactly what feature-by-feature reading gives."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest
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


def _gdal_version() -> int:
    from osgeo import gdal

    return int(gdal.VersionInfo())


needs_arrow = pytest.mark.skipif(
    _gdal_version() < 3060000, reason="GDAL < 3.6 has no Arrow reader: the bulk path is off"
)


@needs_arrow
@pytest.mark.parametrize("fields", [["n", "w", "code"], ["code"], ["w", "n"], []])
def test_bulk_read_is_taken_on_plain_point_layers_and_agrees(tmp_path, qgis_app, fields):
    """Where the bulk path must be taken (plain GeoPackage points in RD New, NULL attributes
    included, any subset of fields), it is taken, and gives what feature-by-feature gives."""
    from wijkaanpak.wijkaanpak_plugin import layer_io

    layer = _points_gpkg(tmp_path / "p.gpkg")
    bulk = layer_io._fast_gpkg_points(layer, fields, None)
    assert bulk is not None, "the bulk path declined a plain point layer"
    slow = layer_io.read_features(layer, fields)
    _same(bulk, slow)
    assert bulk.xy.tolist() == [[150000.5, 450000.25], [150010.0, 450020.0], [150020.0, 450040.0]]


def test_bulk_read_of_a_missing_geometry_agrees_with_the_hand_count(tmp_path, qgis_app):
    """A feature without geometry: GDAL versions differ in how Arrow hands it over (an empty
    point or a masked value), so the bulk path may take it or decline; either way the public
    reader gives the hand-known values, and a bulk result equals feature-by-feature."""
    from wijkaanpak.wijkaanpak_plugin import layer_io

    nulls = _points_gpkg(tmp_path / "n.gpkg", with_null_geometry=True)
    for table in (
        layer_io.read_features(nulls, ["n"], layer=nulls),
        layer_io.read_features(nulls, ["n"]),
    ):
        assert table.null_geometry.tolist() == [False, False, False, True]
        assert table.xy[:3].tolist() == [[150000.5, 450000.25], [150010.0, 450020.0],
                                         [150020.0, 450040.0]]  # fmt: skip
        assert np.isnan(table.xy[3]).all()
        n = table.frame["n"].tolist()
        assert n[0] == 3 and np.isnan(n[1]) and n[2:] == [7, 1]  # NULL stays NULL
    bulk = layer_io._fast_gpkg_points(nulls, ["n"], None)
    if bulk is not None:
        _same(bulk, layer_io.read_features(nulls, ["n"]))


def test_bulk_read_declines_another_crs_and_a_filter(tmp_path, qgis_app):
    """Another CRS or a provider filter: the bulk path must decline (None), and the public
    reader, iterating features instead, gives the right rows."""
    from wijkaanpak.wijkaanpak_plugin import layer_io

    wgs = _points_gpkg(tmp_path / "w.gpkg", crs="EPSG:4326")
    assert wgs.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert layer_io._fast_gpkg_points(wgs, ["n"], None) is None

    filtered = _points_gpkg(tmp_path / "f.gpkg")
    filtered.setSubsetString('"n" = 3')
    assert layer_io._fast_gpkg_points(filtered, ["n"], None) is None
    table = layer_io.read_features(filtered, ["n"], layer=filtered)
    assert table.frame["n"].tolist() == [3]


# --------------------------------------------------------------------------- writing


def _write_and_read_back(tmp_path, frame, source_fields=None):
    """Write a frame through write_features into a real GeoPackage; rows read with sqlite3."""
    import sqlite3

    from qgis.core import QgsFeatureSink, QgsWkbTypes

    from wijkaanpak.wijkaanpak_plugin import layer_io

    path = tmp_path / "written.gpkg"
    fields = layer_io.fields_for_frame(frame, source_fields)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "t"
    writer = QgsVectorFileWriter.create(
        str(path), fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateTransformContext(), options, QgsFeatureSink.SinkFlags(),
    )  # fmt: skip
    assert writer.hasError() == QgsVectorFileWriter.NoError, writer.errorMessage()
    layer_io.write_features(writer, fields, frame, None, sink_label="t")
    del writer  # flushes and closes
    with sqlite3.connect(path) as db:
        names = [row[1] for row in db.execute('PRAGMA table_info("t")')][1:]  # without fid
        rows = db.execute('SELECT * FROM "t" ORDER BY fid').fetchall()
    return names, [row[1:] for row in rows]


def test_missing_values_are_written_as_null_never_as_text(tmp_path, qgis_app):
    from decimal import Decimal

    missing = [None, np.nan, np.float32("nan"), pd.NA, pd.NaT, np.datetime64("NaT"),
               Decimal("NaN")]  # fmt: skip
    n = len(missing) + 1
    frame = pd.DataFrame(
        {
            "name": pd.Series(["Speeltuin De Wip", *missing], dtype=object),
            "condition": pd.array(["goed", *[None] * (n - 1)], dtype="string"),
            "last_inspection": pd.Series(
                [datetime.date(2024, 5, 1), *missing], dtype=object
            ),  # date objects and missing, as a core may hand them over
            "checked_at": pd.to_datetime(["2024-05-01 10:30"] + [None] * (n - 1)),
            "kind": pd.Categorical(["speeltuin"] + [None] * (n - 1)),
            "items": pd.array([3] + [None] * (n - 1), dtype="Int64"),
            "fenced": pd.array([True] + [None] * (n - 1), dtype="boolean"),
            "area": [120.5] + [np.nan] * (n - 1),
        }
    )
    names, rows = _write_and_read_back(tmp_path, frame)
    assert names == list(frame.columns)
    # first row: every value as given (dates as ISO text); every other row: NULL everywhere
    assert rows[0] == ("Speeltuin De Wip", "goed", "2024-05-01", "2024-05-01T10:30:00",
                       "speeltuin", 3, 1, 120.5)  # fmt: skip
    assert rows[1:] == [(None,) * len(names)] * (n - 1)


def test_a_text_source_field_never_receives_nan_as_text(tmp_path, qgis_app):
    """A float column named like a text field of the source (a computed figure whose name
    the input already uses) gets a number field of its own: NaN is NULL, never the text 'nan'
    QGIS would store in a text field (docs/bad_input.md, field-name-clash)."""
    from qgis.core import QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    source = QgsFields()
    source.append(QgsField("buurtnaam", QVariant.String))
    frame = pd.DataFrame({"buurtnaam": [np.nan, 12.0, np.nan], "other": ["a", None, "c"]})
    assert frame["buurtnaam"].dtype == float
    names, rows = _write_and_read_back(tmp_path, frame, source)
    assert rows == [(None, "a"), (12.0, None), (None, "c")]
