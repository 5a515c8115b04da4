"""`make bench` section 9: the council atlas, a 100-page PDF in under 2 minutes on 2 cores.

Issue 12 asks for a 100-page atlas in under 2 minutes. Measured on seeded synthetic wijken
(1 km squares in a 10 x 10 grid of one synthetic municipality, "Benchstad", with the fields
of ``bench.synthetic_wijken``; nothing in them is real), with three playgrounds and two
meeting places per wijk at seeded random places. In the child process the plugin's own
*Ambition scores* and *Rank areas* (200 draws) write the layers first (not timed); then
``wijkaanpak:exportatlas`` is timed: reading the layers, the ambition chart of every area,
the layouts from the templates and the PDF export (cover, overview, one page per area,
closing; A4 portrait, Dutch). The smoke run makes 10 area pages.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
from _bootstrap import REPO  # noqa: E402

TITLE = "Council atlas: PDF export"
TARGET_SECONDS = 120.0
TARGET_PAGES = 100
DEFINITION = REPO / "resources" / "config" / "indicators_default.json"


# =============================================================================== child job


def _areas_layer(n: int, seed: int):
    from bench import synthetic_wijken
    from qgis.core import (
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant

    frame = synthetic_wijken(n, seed)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "bench_wijken", "memory")
    fields = [
        QgsField("wijkcode", QVariant.String),
        QgsField("wijknaam", QVariant.String),
        QgsField("gemeentecode", QVariant.String),
        QgsField("gemeentenaam", QVariant.String),
    ]
    numeric = [c for c in frame.columns if c != "wijkcode"]
    fields += [QgsField(c, QVariant.Double) for c in numeric]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    side = int(max(1, round(n**0.5)))
    features = []
    for i, values in enumerate(frame.to_dict("records")):
        x0 = 200000 + (i % side) * 1000.0
        y0 = 450000 + (i // side) * 1000.0
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 1000, y0 + 1000)))
        feature.setAttributes(
            [values["wijkcode"], "Wijk {:03d}".format(i + 1), "GM9999", "Benchstad"]
            + [None if values[c] != values[c] else float(values[c]) for c in numeric]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, side


def _places_layer(kind: str, n: int, side: int, seed: int):
    import numpy as np
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("Point?crs=EPSG:28992", kind, "memory")
    if kind == "playgrounds":
        fields = ["name", "place_type", "age_0_5", "age_6_11", "age_12_17"]
    else:
        fields = ["name", "place_type", "capacity", "indoor"]
    layer.dataProvider().addAttributes(
        [QgsField(f, QVariant.String if f in ("name", "place_type") else QVariant.Int)
         for f in fields]
    )  # fmt: skip
    layer.updateFields()
    xs = 200000 + rng.uniform(0, side * 1000.0, n)
    ys = 450000 + rng.uniform(0, side * 1000.0, n)
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[i], ys[i])))
        if kind == "playgrounds":
            ages = [int(v) for v in rng.random(3) < 0.6]
            feature.setAttributes(["Speelplek {}".format(i + 1), "speelplek", *ages])
        else:
            feature.setAttributes(["Bank {}".format(i + 1), "bankje", 4, 0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def job_atlas(params: dict) -> dict:
    from bench import _qgis, _rss_mb

    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    work = Path(params["work_dir"])
    work.mkdir(parents=True, exist_ok=True)
    n = int(params["areas"])
    started = time.perf_counter()
    areas, side = _areas_layer(n, params["seed"])
    scores = processing.run(
        "wijkaanpak:ambitionscores",
        {"AREAS": areas, "CODE_FIELD": "wijkcode", "DEFINITION": str(DEFINITION),
         "ALLOW_MISSING_AMBITIONS": True, "OUTPUT": str(work / "ambities.gpkg")},
        feedback=QgsProcessingFeedback(),
    )["OUTPUT"]  # fmt: skip
    ranked = processing.run(
        "wijkaanpak:rankareas",
        {"AREAS": areas, "CODE_FIELD": "wijkcode", "POPULATION_FIELD": "aantal_inwoners",
         "MIN_POPULATION": 100, "DEFINITION": str(DEFINITION), "ALLOW_MISSING_AMBITIONS": True,
         "DRAWS": 200, "SEED": 1, "OUTPUT": str(work / "rangorde.gpkg")},
        feedback=QgsProcessingFeedback(),
    )["OUTPUT"]  # fmt: skip
    playgrounds = _places_layer("playgrounds", 3 * n, side, params["seed"] + 1)
    meeting = _places_layer("meeting", 2 * n, side, params["seed"] + 2)
    setup = time.perf_counter() - started
    pdf = work / "raadsatlas_bench.pdf"
    if pdf.exists():
        pdf.unlink()
    before = _rss_mb()
    t = time.perf_counter()
    result = processing.run(
        "wijkaanpak:exportatlas",
        {"AREAS": ranked, "FIGURES": [scores], "PLAYGROUNDS": playgrounds,
         "MEETING_PLACES": meeting, "MUNICIPALITY": "Benchstad", "LANGUAGE": 0,
         "ORIENTATION": 0, "ORDER": 0, "OUTPUT": str(pdf)},
        feedback=QgsProcessingFeedback(),
    )  # fmt: skip
    seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "setup_seconds": setup,
        "pages": int(result["PAGES"]),
        "area_pages": int(result["AREAS"]),
        "pdf_mb": pdf.stat().st_size / 1e6,
        "load_average": os.getloadavg()[0],
    }


JOBS = {"atlas_export": job_atlas}


# =============================================================================== parent side


def run_section(bench, sizes) -> None:
    from bench import _details, _row, _verdict

    areas = 10 if bench.smoke else TARGET_PAGES
    params = {"areas": areas, "seed": 12, "work_dir": str(bench.run_dir / "atlas")}
    result = bench.job("atlas_export", params, "council atlas: {} area pages".format(areas),
                       repeats=1)  # fmt: skip
    bench.atlas_result = result
    text = [
        f"## 9. {TITLE}",
        "",
        f"`wijkaanpak:exportatlas` on {areas} seeded synthetic square wijken of one synthetic "
        "municipality (fields of `synthetic_wijken`, nothing real), three playgrounds and two "
        "meeting places per wijk; *Ambition scores* and *Rank areas* (200 draws) write the "
        "layers first (not timed). Timed: the whole algorithm (reading, charts, layouts from "
        "the templates, PDF export of cover, overview, one page per area and closing; A4 "
        f"portrait, Dutch), offscreen, on {os.cpu_count()} cores.",
        "",
        "| Measurement | Value | Target | Result |",
        "|---|---|---|---|",
    ]
    if result:
        target = TARGET_SECONDS if not bench.smoke else TARGET_SECONDS * areas / TARGET_PAGES
        text += [
            _row(
                "Atlas of {} area pages ({} pages in all)".format(
                    result["area_pages"], result["pages"]
                ),
                f"{result['median']:.1f} s",
                f"< {target:g} s",
                _verdict(result["median"], target, False),
            ),
            _row(
                "Seconds per area page",
                f"{result['median'] / max(result['area_pages'], 1):.2f} s",
                "",
                "",
            ),
            _row("PDF size", f"{result['pdf_mb']:.1f} MB", "", ""),
            _row("Peak memory of the process", f"{result['peak_rss_mb']:.0f} MB", "", ""),
            "",
            f"Load average when the export started: {result['load_average']:.1f}; layers "
            f"written first in {result['setup_seconds']:.1f} s (not timed).",
        ]
    text += ["", _details([result])]
    bench.sections.append("\n".join(text))


def summary_rows(bench) -> list:
    from bench import _verdict

    result = getattr(bench, "atlas_result", None)
    if not result:
        return [f"| Council atlas: {TARGET_PAGES} area pages < {TARGET_SECONDS:g} s | not run | "
                "NOT RUN |"]  # fmt: skip
    scale = TARGET_PAGES / max(result["area_pages"], 1)
    target = TARGET_SECONDS / scale
    return [
        "| Council atlas: {} area pages < {:g} s | {:.1f} s | {} |".format(
            result["area_pages"], target, result["median"],
            _verdict(result["median"], target, False),
        )
    ]  # fmt: skip


if __name__ == "__main__":  # a quick look without the bench: the job's numbers as JSON
    print(json.dumps(job_atlas(json.loads(sys.argv[1])), indent=1))
