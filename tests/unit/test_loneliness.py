"""Loneliness core: measured layer, risk index, small-area model, grid surface, report.

The model is checked on synthetic data with a known generating process
(y = 30 + 0.5·x1 − 0.3·x2 + N(0, 1) noise, areas in groups), so the expected R², interval
width and coefficient signs follow from the process, not from the code.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.loneliness import (
    LONELINESS_NOTE,
    MEASURED_LAYER_COLUMNS,
    GridPredictor,
    grid_cell_estimates,
    grid_predictors_for_model,
    join_measured_loneliness,
    join_on_area_code,
    loneliness_grid_surface,
    measured_loneliness,
    parse_grid_predictors,
    write_loneliness_report,
)
from wijkaanpak.wijkaanpak_plugin.core.risk_index import (
    add_grid_density,
    grid_cell_area_km2,
    load_risk_index_config,
    loneliness_risk_index,
    parse_risk_index_config,
    risk_figures_from_grid,
)
from wijkaanpak.wijkaanpak_plugin.core.smallarea_model import (
    apply_loneliness_model,
    grouped_folds,
    load_loneliness_model,
    save_loneliness_model,
    train_loneliness_model,
)

NOISE_SD = 1.0


def synthetic(n_groups: int = 40, per_group: int = 15, seed: int = 1) -> pd.DataFrame:
    """y = 30 + 0.5·x1 − 0.3·x2 + N(0, 1); x1's mean shifts per group (areas cluster)."""
    rng = np.random.default_rng(seed)
    n = n_groups * per_group
    group = np.repeat([f"GM{g:04d}" for g in range(n_groups)], per_group)
    shift = np.repeat(rng.normal(0, 2, n_groups), per_group)
    x1 = rng.normal(0, 4, n) + shift
    x2 = rng.normal(0, 4, n)
    noise = rng.normal(0, NOISE_SD, n)
    return pd.DataFrame(
        {
            "code": [f"WK{i:06d}" for i in range(n)],
            "gemeente": group,
            "x1": x1,
            "x2": x2,
            "noise": noise,
            "y": 30 + 0.5 * x1 - 0.3 * x2 + noise,
            "inwoners": 500,
        }
    )


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return synthetic()


@pytest.fixture(scope="module")
def ridge_model(data):
    return train_loneliness_model(
        data, "y", ["x1", "x2"], "gemeente", seed=3, method="ridge", code_column="code"
    )


# ---------------------------------------------------------------------------- small-area model


def test_model_reaches_the_noise_ceiling(data, ridge_model):
    # Oracle R² = 1 − Σnoise² / Σ(y − ȳ)²: the best any model can do on this process.
    y, noise = data["y"].to_numpy(), data["noise"].to_numpy()
    oracle = 1 - np.sum(noise**2) / np.sum((y - y.mean()) ** 2)
    m = ridge_model.metrics["model"]
    assert oracle - 0.02 <= m["r2"] <= oracle + 0.005
    # MAE of N(0, σ) noise is σ·sqrt(2/π) ≈ 0.798.
    assert m["mae"] == pytest.approx(NOISE_SD * math.sqrt(2 / math.pi), abs=0.06)
    assert m["spearman"] > 0.9


def test_conformal_interval_covers_about_90_percent(ridge_model):
    # Noise is N(0, 1): the ideal 90% half-width is 1.645.
    assert ridge_model.halfwidth == pytest.approx(1.645, abs=0.15)
    # Held-out coverage on 600 areas: SE = sqrt(0.9·0.1/600) ≈ 0.012, allow ±3 SE.
    coverage = ridge_model.metrics["model"]["interval"]["coverage_heldout"]
    assert coverage == pytest.approx(0.9, abs=0.037)
    # Fresh areas from the same process, never seen: count y inside [lower, upper] by hand.
    fresh = synthetic(n_groups=100, per_group=20, seed=99)
    est = apply_loneliness_model(ridge_model, fresh, population_column="inwoners", explain=False)
    inside = (fresh["y"] >= est["lower"]) & (fresh["y"] <= est["upper"])
    # SE on 2000 ≈ 0.007, plus the half-width's own sampling error: allow ±0.035.
    assert inside.mean() == pytest.approx(0.9, abs=0.035)


def test_grouped_folds_never_split_a_group(data, ridge_model):
    groups = data["gemeente"].to_numpy()
    folds = grouped_folds(groups, 5, seed=11)
    for k in range(5):
        assert set(groups[folds == k]).isdisjoint(groups[folds != k])
    assert sorted(np.unique(folds)) == [0, 1, 2, 3, 4]
    # 40 groups of 15 areas into 5 folds: every fold holds exactly 8 groups (120 areas).
    assert np.bincount(folds).tolist() == [120] * 5
    cv = ridge_model.cv_predictions
    assert (cv.groupby("group")["fold"].nunique() == 1).all()
    # Out-of-fold predictions really are out of fold: refit fold 0 by hand, ridge in closed
    # form on standardised predictors: (ZᵀZ + αI)β = Zᵀ(y − ȳ), α = 1.
    train = (cv["fold"] != 0).to_numpy()
    X, y = data[["x1", "x2"]].to_numpy(), data["y"].to_numpy()
    mu, sd = X[train].mean(axis=0), X[train].std(axis=0)
    Z = (X[train] - mu) / sd
    beta = np.linalg.solve(Z.T @ Z + np.eye(2), Z.T @ (y[train] - y[train].mean()))
    expected = y[train].mean() + ((X[~train] - mu) / sd) @ beta
    np.testing.assert_allclose(cv.loc[~train, "predicted"], expected, atol=1e-8)


