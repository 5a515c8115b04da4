"""Nearest suitable places, prepared once: for the reach analysis, the docks, the gap tool
and scenarios.

A :class:`ReachModel` holds the places (where they are and which age groups each one
serves, or whether it is a meeting place), the norm, how distances are measured, and the
search structures built from them once: per selection of suitable places a KD-tree
(straight-line) or one search over the network from all of them at once
(:class:`~.network.PlaceSearch`), and the boundary index of polygon places. Any point can
then be asked for its nearest suitable place per group (:meth:`ReachModel.nearest`) and for
the way there (:meth:`ReachModel.route`) without building anything again; the reach
analysis asks it for every resident (:func:`~.reach.playground_reach`), the gap tool for the
point a planner clicks (:func:`explain_point`). Distances are those documented in
:mod:`.reach` and :mod:`.network`; a route's length is the distance it explains.

Groups. Places serve the place groups ``0-5``, ``6-11``, ``12-17`` and ``meeting``;
residents come in ``0-5``, ``6-11``, ``12-17`` and ``65+``, and residents 65+ are measured
to meeting places (:data:`SERVED_BY`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from .errors import WijkaanpakInputError
from .geometry import (
    AreaRings,
    PolygonPlaces,
    SegmentIndex,
    as_points,
    check_metres,
    nearest_point_on_polygon,
    nearest_polygon_place,
    points_in_polygons,
    polygon_edge_index,
    prepare_polygon_places,
)
from .network import (
    PlaceSearch,
    PlacesOnNetwork,
    SnappedPoints,
    WalkNetwork,
    distances_from_search,
    places_on_network,
    route_over_network,
    search_from_places,
    snap_to_network,
    suitable_places,
)
from .norms import AGE_GROUPS, MEETING, SENIORS, NormProfile

#: Keys of ``place_serves``: what a place is suitable for.
PLACE_GROUPS = AGE_GROUPS + (MEETING,)
#: Keys of ``residents``: resident counts per age group.
RESIDENT_GROUPS = AGE_GROUPS + (SENIORS,)
#: Which place group serves which resident group.
SERVED_BY = {"0-5": "0-5", "6-11": "6-11", "12-17": "12-17", SENIORS: MEETING}

DISTANCE_STRAIGHT = "straight-line"
DISTANCE_NETWORK = "network"


#: The words reach outputs repeat in every row, in Dutch (``reach_words``): the norm profile
#: (its shipped names and the parts of ``NormProfile.describe``), the distance type and the
#: age-split assumption (core/population.py).
_NL_PHRASES = (
    ("Midden-Drenthe 2011 play policy (NL)", "Speelbeleid Midden-Drenthe 2011"),
    ("Fields in Trust (UK)", "Fields in Trust (VK)"),
    ("User-defined", "Eigen norm"),
    ("meeting place 65+", "ontmoetingsplek 65+"),
    ("meeting place", "ontmoetingsplek"),
    (
        "Age groups split from CBS bands assuming equal numbers per year of age within a band: ",
        "Leeftijdsgroepen verdeeld uit de CBS-klassen, met even veel inwoners per leeftijdsjaar "
        "binnen een klasse: ",
    ),
    (" of ", " van "),
    (DISTANCE_STRAIGHT + " × detour", "hemelsbreed × omrijfactor"),
    (DISTANCE_STRAIGHT, "hemelsbreed"),
    (DISTANCE_NETWORK, "over het netwerk"),
)
#: The columns whose words ``reach_words`` translates.
REACH_WORD_COLUMNS = ("norm", "distance_type", "age_split")


def reach_words(frame, language: str = "en"):
    """A reach output frame with its descriptive columns (norm, distance type, age split) in
    the user's language ('nl' or 'en'); the figures are untouched. English is returned as is."""
    columns = [c for c in REACH_WORD_COLUMNS if c in frame.columns]
    if language != "nl" or not columns:
        return frame
    frame = frame.copy()
    for column in columns:
        text = frame[column].astype(object)
        values = {value: reach_text(str(value), language) for value in text.dropna().unique()}
        frame[column] = [values.get(v, v) for v in text]
    return frame


