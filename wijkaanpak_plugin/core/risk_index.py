"""Loneliness risk index: a transparent composite of CBS risk factors.

Why an index next to a model: the model needs measured loneliness to learn from, the index
only needs CBS figures and a config a GGD epidemiologist can read and change. Every area gets a
score, a class and the three factors that weigh most in its score.

Method (per area, over the areas in the table given):

1. each factor's value is taken from the first of its ``sources`` present in the table: a
   column (``field``) or a share computed from counts (``numerator`` / ``denominator``,
   times ``scale``); suppressed values (``.``, CBS codes such as -99997) count as missing,
   and ``warnings`` says per field how many there were;
2. optional ``transform`` ``"log"`` (``log(1 + x)``, for skewed figures such as density);
3. z-score over the areas with a value (mean 0, population standard deviation 1);
4. contribution = weight · sign · z / (sum of the weights of the factors the area has a
   value for), where sign is +1 for ``direction`` ``"higher"`` (a higher value means more
   risk) and -1 for ``"lower"``; the score is the sum of the contributions, so it is a
   weighted mean of signed z-scores, 0 = an average area of this table;
5. an area needs values for at least ``min_weight_share`` of the total weight, else no score;
6. classes: ``quantile`` (class k of n when (k-1)/n < percentile rank <= k/n, ties share
   their mean rank) or ``fixed`` breaks on the score (class k when
   breaks[k-2] < score <= breaks[k-1]).

The index is relative: it ranks areas within the table, it is not a percentage of lonely
residents.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_figures, parse_suppressed

DEFAULT_CONFIG_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "config" / "loneliness_risk_index.json"
)

_TOP_KEYS = {"_doc", "name", "version", "description", "min_weight_share", "classes", "factors"}
_FACTOR_KEYS = {"name", "label", "weight", "direction", "transform", "sources", "why"}
_SOURCE_KEYS = {"field", "numerator", "denominator", "scale"}
_CLASS_KEYS = {"method", "count", "breaks", "labels"}


@dataclass(frozen=True)
class FactorSource:
    """Where a factor's value comes from in one kind of table."""

    field: Optional[str] = None
    numerator: Optional[str] = None
    denominator: Optional[str] = None
    scale: float = 1.0

    def columns(self) -> List[str]:
        return [c for c in (self.field, self.numerator, self.denominator) if c]

    def describe(self) -> str:
        if self.field:
            return self.field if self.scale == 1.0 else f"{self.field} × {self.scale:g}"
        return f"{self.numerator} / {self.denominator} × {self.scale:g}"


@dataclass(frozen=True)
class RiskFactor:
    """One risk factor of the index, as read from the config."""

    name: str
    label: str
    weight: float
    direction: str
    sources: Sequence[FactorSource]
    transform: str = "none"
    why: str = ""

    @property
    def sign(self) -> float:
        return 1.0 if self.direction == "higher" else -1.0


@dataclass(frozen=True)
class RiskIndexConfig:
    """A validated risk-index config (see ``resources/config/loneliness_risk_index.json``)."""

    name: str
    factors: Sequence[RiskFactor]
    class_method: str = "quantile"
    class_count: int = 5
    class_breaks: Sequence[float] = ()
    class_labels: Sequence[str] = ()
    min_weight_share: float = 0.5
    version: int = 1


@dataclass
class RiskIndexResult:
    """Scores per area plus what went in, so a report can say which factors were used."""

    table: pd.DataFrame
    factors_used: Dict[str, str]
    factors_skipped: List[str]
    config: RiskIndexConfig
    factor_means: Dict[str, float] = field(default_factory=dict)
    factor_stds: Dict[str, float] = field(default_factory=dict)
    #: Sentences for the log, e.g. "Risk factor 'x': field 'y' has 3 suppressed value(s)".
    warnings: List[str] = field(default_factory=list)


def _fail(where: str, message: str) -> None:
    raise WijkaanpakInputError(f"Risk-index config, {where}: {message}")


def _check_keys(obj: Mapping[str, Any], allowed: set, where: str) -> None:
    if not isinstance(obj, Mapping):
        _fail(where, "expected an object with named entries.")
    unknown = sorted(k for k in obj if k not in allowed and not str(k).startswith("_"))
    if unknown:
        _fail(where, f"unknown key(s) {unknown}; allowed are {sorted(allowed)}.")


