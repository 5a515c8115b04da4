"""Residents per age group (CBS band split, suppressed counts), playground age flags and the
overall shares within the norm. Expected values are worked out by hand in the comments."""

from __future__ import annotations

import math

import numpy as np
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.norms import user_norm_profile
from wijkaanpak.wijkaanpak_plugin.core.population import (
    BAND_SPLIT_ASSUMPTION,
    overall_shares,
    place_age_flags,
    residents_per_age_group,
    split_cbs_bands,
)
from wijkaanpak.wijkaanpak_plugin.core.reach import playground_reach

X0, Y0 = 150_000.0, 450_000.0


def test_split_of_cbs_bands_by_years_of_age():
    # 0-14 = 15 years, 15-24 = 10 years. 30 children 0-14 and 20 young people 15-24:
    # 0-5 = 6/15 * 30 = 12; 6-11 = 6/15 * 30 = 12; 12-17 = 3/15 * 30 + 3/10 * 20 = 6 + 6 = 12.
    split = split_cbs_bands([30.0, 15.0], [20.0, 0.0])
    assert split["0-5"].tolist() == pytest.approx([12.0, 6.0])
    assert split["6-11"].tolist() == pytest.approx([12.0, 6.0])
    # second cell: 3/15 * 15 + 0 = 3
    assert split["12-17"].tolist() == pytest.approx([12.0, 3.0])


def test_split_does_not_double_count_the_band():
    # The three groups take 6 + 6 + 3 = 15 of the 15 years of 0-14 and 3 of the 10 of 15-24.
    split = split_cbs_bands([15.0], [10.0])
    assert split["0-5"][0] + split["6-11"][0] + split["12-17"][0] == pytest.approx(15 + 3)


def test_suppressed_counts_are_zero_and_counted():
    # cell 0: normal; cell 1: 0-14 suppressed (-99997); cell 2: 15-24 NULL; cell 3: 65+ -5.
    r = residents_per_age_group(
        4,
        counts={"65+": [10, 4, 3, -5]},
        bands={"0-14": [15, -99997, 30, 0], "15-24": [10, 20, None, 0]},
        labels={"0-14": "a014", "15-24": "a1524", "65+": "a65"},
    )
    # 0-5 = 6/15 * [15, 0, 30, 0] = [6, 0, 12, 0]
    assert r.residents["0-5"].tolist() == pytest.approx([6, 0, 12, 0])
    # 12-17 = 3/15 * [15, 0, 30, 0] + 3/10 * [10, 20, 0, 0] = [3+3, 0+6, 6+0, 0]
    assert r.residents["12-17"].tolist() == pytest.approx([6, 6, 6, 0])
    assert r.residents["65+"].tolist() == [10, 4, 3, 0]
    assert r.suppressed_values == {"a65": 1, "a014": 1, "a1524": 1}
    assert r.suppressed_rows == 3  # cells 1, 2 and 3
    assert set(r.split_groups) == {"0-5", "6-11", "12-17"}
    assert r.assumption == BAND_SPLIT_ASSUMPTION
    assert "a014" in r.origin["0-5"] and r.origin["65+"] == "field 'a65'"


def test_suppressed_counts_can_take_a_middle_estimate():
    # the same cells with suppressed_value 2.5: cell 1's 0-14 = 2.5, cell 2's 15-24 = 2.5,
    # cell 3's 65+ = 2.5. 0-5 = 6/15 * [15, 2.5, 30, 0] = [6, 1, 12, 0];
    # 12-17 = 3/15 * [15, 2.5, 30, 0] + 3/10 * [10, 20, 2.5, 0] = [6, 0.5 + 6, 6 + 0.75, 0].
    r = residents_per_age_group(
        4,
        counts={"65+": [10, 4, 3, -5]},
        bands={"0-14": [15, -99997, 30, 0], "15-24": [10, 20, None, 0]},
        suppressed_value=2.5,
    )
    assert r.residents["0-5"].tolist() == pytest.approx([6, 1, 12, 0])
    assert r.residents["12-17"].tolist() == pytest.approx([6, 6.5, 6.75, 0])
    assert r.residents["65+"].tolist() == pytest.approx([10, 4, 3, 2.5])
    assert r.suppressed_rows == 3
    with pytest.raises(WijkaanpakInputError):
        residents_per_age_group(1, counts={"65+": [1]}, suppressed_value=-1)


