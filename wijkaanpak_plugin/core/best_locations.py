"""Best locations for k new places: maximal coverage of the residents outside the norm.

The question a planner brings to the council: "where do we put the next k playgrounds (or
meeting places), and what do they bring?". Every resident point (a CBS 100 m cell, an
address) that is *outside* the norm today, i.e. farther than the norm from the nearest
suitable existing place, is *demand*, weighing its residents of the group to serve
(optionally times a weight of its area, e.g. an estimate of loneliness). A candidate site
*reaches* a demand point when the point lies within the norm of it, measured as the reach
analysis measures (straight-line, or walking over the network with the same snapping rules,
:mod:`.network`). Choosing ``k`` sites to reach as much demand as possible is the maximal
covering location problem (Church & ReVelle 1974).

Two methods:

* ``greedy``: pick the site with the largest gain, then the largest gain given the first,
  and so on, with lazy evaluation (a site's gain can only shrink as others are picked, so
  a stale gain is an upper bound and most sites are never re-evaluated; Minoux 1978).
  Greedy is within a factor 1 - (1 - 1/k)^k >= 1 - 1/e (about 63 %) of the optimum, and in
  practice much closer. Ties go to the candidate that comes first.
* ``optimal``: the integer programme

      maximise   sum_i w_i y_i
      subject to y_i <= sum_j a_ij x_j   (a point counts only when a chosen site reaches it)
                 sum_j x_j <= k,  x_j in {0, 1},  0 <= y_i <= 1

  solved by ``scipy.optimize.milp`` (HiGHS, SciPy >= 1.9) within a time limit. The result
  states the proven bound and the optimality gap; when the time runs out the best of the
  solver's and the greedy solution is kept (never worse than greedy).

Before either method, candidates that reach nothing are dropped and candidates reaching
exactly the same demand points are merged (the first one stands for them): this changes no
coverage and shrinks the programme a lot on a dense grid.

The picked sites are ranked as they add up: the site with the largest gain first, then the
largest gain given it, etc. (for greedy the order of picking), each with its gain and the
cumulative share of the group's residents within the norm.
"""

from __future__ import annotations

import heapq
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from .errors import WijkaanpakInputError
from .geometry import AreaRings, assign_points_to_areas, points_in_polygons

GREEDY = "greedy"
OPTIMAL = "optimal"

#: progress callback: fraction done (0-1) → False to stop
Progress = Callable[[float], Optional[bool]]


class BestLocationsCancelledError(Exception):
    """The user stopped the computation (progress returned False)."""


def _step(progress: Optional[Progress], fraction: float) -> None:
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise BestLocationsCancelledError()


# --------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------


def candidate_grid(
    areas: Sequence[AreaRings],
    spacing: float,
    within: Optional[Sequence[AreaRings]] = None,
    max_candidates: int = 2_000_000,
) -> np.ndarray:
    """Candidate sites on a regular grid every ``spacing`` metres inside the areas.

    Grid points are the centres of ``spacing`` squares aligned to multiples of ``spacing``
    in EPSG:28992 (so two runs give the same sites), kept when they lie inside an area and,
    with ``within`` (e.g. public space), also inside one of those polygons.
    """
    if not np.isfinite(spacing) or spacing <= 0:
        raise WijkaanpakInputError("The grid spacing must be more than 0 m.")
    rings = [r for r in areas if r]
    if not rings:
        raise WijkaanpakInputError("There are no area polygons to lay a grid of candidates in.")
    pts = np.concatenate([np.concatenate(r) for r in rings])
    lo = np.floor(pts.min(axis=0) / spacing) * spacing + spacing / 2
    hi = pts.max(axis=0)
    xs = np.arange(lo[0], hi[0], spacing)
    ys = np.arange(lo[1], hi[1], spacing)
    if len(xs) * len(ys) > max_candidates:
        raise WijkaanpakInputError(
            f"A grid every {spacing:g} m over the areas would have {len(xs) * len(ys):,} "
            f"points (more than {max_candidates:,}); choose a larger spacing or smaller areas."
        )
    gx, gy = np.meshgrid(xs, ys)
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    keep = assign_points_to_areas(grid, list(areas)) >= 0
    grid = grid[keep]
    if within is not None:
        inside = np.zeros(len(grid), dtype=bool)
        if len(grid):
            hit, _ = points_in_polygons(grid, list(within))
            inside[hit] = True
        grid = grid[inside]
    return grid


# --------------------------------------------------------------------------------------------
# Coverage
# --------------------------------------------------------------------------------------------