def parse_risk_index_config(raw: Mapping[str, Any]) -> RiskIndexConfig:
    """Validate a config dict and turn it into a ``RiskIndexConfig``; errors name the entry."""
    _check_keys(raw, _TOP_KEYS, "top level")
    factors_raw = raw.get("factors")
    if not isinstance(factors_raw, list) or not factors_raw:
        _fail("'factors'", "give a non-empty list of factors.")
    factors: List[RiskFactor] = []
    seen: set = set()
    for i, fr in enumerate(factors_raw):
        if not isinstance(fr, Mapping):
            _fail(f"factor {i + 1}", "expected an object with named entries.")
        name = fr.get("name")
        if not isinstance(name, str) or not name:
            _fail(f"factor {i + 1}", "every factor needs a 'name'.")
        where = f"factor '{name}'"
        _check_keys(fr, _FACTOR_KEYS, where)
        if name in seen:
            _fail(where, "the name is used twice.")
        seen.add(name)
        weight = fr.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            _fail(where, "'weight' must be a number.")
        if not math.isfinite(weight) or weight < 0:
            _fail(where, f"'weight' must be 0 or more (got {weight}); use 'direction' for sign.")
        direction = fr.get("direction")
        if direction not in ("higher", "lower"):
            _fail(
                where,
                "'direction' must be \"higher\" (a higher value means more risk) or "
                f'"lower" (a lower value means more risk), not {direction!r}.',
            )
        transform = fr.get("transform", "none")
        if transform not in ("none", "log"):
            _fail(where, f'\'transform\' must be "none" or "log", not {transform!r}.')
        sources_raw = fr.get("sources")
        if not isinstance(sources_raw, list) or not sources_raw:
            _fail(
                where, "'sources' must be a non-empty list of {field} or {numerator, denominator}."
            )
        sources: List[FactorSource] = []
        for j, sr in enumerate(sources_raw):
            swhere = f"{where}, source {j + 1}"
            _check_keys(sr, _SOURCE_KEYS, swhere)
            has_field = "field" in sr
            has_ratio = "numerator" in sr or "denominator" in sr
            if has_field == has_ratio or (
                has_ratio and not ("numerator" in sr and "denominator" in sr)
            ):
                _fail(swhere, "give either 'field', or both 'numerator' and 'denominator'.")
            scale = sr.get("scale", 100.0 if has_ratio else 1.0)
            if isinstance(scale, bool) or not isinstance(scale, (int, float)) or scale <= 0:
                _fail(swhere, "'scale' must be a positive number.")
            sources.append(
                FactorSource(
                    field=sr.get("field"),
                    numerator=sr.get("numerator"),
                    denominator=sr.get("denominator"),
                    scale=float(scale),
                )
            )
        factors.append(
            RiskFactor(
                name=name,
                label=str(fr.get("label", name)),
                weight=float(weight),
                direction=direction,
                sources=tuple(sources),
                transform=transform,
                why=str(fr.get("why", "")),
            )
        )
    if sum(f.weight for f in factors) <= 0:
        _fail("'factors'", "the weights add up to 0; give at least one factor a positive weight.")

    classes = raw.get("classes", {"method": "quantile", "count": 5})
    _check_keys(classes, _CLASS_KEYS, "'classes'")
    method = classes.get("method", "quantile")
    breaks: Sequence[float] = ()
    if method == "quantile":
        count = classes.get("count", 5)
        if isinstance(count, bool) or not isinstance(count, int) or count < 2:
            _fail("'classes'", "'count' must be a whole number of 2 or more.")
    elif method == "fixed":
        breaks = classes.get("breaks")
        if (
            not isinstance(breaks, list)
            or not breaks
            or not all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in breaks)
            or any(b2 <= b1 for b1, b2 in zip(breaks, breaks[1:]))
        ):
            _fail("'classes'", "'breaks' must be a non-empty list of increasing numbers.")
        count = len(breaks) + 1
    else:
        _fail("'classes'", f'\'method\' must be "quantile" or "fixed", not {method!r}.')
    labels = classes.get("labels", [])
    if labels and (not isinstance(labels, list) or len(labels) != count):
        _fail("'classes'", f"'labels' must list exactly {count} names, one per class.")
    mws = raw.get("min_weight_share", 0.5)
    if isinstance(mws, bool) or not isinstance(mws, (int, float)) or not 0 < mws <= 1:
        _fail("'min_weight_share'", "must be a number above 0 and at most 1.")
    return RiskIndexConfig(
        name=str(raw.get("name", "loneliness risk index")),
        factors=tuple(factors),
        class_method=method,
        class_count=int(count),
        class_breaks=tuple(float(b) for b in breaks),
        class_labels=tuple(str(x) for x in labels),
        min_weight_share=float(mws),
        version=int(raw.get("version", 1)),
    )


