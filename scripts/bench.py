"""`make bench`: how fast is Wijkaanpak at national scale, against QGIS's own tools?

Measures, on seeded synthetic data (scripts/bench_data.py; nothing in it is real):

1. the data itself (1,000,000 population points, 20,000 playgrounds, 14,000 area codes, a
   street network of 200,000+ segments);
2. straight-line reach on a 100,000-point subset: ``wijkaanpak:playgroundreach`` against the
   chain of QGIS native algorithms that computes the same per-area figures (extract by
   expression per age group + join by nearest + aggregate), with a check that both agree;
3. the full 1,000,000-point run against an I/O floor (only reading the inputs and writing
   outputs of the same size with the plugin's own layer_io);
4. network reach for 100,000 origins, and against ``native:serviceareafromlayer`` on a
   municipal window;
5. ``rank_areas`` with 1,000 draws over 3,500 synthetic wijken.

Every measured job runs in a fresh child process (``--job``), so its peak memory
(``ru_maxrss``) is its own; times are medians of repeated runs measured inside the child
around the work itself (QGIS start-up excluded). Targets are reported as PASS or MISS with
the number; a MISS never changes the exit status. The exit status is non-zero only when
something is broken: a job fails, an output is missing, or the plugin and the native chain
disagree.

Run:   /usr/bin/python3 scripts/bench.py --out docs/benchmarks.md          (make bench)
       /usr/bin/python3 scripts/bench.py --smoke --out out/bench/smoke.md  (make bench-smoke)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))
import bench_data  # noqa: E402
from _bootstrap import REPO  # noqa: E402

REACH_ALG = "wijkaanpak:playgroundreach"
DEFINITION = REPO / "resources" / "config" / "indicators_default.json"
MARKER = "<!-- bench:generated (everything below is written by scripts/bench.py) -->"

#: Midden-Drenthe 2011 (NORM = 0, the plugin's default): metres per age group.
NORMS = {"0_5": 100.0, "6_11": 400.0, "12_17": 1000.0}
COUNT_FIELDS = {"0_5": "n_0_5", "6_11": "n_6_11", "12_17": "n_12_17"}
NETWORK_GROUP = "6_11"  # the group compared with native:serviceareafromlayer (400 m)
MAX_SNAP = 50.0

TARGETS = {
    "native_ratio": 10.0,  # plugin at least 10x faster than the native chain
    "full_seconds": 60.0,
    "floor_ratio": 3.0,
    "network_seconds": 30.0,
    "service_area_ratio": 100.0,
    "ranking_seconds": 10.0,
}


# =============================================================================== child jobs


def _rss_mb() -> float:
    """Current resident memory of this process (MB)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


_QGIS: list = []  # keeps the QgsApplication (and the plugin) alive for the whole job


def _qgis():
    from _bootstrap import start_qgis

    if not _QGIS:
        _QGIS.append(start_qgis())
    return _QGIS[0]


def _feedback():
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


def _recording_feedback():
    """A feedback that keeps the algorithm's log lines with the seconds since it was made,
    so the report can show where a run spends its time."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.started = time.perf_counter()
            self.lines: list[tuple[float, str]] = []

        def _keep(self, text: str) -> None:
            if len(self.lines) < 60:
                first = str(text).strip().splitlines()[0] if str(text).strip() else ""
                self.lines.append((round(time.perf_counter() - self.started, 2), first[:110]))

        def pushInfo(self, info):  # noqa: N802
            self._keep(info)

        def pushWarning(self, warning):  # noqa: N802
            self._keep("warning: " + str(warning))

        def setProgressText(self, text):  # noqa: N802
            self._keep(text)

    return RecordingFeedback()


def _remove_gpkg(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(path + suffix)
        if p.exists():
            p.unlink()


def job_probe(params: dict) -> dict:
    """Which algorithms exist, and the QGIS version."""
    _qgis()
    from qgis.core import Qgis, QgsApplication

    registry = QgsApplication.processingRegistry()
    return {
        "seconds": 0.0,
        "rss_before_mb": _rss_mb(),
        "qgis": Qgis.QGIS_VERSION,
        "available": {a: registry.algorithmById(a) is not None for a in params["algorithms"]},
    }


def job_plugin_reach(params: dict) -> dict:
    """One run of wijkaanpak:playgroundreach; timed around processing.run only."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    outputs = params["outputs"]
    for path in outputs.values():
        _remove_gpkg(path)
    alg_params = {
        "POPULATION": params["population"],
        "FIELD_0_5": COUNT_FIELDS["0_5"],
        "FIELD_6_11": COUNT_FIELDS["6_11"],
        "FIELD_12_17": COUNT_FIELDS["12_17"],
        "FIELD_0_14": "",
        "FIELD_15_24": "",
        "FIELD_65PLUS": "",
        "PLAYGROUNDS": params["playgrounds"],
        "UNKNOWN_AGES": 0,
        "POPULATION_AREA_FIELD": "buurtcode",
        "NORM": 0,
        **outputs,
    }
    if params.get("network"):
        alg_params["NETWORK"] = params["network"]
        alg_params["MAX_SNAP"] = MAX_SNAP
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = _rss_mb()
    feedback = _recording_feedback()
    started = time.perf_counter()
    result = processing.run(REACH_ALG, alg_params, context=context, feedback=feedback)
    seconds = time.perf_counter() - started
    numbers = {k: v for k, v in result.items() if isinstance(v, (int, float))}
    for name, path in outputs.items():
        if not Path(path).exists():
            raise RuntimeError(f"{REACH_ALG} did not write {name} ({path}).")
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "numbers": numbers,
        "log": feedback.lines,
    }


