"""Reach: who lives within walking distance of a suitable playground or meeting place.

Inputs are arrays (the layer boundary makes them): population points (CBS grid cell
centroids or address points) with resident counts per age group, places with the age groups
they serve, and a :class:`~.norms.NormProfile`. Outputs are dataclasses and DataFrames, and
every one states its norm profile and distance type ("straight-line", "straight-line ×
detour 1.3" or "network").

Age groups. Playgrounds serve ``0-5``, ``6-11`` and ``12-17`` (schema fields ``age_0_5``
…); meeting places have the key ``meeting``. Resident counts use the same age keys plus
``65+``; residents 65+ are measured to meeting places, with the 65+ meeting-place norm if the
profile has one. A place-group key that is absent from ``place_serves`` is *not evaluated*
(e.g. no meeting-place layer given): its distances are NaN and it is left out of gaps and
shares, instead of declaring everyone "outside the norm". A key that is present but has no
suitable place gives distance ``inf`` (nobody is served: a real finding).

Counts. Negative or missing counts (CBS uses -99997 for suppressed cells) are not numbers of
people: here they are treated as 0 and counted in ``suppressed_count`` per group. The
Processing face first replaces them by an estimate (:mod:`.population`,
``suppressed_value``, by default 2.5), so they arrive here as numbers.

Distances. Straight-line distances are measured in the projected CRS (metres), optionally
times a detour factor (≥ 1) to approximate walking; network distances come from
:mod:`.network` (snap legs included, unsnapped residents and unreachable ones ``inf``).
Residents attached to the network from where no suitable place can be reached (a separate
part of the network) are counted apart: ``ReachResult.unreachable`` per place group,
``unreachable_points`` / ``unreachable_residents``, a warning, and per area
``unreachable_points`` next to ``unsnapped_points``.

Polygon places (parks, playground areas; ``place_rings``) are measured *to the polygon*, not
to its centroid: 0 for a resident inside it, else straight-line the exact distance to the
nearest point of its boundary (× detour), over the network the walk to where a path enters
or touches it or to a boundary point beside the network (see :mod:`.network`). Catchments
of polygon places grow from the polygon. The area a polygon place is counted in is the one
it overlaps most (:func:`~.geometry.assign_polygons_by_overlap`, used by the caller).

The places and their search structures are prepared once in a
:class:`~.reach_model.ReachModel`, which every :class:`ReachResult` keeps: later questions
(another point, a place's catchment, the way from a house to its playground) need no
recomputation. The whole analysis, from layer contents to output frames, is one call in
:mod:`.reach_analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from .errors import WijkaanpakInputError
from .figures import parse_suppressed
from .geometry import (
    AreaRings,
    as_points,
    check_metres,
    points_in_polygons,
    shapely_polygon,
)
from .network import (
    PlacesOnNetwork,
    SnappedPoints,
    WalkNetwork,
    distances_to_place,
    node_distances_to_place,
    places_on_network,
    reached_segment_parts,
    snap_to_network,
)
from .norms import (
    AGE_GROUPS,
    COLUMN_SUFFIX,
    JANTJE_BETON_PLAY_SPACE_SHARE,
    MEETING,
    SENIORS,
    NormProfile,
)
from .reach_model import (  # noqa: F401 - the reach vocabulary is imported from here too
    DISTANCE_NETWORK,
    DISTANCE_STRAIGHT,
    PLACE_GROUPS,
    RESIDENT_GROUPS,
    SERVED_BY,
    ReachModel,
    distance_type_label,
)


def clean_counts(values: Sequence[float], label: str, n: int) -> Tuple[np.ndarray, int]:
    """Resident counts with suppressed values (negative, NaN, NULL) set to 0, and how many.

    Read by the one parser of figures (decimal comma '12,5' is 12.5, CBS markers are missing,
    other text is an error naming the group), never coerced to missing silently."""
    arr = parse_suppressed(pd.Series(values), name=label).to_numpy(dtype=float)
    if len(arr) != n:
        raise WijkaanpakInputError(
            f"The resident counts for age group {label} have {len(arr)} values for "
            f"{n} population points."
        )
    bad = ~np.isfinite(arr) | (arr < 0)
    arr = np.where(bad, 0.0, arr)
    return arr, int(bad.sum())


def nearest_place_straight(
    origins_xy: np.ndarray,
    places_xy: np.ndarray,
    detour_factor: float = 1.0,
    workers: int = -1,
) -> Tuple[np.ndarray, np.ndarray]:
    """Straight-line distance (× detour factor) to the nearest place and its index.

    No places: distance ``inf`` and index -1 for everyone.
    """
    origins = np.asarray(origins_xy, dtype=float)
    places = np.asarray(places_xy, dtype=float)
    n = len(origins)
    if len(places) == 0:
        return np.full(n, np.inf), np.full(n, -1, dtype=np.int64)
    tree = cKDTree(places[:, :2], balanced_tree=False, compact_nodes=False)
    dist, idx = tree.query(origins[:, :2], k=1, workers=workers)
    return np.asarray(dist, dtype=float) * float(detour_factor), np.asarray(idx, dtype=np.int64)


@dataclass
class ReachResult:
    """Reach per population point, plus what is needed to aggregate it.

    ``distance`` / ``nearest_place``: per evaluated place group (``0-5``, ``6-11``,
    ``12-17``, ``meeting``), metres and place index (-1: none). ``within_norm``: the same
    groups plus ``65+`` (meeting places, 65+ norm). ``residents``: cleaned counts per
    resident group given. ``gap``: populated points outside every applicable norm.
    ``model``: the places with their search structures (:class:`~.reach_model.ReachModel`),
    kept to ask about other points without building them again; ``origins``: the population
    points as attached to the network (network only).
    """

    norm: NormProfile
    distance_type: str
    detour_factor: float
    distance: Dict[str, np.ndarray]
    nearest_place: Dict[str, np.ndarray]
    within_norm: Dict[str, np.ndarray]
    residents: Dict[str, np.ndarray]
    suppressed_count: Dict[str, int]
    gap: np.ndarray
    place_ids: np.ndarray
    place_serves: Dict[str, np.ndarray]
    origin_snapped: Optional[np.ndarray] = None
    origin_snap_distance: Optional[np.ndarray] = None
    place_snapped: Optional[np.ndarray] = None
    place_snap_distance: Optional[np.ndarray] = None
    warnings: List[str] = field(default_factory=list)
    unreachable: Dict[str, np.ndarray] = field(default_factory=dict)
    place_is_polygon: Optional[np.ndarray] = None
    model: Optional[ReachModel] = field(default=None, repr=False)
    origins: Optional[SnappedPoints] = field(default=None, repr=False)
    _catchments: Optional[Dict[str, Tuple[np.ndarray, np.ndarray]]] = field(
        default=None, repr=False
    )

    @property
    def n_points(self) -> int:
        return len(self.gap)

    @property
    def n_places(self) -> int:
        return len(self.place_ids)

    @property
    def suppressed_total(self) -> int:
        """All counts treated as 0 because they were negative or missing."""
        return int(sum(self.suppressed_count.values()))

    @property
    def applicable_groups(self) -> List[str]:
        """Resident groups with counts whose place group was evaluated."""
        return [g for g in RESIDENT_GROUPS if g in self.residents and SERVED_BY[g] in self.distance]

    @property
    def norm_label(self) -> str:
        return self.norm.describe()

    @property
    def network(self) -> bool:
        return self.origin_snapped is not None

    def _unreachable_by_group(self) -> Dict[str, np.ndarray]:
        """Per resident group with residents: points with residents of that group attached
        to the network from where no suitable place can be reached."""
        out = {}
        for g in self.applicable_groups:
            src = SERVED_BY[g]
            if src in self.unreachable:
                out[g] = self.unreachable[src] & (self.residents[g] > 0)
        return out

    @property
    def unreachable_points(self) -> np.ndarray:
        """Population points on the network from where residents of at least one of their
        groups cannot reach a suitable place (network only; all False straight-line)."""
        flag = np.zeros(self.n_points, dtype=bool)
        for mask in self._unreachable_by_group().values():
            flag |= mask
        return flag

    @property
    def unreachable_residents(self) -> Dict[str, float]:
        """Residents per group who live on the network but cannot reach a suitable place."""
        return {
            g: float(self.residents[g][mask].sum())
            for g, mask in self._unreachable_by_group().items()
        }

    def _place_id(self, idx: np.ndarray) -> np.ndarray:
        ids = self.place_ids
        if ids.dtype.kind in "iu":
            return np.where(idx >= 0, ids[np.maximum(idx, 0)], -1)
        out = np.empty(len(idx), dtype=object)
        ok = idx >= 0
        out[ok] = ids[idx[ok]]
        out[~ok] = None
        return out

    def _catchment_table(self) -> Dict[str, Tuple[np.ndarray, np.ndarray]]:
        """Per resident group: residents per place for whom it is the nearest suitable
        place (all of them, and those within the norm); counted once."""
        if self._catchments is None:
            m = self.n_places
            table = {}
            for g in self.applicable_groups:
                idx = self.nearest_place[SERVED_BY[g]]
                w = self.residents[g]
                ok = idx >= 0
                inn = ok & self.within_norm[g]
                table[g] = (
                    np.bincount(idx[ok], weights=w[ok], minlength=m),
                    np.bincount(idx[inn], weights=w[inn], minlength=m),
                )
            self._catchments = table
        return self._catchments

    def catchment_residents(self, place_index: int, within_norm: bool = False) -> Dict[str, float]:
        """Residents per group for whom the place (its index) is the nearest suitable place;
        ``within_norm``: only those within the norm. Groups the place does not serve get 0."""
        if not 0 <= int(place_index) < self.n_places:
            raise WijkaanpakInputError(
                f"Place {place_index} does not exist: there are {self.n_places} places."
            )
        column = 1 if within_norm else 0
        return {
            g: float(values[column][int(place_index)])
            for g, values in self._catchment_table().items()
        }

    def per_point(self) -> pd.DataFrame:
        """One row per population point: distances, nearest place id, within-norm flags,
        residents, gap, (snap information,) norm and distance type."""
        cols: Dict[str, np.ndarray] = {}
        for g in PLACE_GROUPS:
            if g not in self.distance:
                continue
            s = COLUMN_SUFFIX[g]
            cols[f"distance_{s}"] = self.distance[g]
            cols[f"nearest_place_{s}"] = self._place_id(self.nearest_place[g])
            cols[f"within_norm_{s}"] = self.within_norm[g]
        if SENIORS in self.within_norm:
            cols["within_norm_65plus"] = self.within_norm[SENIORS]
        for g in RESIDENT_GROUPS:
            if g in self.residents:
                cols[f"residents_{COLUMN_SUFFIX[g]}"] = self.residents[g]
        cols["gap"] = self.gap
        if self.origin_snapped is not None:
            cols["snapped"] = self.origin_snapped
            cols["snap_distance"] = self.origin_snap_distance
            cols["unreachable"] = self.unreachable_points.astype(np.int64)
        frame = pd.DataFrame(cols)
        frame["norm"] = self.norm_label
        frame["distance_type"] = self.distance_type
        frame.attrs.update(self._attrs())
        return frame

    def per_place(self) -> pd.DataFrame:
        """One row per place: its catchment, i.e. residents per age group for whom it is the
        nearest suitable place (all of them, and those within the norm)."""
        cols: Dict[str, np.ndarray] = {"place_id": self.place_ids}
        for g in PLACE_GROUPS:
            if g in self.place_serves:
                cols[f"serves_{COLUMN_SUFFIX[g]}"] = self.place_serves[g]
        if self.place_snapped is not None:
            cols["snapped"] = self.place_snapped
            cols["snap_distance"] = self.place_snap_distance
        for g, (nearest, within) in self._catchment_table().items():
            s = COLUMN_SUFFIX[g]
            cols[f"residents_{s}_nearest"] = nearest
            cols[f"residents_{s}_nearest_within_norm"] = within
        frame = pd.DataFrame(cols)
        frame["norm"] = self.norm_label
        frame["distance_type"] = self.distance_type
        frame.attrs.update(self._attrs())
        return frame

    def _attrs(self) -> Dict[str, object]:
        return {
            "norm": self.norm_label,
            "norm_key": self.norm.key,
            "distance_type": self.distance_type,
            "detour_factor": self.detour_factor,
            "suppressed_count": dict(self.suppressed_count),
        }


def playground_reach(
    population_xy: np.ndarray,
    residents: Mapping[str, Sequence[float]],
    places_xy: np.ndarray,
    place_serves: Mapping[str, Sequence],
    norm: NormProfile,
    *,
    place_ids: Optional[Sequence] = None,
    detour_factor: float = 1.0,
    network: Optional[WalkNetwork] = None,
    max_snap_distance: float = 50.0,
    network_limit: Optional[float] = None,
    workers: int = -1,
    place_rings: Optional[Sequence[Optional[AreaRings]]] = None,
    polygon_spacing: float = 5.0,
) -> ReachResult:
    """Distance from every population point to the nearest suitable place per age group.

    ``population_xy`` (n, 2) and ``places_xy`` (m, 2) in metres (EPSG:28992).
    ``residents``: counts per group key (``0-5``, ``6-11``, ``12-17``, ``65+``), any subset.
    ``place_serves``: per place-group key (``0-5``, ``6-11``, ``12-17``, ``meeting``) a
    0/1 flag per place; NULL = not suitable. With ``network``, distances are walking
    distances over it (``max_snap_distance``, optional ``network_limit``: beyond it ``inf``,
    and then counted as unreachable too); otherwise straight-line × ``detour_factor``.
    ``place_rings``: per place its polygon rings (``None`` / empty: a point place at
    ``places_xy``); polygon places are measured to the polygon (module notes), their
    boundaries sampled every ``polygon_spacing`` metres where attached to a network.
    """
    if not isinstance(norm, NormProfile):
        raise WijkaanpakInputError("A norm profile is needed (see norms.load_norm_profiles).")
    pts = as_points(population_xy, "population points")
    if len(pts) == 0:
        raise WijkaanpakInputError("The population layer has no points.")
    model = ReachModel(
        places_xy,
        place_serves,
        norm,
        place_ids=place_ids,
        detour_factor=detour_factor,
        network=network,
        max_snap_distance=max_snap_distance,
        network_limit=network_limit,
        place_rings=place_rings,
        polygon_spacing=polygon_spacing,
        workers=workers,
    )
    return reach_of_population(model, pts, residents)


def reach_of_population(
    model: ReachModel, population_xy: np.ndarray, residents: Mapping[str, Sequence[float]]
) -> ReachResult:
    """:func:`playground_reach` with the places already prepared (a kept
    :class:`~.reach_model.ReachModel`): the residents' nearest suitable places, the norm
    and the gaps. The result keeps the model."""
    norm = model.norm
    pts = as_points(population_xy, "population points")
    n = len(pts)
    if n == 0:
        raise WijkaanpakInputError("The population layer has no points.")
    check_metres(pts, "population points")
    serves = model.serves

    unknown = sorted(set(residents) - set(RESIDENT_GROUPS))
    if unknown:
        raise WijkaanpakInputError(
            f"Unknown resident age groups {unknown}; use {', '.join(RESIDENT_GROUPS)}."
        )
    counts: Dict[str, np.ndarray] = {}
    suppressed: Dict[str, int] = {}
    for g in RESIDENT_GROUPS:
        if g in residents and residents[g] is not None:
            counts[g], suppressed[g] = clean_counts(residents[g], g, n)
    if not counts:
        raise WijkaanpakInputError(
            "Give resident counts for at least one age group (0-5, 6-11, 12-17 or 65+)."
        )
    _check_overlap(pts, model.place_bounds(), serves, norm)

    origins = model.snap(pts) if model.network is not None else None
    found = model.nearest(pts, origins=origins)
    distance = {g: f.distance for g, f in found.items()}
    nearest = {g: f.place for g, f in found.items()}
    unreachable: Dict[str, np.ndarray] = {}
    result_kw: Dict[str, object] = {}
    warnings: List[str] = []
    if origins is not None:
        on_net = model.on_network
        result_kw = {
            "origin_snapped": origins.snapped,
            "origin_snap_distance": origins.snap_distance,
            "place_snapped": on_net.snap.snapped,
            "place_snap_distance": on_net.snap.snap_distance,
        }
        if origins.unsnapped_count:
            warnings.append(
                f"{origins.unsnapped_count} population points lie farther than "
                f"{model.max_snap_distance:g} m from the network; they count as not reached."
            )
        if on_net.snap.unsnapped_count:
            warnings.append(
                f"{on_net.snap.unsnapped_count} places lie farther than "
                f"{model.max_snap_distance:g} m from the network; they serve nobody."
            )
        # A group without any suitable place is reported below, not as 'unreachable'.
        unreachable = {g: f.unreachable for g, f in found.items() if serves[g].any()}
    for g in PLACE_GROUPS:
        if g in serves and not serves[g].any():
            warnings.append(f"No place is suitable for '{g}': nobody is within that norm.")

    within: Dict[str, np.ndarray] = {}
    for g in distance:
        within[g] = distance[g] <= norm.max_distance(g)
    if MEETING in distance:
        within[SENIORS] = distance[MEETING] <= norm.max_distance(SENIORS)

    populated = np.zeros(n, dtype=bool)
    served = np.zeros(n, dtype=bool)
    for g in RESIDENT_GROUPS:
        if g in counts and SERVED_BY[g] in distance:
            has = counts[g] > 0
            populated |= has
            served |= has & within[g]
    gap = populated & ~served

    result = ReachResult(
        norm=norm,
        distance_type=model.distance_type,
        detour_factor=model.detour_factor,
        distance=distance,
        nearest_place=nearest,
        within_norm=within,
        residents=counts,
        suppressed_count=suppressed,
        gap=gap,
        place_ids=model.place_ids,
        place_serves=serves,
        warnings=warnings,
        unreachable=unreachable,
        place_is_polygon=model.place_is_polygon,
        model=model,
        origins=origins,
        **result_kw,
    )
    lost = result.unreachable_points
    if lost.any():
        who = ", ".join(f"{g}: {v:,.1f}" for g, v in result.unreachable_residents.items() if v)
        limit_note = (
            f" or farther than the search limit of {model.network_limit:g} m"
            if model.network_limit is not None
            else ""
        )
        result.warnings.append(
            f"{int(lost.sum())} population points lie on a part of the network from where "
            f"their residents cannot reach a suitable place{limit_note} (residents {who}); "
            "they count as outside the norm."
        )
    return result


def _check_overlap(
    pts: np.ndarray, bounds: np.ndarray, serves: Mapping[str, np.ndarray], norm: NormProfile
) -> None:
    """Refuse inputs where no resident can be within any norm: almost always a CRS mix-up.

    ``bounds``: per place (xmin, ymin, xmax, ymax); a point place has xmin = xmax.
    """
    used = np.zeros(len(bounds), dtype=bool)
    for mask in serves.values():
        used |= mask
    if not used.any():
        return
    p = bounds[used]
    gap_x = max(0.0, p[:, 0].min() - pts[:, 0].max(), pts[:, 0].min() - p[:, 2].max())
    gap_y = max(0.0, p[:, 1].min() - pts[:, 1].max(), pts[:, 1].min() - p[:, 3].max())
    gap = float(np.hypot(gap_x, gap_y))
    if gap > norm.largest_distance:
        raise WijkaanpakInputError(
            f"The places lie at least {gap:,.0f} m from every population point, farther than "
            f"any norm ({norm.largest_distance:g} m). Do both layers cover the same area and "
            "use the same coordinate reference system?"
        )


# --------------------------------------------------------------------------------------------
# Per area
# --------------------------------------------------------------------------------------------


def _is_missing_code(values: np.ndarray) -> np.ndarray:
    """NULL, NaN or blank codes: the point or place lies in no known area."""
    miss = np.asarray(pd.isna(values), dtype=bool)
    if values.dtype.kind in "OUS":
        blank = pd.Series(values).astype(str).str.strip().eq("").to_numpy(dtype=bool)
        miss = miss | blank
    return miss


def _area_index(
    population_area: Sequence,
    place_area: Optional[Sequence],
    area_codes: Optional[Sequence],
) -> Tuple[np.ndarray, Optional[np.ndarray], list]:
    """Area positions (-1: none) for population points and places, and the area labels."""
    pop = np.asarray(population_area)
    plc = None if place_area is None else np.asarray(place_area)
    if pop.dtype.kind in "iu" and (plc is None or plc.dtype.kind in "iu"):
        top = int(max(pop.max(initial=-1), -1 if plc is None else plc.max(initial=-1)))
        if area_codes is not None:
            labels = list(area_codes)
            if top >= len(labels):
                raise WijkaanpakInputError(
                    f"Area index {top} does not exist: only {len(labels)} areas were given."
                )
        else:
            labels = list(range(top + 1))
        pop_idx = np.where(pop >= 0, pop, -1).astype(np.int64)
        plc_idx = None if plc is None else np.where(plc >= 0, plc, -1).astype(np.int64)
        return pop_idx, plc_idx, labels
    pop = pop.astype(object)
    pop_miss = _is_missing_code(pop)
    if plc is not None:
        plc = plc.astype(object)
        plc_miss = _is_missing_code(plc)
    if area_codes is not None:
        labels = list(area_codes)
    else:
        found = set(pop[~pop_miss].tolist())
        if plc is not None:
            found |= set(plc[~plc_miss].tolist())
        labels = sorted(found, key=str)
    index = pd.Index(labels)
    if not index.is_unique:
        raise WijkaanpakInputError("The list of area codes holds a code twice.")
    pop_idx = index.get_indexer(pop)
    pop_idx[pop_miss] = -1
    plc_idx = None
    if plc is not None:
        plc_idx = index.get_indexer(plc)
        plc_idx[plc_miss] = -1
    return pop_idx.astype(np.int64), plc_idx, labels


def reach_per_area(
    reach: ReachResult,
    population_area: Sequence,
    place_area: Optional[Sequence] = None,
    *,
    area_codes: Optional[Sequence] = None,
    area_size_m2: Optional[Sequence[float]] = None,
    place_surface_m2: Optional[Sequence[float]] = None,
) -> pd.DataFrame:
    """Per area (buurt/wijk): residents, share within the norm, places, play space.

    ``population_area`` / ``place_area``: per point / place either an area index (integer
    array, -1 = none, e.g. from :func:`~.geometry.assign_points_to_areas`) or an area code
    (text; NULL/empty = none). ``area_codes`` lists all areas to report, in order (areas
    without residents get a row too); with indices it gives their labels. Place figures need
    ``place_area``. Play space needs ``place_surface_m2`` (NaN = unknown): an area's play
    space is only given when every playground in it has a known surface, since a partial sum
    would understate it. ``area_size_m2`` (aligned with ``area_codes``, or with the indices)
    gives the % of area and the Jantje Beton 3% check.
    """
    pop_idx, plc_idx, labels = _area_index(population_area, place_area, area_codes)
    if len(pop_idx) != reach.n_points:
        raise WijkaanpakInputError(
            f"The area assignment has {len(pop_idx)} values for {reach.n_points} population points."
        )
    if plc_idx is not None and len(plc_idx) != reach.n_places:
        raise WijkaanpakInputError(
            f"The area assignment of places has {len(plc_idx)} values for {reach.n_places} places."
        )
    k = len(labels)
    ok = pop_idx >= 0
    pi = pop_idx[ok]

    def per_area(values: np.ndarray) -> np.ndarray:
        return np.bincount(pi, weights=values[ok], minlength=k)

    cols: Dict[str, np.ndarray] = {}
    cols["population_points"] = np.bincount(pi, minlength=k).astype(np.int64)
    for g in RESIDENT_GROUPS:
        if g in reach.residents:
            cols[f"residents_{COLUMN_SUFFIX[g]}"] = per_area(reach.residents[g])
    for g in reach.applicable_groups:
        s = COLUMN_SUFFIX[g]
        w = reach.residents[g]
        inside = per_area(w * reach.within_norm[g])
        total = cols[f"residents_{s}"]
        name = "meeting_norm" if g == SENIORS else "norm"
        cols[f"residents_{s}_within_{name}"] = inside
        with np.errstate(invalid="ignore", divide="ignore"):
            cols[f"share_{s}_within_{name}"] = np.where(total > 0, inside / total, np.nan)
    cols["gap_points"] = np.bincount(pi, weights=reach.gap[ok], minlength=k).astype(np.int64)
    if reach.network:
        cols["unsnapped_points"] = np.bincount(
            pi, weights=(~reach.origin_snapped[ok]).astype(float), minlength=k
        ).astype(np.int64)
        cols["unreachable_points"] = np.bincount(
            pi, weights=reach.unreachable_points[ok].astype(float), minlength=k
        ).astype(np.int64)

    children_groups = [g for g in AGE_GROUPS if g in reach.residents]
    children = (
        sum(cols[f"residents_{COLUMN_SUFFIX[g]}"] for g in children_groups)
        if children_groups
        else np.full(k, np.nan)
    )

    area_size = None
    if area_size_m2 is not None:
        area_size = pd.to_numeric(pd.Series(area_size_m2), errors="coerce").to_numpy(float)
        if len(area_size) != k:
            raise WijkaanpakInputError(
                f"{len(area_size)} area sizes were given for {k} areas; pass area_codes in "
                "the same order as the sizes."
            )
        area_size = np.where(area_size > 0, area_size, np.nan)
        cols["area_m2"] = area_size

    if plc_idx is not None:
        pok = plc_idx >= 0
        pa = plc_idx[pok]

        def places_per_area(mask: np.ndarray) -> np.ndarray:
            return np.bincount(pa, weights=mask[pok].astype(float), minlength=k).astype(np.int64)

        playground = np.zeros(reach.n_places, dtype=bool)
        for g in AGE_GROUPS:
            if g in reach.place_serves:
                playground |= reach.place_serves[g]
        if any(g in reach.place_serves for g in AGE_GROUPS):
            cols["playgrounds"] = places_per_area(playground)
            for g in AGE_GROUPS:
                if g in reach.place_serves:
                    cols[f"playgrounds_{COLUMN_SUFFIX[g]}"] = places_per_area(reach.place_serves[g])
        if MEETING in reach.place_serves:
            meet = places_per_area(reach.place_serves[MEETING])
            cols["meeting_places"] = meet
            if SENIORS in reach.residents:
                old = cols["residents_65plus"]
                with np.errstate(invalid="ignore", divide="ignore"):
                    cols["meeting_places_per_1000_65plus"] = np.where(
                        old > 0, meet / old * 1000.0, np.nan
                    )
        if place_surface_m2 is not None:
            surf = pd.to_numeric(pd.Series(place_surface_m2), errors="coerce").to_numpy(float)
            if len(surf) != reach.n_places:
                raise WijkaanpakInputError(
                    f"{len(surf)} surfaces were given for {reach.n_places} places."
                )
            neg = np.nonzero(surf < 0)[0]
            if neg.size:
                raise WijkaanpakInputError(
                    f"Place surfaces cannot be negative (places at rows {neg[:10].tolist()})."
                )
            known = np.isfinite(surf)
            counted = playground & pok
            unknown = places_per_area(playground & ~known)
            space = np.bincount(
                plc_idx[counted & known], weights=surf[counted & known], minlength=k
            )
            space = np.where(unknown > 0, np.nan, space)
            cols["playgrounds_surface_unknown"] = unknown
            cols["play_space_m2"] = space
            with np.errstate(invalid="ignore", divide="ignore"):
                cols["play_space_m2_per_child"] = np.where(children > 0, space / children, np.nan)
                if area_size is not None:
                    pct = space / area_size * 100.0
                    cols["play_space_pct_of_area"] = pct
                    meets = pd.array(pct >= JANTJE_BETON_PLAY_SPACE_SHARE * 100.0, dtype="boolean")
                    meets[~np.isfinite(pct)] = pd.NA
                    cols["meets_jantje_beton_3pct"] = meets

    frame = pd.DataFrame(cols, index=pd.Index(labels, name="area"))
    frame["norm"] = reach.norm_label
    frame["distance_type"] = reach.distance_type
    frame.attrs.update(reach._attrs())
    frame.attrs["population_points_outside_areas"] = int((~ok).sum())
    if plc_idx is not None:
        frame.attrs["places_outside_areas"] = int((plc_idx < 0).sum())
    return frame


# --------------------------------------------------------------------------------------------
# Catchment polygons (service areas)
# --------------------------------------------------------------------------------------------


@dataclass
class CatchmentPolygons:
    """Per place the area from where it is within ``distance``, as shapely geometries.

    Guarantee: no population point given to :func:`catchment_polygons` whose distance to
    the place exceeds ``distance`` lies inside (or on the edge of) that place's polygon.
    ``cut_points``: per place, how many such points had to be cut out (network only).
    """

    geometries: list
    place_index: np.ndarray
    distance: float
    distance_type: str
    cut_points: np.ndarray

    def wkb(self) -> List[bytes]:
        """Geometries as WKB, for the layer boundary (QgsGeometry.fromWkb)."""
        return [g.wkb for g in self.geometries]


def catchment_polygons(
    places_xy: np.ndarray,
    distance: float,
    *,
    population_xy: Optional[np.ndarray] = None,
    network: Optional[WalkNetwork] = None,
    detour_factor: float = 1.0,
    max_snap_distance: float = 50.0,
    buffer_m: float = 25.0,
    cut_radius_m: float = 1.0,
    quad_segs: int = 8,
    place_index: Optional[Sequence[int]] = None,
    places: Optional[PlacesOnNetwork] = None,
    place_rings: Optional[Sequence[Optional[AreaRings]]] = None,
    polygon_spacing: float = 5.0,
) -> CatchmentPolygons:
    """Service areas: per place the area within ``distance`` (metres).

    Straight-line: a disk of radius ``distance / detour_factor``, drawn as a polygon with its
    vertices on (a hair inside) the circle, so it lies within the true disk; for a polygon
    place (``place_rings``) the polygon grown by that radius the same way. Network: the
    reached parts of segments, buffered by ``buffer_m`` (with a polygon place: joined with
    the polygon itself), minus disks of ``cut_radius_m`` around every population point in it
    whose walking distance to the place (snap leg included; unsnapped = infinite; inside
    the polygon = 0) exceeds ``distance``. ``place_index`` selects places; ``places``
    reuses attached places (built with the same ``place_rings``). Requires shapely (1.8 or
    2.x).
    """
    from shapely.geometry import LineString, MultiPoint, Point, Polygon
    from shapely.ops import unary_union
    from shapely.prepared import prep

    plc = as_points(places_xy, "places")
    if not np.isfinite(distance) or distance <= 0:
        raise WijkaanpakInputError(
            f"The catchment distance must be a positive number of metres, got {distance}."
        )
    if not np.isfinite(detour_factor) or detour_factor < 1.0:
        raise WijkaanpakInputError(f"The detour factor must be 1 or more, got {detour_factor}.")
    chosen = np.arange(len(plc)) if place_index is None else np.asarray(place_index, np.int64)
    geoms = []
    cuts = np.zeros(len(chosen), dtype=np.int64)
    shapes: Dict[int, object] = {}
    if place_rings is not None:
        if len(place_rings) != len(plc):
            raise WijkaanpakInputError(
                f"{len(place_rings)} place geometries were given for {len(plc)} places."
            )
        for p in chosen.tolist():
            if place_rings[p] is not None and len(place_rings[p]):
                shape = shapely_polygon(place_rings[p])
                if not shape.is_empty:
                    shapes[p] = shape
    if network is None:
        radius = float(distance) / float(detour_factor) * (1.0 - 1e-9)
        for p in chosen.tolist():
            if p in shapes:
                geoms.append(shapes[p].buffer(radius, quad_segs))
            else:
                geoms.append(Point(float(plc[p, 0]), float(plc[p, 1])).buffer(radius, quad_segs))
        return CatchmentPolygons(
            geometries=geoms,
            place_index=chosen,
            distance=float(distance),
            distance_type=distance_type_label(detour_factor, False),
            cut_points=cuts,
        )
    if detour_factor != 1.0:
        raise WijkaanpakInputError("A detour factor applies to straight-line distances only.")
    if places is None:
        places = places_on_network(
            network,
            plc,
            max_snap_distance,
            place_rings=place_rings if shapes else None,
            boundary_spacing=polygon_spacing,
        )
    origins = None
    if population_xy is not None:
        pop = as_points(population_xy, "population points")
        origins = snap_to_network(network, pop, max_snap_distance)
        order = np.argsort(pop[:, 0], kind="stable")
        sx = pop[order, 0]
        sy = pop[order, 1]
    for j, p in enumerate(chosen.tolist()):
        node_dist = node_distances_to_place(places, int(p), limit=float(distance))
        starts, ends = reached_segment_parts(network, places, int(p), node_dist, float(distance))
        own = [shapes[p]] if p in shapes else []
        if len(starts) == 0 and not own:
            geoms.append(Polygon())
            continue
        # Buffering each piece and merging is far faster in GEOS than buffering one
        # MultiLineString of many overlapping pieces.
        poly = unary_union(
            own
            + [
                LineString([(a[0], a[1]), (b[0], b[1])]).buffer(float(buffer_m), quad_segs)
                for a, b in zip(starts.tolist(), ends.tolist())
            ]
        )
        if origins is not None and not poly.is_empty:
            minx, miny, maxx, maxy = poly.bounds
            lo = np.searchsorted(sx, minx, side="left")
            hi = np.searchsorted(sx, maxx, side="right")
            cand = np.nonzero((sy[lo:hi] >= miny) & (sy[lo:hi] <= maxy))[0] + lo
            if cand.size:
                cand_idx = order[cand]
                d = distances_to_place(
                    network, places, int(p), origins.take(cand_idx), node_dist=node_dist
                )
                if p in shapes:  # residents inside the place are at 0
                    ring = place_rings[p]
                    inside, _ = points_in_polygons(pop[cand_idx], [ring])
                    d[inside] = 0.0
                beyond = cand_idx[~(d <= distance)]
                if beyond.size:
                    prepared = prep(poly)
                    xy = origins.xy[beyond]
                    hit = [prepared.intersects(Point(x, y)) for x, y in xy.tolist()]
                    inside = xy[np.asarray(hit, dtype=bool)]
                    if len(inside):
                        disks = MultiPoint([tuple(c) for c in inside.tolist()]).buffer(
                            float(cut_radius_m), 4
                        )
                        poly = poly.difference(disks)
                        cuts[j] = len(inside)
        geoms.append(poly)
    return CatchmentPolygons(
        geometries=geoms,
        place_index=chosen,
        distance=float(distance),
        distance_type=DISTANCE_NETWORK,
        cut_points=cuts,
    )