def load_risk_index_config(path: Union[str, Path, None] = None) -> RiskIndexConfig:
    """Read and validate the JSON config (the shipped default when ``path`` is None)."""
    path = Path(path) if path is not None else DEFAULT_CONFIG_PATH
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WijkaanpakInputError(f"Risk-index config not found: {path}") from None
    except json.JSONDecodeError as exc:
        raise WijkaanpakInputError(f"Risk-index config {path} is not valid JSON: {exc}") from None
    return parse_risk_index_config(raw)


def _factor_values(
    frame: pd.DataFrame, factor: RiskFactor, warnings: List[str], read: set
) -> Optional[tuple]:
    """The factor's values from its first source present; suppressed values are NaN and
    counted once per field in ``warnings`` (``read``: fields already reported)."""

    def column(name: str) -> pd.Series:
        parsed = parse_figures(frame[name], name=name)
        if name not in read:
            read.add(name)
            warnings.extend(parsed.messages(name, where=f"Risk factor '{factor.name}'"))
        return parsed.values

    for source in factor.sources:
        if all(c in frame.columns for c in source.columns()):
            if source.field:
                values = column(source.field) * source.scale
            else:
                num = column(source.numerator)
                den = column(source.denominator)
                values = (num / den.where(den > 0)) * source.scale
            return values.astype(float), source
    return None


def assign_risk_classes(score: pd.Series, config: RiskIndexConfig) -> pd.Series:
    """Class 1 (lowest risk) … n (highest); NaN where there is no score."""
    valid = score.notna()
    out = pd.Series(np.nan, index=score.index)
    if config.class_method == "quantile":
        pct = score[valid].rank(method="average") / valid.sum()
        cls = np.ceil(pct.to_numpy() * config.class_count - 1e-9)
        out[valid] = np.clip(cls, 1, config.class_count)
    else:
        out[valid] = np.searchsorted(np.asarray(config.class_breaks), score[valid], side="left") + 1
    return out.astype("Int64")


