"""Scenarios: try a new, moved or removed playground or meeting place and see its effect.

A :class:`Scenario` starts from the reach of the existing places (a
:class:`~.reach_model.ReachModel`, the population points and their residents per age group)
and applies edits one at a time (:class:`ScenarioEdit`: add a candidate playground with the
age groups it serves or a meeting place, move a place, remove a place). After every edit it
says, in numbers the dock words for planners (:class:`EditResult`): residents per age group
(and 65+ for meeting places) who newly fall within the norm or drop out of it, the share
within the norm per area before → after, and, when area figures and an indicator definition
are given, which areas change rank in the ranking for the next integrated approach.

Incremental, never rebuilt. The search structures of the existing places (KD-trees, the
network graph with its places) are built once by the model; an edit touches only the
neighbourhood of the changed place:

* what is kept per place group is each resident point's distance to its nearest suitable
  place and that place, *up to the tracked radius* ``R`` of the group (the largest norm that
  is measured against that group: the age group's norm, or the larger of the meeting-place
  and 65+ norms); beyond ``R`` a point counts as "farther than R" (``inf``). Within the norm
  every figure is therefore exact, and identical to a full recomputation
  (:func:`~.reach_analysis.analyse_reach` with the edited inventory; tested);
* adding a place: straight-line, one ball query around it in a KD-tree of the resident
  points (built once); over the network, one Dijkstra from the place alone, bounded by
  ``R``, on the existing graph (the place's own attachment is handled like the model's
  virtual node), then the walking distance of the residents on the reached segments; a
  resident takes the new place when it is nearer than the kept nearest;
* removing a place: only the residents whose nearest place it was are recomputed, against
  the remaining places that can lie within ``R`` of them (straight-line: the model's
  KD-tree, removed places skipped; network: one bounded multi-source Dijkstra from the
  existing places within ``2 R`` of the removed one, and the kept searches of added places);
* moving a place: removing it and adding it at the new spot, reported as one edit. A moved
  existing place keeps its name and id; a polygon place (a park) becomes a point place at
  the new spot (the scenario does not redraw its outline).

Closure impact ("which place matters most?", :meth:`Scenario.closure_impact`): per place,
the residents per age group who would fall outside the norm if it were removed (the ones it
covers alone), computed with the same removal step without applying it.

Scenarios are compared with :func:`compare_scenarios` (figures of two scenarios side by
side). The scenario itself is a list of :class:`ScenarioEdit`, which a face stores as a
point layer (fields :data:`SCENARIO_FIELDS`) so it can be saved, reopened and compared.

Play space (m² per child, the 3% norm) is not changed by a scenario: a candidate has no
surface. Nothing here knows QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from .errors import WijkaanpakInputError
from .network import (
    PlacesOnNetwork,
    SnappedPoints,
    distances_from_search,
    distances_to_place,
    search_from_places,
    snap_to_network,
    suitable_places,
)
from .norms import AGE_GROUPS, COLUMN_SUFFIX, MEETING, SENIORS
from .reach import clean_counts
from .reach_model import RESIDENT_GROUPS, SERVED_BY, ReachModel

ADD = "add"
MOVE = "move"
REMOVE = "remove"
ACTIONS = (ADD, MOVE, REMOVE)
PLAYGROUND = "playground"
MEETING_PLACE = "meeting place"
KINDS = (PLAYGROUND, MEETING_PLACE)

#: Fields of a scenario layer (one point feature per edit), with their QGIS types.
SCENARIO_FIELDS = (
    ("action", "String"),
    ("kind", "String"),
    ("age_0_5", "Int"),
    ("age_6_11", "Int"),
    ("age_12_17", "Int"),
    ("ref_id", "Int"),
    ("name", "String"),
)
AGE_FIELDS = {"0-5": "age_0_5", "6-11": "age_6_11", "12-17": "age_12_17"}

#: ``progress(fraction)`` → False to stop.
Progress = Callable[[float], Optional[bool]]


class ScenarioCancelledError(Exception):
    """The ``progress`` callback asked to stop."""


# --------------------------------------------------------------------------------------------
# Edits
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewPlace:
    """A reference to a place added earlier in the same scenario (by its edit's ``key``),
    as opposed to an existing place (referred to by its id)."""

    key: object


@dataclass
class ScenarioEdit:
    """One change to the inventory.

    ``action``: ``add`` (a candidate at ``xy``), ``move`` (place ``ref`` to ``xy``) or
    ``remove`` (place ``ref``). ``kind``: ``playground`` or ``meeting place``; ``ages``: the
    age groups a playground serves (``0-5``, ``6-11``, ``12-17``). ``ref``: the id of an
    existing place of that kind (its feature id), or :class:`NewPlace` for a place added
    earlier in the scenario. ``key``: the edit's own id (e.g. the scenario layer's feature
    id).
    """

    action: str
    kind: str = PLAYGROUND
    xy: Optional[Tuple[float, float]] = None
    ages: Tuple[str, ...] = ()
    ref: Optional[object] = None
    name: str = ""
    key: Optional[object] = None

    def check(self) -> None:
        if self.action not in ACTIONS:
            raise WijkaanpakInputError(
                f"Unknown scenario action '{self.action}'; use {', '.join(ACTIONS)}."
            )
        if self.kind not in KINDS:
            raise WijkaanpakInputError(
                f"Unknown kind of place '{self.kind}'; use {', '.join(KINDS)}."
            )
        if self.action in (ADD, MOVE):
            xy = self.xy
            if xy is None or len(xy) != 2 or not np.isfinite(np.asarray(xy, float)).all():
                raise WijkaanpakInputError(
                    f"A scenario edit '{self.action}' needs a location (got {xy!r})."
                )
        if self.action in (MOVE, REMOVE) and self.ref is None:
            raise WijkaanpakInputError(
                f"A scenario edit '{self.action}' needs the place it is about (ref_id)."
            )
        unknown = sorted(set(self.ages) - set(AGE_GROUPS))
        if unknown:
            raise WijkaanpakInputError(
                f"Unknown age groups {unknown}; use {', '.join(AGE_GROUPS)}."
            )
        if self.action == ADD and self.kind == PLAYGROUND and not self.ages:
            raise WijkaanpakInputError(
                "A new playground needs at least one age group it serves (0-5, 6-11, 12-17)."
            )


def edits_from_frame(frame: pd.DataFrame, xy: np.ndarray, keys: Sequence) -> List[ScenarioEdit]:
    """Scenario edits from the rows of a scenario layer (fields :data:`SCENARIO_FIELDS`,
    one point per row, ``keys`` its feature ids), in the order given."""
    out = []
    for i, key in enumerate(list(keys)):
        row = frame.iloc[i]
        action = str(row.get("action", "") or "").strip().lower()
        kind = str(row.get("kind", "") or PLAYGROUND).strip().lower()
        ages = tuple(g for g, f in AGE_FIELDS.items() if f in frame.columns and _truthy(row.get(f)))
        ref = row.get("ref_id") if "ref_id" in frame.columns else None
        ref = None if ref is None or pd.isna(ref) else _plain(ref)
        name = row.get("name") if "name" in frame.columns else ""
        name = "" if name is None or (isinstance(name, float) and np.isnan(name)) else str(name)
        point = None
        if xy is not None and np.isfinite(xy[i]).all():
            point = (float(xy[i][0]), float(xy[i][1]))
        edit = ScenarioEdit(
            action=action, kind=kind, xy=point, ages=ages, ref=ref, name=name, key=_plain(key)
        )
        try:
            edit.check()
        except WijkaanpakInputError as error:
            raise WijkaanpakInputError(f"Scenario feature {key}: {error}") from error
        out.append(edit)
    return out


def _truthy(value) -> bool:
    if value is None:
        return False
    try:
        return bool(float(value))
    except (TypeError, ValueError):
        return str(value).strip().lower() in ("true", "yes", "ja")


def _plain(value):
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass
class GroupChange:
    """Residents of one group whom an edit brings within the norm or takes out of it."""

    group: str
    norm_m: float
    newly_within: float
    dropping_out: float
    within_before: float
    within_after: float
    residents: float

    @property
    def net(self) -> float:
        return self.newly_within - self.dropping_out


@dataclass
class EditResult:
    """What one edit (or a whole scenario against the base) changes.

    ``groups``: per resident group a :class:`GroupChange`; ``areas``: per changed (area,
    group) the residents and the share within the norm before and after (columns ``area``,
    ``group``, ``residents``, ``within_before``, ``within_after``, ``share_before``,
    ``share_after``); ``ranks``: per area whose rank changed, ``area``, ``rank_before``,
    ``rank_after`` (``None`` without a ranking); ``place``: the index of the place added,
    moved or removed; ``place_label``: its name (``None``: it has none).
    """

    edit: Optional[ScenarioEdit]
    place: int
    place_label: Optional[str]
    kind: str
    groups: Dict[str, GroupChange]
    areas: pd.DataFrame
    ranks: Optional[pd.DataFrame] = None
    snapped: bool = True

    @property
    def changed(self) -> bool:
        return any(c.newly_within or c.dropping_out for c in self.groups.values())


@dataclass
class ScenarioFigures:
    """The figures of a scenario as a whole: per resident group residents within the norm
    (``within``) of all residents (``residents``), per area the share within the norm per
    group (``areas``: index area, one column per group) and the rank (``ranks``, or None),
    and the number of edits."""

    name: str
    within: Dict[str, float]
    residents: Dict[str, float]
    areas: pd.DataFrame
    ranks: Optional[pd.Series]
    edits: int


def compare_scenarios(a: ScenarioFigures, b: ScenarioFigures) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Two scenarios side by side: per resident group residents within the norm in A and B
    and the difference (B - A); per area and group the shares and, with ranks, the ranks."""
    groups = [g for g in RESIDENT_GROUPS if g in a.within and g in b.within]
    totals = pd.DataFrame(
        {
            "group": groups,
            "residents": [a.residents[g] for g in groups],
            "within_a": [a.within[g] for g in groups],
            "within_b": [b.within[g] for g in groups],
        }
    )
    totals["difference"] = totals["within_b"] - totals["within_a"]
    rows = []
    for g in groups:
        if g not in a.areas.columns or g not in b.areas.columns:
            continue
        sa = a.areas[g]
        sb = b.areas[g].reindex(sa.index)
        for area in sa.index:
            va, vb = float(sa[area]), float(sb[area])
            same = (np.isnan(va) and np.isnan(vb)) or va == vb
            if not same:
                rows.append({"area": area, "group": g, "share_a": va, "share_b": vb})
    areas = pd.DataFrame(rows, columns=["area", "group", "share_a", "share_b"])
    if a.ranks is not None and b.ranks is not None:
        rb = b.ranks.reindex(a.ranks.index)
        moved = ~((a.ranks == rb) | (a.ranks.isna() & rb.isna()))
        ranks = pd.DataFrame(
            {"area": a.ranks.index[moved], "rank_a": a.ranks[moved], "rank_b": rb[moved]}
        )
        areas.attrs["ranks"] = ranks.reset_index(drop=True)
    return totals, areas