def coverage_matrix(
    demand_xy: np.ndarray,
    candidate_xy: np.ndarray,
    distance: float,
    *,
    network=None,
    max_snap_distance: float = 50.0,
    progress: Optional[Progress] = None,
) -> sparse.csr_matrix:
    """Which candidate reaches which demand point: a boolean (candidates × points) matrix,
    true where the point lies within ``distance`` metres of the candidate (straight-line, or
    walking over ``network`` from the point to the candidate, snap legs included, as the
    reach analysis measures)."""
    demand = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    cand = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    n, m = len(demand), len(cand)
    if not np.isfinite(distance) or distance <= 0:
        raise WijkaanpakInputError("The norm distance must be more than 0 m.")
    if n == 0 or m == 0:
        return sparse.csr_matrix((m, n), dtype=bool)
    tree = cKDTree(demand)
    # straight-line pairs: the answer without a network, a superset of it with one (walking
    # is never shorter than the straight line)
    near = cKDTree(cand).sparse_distance_matrix(tree, distance, output_type="coo_matrix")
    rows, cols, dist = near.row, near.col, near.data
    # sparse_distance_matrix leaves out pairs at distance 0 (a stored zero): add them back
    same_c, same_d = _coincident_pairs(cand, tree)
    rows = np.concatenate([rows, same_c])
    cols = np.concatenate([cols, same_d])
    dist = np.concatenate([dist, np.zeros(len(same_c))])
    _step(progress, 0.3)
    if network is None:
        keep = dist <= distance
        rows, cols = rows[keep], cols[keep]
    else:
        rows, cols = _network_pairs(
            network, demand, cand, rows, cols, distance, max_snap_distance, progress
        )
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=bool), (rows, cols)), shape=(m, n), dtype=bool
    )
    matrix.sum_duplicates()
    _step(progress, 1.0)
    return matrix


