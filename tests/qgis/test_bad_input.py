"""The bad-input catalogue (docs/bad_input.md), run against every algorithm of the provider.

The table in docs/bad_input.md is parsed here: its case ids must be exactly the builders of
``bad_input_cases.BUILDERS``, and every algorithm the provider lists must have a recipe in
``robustness_world``, so the documentation, the tests and the Toolbox cannot drift apart.
Each case runs on every algorithm input it applies to. An ``error`` outcome must be a
QgsProcessingException naming the layer (and the field and feature where the case has them),
never the catch-all "failed: … Details are in the log", and must leave no file in the output
folder. A ``treated`` outcome must succeed, give readable outputs without sentinel numbers,
NaN or the text "nan", and pass the check the table names, mostly a comparison with the same
algorithm on the clean world (the expected values come from that clean run, not from the
defective one).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from wijkaanpak.tests.qgis import bad_input_cases as cases
from wijkaanpak.tests.qgis import robustness_world as world

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "docs" / "bad_input.md"
GENERIC_FAILURE = "Details are in the log"


# --------------------------------------------------------------------------- the table


def parse_catalogue(path: Path = CATALOGUE) -> dict:
    """Case id → {defect, expected, outcome, check} from the Markdown table."""
    rows = {}
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if set(cells[0]) <= set("-: "):
            continue
        row = dict(zip(header, cells))
        rows[row["case"]] = row
    return rows


def outcome_for(outcome: str, alg_name: str, label: str) -> str:
    """'error; treated: a, b/INPUT' → the outcome for algorithm ``alg_name``, input ``label``."""
    parts = [p.strip() for p in outcome.split(";")]
    default = parts[0]
    assert default in ("error", "treated"), outcome
    found = None
    for part in parts[1:]:
        kind, _, names = part.partition(":")
        kind = kind.strip()
        assert kind in ("error", "treated"), outcome
        for name in (n.strip() for n in names.split(",")):
            if name == f"{alg_name}/{label}" or (name == alg_name and found is None):
                found = kind
            if name == f"{alg_name}/{label}":
                return kind
    return found or default


CATALOGUE_ROWS = parse_catalogue()


def test_catalogue_and_builders_agree():
    """Every row of docs/bad_input.md has a builder, and every builder a row."""
    assert set(CATALOGUE_ROWS) == set(cases.BUILDERS), (
        "rows without builder: {}; builders without row: {}".format(
            sorted(set(CATALOGUE_ROWS) - set(cases.BUILDERS)),
            sorted(set(cases.BUILDERS) - set(CATALOGUE_ROWS)),
        )
    )
    for case_id, row in CATALOGUE_ROWS.items():
        assert row["check"] in CHECKS or row["outcome"] == "error", (case_id, row["check"])


def test_every_provider_algorithm_has_a_recipe(wijkaanpak_plugin):
    """A new algorithm in provider.ALGORITHMS must get a recipe in robustness_world.py, so
    the catalogue (and the cancellation tests) run on it."""
    assert world.missing_recipes() == [], "add a recipe to tests/qgis/robustness_world.py"


# --------------------------------------------------------------------------- running


@pytest.fixture(scope="module")
def runner(wijkaanpak_plugin):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(alg_id: str, params: dict):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        run.log = ""
        try:
            return processing.run(alg_id, params, context=context, feedback=feedback)
        finally:
            run.log = feedback.textLog()

    run.log = ""
    return run


def output_paths(recipe: world.Recipe, params: dict, folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in recipe.outputs:
        out[name] = recipe.output_file(name, folder)
    params.update(out)
    return out


def _plain(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def read_rows(path: str):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), f"output {path} is not a readable layer"
    names = layer.fields().names()
    rows = [dict(zip(names, map(_plain, f.attributes()))) for f in layer.getFeatures()]
    return names, rows


def read_outputs(outs: dict) -> dict:
    tables = {}
    for name, path in outs.items():
        if path.endswith(".gpkg") and Path(path).exists():
            tables[name] = read_rows(path)
    return tables


@pytest.fixture(scope="module")
def baselines(runner, tmp_path_factory):
    """Each algorithm on the clean world, once: the reference of the comparisons."""
    root = tmp_path_factory.mktemp("baselines")
    cache = {}

    def get(alg_id: str, optional=()):
        """The clean run, with the optional inputs (e.g. NETWORK) the variant uses."""
        key = (alg_id, tuple(sorted(optional)))
        if key not in cache:
            recipe = world.recipes()[alg_id]
            folder = root / ("_".join((alg_id.split(":")[1],) + key[1]))
            world.ensure_model(runner, folder)
            extra = {name: recipe.optional_inputs[name] for name in key[1]}
            params, _ = world.write_inputs(recipe, folder, extra)
            outs = output_paths(recipe, params, folder / "out")
            result = runner(alg_id, params)
            cache[key] = (result, read_outputs(outs))
        return cache[key]

    return get


# --------------------------------------------------------------------------- checks


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_generic(tables: dict, input_fields: set, where: str) -> None:
    """Readable outputs; no NaN/inf number; no computed sentinel; no text 'nan'/'inf'.

    Source fields an algorithm only carries along (same name as an input field) keep their
    values as the source has them; the sentinel rule applies to the fields it computes."""
    for out, (names, rows) in tables.items():
        lowered = [n.lower() for n in names]
        assert len(set(lowered)) == len(lowered), f"{where}: {out} repeats a field: {names}"
        for row in rows:
            for name, value in row.items():
                if isinstance(value, float):
                    assert math.isfinite(value), f"{where}: {out}.{name} = {value}"
                if _is_number(value) and name not in input_fields:
                    assert value > -99990, f"{where}: {out}.{name} = {value} (a CBS/RIVM code)"
                if isinstance(value, str):
                    assert value.strip().lower() not in ("nan", "inf", "-inf"), (
                        f"{where}: {out}.{name} = '{value}'"
                    )


def compare(tables, base_tables, where, rel=1e-9, abs_=1e-6, fields=None, skip=()) -> None:
    """Numeric fields of every output equal those of the clean run, feature by feature
    (``skip``: carried-along input fields, which keep the defect as the source has it)."""
    for out, (_base_names, base_rows) in base_tables.items():
        assert out in tables, f"{where}: output {out} missing"
        names, rows = tables[out]
        assert len(rows) == len(base_rows), (
            f"{where}: {out} has {len(rows)} rows, clean run {len(base_rows)}"
        )
        for i, (row, base) in enumerate(zip(rows, base_rows)):
            for name, expected in base.items():
                if fields is not None and name not in fields:
                    continue
                if not _is_number(expected) or name in ("fid", "source_fid") or name in skip:
                    continue
                assert name in row, f"{where}: {out} lost field {name}"
                got = row[name]
                assert _is_number(got), f"{where}: {out}[{i}].{name} = {got!r}, clean {expected}"
                assert got == pytest.approx(expected, rel=rel, abs=abs_), (
                    f"{where}: {out}[{i}].{name} = {got}, clean run {expected}"
                )


def check_ran(ctx) -> None:
    pass


def check_skipped(ctx) -> None:
    """The feature is named in the log by id, or the row is kept (a carried-along geometry)."""
    named = any(
        re.search(r"(feature ids?|fid|feature)\b[^\n]*\b" + str(cases.BAD_FID) + r"\b", line)
        for line in ctx["log"].splitlines()
    )
    measured = bool({"POPULATION", "PLACES", "INPUT"} & set(ctx["variant"].recipe.inputs))
    kept = not measured and all(  # only where the geometry is merely carried along
        len(ctx["tables"][out][1]) == len(rows)
        for out, (_names, rows) in ctx["base"].items()
        if out in ctx["tables"]
    )
    assert named or kept, "{}: feature {} neither named in the log nor kept".format(
        ctx["where"], cases.BAD_FID
    )


def check_invalid_named(ctx) -> None:
    """Where residents are placed in areas (population and area inputs), the invalid area is
    named in the log by feature id; elsewhere its row is carried along."""
    inputs = ctx["variant"].recipe.inputs
    if "POPULATION" in inputs and "AREAS" in inputs:
        pattern = r"not valid polygons.*feature ids[^\n]*\b" + str(cases.BAD_FID) + r"\b"
        assert re.search(pattern, ctx["log"]), (
            f"{ctx['where']}: invalid area {cases.BAD_FID} not named in the log"
        )
    else:
        check_skipped(ctx)


def check_same(ctx) -> None:
    compare(ctx["tables"], ctx["base"], ctx["where"], skip=ctx["input_fields"])


def check_close(ctx) -> None:
    compare(ctx["tables"], ctx["base"], ctx["where"], 0.02, 0.5, skip=ctx["input_fields"])


def check_suppressed(ctx) -> None:
    pass  # the generic check: no sentinel is ever a computed number


def check_empty_area(ctx) -> None:
    """The area without residents keeps its row; its shares are NULL (never 0 or nan)."""
    code = world.area_code(0)
    for out, (names, rows) in ctx["tables"].items():
        if "wijkcode" not in names:
            continue
        mine = [r for r in rows if r["wijkcode"] == code]
        assert mine, f"{ctx['where']}: {out} lost area {code}"
        if ctx["variant"].label == "POPULATION":  # no resident at all: no share to compute
            for name, value in mine[0].items():
                if name.startswith("share_"):
                    assert value is None, f"{ctx['where']}: {out}.{name} = {value}, expected NULL"


def _name_fields(spec: world.LayerSpec):
    return {spec.name_field, "src_" + spec.name_field, "name"}


def check_names_kept(ctx) -> None:
    """Every value in an output field that carries the names is one of the input's names,
    unchanged (no '?', no cut)."""
    spec = ctx["variant"].recipe.inputs.get(ctx["variant"].label)
    if spec is None or not spec.name_field:
        return
    wanted = {row[spec.column(spec.name_field)] for row in spec.rows} - {None}
    stems = {w[:10] for w in wanted}  # a value that starts like one of them is one of them
    for out, (names, rows) in ctx["tables"].items():
        for field_name in _name_fields(spec) & set(names):
            for value in {r[field_name] for r in rows} - {None}:
                for piece in {value} | set(value.split(";")):
                    if piece[:10] in stems and piece not in wanted and value not in wanted:
                        pytest.fail(
                            f"{ctx['where']}: {out}.{field_name} = {piece[:60]!r}… was changed"
                        )


def check_clash(ctx) -> None:
    compare(ctx["tables"], ctx["base"], ctx["where"], fields=set(ctx["clash_fields"]))


def check_bench(ctx) -> None:
    pass


CHECKS = {
    "ran": check_ran,
    "skipped": check_skipped,
    "invalid_named": check_invalid_named,
    "same_as_baseline": check_same,
    "close_to_baseline": check_close,
    "suppressed": check_suppressed,
    "empty_area": check_empty_area,
    "names_kept": check_names_kept,
    "clash": check_clash,
    "bench": check_bench,
}


def add_clash_fields(variant: cases.Variant, base_tables: dict) -> list:
    """Give the target input up to three fields named like each output's computed fields."""
    spec = variant.recipe.inputs.get(variant.label) or variant.extra.get(variant.label)
    taken = {n.lower() for n in spec.field_names()} | {"fid"}
    added = []
    for _out, (names, _rows) in sorted(base_tables.items()):
        fresh = [n for n in names if n.lower() not in taken and n not in added][:3]
        added.extend(fresh)
    for name in added:
        spec.fields.append((name, "string"))
        for row in spec.rows:
            row.append("clash")
    return added