@dataclass
class RankingInput:
    """What re-ranking needs: the areas' figures (one row per area, in the order of the
    scenario's area labels; reach share columns are replaced by the scenario's), the
    indicator definition and the ranking's population field (see
    :func:`~.ranking.rank_areas`)."""

    frame: pd.DataFrame
    definition: object
    population: Optional[object] = None
    min_population: float = 100.0


# --------------------------------------------------------------------------------------------
# The scenario
# --------------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    """A place the scenario added (or an existing place moved: ``moved_from`` its index)."""

    xy: np.ndarray
    kind: str
    groups: Tuple[str, ...]
    name: Optional[str]
    place_id: object
    key: object
    moved_from: int = -1
    active: bool = True
    node_dist: Optional[np.ndarray] = None
    on_network: Optional[PlacesOnNetwork] = field(default=None, repr=False)
    snapped: bool = True


class Scenario:
    """The reach of a set of places under edits (module notes).

    ``model``: the existing places (as prepared by the reach analysis); ``population_xy``
    (n, 2) and ``residents`` (per resident group, any of ``0-5``, ``6-11``, ``12-17``,
    ``65+``). ``origins``: the population points as attached to the network (reuse; network
    only). ``nearest``: per place group the kept nearest (distance, place) of every point,
    when already computed (e.g. ``analysis.reach``). ``population_area``: per point its
    area index (-1: none) into ``area_labels``. ``place_kind``: per existing place
    ``playground`` or ``meeting place`` (default: from what it serves). ``ranking``: to
    re-rank the areas after every edit.
    """

    def __init__(
        self,
        model: ReachModel,
        population_xy: np.ndarray,
        residents: Mapping[str, Sequence[float]],
        *,
        origins: Optional[SnappedPoints] = None,
        nearest: Optional[Mapping[str, Tuple[np.ndarray, np.ndarray]]] = None,
        population_area: Optional[np.ndarray] = None,
        area_labels: Optional[Sequence] = None,
        place_kind: Optional[Sequence[str]] = None,
        ranking: Optional[RankingInput] = None,
        name: str = "scenario",
    ) -> None:
        self.model = model
        self.name = name
        self.xy = np.asarray(population_xy, dtype=float)[:, :2]
        n = len(self.xy)
        if n == 0:
            raise WijkaanpakInputError("The population layer has no points.")
        self.residents: Dict[str, np.ndarray] = {}
        for g in RESIDENT_GROUPS:
            if g in residents and residents[g] is not None and SERVED_BY[g] in model.serves:
                self.residents[g], _ = clean_counts(residents[g], g, n)
        if not self.residents:
            raise WijkaanpakInputError(
                "Give resident counts for at least one age group whose places are evaluated."
            )
        self.norm = model.norm
        self.groups: List[str] = list(model.serves)
        self.radius: Dict[str, float] = {}
        for g in self.groups:
            served = [r for r in RESIDENT_GROUPS if SERVED_BY[r] == g]
            self.radius[g] = max(
                [self.norm.max_distance(g)] + [self.norm.max_distance(r) for r in served]
            )
            if model.network is not None and model.network_limit is not None:
                # the analysis sees nothing beyond its search limit: neither does the scenario
                self.radius[g] = min(self.radius[g], float(model.network_limit))
        # groups served by the same existing places share one search per removal, bounded by
        # the largest of their radii
        self._shared_radius = {
            g: max(
                self.radius[h]
                for h in self.groups
                if np.array_equal(model.serves[h], model.serves[g])
            )
            for g in self.groups
        }
        m = model.n_places
        self.m = m
        if place_kind is None:
            meeting = model.serves.get(MEETING, np.zeros(m, bool))
            place_kind = np.where(meeting, MEETING_PLACE, PLAYGROUND)
        self.place_kind = np.asarray(place_kind, dtype=object)
        self.base_active = np.ones(m, dtype=bool)
        self.candidates: List[_Candidate] = []
        self.edits: List[ScenarioEdit] = []
        self.network = model.network
        self.origins = origins
        if self.network is not None and self.origins is None:
            self.origins = model.snap(self.xy)
        if nearest is None:
            found = model.nearest(self.xy, origins=self.origins)
            nearest = {g: (f.distance, f.place) for g, f in found.items()}
        self.d: Dict[str, np.ndarray] = {}
        self.q: Dict[str, np.ndarray] = {}
        for g in self.groups:
            d = np.asarray(nearest[g][0], dtype=float).copy()
            q = np.asarray(nearest[g][1], dtype=np.int64).copy()
            far = ~(d <= self.radius[g])
            d[far] = np.inf
            q[far] = -1
            self.d[g], self.q[g] = d, q
        self._pop_tree: Optional[cKDTree] = None
        self._seg_order: Optional[np.ndarray] = None
        # areas
        self.area_labels = list(area_labels) if area_labels is not None else []
        self.population_area = None
        if population_area is not None:
            pa = np.asarray(population_area, dtype=np.int64)
            if len(pa) != n:
                raise WijkaanpakInputError(
                    f"The area assignment has {len(pa)} values for {n} population points."
                )
            self.population_area = pa
            if not self.area_labels:
                self.area_labels = list(range(int(pa.max(initial=-1)) + 1))
        k = len(self.area_labels)
        self.area_residents: Dict[str, np.ndarray] = {}
        self.area_within: Dict[str, np.ndarray] = {}
        if self.population_area is not None:
            ok = self.population_area >= 0
            for rg, w in self.residents.items():
                self.area_residents[rg] = np.bincount(
                    self.population_area[ok], weights=w[ok], minlength=k
                )
                inside = w * self.within(rg)
                self.area_within[rg] = np.bincount(
                    self.population_area[ok], weights=inside[ok], minlength=k
                )
        self.ranking = ranking
        self._ranks: Optional[pd.Series] = None
        self._journal: Dict[str, List[Tuple[np.ndarray, np.ndarray]]] = {}
        self.keep_base()

    # ------------------------------------------------------------------ facts

    @property
    def n_points(self) -> int:
        return len(self.xy)

    @property
    def n_places(self) -> int:
        return self.m + len(self.candidates)

    @property
    def resident_groups(self) -> List[str]:
        return list(self.residents)

    def within(self, group: str) -> np.ndarray:
        """Per point: within the norm of a resident group (``0-5`` … ``65+``)."""
        return self.d[SERVED_BY[group]] <= self.norm.max_distance(group)

    def distance(self, place_group: str) -> np.ndarray:
        """Per point the distance to the nearest suitable place of a place group (``inf``:
        none within the tracked radius)."""
        return self.d[place_group]

    def residents_within(self, group: str) -> float:
        return float((self.residents[group] * self.within(group)).sum())

    def place_xy(self, index: int) -> np.ndarray:
        if index < self.m:
            return self.model.places_xy[index]
        return self.candidates[index - self.m].xy

    def place_active(self, index: int) -> bool:
        if index < self.m:
            return bool(self.base_active[index])
        return self.candidates[index - self.m].active

    def place_groups(self, index: int) -> Tuple[str, ...]:
        if index < self.m:
            return tuple(g for g in self.groups if self.model.serves[g][index])
        return self.candidates[index - self.m].groups

    def place_label(self, index: int) -> Optional[str]:
        """A place's name, or None where it has none (the dock says 'the playground')."""
        if index < 0:
            return None
        if index < self.m:
            return self.model.place_name(index)
        name = self.candidates[index - self.m].name
        return name or None

    def place_kind_of(self, index: int) -> str:
        if index < self.m:
            return str(self.place_kind[index])
        return self.candidates[index - self.m].kind

    def place_id(self, index: int):
        if index < self.m:
            return _plain(self.model.place_ids[index])
        return self.candidates[index - self.m].place_id

    def active_places(self) -> Tuple[np.ndarray, np.ndarray]:
        """Indices and coordinates of every place present in the scenario."""
        idx = [np.nonzero(self.base_active)[0]]
        live = [self.m + j for j, c in enumerate(self.candidates) if c.active]
        idx.append(np.asarray(live, dtype=np.int64))
        index = np.concatenate(idx).astype(np.int64)
        xy = np.array([self.place_xy(i) for i in index]).reshape(-1, 2)
        return index, xy

    def find_place(self, ref, kind: Optional[str] = None) -> int:
        """The index of a place present in the scenario: an existing place by its id (and
        kind; where it was moved, the moved place), or an added one by :class:`NewPlace`."""
        if isinstance(ref, NewPlace):
            for j, c in enumerate(self.candidates):
                if c.active and c.moved_from < 0 and c.key == ref.key:
                    return self.m + j
            raise WijkaanpakInputError(f"There is no new place {ref.key} in this scenario.")
        ids = self.model.place_ids
        if ids.dtype.kind in "iu":
            try:
                hit = np.nonzero(ids == int(ref))[0]
            except (TypeError, ValueError):
                hit = np.zeros(0, np.int64)
        else:
            hit = np.nonzero(np.array([i == ref for i in ids], dtype=bool))[0]
        if kind is not None and len(hit):
            hit = hit[self.place_kind[hit] == kind]
        if len(hit):
            p = int(hit[0])
            if self.base_active[p]:
                return p
            for j, c in enumerate(self.candidates):
                if c.active and c.moved_from == p:
                    return self.m + j
            raise WijkaanpakInputError(f"Place {ref} was already removed in this scenario.")
        raise WijkaanpakInputError(f"There is no {kind or 'place'} with id {ref}.")

    def nearest_place(self, xy, tolerance: float, kind: Optional[str] = None) -> int:
        """The place present in the scenario nearest to a point within ``tolerance`` metres
        (a click on the map), -1 if none."""
        index, pxy = self.active_places()
        if kind is not None:
            keep = np.array([self.place_kind_of(i) == kind for i in index], dtype=bool)
            index, pxy = index[keep], pxy[keep]
        if not len(index):
            return -1
        dist = np.hypot(pxy[:, 0] - float(xy[0]), pxy[:, 1] - float(xy[1]))
        best = int(np.argmin(dist))
        return int(index[best]) if dist[best] <= tolerance else -1

    # ------------------------------------------------------------------ edits

    def check(self, edit: ScenarioEdit) -> None:
        """Refuse an edit that cannot be applied (with the reason), changing nothing."""
        edit.check()
        if edit.action == ADD:
            self._candidate_groups(edit.kind, edit.ages)
        else:
            self.find_place(edit.ref, edit.kind)

    def apply(self, edit: ScenarioEdit) -> EditResult:
        """Apply one edit and say what it changed."""
        edit.check()
        ranks_before = self.ranks()
        area_before = {rg: a.copy() for rg, a in self.area_within.items()}
        self._journal = {g: [] for g in self.groups}
        if edit.action == ADD:
            place = self._add(edit)
        elif edit.action == REMOVE:
            place = self.find_place(edit.ref, edit.kind)
            self._remove(place)
        else:
            old = self.find_place(edit.ref, edit.kind)
            place = self._move(old, edit)
        self.edits.append(edit)
        changes = self._changes()
        self._update_areas(changes)
        return self._summary(edit, place, changes, area_before, ranks_before)

    def apply_all(self, edits: Sequence[ScenarioEdit]) -> EditResult:
        """Apply a list of edits (e.g. a reopened scenario layer); the result compares the
        state after them with the state before."""
        before = {rg: self.within(rg).copy() for rg in self.residents}
        ranks_before = self.ranks()
        area_before = {rg: a.copy() for rg, a in self.area_within.items()}
        for edit in edits:
            self.apply(edit)
        changed = {}
        for rg in self.residents:
            after = self.within(rg)
            idx = np.nonzero(before[rg] != after)[0]
            changed[rg] = (idx, before[rg][idx])
        return self._summary(None, -1, changed, area_before, ranks_before)

    def add(self, xy, kind: str = PLAYGROUND, ages: Sequence[str] = (), name: str = "", key=None):
        return self.apply(
            ScenarioEdit(ADD, kind, (float(xy[0]), float(xy[1])), tuple(ages), None, name, key)
        )

    def move(self, ref, xy, kind: Optional[str] = None, key=None) -> EditResult:
        kind = kind or self.place_kind_of(self.find_place(ref, kind))
        return self.apply(ScenarioEdit(MOVE, kind, (float(xy[0]), float(xy[1])), ref=ref, key=key))

    def remove(self, ref, kind: Optional[str] = None, key=None) -> EditResult:
        kind = kind or self.place_kind_of(self.find_place(ref, kind))
        return self.apply(ScenarioEdit(REMOVE, kind, ref=ref, key=key))

    def _candidate_groups(self, kind: str, ages: Sequence[str]) -> Tuple[str, ...]:
        if kind == MEETING_PLACE:
            if MEETING not in self.model.serves:
                raise WijkaanpakInputError(
                    "Meeting places are not evaluated here: choose a meeting-place layer first."
                )
            return (MEETING,)
        groups = tuple(g for g in AGE_GROUPS if g in ages and g in self.model.serves)
        return groups

    def _add(self, edit: ScenarioEdit) -> int:
        groups = self._candidate_groups(edit.kind, edit.ages)
        cand = _Candidate(
            xy=np.asarray(edit.xy, dtype=float),
            kind=edit.kind,
            groups=groups,
            name=edit.name or None,
            place_id=edit.key,
            key=edit.key,
        )
        self.candidates.append(cand)
        index = self.m + len(self.candidates) - 1
        self._insert(index)
        return index

    def _move(self, old: int, edit: ScenarioEdit) -> int:
        groups = self.place_groups(old)
        name = self.place_label(old)
        pid = self.place_id(old)
        moved_from = old if old < self.m else self.candidates[old - self.m].moved_from
        key = edit.key if old < self.m else self.candidates[old - self.m].key
        self._remove(old)
        cand = _Candidate(
            xy=np.asarray(edit.xy, dtype=float),
            kind=self.place_kind_of(old),
            groups=groups,
            name=name,
            place_id=pid,
            key=key,
            moved_from=moved_from,
        )
        self.candidates.append(cand)
        index = self.m + len(self.candidates) - 1
        self._insert(index)
        return index

    # ------------------------------------------------------------------ state changes

    def _set(self, g: str, idx: np.ndarray, d: np.ndarray, q: np.ndarray) -> None:
        if len(idx) == 0:
            return
        self._journal.setdefault(g, []).append((idx.copy(), self.d[g][idx].copy()))
        self.d[g][idx] = d
        self.q[g][idx] = q

    def _insert(self, index: int) -> None:
        """Residents for whom a (new) place is nearer than their kept nearest take it."""
        cand = self.candidates[index - self.m]
        if not cand.groups:
            return
        if self.network is None:
            tree = self._population_tree()
            detour = self.model.detour_factor
            for g in cand.groups:
                r = self.radius[g]
                idx = np.asarray(tree.query_ball_point(cand.xy, r / detour * (1 + 1e-9)), np.int64)
                if not idx.size:
                    continue
                dist = np.hypot(self.xy[idx, 0] - cand.xy[0], self.xy[idx, 1] - cand.xy[1])
                dist = dist * detour
                better = (dist <= r) & (dist < self.d[g][idx])
                sel = idx[better]
                self._set(g, sel, dist[better], np.full(len(sel), index, np.int64))
            return
        self._prepare_on_network(cand)
        if not cand.snapped:
            return
        reached = self._reached_origins(cand)
        if not reached.size:
            return
        sub = self.origins.take(reached)
        for g in cand.groups:
            dist = distances_to_place(
                self.network, cand.on_network, 0, sub, cand.node_dist, self.radius[g]
            )
            better = np.isfinite(dist) & (dist < self.d[g][reached])
            sel = reached[better]
            self._set(g, sel, dist[better], np.full(len(sel), index, np.int64))

    def _remove(self, index: int) -> None:
        """Take a place out; the residents whose nearest it was get their next nearest."""
        groups = self.place_groups(index)
        if index < self.m:
            self.base_active[index] = False
        else:
            self.candidates[index - self.m].active = False
        shared: Dict[bytes, object] = {}
        for g in groups:
            idx = np.nonzero(self.q[g] == index)[0]
            if not idx.size:
                continue
            d, q = self._nearest_remaining(g, idx, index, shared)
            self._set(g, idx, d, q)

    # ------------------------------------------------------------------ searches

    def _population_tree(self) -> cKDTree:
        if self._pop_tree is None:
            self._pop_tree = cKDTree(self.xy, balanced_tree=False, compact_nodes=False)
        return self._pop_tree

    def _place_bounds(self, index: int) -> np.ndarray:
        if index < self.m:
            return self.model.place_bounds()[index]
        xy = self.candidates[index - self.m].xy
        return np.concatenate([xy, xy])

    def _nearest_remaining(
        self,
        g: str,
        idx: np.ndarray,
        removed: int,
        shared: Optional[Dict[bytes, object]] = None,
    ) -> Tuple[np.ndarray, np.ndarray]:
        """Distance (``inf`` beyond the tracked radius) from the points ``idx`` to their
        nearest place of group ``g`` present in the scenario, and that place.

        Network: ``shared`` keeps the searches of one removal, so groups served by the same
        existing places (playground equipment serving every age group) share one Dijkstra,
        bounded by the largest of their radii."""
        r = self.radius[g]
        pts = self.xy[idx]
        k = len(idx)
        best_d = np.full(k, np.inf)
        best_q = np.full(k, -1, dtype=np.int64)

        def take(d: np.ndarray, q: np.ndarray) -> None:
            better = d < best_d
            best_d[better] = d[better]
            best_q[better] = q[better]

        model = self.model
        mask = model.serves[g] & self.base_active
        box = self._place_bounds(removed)
        if self.network is None:
            detour = model.detour_factor
            which, tree = model._straight_points(model.serves[g])
            if tree is not None:
                lists = tree.query_ball_point(pts, r / detour * (1 + 1e-9))
                counts = np.fromiter((len(x) for x in lists), dtype=np.int64, count=k)
                if counts.sum():
                    local = np.concatenate([np.asarray(x, np.int64) for x in lists if len(x)])
                    owner = np.repeat(np.arange(k), counts)
                    place = which[local]
                    ok = self.base_active[place]
                    owner, place = owner[ok], place[ok]
                    dist = (
                        np.hypot(
                            pts[owner, 0] - model.places_xy[place, 0],
                            pts[owner, 1] - model.places_xy[place, 1],
                        )
                        * detour
                    )
                    d = np.full(k, np.inf)
                    q = np.full(k, -1, dtype=np.int64)
                    order = np.lexsort((dist, owner))
                    first = np.ones(len(order), dtype=bool)
                    first[1:] = owner[order][1:] != owner[order][:-1]
                    top = order[first]
                    d[owner[top]] = dist[top]
                    q[owner[top]] = place[top]
                    take(d, q)
            if model.polygons is not None:
                poly = mask & model.polygons.is_polygon & self._near_box(box, 2 * r / detour)
                if poly.any():
                    from .geometry import nearest_polygon_place

                    prepared = model._with_inside(pts)
                    dp, qp = nearest_polygon_place(pts, prepared, poly, model.polygon_spacing)
                    take(dp * detour, qp)
        else:
            limit = self._shared_radius[g] if shared is not None else r
            near = mask & self._near_box(box, 2 * limit)
            sub = self.origins.take(idx)
            if near.any():
                on_net = model.on_network
                key = near.tobytes()
                search = None if shared is None else shared.get(key)
                if search is None:
                    search = search_from_places(on_net, suitable_places(on_net, near), limit)
                    if shared is not None:
                        shared[key] = search
                d, q = distances_from_search(self.network, sub, on_net, search)
                take(d, q)
                if model.polygons is not None:
                    prepared = model._with_inside(pts)
                    inside, inside_place = prepared.inside(near & model.polygons.is_polygon, k)
                    take(np.where(inside, 0.0, np.inf), np.where(inside, inside_place, -1))
        for j, cand in enumerate(self.candidates):
            if not cand.active or g not in cand.groups:
                continue
            c_index = self.m + j
            if self.network is None:
                d = np.hypot(pts[:, 0] - cand.xy[0], pts[:, 1] - cand.xy[1])
                d = d * model.detour_factor
            else:
                if not cand.snapped or not self._box_distance(box, cand.xy) <= 2 * r:
                    continue
                d = distances_to_place(self.network, cand.on_network, 0, sub, cand.node_dist, r)
            take(d, np.full(k, c_index, np.int64))
        far = ~(best_d <= r)
        best_d[far] = np.inf
        best_q[far] = -1
        return best_d, best_q

    def _near_box(self, box: np.ndarray, reach: float) -> np.ndarray:
        """Existing places whose bounds lie within ``reach`` of a box."""
        bounds = self.model.place_bounds()
        dx = np.maximum(0.0, np.maximum(bounds[:, 0] - box[2], box[0] - bounds[:, 2]))
        dy = np.maximum(0.0, np.maximum(bounds[:, 1] - box[3], box[1] - bounds[:, 3]))
        return np.hypot(dx, dy) <= reach * (1 + 1e-9)

    @staticmethod
    def _box_distance(box: np.ndarray, xy: np.ndarray) -> float:
        dx = max(0.0, box[0] - xy[0], xy[0] - box[2])
        dy = max(0.0, box[1] - xy[1], xy[1] - box[3])
        return float(np.hypot(dx, dy)) * (1 - 1e-9)

    def _prepare_on_network(self, cand: _Candidate) -> None:
        """Attach a candidate to the network and search from it alone, bounded by the
        largest tracked radius of its groups (the existing graph, nothing rebuilt)."""
        network = self.network
        snap = snap_to_network(network, cand.xy.reshape(1, 2), self.model.max_snap_distance)
        cand.snapped = bool(snap.snapped[0])
        n = network.n_nodes
        if not cand.snapped:
            cand.node_dist = np.full(n, np.inf)
            return
        p, e, t = snap.attachments()
        leg = snap.snap_distance[p]
        order = np.argsort(e, kind="stable")
        e, t, leg = e[order], t[order], leg[order]
        cand.on_network = PlacesOnNetwork(
            snap=snap,
            graph=None,
            n_nodes=n,
            att_place=np.zeros(len(e), np.int64),
            att_segment=e,
            att_t=t,
            att_t1=t,
            att_leg=leg,
        )
        limit = max(self.radius[g] for g in cand.groups)
        length = network.seg_length[e]
        # walking u → place runs forward along the segment, v → place backward
        f = network.seg_forward[e]
        b = network.seg_backward[e]
        nodes = np.concatenate([network.seg_u[e][f], network.seg_v[e][b]])
        offset = np.concatenate([leg[f] + t[f] * length[f], leg[b] + (1.0 - t[b]) * length[b]])
        node_dist = np.full(n, np.inf)
        keep = offset <= limit
        nodes, offset = nodes[keep], offset[keep]
        if len(nodes):
            graph = self.model.on_network.graph
            dist = dijkstra(
                graph, directed=True, indices=nodes, limit=limit - float(offset.min())
            ).reshape(len(nodes), -1)
            node_dist = (offset[:, None] + dist[:, :n]).min(axis=0)
        node_dist[~(node_dist <= limit)] = np.inf
        cand.node_dist = node_dist

    def _reached_origins(self, cand: _Candidate) -> np.ndarray:
        """Resident points attached to a segment the candidate's search reached (or to its
        own segment): the only ones whose distance it can change."""
        network = self.network
        if self._seg_order is None:
            o, e, _ = self.origins.attachments()
            order = np.argsort(e, kind="stable")
            self._seg_order = (o[order], e[order])
        o_sorted, e_sorted = self._seg_order
        reached = np.isfinite(cand.node_dist)
        seg = reached[network.seg_u] | reached[network.seg_v]
        seg[cand.on_network.att_segment] = True
        segs = np.nonzero(seg)[0]
        lo = np.searchsorted(e_sorted, segs, side="left")
        hi = np.searchsorted(e_sorted, segs, side="right")
        cnt = hi - lo
        if not cnt.sum():
            return np.zeros(0, np.int64)
        pos = np.repeat(lo, cnt) + (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        return np.unique(o_sorted[pos])

    # ------------------------------------------------------------------ results

    def _changes(self) -> Dict[str, Tuple[np.ndarray, np.ndarray]]:
        """Per resident group: points whose within-norm flag changed in the last edit, and
        their flag before."""
        out = {}
        for rg in self.residents:
            g = SERVED_BY[rg]
            entries = self._journal.get(g, [])
            if not entries:
                out[rg] = (np.zeros(0, np.int64), np.zeros(0, bool))
                continue
            idx = np.concatenate([i for i, _ in entries])
            old = np.concatenate([d for _, d in entries])
            idx, first = np.unique(idx, return_index=True)
            norm = self.norm.max_distance(rg)
            was = old[first] <= norm
            now = self.d[g][idx] <= norm
            moved = was != now
            out[rg] = (idx[moved], was[moved])
        return out

    def _update_areas(self, changes: Dict[str, Tuple[np.ndarray, np.ndarray]]) -> None:
        if self.population_area is None:
            return
        k = len(self.area_labels)
        for rg, (idx, was) in changes.items():
            if not idx.size:
                continue
            area = self.population_area[idx]
            ok = area >= 0
            w = self.residents[rg][idx]
            delta = np.bincount(area[ok], weights=np.where(was, -w, w)[ok], minlength=k)
            self.area_within[rg] = self.area_within[rg] + delta

    def _summary(self, edit, place, changes, area_before, ranks_before) -> EditResult:
        groups: Dict[str, GroupChange] = {}
        rows = []
        for rg, (idx, was) in changes.items():
            w = self.residents[rg][idx]
            newly = float(w[~was].sum())
            drop = float(w[was].sum())
            after = self.residents_within(rg)
            groups[rg] = GroupChange(
                group=rg,
                norm_m=self.norm.max_distance(rg),
                newly_within=newly,
                dropping_out=drop,
                within_before=after - newly + drop,
                within_after=after,
                residents=float(self.residents[rg].sum()),
            )
            if rg not in area_before or not idx.size:
                continue
            area = self.population_area[idx]
            touched = np.unique(area[area >= 0])
            before = area_before[rg]
            now = self.area_within[rg]
            total = self.area_residents[rg]
            for a in touched.tolist():
                if abs(now[a] - before[a]) < 1e-9:
                    continue
                rows.append(
                    {
                        "area": self.area_labels[a],
                        "group": rg,
                        "residents": float(total[a]),
                        "within_before": float(before[a]),
                        "within_after": float(now[a]),
                        "share_before": _share(before[a], total[a]),
                        "share_after": _share(now[a], total[a]),
                    }
                )
        areas = pd.DataFrame(
            rows,
            columns=[
                "area", "group", "residents", "within_before", "within_after",
                "share_before", "share_after",
            ],
        )  # fmt: skip
        ranks = None
        if self.ranking is not None:
            if rows or ranks_before is None:  # no share changed: the ranking cannot change
                self._ranks = None
            after = self.ranks()
            before = ranks_before if ranks_before is not None else after
            moved = ~((before == after) | (before.isna() & after.isna()))
            ranks = pd.DataFrame(
                {
                    "area": list(after.index[moved]),
                    "rank_before": before[moved].to_numpy(),
                    "rank_after": after[moved].to_numpy(),
                }
            )
        kind = self.place_kind_of(place) if place >= 0 else ""
        snapped = True
        if place >= self.m:
            snapped = self.candidates[place - self.m].snapped
        return EditResult(
            edit=edit,
            place=place,
            place_label=self.place_label(place),
            kind=kind,
            groups=groups,
            areas=areas,
            ranks=ranks,
            snapped=snapped,
        )

    # ------------------------------------------------------------------ areas and ranks

    def area_shares(self) -> pd.DataFrame:
        """Per area (index: area labels) the share within the norm per resident group."""
        cols = {}
        for rg in self.residents:
            if rg in self.area_within:
                with np.errstate(invalid="ignore", divide="ignore"):
                    total = self.area_residents[rg]
                    cols[rg] = np.where(total > 0, self.area_within[rg] / total, np.nan)
        return pd.DataFrame(cols, index=pd.Index(self.area_labels, name="area"))

    def ranking_frame(self) -> Optional[pd.DataFrame]:
        """The ranking input with the scenario's reach shares in the share columns."""
        if self.ranking is None:
            return None
        frame = self.ranking.frame.copy()
        shares = self.area_shares()
        for rg in shares.columns:
            s = COLUMN_SUFFIX[rg]
            column = f"share_{s}_within_meeting_norm" if rg == SENIORS else f"share_{s}_within_norm"
            frame[column] = shares[rg].to_numpy()
        return frame

    def _rank_now(self) -> pd.Series:
        from .ranking import rank_areas

        frame = self.ranking_frame()
        result = rank_areas(
            frame,
            self.ranking.definition,
            population=self.ranking.population,
            min_population=self.ranking.min_population,
            n_draws=1,
            weight_jitter=0.0,
            allow_missing_ambitions=True,
        )
        return pd.Series(result.table["rank"].to_numpy(), index=pd.Index(self.area_labels))

    def ranks(self) -> Optional[pd.Series]:
        """The areas' ranks now (1 = most need; NaN: not ranked), or None without ranking."""
        if self.ranking is None:
            return None
        if self._ranks is None:
            self._ranks = self._rank_now()
        return self._ranks

    def figures(self) -> ScenarioFigures:
        return ScenarioFigures(
            name=self.name,
            within={rg: self.residents_within(rg) for rg in self.residents},
            residents={rg: float(w.sum()) for rg, w in self.residents.items()},
            areas=self.area_shares(),
            ranks=self.ranks(),
            edits=len(self.edits),
        )

    def fresh(self, name: str = "scenario") -> Scenario:
        """A new scenario on the same existing places, population and caches, without the
        edits (to open and compare another scenario)."""
        other = Scenario.__new__(Scenario)
        other.__dict__.update(self.__dict__)
        other.name = name
        other.base_active = np.ones(self.m, dtype=bool)
        other.candidates = []
        other.edits = []
        other._journal = {}
        other._ranks = None
        other.d = {g: v.copy() for g, v in self._base_d.items()}
        other.q = {g: v.copy() for g, v in self._base_q.items()}
        other.area_within = {g: v.copy() for g, v in self._base_area_within.items()}
        return other

    def keep_base(self) -> None:
        """Remember the state of the existing places (done before the first edit) so that
        :meth:`fresh` can start another scenario from it."""
        self._base_d = {g: v.copy() for g, v in self.d.items()}
        self._base_q = {g: v.copy() for g, v in self.q.items()}
        self._base_area_within = {g: v.copy() for g, v in self.area_within.items()}

    # ------------------------------------------------------------------ closure impact

    def closure_impact(
        self, places: Optional[Sequence[int]] = None, progress: Optional[Progress] = None
    ) -> pd.DataFrame:
        """Per place present (or the indices ``places``): the residents per group who would
        fall outside the norm if it were removed (it covers them alone). Columns:
        ``place``, ``place_id``, ``kind``, ``name``, ``lost_<group>`` per resident group,
        ``lost_total``. Nothing is changed."""
        if places is None:
            places, _ = self.active_places()
        places = np.asarray(places, dtype=np.int64)
        if self.network is None and self.model.polygons is None:
            lost = self._closure_straight(places)
        else:
            lost = self._closure_by_removal(places, progress)
        frame = pd.DataFrame(
            {
                "place": places,
                "place_id": [self.place_id(p) for p in places.tolist()],
                "kind": [self.place_kind_of(p) for p in places.tolist()],
                "name": [self.place_label(p) for p in places.tolist()],
            }
        )
        for rg in self.residents:
            frame[f"lost_{COLUMN_SUFFIX[rg]}"] = lost[rg]
        frame["lost_total"] = sum(lost[rg] for rg in self.residents) if lost else 0.0
        return frame

    def _closure_straight(self, places: np.ndarray) -> Dict[str, np.ndarray]:
        """Straight-line point places: a resident is covered by a place alone when it is
        the only place within the norm, i.e. the second nearest lies beyond it (one KD-tree
        query for the two nearest per group, over the places present)."""
        position = np.full(self.n_places, -1, dtype=np.int64)
        position[places] = np.arange(len(places))
        detour = self.model.detour_factor
        lost = {}
        for rg in self.residents:
            g = SERVED_BY[rg]
            norm = self.norm.max_distance(rg)
            present = [np.nonzero(self.model.serves[g] & self.base_active)[0]]
            present.append(
                np.array(
                    [
                        self.m + j
                        for j, c in enumerate(self.candidates)
                        if c.active and g in c.groups
                    ],
                    dtype=np.int64,
                )
            )
            index = np.concatenate(present).astype(np.int64)
            lost[rg] = np.zeros(len(places))
            if not len(index):
                continue
            xy = np.array([self.place_xy(i) for i in index]).reshape(-1, 2)
            tree = cKDTree(xy)
            d, i = tree.query(self.xy, k=2, distance_upper_bound=norm / detour * (1 + 1e-9))
            d = np.asarray(d, dtype=float) * detour
            w = self.residents[rg]
            alone = (d[:, 0] <= norm) & ~(d[:, 1] <= norm) & (w > 0)
            owner = position[index[i[alone, 0]]]
            ok = owner >= 0
            lost[rg] = np.bincount(owner[ok], weights=w[alone][ok], minlength=len(places))
        return lost

    def _closure_by_removal(
        self, places: np.ndarray, progress: Optional[Progress]
    ) -> Dict[str, np.ndarray]:
        """Network or polygon places: the removal step per place, without applying it."""
        lost = {rg: np.zeros(len(places)) for rg in self.residents}
        # a place that is nobody's nearest within the norm covers nobody alone
        within_nearest = {}
        for rg in self.residents:
            g = SERVED_BY[rg]
            ok = self.within(rg) & (self.residents[rg] > 0)
            within_nearest[rg] = set(np.unique(self.q[g][ok]).tolist())
        for i, p in enumerate(places.tolist()):
            if progress is not None and progress(i / max(len(places), 1)) is False:
                raise ScenarioCancelledError()
            groups = self.place_groups(p)
            wanted = [rg for rg in self.residents if SERVED_BY[rg] in groups]
            wanted = [rg for rg in wanted if p in within_nearest[rg]]
            if not wanted:
                continue
            was_active = self.place_active(p)
            self._set_active(p, False)
            try:
                done = {}
                shared: Dict[bytes, object] = {}
                for rg in wanted:
                    g = SERVED_BY[rg]
                    if g not in done:
                        idx = np.nonzero(self.q[g] == p)[0]
                        d, _ = self._nearest_remaining(g, idx, p, shared)
                        done[g] = (idx, d)
                    idx, d = done[g]
                    norm = self.norm.max_distance(rg)
                    out = (self.d[g][idx] <= norm) & ~(d <= norm)
                    lost[rg][i] = float(self.residents[rg][idx[out]].sum())
            finally:
                self._set_active(p, was_active)
        return lost

    def _set_active(self, index: int, active: bool) -> None:
        if index < self.m:
            self.base_active[index] = active
        else:
            self.candidates[index - self.m].active = active


def _share(within: float, total: float) -> float:
    return float(within / total) if total > 0 else float("nan")


def scenario_from_analysis(
    analysis, ranking: Optional[RankingInput] = None, name: str = "scenario"
) -> Scenario:
    """A scenario on the result of :func:`~.reach_analysis.analyse_reach` (its model,
    population, residents, per-area assignment and nearest places are reused)."""
    reach = analysis.reach
    labels = None
    if analysis.areas is not None:
        labels = list(analysis.areas.iloc[:, 0])
    scenario = Scenario(
        analysis.model,
        analysis.population_xy,
        reach.residents,
        origins=reach.origins,
        nearest={g: (reach.distance[g], reach.nearest_place[g]) for g in reach.distance},
        population_area=analysis.population_area,
        area_labels=labels,
        place_kind=analysis.place_kind,
        ranking=ranking,
        name=name,
    )
    return scenario


def closure_impact(
    model: ReachModel,
    population_xy: np.ndarray,
    residents: Mapping[str, Sequence[float]],
    *,
    origins: Optional[SnappedPoints] = None,
    place_kind: Optional[Sequence[str]] = None,
    progress: Optional[Progress] = None,
) -> pd.DataFrame:
    """Per existing place (in the model's order): the residents per age group (and 65+ for
    meeting places) who fall outside the norm if it is closed, because it covers them alone
    (see :meth:`Scenario.closure_impact`)."""
    scenario = Scenario(model, population_xy, residents, origins=origins, place_kind=place_kind)
    return scenario.closure_impact(np.arange(model.n_places), progress=progress)
