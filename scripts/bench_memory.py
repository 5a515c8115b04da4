"""`make bench` section 10: memory on a 1,000,000-feature population (issue 13).

The bad-input catalogue (docs/bad_input.md, case ``million-features``) promises that memory
stays bounded on a national population. Measured here, each job in a fresh process (peak
resident memory from ``getrusage``, as every bench job):

* **idle**: QGIS started and the plugin's provider loaded, nothing read: the floor;
* **read**: the population layer read through ``layer_io.read_features`` (every field, the
  point of every feature) as the algorithms read it: the cost of holding the input;
* **reach**: ``wijkaanpak:playgroundreach`` on the same layer with the population, area and
  gap outputs written to GeoPackages.

Data: the synthetic national population of ``scripts/bench_data.py`` (1,000,000 points,
20,000 playgrounds, clustered in 400 towns; smoke: 5,000 points, 100 playgrounds). The
report gives peak MB and the bytes per feature above the idle floor, so "bounded" reads as a
number: a few hundred bytes per feature, not a copy of the data set per step.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

TITLE = "Memory on a 1,000,000-feature population"
REACH_ALG = "wijkaanpak:playgroundreach"
COUNT_FIELDS = {"FIELD_0_5": "n_0_5", "FIELD_6_11": "n_6_11", "FIELD_12_17": "n_12_17"}
#: peak memory per population feature above the idle floor that still counts as bounded
TARGET_BYTES_PER_FEATURE = 2000


# =============================================================================== child jobs


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _qgis() -> None:
    """Start QGIS with the plugin, unless this process already runs it (the test suite)."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None and QgsApplication.processingRegistry().providerById(
        "wijkaanpak"
    ):
        return
    import bench

    bench._qgis()


def job_memory_idle(params: dict) -> dict:
    _qgis()
    return {"seconds": 0.0, "rss_before_mb": _rss_mb(), "features": 0}


def job_memory_read(params: dict) -> dict:
    _qgis()
    from qgis.core import QgsVectorLayer

    from wijkaanpak.wijkaanpak_plugin.layer_io import read_features

    layer = QgsVectorLayer(params["population"], "population", "ogr")
    before = _rss_mb()
    started = time.perf_counter()
    table = read_features(layer, None, layer=layer)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_before_mb": before, "features": len(table)}


def job_memory_reach(params: dict) -> dict:
    _qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    outputs = params["outputs"]
    for path in outputs.values():
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(path + suffix).unlink(missing_ok=True)
    alg_params = {
        "POPULATION": params["population"],
        **COUNT_FIELDS,
        "FIELD_0_14": "",
        "FIELD_15_24": "",
        "FIELD_65PLUS": "",
        "PLAYGROUNDS": params["playgrounds"],
        "POPULATION_AREA_FIELD": "buurtcode",
        **outputs,
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = _rss_mb()
    started = time.perf_counter()
    result = processing.run(
        REACH_ALG, alg_params, context=context, feedback=QgsProcessingFeedback()
    )
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "features": int(result["N_POPULATION"]),
    }


JOBS = {
    "memory_idle": job_memory_idle,
    "memory_read": job_memory_read,
    "memory_reach": job_memory_reach,
}


