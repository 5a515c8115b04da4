"""Evaluate the loneliness small-area model on the national wijk data (no QGIS needed).

Training table: RIVM 2020 "Eenzaam" 18+ per wijk (target only) joined by wijk code to the
CBS wijken 2024 key figures, plus CBS gemeente 2022 figures joined by gemeente code, plus
the wijk's centroid (from the CBS 2024 wijk geometry). Grouped 5-fold cross-validation by
gemeente; the report goes to out/evaluate/ (Markdown + JSON + out-of-fold predictions).

Run: /usr/bin/python3 scripts/evaluate_loneliness.py [--out out/evaluate] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

# One thread: on ~3,000 rows OpenMP start-up costs more than it gains, and a busy 2-core
# machine slows badly with oversubscribed threads. Results do not depend on it.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import REPO, SHARED_DATA, make_package_importable  # noqa: E402

make_package_importable()
from wijkaanpak.wijkaanpak_plugin.core.loneliness import (  # noqa: E402
    RIVM_SOURCE,
    GridPredictor,
    join_on_area_code,
    loneliness_grid_surface,
    measured_loneliness,
    write_loneliness_report,
)
from wijkaanpak.wijkaanpak_plugin.core.risk_index import loneliness_risk_index  # noqa: E402
from wijkaanpak.wijkaanpak_plugin.core.smallarea_model import (  # noqa: E402
    apply_loneliness_model,
    save_loneliness_model,
    spearman_rho,
    train_loneliness_model,
)

RIVM_18 = SHARED_DATA / "rivm_gezondheid_2020" / "nl_gezondheid_wijk_buurt_2020_18plus.csv.gz"
WIJKEN = SHARED_DATA / "cbs_wijken_2024" / "wijken_2024_nl.geojson"
GEMEENTEN = SHARED_DATA / "cbs_wijken_2024" / "gemeenten_2022_nl.geojson"
GRID = SHARED_DATA / "noordveluwe" / "cbs_vierkant100m_ermelo_harderwijk_zeewolde.gpkg"
TARGET = "eenzaam_18plus"

#: The nine CBS wijk figures of the shared file: the issue's baseline (plain ridge).
NINE_WIJK_FIGURES = [
    "aantal_inwoners",
    "0_15",
    "15_25",
    "25_45",
    "45_65",
    "65plus",
    "huishoudens",
    "gem_huishouden_grootte",
    "bevolkingsdichtheid",
]
#: Gemeente figures (CBS 2022) used as context predictors, prefixed ``gm_``.
GEMEENTE_FIGURES = [
    "pct_eenpersoonshhd",
    "gem_inkomen_inwoner",
    "pct_hh_laag_inkomen",
    "pct_hh_hoog_inkomen",
    "pct_rond_sociaal_min",
    "huurwoningen",
    "pct_huurcorporatie",
    "gem_woz_waarde",
    "mediaan_vermogen",
    "stedelijkheid",
    "omgevingsadressendichtheid",
    "bevolkingsdichtheid",
    "pct_ongehuwd",
    "arbeidsparticipatie",
    "wmo_per_1000",
    "pct_jeugdzorg",
    "auto_per_huishouden",
    "gem_huishouden_grootte",
    "65plus",
]
LABELS = {
    "0_15": "aandeel 0-15 jaar",
    "15_25": "aandeel 15-25 jaar",
    "25_45": "aandeel 25-45 jaar",
    "45_65": "aandeel 45-65 jaar",
    "65plus": "aandeel 65+",
    "persons_per_household": "personen per huishouden",
    "log_density": "bevolkingsdichtheid (log)",
    "log_residents": "inwoners (log)",
    "share_men": "aandeel mannen",
    "cars_per_household": "auto's per huishouden",
    "cars_per_resident": "auto's per inwoner",
    "rel_household_size": "huishoudensgrootte t.o.v. gemeente",
    "rel_65plus": "aandeel 65+ t.o.v. gemeente",
    "rel_log_density": "dichtheid t.o.v. gemeente (log)",
    "rel_cars": "auto's per huishouden t.o.v. gemeente",
    "est_one_person_share": "geschat aandeel eenpersoonshuishoudens",
    "lon": "lengtegraad (centrum wijk)",
    "lat": "breedtegraad (centrum wijk)",
    "gm_pct_eenpersoonshhd": "gemeente: eenpersoonshuishoudens",
    "gm_gem_inkomen_inwoner": "gemeente: inkomen per inwoner",
    "gm_pct_hh_laag_inkomen": "gemeente: huishoudens laag inkomen",
    "gm_pct_hh_hoog_inkomen": "gemeente: huishoudens hoog inkomen",
    "gm_pct_rond_sociaal_min": "gemeente: rond sociaal minimum",
    "gm_huurwoningen": "gemeente: huurwoningen",
    "gm_pct_huurcorporatie": "gemeente: corporatiewoningen",
    "gm_gem_woz_waarde": "gemeente: WOZ-waarde",
    "gm_mediaan_vermogen": "gemeente: mediaan vermogen",
    "gm_stedelijkheid": "gemeente: stedelijkheid",
    "gm_omgevingsadressendichtheid": "gemeente: omgevingsadressendichtheid",
    "gm_pct_ongehuwd": "gemeente: ongehuwd",
    "gm_arbeidsparticipatie": "gemeente: arbeidsparticipatie",
    "gm_wmo_per_1000": "gemeente: Wmo per 1000",
    "gm_pct_jeugdzorg": "gemeente: jeugdzorg",
    "gm_auto_per_huishouden": "gemeente: auto's per huishouden",
    "gm_gem_huishouden_grootte": "gemeente: huishoudensgrootte",
    "gm_65plus": "gemeente: aandeel 65+",
    "gm_bevolkingsdichtheid": "gemeente: bevolkingsdichtheid",
    "huishoudens": "huishoudens (aantal)",
    "gem_huishouden_grootte": "gemiddelde huishoudensgrootte (CBS, afgerond)",
}
TARGETS = {
    "r2": (">=", 0.75),
    "mae": ("<=", 1.9),
    "spearman": (">=", 0.88),
    "coverage_heldout": ("between", (0.88, 0.92)),
}


def _read_geojson(path: Path, with_centroid: bool = False) -> pd.DataFrame:
    """Properties of a GeoJSON file (plain json), optionally with an area-weighted centroid."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for feat in data["features"]:
        props = dict(feat["properties"])
        if with_centroid:
            props["lon"], props["lat"] = _centroid(feat.get("geometry"))
        rows.append(props)
    return pd.DataFrame(rows)