def job_native_chain(params: dict) -> dict:
    """Per age group: extract suitable playgrounds, join every resident to the nearest
    (``native:joinbynearest``), then per area code the residents and the residents within
    the norm, either with ``native:aggregate`` (method "aggregate") or with a field
    calculator + two ``qgis:statisticsbycategories`` (method "statistics")."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    method = params["method"]
    for paths in params["outputs"].values():
        for path in paths.values():
            _remove_gpkg(path)

    def run(alg: str, alg_params: dict, step: str, output: str = "OUTPUT"):
        t = time.perf_counter()
        result = processing.run(alg, alg_params, context=context, feedback=_feedback())
        steps[step] = steps.get(step, 0.0) + time.perf_counter() - t
        return result[output]

    before = _rss_mb()
    steps: dict[str, float] = {}
    started = time.perf_counter()
    for group, paths in params["outputs"].items():
        extracted = run(
            "native:extractbyexpression",
            {
                "INPUT": params["playgrounds"],
                "EXPRESSION": f'"age_{group}" = 1',
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            "extract",
        )
        joined = run(
            "native:joinbynearest",
            {
                "INPUT": params["population"],
                "INPUT_2": extracted,
                "FIELDS_TO_COPY": ["source_id"],
                "DISCARD_NONMATCHING": False,
                "PREFIX": "nearest_",
                "NEIGHBORS": 1,
                "MAX_DISTANCE": None,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            "join by nearest",
        )
        count = f'"{COUNT_FIELDS[group]}"'
        within = f'if("distance" <= {NORMS[group]:g}, {count}, 0)'
        if method == "aggregate":
            run(
                "native:aggregate",
                {
                    "INPUT": joined,
                    "GROUP_BY": '"buurtcode"',
                    "AGGREGATES": [
                        _aggregate("first_value", '"buurtcode"', "buurtcode", 10),
                        _aggregate("sum", count, "residents", 6),
                        _aggregate("sum", within, "within", 6),
                        _aggregate("count", '"fid"', "joined_rows", 4),
                    ],
                    "OUTPUT": paths["aggregate"],
                },
                "aggregate",
            )
        else:
            calculated = run(
                "native:fieldcalculator",
                {
                    "INPUT": joined,
                    "FIELD_NAME": "within",
                    "FIELD_TYPE": 0,
                    "FIELD_LENGTH": 0,
                    "FIELD_PRECISION": 0,
                    "FORMULA": within,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
                "field calculator",
            )
            for field, key in (("within", "within"), (COUNT_FIELDS[group], "residents")):
                run(
                    "qgis:statisticsbycategories",
                    {
                        "INPUT": calculated,
                        "VALUES_FIELD_NAME": field,
                        "CATEGORIES_FIELD_NAME": ["buurtcode"],
                        "OUTPUT": paths[key],
                    },
                    "statistics by categories",
                )
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_before_mb": before, "steps": steps}


def _aggregate(function: str, expression: str, name: str, qvariant_type: int) -> dict:
    return {
        "aggregate": function,
        "delimiter": ",",
        "input": expression,
        "length": 0,
        "name": name,
        "precision": 0,
        "type": qvariant_type,
    }


def job_io_floor(params: dict) -> dict:
    """Only the I/O of a reach run: read population and playgrounds with layer_io.read_features,
    write outputs of the plugin's size and field types with layer_io.write_features."""
    _qgis()
    import numpy as np
    import pandas as pd
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingContext,
        QgsProcessingUtils,
        QgsProject,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from wijkaanpak.wijkaanpak_plugin import layer_io

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    crs = QgsCoordinateReferenceSystem("EPSG:28992")
    population = QgsVectorLayer(params["population"], "population", "ogr")
    playgrounds = QgsVectorLayer(params["playgrounds"], "playgrounds", "ogr")
    for path in params["outputs"].values():
        _remove_gpkg(path)
    before = _rss_mb()
    started = time.perf_counter()
    # read as the plugin reads a whole GeoPackage layer (bulk path where it applies)
    pop = layer_io.read_features(
        population, params["population_fields"], context=context, layer=population
    )
    layer_io.read_features(
        playgrounds, params["playground_fields"], context=context, layer=playgrounds
    )
    t_read = time.perf_counter() - started
    written = {}
    for name, spec in params["schemas"].items():
        n = len(pop) if spec["rows"] == "population" else int(spec["rows"])
        frame = _synthetic_frame(np, pd, spec["columns"], n)
        fields = layer_io.fields_for_frame(frame)
        geometry = spec["geometry"] and n == len(pop)
        sink, _dest = QgsProcessingUtils.createFeatureSink(
            params["outputs"][name],
            context,
            fields,
            QgsWkbTypes.Point if geometry else QgsWkbTypes.NoGeometry,
            crs,
        )
        geometries = layer_io.point_geometries(pop.xy) if geometry else None
        layer_io.write_features(sink, fields, frame, geometries)
        del sink  # closes the file
        written[name] = n
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "read_seconds": t_read,
        "rss_before_mb": before,
        "written": written,
    }


def _synthetic_frame(np, pd, columns: list, n: int):
    """A frame of n rows with the given (name, kind) columns: kind real / integer / text."""
    rng = np.random.default_rng(1)
    data = {}
    for name, kind in columns:
        if kind == "real":
            data[name] = rng.uniform(0, 2000, n)
        elif kind == "integer":
            data[name] = rng.integers(0, 5, n)
        else:
            data[name] = np.full(n, "Midden-Drenthe 2011 play policy (NL)", dtype=object)
    return pd.DataFrame(data)


def job_service_area(params: dict) -> dict:
    """native:serviceareafromlayer from the suitable playgrounds with the norm as travel cost,
    then the residents near the reached network: points within ``buffer`` m of the reached
    lines (the plugin's snap distance; native:extractwithindistance, which was 6x faster here
    than native:buffer + dissolve + count points in polygon), summed with
    qgis:basicstatisticsforfields."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    group = params["group"]
    before = _rss_mb()
    steps: dict[str, float] = {}
    started = time.perf_counter()
    t = time.perf_counter()
    places = processing.run(
        "native:extractbyexpression",
        {
            "INPUT": params["playgrounds"],
            "EXPRESSION": f'"age_{group}" = 1',
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=_feedback(),
    )["OUTPUT"]
    steps["extract playgrounds"] = time.perf_counter() - t
    t = time.perf_counter()
    lines = processing.run(
        "native:serviceareafromlayer",
        {
            "INPUT": params["network"],
            "STRATEGY": 0,
            "DEFAULT_DIRECTION": 2,
            "DEFAULT_SPEED": 50,
            "TOLERANCE": 0.1,
            "START_POINTS": places,
            "TRAVEL_COST2": NORMS[group],
            "INCLUDE_BOUNDS": False,
            "OUTPUT_LINES": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=_feedback(),
    )["OUTPUT_LINES"]
    steps["service area"] = time.perf_counter() - t
    t = time.perf_counter()
    near = processing.run(
        "native:extractwithindistance",
        {
            "INPUT": params["population"],
            "REFERENCE": lines,
            "DISTANCE": params["buffer"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=_feedback(),
    )["OUTPUT"]
    steps["extract residents within distance"] = time.perf_counter() - t
    t = time.perf_counter()
    stats = processing.run(
        "qgis:basicstatisticsforfields",
        {"INPUT_LAYER": near, "FIELD_NAME": COUNT_FIELDS[group]},
        context=context,
        feedback=_feedback(),
    )
    steps["sum residents"] = time.perf_counter() - t
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "steps": steps,
        "start_points": places.featureCount(),
        "reached_points": near.featureCount(),
        "reached_residents": float(stats["SUM"] or 0.0),
    }


def job_ranking(params: dict) -> dict:
    """rank_areas (core only, no QGIS) over synthetic wijken with the default definition."""
    from _bootstrap import make_package_importable

    make_package_importable()
    from wijkaanpak.wijkaanpak_plugin.core.ranking import rank_areas

    frame = synthetic_wijken(params["areas"], params["seed"])
    intervals = None
    if params["intervals"]:
        intervals = {
            "lonely_65plus": ("eenzaam_65plus_lower", "eenzaam_65plus_upper"),
            "lonely_18plus": ("eenzaam_18plus_lower", "eenzaam_18plus_upper"),
            "severely_lonely_18plus": (
                "ernstig_eenzaam_18plus_lower",
                "ernstig_eenzaam_18plus_upper",
            ),
        }
    else:
        intervals = {}
    before = _rss_mb()
    started = time.perf_counter()
    result = rank_areas(
        frame,
        str(DEFINITION),
        code_col="wijkcode",
        population="aantal_inwoners",
        n_draws=params["draws"],
        intervals=intervals,
    )
    seconds = time.perf_counter() - started
    table = result.table
    top = result.top(1)
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "ranked": int(table["ranked"].sum()),
        "indicators": len(result.scores.definition.indicators),
        "ambitions": len(result.scores.definition.ambitions),
        "top_p_first": float(top["p_first"].iloc[0]),
    }


def synthetic_wijken(n: int, seed: int):
    """Wijken with every field the default indicator definition reads (synthetic values)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    inwoners = np.round(rng.lognormal(np.log(4000), 0.9, n))
    frame = pd.DataFrame(
        {
            "wijkcode": [f"WK{i:06d}" for i in range(n)],
            "aantal_inwoners": inwoners,
            "share_65plus_within_meeting_norm": rng.beta(6, 2, n),
            "meeting_places_per_1000_65plus": rng.gamma(2.0, 1.5, n),
            "eenzaam_65plus": rng.normal(50, 6, n),
            "eenzaam_18plus": rng.normal(46, 6, n),
            "ernstig_eenzaam_18plus": rng.normal(12, 3, n),
            "risk_score": rng.normal(0, 1, n),
            "share_0_5_within_norm": rng.beta(4, 3, n),
            "share_6_11_within_norm": rng.beta(6, 2, n),
            "share_12_17_within_norm": rng.beta(8, 1.5, n),
            "play_space_m2_per_child": rng.gamma(2.0, 4.0, n),
            "play_space_pct_of_area": rng.gamma(2.0, 1.2, n),
            "personenautos": np.round(inwoners * rng.uniform(0.3, 0.6, n)),
            "huishoudens": np.round(inwoners / rng.uniform(1.8, 2.6, n)),
            "gem_huishouden_grootte": rng.normal(2.2, 0.3, n),
            "bevolkingsdichtheid": rng.lognormal(np.log(3000), 0.8, n),
            "65plus": rng.normal(20, 5, n),
        }
    )
    for col in ("eenzaam_65plus", "eenzaam_18plus", "ernstig_eenzaam_18plus"):
        frame[f"{col}_lower"] = frame[col] - 2.0
        frame[f"{col}_upper"] = frame[col] + 2.0
    # some missing values (reweighted) and some small wijken (not ranked), as in real data
    small = rng.random(n) < 0.02
    frame.loc[small, "aantal_inwoners"] = rng.integers(20, 100, int(small.sum()))
    for col in ("risk_score", "play_space_m2_per_child", "meeting_places_per_1000_65plus"):
        frame.loc[rng.random(n) < 0.03, col] = np.nan
    return frame


