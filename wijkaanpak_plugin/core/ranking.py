"""Which wijk deserves the next integrated approach, and how sure is that?

``rank_areas`` ranks areas by need (1 - the total score of the indicator tree in
``indicators.py``, which combines the ambition gaps, loneliness, loneliness risk and missing
reach) and tests how much the ranking depends on choices and noise with a Monte-Carlo
sensitivity analysis:

- weights: in every draw each indicator weight and each ambition weight is multiplied by an
  independent factor drawn uniformly from [1 - jitter, 1 + jitter] (default +-20%); weights
  are renormalised per area inside the aggregation, as in the point estimate;
- values: where an indicator has interval columns (lower/upper), its value per area is drawn
  within the interval, by default from a triangular distribution with its peak at the point
  value (clipped into the interval; most mass near the published estimate, none outside it),
  or uniformly (``interval_draw="uniform"``). Normalisations against the reference are then
  recomputed per draw (a z-score depends on all areas' values).

Outputs per area: ``rank`` (point estimate, 1 = most need), ``rank_p05`` / ``rank_p95`` (the
5th percentile taken downwards and the 95th upwards, so at least 90% of draws lie inside),
``rank_median``, ``p_first`` and ``p_top3``. Ties: needs within 1e-10 of each other are tied;
tied areas share the average of their positions (two areas tied for first both get rank 1.5),
and probabilities are split evenly over the tied positions: two identical areas each get
P(first) = 0.5; a tie over positions 3-4 gives each area 0.5 towards P(top 3).

Areas under ``min_population`` residents (or with an unknown or suppressed population) are
not ranked: small numbers are noisy and a ranking of a few streets stigmatises. They get no
rank and a reason; the normalisation reference is not affected (choose it with
``reference_mask``). Areas without a total score (a "flag" indicator missing) are not ranked
either.

Randomness: every draw has its own generator spawned from ``SeedSequence(seed)``, so the
result for a seed is identical whatever the batch size, and the same call gives identical
arrays. Draws are processed in batches as one matrix product per batch, ranks by ``argsort``
along the area axis; memory stays at a few tens of MB for 3,500 areas.

The output is a signal for conversation with residents and departments, not a verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_figures
from .indicators import (
    AmbitionScores,
    DefinitionSource,
    IndicatorDefinition,
    normalise,
    numeric_column,
    score_ambitions,
)

DEFAULT_SEED = 20240501
DEFAULT_DRAWS = 1000
DEFAULT_WEIGHT_JITTER = 0.2
DEFAULT_MIN_POPULATION = 100.0
TIE_TOLERANCE = 1e-10
INTERVAL_DRAWS = ("triangular", "uniform")
_BATCH = 50  # draws per matrix product; fixed so that a seed always gives the same numbers

SIGNAL_NOTE_EN = (
    "This ranking is a signal for conversation with residents and departments, not a verdict "
    "on a neighbourhood."
)
SIGNAL_NOTE_NL = (
    "Deze rangorde is een signaal voor het gesprek met bewoners en afdelingen, geen oordeel "
    "over een wijk."
)


#: Why an area is not ranked, for machines (``not_ranked_code``); the words are in
#: ``not_ranked_reason``, in the language asked for.
NOT_RANKED_CODES = ("no_total", "population_unknown", "small_population")
NOT_RANKED_WORDS = {
    "en": {
        "not_ranked": "not ranked",
        "flag": "no total score: missing value for {} (missing = flag)",
        "no_values": "no indicator values",
        "unknown": "population unknown or suppressed",
        "small": "fewer than {:g} residents ({:g})",
    },
    "nl": {
        "not_ranked": "niet gerangschikt",
        "flag": "geen totaalscore: geen waarde voor {} (ontbreken = markeren)",
        "no_values": "geen waarden van indicatoren",
        "unknown": "aantal inwoners onbekend of geheim",
        "small": "minder dan {:g} inwoners ({:g})",
    },
}


class RankingCancelledError(Exception):
    """The caller's progress callback asked to stop; no result exists (not an input error)."""