def _centroid(geom) -> tuple:
    """Area-weighted centroid of a (Multi)Polygon in its own coordinates (shoelace)."""
    if not geom:
        return (np.nan, np.nan)
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    area = cx = cy = 0.0
    for poly in polys:
        for k, ring in enumerate(poly):
            r = np.asarray(ring, dtype=float)
            x, y = r[:, 0], r[:, 1]
            cross = x[:-1] * y[1:] - x[1:] * y[:-1]
            a = cross.sum() / 2.0
            if a == 0:
                continue
            sign = 1.0 if k == 0 else -1.0  # holes subtract
            weight = sign * abs(a)
            area += weight
            cx += weight * ((x[:-1] + x[1:]) * cross).sum() / (6.0 * a)
            cy += weight * ((y[:-1] + y[1:]) * cross).sum() / (6.0 * a)
    return (cx / area, cy / area) if area else (np.nan, np.nan)


def build_training_table() -> tuple:
    """The national wijk table and a dict describing the joins (for the report)."""
    rivm = pd.read_csv(RIVM_18, dtype=str)
    measured = measured_loneliness(rivm, region_type="Wijk")
    wijken = _read_geojson(WIJKEN, with_centroid=True)
    gemeenten = _read_geojson(GEMEENTEN)

    table, match = join_on_area_code(measured.table, wijken, "code", "wijkcode", how="inner")
    has_target = table[TARGET].notna()
    has_figures = table["aantal_inwoners"].notna()
    gm = gemeenten.set_index("gemeentecode")[GEMEENTE_FIGURES].add_prefix("gm_")
    gm_match = table["gemeentecode"].isin(gm.index)
    table = table.join(gm, on="gemeentecode")

    t = table
    t["persons_per_household"] = t["aantal_inwoners"] / t["huishoudens"].where(t["huishoudens"] > 0)
    t["log_density"] = np.log1p(t["bevolkingsdichtheid"])
    t["log_residents"] = np.log1p(t["aantal_inwoners"])
    t["share_men"] = 100 * t["mannen"] / t["aantal_inwoners"].where(t["aantal_inwoners"] > 0)
    t["cars_per_household"] = t["personenautos"] / t["huishoudens"].where(t["huishoudens"] > 0)
    residents = t["aantal_inwoners"].where(t["aantal_inwoners"] > 0)
    t["cars_per_resident"] = t["personenautos"] / residents
    t["rel_household_size"] = t["persons_per_household"] / t["gm_gem_huishouden_grootte"]
    t["rel_65plus"] = t["65plus"] - t["gm_65plus"]
    t["rel_log_density"] = t["log_density"] - np.log1p(t["gm_bevolkingsdichtheid"])
    t["rel_cars"] = t["cars_per_household"] / t["gm_auto_per_huishouden"]
    # One-person share of the wijk, estimated from the gemeente share and the wijk's
    # household size relative to the gemeente (smaller households → more living alone).
    t["est_one_person_share"] = (t["gm_pct_eenpersoonshhd"] / t["rel_household_size"]).clip(0, 100)

    rivm_wijk = measured.table
    info = {
        "RIVM 2020 wijk rows": int(len(rivm_wijk)),
        "RIVM wijk rows with a published Eenzaam 18+": int(rivm_wijk[TARGET].notna().sum()),
        "RIVM 2020 wijk codes found among CBS 2024 wijk codes": f"{match.n_matched} of "
        f"{match.n_areas} ({100 * match.share_matched:.1f}%); the rest were recoded by "
        "boundary changes or municipal mergers between 2020 and 2024",
        "matched wijken with CBS 2024 figures": int(has_figures.sum()),
        "matched wijken with target and figures (training areas)": int(
            (has_target & has_figures).sum()
        ),
        "matched wijken whose gemeente (2024 code) is in the gemeente file 2022": int(
            gm_match.sum()
        ),
        "unmatched RIVM codes (examples)": ", ".join(match.unmatched_examples[:8]),
    }
    table = table[has_figures].reset_index(drop=True)
    return table, measured, info


