"""Figures: suppressed values, area codes, joins; checked against published RIVM figures."""

from __future__ import annotations

import csv
import gzip
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.figures import (
    join_figures,
    normalise_area_codes,
    parse_figures,
    parse_suppressed,
    read_figures_csv,
    read_rivm_csv,
)
from wijkaanpak.wijkaanpak_plugin.core.indicators import numeric_column
from wijkaanpak.wijkaanpak_plugin.core.risk_index import loneliness_risk_index
from wijkaanpak.wijkaanpak_plugin.core.smallarea_model import _numeric_predictors

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RIVM = DATA / "rivm_gezondheid_2020"
ASSEN_CSV = RIVM / "assen_gezondheid_wijk_buurt_2020.csv"
NL_18 = RIVM / "nl_gezondheid_wijk_buurt_2020_18plus.csv.gz"
needs_data = pytest.mark.shared_data(RIVM)  # missing: fails under CI=true, skips locally
LONELY = ["Eenzaam_28", "ErnstigZeerErnstigEenzaam_29"]


# ------------------------------------------------------------------------------ suppression


def test_every_marker_is_nan_and_numbers_stay():
    raw = pd.Series(
        [
            ".",
            "",
            " x ",
            "X",
            "?",
            "-",
            None,
            np.nan,
            "-99997",
            -99995,
            "-99999999",
            "-99999997",
            "-99997,0",
            "12,5",
            "46.4",
            3,
            "-5",
            "-99989",
        ],
        dtype=object,
        name="kol",
    )
    out = parse_suppressed(raw)
    assert out.iloc[:13].isna().all()  # the 13 markers / sentinels
    assert out.iloc[13:].tolist() == [12.5, 46.4, 3.0, -5.0, -99989.0]  # real numbers
    assert out.name == "kol" and out.dtype == float


# by hand: two numbers (12.5, 7); six suppression markers or codes ('.', 'x', '?', '-',
# '-99997', '-99999999'); two empty values ('' and NULL), which are missing but not suppressed
MARKED_TEXT = ["12,5", ".", "x", "?", "-", "", None, "-99997", "-99999999", "7"]
# numbers as a GeoPackage integer/real field holds them: four codes <= -99990, one NULL
MARKED_NUMBERS = [12.5, -99997, -99995, -99998, -99999999, np.nan, 7.0, -5.0]


@pytest.mark.parametrize(
    ("raw", "numbers", "suppressed"),
    [
        (MARKED_TEXT, {0: 12.5, 9: 7.0}, 6),
        (MARKED_NUMBERS, {0: 12.5, 6: 7.0, 7: -5.0}, 4),
    ],
)
def test_one_parser_for_every_core_reader(raw, numbers, suppressed):
    """Indicators, the risk index and the model read a column exactly like parse_figures."""
    frame = pd.DataFrame({"f": pd.Series(raw, dtype=object if raw is MARKED_TEXT else float)})
    expected = np.full(len(raw), np.nan)
    for i, value in numbers.items():
        expected[i] = value

    parsed = parse_figures(frame["f"], name="f")
    np.testing.assert_array_equal(parsed.values.to_numpy(), expected)
    assert parsed.suppressed == suppressed and parsed.unreadable == 0

    values, notes = numeric_column(frame, "f", where="Indicator 'i'")
    np.testing.assert_array_equal(values, expected)
    assert notes == [f"Indicator 'i': field 'f' has {suppressed} suppressed value(s) (" + ", ".join(
        parsed.suppressed_examples) + "); they count as missing, not as numbers."]  # fmt: skip

    counts: dict = {}
    model_values = _numeric_predictors(frame, ["f"], "training table", counts)["f"]
    np.testing.assert_array_equal(model_values.to_numpy(), expected)
    assert counts == {"f": suppressed}

    config = {"factors": [{"name": "F", "weight": 1, "direction": "higher",
                           "sources": [{"field": "f"}]}]}  # fmt: skip
    risk = loneliness_risk_index(frame, config)
    # only the areas with a number get a score: a z-score over those numbers alone
    known = expected[np.isfinite(expected)]
    z = (expected - known.mean()) / known.std()
    np.testing.assert_allclose(risk.table["risk_score"].to_numpy(), z)
    assert any(f"'f' has {suppressed} suppressed" in w for w in risk.warnings)


def test_model_reads_every_marker_but_refuses_other_text():
    frame = pd.DataFrame({"f": ["1", "x", "?", "-", "abc"]})
    with pytest.raises(WijkaanpakInputError, match="Predictor 'f'.*'abc'"):
        _numeric_predictors(frame, ["f"], "training table")


def test_numeric_sentinels_are_nan():
    out = parse_suppressed(pd.Series([10, -99997, 0, -99999997]))
    assert out.isna().tolist() == [False, True, False, True]


