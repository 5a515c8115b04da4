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

Nearest point on many segments (:class:`SegmentIndex`): exact, for a million points, by a
KD-tree over points sampled along the segments (see :meth:`SegmentIndex.nearest`). It snaps
residents to a street network and measures the distance to the boundary of polygon places.

Polygon places (parks, playground areas) are measured *to the polygon*: distance 0 for a
point inside it (:func:`points_in_polygons`), else the exact distance to the nearest point
of its boundary. The area a polygon place is counted in is the area it overlaps most
(:func:`assign_polygons_by_overlap`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence, Tuple

import numpy as np
from scipy.spatial import cKDTree

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


def _containment(pts: np.ndarray, areas: Sequence[AreaRings]) -> Iterator[Tuple[int, np.ndarray]]:
    """Per area (in order) the indices of the points inside it (even-odd rule)."""
    n = len(pts)
    if n == 0 or len(areas) == 0:
        return
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
            if inside.any():
                yield int(a), order[part[inside]]


def assign_points_to_areas(points_xy: np.ndarray, areas: Sequence[AreaRings]) -> np.ndarray:
    """Index of the area each point lies in; ``-1`` for points in no area.

    ``areas`` is a list with, per area, its rings (exterior rings and holes of all parts,
    each a ``(k, 2)`` array). Where areas overlap, the area that comes first wins, so a
    point is always counted once. Points on a boundary go to either side.
    """
    pts = as_points(points_xy)
    result = np.full(len(pts), -1, dtype=np.int64)
    for a, hit in _containment(pts, areas):
        free = hit[result[hit] == -1]
        result[free] = a
    return result


def points_in_polygons(
    points_xy: np.ndarray, polygons: Sequence[AreaRings]
) -> Tuple[np.ndarray, np.ndarray]:
    """Every (point, polygon) pair where the point lies inside the polygon.

    Unlike :func:`assign_points_to_areas`, overlapping polygons (a playground inside a park)
    all count. Returns two index arrays of equal length, sorted by polygon.
    """
    pts = as_points(points_xy)
    point_idx: List[np.ndarray] = []
    polygon_idx: List[np.ndarray] = []
    for a, hit in _containment(pts, polygons):
        point_idx.append(hit)
        polygon_idx.append(np.full(len(hit), a, dtype=np.int64))
    if not point_idx:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(point_idx).astype(np.int64), np.concatenate(polygon_idx)


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


# --------------------------------------------------------------------------------------------
# Polygon boundaries as segments
# --------------------------------------------------------------------------------------------


def _ring_list(rings) -> List[np.ndarray]:
    if rings is None:
        return []
    if isinstance(rings, np.ndarray) and rings.ndim == 2:
        return [rings]
    return list(rings)


def is_polygon(rings) -> bool:
    """Whether ``rings`` describe a polygon (at least one ring of 3 or more vertices)."""
    return any(len(r) >= 3 for r in _ring_list(rings))


def ring_edges(polygons: Sequence[AreaRings]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every boundary edge of every polygon (rings closed): start and end coordinates, and
    the index of the polygon each edge belongs to. Zero-length edges are left out."""
    starts: List[np.ndarray] = []
    ends: List[np.ndarray] = []
    owner: List[np.ndarray] = []
    for a, rings in enumerate(polygons):
        for ring in _ring_list(rings):
            r = np.asarray(ring, dtype=float)
            if r.ndim != 2 or r.shape[1] < 2 or len(r) < 3:
                continue
            r = r[:, :2]
            if not np.isfinite(r).all():
                raise WijkaanpakInputError(f"Polygon {a}: a ring has invalid coordinates.")
            nxt = np.roll(r, -1, axis=0)
            keep = (r != nxt).any(axis=1)
            starts.append(r[keep])
            ends.append(nxt[keep])
            owner.append(np.full(int(keep.sum()), a, dtype=np.int64))
    if not starts:
        return np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, np.int64)
    return np.concatenate(starts), np.concatenate(ends), np.concatenate(owner)


def polygon_bounds(polygons: Sequence[AreaRings]) -> np.ndarray:
    """(xmin, ymin, xmax, ymax) of every polygon; NaN for one without rings."""
    out = np.full((len(polygons), 4), np.nan)
    for a, rings in enumerate(polygons):
        rs = [np.asarray(r, dtype=float)[:, :2] for r in _ring_list(rings) if len(r) >= 3]
        if rs:
            v = np.concatenate(rs)
            out[a] = [v[:, 0].min(), v[:, 1].min(), v[:, 0].max(), v[:, 1].max()]
    return out


def sample_segments(
    start: np.ndarray, end: np.ndarray, spacing: float
) -> Tuple[np.ndarray, np.ndarray]:
    """Points along every segment, both ends included and at most ``spacing`` apart, with
    the index of the segment each point lies on (a segment's points are consecutive)."""
    start = np.asarray(start, dtype=float).reshape(-1, 2)
    end = np.asarray(end, dtype=float).reshape(-1, 2)
    if len(start) == 0:
        return np.zeros((0, 2)), np.zeros(0, np.int64)
    length = np.hypot(*(end - start).T)
    pieces = np.maximum(np.ceil(length / spacing).astype(np.int64), 1)
    counts = pieces + 1
    seg = np.repeat(np.arange(len(start)), counts)
    first = np.cumsum(counts) - counts
    j = np.arange(len(seg)) - first[seg]
    t = j / pieces[seg]
    xy = start[seg] + t[:, None] * (end[seg] - start[seg])
    return xy, seg


def project_on_segments(
    px: np.ndarray, py: np.ndarray, ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray
) -> Tuple[np.ndarray, np.ndarray]:
    """Fraction t of the nearest point on segment a-b and the distance to it."""
    dx = bx - ax
    dy = by - ay
    ll = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - ax) * dx + (py - ay) * dy) / ll
    t = np.where(ll > 0, np.clip(t, 0.0, 1.0), 0.0)
    d = np.hypot(px - (ax + t * dx), py - (ay + t * dy))
    return t, d


#: Two segments whose distances to a point differ less than this (m) are tied.
SEGMENT_TIE = 1e-6
_NEAREST_K = 16
_NEAREST_CHUNK = 200_000


@dataclass
class NearestOnSegments:
    """Per point: nearest segment (-1 when the index is empty), fraction ``t`` along it from
    its start, and the distance; ``tie_*``: further segments at the same distance, as
    (point, segment, t)."""

    segment: np.ndarray
    t: np.ndarray
    distance: np.ndarray
    tie_point: np.ndarray
    tie_segment: np.ndarray
    tie_t: np.ndarray


class SegmentIndex:
    """Exact nearest point on a set of segments, for many points at once.

    A KD-tree over points sampled at most ``spacing`` metres apart along the segments gives
    candidate segments; a point's candidate set is accepted only when it holds every sample
    within (nearest sample distance + spacing / 2), which provably includes the nearest
    segment (every spot of a segment lies within spacing / 2 of one of its samples);
    otherwise more neighbours are fetched. The distance is then the exact projection.
    ``include`` leaves segments out (e.g. zero-length ones), keeping their numbering.
    """

    def __init__(
        self,
        start: np.ndarray,
        end: np.ndarray,
        spacing: float = 5.0,
        include: Optional[np.ndarray] = None,
    ) -> None:
        if not spacing > 0:
            raise WijkaanpakInputError("The sample spacing must be a positive number of metres.")
        self.start = np.asarray(start, dtype=float).reshape(-1, 2)
        self.end = np.asarray(end, dtype=float).reshape(-1, 2)
        self.spacing = float(spacing)
        which = np.arange(len(self.start))
        if include is not None:
            which = which[np.asarray(include, dtype=bool)]
        xy, local = sample_segments(self.start[which], self.end[which], self.spacing)
        self.sample_xy = xy
        self.sample_seg = which[local]
        self.tree = cKDTree(xy) if len(xy) else None

    @property
    def n_samples(self) -> int:
        return len(self.sample_seg)

    def nearest(
        self, points_xy: np.ndarray, ties: bool = True, k: int = _NEAREST_K
    ) -> NearestOnSegments:
        """The nearest point on any (included) segment for every point.

        ``k``: neighbours fetched at first (doubled for the points that need more): 16 suits
        a dense street network, a few suit scattered polygon boundaries.
        """
        pts = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        n = len(pts)
        seg = np.full(n, -1, dtype=np.int64)
        tt = np.zeros(n)
        dist = np.full(n, np.inf)
        ties_p: List[np.ndarray] = []
        ties_s: List[np.ndarray] = []
        ties_t: List[np.ndarray] = []
        n_samples = self.n_samples
        if n and n_samples:
            half = self.spacing / 2.0
            n_seg = np.int64(len(self.start))
            for c0 in range(0, n, _NEAREST_CHUNK):
                idx = np.arange(c0, min(n, c0 + _NEAREST_CHUNK))
                k_now = min(max(int(k), 1), n_samples)
                while idx.size:
                    d, j = self.tree.query(pts[idx], k=k_now, workers=-1)
                    if k_now == 1:
                        d, j = d[:, None], j[:, None]
                    if k_now >= n_samples:
                        complete = np.ones(len(idx), dtype=bool)
                    else:
                        complete = d[:, -1] > d[:, 0] + half + SEGMENT_TIE
                    done = idx[complete]
                    cand = self.sample_seg[j[complete]]  # (m, k)
                    s = self.start[cand]
                    e = self.end[cand]
                    px = pts[done, 0][:, None]
                    py = pts[done, 1][:, None]
                    t_c, d_c = project_on_segments(
                        px, py, s[..., 0], s[..., 1], e[..., 0], e[..., 1]
                    )
                    best = np.argmin(d_c, axis=1)
                    rows = np.arange(len(done))
                    seg[done] = cand[rows, best]
                    tt[done] = t_c[rows, best]
                    dist[done] = d_c[rows, best]
                    if ties:
                        # Other segments at the same distance (a sample of the chosen one
                        # may appear several times: keep each (point, segment) pair once).
                        tie = (d_c <= dist[done][:, None] + SEGMENT_TIE) & (
                            cand != seg[done][:, None]
                        )
                        r, c = np.nonzero(tie)
                        if r.size:
                            key = done[r].astype(np.int64) * n_seg + cand[r, c]
                            _, first = np.unique(key, return_index=True)
                            ties_p.append(done[r[first]])
                            ties_s.append(cand[r[first], c[first]])
                            ties_t.append(t_c[r[first], c[first]])
                    idx = idx[~complete]
                    k_now = min(2 * k_now, n_samples)
        return NearestOnSegments(
            segment=seg,
            t=tt,
            distance=dist,
            tie_point=np.concatenate(ties_p).astype(np.int64) if ties_p else np.zeros(0, np.int64),
            tie_segment=np.concatenate(ties_s).astype(np.int64)
            if ties_s
            else np.zeros(0, np.int64),
            tie_t=np.concatenate(ties_t) if ties_t else np.zeros(0),
        )


# --------------------------------------------------------------------------------------------
# Distance to polygon places
# --------------------------------------------------------------------------------------------


@dataclass
class PolygonPlaces:
    """Polygon places prepared once: their boundary edges, and which points lie inside.

    ``polygons``: per place its rings, or an empty list for a point place. Built by
    :func:`prepare_polygon_places` for a set of population points.
    """

    is_polygon: np.ndarray
    edge_start: np.ndarray
    edge_end: np.ndarray
    edge_place: np.ndarray
    inside_point: np.ndarray
    inside_place: np.ndarray
    bounds: np.ndarray

    @property
    def any(self) -> bool:
        return bool(self.is_polygon.any())

    def inside(self, mask: np.ndarray, n_points: int) -> Tuple[np.ndarray, np.ndarray]:
        """Per point: inside any place selected by ``mask``, and the first such place (-1)."""
        place = np.full(n_points, -1, dtype=np.int64)
        sel = np.asarray(mask, dtype=bool)[self.inside_place]
        if sel.any():
            p, q = self.inside_point[sel], self.inside_place[sel]
            order = np.lexsort((q, p))
            p, q = p[order], q[order]
            first = np.ones(len(p), dtype=bool)
            first[1:] = p[1:] != p[:-1]
            place[p[first]] = q[first]
        return place >= 0, place


def prepare_polygon_places(
    places: Sequence[Optional[AreaRings]], points_xy: Optional[np.ndarray] = None
) -> PolygonPlaces:
    """Boundary edges of the polygon places and the (point, place) pairs of points inside."""
    flags = np.array([is_polygon(r) for r in places], dtype=bool)
    rings = [r if f else [] for r, f in zip(places, flags)]
    es, ee, eo = ring_edges(rings)
    ip = iq = np.zeros(0, np.int64)
    if points_xy is not None and flags.any():
        ip, iq = points_in_polygons(points_xy, rings)
    return PolygonPlaces(
        is_polygon=flags,
        edge_start=es,
        edge_end=ee,
        edge_place=eo,
        inside_point=ip,
        inside_place=iq,
        bounds=polygon_bounds(rings),
    )


def polygon_edge_index(
    polygons: PolygonPlaces, mask: np.ndarray, spacing: float = 5.0
) -> SegmentIndex:
    """The nearest-edge index over the boundaries of the polygon places of ``mask`` (build
    it once and pass it to :func:`nearest_polygon_place` for every new set of points)."""
    sel = np.asarray(mask, dtype=bool) & polygons.is_polygon
    use = sel[polygons.edge_place]
    return SegmentIndex(polygons.edge_start[use], polygons.edge_end[use], spacing)


def nearest_polygon_place(
    points_xy: np.ndarray,
    polygons: PolygonPlaces,
    mask: np.ndarray,
    spacing: float = 5.0,
    index: Optional[SegmentIndex] = None,
) -> Tuple[np.ndarray, np.ndarray]:
    """Straight-line distance from every point to the nearest polygon place of ``mask`` and
    that place's index: 0 inside (the first containing place), else the exact distance to the
    nearest point of a boundary. ``inf`` / -1 when ``mask`` selects no polygon place.
    ``polygons`` must have been prepared for the same points; ``index``, when given, comes
    from :func:`polygon_edge_index` for the same ``mask``."""
    pts = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    n = len(pts)
    sel = np.asarray(mask, dtype=bool) & polygons.is_polygon
    dist = np.full(n, np.inf)
    place = np.full(n, -1, dtype=np.int64)
    if not sel.any():
        return dist, place
    use = sel[polygons.edge_place]
    if index is None:
        index = polygon_edge_index(polygons, mask, spacing)
    found = index.nearest(pts, ties=False, k=4)
    ok = found.segment >= 0
    dist[ok] = found.distance[ok]
    place[ok] = polygons.edge_place[use][found.segment[ok]]
    inside, inside_place = polygons.inside(sel, n)
    dist[inside] = 0.0
    place[inside] = inside_place[inside]
    return dist, place


def nearest_point_on_polygon(polygons: PolygonPlaces, place: int, point_xy) -> np.ndarray:
    """The point of one polygon place's boundary nearest to ``point_xy`` (the point itself
    when the place has no boundary)."""
    xy = np.asarray(point_xy, dtype=float).reshape(2)
    own = polygons.edge_place == place
    if not own.any():
        return xy
    a = polygons.edge_start[own]
    b = polygons.edge_end[own]
    t, d = project_on_segments(xy[0], xy[1], a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    k = int(np.argmin(d))
    return a[k] + t[k] * (b[k] - a[k])


def feature_at_point(
    point_xy,
    features_xy: np.ndarray,
    feature_rings: Optional[Sequence[AreaRings]] = None,
    tolerance: float = 0.0,
) -> int:
    """Which feature a point (a map click) stands for: the first polygon of
    ``feature_rings`` that contains it, else the nearest of ``features_xy`` within
    ``tolerance`` metres; -1 for none."""
    xy = np.asarray(point_xy, dtype=float).reshape(1, 2)
    pts = np.asarray(features_xy, dtype=float).reshape(-1, 2)
    if feature_rings is not None and len(feature_rings):
        inside = assign_points_to_areas(xy, feature_rings)
        if inside[0] >= 0:
            return int(inside[0])
    if len(pts) == 0:
        return -1
    d = np.hypot(*(pts - xy).T)
    k = int(np.argmin(d))
    return k if d[k] <= tolerance else -1


# --------------------------------------------------------------------------------------------
# Which area a polygon place is counted in
# --------------------------------------------------------------------------------------------


def shapely_polygon(rings: AreaRings):
    """A shapely (multi)polygon from rings under the even-odd rule: the symmetric difference
    of the rings' polygons, so ring roles and order need not be known (shapely 1.8 / 2.x)."""
    from shapely.geometry import Polygon

    shapes = [Polygon(np.asarray(r, dtype=float)[:, :2]) for r in _ring_list(rings) if len(r) >= 3]
    shapes = [s if s.is_valid else s.buffer(0) for s in shapes]
    if not shapes:
        return Polygon()
    result = shapes[0]
    for other in shapes[1:]:
        result = result.symmetric_difference(other)
    return result


def assign_polygons_by_overlap(
    polygons: Sequence[Optional[AreaRings]], areas: Sequence[AreaRings], chunk: int = 512
) -> np.ndarray:
    """Index of the area each polygon overlaps most (by surface); -1 for none or no rings.

    A park on the border of two buurten counts once, in the buurt that holds most of it;
    equal overlaps go to the area that comes first. Candidate areas are found by bounding
    boxes (vectorised), the overlap surfaces by shapely.
    """
    m = len(polygons)
    result = np.full(m, -1, dtype=np.int64)
    if m == 0 or len(areas) == 0:
        return result
    pb = polygon_bounds(polygons)
    ab = polygon_bounds(areas)
    has = np.nonzero(np.isfinite(pb[:, 0]))[0]
    a_ok = np.nonzero(np.isfinite(ab[:, 0]))[0]
    if has.size == 0 or a_ok.size == 0:
        return result
    ab_ok = ab[a_ok]
    area_shape: dict = {}
    for c0 in range(0, has.size, chunk):
        rows = has[c0 : c0 + chunk]
        b = pb[rows]
        hit = (
            (b[:, None, 0] <= ab_ok[None, :, 2])
            & (b[:, None, 2] >= ab_ok[None, :, 0])
            & (b[:, None, 1] <= ab_ok[None, :, 3])
            & (b[:, None, 3] >= ab_ok[None, :, 1])
        )
        for i, row in enumerate(rows.tolist()):
            cand = a_ok[np.nonzero(hit[i])[0]]
            if cand.size == 0:
                continue
            shape = shapely_polygon(polygons[row])
            best, best_area = -1, 0.0
            for a in cand.tolist():
                if a not in area_shape:
                    area_shape[a] = shapely_polygon(areas[a])
                overlap = shape.intersection(area_shape[a]).area
                if overlap > best_area:
                    best, best_area = a, overlap
            result[row] = best
    return result


def assign_places_to_areas(
    places_xy: np.ndarray,
    place_rings: Optional[Sequence[Optional[AreaRings]]],
    areas: Sequence[AreaRings],
) -> np.ndarray:
    """Area index of every place (-1: none): a point place the area it lies in, a polygon
    place (``place_rings``) the area it overlaps most, never the one its centroid falls in."""
    result = assign_points_to_areas(places_xy, areas)
    if place_rings is not None:
        poly = np.nonzero([is_polygon(r) for r in place_rings])[0]
        if poly.size:
            result[poly] = assign_polygons_by_overlap([place_rings[i] for i in poly], areas)
    return result