#: Progress callback: receives the share of draws done (0..1) after every batch; returning
#: False (or raising) stops the simulation. None (or anything else) means "go on".
ProgressCallback = Callable[[float], Optional[bool]]


@dataclass(frozen=True)
class RankingResult:
    """The ranking table (same rows and order as the input layer) and how it was made.

    ``table`` columns: the code field if given, ``need``, ``rank``, ``rank_median``,
    ``rank_p05``, ``rank_p95``, ``p_first``, ``p_top<k>``, ``rank_label`` (e.g. "2 (1-4)"),
    ``ranked``, ``not_ranked_reason``, ``need_driver_1..3``, and what the need rests on:
    ``ambitions_in_total``, ``ambitions_missing`` and ``indicators_used`` (ids, comma-separated).
    """

    table: pd.DataFrame
    scores: AmbitionScores
    n_draws: int
    seed: int
    weight_jitter: float
    interval_draw: str
    intervals: dict[str, tuple[str, str]]
    warnings: tuple[str, ...]
    note_en: str = SIGNAL_NOTE_EN
    note_nl: str = SIGNAL_NOTE_NL

    def top(self, n: int = 10) -> pd.DataFrame:
        """The ranked areas with most need first (for reports and the demo)."""
        ranked = self.table[self.table["ranked"]]
        return ranked.sort_values(["rank", "need"], ascending=[True, False], kind="stable").head(n)