WIJK_FEATURES = [
    "0_15",
    "15_25",
    "25_45",
    "45_65",
    "65plus",
    "persons_per_household",
    "log_density",
    "log_residents",
    "share_men",
    "cars_per_household",
    "cars_per_resident",
    "huishoudens",
    "gem_huishouden_grootte",
]
RELATIVE_FEATURES = [
    "rel_household_size",
    "rel_65plus",
    "rel_log_density",
    "rel_cars",
    "est_one_person_share",
]
GM_FEATURES = [f"gm_{c}" for c in GEMEENTE_FIGURES]
COORDINATES = ["lon", "lat"]


# ------------------------------------------------------------------------------------------
# Grid level: Noord-Veluwe 100 m cells → buurten → cell surface, checked against RIVM buurten

AGE_COLUMNS = {
    "0_15": "aantal_inwoners_0_tot_15_jaar",
    "15_25": "aantal_inwoners_15_tot_25_jaar",
    "25_45": "aantal_inwoners_25_tot_45_jaar",
    "45_65": "aantal_inwoners_45_tot_65_jaar",
    "65plus": "aantal_inwoners_65_jaar_en_ouder",
}


def _derive_relative(t: pd.DataFrame) -> pd.DataFrame:
    """The wijk features that relate an area to its gemeente (same formulas as above)."""
    t = t.copy()
    t["rel_household_size"] = t["persons_per_household"] / t["gm_gem_huishouden_grootte"]
    t["rel_65plus"] = t["65plus"] - t["gm_65plus"]
    t["est_one_person_share"] = (t["gm_pct_eenpersoonshhd"] / t["rel_household_size"]).clip(0, 100)
    return t


def _rd_to_lonlat(x: np.ndarray, y: np.ndarray):
    """RD New (EPSG:28992) → WGS84 lon/lat with pyproj; None when pyproj is not installed."""
    try:
        from pyproj import Transformer
    except ImportError:
        return None
    tr = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
    return tr.transform(x, y)