def measure_reach(n: int, folder: Path | None = None) -> tuple[float, int]:
    """In this process: ``n`` synthetic residents through the reach algorithm; (peak MB, n).

    For the test suite (a tiny n), which only checks the section runs end to end.
    """
    import tempfile

    import bench_data
    import numpy as np

    folder = Path(folder or tempfile.mkdtemp(prefix="bench_memory_"))
    rng = np.random.default_rng(13)
    xy = bench_data.clustered_points(rng, n, 5, 0.05)
    counts = bench_data.resident_counts(rng, n)
    codes = bench_data.area_codes(rng, xy, max(1, n // 100), "BU")
    frame = bench_data._population_frame(xy, counts, codes, np.arange(1, n + 1))
    bench_data._write_population(frame, folder / "population.gpkg")
    bench_data._write_playgrounds(
        bench_data.playgrounds(rng, max(5, n // 50), xy), folder / "playgrounds.gpkg"
    )
    result = job_memory_reach(
        {
            "population": str(folder / "population.gpkg"),
            "playgrounds": str(folder / "playgrounds.gpkg"),
            "outputs": {"OUTPUT_AREAS": str(folder / "areas.gpkg")},
        }
    )
    return _peak_mb(), result["features"]


# ============================================================================== parent side


def run_section(bench, sizes) -> None:
    from bench import _details

    n = sizes.population
    population, playgrounds = bench.path("population"), bench.path("playgrounds")
    outputs = {
        "OUTPUT_POPULATION": bench.out_path("memory_population"),
        "OUTPUT_AREAS": bench.out_path("memory_areas"),
        "OUTPUT_GAPS": bench.out_path("memory_gaps"),
    }
    idle = bench.job("memory_idle", {}, "memory: QGIS and plugin, idle", repeats=1)
    read = bench.job(
        "memory_read", {"population": population}, f"memory: read {n:,} features", repeats=1
    )
    reach = bench.job(
        "memory_reach",
        {"population": population, "playgrounds": playgrounds, "outputs": outputs},
        f"memory: reach on {n:,} features",
        repeats=1,
    )
    bench.memory_results = (n, idle, read, reach)
    text = [
        f"## 10. {TITLE}",
        "",
        f"Peak resident memory of a fresh process per job on the synthetic population of "
        f"`scripts/bench_data.py` ({n:,} points, {sizes.playgrounds:,} playgrounds). "
        "*Idle*: QGIS and the plugin loaded; *read*: the population read through "
        "`layer_io.read_features`; *reach*: `wijkaanpak:playgroundreach` writing the "
        "population, area and gap outputs. Bytes per feature: (peak - idle peak) / features.",
        "",
        "| Job | Features | Peak MB | Above idle MB | Bytes per feature | Target | Result |",
        "|---|---|---|---|---|---|---|",
    ]
    floor = idle["peak_rss_mb"] if idle else None
    for label, result in (("idle", idle), ("read", read), ("reach", reach)):
        if not result:
            text.append(f"| {label} | — | not run | | | | NOT RUN |")
            continue
        features = result.get("features", 0)
        above = result["peak_rss_mb"] - floor if floor is not None else None
        per = above * 1024 * 1024 / features if features and above is not None else None
        verdict = ""
        if label == "reach" and per is not None:
            verdict = "PASS" if per < TARGET_BYTES_PER_FEATURE else "MISS"
        text.append(
            "| {} | {:,} | {:.0f} | {} | {} | {} | {} |".format(
                label,
                features,
                result["peak_rss_mb"],
                "" if above is None else f"{above:.0f}",
                "" if per is None else f"{per:.0f}",
                f"< {TARGET_BYTES_PER_FEATURE} B" if label == "reach" else "",
                verdict,
            )
        )
    text += ["", _details([idle, read, reach]), ""]
    bench.sections.append("\n".join(text))


def summary_rows(bench) -> list:
    n, idle, _read, reach = getattr(bench, "memory_results", (0, None, None, None))
    if not (idle and reach and n):
        return [f"| Peak memory, reach on {n:,} features | not run | NOT RUN |"]
    per = (reach["peak_rss_mb"] - idle["peak_rss_mb"]) * 1024 * 1024 / n
    verdict = "PASS" if per < TARGET_BYTES_PER_FEATURE else "MISS"
    return [
        f"| Peak memory, reach on {n:,} features (< {TARGET_BYTES_PER_FEATURE} B per feature "
        f"above idle) | {reach['peak_rss_mb']:.0f} MB; {per:.0f} B per feature | {verdict} |"
    ]
