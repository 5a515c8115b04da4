"""Plane geometry on numpy arrays: which area a point lies in, and how large a polygon is.

Areas (buurten, wijken) arrive as rings: per area a list of ``(k, 2)`` coordinate arrays in
metres (EPSG:28992), exterior rings and holes of all parts together. The even-odd rule over
all rings of an area handles holes and multipolygons without knowing which ring is which, so
the layer boundary need not sort them out. Ring orientation does not matter; a ring may or
may not repeat its first vertex at the end.

Speed: a million CBS grid cells or address points against 14,000 buurten. Points are sorted
once by x; each area takes the points in its bounding box (two binary searches and a y
filter) and decides inside/outside for all of them at once. Within an area, the candidate
points are sorted by y, so every edge finds the points its horizontal band spans with a
binary search; the work is proportional to the number of (point, crossed edge) pairs, not to
points × edges.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .errors import WijkaanpakInputError

#: Rings of one area: exterior rings and holes of every part, each a (k, 2) array.
AreaRings = Sequence[np.ndarray]

_CHUNK = 250_000


def as_points(points_xy: np.ndarray, what: str = "points") -> np.ndarray:
    """Coordinates as an (n, 2) float array; NULL geometries (NaN) are refused, rows named."""
    pts = np.asarray(points_xy, dtype=float)
    if pts.size == 0:
        return np.zeros((0, 2))
    if pts.ndim != 2 or pts.shape[1] < 2:
        raise WijkaanpakInputError(f"The {what} must be an (n, 2) array of x, y coordinates.")
    pts = pts[:, :2]
    bad = ~np.isfinite(pts).all(axis=1)
    if bad.any():
        rows = np.nonzero(bad)[0][:10].tolist()
        raise WijkaanpakInputError(
            f"{int(bad.sum())} of the {what} have no valid coordinates (empty or NULL "
            f"geometry), e.g. rows {rows}."
        )
    return pts


def check_metres(xy: np.ndarray, what: str) -> None:
    """Refuse coordinates that look like longitude/latitude: distances are in metres."""
    if len(xy) and np.all(np.abs(xy[:, 0]) <= 180) and np.all(np.abs(xy[:, 1]) <= 90):
        raise WijkaanpakInputError(
            f"The coordinates of the {what} look like degrees (longitude/latitude). "
            "Distances are measured in metres: use a projected CRS such as EPSG:28992."
        )


class _Edges:
    """All ring edges of all areas, grouped by area, with area bounding boxes."""

    def __init__(self, areas: Sequence[AreaRings]) -> None:
        verts = []
        ring_area = []
        ring_len = []
        for a, rings in enumerate(areas):
            if rings is None:
                continue
            if isinstance(rings, np.ndarray) and rings.ndim == 2:
                rings = [rings]  # a single ring given without the list around it
            for ring in rings:
                r = np.asarray(ring, dtype=float)
                if r.ndim != 2 or r.shape[1] < 2:
                    raise WijkaanpakInputError(
                        f"Area {a}: a ring must be a (k, 2) array of coordinates."
                    )
                if not np.isfinite(r[:, :2]).all():
                    raise WijkaanpakInputError(f"Area {a}: a ring has invalid coordinates.")
                if len(r) < 3:
                    continue  # a ring of fewer than 3 vertices encloses nothing
                verts.append(r[:, :2])
                ring_area.append(a)
                ring_len.append(len(r))
        self.n_areas = len(areas)
        if not verts:
            self.x0 = self.y0 = self.x1 = self.y1 = np.zeros(0)
            self.start = np.zeros(self.n_areas + 1, dtype=np.int64)
            self.bbox = np.full((self.n_areas, 4), np.nan)
            return
        v = np.concatenate(verts)
        ring_len_arr = np.asarray(ring_len, dtype=np.int64)
        ring_start = np.concatenate([[0], np.cumsum(ring_len_arr)[:-1]])
        nxt = np.arange(1, len(v) + 1)
        nxt[ring_start + ring_len_arr - 1] = ring_start  # close every ring
        self.x0, self.y0 = v[:, 0], v[:, 1]
        self.x1, self.y1 = v[nxt, 0], v[nxt, 1]
        edge_area = np.repeat(np.asarray(ring_area, dtype=np.int64), ring_len_arr)
        # Edges are already in area order (areas were enumerated in order).
        counts = np.bincount(edge_area, minlength=self.n_areas)
        self.start = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.bbox = np.full((self.n_areas, 4), np.nan)
        has = counts > 0
        s = self.start[:-1][has]
        self.bbox[has, 0] = np.minimum.reduceat(self.x0, s)
        self.bbox[has, 1] = np.minimum.reduceat(self.y0, s)
        self.bbox[has, 2] = np.maximum.reduceat(self.x0, s)
        self.bbox[has, 3] = np.maximum.reduceat(self.y0, s)

    def area_slice(self, a: int) -> slice:
        return slice(int(self.start[a]), int(self.start[a + 1]))


def _even_odd_inside(
    px: np.ndarray,
    py: np.ndarray,
    x0: np.ndarray,
    y0: np.ndarray,
    x1: np.ndarray,
    y1: np.ndarray,
) -> np.ndarray:
    """Inside flags of points against a set of edges by the even-odd rule (ray towards +x).

    An edge counts for a point when ``min(y0, y1) <= py < max(y0, y1)`` and the edge crosses
    the point's horizontal line to the right of the point. Points exactly on the boundary may
    fall either way (as in any ray-casting test).
    """
    m = len(px)
    inside = np.zeros(m, dtype=bool)
    if m == 0 or len(x0) == 0:
        return inside
    order = np.argsort(py, kind="stable")
    ys = py[order]
    xs = px[order]
    ylo = np.minimum(y0, y1)
    yhi = np.maximum(y0, y1)
    lo = np.searchsorted(ys, ylo, side="left")
    hi = np.searchsorted(ys, yhi, side="left")
    cnt = hi - lo
    keep = cnt > 0
    if not keep.any():
        return inside
    lo, cnt = lo[keep], cnt[keep]
    ex0, ey0, ex1, ey1 = x0[keep], y0[keep], x1[keep], y1[keep]
    total = int(cnt.sum())
    edge = np.repeat(np.arange(len(cnt)), cnt)
    first = np.cumsum(cnt) - cnt
    pos = lo[edge] + (np.arange(total) - first[edge])
    yy = ys[pos]
    # ey1 != ey0 for every kept edge: a horizontal edge has an empty band.
    xint = ex0[edge] + (yy - ey0[edge]) * (ex1[edge] - ex0[edge]) / (ey1[edge] - ey0[edge])
    crossing = xs[pos] < xint
    parity = np.bincount(pos[crossing], minlength=m) & 1
    inside[order] = parity.astype(bool)
    return inside


def assign_points_to_areas(points_xy: np.ndarray, areas: Sequence[AreaRings]) -> np.ndarray:
    """Index of the area each point lies in; ``-1`` for points in no area.

    ``areas`` is a list with, per area, its rings (exterior rings and holes of all parts,
    each a ``(k, 2)`` array). Where areas overlap, the area that comes first wins, so a
    point is always counted once. Points on a boundary go to either side.
    """
    pts = as_points(points_xy)
    n = len(pts)
    result = np.full(n, -1, dtype=np.int64)
    if n == 0 or len(areas) == 0:
        return result
    edges = _Edges(areas)
    order = np.argsort(pts[:, 0], kind="stable")
    sx = pts[order, 0]
    sy = pts[order, 1]
    bbox = edges.bbox
    valid = np.isfinite(bbox[:, 0])
    lo_all = np.zeros(len(bbox), dtype=np.int64)
    hi_all = np.zeros(len(bbox), dtype=np.int64)
    lo_all[valid] = np.searchsorted(sx, bbox[valid, 0], side="left")
    hi_all[valid] = np.searchsorted(sx, bbox[valid, 2], side="right")
    for a in np.nonzero(valid & (hi_all > lo_all))[0]:
        lo, hi = int(lo_all[a]), int(hi_all[a])
        cy = sy[lo:hi]
        cand = np.nonzero((cy >= bbox[a, 1]) & (cy <= bbox[a, 3]))[0]
        if cand.size == 0:
            continue
        cand += lo
        sl = edges.area_slice(a)
        ex0, ey0, ex1, ey1 = edges.x0[sl], edges.y0[sl], edges.x1[sl], edges.y1[sl]
        for c0 in range(0, cand.size, _CHUNK):
            part = cand[c0 : c0 + _CHUNK]
            inside = _even_odd_inside(sx[part], sy[part], ex0, ey0, ex1, ey1)
            hit = order[part[inside]]
            free = hit[result[hit] == -1]
            result[free] = a
    return result


def ring_signed_area(ring: np.ndarray) -> float:
    """Shoelace area of one ring (positive when counter-clockwise), in m² for metres."""
    r = np.asarray(ring, dtype=float)[:, :2]
    if len(r) < 3:
        return 0.0
    x, y = r[:, 0], r[:, 1]
    # Shift to the first vertex: the shoelace on RD coordinates (~10^5 m) loses digits otherwise.
    x = x - x[0]
    y = y - y[0]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def polygon_area(rings: AreaRings) -> float:
    """Area of one (multi)polygon under the even-odd rule, e.g. a playground's m².

    Rings are classified by nesting: a ring inside an odd number of other rings is a hole
    and subtracts its area, so neither ring order nor orientation has to be known. Rings
    are assumed not to cross each other (valid polygons); touching is fine.
    """
    if isinstance(rings, np.ndarray) and rings.ndim == 2:
        rings = [rings]
    rs = [np.asarray(r, dtype=float)[:, :2] for r in rings if len(r) >= 3]
    if not rs:
        return 0.0
    sizes = [abs(ring_signed_area(r)) for r in rs]
    if len(rs) == 1:
        return sizes[0]
    total = 0.0
    for i, ri in enumerate(rs):
        depth = 0
        for j, rj in enumerate(rs):
            if i == j:
                continue
            # Majority vote over the vertices: a hole may touch its exterior at a vertex.
            x1 = np.roll(rj, -1, axis=0)
            inside = _even_odd_inside(ri[:, 0], ri[:, 1], rj[:, 0], rj[:, 1], x1[:, 0], x1[:, 1])
            if inside.mean() > 0.5:
                depth += 1
        total += sizes[i] if depth % 2 == 0 else -sizes[i]
    return total


def polygon_areas(areas: Sequence[AreaRings]) -> np.ndarray:
    """:func:`polygon_area` of every area (m²), e.g. play-space surfaces or buurt sizes."""
    return np.array([polygon_area(rings) if rings is not None else 0.0 for rings in areas])
