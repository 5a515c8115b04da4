"""`make bench` section 8: best locations for k new places on Noord-Veluwe.

Issue 11 asks, for k = 10 on Noord-Veluwe with candidate sites every 50 m: greedy under 5 s,
the MILP optimum within 60 s, and greedy reaching at least 97 % of the optimum's coverage.

Measured on the real sample data of ``resources/sample/noordveluwe.gpkg`` (built by
``scripts/build_sample_data.py`` from ``../shared/data/noordveluwe``; provenance there): the
CBS 100 m grid (2,443 cells; residents per age group split from the CBS bands as the reach
analysis does, suppressed counts 2.5), the 25 CBS wijken 2024 as areas (the grid of
candidates is laid inside them), and as existing places the BGT play equipment
(``bgt_speelvoorziening``: every item a playground, unknown age groups serve all; the same
rule as the demo's reach run) or, for 65+, the BGT benches (``bgt_bank``) as meeting
places. Straight-line distances, the Midden-Drenthe 2011 norms (0-5 100 m, 6-11 400 m,
12-17 1,000 m, meeting places 400 m).

Each configuration runs ``wijkaanpak:bestlocations`` twice in a fresh process, timed around
``processing.run`` (reading, the grid, coverage, the method and writing): once greedy, once
optimal (time limit 60 s). The coverage ratio is greedy's residents newly within the norm
over the optimal run's (its proven optimum when the gap is 0).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
from _bootstrap import REPO  # noqa: E402

TITLE = "Best locations for k new places"
GREEDY_TARGET_S = 5.0
OPTIMAL_TARGET_S = 60.0
RATIO_TARGET = 0.97
SAMPLE = REPO / "resources" / "sample" / "noordveluwe.gpkg"
ALG = "wijkaanpak:bestlocations"

#: (label, GROUP index, count field or "", existing places layer)
CONFIGURATIONS = [
    ("6-11, 400 m, playgrounds", 1, "", "bgt_speelvoorziening"),
    ("0-5, 100 m, playgrounds", 0, "", "bgt_speelvoorziening"),
    ("12-17, 1,000 m, playgrounds", 2, "", "bgt_speelvoorziening"),
    ("65+, 400 m, benches as meeting places", 3, "", "bgt_bank"),
]


# =============================================================================== child job


def job_best_locations(params: dict) -> dict:
    """One run of wijkaanpak:bestlocations; timed around processing.run only."""
    from bench import _qgis, _recording_feedback, _remove_gpkg, _rss_mb

    _qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    out = params["output"]
    _remove_gpkg(out)
    alg_params = {
        "POPULATION": f"{params['sample']}|layername=cbs_vierkant100m",
        "GROUP": params["group"],
        "COUNT_FIELD": params["count_field"],
        "EXISTING": f"{params['sample']}|layername={params['existing']}",
        "AREAS": f"{params['sample']}|layername=cbs_wijken_2024",
        "AREA_CODE_FIELD": "wijkcode",
        "GRID_SPACING": params["spacing"],
        "K": params["k"],
        "NORM": 0,
        "METHOD": params["method"],
        "TIME_LIMIT": params["time_limit"],
        "OUTPUT_SITES": out,
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = _rss_mb()
    feedback = _recording_feedback()
    started = time.perf_counter()
    result = processing.run(ALG, alg_params, context=context, feedback=feedback)
    seconds = time.perf_counter() - started
    numbers = {k: v for k, v in result.items() if isinstance(v, (int, float))}
    solver = None
    for _t, line in feedback.lines:
        found = re.search(r"Optimal method: (.*) after ([0-9.]+) s", line)
        if found:
            solver = float(found.group(2))
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "numbers": numbers,
        "status": result.get("METHOD_STATUS", ""),
        "solver_seconds": solver,
        "log": feedback.lines,
    }


JOBS = {"best_locations": job_best_locations}


# =============================================================================== parent side


def run_section(bench, sizes) -> None:
    from bench import _details, _row, _verdict

    if not SAMPLE.exists():
        raise RuntimeError(f"{SAMPLE} is missing: run `make sample-data` first.")
    if bench.smoke:
        configurations, spacing, k = CONFIGURATIONS[:1], 100.0, 10
    else:
        configurations, spacing, k = CONFIGURATIONS, 50.0, 10
    rows = []
    results = []
    bench.best_locations_main = None
    for label, group, count_field, existing in configurations:
        common = {
            "sample": str(SAMPLE),
            "group": group,
            "count_field": count_field,
            "existing": existing,
            "spacing": spacing,
            "k": k,
            "time_limit": OPTIMAL_TARGET_S,
        }
        greedy = bench.job(
            "best_locations",
            {**common, "method": 0, "output": bench.out_path("best_locations_greedy")},
            f"best locations greedy ({label})",
        )
        optimal = bench.job(
            "best_locations",
            {**common, "method": 1, "output": bench.out_path("best_locations_optimal")},
            f"best locations optimal ({label})",
            repeats=1,
        )
        results += [greedy, optimal]
        rows.append((label, greedy, optimal))
        if bench.best_locations_main is None:
            bench.best_locations_main = (greedy, optimal)
    text = [
        f"## 8. {TITLE}",
        "",
        "`wijkaanpak:bestlocations` on the real Noord-Veluwe sample "
        "(`resources/sample/noordveluwe.gpkg`, built from `../shared/data/noordveluwe`): the "
        "CBS 100 m grid (2,443 cells) as population, candidate sites on a grid every "
        f"{spacing:g} m inside the 25 CBS wijken 2024, k = {k}, straight-line, Midden-Drenthe "
        "2011 norms; existing places the BGT play equipment (every item a playground, unknown "
        "age groups serve all) or, for 65+, the BGT benches as meeting places. Timed around "
        "`processing.run` (reading, grid, coverage, method, writing), each run in a fresh "
        "process; optimal with a 60 s time limit. Coverage ratio = greedy's residents newly "
        "within the norm / the optimal run's.",
        "",
        "| Measurement | Value | Target | Result |",
        "|---|---|---|---|",
    ]
    for label, greedy, optimal in rows:
        g = greedy["median"] if greedy else None
        o = optimal["median"] if optimal else None
        gap = optimal["numbers"].get("OPTIMALITY_GAP") if optimal else None
        ratio = _ratio(greedy, optimal)
        text += [
            _row(
                f"Greedy, {label} (s)",
                _s(greedy),
                f"< {GREEDY_TARGET_S:g} s",
                _verdict(g, GREEDY_TARGET_S, False),
            ),  # fmt: skip
            _row(
                f"Optimal, {label} (s; solver alone)",
                _s(optimal) + (f"; {optimal['solver_seconds']:.2f}" if optimal else ""),
                f"optimum < {OPTIMAL_TARGET_S:g} s",
                _verdict(o if gap is not None and gap <= 1e-9 else None, OPTIMAL_TARGET_S, False),
            ),
            _row(
                f"Greedy / optimum coverage, {label}",
                "not run" if ratio is None else f"{ratio:.4f} (gap {_gap(gap)})",
                f">= {RATIO_TARGET:.0%}",
                _verdict(ratio, RATIO_TARGET, True),
            ),
        ]
    text.append("")
    for label, greedy, optimal in rows:
        if greedy and optimal:
            gn, on = greedy["numbers"], optimal["numbers"]
            text.append(
                f"{label}: {gn.get('N_CANDIDATES', 0):,} candidate sites; residents outside "
                f"the norm today {gn.get('RESIDENTS_OUTSIDE', 0):,.0f}; greedy reaches "
                f"{gn.get('RESIDENTS_NEWLY_REACHED', 0):,.1f}, optimal "
                f"{on.get('RESIDENTS_NEWLY_REACHED', 0):,.1f} ({optimal['status']}); share "
                f"within the norm {gn.get('SHARE_BEFORE', 0):.1%} → "
                f"{on.get('SHARE_AFTER', 0):.1%}."
            )
            text.append("")
    text += [_details(results), ""]
    bench.sections.append("\n".join(text))


def _s(result) -> str:
    if not result:
        return "not run"
    if result["runs"] == 1:
        return f"{result['median']:.2f} (1 run)"
    return f"{result['median']:.2f} (median of {result['runs']})"


def _gap(gap) -> str:
    return "unknown" if gap is None else f"{gap:.2%}"


def _ratio(greedy, optimal):
    if not greedy or not optimal:
        return None
    best = optimal["numbers"].get("RESIDENTS_NEWLY_REACHED")
    got = greedy["numbers"].get("RESIDENTS_NEWLY_REACHED")
    if not best or got is None:
        return None
    return got / best


def summary_rows(bench) -> list:
    from bench import _verdict

    greedy, optimal = getattr(bench, "best_locations_main", None) or (None, None)
    g = greedy["median"] if greedy else None
    ratio = _ratio(greedy, optimal)
    gap = optimal["numbers"].get("OPTIMALITY_GAP") if optimal else None
    o = optimal["median"] if optimal and gap is not None and gap <= 1e-9 else None
    return [
        f"| Best locations, greedy k = 10 < {GREEDY_TARGET_S:g} s | "
        f"{'not run' if g is None else f'{g:.2f} s'} | {_verdict(g, GREEDY_TARGET_S, False)} |",
        f"| Best locations, MILP optimum < {OPTIMAL_TARGET_S:g} s | "
        f"{'not run' if o is None else f'{o:.2f} s'} | {_verdict(o, OPTIMAL_TARGET_S, False)} |",
        f"| Best locations, greedy / optimum >= {RATIO_TARGET:.0%} | "
        f"{'not run' if ratio is None else f'{ratio:.4f}'} | "
        f"{_verdict(ratio, RATIO_TARGET, True)} |",
    ]
