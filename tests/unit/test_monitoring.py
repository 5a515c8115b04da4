"""Comparing a baseline (nulmeting) with a later measurement: codes, changes, uncertainty."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.monitoring import compare_measurements


def lonely_definition(**extra):
    spec = {
        "id": "lonely",
        "label_en": "Lonely",
        "label_nl": "Eenzaam",
        "ambition": "meedoen",
        "field": "eenzaam",
        "direction": "higher_is_worse",
        "normalisation": "zscore",
    }
    spec.update(extra)
    return {
        "ambitions": [{"id": "meedoen", "label_en": "Participating", "label_nl": "Meedoen"}],
        "indicators": [spec],
    }


def test_codes_in_one_year_only_are_reported_not_dropped():
    baseline = pd.DataFrame({"code": ["WK01", "WK02", "WK03"], "x": [1.0, 2.0, 3.0]})
    current = pd.DataFrame({"code": ["WK02", "WK01", "WK04"], "x": [2.5, 1.0, 9.0]})
    result = compare_measurements(baseline, current, "code", ["x"])
    # matched in the current layer's order: WK02 (2 -> 2.5), WK01 (1 -> 1)
    assert result.table["code"].tolist() == ["WK02", "WK01"]
    assert result.table["change_x"].tolist() == [0.5, 0.0]
    assert result.table["trend_x"].tolist() == ["higher (uncertainty unknown)", "unchanged"]
    unmatched = result.unmatched.set_index("code")
    assert unmatched.loc["WK03", "side"] == "baseline only"
    assert unmatched.loc["WK04", "side"] == "current only"
    assert len(unmatched) == 2
    assert any("one layer only" in w for w in result.warnings)


def test_translated_code_is_matched_and_listed():
    baseline = pd.DataFrame({"code": ["WK01", "WK03"], "x": [1.0, 3.0]})
    current = pd.DataFrame({"code": ["WK01", "WK05"], "x": [1.0, 4.0]})
    result = compare_measurements(
        baseline, current, "code", ["x"], code_translation={"WK03": "WK05", "WK99": "WK98"}
    )
    row = result.table.set_index("code").loc["WK05"]
    assert row["baseline_code"] == "WK03" and bool(row["translated"])
    assert row["change_x"] == 1.0  # 4 - 3
    assert result.translated.values.tolist() == [["WK03", "WK05"]]
    assert result.unmatched.empty
    assert any("WK99" in w for w in result.warnings)  # unused translation entry


def test_merged_codes_are_reported_not_guessed():
    baseline = pd.DataFrame({"code": ["WK01", "WK02", "WK03"], "x": [1.0, 2.0, 3.0]})
    current = pd.DataFrame({"code": ["WK01", "WK03"], "x": [1.5, 3.0]})
    # WK02 merged into WK01: two baseline areas map to one current area
    result = compare_measurements(
        baseline, current, "code", ["x"], code_translation={"WK02": "WK01"}
    )
    assert result.table["code"].tolist() == ["WK03"]
    unmatched = result.unmatched
    assert sorted(unmatched["code"]) == ["WK01", "WK01", "WK02"]
    assert set(unmatched["side"]) == {"baseline only", "current only"}
    assert unmatched["reason"].str.contains("WK01, WK02").all()


def test_within_uncertainty_from_margin_by_hand():
    baseline = pd.DataFrame({"code": ["A", "B", "C", "D"], "eenzaam": [40.0, 40.0, 40.0, 40.0]})
    current = pd.DataFrame({"code": ["A", "B", "C", "D"], "eenzaam": [42.0, 42.2, 37.0, 40.0]})
    result = compare_measurements(baseline, current, "code", lonely_definition(margin=1.5))
    table = result.table.set_index("code")
    # combined = sqrt(1.5^2 + 1.5^2) = 2.1213
    np.testing.assert_allclose(table["uncertainty_lonely"], math.sqrt(4.5))
    # A +2.0 <= 2.1213 within; B +2.2 > 2.1213 outside (worse: loneliness is higher_is_worse);
    # C -3.0 outside, better; D 0 within
    assert table["within_uncertainty_lonely"].tolist() == [True, False, False, True]
    assert table["trend_lonely"].tolist() == [
        "no clear change (within uncertainty)",
        "worse",
        "better",
        "unchanged",
    ]


def test_within_uncertainty_from_interval_fields_by_hand():
    baseline = pd.DataFrame(
        {"code": ["A", "B"], "x": [42.0, 42.0], "lo": [40.0, 40.0], "hi": [44.0, 44.0]}
    )
    current = pd.DataFrame(
        {"code": ["A", "B"], "x": [45.5, 45.7], "lo": [41.0, 41.0], "hi": [47.0, 47.0]}
    )
    result = compare_measurements(baseline, current, "code", ["x"], uncertainty={"x": ("lo", "hi")})
    # half-widths (44 - 40) / 2 = 2 and (47 - 41) / 2 = 3; combined sqrt(4 + 9) = 3.6056
    np.testing.assert_allclose(result.table["uncertainty_x"], math.sqrt(13))
    # A: +3.5 within; B: +3.7 outside
    assert result.table["within_uncertainty_x"].tolist() == [True, False]


def test_no_uncertainty_leaves_flag_empty():
    baseline = pd.DataFrame({"code": ["A"], "x": [1.0]})
    current = pd.DataFrame({"code": ["A"], "x": [5.0]})
    result = compare_measurements(baseline, current, "code", ["x"])
    assert result.table["within_uncertainty_x"].isna().all()
    assert result.table["trend_x"].iloc[0] == "higher (uncertainty unknown)"
    assert any("No uncertainty" in w for w in result.warnings)


def test_ambition_scores_on_the_baseline_scale():
    # baseline eenzaam 5, 11, 11, 13: mean 10, population sd 3 (see test_indicators)
    baseline = pd.DataFrame({"code": list("ABCD"), "eenzaam": [5.0, 11.0, 11.0, 13.0]})
    # current: A 8, others unchanged, but everyone else also shifts the current mean;
    # scored on the baseline's mean 10 and sd 3 the others must not move
    current = pd.DataFrame({"code": list("ABCD"), "eenzaam": [8.0, 11.0, 11.0, 13.0]})
    result = compare_measurements(baseline, current, "code", lonely_definition(margin=2.0))
    table = result.table.set_index("code")
    # higher is worse: score = 0.5 - z / 6. A: baseline z = -5/3 -> 0.5 + 5/18 = 7/9;
    # current z = (8 - 10) / 3 = -2/3 -> 0.5 + 1/9 = 11/18. change = 11/18 - 14/18 = -1/6
    assert table.loc["A", "baseline_ambition_meedoen"] == pytest.approx(7 / 9)
    assert table.loc["A", "current_ambition_meedoen"] == pytest.approx(11 / 18)
    assert table.loc["A", "change_ambition_meedoen"] == pytest.approx(-1 / 6)
    np.testing.assert_allclose(table.loc[list("BCD"), "change_ambition_meedoen"], 0.0, atol=1e-12)
    # A: loneliness 5 -> 8 = +3 > sqrt(8) = 2.83 -> outside, worse; the others within
    assert table["within_uncertainty_ambition_meedoen"].tolist() == [False, True, True, True]
    assert table.loc["A", "trend_ambition_meedoen"] == "worse"
    assert table.loc["A", "trend_total_score"] == "worse"


def test_indicator_measured_once_is_reported():
    defn = lonely_definition()
    defn["indicators"].append(
        {
            "id": "alone",
            "label_en": "Alone",
            "label_nl": "Alleen",
            "ambition": "meedoen",
            "field": "alleen",
            "direction": "higher_is_worse",
            "optional": True,
        }
    )
    baseline = pd.DataFrame({"code": ["A", "B"], "eenzaam": [40.0, 50.0]})
    current = pd.DataFrame({"code": ["A", "B"], "eenzaam": [41.0, 50.0], "alleen": [3.0, 4.0]})
    result = compare_measurements(baseline, current, "code", defn)
    assert result.indicators == ("lonely",)
    assert any("'alone'" in w and "one layer only" in w for w in result.warnings)


def test_bad_codes_are_errors():
    good = pd.DataFrame({"code": ["A", "B"], "x": [1.0, 2.0]})
    twice = pd.DataFrame({"code": ["A", "A"], "x": [1.0, 2.0]})
    with pytest.raises(WijkaanpakInputError, match="A \\(2x\\)"):
        compare_measurements(good, twice, "code", ["x"])
    with pytest.raises(WijkaanpakInputError, match="wijkcode"):
        compare_measurements(good, good, "wijkcode", ["x"])
    other = pd.DataFrame({"code": ["C"], "x": [1.0]})
    with pytest.raises(WijkaanpakInputError, match="translation"):
        compare_measurements(good, other, "code", ["x"])
    with pytest.raises(WijkaanpakInputError, match="current"):
        compare_measurements(good, good.drop(columns="x"), "code", ["x"])


def flags(column) -> list:
    """A nullable true/false column as True, False or None (empty)."""
    return [None if pd.isna(v) else bool(v) for v in column]


def two_indicator_definition():
    """Ambition meedoen: loneliness (margin 2, higher is worse) and household size (no margin,
    higher is better), both min-max so that scores move with the values."""
    defn = lonely_definition(margin=2.0, normalisation="minmax")
    defn["indicators"].append(
        {
            "id": "size",
            "label_en": "Household size",
            "label_nl": "Huishoudensgrootte",
            "ambition": "meedoen",
            "field": "size",
            "direction": "higher_is_better",
            "normalisation": "minmax",
        }
    )
    return defn


def test_changes_within_uncertainty_read_as_no_clear_change():
    # combined uncertainty of loneliness: sqrt(2^2 + 2^2) = 2.83; household size has none.
    # A: loneliness +1.0 (within), size the same          -> no clear change, everywhere
    # B: loneliness +4.0 (beyond 2.83), size the same     -> worse
    # C: loneliness +1.0 (within), size 2.0 -> 1.8        -> size's uncertainty is unknown
    # D: nothing changed                                  -> unchanged
    # E: loneliness -1.5 (within), size the same          -> no clear change
    baseline = pd.DataFrame(
        {
            "code": list("ABCDE"),
            "eenzaam": [40.0, 40.0, 40.0, 45.0, 50.0],
            "size": [2.2, 2.0, 2.0, 2.4, 1.9],
        }
    )
    current = baseline.assign(
        eenzaam=[41.0, 44.0, 41.0, 45.0, 48.5], size=[2.2, 2.0, 1.8, 2.4, 1.9]
    )
    result = compare_measurements(baseline, current, "code", two_indicator_definition())
    t = result.table.set_index("code")
    within = "no clear change (within uncertainty)"
    assert t["trend_lonely"].tolist() == [within, "worse", within, "unchanged", within]
    assert t["trend_size"].tolist() == [
        "unchanged",
        "unchanged",
        "worse (uncertainty unknown)",
        "unchanged",
        "unchanged",
    ]
    # an unchanged value is within any uncertainty, even an unknown one
    assert flags(t["within_uncertainty_size"]) == [True, True, None, True, True]
    for name in ("ambition_meedoen", "total_score"):
        # A and E moved only within the uncertainty; the old wording called this
        # "better/worse (uncertainty unknown)" because size had no margin although it did
        # not change
        assert t.loc["A", f"trend_{name}"] == within, name
        assert t.loc["E", f"trend_{name}"] == within, name
        assert flags(t.loc[["A", "B", "C", "E"], f"within_uncertainty_{name}"]) == [
            True,
            False,
            None,
            True,
        ], name
        assert t.loc["B", f"trend_{name}"] == "worse", name
        # C: size changed and its uncertainty is really unknown: say which indicator
        assert t.loc["C", f"trend_{name}"] == "worse (uncertainty unknown: size)", name
        assert t.loc["D", f"trend_{name}"] == "unchanged", name
    # the scores did move for A and E (so a direction word would have been printed)
    assert t.loc["A", "change_total_score"] < 0 and t.loc["E", "change_total_score"] > 0
    assert not any(
        "uncertainty unknown" in str(v) for v in t.loc[["A", "B", "D", "E"]].values.ravel()
    )


def test_unknown_uncertainty_only_where_it_is_unknown():
    # fields compared as they are, no margin: a change is "higher/lower (uncertainty
    # unknown)", an equal value is "unchanged" with a known (true) within-flag
    baseline = pd.DataFrame({"code": ["A", "B", "C"], "x": [1.0, 2.0, np.nan]})
    current = pd.DataFrame({"code": ["A", "B", "C"], "x": [1.0, 1.5, 3.0]})
    t = compare_measurements(baseline, current, "code", ["x"]).table
    assert t["trend_x"].tolist() == [
        "unchanged",
        "lower (uncertainty unknown)",
        "not measured both times",
    ]
    assert flags(t["within_uncertainty_x"]) == [True, None, None]
