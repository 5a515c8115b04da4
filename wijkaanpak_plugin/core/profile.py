"""The profile of one area (wijk, buurt or 100 m cell), assembled from the plugin's outputs.

The wijkprofiel dock reads the layers the plugin's algorithms wrote (once, through
``layer_io``) and hands their attribute frames here. This module recognises the figures by
their field names (:data:`GROUPS`, documented in ``docs/docks.md``), picks for an area the
layer that has each kind of figure, and adds only what no algorithm writes:

* the municipality's figure beside the area's: for reach the residents within the norm
  divided by the residents of the municipality's areas in the reach output (the share the
  reach algorithm would report for the municipality as a whole); for the ambition scores the
  mean score of the municipality's areas in the same output;
* which places lie inside which area (the rule of the reach algorithm:
  :func:`~.geometry.assign_places_to_areas`) and which area a clicked point lies in.

Everything else (shares, estimates, intervals, scores, ranks, need drivers) is read as the
algorithms wrote it; nothing is computed twice. Missing figures stay missing (``None``);
published figures hidden by CBS/RIVM (-99997, '.') are read by the one parser of figures and
flagged as suppressed, never shown as numbers.

No Qt, no QGIS: the dock turns an :class:`AreaProfile` into words (English or Dutch).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .figures import parse_figures
from .geometry import AreaRings, assign_places_to_areas, assign_points_to_areas, polygon_bounds
from .indicators import IndicatorDefinition

# --------------------------------------------------------------------------- area levels

LEVEL_CELL = "cell"
LEVEL_BUURT = "buurt"
LEVEL_WIJK = "wijk"
#: Recognised in this order: a grid layer also has buurtcode and wijkcode, a buurt layer
#: also wijkcode.
LEVELS = (LEVEL_CELL, LEVEL_BUURT, LEVEL_WIJK)
CODE_FIELDS: Mapping[str, Tuple[str, ...]] = {
    LEVEL_CELL: ("c28992r100", "crs28992res100m"),
    LEVEL_BUURT: ("buurtcode",),
    LEVEL_WIJK: ("wijkcode",),
}
NAME_FIELDS: Mapping[str, Tuple[str, ...]] = {
    LEVEL_CELL: (),
    LEVEL_BUURT: ("buurtnaam",),
    LEVEL_WIJK: ("wijknaam",),
}
MUNICIPALITY_CODE_FIELD = "gemeentecode"
MUNICIPALITY_NAME_FIELD = "gemeentenaam"
#: Fields that may say which year a layer's CBS figures are of.
VINTAGE_FIELDS = ("jaarstatcode", "jaar")


@dataclass(frozen=True)
class AreaKey:
    """How a layer names its areas: level, code field and (optional) name field."""

    level: str
    code_field: str
    name_field: Optional[str] = None


def area_key(columns: Sequence[str]) -> Optional[AreaKey]:
    """The level and code field of a layer with these fields; None if it has no area code."""
    present = set(columns)
    for level in LEVELS:
        for code in CODE_FIELDS[level]:
            if code in present:
                name = next((n for n in NAME_FIELDS[level] if n in present), None)
                return AreaKey(level, code, name)
    return None


# --------------------------------------------------------------------------- figure groups

PLAY_GROUPS = ("0_5", "6_11", "12_17")
#: CBS age bands: (label, field names that hold a count, field names that hold a percentage).
AGE_BANDS: Tuple[Tuple[str, Tuple[str, ...], Tuple[str, ...]], ...] = (
    ("0-14", ("aantal_inwoners_0_tot_15_jaar", "a_00_14"),
     ("0_15", "percentage_personen_0_tot_15_jaar", "p_00_14_jr")),
    ("15-24", ("aantal_inwoners_15_tot_25_jaar", "a_15_24"),
     ("15_25", "percentage_personen_15_tot_25_jaar", "p_15_24_jr")),
    ("25-44", ("aantal_inwoners_25_tot_45_jaar", "a_25_44"),
     ("25_45", "percentage_personen_25_tot_45_jaar", "p_25_44_jr")),
    ("45-64", ("aantal_inwoners_45_tot_65_jaar", "a_45_64"),
     ("45_65", "percentage_personen_45_tot_65_jaar", "p_45_64_jr")),
    ("65+", ("aantal_inwoners_65_jaar_en_ouder", "a_65_oo"),
     ("65plus", "percentage_personen_65_jaar_en_ouder", "p_65_eo_jr")),
)  # fmt: skip
_BAND_FIELDS = tuple(f for _, counts, pcts in AGE_BANDS for f in counts + pcts)

MEASURED_FIELDS = (
    "eenzaam_18plus",
    "ernstig_eenzaam_18plus",
    "eenzaam_65plus",
    "ernstig_eenzaam_65plus",
)
REACH_FIELDS = (
    *(f"residents_{g}" for g in PLAY_GROUPS),
    *(f"residents_{g}_within_norm" for g in PLAY_GROUPS),
    *(f"share_{g}_within_norm" for g in PLAY_GROUPS),
    "residents_65plus",
    "residents_65plus_within_meeting_norm",
    "share_65plus_within_meeting_norm",
    "playgrounds",
    *(f"playgrounds_{g}" for g in PLAY_GROUPS),
    "meeting_places",
    "meeting_places_per_1000_65plus",
    "play_space_m2_per_child",
    "play_space_pct_of_area",
    "norm",
    "distance_type",
    "age_split",
)
RANK_FIELDS = (
    "rank",
    "rank_label",
    "rank_p05",
    "rank_p95",
    "p_first",
    "p_top3",
    "ranked",
    "not_ranked_reason",
    "need",
    "need_driver_1",
    "need_driver_2",
    "need_driver_3",
    "ambitions_missing",
)
AMBITION_PREFIX = "ambition_"


@dataclass(frozen=True)
class FigureGroup:
    """A kind of figure, recognised in a layer by its field names.

    The layer has the group when it has every field of ``needs_all`` and at least one of
    ``needs_any`` (when given). ``fields`` are all the fields read for it (those present).
    ``algorithm``: id of the plugin algorithm that writes the fields, named when missing.
    """

    key: str
    fields: Tuple[str, ...]
    algorithm: str
    needs_all: Tuple[str, ...] = ()
    needs_any: Tuple[str, ...] = ()
    numeric: Tuple[str, ...] = ()

    def present_in(self, columns: Sequence[str]) -> bool:
        cols = set(columns)
        if not all(f in cols for f in self.needs_all):
            return False
        return not self.needs_any or any(f in cols for f in self.needs_any)


GROUPS: Tuple[FigureGroup, ...] = (
    FigureGroup(
        "population", ("aantal_inwoners",), "importfigures",
        needs_all=("aantal_inwoners",), numeric=("aantal_inwoners",),
    ),
    FigureGroup(
        "age_bands", _BAND_FIELDS, "importfigures",
        needs_any=_BAND_FIELDS, numeric=_BAND_FIELDS,
    ),
    FigureGroup(
        "measured",
        (*MEASURED_FIELDS, "vintage", "source"),
        "measuredloneliness",
        needs_any=MEASURED_FIELDS,
        numeric=MEASURED_FIELDS,
    ),
    FigureGroup(
        "modelled",
        ("estimate", "lower", "upper", "published", "out_of_range", "note",
         "figures_from_buurt", "buurt_estimate"),
        "applylonelinessmodel",
        needs_all=("estimate", "lower", "upper"),
        numeric=("estimate", "lower", "upper", "buurt_estimate"),
    ),
    FigureGroup(
        "risk",
        ("risk_score", "risk_class_label", "risk_factor_1", "risk_factor_2", "risk_factor_3"),
        "lonelinessriskindex",
        needs_all=("risk_score",),
        numeric=("risk_score",),
    ),
    FigureGroup(
        "reach", REACH_FIELDS, "playgroundreach",
        needs_any=tuple(f"residents_{g}_within_norm" for g in PLAY_GROUPS),
        numeric=tuple(f for f in REACH_FIELDS if f not in ("norm", "distance_type", "age_split")),
    ),
    FigureGroup(
        "ambitions",
        ("total_score", "need", "need_driver_1", "need_driver_2", "need_driver_3",
         "ambitions_missing"),
        "ambitionscores",
        needs_all=("total_score",),
        numeric=("total_score", "need"),
    ),
    FigureGroup(
        "rank", RANK_FIELDS, "rankareas",
        needs_all=("rank_label", "p_top3"),
        numeric=("rank", "rank_p05", "rank_p95", "p_first", "p_top3", "need"),
    ),
)  # fmt: skip
GROUP_BY_KEY: Mapping[str, FigureGroup] = {g.key: g for g in GROUPS}
#: Groups that are figures about people: withheld for areas under the minimum population.
PEOPLE_GROUPS = ("age_bands", "measured", "modelled", "risk", "reach", "ambitions", "rank")


def ambition_fields(columns: Sequence[str]) -> List[str]:
    """The ``ambition_<id>`` score fields of an Ambition scores output, in layer order."""
    return [c for c in columns if c.startswith(AMBITION_PREFIX) and len(c) > len(AMBITION_PREFIX)]


def groups_in(columns: Sequence[str]) -> List[str]:
    """Keys of the figure groups a layer with these fields has."""
    return [g.key for g in GROUPS if g.present_in(columns)]


def fields_to_read(columns: Sequence[str]) -> List[str]:
    """The fields of a layer the profile uses (identity, vintage and every group present)."""
    cols = list(columns)
    key = area_key(cols)
    if key is None:
        return []
    wanted = [key.code_field]
    if key.name_field:
        wanted.append(key.name_field)
    wanted += [MUNICIPALITY_CODE_FIELD, MUNICIPALITY_NAME_FIELD, *VINTAGE_FIELDS]
    for group in GROUPS:
        if group.present_in(cols):
            wanted += list(group.fields)
            if group.key == "ambitions":
                wanted += ambition_fields(cols)
    present = set(cols)
    return [f for f in dict.fromkeys(wanted) if f in present]


# --------------------------------------------------------------------------- source tables

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def year_in(text: object) -> Optional[str]:
    """The one year (1950-2099) a text names, e.g. 'cbs_wijken_2024' → '2024'; None when it
    names none or several."""
    years = set(_YEAR.findall(str(text or "")))
    return years.pop() if len(years) == 1 else None


def normalise_code(value: object) -> Optional[str]:
    """An area code as the profile compares it: trimmed text, upper case; None when empty."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip().upper()
    return text or None


