"""`make bench` section 6: the wijkprofiel dock switching areas on a national layer.

Issue 10 asks the dock to stay responsive on the national layer: switching areas < 100 ms.
Measured here on the real CBS wijken 2024 of the whole country (``../shared/data/
cbs_wijken_2024/wijken_2024_nl.geojson``, 3,475 wijken, CC BY 4.0 CBS/Kadaster) when it is
there; without it on seeded synthetic wijken (square polygons with the fields of
``bench.synthetic_wijken``; said so in the report). The smoke run takes Assen's 10 real
wijken (``wijken_2024_assen.geojson``), else 60 synthetic ones.

In the child process (real widgets, offscreen): the plugin's own algorithms first write the
layers a planner has in the project (not timed): *Ambition scores* and *Rank areas* on the
wijken, with the default indicator definition and missing ambitions allowed, so the profile
has residents, CBS age groups, five ambition scores with the municipality's mean, a rank with
its interval and need drivers. Then the dock is opened on the ranking output (active layer)
and timed: following the layer (the first read of the area layer with its geometry, and of
the other layers at wijk level), and ``switches`` switches to random wijken
(``WijkprofielDock.show_area``: profile, text, chart, with pending paint events processed
after each, as the planner would see it), then clicks on the map (``pick_at``: point in
area, then the same). Reported: median, 95th percentile and maximum milliseconds per switch
and per click, and the peak memory of the process.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
from _bootstrap import REPO, SHARED_DATA  # noqa: E402

TITLE = "Docks: switching areas"
TARGET_MS = 100.0
NATIONAL = SHARED_DATA / "cbs_wijken_2024" / "wijken_2024_nl.geojson"
ASSEN = SHARED_DATA / "cbs_wijken_2024" / "wijken_2024_assen.geojson"
DEFINITION = REPO / "resources" / "config" / "indicators_default.json"


# =============================================================================== child job


_KEEP: list = []


def _start_gui_qgis():
    """QgsApplication *with* widgets (offscreen), Processing and the plugin's provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from _bootstrap import make_package_importable

    make_package_importable()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import wijkaanpak

    plugin = wijkaanpak.classFactory(None)
    plugin.initProcessing()
    return app, plugin


class _Interface:
    """The few parts of QGIS's interface the dock uses: main window, canvas, active layer,
    message bar."""

    def __init__(self) -> None:
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self._window = QMainWindow()
        self._canvas = QgsMapCanvas(self._window)
        self._window.setCentralWidget(self._canvas)
        self._bar = QgsMessageBar(self._window)
        self._active = None

    def mainWindow(self):  # noqa: N802 - QGIS's name
        return self._window

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar

    def activeLayer(self):  # noqa: N802
        return self._active