JOBS = {
    "probe": job_probe,
    "plugin_reach": job_plugin_reach,
    "native_chain": job_native_chain,
    "io_floor": job_io_floor,
    "service_area": job_service_area,
    "ranking": job_ranking,
}


#: Further sections, each in its own module ``scripts/bench_<name>.py`` (run when present),
#: so a new measurement does not grow this file. A module defines ``TITLE`` (str), ``JOBS``
#: ({name: job function(params) -> dict with "seconds" and "rss_before_mb"}),
#: ``run_section(bench, sizes) -> None`` (runs its jobs with ``bench.job(...)`` and appends
#: its Markdown to ``bench.sections``) and may define ``summary_rows(bench) -> list[str]``.
EXTRA_SECTIONS = {
    6: "bench_docks",
    7: "bench_scenario",
    8: "bench_bestlocations",
    9: "bench_atlas",
    10: "bench_memory",
}


def extra_section(number: int):
    """The module of an extra section, or None when it does not exist (yet)."""
    import importlib

    name = EXTRA_SECTIONS[number]
    if not (SCRIPTS / f"{name}.py").exists():
        return None
    return importlib.import_module(name)


def _job_function(job: str):
    if job in JOBS:
        return JOBS[job]
    for number in EXTRA_SECTIONS:
        module = extra_section(number)
        if module is not None and job in module.JOBS:
            return module.JOBS[job]
    raise KeyError(f"no bench job named {job!r}")


def run_child(job: str, params_file: str, result_file: str) -> None:
    params = json.loads(Path(params_file).read_text())
    result = _job_function(job)(params)
    result["peak_rss_mb"] = _peak_mb()
    Path(result_file).write_text(json.dumps(result))
    # Leave without tearing QGIS down: exitQgis() can take longer than the work itself.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# ============================================================================ parent side