def test_same_seed_same_results_other_seed_other_split(data):
    kw = dict(method="gbm", params={"max_iter": 40}, code_column="code")
    a = train_loneliness_model(data, "y", ["x1", "x2"], "gemeente", seed=7, **kw)
    b = train_loneliness_model(data, "y", ["x1", "x2"], "gemeente", seed=7, **kw)
    c = train_loneliness_model(data, "y", ["x1", "x2"], "gemeente", seed=8, **kw)
    np.testing.assert_array_equal(a.cv_predictions["predicted"], b.cv_predictions["predicted"])
    fresh = synthetic(n_groups=5, per_group=10, seed=5)
    pa = apply_loneliness_model(a, fresh, population_column=None)
    pb = apply_loneliness_model(b, fresh, population_column=None)
    np.testing.assert_array_equal(pa["estimate"], pb["estimate"])
    assert (a.cv_predictions["fold"] != c.cv_predictions["fold"]).any()


def test_out_of_range_and_imputed_flags(data, ridge_model):
    lo1, hi1 = data["x1"].min(), data["x1"].max()
    hi2 = data["x2"].max()
    rows = pd.DataFrame(
        {
            "x1": [0.0, 0.0, lo1 - 1, np.nan],
            "x2": [0.0, hi2 + 0.5, hi2 + 1, 0.0],
            "inwoners": [500] * 4,
        }
    )
    est = apply_loneliness_model(ridge_model, rows, population_column="inwoners")
    assert est["out_of_range"].tolist() == [False, True, True, False]
    assert est["out_of_range_predictors"].tolist() == ["", "x2", "x1, x2", ""]
    assert est["imputed_predictors"].tolist() == ["", "", "", "x1"]
    assert lo1 < 0 < hi1


def test_explanation_sign_matches_the_known_coefficients(data, ridge_model):
    med1, med2 = data["x1"].median(), data["x2"].median()
    rows = pd.DataFrame({"x1": [med1 + 10, med1], "x2": [med2, med2 + 10], "inwoners": 500})
    est = apply_loneliness_model(ridge_model, rows, population_column="inwoners", explain="full")
    # Row 0: x1 ten above its median → +0.5·10 = +5 pp; row 1: x2 ten above → −0.3·10 = −3 pp.
    assert est.loc[0, "contribution_x1"] == pytest.approx(5.0, abs=0.25)
    assert est.loc[1, "contribution_x2"] == pytest.approx(-3.0, abs=0.25)
    assert est.loc[0, "explanation_up"].startswith("x1 (+")
    assert est.loc[1, "explanation_down"].startswith("x2 (-")
    gbm = train_loneliness_model(
        data, "y", ["x1", "x2"], "gemeente", seed=1, params={"max_iter": 60}
    )
    g = apply_loneliness_model(gbm, rows, population_column=None, explain="full")
    assert g.loc[0, "contribution_x1"] > 0 and g.loc[1, "contribution_x2"] < 0


def test_minimum_population_rule(ridge_model):
    rows = pd.DataFrame({"x1": [0.0] * 4, "x2": [0.0] * 4, "inwoners": [50, 99, 100, np.nan]})
    est = apply_loneliness_model(ridge_model, rows, population_column="inwoners")
    assert est["published"].tolist() == [False, False, True, False]
    assert est["estimate"].isna().tolist() == [True, True, False, True]
    assert est["lower"].isna().tolist() == [True, True, False, True]
    assert "fewer than 100 residents" in est.loc[0, "note"]
    with pytest.raises(WijkaanpakInputError, match="Population column 'inwoners'"):
        apply_loneliness_model(
            ridge_model, rows.drop(columns="inwoners"), population_column="inwoners"
        )
    free = apply_loneliness_model(ridge_model, rows, population_column=None)
    assert free["published"].all()


def test_training_errors_name_the_problem(data):
    with pytest.raises(WijkaanpakInputError, match="Only 20 training area"):
        train_loneliness_model(data.head(20), "y", ["x1"], "gemeente", method="ridge")
    const = data.assign(x3=1.0)
    with pytest.raises(WijkaanpakInputError, match="x3"):
        train_loneliness_model(const, "y", ["x1", "x3"], "gemeente", method="ridge")
    holes = data.copy()
    holes.loc[[3, 7], "x2"] = np.nan
    with pytest.raises(WijkaanpakInputError, match="'x2' is empty .* 2 training"):
        train_loneliness_model(
            holes, "y", ["x1", "x2"], "gemeente", nan_policy="error", method="ridge"
        )
    dropped = train_loneliness_model(
        holes, "y", ["x1", "x2"], "gemeente", nan_policy="drop", method="ridge"
    )
    assert dropped.training["n_train"] == len(data) - 2
    assert dropped.training["n_dropped_missing_predictors"] == 2
    imputed = train_loneliness_model(holes, "y", ["x1", "x2"], "gemeente", method="ridge")
    assert imputed.training["n_imputed_rows"] == 2 and imputed.training["n_train"] == len(data)
    with pytest.raises(WijkaanpakInputError, match="lacks predictor"):
        train_loneliness_model(data, "y", ["x1", "nope"], "gemeente", method="ridge")
    few_groups = data.assign(gemeente=np.where(data.index % 2, "GM1", "GM2"))
    with pytest.raises(WijkaanpakInputError, match="at least 5 groups"):
        train_loneliness_model(few_groups, "y", ["x1"], "gemeente", method="ridge")


