"""Styles on tables: a layer without geometry gets the style's Dutch field aliases."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import QgsVectorLayer

REPO = Path(__file__).resolve().parents[2]


def test_table_gets_aliases_from_qml(wijkaanpak_plugin):
    from wijkaanpak.processing_algorithms.base import apply_style

    qml = (REPO / "resources/styles/reach_areas.qml").read_text(encoding="utf-8")
    expected = re.search(r'<alias field="share_6_11_within_norm"[^>]* name="([^"]+)"', qml).group(1)
    table = QgsVectorLayer(
        "None?field=share_6_11_within_norm:double&field=other:int", "t", "memory"
    )
    assert not table.isSpatial()
    assert apply_style(table, "reach_areas")
    assert table.attributeAlias(0) == expected
    assert table.attributeAlias(1) == ""
    assert not apply_style(table, "no_such_style")


def _points(values: list, field: str = "place_type") -> QgsVectorLayer:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = QgsVectorLayer(f"Point?crs=EPSG:28992&field={field}:string", "p", "memory")
    features = []
    for i, value in enumerate(values):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i * 10.0, 0.0)))
        f[field] = value
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def test_the_legend_lists_only_the_values_in_the_data(wijkaanpak_plugin, monkeypatch):
    from wijkaanpak.processing_algorithms import base

    # three playgrounds of two of the nine types the style knows, and one of no known type
    layer = _points(["speeltuin", "trapveld", "speeltuin", "zandbak"])
    assert base.apply_style(layer, "speelplekken")
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels == ["Speeltuin", "Trapveld", "Soort onbekend"]
    # only known types: the catch-all entry goes as well
    layer = _points(["trapveld"])
    assert base.apply_style(layer, "speelplekken")
    assert [c.label() for c in layer.renderer().categories()] == ["Trapveld"]
    # an empty layer, or one too big to count, keeps the whole legend
    empty = _points([])
    assert base.apply_style(empty, "speelplekken")
    assert len(empty.renderer().categories()) == 10
    monkeypatch.setattr(base, "LEGEND_COUNT_LIMIT", 2)
    big = _points(["trapveld"] * 3)
    assert base.apply_style(big, "speelplekken")
    assert len(big.renderer().categories()) == 10
    # without from_data the style is applied as built
    layer = _points(["trapveld"])
    assert base.apply_style(layer, "speelplekken", from_data=False)
    assert len(layer.renderer().categories()) == 10