def rank_areas(
    frame: pd.DataFrame,
    definition: DefinitionSource,
    *,
    reference_mask: Any = None,
    code_col: str | None = None,
    population: str | Sequence[float] | np.ndarray | pd.Series | None = None,
    min_population: float = DEFAULT_MIN_POPULATION,
    n_draws: int = DEFAULT_DRAWS,
    weight_jitter: float = DEFAULT_WEIGHT_JITTER,
    seed: int = DEFAULT_SEED,
    intervals: Mapping[str, tuple[str, str]] | None = None,
    interval_draw: str = "triangular",
    top_k: int = 3,
    progress: ProgressCallback | None = None,
    allow_missing_ambitions: bool = False,
    language: str = "en",
) -> RankingResult:
    """Rank areas by need, with rank intervals and P(first) / P(top k) from weighted draws.

    ``population``: a field name or one value per area; without it no minimum is applied
    (a warning says so). ``intervals``: {indicator id: (lower field, upper field)}; None uses
    the definition's ``interval`` keys where the layer has those fields, {} uses none.
    ``progress``: called with the share of draws done after every batch, so a user interface
    can show progress and cancel; returning False raises ``RankingCancelledError``.
    ``allow_missing_ambitions``: rank on the ambitions that have data when some have none
    (else :class:`~.indicators.MissingAmbitionsError`); the table records it per area.
    ``language`` ('nl' or 'en'): the words in ``rank_label``, ``not_ranked_reason`` and
    ``need_driver_<n>_label``; ``not_ranked_code`` and ``need_driver_<n>`` keep the ids
    (``NOT_RANKED_CODES``) for machines.
    """
    _check_settings(n_draws, weight_jitter, seed, interval_draw, top_k, min_population)
    scores = score_ambitions(
        frame,
        definition,
        reference_mask,
        code_col=code_col,
        allow_missing_ambitions=allow_missing_ambitions,
        language=language,
    )
    defn = scores.definition
    warnings = list(scores.warnings)
    n = len(frame)

    need = scores.table["need"].to_numpy(dtype=float)
    reasons = np.full(n, "", dtype=object)
    codes = np.full(n, "", dtype=object)
    words = NOT_RANKED_WORDS["nl" if language == "nl" else "en"]
    no_total = ~np.isfinite(need)
    flagged = scores.table["missing_flagged"].to_numpy(dtype=object)
    names = {i.id: (i.label_nl if language == "nl" else i.label_en) for i in defn.indicators}
    reasons[no_total] = [
        words["flag"].format(", ".join(names.get(x.strip(), x.strip()) for x in f.split(",")))
        if f
        else words["no_values"]
        for f in flagged[no_total]
    ]
    codes[no_total] = "no_total"
    if population is None:
        warnings.append(
            f"No population given: areas were not checked against the minimum of "
            f"{min_population:g} residents."
        )
    else:
        pop = _population_values(frame, population, warnings)
        unknown = ~np.isfinite(pop) & (reasons == "")
        reasons[unknown] = words["unknown"]
        codes[unknown] = "population_unknown"
        small = np.isfinite(pop) & (pop < min_population) & (reasons == "")
        reasons[small] = [words["small"].format(min_population, p) for p in pop[small]]
        codes[small] = "small_population"
    ranked = reasons == ""
    if not ranked.any():
        raise WijkaanpakInputError(
            "No area can be ranked: "
            + "; ".join(sorted(set(reasons.tolist())))
            + (f" (population field '{population}')" if population else "")
            + "."
        )

    interval_cols = _interval_columns(frame, defn, intervals, warnings)
    base_rank = _rank_draws(need[ranked][None, :], top_k)[0][0]
    ranks, p_first, p_top = _simulate(
        scores,
        frame,
        defn,
        ranked,
        interval_cols,
        n_draws,
        weight_jitter,
        seed,
        interval_draw,
        top_k,
        warnings,
        progress,
    )

    table = pd.DataFrame(index=frame.index)
    if code_col is not None:
        table[code_col] = frame[code_col].to_numpy()
    table["need"] = need
    columns = {
        "rank": base_rank,
        "rank_median": np.median(ranks, axis=0),
        "rank_p05": _quantile(ranks, 0.05, "lower"),
        "rank_p95": _quantile(ranks, 0.95, "higher"),
        "p_first": p_first,
        f"p_top{top_k}": p_top,
    }
    for name, values in columns.items():
        full = np.full(n, np.nan)
        full[ranked] = values
        table[name] = full
    table["rank_label"] = [
        _label(r, lo, hi) if ok else words["not_ranked"]
        for r, lo, hi, ok in zip(table["rank"], table["rank_p05"], table["rank_p95"], ranked)
    ]
    table["ranked"] = ranked
    table["not_ranked_reason"] = reasons
    table["not_ranked_code"] = np.where(codes == "", None, codes)
    for i in (1, 2, 3):
        table[f"need_driver_{i}"] = scores.table[f"need_driver_{i}"].to_numpy()
        table[f"need_driver_{i}_label"] = scores.table[f"need_driver_{i}_label"].to_numpy()
    for name in ("ambitions_in_total", "ambitions_missing", "indicators_used"):
        table[name] = scores.table[name].to_numpy()
    return RankingResult(
        table=table,
        scores=scores,
        n_draws=n_draws,
        seed=seed,
        weight_jitter=weight_jitter,
        interval_draw=interval_draw,
        intervals=interval_cols,
        warnings=tuple(warnings),
    )


def _check_settings(
    n_draws: int,
    jitter: float,
    seed: int,
    interval_draw: str,
    top_k: int,
    min_population: float,
) -> None:
    if isinstance(n_draws, bool) or not isinstance(n_draws, (int, np.integer)) or n_draws < 1:
        raise WijkaanpakInputError(
            f"Number of draws must be a whole number of at least 1, got {n_draws!r}."
        )
    if not 0 <= float(jitter) < 1:
        raise WijkaanpakInputError(
            "Weight jitter must be from 0 up to (not including) 1, e.g. 0.2 for +-20%; "
            f"got {jitter!r}."
        )
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise WijkaanpakInputError(f"Seed must be a whole number of 0 or more, got {seed!r}.")
    if interval_draw not in INTERVAL_DRAWS:
        raise WijkaanpakInputError(
            f"Interval draw must be one of {', '.join(INTERVAL_DRAWS)}, got {interval_draw!r}."
        )
    if isinstance(top_k, bool) or not isinstance(top_k, (int, np.integer)) or top_k < 1:
        raise WijkaanpakInputError(f"Top k must be a whole number of at least 1, got {top_k!r}.")
    if not np.isfinite(min_population) or min_population < 0:
        raise WijkaanpakInputError(f"Minimum population must be 0 or more, got {min_population!r}.")


