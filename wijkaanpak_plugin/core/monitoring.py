"""Monitoring: what changed since the nulmeting (baseline), and is it more than noise?

``compare_measurements`` matches two measurements of the same indicators area by area (two
vintages such as RIVM 2016 and 2020, or a saved baseline and now) and reports per area and
indicator the change (current - baseline, in the indicator's own units) and whether it lies
within the uncertainty of the two measurements.

Uncertainty
-----------
Per indicator and per side (baseline, current), the uncertainty u of one measurement is, in
this order of precedence:

1. the ``uncertainty`` argument: one number for every indicator, or per indicator id a number
   (a margin, +- in the indicator's units) or a pair of interval fields (lower, upper);
2. the definition's ``interval`` fields, where that side's layer has them;
3. the definition's ``margin``.

From an interval, u = (upper - lower) / 2 (for an asymmetric interval the mean of its two
arms). The combined uncertainty of the change is sqrt(u_baseline^2 + u_current^2): the two
measurements' errors are treated as independent. A change counts as "within uncertainty"
when |change| <= combined uncertainty. A value that did not change at all is within any
uncertainty, also an unknown one. Otherwise, without an uncertainty the flag is empty
(unknown), never silently false.

Ambitions (when a definition is given): both measurements are scored on one scale, that of
the baseline (its reference areas fix means, spreads and ranks), so a change in an ambition
score is a change in the area itself rather than in the other areas. An ambition's (and the
total's) change counts as within uncertainty when every indicator behind it that was measured
both times is unchanged or changed within its uncertainty; it is outside when any of them
moved beyond it; it is unknown when none moved beyond it but one with an unknown uncertainty
changed.

Trend (``trend_<id>``): "not measured both times"; "unchanged" (exactly equal); "no clear
change (within uncertainty)"; "better" / "worse" (indicators with a direction, ambitions and
the total; "higher" / "lower" for fields compared as they are) when the change is beyond the
uncertainty; with " (uncertainty unknown)" added only where an indicator that changed has no
uncertainty; for an ambition or the total that names those indicators, e.g. "worse
(uncertainty unknown: household_size)".

Codes
-----
Areas are matched on their code. A translation table (old code -> new code) maps baseline
codes that changed between years. Nothing is dropped silently: areas found on one side only
are listed in ``unmatched`` with the side and the reason, including translated codes whose new
code is missing and several old codes mapped to one new code (a merger cannot be compared one
to one).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .indicators import (
    DefinitionSource,
    IndicatorDefinition,
    as_definition,
    indicator_values,
    numeric_column,
    score_ambitions,
)

BASELINE = "baseline"
CURRENT = "current"
#: Trend phrases (besides better / worse, higher / lower, with "(uncertainty unknown)").
TREND_WITHIN = "no clear change (within uncertainty)"
TREND_UNCHANGED = "unchanged"
TREND_NOT_MEASURED = "not measured both times"


@dataclass(frozen=True)
class MonitoringResult:
    """The comparison of two measurements.

    ``table``: one row per area measured both times (in the current layer's order): the code,
    ``baseline_code``, ``translated``; per indicator ``baseline_<id>``, ``current_<id>``,
    ``change_<id>``, ``uncertainty_<id>`` (combined), ``within_uncertainty_<id>`` (True /
    False / empty if unknown) and ``trend_<id>``; with a definition also per ambition
    ``baseline_ambition_<id>`` ... ``trend_ambition_<id>`` and the same for ``total_score``.
    ``unmatched``: ``code``, ``side`` ("baseline only" / "current only"), ``reason``.
    ``translated``: ``baseline_code``, ``current_code`` of the translations used.
    """

    table: pd.DataFrame
    unmatched: pd.DataFrame
    translated: pd.DataFrame
    indicators: tuple[str, ...]
    ambitions: tuple[str, ...]
    warnings: tuple[str, ...]


def compare_measurements(
    baseline: pd.DataFrame,
    current: pd.DataFrame,
    code_col: str,
    indicators: DefinitionSource | Sequence[str],
    *,
    uncertainty: float | Mapping[str, float | tuple[str, str]] | None = None,
    code_translation: Mapping[str, str] | pd.Series | None = None,
    current_code_col: str | None = None,
    reference_mask: Any = None,
) -> MonitoringResult:
    """Change per indicator (and ambition) per area between a baseline and a current measurement.

    ``indicators``: a list of field names (compared as they are), or an indicator definition
    (file, dict or object), which adds ambition and total scores on the baseline's scale
    (``reference_mask`` selects the baseline's reference areas).
    """
    current_code_col = current_code_col or code_col
    warnings: list[str] = []
    base_codes = _codes(baseline, code_col, BASELINE)
    cur_codes = _codes(current, current_code_col, CURRENT)

    # ---- indicator values on both sides
    defn: IndicatorDefinition | None = None
    if _is_column_list(indicators):
        ids = [str(c) for c in indicators]  # type: ignore[union-attr]
        if len(set(ids)) != len(ids):
            raise WijkaanpakInputError("Monitoring: a field is listed twice.")
        for side, frame in ((BASELINE, baseline), (CURRENT, current)):
            absent = [c for c in ids if c not in frame.columns]
            if absent:
                raise WijkaanpakInputError(
                    f"The {side} layer lacks field(s) {', '.join(absent)}. Available fields: "
                    + ", ".join(str(c) for c in frame.columns)
                    + "."
                )
        base_vals = _column_values(baseline, ids, BASELINE, warnings)
        cur_vals = _column_values(current, ids, CURRENT, warnings)
        directions: dict[str, str | None] = {i: None for i in ids}
    else:
        defn = as_definition(indicators)  # type: ignore[arg-type]
        computed = {}
        for side, frame in ((BASELINE, baseline), (CURRENT, current)):
            try:
                computed[side] = indicator_values(frame, defn)
            except WijkaanpakInputError as exc:
                raise WijkaanpakInputError(f"The {side} layer: {exc}") from exc
            warnings += [f"{side.capitalize()}: {w}" for w in computed[side].warnings]
        skipped = sorted(set(computed[BASELINE].skipped) | set(computed[CURRENT].skipped))
        both = set(computed[BASELINE].skipped) & set(computed[CURRENT].skipped)
        one_sided = [s for s in skipped if s not in both]
        for ind_id in one_sided:
            warnings.append(
                f"Indicator '{ind_id}' is measured in one layer only and is left out of the "
                "comparison on both sides."
            )
        full = defn
        defn = defn.without(skipped)
        if not defn.indicators:
            raise WijkaanpakInputError("No indicator is measured in both layers.")
        kept = {a.id for a in defn.ambitions}
        for amb in full.ambitions:
            if amb.id not in kept:
                warnings.append(
                    f"Ambition '{amb.id}' is left out of the comparison and of the total "
                    "score: none of its indicators is measured in both layers."
                )
        ids = [i.id for i in defn.indicators]
        base_vals = computed[BASELINE].values[ids].to_numpy(dtype=float)
        cur_vals = computed[CURRENT].values[ids].to_numpy(dtype=float)
        directions = {i.id: i.direction for i in defn.indicators}

    # ---- codes
    keys, translated_pairs, unused = _translate(base_codes, code_translation)
    if unused:
        warnings.append(
            "Code translation entries not found in the baseline: "
            + ", ".join(unused[:10])
            + (" ..." if len(unused) > 10 else "")
            + "."
        )
    key_count = pd.Series(keys).value_counts()
    merged_keys = set(key_count[key_count > 1].index)
    cur_pos = {code: i for i, code in enumerate(cur_codes)}
    unmatched_rows: list[dict[str, str]] = []
    base_pos_of_key: dict[str, int] = {}
    for i, (code, key) in enumerate(zip(base_codes, keys)):
        if key in merged_keys:
            others = [c for c, k in zip(base_codes, keys) if k == key]
            unmatched_rows.append(
                {
                    "code": code,
                    "side": "baseline only",
                    "reason": f"several baseline areas ({', '.join(others)}) map to {key}; "
                    "a merger cannot be compared one to one",
                }
            )
        elif key not in cur_pos:
            reason = "not in the current layer"
            if key != code:
                reason = f"translated to {key}, which is not in the current layer"
            unmatched_rows.append({"code": code, "side": "baseline only", "reason": reason})
        else:
            base_pos_of_key[key] = i
    for code in cur_codes:
        if code in merged_keys:
            others = [c for c, k in zip(base_codes, keys) if k == code]
            unmatched_rows.append(
                {
                    "code": code,
                    "side": "current only",
                    "reason": f"several baseline areas ({', '.join(others)}) map to it; "
                    "not compared",
                }
            )
        elif code not in base_pos_of_key:
            unmatched_rows.append(
                {"code": code, "side": "current only", "reason": "not in the baseline layer"}
            )
    unmatched = pd.DataFrame(unmatched_rows, columns=["code", "side", "reason"])
    cur_rows = np.array([i for i, c in enumerate(cur_codes) if c in base_pos_of_key], dtype=int)
    base_rows = np.array([base_pos_of_key[cur_codes[i]] for i in cur_rows], dtype=int)
    if cur_rows.size == 0:
        raise WijkaanpakInputError(
            f"No area code is found in both layers (baseline codes in '{code_col}' e.g. "
            + ", ".join(base_codes[:3])
            + f"; current codes in '{current_code_col}' e.g. "
            + ", ".join(cur_codes[:3])
            + "). Check the code fields, or give a code translation table."
        )
    if len(unmatched):
        warnings.append(
            f"{len(unmatched)} area(s) are measured in one layer only; see the unmatched list."
        )

    # ---- uncertainty per indicator and side
    u_base = _uncertainty(baseline, defn, ids, uncertainty, BASELINE, warnings)[base_rows]
    u_cur = _uncertainty(current, defn, ids, uncertainty, CURRENT, warnings)[cur_rows]
    no_uncertainty = [
        ind_id
        for j, ind_id in enumerate(ids)
        if np.isnan(u_base[:, j]).all() or np.isnan(u_cur[:, j]).all()
    ]
    if no_uncertainty:
        warnings.append(
            "No uncertainty known for indicator(s) "
            + ", ".join(no_uncertainty)
            + ": where they changed, their 'within uncertainty' flag is left empty and the "
            "trend says 'uncertainty unknown' (an unchanged value needs no uncertainty)."
        )
    before = base_vals[base_rows]
    after = cur_vals[cur_rows]
    change = after - before
    combined = np.sqrt(u_base**2 + u_cur**2)
    known, inside = _within(change, combined)

    table = pd.DataFrame(index=current.index[cur_rows])
    table[code_col] = [cur_codes[i] for i in cur_rows]
    table["baseline_code"] = [base_codes[i] for i in base_rows]
    table["translated"] = table["baseline_code"].to_numpy() != table[code_col].to_numpy()
    for j, ind_id in enumerate(ids):
        table[f"baseline_{ind_id}"] = before[:, j]
        table[f"current_{ind_id}"] = after[:, j]
        table[f"change_{ind_id}"] = change[:, j]
        table[f"uncertainty_{ind_id}"] = combined[:, j]
        table[f"within_uncertainty_{ind_id}"] = _flag_array(known[:, j], inside[:, j])
        table[f"trend_{ind_id}"] = _trend(
            change[:, j], known[:, j], inside[:, j], directions[ind_id]
        )

    ambition_ids: list[str] = []
    if defn is not None:
        cur_for_scores = current
        if current_code_col != code_col:
            if code_col in current.columns:
                raise WijkaanpakInputError(
                    f"The current layer has both '{code_col}' and '{current_code_col}'; "
                    "say which one holds the codes."
                )
            cur_for_scores = current.rename(columns={current_code_col: code_col})
        # ambitions without data are reported above (and below, per side); the change of the
        # total is then a change of the same, smaller total on both sides
        base_scores = score_ambitions(
            baseline, defn, reference_mask, code_col=code_col, allow_missing_ambitions=True
        )
        cur_scores = score_ambitions(
            cur_for_scores,
            defn,
            reference_mask,
            code_col=code_col,
            reference_frame=baseline,
            allow_missing_ambitions=True,
        )
        for side, scored in ((BASELINE, base_scores), (CURRENT, cur_scores)):
            for amb_id, why in scored.ambitions_skipped.items():
                warnings.append(
                    f"{side.capitalize()}: ambition '{amb_id}' has no value in any area "
                    f"({why}); the total score is compared without it."
                )
        ambition_of = np.array([i.ambition for i in defn.indicators])
        parts = [(f"ambition_{a.id}", ambition_of == a.id) for a in defn.ambitions]
        parts.append(("total_score", np.ones(len(ids), dtype=bool)))
        for name, members in parts:
            b = base_scores.table[name].to_numpy(dtype=float)[base_rows]
            c = cur_scores.table[name].to_numpy(dtype=float)[cur_rows]
            measured = np.isfinite(change[:, members])
            part_known, part_inside = _combine_within(
                known[:, members], inside[:, members], measured
            )
            unsure = _join_ids(
                ~known[:, members] & measured, [i for i, m in zip(ids, members) if m]
            )
            table[f"baseline_{name}"] = b
            table[f"current_{name}"] = c
            table[f"change_{name}"] = c - b
            table[f"within_uncertainty_{name}"] = _flag_array(part_known, part_inside)
            # without any indicator measured both times the scores compare different things
            compared = np.where(measured.any(axis=1), c - b, np.nan)
            table[f"trend_{name}"] = _trend(
                compared, part_known, part_inside, "higher_is_better", unsure
            )
        ambition_ids = [a.id for a in defn.ambitions]

    translated = pd.DataFrame(translated_pairs, columns=["baseline_code", "current_code"])
    return MonitoringResult(
        table=table,
        unmatched=unmatched,
        translated=translated,
        indicators=tuple(ids),
        ambitions=tuple(ambition_ids),
        warnings=tuple(warnings),
    )


def _is_column_list(indicators: Any) -> bool:
    return (
        isinstance(indicators, Sequence)
        and not isinstance(indicators, str)
        and all(isinstance(c, str) for c in indicators)
        and len(indicators) > 0
    )


def _codes(frame: pd.DataFrame, column: str, side: str) -> list[str]:
    """Area codes as trimmed text; empty or repeated codes are errors naming the row/code."""
    if not isinstance(frame, pd.DataFrame) or len(frame) == 0:
        raise WijkaanpakInputError(f"The {side} layer has no areas.")
    if column not in frame.columns:
        raise WijkaanpakInputError(
            f"Code field '{column}' is not in the {side} layer. Available fields: "
            + ", ".join(str(c) for c in frame.columns)
            + "."
        )
    raw = frame[column]
    empty = raw.isna().to_numpy() | (raw.astype(str).str.strip() == "").to_numpy()
    if empty.any():
        row = frame.index[np.flatnonzero(empty)[0]]
        raise WijkaanpakInputError(
            f"The {side} layer has {int(empty.sum())} area(s) without a code in '{column}', "
            f"first at row {row!r}."
        )
    codes = raw.astype(str).str.strip().tolist()
    counts = pd.Series(codes).value_counts()
    repeated = counts[counts > 1]
    if len(repeated):
        raise WijkaanpakInputError(
            f"The {side} layer has repeated codes in '{column}': "
            + ", ".join(f"{c} ({n}x)" for c, n in repeated.head(10).items())
            + "."
        )
    return codes


def _column_values(
    frame: pd.DataFrame, columns: Sequence[str], side: str, warnings: list[str]
) -> np.ndarray:
    out = np.empty((len(frame), len(columns)))
    for j, column in enumerate(columns):
        out[:, j], notes = numeric_column(frame, column, where=f"The {side} layer")
        warnings.extend(notes)
    return out


def _translate(
    base_codes: Sequence[str], translation: Mapping[str, str] | pd.Series | None
) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Baseline codes in current terms, the translations used, and entries not used."""
    if translation is None:
        return list(base_codes), [], []
    if isinstance(translation, pd.Series):
        translation = translation.to_dict()
    if not isinstance(translation, Mapping):
        raise WijkaanpakInputError(
            "The code translation must be a table of old code -> new code (a dict)."
        )
    table = {str(k).strip(): str(v).strip() for k, v in translation.items()}
    keys = [table.get(code, code) for code in base_codes]
    used = [(code, key) for code, key in zip(base_codes, keys) if key != code]
    present = set(base_codes)
    unused = [old for old in table if old not in present]
    return keys, used, unused


def _uncertainty(
    frame: pd.DataFrame,
    defn: IndicatorDefinition | None,
    ids: Sequence[str],
    uncertainty: Any,
    side: str,
    warnings: list[str],
) -> np.ndarray:
    """Uncertainty (+- half-width) of one measurement, per area and indicator; NaN if unknown."""
    n = len(frame)
    out = np.full((n, len(ids)), np.nan)
    if uncertainty is not None and not isinstance(uncertainty, Mapping):
        margin = _margin_value(uncertainty, "all indicators")
        out[:] = margin
        return out
    given = dict(uncertainty or {})
    unknown = [k for k in given if k not in ids]
    if unknown:
        raise WijkaanpakInputError(
            f"Uncertainty given for {', '.join(map(str, unknown))}, which is not compared; "
            f"compared indicators: {', '.join(ids)}."
        )
    for j, ind_id in enumerate(ids):
        spec = given.get(ind_id)
        ind = defn.indicator(ind_id) if defn is not None else None
        if spec is not None:
            if isinstance(spec, (int, float)) and not isinstance(spec, bool):
                out[:, j] = _margin_value(spec, ind_id)
                continue
            if isinstance(spec, str) or len(tuple(spec)) != 2:
                raise WijkaanpakInputError(
                    f"Uncertainty of '{ind_id}' must be a margin or (lower field, upper field), "
                    f"got {spec!r}."
                )
            lower, upper = (str(c) for c in spec)
            absent = [c for c in (lower, upper) if c not in frame.columns]
            if absent:
                raise WijkaanpakInputError(
                    f"Interval field(s) {', '.join(absent)} of '{ind_id}' not in the {side} layer."
                )
            out[:, j] = _half_width(frame, lower, upper, ind_id, side, warnings)
        elif (
            ind is not None
            and ind.interval is not None
            and all(c in frame.columns for c in ind.interval)
        ):
            out[:, j] = _half_width(frame, ind.interval[0], ind.interval[1], ind_id, side, warnings)
        elif ind is not None and ind.margin is not None:
            out[:, j] = ind.margin
    return out


def _margin_value(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise WijkaanpakInputError(
            f"Uncertainty margin for {what} must be a number, got {value!r}."
        )
    if value < 0:
        raise WijkaanpakInputError(f"Uncertainty margin for {what} must be 0 or more, got {value}.")
    return float(value)


def _half_width(
    frame: pd.DataFrame, lower: str, upper: str, ind_id: str, side: str, warnings: list[str]
) -> np.ndarray:
    low, notes = numeric_column(frame, lower, where=f"The {side} layer")
    warnings.extend(notes)
    high, notes = numeric_column(frame, upper, where=f"The {side} layer")
    warnings.extend(notes)
    bad = np.isfinite(low) & np.isfinite(high) & (low > high)
    if bad.any():
        row = frame.index[np.flatnonzero(bad)[0]]
        raise WijkaanpakInputError(
            f"Indicator '{ind_id}' in the {side} layer: lower bound '{lower}' above upper bound "
            f"'{upper}' for {int(bad.sum())} area(s), first at row {row!r}."
        )
    return (high - low) / 2.0


def _within(change: np.ndarray, combined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(known, within): known where both the change and its uncertainty are numbers, and
    wherever the value did not change at all (0 lies within any uncertainty, even an unknown
    one)."""
    measured = np.isfinite(change)
    with np.errstate(invalid="ignore"):
        unchanged = measured & (change == 0)
        known = unchanged | (measured & np.isfinite(combined))
        inside = unchanged | (known & (np.abs(change) <= combined))
    return known, inside


def _flag_array(known: np.ndarray, inside: np.ndarray) -> pd.arrays.BooleanArray:
    """A nullable boolean column: empty where unknown."""
    return pd.arrays.BooleanArray(inside.astype(bool), ~known.astype(bool))


def _combine_within(
    known: np.ndarray, inside: np.ndarray, measured: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """An aggregate is within uncertainty if all parts measured twice are; outside if any is not.

    Unknown when no part was measured twice, or when a part's uncertainty is unknown and no
    part is clearly outside.
    """
    outside = (known & ~inside & measured).any(axis=1)
    unknown = (~known & measured).any(axis=1)
    any_measured = measured.any(axis=1)
    result_known = outside | (any_measured & ~unknown)
    return result_known, result_known & ~outside


def _join_ids(mask: np.ndarray, ids: Sequence[str]) -> np.ndarray:
    """Per row, the ids where ``mask`` is True joined by ', ' (a loop over columns only)."""
    out = np.full(mask.shape[0], "", dtype=object)
    for j, name in enumerate(ids):
        sep = np.where(out == "", "", ", ").astype(object)
        out = np.where(mask[:, j], out + sep + name, out)
    return out


def _trend(
    change: np.ndarray,
    known: np.ndarray,
    inside: np.ndarray,
    direction: str | None,
    unknown_parts: np.ndarray | None = None,
) -> np.ndarray:
    """A phrase per area: see TREND_* (better / worse, or higher / lower without a direction).

    ``unknown_parts`` (aggregates): per area the indicators whose uncertainty is unknown and
    that changed, named in "worse (uncertainty unknown: size)".
    """
    measured = np.isfinite(change)
    with np.errstate(invalid="ignore"):
        up = change > 0
    if direction is None:
        moved = np.where(up, "higher", "lower")
    else:
        good = up if direction == "higher_is_better" else ~up
        moved = np.where(good, "better", "worse")
    moved = moved.astype(object)
    if unknown_parts is None:
        unsure = moved + " (uncertainty unknown)"
    else:
        unsure = moved + " (uncertainty unknown: " + unknown_parts.astype(object) + ")"
    moved = np.where(known, moved, unsure)
    with np.errstate(invalid="ignore"):
        unchanged = measured & (change == 0)
    return np.select(
        [~measured, unchanged, known & inside],
        [TREND_NOT_MEASURED, TREND_UNCHANGED, TREND_WITHIN],
        default=moved,
    ).astype(object)
