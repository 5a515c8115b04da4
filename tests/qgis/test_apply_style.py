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