def municipality_from_code(code: Optional[str]) -> Optional[str]:
    """GM code of a CBS wijk or buurt code (WK023301 → GM0233); None for other codes."""
    if not code:
        return None
    match = re.match(r"^(WK|BU)(\d{4})\d*$", code)
    return "GM" + match.group(2) if match else None


@dataclass
class SourceTable:
    """The recognised fields of one layer, one row per area code (first of duplicates).

    ``frame``: index = normalised area code; numeric fields parsed (suppressed → NaN), with
    ``suppressed`` flagging the values CBS/RIVM hid. ``fids``: the layer's feature id of
    each row (same order as ``frame``), so a selected feature maps to its area.
    """

    layer_name: str
    key: AreaKey
    frame: pd.DataFrame
    suppressed: pd.DataFrame
    groups: Tuple[str, ...]
    fids: np.ndarray
    vintage: Optional[str] = None
    duplicates: int = 0
    layer_id: str = ""
    _cache: Dict[str, object] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        layer_name: str,
        frame: pd.DataFrame,
        fids: Optional[Sequence[int]] = None,
        table_name: str = "",
        layer_id: str = "",
    ) -> Optional[SourceTable]:
        """Recognise and parse the fields of a layer frame; None when it has no area code."""
        key = area_key(list(frame.columns))
        if key is None:
            return None
        fid_array = (
            np.asarray(fids, dtype=np.int64)
            if fids is not None
            else np.arange(len(frame), dtype=np.int64)
        )
        codes = frame[key.code_field].map(normalise_code)
        keep = codes.notna().to_numpy() & ~codes.duplicated().to_numpy()
        duplicates = int((codes.notna() & codes.duplicated()).sum())
        data = frame.loc[keep].copy()
        data.index = pd.Index(codes[keep].to_numpy(), name="code")
        suppressed = pd.DataFrame(index=data.index)
        numeric = {f for g in GROUPS for f in g.numeric} | set(ambition_fields(data.columns))
        for name in data.columns:
            if name in numeric:
                raw = data[name]
                parsed = parse_figures(raw, name=name, errors="coerce")
                values = parsed.values
                if parsed.suppressed:
                    suppressed[name] = raw.notna().to_numpy() & values.isna().to_numpy()
                data[name] = values.to_numpy(dtype=float)
        groups = tuple(groups_in(list(frame.columns)))
        vintage = None
        for name in VINTAGE_FIELDS:
            if name in data.columns:
                vintage = next((year_in(v) for v in data[name] if year_in(v)), None)
                if vintage:
                    break
        if vintage is None:
            vintage = year_in(table_name) or year_in(layer_name)
        return cls(
            layer_name=layer_name,
            key=key,
            frame=data,
            suppressed=suppressed,
            groups=groups,
            fids=fid_array[keep],
            vintage=vintage,
            duplicates=duplicates,
            layer_id=layer_id,
        )

    # ----------------------------------------------------------------- lookups
    def has(self, code: str) -> bool:
        return code in self.frame.index

    def row(self, code: str) -> Optional[pd.Series]:
        return self.frame.loc[code] if code in self.frame.index else None

    def codes(self) -> List[str]:
        return list(self.frame.index)

    def names(self) -> Dict[str, str]:
        """Code → area name (the code itself where there is no name)."""
        if self.key.name_field and self.key.name_field in self.frame.columns:
            names = self.frame[self.key.name_field]
            return {
                code: (str(name).strip() if _present(name) and str(name).strip() else code)
                for code, name in names.items()
            }
        return {code: code for code in self.frame.index}

    def code_of_fid(self, fid: int) -> Optional[str]:
        lookup = self._cache.get("fid")
        if lookup is None:
            lookup = dict(zip(self.fids.tolist(), self.frame.index))
            self._cache["fid"] = lookup
        return lookup.get(int(fid))  # type: ignore[union-attr]

    def fid_of(self, code: str) -> Optional[int]:
        """The feature id of an area's row (None when the code is not in the layer)."""
        if code not in self.frame.index:
            return None
        return int(self.fids[self.frame.index.get_loc(code)])

    def is_suppressed(self, code: str, name: str) -> bool:
        if name not in self.suppressed.columns or code not in self.suppressed.index:
            return False
        return bool(self.suppressed.at[code, name])

    def municipalities(self) -> pd.Series:
        """Municipality code per area: the gemeentecode field, else taken from the CBS code."""
        cached = self._cache.get("municipalities")
        if cached is None:
            derived = pd.Series(
                [municipality_from_code(c) for c in self.frame.index],
                index=self.frame.index,
                dtype=object,
            )
            if MUNICIPALITY_CODE_FIELD in self.frame.columns:
                given = self.frame[MUNICIPALITY_CODE_FIELD].map(normalise_code)
                derived = given.where(given.notna(), derived)
            cached = derived
            self._cache["municipalities"] = cached
        return cached  # type: ignore[return-value]

    def municipality_sums(self, columns: Sequence[str]) -> pd.DataFrame:
        """Sum of each column over the areas of every municipality (NaN rows skipped)."""
        key = "sums:" + ",".join(columns)
        cached = self._cache.get(key)
        if cached is None:
            cols = [c for c in columns if c in self.frame.columns]
            cached = self.frame[cols].groupby(self.municipalities()).sum(min_count=1)
            self._cache[key] = cached
        return cached  # type: ignore[return-value]

    def municipality_means(
        self, columns: Sequence[str], min_population: int = 0
    ) -> Tuple[pd.DataFrame, pd.Series]:
        """Mean of each column over the areas of every municipality, and the number of areas
        with a value of the last column. With ``min_population`` and a population field,
        only areas with at least that many residents count (as only they show figures)."""
        key = "means:{}:{}".format(min_population, ",".join(columns))
        cached = self._cache.get(key)
        if cached is None:
            cols = [c for c in columns if c in self.frame.columns]
            frame = self.frame[cols]
            municipalities = self.municipalities()
            if min_population > 0 and "aantal_inwoners" in self.frame.columns:
                keep = (self.frame["aantal_inwoners"] >= min_population).to_numpy()
                frame, municipalities = frame[keep], municipalities[keep]
            grouped = frame.groupby(municipalities)
            cached = (grouped.mean(), grouped[cols[-1]].count() if cols else pd.Series(dtype=int))
            self._cache[key] = cached
        return cached  # type: ignore[return-value]

    def count_ranked(self) -> int:
        if "ranked" not in self.frame.columns:
            return 0
        cached = self._cache.get("ranked")
        if cached is None:
            cached = int(_as_bool(self.frame["ranked"]).sum())
            self._cache["ranked"] = cached
        return cached  # type: ignore[return-value]