def test_save_load_apply_to_another_table(tmp_path, data, ridge_model):
    pkl, js = save_loneliness_model(ridge_model, tmp_path / "model")
    meta = json.loads(js.read_text())
    assert meta["predictors"] == ["x1", "x2"]
    assert meta["training_ranges"]["x1"] == [data["x1"].min(), data["x1"].max()]
    assert "scikit-learn" in meta["versions"]
    loaded = load_loneliness_model(js)
    other = synthetic(n_groups=3, per_group=4, seed=42)
    a = apply_loneliness_model(ridge_model, other, population_column="inwoners")
    b = apply_loneliness_model(loaded, other, population_column="inwoners")
    pd.testing.assert_frame_equal(a, b)
    pkl.write_bytes(pkl.read_bytes() + b"x")
    with pytest.raises(WijkaanpakInputError, match="checksum"):
        load_loneliness_model(tmp_path / "model")


# ---------------------------------------------------------------------------- risk index


HAND_CONFIG = {
    "name": "test",
    "classes": {"method": "quantile", "count": 5},
    "factors": [
        {"name": "A", "weight": 2, "direction": "higher", "sources": [{"field": "a"}]},
        {
            "name": "B",
            "weight": 1,
            "direction": "lower",
            "sources": [{"field": "b_pct"}, {"numerator": "n", "denominator": "d"}],
        },
    ],
}


def test_risk_index_on_a_hand_computed_table():
    # a = 10, 20, 30 → mean 20, population sd sqrt(200/3) = 8.165, z_A = −1.2247, 0, +1.2247.
    # B = n/d·100 = 20, 10, 30 (%) → mean 20, sd 8.165, z_B = 0, −1.2247, +1.2247.
    # score = (2·z_A − 1·z_B) / 3 (B: lower is riskier):
    #   area 1: (−2.4495 − 0) / 3 = −0.8165
    #   area 2: (0 + 1.2247) / 3 = +0.4082
    #   area 3: (2.4495 − 1.2247) / 3 = +0.4082
    # quintile classes from percentile ranks 1/3, 2.5/3, 2.5/3 → ceil(5·r) = 2, 5, 5.
    table = pd.DataFrame({"a": [10, 20, 30], "n": [4, 2, 6], "d": [20, 20, 20]})
    res = loneliness_risk_index(table, HAND_CONFIG)
    t = res.table
    np.testing.assert_allclose(t["risk_score"], [-0.8165, 0.4082, 0.4082], atol=1e-4)
    assert t["risk_class"].tolist() == [2, 5, 5]
    # Contributions: area 1 A −0.8165, B 0; area 2 A 0, B +0.4082; area 3 A +0.8165, B −0.4082.
    assert t["risk_factor_1"].tolist() == ["A", "B", "A"]
    np.testing.assert_allclose(
        t["risk_factor_1_contribution"], [-0.8165, 0.4082, 0.8165], atol=1e-4
    )
    assert t.loc[2, "risk_factor_2"] == "B"
    assert t.loc[2, "risk_reasons"] == "A (+0.82); B (-0.41)"
    assert res.factors_used == {"A": "a", "B": "n / d × 100"}


def test_risk_index_missing_values_and_fixed_breaks():
    # Area 4's B is suppressed (-99997). A over 4 areas: mean 25, sd sqrt(125) = 11.180;
    # area 4 has 2 of 3 weight (≥ 0.5) → score = z_A = 15 / 11.180 = 1.3416.
    cfg = json.loads(json.dumps(HAND_CONFIG))
    cfg["classes"] = {"method": "fixed", "breaks": [-0.5, 0.5], "labels": ["laag", "mid", "hoog"]}
    table = pd.DataFrame({"a": [10, 20, 30, 40], "n": [4, 2, 6, -99997], "d": [20, 20, 20, 20]})
    t = loneliness_risk_index(table, cfg).table
    assert t.loc[3, "risk_score"] == pytest.approx(1.3416, abs=1e-4)
    assert t.loc[3, "risk_factors_used"] == 1
    # class k when breaks[k-2] < score <= breaks[k-1]: area 4 (1.34) → 3 "hoog".
    assert t.loc[3, "risk_class"] == 3 and t.loc[3, "risk_class_label"] == "hoog"
    cfg["min_weight_share"] = 0.8
    t2 = loneliness_risk_index(table, cfg).table
    assert math.isnan(t2.loc[3, "risk_score"]) and pd.isna(t2.loc[3, "risk_class"])