def test_own_counts_win_over_the_split():
    r = residents_per_age_group(
        2, counts={"0-5": [1, 2]}, bands={"0-14": [15, 30], "15-24": [0, 0]}
    )
    assert r.residents["0-5"].tolist() == [1, 2]  # own field, not 6/15 of the band
    assert r.residents["6-11"].tolist() == pytest.approx([6, 12])
    assert r.split_groups == ("6-11", "12-17")


def test_unused_band_is_not_counted_as_suppressed():
    # All playground groups have own counts: the (suppressed) bands are never read.
    r = residents_per_age_group(
        1,
        counts={"0-5": [1], "6-11": [1], "12-17": [1]},
        bands={"0-14": [-99997], "15-24": [-99997]},
    )
    assert r.suppressed_rows == 0 and r.assumption == ""


def test_12_17_needs_both_bands():
    r = residents_per_age_group(1, bands={"0-14": [15]})
    assert set(r.residents) == {"0-5", "6-11"}
    assert any("12-17" in note for note in r.notes)


def test_no_counts_at_all_is_an_error():
    with pytest.raises(WijkaanpakInputError, match="at least one age group"):
        residents_per_age_group(3)


def test_wrong_length_names_the_field():
    with pytest.raises(WijkaanpakInputError, match="kids"):
        residents_per_age_group(3, counts={"0-5": [1, 2]}, labels={"0-5": "kids"})


def test_place_age_flags_unknown_rule():
    cols = {"0-5": [1, 0, None], "6-11": None, "12-17": [0, 1, float("nan")]}
    flags, unknown = place_age_flags(cols, 3, unknown_serves=True)
    assert flags["0-5"].tolist() == [True, False, True]
    assert flags["6-11"].tolist() == [True, True, True]  # no field: all unknown
    assert flags["12-17"].tolist() == [False, True, True]
    assert unknown == {"0-5": 1, "6-11": 3, "12-17": 1}
    flags, _ = place_age_flags(cols, 3, unknown_serves=False)
    assert flags["0-5"].tolist() == [True, False, False]
    assert flags["6-11"].tolist() == [False, False, False]


def test_overall_shares_by_hand():
    # Three residents' points on a line; one playground for all ages at x=0, one meeting place
    # at x=1000. Norm: 0-5 100 m, 6-11 400 m, 12-17 1000 m, meeting 300 m.
    pop = np.array([[50.0, 0.0], [300.0, 0.0], [900.0, 0.0]]) + [X0, Y0]
    places = np.array([[0.0, 0.0], [1000.0, 0.0]]) + [X0, Y0]
    norm = user_norm_profile(100, 400, 1000, 300)
    reach = playground_reach(
        pop,
        {"0-5": [2, 3, 5], "65+": [1, 1, 8]},
        places,
        {"0-5": [1, 0], "6-11": [1, 0], "12-17": [1, 0], "meeting": [0, 1]},
        norm,
    )
    shares = overall_shares(reach)
    # 0-5: distances 50, 300, 900; within 100 m only the first: 2 / (2+3+5) = 0.2
    assert shares["0-5"] == pytest.approx(0.2)
    # 65+: distances to the meeting place 950, 700, 100; within 300 m only the third:
    # 8 / (1+1+8) = 0.8
    assert shares["65+"] == pytest.approx(0.8)
    assert set(shares) == {"0-5", "65+"}


def test_overall_share_without_residents_is_nan():
    pop = np.array([[0.0, 0.0]]) + [X0, Y0]
    reach = playground_reach(
        pop, {"0-5": [0]}, pop.copy(), {"0-5": [1]}, user_norm_profile(100, 400, 1000, 400)
    )
    assert math.isnan(overall_shares(reach)["0-5"])
