"""Best locations for k new places: greedy and MILP against brute force, hand counts.

References are independent of the code under test: brute force over every combination of
k candidates (itertools.combinations), a plain (not lazy) greedy written here, pairwise
distances computed with numpy, network distances from the reach core's one-place search,
and hand counts on tiny maps (arithmetic in the comments).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import sparse

from wijkaanpak.wijkaanpak_plugin.core import best_locations as bl
from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.network import (
    build_walk_network,
    nearest_place_over_network,
)

X0, Y0 = 150_000.0, 450_000.0


def _brute_force(cover: np.ndarray, w: np.ndarray, k: int) -> float:
    """The best coverage of any k candidates (or fewer, when there are fewer)."""
    m = cover.shape[0]
    best = 0.0
    for combo in itertools.combinations(range(m), min(k, m)):
        reached = cover[list(combo)].any(axis=0)
        best = max(best, float(w[reached].sum()))
    return best


def _plain_greedy(cover: np.ndarray, w: np.ndarray, k: int):
    """Textbook greedy: every candidate re-evaluated at every step, ties to the lowest
    index, stop when nothing is gained."""
    open_ = np.ones(cover.shape[1], dtype=bool)
    picks, gains = [], []
    for _ in range(k):
        values = [(float(w[row & open_].sum()), -j) for j, row in enumerate(cover)]
        gain, neg_j = max(values)
        if gain <= 0:
            break
        picks.append(-neg_j)
        gains.append(gain)
        open_ &= ~cover[-neg_j]
    return picks, gains


def _random_instance(rng, m, n, density, integer=True):
    cover = rng.random((m, n)) < density
    w = rng.integers(1, 20, size=n).astype(float) if integer else rng.random(n) * 10
    return cover, w


@pytest.mark.parametrize("seed", range(40))
def test_greedy_and_milp_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    m = int(rng.integers(3, 10))
    n = int(rng.integers(4, 16))
    cover, w = _random_instance(rng, m, n, rng.uniform(0.1, 0.5), integer=seed % 2 == 0)
    matrix = sparse.csr_matrix(cover)
    for k in range(1, min(m, 4) + 1):
        optimum = _brute_force(cover, w, k)
        greedy = bl.greedy_max_coverage(matrix, w, k)
        picks, gains = _plain_greedy(cover, w, k)
        # lazy evaluation picks exactly what re-evaluating everything picks
        assert greedy.picks.tolist() == picks
        assert np.allclose(greedy.gains, gains)
        assert greedy.objective <= optimum + 1e-9
        # the (1 - 1/e) guarantee, as a sanity bound
        assert greedy.objective >= bl.greedy_guarantee(k) * optimum - 1e-9
        best = bl.optimal_max_coverage(matrix, w, k, time_limit=20)
        assert best.status.startswith("optimal")
        assert best.objective == pytest.approx(optimum, rel=1e-9, abs=1e-9)
        assert len(best.picks) <= k
        assert best.gap == pytest.approx(0.0, abs=1e-6)
        # the ranked gains add up to the coverage of the chosen set, largest first
        assert best.gains.sum() == pytest.approx(float(w[cover[best.picks].any(axis=0)].sum()))
        assert (np.diff(best.gains) <= 1e-9).all() or len(best.gains) < 2


def test_greedy_is_not_always_optimal_and_milp_finds_the_better_pair():
    """The classic trap (hand count): site 0 reaches the two middle points b + c = 10
    residents, sites 1 and 2 each reach one side (a + b = 9, c + d = 9). Greedy takes 0 first
    (10 > 9), then only a or d (4) is left to gain: 14. Sites 1 and 2 together reach all: 18."""
    #            a  b  c  d     (a, b: left; c, d: right)
    cover = np.array(
        [
            [0, 1, 1, 0],  # site 0: b + c = 5 + 5 = 10
            [1, 1, 0, 0],  # site 1: a + b = 4 + 5 = 9
            [0, 0, 1, 1],  # site 2: c + d = 5 + 4 = 9
        ],
        dtype=bool,
    )
    w = np.array([4.0, 5.0, 5.0, 4.0])
    greedy = bl.greedy_max_coverage(sparse.csr_matrix(cover), w, 2)
    assert greedy.picks.tolist() == [0, 1]  # 10, then a = 4 or d = 4: the tie goes to 1
    assert greedy.objective == 14.0
    best = bl.optimal_max_coverage(sparse.csr_matrix(cover), w, 2)
    assert sorted(best.picks.tolist()) == [1, 2]
    assert best.objective == 18.0 == _brute_force(cover, w, 2)
    assert greedy.objective / best.objective >= bl.greedy_guarantee(2)  # 14/18 >= 0.75


def test_greedy_stops_when_nothing_more_is_gained():
    cover = np.array([[1, 0], [1, 0], [0, 0]], dtype=bool)
    result = bl.greedy_max_coverage(sparse.csr_matrix(cover), np.array([3.0, 7.0]), 3)
    assert result.picks.tolist() == [0]
    assert result.gains.tolist() == [3.0]


def test_straight_line_coverage_against_all_pairs():
    rng = np.random.default_rng(3)
    demand = rng.uniform(0, 2000, size=(300, 2)) + [X0, Y0]
    cand = rng.uniform(0, 2000, size=(80, 2)) + [X0, Y0]
    cand[0] = demand[5]  # a candidate exactly on a resident point
    matrix = bl.coverage_matrix(demand, cand, 400.0).toarray()
    d = np.hypot(*(cand[:, None, :] - demand[None, :, :]).transpose(2, 0, 1))
    assert np.array_equal(matrix, d <= 400.0)
    assert matrix[0, 5]


@pytest.mark.parametrize("one_way", [False, True])
def test_network_coverage_against_one_place_searches(one_way):
    """A 6 x 6 street grid with 100 m blocks and one missing link (and, in the second run,
    one-way streets); candidates and points also on crossings and on the streets (ties,
    same-segment walks); reference: the reach core's nearest-place search with only that
    candidate suitable."""
    lines = []
    for i in range(6):
        lines.append(np.array([[0, i * 100], [500, i * 100]], float) + [X0, Y0])
        lines.append(np.array([[i * 100, 0], [i * 100, 500]], float) + [X0, Y0])
    lines[3] = np.array([[0, 100], [200, 100]], float) + [X0, Y0]  # a street cut short
    directions = [1, -1, 0] * 4 if one_way else None
    net = build_walk_network(lines, one_way=directions)
    rng = np.random.default_rng(11)
    demand = rng.uniform(-30, 530, size=(120, 2)) + [X0, Y0]
    demand[:20, 1] = Y0 + 100 * rng.integers(0, 6, size=20)  # on east-west streets
    demand[20:25] = [[X0 + 100 * i, Y0 + 200] for i in range(5)]  # on crossings
    cand = rng.uniform(0, 500, size=(15, 2)) + [X0, Y0]
    cand[3] = [X0 + 900, Y0 + 900]  # too far from the network: reaches nobody
    cand[4] = [X0 + 200, Y0 + 200]  # on a crossing
    cand[5, 1] = Y0 + 300  # on a street
    matrix = bl.coverage_matrix(demand, cand, 300.0, network=net, max_snap_distance=50.0)
    expected = np.zeros((len(cand), len(demand)), dtype=bool)
    for j in range(len(cand)):
        only = np.zeros(len(cand), dtype=bool)
        only[j] = True
        found = nearest_place_over_network(
            net, demand, cand, place_mask=only, max_snap_distance=50.0
        )
        expected[j] = found.distance <= 300.0
    assert np.array_equal(matrix.toarray(), expected)
    assert not expected[3].any()
    assert expected.sum() > 50  # the test means something


def test_candidate_grid_hand_count():
    square = [np.array([[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]], float) + [X0, Y0]]
    grid = bl.candidate_grid([square], 50.0)
    # X0, Y0 are multiples of 50: centres at 25 and 75 m in both directions
    assert sorted(map(tuple, (grid - [X0, Y0]).tolist())) == [
        (25.0, 25.0),
        (25.0, 75.0),
        (75.0, 25.0),
        (75.0, 75.0),
    ]
    left = [np.array([[0, 0], [50, 0], [50, 100], [0, 100], [0, 0]], float) + [X0, Y0]]
    only_left = bl.candidate_grid([square], 50.0, within=[left])
    assert sorted(map(tuple, (only_left - [X0, Y0]).tolist())) == [(25.0, 25.0), (25.0, 75.0)]
    with pytest.raises(WijkaanpakInputError, match="spacing"):
        bl.candidate_grid([square], 0.0)
    with pytest.raises(WijkaanpakInputError, match="larger spacing"):
        bl.candidate_grid([square], 0.01, max_candidates=1000)


def _tiny_map():
    """Four resident points on a line, norm 400 m:
    A (0 m) 10 residents, within the norm today; B (1000 m) 5; C (2000 m) 7; D (2100 m) 3.
    Candidates: c0 at 1000 m (reaches B), c1 at 2050 m (reaches C and D), c2 at 5000 m
    (nobody), c3 at 1010 m (reaches B, same as c0)."""
    xy = np.array([[0, 0], [1000, 0], [2000, 0], [2100, 0]], float) + [X0, Y0]
    residents = np.array([10.0, 5.0, 7.0, 3.0])
    within = np.array([True, False, False, False])
    cand = np.array([[1000, 0], [2050, 0], [5000, 0], [1010, 0]], float) + [X0, Y0]
    return xy, residents, within, cand


@pytest.mark.parametrize("method", [bl.GREEDY, bl.OPTIMAL])
def test_best_locations_hand_count(method):
    xy, residents, within, cand = _tiny_map()
    result = bl.best_locations(residents, within, xy, cand, 2, 400.0, method=method)
    assert result.site_candidate.tolist() == [1, 0]  # C + D = 10 first, then B = 5
    assert result.site_gain.tolist() == [10.0, 5.0]
    assert result.cumulative.tolist() == [10.0, 15.0]
    assert result.share_before == pytest.approx(10 / 25)
    assert result.share_after.tolist() == pytest.approx([20 / 25, 25 / 25])
    assert result.newly_reached.tolist() == [0.0, 5.0, 7.0, 3.0]
    assert result.reached_by_rank.tolist() == [0, 2, 1, 1]
    assert result.residents_outside == 15.0
    assert result.candidates == 4
    assert result.candidates_distinct == 2  # c2 reaches nobody, c3 the same as c0
    assert result.site_alone.tolist() == [10.0, 5.0]


def test_best_locations_weights_change_the_order():
    """With weight 3 on B (e.g. high loneliness there): c0 weighs 15, c1 10 → c0 first."""
    xy, residents, within, cand = _tiny_map()
    weights = np.array([1.0, 3.0, 1.0, 1.0])
    result = bl.best_locations(residents, within, xy, cand, 1, 400.0, weights=weights)
    assert result.site_candidate.tolist() == [0]
    assert result.site_gain.tolist() == [5.0]  # residents
    assert result.site_gain_weighted.tolist() == [15.0]  # residents x weight


def test_best_locations_fewer_useful_sites_than_k():
    xy, residents, within, cand = _tiny_map()
    result = bl.best_locations(residents, within, xy, cand, 4, 400.0)
    assert len(result.site_candidate) == 2
    assert result.notes and "Only 2 of the 4" in result.notes[0]


def test_per_area_hand_count():
    xy, residents, within, cand = _tiny_map()
    result = bl.best_locations(residents, within, xy, cand, 1, 400.0)
    frame = bl.per_area(residents, within, result.newly_reached, np.array([0, 0, 1, -1]), 3)
    assert frame["residents"].tolist() == [15.0, 7.0, 0.0]
    assert frame["within_before"].tolist() == [10.0, 0.0, 0.0]
    assert frame["newly_reached"].tolist() == [0.0, 7.0, 0.0]  # D lies in no area
    assert frame["share_after"].tolist()[:2] == [10 / 15, 1.0]
    assert math.isnan(frame["share_before"].iloc[2])


def test_bad_input_is_named():
    xy, residents, within, cand = _tiny_map()
    with pytest.raises(WijkaanpakInputError, match="k, the number"):
        bl.best_locations(residents, within, xy, cand, 0, 400.0)
    with pytest.raises(WijkaanpakInputError, match="no candidate"):
        bl.best_locations(residents, within, xy, cand[:0], 1, 400.0)
    with pytest.raises(WijkaanpakInputError, match="norm distance"):
        bl.best_locations(residents, within, xy, cand, 1, 0.0)
    with pytest.raises(WijkaanpakInputError, match="Weights"):
        bl.best_locations(residents, within, xy, cand, 1, 400.0, weights=np.array([1, -1, 1, 1]))


def test_cancel_stops_the_computation():
    xy, residents, within, cand = _tiny_map()
    with pytest.raises(bl.BestLocationsCancelledError):
        bl.best_locations(residents, within, xy, cand, 1, 400.0, progress=lambda f: False)


def test_optimal_without_milp_says_which_scipy_is_needed(monkeypatch):
    import scipy.optimize

    monkeypatch.delattr(scipy.optimize, "milp")
    assert not bl.scipy_has_milp()
    cover = sparse.csr_matrix(np.eye(2, dtype=bool))
    with pytest.raises(WijkaanpakInputError, match="SciPy 1.9 or newer"):
        bl.optimal_max_coverage(cover, np.ones(2), 1)


def test_time_limit_reports_a_bound_and_gap():
    """A harder random instance with a very short time limit: whatever the solver manages,
    the reported objective is a real coverage, never below greedy, and the bound is not
    below it."""
    rng = np.random.default_rng(5)
    cover, w = _random_instance(rng, 400, 600, 0.02, integer=False)
    matrix = sparse.csr_matrix(cover)
    greedy = bl.greedy_max_coverage(matrix, w, 12)
    best = bl.optimal_max_coverage(matrix, w, 12, time_limit=0.05, start=greedy)
    assert best.objective >= greedy.objective - 1e-9
    assert best.objective == pytest.approx(float(w[cover[best.picks].any(axis=0)].sum()))
    if best.bound is not None:
        assert best.bound >= best.objective - 1e-6
        assert 0.0 <= best.gap <= 1.0


def test_nobody_outside_the_norm_gives_no_site_and_says_why():
    xy, residents, within, cand = _tiny_map()
    result = bl.best_locations(residents, np.ones(4, bool), xy, cand, 2, 400.0)
    assert len(result.site_candidate) == 0
    assert result.share_before == 1.0
    assert "already lives within the norm" in result.notes[0]