def test_risk_index_config_errors_name_the_culprit():
    table = pd.DataFrame({"a": [10, 20, 30], "n": [4, 2, 6], "d": [20, 20, 20], "c": [5, 5, 5]})
    bad = json.loads(json.dumps(HAND_CONFIG))
    bad["factors"][0]["sources"] = [{"field": "not_there"}]
    with pytest.raises(WijkaanpakInputError, match="'A'.*not_there"):
        loneliness_risk_index(table, bad)
    res = loneliness_risk_index(table, bad, missing_factors="skip")
    assert res.factors_skipped == ["A"]
    typo = json.loads(json.dumps(HAND_CONFIG))
    typo["factors"][1]["wieght"] = 1
    with pytest.raises(WijkaanpakInputError, match="factor 'B'.*wieght"):
        parse_risk_index_config(typo)
    zero = json.loads(json.dumps(HAND_CONFIG))
    for f in zero["factors"]:
        f["weight"] = 0
    with pytest.raises(WijkaanpakInputError, match="add up to 0"):
        parse_risk_index_config(zero)
    const = json.loads(json.dumps(HAND_CONFIG))
    const["factors"].append(
        {"name": "C", "weight": 1, "direction": "higher", "sources": [{"field": "c"}]}
    )
    with pytest.raises(WijkaanpakInputError, match="'C'.*same value"):
        loneliness_risk_index(table, const)
    direction = json.loads(json.dumps(HAND_CONFIG))
    direction["factors"][0]["direction"] = "up"
    with pytest.raises(WijkaanpakInputError, match="factor 'A'.*direction"):
        parse_risk_index_config(direction)


def test_shipped_config_is_valid_and_reads_the_grid_columns():
    cfg = load_risk_index_config()
    assert len(cfg.factors) == 8 and cfg.class_count == 5
    cells = pd.DataFrame(
        {
            "aantal_inwoners": [100, 50, 200],
            "aantal_inwoners_65_jaar_en_ouder": [10, 25, 20],
            "aantal_eenpersoonshuishoudens": [10, 20, -99997],
            "aantal_part_huishoudens": [40, 30, 80],
        }
    )
    res = loneliness_risk_index(cells, cfg, missing_factors="skip")
    assert set(res.factors_used) == {"eenpersoonshuishoudens", "ouderen_65plus"}
    # One-person share (weight 2): 25%, 66.67%, suppressed → mean 45.83, sd 20.83, z = −1, +1.
    # 65+ share (weight 1): 10%, 50%, 10% → mean 23.33, sd 18.856, z = −0.7071, 1.4142, −0.7071.
    # Cell 1: (2·(−1) − 0.7071) / 3 = −0.9024; cell 2: (2·1 + 1.4142) / 3 = 1.1381;
    # cell 3 has 1 of 3 weight (< min_weight_share 0.5): no score.
    np.testing.assert_allclose(res.table["risk_score"][:2], [-0.9024, 1.1381], atol=1e-4)
    assert math.isnan(res.table.loc[2, "risk_score"])


# ---------------------------------------------------------------------------- grid level


def test_grid_surface_adds_up_to_the_buurt_estimates():
    # Model: y = 30 + 0.2·share_alone − 2·household_size (noise-free; ridge, tiny penalty).
    rng = np.random.default_rng(0)
    n = 300
    train = pd.DataFrame(
        {
            "share_alone": rng.uniform(5, 90, n),
            "household_size": rng.uniform(1.2, 3.2, n),
            "g": np.repeat(np.arange(30), 10),
        }
    )
    train["y"] = 30 + 0.2 * train["share_alone"] - 2 * train["household_size"]
    model = train_loneliness_model(
        train, "y", ["share_alone", "household_size"], "g", method="ridge", params={"alpha": 1e-6}
    )
    cells = pd.DataFrame(
        {
            "buurtcode": ["BU01", "BU01", "BU01", "BU02", "BU02", "BU03"],
            "aantal_inwoners": [100, 50, 150, 60, 40, 30],
            "aantal_part_huishoudens": [40, 30, 60, 40, 10, 15],
            "aantal_eenpersoonshuishoudens": [10, 20, -99997, 30, 2, 5],
            "gemiddelde_huishoudensgrootte": [2.0, 2.5, 3.0, 1.5, 2.5, 2.0],
        }
    )
    grid_predictors = [
        GridPredictor(
            "share_alone", "aantal_eenpersoonshuishoudens", "aantal_part_huishoudens", scale=100.0
        ),
        GridPredictor("household_size", "gemiddelde_huishoudensgrootte"),
    ]
    s = loneliness_grid_surface(cells, model, grid_predictors, tolerance=0.01)
    b = s.buurten
    # BU01: one-person share known in cells 1-2 only: (10 + 20) / (40 + 30) = 42.857%;
    #       household size weighted by residents: (2·100 + 2.5·50 + 3·150) / 300 = 2.5833;
    #       estimate 30 + 0.2·42.857 − 2·2.5833 = 33.405.
    # BU02: (30 + 2) / (40 + 10) = 64%; (1.5·60 + 2.5·40) / 100 = 1.9; estimate 39.0.
    # BU03: 30 residents (< 100): no estimate.
    assert b.loc["BU01", "share_alone"] == pytest.approx(42.857, abs=1e-3)
    assert b.loc["BU01", "household_size"] == pytest.approx(2.58333, abs=1e-4)
    assert b.loc["BU01", "aantal_inwoners"] == 300
    assert b.loc["BU01", "estimate"] == pytest.approx(33.405, abs=0.01)
    assert b.loc["BU02", "estimate"] == pytest.approx(39.0, abs=0.01)
    assert math.isnan(b.loc["BU03", "estimate"])
    # BU02 cells before rescaling: 30 + 0.2·75 − 3 = 42 and 30 + 0.2·20 − 5 = 29; their
    # resident-weighted mean (60·42 + 40·29) / 100 = 36.8 falls 2.2 short of 39.0, so each
    # cell moves up by 2.2: 44.2 and 31.2 (the difference of 13 between them is kept).
    c = s.cells
    assert c.loc[3, "surface"] == pytest.approx(44.2, abs=0.01)
    assert c.loc[4, "surface"] == pytest.approx(31.2, abs=0.01)
    # Independent check: resident-weighted mean of the cell surface per buurt.
    for code in ("BU01", "BU02"):
        sel = c["buurtcode"] == code
        w = cells.loc[sel, "aantal_inwoners"].to_numpy(float)
        mean = np.sum(w * c.loc[sel, "surface"].to_numpy()) / w.sum()
        assert abs(mean - b.loc[code, "estimate"]) <= 0.01
    assert s.within_tolerance and s.max_abs_difference <= 0.01
    # BU03 under 100 residents: no buurt estimate and no cell values.
    assert math.isnan(c.loc[5, "surface"]) and math.isnan(c.loc[5, "estimate"])
    assert (c["note"] == LONELINESS_NOTE).all()
    # Published: only cells with at least 100 residents, as for areas (100, 150 of BU01).
    assert c["published"].tolist() == [True, False, True, False, False, False]
    assert c["below_min_population"].tolist() == [False, True, False, True, True, True]
    assert c.loc[[0, 2], "estimate"].tolist() == c.loc[[0, 2], "surface"].tolist()
    assert c.loc[[1, 3, 4, 5], "estimate"].isna().all()


