"""`make bench` section 7: the scenario dock, time per edit (add, move, remove a place).

Issue 11 asks an edit to update the dock in under 0.2 s straight-line and under 1 s over a
municipal network of about 20,000 segments, on Noord-Veluwe (2,443 cells, about 2,000
places), without rebuilding the graph or the KD-tree per edit.

Data. Residents, places and areas are real, from the bundled sample
``resources/sample/noordveluwe.gpkg`` (built by ``scripts/build_sample_data.py`` from
``../shared/data/noordveluwe``): the CBS 100 m grid of Ermelo, Harderwijk and Zeewolde
(2,443 cells, CC BY 4.0 CBS), BGT play equipment as playgrounds (2,024 points, CC0; no age
fields, so each serves every age group, the reach algorithm's default) and BGT benches as
meeting places (891 points), CBS wijken 2024 as areas (ranked with the default indicator
definition on the reach shares and the wijken's own key figures). No street network of
these municipalities exists in ``../shared/data``: the network run uses a **synthetic**
street grid (``bench_data.street_grid``: jittered grid, 6 % links missing, canals with
bridges, an island) of about 20,000 segments laid over the most populated window of the
three municipalities, with the real cells and places inside that window. Said so in the
report.

In the child process (real widgets, offscreen): the scenario dock is opened on the layers
and started (the reach of the existing places: one full analysis, timed apart); then edits
at random spots: *add* a playground (all age groups; every third a meeting place) near a
populated cell, *move* an existing place up to 300 m, *remove* an existing place. Each is
made the way the map tool makes it (``ScenarioDock.add_at`` / ``move_from_to`` /
``remove_at``: the scenario layer is written, the core applies the edit, the area shares
and the ranking are updated and the dock shows the figures), with pending paint events
processed. Timed: the whole dock update and, inside it, the core call
(``Scenario.apply``). Also the closure impact of every place once, and peak memory.
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
from _bootstrap import REPO  # noqa: E402

TITLE = "Scenario dock: time per edit"
TARGET_STRAIGHT_S = 0.2
TARGET_NETWORK_S = 1.0
SAMPLE = REPO / "resources" / "sample" / "noordveluwe.gpkg"
ACTIONS = ("add", "move", "remove")


# =============================================================================== child job


_KEEP: list = []


def _start_gui_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from _bootstrap import make_package_importable

    make_package_importable()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], True)
    app.initQgis()
    return app


class _Interface:
    """The parts of QGIS's interface the dock uses: main window, canvas, message bar."""

    def __init__(self) -> None:
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self._window = QMainWindow()
        self._canvas = QgsMapCanvas(self._window)
        self._window.setCentralWidget(self._canvas)
        self._bar = QgsMessageBar(self._window)

    def mainWindow(self):  # noqa: N802 - QGIS's name
        return self._window

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar

    def activeLayer(self):  # noqa: N802
        return None