def reach_text(text: str, language: str = "en") -> str:
    """A norm name or description, distance type or age-split text in the user's language
    ('nl' or 'en'), as the outputs write it: the docks and map tools show the same words."""
    if language != "nl":
        return text
    for english, dutch in _NL_PHRASES:
        text = text.replace(english, dutch)
    return text


def distance_type_label(detour_factor: float = 1.0, network: bool = False) -> str:
    """How distances were measured, in the words every output repeats."""
    if network:
        return DISTANCE_NETWORK
    if detour_factor == 1.0:
        return DISTANCE_STRAIGHT
    return f"{DISTANCE_STRAIGHT} × detour {detour_factor:g}"


def place_flags(place_serves: Mapping[str, Sequence], m: int) -> Dict[str, np.ndarray]:
    """Per place group given, a suitability flag per place (NULL: not suitable)."""
    unknown = sorted(set(place_serves) - set(PLACE_GROUPS))
    if unknown:
        raise WijkaanpakInputError(
            f"Unknown place groups {unknown}; use {', '.join(PLACE_GROUPS)}."
        )
    flags = {}
    for g in PLACE_GROUPS:
        if g not in place_serves or place_serves[g] is None:
            continue
        raw = pd.to_numeric(pd.Series(place_serves[g]), errors="coerce").to_numpy(dtype=float)
        if len(raw) != m:
            raise WijkaanpakInputError(
                f"The suitability flags for '{g}' have {len(raw)} values for {m} places."
            )
        # Unknown suitability (NULL) does not count as suitable.
        flags[g] = np.nan_to_num(raw, nan=0.0) != 0
    if not flags:
        raise WijkaanpakInputError(
            "No place is marked as suitable for any age group or as a meeting place."
        )
    return flags


@dataclass
class Nearest:
    """Per point: distance to the nearest suitable place (metres; ``inf``: none reachable)
    and its index (-1). ``unreachable``: attached to the network, yet no suitable place can
    be reached (within the search limit, if any); all False straight-line."""

    distance: np.ndarray
    place: np.ndarray
    unreachable: np.ndarray


@dataclass
class Route:
    """The way from one point to its nearest suitable place of one place group.

    ``path``: (k, 2) coordinates from the point to the place (network: over the snap leg,
    the network and the place's own leg; straight-line: a straight line; a point inside a
    polygon place: the point alone); empty when no suitable place is reachable. ``distance``
    is the distance the analysis uses (straight-line: times the detour factor).
    """

    place_group: str
    distance: float
    place: int
    path: np.ndarray
    snapped: bool = True
    snap_distance: float = 0.0
    inside: bool = False

    @property
    def length(self) -> float:
        """Length of the drawn path in metres."""
        if len(self.path) < 2:
            return 0.0
        return float(np.hypot(*np.diff(self.path, axis=0).T).sum())