def _population_values(frame: pd.DataFrame, population: Any, warnings: list[str]) -> np.ndarray:
    """Residents per area; suppressed (CBS -99997, '.') and negative values count as unknown."""
    if isinstance(population, str):
        if population not in frame.columns:
            raise WijkaanpakInputError(
                f"Population field '{population}' is not in the layer. Available fields: "
                + ", ".join(str(c) for c in frame.columns)
                + "."
            )
        values, notes = numeric_column(frame, population, where="Population")
        warnings.extend(notes)
    else:
        if isinstance(population, pd.Series):
            population = population.reindex(frame.index)
        parsed = parse_figures(
            pd.Series(np.asarray(population)), name="population", errors="coerce"
        )
        values = parsed.values.to_numpy(dtype=float, na_value=np.nan)
        warnings.extend(parsed.messages("population"))
        if values.shape != (len(frame),):
            raise WijkaanpakInputError(
                f"Population must have one value per area ({len(frame)}), got {values.shape}."
            )
    values = values.astype(float).copy()
    values[values < 0] = np.nan
    return values


def _interval_columns(
    frame: pd.DataFrame,
    defn: IndicatorDefinition,
    intervals: Mapping[str, tuple[str, str]] | None,
    warnings: list[str],
) -> dict[str, tuple[str, str]]:
    ids = [i.id for i in defn.indicators]
    if intervals is None:
        found: dict[str, tuple[str, str]] = {}
        for ind in defn.indicators:
            if ind.interval is None:
                continue
            absent = [c for c in ind.interval if c not in frame.columns]
            if absent:
                warnings.append(
                    f"Indicator '{ind.id}': interval field(s) {', '.join(absent)} not in the "
                    "layer; its point values are used in every draw."
                )
            else:
                found[ind.id] = ind.interval
        return found
    result: dict[str, tuple[str, str]] = {}
    for ind_id, cols in intervals.items():
        if ind_id not in ids:
            raise WijkaanpakInputError(
                f"Intervals given for indicator '{ind_id}', which is not scored; scored "
                f"indicators: {', '.join(ids)}."
            )
        if isinstance(cols, str) or len(tuple(cols)) != 2:
            raise WijkaanpakInputError(
                f"Intervals of indicator '{ind_id}' must be (lower field, upper field), "
                f"got {cols!r}."
            )
        absent = [c for c in cols if c not in frame.columns]
        if absent:
            raise WijkaanpakInputError(
                f"Interval field(s) {', '.join(absent)} of indicator '{ind_id}' not in the layer."
            )
        result[ind_id] = (str(cols[0]), str(cols[1]))
    return result