def _present(value: object) -> bool:
    if value is None:
        return False
    try:
        return not pd.isna(value)
    except (TypeError, ValueError):
        return True


def _as_bool(series: pd.Series) -> pd.Series:
    def one(v: object) -> bool:
        if not _present(v):
            return False
        if isinstance(v, str):
            return v.strip().lower() in ("1", "true", "yes", "ja")
        return bool(v)

    return series.map(one)


# --------------------------------------------------------------------------- the profile


@dataclass(frozen=True)
class Figure:
    """One number as read: ``value`` None when missing; ``suppressed`` when CBS/RIVM hid it."""

    value: Optional[float] = None
    suppressed: bool = False

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Source:
    """Where a kind of figure of this area was read: layer, and year where it says one."""

    group: str
    layer: str
    vintage: Optional[str] = None


@dataclass(frozen=True)
class AgeBand:
    label: str
    figure: Figure
    unit: str  # "count" or "%"


@dataclass(frozen=True)
class MeasuredLoneliness:
    lonely_18plus: Figure
    severely_lonely_18plus: Figure
    lonely_65plus: Figure
    severely_lonely_65plus: Figure
    vintage: Optional[str]
    source: Optional[str]


@dataclass(frozen=True)
class ModelledLoneliness:
    estimate: Figure
    lower: Figure
    upper: Figure
    published: Optional[bool]
    out_of_range: bool
    from_buurt: bool
    note: Optional[str]


