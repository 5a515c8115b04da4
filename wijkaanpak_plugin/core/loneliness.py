"""Loneliness (eenzaamheid) per area: measured figures, grid surface and the model report.

Three layers answer "where is loneliness likely?" with different certainty:

- **measured**: RIVM/GGD small-area estimates (StatLine 50090NED) joined to areas, with the
  vintage recorded and suppressed values left empty;
- **risk index** (``risk_index.py``): a transparent composite of CBS risk factors;
- **model** (``smallarea_model.py``): learns measured loneliness from CBS figures and
  predicts it where it is not published, with intervals, flags and reasons. This module adds
  the grid surface (buurt estimates spread over 100 m cells) and the validation report.

Every output carries :data:`LONELINESS_NOTE`: a signal for conversation, not a verdict.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_suppressed
from .smallarea_model import (
    EXPLANATION_METHOD,
    INTERVAL_METHOD,
    LonelinessModel,
    apply_loneliness_model,
)

LONELINESS_NOTE = (
    "This layer is a signal for conversation with residents, not a verdict on a neighbourhood."
)
LONELINESS_NOTE_NL = (
    "Deze laag is een signaal voor het gesprek met bewoners, geen oordeel over een wijk."
)

RIVM_SOURCE = (
    "RIVM/CBS/GGD'en, Gezondheidsmonitor Volwassenen en Ouderen, StatLine 50090NED "
    "'Gezondheid per wijk en buurt' (model estimates), CC BY 4.0"
)
#: RIVM column → short name used in outputs (an age suffix such as ``_18plus`` is added).
RIVM_LONELINESS_COLUMNS: Dict[str, str] = {
    "Eenzaam_28": "eenzaam",
    "ErnstigZeerErnstigEenzaam_29": "ernstig_eenzaam",
    "EmotioneelEenzaam_30": "emotioneel_eenzaam",
    "SociaalEenzaam_31": "sociaal_eenzaam",
}
#: StatLine ``Leeftijd`` codes of table 50090NED.
RIVM_AGE_CODES: Dict[str, str] = {"20300": "18+", "80200": "65+"}


def _age_suffix(age_group: str) -> str:
    return age_group.replace("+", "plus").replace(" ", "")


def _clean_codes(values: pd.Series) -> pd.Series:
    return values.astype(str).str.strip().str.upper().where(values.notna(), None)


# --------------------------------------------------------------------------------------------
# measured layer


@dataclass
class MeasuredLoneliness:
    """RIVM loneliness figures, one row per area code, with their vintage."""

    table: pd.DataFrame
    vintage: str
    age_groups: List[str]
    source: str = RIVM_SOURCE
    suppressed: Dict[str, int] = field(default_factory=dict)

    @property
    def value_columns(self) -> List[str]:
        return [
            f"{short}_{_age_suffix(a)}"
            for a in self.age_groups
            for short in RIVM_LONELINESS_COLUMNS.values()
        ]


def measured_loneliness(
    rivm: pd.DataFrame,
    *,
    region_type: Optional[str] = None,
    age_group: Optional[str] = None,
    vintage: Optional[str] = None,
    code_column: str = "Codering_3",
) -> MeasuredLoneliness:
    """Select the RIVM loneliness columns, wide per age group, suppressed '.' → empty.

    ``rivm``: rows of table 50090NED (one or both age groups stacked). The age group comes
    from ``leeftijdsgroep`` or the StatLine ``Leeftijd`` code, or ``age_group`` when the table
    has neither. The vintage comes from ``jaar`` or ``Perioden`` ("2020JJ00" → "2020"); a table
    with several years needs ``vintage`` to pick one. ``region_type``: keep only "Gemeente",
    "Wijk" or "Buurt" rows (``SoortRegio_2``).
    """
    if code_column not in rivm.columns:
        raise WijkaanpakInputError(f"The RIVM table has no code column '{code_column}'.")
    missing = [c for c in RIVM_LONELINESS_COLUMNS if c not in rivm.columns]
    if len(missing) == len(RIVM_LONELINESS_COLUMNS):
        raise WijkaanpakInputError(
            f"The RIVM table has none of the loneliness columns {list(RIVM_LONELINESS_COLUMNS)}."
        )
    df = rivm
    if "Marges" in df.columns:  # MW00000 = the estimate itself (not a margin)
        df = df[df["Marges"].astype(str).str.strip() == "MW00000"]
    if region_type is not None:
        if "SoortRegio_2" not in df.columns:
            raise WijkaanpakInputError("The RIVM table has no region-type column 'SoortRegio_2'.")
        df = df[df["SoortRegio_2"].astype(str).str.strip() == region_type]
        if df.empty:
            raise WijkaanpakInputError(
                f"The RIVM table has no rows of region type '{region_type}'."
            )

    if "jaar" in df.columns:
        years = df["jaar"].astype(str).str.strip()
    elif "Perioden" in df.columns:
        years = df["Perioden"].astype(str).str.strip().str[:4]
    elif vintage is not None:
        years = pd.Series(str(vintage), index=df.index)
    else:
        raise WijkaanpakInputError(
            "The RIVM table has no year ('jaar' or 'Perioden'); give vintage."
        )
    found_years = sorted(years.unique())
    if vintage is not None:
        df, years = df[years == str(vintage)], years[years == str(vintage)]
        if df.empty:
            raise WijkaanpakInputError(f"No RIVM rows of year {vintage} (found {found_years}).")
    elif len(found_years) > 1:
        raise WijkaanpakInputError(
            f"The RIVM table mixes years {found_years}; choose one (vintage)."
        )
    year = str(years.iloc[0]) if len(years) else str(vintage)

    if "leeftijdsgroep" in df.columns:
        ages = df["leeftijdsgroep"].astype(str).str.strip()
    elif "Leeftijd" in df.columns:
        ages = df["Leeftijd"].astype(str).str.strip().map(RIVM_AGE_CODES)
        if ages.isna().any():
            unknown = sorted(df["Leeftijd"][ages.isna()].astype(str).unique())
            raise WijkaanpakInputError(
                f"Unknown StatLine age code(s) {unknown}; known: {RIVM_AGE_CODES}."
            )
    elif age_group is not None:
        ages = pd.Series(age_group, index=df.index)
    else:
        raise WijkaanpakInputError("The RIVM table has no age group column; give age_group.")
    if age_group is not None:
        df, ages = df[ages == age_group], ages[ages == age_group]
        if df.empty:
            raise WijkaanpakInputError(f"No RIVM rows for age group {age_group}.")

    codes = _clean_codes(df[code_column])
    pieces = []
    suppressed: Dict[str, int] = {}
    age_list = sorted(ages.unique())
    for a in age_list:
        sel = ages == a
        if codes[sel].duplicated().any():
            dup = codes[sel][codes[sel].duplicated()].iloc[0]
            raise WijkaanpakInputError(
                f"Area code {dup} occurs twice for age group {a} (column '{code_column}')."
            )
        part = pd.DataFrame(index=pd.Index(codes[sel].to_numpy(), name="code"))
        for col, short in RIVM_LONELINESS_COLUMNS.items():
            name = f"{short}_{_age_suffix(a)}"
            if col in df.columns:
                raw = df.loc[sel, col]
                values = parse_suppressed(raw, name=col).to_numpy()
                suppressed[name] = int(np.isnan(values).sum())
            else:
                values = np.full(int(sel.sum()), np.nan)
            part[name] = values
        pieces.append(part)
    table = pd.concat(pieces, axis=1, join="outer")
    info = pd.DataFrame(index=pd.Index(codes.to_numpy(), name="code"))
    if "SoortRegio_2" in df.columns:
        info["region_type"] = df["SoortRegio_2"].astype(str).str.strip().to_numpy()
    if "Gemeentenaam_1" in df.columns:
        info["gemeentenaam"] = df["Gemeentenaam_1"].astype(str).str.strip().to_numpy()
    info = info[~info.index.duplicated()]
    table = info.join(table, how="right") if len(info.columns) else table
    table["vintage"] = year
    table["source"] = "RIVM 50090NED"
    table = table.reset_index()
    return MeasuredLoneliness(table=table, vintage=year, age_groups=age_list, suppressed=suppressed)


@dataclass
class CodeMatch:
    """How many area codes of a layer found their figures."""

    n_areas: int
    n_figures: int
    n_matched: int
    unmatched_examples: List[str]

    @property
    def share_matched(self) -> float:
        return self.n_matched / self.n_areas if self.n_areas else 0.0


def join_on_area_code(
    areas: pd.DataFrame,
    figures: pd.DataFrame,
    area_code: str,
    figures_code: str = "code",
    *,
    how: str = "left",
) -> Tuple[pd.DataFrame, CodeMatch]:
    """Join figures to areas by code (trimmed, upper case); stop when no code matches.

    Codes change when boundaries are redrawn (e.g. 2020 vs 2024 wijken), so the match count
    is returned for the report.
    """
    for frame, col, what in ((areas, area_code, "area layer"), (figures, figures_code, "figures")):
        if col not in frame.columns:
            raise WijkaanpakInputError(f"The {what} has no code column '{col}'.")
    left = _clean_codes(areas[area_code])
    right = _clean_codes(figures[figures_code])
    if right.dropna().duplicated().any():
        dup = right[right.duplicated()].iloc[0]
        raise WijkaanpakInputError(f"Code {dup} occurs twice in the figures ('{figures_code}').")
    matched = left.isin(set(right.dropna()))
    if not matched.any():
        raise WijkaanpakInputError(
            f"No code in '{area_code}' (e.g. {left.dropna().head(3).tolist()}) matches a code in "
            f"'{figures_code}' (e.g. {right.dropna().head(3).tolist()}). Check the code column, "
            "the area level (gemeente/wijk/buurt) and the year of the boundaries."
        )
    fig = figures.drop(columns=[figures_code]).copy()
    fig.index = right.to_numpy()
    clash = [c for c in fig.columns if c in areas.columns]
    fig = fig.rename(columns={c: f"{c}_figures" for c in clash})
    merged = areas.copy()
    key = "__code__"
    merged[key] = left.to_numpy()
    merged = merged.join(fig, on=key, how="inner" if how == "inner" else "left").drop(columns=[key])
    match = CodeMatch(
        n_areas=int(len(areas)),
        n_figures=int(len(figures)),
        n_matched=int(matched.sum()),
        unmatched_examples=left[~matched].dropna().head(10).tolist(),
    )
    return merged, match


#: The eight columns of the measured layer, always present (empty for an age group the RIVM
#: table does not hold), so styles and indicator configs can rely on them.
MEASURED_LAYER_COLUMNS: List[str] = [
    f"{short}_{_age_suffix(a)}"
    for a in ("18+", "65+")
    for short in RIVM_LONELINESS_COLUMNS.values()
]


#: The sentences loneliness outputs write into ``note``, in Dutch (``loneliness_words``):
#: (English pattern, Dutch replacement), applied in order.
_NOTE_NL = (
    (
        r"RIVM published no estimate \(suppressed\) for (\d+) of (\d+) figures\.",
        r"RIVM publiceerde geen schatting (geheim) voor \1 van de \2 cijfers.",
    ),
    (
        r"No RIVM figures for area code '([^']*)' \(vintage ([^)]*)\)\.",
        r"Geen RIVM-cijfers voor gebiedscode '\1' (jaar \2).",
    ),
    (
        r"Fewer than ([\d.,]+) residents \(([^)]*)\): figures withheld\.",
        r"Minder dan \1 inwoners (\2): cijfers niet getoond.",
    ),
    (
        r"population unknown: no estimate published",
        "aantal inwoners onbekend: geen schatting gepubliceerd",
    ),
    (
        r"fewer than ([\d.,]+) residents: no estimate published",
        r"minder dan \1 inwoners: geen schatting gepubliceerd",
    ),
    (r"No residents in this cell: no value\.", "Geen inwoners in deze cel: geen waarde."),
    (r"No buurt code: no value\.", "Geen buurtcode: geen waarde."),
    (r"Buurt without an estimate: ", "Buurt zonder schatting: "),
    (
        r"Fewer than ([\d.,]+) residents in this cell: no cell value is published \(as for "
        r"areas\); the buurt estimate applies\.",
        r"Minder dan \1 inwoners in deze cel: geen eigen celwaarde (net als bij gebieden); de "
        r"schatting van de buurt geldt.",
    ),
    (
        r"Too few risk factors known for a score\.",
        "Te weinig risicofactoren bekend voor een score.",
    ),
    (re.escape(LONELINESS_NOTE), LONELINESS_NOTE_NL),
)


def loneliness_words(notes: Union[pd.Series, np.ndarray, Sequence[str]], language: str = "en"):
    """The ``note`` texts of a loneliness output in the user's language ('nl' or 'en'):
    the reasons and the signal sentence this module writes; other text is left as it is."""
    values = np.asarray(list(notes), dtype=object)
    if language != "nl":
        return values
    out = []
    for value in values:
        if isinstance(value, str):
            for english, dutch in _NOTE_NL:
                value = re.sub(english, dutch, value)
        out.append(value)
    return np.asarray(out, dtype=object)


def with_loneliness_note(
    reasons: Union[pd.Series, np.ndarray, Sequence[str]], language: str = "en"
) -> np.ndarray:
    """Per area: its reason for empty values (if any), then :data:`LONELINESS_NOTE`; in
    Dutch (``LONELINESS_NOTE_NL``, reasons translated) when ``language`` is 'nl'."""
    r = pd.Series(list(reasons), dtype=object).fillna("").astype(str).str.strip()
    sep = np.where(r.to_numpy() == "", "", " ").astype(object)
    noted = (r.to_numpy(dtype=object) + sep + LONELINESS_NOTE).astype(object)
    return loneliness_words(noted, language)


def join_measured_loneliness(
    areas: pd.DataFrame,
    measured: MeasuredLoneliness,
    area_code: str,
    *,
    population_column: Optional[str] = None,
    min_population: float = 100,
    language: str = "en",
) -> Tuple[pd.DataFrame, CodeMatch]:
    """The measured layer: RIVM figures on the areas; unmatched or suppressed stay empty.
    ``language``: of the ``note`` ('nl' or 'en').

    Columns of the table's age groups replace same-named columns of ``areas`` (so an 18+
    run followed by a 65+ run fills both); the other age group's columns are kept, or added
    empty: all of :data:`MEASURED_LAYER_COLUMNS` are always there. With
    ``population_column``, areas with fewer than ``min_population`` residents get no
    figures: a figure for a handful of households can point at people. An empty population
    keeps the figures (RIVM already withholds its estimates for small areas). ``note`` says
    per area why values are empty, followed by :data:`LONELINESS_NOTE`.
    """
    values = [c for c in measured.value_columns if c in measured.table.columns]
    cols = ["code", *values, "vintage", "source"]
    cols = [c for c in cols if c in measured.table.columns]
    replaced = [c for c in (*values, "vintage", "source", "note") if c in areas.columns]
    base = areas.drop(columns=replaced)
    merged, match = join_on_area_code(base, measured.table[cols], area_code, "code")
    for c in MEASURED_LAYER_COLUMNS:
        if c not in merged.columns:
            merged[c] = np.nan
        merged[c] = pd.to_numeric(merged[c], errors="coerce").astype(float)

    codes = _clean_codes(areas[area_code])
    matched = codes.isin(set(_clean_codes(measured.table["code"]).dropna())).to_numpy()
    reasons = pd.Series("", index=merged.index, dtype=object)
    if values:
        n_missing = merged[values].isna().sum(axis=1)
        some = matched & (n_missing > 0).to_numpy()
        reasons[some] = (
            "RIVM published no estimate (suppressed) for "
            + n_missing[some].astype(str)
            + f" of {len(values)} figures."
        )
    unmatched = ~matched
    reasons[unmatched] = (
        "No RIVM figures for area code '"
        + codes[unmatched].fillna("").astype(str).to_numpy(dtype=object)
        + f"' (vintage {measured.vintage})."
    )
    if population_column is not None:
        if population_column not in areas.columns:
            raise WijkaanpakInputError(
                f"The area layer has no population column '{population_column}'."
            )
        pop = parse_suppressed(areas[population_column], name=population_column)
        small = (pop.notna() & (pop < min_population)).to_numpy()
        merged.loc[small, values] = np.nan
        reasons[small] = (
            f"Fewer than {min_population:g} residents ("
            + pop[small].map("{:g}".format).to_numpy(dtype=object)
            + "): figures withheld."
        )
    merged["vintage"] = measured.vintage  # the table consulted, also where it had no row
    if "source" in cols:
        merged["source"] = measured.table["source"].iloc[0] if len(measured.table) else None
    merged["note"] = with_loneliness_note(reasons, language)
    order = [c for c in merged.columns if c not in (*MEASURED_LAYER_COLUMNS, "vintage", "source")]
    order.remove("note")
    tail = [c for c in ("vintage", "source") if c in merged.columns]
    merged = merged[[*order, *MEASURED_LAYER_COLUMNS, *tail, "note"]]
    return merged, match


# --------------------------------------------------------------------------------------------
# grid level


@dataclass(frozen=True)
class GridPredictor:
    """How one model predictor is computed from grid counts, per cell and per buurt.

    With a ``denominator``: a ratio of sums, ``sum(numerator) / sum(denominator) × scale``
    over cells where both are known (e.g. share 65+ = 65+ / residents × 100). Without: a
    weighted mean of ``numerator`` with ``weight`` (default: residents), e.g. average
    household size or a published percentage.
    """

    name: str
    numerator: str
    denominator: Optional[str] = None
    scale: float = 1.0
    weight: Optional[str] = None


@dataclass
class GridSurface:
    """Buurt estimates, the cell surface consistent with them, and the consistency check."""

    buurten: pd.DataFrame
    cells: pd.DataFrame
    check: pd.DataFrame
    tolerance: float
    max_abs_difference: float
    within_tolerance: bool
    method: str = ""
    #: Cells with fewer residents get no published value (the rule for areas, per cell).
    min_cell_population: float = 0.0


_NAME = r'(?:"([^"]+)"|([A-Za-z0-9_]+))'
_SCALE = r"(?:\s*\*\s*([0-9]+(?:\.[0-9]+)?))?"


def parse_grid_predictors(text: str) -> List[GridPredictor]:
    """Grid predictors from lines such as ``share_65plus = aantal_65 / aantal_inwoners * 100``.

    One entry per line or separated by ';': ``name = numerator / denominator [* scale]``
    (a share: ratio of sums per buurt) or ``name = field [* scale]`` (a resident-weighted
    mean). Names may be put in double quotes. Empty text gives an empty list.
    """
    import re

    ratio = re.compile(rf"^{_NAME}\s*=\s*{_NAME}\s*/\s*{_NAME}{_SCALE}$")
    plain = re.compile(rf"^{_NAME}\s*=\s*{_NAME}{_SCALE}$")
    out: List[GridPredictor] = []
    seen: set = set()
    for raw in re.split(r"[;\n]", text or ""):
        entry = raw.strip()
        if not entry:
            continue
        m = ratio.match(entry)
        if m:
            g = m.groups()
            gp = GridPredictor(
                g[0] or g[1], g[2] or g[3], g[4] or g[5], scale=float(g[6]) if g[6] else 1.0
            )
        else:
            m = plain.match(entry)
            if not m:
                raise WijkaanpakInputError(
                    f"Grid predictor '{entry}' is not of the form 'name = numerator / "
                    "denominator * scale' or 'name = field'."
                )
            g = m.groups()
            gp = GridPredictor(g[0] or g[1], g[2] or g[3], scale=float(g[4]) if g[4] else 1.0)
        if gp.name in seen:
            raise WijkaanpakInputError(f"Grid predictor '{gp.name}' is described twice.")
        seen.add(gp.name)
        out.append(gp)
    return out


def grid_predictors_for_model(
    predictors: Sequence[str],
    grid_columns: Sequence[str],
    described: Sequence[GridPredictor] = (),
) -> List[GridPredictor]:
    """How each model predictor is computed from the grid: as described, or the same-named
    grid column (resident-weighted mean per buurt). Errors name what is missing."""
    columns = set(grid_columns)
    by_name = {gp.name: gp for gp in described}
    unknown = [n for n in by_name if n not in predictors]
    if unknown:
        raise WijkaanpakInputError(
            f"Grid predictor(s) {unknown} are not predictors of the model "
            f"(its predictors: {', '.join(predictors)})."
        )
    out: List[GridPredictor] = []
    for p in predictors:
        gp = by_name.get(p)
        if gp is None:
            if p not in columns:
                raise WijkaanpakInputError(
                    f"Model predictor '{p}' is not a field of the grid layer; describe it as "
                    f"a grid predictor, e.g. '{p} = <count field> / aantal_inwoners * 100'."
                )
            gp = GridPredictor(p, p)
        missing = [c for c in (gp.numerator, gp.denominator, gp.weight) if c and c not in columns]
        if missing:
            raise WijkaanpakInputError(
                f"Grid predictor '{p}' needs field(s) {missing}, which the grid layer lacks."
            )
        out.append(gp)
    return out


def _grid_numbers(cells: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    out = pd.DataFrame(index=cells.index)
    for c in dict.fromkeys(columns):
        if c not in cells.columns:
            raise WijkaanpakInputError(f"The grid layer has no column '{c}'.")
        out[c] = parse_suppressed(cells[c], name=c)
    return out


def aggregate_grid_to_buurten(
    cells: pd.DataFrame,
    grid_predictors: Sequence[GridPredictor],
    *,
    buurt_column: str = "buurtcode",
    population_column: str = "aantal_inwoners",
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Buurt predictors from cell counts (sums, then shares) and the same figures per cell.

    Suppressed cell values (CBS -99997) are left out of both numerator and denominator sums
    of that predictor, so a share is computed over the cells where it is known. Returns
    (buurt table indexed by buurt code with ``aantal_inwoners`` = summed residents, cell
    table of predictor values; NaN where a cell's figure is suppressed).
    """
    if buurt_column not in cells.columns:
        raise WijkaanpakInputError(f"The grid layer has no buurt code column '{buurt_column}'.")
    codes = _clean_codes(cells[buurt_column])
    if codes.isna().all():
        raise WijkaanpakInputError(f"Column '{buurt_column}' of the grid layer is empty.")
    needed = [population_column]
    for gp in grid_predictors:
        needed += [gp.numerator] + [c for c in (gp.denominator, gp.weight) if c]
    nums = _grid_numbers(cells, needed)
    pop = nums[population_column]
    buurt_pop = pop.groupby(codes).sum(min_count=1)
    buurten = pd.DataFrame({"aantal_inwoners": buurt_pop})
    buurten["cells"] = codes.groupby(codes).size()
    cell_values = pd.DataFrame(index=cells.index)
    for gp in grid_predictors:
        x = nums[gp.numerator]
        if gp.denominator:
            d = nums[gp.denominator]
            ok = x.notna() & d.notna() & (d > 0)
            num_sum = x.where(ok).groupby(codes).sum(min_count=1)
            den_sum = d.where(ok).groupby(codes).sum(min_count=1)
            buurten[gp.name] = num_sum / den_sum * gp.scale
            cell_values[gp.name] = (x / d).where(ok) * gp.scale
        else:
            w = nums[gp.weight or population_column]
            ok = x.notna() & w.notna() & (w > 0)
            wx = (x * w).where(ok).groupby(codes).sum(min_count=1)
            ws = w.where(ok).groupby(codes).sum(min_count=1)
            buurten[gp.name] = wx / ws * gp.scale
            cell_values[gp.name] = x * gp.scale
    buurten.index.name = "buurtcode"
    return buurten, cell_values


