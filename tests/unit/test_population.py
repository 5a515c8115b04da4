"""Residents per age group (CBS band split, suppressed counts), playground age flags and the
overall shares within the norm. Expected values are worked out by hand in the comments."""

from __future__ import annotations

import math

import numpy as np
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.geometry import assign_points_to_areas
from wijkaanpak.wijkaanpak_plugin.core.norms import user_norm_profile
from wijkaanpak.wijkaanpak_plugin.core.population import (
    BAND_SPLIT_ASSUMPTION,
    overall_shares,
    place_age_flags,
    residents_per_age_group,
    split_cbs_bands,
    spread_over_addresses,
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


def test_suppressed_counts_can_be_zero_and_are_counted():
    # cell 0: normal; cell 1: 0-14 suppressed (-99997); cell 2: 15-24 NULL; cell 3: 65+ -5.
    r = residents_per_age_group(
        4,
        counts={"65+": [10, 4, 3, -5]},
        bands={"0-14": [15, -99997, 30, 0], "15-24": [10, 20, None, 0]},
        labels={"0-14": "a014", "15-24": "a1524", "65+": "a65"},
        suppressed_value=0.0,
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
    assert r.suppressed_value == 2.5
    assert r.suppressed_mask.tolist() == [False, True, True, True]
    with pytest.raises(WijkaanpakInputError):
        residents_per_age_group(1, counts={"65+": [1]}, suppressed_value=-1)


def test_suppressed_counts_default_to_the_middle_estimate():
    # In the CBS 100 m grid every published count is a multiple of 5 and at least 5 (the
    # bundled Noord-Veluwe grid has 5, 10, 15, … and -99997, never 0-4), so a hidden count
    # lies between 0 and 5: the default is the middle, 2.5, not the lower bound 0.
    r = residents_per_age_group(2, counts={"65+": [-99997, 10]})
    assert r.suppressed_value == 2.5
    assert r.residents["65+"].tolist() == [2.5, 10]


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


# --------------------------------------------------------------------------- spreading


def _square(x: float, y: float, size: float = 100.0) -> list:
    return [np.array([[x, y], [x + size, y], [x + size, y + size], [x, y + size]])]


def test_spread_over_addresses_by_hand():
    # Cell A = [0, 100]², cell B = [100, 200] x [0, 100]. Addresses: a1 (10, 10) w 1,
    # a2 (50, 90) w 1, a3 (90, 40) w 2 in A; a4 (500, 500) outside every cell, w 3.
    cells = [_square(0, 0), _square(100, 0)]
    addresses = np.array([[10.0, 10.0], [50.0, 90.0], [90.0, 40.0], [500.0, 500.0]])
    cell = assign_points_to_areas(addresses, cells)
    assert cell.tolist() == [0, 0, 0, -1]
    # A: 40 children, weights 1 + 1 + 2 = 4 -> 40/4 = 10 per dwelling: 10, 10, 20.
    # B: 7 children, no address -> stays at its centroid. Outside address gets nothing.
    # 65+: A 8 -> 2, 2, 4; B 0.
    per_address, without = spread_over_addresses(
        cell, {"0-5": [40.0, 7.0], "65+": [8.0, 0.0]}, [1, 1, 2, 3]
    )
    assert per_address["0-5"].tolist() == [10.0, 10.0, 20.0, 0.0]
    assert per_address["65+"].tolist() == [2.0, 2.0, 4.0, 0.0]
    assert without.tolist() == [1]


def test_spread_default_weight_is_one_per_address():
    # Three addresses in cell 0 with 30 residents: 10 each; cell 1 has no residents and no
    # address: not reported (nothing to keep at its centroid).
    per_address, without = spread_over_addresses(np.array([0, 0, 0]), {"6-11": [30.0, 0.0]})
    assert per_address["6-11"].tolist() == [10.0, 10.0, 10.0]
    assert without.tolist() == []


def test_cell_whose_addresses_all_weigh_zero_keeps_its_centroid():
    # Cell 0 has only a shop (0 dwellings) and an address with an empty weight (NaN -> 0):
    # its 5 residents stay at the centroid; cell 1's single address takes all 4.
    per_address, without = spread_over_addresses(
        np.array([0, 0, 1]), {"0-5": [5.0, 4.0]}, [0.0, float("nan"), 2.0]
    )
    assert per_address["0-5"].tolist() == [0.0, 0.0, 4.0]
    assert without.tolist() == [0]


def test_spread_preserves_every_cell_total():
    # Brute force: per cell, sum of its addresses' counts + the count kept at its centroid
    # equals the cell's count.
    rng = np.random.default_rng(7)
    n_cells, n_addr = 50, 400
    cell = rng.integers(-1, n_cells, n_addr)
    cell[cell == 3] = 4  # cell 3 has no address
    weight = rng.integers(0, 5, n_addr).astype(float)
    counts = {"0-5": rng.integers(0, 40, n_cells).astype(float), "65+": rng.random(n_cells)}
    counts["0-5"][3] = 12.0
    per_address, without = spread_over_addresses(cell, counts, weight)
    assert 3 in without.tolist()
    for g, cell_counts in counts.items():
        assert per_address[g][cell == -1].sum() == 0
        for c in range(n_cells):
            spread = sum(per_address[g][i] for i in range(n_addr) if cell[i] == c)
            kept = cell_counts[c] if c in without else 0.0
            assert spread + kept == pytest.approx(cell_counts[c], rel=1e-12, abs=1e-12), (g, c)
    # A cell's count is divided in proportion to the weights: two addresses of the same
    # cell with weights w1, w2 > 0 hold counts in the ratio w1 : w2.
    first = np.nonzero((cell == 0) & (weight > 0))[0][:2]
    i, j = first
    assert per_address["0-5"][i] * weight[j] == pytest.approx(per_address["0-5"][j] * weight[i])


def test_spread_bad_input_is_explained():
    with pytest.raises(WijkaanpakInputError, match="dwellings per address"):
        spread_over_addresses(np.array([0]), {"0-5": [3.0]}, [-1.0])
    with pytest.raises(WijkaanpakInputError, match="address weights for 2 addresses"):
        spread_over_addresses(np.array([0, 0]), {"0-5": [3.0]}, [1.0])
    with pytest.raises(WijkaanpakInputError, match="between -1 and 0"):
        spread_over_addresses(np.array([0, 1]), {"0-5": [3.0]})
    with pytest.raises(WijkaanpakInputError, match="Residents 0-5"):
        spread_over_addresses(np.array([0]), {"0-5": [-99997.0]})
