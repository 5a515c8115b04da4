"""The import algorithms through processing.run, on the real sample data."""

from __future__ import annotations

import csv
import json
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


@pytest.mark.shared_data(REPO.parent / "shared/data/rivm_gezondheid_2020")  # else: CI fails
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


# ------------------------------------------------------------------------------ issue 8
# A tiny BOR-style export, made in the test (EPSG:28992, metres from (200000, 450000)):
#   fid speelplek                toesteltype   staat     inspectie   opmerking          x, y
#   1   Speeltuin Kloosterveen   Schommel      goed      2023-04-01  nieuw 2019         0, 0
#   2   Speeltuin Kloosterveen   Zandbak       matig     2022-10-12                    80, 0
#   3   Speeltuin Kloosterveen   Wipkip                                               40, 30
#   4                            Trapveld      redelijk                              500, 0
#   5                            Doeltjes                                            520, 0
#   6                            Doeltjes                            dubbel ingevoerd? 520.3, 0
#   7   Hoek 12                  Glijbaan      slecht                               1000, 0
#   8   Hoek 12                  Speeltoestel                                       1010, 0
#   9                            Loopbrug                                           2000, 0
#   10                           Bank                                                 30, 5
#   11                           Wip                                                  95, 0
BOR_ROWS = [
    ("Speeltuin Kloosterveen", "Schommel", "goed", "2023-04-01", "nieuw 2019", 0, 0),
    ("Speeltuin Kloosterveen", "Zandbak", "matig", "2022-10-12", None, 80, 0),
    ("Speeltuin Kloosterveen", "Wipkip", None, None, None, 40, 30),
    (None, "Trapveld", "redelijk", None, None, 500, 0),
    (None, "Doeltjes", None, None, None, 520, 0),
    (None, "Doeltjes", None, None, "dubbel ingevoerd?", 520.3, 0),
    ("Hoek 12", "Glijbaan", "slecht", None, None, 1000, 0),
    ("Hoek 12", "Speeltoestel", None, None, None, 1010, 0),
    (None, "Loopbrug", None, None, None, 2000, 0),
    (None, "Bank", None, None, None, 30, 5),
    (None, "Wip", None, None, None, 95, 0),
]


def _bor_layer(path: Path, rows=BOR_ROWS, type_field: str = "toesteltype", name="bor_toestellen"):
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
    )

    spec = (
        "Point?crs=EPSG:28992&field=speelplek:string&field={}:string&field=staat:string"
        "&field=inspectie:string&field=opmerking:string".format(type_field)
    )
    layer = QgsVectorLayer(spec, name, "memory")
    features = []
    for group, kind, state, date, note, x, y in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([group, kind, state, date, note])
        if x is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(200000 + x, 450000 + y)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert result[0] == QgsVectorFileWriter.NoError, result
    return f"{path}|layername={name}"


def _rows(path: str) -> list[dict]:
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    out = []
    for feature in layer.getFeatures():
        row = {}
        for name, value in zip(names, feature.attributes()):
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                value = None
            row[name] = value
        out.append(row)
    return out


def _no_text_nan(rows: list[dict]) -> None:
    for row in rows:
        for name, value in row.items():
            assert not (isinstance(value, str) and value.strip() in ("nan", "None", "NaN")), (
                name,
                row,
            )