class Bench:
    def __init__(self, smoke: bool, out: Path, sections: set[int] | None = None) -> None:
        self.smoke = smoke
        self.only = sections or {2, 3, 4, 5, *EXTRA_SECTIONS}
        self.out = out
        base = REPO / "out" / "bench"
        self.data = base / ("smoke_data" if smoke else "data")
        self.run_dir = base / ("smoke_run" if smoke else "run")
        self.log_dir = base / ("smoke_logs" if smoke else "logs")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.repeats = 1 if smoke else 3
        self.timeout = 300 if smoke else 4 * 3600
        #: a job is repeated only while the expected total stays under this (seconds)
        self.repeat_budget = 60 if smoke else 300
        self.problems: list[str] = []
        self.sections: list[str] = []
        self.results: dict[str, dict] = {}
        self.counter = 0

    # ---------------------------------------------------------------- running jobs

    def job(self, job: str, params: dict, label: str, repeats: int | None = None) -> dict | None:
        """Run a job ``repeats`` times, each in a fresh process; median time, max peak."""
        repeats = self.repeats if repeats is None else repeats
        runs: list[dict] = []
        for i in range(repeats):
            self.counter += 1
            stem = self.log_dir / f"{self.counter:02d}_{job}"
            params_file = stem.with_suffix(".params.json")
            result_file = stem.with_suffix(".result.json")
            params_file.write_text(json.dumps(params))
            if result_file.exists():
                result_file.unlink()
            started = time.perf_counter()
            with open(stem.with_suffix(".log"), "w") as log:
                try:
                    proc = subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--job",
                            job,
                            str(params_file),
                            str(result_file),
                        ],
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        timeout=self.timeout,
                        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                    )
                    code = proc.returncode
                except subprocess.TimeoutExpired:
                    code = "timeout"
            wall = time.perf_counter() - started
            if code != 0 or not result_file.exists():
                tail = _tail(stem.with_suffix(".log"))
                self.problems.append(f"{label}: job '{job}' failed ({code}); log {stem}.log")
                print(f"    {label}: FAILED ({code}), see {stem}.log\n{tail}")
                return None
            result = json.loads(result_file.read_text())
            result["wall_seconds"] = wall
            runs.append(result)
            print(
                f"    {label}: run {i + 1}/{repeats}: {result['seconds']:.2f} s, "
                f"peak {result['peak_rss_mb']:.0f} MB (process {wall:.1f} s)"
            )
            left = repeats - i - 1
            if left and result["seconds"] * left > self.repeat_budget:
                print(f"    {label}: slow, not repeated (one run only)")
                break
        summary = dict(runs[-1])
        times = [r["seconds"] for r in runs]
        summary.update(
            runs=len(runs),
            median=statistics.median(times),
            min=min(times),
            max=max(times),
            peak_rss_mb=max(r["peak_rss_mb"] for r in runs),
            rss_before_mb=statistics.median(r["rss_before_mb"] for r in runs),
            wall_median=statistics.median(r["wall_seconds"] for r in runs),
            label=label,
        )
        self.results[label] = summary
        return summary

    def path(self, name: str) -> str:
        return str(self.data / f"{name}.gpkg")

    def out_path(self, name: str) -> str:
        return str(self.run_dir / f"{name}.gpkg")

    # ---------------------------------------------------------------- sections

    def run(self) -> int:
        t0 = time.perf_counter()
        sizes = bench_data.SMOKE if self.smoke else bench_data.FULL
        print("Machine")
        self.machine = machine_description()
        for key, value in self.machine.items():
            print(f"  {key}: {value}")
        print("1. Synthetic data")
        t = time.perf_counter()
        self.manifest = bench_data.ensure(self.data, sizes, log=print)
        self.data_seconds = time.perf_counter() - t
        probe = self.job(
            "probe",
            {"algorithms": [REACH_ALG, "native:joinbynearest", "native:serviceareafromlayer"]},
            "probe",
            repeats=1,
        )
        self.qgis_version = probe["qgis"] if probe else "unknown"
        self.machine["QGIS"] = self.qgis_version
        self.plugin_ok = bool(probe and probe["available"].get(REACH_ALG))
        if not self.plugin_ok:
            self.problems.append(
                f"{REACH_ALG} is not available (processing_algorithms/reach.py missing or "
                "broken): the plugin measurements were not run."
            )
            print(f"  {REACH_ALG} is NOT available: plugin measurements skipped")
        self.section_data(sizes)
        print("2. Straight-line reach on the subset: plugin vs native chain")
        if 2 in self.only:
            self.section_straight(sizes)
        print("3. Full national run vs I/O floor")
        if 3 in self.only:
            self.section_full(sizes)
        print("4. Network reach")
        if 4 in self.only:
            self.section_network(sizes)
        print("5. Ranking")
        if 5 in self.only:
            self.section_ranking(sizes)
        for number in sorted(EXTRA_SECTIONS):
            module = extra_section(number)
            if module is None:
                continue
            print(f"{number}. {module.TITLE}")
            if number in self.only:
                try:
                    module.run_section(self, sizes)
                except Exception as error:  # a broken section is reported, the rest still runs
                    self.problems.append(f"section {number} ({module.TITLE}) failed: {error!r}")
                    print(f"    section {number} FAILED: {error!r}")
        self.total_seconds = time.perf_counter() - t0
        self.write()
        print(f"\nTotal bench time: {self.total_seconds:.0f} s; written to {self.out}")
        if self.problems:
            print("BROKEN:")
            for p in self.problems:
                print(f"  - {p}")
            return 1
        return 0

    def section_data(self, sizes) -> None:
        s = self.manifest["stats"]
        rows = [
            ("Population points", f"{s['population_points']:,}"),
            (
                "Residents 0-5 / 6-11 / 12-17",
                " / ".join(f"{s['residents'][k]:,}" for k in ("n_0_5", "n_6_11", "n_12_17")),
            ),
            ("Area codes (buurtcode) with points", f"{s['areas_with_points']:,}"),
            (
                "Subset for the native comparison",
                f"{s['subset_points']:,} points in {s['subset_areas']:,} areas",
            ),
            ("Playgrounds", f"{s['playgrounds']:,}"),
            (
                "Playgrounds for 0-5 / 6-11 / 12-17",
                " / ".join(
                    f"{s['playgrounds_per_group'][k]:,}"
                    for k in ("age_0_5", "age_6_11", "age_12_17")
                ),
            ),
            ("Street network segments (one line feature each)", f"{s['network_segments']:,}"),
            ("Street network components", f"{s['network_components']:,}"),
            ("Street network extent", f"{s['network_extent_km']} km x {s['network_extent_km']} km"),
            (
                "Residents (points) / playgrounds on the network",
                f"{s['net_population_points']:,} / {s['net_playgrounds']:,}",
            ),
            (
                "Municipal window",
                f"{sizes.muni_window / 1000:g} km x {sizes.muni_window / 1000:g} km: "
                f"{s['muni_population_points']:,} points, {s['muni_playgrounds']:,} playgrounds, "
                f"{s['muni_segments']:,} segments",
            ),
            (
                "Generation time",
                f"{self.manifest['seconds']} s (cached afterwards; this run "
                f"{self.data_seconds:.1f} s)",
            ),
        ]
        text = [
            "## 1. Synthetic data",
            "",
            "All data is **synthetic** (seeded, `scripts/bench_data.py`, seed "
            f"{sizes.seed}): towns with Zipf-like sizes inside a coarse outline of the "
            "Netherlands in EPSG:28992, Poisson resident counts per point, Voronoi-like area "
            "codes, playgrounds near residents with random age flags, and a perturbed street "
            "grid with 6 % missing links, canals crossed by bridges and an island. Sizes show "
            "what is measured, not what is true anywhere.",
            "",
            "| Item | Value |",
            "|---|---|",
        ]
        text += [f"| {a} | {b} |" for a, b in rows]
        self.sections.append("\n".join(text))

    def _reach_outputs(self, tag: str) -> dict:
        return {
            "OUTPUT_POPULATION": self.out_path(f"{tag}_population"),
            "OUTPUT_AREAS": self.out_path(f"{tag}_areas"),
        }

    def section_straight(self, sizes) -> None:
        n = self.manifest["stats"]["subset_points"]
        chains = {
            "aggregate": {g: {"aggregate": self.out_path(f"native_agg_{g}")} for g in NORMS},
            "statistics": {
                g: {
                    "within": self.out_path(f"native_stats_within_{g}"),
                    "residents": self.out_path(f"native_stats_residents_{g}"),
                }
                for g in NORMS
            },
        }
        labels = {
            "aggregate": "native chain A: aggregate (subset)",
            "statistics": "native chain B: statistics by categories (subset)",
        }
        native = {}
        for method, outputs in chains.items():
            native[method] = self.job(
                "native_chain",
                {
                    "population": self.path("population_subset"),
                    "playgrounds": self.path("playgrounds"),
                    "outputs": outputs,
                    "method": method,
                },
                labels[method],
            )
        plugin = same = None
        if self.plugin_ok:
            plugin = self.job(
                "plugin_reach",
                {
                    "population": self.path("population_subset"),
                    "playgrounds": self.path("playgrounds"),
                    "outputs": self._reach_outputs("subset"),
                },
                "plugin reach (subset)",
            )
            same = self.job(
                "plugin_reach",
                {
                    "population": self.path("population_subset"),
                    "playgrounds": self.path("playgrounds"),
                    "outputs": {"OUTPUT_AREAS": self.out_path("subset_same_areas")},
                },
                "plugin reach, per-area output only (subset)",
            )
        agreement = {}
        if plugin:
            for method, result in native.items():
                if not result:
                    continue
                agreement[method] = compare_areas(
                    self.out_path("subset_areas"), chains[method], n_points=n
                )
                if not agreement[method]["agree"]:
                    self.problems.append(
                        f"The plugin and {labels[method]} disagree on residents within the "
                        "norm per area: " + agreement[method]["summary"]
                    )
        done = [r for r in native.values() if r]
        fastest = min(done, key=lambda r: r["median"]) if done else None
        ratio = fastest["median"] / same["median"] if fastest and same else None
        ratio_points = fastest["median"] / plugin["median"] if fastest and plugin else None
        self.straight_ratio = ratio
        rows = [
            _row(
                f"Plugin `{REACH_ALG}`, {n:,} points, 3 age groups, per-area output only, as "
                "the native chains (s)",
                _s(same),
                "",
                "",
            ),
            _row(
                f"Plugin `{REACH_ALG}`, same, plus the per-point output (100,000 features) (s)",
                _s(plugin),
                "",
                "",
            ),
            _row(
                "Native chain A (... + native:aggregate), same input (s)",
                _s(native["aggregate"]),
                "",
                "",
            ),
            _row(
                "Native chain B (... + field calculator + statistics by categories), same "
                "input (s)",
                _s(native["statistics"]),
                "",
                "",
            ),
            _row(
                "Speed-up A / plugin",
                _x(native["aggregate"]["median"] / plugin["median"])
                if native["aggregate"] and plugin
                else "not run",
                "(context)",
                "",
            ),
            _row(
                "Speed-up fastest native chain / plugin, same outputs",
                _x(ratio),
                f">= {TARGETS['native_ratio']:g}x",
                _verdict(ratio, TARGETS["native_ratio"], higher=True),
            ),
            _row(
                "Speed-up fastest native chain / plugin with the per-point output too",
                _x(ratio_points),
                "(context)",
                "",
            ),
        ]
        text = [
            f"## 2. Straight-line reach on a {n:,}-point subset: plugin vs QGIS native chain",
            "",
            "Same input for both: the subset population layer (a seeded random "
            f"{n:,} of the {self.manifest['stats']['population_points']:,} points) and all "
            f"{self.manifest['stats']['playgrounds']:,} "
            "playgrounds; norm Midden-Drenthe 2011 (0-5: 100 m, 6-11: 400 m, 12-17: 1,000 m), "
            "straight-line distance.",
            "",
            f"- Plugin: one `{REACH_ALG}` run with OUTPUT_POPULATION (one row per point) and "
            "OUTPUT_AREAS (per area code via POPULATION_AREA_FIELD = buurtcode), both written "
            "to GeoPackage.",
            '- Native chains, per age group: `native:extractbyexpression` ("age_0_5" = 1 ...)'
            " -> `native:joinbynearest` (population -> extracted playgrounds, NEIGHBORS = 1) "
            "-> per area code (buurtcode) the residents and the residents with distance <= "
            "norm, written to GeoPackage: **A** with one `native:aggregate` (sum, sum of "
            "if(distance <= norm, residents, 0)); **B** with `native:fieldcalculator` (that "
            "if() as a field) and two `qgis:statisticsbycategories` (its sum, the residents' "
            "sum). Intermediate layers are memory layers (the fastest choice for the native "
            "chains); only the per-area tables are written, so the native chains write less "
            "than the plugin run that also writes 100,000 point features. The target is judged "
            "on the same outputs (per-area only) against the faster chain; the run with the "
            "per-point output is shown for context (writing point features dominates it).",
            "",
            "| Measurement | Value | Target | Result |",
            "|---|---|---|---|",
            *rows,
        ]
        for method, result in native.items():
            if result:
                text += ["", f"Steps of {labels[method]} (last run, s): " + _steps(result)]
        for method, result in agreement.items():
            text += [
                "",
                f"**Agreement** of {labels[method]} (per-area residents and residents within "
                "the norm, plugin OUTPUT_AREAS vs native): " + result["summary"],
                "",
                result["table"],
            ]
        if not self.plugin_ok:
            text += ["", f"Plugin not run: `{REACH_ALG}` was not available."]
        if plugin:
            text += ["", "Plugin log (last run, seconds since start): " + _log(plugin)]
        text += ["", _details([native["aggregate"], native["statistics"], same, plugin])]
        self.sections.append("\n".join(text))

    def section_full(self, sizes) -> None:
        n = self.manifest["stats"]["population_points"]
        plugin = None
        if self.plugin_ok:
            plugin = self.job(
                "plugin_reach",
                {
                    "population": self.path("population"),
                    "playgrounds": self.path("playgrounds"),
                    "outputs": self._reach_outputs("full"),
                },
                "plugin reach (full)",
            )
        schemas = output_schemas(self.out_path("full_population"), self.out_path("full_areas"))
        schemas["population"]["rows"] = "population"
        schemas["areas"]["rows"] = (
            schemas["areas"].get("count") or self.manifest["stats"]["areas_with_points"]
        )
        floor = self.job(
            "io_floor",
            {
                "population": self.path("population"),
                "playgrounds": self.path("playgrounds"),
                "population_fields": list(COUNT_FIELDS.values()) + ["buurtcode"],
                "playground_fields": ["age_0_5", "age_6_11", "age_12_17", "source_id"],
                "schemas": schemas,
                "outputs": {
                    "population": self.out_path("floor_population"),
                    "areas": self.out_path("floor_areas"),
                },
            },
            "I/O floor (full)",
        )
        ratio = plugin["median"] / floor["median"] if plugin and floor else None
        rows = [
            _row(
                f"Plugin, all {n:,} points, 3 age groups (s)",
                _s(plugin),
                f"< {TARGETS['full_seconds']:g} s",
                _verdict(plugin["median"] if plugin else None, TARGETS["full_seconds"], False),
            ),
            _row("I/O floor: read inputs + write same-size outputs (s)", _s(floor), "", ""),
            _row(
                "Plugin / I/O floor",
                _x(ratio),
                f"<= {TARGETS['floor_ratio']:g}x",
                _verdict(ratio, TARGETS["floor_ratio"], higher=False),
            ),
        ]
        desc = schemas["population"]
        text = [
            f"## 3. Full national run ({n:,} points) and the I/O floor",
            "",
            "The I/O floor does only what no implementation can skip: read the population "
            "(3 count fields + buurtcode) and the playgrounds (3 age flags + source_id) with "
            "the plugin's own `layer_io.read_features`, and write outputs with the same "
            f"number of rows and fields ({len(desc['columns'])} fields per population point"
            f"{' with point geometry' if desc['geometry'] else ''}; "
            f"{len(schemas['areas']['columns'])} fields for {schemas['areas']['rows']:,} "
            "areas) with `layer_io.write_features` to GeoPackage. Field layout "
            + (
                "taken from the plugin output."
                if desc.get("from_plugin")
                else "as in the spec (plugin output not available)."
            ),
            "",
            "| Measurement | Value | Target | Result |",
            "|---|---|---|---|",
            *rows,
        ]
        if floor:
            text += [
                "",
                f"Of the floor (last run), reading took {floor['read_seconds']:.1f} s and "
                f"building geometries + writing {floor['seconds'] - floor['read_seconds']:.1f} s.",
            ]
        if plugin:
            text += [
                "",
                "Plugin results (last run): " + _numbers(plugin),
                "",
                "Plugin log (last run, seconds since start): " + _log(plugin),
            ]
        elif not self.plugin_ok:
            text += ["", f"Plugin not run: `{REACH_ALG}` was not available."]
        text += ["", _details([plugin, floor])]
        self.sections.append("\n".join(text))

    def section_network(self, sizes) -> None:
        s = self.manifest["stats"]
        plugin = muni_plugin = None
        if self.plugin_ok:
            plugin = self.job(
                "plugin_reach",
                {
                    "population": self.path("net_population"),
                    "playgrounds": self.path("net_playgrounds"),
                    "network": self.path("network"),
                    "outputs": self._reach_outputs("network"),
                },
                "plugin network reach (all origins)",
            )
            muni_plugin = self.job(
                "plugin_reach",
                {
                    "population": self.path("muni_population"),
                    "playgrounds": self.path("muni_playgrounds"),
                    "network": self.path("muni_network"),
                    "outputs": self._reach_outputs("muni"),
                },
                "plugin network reach (municipal window)",
            )
        native = self.job(
            "service_area",
            {
                "network": self.path("muni_network"),
                "playgrounds": self.path("muni_playgrounds"),
                "population": self.path("muni_population"),
                "group": NETWORK_GROUP,
                "buffer": MAX_SNAP,
            },
            "native service area (municipal window)",
        )
        whole = self.job(
            "service_area",
            {
                "network": self.path("network"),
                "playgrounds": self.path("net_playgrounds"),
                "population": self.path("net_population"),
                "group": NETWORK_GROUP,
                "buffer": MAX_SNAP,
            },
            "native service area (whole network)",
            repeats=1,
        )
        ratio = native["median"] / muni_plugin["median"] if native and muni_plugin else None
        whole_ratio = whole["median"] / plugin["median"] if whole and plugin else None
        whole_reached = None
        if plugin:
            whole_reached = area_sum(self.out_path("network_areas"), NETWORK_GROUP)
        plugin_reached = None
        if muni_plugin:
            plugin_reached = area_sum(self.out_path("muni_areas"), NETWORK_GROUP)
        rows = [
            _row(
                f"Plugin, {s['net_population_points']:,} origins, {s['network_segments']:,}-"
                "segment network, 3 age groups (s)",
                _s(plugin),
                f"< {TARGETS['network_seconds']:g} s",
                _verdict(plugin["median"] if plugin else None, TARGETS["network_seconds"], False),
            ),
            _row("Plugin on the municipal window (s)", _s(muni_plugin), "", ""),
            _row("Native service area chain on the municipal window (s)", _s(native), "", ""),
            _row(
                "Speed-up native / plugin, same municipal input",
                _x(ratio),
                f">= {TARGETS['service_area_ratio']:g}x",
                _verdict(ratio, TARGETS["service_area_ratio"], higher=True),
            ),
            _row(
                "Native service area chain on the whole network, 6-11 only (s)",
                _s(whole),
                "",
                "",
            ),
            _row(
                "Speed-up native (1 age group) / plugin (3 age groups), whole network",
                _x(whole_ratio),
                "(context)",
                "",
            ),
        ]
        w = sizes.muni_window / 1000
        text = [
            "## 4. Network reach",
            "",
            f"Synthetic street grid of {s['network_segments']:,} segments "
            f"({s['network_extent_km']} km square, {s['network_components']} components), "
            f"{s['net_population_points']:,} population points and {s['net_playgrounds']:,} "
            f"playgrounds on its extent. Plugin: `{REACH_ALG}` with NETWORK, MAX_SNAP = "
            f"{MAX_SNAP:g} m, OUTPUT_POPULATION and OUTPUT_AREAS to GeoPackage.",
            "",
            f"Native comparison on a {w:g} km x {w:g} km municipal window (network within "
            "600 m around it): `native:extractbyexpression` (playgrounds for 6-11) -> "
            "`native:serviceareafromlayer` (start points = those playgrounds, travel cost = "
            f"{NORMS[NETWORK_GROUP]:g} m, shortest, output lines) -> "
            f"`native:extractwithindistance` (residents within {MAX_SNAP:g} m of the reached "
            "lines; about 6x faster than `native:buffer` + dissolve + count points in polygon) "
            "-> `qgis:basicstatisticsforfields` (sum of residents 6-11). Intermediate layers "
            "in memory. The plugin runs on the same three layers, computes all three age "
            "groups (the native chain one) and writes OUTPUT_POPULATION and OUTPUT_AREAS to "
            "GeoPackage. For context, the native chain also runs once on the whole network "
            "with all residents and playgrounds (one age group).",
            "",
            "| Measurement | Value | Target | Result |",
            "|---|---|---|---|",
            *rows,
        ]
        if native or plugin_reached is not None:
            text += [
                "",
                "Residents 6-11 reached within 400 m in the window (different methods, "
                "reported, not asserted): plugin (network distance including snap legs, "
                f"points within {MAX_SNAP:g} m of the network) "
                f"{_num(plugin_reached)}; native (within {MAX_SNAP:g} m of the reached lines, "
                f"snap legs not counted) {_num(native['reached_residents'] if native else None)}"
                + _pct(plugin_reached, native["reached_residents"] if native else None)
                + f"; from {native['start_points'] if native else '?'} start points.",
            ]
        if whole or whole_reached is not None:
            text += [
                "",
                f"Same on the whole network: plugin {_num(whole_reached)}; native "
                f"{_num(whole['reached_residents'] if whole else None)}"
                + _pct(whole_reached, whole["reached_residents"] if whole else None)
                + f"; from {whole['start_points'] if whole else '?'} start points.",
            ]
        if native:
            text += ["", "Native steps, municipal window (last run, s): " + _steps(native)]
        if whole:
            text += ["", "Native steps, whole network (s): " + _steps(whole)]
        if plugin:
            text += [
                "",
                "Plugin results, all origins (last run): " + _numbers(plugin),
                "",
                "Plugin log, all origins (last run, seconds since start): " + _log(plugin),
            ]
        elif not self.plugin_ok:
            text += ["", f"Plugin not run: `{REACH_ALG}` was not available."]
        text += ["", _details([plugin, muni_plugin, native, whole])]
        self.sections.append("\n".join(text))

    def section_ranking(self, sizes) -> None:
        areas, draws = (200, 100) if self.smoke else (3500, 1000)
        base = {"areas": areas, "draws": draws, "seed": 7}
        weights = self.job(
            "ranking", {**base, "intervals": False}, "rank_areas (weights perturbed)"
        )
        both = self.job(
            "ranking",
            {**base, "intervals": True},
            "rank_areas (weights + 3 indicator intervals)",
        )
        target = TARGETS["ranking_seconds"]
        rows = [
            _row(
                f"{draws:,} draws, {areas:,} wijken, weights +-20 % (s)",
                _s(weights),
                f"< {target:g} s",
                _verdict(weights["median"] if weights else None, target, False),
            ),
            _row(
                f"{draws:,} draws, {areas:,} wijken, weights + values drawn within intervals "
                "for the 3 loneliness indicators (s)",
                _s(both),
                f"< {target:g} s",
                _verdict(both["median"] if both else None, target, False),
            ),
        ]
        info = weights or both
        text = [
            f"## 5. Ranking: `rank_areas`, {draws:,} draws over {areas:,} wijken",
            "",
            "Core only (no QGIS), the default definition "
            "`resources/config/indicators_default.json` "
            + (
                f"({info['indicators']} indicators in {info['ambitions']} ambitions) "
                if info
                else ""
            )
            + "on synthetic wijken that have every field it reads (3 % missing values in three "
            "indicators, some wijken below the minimum population). Timed: the whole "
            f"`rank_areas` call (scoring + Monte-Carlo), on {os.cpu_count()} cores.",
            "",
            "| Measurement | Value | Target | Result |",
            "|---|---|---|---|",
            *rows,
        ]
        if info:
            text += ["", f"Ranked wijken: {info['ranked']:,} of {areas:,}."]
        text += ["", _details([weights, both])]
        self.sections.append("\n".join(text))

    # ---------------------------------------------------------------- report

    def write(self) -> None:
        summary = [
            "## Summary",
            "",
            "| Target | Value | Result |",
            "|---|---|---|",
        ]
        for line in self.summary_rows():
            summary.append(line)
        mode = "smoke (tiny data, CI)" if self.smoke else "full"
        generated = [
            MARKER,
            "",
            f"Generated by `scripts/bench.py` ({mode}) on "
            f"{time.strftime('%Y-%m-%d %H:%M', time.localtime())}; total run time "
            f"{self.total_seconds:.0f} s.",
            "",
            "### Machine (measured by the script)",
            "",
            "| Item | Value |",
            "|---|---|",
            *[f"| {k} | {v} |" for k, v in self.machine.items()],
            "",
            "\n".join(summary),
            "",
            *[s + "\n" for s in self.sections],
        ]
        if self.problems:
            generated += ["## Problems", "", *[f"- {p}" for p in self.problems], ""]
        header = DEFAULT_HEADER
        if self.out.exists():
            old = self.out.read_text()
            if MARKER in old:
                header = old.split(MARKER, 1)[0].rstrip() + "\n"
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.out.write_text(header + "\n" + "\n".join(generated).rstrip() + "\n")
        print("\n" + "\n".join(summary))

    def summary_rows(self) -> list[str]:
        r = self.results
        rows = []

        def get(label):
            return r.get(label)

        ratio = getattr(self, "straight_ratio", None)
        rows.append(
            f"| Straight-line, subset: plugin >= {TARGETS['native_ratio']:g}x faster than "
            f"the fastest native chain (same per-area outputs) | {_x(ratio)} | "
            f"{_verdict(ratio, TARGETS['native_ratio'], True)} |"
        )
        full, floor = get("plugin reach (full)"), get("I/O floor (full)")
        value = full["median"] if full else None
        rows.append(
            f"| Full run < {TARGETS['full_seconds']:g} s | {_sec(value)} | "
            f"{_verdict(value, TARGETS['full_seconds'], False)} |"
        )
        ratio = full["median"] / floor["median"] if full and floor else None
        rows.append(
            f"| Full run within {TARGETS['floor_ratio']:g}x of the I/O floor | {_x(ratio)} | "
            f"{_verdict(ratio, TARGETS['floor_ratio'], False)} |"
        )
        net = get("plugin network reach (all origins)")
        value = net["median"] if net else None
        rows.append(
            f"| Network, all origins < {TARGETS['network_seconds']:g} s | {_sec(value)} | "
            f"{_verdict(value, TARGETS['network_seconds'], False)} |"
        )
        muni, sa = (
            get("plugin network reach (municipal window)"),
            get("native service area (municipal window)"),
        )
        ratio = sa["median"] / muni["median"] if sa and muni else None
        rows.append(
            f"| Network, municipal window: plugin >= {TARGETS['service_area_ratio']:g}x faster "
            f"than native service area | {_x(ratio)} | "
            f"{_verdict(ratio, TARGETS['service_area_ratio'], True)} |"
        )
        for label in (
            "rank_areas (weights perturbed)",
            "rank_areas (weights + 3 indicator intervals)",
        ):
            rk = get(label)
            value = rk["median"] if rk else None
            rows.append(
                f"| {label}, < {TARGETS['ranking_seconds']:g} s | {_sec(value)} | "
                f"{_verdict(value, TARGETS['ranking_seconds'], False)} |"
            )
        if self.smoke:
            rows.append("| (smoke run: tiny data; the targets are meant for the full run) | | |")
        for number in sorted(EXTRA_SECTIONS):
            module = extra_section(number)
            if module is not None and number in self.only and hasattr(module, "summary_rows"):
                rows.extend(module.summary_rows(self))
        return rows


