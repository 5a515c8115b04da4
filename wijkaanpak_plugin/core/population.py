"""Residents per age group and places' age groups, as the reach computation needs them.

Population layers rarely carry the playground age groups. The CBS 100 m grid publishes
bands: 0-14 (``aantal_inwoners_0_tot_15_jaar``), 15-24 (``aantal_inwoners_15_tot_25_jaar``)
… 65+ (``aantal_inwoners_65_jaar_en_ouder``). Without finer figures, the bands are split by
years of age under the assumption of **equal numbers per year of age within a CBS band**:

* 0-5 = 6/15 of 0-14, 6-11 = 6/15 of 0-14,
* 12-17 = 3/15 of 0-14 (ages 12, 13, 14) + 3/10 of 15-24 (ages 15, 16, 17).

A group with its own count (e.g. address points with ``kinderen_0_5``) always uses that
count; the split only fills the groups that have none.

Suppressed CBS counts (-99997, any negative value, NULL, text such as '.') are not numbers
of people. In the CBS 100 m grid every published count is a multiple of 5 and at least 5,
so a hidden count lies between 0 and 5. Each one is replaced by ``suppressed_value``:
by default the middle estimate :data:`SUPPRESSED_MIDDLE_ESTIMATE` (2.5); 0 gives a lower
bound of the residents, and since hidden counts occur mostly in thinly populated cells far
from playgrounds, 0 makes shares within the norm look better than they are. How many were
replaced, where, and by what value is kept, so every output can say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_suppressed
from .norms import AGE_GROUPS
from .reach import RESIDENT_GROUPS, SERVED_BY, ReachResult, clean_counts

#: Residents assumed for a suppressed count: the middle of 0-5 (published counts are
#: multiples of 5, at least 5).
SUPPRESSED_MIDDLE_ESTIMATE = 2.5

BAND_0_14 = "0-14"
BAND_15_24 = "15-24"
CBS_BANDS = (BAND_0_14, BAND_15_24)

#: Share of each CBS band that falls in each playground age group (years in group / years
#: in band, assuming equal numbers per year of age).
BAND_SPLIT: Dict[str, Dict[str, float]] = {
    "0-5": {BAND_0_14: 6 / 15},
    "6-11": {BAND_0_14: 6 / 15},
    "12-17": {BAND_0_14: 3 / 15, BAND_15_24: 3 / 10},
}

BAND_SPLIT_ASSUMPTION = (
    "Age groups split from CBS bands assuming equal numbers per year of age within a band: "
    "0-5 = 6/15 of 0-14, 6-11 = 6/15 of 0-14, 12-17 = 3/15 of 0-14 + 3/10 of 15-24."
)


@dataclass
class ResidentCounts:
    """Cleaned resident counts per group, and where each came from.

    ``residents``: per resident group (``0-5``, ``6-11``, ``12-17``, ``65+``) a float array
    without negatives or NaN. ``origin``: per group, in words ("field 'x'" or the bands it was
    split from). ``suppressed_values``: per input used (its label), how many values were
    suppressed and replaced by ``suppressed_value``; ``suppressed_rows``: rows with at least
    one such value, flagged in ``suppressed_mask``.
    """

    residents: Dict[str, np.ndarray]
    origin: Dict[str, str]
    suppressed_values: Dict[str, int]
    suppressed_rows: int
    split_groups: Tuple[str, ...] = ()
    notes: List[str] = field(default_factory=list)
    suppressed_value: float = SUPPRESSED_MIDDLE_ESTIMATE
    suppressed_mask: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @property
    def assumption(self) -> str:
        """The band-split assumption when any group was split from CBS bands, else ''."""
        return BAND_SPLIT_ASSUMPTION if self.split_groups else ""


def split_cbs_bands(
    band_0_14: Sequence[float], band_15_24: Sequence[float]
) -> Dict[str, np.ndarray]:
    """0-5, 6-11 and 12-17 from the CBS bands 0-14 and 15-24 (clean counts, see module doc)."""
    a = np.asarray(band_0_14, dtype=float)
    b = np.asarray(band_15_24, dtype=float)
    if a.shape != b.shape:
        raise WijkaanpakInputError(
            f"The CBS bands 0-14 and 15-24 have {len(a)} and {len(b)} values."
        )
    bands = {BAND_0_14: a, BAND_15_24: b}
    return {g: sum(share * bands[k] for k, share in BAND_SPLIT[g].items()) for g in BAND_SPLIT}


def residents_per_age_group(
    n: int,
    counts: Optional[Mapping[str, Optional[Sequence[float]]]] = None,
    bands: Optional[Mapping[str, Optional[Sequence[float]]]] = None,
    labels: Optional[Mapping[str, str]] = None,
    suppressed_value: float = SUPPRESSED_MIDDLE_ESTIMATE,
) -> ResidentCounts:
    """Resident counts per age group for ``n`` population features.

    ``suppressed_value`` replaces a suppressed or missing count (CBS -99997, negative, NULL):
    by default 2.5, the middle estimate (in the CBS 100 m grid every published count is a
    multiple of 5 and at least 5, so a hidden count lies between 0 and 5); 0 gives a lower
    bound.

    ``counts``: own counts per resident group key (any subset of ``0-5``, ``6-11``,
    ``12-17``, ``65+``; ``None`` = not given). ``bands``: CBS band counts ``0-14`` and
    ``15-24``, used only for playground age groups without own counts (12-17 needs both
    bands). ``labels``: a name per key for messages, e.g. the field name.
    """
    counts = {k: v for k, v in (counts or {}).items() if v is not None}
    bands = {k: v for k, v in (bands or {}).items() if v is not None}
    labels = dict(labels or {})
    if not np.isfinite(suppressed_value) or suppressed_value < 0:
        raise WijkaanpakInputError(
            f"The value for suppressed counts must be 0 or more; got {suppressed_value}."
        )
    unknown = sorted(set(counts) - set(RESIDENT_GROUPS))
    if unknown:
        raise WijkaanpakInputError(
            f"Unknown resident age groups {unknown}; use {', '.join(RESIDENT_GROUPS)}."
        )
    unknown = sorted(set(bands) - set(CBS_BANDS))
    if unknown:
        raise WijkaanpakInputError(f"Unknown CBS bands {unknown}; use {', '.join(CBS_BANDS)}.")

    def label(key: str) -> str:
        return labels.get(key, key)

    residents: Dict[str, np.ndarray] = {}
    origin: Dict[str, str] = {}
    suppressed: Dict[str, int] = {}
    bad_rows = np.zeros(n, dtype=bool)
    notes: List[str] = []

    def clean(key: str, values: Sequence[float]) -> np.ndarray:
        arr, _ = clean_counts(values, label(key), n)
        raw = parse_suppressed(pd.Series(values), name=label(key)).to_numpy(dtype=float)
        bad = ~np.isfinite(raw) | (raw < 0)
        suppressed[label(key)] = int(bad.sum())
        bad_rows[:] |= bad
        if suppressed_value:
            arr = np.where(bad, float(suppressed_value), arr)
        return arr

    for g in RESIDENT_GROUPS:
        if g in counts:
            residents[g] = clean(g, counts[g])
            origin[g] = f"field '{label(g)}'"

    split: List[str] = []
    clean_bands: Dict[str, np.ndarray] = {}
    for g in AGE_GROUPS:
        if g in residents:
            continue
        needed = list(BAND_SPLIT[g])
        missing = [k for k in needed if k not in bands]
        if missing:
            if any(k in bands for k in needed):
                notes.append(
                    f"Age group {g} is left out: splitting it needs the CBS band(s) "
                    f"{', '.join(missing)} as well."
                )
            continue
        for k in needed:
            if k not in clean_bands:
                clean_bands[k] = clean(k, bands[k])
        residents[g] = sum(share * clean_bands[k] for k, share in BAND_SPLIT[g].items())
        origin[g] = "split of CBS band(s) " + " + ".join(
            f"{share:.3g} × '{label(k)}'" for k, share in BAND_SPLIT[g].items()
        )
        split.append(g)

    if not residents:
        raise WijkaanpakInputError(
            "No resident counts: give a field with residents for at least one age group "
            "(0-5, 6-11, 12-17 or 65+), or the CBS bands 0-14 and 15-24."
        )
    ordered = {g: residents[g] for g in RESIDENT_GROUPS if g in residents}
    return ResidentCounts(
        residents=ordered,
        origin={g: origin[g] for g in ordered},
        suppressed_values=suppressed,
        suppressed_rows=int(bad_rows.sum()),
        split_groups=tuple(split),
        notes=notes,
        suppressed_value=float(suppressed_value),
        suppressed_mask=bad_rows.copy(),
    )


def place_age_flags(
    columns: Mapping[str, Optional[Sequence]], m: int, unknown_serves: bool
) -> Tuple[Dict[str, np.ndarray], Dict[str, int]]:
    """Which playground serves which age group, with unknown (NULL) ages decided by rule.

    ``columns``: per age group (``0-5``, ``6-11``, ``12-17``) the 0/1 values of ``m``
    playgrounds, or ``None`` when the layer has no such field (all unknown). Unknown means
    suitable when ``unknown_serves`` (e.g. BGT equipment, which has no ages), else not.
    Returns the flags and, per age group, how many were unknown.
    """
    flags: Dict[str, np.ndarray] = {}
    unknown: Dict[str, int] = {}
    for g in AGE_GROUPS:
        values = columns.get(g)
        if values is None:
            raw = np.full(m, np.nan)
        else:
            raw = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
            if len(raw) != m:
                raise WijkaanpakInputError(
                    f"The age flags for {g} have {len(raw)} values for {m} playgrounds."
                )
        missing = ~np.isfinite(raw)
        unknown[g] = int(missing.sum())
        flags[g] = np.where(missing, bool(unknown_serves), raw != 0)
    return flags, unknown


def overall_shares(reach: ReachResult) -> Dict[str, float]:
    """Share of all residents of each group within its norm (65+: of a meeting place).

    Residents-weighted over every population point; NaN for a group with no residents.
    Groups whose places were not evaluated are left out.
    """
    shares: Dict[str, float] = {}
    for g in RESIDENT_GROUPS:
        if g not in reach.residents or SERVED_BY[g] not in reach.distance:
            continue
        w = reach.residents[g]
        total = float(w.sum())
        inside = float(w[reach.within_norm[g]].sum())
        shares[g] = inside / total if total > 0 else float("nan")
    return shares


def spread_over_addresses(
    cell_of_address: Sequence[int],
    counts: Mapping[str, Sequence[float]],
    address_weight: Optional[Sequence[float]] = None,
) -> Tuple[Dict[str, np.ndarray], np.ndarray]:
    """Divide each population polygon's counts over the address points inside it.

    A 100 m grid cell's centroid can lie in a park while its residents live along its edge;
    spreading over the addresses measures from where people live. ``cell_of_address``: per
    address the index of the polygon (cell) it lies in, ``-1`` outside every cell (e.g. from
    ``assign_points_to_areas``). ``counts``: per group the count of every cell.
    ``address_weight``: e.g. dwellings per address (default 1 each); an empty (NaN) weight
    counts as 0.

    Returns per group the count of every address (0 for addresses outside every cell), and
    the indices of the cells with residents but no address of positive weight: their counts
    are not spread and stay at their centroid, so the totals per cell are preserved.
    """
    cell = np.asarray(cell_of_address)
    if cell.ndim != 1 or (cell.size and not np.issubdtype(cell.dtype, np.integer)):
        raise WijkaanpakInputError("The cell of each address must be a list of whole numbers.")
    cell = cell.astype(np.int64)
    n_addresses = len(cell)
    groups = {g: np.asarray(v, dtype=float) for g, v in counts.items()}
    sizes = {len(v) for v in groups.values()}
    if len(sizes) > 1:
        raise WijkaanpakInputError(f"The resident counts per group differ in length: {sizes}.")
    n_cells = sizes.pop() if sizes else 0
    for g, v in groups.items():
        bad = ~np.isfinite(v) | (v < 0)
        if bad.any():
            raise WijkaanpakInputError(
                f"Residents {g}: population feature {int(np.nonzero(bad)[0][0])} has "
                f"{v[bad][0]}; counts must be 0 or more."
            )
    if n_addresses and (cell.min() < -1 or cell.max() >= n_cells):
        raise WijkaanpakInputError(
            f"Address cell numbers must lie between -1 and {n_cells - 1} (the population "
            f"features); found {int(cell.min())} … {int(cell.max())}."
        )
    if address_weight is None:
        weight = np.ones(n_addresses)
    else:
        weight = pd.to_numeric(pd.Series(address_weight), errors="coerce").to_numpy(dtype=float)
        if len(weight) != n_addresses:
            raise WijkaanpakInputError(
                f"There are {len(weight)} address weights for {n_addresses} addresses."
            )
        weight = np.where(np.isnan(weight), 0.0, weight)
        bad = ~np.isfinite(weight) | (weight < 0)
        if bad.any():
            raise WijkaanpakInputError(
                f"The address weight (e.g. dwellings per address) must be 0 or more; address "
                f"{int(np.nonzero(bad)[0][0])} has {weight[bad][0]}."
            )

    inside = cell >= 0
    weight = np.where(inside, weight, 0.0)
    total = np.bincount(cell[inside], weights=weight[inside], minlength=n_cells)
    share = np.zeros(n_addresses)
    share[inside] = weight[inside] / np.where(total > 0, total, 1.0)[cell[inside]]
    own_cell = np.where(inside, cell, 0)
    per_address = {
        g: (v[own_cell] * share if n_cells else np.zeros(n_addresses)) for g, v in groups.items()
    }
    residents = sum(groups.values()) if groups else np.zeros(n_cells)
    cells_without_address = np.nonzero((total <= 0) & (residents > 0))[0]
    return per_address, cells_without_address