def _coincident_pairs(cand: np.ndarray, tree: cKDTree):
    """(candidate, point) pairs at exactly the same spot."""
    d, i = tree.query(cand, k=1)
    c = np.nonzero(d == 0)[0]
    if len(c) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rows, cols = [], []
    for j in c.tolist():  # rare: only candidates standing exactly on a resident point
        hits = tree.query_ball_point(cand[j], 0.0)
        rows.extend([j] * len(hits))
        cols.extend(hits)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def _network_pairs(network, demand, cand, rows, cols, distance, max_snap, progress):
    """The straight-line pairs whose walking distance (point → candidate) is within it.

    One bounded Dijkstra per candidate (in blocks), then every pair's distance at once with
    the rules of the reach core (``network._origin_distances`` for one place): via either
    end of each segment the point is attached to, or directly along a segment the candidate
    is attached to, plus the point's snap leg."""
    from scipy.sparse.csgraph import dijkstra

    from .network import _VIRTUAL_OFFSET, places_on_network, snap_to_network

    places = places_on_network(network, cand, max_snap)
    origins = snap_to_network(network, demand, max_snap)
    order = np.argsort(rows, kind="stable")
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(rows, np.arange(len(cand) + 1))
    which = np.nonzero(places.snap.snapped & (np.diff(starts) > 0))[0]
    # attachments of the points (ties included), grouped per point
    o_att, e_att, t_att = origins.attachments()
    by_point = np.argsort(o_att, kind="stable")
    o_att, e_att, t_att = o_att[by_point], e_att[by_point], t_att[by_point]
    att_start = np.searchsorted(o_att, np.arange(len(demand) + 1))
    # attachments of the candidates, grouped per candidate
    by_place = np.argsort(places.att_place, kind="stable")
    pa_place = places.att_place[by_place]
    pa_seg = places.att_segment[by_place]
    pa_t0, pa_t1 = places.att_t[by_place], places.att_t1[by_place]
    pa_leg = places.att_leg[by_place]
    pa_start = np.searchsorted(pa_place, np.arange(len(cand) + 1))
    length, fwd, bwd = network.seg_length, network.seg_forward, network.seg_backward
    keep_rows: List[np.ndarray] = []
    keep_cols: List[np.ndarray] = []
    n_nodes = places.n_nodes
    chunk = max(1, min(256, int(2e7 // max(places.graph.shape[0], 1))))
    for c0 in range(0, len(which), chunk):
        block = which[c0 : c0 + chunk]
        dist = dijkstra(
            places.graph,
            directed=True,
            indices=n_nodes + block,
            limit=float(distance) + _VIRTUAL_OFFSET,
        )
        node_dist = dist[:, :n_nodes] - _VIRTUAL_OFFSET
        # the pairs of this block: (block row b, point i)
        counts = starts[block + 1] - starts[block]
        pair_b = np.repeat(np.arange(len(block)), counts)
        pair_i = cols[_ranges(starts[block], counts)]
        # every attachment of every pair's point
        n_att = att_start[pair_i + 1] - att_start[pair_i]
        x_pair = np.repeat(np.arange(len(pair_i)), n_att)
        x_att = _ranges(att_start[pair_i], n_att)
        e, t, b = e_att[x_att], t_att[x_att], pair_b[x_pair]
        seg_len = length[e]
        via_v = np.where(fwd[e], (1.0 - t) * seg_len + node_dist[b, network.seg_v[e]], np.inf)
        via_u = np.where(bwd[e], t * seg_len + node_dist[b, network.seg_u[e]], np.inf)
        cost = np.minimum(via_v, via_u)
        # directly along a segment the candidate is attached to
        j = block[b]
        n_pa = pa_start[j + 1] - pa_start[j]
        y_x = np.repeat(np.arange(len(e)), n_pa)
        y_att = _ranges(pa_start[j], n_pa)
        same = pa_seg[y_att] == e[y_x]
        y_x, y_att = y_x[same], y_att[same]
        if len(y_x):
            ta, ee = t[y_x], e[y_x]
            tq0, tq1 = pa_t0[y_att], pa_t1[y_att]
            ahead = tq0 > ta
            behind = tq1 < ta
            walk = np.where(ahead, tq0 - ta, np.where(behind, ta - tq1, 0.0)) * seg_len[y_x]
            ok = np.where(ahead, fwd[ee], np.where(behind, bwd[ee], True))
            np.minimum.at(cost, y_x, np.where(ok, walk + pa_leg[y_att], np.inf))
        best = np.full(len(pair_i), np.inf)
        np.minimum.at(best, x_pair, cost)
        within = best + origins.snap_distance[pair_i] <= distance
        keep_rows.append(block[pair_b[within]])
        keep_cols.append(pair_i[within])
        _step(progress, 0.3 + 0.7 * min(1.0, (c0 + chunk) / max(len(which), 1)))
    if not keep_rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(keep_rows), np.concatenate(keep_cols)


def _ranges(first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``concatenate([arange(f, f + c) for f, c in zip(first, counts)])``, vectorised."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(counts) - counts
    return np.repeat(np.asarray(first, dtype=np.int64) - offsets, counts) + np.arange(total)


# --------------------------------------------------------------------------------------------
# The two methods
# --------------------------------------------------------------------------------------------


@dataclass
class Selection:
    """Chosen candidates (indices into the matrix's rows), in rank order, with per pick the
    weight it adds given the earlier picks (``gains``); ``objective`` = their sum."""

    picks: np.ndarray
    gains: np.ndarray
    objective: float
    method: str
    bound: Optional[float] = None  # proven upper bound on the optimum (optimal mode)
    gap: Optional[float] = None  # (bound - objective) / bound
    status: str = ""
    seconds: float = 0.0
    evaluations: int = 0  # gain evaluations (greedy)


def _row_gain(cover: sparse.csr_matrix, j: int, open_weight: np.ndarray) -> float:
    idx = cover.indices[cover.indptr[j] : cover.indptr[j + 1]]
    return float(open_weight[idx].sum())


def greedy_max_coverage(
    cover: sparse.csr_matrix,
    weights: np.ndarray,
    k: int,
    progress: Optional[Progress] = None,
) -> Selection:
    """Greedy maximal coverage with lazy evaluation (module notes). Stops early when no
    candidate adds anything more."""
    started = time.perf_counter()
    cover = sparse.csr_matrix(cover, dtype=bool)
    w = np.asarray(weights, dtype=float)
    if cover.shape[1] != len(w):
        raise WijkaanpakInputError("The coverage matrix and the weights do not match.")
    if k < 1:
        raise WijkaanpakInputError("k, the number of new places, must be at least 1.")
    open_weight = w.copy()
    initial = np.asarray(cover.astype(float) @ w).ravel()
    heap = [(-g, j) for j, g in enumerate(initial.tolist()) if g > 0]
    heapq.heapify(heap)
    picks: List[int] = []
    gains: List[float] = []
    evaluations = len(initial)
    while heap and len(picks) < k:
        neg, j = heapq.heappop(heap)
        gain = _row_gain(cover, j, open_weight)
        evaluations += 1
        if gain <= 0:
            continue
        if heap and (-gain, j) > heap[0]:
            heapq.heappush(heap, (-gain, j))  # stale: another may now be better
            continue
        picks.append(j)
        gains.append(gain)
        open_weight[cover.indices[cover.indptr[j] : cover.indptr[j + 1]]] = 0.0
        _step(progress, len(picks) / k)
    return Selection(
        picks=np.asarray(picks, dtype=np.int64),
        gains=np.asarray(gains, dtype=float),
        objective=float(sum(gains)),
        method=GREEDY,
        status="greedy",
        seconds=time.perf_counter() - started,
        evaluations=evaluations,
    )


def rank_by_gain(cover: sparse.csr_matrix, weights: np.ndarray, chosen: Sequence[int]):
    """Order chosen sites as they add up: largest gain first, then the largest gain given
    the sites before it (ties: the one that comes first). Returns (order, gains)."""
    cover = sparse.csr_matrix(cover, dtype=bool)
    left = list(int(j) for j in chosen)
    open_weight = np.asarray(weights, dtype=float).copy()
    order: List[int] = []
    gains: List[float] = []
    while left:
        values = [_row_gain(cover, j, open_weight) for j in left]
        best = int(np.argmax(values))
        j = left.pop(best)
        order.append(j)
        gains.append(values[best])
        open_weight[cover.indices[cover.indptr[j] : cover.indptr[j + 1]]] = 0.0
    return np.asarray(order, dtype=np.int64), np.asarray(gains, dtype=float)


def scipy_has_milp() -> bool:
    try:
        from scipy.optimize import milp  # noqa: F401
    except ImportError:
        return False
    return True


def optimal_max_coverage(
    cover: sparse.csr_matrix,
    weights: np.ndarray,
    k: int,
    time_limit: float = 60.0,
    start: Optional[Selection] = None,
    relative_gap: float = 0.0,
) -> Selection:
    """The maximal covering problem solved as an integer programme (module notes) by
    ``scipy.optimize.milp`` (HiGHS) within ``time_limit`` seconds. ``start``: a known
    solution (greedy's); kept when the solver finds nothing better in time.
    ``relative_gap``: stop when the solution is proven within this share of the optimum
    (0: prove the optimum itself)."""
    try:
        from scipy.optimize import Bounds, LinearConstraint, milp
    except ImportError as error:
        import scipy

        raise WijkaanpakInputError(
            "The optimal method needs SciPy 1.9 or newer (scipy.optimize.milp, HiGHS); this "
            f"Python has SciPy {scipy.__version__}. Use the greedy method, or update SciPy."
        ) from error
    started = time.perf_counter()
    cover = sparse.csr_matrix(cover, dtype=bool)
    w = np.asarray(weights, dtype=float)
    if k < 1:
        raise WijkaanpakInputError("k, the number of new places, must be at least 1.")
    if not time_limit > 0:
        raise WijkaanpakInputError("The time limit must be more than 0 seconds.")
    m, n = cover.shape
    # only demand that some candidate reaches and that weighs something
    reached = np.asarray(cover.sum(axis=0)).ravel() > 0
    demand = np.nonzero(reached & (w > 0))[0]
    if m == 0 or len(demand) == 0:
        return Selection(np.zeros(0, np.int64), np.zeros(0), 0.0, OPTIMAL, 0.0, 0.0, "nothing")
    a = cover[:, demand].T.tocsr().astype(float)  # (points, candidates)
    q = len(demand)
    c = np.concatenate([np.zeros(m), -w[demand]])
    # y_i - sum_j a_ij x_j <= 0
    link = sparse.hstack([-a, sparse.identity(q, format="csr")], format="csr")
    budget = sparse.csr_matrix(np.concatenate([np.ones(m), np.zeros(q)])[None, :])
    constraints = [
        LinearConstraint(link, -np.inf, 0.0),
        LinearConstraint(budget, -np.inf, float(k)),
    ]
    integrality = np.concatenate([np.ones(m), np.zeros(q)])
    result = milp(
        c,
        integrality=integrality,
        bounds=Bounds(0.0, 1.0),
        constraints=constraints,
        options={
            "time_limit": float(time_limit),
            "disp": False,
            "mip_rel_gap": float(relative_gap),
        },
    )
    seconds = time.perf_counter() - started
    bound = getattr(result, "mip_dual_bound", None)
    bound = None if bound is None or not np.isfinite(bound) else -float(bound)
    chosen = np.zeros(0, dtype=np.int64)
    if result.x is not None:
        chosen = np.nonzero(np.asarray(result.x[:m]) > 0.5)[0]
    status = {0: "optimal", 1: "time limit"}.get(result.status, str(result.message))
    order, gains = rank_by_gain(cover, w, chosen)
    objective = float(gains.sum())
    if start is not None and start.objective > objective + 1e-9 * max(1.0, objective):
        order, gains = start.picks, start.gains
        objective = float(start.objective)
        status += " (the greedy solution is better and kept)"
    if result.status == 0:
        bound = objective if bound is None else max(bound, objective)
    elif bound is not None:
        bound = max(bound, objective)
    gap = None
    if bound is not None:
        gap = 0.0 if bound <= 0 else max(0.0, (bound - objective) / bound)
    return Selection(
        picks=order,
        gains=gains,
        objective=objective,
        method=OPTIMAL,
        bound=bound,
        gap=gap,
        status=status,
        seconds=seconds,
    )


def greedy_guarantee(k: int) -> float:
    """The share of the optimum greedy is proven to reach: 1 - (1 - 1/k)^k."""
    return 1.0 - (1.0 - 1.0 / k) ** k


# --------------------------------------------------------------------------------------------
# The whole question
# --------------------------------------------------------------------------------------------


@dataclass
class BestLocations:
    """The answer, ready to write.

    ``sites``: per pick (rank order) the candidate index, its coordinates, gain in residents
    and weighted, cumulative residents newly reached, the share of the group's residents
    within the norm after it, and the residents it would reach on its own (outside the
    norm today). ``newly_reached``: per demand point the residents newly within the norm
    (0 elsewhere). ``selection``: how the method went (bound, gap, status, time).
    """

    selection: Selection
    site_candidate: np.ndarray
    site_xy: np.ndarray
    site_gain: np.ndarray
    site_gain_weighted: np.ndarray
    site_alone: np.ndarray
    cumulative: np.ndarray
    share_after: np.ndarray
    share_before: float
    residents_total: float
    residents_outside: float
    newly_reached: np.ndarray
    reached_by_rank: np.ndarray  # per population point: rank of the first site reaching it (0)
    candidates: int
    candidates_distinct: int
    greedy: Optional[Selection] = None
    notes: List[str] = field(default_factory=list)


def best_locations(
    residents: np.ndarray,
    within_now: np.ndarray,
    population_xy: np.ndarray,
    candidate_xy: np.ndarray,
    k: int,
    distance: float,
    *,
    weights: Optional[np.ndarray] = None,
    method: str = GREEDY,
    time_limit: float = 60.0,
    network=None,
    max_snap_distance: float = 50.0,
    progress: Optional[Progress] = None,
) -> BestLocations:
    """The ``k`` candidate sites that bring the most residents outside the norm within it.

    ``residents``: residents of the group per population point; ``within_now``: whether the
    point is within the norm of an existing suitable place today; ``weights``: per point a
    factor on its residents (e.g. the loneliness estimate of its area; default 1).
    ``distance``: the norm in metres. Raises :class:`BestLocationsCancelledError` when
    ``progress`` returns False.
    """
    pop = np.asarray(population_xy, dtype=float).reshape(-1, 2)
    cand = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    res = np.nan_to_num(np.asarray(residents, dtype=float), nan=0.0)
    within = np.asarray(within_now, dtype=bool)
    n = len(pop)
    if len(res) != n or len(within) != n:
        raise WijkaanpakInputError("Residents, reach today and points do not match in length.")
    if (res < 0).any():
        raise WijkaanpakInputError("Resident counts must be 0 or more.")
    if not np.isfinite(pop).all() or not np.isfinite(cand).all():
        raise WijkaanpakInputError("Points and candidates need valid coordinates.")
    if int(k) != k or k < 1:
        raise WijkaanpakInputError(f"k, the number of new places, must be 1 or more; got {k}.")
    k = int(k)
    if method not in (GREEDY, OPTIMAL):
        raise WijkaanpakInputError(f"Unknown method '{method}'; use 'greedy' or 'optimal'.")
    if len(cand) == 0:
        raise WijkaanpakInputError("There are no candidate sites.")
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    if len(w) != n or not np.isfinite(w).all() or (w < 0).any():
        raise WijkaanpakInputError("Weights must be a number of 0 or more for every point.")
    notes: List[str] = []

    demand = np.nonzero(~within & (res > 0))[0]
    total = float(res.sum())
    outside = float(res[demand].sum())
    cover_full = coverage_matrix(
        pop[demand],
        cand,
        distance,
        network=network,
        max_snap_distance=max_snap_distance,
        progress=None if progress is None else (lambda f: progress(0.6 * f)),
    )
    # drop candidates that reach nothing and merge those that reach the same points
    distinct = _distinct_rows(cover_full)
    cover = cover_full[distinct]
    demand_weight = res[demand] * w[demand]
    _step(progress, 0.65)
    greedy = greedy_max_coverage(cover, demand_weight, k)
    selection = greedy
    if method == OPTIMAL:
        _step(progress, 0.7)
        selection = optimal_max_coverage(cover, demand_weight, k, time_limit, start=greedy)
    _step(progress, 0.95)
    if outside <= 0:
        notes.append(
            "Every resident of the group already lives within the norm of an existing place: "
            "no new site adds anyone."
        )
    elif len(selection.picks) < k:
        notes.append(
            f"Only {len(selection.picks)} of the {k} sites add anyone: every other candidate "
            "reaches nobody outside the norm that the chosen sites do not already reach."
        )

    picks = selection.picks
    open_res = res[demand].copy()
    gain_res: List[float] = []
    first_rank = np.zeros(n, dtype=np.int64)
    for rank, j in enumerate(picks.tolist(), start=1):
        idx = cover.indices[cover.indptr[j] : cover.indptr[j + 1]]
        gain_res.append(float(open_res[idx].sum()))
        new = idx[open_res[idx] > 0]
        first_rank[demand[new]] = rank
        open_res[idx] = 0.0
    newly = np.zeros(n)
    newly[demand] = res[demand] - open_res
    alone = np.asarray(cover.astype(float) @ res[demand]).ravel()[picks] if len(picks) else []
    within_res = float(res[within].sum())
    cumulative = np.cumsum(gain_res) if gain_res else np.zeros(0)
    site_candidate = distinct[picks] if len(picks) else np.zeros(0, np.int64)
    _step(progress, 1.0)
    return BestLocations(
        selection=selection,
        site_candidate=site_candidate,
        site_xy=cand[site_candidate] if len(picks) else np.zeros((0, 2)),
        site_gain=np.asarray(gain_res, dtype=float),
        site_gain_weighted=np.asarray(selection.gains, dtype=float),
        site_alone=np.asarray(alone, dtype=float),
        cumulative=cumulative,
        share_after=(within_res + cumulative) / total if total > 0 else cumulative * np.nan,
        share_before=within_res / total if total > 0 else float("nan"),
        residents_total=total,
        residents_outside=outside,
        newly_reached=newly,
        reached_by_rank=first_rank,
        candidates=len(cand),
        candidates_distinct=len(distinct),
        greedy=greedy,
        notes=notes,
    )


def _distinct_rows(cover: sparse.csr_matrix) -> np.ndarray:
    """Indices of the rows that reach something, the first of each set of equal rows."""
    cover = sparse.csr_matrix(cover, dtype=bool)
    cover.sort_indices()
    counts = np.diff(cover.indptr)
    nonempty = np.nonzero(counts > 0)[0]
    seen = {}
    keep: List[int] = []
    for j in nonempty.tolist():
        key = cover.indices[cover.indptr[j] : cover.indptr[j + 1]].tobytes()
        if key not in seen:
            seen[key] = j
            keep.append(j)
    return np.asarray(keep, dtype=np.int64)


def per_area(
    residents: np.ndarray,
    within_now: np.ndarray,
    newly_reached: np.ndarray,
    area_index: np.ndarray,
    n_areas: int,
):
    """Per area: residents of the group, within the norm today, newly reached, and the
    shares before and after (NaN where an area has no residents of the group)."""
    import pandas as pd

    res = np.nan_to_num(np.asarray(residents, dtype=float), nan=0.0)
    area = np.asarray(area_index, dtype=np.int64)
    ok = area >= 0
    total = np.bincount(area[ok], weights=res[ok], minlength=n_areas)
    before = np.bincount(area[ok], weights=(res * within_now)[ok], minlength=n_areas)
    new = np.bincount(area[ok], weights=np.asarray(newly_reached)[ok], minlength=n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        share_before = np.where(total > 0, before / total, np.nan)
        share_after = np.where(total > 0, (before + new) / total, np.nan)
    return pd.DataFrame(
        {
            "residents": total,
            "within_before": before,
            "newly_reached": new,
            "within_after": before + new,
            "share_before": share_before,
            "share_after": share_after,
        }
    )