DEFAULT_HEADER = """# Benchmarks

Speed of the Wijkaanpak reach and ranking at national scale, measured by `make bench`
(`scripts/bench.py`) on synthetic data. See the generated part below for the machine, the
numbers and how they compare with the targets of issues 3 and 5.

## How to reproduce

    make bench          # full run, rewrites the generated part of docs/benchmarks.md
    make bench-smoke    # tiny version used by CI (out/bench/smoke.md)

Data is generated once into `out/bench/data` (delete it to regenerate).
"""


# ============================================================================ helpers


def machine_description() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    debian = "unknown"
    try:
        debian = Path("/etc/debian_version").read_text().strip()
        pretty = [
            line.split("=", 1)[1].strip('"')
            for line in Path("/etc/os-release").read_text().splitlines()
            if line.startswith("PRETTY_NAME=")
        ]
        if pretty:
            debian = f"{pretty[0]} ({debian})"
    except OSError:
        pass
    import numpy
    import pandas
    import scipy

    try:
        from osgeo import gdal

        gdal_version = gdal.__version__
    except ImportError:  # pragma: no cover
        gdal_version = "unknown"
    return {
        "CPU cores (nproc)": str(os.cpu_count()),
        "CPU model": cpu,
        "RAM": ram,
        "OS": debian,
        "QGIS": "(probed)",
        "Python": platform.python_version(),
        "numpy / pandas / scipy": f"{numpy.__version__} / {pandas.__version__} / "
        f"{scipy.__version__}",
        "GDAL": gdal_version,
    }