def test_unknown_text_raises_naming_column():
    with pytest.raises(WijkaanpakInputError, match="'Eenzaam_28'.*'veel'"):
        parse_suppressed(pd.Series(["1", "veel"]), name="Eenzaam_28")
    with pytest.raises(WijkaanpakInputError, match="'1.234,5'"):  # ambiguous separators
        parse_suppressed(pd.Series(["1.234,5"]), name="x")
    assert parse_suppressed(pd.Series(["veel", "2"]), errors="coerce").tolist()[1] == 2.0


@needs_data
def test_dot_count_equals_nan_count_on_real_national_column():
    col = "Eenzaam_28"
    with gzip.open(NL_18, "rt", encoding="utf-8", newline="") as fh:
        raw = [row[col] for row in csv.DictReader(fh)]
    dots = sum(1 for v in raw if v == ".")
    assert dots > 0
    parsed = parse_suppressed(read_figures_csv(NL_18)[col])
    assert len(parsed) == len(raw) == 17341
    assert int(parsed.isna().sum()) == dots
    numbers = np.array([float(v) for v in raw if v != "."])
    np.testing.assert_array_equal(parsed.dropna().to_numpy(), numbers)


@needs_data
def test_empty_real_column_is_all_nan():
    with open(ASSEN_CSV, encoding="utf-8", newline="") as fh:
        raw = [row["LopenEnOfFietsenNaarSchoolOfWerk_34"] for row in csv.DictReader(fh)]
    assert set(raw) == {""}
    assert (
        parse_suppressed(read_rivm_csv(ASSEN_CSV)["LopenEnOfFietsenNaarSchoolOfWerk_34"])
        .isna()
        .all()
    )


# ------------------------------------------------------------------------------ codes


def test_code_forms():
    codes = pd.Series(
        [" gm0106", "WK010600", "BU01060000", "0106", "010600", "01060000", "NL01", None, ""]
    )
    assert normalise_area_codes(codes).tolist()[:7] == [
        "GM0106",
        "WK010600",
        "BU01060000",
        "GM0106",
        "WK010600",
        "BU01060000",
        "NL01",
    ]
    assert normalise_area_codes(codes).iloc[7:].isna().all()
    # Numbers that lost leading zeros need the level; longer ones are another level.
    assert normalise_area_codes(pd.Series([10600, 10604.0, "1060000"]), level="WK").tolist() == [
        "WK010600",
        "WK010604",
        "1060000",
    ]
    with pytest.raises(WijkaanpakInputError, match="'10600'.*level"):
        normalise_area_codes(pd.Series(["10600"]))
    with pytest.raises(WijkaanpakInputError, match="'WK10600'"):
        normalise_area_codes(pd.Series(["WK10600"]))


# ------------------------------------------------------------------------------ join


# The joins need no shared data: the Assen wijken and RIVM table are bundled in the sample,
# the RIVM figures as TEXT exactly as published ('.' = suppressed).
SAMPLE_ASSEN = Path(__file__).resolve().parents[2] / "resources" / "sample" / "assen.gpkg"


def _sample_table(layer: str) -> pd.DataFrame:
    with sqlite3.connect(SAMPLE_ASSEN) as db:
        frame = pd.read_sql(f'SELECT * FROM "{layer}"', db)
    return frame.drop(columns=[c for c in ("fid", "geom") if c in frame])


def _assen_wijken() -> pd.DataFrame:
    return _sample_table("cbs_wijken_2024")


def _assen_rivm() -> pd.DataFrame:
    return _sample_table("rivm_gezondheid_2020")


def _assen_18() -> pd.DataFrame:
    fig = _assen_rivm()
    return fig[fig["leeftijdsgroep"] == "18+"]


def test_published_assen_and_pittelo_loneliness():
    wijken = _assen_wijken()
    joined, report = join_figures(
        wijken, "wijkcode", _assen_18(), "Codering_3", LONELY, prefix="r_"
    )
    pittelo = joined.loc[joined["wijkcode"] == "WK010604"].iloc[0]
    assert pittelo["wijknaam"] == "Pittelo"
    assert pittelo["r_Eenzaam_28"] == pytest.approx(49.7)  # RIVM 2020, 18+
    assert pittelo["r_ErnstigZeerErnstigEenzaam_29"] == pytest.approx(11.5)
    assert report.complete and report.n_matched == 10
    assert report.areas_without_figures == [] and report.figures_without_area_same_level == []
    assert len(joined) == len(wijken) and list(joined["wijkcode"]) == list(wijken["wijkcode"])

    gemeente = pd.DataFrame({"code": ["GM0106"], "naam": ["Assen"]})
    joined, _ = join_figures(gemeente, "code", _assen_18(), "Codering_3", LONELY)
    assert joined.loc[0, "Eenzaam_28"] == pytest.approx(46.4)
    assert joined.loc[0, "ErnstigZeerErnstigEenzaam_29"] == pytest.approx(10.1)