# ---------------------------------------------------------------------------- measured layer


def test_measured_layer_keeps_suppressed_values_empty():
    rivm = pd.DataFrame(
        {
            "Leeftijd": ["20300", "20300", "80200", "80200"],
            "Marges": ["MW00000"] * 4,
            "Perioden": ["2020JJ00"] * 4,
            "SoortRegio_2": ["Wijk"] * 4,
            "Codering_3": ["WK000101", "WK000102", "WK000101", "WK000102"],
            "Eenzaam_28": ["40.1", ".", "45.0", "50.5"],
            "ErnstigZeerErnstigEenzaam_29": ["9.0", ".", ".", "12.0"],
            "EmotioneelEenzaam_30": ["20.0", "21.0", "22.0", "23.0"],
            "SociaalEenzaam_31": ["30.0", "31.0", "32.0", "33.0"],
        }
    )
    m = measured_loneliness(rivm)
    t = m.table.set_index("code")
    assert m.vintage == "2020" and m.age_groups == ["18+", "65+"]
    assert t.loc["WK000101", "eenzaam_18plus"] == 40.1
    assert math.isnan(t.loc["WK000102", "eenzaam_18plus"])
    assert t.loc["WK000102", "eenzaam_65plus"] == 50.5
    assert m.suppressed["eenzaam_18plus"] == 1 and m.suppressed["ernstig_eenzaam_65plus"] == 1
    areas = pd.DataFrame({"wijkcode": ["wk000101 ", "WK999999"]})
    joined, match = join_on_area_code(areas, m.table, "wijkcode", "code")
    assert match.n_matched == 1 and joined.loc[0, "eenzaam_18plus"] == 40.1
    assert math.isnan(joined.loc[1, "eenzaam_18plus"])
    with pytest.raises(WijkaanpakInputError, match="No code in 'wijkcode'"):
        join_on_area_code(pd.DataFrame({"wijkcode": ["BU1"]}), m.table, "wijkcode", "code")


def test_measured_layer_on_the_published_assen_figures():
    # The shared assen_gezondheid_wijk_buurt_2020.csv is bundled (as published, text) in
    # resources/sample/assen.gpkg: no shared data needed.
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "assen.gpkg"
    with sqlite3.connect(sample) as db:
        table = pd.read_sql("SELECT * FROM rivm_gezondheid_2020", db).drop(columns=["fid"])
    m = measured_loneliness(table)
    t = m.table.set_index("code")
    # Published (data README): Assen 46.4% / 10.1%; wijk Pittelo WK010604 49.7% / 11.5%.
    assert t.loc["GM0106", "eenzaam_18plus"] == 46.4
    assert t.loc["GM0106", "ernstig_eenzaam_18plus"] == 10.1
    assert t.loc["WK010604", "eenzaam_18plus"] == 49.7
    assert t.loc["WK010604", "ernstig_eenzaam_18plus"] == 11.5


# ---------------------------------------------------------------------------- report


def test_report_has_metrics_baseline_and_note(tmp_path, ridge_model):
    md, js = write_loneliness_report(
        ridge_model, tmp_path, vintages={"target": "synthetic"}, targets={"r2": (">=", 0.99)}
    )
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["note"] == LONELINESS_NOTE
    assert data["targets"]["r2"]["met"] is False  # the noise ceiling is ≈ 0.85
    assert "ridge, same predictors" in data["metrics"]["baselines"]
    text = md.read_text(encoding="utf-8")
    assert LONELINESS_NOTE in text and "synthetic" in text and "| r2 |" in text


# ---------------------------------------------------------------------------- helpers for the faces


