"""The reach analysis in one call: from what the layers hold to every figure of every output.

:func:`analyse_reach` takes :class:`ReachInputs` (plain arrays, made by the shared reader
``wijkaanpak_plugin/reach_inputs.py`` from QGIS layers, or by hand) and does everything
between reading and writing: resident counts per age group (CBS band split, suppressed
counts), spreading population polygons over their address points, which age groups each
playground serves, the nearest suitable place of every resident (:mod:`.reach_model`,
:mod:`.reach`), the figures per area (population points in the area they lie in, a point
place in the area it lies in, a polygon place in the one it overlaps most, play space) and
per place (its catchment), and the gaps. The Processing algorithm, the docks and the
scenario tool share it; the :class:`ReachAnalysis` it returns keeps the prepared places and
searches (``analysis.model``), so later questions about other points, a place's catchment
or the way from a clicked house to its playground need no recomputation.

Nothing here knows QGIS. Problems with an input raise :class:`ReachInputError`, which says
which input (``population``, ``addresses``, ``places``, ``areas``) so a face can name the
layer; a ``progress`` callback may stop the run (:class:`AnalysisCancelledError`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .geometry import (
    AreaRings,
    assign_places_to_areas,
    assign_points_to_areas,
    polygon_areas,
)
from .network import WalkNetwork
from .norms import AGE_GROUPS, COLUMN_SUFFIX, MEETING, NormProfile
from .population import (
    SUPPRESSED_MIDDLE_ESTIMATE,
    ResidentCounts,
    overall_shares,
    place_age_flags,
    residents_per_age_group,
    spread_over_addresses,
)
from .reach import ReachResult, reach_of_population, reach_per_area
from .reach_model import ReachModel

PLAYGROUND = "playground"
MEETING_PLACE = "meeting place"

#: Which input a :class:`ReachInputError` is about.
POPULATION_INPUT = "population"
ADDRESS_INPUT = "addresses"
PLACE_INPUT = "places"
AREA_INPUT = "areas"

#: ``progress(fraction)`` → False to stop.
Progress = Callable[[float], bool]


class ReachInputError(WijkaanpakInputError):
    """An input the analysis cannot use; ``input`` says which (see the ``*_INPUT`` names)."""

    def __init__(self, input_name: str, message: str) -> None:
        super().__init__(message)
        self.input = input_name


class AnalysisCancelledError(Exception):
    """The ``progress`` callback asked to stop."""


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


@dataclass
class PopulationInput:
    """Population features as read: a point each (a polygon's centroid), feature ids and
    the raw count columns (suppressed CBS codes still in them).

    ``counts``: per resident group (``0-5``, ``6-11``, ``12-17``, ``65+``) its own count
    column; ``bands``: CBS bands (``0-14``, ``15-24``) for groups without one; ``labels``:
    the field name behind each key, for messages. ``area_codes``: an area code per feature
    (to aggregate without area polygons). ``rings``: each feature's polygon rings, needed only
    to spread it over address points.
    """

    xy: np.ndarray
    fids: np.ndarray
    counts: Dict[str, Sequence] = field(default_factory=dict)
    bands: Dict[str, Sequence] = field(default_factory=dict)
    labels: Dict[str, str] = field(default_factory=dict)
    area_codes: Optional[Sequence] = None
    area_field: str = ""
    rings: Optional[List[AreaRings]] = None
    name: str = "population"


@dataclass
class AddressInput:
    """Address points to spread population polygons over; ``weight``: e.g. dwellings per
    address (NaN: an empty value, weighs 0), ``None``: every address weighs 1."""

    xy: np.ndarray
    fids: np.ndarray
    weight: Optional[np.ndarray] = None
    name: str = "addresses"


@dataclass
class PlaceInput:
    """Playgrounds or meeting places: a point each (a polygon's centroid), feature ids,
    names (``None``: no name field), polygon rings (``None``: point places; an empty list for
    a point among polygons), the raw age columns of playgrounds (``0-5``, ``6-11``,
    ``12-17``: 1/0/NULL; a missing key: no such field) and a surface column (``surface_m2``,
    NaN unknown; ``None``: no such field)."""

    xy: np.ndarray
    fids: np.ndarray
    names: Optional[Sequence] = None
    rings: Optional[List[AreaRings]] = None
    ages: Dict[str, Sequence] = field(default_factory=dict)
    surface_m2: Optional[Sequence] = None
    name: str = "places"


@dataclass
class AreaInput:
    """Areas (buurten, wijken) to aggregate to: their codes (unique, none empty), polygon
    rings, the code field's name, and their geometries as read (handed through to a writer;
    not used here)."""

    codes: List
    rings: List[AreaRings]
    code_field: str = "area_code"
    geometries: Optional[list] = None
    name: str = "areas"


@dataclass
class ReachInputs:
    """Everything the reach analysis reads (see :func:`analyse_reach`)."""

    population: PopulationInput
    playgrounds: PlaceInput
    norm: NormProfile
    meeting_places: Optional[PlaceInput] = None
    addresses: Optional[AddressInput] = None
    areas: Optional[AreaInput] = None
    network: Optional[WalkNetwork] = None
    unknown_ages_serve: bool = True
    suppressed_value: float = SUPPRESSED_MIDDLE_ESTIMATE
    detour_factor: float = 1.0
    max_snap_distance: float = 50.0


# --------------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------------


@dataclass
class AddressSpread:
    """How population polygons were spread over address points (for the log)."""

    polygons: int
    addresses_inside: int
    polygons_without_address: int
    addresses_outside: int


@dataclass
class ReachAnalysis:
    """Every figure of the reach analysis, and what later questions need.

    Output frames (the columns the Processing outputs write): ``population`` (one row per
    resident point: ``source_fid``, ``address_fid`` when spread, distances, nearest places,
    within-norm flags, residents, gap, suppressed, network fields, norm, distance type),
    ``gaps`` (the rows of ``population`` outside every norm), ``places`` (catchment per
    place) and ``areas`` (per area; ``None`` without areas). ``population_xy`` /
    ``places_xy``: where the rows stand. ``shares``: per resident group the share of all
    its residents within the norm, ``share_norms`` that norm in metres.
    ``population_area``: per resident point its area index in ``areas`` (-1: none; ``None``
    without areas).

    ``reach`` holds the per-resident results (nearest place index and distance per group)
    and ``model`` the prepared places and searches, to ask about any other point
    (``model.nearest``, ``model.route``, :func:`~.reach_model.explain_point`) or a place's
    catchment (:meth:`catchment_residents`) without recomputation.
    """

    reach: ReachResult
    counts: ResidentCounts
    population: pd.DataFrame
    population_xy: np.ndarray
    places: pd.DataFrame
    places_xy: np.ndarray
    place_kind: np.ndarray
    place_names: List
    areas: Optional[pd.DataFrame]
    population_area: Optional[np.ndarray]
    shares: Dict[str, float]
    share_norms: Dict[str, float]
    unknown_ages: Dict[str, int]
    unknown_ages_serve: bool
    polygon_places: int
    address_spread: Optional[AddressSpread] = None
    population_outside_areas: int = 0

    @property
    def model(self) -> ReachModel:
        return self.reach.model

    @property
    def norm(self) -> NormProfile:
        return self.reach.norm

    @property
    def distance_type(self) -> str:
        return self.reach.distance_type

    @property
    def gap(self) -> np.ndarray:
        return self.reach.gap

    @property
    def gaps(self) -> pd.DataFrame:
        return self.population[self.reach.gap].reset_index(drop=True)

    @property
    def n_points(self) -> int:
        return int(self.reach.n_points)

    @property
    def n_suppressed(self) -> int:
        return int(self.counts.suppressed_rows)

    @property
    def n_unsnapped(self) -> int:
        snapped = self.reach.origin_snapped
        return 0 if snapped is None else int((~snapped).sum())

    @property
    def n_unreachable(self) -> int:
        return int(self.reach.unreachable_points.sum())

    @property
    def warnings(self) -> List[str]:
        return self.reach.warnings

    def catchment_residents(self, place_index: int, within_norm: bool = False) -> Dict[str, float]:
        """Residents per group for whom the place is the nearest suitable one."""
        return self.reach.catchment_residents(place_index, within_norm)


# --------------------------------------------------------------------------------------------
# The analysis
# --------------------------------------------------------------------------------------------


def analyse_reach(inputs: ReachInputs, progress: Optional[Progress] = None) -> ReachAnalysis:
    """The whole reach analysis (module notes); raises :class:`ReachInputError`."""

    def step(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise AnalysisCancelledError()

    pop = inputs.population
    n = len(pop.xy)
    if n == 0:
        raise ReachInputError(POPULATION_INPUT, "The population layer has no points.")
    try:
        counts = residents_per_age_group(
            n,
            counts=pop.counts,
            bands=pop.bands,
            labels=pop.labels,
            suppressed_value=inputs.suppressed_value,
        )
    except WijkaanpakInputError as error:
        raise ReachInputError(POPULATION_INPUT, str(error)) from error
    step(0.05)

    xy = np.asarray(pop.xy, dtype=float)
    fids = np.asarray(pop.fids)
    area_codes = None if pop.area_codes is None else np.asarray(pop.area_codes, dtype=object)
    address_fids = None
    spread = None
    if inputs.addresses is not None:
        xy, fids, area_codes, counts, address_fids, spread = _spread(
            pop, inputs.addresses, counts, area_codes
        )
    step(0.15)

    places = _places(
        inputs.playgrounds,
        inputs.meeting_places,
        inputs.norm,
        network=inputs.network,
        unknown_ages_serve=inputs.unknown_ages_serve,
        detour_factor=inputs.detour_factor,
        max_snap_distance=inputs.max_snap_distance,
    )
    try:
        reach = reach_of_population(places.model(), xy, counts.residents)
    except WijkaanpakInputError as error:
        raise ReachInputError(PLACE_INPUT, str(error)) from error
    step(0.8)

    age_split = counts.assumption
    per_point = _per_point_frame(reach, fids, age_split, counts.suppressed_mask)
    if address_fids is not None:
        per_point.insert(1, "address_fid", address_fids)

    areas = None
    population_area = None
    outside = 0
    if inputs.areas is not None:
        areas, population_area = _per_area(
            reach,
            xy,
            places.xy,
            places.rings,
            inputs.areas,
            _play_surface(inputs.playgrounds, places.n_meeting),
        )
    elif area_codes is not None:
        areas = reach_per_area(reach, area_codes)
        labels = pd.Index(areas.index)
        population_area = labels.get_indexer(area_codes)
        population_area[pd.isna(area_codes)] = -1
    if areas is not None:
        outside = int(areas.attrs.get("population_points_outside_areas", 0))
        code_field = inputs.areas.code_field if inputs.areas is not None else pop.area_field
        code_field = code_field or "area_code"
        name = code_field if code_field not in areas.columns else "area_code"
        areas = areas.reset_index().rename(columns={"area": name})
        if age_split:
            areas["age_split"] = age_split
    step(0.9)

    per_place = reach.per_place().rename(columns={"place_id": "source_fid"})
    per_place.insert(0, "place_kind", places.kind)
    per_place.insert(2, "name", places.names)
    if age_split:
        per_place["age_split"] = age_split
    shares = overall_shares(reach)
    step(1.0)
    return ReachAnalysis(
        reach=reach,
        counts=counts,
        population=per_point,
        population_xy=xy,
        places=per_place,
        places_xy=places.xy,
        place_kind=places.kind,
        place_names=places.names,
        areas=areas,
        population_area=population_area,
        shares=shares,
        share_norms={g: inputs.norm.max_distance(g) for g in shares},
        unknown_ages=places.unknown_ages,
        unknown_ages_serve=inputs.unknown_ages_serve,
        polygon_places=places.n_polygons,
        address_spread=spread,
        population_outside_areas=outside,
    )


@dataclass
class _Places:
    """Playgrounds and meeting places as one list of places (playgrounds first)."""

    xy: np.ndarray
    ids: np.ndarray
    serves: Dict[str, np.ndarray]
    rings: Optional[List]
    names: List
    kind: np.ndarray
    unknown_ages: Dict[str, int]
    n_meeting: int
    n_polygons: int
    settings: Dict[str, object]

    def model(self) -> ReachModel:
        return ReachModel(
            self.xy,
            self.serves,
            place_ids=self.ids,
            place_names=self.names,
            place_rings=self.rings,
            **self.settings,
        )


def _places(
    playgrounds: PlaceInput,
    meeting_places: Optional[PlaceInput],
    norm: NormProfile,
    **settings,
) -> _Places:
    play, meet = playgrounds, meeting_places
    n_play = len(play.xy)
    n_meet = 0 if meet is None else len(meet.xy)
    unknown_serve = settings.pop("unknown_ages_serve", True)
    flags, unknown = place_age_flags(
        {g: play.ages.get(g) for g in AGE_GROUPS}, n_play, unknown_serve
    )
    serves = {g: np.concatenate([f, np.zeros(n_meet, bool)]) for g, f in flags.items()}
    if meet is not None:
        serves[MEETING] = np.concatenate([np.zeros(n_play, bool), np.ones(n_meet, bool)])
    rings = _rings(play) + (_rings(meet) if meet is not None else [])
    n_polygons = sum(1 for r in rings if r)
    return _Places(
        xy=np.vstack([play.xy] + ([meet.xy] if meet is not None else [])),
        ids=np.concatenate([play.fids, meet.fids if meet is not None else []]).astype(np.int64),
        serves=serves,
        rings=rings if n_polygons else None,
        names=_names(play) + (_names(meet) if meet is not None else []),
        kind=np.array([PLAYGROUND] * n_play + [MEETING_PLACE] * n_meet, dtype=object),
        unknown_ages=unknown,
        n_meeting=n_meet,
        n_polygons=n_polygons,
        settings={"norm": norm, **settings},
    )


def places_model(
    playgrounds: PlaceInput,
    norm: NormProfile,
    *,
    meeting_places: Optional[PlaceInput] = None,
    network: Optional[WalkNetwork] = None,
    unknown_ages_serve: bool = True,
    detour_factor: float = 1.0,
    max_snap_distance: float = 50.0,
) -> ReachModel:
    """The places alone, prepared as the analysis prepares them (e.g. for a map tool that
    explains any clicked point without a population)."""
    try:
        return _places(
            playgrounds,
            meeting_places,
            norm,
            network=network,
            unknown_ages_serve=unknown_ages_serve,
            detour_factor=detour_factor,
            max_snap_distance=max_snap_distance,
        ).model()
    except WijkaanpakInputError as error:
        raise ReachInputError(PLACE_INPUT, str(error)) from error


def _rings(places: PlaceInput) -> List:
    """Per place its polygon rings, an empty list for a point place."""
    if places.rings is None:
        return [[] for _ in range(len(places.xy))]
    return list(places.rings)


def _names(places: PlaceInput) -> List:
    if places.names is None:
        return [None] * len(places.xy)
    return list(places.names)


def _spread(
    pop: PopulationInput,
    addresses: AddressInput,
    counts: ResidentCounts,
    area_codes: Optional[np.ndarray],
):
    """Population polygons → their address points (+ centroids of polygons without one)."""
    if pop.rings is None:
        raise ReachInputError(
            POPULATION_INPUT,
            "Address points only spread population polygons (such as CBS grid cells).",
        )
    cell = assign_points_to_areas(addresses.xy, pop.rings)
    try:
        spread, without = spread_over_addresses(cell, counts.residents, addresses.weight)
    except WijkaanpakInputError as error:
        raise ReachInputError(ADDRESS_INPUT, str(error)) from error
    inside = cell >= 0
    owner = np.concatenate([cell[inside], without])
    xy = np.vstack([np.asarray(addresses.xy)[inside], np.asarray(pop.xy)[without]])
    fids = np.asarray(pop.fids)[owner]
    codes = None if area_codes is None else area_codes[owner]
    residents = {
        g: np.concatenate([spread[g][inside], counts.residents[g][without]])
        for g in counts.residents
    }
    n_inside = int(inside.sum())
    # NULL address_fid for the centroids of polygons without an address
    address_fids = pd.arrays.IntegerArray(
        np.concatenate([np.asarray(addresses.fids)[inside], np.zeros(len(without), np.int64)]),
        np.arange(len(owner)) >= n_inside,
    )
    mask = counts.suppressed_mask
    flags = np.concatenate([mask[cell[inside]], mask[without]]) if len(mask) else mask
    summary = AddressSpread(
        polygons=len(pop.xy),
        addresses_inside=n_inside,
        polygons_without_address=len(without),
        addresses_outside=int((~inside).sum()),
    )
    counts = replace(counts, residents=residents, suppressed_mask=flags)
    return xy, fids, codes, counts, address_fids, summary


def _per_point_frame(reach: ReachResult, fids, age_split: str, suppressed) -> pd.DataFrame:
    """The population output: dist_*, within_*, suppressed flag, source_fid, age split."""
    frame = reach.per_point()
    flag = np.zeros(len(frame), dtype=np.int64)
    if len(suppressed) == len(frame):
        flag = np.asarray(suppressed, dtype=bool).astype(np.int64)
    frame.insert(frame.columns.get_loc("gap") + 1, "suppressed", flag)
    rename = {}
    for s in COLUMN_SUFFIX.values():
        rename[f"distance_{s}"] = f"dist_{s}"
        rename[f"within_norm_{s}"] = f"within_{s}"
    rename["within_norm_65plus"] = "within_meeting_65plus"
    frame = frame.rename(columns=rename)
    frame.insert(0, "source_fid", fids)
    if age_split:
        frame["age_split"] = age_split
    return frame


def _per_area(reach, xy, places_xy, place_rings, areas: AreaInput, surface):
    """Figures per area polygon, and the area of every resident point."""
    pop_area = assign_points_to_areas(xy, areas.rings)
    if not (pop_area >= 0).any():
        raise ReachInputError(
            AREA_INPUT,
            "No population point lies in an area. Do both layers cover the same place?",
        )
    frame = reach_per_area(
        reach,
        pop_area,
        assign_places_to_areas(places_xy, place_rings, areas.rings),
        area_codes=list(areas.codes),
        area_size_m2=polygon_areas(areas.rings),
        place_surface_m2=surface,
    )
    return frame, pop_area


def _play_surface(playgrounds: PlaceInput, n_meet: int) -> np.ndarray:
    """Play space per place: field surface_m2, else a polygon's own area; NaN unknown."""
    n = len(playgrounds.xy)
    surface = np.full(n, np.nan)
    if playgrounds.surface_m2 is not None:
        surface = pd.to_numeric(pd.Series(playgrounds.surface_m2), errors="coerce").to_numpy(
            dtype=float
        )
    if playgrounds.rings is not None:
        own = polygon_areas(playgrounds.rings)
        surface = np.where(np.isfinite(surface), surface, own)
    return np.concatenate([surface, np.full(n_meet, np.nan)])