# --------------------------------------------------------------------------- the cases


def _message_names(message: str, variant: cases.Variant, row: dict, where: str) -> None:
    assert GENERIC_FAILURE not in message, f"{where}: a traceback in disguise: {message}"
    if variant.layer:
        assert variant.layer in message, f"{where}: layer '{variant.layer}' not named: {message}"
    if variant.field_name:
        assert variant.field_name in message, (
            f"{where}: field '{variant.field_name}' not named: {message}"
        )
    if variant.feature and row["case"] in (
        "null-geometry",
        "empty-geometry",
        "nan-inf-geometry",
        "duplicate-codes",
    ):
        assert any(re.search(r"\b{}\b".format(re.escape(f)), message) for f in variant.feature), (
            f"{where}: feature ({variant.feature}) not named: {message}"
        )


@pytest.mark.parametrize("case_id", sorted(set(CATALOGUE_ROWS) & set(cases.BUILDERS)))
def test_bad_input_case(case_id, runner, baselines, tmp_path):
    row = dict(CATALOGUE_ROWS[case_id], case=case_id)
    if row["check"] == "bench":
        return check_bench_section()
    ran = 0
    for alg_id, recipe in sorted(world.recipes().items()):
        alg_name = alg_id.split(":")[1]
        for variant in cases.BUILDERS[case_id](recipe):
            ran += 1
            where = f"{case_id} / {alg_name} / {variant.label}"
            expected = outcome_for(row["outcome"], alg_name, variant.label)
            folder = tmp_path / f"run{ran}"
            base_result, base_tables = baselines(alg_id, variant.extra)
            clash_fields = []
            if row["check"] == "clash":
                clash_fields = add_clash_fields(variant, base_tables)
            world.ensure_model(runner, folder)
            params, _paths = world.write_inputs(variant.recipe, folder, variant.extra)
            out_folder = folder / (variant.output_folder or "out")
            outs = output_paths(variant.recipe, params, out_folder)
            if expected == "error":
                with pytest.raises(QgsProcessingException) as error:
                    runner(alg_id, params)
                _message_names(str(error.value), variant, row, where)
                left = [p.name for p in out_folder.rglob("*")]
                assert left == [], f"{where}: the failed run left {left}"
                continue
            try:
                runner(alg_id, params)
            except QgsProcessingException as error:
                pytest.fail(f"{where}: documented as treated, but: {error}")
            tables = read_outputs(outs)
            input_fields = {n for s in variant.recipe.inputs.values() for n in s.field_names()}
            check_generic(tables, input_fields - set(clash_fields), where)
            CHECKS[row["check"]](
                {
                    "where": where,
                    "log": runner.log,
                    "tables": tables,
                    "base": base_tables,
                    "variant": variant,
                    "clash_fields": clash_fields,
                    "input_fields": input_fields,
                }
            )
    assert ran, f"{case_id} applies to no algorithm"


def check_bench_section() -> None:
    """The 1,000,000-feature case lives in make bench (section 10): run it tiny here."""
    import importlib.util

    path = REPO / "scripts" / "bench_memory.py"
    assert path.exists(), "scripts/bench_memory.py (bench section 10) is missing"
    spec = importlib.util.spec_from_file_location("bench_memory", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TITLE and callable(module.run_section)
    peak, n = module.measure_reach(2000)
    assert n == 2000 and peak > 0