def _rivm_18plus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Codering_3": ["WK000101", "WK000102", "WK000103"],
            "Eenzaam_28": ["40.1", ".", "44.0"],
            "ErnstigZeerErnstigEenzaam_29": ["9.0", ".", "10.0"],
            "EmotioneelEenzaam_30": ["20.0", ".", "22,5"],  # decimal comma: 22.5
            "SociaalEenzaam_31": ["30.0", "31.0", "-99997"],  # sentinel: not a number
        }
    )


def test_measured_join_withholds_small_areas_and_explains_every_empty_value():
    m = measured_loneliness(_rivm_18plus(), age_group="18+", vintage="2020")
    areas = pd.DataFrame(
        {
            "wijkcode": ["WK000101", "WK000102", "WK000103", "WK000104", "WK000101"],
            "inwoners": [500, 800, np.nan, 900, 60],
            "eenzaam_65plus": [51.0, 52.0, 53.0, 54.0, 55.0],  # from an earlier 65+ run
            "eenzaam_18plus": [1.0, 2.0, 3.0, 4.0, 5.0],  # stale: replaced
        }
    )
    t, match = join_measured_loneliness(areas, m, "wijkcode", population_column="inwoners")
    assert match.n_matched == 4
    # Row 0: published. Row 1: suppressed '.' in 3 of 4. Row 2: population unknown → RIVM's
    # figures kept, the sentinel -99997 is empty. Row 3: no RIVM row. Row 4: 60 < 100.
    assert t["eenzaam_18plus"].tolist()[:1] == [40.1]
    assert math.isnan(t.loc[1, "eenzaam_18plus"]) and t.loc[1, "sociaal_eenzaam_18plus"] == 31.0
    assert t.loc[2, "emotioneel_eenzaam_18plus"] == 22.5
    assert math.isnan(t.loc[2, "sociaal_eenzaam_18plus"])
    assert t.loc[3, ["eenzaam_18plus", "ernstig_eenzaam_18plus"]].isna().all()
    assert t.loc[4, MEASURED_LAYER_COLUMNS[:4]].isna().all()
    # 65+ columns not in this table: the earlier values stay; all eight columns exist.
    assert t["eenzaam_65plus"].tolist() == [51.0, 52.0, 53.0, 54.0, 55.0]
    assert list(t.columns[-11:-3]) == MEASURED_LAYER_COLUMNS
    assert math.isnan(t.loc[0, "sociaal_eenzaam_65plus"])
    assert (t["vintage"] == "2020").all()
    notes = t["note"].tolist()
    assert notes[0] == LONELINESS_NOTE
    assert notes[1].startswith("RIVM published no estimate (suppressed) for 3 of 4 figures.")
    assert notes[2].startswith("RIVM published no estimate (suppressed) for 1 of 4 figures.")
    assert notes[3].startswith("No RIVM figures for area code 'WK000104' (vintage 2020).")
    assert notes[4].startswith("Fewer than 100 residents (60): figures withheld.")
    assert all(n.endswith(LONELINESS_NOTE) for n in notes)


def test_grid_density_and_cell_area_from_geometry():
    # 100 m cells: 10,000 m² = 0.01 km² (±1%); a buurt layer has unequal areas.
    assert grid_cell_area_km2([10_000.0, 10_050.0, 9_990.0]) == pytest.approx(0.01)
    assert grid_cell_area_km2([10_000.0, 250_000.0]) is None
    assert grid_cell_area_km2([10_000.0]) is None
    cells = pd.DataFrame({"aantal_inwoners": [12, -99997, 0, np.nan]})
    # 12 residents in 1 ha → 1,200 per km²; suppressed and unknown stay empty.
    d = add_grid_density(cells)["bevolkingsdichtheid"]
    assert d[0] == 1200 and d[2] == 0 and d[[1, 3]].isna().all()
    # 500 m cells (0.25 km²): 12 residents → 48 per km².
    assert add_grid_density(cells, cell_area_km2=0.25)["bevolkingsdichtheid"][0] == 48
    with pytest.raises(WijkaanpakInputError, match="'inwoners'"):
        add_grid_density(cells, population_column="inwoners")


GRID_CONFIG = {
    "classes": {"method": "quantile", "count": 2},
    "factors": [
        {
            "name": "alone",
            "weight": 2,
            "direction": "higher",
            "sources": [{"field": "pct_alone"}, {"numerator": "one", "denominator": "hh"}],
        },
        {"name": "size", "weight": 1, "direction": "lower", "sources": [{"field": "hhsize"}]},
        {"name": "income", "weight": 1, "direction": "higher", "sources": [{"field": "inc"}]},
    ],
}


