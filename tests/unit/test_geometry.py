"""Point-in-polygon assignment, polygon areas, nearest segments and distances to polygon
places, checked against shapely, brute-force loops and hand counts."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.prepared import prep

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.geometry import (
    SegmentIndex,
    assign_points_to_areas,
    assign_polygons_by_overlap,
    nearest_polygon_place,
    points_in_polygons,
    polygon_area,
    polygon_areas,
    prepare_polygon_places,
)

X0, Y0 = 170_000.0, 470_000.0  # somewhere in the Netherlands, RD New metres


def _star(rng, cx, cy, r_min, r_max, n):
    """A random star-shaped (hence simple) ring around (cx, cy)."""
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r = rng.uniform(r_min, r_max, n)
    return np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)])


def _random_areas(rng):
    """20 areas in a 5 x 4 grid of 1 km cells: plain, with a hole, multipolygons with holes.

    Returns the rings per area (as the core takes them) and the shapely geometry per area.
    """
    rings_per_area = []
    shapes = []
    for i in range(5):
        for j in range(4):
            cx, cy = X0 + 1000 * i + 500, Y0 + 1000 * j + 500
            kind = (i + j) % 3
            if kind == 0:  # plain polygon
                outer = _star(rng, cx, cy, 250, 480, 40)
                rings = [outer]
                shape = Polygon(outer)
            elif kind == 1:  # polygon with a hole (hole radius < smallest outer radius)
                outer = _star(rng, cx, cy, 300, 480, 50)
                hole = _star(rng, cx, cy, 80, 250, 25)
                rings = [outer, hole[::-1]]
                shape = Polygon(outer, [hole])
            else:  # two parts, the second with a hole
                a = _star(rng, cx - 240, cy, 100, 230, 30)
                b = _star(rng, cx + 240, cy, 150, 230, 30)
                hb = _star(rng, cx + 240, cy, 30, 140, 12)
                rings = [a, b, hb]
                shape = MultiPolygon([Polygon(a), Polygon(b, [hb])])
            # Half of the rings repeat their first vertex at the end, as in WKB.
            rings = [np.vstack([r, r[:1]]) if rng.random() < 0.5 else r for r in rings]
            rings_per_area.append(rings)
            shapes.append(shape)
    return rings_per_area, shapes


def test_assignment_matches_shapely_contains_on_random_points():
    rng = np.random.default_rng(2024)
    areas, shapes = _random_areas(rng)
    pts = np.column_stack(
        [rng.uniform(X0 - 200, X0 + 5200, 8000), rng.uniform(Y0 - 200, Y0 + 4200, 8000)]
    )
    got = assign_points_to_areas(pts, areas)

    expected = np.full(len(pts), -1)
    for a, shape in enumerate(shapes):
        minx, miny, maxx, maxy = shape.bounds
        cand = np.nonzero(
            (pts[:, 0] >= minx) & (pts[:, 0] <= maxx) & (pts[:, 1] >= miny) & (pts[:, 1] <= maxy)
        )[0]
        prepared = prep(shape)
        for k in cand:
            if expected[k] == -1 and prepared.contains(Point(pts[k])):
                expected[k] = a
    np.testing.assert_array_equal(got, expected)
    # The test is only meaningful if it has points inside, outside and in holes.
    assert (expected >= 0).sum() > 2000 and (expected == -1).sum() > 1000
    in_hole = sum(
        Polygon(areas[a][1]).contains(Point(p)) for a in (1, 4, 7) for p in pts[expected == -1]
    )
    assert in_hole > 20


def test_hand_made_square_with_hole_and_overlap():
    # Area 0: square 0..100 with a hole 40..60; area 1: square 50..150 overlapping area 0.
    sq = np.array([[0, 0], [100, 0], [100, 100], [0, 100]], float) + [X0, Y0]
    hole = np.array([[40, 40], [60, 40], [60, 60], [40, 60]], float) + [X0, Y0]
    sq2 = sq + 50
    pts = np.array(
        [
            [10, 10],  # in area 0 only
            [50, 50],  # in the hole of area 0, and inside area 1 → 1
            [45, 45],  # in the hole of area 0, outside area 1 → -1
            [80, 80],  # in both: the first area wins → 0
            [140, 140],  # in area 1 only
            [-5, 50],  # outside everything
        ],
        float,
    ) + [X0, Y0]
    got = assign_points_to_areas(pts, [[sq, hole], [sq2]])
    np.testing.assert_array_equal(got, [0, 1, -1, 0, 1, -1])


def test_area_without_rings_and_empty_inputs():
    sq = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], float) + [X0, Y0]
    pts = np.array([[5, 5]], float) + [X0, Y0]
    # Area 0 has no geometry (NULL): it never matches; the point belongs to area 1.
    np.testing.assert_array_equal(assign_points_to_areas(pts, [[], [sq]]), [1])
    assert assign_points_to_areas(np.zeros((0, 2)), [[sq]]).shape == (0,)
    np.testing.assert_array_equal(assign_points_to_areas(pts, []), [-1])


def test_null_point_geometry_is_refused_with_row_named():
    pts = np.array([[X0, Y0], [np.nan, np.nan]])
    with pytest.raises(WijkaanpakInputError, match=r"rows \[1\]"):
        assign_points_to_areas(pts, [[np.array([[0, 0], [1, 0], [1, 1]], float)]])


def test_polygon_area_hand_counts():
    sq = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], float) + [X0, Y0]
    hole = np.array([[2, 2], [6, 2], [6, 6], [2, 6]], float) + [X0, Y0]
    # 10 x 10 - 4 x 4 = 84 m², whatever the ring order or orientation.
    assert polygon_area([sq, hole]) == pytest.approx(84.0)
    assert polygon_area([hole[::-1], sq[::-1]]) == pytest.approx(84.0)
    # A second part of 5 x 2 = 10 m² far away: 94 m²; an island inside the hole, 1 x 1: 95 m².
    part = np.array([[100, 0], [105, 0], [105, 2], [100, 2]], float) + [X0, Y0]
    island = np.array([[3, 3], [4, 3], [4, 4], [3, 4]], float) + [X0, Y0]
    assert polygon_area([sq, hole, part]) == pytest.approx(94.0)
    assert polygon_area([island, sq, part, hole]) == pytest.approx(95.0)


def test_polygon_areas_match_shapely():
    rng = np.random.default_rng(7)
    areas, shapes = _random_areas(rng)
    np.testing.assert_allclose(polygon_areas(areas), [s.area for s in shapes], rtol=1e-9)


# --------------------------------------------------------------------------------------------
# Nearest segment, points in (overlapping) polygons, distance to polygon places
# --------------------------------------------------------------------------------------------


def _brute_nearest(start, end, pts):
    """Distance from every point to every segment by the textbook projection: O(n·m)."""
    out = np.empty(len(pts))
    d = end - start
    ll = (d**2).sum(axis=1)
    for i, p in enumerate(pts):
        t = np.clip(((p - start) * d).sum(axis=1) / np.where(ll > 0, ll, 1.0), 0, 1)
        t = np.where(ll > 0, t, 0.0)
        out[i] = np.hypot(*(p - (start + t[:, None] * d)).T).min()
    return out


def test_segment_index_is_exact_against_brute_force():
    rng = np.random.default_rng(5)
    start = rng.uniform(0, 2000, (300, 2)) + [X0, Y0]
    end = start + rng.normal(0, 80, (300, 2))
    end[:5] = start[:5]  # zero-length segments
    pts = rng.uniform(-500, 2500, (2000, 2)) + [X0, Y0]
    found = SegmentIndex(start, end, spacing=5.0).nearest(pts)
    np.testing.assert_allclose(found.distance, _brute_nearest(start, end, pts), atol=1e-9)
    # Segments left out are never chosen, and the distance is the one to the rest.
    include = np.ones(300, bool)
    include[:50] = False
    found = SegmentIndex(start, end, spacing=5.0, include=include).nearest(pts)
    assert (found.segment >= 50).all()
    np.testing.assert_allclose(found.distance, _brute_nearest(start[50:], end[50:], pts), atol=1e-9)
    empty = SegmentIndex(start, end, include=np.zeros(300, bool)).nearest(pts[:3])
    assert (empty.segment == -1).all() and np.isinf(empty.distance).all()


def test_points_in_overlapping_polygons_match_shapely():
    rng = np.random.default_rng(31)
    areas, shapes = _random_areas(rng)
    # A large polygon over several areas: points inside both count for both.
    big = np.array([[800, 800], [2600, 900], [2500, 2700], [900, 2600]], float) + [X0, Y0]
    areas.append([big])
    shapes.append(Polygon(big))
    pts = np.column_stack(
        [rng.uniform(X0 - 200, X0 + 5200, 6000), rng.uniform(Y0 - 200, Y0 + 4200, 6000)]
    )
    got_p, got_a = points_in_polygons(pts, areas)
    got = set(zip(got_p.tolist(), got_a.tolist()))
    expected = {
        (i, a)
        for a, shape in enumerate(shapes)
        for i in np.nonzero(
            [prep(shape).contains(Point(p)) for p in pts],
        )[0].tolist()
    }
    assert got == expected
    assert sum(1 for _, a in got if a == len(areas) - 1) > 300  # the overlap is exercised


def test_distance_to_polygon_places_matches_shapely():
    # Polygon places (parks with holes, multi-part playground areas) among point places:
    # 0 inside, else the distance to the nearest boundary; shapely's distance is the
    # reference (it is 0 inside a polygon and measures to the boundary otherwise).
    rng = np.random.default_rng(8)
    areas, shapes = _random_areas(rng)
    places = [areas[i] for i in range(0, 20, 2)] + [None, []]  # 10 polygons, 2 point places
    mask = np.ones(len(places), bool)
    mask[3] = False  # one polygon is not suitable
    pts = np.column_stack(
        [rng.uniform(X0 - 800, X0 + 5800, 3000), rng.uniform(Y0 - 800, Y0 + 4800, 3000)]
    )
    prepared = prepare_polygon_places(places, pts)
    dist, place = nearest_polygon_place(pts, prepared, mask)
    suitable = [i for i in range(10) if mask[i]]
    ref = np.array([min(shapes[2 * i].distance(Point(p)) for i in suitable) for p in pts])
    np.testing.assert_allclose(dist, ref, atol=1e-7)
    # The reported place is one at that distance, and never the unsuitable one.
    own = np.array([shapes[2 * q].distance(Point(p)) for q, p in zip(place, pts)])
    np.testing.assert_allclose(own, ref, atol=1e-7)
    assert (dist == 0).sum() > 100 and (dist > 300).sum() > 100
    # Nothing suitable: inf and -1.
    none, idx = nearest_polygon_place(pts, prepared, np.zeros(len(places), bool))
    assert np.isinf(none).all() and (idx == -1).all()


def test_polygon_counts_in_the_area_it_overlaps_most():
    # Buurt A x 0..100, buurt B x 100..200 (both y 0..100). Park P x 70..170: 30 in A, 70
    # in B -> B. Playground Q x 10..40 -> A. R lies in no buurt -> -1. S (no rings) -> -1.
    def box(x1, y1, x2, y2):
        return np.array([[x1, y1], [x2, y1], [x2, y2], [x1, y2]], float) + [X0, Y0]

    areas = [[box(0, 0, 100, 100)], [box(100, 0, 200, 100)]]
    places = [[box(70, 20, 170, 60)], [box(10, 10, 40, 40)], [box(500, 500, 510, 510)], []]
    np.testing.assert_array_equal(assign_polygons_by_overlap(places, areas), [1, 0, -1, -1])


def test_polygon_overlap_assignment_matches_shapely_brute_force():
    rng = np.random.default_rng(12)
    areas, shapes = _random_areas(rng)
    places, place_shapes = [], []
    for _ in range(60):
        cx, cy = rng.uniform(0, 5000), rng.uniform(0, 4000)
        ring = _star(rng, X0 + cx, Y0 + cy, 50, 400, 16)
        places.append([ring])
        place_shapes.append(Polygon(ring))
    got = assign_polygons_by_overlap(places, areas)
    for i, shape in enumerate(place_shapes):
        overlaps = [shape.intersection(a).area for a in shapes]
        best = int(np.argmax(overlaps))
        assert got[i] == (best if overlaps[best] > 0 else -1), i
    assert len(set(got.tolist())) > 10
