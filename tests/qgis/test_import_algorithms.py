"""The import algorithms through processing.run, on the real sample data."""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

REPO = Path(__file__).resolve().parents[2]


def _layer(path: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), f"{path}|{name}"
    return layer


def test_import_figures_joins_rivm_loneliness_to_assen_wijken(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = str(tmp_path / "assen_figures.gpkg")
    result = run_alg(
        "wijkaanpak:importfigures",
        {
            "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
            "AREA_CODE_FIELD": "wijkcode",
            "FIGURES": f"{gpkg}|layername=rivm_gezondheid_2020",
            "FIGURES_CODE_FIELD": "Codering_3",
            "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
            "COLUMNS": ["Eenzaam_28", "ErnstigZeerErnstigEenzaam_29"],
            "PREFIX": "rivm18_",
            "OUTPUT": out,
        },
    )
    assert result["N_MATCHED"] == 10
    # independent: the published Assen CSV read with the csv module
    published = {}
    source = REPO.parent / "shared/data/rivm_gezondheid_2020/assen_gezondheid_wijk_buurt_2020.csv"
    with open(source, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["leeftijdsgroep"] == "18+" and row["SoortRegio_2"] == "Wijk":
                published[row["Codering_3"]] = row["Eenzaam_28"]
    layer = QgsVectorLayer(out, "out", "ogr")
    values = {f["wijkcode"]: f["rivm18_Eenzaam_28"] for f in layer.getFeatures()}
    assert len(values) == 10
    for code, text in published.items():
        if code in values:
            if text in (".", ""):
                assert values[code] is None or values[code] != values[code]
            else:
                assert math.isclose(values[code], float(text)), code
    assert math.isclose(values["WK010604"], 49.7)  # Pittelo, shared/data/README.md
    assert layer.crs().authid() == "EPSG:28992"


def test_import_figures_bad_code_field_leaves_no_output(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:importfigures",
            {
                "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
                "AREA_CODE_FIELD": "wijknaam",  # names, not codes: nothing matches
                "FIGURES": f"{gpkg}|layername=rivm_gezondheid_2020",
                "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
                "COLUMNS": ["Eenzaam_28"],
                "OUTPUT": str(out),
            },
        )
    message = str(error.value)
    assert "wijknaam" in message and "Codering_3" in message
    assert not out.exists()


def test_import_figures_two_rows_per_code_is_an_error_naming_the_code(
    run_alg, sample_copy, tmp_path
):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = tmp_path / "dup.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:importfigures",
            {
                "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
                "AREA_CODE_FIELD": "wijkcode",
                "FIGURES": f"{gpkg}|layername=rivm_gezondheid_2020",
                "FIGURES_CODE_FIELD": "Codering_3",
                "COLUMNS": ["Eenzaam_28"],  # 18+ and 65+ rows: two per code
                "OUTPUT": str(out),
            },
        )
    assert "WK0106" in str(error.value)
    assert not out.exists()


def _union_find_groups(points: list[tuple[float, float]], gap: float) -> int:
    """Brute-force O(n²) single linkage: the independent reference for equipment grouping."""
    parent = list(range(len(points)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (xi, yi) in enumerate(points):
        for j in range(i + 1, len(points)):
            xj, yj = points[j]
            if math.hypot(xi - xj, yi - yj) <= gap:
                parent[find(i)] = find(j)
    return len({find(i) for i in range(len(points))})


def test_import_inventory_groups_bgt_equipment(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("tests/data/ermelo_small.gpkg")
    source = _layer(gpkg, "bgt_speelvoorziening")
    points = [
        (f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in source.getFeatures()
    ]
    assert source.crs().authid() == "EPSG:28992"
    expected = _union_find_groups(points, 25.0)
    out = str(tmp_path / "speelplekken.gpkg")
    report = str(tmp_path / "report.gpkg")
    result = run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{gpkg}|layername=bgt_speelvoorziening",
            "KIND": 0,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "GROUP": True,
            "MAX_GAP": 25.0,
            "OUTPUT": out,
            "REPORT": report,
        },
    )
    layer = QgsVectorLayer(out, "out", "ogr")
    assert layer.featureCount() == expected == result["N_PLACES"]
    total_items = sum(f["equipment_count"] for f in layer.getFeatures())
    assert total_items == len(points)
    assert layer.crs().authid() == "EPSG:28992"
    assert os.path.exists(report)


def test_import_inventory_benches_as_meeting_places(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("tests/data/ermelo_small.gpkg")
    benches = _layer(gpkg, "bgt_bank")
    out = str(tmp_path / "ontmoetingsplekken.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{gpkg}|layername=bgt_bank",
            "KIND": 1,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "OUTPUT": out,
        },
    )
    layer = QgsVectorLayer(out, "out", "ogr")
    assert layer.featureCount() == benches.featureCount()
    assert {f["place_type"] for f in layer.getFeatures()} == {"bankje"}


def test_import_inventory_wrong_value_field_is_a_clear_error(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("tests/data/ermelo_small.gpkg")
    out = tmp_path / "none.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:importinventory",
            {
                "INPUT": f"{gpkg}|layername=bgt_bank",
                "KIND": 0,  # benches are not playgrounds
                "VALUE_FIELD": "bgtplustype",
                "OUTPUT": str(out),
            },
        )
    assert "bgtplustype" in str(error.value) and "bgt_bank" in str(error.value)
    assert not out.exists()


def test_import_inventory_polygons_get_their_surface(run_alg, sample_copy, tmp_path):
    """Harderwijk's BGT playground polygons: surface_m2 = polygon area in RD.

    Independent reference: the source's own `Shape__Area` (true m², computed by the
    publishing service, see resources/sample/README.md).
    """
    gpkg = sample_copy("resources/sample/noordveluwe.gpkg")
    source = _layer(gpkg, "bgt_speeltuin_harderwijk")
    published = {f["identificatie"]: f["Shape__Area"] for f in source.getFeatures()}
    out = str(tmp_path / "speeltuinen.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{gpkg}|layername=bgt_speeltuin_harderwijk",
            "KIND": 0,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "GROUP": False,
            "OUTPUT": out,
        },
    )
    layer = QgsVectorLayer(out, "out", "ogr")
    assert layer.featureCount() == len(published) == 219
    for feature in layer.getFeatures():
        expected = published[feature["source_id"]]
        assert math.isclose(feature["surface_m2"], expected, rel_tol=1e-3), feature["source_id"]
    assert {f["place_type"] for f in layer.getFeatures()} == {"speeltuin"}