@dataclass(frozen=True)
class RiskIndex:
    score: Figure
    class_label: Optional[str]
    factors: Tuple[str, ...]


@dataclass(frozen=True)
class ReachRow:
    """Share of an age group within the norm, here and in the municipality."""

    group: str  # "0-5", "6-11", "12-17" (playground) or "65+" (meeting place)
    residents: Figure
    within: Figure
    share: Figure
    municipality_share: Figure
    norm_m: Optional[float]


@dataclass(frozen=True)
class ReachProfile:
    rows: Tuple[ReachRow, ...]
    norm: Optional[str]
    distance_type: Optional[str]
    age_split: Optional[str]
    playgrounds: Figure
    playgrounds_by_group: Mapping[str, Figure]
    meeting_places: Figure
    meeting_places_per_1000_65plus: Figure
    play_space_m2_per_child: Figure


@dataclass(frozen=True)
class AmbitionScore:
    id: str
    score: Figure
    municipality: Figure


@dataclass(frozen=True)
class AmbitionProfile:
    scores: Tuple[AmbitionScore, ...]
    total: Figure
    municipality_total: Figure
    municipality_areas: int
    #: True when only areas with at least the minimum population count in the mean
    municipality_populated_only: bool = False


@dataclass(frozen=True)
class RankProfile:
    ranked: bool
    rank: Figure
    low: Figure
    high: Figure
    p_first: Figure
    p_top3: Figure
    n_ranked: int
    label: Optional[str]
    not_ranked_reason: Optional[str]
    ambitions_missing: Tuple[str, ...]