def test_risk_figures_from_grid_for_buurten_without_figures():
    cells = pd.DataFrame(
        {
            "buurtcode": ["BU1", "BU1", "BU1", "BU2", "BU2", "BU3"],
            "aantal_inwoners": [100, 50, 150, 60, 40, 80],
            "one": [10, 20, -99997, 30, 2, 8],
            "hh": [40, 30, 60, 40, 10, 40],
            "hhsize": [2.0, 2.5, "3,0", 1.5, 2.5, "."],
        }
    )
    table, cfg = risk_figures_from_grid(cells, GRID_CONFIG)
    # BU1: one-person share over the cells where both counts are known: (10+20)/(40+30) =
    #      42.857%; household size weighted by residents (2·100+2.5·50+3·150)/300 = 2.5833.
    # BU2: (30+2)/(40+10) = 64%; (1.5·60+2.5·40)/100 = 1.9. BU3: 8/40 = 20%; size suppressed.
    assert table.loc["BU1", "grid_alone"] == pytest.approx(42.857, abs=1e-3)
    assert table.loc["BU2", "grid_alone"] == pytest.approx(64.0)
    assert table.loc["BU3", "grid_alone"] == pytest.approx(20.0)
    assert table.loc["BU1", "grid_size"] == pytest.approx(2.58333, abs=1e-4)
    assert table.loc["BU2", "grid_size"] == pytest.approx(1.9)
    assert math.isnan(table.loc["BU3", "grid_size"])
    assert table["aantal_inwoners"].tolist() == [300, 100, 80]
    assert "grid_income" not in table.columns  # no 'inc' in the grid
    res = loneliness_risk_index(table, cfg, missing_factors="skip")
    assert res.factors_skipped == ["income"]
    assert res.factors_used == {"alone": "grid_alone", "size": "grid_size"}
    # alone: 42.857, 64, 20 → mean 42.286, sd 17.966; z = 0.0318, 1.2086, −1.2404.
    # size: 2.5833, 1.9 (BU3 empty) → mean 2.2417, sd 0.3417; z = +1, −1 (lower = riskier).
    # BU1: (2·0.0318 − 1·1)/3 = −0.3121; BU2: (2·1.2086 + 1)/3 = 1.1391;
    # BU3 has 2 of 3 weight (≥ 0.5): score = z_alone = −1.2404.
    np.testing.assert_allclose(res.table["risk_score"], [-0.3121, 1.1391, -1.2404], atol=1e-3)
    with pytest.raises(WijkaanpakInputError, match="none of the columns"):
        risk_figures_from_grid(cells[["buurtcode", "aantal_inwoners"]], GRID_CONFIG)


def test_grid_predictors_are_parsed_and_checked():
    gps = parse_grid_predictors(
        'share_65 = n65 / aantal_inwoners * 100; "hh size" = hhsize\nx = a * 2'
    )
    assert gps == [
        GridPredictor("share_65", "n65", "aantal_inwoners", scale=100.0),
        GridPredictor("hh size", "hhsize"),
        GridPredictor("x", "a", scale=2.0),
    ]
    assert parse_grid_predictors("  ") == []
    with pytest.raises(WijkaanpakInputError, match="'share = a /'"):
        parse_grid_predictors("share = a /")
    with pytest.raises(WijkaanpakInputError, match="twice"):
        parse_grid_predictors("a = b; a = c")
    cols = ["n65", "aantal_inwoners", "x2"]
    out = grid_predictors_for_model(["share_65", "x2"], cols, gps[:1])
    assert out == [gps[0], GridPredictor("x2", "x2")]
    with pytest.raises(WijkaanpakInputError, match="'x1' is not a field of the grid"):
        grid_predictors_for_model(["x1"], cols)
    with pytest.raises(WijkaanpakInputError, match="not predictors of the model"):
        grid_predictors_for_model(["x2"], cols, gps[:1])
    with pytest.raises(WijkaanpakInputError, match=r"needs field\(s\) \['hhsize'\]"):
        grid_predictors_for_model(["hh size"], cols, gps[1:2])


def test_training_reports_progress_per_fold_and_can_be_stopped(data):
    calls = []
    model = train_loneliness_model(
        data,
        "y",
        ["x1", "x2"],
        "gemeente",
        seed=3,
        method="ridge",
        progress=lambda f, s: calls.append((f, s)),
    )
    # 5 folds of the model + 5 of the default ridge baseline + the final fit = 11 steps.
    assert [round(f * 11) for f, _ in calls] == list(range(1, 12))
    assert calls[-1][0] == 1.0 and calls[0][1] == "cross-validation (ridge)"
    # Out-of-fold predictions carry the training table's row labels.
    assert (model.cv_predictions.index == data.index).all()

    class StopTrainingError(Exception):
        pass

    def stop_after_two(fraction, step):
        if fraction >= 2 / 11:
            raise StopTrainingError(step)

    with pytest.raises(StopTrainingError):
        train_loneliness_model(
            data, "y", ["x1", "x2"], "gemeente", method="ridge", progress=stop_after_two
        )
    # Bad input stops before the first progress call.
    seen = []
    with pytest.raises(WijkaanpakInputError):
        train_loneliness_model(
            data.head(20), "y", ["x1"], "gemeente", progress=lambda f, s: seen.append(f)
        )
    assert seen == []