def _gpkg_table(path: str) -> tuple[sqlite3.Connection, str]:
    con = sqlite3.connect(path)
    table = con.execute("SELECT table_name FROM gpkg_contents LIMIT 1").fetchone()[0]
    return con, table


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2].upper()) for row in con.execute(f'PRAGMA table_info("{table}")')]


def output_schemas(population_path: str, areas_path: str) -> dict:
    """Field layout (name, real/integer/text) of the plugin outputs, for the I/O floor; the
    spec's layout when the plugin did not run."""
    schemas = {}
    for name, path in (("population", population_path), ("areas", areas_path)):
        if Path(path).exists():
            con, table = _gpkg_table(path)
            geometry = con.execute("SELECT count(*) FROM gpkg_geometry_columns").fetchone()[0] > 0
            geom_col = con.execute("SELECT column_name FROM gpkg_geometry_columns").fetchone()
            columns = []
            for col, kind in _columns(con, table):
                if col == "fid" or (geom_col and col == geom_col[0]):
                    continue
                if any(t in kind for t in ("INT", "BOOL")):
                    columns.append((col, "integer"))
                elif any(t in kind for t in ("REAL", "FLOAT", "DOUBLE")):
                    columns.append((col, "real"))
                else:
                    columns.append((col, "text"))
            count = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            con.close()
            schemas[name] = {
                "columns": columns,
                "geometry": bool(geometry),
                "count": count,
                "from_plugin": True,
            }
            continue
        groups = list(NORMS)
        if name == "population":
            columns = (
                [(f"distance_{g}", "real") for g in groups]
                + [(f"nearest_place_{g}", "integer") for g in groups]
                + [(f"within_norm_{g}", "integer") for g in groups]
                + [(f"residents_{g}", "real") for g in groups]
                + [("gap", "integer"), ("norm", "text"), ("distance_type", "text")]
            )
            schemas[name] = {"columns": columns, "geometry": True, "from_plugin": False}
        else:
            columns = (
                [("buurtcode", "text"), ("population_points", "integer")]
                + [(f"residents_{g}", "real") for g in groups]
                + [(f"residents_{g}_within_norm", "real") for g in groups]
                + [(f"share_{g}_within_norm", "real") for g in groups]
                + [("gap_points", "integer"), ("norm", "text"), ("distance_type", "text")]
            )
            schemas[name] = {"columns": columns, "geometry": False, "from_plugin": False}
    return schemas


