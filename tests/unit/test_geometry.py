"""Point-in-polygon assignment and polygon areas, checked against shapely and hand counts."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.prepared import prep

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.geometry import (
    assign_points_to_areas,
    polygon_area,
    polygon_areas,
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