def _synthetic_layer(n: int, seed: int, path: str) -> str:
    """n square wijken (1 km, EPSG:28992) in a grid, with the synthetic fields of the
    ranking bench and 12 municipalities; written as a GeoPackage."""
    import numpy as np
    from bench import synthetic_wijken
    from osgeo import ogr, osr

    frame = synthetic_wijken(n, seed)
    rng = np.random.default_rng(seed)
    frame["wijknaam"] = [f"Wijk {i}" for i in range(n)]
    frame["gemeentecode"] = [f"GM{9000 + int(g):04d}" for g in rng.integers(0, 12, n)]
    driver = ogr.GetDriverByName("GPKG")
    if Path(path).exists():
        driver.DeleteDataSource(path)
    data = driver.CreateDataSource(path)
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    layer = data.CreateLayer("wijken_synthetisch", rd, ogr.wkbPolygon)
    for column in frame.columns:
        kind = ogr.OFTString if frame[column].dtype == object else ogr.OFTReal
        layer.CreateField(ogr.FieldDefn(column, kind))
    side = int(np.ceil(np.sqrt(n)))
    layer.StartTransaction()
    for i, row in enumerate(frame.itertuples(index=False)):
        feature = ogr.Feature(layer.GetLayerDefn())
        for column, value in zip(frame.columns, row):
            if isinstance(value, float) and np.isnan(value):
                feature.SetFieldNull(column)
            else:
                feature.SetField(column, value if isinstance(value, str) else float(value))
        x, y = 100000 + 1000 * (i % side), 400000 + 1000 * (i // side)
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON (({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, {x} {y + 1000}, "
                f"{x} {y}))"
            )
        )
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    data = None
    return f"{path}|layername=wijken_synthetisch"


def job_dock_switch(params: dict) -> dict:
    """Open the wijkprofiel dock on ranked wijken and switch areas ``switches`` times."""
    from bench import _rss_mb

    _KEEP.append(_start_gui_qgis())  # QGIS and the plugin live until the process ends
    import numpy as np
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtWidgets import QApplication

    from wijkaanpak.wijkaanpak_plugin.gui.wijkprofiel_dock import WijkprofielDock
    from wijkaanpak.wijkaanpak_plugin.layer_io import WORKING_CRS

    work = Path(params["work_dir"])
    work.mkdir(parents=True, exist_ok=True)
    source = params["source"]
    if source == "synthetic":
        source = _synthetic_layer(params["areas"], 11, str(work / "wijken_synthetisch.gpkg"))
    setup = time.perf_counter()
    common = {
        "AREAS": source,
        "CODE_FIELD": "wijkcode",
        "DEFINITION": str(DEFINITION),
        "ALLOW_MISSING_AMBITIONS": True,
    }
    scores = str(work / "dock_ambities.gpkg")
    ranking = str(work / "dock_rangorde.gpkg")
    for path in (scores, ranking):
        if Path(path).exists():
            Path(path).unlink()
    # the national layer's simplified geometry has some invalid polygons (self-touching
    # rings); the algorithms read centroids and codes, as with QGIS's "ignore" setting
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    processing.run("wijkaanpak:ambitionscores", {**common, "OUTPUT": scores}, context=context)
    processing.run(
        "wijkaanpak:rankareas",
        {
            **common,
            "POPULATION_FIELD": "aantal_inwoners",
            "MIN_POPULATION": 100,
            "DRAWS": 200,
            "SEED": 20240501,
            "OUTPUT": ranking,
        },
        context=context,
    )
    setup_seconds = time.perf_counter() - setup

    iface = _Interface()
    project = QgsProject.instance()
    area_layer = QgsVectorLayer(ranking, "rangorde", "ogr")
    others = [
        QgsVectorLayer(scores, "ambitiescores", "ogr"),
        QgsVectorLayer(source, "wijken (CBS)", "ogr"),
    ]
    for layer in [area_layer, *others]:
        assert layer.isValid(), layer.source()
    project.addMapLayers([area_layer, *others])
    iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    iface.mainWindow().resize(1200, 900)
    iface.mainWindow().show()
    dock = WijkprofielDock(iface)
    dock.setFloating(True)
    dock.resize(460, 980)
    dock.show()
    QApplication.processEvents()

    iface._active = area_layer  # chosen in the Layers panel after the dock was opened
    before = _rss_mb()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    t = time.perf_counter()
    dock.follow_layer(area_layer)
    QApplication.processEvents()
    follow_seconds = time.perf_counter() - t
    codes = list(dock._combo_codes)
    rng = np.random.default_rng(params["seed"])
    picks = [codes[i] for i in rng.integers(0, len(codes), params["switches"])]
    t = time.perf_counter()
    dock.show_area(picks[0])  # the first profile reads the other layers of the project
    QApplication.processEvents()
    first_seconds = time.perf_counter() - t
    switch_ms = []
    shown = 0
    for code in picks[1:]:
        t = time.perf_counter()
        profile = dock.show_area(code)
        QApplication.processEvents()
        switch_ms.append((time.perf_counter() - t) * 1000.0)
        shown += profile is not None
    # clicks on the map: a point inside the area (from the layer, not timed), then pick_at
    click_ms = []
    transform = None
    for code in picks[1 : 1 + params["clicks"]]:
        request = QgsFeatureRequest().setFilterExpression(f"\"wijkcode\" = '{code}'")
        feature = next(area_layer.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            continue
        point = feature.geometry().pointOnSurface().asPoint()
        if transform is None:
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(
                area_layer.crs(), iface.mapCanvas().mapSettings().destinationCrs(), project
            )
        point = transform.transform(point)
        t = time.perf_counter()
        picked = dock.pick_at(point)
        QApplication.processEvents()
        click_ms.append((time.perf_counter() - t) * 1000.0)
        assert picked == code, (picked, code)
    seconds = time.perf_counter() - started
    profile = dock.profile()
    sources = {
        group: [s.layer, s.vintage] for group, s in (profile.sources.items() if profile else [])
    }
    return {
        "seconds": seconds,
        "rss_before_mb": before,
        "setup_seconds": setup_seconds,
        "follow_seconds": follow_seconds,
        "first_profile_seconds": first_seconds,
        "areas": len(codes),
        "switches": len(switch_ms),
        "profiles_shown": shown,
        "switch_ms": switch_ms,
        "click_ms": click_ms,
        "layers_in_project": len(project.mapLayers()),
        "load_average": load,
        "crs": WORKING_CRS.authid(),
        "last_sources": sources,
    }


JOBS = {"dock_switch": job_dock_switch}


# ============================================================================== parent side


def _percentile(values: list, q: float):
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q * (len(ordered) - 1)))))
    return ordered[k]


def _ms(value) -> str:
    return "not run" if value is None else f"{value:.1f} ms"


