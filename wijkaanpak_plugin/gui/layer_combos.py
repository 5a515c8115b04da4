"""Layer lists shared by the docks: which layers a QgsMapLayerComboBox offers."""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel


def layer_filter(*names: str):
    """Layer filters of a QgsMapLayerComboBox: Qgis.LayerFilter on QGIS 3.34+ (the older
    QgsMapLayerProxyModel flags are deprecated there), else QgsMapLayerProxyModel."""
    source = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel
    flags = getattr(source, names[0])
    for name in names[1:]:
        flags = flags | getattr(source, name)
    combined = getattr(Qgis, "LayerFilters", None)
    return combined(flags) if combined is not None and len(names) > 1 else flags