def test_import_bor_export_grouped_by_field_with_names_ages_and_source_fields(run_alg, tmp_path):
    source = _bor_layer(tmp_path / "bor.gpkg")
    out, report = str(tmp_path / "speelplekken.gpkg"), str(tmp_path / "controle.csv")
    result = run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": source,
            "KIND": 0,
            "VALUE_FIELD": "toesteltype",
            "VALUE_MAPPING": str(REPO / "resources" / "config" / "value_mapping_bor.json"),
            "GROUP_FIELD": "speelplek",
            "FIELD_MAP": "condition=staat; last_inspection=inspectie",
            "OUTPUT": out,
            "REPORT": report,
        },
    )
    rows = _rows(out)
    _no_text_nan(rows)
    by_ids = {r["source_id"]: r for r in rows}
    # Hand grouping (see the table above): Kloosterveen by its name although items are 80 m
    # apart; 4-6 by distance; Hoek 12 by name; 11 alone (no name, 15 m from item 2).
    assert set(by_ids) == {"1;2;3", "4;5;6", "7;8", "11"} and result["N_PLACES"] == 4
    a, b, c, d = by_ids["1;2;3"], by_ids["4;5;6"], by_ids["7;8"], by_ids["11"]
    assert a["name"] == "Speeltuin Kloosterveen" and c["name"] == "Hoek 12"
    assert b["name"] is None and d["name"] is None  # NULL, not 'nan'
    assert a["equipment_count"] == 3 and b["place_type"] == "trapveld"
    # ages: any item yes -> 1; all no -> 0; else NULL (Speeltoestel has no ages)
    assert (a["age_0_5"], b["age_0_5"], c["age_0_5"]) == (1, 0, None)
    assert (c["age_6_11"], c["age_12_17"]) == (1, None)
    assert (a["condition"], b["condition"], c["condition"], d["condition"]) == (
        "matig",
        "redelijk",
        "slecht",
        None,
    )
    assert str(a["last_inspection"])[:10] == "2022-10-12" and b["last_inspection"] is None
    # attributes without a place in the schema are kept
    assert a["src_toesteltype"] == "Schommel;Zandbak;Wipkip"
    assert a["src_opmerking"] == "nieuw 2019" and b["src_opmerking"] == "dubbel ingevoerd?"
    assert c["src_opmerking"] is None and "src_staat" not in a
    with open(report, newline="", encoding="utf-8") as handle:
        findings = list(csv.DictReader(handle))
    _no_text_nan(findings)
    got = {(f["check"], f["feature"]) for f in findings}
    assert ("duplicate", "6") in got  # 0.3 m from 5, same type, new id
    assert ("group_missing", "11") in got  # no name, 15 m from Kloosterveen's item 2
    unmapped = [f for f in findings if f["check"] == "unmapped_value"]
    assert [(f["value"], f["field"]) for f in unmapped] == [("Loopbrug", "toesteltype")]
    assert result["N_ERRORS"] == 0 and result["N_WARNINGS"] == len(findings)


def test_import_picks_the_bor_mapping_by_field_name_when_nothing_is_set(run_alg, tmp_path):
    """No VALUE_FIELD, no VALUE_MAPPING, no ID_FIELD: documented defaults, no BGT field needed."""
    source = _bor_layer(tmp_path / "bor.gpkg")
    out = str(tmp_path / "speelplekken.gpkg")
    result = run_alg("wijkaanpak:importinventory", {"INPUT": source, "KIND": 0, "OUTPUT": out})
    rows = _rows(out)
    _no_text_nan(rows)
    # Without the group field: Kloosterveen's items 80 m apart split; 1 and 10 (a bench) do
    # not group; by distance (25 m): {1}, {2, 11}, {3}, {4, 5, 6}, {7, 8}.
    assert sorted(r["source_id"] for r in rows) == ["1", "2;11", "3", "4;5;6", "7;8"]
    assert result["N_PLACES"] == 5
    assert {r["name"] for r in rows} == {None}


def test_import_without_a_type_field_is_refused_before_any_work(run_alg, tmp_path):
    """Issue 8.8: no VALUE_FIELD, no field a built-in mapping knows, no place_type mapped."""
    source = _bor_layer(tmp_path / "soort.gpkg", type_field="soort", name="export")
    out = tmp_path / "none.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg("wijkaanpak:importinventory", {"INPUT": source, "KIND": 0, "OUTPUT": str(out)})
    message = str(error.value)
    assert "VALUE_FIELD" in message and "export" in message and "soort" in message
    assert not out.exists()


def test_import_no_value_mapped_lists_every_value_and_writes_the_template(run_alg, tmp_path):
    """Issue 8.6: every distinct value with its count, and a template to fill in."""
    rows = [(None, f"type {i}", None, None, None, 10 * i, 0) for i in range(12)]
    rows += [(None, "type 3", None, None, None, 500, 0)]
    source = _bor_layer(tmp_path / "soort.gpkg", rows, type_field="soort", name="export")
    out, template = tmp_path / "none.gpkg", tmp_path / "template.json"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:importinventory",
            {
                "INPUT": source,
                "KIND": 0,
                "VALUE_FIELD": "soort",
                "VALUE_MAPPING_TEMPLATE": str(template),
                "OUTPUT": str(out),
            },
        )
    message = str(error.value)
    for i in range(12):
        assert f"'type {i}' ({2 if i == 3 else 1})" in message
    assert "export" in message and "soort" in message and str(template) in message
    assert not out.exists()
    data = json.loads(template.read_text(encoding="utf-8"))
    assert data["_counts"] == {f"type {i}": 2 if i == 3 else 1 for i in range(12)}
    assert all(e["kind"] == "" for e in data["values"].values())