def run_section(bench, sizes) -> None:
    from bench import _details, _row, _verdict

    if bench.smoke:
        real = ASSEN if ASSEN.exists() else None
        switches, clicks, synthetic_n = 20, 5, 60
    else:
        real = NATIONAL if NATIONAL.exists() else None
        switches, clicks, synthetic_n = 200, 50, 3500
    params = {
        "source": str(real) if real else "synthetic",
        "areas": synthetic_n,
        "switches": switches + 1,  # the first profile is timed apart
        "clicks": clicks,
        "seed": 10,
        "work_dir": str(bench.run_dir / "docks"),
    }
    result = bench.job("dock_switch", params, "wijkprofiel dock: switching areas", repeats=1)
    bench.dock_result = result
    if real is not None:
        data = (
            f"the real CBS wijken 2024 (`../shared/data/{real.relative_to(SHARED_DATA)}`, "
            "CC BY 4.0 CBS/Kadaster; EPSG:4326, transformed to EPSG:28992 when read)"
        )
    else:
        data = (
            f"{synthetic_n:,} seeded synthetic square wijken (the real national layer "
            f"`../shared/data/{NATIONAL.relative_to(SHARED_DATA)}` was not found; nothing in "
            "them is real)"
        )
    text = [
        f"## 6. {TITLE}",
        "",
        f"The wijkprofiel dock on {data}: *Ambition scores* and *Rank areas* (200 draws, "
        "default definition, missing ambitions allowed) write the layers first (not timed); "
        "the dock is opened on the ranking output with the scores and the CBS layer beside it "
        "(three layers at wijk level). Timed in the child process: following the layer "
        "(first read with geometry), the first profile (reads the other layers), then "
        "switches to random wijken (`show_area`: profile, text and chart, paint events "
        "processed) and clicks on the map (`pick_at`), offscreen, on "
        f"{os.cpu_count()} cores.",
        "",
        "| Measurement | Value | Target | Result |",
        "|---|---|---|---|",
    ]
    if result:
        ms = result["switch_ms"]
        median = statistics.median(ms) if ms else None
        clicks_ms = result["click_ms"]
        text += [
            _row(
                f"Switching areas, median of {len(ms):,} switches over {result['areas']:,} wijken",
                _ms(median),
                f"< {TARGET_MS:g} ms",
                _verdict(median, TARGET_MS, False),
            ),
            _row(
                "Switching areas, slowest switch",
                _ms(max(ms) if ms else None),
                f"< {TARGET_MS:g} ms",
                _verdict(max(ms) if ms else None, TARGET_MS, False),
            ),
            _row("Switching areas, 95th percentile", _ms(_percentile(ms, 0.95)), "", ""),
            _row(
                f"Click on the map, median of {len(clicks_ms):,} (max)",
                "{} ({})".format(
                    _ms(statistics.median(clicks_ms) if clicks_ms else None),
                    _ms(max(clicks_ms) if clicks_ms else None),
                ),
                f"< {TARGET_MS:g} ms",
                _verdict(max(clicks_ms) if clicks_ms else None, TARGET_MS, False),
            ),
            _row(
                "Following the layer (first read with geometry)",
                f"{result['follow_seconds']:.2f} s",
                "",
                "",
            ),  # fmt: skip
            _row(
                "First profile (reads the other layers)",
                f"{result['first_profile_seconds']:.2f} s",
                "",
                "",
            ),  # fmt: skip
            _row(
                "Peak memory of the process (QGIS, widgets, layers, dock)",
                f"{result['peak_rss_mb']:.0f} MB",
                "",
                "",
            ),
        ]
        text += [
            "",
            f"Load average of the machine when the timing started: {result['load_average']:.1f} "
            f"(on {os.cpu_count()} cores; other work on the machine slows the switches). "
            f"Profiles shown: {result['profiles_shown']:,} of {result['switches']:,}; layers "
            f"written first in {result['setup_seconds']:.1f} s (not timed). Sources of the "
            "last profile (layer, year): "
            + "; ".join(
                f"{group}: {layer} ({year or '–'})"
                for group, (layer, year) in sorted(result["last_sources"].items())
            )
            + ".",
        ]
    text += ["", _details([result])]
    bench.sections.append("\n".join(text))


def summary_rows(bench) -> list:
    from bench import _verdict

    result = getattr(bench, "dock_result", None)
    ms = result["switch_ms"] if result else []
    median = statistics.median(ms) if ms else None
    worst = max(ms) if ms else None
    return [
        f"| Wijkprofiel dock: switching areas < {TARGET_MS:g} ms (median; max) | "
        f"{_ms(median)}; {_ms(worst)} | {_verdict(worst, TARGET_MS, False)} |"
    ]


if __name__ == "__main__":  # a quick look without the bench: the job's numbers as JSON
    print(json.dumps(job_dock_switch(json.loads(sys.argv[1])), indent=1)[:4000])