def test_grid_cell_estimates_carry_the_buurt_interval_and_say_why_cells_are_empty():
    # Same noise-free model as above: y = 30 + 0.2·share_alone − 2·household_size.
    rng = np.random.default_rng(0)
    train = pd.DataFrame(
        {
            "share_alone": rng.uniform(5, 90, 300),
            "household_size": rng.uniform(1.2, 3.2, 300),
            "g": np.repeat(np.arange(30), 10),
        }
    )
    train["y"] = 30 + 0.2 * train["share_alone"] - 2 * train["household_size"]
    model = train_loneliness_model(
        train, "y", ["share_alone", "household_size"], "g", method="ridge", params={"alpha": 1e-6}
    )
    cells = pd.DataFrame(
        {
            "buurtcode": ["BU02", "BU02", "BU03", "BU03", None],
            "aantal_inwoners": [60, 40, 30, 0, 20],
            "share_alone": [75.0, 20.0, 50.0, 50.0, 50.0],
            "household_size": [1.5, 2.5, 2.0, 2.0, 2.0],
        }
    )
    gps = [
        GridPredictor("share_alone", "share_alone"),
        GridPredictor("household_size", "household_size"),
    ]
    surface = loneliness_grid_surface(cells, model, gps, min_cell_population=0)
    out = grid_cell_estimates(surface)
    # (every inhabited cell published: the cell minimum is switched off here, see below)
    # BU02: share (75·60 + 20·40)/100 = 53, size (1.5·60 + 2.5·40)/100 = 1.9 →
    # 30 + 10.6 − 3.8 = 36.8; its cells 42 and 29 average (60·42 + 40·29)/100 = 36.8: no shift.
    np.testing.assert_allclose(out.loc[:1, "buurt_estimate"], [36.8, 36.8], atol=1e-3)
    np.testing.assert_allclose(out.loc[:1, "estimate"], [42.0, 29.0], atol=1e-3)
    half = model.halfwidth
    np.testing.assert_allclose(out.loc[:1, "lower"], [36.8 - half] * 2, atol=1e-3)
    np.testing.assert_allclose(out.loc[:1, "upper"], [36.8 + half] * 2, atol=1e-3)
    assert out["published"].tolist() == [True, True, False, False, False]
    assert out.loc[0, "note"] == LONELINESS_NOTE
    # BU03 has 30 residents (< 100): no estimate; its empty cell and the cell without a code
    # say so.
    assert out.loc[2, "note"].startswith("Buurt without an estimate: fewer than 100 residents")
    assert out.loc[3, "note"].startswith("No residents in this cell")
    assert out.loc[4, "note"].startswith("No buurt code")
    assert out.loc[2:, ["estimate", "lower", "upper"]].isna().all().all()
    assert out.loc[2:, "explanation_up"].isna().all()


def test_grid_cells_under_the_minimum_population_are_not_published():
    # Same noise-free model: y = 30 + 0.2·share_alone − 2·household_size.
    rng = np.random.default_rng(0)
    train = pd.DataFrame(
        {
            "share_alone": rng.uniform(5, 90, 300),
            "household_size": rng.uniform(1.2, 3.2, 300),
            "g": np.repeat(np.arange(30), 10),
        }
    )
    train["y"] = 30 + 0.2 * train["share_alone"] - 2 * train["household_size"]
    model = train_loneliness_model(
        train, "y", ["share_alone", "household_size"], "g", method="ridge", params={"alpha": 1e-6}
    )
    # One buurt of 200 residents in three cells: 150, 50 and an empty one.
    cells = pd.DataFrame(
        {
            "buurtcode": ["BU05", "BU05", "BU05"],
            "aantal_inwoners": [150, 50, 0],
            "share_alone": [75.0, 20.0, 50.0],
            "household_size": [1.5, 2.5, 2.0],
        }
    )
    gps = [
        GridPredictor("share_alone", "share_alone"),
        GridPredictor("household_size", "household_size"),
    ]
    # By hand: buurt share (75·150 + 20·50) / 200 = 61.25, size (1.5·150 + 2.5·50) / 200 =
    # 1.75 → 30 + 12.25 − 3.5 = 38.75. Cells 30 + 15 − 3 = 42 and 30 + 4 − 5 = 29, weighted
    # (150·42 + 50·29) / 200 = 38.75: no shift.
    surface = loneliness_grid_surface(cells, model, gps)  # default: 100, as for areas
    assert surface.min_cell_population == 100
    assert surface.buurten.loc["BU05", "estimate"] == pytest.approx(38.75, abs=1e-3)
    np.testing.assert_allclose(surface.cells["surface"][:2], [42.0, 29.0], atol=1e-3)
    assert surface.within_tolerance  # the check covers the whole surface, withheld cells too
    out = grid_cell_estimates(surface)
    assert out["published"].tolist() == [True, False, False]
    assert out.loc[0, "estimate"] == pytest.approx(42.0, abs=1e-3)
    # the 50-resident cell: nothing of its own, only the buurt's published estimate
    assert out.loc[1, ["estimate", "estimate_unadjusted", "lower", "upper"]].isna().all()
    assert out.loc[1, "explanation_up"] is None and out.loc[1, "explanation_down"] is None
    assert out.loc[1, "buurt_estimate"] == pytest.approx(38.75, abs=1e-3)
    assert out.loc[1, "note"].startswith("Fewer than 100 residents in this cell")
    assert out.loc[2, "note"].startswith("No residents in this cell")
    # a lower minimum publishes the 50-resident cell (50 is not fewer than 50)
    lower = grid_cell_estimates(loneliness_grid_surface(cells, model, gps, min_cell_population=50))
    assert lower["published"].tolist() == [True, True, False]
    assert lower.loc[1, "estimate"] == pytest.approx(29.0, abs=1e-3)
    # the areas' minimum is the default for cells too
    strict = loneliness_grid_surface(cells, model, gps, min_population=160)
    assert strict.min_cell_population == 160 and not strict.cells["published"].any()
    with pytest.raises(WijkaanpakInputError, match="per cell"):
        loneliness_grid_surface(cells, model, gps, min_cell_population=-1)