def grid_evaluation(table: pd.DataFrame, seed: int) -> dict:
    """Train a model on predictors the grid also has, apply it to Noord-Veluwe buurten."""
    with sqlite3.connect(f"file:{GRID}?mode=ro", uri=True) as con:
        cols = [r[1] for r in con.execute("PRAGMA table_info(CBS_Statistiek)") if r[1] != "geom"]
        cells = pd.read_sql_query(f"SELECT {', '.join(cols)} FROM CBS_Statistiek", con)
    # Cell centre from the CBS cell id "E1725N4850" (hectometres in RD New).
    ex = cells["c28992r100"].str.extract(r"E(\d+)N(\d+)").astype(float)
    lonlat = _rd_to_lonlat(ex[0].to_numpy() * 100 + 50, ex[1].to_numpy() * 100 + 50)
    grid_predictors = [
        GridPredictor(name, col, "aantal_inwoners", scale=100.0)
        for name, col in AGE_COLUMNS.items()
    ] + [
        GridPredictor("persons_per_household", "aantal_inwoners", "aantal_part_huishoudens"),
        GridPredictor("share_men", "aantal_mannen", "aantal_inwoners", scale=100.0),
    ]
    coords = []
    if lonlat is not None:
        cells["lon"], cells["lat"] = lonlat
        grid_predictors += [GridPredictor("lon", "lon"), GridPredictor("lat", "lat")]
        coords = COORDINATES
    predictors = (
        list(AGE_COLUMNS)
        + ["persons_per_household", "share_men", "rel_household_size", "rel_65plus"]
        + ["est_one_person_share"]
        + GM_FEATURES
        + coords
    )
    model = train_loneliness_model(
        table,
        TARGET,
        predictors,
        "gemeentecode",
        seed,
        code_column="code",
        baselines={"ridge": predictors},
        labels=LABELS,
    )
    gemeenten = _read_geojson(GEMEENTEN).set_index("gemeentecode")[GEMEENTE_FIGURES]
    buurt_gm = cells.groupby("buurtcode")["gemeentecode"].first()
    buurt_figures = gemeenten.add_prefix("gm_").reindex(buurt_gm.to_numpy())
    buurt_figures.index = buurt_gm.index
    surface = loneliness_grid_surface(
        cells,
        model,
        grid_predictors,
        buurt_figures=buurt_figures,
        derive=_derive_relative,
        tolerance=0.05,
    )
    rivm = measured_loneliness(pd.read_csv(RIVM_18, dtype=str), region_type="Buurt").table
    rivm = rivm.set_index("code")[TARGET]
    b = surface.buurten
    both = b["estimate"].notna() & b.index.isin(rivm.dropna().index)
    obs = rivm.reindex(b.index[both]).to_numpy()
    est = b.loc[both, "estimate"].to_numpy()
    inside = (obs >= b.loc[both, "lower"].to_numpy()) & (obs <= b.loc[both, "upper"].to_numpy())
    cm = model.metrics["model"]
    cv_text = (
        f"R² {cm['r2']:.3f}, MAE {cm['mae']:.2f} pp, ρ {cm['spearman']:.3f}, "
        f"coverage {cm['interval']['coverage_heldout']:.3f}"
        + ("" if coords else " (pyproj missing: no coordinates)")
    )
    compared = bool(both.sum() > 2)
    return {
        "model (grid predictors only) under the wijk CV": cv_text,
        "cells / buurten in the grid": f"{len(cells)} / {len(b)}",
        "buurten with a published estimate (≥ 100 residents in the grid)": int(
            b["estimate"].notna().sum()
        ),
        "buurten flagged out of training range": int(b["out_of_range"].sum()),
        "cell surface: largest |weighted cell mean − buurt estimate| (pp)": round(
            surface.max_abs_difference, 6
        ),
        "cell surface within tolerance 0.05 pp": surface.within_tolerance,
        "buurten compared with RIVM 2020 buurt figures": int(both.sum()),
        "MAE against RIVM buurt figures (pp)": (
            round(float(np.mean(np.abs(est - obs))), 2) if compared else None
        ),
        "mean difference estimate − RIVM (pp)": (
            round(float(np.mean(est - obs)), 2) if compared else None
        ),
        "Spearman ρ against RIVM buurt figures": (
            round(spearman_rho(obs, est), 3) if compared else None
        ),
        "RIVM buurt figures inside the 90% interval": (
            round(float(inside.mean()), 3) if compared else None
        ),
        "caveat": "the model learnt wijken (larger areas) and buurt predictors come from rounded, "
        "partly suppressed grid counts of about 2019/2020; RIVM buurt figures are model "
        "estimates too, so this is a plausibility check, not a validation",
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "out" / "evaluate"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="skip the ablation and seed runs")
    args = parser.parse_args(argv)
    out = Path(args.out)
    t0 = time.time()

    table, measured, join_info = build_training_table()
    predictors = WIJK_FEATURES + RELATIVE_FEATURES + GM_FEATURES + COORDINATES
    model = train_loneliness_model(
        table,
        TARGET,
        predictors,
        groups="gemeentecode",
        seed=args.seed,
        method="gbm",
        code_column="code",
        baselines={
            "ridge on the nine CBS wijk figures (issue baseline)": NINE_WIJK_FIGURES,
            "ridge on the same predictors": predictors,
        },
        labels=LABELS,
    )
    m = model.metrics["model"]
    t_main = time.time() - t0

    extra: dict = {"Join of RIVM 2020 and CBS 2024/2022": join_info}
    sensitivity = {}
    if not args.quick:
        # Ablation: the same model without the wijk centroid (spatial trend) …
        no_xy = [p for p in predictors if p not in COORDINATES]
        m2 = train_loneliness_model(
            table,
            TARGET,
            no_xy,
            "gemeentecode",
            args.seed,
            code_column="code",
            baselines={"ridge": no_xy},
        ).metrics["model"]
        sensitivity["without wijk coordinates"] = (
            f"R² {m2['r2']:.3f}, MAE {m2['mae']:.2f} pp, ρ {m2['spearman']:.3f}, "
            f"coverage {m2['interval']['coverage_heldout']:.3f}"
        )
        # … and only wijk figures (no gemeente context, no coordinates).
        m3 = train_loneliness_model(
            table,
            TARGET,
            WIJK_FEATURES,
            "gemeentecode",
            args.seed,
            code_column="code",
            baselines={"ridge": WIJK_FEATURES},
        ).metrics["model"]
        sensitivity["wijk figures only"] = (
            f"R² {m3['r2']:.3f}, MAE {m3['mae']:.2f} pp, ρ {m3['spearman']:.3f}, "
            f"coverage {m3['interval']['coverage_heldout']:.3f}"
        )
        # Other fold assignments (seeds) of the full model: stability of the estimate.
        for s in (args.seed + 1, args.seed + 2):
            ms = train_loneliness_model(
                table,
                TARGET,
                predictors,
                "gemeentecode",
                s,
                code_column="code",
                baselines={"ridge": NINE_WIJK_FIGURES},
            ).metrics
            mm, bb = ms["model"], ms["baselines"]["ridge"]
            sensitivity[f"full model, split seed {s}"] = (
                f"R² {mm['r2']:.3f}, MAE {mm['mae']:.2f} pp, ρ {mm['spearman']:.3f}, "
                f"coverage {mm['interval']['coverage_heldout']:.3f} "
                f"(nine-figure ridge: R² {bb['r2']:.3f}, MAE {bb['mae']:.2f}, "
                f"ρ {bb['spearman']:.3f})"
            )
        extra["Sensitivity (same grouped 5-fold CV)"] = sensitivity

    if not args.quick:
        grid = grid_evaluation(table, args.seed)
        extra["Grid level: Noord-Veluwe (Ermelo, Harderwijk, Zeewolde)"] = grid

    # The transparent risk index on the same wijken, for comparison with measured loneliness.
    risk = loneliness_risk_index(table, missing_factors="skip")
    rho_index = spearman_rho(
        table.loc[table[TARGET].notna(), TARGET],
        risk.table.loc[table[TARGET].notna(), "risk_score"],
    )
    extra["Risk index (config default) against measured loneliness"] = {
        "factors available at wijk level": ", ".join(risk.factors_used),
        "factors skipped (not in the wijk file)": ", ".join(risk.factors_skipped),
        "Spearman ρ between index and Eenzaam 18+": round(rho_index, 3),
    }

    # Apply to all CBS 2024 wijken with figures that have no RIVM 2020 value under this code.
    applied = apply_loneliness_model(model, table, explain=False)
    extra[f"Applied to the {len(table)} matched wijken"] = {
        "published estimates (≥ 100 residents)": int(applied["published"].sum()),
        "withheld (< 100 residents)": int((~applied["published"]).sum()),
        "flagged out of training range": int(applied["out_of_range"].sum()),
    }
    extra["Predictor choice"] = (
        "RIVM figures are used only as the target; all predictors are CBS figures: the wijk "
        "figures of 2024 (age shares, household size, density, residents, sex ratio, cars), "
        "derived ratios relative to the gemeente, the CBS gemeente figures of 2022 (income, "
        "living alone, rental and social housing, urbanity, care use) and the wijk centroid "
        "(a smooth regional trend, as RIVM's own model has regional effects). Figures of 2022 "
        "and 2024 explain a target of 2020: a vintage mismatch that costs some accuracy."
    )
    extra["Honesty notes"] = [
        "The feature set and the GBM settings (15 leaves, 600 iterations, learning rate 0.05, "
        "at least 20 areas per leaf) were chosen after trying a handful of variants under this "
        "same cross-validation, so the model figures are slightly optimistic; the runs with "
        "other split seeds show the spread.",
        "The nine-figure ridge baseline (standardised, alpha 1, median-imputed, untransformed) "
        "reaches R² ≈ 0.64 and MAE ≈ 2.38 pp here, a little below the 0.65–0.68 and 2.2 quoted "
        "in issue 4; log-transforming density and counts makes it worse (R² ≈ 0.62).",
        "Without the wijk centroid the model still reaches R² ≥ 0.75 but misses the MAE and ρ "
        "targets narrowly (see Sensitivity).",
        "The interval is calibrated on wijken; buurten are smaller and more variable, so at "
        "buurt level it covers less than 90% (see the grid check).",
    ]

    vintages = {
        "target": f"RIVM Gezondheidsmonitor {measured.vintage}, 18+, wijk level",
        "wijk predictors": "CBS wijken 2024 (kerncijfers, PDOK)",
        "gemeente predictors": "CBS gemeenten 2022",
    }
    sources = [
        RIVM_SOURCE,
        "CBS wijk- en buurtkaart 2024 with key figures (PDOK), CC BY 4.0 (CBS, Kadaster)",
        "CBS gemeenten 2022 key figures, CC BY 4.0 (CBS)",
    ]
    md, js = write_loneliness_report(
        model,
        out,
        basename="loneliness_wijk_evaluation",
        title="Loneliness small-area model: national wijk evaluation (Eenzaam 18+, 2020)",
        sources=sources,
        vintages=vintages,
        targets=TARGETS,
        extra=extra,
    )
    save_loneliness_model(model, out / "loneliness_wijk_model")

    base9 = model.metrics["baselines"]["ridge on the nine CBS wijk figures (issue baseline)"]
    print(f"Training wijken: {model.training['n_train']} in {model.training['n_groups']} gemeenten")
    print(f"Codes: {join_info['RIVM 2020 wijk codes found among CBS 2024 wijk codes']}")
    print(
        f"Model  (gbm, grouped 5-fold): R2 {m['r2']:.3f}  MAE {m['mae']:.3f} pp  "
        f"rho {m['spearman']:.3f}  90% coverage {m['interval']['coverage_heldout']:.3f}  "
        f"mean width {m['interval']['mean_width']:.2f} pp"
    )
    print(
        f"Ridge, nine wijk figures:      R2 {base9['r2']:.3f}  MAE {base9['mae']:.3f} pp  "
        f"rho {base9['spearman']:.3f}"
    )
    for k, v in sensitivity.items():
        print(f"  {k}: {v}")
    print(f"Risk index vs measured: Spearman rho {rho_index:.3f}")
    if not args.quick:
        print("Grid (Noord-Veluwe):")
        for k, v in grid.items():
            if k != "caveat":
                print(f"  {k}: {v}")
    report = json.loads(js.read_text(encoding="utf-8"))
    failed = [k for k, t in report["targets"].items() if not t["met"]]
    print("Targets: " + ("all met" if not failed else "NOT met: " + ", ".join(failed)))
    print(f"Report: {md}  ({time.time() - t0:.0f} s; main model {t_main:.0f} s)")
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
