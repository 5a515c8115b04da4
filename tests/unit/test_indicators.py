"""Indicator definitions, normalisations, aggregation and need, against hand-computed tables."""

from __future__ import annotations

import copy
import json
import math
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.tests.unit.reference_scores import (
    SUPPRESSED_AREAS,
    SUPPRESSED_CELLS,
    reference_scores,
    suppressed_rows,
)
from wijkaanpak.tests.unit.reference_scores import (
    default_definition as reference_definition,
)
from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.indicators import (
    DefinitionError,
    MissingAmbitionsError,
    default_definition_path,
    evaluate_expression,
    load_definition,
    numeric_column,
    parse_definition,
    parse_expression,
    score_ambitions,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "assen.gpkg"


def indicator(ind_id, field, ambition="a", **extra):
    spec = {
        "id": ind_id,
        "label_en": ind_id,
        "label_nl": ind_id,
        "ambition": ambition,
        "field": field,
        "direction": "higher_is_better",
    }
    spec.update(extra)
    return spec


def ambition(amb_id, **extra):
    spec = {"id": amb_id, "label_en": amb_id, "label_nl": amb_id}
    spec.update(extra)
    return spec


def definition(indicators, ambitions=None, **extra):
    data = {"ambitions": ambitions or [ambition("a")], "indicators": indicators}
    data.update(extra)
    return data


# x = 5, 11, 11, 13: mean 10; deviations -5, 1, 1, 3; squares 25 + 1 + 1 + 9 = 36;
# population variance 36 / 4 = 9, sd 3 (a sample sd would be sqrt(36 / 3) = 3.464).
# z = -5/3, 1/3, 1/3, 1; score = 0.5 + z / 6 (z_clip 3) = 2/9, 5/9, 5/9, 2/3.
X = [5.0, 11.0, 11.0, 13.0]
HAND = {
    ("zscore", "higher_is_better"): [2 / 9, 5 / 9, 5 / 9, 2 / 3],
    ("zscore", "higher_is_worse"): [7 / 9, 4 / 9, 4 / 9, 1 / 3],  # 0.5 - z / 6
    # min-max: (x - 5) / (13 - 5) = 0, 6/8, 6/8, 1
    ("minmax", "higher_is_better"): [0.0, 0.75, 0.75, 1.0],
    ("minmax", "higher_is_worse"): [1.0, 0.25, 0.25, 0.0],
    # percentile rank (below + half equal) / 4: 5 -> 0.5/4; 11 -> (1 + 1)/4; 13 -> 3.5/4
    ("rank", "higher_is_better"): [0.125, 0.5, 0.5, 0.875],
    ("rank", "higher_is_worse"): [0.875, 0.5, 0.5, 0.125],
}


@pytest.mark.parametrize(("normalisation", "direction"), sorted(HAND))
def test_normalisations_match_hand_table(normalisation, direction):
    frame = pd.DataFrame({"x": X})
    defn = definition([indicator("i", "x", normalisation=normalisation, direction=direction)])
    result = score_ambitions(frame, defn)
    expected = HAND[(normalisation, direction)]
    np.testing.assert_allclose(result.table["score_i"], expected, atol=1e-12)


def test_zscore_uses_population_sd_not_sample_sd():
    frame = pd.DataFrame({"x": X})
    score = score_ambitions(frame, definition([indicator("i", "x")])).table["score_i"].iloc[0]
    # population: z = -5/3 -> 0.5 - 5/18 = 0.2222; sample sd sqrt(12): z = -1.4434 -> 0.2594
    assert score == pytest.approx(2 / 9, abs=1e-12)
    assert score != pytest.approx(0.5 - (5 / math.sqrt(12)) / 6, abs=1e-3)


def test_zscore_clip():
    frame = pd.DataFrame({"x": X})
    # z_clip 1: score = 0.5 + clip(z, -1, 1) / 2: z -5/3 -> -1 -> 0; 1/3 -> 2/3; 1 -> 1
    result = score_ambitions(frame, definition([indicator("i", "x")], z_clip=1.0))
    np.testing.assert_allclose(result.table["score_i"], [0.0, 2 / 3, 2 / 3, 1.0], atol=1e-12)


def test_target_normalisation_capped():
    frame = pd.DataFrame({"x": X})
    better = indicator("b", "x", normalisation="target", target=12)
    worse = indicator(
        "w", "x", normalisation="target", target=12, target_range=6, direction="higher_is_worse"
    )
    table = score_ambitions(frame, definition([better, worse])).table
    # better: shortfall max(12 - x, 0) = 7, 1, 1, 0; range 12 -> 1 - s/12 = 5/12, 11/12, 11/12, 1
    np.testing.assert_allclose(table["score_b"], [5 / 12, 11 / 12, 11 / 12, 1.0], atol=1e-12)
    # worse: excess max(x - 12, 0) = 0, 0, 0, 1; range 6 -> 1, 1, 1, 5/6
    np.testing.assert_allclose(table["score_w"], [1.0, 1.0, 1.0, 5 / 6], atol=1e-12)
    # 3% play-space norm: 0% scores 0, 1.5% scores 0.5, 4% is capped at 1
    play = pd.DataFrame({"pct": [0.0, 1.5, 4.0]})
    norm = indicator("play", "pct", normalisation="target", target=3)
    np.testing.assert_allclose(
        score_ambitions(play, definition([norm])).table["score_play"], [0.0, 0.5, 1.0]
    )


def test_degenerate_reference_scores_half_with_warning():
    frame = pd.DataFrame({"x": [4.0, 4.0, 4.0]})
    result = score_ambitions(frame, definition([indicator("i", "x")]))
    np.testing.assert_allclose(result.table["score_i"], [0.5, 0.5, 0.5])
    assert any("same value" in w for w in result.warnings)


def target_indicator(ind_id, ambition_id, weight=1.0, **extra):
    """Target 10, range 10, higher is better: score = x / 10 for x in 0..10 (inject scores)."""
    return indicator(
        ind_id, ind_id, ambition_id, normalisation="target", target=10, weight=weight, **extra
    )


def test_arithmetic_versus_geometric_aggregation():
    # scores 0.2 and 0.8 with weights 1 and 3
    frame = pd.DataFrame({"p": [2.0, 0.0], "q": [8.0, 10.0]})
    inds = [target_indicator("p", "a", 1), target_indicator("q", "a", 3)]
    arith = score_ambitions(frame, definition(inds)).table["ambition_a"]
    geo_def = definition(inds, ambitions=[ambition("a", aggregation="geometric")])
    geo = score_ambitions(frame, geo_def).table["ambition_a"]
    # arithmetic: (1 * 0.2 + 3 * 0.8) / 4 = 0.65; second area (0 + 3) / 4 = 0.75
    assert arith.iloc[0] == pytest.approx(0.65, abs=1e-12)
    assert arith.iloc[1] == pytest.approx(0.75, abs=1e-12)
    # geometric with offset 0.01: (0.21^1 * 0.81^3)^(1/4) - 0.01 = 0.567988
    assert geo.iloc[0] == pytest.approx(0.21**0.25 * 0.81**0.75 - 0.01, abs=1e-12)
    assert geo.iloc[0] == pytest.approx(0.567988, abs=1e-6)
    # a zero score is hardly compensated: (0.01 * 1.01^3)^(1/4) - 0.01 = 0.308...
    assert geo.iloc[1] == pytest.approx(0.01**0.25 * 1.01**0.75 - 0.01, abs=1e-12)
    assert (geo < arith).all()


def test_geometric_total_level():
    frame = pd.DataFrame({"p": [1.0], "q": [9.0]})
    ambs = [ambition("a"), ambition("b")]
    inds = [target_indicator("p", "a"), target_indicator("q", "b")]
    table = score_ambitions(frame, definition(inds, ambs, total={"aggregation": "geometric"})).table
    # sqrt(0.11 * 0.91) - 0.01 = 0.306382
    assert table["total_score"].iloc[0] == pytest.approx(math.sqrt(0.11 * 0.91) - 0.01, abs=1e-12)


def test_reweighting_and_flagging_missing_values():
    frame = pd.DataFrame({"p": [2.0, 2.0, 2.0], "q": [8.0, np.nan, 8.0], "r": [5.0, 5.0, np.nan]})
    ambs = [ambition("a"), ambition("b", weight=3)]
    inds = [
        target_indicator("p", "a", 1),
        target_indicator("q", "a", 3),
        target_indicator("r", "b", 1, missing="flag"),
    ]
    table = score_ambitions(frame, definition(inds, ambs)).table
    # area 0: a = (0.2 + 3 * 0.8) / 4 = 0.65; b = 0.5; total = (0.65 + 3 * 0.5) / 4 = 0.5375
    assert table["ambition_a"].iloc[0] == pytest.approx(0.65)
    assert table["total_score"].iloc[0] == pytest.approx(0.5375)
    # area 1: q missing -> reweighted, a = 0.2 alone; total = (0.2 + 1.5) / 4 = 0.425
    assert table["ambition_a"].iloc[1] == pytest.approx(0.2)
    assert table["total_score"].iloc[1] == pytest.approx(0.425)
    assert table["missing_reweighted"].iloc[1] == "q"
    # area 2: r is "flag" -> ambition b and total empty, flagged
    assert np.isnan(table["ambition_b"].iloc[2])
    assert np.isnan(table["total_score"].iloc[2])
    assert table["missing_flagged"].iloc[2] == "r"
    assert table["ambition_a"].iloc[2] == pytest.approx(0.65)


def test_ambition_without_any_value_is_left_out_of_total():
    frame = pd.DataFrame({"p": [4.0], "q": [np.nan]})
    ambs = [ambition("a"), ambition("b", weight=5)]
    inds = [target_indicator("p", "a"), target_indicator("q", "b")]
    with pytest.raises(MissingAmbitionsError):
        score_ambitions(frame, definition(inds, ambs))
    allowed = score_ambitions(frame, definition(inds, ambs), allow_missing_ambitions=True)
    # b has nothing -> the total is a alone: 0.4
    assert allowed.table["total_score"].iloc[0] == pytest.approx(0.4)


def test_ambition_without_usable_indicator_is_refused_unless_allowed():
    # b: its only indicator q has no number anywhere (NULL and a suppressed '.');
    # c: its only indicator reads a field the layer does not have
    frame = pd.DataFrame({"p": [4.0, 6.0], "q": [None, "."]})
    ambs = [ambition("a"), ambition("b", weight=5), ambition("c")]
    inds = [
        target_indicator("p", "a"),
        target_indicator("q", "b"),
        indicator("r", "absent_field", "c", optional=True),
    ]
    with pytest.raises(MissingAmbitionsError) as info:
        score_ambitions(frame, definition(inds, ambs))
    assert sorted(info.value.ambitions) == ["b", "c"]
    message = str(info.value)
    assert "'b'" in message and "'c'" in message and "2 of 3" in message
    assert "'q'" in message and "absent_field" in message
    result = score_ambitions(frame, definition(inds, ambs), allow_missing_ambitions=True)
    table = result.table
    # b and c are left out: the total is a alone, p / 10
    np.testing.assert_allclose(table["total_score"], [0.4, 0.6])
    assert table["ambitions_in_total"].tolist() == ["a", "a"]
    assert table["ambitions_missing"].tolist() == ["b, c", "b, c"]
    assert table["indicators_used"].tolist() == ["p", "p"]
    assert result.ambitions_used == ("a",)
    assert sorted(result.ambitions_skipped) == ["b", "c"]
    assert result.indicators_used == ("p",)
    assert sorted(result.indicators_skipped) == ["q", "r"]
    assert "absent_field" in result.indicators_skipped["r"]
    assert any("left out of the total" in w and "'b'" in w for w in result.warnings)


def test_ambition_missing_for_some_areas_is_recorded_per_area():
    # area 1 has no value for b's only indicator; the others have one: allowed (reweighting
    # per area is the documented "reweight" rule) but recorded and counted
    frame = pd.DataFrame({"p": [4.0, 6.0, 8.0], "q": [2.0, np.nan, 5.0]})
    ambs = [ambition("a"), ambition("b")]
    inds = [target_indicator("p", "a"), target_indicator("q", "b")]
    result = score_ambitions(frame, definition(inds, ambs))
    table = result.table
    np.testing.assert_allclose(table["total_score"], [0.3, 0.6, 0.65])
    assert table["ambitions_missing"].tolist() == ["", "b", ""]
    assert table["ambitions_in_total"].tolist() == ["a, b", "a", "a, b"]
    assert table["indicators_used"].tolist() == ["p, q", "p", "p, q"]
    assert result.ambitions_skipped == {}
    assert any("'b'" in w and "1 of 3" in w for w in result.warnings)


def test_plain_cbs_wijken_use_4_of_15_indicators_and_2_of_5_ambitions():
    # the bundled Assen sample: CBS wijken 2024 with key figures only (no loneliness, reach or
    # risk fields), read straight from the GeoPackage; the default definition has 15
    # indicators, and only the four CBS ones have fields here
    with sqlite3.connect(SAMPLE) as db:
        frame = pd.read_sql("SELECT * FROM cbs_wijken_2024", db).drop(columns=["geom"])
    defn = load_definition(default_definition_path())
    cbs = {"cars_per_household", "household_size", "population_density", "share_65plus"}
    with pytest.raises(MissingAmbitionsError) as info:
        score_ambitions(frame, defn, code_col="wijkcode")
    assert sorted(info.value.ambitions) == ["meedoen", "ontmoeten", "opgroeien"]
    assert "3 of 5" in str(info.value)
    result = score_ambitions(frame, defn, code_col="wijkcode", allow_missing_ambitions=True)
    assert set(result.indicators_used) == cbs
    assert len(result.indicators_skipped) == 11
    assert result.ambitions_used == ("verduurzamen", "wonen")
    assert (result.table["ambitions_missing"] == "ontmoeten, meedoen, opgroeien").all()
    assert (result.table["ambitions_in_total"] == "verduurzamen, wonen").all()


def test_need_and_top_drivers_by_hand():
    # a (weight 1): i1 = 0.2, i2 = 0.6 (equal weights); b (weight 3): i3 = 0.9
    frame = pd.DataFrame({"i1": [2.0], "i2": [6.0], "i3": [9.0]})
    ambs = [ambition("a"), ambition("b", weight=3)]
    inds = [target_indicator("i1", "a"), target_indicator("i2", "a"), target_indicator("i3", "b")]
    table = score_ambitions(frame, definition(inds, ambs)).table
    # a = 0.4; b = 0.9; total = (0.4 + 3 * 0.9) / 4 = 0.775; need = 0.225
    assert table["total_score"].iloc[0] == pytest.approx(0.775)
    assert table["need"].iloc[0] == pytest.approx(0.225)
    # effective weights 0.5 * 1/4, 0.5 * 1/4, 1 * 3/4; gaps to target 0.8, 0.4, 0.1
    # contributions 0.1, 0.05, 0.075 -> i1, i3, i2
    row = table.iloc[0]
    assert [row.need_driver_1, row.need_driver_2, row.need_driver_3] == ["i1", "i3", "i2"]
    np.testing.assert_allclose(
        [row.need_contribution_1, row.need_contribution_2, row.need_contribution_3],
        [0.1, 0.075, 0.05],
    )


def test_need_drivers_only_below_reference():
    # z-scores: reference level 0.5 (the mean); only areas below the mean get a driver
    frame = pd.DataFrame({"x": X})
    table = score_ambitions(frame, definition([indicator("i", "x")])).table
    assert table["need_driver_1"].tolist()[0] == "i"
    # area 0: gap 0.5 - 2/9 = 5/18 (single indicator: effective weight 1)
    assert table["need_contribution_1"].iloc[0] == pytest.approx(5 / 18)
    assert table["need_driver_1"].iloc[1:].isna().all()


def test_reference_mask_code_list_and_municipality():
    frame = pd.DataFrame(
        {"code": ["A", "B", "C", "D", "E"], "gm": ["G1"] * 4 + ["G2"], "x": X + [100.0]}
    )
    defn = definition([indicator("i", "x")])
    expected = HAND[("zscore", "higher_is_better")]
    for ref in (
        np.array([True, True, True, True, False]),
        ["A", "B", "C", "D"],
        {"gm": "G1"},
    ):
        result = score_ambitions(frame, defn, ref, code_col="code")
        # reference = first four (mean 10, sd 3); E: z = 30 -> clipped to 3 -> score 1
        np.testing.assert_allclose(result.table["score_i"], expected + [1.0], atol=1e-12)
        assert result.table["in_reference"].tolist() == [True] * 4 + [False]
        assert result.table["reference"].iloc[0].endswith("(4)")
    with pytest.raises(WijkaanpakInputError, match="Z"):
        score_ambitions(frame, defn, ["A", "Z"], code_col="code")


def test_expression_evaluator():
    cols = {"a": np.array([6.0, 1.0, 2.0]), "b": np.array([1.0, 0.0, -1.0]), "c": np.ones(3)}
    # a / (b + c) = 6/2, 1/1, 2/0 -> missing
    out = evaluate_expression("a / (b + c)", cols)
    np.testing.assert_allclose(out[:2], [3.0, 1.0])
    assert np.isnan(out[2])
    # -a + 2 * max(b, c) - min(a, 3, c): -6 + 2 - 1 = -5; -1 + 2 - 1 = 0; -2 + 2 - 1 = -1
    out = evaluate_expression("-a + 2 * max(b, c) - min(a, 3, c)", cols)
    np.testing.assert_allclose(out, [-5, 0, -1])
    # log of a non-positive number -> missing; sqrt, abs
    out = evaluate_expression("log(b) + sqrt(abs(a))", cols)
    assert out[0] == pytest.approx(math.sqrt(6)) and np.isnan(out[1]) and np.isnan(out[2])
    # quoted column names for fields that start with a digit
    expr = parse_expression("'0_15' * aantal_inwoners / 100")
    assert expr.columns == ("0_15", "aantal_inwoners")
    columns = {"0_15": np.array([7.0]), "aantal_inwoners": np.array([7165.0])}
    value = evaluate_expression(expr, columns)
    assert value[0] == pytest.approx(501.55)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('echo hi')",
        "a.__class__",
        "open('x')",
        "exec('1')",
        "eval('a')",
        "(lambda: a)()",
        "a ** 2",
        "a if b else c",
        "[a, b]",
        "a < b",
        "a // b",
        "__builtins__",
        "max(a, key=b)",
        "log(a, b)",
        "True + a",
        "",
        "3 + 4",
    ],
)
def test_expression_refuses_anything_but_arithmetic(text):
    with pytest.raises(DefinitionError):
        parse_expression(text)