def _simulate(
    scores: AmbitionScores,
    frame: pd.DataFrame,
    defn: IndicatorDefinition,
    ranked: np.ndarray,
    interval_cols: Mapping[str, tuple[str, str]],
    n_draws: int,
    jitter: float,
    seed: int,
    interval_draw: str,
    top_k: int,
    warnings: list[str],
    progress: ProgressCallback | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ranks per draw (draws, ranked areas), P(first) and P(top k) of the ranked areas."""
    indicators = defn.indicators
    ids = [i.id for i in indicators]
    n_ind, n_amb = len(indicators), len(defn.ambitions)
    amb_ids = [a.id for a in defn.ambitions]
    ambition_of = np.array([amb_ids.index(i.ambition) for i in indicators])
    onehot = (ambition_of[:, None] == np.arange(n_amb)[None, :]).astype(float)  # (I, A)
    ind_w = np.array([i.weight for i in indicators], dtype=float)
    amb_w = np.array([a.weight for a in defn.ambitions], dtype=float)
    geometric_amb = np.array([a.aggregation == "geometric" for a in defn.ambitions])
    geometric_ind = geometric_amb[ambition_of]
    total_geometric = defn.total_aggregation == "geometric"
    offset = defn.geometric_offset

    # one generator per draw: weight factors first, then interval draws
    children = np.random.SeedSequence(int(seed)).spawn(n_draws)
    generators = [np.random.default_rng(child) for child in children]
    ind_factor = np.empty((n_draws, n_ind))
    amb_factor = np.empty((n_draws, n_amb))
    for d, rng in enumerate(generators):
        ind_factor[d] = rng.uniform(1.0 - jitter, 1.0 + jitter, n_ind)
        amb_factor[d] = rng.uniform(1.0 - jitter, 1.0 + jitter, n_amb)

    point_scores = scores.scores[ranked]
    available = np.isfinite(point_scores)
    avail_f = available.astype(float)
    fixed_x = _aggregation_input(point_scores, available, geometric_ind, offset)

    drawn: list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    for ind_id, (low_col, high_col) in interval_cols.items():
        j = ids.index(ind_id)
        low, notes = numeric_column(frame, low_col, where=f"Interval of '{ind_id}'")
        warnings.extend(notes)
        high, notes = numeric_column(frame, high_col, where=f"Interval of '{ind_id}'")
        warnings.extend(notes)
        point = scores.values[:, j]
        bad = np.isfinite(low) & np.isfinite(high) & (low > high)
        if bad.any():
            row = frame.index[np.flatnonzero(bad)[0]]
            raise WijkaanpakInputError(
                f"Indicator '{ind_id}': lower bound above upper bound for {int(bad.sum())} "
                f"area(s), first at row {row!r} ({low_col} > {high_col})."
            )
        usable = np.isfinite(low) & np.isfinite(high) & np.isfinite(point)
        outside = usable & ((point < low) | (point > high))
        if outside.any():
            warnings.append(
                f"Indicator '{ind_id}': {int(outside.sum())} area(s) have a value outside their "
                "interval; the peak of the triangular draw is put at the nearest bound."
            )
        low = np.where(usable, low, point)
        high = np.where(usable, high, point)
        drawn.append((j, low, high, point, usable))
    if drawn and not scores.in_reference.any():
        raise WijkaanpakInputError("Interval draws need reference areas in the same layer.")

    n_ranked = int(ranked.sum())
    ranks = np.empty((n_draws, n_ranked))
    first_sum = np.zeros(n_ranked)
    top_sum = np.zeros(n_ranked)
    incomplete = False
    for start in range(0, n_draws, _BATCH):
        stop = min(start + _BATCH, n_draws)
        b = stop - start
        w_ind = ind_w[None, :] * ind_factor[start:stop]  # (b, I)
        w_amb = amb_w[None, :] * amb_factor[start:stop]  # (b, A)
        block = w_ind[:, :, None] * onehot[None, :, :]  # (b, I, A)
        if drawn:
            batch_scores = np.broadcast_to(point_scores, (b,) + point_scores.shape).copy()
            for j, low, high, point, usable in drawn:
                u = np.stack([generators[d].random(low.shape[0]) for d in range(start, stop)])
                values = _draw_within(low, high, point, u, interval_draw)
                values[:, ~usable] = point[~usable]
                ref_values = values[:, scores.in_reference]
                col, _ = normalise(values, ref_values, defn.indicators[j], defn.z_clip)
                batch_scores[:, :, j] = col[:, ranked]
            x = _aggregation_input(batch_scores, available[None], geometric_ind, offset)
            num = np.matmul(x, block)  # (b, n, A)
        else:
            flat = block.transpose(1, 0, 2).reshape(n_ind, b * n_amb)
            num = (fixed_x @ flat).reshape(-1, b, n_amb).transpose(1, 0, 2)
        den_flat = block.transpose(1, 0, 2).reshape(n_ind, b * n_amb)
        den = (avail_f @ den_flat).reshape(-1, b, n_amb).transpose(1, 0, 2)
        with np.errstate(all="ignore"):
            amb = num / den
            amb = np.where(geometric_amb[None, None, :], np.exp(amb) - offset, amb)
            amb = np.where(den > 0, amb, np.nan)
            has = np.isfinite(amb)
            y = _aggregation_input(amb, has, np.full(n_amb, total_geometric), offset)
            used_w = np.where(has, w_amb[:, None, :], 0.0)
            total = (y * used_w).sum(axis=2) / used_w.sum(axis=2)
            if total_geometric:
                total = np.exp(total) - offset
        need = 1.0 - total
        if not np.isfinite(need).all():
            incomplete = True
            need = np.where(np.isfinite(need), need, -np.inf)
        ranks[start:stop], first, top = _rank_draws(need, top_k)
        first_sum += first.sum(axis=0)
        top_sum += top.sum(axis=0)
        if progress is not None and progress(stop / n_draws) is False:
            raise RankingCancelledError(f"Ranking cancelled after {stop} of {n_draws} draws.")
    if incomplete:
        warnings.append("Some draws gave no total for an area; it was put last in those draws.")
    return ranks, first_sum / n_draws, top_sum / n_draws


def _aggregation_input(
    scores: np.ndarray, available: np.ndarray, geometric: np.ndarray, offset: float
) -> np.ndarray:
    """Scores as they enter a weighted sum: log(s + offset) for geometric parts, 0 if missing."""
    with np.errstate(all="ignore"):
        logs = np.log(np.where(available, scores, 1.0) + offset)
    return np.where(available, np.where(geometric, logs, scores), 0.0)


def _draw_within(
    low: np.ndarray, high: np.ndarray, point: np.ndarray, u: np.ndarray, shape: str
) -> np.ndarray:
    """Values within [low, high] from uniforms u (draws, areas): uniform or triangular."""
    span = high - low
    if shape == "uniform":
        return low + u * span
    mode = np.clip(point, low, high)
    with np.errstate(all="ignore"):
        c = np.where(span > 0, (mode - low) / span, 0.5)
        left = low + np.sqrt(u * span * (mode - low))
        right = high - np.sqrt((1.0 - u) * span * (high - mode))
    return np.where(u < c, left, right)


def _rank_draws(need: np.ndarray, top_k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row (draw): average ranks (1 = most need), first shares, top-k shares.

    Needs within TIE_TOLERANCE of their neighbour in sorted order form one tied group; a
    group over positions start..end shares them evenly.
    """
    rows, n = need.shape
    order = np.argsort(-need, axis=1, kind="stable")
    ordered = np.take_along_axis(need, order, axis=1)
    pos = np.broadcast_to(np.arange(n), (rows, n))
    new_group = np.ones((rows, n), dtype=bool)
    with np.errstate(invalid="ignore"):
        new_group[:, 1:] = (ordered[:, :-1] - ordered[:, 1:]) > TIE_TOLERANCE
    start = np.maximum.accumulate(np.where(new_group, pos, 0), axis=1)
    group_end = np.ones((rows, n), dtype=bool)
    group_end[:, :-1] = new_group[:, 1:]
    end = np.minimum.accumulate(np.where(group_end, pos, n)[:, ::-1], axis=1)[:, ::-1]
    size = (end - start + 1).astype(float)
    in_first = np.clip(np.minimum(end, 0) - start + 1, 0, None) / size
    in_top = np.clip(np.minimum(end, top_k - 1) - start + 1, 0, None) / size
    ranks = np.empty((rows, n))
    first = np.empty((rows, n))
    top = np.empty((rows, n))
    np.put_along_axis(ranks, order, (start + end) / 2.0 + 1.0, axis=1)
    np.put_along_axis(first, order, in_first, axis=1)
    np.put_along_axis(top, order, in_top, axis=1)
    return ranks, first, top


def _quantile(ranks: np.ndarray, q: float, side: str) -> np.ndarray:
    """Rank percentile rounded outwards (numpy >= 1.22 'method'; older 'interpolation')."""
    try:
        return np.quantile(ranks, q, axis=0, method=side)
    except TypeError:  # pragma: no cover - numpy < 1.22
        return np.quantile(ranks, q, axis=0, interpolation=side)


def _label(rank: float, low: float, high: float) -> str:
    def fmt(value: float) -> str:
        return f"{value:g}"

    if low == high:
        return fmt(rank)
    return f"{fmt(rank)} ({fmt(low)}-{fmt(high)})"