def _rss_mb() -> float:
    """Resident memory of this process now (MB), from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return float(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def _layer(name: str, subset_fids=None):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {SAMPLE} layer {name}")
    if subset_fids is not None:  # the window: a memory copy (subset strings on one
        # GeoPackage opened several times lost the layer's CRS in QGIS 3.22)
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest().setFilterFids([int(f) for f in subset_fids])
        copy = layer.materialize(request)
        copy.setName(name)
        _KEEP.append(layer)
        return copy
    return layer


def _points(name: str):
    """fids and points (cell centroids) of a sample layer, read with GDAL."""
    import numpy as np
    from osgeo import ogr

    data = ogr.Open(str(SAMPLE))
    layer = data.GetLayerByName(name)
    fids, xy = [], []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        c = geometry.Centroid()
        fids.append(feature.GetFID())
        xy.append((c.GetX(), c.GetY()))
    return np.asarray(fids), np.asarray(xy, dtype=float)


def _network_window(params: dict, work_dir: Path):
    """A synthetic street grid of ``grid_nodes``² nodes over the most populated window, and
    the fids of the cells and places inside it."""
    import numpy as np
    from bench_data import Sizes, _write_lines, street_grid

    k, h = params["grid_nodes"], params["grid_spacing"]
    side = (k - 1) * h
    cell_fids, cell_xy = _points("cbs_vierkant100m")
    play_fids, play_xy = _points("bgt_speelvoorziening")
    bench_fids, bench_xy = _points("bgt_bank")
    best, origin = -1, None
    for x0 in np.arange(cell_xy[:, 0].min(), cell_xy[:, 0].max() - side / 2, 500.0):
        for y0 in np.arange(cell_xy[:, 1].min(), cell_xy[:, 1].max() - side / 2, 500.0):
            inside = (
                (cell_xy[:, 0] >= x0)
                & (cell_xy[:, 0] <= x0 + side)
                & (cell_xy[:, 1] >= y0)
                & (cell_xy[:, 1] <= y0 + side)
            )
            if inside.sum() > best:
                best, origin = int(inside.sum()), (float(x0), float(y0))
    rng = np.random.default_rng(params["seed"])
    segments, box, components = street_grid(
        rng, Sizes(grid_nodes=k, grid_spacing=h, net_origin=origin)
    )
    path = work_dir / "scenario_network.gpkg"
    _write_lines(segments, path)

    def inside(xy):
        return (xy[:, 0] >= box[0]) & (xy[:, 0] <= box[2]) & (xy[:, 1] >= box[1]) & (
            xy[:, 1] <= box[3]
        )  # fmt: skip

    return {
        "path": path,
        "segments": int(len(segments)),
        "components": int(components),
        "box": [float(v) for v in box],
        "cells": cell_fids[inside(cell_xy)],
        "playgrounds": play_fids[inside(play_xy)],
        "benches": bench_fids[inside(bench_xy)],
    }


def _osdorp_layers(params: dict):
    """The real Osdorp-Midden walking network (14,114 segments, © OpenStreetMap contributors
    (ODbL), Gemeente Amsterdam) with **synthetic** residents and places beside its paths
    (seeded: points up to 25 m off random segments; Poisson counts per age group)."""
    import numpy as np
    from _bootstrap import SHARED_DATA
    from osgeo import ogr
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    path = SHARED_DATA / "networks" / "osdorp_midden_walknet.gpkg"
    data = ogr.Open(str(path))
    segments = []
    for feature in data.GetLayerByName("osdpm_map"):
        g = feature.GetGeometryRef()
        if g is not None and g.GetPointCount() >= 2:
            segments.append((g.GetPoint_2D(0), g.GetPoint_2D(g.GetPointCount() - 1)))
    seg = np.asarray(segments, dtype=float)
    rng = np.random.default_rng(params["seed"])

    def beside(n):
        pick = seg[rng.integers(0, len(seg), n)]
        t = rng.random(n)[:, None]
        xy = pick[:, 0] + t * (pick[:, 1] - pick[:, 0])
        return xy + rng.normal(0, 10, (n, 2)).clip(-25, 25)

    def memory(spec, name, xy, rows):
        layer = QgsVectorLayer(spec, name, "memory")
        features = []
        for (x, y), values in zip(xy.tolist(), rows):
            f = QgsFeature(layer.fields())
            f.setAttributes(list(values))
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            features.append(f)
        layer.dataProvider().addFeatures(features)
        return layer

    n, m, k = params.get("residents", 2000), params.get("playgrounds", 120), 30
    counts = rng.poisson([1.2, 1.5, 1.3, 3.0], (n, 4)).astype(float)
    cells = memory(
        "Point?crs=EPSG:28992&field=residents_0_5:double&field=residents_6_11:double"
        "&field=residents_12_17:double&field=residents_65plus:double",
        "bewoners (synthetisch)", beside(n), counts.tolist(),
    )  # fmt: skip
    ages = rng.integers(0, 2, (m, 3))
    ages[ages.sum(axis=1) == 0, 0] = 1
    play = memory(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=age_0_5:integer"
        "&field=age_6_11:integer&field=age_12_17:integer",
        "speelplekken (synthetisch)", beside(m),
        [[None, "playground", *map(int, a)] for a in ages],
    )  # fmt: skip
    benches = memory(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=capacity:integer",
        "ontmoetingsplekken (synthetisch)", beside(k), [[None, "bench", 4]] * k,
    )  # fmt: skip
    net_layer = QgsVectorLayer(f"{path}|layername=osdpm_map", "osdorp", "ogr")
    info = {"segments": int(len(seg)), "components": None, "box": None, "real": True}
    return cells, play, benches, net_layer, info


def job_scenario_edits(params: dict) -> dict:
    """Open the scenario dock on Noord-Veluwe and time edits (module notes)."""
    import numpy as np

    app = _start_gui_qgis()
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer as Layer

    from wijkaanpak.wijkaanpak_plugin.core import scenario as scenario_core
    from wijkaanpak.wijkaanpak_plugin.gui.scenario_dock import ScenarioDock
    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    WijkaanpakSettings.store(norm_profile="midden_drenthe_2011")
    work_dir = Path(params["work_dir"])
    work_dir.mkdir(parents=True, exist_ok=True)
    network = None
    wijken = None
    if params["network"] == "osdorp":
        cells, play, benches, net_layer, network = _osdorp_layers(params)
        layers = [cells, play, benches, net_layer]
    else:
        subsets = {"cells": None, "playgrounds": None, "benches": None}
        if params["network"]:
            network = _network_window(params, work_dir)
            subsets = {k: network[k] for k in subsets}
        cells = _layer("cbs_vierkant100m", subsets["cells"])
        play = _layer("bgt_speelvoorziening", subsets["playgrounds"])
        benches = _layer("bgt_bank", subsets["benches"])
        wijken = _layer("cbs_wijken_2024")
        layers = [cells, play, benches, wijken]
        net_layer = None
        if network is not None:
            net_layer = Layer(str(network["path"]), "network", "ogr")
            layers.append(net_layer)
    QgsProject.instance().addMapLayers(layers)

    # the core call inside each dock update, timed apart
    core_times: list = []
    original_apply = scenario_core.Scenario.apply

    def timed_apply(self, edit):
        started = time.perf_counter()
        try:
            return original_apply(self, edit)
        finally:
            core_times.append(time.perf_counter() - started)

    scenario_core.Scenario.apply = timed_apply

    iface = _Interface()
    _KEEP.append(iface)
    dock = ScenarioDock(iface)
    _KEEP.append(dock)
    ui = dock.ui
    ui.playgroundLayerCombo.setLayer(play)
    ui.meetingLayerCombo.setLayer(benches)
    ui.populationLayerCombo.setLayer(cells)
    ui.networkLayerCombo.setLayer(net_layer)
    ui.areaLayerCombo.setLayer(wijken)
    if wijken is not None:
        ui.areaFieldCombo.setField("wijkcode")
    dock.resize(420, 1400)
    dock.show()
    app.processEvents()
    started = time.perf_counter()
    if not dock.prepare():
        raise RuntimeError("the scenario dock did not start: " + dock.message_text())
    setup = time.perf_counter() - started
    dock.new_scenario()
    rss_before = _rss_mb()
    base = dock.base
    rng = np.random.default_rng(params["seed"])
    populated = np.nonzero(sum(base.residents[g] for g in base.residents) > 0)[0]
    m = base.m
    times = {a: [] for a in ACTIONS}
    core = {a: [] for a in ACTIONS}
    changed = {a: 0 for a in ACTIONS}
    skipped = {a: 0 for a in ACTIONS}
    for i in range(params["edits"]):
        for action in ACTIONS:
            before = len(core_times)
            if action == "add":
                x, y = base.xy[rng.choice(populated)] + rng.uniform(-150, 150, 2)
                ui.kindCombo.setCurrentIndex(1 if i % 3 == 2 else 0)
                started = time.perf_counter()
                result = dock.add_at(float(x), float(y))
            else:
                present = [p for p in range(m) if dock.scenario.place_active(p)]
                p = int(rng.choice(present))
                x, y = base.model.places_xy[p]
                started = time.perf_counter()
                if action == "move":
                    dx, dy = rng.uniform(-300, 300, 2)
                    result = dock.move_from_to(float(x), float(y), float(x + dx), float(y + dy))
                else:
                    result = dock.remove_at(float(x), float(y))
            app.processEvents()
            elapsed = time.perf_counter() - started
            if result is None:
                skipped[action] += 1
                continue
            times[action].append(elapsed)
            core[action].append(sum(core_times[before:]))
            changed[action] += int(result.changed)
    started = time.perf_counter()
    closure = dock.compute_closure()
    closure_seconds = time.perf_counter() - started
    scenario = dock.scenario
    return {
        "seconds": sum(sum(v) for v in times.values()),
        "rss_before_mb": rss_before,
        "setup_seconds": setup,
        "dock_seconds": times,
        "core_seconds": core,
        "changed": changed,
        "skipped": skipped,
        "closure_seconds": closure_seconds,
        "closure_places": int(len(closure)) if closure is not None else 0,
        "cells": int(base.n_points),
        "places": int(base.m),
        "areas": len(base.area_labels),
        "ranked": base.ranking is not None,
        "distance_type": base.model.distance_type,
        "network": None
        if network is None
        else {k: network.get(k) for k in ("segments", "components", "box", "real")},
        "edits_in_layer": int(dock._layer.featureCount()) if dock._layer is not None else 0,
        "scenario_places": int(scenario.n_places),
    }


JOBS = {"scenario_edits": job_scenario_edits}


# ============================================================================== parent side


def _stats(values: list) -> str:
    if not values:
        return "not run"
    return "{:.3f} s (max {:.3f})".format(statistics.median(values), max(values))


def run_section(bench, sizes) -> None:
    from bench import _details, _row, _verdict

    edits = 5 if bench.smoke else 30
    grid_nodes = 40 if bench.smoke else 102
    common = {"edits": edits, "seed": 11, "work_dir": str(bench.run_dir / "scenario")}
    straight = bench.job(
        "scenario_edits",
        {**common, "network": False},
        "scenario dock: edits, straight-line",
        repeats=1,
    )
    network = bench.job(
        "scenario_edits",
        {**common, "network": True, "grid_nodes": grid_nodes, "grid_spacing": 110.0},
        "scenario dock: edits, network",
        repeats=1,
    )
    from _bootstrap import SHARED_DATA

    osdorp = None
    if (SHARED_DATA / "networks" / "osdorp_midden_walknet.gpkg").exists():
        osdorp = bench.job(
            "scenario_edits",
            {**common, "network": "osdorp"},
            "scenario dock: edits, real Osdorp network",
            repeats=1,
        )
    bench.scenario_results = (straight, network)
    text = [
        f"## 7. {TITLE}",
        "",
        "The scenario dock on Noord-Veluwe, real data from `resources/sample/noordveluwe.gpkg`: "
        "the CBS 100 m grid (2,443 cells, CC BY 4.0 CBS), BGT play equipment as playgrounds "
        "(2,024 points, CC0; no age fields: each serves every age group) and BGT benches as "
        "meeting places (891, CC0), CBS wijken 2024 as areas, ranked again after every edit "
        "that changes an area's share. The network run uses a **synthetic** street grid "
        "(no street network of these municipalities is bundled) over the most populated "
        "window, with the real "
        "cells and places inside it. Each edit is made as the map tool makes it "
        "(`ScenarioDock.add_at` / `move_from_to` / `remove_at`: scenario layer written, "
        "core call, figures shown, paint events processed); the core call "
        f"(`Scenario.apply`) is timed inside it. {edits} edits of each kind at random spots, "
        f"offscreen, on {os.cpu_count()} cores. For context, the same on a **real** walking "
        "network with messy topology, Osdorp-Midden (Amsterdam; 14,114 segments, "
        "`../shared/data/networks`, © OpenStreetMap contributors (ODbL), Gemeente Amsterdam), "
        "with **synthetic** residents (2,000 points) and places (120 playgrounds, 30 meeting "
        "places) beside its paths, no areas.",
        "",
        "| Measurement | Value | Target | Result |",
        "|---|---|---|---|",
    ]
    for label, result, target in (
        ("straight-line", straight, TARGET_STRAIGHT_S),
        ("network", network, TARGET_NETWORK_S),
        ("real Osdorp network", osdorp, TARGET_NETWORK_S),
    ):
        if not result:
            text.append(_row(f"Edit, {label}", "not run", f"< {target:g} s", "NOT RUN"))
            continue
        points = "residents' points" if result is osdorp else "cells"
        where = f"{result['cells']:,} {points}, {result['places']:,} places"
        if result["network"]:
            real = result["network"].get("real")
            where += ", {:,} segments ({})".format(
                result["network"]["segments"], "real" if real else "synthetic"
            )
        for action in ACTIONS:
            dock_s = result["dock_seconds"][action]
            worst = max(dock_s) if dock_s else None
            text.append(
                _row(
                    f"{action.capitalize()}, {label} ({where}): dock update, median (max)",
                    _stats(dock_s),
                    f"< {target:g} s",
                    _verdict(worst, target, False),
                )
            )
            text.append(
                _row(f"{action.capitalize()}, {label}: core call only", _stats(
                    result["core_seconds"][action]), "", "")
            )  # fmt: skip
        text += [
            _row(f"Start of the dock, {label} (one full reach analysis)",
                 f"{result['setup_seconds']:.2f} s", "", ""),
            _row(f"Closure impact of all {result['closure_places']:,} places, {label}",
                 f"{result['closure_seconds']:.2f} s", "", ""),
            _row(f"Peak memory of the process, {label}", f"{result['peak_rss_mb']:.0f} MB", "", ""),
        ]  # fmt: skip
    text.append("")
    for label, result in (
        ("Straight-line", straight),
        ("Network", network),
        ("Osdorp", osdorp),
    ):
        if result:
            text.append(
                f"{label}: edits that changed somebody's reach: "
                + ", ".join(f"{a} {result['changed'][a]}" for a in ACTIONS)
                + "; refused (no place at the click): "
                + ", ".join(f"{a} {result['skipped'][a]}" for a in ACTIONS)
                + f"; areas ranked: {'yes' if result['ranked'] else 'no'} "
                f"({result['areas']} wijken)."
            )
    if network and network["network"]:
        n = network["network"]
        text.append(
            f"Synthetic network: {n['segments']:,} segments, {n['components']} connected "
            f"parts, window {(n['box'][2] - n['box'][0]) / 1000:.1f} km square."
        )
    text += ["", _details([straight, network, osdorp])]
    bench.sections.append("\n".join(text))


def summary_rows(bench) -> list:
    from bench import _verdict

    straight, network = getattr(bench, "scenario_results", (None, None))
    rows = []
    for label, result, target in (
        ("straight-line", straight, TARGET_STRAIGHT_S),
        ("network", network, TARGET_NETWORK_S),
    ):
        values = []
        if result:
            for action in ACTIONS:
                values += result["dock_seconds"][action]
        median = statistics.median(values) if values else None
        worst = max(values) if values else None
        value = "not run" if median is None else f"{median:.3f} s; max {worst:.3f} s"
        rows.append(
            f"| Scenario dock: an edit < {target:g} s {label} (median; max) | {value} | "
            f"{_verdict(worst, target, False)} |"
        )
    return rows


if __name__ == "__main__":  # a quick look without the bench: the job's numbers as JSON
    print(json.dumps(job_scenario_edits(json.loads(sys.argv[1])), indent=1, default=str)[:4000])