def test_report_lists_codes_on_either_side():
    wijken = _assen_wijken()
    wijken = wijken[wijken["wijkcode"] != "WK010600"]  # Centrum has figures but no area
    figs = _assen_18()
    figs = figs[figs["Codering_3"] != "WK010699"]  # Buitengebied has an area, no figures
    joined, report = join_figures(wijken, "wijkcode", figs, "Codering_3", ["Eenzaam_28"])
    assert report.areas_without_figures == ["WK010699"]
    assert report.figures_without_area_same_level == ["WK010600"]
    assert report.n_matched == 8 and report.n_areas == 9
    assert joined.loc[joined.wijkcode == "WK010699", "Eenzaam_28"].isna().all()
    assert any("WK010699" in m for m in report.messages())


def test_suppressed_buurt_is_nan_after_join_and_counted():
    figs = _assen_18()
    dotted = figs.loc[figs["Eenzaam_28"] == ".", "Codering_3"].tolist()
    assert dotted  # Assen has buurten without an estimate
    buurten = pd.DataFrame({"buurtcode": dotted[:3] + ["BU01060000"]})
    joined, report = join_figures(buurten, "buurtcode", figs, "Codering_3", ["Eenzaam_28"])
    assert joined["Eenzaam_28"].isna().tolist() == [True, True, True, False]
    assert report.suppressed == {"Eenzaam_28": 3}


def test_duplicate_codes_and_missing_columns_are_errors():
    both_ages = _assen_rivm()  # 18+ and 65+ rows: every code twice
    with pytest.raises(WijkaanpakInputError, match="WK010604"):
        join_figures(_assen_wijken(), "wijkcode", both_ages, "Codering_3", ["Eenzaam_28"])
    with pytest.raises(WijkaanpakInputError, match="'Eenzaamheid'.*Codering_3"):
        join_figures(_assen_wijken(), "wijkcode", _assen_18(), "Codering_3", ["Eenzaamheid"])
    clash = _assen_18().rename(columns={"Eenzaam_28": "wijknaam"})
    with pytest.raises(WijkaanpakInputError, match="'wijknaam'.*prefix"):
        join_figures(_assen_wijken(), "wijkcode", clash, "Codering_3", ["wijknaam"])


def test_bare_numbers_join_when_level_is_known():
    # Figures exported from a spreadsheet: WK codes as numbers without leading zeros.
    areas = pd.DataFrame({"wijkcode": ["WK010600", "WK010604"]})
    figs = pd.DataFrame({"code": [10604, 10600], "eenzaam": ["49,7", "."]})
    joined, report = join_figures(areas, "wijkcode", figs, "code", ["eenzaam"])
    assert report.level == "WK"  # inferred: all prefixed codes are wijken
    assert np.isnan(joined.loc[0, "eenzaam"]) and joined.loc[1, "eenzaam"] == 49.7
    bare_areas = pd.DataFrame({"wijkcode": [10600, 10604]})
    with pytest.raises(WijkaanpakInputError, match="level"):
        join_figures(bare_areas, "wijkcode", figs, "code", ["eenzaam"])
    joined, _ = join_figures(bare_areas, "wijkcode", figs, "code", ["eenzaam"], level="WK")
    assert joined.loc[1, "eenzaam"] == 49.7


# ------------------------------------------------------------------------------ reading


def test_read_semicolon_gzip_and_windows_encoding(tmp_path):
    text = "gwb_code;naam;eenzaam\nGM0106  ;Assen;46,4\nGM1900;Súdwest-Fryslân;.\n"
    gz = tmp_path / "cijfers.csv.gz"
    gz.write_bytes(gzip.compress(text.encode("cp1252")))
    frame = read_figures_csv(gz)
    assert list(frame.columns) == ["gwb_code", "naam", "eenzaam"]
    assert frame["gwb_code"].tolist() == ["GM0106", "GM1900"]  # padding trimmed
    assert frame["naam"].tolist()[1] == "Súdwest-Fryslân"
    assert frame["eenzaam"].tolist() == ["46,4", "."]  # kept as text
    assert parse_suppressed(frame["eenzaam"]).tolist()[0] == 46.4
    with pytest.raises(WijkaanpakInputError, match="Codering_3"):
        read_rivm_csv(gz)
    with pytest.raises(WijkaanpakInputError, match="does not exist"):
        read_figures_csv(tmp_path / "nope.csv")