def loneliness_risk_index(
    frame: pd.DataFrame,
    config: Union[RiskIndexConfig, Mapping[str, Any], str, Path, None] = None,
    *,
    missing_factors: str = "error",
    top_n: int = 3,
) -> RiskIndexResult:
    """Risk score, class and top factors for every area (row) of ``frame``.

    ``missing_factors``: ``"error"`` stops when no source of a factor is in the table (the
    message names the factor and the columns looked for); ``"skip"`` leaves such factors out
    and lists them in ``factors_skipped``, so the same config serves buurten, wijken and grid
    cells. A factor with the same value everywhere cannot rank areas and always stops.
    """
    if isinstance(config, RiskIndexConfig):
        cfg = config
    elif isinstance(config, Mapping):
        cfg = parse_risk_index_config(config)
    else:
        cfg = load_risk_index_config(config)
    if missing_factors not in ("error", "skip"):
        raise WijkaanpakInputError("missing_factors must be 'error' or 'skip'.")
    if len(frame) == 0:
        raise WijkaanpakInputError("The area table is empty: no areas to score.")

    used: Dict[str, str] = {}
    skipped: List[str] = []
    warnings: List[str] = []
    read: set = set()
    zs: Dict[str, pd.Series] = {}
    means: Dict[str, float] = {}
    stds: Dict[str, float] = {}
    for factor in cfg.factors:
        if factor.weight == 0:
            continue  # switched off in the config: not read, not checked
        found = _factor_values(frame, factor, warnings, read)
        if found is None:
            if missing_factors == "error":
                looked = "; ".join(s.describe() for s in factor.sources)
                raise WijkaanpakInputError(
                    f"Risk factor '{factor.name}' ({factor.label}): none of its source columns "
                    f"is in the table (looked for: {looked})."
                )
            skipped.append(factor.name)
            continue
        values, source = found
        if factor.transform == "log":
            if (values < 0).any():
                raise WijkaanpakInputError(
                    f"Risk factor '{factor.name}': 'log' transform needs values of 0 or more "
                    f"in {source.describe()}."
                )
            values = np.log1p(values)
        valid = values.dropna()
        if len(valid) == 0:
            raise WijkaanpakInputError(
                f"Risk factor '{factor.name}' ({source.describe()}) has no value in any area."
            )
        std = float(valid.std(ddof=0))
        if not std > 1e-12 * max(1.0, abs(float(valid.mean()))):
            raise WijkaanpakInputError(
                f"Risk factor '{factor.name}' ({source.describe()}) has the same value in every "
                "area, so it cannot rank areas; remove it or give it weight 0 in the config."
            )
        means[factor.name] = float(valid.mean())
        stds[factor.name] = std
        zs[factor.name] = (values - means[factor.name]) / std
        used[factor.name] = source.describe()

    active = [f for f in cfg.factors if f.name in used and f.weight > 0]
    if not active:
        raise WijkaanpakInputError(
            "No risk factor with a positive weight is available in this table "
            f"(skipped: {', '.join(skipped) or 'none'})."
        )
    names = [f.name for f in active]
    z = np.column_stack([zs[n].to_numpy(dtype=float) for n in names])
    w = np.array([f.weight for f in active])
    sign = np.array([f.sign for f in active])
    has = ~np.isnan(z)
    weight_present = has @ w
    enough = weight_present >= cfg.min_weight_share * w.sum() - 1e-12
    with np.errstate(invalid="ignore", divide="ignore"):
        contrib = np.where(has, z * (w * sign), 0.0) / weight_present[:, None]
    contrib[~enough] = np.nan
    contrib[~has] = np.nan
    score = np.where(enough, np.nansum(np.nan_to_num(contrib, nan=0.0), axis=1), np.nan)

    out = pd.DataFrame(index=frame.index)
    out["risk_score"] = score
    out["risk_class"] = assign_risk_classes(out["risk_score"], cfg)
    if cfg.class_labels:
        labels = np.array(cfg.class_labels, dtype=object)
        cls = out["risk_class"]
        out["risk_class_label"] = pd.Series(
            np.where(cls.notna(), labels[(cls.fillna(1).astype(int) - 1).to_numpy()], None),
            index=frame.index,
            dtype=object,
        )
    out["risk_factors_used"] = np.where(enough, has.sum(axis=1), 0)

    # Top factors by absolute contribution: vectorised argsort, NaN last.
    k = min(top_n, len(names))
    mag = np.where(np.isnan(contrib), -np.inf, np.abs(contrib))
    order = np.argsort(-mag, axis=1, kind="stable")[:, :k]
    rows = np.arange(len(frame))[:, None]
    top_vals = contrib[rows, order]
    labels_arr = np.array([f.label for f in active], dtype=object)
    top_labels = labels_arr[order]
    reasons = np.full(len(frame), "", dtype=object)
    for i in range(k):
        vals = top_vals[:, i]
        ok = ~np.isnan(vals)
        out[f"risk_factor_{i + 1}"] = np.where(ok, top_labels[:, i], None)
        out[f"risk_factor_{i + 1}_contribution"] = vals
        text = top_labels[:, i].astype(str).astype(object) + np.char.mod(
            " (%+.2f)", np.nan_to_num(vals)
        ).astype(object)
        sep = np.where(reasons == "", "", "; ").astype(object)
        reasons = np.where(ok, reasons + sep + text, reasons)
    out["risk_reasons"] = np.where(out["risk_score"].notna(), reasons, None)
    for j, n in enumerate(names):
        out[f"contribution_{n}"] = contrib[:, j]
    return RiskIndexResult(
        table=out,
        factors_used={n: used[n] for n in names},
        factors_skipped=skipped,
        config=cfg,
        factor_means=means,
        factor_stds=stds,
        warnings=warnings,
    )


# --------------------------------------------------------------------------------------------
# grid cells: density, and figures per buurt for layers without their own figures

#: Column prefix of the factor values :func:`risk_figures_from_grid` computes per area.
GRID_FIGURE_PREFIX = "grid_"