def _find(columns: list[str], *candidates: str) -> str | None:
    for c in candidates:
        if c in columns:
            return c
    return None


def plugin_area_table(path: str) -> dict[str, dict]:
    """{group: {code: (residents, within)}} from the plugin's OUTPUT_AREAS."""
    con, table = _gpkg_table(path)
    names = [c for c, _ in _columns(con, table)]
    code = _find(names, "buurtcode", "code", "area_code", "area")
    if code is None:
        con.close()
        raise RuntimeError(f"No area code column in the plugin's area output ({names}).")
    out = {}
    for g in NORMS:
        res = _find(names, f"residents_{g}")
        within = _find(names, f"residents_{g}_within_norm", f"within_norm_{g}")
        if res is None or within is None:
            con.close()
            raise RuntimeError(
                f"No residents/within columns for {g} in the plugin output ({names})."
            )
        rows = con.execute(f'SELECT "{code}", "{res}", "{within}" FROM "{table}"').fetchall()
        out[g] = {str(c): (float(r or 0), float(w or 0)) for c, r, w in rows}
    con.close()
    return out


def area_sum(path: str, group: str) -> float | None:
    """Sum of residents within the norm over the plugin's OUTPUT_AREAS for one group."""
    if not Path(path).exists():
        return None
    return sum(w for _, w in plugin_area_table(path)[group].values())


