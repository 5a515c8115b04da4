"""A wrong combination of inputs fails before a single feature is read.

Every layer reader of the plugin (layer_io and the reach readers, in every module that
imported them) is replaced by a recorder; a fast failure is one where the recorder stayed
empty and the message names the parameter, the layer and the field. No timing: whether
anything was read is what makes the difference between a second and minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
ASSEN = SAMPLE / "assen.gpkg"

#: Every function that walks features (layer_io) or reads a reach input through it.
READERS = (
    "read_features",
    "read_table",
    "read_population",
    "read_places",
    "read_areas",
    "read_addresses",
    "read_network",
    "read_figures_csv",
    "read_layer",
    "read_scored_areas",
)


@pytest.fixture()
def reads(wijkaanpak_plugin, monkeypatch):
    """The names of the readers called during the test (they still do their work)."""
    calls: list[str] = []

    def recorder(name, original):
        def wrapped(*args, **kwargs):
            calls.append(name)
            return original(*args, **kwargs)

        return wrapped

    patched = 0
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("wijkaanpak.") or module is None:
            continue
        for name in READERS:
            original = getattr(module, name, None)
            if callable(original):
                monkeypatch.setattr(module, name, recorder(name, original))
                patched += 1
    assert patched >= 10  # the algorithms' modules are loaded and import their readers
    return calls


def _layer(uri: str, name: str, rows=()) -> QgsVectorLayer:
    """A memory layer with ``rows`` of (x, y, attributes...)."""
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for x, y, *attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _population(crs: str = "crs=EPSG:28992&", name: str = "bewoners") -> QgsVectorLayer:
    return _layer(
        f"Point?{crs}field=k05:integer&field=geboren:date",
        name,
        [(200000.0, 500000.0, 10, QDate(2020, 1, 1)), (200100.0, 500000.0, 5, None)],
    )


def _playgrounds() -> QgsVectorLayer:
    return _layer(
        "Point?crs=EPSG:28992&field=place_type:string", "speelplekken", [(200050, 500000, "x")]
    )


def _fails_fast(run_alg, reads, alg_id: str, params: dict, *expected: str) -> str:
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(alg_id, params)
    message = str(raised.value)
    for text in expected:
        assert text in message, (text, message)
    assert reads == [], f"{alg_id} read {reads} before failing: {message}"
    return message


def _figures_params(tmp_path, **changes) -> dict:
    params = {
        "AREAS": f"{ASSEN}|layername=cbs_wijken_2024",
        "AREA_CODE_FIELD": "wijkcode",
        "FIGURES": f"{ASSEN}|layername=rivm_gezondheid_2020",
        "FIGURES_CODE_FIELD": "Codering_3",
        "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
        "COLUMNS": ["Eenzaam_28"],
        "OUTPUT": str(tmp_path / "out.gpkg"),
    }
    params.update(changes)
    return params


def test_the_recorder_sees_a_late_failure(run_alg, reads, tmp_path):
    """Control: a filter that leaves no rows can only be found by reading; reads recorded."""
    with pytest.raises(QgsProcessingException):
        run_alg(
            "wijkaanpak:importfigures",
            _figures_params(tmp_path, FIGURES_FILTER="\"leeftijdsgroep\" = 'no such group'"),
        )
    assert "read_features" in reads and "read_table" in reads


def test_a_missing_code_field_fails_before_reading(run_alg, reads, tmp_path):
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:importfigures",
        _figures_params(tmp_path, AREA_CODE_FIELD="buurtcode"),
        "'cbs_wijken_2024'",
        "'buurtcode'",
        "AREA_CODE_FIELD",
        "wijkcode",  # the fields it does have
    )
    assert not (tmp_path / "out.gpkg").exists()


def test_a_missing_figure_column_fails_before_reading(run_alg, reads, tmp_path):
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:importfigures",
        _figures_params(tmp_path, COLUMNS=["Eenzaam_28", "Eenzaamheid"]),
        "'rivm_gezondheid_2020'",
        "'Eenzaamheid'",
        "COLUMNS",
    )


def test_a_filter_on_a_field_the_table_lacks_fails_before_reading(run_alg, reads, tmp_path):
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:importfigures",
        _figures_params(tmp_path, FIGURES_FILTER="\"leeftijd_groep\" = '18+'"),
        "'leeftijd_groep'",
        "FIGURES_FILTER",
        "'rivm_gezondheid_2020'",
    )


def test_a_broken_filter_fails_before_reading(run_alg, reads, tmp_path):
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:importfigures",
        _figures_params(tmp_path, FIGURES_FILTER='"leeftijdsgroep" = '),
        "FIGURES_FILTER",
        "not valid",
    )


def test_a_detour_factor_with_a_network_fails_before_reading(run_alg, reads, tmp_path):
    network = QgsVectorLayer("LineString?crs=EPSG:28992", "straten", "memory")
    params = {
        "POPULATION": _population(),
        "FIELD_0_5": "k05",
        "PLAYGROUNDS": _playgrounds(),
        "NETWORK": network,
        "DETOUR_FACTOR": 1.3,
        "OUTPUT_POPULATION": str(tmp_path / "pop.gpkg"),
    }
    _fails_fast(run_alg, reads, "wijkaanpak:playgroundreach", params, "DETOUR_FACTOR")
    params = {"PLACES": _playgrounds(), "NETWORK": network, "DETOUR_FACTOR": 1.3}
    params["OUTPUT"] = str(tmp_path / "catchment.gpkg")
    _fails_fast(run_alg, reads, "wijkaanpak:catchmentareas", params, "DETOUR_FACTOR")


def test_a_layer_without_crs_fails_before_reading(run_alg, reads, tmp_path):
    params = {
        "POPULATION": _population(crs="", name="bewoners_zonder_crs"),
        "FIELD_0_5": "k05",
        "PLAYGROUNDS": _playgrounds(),
        "OUTPUT_POPULATION": str(tmp_path / "pop.gpkg"),
    }
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:playgroundreach",
        params,
        "'bewoners_zonder_crs'",
        "coordinate reference system",
    )


def test_rd_coordinates_in_a_degrees_layer_fail_before_reading(run_alg, reads, tmp_path):
    params = {
        "POPULATION": _population(crs="crs=EPSG:4326&", name="bewoners_wgs84"),
        "FIELD_0_5": "k05",
        "PLAYGROUNDS": _playgrounds(),
        "OUTPUT_POPULATION": str(tmp_path / "pop.gpkg"),
    }
    _fails_fast(
        run_alg, reads, "wijkaanpak:playgroundreach", params, "'bewoners_wgs84'", "not degrees"
    )


def test_lines_as_playgrounds_fail_before_reading(run_alg, reads, tmp_path):
    lines = QgsVectorLayer("LineString?crs=EPSG:28992", "wegen", "memory")
    params = {
        "POPULATION": _population(),
        "FIELD_0_5": "k05",
        "PLAYGROUNDS": lines,
        "OUTPUT_POPULATION": str(tmp_path / "pop.gpkg"),
    }
    _fails_fast(
        run_alg, reads, "wijkaanpak:playgroundreach", params, "'wegen'", "PLAYGROUNDS", "lines"
    )


def test_a_date_as_resident_count_fails_before_reading(run_alg, reads, tmp_path):
    params = {
        "POPULATION": _population(),
        "FIELD_0_5": "geboren",
        "PLAYGROUNDS": _playgrounds(),
        "OUTPUT_POPULATION": str(tmp_path / "pop.gpkg"),
    }
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:playgroundreach",
        params,
        "'bewoners'",
        "'geboren'",
        "FIELD_0_5",
        "not numbers",
    )


def test_an_area_output_without_areas_fails_before_reading(run_alg, reads, tmp_path):
    params = {
        "POPULATION": _population(),
        "FIELD_0_5": "k05",
        "PLAYGROUNDS": _playgrounds(),
        "OUTPUT_POPULATION": None,
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
    }
    _fails_fast(
        run_alg, reads, "wijkaanpak:playgroundreach", params, "AREAS", "POPULATION_AREA_FIELD"
    )


def test_a_rank_code_field_the_layer_lacks_fails_before_reading(run_alg, reads, tmp_path):
    params = {
        "AREAS": f"{ASSEN}|layername=cbs_wijken_2024",
        "CODE_FIELD": "buurtcode",
        "OUTPUT": str(tmp_path / "rank.gpkg"),
    }
    _fails_fast(run_alg, reads, "wijkaanpak:rankareas", params, "'cbs_wijken_2024'", "CODE_FIELD")


def test_a_missing_definition_file_fails_before_reading(run_alg, reads, tmp_path):
    params = {
        "AREAS": f"{ASSEN}|layername=cbs_wijken_2024",
        "CODE_FIELD": "wijkcode",
        "DEFINITION": str(tmp_path / "geen_indicatoren.json"),
        "OUTPUT": str(tmp_path / "scores.gpkg"),
    }
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:ambitionscores",
        params,
        "geen_indicatoren.json",
        "DEFINITION",
    )


def test_rivm_as_layer_and_file_fails_before_reading(run_alg, reads, tmp_path):
    csv = tmp_path / "rivm.csv"
    csv.write_text("Codering_3;Eenzaam_28\nWK010600;40\n", encoding="utf-8")
    params = {
        "AREAS": f"{ASSEN}|layername=cbs_wijken_2024",
        "AREA_CODE_FIELD": "wijkcode",
        "RIVM_TABLE": f"{ASSEN}|layername=rivm_gezondheid_2020",
        "RIVM_FILE": str(csv),
        "OUTPUT": str(tmp_path / "measured.gpkg"),
    }
    _fails_fast(run_alg, reads, "wijkaanpak:measuredloneliness", params, "not both")


def test_risk_figures_from_a_grid_need_its_code_field(run_alg, reads, tmp_path):
    grid = _layer(
        "Polygon?crs=EPSG:28992&field=aantal_inwoners:integer", "vierkanten"
    )  # no buurt code field
    params = {
        "AREAS": f"{ASSEN}|layername=cbs_wijken_2024",
        "GRID": grid,
        "AREA_CODE_FIELD": "wijkcode",
        "OUTPUT": str(tmp_path / "risk.gpkg"),
    }
    _fails_fast(
        run_alg,
        reads,
        "wijkaanpak:lonelinessriskindex",
        params,
        "'vierkanten'",
        "'buurtcode'",
        "GRID_CODE_FIELD",
    )


def _algorithm(alg_id: str):
    return QgsApplication.processingRegistry().createAlgorithmById(alg_id)


def test_the_dialog_is_told_before_the_run_starts(wijkaanpak_plugin, reads, tmp_path):
    """checkParameterValues (what the dialog calls on Run) answers, and reads nothing."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    alg = _algorithm("wijkaanpak:importfigures")
    ok, message = alg.checkParameterValues(
        _figures_params(tmp_path, AREA_CODE_FIELD="buurtcode"), context
    )
    assert not ok and "'buurtcode'" in message and "AREA_CODE_FIELD" in message
    ok, message = alg.checkParameterValues(_figures_params(tmp_path), context)
    assert ok, message
    assert reads == []