def grid_cell_area_km2(
    cell_areas_m2: Sequence[float], rel_tolerance: float = 0.01
) -> Optional[float]:
    """The common cell area in km² when every polygon has the same area, else None.

    Why: a layer of equal squares (CBS 100 m or 500 m grid) has no density column, but its
    cell area is known from the geometry; buurten and wijken never all have one size. Needs
    at least two cells; empty or zero-area polygons make it None.
    """
    a = np.asarray(cell_areas_m2, dtype=float)
    if len(a) < 2 or not np.all(np.isfinite(a)) or a.min() <= 0:
        return None
    median = float(np.median(a))
    if np.max(np.abs(a - median)) > rel_tolerance * median:
        return None
    return median / 1_000_000.0


def add_grid_density(
    cells: pd.DataFrame,
    *,
    population_column: str = "aantal_inwoners",
    cell_area_km2: float = 0.01,
    column: str = "bevolkingsdichtheid",
) -> pd.DataFrame:
    """A copy of ``cells`` with residents per km² (a 1 ha cell: residents × 100).

    Grid layers have no density column, so the index's density factor would be skipped;
    suppressed resident counts (-99997) give an empty density, not a negative one.
    """
    if population_column not in cells.columns:
        raise WijkaanpakInputError(
            f"The grid layer has no resident column '{population_column}' to compute "
            f"'{column}' (residents per km²) from."
        )
    if not cell_area_km2 > 0:
        raise WijkaanpakInputError(f"The cell area must be above 0 km² (got {cell_area_km2}).")
    out = cells.copy()
    residents = parse_suppressed(cells[population_column], name=population_column)
    out[column] = residents.where(residents >= 0) / cell_area_km2
    return out


def risk_figures_from_grid(
    cells: pd.DataFrame,
    config: Union[RiskIndexConfig, Mapping[str, Any], str, Path, None] = None,
    *,
    buurt_column: str = "buurtcode",
    population_column: str = "aantal_inwoners",
) -> Tuple[pd.DataFrame, RiskIndexConfig]:
    """Risk-factor values per buurt from 100 m grid cells, and a config that reads them.

    For areas without figures of their own (e.g. CBS buurten 2021 of Ermelo, whose key
    figures are empty) the cells that carry the buurt code supply them. Per factor, the
    first source whose columns the grid has is used: a share from counts is a ratio of sums
    over the cells where both counts are known (suppressed cells are left out of both), a
    published percentage or mean (``field``) is a resident-weighted mean of the cells. Add
    a density first (:func:`add_grid_density`): its weighted mean is the density the
    average resident lives at. Returns ``(table, config)``: the table is indexed by buurt
    code with ``aantal_inwoners`` (summed), ``cells`` and one ``grid_<factor>`` column per
    factor found; the config is the given one with ``grid_<factor>`` put first among that
    factor's sources (its other sources stay as fallback).
    """
    from dataclasses import replace

    from .loneliness import GridPredictor, aggregate_grid_to_buurten

    if isinstance(config, RiskIndexConfig):
        cfg = config
    elif isinstance(config, Mapping):
        cfg = parse_risk_index_config(config)
    else:
        cfg = load_risk_index_config(config)
    predictors: List[Any] = []
    factors: List[RiskFactor] = []
    for factor in cfg.factors:
        source = next(
            (s for s in factor.sources if all(c in cells.columns for c in s.columns())), None
        )
        if source is None or factor.weight == 0:
            factors.append(factor)
            continue
        name = f"{GRID_FIGURE_PREFIX}{factor.name}"
        if source.field:
            predictors.append(GridPredictor(name, source.field, scale=source.scale))
        else:
            predictors.append(
                GridPredictor(name, source.numerator, source.denominator, scale=source.scale)
            )
        factors.append(replace(factor, sources=(FactorSource(field=name), *factor.sources)))
    if not predictors:
        looked = sorted({c for f in cfg.factors for s in f.sources for c in s.columns()})
        raise WijkaanpakInputError(
            "The grid layer has none of the columns the risk factors are computed from "
            f"(looked for: {', '.join(looked)})."
        )
    table, _cells = aggregate_grid_to_buurten(
        cells, predictors, buurt_column=buurt_column, population_column=population_column
    )
    return table, replace(cfg, factors=tuple(factors))