def test_expression_digit_column_names_need_quotes():
    # 0_15 is valid Python: the number 15; it must not silently become 15
    with pytest.raises(DefinitionError, match="quotes"):
        parse_expression("0_15 / 100")
    with pytest.raises(DefinitionError, match="quotes"):
        parse_expression("65plus / 100")


def test_definition_errors_name_indicator_and_key(tmp_path):
    good = definition([indicator("lonely", "x")])
    cases = [
        ({"wieght": 2}, ["'lonely'", "wieght"]),
        ({"direction": "up"}, ["'lonely'", "direction"]),
        ({"normalisation": "target"}, ["'lonely'", "target"]),
        ({"ambition": "nope"}, ["'lonely'", "nope"]),
        ({"weight": -1}, ["'lonely'", "weight"]),
        ({"weight": "1"}, ["'lonely'", "weight"]),
        ({"expression": "x * 2"}, ["'lonely'", "field", "expression"]),
        ({"target": 3}, ["'lonely'", "target"]),
        ({"id": "Lonely Adults"}, ["id"]),
    ]
    for change, words in cases:
        bad = copy.deepcopy(good)
        bad["indicators"][0].update(change)
        with pytest.raises(DefinitionError) as info:
            parse_definition(bad)
        for word in words:
            assert word in str(info.value), (change, str(info.value))
    twice = copy.deepcopy(good)
    twice["indicators"].append(indicator("lonely", "y"))
    with pytest.raises(DefinitionError, match="twice"):
        parse_definition(twice)
    empty_ambition = definition([indicator("i", "x")], [ambition("a"), ambition("b")])
    with pytest.raises(DefinitionError, match="'b'"):
        parse_definition(empty_ambition)
    path = tmp_path / "bad.json"
    path.write_text('{\n  "ambitions": [,]\n}', encoding="utf-8")
    with pytest.raises(DefinitionError, match="line 2"):
        load_definition(path)
    # comments are allowed anywhere
    commented = copy.deepcopy(good)
    commented["_comment"] = "note"
    commented["indicators"][0]["_why"] = "note"
    assert parse_definition(commented).indicators[0].id == "lonely"


