"""Build resources/sample/nl_wijken_2024_training.gpkg: the national wijk table the demo's
loneliness model learns from.

One point per CBS wijk 2024 (its area-weighted centroid, EPSG:28992) with the CBS 2024 key
figures of ../shared/data/cbs_wijken_2024/wijken_2024_nl.geojson and, where the wijk code
also exists in RIVM/CBS/GGD'en table 50090NED 2020 (18+), the published loneliness figures
(suppressed '.' → NULL). Sources and licences: CBS/Kadaster wijk- en buurtkaart 2024 (CC BY
4.0), RIVM/CBS/GGD'en Gezondheidsmonitor 2020 (CC BY 4.0). Nothing is invented: codes that do
not match keep NULL loneliness (2020 → 2024 boundary changes).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_training_data.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import REPO, SHARED_DATA, start_qgis  # noqa: E402

OUT = REPO / "resources" / "sample" / "nl_wijken_2024_training.gpkg"
WIJKEN = SHARED_DATA / "cbs_wijken_2024" / "wijken_2024_nl.geojson"
RIVM_18 = SHARED_DATA / "rivm_gezondheid_2020" / "nl_gezondheid_wijk_buurt_2020_18plus.csv.gz"
ATTRIBUTION = (
    "CBS/Kadaster, Wijk- en buurtkaart 2024 (CC BY 4.0); RIVM/CBS/GGD'en, "
    "Gezondheidsmonitor Volwassenen en Ouderen 2020, StatLine 50090NED (CC BY 4.0)"
)


def training_table() -> pd.DataFrame:
    from evaluate_loneliness import _centroid  # the same area-weighted centroid as `make evaluate`

    from wijkaanpak.wijkaanpak_plugin.core.loneliness import measured_loneliness

    data = json.loads(WIJKEN.read_text(encoding="utf-8"))
    rows = []
    for feature in data["features"]:
        props = dict(feature["properties"])
        if not feature.get("geometry"):
            continue
        props["lon"], props["lat"] = _centroid(feature["geometry"])
        rows.append(props)
    wijken = pd.DataFrame(rows)
    measured = measured_loneliness(pd.read_csv(RIVM_18, dtype=str), region_type="Wijk").table
    keep = ["code", "eenzaam_18plus", "ernstig_eenzaam_18plus"]
    table = wijken.merge(measured[keep], left_on="wijkcode", right_on="code", how="left")
    table = table.drop(columns=["code"]).sort_values("wijkcode").reset_index(drop=True)
    table = table[table["aantal_inwoners"].notna()].reset_index(drop=True)
    return table


def write(table: pd.DataFrame) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name in table.columns:
        if name in ("lon", "lat"):
            continue
        kind = QVariant.Double if pd.api.types.is_numeric_dtype(table[name]) else QVariant.String
        fields.append(QgsField(str(name), kind))
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsProject.instance(),
    )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "wijken_2024_training"
    options.layerOptions = [f"DESCRIPTION=Training table for the loneliness model. {ATTRIBUTION}"]
    if OUT.exists():
        OUT.unlink()
    writer = QgsVectorFileWriter.create(
        str(OUT),
        fields,
        QgsWkbTypes.Point,
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsProject.instance().transformContext(),
        options,
    )
    names = [f.name() for f in fields]
    values = table[names].astype(object).where(table[names].notna(), None).values.tolist()
    for row, lon, lat in zip(values, table["lon"], table["lat"]):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        point = transform.transform(QgsPointXY(float(lon), float(lat)))
        feature.setGeometry(
            QgsGeometry.fromPointXY(QgsPointXY(round(point.x(), 1), round(point.y(), 1)))
        )
        writer.addFeature(feature)
    del writer


def main() -> int:
    app, _ = start_qgis(with_processing=False)
    table = training_table()
    write(table)
    print(
        f"{OUT.relative_to(REPO)}: {len(table)} wijken, "
        f"{int(table['eenzaam_18plus'].notna().sum())} with RIVM 2020 loneliness"
    )
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
