"""A shared inventory in PostGIS: the import writes it (primary key, spatial index, the
assessment fields, version), and every analysis algorithm gives the same results on PostGIS
layers as on the GeoPackage they were copied from, also for a read-only database user.

A real PostgreSQL with PostGIS runs for the session (``postgis_server`` in tests/conftest.py,
tests/qgis/postgis_server.py). What QGIS wrote is checked with psql, in PostgreSQL's own
catalog, not through QGIS.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)
from qgis.PyQt.QtCore import QDate, QVariant

from wijkaanpak.tests.qgis import test_agenda_algorithms as agenda
from wijkaanpak.tests.qgis import test_loneliness_algorithms as loneliness
from wijkaanpak.tests.qgis import test_reach_algorithms as reach
from wijkaanpak.tests.qgis.postgis_server import OWNER, READER, SCHEMA
from wijkaanpak.tests.qgis.test_best_locations import _params as best_params
from wijkaanpak.tests.qgis.test_best_locations import tiny  # noqa: F401 - its fixture
from wijkaanpak.tests.qgis.test_import_algorithms import _bor_layer

REPO = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------- helpers


def import_to_postgis(run_alg, server, source: str, table: str, **extra) -> dict:
    return run_alg(
        "wijkaanpak:importinventory",
        {
            "INPUT": source,
            "KIND": 0,
            "GROUP_FIELD": "speelplek",
            "OUTPUT": "postgres:" + server.uri(OWNER, table),
            **extra,
        },
    )


def copy_to_postgis(server, source: str, table: str) -> str:
    """Copy a GeoPackage layer into a PostGIS table owned by the data owner (key 'fid' as in
    the GeoPackage); returns the table's URI for the read-only user."""
    layer = QgsVectorLayer(source, table, "ogr")
    assert layer.isValid(), source
    spatial = layer.isSpatial()
    uri = server.uri(OWNER, table, geometry="geom" if spatial else None)
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, uri, "postgres", layer.crs(), False, {"overwrite": True}
    )
    assert error == QgsVectorLayerExporter.NoError, message
    copied = server.uri(READER, table, geometry="geom" if spatial else None)
    check = QgsVectorLayer(copied, table, "postgres")
    assert check.isValid() and check.featureCount() == layer.featureCount(), table
    return copied


