"""The loneliness algorithms through processing.run.

Measured figures on the real Assen sample against the published figures and the RIVM CSV
read with the csv module; the risk index on a 3-area hand layer (scores worked out in the
comments) and on real wijken / grid cells against a plain-Python recomputation; the model on
synthetic areas whose generating process is known; the grid surface on a hand grid, checked
by recomputing the resident-weighted means; bad input.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import statistics
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

REPO = Path(__file__).resolve().parents[2]
ASSEN_CSV = REPO.parent / "shared/data/rivm_gezondheid_2020/assen_gezondheid_wijk_buurt_2020.csv"
NOTE = "This layer is a signal for conversation with residents, not a verdict on a neighbourhood."
X0, Y0 = 150_000.0, 450_000.0

# --------------------------------------------------------------------------- helpers


def _isnull(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return isinstance(value, float) and math.isnan(value)


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


def squares(path: Path, name: str, fields: str, rows) -> str:
    """Square polygons from rows (x, y, size, *attributes) in RD metres around (X0, Y0)."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992{fields}", name, "memory")
    features = []
    for x, y, size, *attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attrs))
        feature.setGeometry(
            QgsGeometry.fromRect(QgsRectangle(X0 + x, Y0 + y, X0 + x + size, Y0 + y + size))
        )
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return _write(layer, path, name)


def _features(uri: str) -> list[dict]:
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    names = layer.fields().names()
    return [{n: (None if _isnull(f[n]) else f[n]) for n in names} for f in layer.getFeatures()]


def _published(age: str, region: str | None = None) -> dict[str, dict[str, str]]:
    """Rows of the Assen RIVM CSV for one age group, by code (the independent reference)."""
    with open(ASSEN_CSV, newline="", encoding="utf-8") as handle:
        return {
            row["Codering_3"]: row
            for row in csv.DictReader(handle)
            if row["leeftijdsgroep"] == age and (region is None or row["SoortRegio_2"] == region)
        }


RIVM_COLUMNS = {
    "eenzaam": "Eenzaam_28",
    "ernstig_eenzaam": "ErnstigZeerErnstigEenzaam_29",
    "emotioneel_eenzaam": "EmotioneelEenzaam_30",
    "sociaal_eenzaam": "SociaalEenzaam_31",
}


def _assert_matches_csv(row: dict, published: dict[str, str], suffix: str) -> None:
    for short, column in RIVM_COLUMNS.items():
        text = published[column]
        value = row[f"{short}_{suffix}"]
        if text in (".", ""):
            assert value is None, (row, short)
        else:
            assert value == pytest.approx(float(text)), (row, short)


# --------------------------------------------------------------------------- measured