def loneliness_grid_surface(
    cells: pd.DataFrame,
    model: LonelinessModel,
    grid_predictors: Sequence[GridPredictor],
    *,
    buurt_column: str = "buurtcode",
    population_column: str = "aantal_inwoners",
    buurt_figures: Optional[pd.DataFrame] = None,
    derive: Optional[Callable[[pd.DataFrame], pd.DataFrame]] = None,
    min_population: float = 100,
    tolerance: float = 0.05,
    min_cell_population: Optional[float] = None,
) -> GridSurface:
    """Model estimates per buurt from grid counts, and a cell surface that adds up to them.

    1. cells → buurten (:func:`aggregate_grid_to_buurten`); ``buurt_figures`` (indexed by
       buurt code) adds buurt-level predictors the grid lacks (they apply to all its cells);
       ``derive`` (table → table with extra columns) computes derived predictors, e.g. a
       ratio of a grid figure to a gemeente figure, in the same way for buurten and cells;
    2. the model estimates each buurt (buurten under ``min_population`` residents: none);
    3. the model estimates each inhabited cell from its own figures (a suppressed figure is
       replaced by its buurt's value), then each buurt's cells are shifted by one constant so
       that their resident-weighted mean equals the buurt estimate; values are kept in the
       model's bounds (0–100). Cells without residents get no value.
    4. the check recomputes the weighted mean of the cells per buurt; ``within_tolerance``
       says whether every buurt is within ``tolerance`` percentage points.
    5. publication: a cell with fewer than ``min_cell_population`` residents (default: the
       areas' ``min_population``, 100) gets no published value, as an area would not; 0
       publishes every inhabited cell. The surface and its check (step 3-4) still cover all
       inhabited cells, so a buurt's published cells alone need not average to its estimate.

    ``cells`` has ``surface`` (every inhabited cell of a buurt with an estimate),
    ``estimate`` (the published value: ``surface`` where ``published``), ``published`` and
    ``below_min_population``.
    """
    min_cell = min_population if min_cell_population is None else float(min_cell_population)
    if not math.isfinite(min_cell) or min_cell < 0:
        raise WijkaanpakInputError(
            f"The minimum number of residents per cell must be 0 or more, got {min_cell}."
        )
    buurten, cell_values = aggregate_grid_to_buurten(
        cells, grid_predictors, buurt_column=buurt_column, population_column=population_column
    )
    codes = _clean_codes(cells[buurt_column])
    if buurt_figures is not None:
        extra = buurt_figures.copy()
        extra.index = _clean_codes(pd.Series(extra.index.astype(str), index=extra.index)).to_numpy()
        overlap = buurten.index.isin(extra.index)
        if not overlap.any():
            raise WijkaanpakInputError(
                "No buurt code of the grid matches the index of buurt_figures "
                f"(grid e.g. {buurten.index[:3].tolist()}, "
                f"figures e.g. {extra.index[:3].tolist()})."
            )
        for c in extra.columns:
            if c in buurten.columns:
                continue
            buurten[c] = extra[c].reindex(buurten.index).to_numpy()
            cell_values[c] = buurten[c].reindex(codes.to_numpy()).to_numpy()

    if derive is not None:
        buurten = derive(buurten)
        cell_values = derive(cell_values)
    estimates = apply_loneliness_model(
        model, buurten, population_column="aantal_inwoners", min_population=min_population
    )
    buurt_table = buurten.join(estimates)

    # Cell predictors: own value, or the buurt's where suppressed.
    Xc = pd.DataFrame(index=cells.index)
    imputed = np.zeros(len(cells), dtype=int)
    for p in model.predictors:
        if p not in cell_values.columns:
            raise WijkaanpakInputError(
                f"Model predictor '{p}' is neither a grid predictor nor a buurt figure."
            )
        own = cell_values[p]
        from_buurt = pd.Series(buurten[p].reindex(codes.to_numpy()).to_numpy(), index=cells.index)
        imputed += (own.isna() & from_buurt.notna()).to_numpy()
        Xc[p] = own.fillna(from_buurt)
    Xc = Xc.fillna(value=model.medians)
    raw = model.predict_values(Xc)

    pop = _grid_numbers(cells, [population_column])[population_column].to_numpy()
    inhabited = np.nan_to_num(pop, nan=0.0) > 0
    target = buurt_table["estimate"].reindex(codes.to_numpy()).to_numpy()
    w = np.where(inhabited, pop, 0.0)
    frame = pd.DataFrame({"code": codes.to_numpy(), "w": w, "wr": w * raw})
    sums = frame.groupby("code")[["w", "wr"]].sum()
    mean_raw = (sums["wr"] / sums["w"].where(sums["w"] > 0)).reindex(codes.to_numpy()).to_numpy()
    value = raw + (target - mean_raw)
    if model.target_bounds is not None:
        value = np.clip(value, *model.target_bounds)
    value = np.where(inhabited & ~np.isnan(target), value, np.nan)

    cell_table = pd.DataFrame(index=cells.index)
    cell_table["buurtcode"] = codes.to_numpy()
    cell_table["aantal_inwoners"] = pop
    cell_table["estimate_raw"] = np.where(inhabited, raw, np.nan)
    cell_table["surface"] = value
    small = inhabited & (np.nan_to_num(pop, nan=0.0) < min_cell)
    published = ~np.isnan(value) & ~small
    cell_table["estimate"] = np.where(published, value, np.nan)
    cell_table["published"] = published
    cell_table["below_min_population"] = small
    cell_table["figures_from_buurt"] = imputed
    cell_table["note"] = LONELINESS_NOTE

    chk = pd.DataFrame({"code": codes.to_numpy(), "w": np.where(np.isnan(value), 0.0, w)})
    chk["wv"] = chk["w"] * np.nan_to_num(value)
    agg = chk.groupby("code")[["w", "wv"]].sum()
    check = pd.DataFrame(index=buurt_table.index)
    check["buurt_estimate"] = buurt_table["estimate"]
    check["cells_weighted_mean"] = (agg["wv"] / agg["w"].where(agg["w"] > 0)).reindex(check.index)
    check["difference"] = check["cells_weighted_mean"] - check["buurt_estimate"]
    check["within_tolerance"] = check["difference"].abs() <= tolerance
    checked = check["buurt_estimate"].notna()
    max_diff = float(check.loc[checked, "difference"].abs().max()) if checked.any() else 0.0
    if math.isnan(max_diff):
        max_diff = math.inf
    return GridSurface(
        buurten=buurt_table,
        cells=cell_table,
        check=check,
        tolerance=tolerance,
        max_abs_difference=max_diff,
        within_tolerance=bool(max_diff <= tolerance),
        method=(
            "Cells: model estimate from the cell's own figures, shifted per buurt so that the "
            "resident-weighted mean of its cells equals the buurt estimate "
            f"(tolerance {tolerance} percentage points, checked per buurt); published for "
            f"cells with at least {min_cell:g} residents."
        ),
        min_cell_population=min_cell,
    )