def test_import_with_an_error_writes_no_layer(run_alg, tmp_path):
    """Issue 8.8: never a layer when the run reports an error (here: a feature without a
    location); the message names layer, feature and problem."""
    rows = list(BOR_ROWS[:3]) + [
        ("Speeltuin Kloosterveen", "Glijbaan", None, None, None, None, None)
    ]
    source = _bor_layer(tmp_path / "bor.gpkg", rows)
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:importinventory",
            {"INPUT": source, "KIND": 0, "GROUP_FIELD": "speelplek", "OUTPUT": str(out)},
        )
    message = str(error.value)
    assert "bor_toestellen" in message and "4" in message and "location" in message
    assert not out.exists()


def test_import_bgt_outputs_hold_no_nan_text(run_alg, sample_copy, tmp_path):
    """Issue 8.4: playground names and every empty text or date field read NULL, not 'nan'."""
    gpkg = sample_copy("tests/data/ermelo_small.gpkg")
    out, report = str(tmp_path / "speelplekken.gpkg"), str(tmp_path / "report.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{gpkg}|layername=bgt_speelvoorziening",
            "KIND": 0,
            "VALUE_FIELD": "bgtplustype",
            "ID_FIELD": "identificatie",
            "OUTPUT": out,
            "REPORT": report,
        },
    )
    rows = _rows(out)
    _no_text_nan(rows)
    assert {r["name"] for r in rows} == {None}  # BGT has no names: NULL
    assert {r["condition"] for r in rows} == {None}
    assert {r["last_inspection"] for r in rows} == {None}
    assert all(r["src_bgtplustype"] == "niet-bgt:speelvoorziening" for r in rows)
    out2 = str(tmp_path / "banken.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{gpkg}|layername=bgt_bank",
            "KIND": 1,
            "ID_FIELD": "identificatie",
            "OUTPUT": out2,
        },
    )
    rows = _rows(out2)
    _no_text_nan(rows)
    assert {r["name"] for r in rows} == {None} and {r["opening"] for r in rows} == {"altijd"}


def test_import_curved_polygons_as_published_by_the_bgt(run_alg, tmp_path):
    """The BGT publishes playground areas as MultiSurface/CompoundCurve (the shared Harderwijk
    file); they must import like polygons. Hand figures: a 100 x 50 m rectangle and a
    30 x 30 m square minus a 10 x 10 m hole."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsVectorFileWriter,
    )

    layer = QgsVectorLayer(
        "MultiSurface?crs=EPSG:28992&field=soort:string&field=code:string", "vlakken", "memory"
    )
    shapes = [
        "MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE((200000 450000, 200100 450000, "
        "200100 450050, 200000 450050, 200000 450000))))",
        "MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE((201000 450000, 201030 450000, "
        "201030 450030, 201000 450030, 201000 450000)), COMPOUNDCURVE((201010 450010, "
        "201020 450010, 201020 450020, 201010 450020, 201010 450010))))",
    ]
    features = []
    for i, wkt in enumerate(shapes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["speeltuin", f"S{i + 1}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert not feature.geometry().isNull(), wkt
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    path = tmp_path / "vlakken.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "vlakken"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert result[0] == QgsVectorFileWriter.NoError, result
    out = str(tmp_path / "out.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": f"{path}|layername=vlakken",
            "KIND": 0,
            "ID_FIELD": "code",
            "FIELD_MAP": "place_type=soort",
            "OUTPUT": out,
        },
    )
    surfaces = {r["source_id"]: r["surface_m2"] for r in _rows(out)}
    assert surfaces == {"S1": pytest.approx(5000.0), "S2": pytest.approx(800.0)}