@dataclass(frozen=True)
class Place:
    kind: str  # "playground" or "meeting"
    name: Optional[str]
    place_type: Optional[str]
    condition: Optional[object]
    last_inspection: Optional[str]
    ages: Tuple[str, ...]
    #: 1-5 as the assessment dock writes it (``condition_score``); None: not scored
    condition_score: Optional[int] = None

    @property
    def assessed(self) -> bool:
        return self.condition_score is not None or self.condition is not None


@dataclass(frozen=True)
class AreaProfile:
    """Everything the dock shows about one area, as read (see the module docstring)."""

    code: str
    name: str
    level: str
    municipality_code: Optional[str]
    municipality_name: Optional[str]
    population: Figure
    min_population: int
    #: None: figures about people are shown; "below" / "unknown": withheld, and why.
    withheld: Optional[str]
    age_bands: Tuple[AgeBand, ...] = ()
    play_ages: Mapping[str, Figure] = field(default_factory=dict)
    measured: Optional[MeasuredLoneliness] = None
    modelled: Optional[ModelledLoneliness] = None
    risk: Optional[RiskIndex] = None
    reach: Optional[ReachProfile] = None
    ambitions: Optional[AmbitionProfile] = None
    rank: Optional[RankProfile] = None
    drivers: Tuple[str, ...] = ()
    places: Optional[Tuple[Place, ...]] = None
    sources: Mapping[str, Source] = field(default_factory=dict)

    @property
    def shows_people(self) -> bool:
        return self.withheld is None


def _figure(table: SourceTable, code: str, name: str) -> Figure:
    if name not in table.frame.columns:
        return Figure()
    value = table.frame.at[code, name]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return Figure(None, table.is_suppressed(code, name))
    try:
        return Figure(float(value))
    except (TypeError, ValueError):
        return Figure()


def _text(table: SourceTable, code: str, name: str) -> Optional[str]:
    if name not in table.frame.columns:
        return None
    value = table.frame.at[code, name]
    if not _present(value):
        return None
    text = str(value).strip()
    return text or None


def _flag(table: SourceTable, code: str, name: str) -> Optional[bool]:
    if name not in table.frame.columns:
        return None
    value = table.frame.at[code, name]
    if not _present(value):
        return None
    return bool(_as_bool(pd.Series([value])).iloc[0])


def _ids(text: Optional[str]) -> Tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(",") if p.strip())


_NORM_GROUP = re.compile(r"(?:^|[:,]\s*)(0-5|6-11|12-17|meeting place 65\+|meeting place)\s+"
                         r"([0-9]+(?:\.[0-9]+)?)\s*m\b")  # fmt: skip


def norm_distances(norm_text: Optional[str]) -> Dict[str, float]:
    """Metres per group from the ``norm`` text the reach algorithm writes
    ('Name: 0-5 100 m, 6-11 400 m, 12-17 1000 m, meeting place 400 m')."""
    found: Dict[str, float] = {}
    for group, metres in _NORM_GROUP.findall(norm_text or ""):
        key = {"meeting place": "meeting", "meeting place 65+": "65+"}.get(group, group)
        found[key] = float(metres)
    if "65+" not in found and "meeting" in found:
        found["65+"] = found["meeting"]
    return found


def _first(sources: Sequence[SourceTable], group: str, code: str) -> Optional[SourceTable]:
    for table in sources:
        if group in table.groups and table.has(code):
            return table
    return None


def _population(sources: Sequence[SourceTable], code: str) -> Tuple[Figure, Optional[SourceTable]]:
    """The first known number of residents of the area (else the first suppressed one)."""
    fallback: Tuple[Figure, Optional[SourceTable]] = (Figure(), None)
    for table in sources:
        if "population" in table.groups and table.has(code):
            fig = _figure(table, code, "aantal_inwoners")
            if fig.known:
                return fig, table
            if fallback[1] is None:
                fallback = (fig, table)
    return fallback


