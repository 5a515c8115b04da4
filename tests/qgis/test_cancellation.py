"""Cancelling any algorithm mid-way leaves no partial layer or file and the project unchanged.

Every algorithm of the provider runs on the tiny world of ``robustness_world`` (one recipe
per algorithm; a new algorithm without a recipe fails ``test_bad_input``). A first run counts
how often the algorithm reports progress and log lines; then the same run is cancelled from
the feedback object at the first, a middle and the last progress report and log line. Each
cancelled run must raise QgsProcessingException saying it was cancelled (never another
exception, nor an error about the data cut short by the cancel), leave the output folder
empty (no GeoPackage, no -wal/-shm, no model or report file) and leave the project as it was
(``runAndLoadResults``: no layer added). A run that writes a new layer into the planner's
existing GeoPackage and is cancelled while writing it must remove that layer only: the file
and its other layers stay whole (before the fix in ``base.RunOutputs`` the whole file went)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from wijkaanpak.tests.qgis import robustness_world as world


class CancellingFeedback(QgsProcessingFeedback):
    """Cancels itself at the ``at_progress``-th progress report or ``at_info``-th log line
    (0: never); counts both either way."""

    def __init__(self, at_progress: int = 0, at_info: int = 0, when=None) -> None:
        super().__init__()
        self.at_progress, self.at_info, self.when = at_progress, at_info, when
        self.progress_calls = 0
        self.info_calls = 0
        self.progressChanged.connect(self._progress)  # also from C++ (multi-step feedback)

    def _progress(self, _value) -> None:
        self.progress_calls += 1
        if self.at_progress and self.progress_calls >= self.at_progress:
            self.cancel()
        if self.when is not None and self.when():
            self.cancel()

    def pushInfo(self, info) -> None:  # noqa: N802
        super().pushInfo(info)
        self.info_calls += 1
        if self.at_info and self.info_calls >= self.at_info:
            self.cancel()
        if self.when is not None and self.when():
            self.cancel()


def _prepare(recipe, folder: Path, run_plain) -> tuple[dict, Path]:
    world.ensure_model(run_plain, folder)
    params, _paths = world.write_inputs(recipe, folder)
    out = folder / "out"
    out.mkdir(parents=True, exist_ok=True)
    for name in recipe.outputs:
        params[name] = recipe.output_file(name, out)
    return params, out


@pytest.fixture(scope="module")
def run_plain(wijkaanpak_plugin):
    import processing

    def run(alg_id, params, feedback=None, load=False):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = feedback or QgsProcessingFeedback()
        if load:
            return processing.runAndLoadResults(alg_id, params, feedback=feedback, context=context)
        return processing.run(alg_id, params, context=context, feedback=feedback)

    return run


def _project_state():
    project = QgsProject.instance()
    return sorted(project.mapLayers()), project.isDirty()


ALGORITHMS = sorted(world.recipes())


@pytest.mark.parametrize("alg_id", ALGORITHMS)
def test_cancelling_leaves_nothing_behind(alg_id, run_plain, tmp_path):
    recipe = world.recipes()[alg_id]
    # a full run, counting the progress reports and log lines to cancel at
    params, out = _prepare(recipe, tmp_path / "full", run_plain)
    counter = CancellingFeedback()
    run_plain(alg_id, params, counter)
    assert counter.progress_calls + counter.info_calls >= 2, f"{alg_id} reports nothing"
    cases = []
    for kind, total in (("progress", counter.progress_calls), ("info", counter.info_calls)):
        # on this tiny data some algorithms only log (progress every 5,000 rows); the last
        # log line is Processing's own "Results: …", written after the algorithm returned
        last = total - 1 if kind == "info" else total
        if last >= 1:
            cases += [(kind, p) for p in sorted({1, max(1, last // 2), last})]
    for kind, at in cases:
        where = f"{alg_id}: cancelled at {kind} report {at}"
        params, out = _prepare(recipe, tmp_path / f"{kind}{at}", run_plain)
        feedback = CancellingFeedback(
            at_progress=at if kind == "progress" else 0, at_info=at if kind == "info" else 0
        )
        before = _project_state()
        with pytest.raises(QgsProcessingException) as error:
            run_plain(alg_id, params, feedback, load=True)
        assert "ancel" in str(error.value), f"{where}: {error.value}"
        left = sorted(p.name for p in out.rglob("*"))
        assert left == [], f"{where}: left {left}"
        assert _project_state() == before, f"{where}: the project changed"


def test_cancelled_run_into_an_existing_geopackage_keeps_its_other_layers(run_plain, tmp_path):
    """A result written as a new layer of the planner's own GeoPackage: cancelling removes
    that layer only, never the file with everything else in it."""
    alg_id = "wijkaanpak:playgroundreach"
    recipe = world.recipes()[alg_id]
    params, _out = _prepare(recipe, tmp_path / "run", run_plain)
    target = tmp_path / "wijkscan.gpkg"
    keep = world.areas_spec()
    keep.name = "mijn_wijken"
    world.write_layer(keep, tmp_path, target.name)
    for name in recipe.outputs:
        params[name] = None
    params["OUTPUT_AREAS"] = f"ogr:dbname='{target}' table=\"reach_areas\" (geom)"

    def layer_written() -> bool:  # cancel once the new layer exists in the GeoPackage
        with sqlite3.connect(str(target)) as con:
            names = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
        return "reach_areas" in names

    feedback = CancellingFeedback(when=layer_written)
    with pytest.raises(QgsProcessingException):
        run_plain(alg_id, params, feedback)
    assert feedback.isCanceled(), "the run ended before it wrote the layer: nothing tested"
    assert target.exists(), "the cancelled run deleted the planner's GeoPackage"
    with sqlite3.connect(str(target)) as con:
        count = con.execute("SELECT count(*) FROM mijn_wijken").fetchone()[0]
    assert count == world.N_AREAS, "the planner's own layer lost features"
    from osgeo import ogr

    dataset = ogr.Open(str(target))
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    assert "reach_areas" not in names, f"half-written layer left: {names}"