def grid_cell_estimates(surface: GridSurface, language: str = "en") -> pd.DataFrame:
    """One row per cell for a map: the cell value and its buurt's estimate, interval and reasons.

    ``estimate`` is the cell surface (consistent with the buurt), ``estimate_unadjusted`` the
    model on the cell's own figures; ``buurt_estimate``, ``lower``, ``upper``,
    ``out_of_range`` and the explanations are the buurt's (the model's interval is for
    areas, not cells). A cell under the minimum number of residents gets none of its own
    values (``estimate``, ``estimate_unadjusted``, interval, explanations: NULL), only its
    buurt's published ``buurt_estimate``. ``note`` says why a cell has no value, then
    :data:`LONELINESS_NOTE`.
    """
    c = surface.cells
    b = surface.buurten
    codes = c["buurtcode"].to_numpy(dtype=object)

    def from_buurt(column: str, fill: Any = np.nan) -> np.ndarray:
        if column not in b.columns:
            return np.full(len(c), fill, dtype=object)
        values = b[column].reindex(codes)
        return values.where(values.notna(), fill).to_numpy()

    out = pd.DataFrame(index=c.index)
    out["buurtcode"] = codes
    out["estimate"] = c["estimate"].to_numpy(dtype=float)
    out["estimate_unadjusted"] = np.where(c["published"], c["estimate_raw"], np.nan).astype(float)
    out["buurt_estimate"] = from_buurt("estimate").astype(float)
    out["lower"] = np.where(c["published"], from_buurt("lower").astype(float), np.nan)
    out["upper"] = np.where(c["published"], from_buurt("upper").astype(float), np.nan)
    out["published"] = c["published"].to_numpy(dtype=bool)
    out["out_of_range"] = from_buurt("out_of_range", False).astype(bool)
    out["out_of_range_predictors"] = from_buurt("out_of_range_predictors", "")
    out["explanation_up"] = np.where(c["published"], from_buurt("explanation_up", None), None)
    out["explanation_down"] = np.where(c["published"], from_buurt("explanation_down", None), None)
    out["figures_from_buurt"] = c["figures_from_buurt"].to_numpy()
    residents = np.nan_to_num(c["aantal_inwoners"].to_numpy(dtype=float), nan=0.0)
    buurt_note = pd.Series(from_buurt("note", ""), dtype=object).fillna("").astype(str)
    reasons = np.where(
        out["published"].to_numpy(),
        "",
        np.where(
            residents <= 0,
            "No residents in this cell: no value.",
            np.where(
                pd.isna(codes),
                "No buurt code: no value.",
                np.where(
                    np.isnan(out["buurt_estimate"].to_numpy()),
                    "Buurt without an estimate: " + buurt_note.to_numpy(dtype=object),
                    "Fewer than {:g} residents in this cell: no cell value is published (as "
                    "for areas); the buurt estimate applies.".format(surface.min_cell_population),
                ),
            ),
        ),
    )
    out["note"] = with_loneliness_note(reasons, language)
    return out