def build_profile(
    code: str,
    sources: Sequence[SourceTable],
    *,
    min_population: int = 100,
    places: Optional[Sequence[Place]] = None,
) -> Optional[AreaProfile]:
    """The profile of area ``code`` from the source tables, first table first (the dock puts
    the active layer first). None when no table has the code.

    ``min_population``: under it, or with an unknown number of residents, the profile holds
    no figures about people (``withheld`` says why); 0 switches the rule off.
    """
    code = normalise_code(code) or ""
    holders = [t for t in sources if t.has(code)]
    if not holders:
        return None
    main = holders[0]
    names = main.names()
    name = names.get(code, code)
    if name == code:
        for table in holders[1:]:
            other = table.names().get(code, code)
            if other != code:
                name = other
                break
    municipality = None
    municipality_name = None
    for table in holders:
        municipality = municipality or table.municipalities().get(code)
        municipality_name = municipality_name or _text(table, code, MUNICIPALITY_NAME_FIELD)
    used: Dict[str, Source] = {}

    def note(group: str, table: SourceTable, vintage: Optional[str] = None) -> None:
        used[group] = Source(group, table.layer_name, vintage or table.vintage)

    population, pop_table = _population(holders, code)
    if pop_table is not None:
        note("population", pop_table)
    withheld: Optional[str] = None
    if min_population > 0:
        if not population.known:
            withheld = "unknown"
        elif population.value < min_population:  # type: ignore[operator]
            withheld = "below"

    place_tuple = tuple(places) if places is not None else None
    if withheld is not None:
        return AreaProfile(
            code=code,
            name=name,
            level=main.key.level,
            municipality_code=municipality,
            municipality_name=municipality_name,
            population=population,
            min_population=min_population,
            withheld=withheld,
            places=place_tuple,
            sources=used,
        )

    # residents by CBS age band
    bands: List[AgeBand] = []
    table = _first(holders, "age_bands", code)
    if table is not None:
        for label, counts, pcts in AGE_BANDS:
            for names_, unit in ((counts, "count"), (pcts, "%")):
                column = next((f for f in names_ if f in table.frame.columns), None)
                if column is not None:
                    bands.append(AgeBand(label, _figure(table, code, column), unit))
                    break
        note("age_bands", table)

    # loneliness: measured (RIVM), modelled, risk index
    measured = None
    table = _first(holders, "measured", code)
    if table is not None:
        vintage = _text(table, code, "vintage")
        measured = MeasuredLoneliness(
            *(_figure(table, code, f) for f in MEASURED_FIELDS),
            vintage=year_in(vintage) or vintage,
            source=_text(table, code, "source"),
        )
        note("measured", table, measured.vintage)
    modelled = None
    table = _first(holders, "modelled", code)
    if table is not None:
        modelled = ModelledLoneliness(
            estimate=_figure(table, code, "estimate"),
            lower=_figure(table, code, "lower"),
            upper=_figure(table, code, "upper"),
            published=_flag(table, code, "published"),
            out_of_range=bool(_flag(table, code, "out_of_range")),
            from_buurt=bool(_flag(table, code, "figures_from_buurt")),
            note=_text(table, code, "note"),
        )
        note("modelled", table)
    risk = None
    table = _first(holders, "risk", code)
    if table is not None:
        risk = RiskIndex(
            score=_figure(table, code, "risk_score"),
            class_label=_text(table, code, "risk_class_label"),
            factors=tuple(
                t for t in (_text(table, code, f"risk_factor_{i}") for i in (1, 2, 3)) if t
            ),
        )
        note("risk", table)

    # reach per age group, and the municipality's share beside it
    reach = None
    play_ages: Dict[str, Figure] = {}
    table = _first(holders, "reach", code)
    if table is not None:
        norm_text = _text(table, code, "norm")
        metres = norm_distances(norm_text)
        pairs = [
            (g.replace("_", "-"), f"residents_{g}", f"residents_{g}_within_norm",
             f"share_{g}_within_norm")
            for g in PLAY_GROUPS
        ] + [("65+", "residents_65plus", "residents_65plus_within_meeting_norm",
              "share_65plus_within_meeting_norm")]  # fmt: skip
        sums = table.municipality_sums([c for _, r, w, _ in pairs for c in (r, w)])
        mun = table.municipalities().get(code)
        rows = []
        for label, residents, within, share in pairs:
            if share not in table.frame.columns and within not in table.frame.columns:
                continue
            mun_share = Figure()
            if mun is not None and mun in sums.index and residents in sums.columns:
                total = sums.at[mun, residents]
                inside = sums.at[mun, within] if within in sums.columns else float("nan")
                if _present(total) and _present(inside) and total > 0:
                    mun_share = Figure(float(inside) / float(total))
            rows.append(
                ReachRow(
                    group=label,
                    residents=_figure(table, code, residents),
                    within=_figure(table, code, within),
                    share=_figure(table, code, share),
                    municipality_share=mun_share,
                    norm_m=metres.get(label),
                )
            )
        reach = ReachProfile(
            rows=tuple(rows),
            norm=norm_text,
            distance_type=_text(table, code, "distance_type"),
            age_split=_text(table, code, "age_split"),
            playgrounds=_figure(table, code, "playgrounds"),
            playgrounds_by_group={
                g.replace("_", "-"): _figure(table, code, f"playgrounds_{g}") for g in PLAY_GROUPS
            },
            meeting_places=_figure(table, code, "meeting_places"),
            meeting_places_per_1000_65plus=_figure(table, code, "meeting_places_per_1000_65plus"),
            play_space_m2_per_child=_figure(table, code, "play_space_m2_per_child"),
        )
        play_ages = {
            g.replace("_", "-"): _figure(table, code, f"residents_{g}") for g in PLAY_GROUPS
        }
        play_ages["65+"] = _figure(table, code, "residents_65plus")
        note("reach", table)

    # ambition scores against the municipality's mean
    ambitions = None
    table = _first(holders, "ambitions", code)
    drivers: Tuple[str, ...] = ()
    if table is not None:
        fields_ = ambition_fields(list(table.frame.columns))
        means, counts = table.municipality_means([*fields_, "total_score"], min_population)
        mun = table.municipalities().get(code)

        def mean_of(column: str) -> Figure:
            if mun is None or mun not in means.index or column not in means.columns:
                return Figure()
            value = means.at[mun, column]
            return Figure(float(value)) if _present(value) else Figure()

        ambitions = AmbitionProfile(
            scores=tuple(
                AmbitionScore(f[len(AMBITION_PREFIX) :], _figure(table, code, f), mean_of(f))
                for f in fields_
            ),
            total=_figure(table, code, "total_score"),
            municipality_total=mean_of("total_score"),
            municipality_areas=int(counts.get(mun, 0)) if mun is not None else 0,
            municipality_populated_only=bool(
                min_population > 0 and "aantal_inwoners" in table.frame.columns
            ),
        )
        drivers = tuple(t for t in (_text(table, code, f"need_driver_{i}") for i in (1, 2, 3)) if t)
        note("ambitions", table)

    # rank with its interval and probabilities
    rank = None
    table = _first(holders, "rank", code)
    if table is not None:
        rank = RankProfile(
            ranked=bool(_flag(table, code, "ranked")),
            rank=_figure(table, code, "rank"),
            low=_figure(table, code, "rank_p05"),
            high=_figure(table, code, "rank_p95"),
            p_first=_figure(table, code, "p_first"),
            p_top3=_figure(table, code, "p_top3"),
            n_ranked=table.count_ranked(),
            label=_text(table, code, "rank_label"),
            not_ranked_reason=_text(table, code, "not_ranked_reason"),
            ambitions_missing=_ids(_text(table, code, "ambitions_missing")),
        )
        ranked_drivers = tuple(
            t for t in (_text(table, code, f"need_driver_{i}") for i in (1, 2, 3)) if t
        )
        drivers = ranked_drivers or drivers
        note("rank", table)

    return AreaProfile(
        code=code,
        name=name,
        level=main.key.level,
        municipality_code=municipality,
        municipality_name=municipality_name,
        population=population,
        min_population=min_population,
        withheld=None,
        age_bands=tuple(bands),
        play_ages=play_ages,
        measured=measured,
        modelled=modelled,
        risk=risk,
        reach=reach,
        ambitions=ambitions,
        rank=rank,
        drivers=drivers,
        places=place_tuple,
        sources=used,
    )