def test_missing_fields_optional_and_required():
    frame = pd.DataFrame({"x": X, "other": X})
    optional = definition([indicator("i", "x"), indicator("j", "absent_field", optional=True)])
    result = score_ambitions(frame, optional)
    assert result.skipped == ("j",)
    assert any("absent_field" in w for w in result.warnings)
    np.testing.assert_allclose(result.table["score_i"], HAND[("zscore", "higher_is_better")])
    required = definition([indicator("i", "x"), indicator("j", "absent_field")])
    with pytest.raises(WijkaanpakInputError) as info:
        score_ambitions(frame, required)
    message = str(info.value)
    assert "absent_field" in message and "'j'" in message and "x, other" in message


def test_suppressed_text_values_are_missing():
    frame = pd.DataFrame({"x": ["5", "11", ".", "13"]})
    result = score_ambitions(frame, definition([indicator("i", "x", normalisation="minmax")]))
    # reference 5, 11, 13 -> (x - 5) / 8
    np.testing.assert_allclose(result.table["score_i"].iloc[[0, 1, 3]], [0.0, 0.75, 1.0])
    assert np.isnan(result.table["score_i"].iloc[2])
    assert any("'.'" in w for w in result.warnings)


def test_same_definition_same_data_bit_identical():
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(rng.normal(size=(200, 6)), columns=list("abcdef"))
    frame.iloc[::7, 2] = np.nan
    ambs = [ambition("a1", aggregation="geometric"), ambition("a2", weight=2)]
    norms = ["zscore", "minmax", "rank", "zscore", "minmax", "rank"]
    inds = [
        indicator(c, c, "a1" if k < 3 else "a2", normalisation=norms[k], weight=1 + k)
        for k, c in enumerate("abcdef")
    ]
    text = json.dumps(definition(inds, ambs))
    first = score_ambitions(frame, text).table
    second = score_ambitions(frame.copy(), json.loads(text)).table
    pd.testing.assert_frame_equal(first, second, check_exact=True)