class ReachModel:
    """Places, norm and measure, with their search structures built once (module notes).

    ``places_xy`` (m, 2) in metres (EPSG:28992); ``place_serves``: per place group a 0/1
    flag per place (NULL = not suitable); a group left out is not evaluated.
    ``place_rings``: per place its polygon rings (``None`` / empty: a point place).
    ``place_ids`` / ``place_names``: how outputs and explanations name the places. With a
    ``network`` distances are walking distances over it (``max_snap_distance``,
    ``network_limit``); otherwise straight-line × ``detour_factor``.
    """

    def __init__(
        self,
        places_xy: np.ndarray,
        place_serves: Mapping[str, Sequence],
        norm: NormProfile,
        *,
        place_ids: Optional[Sequence] = None,
        place_names: Optional[Sequence] = None,
        detour_factor: float = 1.0,
        network: Optional[WalkNetwork] = None,
        max_snap_distance: float = 50.0,
        network_limit: Optional[float] = None,
        place_rings: Optional[Sequence[Optional[AreaRings]]] = None,
        polygon_spacing: float = 5.0,
        workers: int = -1,
    ) -> None:
        if not isinstance(norm, NormProfile):
            raise WijkaanpakInputError("A norm profile is needed (see norms.load_norm_profiles).")
        plc = as_points(places_xy, "places")
        m = len(plc)
        if m == 0:
            raise WijkaanpakInputError("The playground / meeting-place layer has no places.")
        if not np.isfinite(detour_factor) or detour_factor < 1.0:
            raise WijkaanpakInputError(
                f"The detour factor must be 1 or more (walking is never shorter than a "
                f"straight line), got {detour_factor}."
            )
        if network is not None and detour_factor != 1.0:
            raise WijkaanpakInputError(
                "A detour factor applies to straight-line distances only, not to network distances."
            )
        if network_limit is not None and not network_limit > 0:
            raise WijkaanpakInputError("The search limit must be a positive number of metres.")
        check_metres(plc, "places")
        self.norm = norm
        self.places_xy = plc
        self.serves = place_flags(place_serves, m)
        ids = np.arange(m) if place_ids is None else np.asarray(place_ids)
        if len(ids) != m:
            raise WijkaanpakInputError(f"{len(ids)} place ids were given for {m} places.")
        self.place_ids = ids
        self.place_names = None if place_names is None else list(place_names)
        if self.place_names is not None and len(self.place_names) != m:
            raise WijkaanpakInputError(
                f"{len(self.place_names)} place names were given for {m} places."
            )
        self.detour_factor = float(detour_factor)
        self.network = network
        self.max_snap_distance = float(max_snap_distance)
        self.network_limit = network_limit
        self.polygon_spacing = float(polygon_spacing)
        self.workers = workers
        self.place_rings: Optional[List] = None
        self.polygons: Optional[PolygonPlaces] = None
        if place_rings is not None:
            if len(place_rings) != m:
                raise WijkaanpakInputError(
                    f"{len(place_rings)} place geometries were given for {m} places."
                )
            polygons = prepare_polygon_places(place_rings)
            if polygons.any:
                self.polygons = polygons
                self.place_rings = [
                    r if f else [] for r, f in zip(place_rings, polygons.is_polygon)
                ]
        self._on_network: Optional[PlacesOnNetwork] = None
        self._trees: Dict[bytes, Tuple[np.ndarray, Optional[cKDTree]]] = {}
        self._edge_index: Dict[bytes, SegmentIndex] = {}
        self._searches: Dict[bytes, PlaceSearch] = {}

    # ---------------------------------------------------------------------- facts

    @property
    def n_places(self) -> int:
        return len(self.places_xy)

    @property
    def groups(self) -> List[str]:
        """The place groups evaluated (a meeting-place layer given: ``meeting`` too)."""
        return list(self.serves)

    @property
    def distance_type(self) -> str:
        return distance_type_label(self.detour_factor, self.network is not None)

    @property
    def on_network(self) -> Optional[PlacesOnNetwork]:
        """The places attached to the network, with the search graph (built on first use)."""
        if self.network is not None and self._on_network is None:
            self._on_network = places_on_network(
                self.network,
                self.places_xy,
                self.max_snap_distance,
                place_rings=self.place_rings,
                boundary_spacing=self.polygon_spacing,
            )
        return self._on_network

    @property
    def place_is_polygon(self) -> Optional[np.ndarray]:
        return None if self.polygons is None else self.polygons.is_polygon

    def place_bounds(self) -> np.ndarray:
        """(xmin, ymin, xmax, ymax) per place: the point itself, or the polygon's box."""
        bounds = np.column_stack([self.places_xy, self.places_xy])
        if self.polygons is not None:
            has = self.polygons.is_polygon & np.isfinite(self.polygons.bounds[:, 0])
            bounds[has] = self.polygons.bounds[has]
        return bounds

    def place_name(self, index: int) -> Optional[str]:
        """A place's name, or None where the layer has none (BGT playgrounds have no names)."""
        if index < 0 or self.place_names is None:
            return None
        name = self.place_names[index]
        if name is None or pd.isna(name) or not str(name).strip():
            return None
        return str(name)

    def place_label(self, index: int) -> str:
        """A place's name where known, else its feature id."""
        if index < 0:
            return ""
        if self.place_names is not None:
            name = self.place_names[index]
            if name is not None and not pd.isna(name) and str(name).strip():
                return str(name)
        return f"fid {self.place_ids[index]}"

    # ---------------------------------------------------------------------- searches

    def snap(self, points_xy: np.ndarray) -> SnappedPoints:
        """Where points meet the network (network models only)."""
        if self.network is None:
            raise WijkaanpakInputError("This reach is measured in straight lines: no network.")
        return snap_to_network(self.network, points_xy, self.max_snap_distance)

    def search(self, place_group: str) -> PlaceSearch:
        """The network search from the suitable places of a group, built once and kept."""
        mask = self._mask(place_group)
        key = mask.tobytes()
        if key not in self._searches:
            self._searches[key] = search_from_places(
                self.on_network, suitable_places(self.on_network, mask), self.network_limit
            )
        return self._searches[key]

    def _mask(self, place_group: str) -> np.ndarray:
        if place_group not in self.serves:
            raise WijkaanpakInputError(
                f"Place group '{place_group}' is not evaluated here; evaluated: "
                f"{', '.join(self.serves)}."
            )
        return self.serves[place_group]

    def _straight_points(self, mask: np.ndarray) -> Tuple[np.ndarray, Optional[cKDTree]]:
        """The point places of a selection and their KD-tree (built once)."""
        point_mask = mask if self.polygons is None else mask & ~self.polygons.is_polygon
        key = point_mask.tobytes()
        if key not in self._trees:
            which = np.nonzero(point_mask)[0]
            tree = None
            if which.size:
                tree = cKDTree(self.places_xy[which, :2], balanced_tree=False, compact_nodes=False)
            self._trees[key] = (which, tree)
        return self._trees[key]

    def _polygon_index(self, mask: np.ndarray) -> SegmentIndex:
        key = (mask & self.polygons.is_polygon).tobytes()
        if key not in self._edge_index:
            self._edge_index[key] = polygon_edge_index(self.polygons, mask, self.polygon_spacing)
        return self._edge_index[key]

    def _with_inside(self, pts: np.ndarray) -> Optional[PolygonPlaces]:
        """The polygon places with the (point, place) pairs of ``pts`` inside them."""
        if self.polygons is None:
            return None
        ip, iq = points_in_polygons(pts, self.place_rings)
        return replace(self.polygons, inside_point=ip, inside_place=iq)

    # ---------------------------------------------------------------------- answers

    def nearest(
        self,
        points_xy: np.ndarray,
        groups: Optional[Sequence[str]] = None,
        *,
        origins: Optional[SnappedPoints] = None,
    ) -> Dict[str, Nearest]:
        """Per place group (default: every evaluated group) the nearest suitable place of
        every point. ``origins``: the points already attached to the network (reuse)."""
        pts = as_points(points_xy, "points")
        n = len(pts)
        groups = self.groups if groups is None else list(groups)
        polygons = self._with_inside(pts)
        if self.network is not None and origins is None:
            origins = self.snap(pts)
        done: Dict[bytes, Nearest] = {}
        out: Dict[str, Nearest] = {}
        for g in groups:
            mask = self._mask(g)
            key = mask.tobytes()
            if key not in done:
                if self.network is None:
                    d, q = self._nearest_straight(pts, mask, polygons)
                    lost = np.zeros(n, dtype=bool)
                else:
                    d, q = distances_from_search(
                        self.network, origins, self.on_network, self.search(g)
                    )
                    if polygons is not None:
                        inside, inside_place = polygons.inside(mask & polygons.is_polygon, n)
                        d = np.where(inside, 0.0, d)
                        q = np.where(inside, inside_place, q)
                    lost = origins.snapped & ~np.isfinite(d)
                done[key] = Nearest(distance=d, place=q, unreachable=lost)
            out[g] = done[key]
        return out

    def _nearest_straight(
        self, pts: np.ndarray, mask: np.ndarray, polygons: Optional[PolygonPlaces]
    ) -> Tuple[np.ndarray, np.ndarray]:
        which, tree = self._straight_points(mask)
        n = len(pts)
        if tree is None:
            d, q = np.full(n, np.inf), np.full(n, -1, dtype=np.int64)
        else:
            dist, local = tree.query(pts[:, :2], k=1, workers=self.workers)
            d = np.asarray(dist, dtype=float) * self.detour_factor
            q = which[np.asarray(local, dtype=np.int64)]
        if polygons is not None:
            dp, qp = nearest_polygon_place(
                pts, polygons, mask, self.polygon_spacing, index=self._polygon_index(mask)
            )
            dp = dp * self.detour_factor
            closer = dp < d
            d = np.where(closer, dp, d)
            q = np.where(closer, qp, q)
        return d, q

    def route(self, point_xy, place_group: str) -> Route:
        """The way from one point to its nearest suitable place of ``place_group``; its
        ``distance`` equals :meth:`nearest` for that point."""
        pts = as_points(np.asarray(point_xy, dtype=float).reshape(1, 2), "point")
        xy = pts[0]
        mask = self._mask(place_group)
        polygons = self._with_inside(pts)
        if polygons is not None:
            inside, inside_place = polygons.inside(mask & polygons.is_polygon, 1)
            if inside[0]:
                snap = self.snap(pts) if self.network is not None else None
                return Route(
                    place_group=place_group,
                    distance=0.0,
                    place=int(inside_place[0]),
                    path=pts.copy(),
                    snapped=True if snap is None else bool(snap.snapped[0]),
                    snap_distance=0.0 if snap is None else float(snap.snap_distance[0]),
                    inside=True,
                )
        if self.network is None:
            d, q = self._nearest_straight(pts, mask, polygons)
            place = int(q[0])
            path = np.zeros((0, 2))
            if place >= 0:
                path = np.vstack([xy, self._end_point(place, xy)])
            return Route(place_group=place_group, distance=float(d[0]), place=place, path=path)
        origin = self.snap(pts)
        found = route_over_network(self.network, self.on_network, self.search(place_group), origin)
        path = found.path
        if found.place >= 0 and found.leg > 0:
            path = np.vstack([path, self._end_point(found.place, path[-1])])
        return Route(
            place_group=place_group,
            distance=found.distance,
            place=found.place,
            path=path,
            snapped=found.snapped,
            snap_distance=found.snap_distance,
        )

    def _end_point(self, place: int, from_xy: np.ndarray) -> np.ndarray:
        """Where a straight leg from ``from_xy`` reaches a place: a point place itself, the
        nearest point of a polygon place's boundary."""
        if self.polygons is not None and self.polygons.is_polygon[place]:
            return nearest_point_on_polygon(self.polygons, place, from_xy)
        return self.places_xy[place]