# --------------------------------------------------------------------------- labels


def indicator_label(definition: Optional[IndicatorDefinition], indicator_id: str, lang: str) -> str:
    """The label of an indicator in the definition file ('nl' or 'en'); the id if unknown."""
    if definition is not None:
        for ind in definition.indicators:
            if ind.id == indicator_id:
                return ind.label_nl if lang == "nl" else ind.label_en
    return indicator_id


def ambition_label(definition: Optional[IndicatorDefinition], ambition_id: str, lang: str) -> str:
    """The label of an ambition in the definition file ('nl' or 'en'); the id if unknown."""
    if definition is not None:
        for amb in definition.ambitions:
            if amb.id == ambition_id:
                return amb.label_nl if lang == "nl" else amb.label_en
    return ambition_id


def ordered_ambitions(
    scores: Sequence[AmbitionScore], definition: Optional[IndicatorDefinition]
) -> List[AmbitionScore]:
    """Ambition scores in the order of the definition file (others after, as read)."""
    if definition is None:
        return list(scores)
    order = {a.id: i for i, a in enumerate(definition.ambitions)}
    return sorted(scores, key=lambda s: order.get(s.id, len(order)))


# --------------------------------------------------------------------------- places and areas


@dataclass
class AreaIndex:
    """The areas of one layer for 'which area is this point in' and 'which places are in it'.

    ``rings``: per area its rings in EPSG:28992 (exterior and holes of all parts).
    """

    codes: List[str]
    rings: List[AreaRings]
    bounds: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.bounds = (
            polygon_bounds(self.rings) if len(self.rings) else np.zeros((0, 4), dtype=float)
        )

    def code_at(self, x: float, y: float) -> Optional[str]:
        """The code of the area the point lies in (EPSG:28992), None when none does."""
        if not len(self.codes) or not (math.isfinite(x) and math.isfinite(y)):
            return None
        b = self.bounds
        candidates = np.nonzero((b[:, 0] <= x) & (x <= b[:, 2]) & (b[:, 1] <= y) & (y <= b[:, 3]))[
            0
        ]
        if not candidates.size:
            return None
        hit = assign_points_to_areas(np.array([[x, y]]), [self.rings[i] for i in candidates])
        return self.codes[int(candidates[hit[0]])] if hit[0] >= 0 else None

    def places_by_area(
        self, places_xy: np.ndarray, place_rings: Optional[Sequence[Optional[AreaRings]]] = None
    ) -> List[Optional[str]]:
        """Area code of each place (None: in no area): a point place the area it lies in, a
        polygon place the area it overlaps most, as the reach algorithm counts them."""
        xy = np.asarray(places_xy, dtype=float).reshape(-1, 2)
        ok = np.isfinite(xy).all(axis=1)
        result: List[Optional[str]] = [None] * len(xy)
        if not ok.any() or not self.codes:
            return result
        rings = [place_rings[i] for i in np.nonzero(ok)[0]] if place_rings is not None else None
        index = assign_places_to_areas(xy[ok], rings, self.rings)
        for row, area in zip(np.nonzero(ok)[0], index):
            if area >= 0:
                result[int(row)] = self.codes[int(area)]
        return result