@pytest.mark.shared_data(ASSEN_CSV)  # missing: fails under CI=true, skips locally
def test_measured_loneliness_on_assen(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = str(tmp_path / "measured.gpkg")
    result = run_alg(
        "wijkaanpak:measuredloneliness",
        {
            "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
            "AREA_CODE_FIELD": "wijkcode",
            "RIVM_TABLE": f"{gpkg}|layername=rivm_gezondheid_2020",
            "OUTPUT": out,
        },
    )
    assert result["N_AREAS"] == 10 and result["N_MATCHED"] == 10
    rows = {r["wijkcode"]: r for r in _features(out)}
    # Published (shared/data/README.md): Pittelo WK010604 49.7% eenzaam, 11.5% ernstig.
    assert rows["WK010604"]["eenzaam_18plus"] == pytest.approx(49.7)
    assert rows["WK010604"]["ernstig_eenzaam_18plus"] == pytest.approx(11.5)
    for code, published in _published("18+", "Wijk").items():
        _assert_matches_csv(rows[code], published, "18plus")
    for code, published in _published("65+", "Wijk").items():
        _assert_matches_csv(rows[code], published, "65plus")
    assert {r["vintage"] for r in rows.values()} == {"2020"}
    assert all(r["note"] == NOTE for r in rows.values())


@pytest.mark.shared_data(ASSEN_CSV)  # missing: fails under CI=true, skips locally
def test_measured_loneliness_suppressed_small_and_unknown_buurten(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    buurten = squares(
        tmp_path / "buurten.gpkg",
        "buurten",
        "&field=buurtcode:string&field=aantal_inwoners:integer",
        [
            (0, 0, 300, "BU01060001", 800),  # 18+ published, 65+ '.'
            (400, 0, 200, "BU01060002", 60),  # under 100 residents: withheld
            (0, 400, 250, "BU01060309", 500),  # everything '.' (suppressed by RIVM)
            (400, 400, 100, "BU01069999", 300),  # no RIVM row
        ],
    )
    out = str(tmp_path / "measured_buurten.gpkg")
    result = run_alg(
        "wijkaanpak:measuredloneliness",
        {
            "AREAS": buurten,
            "AREA_CODE_FIELD": "buurtcode",
            "RIVM_TABLE": f"{gpkg}|layername=rivm_gezondheid_2020",
            "OUTPUT": out,
        },
    )
    assert result["N_MATCHED"] == 3 and result["N_WITHHELD"] == 1
    rows = {r["buurtcode"]: r for r in _features(out)}
    p18, p65 = _published("18+"), _published("65+")
    _assert_matches_csv(rows["BU01060001"], p18["BU01060001"], "18plus")
    assert p18["BU01060001"]["Eenzaam_28"] not in (".", "")
    assert p65["BU01060001"]["Eenzaam_28"] == "."  # the CSV's own '.' ...
    assert rows["BU01060001"]["eenzaam_65plus"] is None  # ... is NULL, not 0
    assert p18["BU01060309"]["Eenzaam_28"] == "."
    assert all(
        rows["BU01060309"][f"{s}_{a}"] is None for s in RIVM_COLUMNS for a in ("18plus", "65plus")
    )
    assert rows["BU01060309"]["note"].startswith("RIVM published no estimate (suppressed)")
    # BU01060002 has published figures (CSV) but only 60 residents here: withheld.
    assert p18["BU01060002"]["Eenzaam_28"] not in (".", "")
    assert rows["BU01060002"]["eenzaam_18plus"] is None
    assert rows["BU01060002"]["note"].startswith("Fewer than 100 residents (60)")
    assert rows["BU01069999"]["note"].startswith("No RIVM figures for area code 'BU01069999'")
    assert all(r["note"].endswith(NOTE) for r in rows.values())


@pytest.mark.shared_data(ASSEN_CSV)  # missing: fails under CI=true, skips locally
def test_measured_loneliness_from_a_national_style_file_fills_the_other_age_group(
    run_alg, sample_copy, tmp_path
):
    """A gzip CSV without an age column (like RIVM's national files) run on top of an 18+
    output: 65+ is filled, 18+ is kept."""
    gpkg = sample_copy("resources/sample/assen.gpkg")
    first = str(tmp_path / "first.gpkg")
    run_alg(
        "wijkaanpak:measuredloneliness",
        {
            "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
            "AREA_CODE_FIELD": "wijkcode",
            "RIVM_TABLE": f"{gpkg}|layername=rivm_gezondheid_2020",
            "AGE_GROUP": 1,  # 18+ only
            "OUTPUT": first,
        },
    )
    assert all(r["eenzaam_65plus"] is None for r in _features(first))
    national = tmp_path / "nl_65plus.csv.gz"
    with open(ASSEN_CSV, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        keep = [c for c in reader.fieldnames if c not in ("jaar", "leeftijdsgroep", "Leeftijd")]
        rows = [{c: r[c] for c in keep} for r in reader if r["leeftijdsgroep"] == "65+"]
    with gzip.open(national, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=keep, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    params = {
        "AREAS": f"{first}|layername=first",
        "AREA_CODE_FIELD": "wijkcode",
        "RIVM_FILE": str(national),
        "OUTPUT": str(tmp_path / "never.gpkg"),
    }
    with pytest.raises(QgsProcessingException) as error:
        run_alg("wijkaanpak:measuredloneliness", params)  # which age group is it?
    assert "nl_65plus.csv.gz" in str(error.value) and "age group" in str(error.value)
    assert not (tmp_path / "never.gpkg").exists()
    out = str(tmp_path / "both.gpkg")
    run_alg("wijkaanpak:measuredloneliness", {**params, "AGE_GROUP": 2, "OUTPUT": out})
    both = {r["wijkcode"]: r for r in _features(out)}
    for code, published in _published("65+", "Wijk").items():
        _assert_matches_csv(both[code], published, "65plus")
    for code, published in _published("18+", "Wijk").items():
        _assert_matches_csv(both[code], published, "18plus")
    assert both["WK010604"]["eenzaam_18plus"] == pytest.approx(49.7)


def test_measured_loneliness_without_code_overlap_names_layer_and_field(
    run_alg, sample_copy, tmp_path
):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:measuredloneliness",
            {
                "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
                "AREA_CODE_FIELD": "wijknaam",  # names, not codes
                "RIVM_TABLE": f"{gpkg}|layername=rivm_gezondheid_2020",
                "OUTPUT": str(out),
            },
        )
    message = str(error.value)
    assert "cbs_wijken_2024" in message and "wijknaam" in message and "Codering_3" in message
    assert not out.exists()


# --------------------------------------------------------------------------- risk index

HAND_CONFIG = {
    "name": "hand",
    "classes": {"method": "quantile", "count": 3, "labels": ["laag", "midden", "hoog"]},
    "factors": [
        {"name": "A", "label": "alone", "weight": 2, "direction": "higher",
         "sources": [{"field": "pct_alleen"}]},
        {"name": "B", "label": "old", "weight": 1, "direction": "higher",
         "sources": [{"numerator": "n65", "denominator": "inw"}]},
        {"name": "C", "label": "hhsize", "weight": 1, "direction": "lower",
         "sources": [{"field": "hh"}]},
        {"name": "D", "label": "income", "weight": 1, "direction": "higher",
         "sources": [{"field": "not_in_layer"}]},
    ],
}  # fmt: skip


def test_risk_index_on_a_hand_layer(run_alg, tmp_path):
    config = tmp_path / "config.json"
    config.write_text(json.dumps(HAND_CONFIG), encoding="utf-8")
    areas = squares(
        tmp_path / "areas.gpkg",
        "areas",
        "&field=code:string&field=pct_alleen:double&field=n65:integer&field=inw:integer"
        "&field=hh:double",
        [
            (0, 0, 300, "A1", 20.0, 10, 100, 2.5),
            (400, 0, 200, "A2", 40.0, 30, 100, 2.0),
            (0, 400, 500, "A3", 60.0, 20, 100, 1.5),
        ],
    )
    out = str(tmp_path / "risk.gpkg")
    params = {"AREAS": areas, "CONFIG": str(config), "OUTPUT": out}
    result = run_alg("wijkaanpak:lonelinessriskindex", params)
    # D's column is missing: skipped (default policy). Weights A 2, B 1, C 1 (sum 4).
    # A 20, 40, 60: mean 40, population sd 16.330 → z −1.2247, 0, +1.2247.
    # B = n65/inw·100 = 10, 30, 20 %: mean 20, sd 8.165 → z −1.2247, +1.2247, 0.
    # C 2.5, 2.0, 1.5: mean 2, sd 0.4082 → z +1.2247, 0, −1.2247; lower = riskier (sign −1).
    # score = (2·zA + zB − zC) / 4:
    #   A1 (−2.4495 − 1.2247 − 1.2247)/4 = −1.2247; A2 (0 + 1.2247 − 0)/4 = +0.3062;
    #   A3 (2.4495 + 0 + 1.2247)/4 = +0.9186.
    # Three quantile classes by rank 1, 2, 3 → 1, 2, 3 (laag, midden, hoog).
    # Contributions A3: A +0.61, C +0.31, B 0.00 → reasons in that order.
    assert result["FACTORS_SKIPPED"] == "D" and result["N_SCORED"] == 3
    rows = {r["code"]: r for r in _features(out)}
    expected = {"A1": -1.2247, "A2": 0.3062, "A3": 0.9186}
    for code, score in expected.items():
        assert rows[code]["risk_score"] == pytest.approx(score, abs=1e-3)
    assert [rows[c]["risk_class"] for c in ("A1", "A2", "A3")] == [1, 2, 3]
    assert rows["A3"]["risk_class_label"] == "hoog"
    assert rows["A2"]["risk_factor_1"] == "old"
    assert rows["A3"]["risk_reasons"] == "alone (+0.61); hhsize (+0.31); old (+0.00)"
    assert rows["A1"]["contribution_C"] == pytest.approx(-0.3062, abs=1e-3)
    assert rows["A1"]["note"] == NOTE
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:lonelinessriskindex",
            {**params, "MISSING_FACTORS": 1, "OUTPUT": str(tmp_path / "never.gpkg")},
        )
    assert "'D'" in str(error.value) and "not_in_layer" in str(error.value)
    assert "areas" in str(error.value)
    assert not (tmp_path / "never.gpkg").exists()


def _reference_scores(rows: list[dict], factors: list[tuple]) -> list[float]:
    """Plain-Python weighted mean of signed z-scores (population sd), all factors known."""
    scores = [0.0] * len(rows)
    for value, weight, sign in factors:
        values = [value(r) for r in rows]
        mean, sd = statistics.fmean(values), statistics.pstdev(values)
        for i, v in enumerate(values):
            scores[i] += weight * sign * (v - mean) / sd
    total = sum(weight for _, weight, _ in factors)
    return [s / total for s in scores]


def test_risk_index_default_config_on_cbs_wijken(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = str(tmp_path / "wijken_risk.gpkg")
    result = run_alg(
        "wijkaanpak:lonelinessriskindex",
        {"AREAS": f"{gpkg}|layername=cbs_wijken_2024", "CONFIG": "", "OUTPUT": out},
    )
    # The CBS wijk file has 65plus (%), gem_huishouden_grootte and bevolkingsdichtheid.
    assert result["FACTORS_USED"] == "ouderen_65plus, huishoudensgrootte, dichtheid"
    rows = _features(out)
    expected = _reference_scores(
        rows,
        [
            (lambda r: r["65plus"], 1.0, 1),
            (lambda r: r["gem_huishouden_grootte"], 1.0, -1),
            (lambda r: math.log1p(r["bevolkingsdichtheid"]), 0.5, 1),
        ],
    )
    for row, score in zip(rows, expected):
        assert row["risk_score"] == pytest.approx(score, abs=1e-9), row["wijkcode"]
    assert sorted(r["risk_class"] for r in rows) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_risk_index_on_grid_cells_and_on_buurten_from_the_grid(run_alg, sample_copy, tmp_path):
    gpkg = sample_copy("tests/data/ermelo_small.gpkg")
    grid = f"{gpkg}|layername=cbs_vierkant100m"
    out = str(tmp_path / "grid_risk.gpkg")
    run_alg("wijkaanpak:lonelinessriskindex", {"AREAS": grid, "OUTPUT": out})
    cells = _features(out)
    source = _features(grid)
    assert len(cells) == len(source) == 186
    # Density of a 1 ha cell: residents × 100 per km²; suppressed residents → no density.
    for cell in cells:
        if cell["aantal_inwoners"] >= 0:
            assert cell["bevolkingsdichtheid"] == pytest.approx(cell["aantal_inwoners"] * 100)
        else:
            assert cell["bevolkingsdichtheid"] is None
    assert any(c["risk_reasons"] and "bevolkingsdichtheid" in c["risk_reasons"] for c in cells)

    # Buurten 2021 have no figures: take them from the grid by buurt code.
    out_b = str(tmp_path / "buurt_risk.gpkg")
    result = run_alg(
        "wijkaanpak:lonelinessriskindex",
        {
            "AREAS": f"{gpkg}|layername=cbs_buurten_ermelo_2021",
            "GRID": grid,
            "GRID_CODE_FIELD": "buurtcode",
            "AREA_CODE_FIELD": "buurtcode",
            "OUTPUT": out_b,
        },
    )
    assert "eenpersoonshuishoudens" in result["FACTORS_USED"]
    buurten = {r["buurtcode"]: r for r in _features(out_b)}
    # One-person share of BU02330001 by hand: sums over its cells where both counts are known.
    one = hh = 0
    for c in source:
        if c["buurtcode"] == "BU02330001":
            a, b = c["aantal_eenpersoonshuishoudens"], c["aantal_part_huishoudens"]
            if a is not None and b is not None and a >= 0 and b > 0:
                one, hh = one + a, hh + b
    assert hh > 0
    assert buurten["BU02330001"]["grid_eenpersoonshuishoudens"] == pytest.approx(100 * one / hh)
    scored = [r for r in buurten.values() if r["risk_score"] is not None]
    assert len(scored) >= 2
    assert all(r["risk_score"] is None for r in buurten.values() if r["grid_cells"] is None)


# --------------------------------------------------------------------------- model


def synthetic_areas(path: Path, name: str, n_groups: int, per_group: int, seed: int, **extra):
    """y = 30 + 0.5·x1 − 0.3·x2 + N(0, 0.5²); x1's mean shifts per gemeente."""
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(n_groups):
        shift = rng.normal(0, 2)
        for i in range(per_group):
            x1, x2 = rng.normal(0, 4) + shift, rng.normal(0, 4)
            y = 30 + 0.5 * x1 - 0.3 * x2 + rng.normal(0, 0.5)
            k = g * per_group + i
            rows.append(
                (
                    (k % 20) * 120, (k // 20) * 120, 100 + (k % 7),
                    f"WK{k:06d}", f"GM{g:04d}", x1, x2, y, extra.get("population", 500),
                )
            )  # fmt: skip
    fields = (
        "&field=wijkcode:string&field=gemeentecode:string&field=x1:double&field=x2:double"
        "&field=eenzaam_18plus:double&field=aantal_inwoners:integer"
    )
    return squares(path, name, fields, rows), rows


def _train(run_alg, layer, model, method=1, **extra):
    return run_alg(
        "wijkaanpak:trainlonelinessmodel",
        {
            "AREAS": layer,
            "TARGET_FIELD": "eenzaam_18plus",
            "PREDICTORS": ["x1", "x2"],
            "GROUP_FIELD": "gemeentecode",
            "CODE_FIELD": "wijkcode",
            "SEED": 4,
            "METHOD": method,
            "MODEL": str(model),
            **extra,
        },
    )


def test_train_and_apply_on_synthetic_areas(run_alg, tmp_path):
    train, rows = synthetic_areas(tmp_path / "train.gpkg", "train", 10, 6, seed=1)
    oof = str(tmp_path / "oof.gpkg")
    result = _train(run_alg, train, tmp_path / "model.pkl", OUTPUT=oof)
    # Var(y) = 0.25·(16 + 4) + 0.09·16 + 0.25 ≈ 6.7 of which noise 0.25: R² ceiling ≈ 0.96.
    assert result["R2"] > 0.9 and result["MAE"] < 0.8 and result["SPEARMAN"] > 0.9
    assert 0.6 <= result["COVERAGE"] <= 1.0 and result["N_TRAIN"] == 60
    for key in ("MODEL", "MODEL_JSON", "REPORT", "REPORT_JSON"):
        assert Path(result[key]).exists(), key
    assert Path(result["REPORT"]).name == "model_report.md"
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "not a verdict" in report and "| R² |" in report and "ridge" in report
    data = json.loads(Path(result["REPORT_JSON"]).read_text(encoding="utf-8"))
    assert data["note"] == NOTE and data["metrics"]["model"]["r2"] == pytest.approx(result["R2"])
    # Out-of-fold output: residual = measured − estimate, recomputed from the fields.
    for row in _features(oof):
        assert row["residual"] == pytest.approx(row["eenzaam_18plus"] - row["estimate"])
        assert row["lower"] <= row["estimate"] <= row["upper"]
        assert row["covered"] == int(row["lower"] <= row["eenzaam_18plus"] <= row["upper"])

    other, other_rows = synthetic_areas(tmp_path / "other.gpkg", "other", 3, 4, seed=9)
    estimates = str(tmp_path / "estimates.gpkg")
    run_alg(
        "wijkaanpak:applylonelinessmodel",
        {"MODEL": result["MODEL"], "AREAS": other, "OUTPUT": estimates},
    )
    by_code = {r["wijkcode"]: r for r in _features(estimates)}
    for row in other_rows:
        code, x1, x2 = row[3], row[5], row[6]
        est = by_code[code]
        # The generating process without noise: ridge (alpha 1) on 60 areas with noise sd
        # 0.5 has coefficient errors of about 0.015 per unit, so within 1 pp of it here.
        assert est["estimate"] == pytest.approx(30 + 0.5 * x1 - 0.3 * x2, abs=1.0)
        assert est["published"] == 1 and est["lower"] < est["estimate"] < est["upper"]
        assert est["note"] == NOTE
        assert est["explanation_up"] is not None or est["explanation_down"] is not None


def test_same_seed_gives_the_same_estimates(run_alg, tmp_path):
    train, _ = synthetic_areas(tmp_path / "train.gpkg", "train", 16, 6, seed=2)
    other, _ = synthetic_areas(tmp_path / "other.gpkg", "other", 2, 5, seed=3)
    runs = []
    for k in range(2):
        result = _train(run_alg, train, tmp_path / f"gbm{k}.pkl", method=0)
        out = str(tmp_path / f"est{k}.gpkg")
        run_alg(
            "wijkaanpak:applylonelinessmodel",
            {"MODEL": result["MODEL_JSON"], "AREAS": other, "OUTPUT": out},
        )
        runs.append((result, [r["estimate"] for r in _features(out)]))
    assert runs[0][0]["R2"] == runs[1][0]["R2"]
    assert runs[0][1] == runs[1][1] and all(v is not None for v in runs[0][1])
    assert len(set(runs[0][1])) > 3  # a real model, not one constant


def test_apply_withholds_small_areas_and_flags_extrapolation(run_alg, tmp_path):
    train, _ = synthetic_areas(tmp_path / "train.gpkg", "train", 8, 5, seed=5)
    model = _train(run_alg, train, tmp_path / "m.pkl")["MODEL"]
    layer = squares(
        tmp_path / "few.gpkg",
        "few",
        "&field=x1:double&field=x2:double&field=aantal_inwoners:integer",
        [(0, 0, 100, 0.0, 0.0, 99), (200, 0, 100, 0.0, 0.0, 100), (400, 0, 100, 80.0, 0.0, 500)],
    )
    out = str(tmp_path / "few_est.gpkg")
    run_alg("wijkaanpak:applylonelinessmodel", {"MODEL": model, "AREAS": layer, "OUTPUT": out})
    rows = _features(out)
    # 99 residents: no estimate; 100: published; x1 = 80 is far outside the training range.
    assert rows[0]["published"] == 0 and rows[0]["estimate"] is None
    assert rows[0]["note"].startswith("fewer than 100 residents")
    assert rows[1]["published"] == 1 and rows[1]["estimate"] is not None
    assert rows[2]["out_of_range"] == 1 and "x1" in rows[2]["out_of_range_predictors"]
    assert rows[1]["out_of_range"] == 0


def test_grid_mode_cells_add_up_to_the_buurt_estimates(run_alg, tmp_path):
    # Train on wijken whose predictors are a share (%) and a household size.
    rng = np.random.default_rng(0)
    rows = []
    for k in range(60):
        share, size = rng.uniform(5, 40), rng.uniform(1.5, 3.0)
        y = 40 + 0.2 * share - 4 * size  # noise-free
        rows.append((k * 150, 0, 100, f"GM{k % 10:04d}", share, size, y))
    train = squares(
        tmp_path / "train.gpkg",
        "train",
        "&field=gemeentecode:string&field=share_65:double&field=hh_size:double"
        "&field=eenzaam_18plus:double",
        rows,
    )
    result = run_alg(
        "wijkaanpak:trainlonelinessmodel",
        {
            "AREAS": train,
            "TARGET_FIELD": "eenzaam_18plus",
            "PREDICTORS": ["share_65", "hh_size"],
            "GROUP_FIELD": "gemeentecode",
            "METHOD": 1,
            "MODEL": str(tmp_path / "grid_model.pkl"),
        },
    )
    assert result["R2"] > 0.99
    grid = squares(
        tmp_path / "grid.gpkg",
        "grid",
        "&field=buurtcode:string&field=aantal_inwoners:integer&field=n65:integer"
        "&field=hh_size:double",
        [
            (0, 0, 100, "BU01", 100, 10, 2.0),
            (100, 0, 100, "BU01", 50, 15, 2.5),
            (200, 0, 100, "BU01", 150, -99997, 3.0),  # suppressed 65+ count
            (0, 100, 100, "BU02", 60, 12, 1.5),
            (100, 100, 100, "BU02", 40, 2, 2.5),
            (200, 100, 100, "BU03", 30, 5, 2.0),  # buurt under 100 residents
            (300, 100, 100, "BU03", 0, 0, 2.0),  # empty cell
        ],
    )
    out = str(tmp_path / "surface.gpkg")
    table = str(tmp_path / "buurten.gpkg")
    res = run_alg(
        "wijkaanpak:applylonelinessmodel",
        {
            "MODEL": result["MODEL"],
            "AREAS": grid,
            "GRID_MODE": True,
            "BUURT_CODE_FIELD": "buurtcode",
            "GRID_PREDICTORS": "share_65 = n65 / aantal_inwoners * 100",
            "TOLERANCE": 0.01,
            "MIN_CELL_POPULATION": 0,  # every inhabited cell, to check the whole surface here
            "OUTPUT": out,
            "OUTPUT_BUURTEN": table,
        },
    )
    assert res["WITHIN_TOLERANCE"] and res["MAX_DIFFERENCE"] <= 0.01
    buurten = {r["buurtcode"]: r for r in _features(table)}
    # BU01: 65+ share over cells where it is known (10 + 15) / (100 + 50) = 16.667%;
    #       household size weighted by residents (2·100 + 2.5·50 + 3·150) / 300 = 2.5833;
    #       the process gives 40 + 0.2·16.667 − 4·2.5833 = 33.000.
    # BU02: (12 + 2) / 100 = 14%; (1.5·60 + 2.5·40) / 100 = 1.9 → 40 + 2.8 − 7.6 = 35.2.
    assert buurten["BU01"]["estimate"] == pytest.approx(33.0, abs=0.15)
    assert buurten["BU02"]["estimate"] == pytest.approx(35.2, abs=0.15)
    assert buurten["BU03"]["estimate"] is None
    cells = _features(out)
    for code in ("BU01", "BU02"):
        own = [c for c in cells if c["buurtcode"] == code]
        weighted = sum(c["aantal_inwoners"] * c["estimate"] for c in own)
        mean = weighted / sum(c["aantal_inwoners"] for c in own)
        assert abs(mean - buurten[code]["estimate"]) <= 0.01
        assert all(c["buurt_estimate"] == pytest.approx(buurten[code]["estimate"]) for c in own)
    # BU02's cells: 40 + 0.2·20 − 6 = 38 and 40 + 0.2·5 − 10 = 31 before the shift; their
    # weighted mean 35.2 already equals the buurt estimate, so they stay 38 and 31.
    bu02 = [c["estimate"] for c in cells if c["buurtcode"] == "BU02"]
    assert bu02 == pytest.approx([38.0, 31.0], abs=0.15)
    bu03 = [c for c in cells if c["buurtcode"] == "BU03"]
    assert all(c["estimate"] is None and c["published"] == 0 for c in bu03)
    assert bu03[1]["note"].startswith("No residents in this cell")
    assert all(c["note"].endswith(NOTE) for c in cells)

    # The default: as for areas, cells under 100 residents get no value of their own.
    # Published by hand: BU01's cells of 100 and 150 residents; not its 50, not BU02's 60 and
    # 40 (though BU02 has an estimate), not BU03's (no estimate) nor the empty cell.
    default = str(tmp_path / "surface_default.gpkg")
    res = run_alg(
        "wijkaanpak:applylonelinessmodel",
        {
            "MODEL": result["MODEL"],
            "AREAS": grid,
            "GRID_MODE": True,
            "BUURT_CODE_FIELD": "buurtcode",
            "GRID_PREDICTORS": "share_65 = n65 / aantal_inwoners * 100",
            "TOLERANCE": 0.01,
            "OUTPUT": default,
        },
    )
    assert res["N_PUBLISHED"] == 2 and res["WITHIN_TOLERANCE"]
    withheld = _features(default)
    assert [c["published"] for c in withheld] == [1, 0, 1, 0, 0, 0, 0]
    for before, after in zip(cells, withheld):
        if after["published"]:
            assert after["estimate"] == pytest.approx(before["estimate"])
        else:
            assert after["estimate"] is None and after["estimate_unadjusted"] is None
            assert after["lower"] is None and after["upper"] is None
    for small in (withheld[1], withheld[3], withheld[4]):
        assert small["note"].startswith("Fewer than 100 residents in this cell")
        assert small["buurt_estimate"] == pytest.approx(buurten[small["buurtcode"]]["estimate"])


# --------------------------------------------------------------------------- bad input


def test_training_refuses_too_few_areas_and_constant_predictors(run_alg, tmp_path):
    few, _ = synthetic_areas(tmp_path / "few.gpkg", "few", 5, 4, seed=1)  # 20 areas
    model = tmp_path / "few_model.pkl"
    with pytest.raises(QgsProcessingException) as error:
        _train(run_alg, few, model)
    assert "few" in str(error.value) and "Only 20 training area" in str(error.value)
    assert not list(tmp_path.glob("few_model*"))

    train, _ = synthetic_areas(tmp_path / "const.gpkg", "const", 8, 5, seed=1, population=500)
    model = tmp_path / "const_model.pkl"
    with pytest.raises(QgsProcessingException) as error:
        _train(run_alg, train, model, PREDICTORS=["x1", "aantal_inwoners"])
    assert "aantal_inwoners" in str(error.value) and "same value" in str(error.value)
    assert not list(tmp_path.glob("const_model*"))


def test_apply_to_a_layer_without_the_predictors_names_layer_and_field(run_alg, tmp_path):
    train, _ = synthetic_areas(tmp_path / "train.gpkg", "train", 8, 5, seed=6)
    model = _train(run_alg, train, tmp_path / "m.pkl")["MODEL"]
    layer = squares(
        tmp_path / "wrong.gpkg",
        "wrong",
        "&field=x1:double&field=aantal_inwoners:integer",
        [(0, 0, 100, 1.0, 500)],
    )
    out = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "wijkaanpak:applylonelinessmodel",
            {"MODEL": model, "AREAS": layer, "OUTPUT": str(out)},
        )
    assert "wrong" in str(error.value) and "x2" in str(error.value)
    assert not out.exists()


def test_training_can_be_cancelled_between_folds(wijkaanpak_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    train, _ = synthetic_areas(tmp_path / "train.gpkg", "train", 10, 6, seed=1)
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_after_first_fold(value):
        seen.append(value)
        if value > 0:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_after_first_fold)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException) as error:
        processing.run(
            "wijkaanpak:trainlonelinessmodel",
            {
                "AREAS": train,
                "TARGET_FIELD": "eenzaam_18plus",
                "PREDICTORS": ["x1", "x2"],
                "GROUP_FIELD": "gemeentecode",
                "METHOD": 1,
                "MODEL": str(tmp_path / "cancel_model.pkl"),
                "OUTPUT": str(tmp_path / "cancel_oof.gpkg"),
            },
            context=context,
            feedback=feedback,
        )
    assert "Cancelled" in str(error.value)
    # Training is 90% of the progress bar in 5 + 5 folds + 1 fit: one fold is 90/11 ≈ 8.2%.
    assert max(seen) == pytest.approx(90 / 11)
    assert not list(tmp_path.glob("cancel_*"))