# --------------------------------------------------------------------------------------------
# "Why is this a gap?"
# --------------------------------------------------------------------------------------------

#: Why a point has no suitable place within reach.
NO_PLACE = "no suitable place"
UNSNAPPED = "too far from the network"
UNREACHABLE = "not reachable over the network"
INSIDE = "inside the place"


@dataclass
class NearestPlace:
    """One line of a gap explanation: a resident group at one point and its nearest
    suitable place, against the norm.

    ``group``: resident group (``0-5``, ``6-11``, ``12-17``, ``65+``); ``place_group``: the
    place group serving it; ``norm_m``: the norm; ``distance``: metres (``inf``: none
    reachable, ``reason`` says why); ``path``: the way there (see :class:`Route`).
    """

    group: str
    place_group: str
    norm_m: float
    distance: float
    place_index: int
    place_id: object
    place_label: str
    within_norm: bool
    path: np.ndarray
    distance_type: str
    reason: str = ""
    snap_distance: float = 0.0

    @property
    def found(self) -> bool:
        return self.place_index >= 0 and bool(np.isfinite(self.distance))


def explain_point(model: ReachModel, point_xy) -> List[NearestPlace]:
    """Why a point is (or is not) a gap: per resident group whose places are evaluated, the
    nearest suitable place, the way there and the distance against the norm."""
    out: List[NearestPlace] = []
    for group in RESIDENT_GROUPS:
        place_group = SERVED_BY[group]
        if place_group not in model.serves:
            continue
        route = model.route(point_xy, place_group)
        norm_m = model.norm.max_distance(group)
        reason = ""
        if route.inside:
            reason = INSIDE
        elif route.place < 0:
            if not model.serves[place_group].any():
                reason = NO_PLACE
            elif not route.snapped:
                reason = UNSNAPPED
            else:
                reason = UNREACHABLE
        out.append(
            NearestPlace(
                group=group,
                place_group=place_group,
                norm_m=norm_m,
                distance=route.distance,
                place_index=route.place,
                place_id=None if route.place < 0 else model.place_ids[route.place],
                place_label=model.place_label(route.place),
                within_norm=bool(route.distance <= norm_m),
                path=route.path,
                distance_type=model.distance_type,
                reason=reason,
                snap_distance=route.snap_distance,
            )
        )
    return out