def native_area_values(paths: dict) -> tuple[dict, int]:
    """{code: (residents, within)} and the number of joined rows from a native chain's
    per-area output(s) (one native:aggregate table, or two statistics-by-categories ones)."""
    if "aggregate" in paths:
        con, table = _gpkg_table(paths["aggregate"])
        rows = con.execute(
            f'SELECT buurtcode, residents, within, joined_rows FROM "{table}"'
        ).fetchall()
        con.close()
        values = {str(c): (float(r or 0), float(w or 0)) for c, r, w, _ in rows}
        return values, sum(int(j or 0) for *_, j in rows)
    sums = {}
    joined = 0
    for key in ("residents", "within"):
        con, table = _gpkg_table(paths[key])
        rows = con.execute(f'SELECT buurtcode, "sum", "count" FROM "{table}"').fetchall()
        con.close()
        sums[key] = {str(c): float(v or 0) for c, v, _ in rows}
        joined = sum(int(n or 0) for *_, n in rows)
    codes = set(sums["residents"]) | set(sums["within"])
    values = {c: (sums["residents"].get(c, 0.0), sums["within"].get(c, 0.0)) for c in codes}
    return values, joined


def compare_areas(plugin_path: str, native_paths: dict, n_points: int) -> dict:
    """Per-area residents and residents within the norm: plugin vs native, per group."""
    lines = [
        "| Age group (norm) | Areas plugin / native | Residents within norm plugin / native "
        "| Areas that differ | Largest difference |",
        "|---|---|---|---|---|",
    ]
    agree = True
    notes = []
    try:
        plugin = plugin_area_table(plugin_path)
    except Exception as error:  # noqa: BLE001
        return {
            "agree": False,
            "summary": f"could not read the plugin output: {error}",
            "table": "",
        }
    for g, paths in native_paths.items():
        native, joined = native_area_values(paths)
        if joined != n_points:
            notes.append(f"native join gave {joined:,} rows for {n_points:,} points ({g})")
        p = {c: v for c, v in plugin[g].items() if c in native or v[0] > 0}
        codes = set(p) | set(native)
        diff_res = [abs(p.get(c, (0, 0))[0] - native.get(c, (0, 0))[0]) for c in codes]
        diff_in = [abs(p.get(c, (0, 0))[1] - native.get(c, (0, 0))[1]) for c in codes]
        n_diff = sum(1 for a, b in zip(diff_res, diff_in) if a > 1e-6 or b > 1e-6)
        largest = max(diff_in + diff_res) if codes else 0.0
        if n_diff:
            agree = False
        total_p = sum(v[1] for v in p.values())
        total_n = sum(v[1] for v in native.values())
        lines.append(
            f"| {g.replace('_', '-')} ({NORMS[g]:g} m) | {len(p):,} / {len(native):,} | "
            f"{total_p:,.0f} / {total_n:,.0f} | {n_diff} | {largest:g} |"
        )
    summary = "identical for every area and age group." if agree else "DIFFERENT (see table)."
    if notes:
        summary += " Note: " + "; ".join(notes) + "."
    return {"agree": agree, "summary": summary, "table": "\n".join(lines)}


def _tail(path: Path, n: int = 15) -> str:
    try:
        return "\n".join("      " + line for line in path.read_text().splitlines()[-n:])
    except OSError:
        return ""


def _row(name: str, value: str, target: str, result: str) -> str:
    return f"| {name} | {value} | {target} | {result} |"


def _s(result: dict | None) -> str:
    if not result:
        return "not run"
    if result["runs"] == 1:
        return f"{result['median']:.2f} (1 run)"
    return f"{result['median']:.2f} (median of {result['runs']})"


def _sec(value: float | None) -> str:
    return "not run" if value is None else f"{value:.2f} s"


def _x(value: float | None) -> str:
    return "not run" if value is None else f"{value:.1f}x"


def _num(value: float | None) -> str:
    return "not run" if value is None else f"{value:,.0f}"


def _pct(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return ""
    return f" (plugin / native = {a / b:.3f})"


def _verdict(value: float | None, target: float, higher: bool) -> str:
    if value is None:
        return "NOT RUN"
    ok = value >= target if higher else value < target
    return "PASS" if ok else "MISS"


def _steps(result: dict) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in result["steps"].items())


def _numbers(result: dict) -> str:
    return ", ".join(
        f"{k} = {v:.4g}" if isinstance(v, float) else f"{k} = {v:,}"
        for k, v in result.get("numbers", {}).items()
    )


def _log(result: dict) -> str:
    """The algorithm's own log lines with the seconds since it started (compact)."""
    skip = ("results:", "residents ", "warning: no place", "this layer is a signal")
    keep = [
        (t, text if len(text) <= 70 else text[:67] + "...")
        for t, text in result.get("log", [])
        if text and not text.lower().startswith(skip)
    ]
    return "; ".join(f"{t:.1f} s {text}" for t, text in keep[:14]) or "(no log lines)"


def _details(results: list[dict | None]) -> str:
    lines = [
        "| Job | Runs | Median s | Min-max s | Peak RSS MB | RSS before work MB | Process wall s |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if not r:
            continue
        lines.append(
            f"| {r['label']} | {r['runs']} | {r['median']:.2f} | {r['min']:.2f}-{r['max']:.2f} "
            f"| {r['peak_rss_mb']:.0f} | {r['rss_before_mb']:.0f} "
            f"| {r['wall_median']:.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny data, one run each (CI)")
    parser.add_argument("--out", default="docs/benchmarks.md", help="Markdown report to write")
    parser.add_argument(
        "--sections",
        default=",".join(str(n) for n in (2, 3, 4, 5, *EXTRA_SECTIONS)),
        help="comma-separated sections to run (2 straight-line, 3 full, 4 network, 5 ranking, "
        + ", ".join(f"{n} {m[len('bench_') :]}" for n, m in EXTRA_SECTIONS.items())
        + ")",
    )
    parser.add_argument(
        "--job", nargs=3, metavar=("NAME", "PARAMS", "RESULT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.job:
        run_child(*args.job)
        return 0
    out = Path(args.out)
    if not out.is_absolute():
        out = Path.cwd() / out
    return Bench(args.smoke, out, {int(x) for x in args.sections.split(",")}).run()


if __name__ == "__main__":
    sys.exit(main())
