"""Ranking by need and its Monte-Carlo sensitivity: cases with a known answer + brute force."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import rankdata

from wijkaanpak.tests.unit.reference_scores import (
    SUPPRESSED_AREAS,
    reference_scores,
    suppressed_rows,
)
from wijkaanpak.tests.unit.reference_scores import (
    default_definition as reference_definition,
)
from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.indicators import (
    MissingAmbitionsError,
    default_definition_path,
)
from wijkaanpak.wijkaanpak_plugin.core.ranking import rank_areas


def target_indicator(ind_id, ambition_id="a", weight=1.0, **extra):
    """Target 10 (range 10), higher is better: score = x / 10 for x in 0..10."""
    spec = {
        "id": ind_id,
        "label_en": ind_id,
        "label_nl": ind_id,
        "ambition": ambition_id,
        "field": ind_id,
        "direction": "higher_is_better",
        "normalisation": "target",
        "target": 10,
        "weight": weight,
    }
    spec.update(extra)
    return spec


def ambition(amb_id, **extra):
    spec = {"id": amb_id, "label_en": amb_id, "label_nl": amb_id}
    spec.update(extra)
    return spec


TWO_AMBITIONS = {
    "ambitions": [ambition("a"), ambition("b", weight=2)],
    "indicators": [
        target_indicator("p", "a"),
        target_indicator("q", "a", 2),
        target_indicator("r", "b"),
    ],
}


def test_dominating_area_is_first_in_every_draw():
    # area D is lowest on every indicator, so it has the most need for any positive weights
    frame = pd.DataFrame(
        {
            "code": ["A", "B", "C", "D", "E"],
            "p": [5, 6, 7, 1, 9],
            "q": [8, 3, 6, 2, 7],
            "r": [4, 9, 5, 3, 6],
            "pop": [1000] * 5,
        }
    )
    result = rank_areas(frame, TWO_AMBITIONS, code_col="code", population="pop", n_draws=300)
    row = result.table.set_index("code").loc["D"]
    assert row["rank"] == 1
    assert row["p_first"] == 1.0
    assert row["p_top3"] == 1.0
    assert (row["rank_p05"], row["rank_p95"]) == (1.0, 1.0)
    assert result.table["p_first"].sum() == pytest.approx(1.0)


def test_two_identical_areas_split_first_place_evenly():
    frame = pd.DataFrame(
        {
            "code": ["A", "B", "C", "D"],
            "p": [1, 1, 5, 9],
            "q": [2, 2, 6, 8],
            "r": [3, 3, 7, 9],
        }
    )
    table = rank_areas(frame, TWO_AMBITIONS, code_col="code", n_draws=200).table
    # A and B are identical and both dominate C and D: tied for first in every draw
    assert table["p_first"].tolist()[:2] == [0.5, 0.5]
    assert table["rank"].tolist()[:2] == [1.5, 1.5]  # average of positions 1 and 2
    assert table["p_first"].iloc[2:].tolist() == [0.0, 0.0]
    assert table["p_top3"].tolist() == [1.0, 1.0, 1.0, 0.0]


def test_tie_straddling_top3_is_split():
    # four identical areas with the most need share positions 1-4: P(first) 1/4, P(top 3) 3/4
    frame = pd.DataFrame({"p": [1, 1, 1, 1, 8], "q": [2, 2, 2, 2, 9], "r": [1, 1, 1, 1, 5]})
    table = rank_areas(frame, TWO_AMBITIONS, n_draws=50).table
    assert table["p_first"].tolist() == [0.25] * 4 + [0.0]
    assert table["p_top3"].tolist() == [0.75] * 4 + [0.0]
    assert table["rank"].tolist() == [2.5] * 4 + [5.0]  # mean of 1, 2, 3, 4


def test_min_population_exclusion():
    frame = pd.DataFrame(
        {
            "code": ["A", "B", "C", "D"],
            "p": [1, 5, 6, 7],  # A would be first, but has 60 residents
            "q": [1, 5, 6, 7],
            "r": [1, 5, 6, 7],
            "pop": [60, 500, -99997, 800],  # C: CBS suppression code
        }
    )
    result = rank_areas(frame, TWO_AMBITIONS, code_col="code", population="pop", n_draws=50)
    table = result.table.set_index("code")
    assert not table.loc["A", "ranked"] and np.isnan(table.loc["A", "rank"])
    assert "fewer than 100 residents" in table.loc["A", "not_ranked_reason"]
    assert "unknown" in table.loc["C", "not_ranked_reason"]
    assert table.loc["A", "rank_label"] == "not ranked"
    # ranks among the rest: B (scores .5) before D (.7)
    assert table.loc[["B", "D"], "rank"].tolist() == [1.0, 2.0]
    assert table.loc["B", "p_first"] == 1.0
    assert "signal" in result.note_en and "signaal" in result.note_nl
    without = rank_areas(frame, TWO_AMBITIONS, n_draws=10)
    assert without.table["ranked"].all()
    assert any("No population" in w for w in without.warnings)


def close_call_frame(n=12, seed=5):
    """Areas that trade ambition a against b, so the weights decide the order."""
    rng = np.random.default_rng(seed)
    p = rng.uniform(3, 7, n)
    q = rng.uniform(3, 7, n)
    # A = (p + 2q) / 30, B = r / 10; r = 6 - 5A makes A + 2B = 1.2 for all areas (+ noise)
    r = 6 - (p + 2 * q) / 6 + rng.uniform(-0.05, 0.05, n)
    return pd.DataFrame({"p": p, "q": q, "r": r})


def test_same_seed_identical_and_other_seed_differs():
    frame = close_call_frame()
    first = rank_areas(frame, TWO_AMBITIONS, n_draws=200, seed=11).table
    again = rank_areas(frame, TWO_AMBITIONS, n_draws=200, seed=11).table
    pd.testing.assert_frame_equal(first, again, check_exact=True)
    other = rank_areas(frame, TWO_AMBITIONS, n_draws=200, seed=12).table
    assert 0 < first["p_first"].max() < 1  # a real close call
    assert not np.array_equal(first["p_top3"].to_numpy(), other["p_top3"].to_numpy())


def test_no_jitter_gives_point_ranking_in_every_draw():
    frame = close_call_frame()
    table = rank_areas(frame, TWO_AMBITIONS, n_draws=20, weight_jitter=0.0).table
    # point need by hand: need = 1 - (A + 2B) / 3, A = (p + 2q) / 30, B = r / 10
    need = 1 - ((frame.p + 2 * frame.q) / 30 + 2 * frame.r / 10) / 3
    expected_rank = rankdata(-need.to_numpy())
    np.testing.assert_allclose(table["need"], need)
    np.testing.assert_array_equal(table["rank"], expected_rank)
    np.testing.assert_array_equal(table["rank_p05"], expected_rank)
    np.testing.assert_array_equal(table["rank_p95"], expected_rank)
    np.testing.assert_array_equal(table["p_first"], (expected_rank == 1).astype(float))


def test_matches_brute_force_loop_over_draws():
    # an independent per-draw loop over the documented method: draw d uses its own
    # generator from SeedSequence(seed).spawn(n_draws); indicator factors, then ambition
    # factors, uniform in [1 - jitter, 1 + jitter]; weighted means renormalised per area
    # over present values; ambition "b" geometric with offset 0.01.
    defn = {
        "ambitions": [ambition("a"), ambition("b", weight=2, aggregation="geometric")],
        "indicators": [
            target_indicator("p", "a"),
            target_indicator("q", "a", 2),
            target_indicator("r", "b"),
            target_indicator("s", "b", 3),
        ],
    }
    frame = close_call_frame(n=7, seed=2)
    frame["s"] = np.random.default_rng(9).uniform(2, 8, 7)
    frame.loc[3, "q"] = np.nan  # reweighted
    n_draws, jitter, seed = 60, 0.3, 4  # 60 draws: crosses the 50-draw batch boundary
    result = rank_areas(frame, defn, n_draws=n_draws, weight_jitter=jitter, seed=seed)

    scores = frame[["p", "q", "r", "s"]].to_numpy() / 10.0
    ind_amb = [0, 0, 1, 1]
    ranks = []
    firsts = np.zeros(len(frame))
    for child in np.random.SeedSequence(seed).spawn(n_draws):
        rng = np.random.default_rng(child)
        wi = np.array([1, 2, 1, 3]) * rng.uniform(1 - jitter, 1 + jitter, 4)
        wa = np.array([1, 2]) * rng.uniform(1 - jitter, 1 + jitter, 2)
        need = []
        for area in range(len(frame)):
            amb_scores = []
            for a in (0, 1):
                parts = [
                    (wi[i], scores[area, i])
                    for i in range(4)
                    if ind_amb[i] == a and not np.isnan(scores[area, i])
                ]
                total_w = sum(w for w, _ in parts)
                if a == 0:
                    amb_scores.append(sum(w * s for w, s in parts) / total_w)
                else:
                    log_mean = sum(w * np.log(s + 0.01) for w, s in parts) / total_w
                    amb_scores.append(np.exp(log_mean) - 0.01)
            total = (wa[0] * amb_scores[0] + wa[1] * amb_scores[1]) / wa.sum()
            need.append(1 - total)
        r = rankdata(-np.array(need))
        ranks.append(r)
        firsts += r == 1
    ranks = np.array(ranks)
    table = result.table
    np.testing.assert_allclose(table["p_first"], firsts / n_draws)
    np.testing.assert_allclose(table["rank_p05"], np.quantile(ranks, 0.05, axis=0, method="lower"))
    np.testing.assert_allclose(table["rank_p95"], np.quantile(ranks, 0.95, axis=0, method="higher"))
    np.testing.assert_allclose(table["p_top3"], (ranks <= 3).mean(axis=0))


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        # value of A uniform on [0, 20]: P(A < 10.5) = 10.5 / 20 = 0.525
        ("uniform", 0.525),
        # triangular, peak 10 on [0, 20]: P(A < 10.5) = 1 - (20 - 10.5)^2 / (20 * 10) = 0.54875
        ("triangular", 0.54875),
    ],
)
def test_interval_draws_probability(shape, expected):
    # one indicator, target 20 (range 20): score = x / 20, need = 1 - x / 20; no weight jitter.
    # A (10, interval 0-20) is first exactly when its drawn value is below B's fixed 10.5.
    defn = {
        "ambitions": [ambition("a")],
        "indicators": [
            {
                "id": "x",
                "label_en": "x",
                "label_nl": "x",
                "ambition": "a",
                "field": "x",
                "direction": "higher_is_better",
                "normalisation": "target",
                "target": 20,
            }
        ],
    }
    frame = pd.DataFrame(
        {"x": [10.0, 10.5, 18.0], "lo": [0.0, np.nan, 17.0], "hi": [20.0, np.nan, 19.0]}
    )
    result = rank_areas(
        frame,
        defn,
        n_draws=4000,
        weight_jitter=0.0,
        intervals={"x": ("lo", "hi")},
        interval_draw=shape,
        seed=1,
    )
    p_first = result.table["p_first"].tolist()
    # binomial sd sqrt(0.25 / 4000) = 0.008; allow 3 sd
    assert p_first[0] == pytest.approx(expected, abs=0.025)
    assert p_first[0] + p_first[1] == pytest.approx(1.0)
    assert p_first[2] == 0.0
    assert result.table["rank_p95"].iloc[2] == 3.0


def test_interval_errors_and_definition_intervals():
    defn = dict(TWO_AMBITIONS)
    frame = pd.DataFrame(
        {"p": [1.0, 5.0], "q": [2.0, 5.0], "r": [3.0, 5.0], "lo": [2.0, 4.0], "hi": [1.0, 6.0]}
    )
    with pytest.raises(WijkaanpakInputError, match="'p'"):
        rank_areas(frame, defn, intervals={"p": ("lo", "hi")}, n_draws=5)
    with pytest.raises(WijkaanpakInputError, match="nope"):
        rank_areas(frame, defn, intervals={"p": ("lo", "nope")}, n_draws=5)
    with pytest.raises(WijkaanpakInputError):
        rank_areas(frame, defn, n_draws=0)
    with pytest.raises(WijkaanpakInputError):
        rank_areas(frame, defn, weight_jitter=1.5)


def test_suppressed_codes_do_not_put_an_area_first():
    # read as numbers, C's -99997 household size and -99998 share of children within the
    # norm would score 0 and put C first; as missing values, the brute-force reference puts
    # F first and C fifth
    frame = pd.DataFrame(SUPPRESSED_AREAS)
    result = rank_areas(
        frame,
        default_definition_path(),
        code_col="code",
        population="aantal_inwoners",
        n_draws=200,
        weight_jitter=0.0,
    )
    expected = reference_scores(suppressed_rows(), reference_definition())
    need = {code: row["need"] for code, row in zip(frame["code"], expected)}
    order = sorted(need, key=need.get, reverse=True)
    assert order[0] == "F" and order.index("C") == 4  # the fixture does what it says
    table = result.table.set_index("code")
    np.testing.assert_allclose(table.loc[list(need), "need"], list(need.values()), atol=1e-12)
    assert table["rank"].to_dict() == {code: order.index(code) + 1.0 for code in need}
    assert table.loc["F", "p_first"] == 1.0 and table.loc["C", "p_first"] == 0.0
    assert any("'gem_huishouden_grootte'" in w and "suppressed" in w for w in result.warnings)


def test_suppressed_population_is_reported():
    frame = pd.DataFrame(
        {"p": [1, 5, 6], "q": [1, 5, 6], "r": [1, 5, 6], "pop": [-99997, -99998, 800]}
    )
    result = rank_areas(frame, TWO_AMBITIONS, population="pop", n_draws=10)
    assert result.table["ranked"].tolist() == [False, False, True]
    assert any("'pop'" in w and "2 suppressed" in w for w in result.warnings)


def test_ranking_refuses_ambitions_without_data_unless_allowed():
    # only ambition b's indicator is missing from the layer: a ranking on a alone would not
    # be the definition's ranking, so it needs an explicit yes, and then it says so per area
    defn = {
        "ambitions": [ambition("a"), ambition("b", weight=2)],
        "indicators": [target_indicator("p", "a"), target_indicator("r", "b", optional=True)],
    }
    frame = pd.DataFrame({"code": ["A", "B", "C"], "p": [3, 1, 2]})
    with pytest.raises(MissingAmbitionsError) as info:
        rank_areas(frame, defn, code_col="code", n_draws=10)
    assert list(info.value.ambitions) == ["b"]
    result = rank_areas(frame, defn, code_col="code", n_draws=10, allow_missing_ambitions=True)
    table = result.table.set_index("code")
    assert table["rank"].to_dict() == {"A": 3.0, "B": 1.0, "C": 2.0}  # need = 1 - p / 10
    assert (table["ambitions_missing"] == "b").all()
    assert (table["ambitions_in_total"] == "a").all()
    assert (table["indicators_used"] == "p").all()
    assert result.scores.ambitions_skipped.keys() == {"b"}