PLAYGROUND_MARK = ("place_type", "age_0_5", "age_6_11", "age_12_17")
MEETING_MARK = ("place_type",)
PLACE_FIELDS = (
    "name",
    "place_type",
    "condition",
    "condition_score",
    "last_inspection",
    "assessed_on",
    *PLAYGROUND_MARK[1:],
)


def place_kind(columns: Sequence[str]) -> Optional[str]:
    """'playground' or 'meeting' for a layer with the place schema's fields, else None.

    A playground layer has ``place_type`` and the three age fields; a meeting-place layer
    ``place_type`` and ``capacity`` or ``indoor``.
    """
    cols = set(columns)
    if all(f in cols for f in PLAYGROUND_MARK):
        return "playground"
    if "place_type" in cols and ({"capacity", "indoor"} & cols):
        return "meeting"
    return None


def places_from_frame(kind: str, frame: pd.DataFrame) -> List[Place]:
    """Places of an inventory frame (schema fields as the import writes them)."""

    def col(name: str) -> List[object]:
        return frame[name].tolist() if name in frame.columns else [None] * len(frame)

    names, types, conditions = col("name"), col("place_type"), col("condition")
    inspections = [
        inspected if _present(inspected) else assessed
        for inspected, assessed in zip(col("last_inspection"), col("assessed_on"))
    ]
    scores = (
        parse_figures(frame["condition_score"], name="condition_score", errors="coerce").values
        if "condition_score" in frame.columns
        else pd.Series([np.nan] * len(frame))
    ).tolist()
    ages = {g: col(f"age_{g}") for g in PLAY_GROUPS}
    places = []
    for i in range(len(frame)):
        served = tuple(
            g.replace("_", "-") for g in PLAY_GROUPS if _present(ages[g][i]) and _truthy(ages[g][i])
        )
        places.append(
            Place(
                kind=kind,
                name=_clean(names[i]),
                place_type=_clean(types[i]),
                condition=conditions[i] if _present(conditions[i]) else None,
                last_inspection=_clean(inspections[i]),
                ages=served,
                condition_score=_score(scores[i]),
            )
        )
    return places


def _score(value: object) -> Optional[int]:
    """A condition score 1-5 as an int; anything else (empty, 0, 7, 2.5) None."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or number != round(number) or not 1 <= number <= 5:
        return None
    return int(number)


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "ja", "j", "y")
    return bool(value)


def _clean(value: object) -> Optional[str]:
    if not _present(value):
        return None
    text = str(value).strip()
    return text or None


def group_places(
    places: Sequence[Place], area_codes: Sequence[Optional[str]]
) -> Dict[str, Tuple[Place, ...]]:
    """Places per area code, in inventory order (playgrounds before meeting places as given)."""
    grouped: Dict[str, List[Place]] = {}
    for place, code in zip(places, area_codes):
        if code is not None:
            grouped.setdefault(code, []).append(place)
    return {code: tuple(items) for code, items in grouped.items()}