def test_default_definition_on_assen():
    defn = load_definition(default_definition_path())
    assert [a.id for a in defn.ambitions] == [
        "ontmoeten",
        "meedoen",
        "opgroeien",
        "verduurzamen",
        "wonen",
    ]
    # the shared wijken_2024_assen.geojson, bundled as resources/sample/assen.gpkg
    with sqlite3.connect(SAMPLE) as db:
        frame = pd.read_sql("SELECT * FROM cbs_wijken_2024", db).drop(columns=["fid", "geom"])
    result = score_ambitions(frame, defn, code_col="wijkcode", allow_missing_ambitions=True)
    table = result.table.set_index("wijkcode")
    # Centrum: 3,360 cars / 4,280 households = 0.78505 (CBS 2024 figures)
    assert table.loc["WK010600", "value_cars_per_household"] == pytest.approx(3360 / 4280)
    # loneliness and reach fields are absent here: skipped, not an error
    assert "lonely_18plus" in result.skipped and "play_reach_0_5" in result.skipped
    # Kloosterveen has the largest households (2.7) -> best household-size score
    assert table["score_household_size"].idxmax() == "WK010608"
    assert table["total_score"].notna().all()


# --------------------------------------------------------------------------- suppressed codes


def test_default_definition_never_scores_suppressed_codes():
    """CBS -99995/-99997/-99998 and '.' are missing, never numbers (brute-force reference)."""
    frame = pd.DataFrame(SUPPRESSED_AREAS)
    result = score_ambitions(frame, default_definition_path(), code_col="code")
    expected = reference_scores(suppressed_rows(), reference_definition())
    table = result.table.set_index("code")
    compared = 0
    for code, want in zip(frame["code"], expected):
        for column, value in want.items():
            got = table.loc[code, column]
            if math.isnan(value):
                assert np.isnan(got), (code, column, got)
            else:
                assert got == pytest.approx(value, abs=1e-12), (code, column)
            compared += 1
    assert compared == 6 * (2 * 15 + 5 + 2)  # every indicator, ambition, total and need
    # each suppressed cell leaves the indicators that read it empty for that area only
    reads = {}
    for ind in reference_definition()["indicators"]:
        for column in [ind["field"]] if "field" in ind else ind["expression"].split("/"):
            reads.setdefault(column.strip(), []).append(ind["id"])
    for column, code in SUPPRESSED_CELLS:
        for ind_id in reads[column]:
            assert np.isnan(table.loc[code, f"value_{ind_id}"]), (column, code)
            assert np.isnan(table.loc[code, f"score_{ind_id}"]), (column, code)
            others = table.drop(index=code)[f"score_{ind_id}"]
            assert others.notna().all(), (column, code)
    # one warning per field, naming the field and how many values were suppressed
    for column in {c for c, _ in SUPPRESSED_CELLS}:
        found = [w for w in result.warnings if f"'{column}'" in w and "suppressed" in w]
        assert len(found) == 1, (column, result.warnings)
        assert " 1 suppressed value" in found[0], found[0]
    assert not any("nan" in w.lower().split() for w in result.warnings)


def test_numeric_read_counts_every_marker():
    frame = pd.DataFrame({"x": [1.0, -99997.0, -99995.0, -99998.0, -99999999.0, np.nan, 7.0, -5.0]})
    values, warnings = numeric_column(frame, "x", where="Test")
    # 4 sentinel codes (<= -99990) are missing; NaN stays missing; -5 is a real number
    np.testing.assert_array_equal(np.isnan(values), [0, 1, 1, 1, 1, 1, 0, 0])
    assert values[7] == -5.0
    assert len(warnings) == 1 and "4 suppressed" in warnings[0] and "'x'" in warnings[0]
    text = pd.DataFrame({"y": ["3,5", ".", "x", "", None, "-99997", "2"]})
    values, warnings = numeric_column(text, "y")
    np.testing.assert_array_equal(values[[0, 6]], [3.5, 2.0])
    assert np.isnan(values[1:6]).all()
    # '.', 'x' and '-99997' are suppression markers; '' and NULL are simply empty
    assert len(warnings) == 1 and "3 suppressed" in warnings[0]