def _plain(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toPyDate().isoformat() if value.isValid() else None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def table_rows(path: str) -> list[tuple]:
    """Every feature of an output (field name → value, and the geometry as WKT rounded to
    the millimetre), sorted, so two runs can be compared whatever the feature order."""
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        values = []
        for name, value in zip(names, feature.attributes()):
            value = _plain(value)
            if isinstance(value, float):
                value = round(value, 9)
            values.append((name, value))
        geometry = feature.geometry()
        wkt = "" if geometry.isNull() else geometry.asWkt(3)
        rows.append((tuple(values), wkt))
    return sorted(rows, key=repr)


def assert_same_outputs(first: dict, second: dict, outputs: list[str]) -> None:
    for key in outputs:
        a, b = table_rows(first[key]), table_rows(second[key])
        assert len(a) == len(b), key
        for (values_a, wkt_a), (values_b, wkt_b) in zip(a, b):
            differ = sorted(set(values_a) ^ set(values_b), key=repr)
            assert not differ, (key, differ)
            assert wkt_a == wkt_b, (key, values_a)
    scalars = {k: v for k, v in first.items() if not isinstance(v, str)}
    assert scalars == {k: v for k, v in second.items() if not isinstance(v, str)}
    assert scalars, "the algorithm reports no figures to compare"


def both_ways(run_alg, server, tmp_path, alg: str, inputs: dict, params, outputs: list[str]):
    """Run ``alg`` on the GeoPackage layers in ``inputs`` and on PostGIS copies of them (read
    by the read-only user, given as the 'postgres://' strings Processing takes); outputs in
    two folders; both runs must give the same rows and figures."""
    runs = []
    for side in ("gpkg", "postgis"):
        folder = tmp_path / side
        folder.mkdir(parents=True)
        values = {}
        for key, source in inputs.items():
            if side == "postgis":
                # named after the GeoPackage layer (a year in it is read as the data's year)
                layer_name = source.split("layername=")[-1] if "layername=" in source else key
                table = f"{alg.split(':')[1]}_{key}_{layer_name}".lower()
                source = "postgres://" + copy_to_postgis(server, source, table)
            values[key] = source
        runs.append(run_alg(alg, params(values, folder)))
    assert_same_outputs(runs[0], runs[1], outputs)
    return runs


# --------------------------------------------------------------------------- the import


def test_import_writes_the_shared_inventory_with_key_spatial_index_and_version(
    run_alg, postgis_server, tmp_path
):
    server = postgis_server
    source = _bor_layer(tmp_path / "bor.gpkg")
    result = import_to_postgis(run_alg, server, source, "import_bor")
    # by hand (tests/qgis/test_import_algorithms.py BOR_ROWS): Kloosterveen 1-3 by its field,
    # 4-6 within 25 m, Hoek 12 7-8 by its field, the Wip 11 alone; Loopbrug and Bank are
    # not playground equipment in the BOR mapping
    assert result["N_PLACES"] == 4
    rows = server.psql(f"SELECT source_id, name, version FROM {SCHEMA}.import_bor")
    assert sorted(rows) == [
        ["11", "", "0"],
        ["1;2;3", "Speeltuin Kloosterveen", "0"],
        ["4;5;6", "", "0"],
        ["7;8", "Hoek 12", "0"],
    ]
    # the same places as the GeoPackage import
    gpkg = str(tmp_path / "places.gpkg")
    run_alg(
        "wijkaanpak:importinventory",
        {"INPUT": source, "KIND": 0, "GROUP_FIELD": "speelplek", "OUTPUT": gpkg},
    )
    layer = QgsVectorLayer(server.uri(READER, "import_bor"), "pg", "postgres")
    assert layer.isValid()
    pg_rows = {f["source_id"]: f for f in layer.getFeatures()}
    for feature in QgsVectorLayer(gpkg, "gpkg", "ogr").getFeatures():
        other = pg_rows[feature["source_id"]]
        for name in ("name", "place_type", "age_0_5", "age_6_11", "age_12_17", "x_rd", "y_rd"):
            assert _plain(other[name]) == _plain(feature[name]), name
        assert other.geometry().asWkt(3) == feature.geometry().asWkt(3)
    # primary key and GiST index, from PostgreSQL's catalog
    key = server.psql(
        "SELECT a.attname FROM pg_constraint c JOIN pg_attribute a "
        "ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
        f"WHERE c.conrelid = '{SCHEMA}.import_bor'::regclass AND c.contype = 'p'"
    )
    assert key == [["fid"]]
    gist = server.psql(
        "SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am am ON am.oid = c.relam JOIN pg_attribute a "
        "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
        f"WHERE i.indrelid = '{SCHEMA}.import_bor'::regclass AND am.amname = 'gist'"
    )
    assert gist == [["geom"]]
    srid = server.psql(f"SELECT Find_SRID('{SCHEMA}', 'import_bor', 'geom')")
    assert srid == [["28992"]]
    # every assessment field is there, so planners (who may not alter the table) can assess
    columns = {
        r[0]
        for r in server.psql(
            "SELECT column_name FROM information_schema.columns "
            f"WHERE table_schema = '{SCHEMA}' AND table_name = 'import_bor'"
        )
    }
    for name in ("condition_score", "assessor", "assessed_on", "notes", "version"):
        assert name in columns
    assert any(c.startswith("incl_") for c in columns)


def test_roles_read_only_user_reads_editors_edit(run_alg, postgis_server, tmp_path):
    server = postgis_server
    import_to_postgis(run_alg, server, _bor_layer(tmp_path / "bor.gpkg"), "import_roles")
    table = f"{SCHEMA}.import_roles"
    assert server.psql(f"SELECT count(*) FROM {table}", user=READER) == [["4"]]
    with pytest.raises(RuntimeError, match="permission denied"):
        server.psql(f"UPDATE {table} SET notes = 'x'", user=READER)
    server.psql(f"UPDATE {table} SET notes = 'checked' WHERE source_id = '11'", user="planner_a")
    with pytest.raises(RuntimeError, match="must be owner"):
        server.psql(f"ALTER TABLE {table} ADD COLUMN extra text", user="planner_a")
    # QGIS sees the same: the read-only user's layer cannot change attribute values
    viewer = QgsVectorLayer(server.uri(READER, "import_roles"), "v", "postgres")
    editor = QgsVectorLayer(server.uri("planner_a", "import_roles"), "e", "postgres")
    caps_viewer = viewer.dataProvider().capabilities()
    caps_editor = editor.dataProvider().capabilities()
    change = viewer.dataProvider().ChangeAttributeValues
    assert not caps_viewer & change and caps_editor & change


def test_a_second_import_never_replaces_the_shared_inventory(run_alg, postgis_server, tmp_path):
    # found by hand: the PostGIS export drops and recreates an existing table, which would
    # throw away every assessment in it
    server = postgis_server
    source = _bor_layer(tmp_path / "bor.gpkg")
    import_to_postgis(run_alg, server, source, "import_twice")
    server.psql(f"UPDATE {SCHEMA}.import_twice SET notes = 'assessed', version = 3")
    with pytest.raises(QgsProcessingException, match="already exists.*Nothing was written"):
        import_to_postgis(run_alg, server, source, "import_twice")
    assert server.psql(
        f"SELECT count(*), count(notes), min(version) FROM {SCHEMA}.import_twice"
    ) == [["4", "4", "3"]]


def test_import_refused_by_the_database_names_the_table(run_alg, postgis_server, tmp_path):
    # the read-only user may not create tables: the import says so and writes nothing
    server = postgis_server
    with pytest.raises(QgsProcessingException):
        run_alg(
            "wijkaanpak:importinventory",
            {
                "INPUT": _bor_layer(tmp_path / "bor.gpkg"),
                "KIND": 0,
                "OUTPUT": "postgres:" + server.uri(READER, "not_allowed"),
            },
        )
    assert server.psql("SELECT to_regclass('wijkaanpak.not_allowed') IS NULL") == [["t"]]


# --------------------------------------------------------------------------- every analysis
# Each algorithm on tiny hand-made layers (the builders of its own tests), once on the
# GeoPackage and once on PostGIS copies read by the read-only user.


def test_playground_reach_same_on_postgis(run_alg, postgis_server, tmp_path):
    params_map = reach.hand_map(tmp_path)
    inputs = {k: v for k, v in params_map.items() if k in ("POPULATION", "PLAYGROUNDS",
              "MEETING_PLACES", "AREAS")}  # fmt: skip
    fields = {k: v for k, v in params_map.items() if k not in inputs}

    def params(values, folder):
        return {
            **fields,
            **values,
            "OUTPUT_POPULATION": str(folder / "pop.gpkg"),
            "OUTPUT_AREAS": str(folder / "areas.gpkg"),
            "OUTPUT_PLACES": str(folder / "places.gpkg"),
            "OUTPUT_GAPS": str(folder / "gaps.gpkg"),
        }

    gpkg, _ = both_ways(
        run_alg, postgis_server, tmp_path, "wijkaanpak:playgroundreach", inputs, params,
        ["OUTPUT_POPULATION", "OUTPUT_AREAS", "OUTPUT_PLACES", "OUTPUT_GAPS"],
    )  # fmt: skip
    # and the figures are the hand-worked ones of test_reach_algorithms (A: P1 at 150 m)
    rows = table_rows(gpkg["OUTPUT_POPULATION"])
    assert len(rows) == len(reach.POPULATION)


def test_catchment_areas_same_on_postgis(run_alg, postgis_server, tmp_path):
    gpkg = tmp_path / "grid.gpkg"
    inputs = {
        "NETWORK": reach.lines(gpkg, "streets", reach.GRID),
        "POPULATION": reach.points(
            gpkg,
            "pop",
            "&field=k:integer",
            [(x, y, 1) for x in range(-40, 241, 40) for y in range(-40, 241, 40)],
        ),  # fmt: skip
        "PLACES": reach.points(
            gpkg, "play", "&field=name:string", [(0, 0, "corner"), (200, 100, "east")]
        ),
    }

    def params(values, folder):
        return {**values, "DISTANCE": 250.0, "BARRIER_FIELD": "barrier",
                "OUTPUT": str(folder / "catchments.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path, "wijkaanpak:catchmentareas", inputs, params,
              ["OUTPUT"])  # fmt: skip


def test_ambition_scores_and_ranking_same_on_postgis(run_alg, postgis_server, tmp_path):
    areas = agenda.squares(tmp_path / "in.gpkg", agenda.AREAS + [("E", 50, 5.0, 5.0)])
    definition = agenda.definition_file(tmp_path)

    def scores(values, folder):
        return {**values, "CODE_FIELD": "code", "DEFINITION": definition,
                "OUTPUT": str(folder / "scores.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path / "s", "wijkaanpak:ambitionscores",
              {"AREAS": areas}, scores, ["OUTPUT"])  # fmt: skip

    def ranking(values, folder):
        return agenda.rank_params(values["AREAS"], tmp_path, str(folder / "ranked.gpkg"))

    both_ways(run_alg, postgis_server, tmp_path / "r", "wijkaanpak:rankareas",
              {"AREAS": areas}, ranking, ["OUTPUT"])  # fmt: skip


def test_compare_measurements_same_on_postgis(run_alg, postgis_server, tmp_path):
    inputs = {
        "BASELINE": agenda.squares(tmp_path / "base.gpkg",
                                   [("A", 1, 1.0), ("B", 1, 2.0), ("C", 1, 3.0)], with_b=False),
        "CURRENT": agenda.squares(tmp_path / "cur.gpkg",
                                  [("B", 1, 2.5), ("C", 1, 6.0), ("D", 1, 4.0)], with_b=False),
    }  # fmt: skip

    def params(values, folder):
        return {**values, "BASELINE_CODE_FIELD": "code", "CURRENT_CODE_FIELD": "code",
                "FIELDS": ["a"], "MARGIN": 1.0, "OUTPUT": str(folder / "changes.gpkg"),
                "UNMATCHED": str(folder / "unmatched.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path, "wijkaanpak:comparemeasurements", inputs,
              params, ["OUTPUT", "UNMATCHED"])  # fmt: skip


def test_loneliness_algorithms_same_on_postgis(run_alg, postgis_server, sample_copy, tmp_path):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    inputs = {
        "AREAS": f"{gpkg}|layername=cbs_wijken_2024",
        "RIVM_TABLE": f"{gpkg}|layername=rivm_gezondheid_2020",
    }

    def measured(values, folder):
        return {**values, "AREA_CODE_FIELD": "wijkcode",
                "OUTPUT": str(folder / "measured.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path / "m", "wijkaanpak:measuredloneliness", inputs,
              measured, ["OUTPUT"])  # fmt: skip

    def figures(values, folder):
        return {"AREAS": values["AREAS"], "AREA_CODE_FIELD": "wijkcode",
                "FIGURES": values["RIVM_TABLE"], "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
                "COLUMNS": ["Eenzaam_28", "ErnstigZeerErnstigEenzaam_29"], "PREFIX": "rivm18_",
                "OUTPUT": str(folder / "figures.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path / "f", "wijkaanpak:importfigures", inputs,
              figures, ["OUTPUT"])  # fmt: skip

    def risk(values, folder):
        return {"AREAS": values["AREAS"], "OUTPUT": str(folder / "risk.gpkg")}

    both_ways(run_alg, postgis_server, tmp_path / "k", "wijkaanpak:lonelinessriskindex",
              {"AREAS": inputs["AREAS"]}, risk, ["OUTPUT"])  # fmt: skip


def test_loneliness_model_same_on_postgis(run_alg, postgis_server, tmp_path):
    train, _rows = loneliness.synthetic_areas(tmp_path / "train.gpkg", "train", 10, 6, seed=1)
    apply_to, _ = loneliness.synthetic_areas(tmp_path / "apply.gpkg", "apply", 2, 5, seed=9)

    def training(values, folder):
        return {"AREAS": values["AREAS"], "TARGET_FIELD": "eenzaam_18plus",
                "PREDICTORS": ["x1", "x2"], "GROUP_FIELD": "gemeentecode",
                "CODE_FIELD": "wijkcode", "SEED": 4, "METHOD": 1,
                "MODEL": str(folder / "model.pkl"), "OUTPUT": str(folder / "oof.gpkg")}  # fmt: skip

    gpkg_run, _ = both_ways(run_alg, postgis_server, tmp_path / "t",
                            "wijkaanpak:trainlonelinessmodel", {"AREAS": train}, training,
                            ["OUTPUT"])  # fmt: skip
    model = gpkg_run["MODEL"]

    def applying(values, folder):
        return {"MODEL": model, "AREAS": values["AREAS"], "POPULATION_FIELD": "aantal_inwoners",
                "OUTPUT": str(folder / "estimate.gpkg")}  # fmt: skip

    both_ways(run_alg, postgis_server, tmp_path / "a", "wijkaanpak:applylonelinessmodel",
              {"AREAS": apply_to}, applying, ["OUTPUT"])  # fmt: skip


def test_best_locations_same_on_postgis(run_alg, postgis_server, tmp_path, tiny):  # noqa: F811
    inputs = {k: tiny[k] for k in ("POPULATION", "EXISTING", "CANDIDATES", "AREAS")}

    def params(values, folder):
        return best_params({**tiny, **values, "dir": folder})

    both_ways(run_alg, postgis_server, tmp_path / "b", "wijkaanpak:bestlocations", inputs,
              params, ["OUTPUT_SITES", "OUTPUT_AREAS"])  # fmt: skip


def test_every_analysis_algorithm_is_compared_on_postgis():
    """A new analysis algorithm needs a test here (importinventory is tested above)."""
    from wijkaanpak.processing_algorithms.provider import algorithm_classes

    compared = {
        "playgroundreach", "catchmentareas", "ambitionscores", "rankareas",
        "comparemeasurements", "measuredloneliness", "importfigures", "lonelinessriskindex",
        "trainlonelinessmodel", "applylonelinessmodel", "importinventory", "bestlocations",
    }  # fmt: skip
    # not an analysis: draws the project's result layers into a PDF (its own tests)
    not_analyses = {"exportatlas"}
    names = {cls.NAME for cls in algorithm_classes()}
    assert names - compared - not_analyses == set(), "compare these on PostGIS too"
