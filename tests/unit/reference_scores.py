"""Brute-force reference scores for indicator definitions, for tests that need an expectation
obtained independently of ``core/indicators.py``.

Written from the documented formulas (docs/indicators.md) with plain Python loops, one area
and one indicator at a time; it shares no code with the plugin. Supports what the shipped
definition uses: fields, the expression ``a / b``, the normalisations zscore, minmax, rank and
target, arithmetic aggregation and the "reweight" missing rule.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

DEFAULT_DEFINITION = (
    Path(__file__).resolve().parents[2] / "resources" / "config" / "indicators_default.json"
)

#: What CBS and RIVM publish instead of a number (README of the shared data, rules).
SUPPRESSED_TEXT = {"", ".", "x", "X", "?", "-"}


def default_definition() -> dict:
    return json.loads(DEFAULT_DEFINITION.read_text(encoding="utf-8"))


def clean(value) -> float:
    """A published figure as a float; NaN for empty, suppressed markers and codes <= -99990."""
    if value is None:
        return math.nan
    if isinstance(value, str):
        text = value.strip()
        if text in SUPPRESSED_TEXT:
            return math.nan
        value = float(text)
    number = float(value)
    if math.isnan(number) or number <= -99990:
        return math.nan
    return number


def raw_value(row: dict, indicator: dict) -> float:
    if "field" in indicator:
        return clean(row[indicator["field"]])
    left, right = (part.strip() for part in indicator["expression"].split("/"))
    assert left.isidentifier() and right.isidentifier(), indicator["expression"]
    a, b = clean(row[left]), clean(row[right])
    if math.isnan(a) or math.isnan(b) or b == 0:
        return math.nan
    return a / b


def score(x: float, reference: list[float], indicator: dict, z_clip: float = 3.0) -> float:
    """0..1, 1 = best, for one value against the reference values (NaN-free list)."""
    if math.isnan(x):
        return math.nan
    better = indicator["direction"] == "higher_is_better"
    method = indicator.get("normalisation", "zscore")
    if method == "target":
        target = float(indicator["target"])
        span = float(indicator.get("target_range", abs(target)))
        shortfall = max(target - x, 0.0) if better else max(x - target, 0.0)
        return 1.0 - min(shortfall / span, 1.0)
    n = len(reference)
    if method == "zscore":
        mean = sum(reference) / n
        sd = math.sqrt(sum((r - mean) ** 2 for r in reference) / n)
        if sd == 0:
            return 0.5
        z = (x - mean) / sd
        if not better:
            z = -z
        return 0.5 + max(-z_clip, min(z_clip, z)) / (2 * z_clip)
    if method == "minmax":
        low, high = min(reference), max(reference)
        if high == low:
            return 0.5
        s = max(0.0, min(1.0, (x - low) / (high - low)))
        return s if better else 1.0 - s
    below = sum(1 for r in reference if r < x)
    equal = sum(1 for r in reference if r == x)
    s = (below + 0.5 * equal) / n
    return s if better else 1.0 - s


def reference_scores(rows: list[dict], definition: dict) -> list[dict]:
    """Per area: value_/score_<indicator>, ambition_<id>, total_score, need (NaN if none).

    Every area is a reference area. Indicators whose field or expression columns are absent
    from the rows are left out (as "optional" skips them).
    """
    columns = set(rows[0])
    indicators = []
    for ind in definition["indicators"]:
        needed = [ind["field"]] if "field" in ind else ind["expression"].split("/")
        if all(c.strip() in columns for c in needed):
            indicators.append(ind)
    values = {ind["id"]: [raw_value(row, ind) for row in rows] for ind in indicators}
    out = [dict() for _ in rows]
    for ind in indicators:
        ref = [v for v in values[ind["id"]] if not math.isnan(v)]
        for i, x in enumerate(values[ind["id"]]):
            out[i]["value_" + ind["id"]] = x
            out[i]["score_" + ind["id"]] = score(x, ref, ind) if ref else math.nan
    for i in range(len(rows)):
        total_num = total_den = 0.0
        for amb in definition["ambitions"]:
            assert amb.get("aggregation", "arithmetic") == "arithmetic"
            num = den = 0.0
            for ind in indicators:
                s = out[i]["score_" + ind["id"]]
                if ind["ambition"] == amb["id"] and not math.isnan(s):
                    num += ind.get("weight", 1.0) * s
                    den += ind.get("weight", 1.0)
            amb_score = num / den if den > 0 else math.nan
            out[i]["ambition_" + amb["id"]] = amb_score
            if not math.isnan(amb_score):
                total_num += amb.get("weight", 1.0) * amb_score
                total_den += amb.get("weight", 1.0)
        total = total_num / total_den if total_den > 0 else math.nan
        out[i]["total_score"] = total
        out[i]["need"] = 1.0 - total
    return out


#: Six areas with every field of the shipped definition and CBS/RIVM suppression codes in
#: several: C would be ranked first if -99997 and -99998 were read as numbers (its household
#: size and its share of children 0-5 within the norm would score 0); with them missing, F
#: has the most need. '.' sits in a text column, as in a CSV import.
SUPPRESSED_AREAS = {
    "code": ["A", "B", "C", "D", "E", "F"],
    "aantal_inwoners": [1500, 2200, 1800, 900, 3000, 1200],
    "share_65plus_within_meeting_norm": [0.80, 0.95, 0.85, 0.75, 0.90, 0.70],
    "meeting_places_per_1000_65plus": ["3.1", "2.0", "4.2", ".", "1.5", "2.2"],
    "eenzaam_65plus": [45, -99995, 48, 52, 44, 50],
    "eenzaam_18plus": [44, 47, 45, 46, 42, 49],
    "ernstig_eenzaam_18plus": [10, 11, 9, -99998, 8, 12],
    "risk_score": [0.2, -0.1, 0.0, 0.5, -99997.0, 0.3],
    "share_0_5_within_norm": [0.7, 0.9, -99998, 0.5, 0.95, 0.6],
    "share_6_11_within_norm": [0.8, 0.85, 0.9, 0.7, 0.9, 0.75],
    "share_12_17_within_norm": [0.9, 0.95, 0.92, 0.88, 1.0, 0.8],
    "play_space_m2_per_child": [12, 8, 15, 5, 10, 9],
    "play_space_pct_of_area": [2.5, 3.2, 2.8, 2.2, 3.5, 2.0],
    "personenautos": [800, 1000, 900, 400, 1500, 700],
    "huishoudens": [700, 1000, 800, 500, 1400, -99997],
    "gem_huishouden_grootte": [2.2, 2.4, -99997, 2.0, 2.6, 2.0],
    "bevolkingsdichtheid": [3000, 4000, 3500, 4500, 2500, 5000],
    "65plus": [20, 18, 22, 19, 15, 24],
}
#: (field, area code) of every suppressed value in SUPPRESSED_AREAS, counted by hand.
SUPPRESSED_CELLS = {
    ("meeting_places_per_1000_65plus", "D"),
    ("eenzaam_65plus", "B"),
    ("ernstig_eenzaam_18plus", "D"),
    ("risk_score", "E"),
    ("share_0_5_within_norm", "C"),
    ("huishoudens", "F"),
    ("gem_huishouden_grootte", "C"),
}


def suppressed_rows() -> list[dict]:
    keys = list(SUPPRESSED_AREAS)
    return [{k: SUPPRESSED_AREAS[k][i] for k in keys} for i in range(len(SUPPRESSED_AREAS["code"]))]