def test_every_algorithm_gets_the_early_checks(wijkaanpak_plugin):
    """Algorithms added later inherit them: every one is a WijkaanpakAlgorithm whose
    checkParameterValues is the shared one."""
    from wijkaanpak.processing_algorithms.base import WijkaanpakAlgorithm

    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    algorithms = [alg.create() for alg in provider.algorithms()]
    assert len(algorithms) >= 11
    for alg in algorithms:
        assert isinstance(alg, WijkaanpakAlgorithm), alg.id()
        assert type(alg).checkParameterValues is WijkaanpakAlgorithm.checkParameterValues
        for name in alg.FIELDS_WITH_FALLBACK:
            assert alg.parameterDefinition(name) is not None, (alg.id(), name)


@pytest.mark.qgis_process
def test_qgis_process_checks_before_reading(qgis_profile, qgis_process_command, tmp_path):
    """The command line calls the same checks: a missing field is named, nothing is written."""
    import os
    import subprocess

    out = tmp_path / "rank.gpkg"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(qgis_profile), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            *qgis_process_command,
            "run",
            "wijkaanpak:rankareas",
            "--",
            f"AREAS={ASSEN}|layername=cbs_wijken_2024",
            "CODE_FIELD=buurtcode",
            f"OUTPUT={out}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    message = done.stdout + done.stderr
    assert "'cbs_wijken_2024'" in message and "'buurtcode'" in message
    assert "CODE_FIELD" in message
    assert not out.exists()