# --------------------------------------------------------------------------------------------
# report


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _json_ready(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _json_ready(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_ready(v) for v in obj]
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return float(obj) if math.isfinite(float(obj)) else None
    if isinstance(obj, np.bool_):
        return bool(obj)
    if isinstance(obj, Path):
        return str(obj)
    return obj


def loneliness_report_data(
    model: LonelinessModel,
    *,
    title: str = "Loneliness small-area model: validation",
    sources: Sequence[str] = (RIVM_SOURCE,),
    vintages: Optional[Mapping[str, str]] = None,
    targets: Optional[Mapping[str, Tuple[str, float]]] = None,
    extra: Optional[Mapping[str, Any]] = None,
) -> Dict[str, Any]:
    """Everything the report says, as a JSON-ready dict (the Markdown is rendered from it).

    ``targets``: metric → (">=" or "<=", value), e.g. {"r2": (">=", 0.75)}; the key
    "coverage_heldout" may be given as ("between", (low, high)).
    """
    m = model.metrics.get("model", {})
    comparisons = {}
    for name, b in model.metrics.get("baselines", {}).items():
        comparisons[name] = {
            "r2_gain": m.get("r2", math.nan) - b.get("r2", math.nan),
            "mae_reduction_pp": b.get("mae", math.nan) - m.get("mae", math.nan),
            "mae_reduction_share": (b.get("mae", math.nan) - m.get("mae", math.nan)) / b["mae"]
            if b.get("mae")
            else None,
            "spearman_gain": m.get("spearman", math.nan) - b.get("spearman", math.nan),
        }
    target_check = {}
    for metric, (op, bound) in (targets or {}).items():
        value = (
            m.get("interval", {}).get("coverage_heldout")
            if metric == "coverage_heldout"
            else m.get(metric)
        )
        if op == ">=":
            ok = value is not None and value >= bound
        elif op == "<=":
            ok = value is not None and value <= bound
        elif op == "between":
            ok = value is not None and bound[0] <= value <= bound[1]
        else:
            raise WijkaanpakInputError(f"Unknown target operator {op!r} for '{metric}'.")
        target_check[metric] = {"value": value, "target": [op, bound], "met": bool(ok)}
    return _json_ready(
        {
            "title": title,
            "note": LONELINESS_NOTE,
            "note_nl": LONELINESS_NOTE_NL,
            "target": model.target,
            "method": model.method,
            "params": model.params,
            "seed": model.seed,
            "predictors": [
                {
                    "name": p,
                    "label": model.label(p),
                    "median": model.medians[p],
                    "min": model.ranges[p][0],
                    "max": model.ranges[p][1],
                }
                for p in model.predictors
            ],
            "training": model.training,
            "metrics": model.metrics,
            "comparison_with_baselines": comparisons,
            "targets": target_check,
            "interval_method": INTERVAL_METHOD,
            "explanation_method": EXPLANATION_METHOD,
            "vintages": dict(vintages or {}),
            "sources": list(sources),
            "versions": model.versions,
            "extra": dict(extra or {}),
        }
    )


def _render_markdown(data: Mapping[str, Any]) -> str:
    m = data["metrics"].get("model", {})
    iv = m.get("interval", {})
    lines = [f"# {data['title']}", "", f"> {data['note']}", f"> {data['note_nl']}", ""]
    tr = data["training"]
    split = data["metrics"].get("split", {})
    lines += [
        "## Data",
        "",
        f"- Target: `{data['target']}` (percentage of adults); model `{data['method']}`, "
        f"seed {data['seed']}.",
        f"- Training areas: {tr.get('n_train')} in {tr.get('n_groups')} groups (gemeenten); "
        f"{tr.get('n_target_missing', 0)} without a published target left out; "
        f"{tr.get('n_imputed_rows', 0)} with an empty predictor imputed (training median); "
        f"{tr.get('n_dropped_missing_predictors', 0)} dropped.",
        f"- Validation: grouped {split.get('n_splits')}-fold cross-validation by "
        f"`{split.get('grouping')}` (no gemeente in training and test at once); areas per fold "
        f"{split.get('areas_per_fold')}.",
    ]
    for k, v in data.get("vintages", {}).items():
        lines.append(f"- Vintage {k}: {v}")
    missing = tr.get("missing_by_predictor") or {}
    if missing:
        lines.append(
            "- Empty predictor values (imputed): "
            + ", ".join(f"`{k}` {v}" for k, v in missing.items())
            + "."
        )
    level = iv.get("level") or 0.9
    lines += ["", "## Accuracy (held-out gemeenten)", ""]
    lines += [
        "| model | R² | MAE (pp) | RMSE (pp) | Spearman ρ | "
        f"coverage of {100 * level:.0f}% interval |"
    ]
    lines += ["|---|---|---|---|---|---|"]

    def row(name: str, mm: Mapping[str, Any]) -> str:
        cov = mm.get("interval", {}).get("coverage_heldout")
        return (
            f"| {name} | {_fmt(mm.get('r2'))} | {_fmt(mm.get('mae'))} | {_fmt(mm.get('rmse'))} "
            f"| {_fmt(mm.get('spearman'))} | {_fmt(cov)} |"
        )

    lines.append(row(f"**{data['method']}** (this model)", m))
    for name, b in data["metrics"].get("baselines", {}).items():
        lines.append(row(f"baseline: {name}", b))
    lines.append("")
    for name, c in data.get("comparison_with_baselines", {}).items():
        share = c.get("mae_reduction_share")
        lines.append(
            f"- Against **{name}**: R² {_fmt(c['r2_gain'], 3)} higher, MAE "
            f"{_fmt(c['mae_reduction_pp'], 2)} pp lower"
            + (f" ({100 * share:.0f}% less error)" if share is not None else "")
            + f", Spearman ρ {_fmt(c['spearman_gain'], 3)} higher."
        )
    if data.get("targets"):
        lines += ["", "### Targets", "", "| metric | value | target | met |", "|---|---|---|---|"]
        for k, t in data["targets"].items():
            op, bound = t["target"]
            lines.append(
                f"| {k} | {_fmt(t['value'])} | {op} {bound} | {'yes' if t['met'] else 'NO'} |"
            )
    lines += [
        "",
        "## Prediction interval",
        "",
        f"- {data['interval_method']}",
        f"- Level {iv.get('level')}; held-out coverage {_fmt(iv.get('coverage_heldout'))}; "
        f"mean width {_fmt(iv.get('mean_width'), 2)} pp.",
        "",
        "| fold | areas | R² | MAE | ρ | half-width (pp) | coverage |",
        "|---|---|---|---|---|---|---|",
    ]
    per_cov = {f["fold"]: f for f in iv.get("per_fold", [])}
    for f in m.get("per_fold", []):
        c = per_cov.get(f["fold"], {})
        lines.append(
            f"| {f['fold']} | {f['n']} | {_fmt(f['r2'])} | {_fmt(f['mae'])} "
            f"| {_fmt(f['spearman'])} "
            f"| {_fmt(c.get('halfwidth'), 2)} | {_fmt(c.get('coverage'))} |"
        )
    lines += [
        "",
        "## Predictors and training range",
        "",
        "Areas with a predictor outside this range are flagged `out_of_range` (the model "
        "extrapolates there).",
        "",
        "| predictor | label | min | median | max |",
        "|---|---|---|---|---|",
    ]
    for p in data["predictors"]:
        lines.append(
            f"| `{p['name']}` | {p['label']} | {_fmt(p['min'], 2)} | {_fmt(p['median'], 2)} "
            f"| {_fmt(p['max'], 2)} |"
        )
    lines += [
        "",
        "## Method notes",
        "",
        f"- Explanation per area: {data['explanation_method']}",
        "- Areas under the minimum population (default 100 residents) get no published estimate.",
        "- Empty predictor values (policy `" + str(tr.get("nan_policy", "impute")) + "`): "
        "'impute' replaces them by the training median and lists them per area "
        "(`imputed_predictors`); 'drop' leaves such training areas out (counted above).",
    ]
    for title, content in data.get("extra", {}).items():
        lines += ["", f"## {title}", ""]
        if isinstance(content, str):
            lines.append(content)
        elif isinstance(content, Mapping):
            lines += [
                f"- {k}: {_fmt(v) if isinstance(v, float) else v}" for k, v in content.items()
            ]
        else:
            lines += [f"- {v}" for v in content]
    lines += ["", "## Sources", ""] + [f"- {s}" for s in data["sources"]]
    v = data.get("versions", {})
    lines += ["", "Software: " + ", ".join(f"{k} {val}" for k, val in v.items()), ""]
    return "\n".join(lines)


def write_loneliness_report(
    model: LonelinessModel,
    out_dir: Union[str, Path],
    *,
    basename: str = "loneliness_model_report",
    **kwargs: Any,
) -> Tuple[Path, Path]:
    """Write ``<basename>.md`` and ``<basename>.json`` (and the out-of-fold predictions as CSV).

    Keyword arguments go to :func:`loneliness_report_data` (title, sources, vintages,
    targets, extra).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = loneliness_report_data(model, **kwargs)
    md = out / f"{basename}.md"
    js = out / f"{basename}.json"
    md.write_text(_render_markdown(data), encoding="utf-8")
    js.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if model.cv_predictions is not None:
        model.cv_predictions.to_csv(out / f"{basename}_cv_predictions.csv", index=False)
    return md, js


__all__ = [
    "LONELINESS_NOTE",
    "LONELINESS_NOTE_NL",
    "RIVM_LONELINESS_COLUMNS",
    "RIVM_SOURCE",
    "CodeMatch",
    "GridPredictor",
    "GridSurface",
    "MEASURED_LAYER_COLUMNS",
    "MeasuredLoneliness",
    "aggregate_grid_to_buurten",
    "grid_cell_estimates",
    "grid_predictors_for_model",
    "join_measured_loneliness",
    "join_on_area_code",
    "loneliness_grid_surface",
    "loneliness_report_data",
    "measured_loneliness",
    "parse_grid_predictors",
    "with_loneliness_note",
    "write_loneliness_report",
]
