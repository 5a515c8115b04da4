"""Network distances, checked against hand counts and a plain heapq Dijkstra.

The reference below is written independently of the core: it snaps points by brute force
(projection onto every segment), subdivides the snapped segments explicitly at the snapped
spots, keys nodes by its own union-find, and runs a textbook Dijkstra.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from scipy.spatial import cKDTree

from wijkaanpak.tests.unit.gpkg_reader import read_gpkg_lines
from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.network import (
    build_walk_network,
    nearest_place_over_network,
    on_network_xy,
    places_on_network,
    route_over_network,
    search_from_places,
    snap_to_network,
    suitable_places,
)

X0, Y0 = 120_000.0, 480_000.0  # RD New metres
OSDORP = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "networks"
    / ("osdorp_midden_walknet.gpkg")
)


def _xy(*pts):
    return np.array(pts, dtype=float) + [X0, Y0]


# --------------------------------------------------------------------------------------------
# Independent reference
# --------------------------------------------------------------------------------------------


def _brute_snap(seg_a, seg_b, pts, ties=False):
    """Nearest point on any segment, by checking every segment (O(n·m)).

    With ``ties``, every segment within 1e-6 m of the nearest distance is returned too
    (overlapping segments occur in real networks: a resident may walk along either).
    """
    out = []
    d_ab = seg_b - seg_a
    ll = (d_ab**2).sum(axis=1)
    for p in pts:
        t = np.where(ll > 0, ((p - seg_a) * d_ab).sum(axis=1) / np.where(ll > 0, ll, 1), 0.0)
        t = np.clip(t, 0, 1)
        d = np.hypot(*(p - (seg_a + t[:, None] * d_ab)).T)
        k = int(np.argmin(d))
        if ties:
            tied = np.nonzero(d <= d[k] + 1e-6)[0]
            out.append([(int(j), float(t[j]), float(d[k])) for j in tied])
        else:
            out.append((k, float(t[k]), float(d[k])))
    return out


def _union_find_keys(points, tol):
    """Node key per point: points within ``tol`` (chains included) share a key."""
    parent = list(range(len(points)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if tol > 0:
        for i, j in cKDTree(points).query_pairs(tol):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[ri] = rj
    return [find(i) for i in range(len(points))]


def _reference_nearest(lines, origins, places, tol=0.1, one_way=None, barrier=None, max_snap=50):
    """Per origin: (distance, place index) by heapq Dijkstra on an explicitly subdivided graph.

    Walking direction: origin → place; one-way 1 = only along the digitised direction.
    """
    seg_a, seg_b, seg_dir = [], [], []
    for i, line in enumerate(lines):
        if barrier is not None and barrier[i]:
            continue
        for k in range(len(line) - 1):
            seg_a.append(line[k])
            seg_b.append(line[k + 1])
            seg_dir.append(0 if one_way is None else int(one_way[i]))
    seg_a, seg_b = np.array(seg_a, float), np.array(seg_b, float)
    keys = _union_find_keys(np.vstack([seg_a, seg_b]), tol)
    n_seg = len(seg_a)
    ka, kb = keys[:n_seg], keys[n_seg:]

    # Every snapped spot becomes its own node on its segment; a point tied between
    # segments gets one node per segment (not joined: that would invent a crossing).
    splits = defaultdict(list)  # segment → [(t, node name)]
    o_snap = _brute_snap(seg_a, seg_b, origins, ties=True)
    p_snap = _brute_snap(seg_a, seg_b, places, ties=True)
    for kind, snaps in (("o", o_snap), ("p", p_snap)):
        for i, tied in enumerate(snaps):
            for k, t, d in tied:
                if d <= max_snap:
                    splits[k].append((t, (kind, i, k)))

    # Reversed adjacency (walking a→b becomes b→a), so one search from the places gives
    # every node's distance *to* the nearest place.
    radj = defaultdict(list)
    for s in range(n_seg):
        length = math.hypot(*(seg_b[s] - seg_a[s]))
        chain = [(0.0, ("n", ka[s]))] + sorted(splits.get(s, [])) + [(1.0, ("n", kb[s]))]
        for (t1, n1), (t2, n2) in zip(chain[:-1], chain[1:]):
            w = (t2 - t1) * length
            if seg_dir[s] >= 0:  # walk n1 → n2
                radj[n2].append((n1, w))
            if seg_dir[s] <= 0:  # walk n2 → n1
                radj[n1].append((n2, w))

    dist, label = {}, {}
    heap = []
    for i, tied in enumerate(p_snap):
        for k, _t, d in tied:
            if d <= max_snap:
                node = ("p", i, k)
                dist[node], label[node] = d, i
                heapq.heappush(heap, (d, i, node))
    while heap:
        d, lab, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in radj[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v], label[v] = nd, lab
                heapq.heappush(heap, (nd, lab, v))

    out_d = np.full(len(origins), np.inf)
    out_p = np.full(len(origins), -1)
    for i, tied in enumerate(o_snap):
        for k, _t, d in tied:
            node = ("o", i, k)
            if d <= max_snap and dist.get(node, math.inf) + d < out_d[i]:
                out_d[i] = dist[node] + d
                out_p[i] = label[node]
    return out_d, out_p


def _assert_matches_reference(got, ref_d, ref_p, rtol=1e-3):
    fin = np.isfinite(ref_d)
    np.testing.assert_array_equal(np.isfinite(got.distance), fin)
    np.testing.assert_allclose(got.distance[fin], ref_d[fin], rtol=rtol, atol=1e-6)
    np.testing.assert_array_equal(got.place[fin], ref_p[fin])


# --------------------------------------------------------------------------------------------
# Hand-made networks
# --------------------------------------------------------------------------------------------


def test_l_shaped_street_hand_count():
    # A(0,0) - B(100,0) - C(100,100). Place on BC at (100,50); resident at (20,5).
    lines = [_xy((0, 0), (100, 0), (100, 100))]
    net = build_walk_network(lines)
    r = nearest_place_over_network(net, _xy((20, 5)), _xy((100, 50)), max_snap_distance=50)
    # 5 (snap leg) + 80 (to B) + 50 (up to the place) = 135 m
    assert r.distance[0] == pytest.approx(135.0)
    assert r.place[0] == 0


def test_snap_is_a_projection_not_the_nearest_vertex():
    net = build_walk_network([_xy((0, 0), (1000, 0))])
    s = snap_to_network(net, _xy((500, 10), (1200, 0), (300, -80)), max_snap_distance=50)
    # (500,10): foot of the perpendicular at x=500, 10 m away, halfway the segment.
    assert s.segment[0] == 0 and s.t[0] == pytest.approx(0.5) and s.snap_distance[0] == 10
    np.testing.assert_allclose(on_network_xy(net, s)[0], _xy((500, 0))[0])
    # (1200,0): beyond the end, nearest is the end vertex, 200 m: reported, not snapped.
    assert s.snap_distance[1] == pytest.approx(200.0) and not s.snapped[1]
    # (300,-80): 80 m away, over the 50 m maximum.
    assert s.snap_distance[2] == pytest.approx(80.0) and not s.snapped[2]


def test_unsnapped_resident_and_place_are_reported_not_snapped():
    net = build_walk_network([_xy((0, 0), (100, 0))])
    r = nearest_place_over_network(
        net, _xy((50, 5), (50, 80)), _xy((10, 0), (90, 70)), max_snap_distance=50
    )
    assert list(r.origin_snapped) == [True, False]
    assert r.origin_snap_distance[1] == pytest.approx(80.0)
    assert list(r.place_snapped) == [True, False]
    assert r.place_snap_distance[1] == pytest.approx(70.0)
    # Resident 0: 5 + 40 = 45 m to place 0; place 1 serves nobody; resident 1: not reached.
    assert r.distance[0] == pytest.approx(45.0) and r.place[0] == 0
    assert np.isinf(r.distance[1]) and r.place[1] == -1


def test_same_segment_walks_directly():
    net = build_walk_network([_xy((0, 0), (100, 0))])
    r = nearest_place_over_network(net, _xy((20, 5)), _xy((60, -3)), max_snap_distance=50)
    # 5 + (60 - 20) + 3 = 48 m (via a node it would be far longer).
    assert r.distance[0] == pytest.approx(48.0)


def test_one_way_segment():
    # Square A(0,0) B(100,0) C(100,100) D(0,100); AB may only be walked A → B.
    sq = [
        _xy((0, 0), (100, 0)),
        _xy((100, 0), (100, 100)),
        _xy((100, 100), (0, 100)),
        _xy((0, 100), (0, 0)),
    ]
    net = build_walk_network(sq, one_way=[1, 0, 0, 0])
    # Resident at x=60 on AB, place at x=20 on AB: cannot walk back, goes round:
    # 40 (to B) + 100 + 100 + 100 (back to A) + 20 = 360 m.
    r = nearest_place_over_network(net, _xy((60, 0)), _xy((20, 0)), max_snap_distance=1)
    assert r.distance[0] == pytest.approx(360.0)
    # The other way round it is just 40 m along the segment.
    r = nearest_place_over_network(net, _xy((20, 0)), _xy((60, 0)), max_snap_distance=1)
    assert r.distance[0] == pytest.approx(40.0)
    # One-way -1 means against the digitised direction: now 60 → 20 is direct.
    net = build_walk_network(sq, one_way=[-1, 0, 0, 0])
    r = nearest_place_over_network(net, _xy((60, 0)), _xy((20, 0)), max_snap_distance=1)
    assert r.distance[0] == pytest.approx(40.0)


def test_barrier_line_is_left_out():
    # Short route A-B (100 m) is a barrier; the detour A-C-B is 2 x 100 m.
    lines = [_xy((0, 0), (100, 0)), _xy((0, 0), (50, 86.60254)), _xy((50, 86.60254), (100, 0))]
    net = build_walk_network(lines, barrier=[True, False, False])
    assert net.barrier_lines == 1
    r = nearest_place_over_network(net, _xy((0, 0)), _xy((100, 0)), max_snap_distance=1)
    assert r.distance[0] == pytest.approx(200.0, rel=1e-6)


def test_disconnected_part_is_not_reachable_and_limit():
    lines = [_xy((0, 0), (100, 0)), _xy((0, 500), (100, 500))]
    net = build_walk_network(lines)
    assert net.component_count == 2
    r = nearest_place_over_network(
        net, _xy((10, 0), (90, 0), (50, 500)), _xy((0, 0)), max_snap_distance=10
    )
    np.testing.assert_allclose(r.distance[:2], [10.0, 90.0])
    assert np.isinf(r.distance[2]) and r.unreachable[2] and not r.unreachable[0]
    r = nearest_place_over_network(
        net, _xy((10, 0), (90, 0)), _xy((0, 0)), max_snap_distance=10, limit=50
    )
    assert r.distance[0] == pytest.approx(10.0) and np.isinf(r.distance[1])


def test_endpoint_snapping_tolerance():
    # Two lines whose ends are 5 cm apart meet (tolerance 0.1 m); 20 cm apart they do not.
    near = [_xy((0, 0), (100, 0)), _xy((100.05, 0), (200, 0))]
    far = [_xy((0, 0), (100, 0)), _xy((100.2, 0), (200, 0))]
    assert build_walk_network(near).component_count == 1
    assert build_walk_network(far).component_count == 2
    assert build_walk_network(near, snap_method="grid", snap_tolerance=0.1).component_count == 1


def test_parallel_routes_take_the_shorter():
    # A straight line and a detour between the same two end points.
    lines = [_xy((0, 0), (100, 0)), _xy((0, 0), (50, 40), (100, 0))]
    net = build_walk_network(lines)
    r = nearest_place_over_network(net, _xy((0, -2)), _xy((100, -1)), max_snap_distance=5)
    assert r.distance[0] == pytest.approx(2 + 100 + 1)


def test_bad_network_input():
    with pytest.raises(WijkaanpakInputError, match="no usable lines"):
        build_walk_network([np.zeros((1, 2)) + [X0, Y0]])
    with pytest.raises(WijkaanpakInputError, match="degrees"):
        build_walk_network([np.array([[5.1, 52.3], [5.2, 52.3]])])
    with pytest.raises(WijkaanpakInputError, match="one-way"):
        build_walk_network([_xy((0, 0), (1, 0))], one_way=[1, 0])


# --------------------------------------------------------------------------------------------
# Random networks against the heapq reference
# --------------------------------------------------------------------------------------------


def _on_segments(rng, lines, n, max_offset):
    """Points near random segments: random spot along, random perpendicular offset."""
    segs = [(line[k], line[k + 1]) for line in lines for k in range(len(line) - 1)]
    pick = rng.integers(0, len(segs), n)
    out = []
    for s in pick:
        a, b = segs[s]
        d = b - a
        length = math.hypot(*d) or 1.0
        normal = np.array([-d[1], d[0]]) / length
        out.append(a + rng.uniform(0, 1) * d + normal * rng.uniform(-max_offset, max_offset))
    return np.array(out)


def test_random_grid_with_one_way_and_barriers_matches_reference():
    rng = np.random.default_rng(11)
    k, step = 12, 60.0
    nodes = (
        rng.normal(0, 6, (k, k, 2))
        + np.stack(np.meshgrid(np.arange(k) * step, np.arange(k) * step, indexing="ij"), -1)
        + [X0, Y0]
    )
    lines = []
    for i in range(k):
        for j in range(k):
            if i + 1 < k:
                mid = (nodes[i, j] + nodes[i + 1, j]) / 2 + rng.normal(0, 5, 2)
                lines.append(np.array([nodes[i, j], mid, nodes[i + 1, j]]))  # 3 vertices
            if j + 1 < k:
                lines.append(np.array([nodes[i, j], nodes[i, j + 1]]))
    one_way = rng.choice([0, 0, 0, 1, -1], len(lines))
    barrier = rng.random(len(lines)) < 0.1
    origins = _on_segments(rng, lines, 300, 20)
    places = _on_segments(rng, lines, 15, 10)
    net = build_walk_network(lines, one_way=one_way, barrier=barrier)
    got = nearest_place_over_network(net, origins, places, max_snap_distance=15)
    ref_d, ref_p = _reference_nearest(
        lines, origins, places, one_way=one_way, barrier=barrier, max_snap=15
    )
    _assert_matches_reference(got, ref_d, ref_p)
    assert np.isfinite(ref_d).sum() > 150  # the comparison covers many reached residents
    assert (~got.origin_snapped).sum() > 0  # and some unsnapped ones


@pytest.fixture(scope="module")
def osdorp_lines(require_shared):
    require_shared(OSDORP)
    lines, _ = read_gpkg_lines(OSDORP, "osdpm_map")
    return lines


def test_osdorp_component_count(osdorp_lines):
    assert len(osdorp_lines) == 14_114
    # Published topology (data README): endpoints snapped on a 0.1 m grid → 74 components.
    assert build_walk_network(osdorp_lines, snap_method="grid").component_count == 74
    # Snapping by distance (default) merges every pair of endpoints within 0.1 m. One such
    # pair, 0.094 m apart at (114712.70, 486282.24) / (114712.70, 486282.33), straddles a grid
    # line and joins a 12-node part to the main part: 73 components. Independent count:
    ends = np.array([p for line in osdorp_lines for p in (line[0], line[-1])])
    keys = np.array(_union_find_keys(ends, 0.1))
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in keys.reshape(-1, 2):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    expected = len({find(x) for x in set(keys.tolist())})
    assert expected == 73
    assert build_walk_network(osdorp_lines).component_count == expected


def test_osdorp_distances_match_reference(osdorp_lines):
    # Synthetic residents and places on the real network (fixed seed), snapped within 50 m.
    rng = np.random.default_rng(28992)
    origins = _on_segments(rng, osdorp_lines, 200, 25)
    places = _on_segments(rng, osdorp_lines, 20, 10)
    net = build_walk_network(osdorp_lines)
    got = nearest_place_over_network(net, origins, places, max_snap_distance=50)
    ref_d, ref_p = _reference_nearest(osdorp_lines, origins, places, tol=0.1, max_snap=50)
    _assert_matches_reference(got, ref_d, ref_p, rtol=1e-3)
    assert np.isfinite(ref_d).sum() >= 180
    # Snapping equals brute force for points anywhere in the extent (incl. far ones).
    pts = np.column_stack([rng.uniform(114_000, 115_300, 300), rng.uniform(484_400, 486_500, 300)])
    s = snap_to_network(net, pts, max_snap_distance=50)
    ref = _brute_snap(net.seg_start, net.seg_end, pts)
    np.testing.assert_allclose(s.snap_distance, [d for _, _, d in ref], atol=1e-9)


def test_resident_on_overlapping_segments_may_use_either():
    # Two collinear segments overlap between x=50 and x=100 without sharing a vertex:
    # S1 (0,0)-(100,0) and S2 (50,0)-(150,0). The place is at the end of S2 (150,0).
    # The resident at (60,5) is 5 m from both; along S2 it is 90 m to the place: 95 m.
    # (Via S1 alone the place cannot be reached: S1's ends touch nothing.)
    lines = [_xy((0, 0), (100, 0)), _xy((50, 0), (150, 0))]
    net = build_walk_network(lines)
    r = nearest_place_over_network(net, _xy((60, 5)), _xy((150, 0)), max_snap_distance=10)
    assert r.distance[0] == pytest.approx(95.0)


# --------------------------------------------------------------------------------------------
# Broken lines in real data: skipped and counted, never captured by snapping
# --------------------------------------------------------------------------------------------


def test_empty_one_vertex_and_invalid_lines_are_skipped_and_counted():
    # Line 0 a street; 1 one vertex; 2 empty (a NULL geometry); 3 a NaN vertex; 4 infinite
    # coordinates (a layer whose CRS could not be transformed); 5 a barrier. Only line 0 is
    # usable: 2 lines are empty or one-vertex, 2 have invalid coordinates.
    lines = [
        _xy((0, 0), (100, 0)),
        _xy((50, 50)),
        np.zeros((0, 2)),
        np.array([[X0, Y0], [np.nan, np.nan]]),
        np.array([[np.inf, np.inf], [np.inf, np.inf]]),
        _xy((0, 10), (100, 10)),
    ]
    net = build_walk_network(lines, barrier=[0, 0, 0, 0, 0, 1])
    assert net.skipped_lines == 2 and net.skipped_line_index.tolist() == [1, 2]
    assert net.invalid_lines == 2 and net.invalid_line_index.tolist() == [3, 4]
    assert net.barrier_lines == 1 and net.n_segments == 1
    r = nearest_place_over_network(net, _xy((20, 5)), _xy((60, -3)), max_snap_distance=50)
    assert r.distance[0] == pytest.approx(5 + 40 + 3)
    with pytest.raises(WijkaanpakInputError, match="invalid coordinates"):
        build_walk_network([np.array([[np.inf, np.inf], [np.inf, np.inf]])])


def test_isolated_zero_length_line_does_not_capture_residents():
    # A street from (0,0) to (200,0) with the place at its west end; an isolated zero-length
    # line (both vertices at (100, 20)) lies 3 m from the resident at (100, 23), who is 23 m
    # from the street. The zero-length line leads nowhere: the resident walks 23 + 100 m.
    lines = [_xy((0, 0), (200, 0)), _xy((100, 20), (100, 20))]
    net = build_walk_network(lines)
    assert net.degenerate_segments == 1
    s = snap_to_network(net, _xy((100, 23)), max_snap_distance=50)
    assert s.segment[0] == 0 and s.snap_distance[0] == pytest.approx(23.0)
    r = nearest_place_over_network(net, _xy((100, 23)), _xy((0, 0)), max_snap_distance=50)
    assert r.distance[0] == pytest.approx(123.0)
    assert not r.unreachable[0]


# --------------------------------------------------------------------------------------------
# Routes: the way behind a distance
# --------------------------------------------------------------------------------------------


def _route(net, origin, places, max_snap=50, place_mask=None):
    on_net = places_on_network(net, places, max_snap)
    search = search_from_places(on_net, suitable_places(on_net, place_mask))
    return route_over_network(net, on_net, search, snap_to_network(net, origin, max_snap))


def _polyline_length(path):
    return float(np.hypot(*np.diff(np.asarray(path), axis=0).T).sum())


def test_route_on_an_l_shaped_street_hand_count():
    # A(0,0) - B(100,0) - C(100,100); resident at (20,5), playground 3 m beside BC at (103,50):
    # down 5 m to the street, 80 m to B, 50 m up, 3 m across: 138 m.
    net = build_walk_network([_xy((0, 0), (100, 0), (100, 100))])
    r = _route(net, _xy((20, 5)), _xy((103, 50)))
    assert r.distance == pytest.approx(138.0) and r.place == 0 and r.leg == pytest.approx(3.0)
    np.testing.assert_allclose(r.path, _xy((20, 5), (20, 0), (100, 0), (100, 50)))
    assert _polyline_length(r.path) + r.leg == pytest.approx(138.0)


def test_route_along_the_same_segment_and_against_a_one_way_street():
    # On one segment the walk goes straight to the place: 5 + 40 = 45 m.
    net = build_walk_network([_xy((0, 0), (100, 0))])
    r = _route(net, _xy((20, 5)), _xy((60, 0)))
    np.testing.assert_allclose(r.path, _xy((20, 5), (20, 0), (60, 0)))
    assert r.distance == pytest.approx(45.0)
    # Square A(0,0) B(100,0) C(100,100) D(0,100), AB one-way A → B. From (60,0) to a place
    # at (20,0): not back along AB but B, C, D, A and on: 40 + 100 + 100 + 100 + 20 = 360 m.
    sq = [_xy((0, 0), (100, 0)), _xy((100, 0), (100, 100), (0, 100), (0, 0))]
    net = build_walk_network(sq, one_way=[1, 0])
    r = _route(net, _xy((60, 0)), _xy((20, 0)), max_snap=1)
    assert r.distance == pytest.approx(360.0)
    np.testing.assert_allclose(
        r.path, _xy((60, 0), (100, 0), (100, 100), (0, 100), (0, 0), (20, 0))
    )


def test_no_route_when_unsnapped_or_on_another_part():
    net = build_walk_network([_xy((0, 0), (100, 0)), _xy((0, 500), (100, 500))])
    far = _route(net, _xy((50, 200)), _xy((10, 0)))  # 200 m from any street
    assert not far.snapped and np.isinf(far.distance) and far.place == -1 and len(far.path) == 0
    apart = _route(net, _xy((50, 505)), _xy((10, 0)))  # attached, but no way to the place
    assert apart.snapped and np.isinf(apart.distance) and len(apart.path) == 0


def test_routes_on_a_random_grid_have_the_reference_length_and_walk_the_right_way():
    rng = np.random.default_rng(21)
    k, step = 9, 60.0
    nodes = (
        rng.normal(0, 6, (k, k, 2))
        + np.stack(np.meshgrid(np.arange(k) * step, np.arange(k) * step, indexing="ij"), -1)
        + [X0, Y0]
    )
    lines = []
    for i in range(k):
        for j in range(k):
            if i + 1 < k:
                mid = (nodes[i, j] + nodes[i + 1, j]) / 2 + rng.normal(0, 5, 2)
                lines.append(np.array([nodes[i, j], mid, nodes[i + 1, j]]))
            if j + 1 < k:
                lines.append(np.array([nodes[i, j], nodes[i, j + 1]]))
    one_way = rng.choice([0, 0, 0, 1, -1], len(lines))
    barrier = rng.random(len(lines)) < 0.1
    origins = _on_segments(rng, lines, 120, 20)
    places = _on_segments(rng, lines, 8, 10)
    ref_d, ref_p = _reference_nearest(
        lines, origins, places, one_way=one_way, barrier=barrier, max_snap=15
    )
    # Which vertex may be walked to which, straight from the lines (not from the graph).
    allowed = set()
    for line, ow, blocked in zip(lines, one_way, barrier):
        if blocked:
            continue
        for a, b in zip(line[:-1], line[1:]):
            ka, kb = tuple(np.round(a, 6)), tuple(np.round(b, 6))
            if ow >= 0:
                allowed.add((ka, kb))
            if ow <= 0:
                allowed.add((kb, ka))
    vertices = {v for pair in allowed for v in pair} | {
        tuple(np.round(v, 6)) for line in lines for v in line
    }
    net = build_walk_network(lines, one_way=one_way, barrier=barrier)
    on_net = places_on_network(net, places, 15)
    search = search_from_places(on_net, suitable_places(on_net))
    origin_snap = snap_to_network(net, origins, 15)
    reached = 0
    for i in range(len(origins)):
        r = route_over_network(net, on_net, search, origin_snap.take(np.array([i])))
        if not np.isfinite(ref_d[i]):
            assert np.isinf(r.distance), i
            continue
        reached += 1
        assert r.distance == pytest.approx(ref_d[i], rel=1e-9, abs=1e-6), i
        assert r.place == ref_p[i], i
        # The drawn route is as long as the distance: path plus the place's own leg.
        assert _polyline_length(r.path) + r.leg == pytest.approx(ref_d[i], rel=1e-9, abs=1e-6)
        hops = [tuple(np.round(p, 6)) for p in r.path]
        for a, b in zip(hops[:-1], hops[1:]):
            if a in vertices and b in vertices:
                assert (a, b) in allowed, (i, a, b)
    assert reached > 60
