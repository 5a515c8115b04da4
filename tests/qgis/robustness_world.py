"""A tiny, valid world for every Wijkaanpak algorithm, and one recipe per algorithm.

Shared by the bad-input catalogue (``test_bad_input.py``) and the cancellation tests
(``test_cancellation.py``). The world is written from plain Python lists (no code under test):
40 square areas of 200 m in EPSG:28992 (8 columns × 5 rows), one population point per area,
eight playgrounds, seven meeting places, a street grid, an equipment export to import, a RIVM
style figures table and a baseline table.

A *recipe* says which inputs an algorithm reads (``LayerSpec``: geometry, fields, rows, and
the roles of its fields: the code, the counts, the name, the fields the parameters name) and
how to build its parameters from the written paths. Algorithms come from the provider
(``ALGORITHMS`` in ``processing_algorithms/provider.py``), so a new algorithm without a recipe
is noticed by a test (``missing_recipes``).
"""

from __future__ import annotations

import copy
import json
import math
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

X0, Y0 = 150_000.0, 450_000.0  # RD New metres, in the Netherlands
SIZE = 200.0  # area square side (m)
COLS, ROWS = 8, 5
N_AREAS = COLS * ROWS


@dataclass
class LayerSpec:
    """One input layer before it is written: everything a catalogue case may change."""

    name: str
    geometry: str  # "Point", "Polygon", "LineString" or "None" (a table)
    fields: List[tuple]  # (name, "string" | "integer" | "real")
    rows: List[list]
    geoms: List[Optional[object]] = field(default_factory=list)  # WKT text, WKB bytes or None
    crs: Optional[str] = "EPSG:28992"  # None: no CRS; "undefined": GeoPackage srs_id 0
    code_field: Optional[str] = None  # area code the algorithm joins or reports by
    count_fields: List[str] = field(default_factory=list)  # resident counts
    value_fields: List[str] = field(default_factory=list)  # figures (indicators, shares)
    name_field: Optional[str] = None  # free text kept in the output
    required_fields: List[str] = field(default_factory=list)  # named by a parameter
    degrees: bool = False  # coordinates were transformed to WGS84 degrees
    folder: str = ""  # sub-folder of the run folder (paths with spaces)
    layer_kind: str = "gpkg"

    @property
    def spatial(self) -> bool:
        return self.geometry != "None"

    def field_names(self) -> List[str]:
        return [f[0] for f in self.fields]

    def column(self, name: str) -> int:
        return self.field_names().index(name)

    def set_type(self, name: str, kind: str) -> None:
        i = self.column(name)
        self.fields[i] = (name, kind)


@dataclass
class Recipe:
    """How to run one algorithm on the tiny world."""

    alg_id: str
    inputs: Dict[str, LayerSpec]  # parameter name → layer
    params: Callable[[Dict[str, str], Path], dict]  # written paths, run folder → parameters
    outputs: List[str]  # sink / file destination parameters (file paths set by the test)
    #: inputs used only when a case targets them (e.g. NETWORK)
    optional_inputs: Dict[str, LayerSpec] = field(default_factory=dict)
    extensions: Dict[str, str] = field(default_factory=dict)  # output → file suffix (.gpkg)

    def output_file(self, name: str, folder: Path) -> str:
        return str(folder / (name.lower() + self.extensions.get(name, ".gpkg")))


# --------------------------------------------------------------------------- geometry text


def square(col: int, row: int, size: float = SIZE) -> str:
    x, y = X0 + col * size, Y0 + row * size
    return f"POLYGON (({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


def point(x: float, y: float) -> str:
    return f"POINT ({X0 + x} {Y0 + y})"


def centre(k: int) -> tuple:
    return ((k % COLS) * SIZE + SIZE / 2, (k // COLS) * SIZE + SIZE / 2)


def wkb_point(x: float, y: float) -> bytes:
    return struct.pack("<BIdd", 1, 1, x, y)


def wkb_polygon(ring: List[tuple]) -> bytes:
    out = struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring))
    for x, y in ring:
        out += struct.pack("<dd", x, y)
    return out


def wkb_line(vertices: List[tuple]) -> bytes:
    out = struct.pack("<BII", 1, 2, len(vertices))
    for x, y in vertices:
        out += struct.pack("<dd", x, y)
    return out


# --------------------------------------------------------------------------- the world


def _area_values(k: int) -> dict:
    """Deterministic figures per area k (0..39): a, b indicators, x1, x2 predictors and a
    target that follows them (30 + 0.5·x1 − 0.3·x2 + a small wobble)."""
    x1 = float((k * 7) % 11) - 5.0
    x2 = float((k * 5) % 13) - 6.0
    wobble = ((k * 3) % 5 - 2) * 0.1
    return {
        "a": float((k * 3) % 10),
        "b": float((k * 7) % 10),
        "x1": x1,
        "x2": x2,
        "eenzaam_18plus": 30 + 0.5 * x1 - 0.3 * x2 + wobble,
        "aantal_inwoners": 400 + 10 * k,
    }


def area_code(k: int) -> str:
    return f"WK{100 + k:06d}"


def areas_spec() -> LayerSpec:
    fields = [
        ("wijkcode", "string"),
        ("wijknaam", "string"),
        ("gemeentecode", "string"),
        ("aantal_inwoners", "integer"),
        ("a", "real"),
        ("b", "real"),
        ("x1", "real"),
        ("x2", "real"),
        ("eenzaam_18plus", "real"),
    ]
    rows, geoms = [], []
    for k in range(N_AREAS):
        v = _area_values(k)
        rows.append(
            [
                area_code(k),
                f"Wijk {k}",
                f"GM{k // 5:04d}",
                v["aantal_inwoners"],
                v["a"],
                v["b"],
                v["x1"],
                v["x2"],
                v["eenzaam_18plus"],
            ]
        )
        geoms.append(square(k % COLS, k // COLS))
    return LayerSpec(
        "wijken",
        "Polygon",
        fields,
        rows,
        geoms,
        code_field="wijkcode",
        count_fields=["aantal_inwoners"],
        value_fields=["a", "b"],
        name_field="wijknaam",
        required_fields=["wijkcode"],
    )


def population_spec() -> LayerSpec:
    fields = [
        ("buurtcode", "string"),
        ("aantal_inwoners_0_tot_15_jaar", "integer"),
        ("aantal_inwoners_15_tot_25_jaar", "integer"),
        ("aantal_inwoners_65_jaar_en_ouder", "integer"),
    ]
    rows, geoms = [], []
    for k in range(N_AREAS):
        rows.append([area_code(k), 15 + 5 * (k % 4), 10 + 5 * (k % 3), 20 + 5 * (k % 5)])
        geoms.append(point(*centre(k)))
    return LayerSpec(
        "vierkanten",
        "Point",
        fields,
        rows,
        geoms,
        code_field="buurtcode",
        count_fields=["aantal_inwoners_0_tot_15_jaar", "aantal_inwoners_65_jaar_en_ouder"],
        required_fields=["aantal_inwoners_0_tot_15_jaar"],
    )


PLAYGROUND_SITES = [
    (1, 1),
    (3, 1),
    (5, 3),
    (7, 2),
    (2, 4),
    (6, 0),
    (0, 3),
    (4, 4),
]  # (col, row) of an area


def playgrounds_spec() -> LayerSpec:
    fields = [
        ("place_id", "string"),
        ("place_type", "string"),
        ("name", "string"),
        ("age_0_5", "integer"),
        ("age_6_11", "integer"),
        ("age_12_17", "integer"),
    ]
    rows, geoms = [], []
    for i, (col, row) in enumerate(PLAYGROUND_SITES):
        rows.append([f"P{i}", "speelplek", f"Speelplek {i}", 1, 1, int(i % 2 == 0)])
        geoms.append(point(col * SIZE + 30, row * SIZE + 150))  # 30 m from a street
    return LayerSpec(
        "speelplekken",
        "Point",
        fields,
        rows,
        geoms,
        name_field="name",
        required_fields=[],
    )


def meeting_spec() -> LayerSpec:
    fields = [("place_id", "string"), ("place_type", "string"), ("name", "string")]
    sites = [(0, 0), (4, 2), (7, 4), (2, 1), (5, 0), (6, 3), (1, 3)]
    rows = [[f"M{i}", "ontmoetingsplek", f"Bankje {i}"] for i in range(len(sites))]
    # uneven offsets: no resident exactly on a norm edge or halfway between two places
    geoms = [
        point(c * SIZE + 130 + 3.7 * i, r * SIZE + 70 + 1.3 * i) for i, (c, r) in enumerate(sites)
    ]
    return LayerSpec("ontmoetingsplekken", "Point", fields, rows, geoms, name_field="name")


def network_spec() -> LayerSpec:
    """Streets along every area boundary: a grid of lines, one per block side."""
    rows, geoms = [], []
    for r in range(ROWS + 1):
        for c in range(COLS):
            a, b = (X0 + c * SIZE, Y0 + r * SIZE), (X0 + (c + 1) * SIZE, Y0 + r * SIZE)
            rows.append([0])
            geoms.append(f"LINESTRING ({a[0]} {a[1]}, {b[0]} {b[1]})")
    for c in range(COLS + 1):
        for r in range(ROWS):
            a, b = (X0 + c * SIZE, Y0 + r * SIZE), (X0 + c * SIZE, Y0 + (r + 1) * SIZE)
            rows.append([0])
            geoms.append(f"LINESTRING ({a[0]} {a[1]}, {b[0]} {b[1]})")
    return LayerSpec("straten", "LineString", [("barrier", "integer")], rows, geoms)


EQUIPMENT = [  # group, type, x, y: a BOR-style export (toesteltype)
    ("Speeltuin Noord", "Schommel", 100, 100),
    ("Speeltuin Noord", "Zandbak", 110, 105),
    ("Speeltuin Noord", "Wipkip", 95, 120),
    ("Hoek 12", "Glijbaan", 700, 300),
    ("Hoek 12", "Speeltoestel", 710, 300),
    (None, "Trapveld", 1200, 700),
    (None, "Doeltjes", 1400, 500),
    (None, "Schommel", 300, 900),
]


def equipment_spec() -> LayerSpec:
    fields = [("speelplek", "string"), ("toesteltype", "string"), ("aantal", "integer")]
    rows = [[g, t, 1 + i % 3] for i, (g, t, _x, _y) in enumerate(EQUIPMENT)]
    geoms = [point(x, y) for _g, _t, x, y in EQUIPMENT]
    return LayerSpec(
        "bor_toestellen",
        "Point",
        fields,
        rows,
        geoms,
        count_fields=["aantal"],
        name_field="speelplek",
        required_fields=["toesteltype"],
    )


RIVM_COLUMNS = (
    "Eenzaam_28",
    "ErnstigZeerErnstigEenzaam_29",
    "EmotioneelEenzaam_30",
    "SociaalEenzaam_31",
)


def figures_spec() -> LayerSpec:
    """A RIVM Gezondheidsmonitor-style table: one 18+ and one 65+ row per area code."""
    fields = [("Codering_3", "string"), ("leeftijdsgroep", "string")] + [
        (c, "real") for c in RIVM_COLUMNS
    ]
    rows = []
    for k in range(N_AREAS):
        for age, shift in (("18+", 0.0), ("65+", 5.0)):
            base = 40.0 + (k % 10) + shift
            rows.append([area_code(k), age, base, base / 4, base * 0.8, base * 0.7])
    return LayerSpec(
        "rivm_gezondheid",
        "None",
        fields,
        rows,
        [None] * len(rows),
        code_field="Codering_3",
        value_fields=["Eenzaam_28"],
        required_fields=["Codering_3"],
    )


def baseline_spec() -> LayerSpec:
    """The nulmeting: the same indicators a and b, one unit lower everywhere."""
    fields = [("wijkcode", "string"), ("a", "real"), ("b", "real")]
    rows = []
    for k in range(N_AREAS):
        v = _area_values(k)
        rows.append([area_code(k), v["a"] - 1.0, v["b"] - 1.0])
    return LayerSpec(
        "nulmeting",
        "None",
        fields,
        rows,
        [None] * len(rows),
        code_field="wijkcode",
        value_fields=["a"],
        required_fields=["wijkcode"],
    )


DEFINITION = {
    "name": "two ambitions (robustness tests)",
    "ambitions": [
        {"id": "x", "label_en": "X", "label_nl": "X"},
        {"id": "y", "label_en": "Y", "label_nl": "Y"},
    ],
    "indicators": [
        {
            "id": "a_ind",
            "label_en": "a",
            "label_nl": "a",
            "ambition": "x",
            "field": "a",
            "direction": "higher_is_better",
            "normalisation": "minmax",
        },
        {
            "id": "b_ind",
            "label_en": "b",
            "label_nl": "b",
            "ambition": "y",
            "field": "b",
            "direction": "higher_is_worse",
            "normalisation": "minmax",
        },
    ],
}

RISK_CONFIG = {
    "name": "robustness",
    "classes": {"method": "quantile", "count": 3, "labels": ["laag", "midden", "hoog"]},
    "factors": [
        {
            "name": "A",
            "label": "a",
            "weight": 2,
            "direction": "higher",
            "sources": [{"field": "a"}],
        },
        {
            "name": "B",
            "label": "b",
            "weight": 1,
            "direction": "lower",
            "sources": [{"field": "b"}],
        },
    ],
}


def write_config(folder: Path, name: str, data: dict) -> str:
    path = folder / name
    if not path.exists():
        path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


# --------------------------------------------------------------------------- recipes


def _reach(paths, folder):
    params = {
        "POPULATION": paths["POPULATION"],
        "PLAYGROUNDS": paths["PLAYGROUNDS"],
        "MEETING_PLACES": paths["MEETING_PLACES"],
        "AREAS": paths["AREAS"],
        "AREA_CODE_FIELD": "wijkcode",
    }
    if "NETWORK" in paths:
        params.update(NETWORK=paths["NETWORK"], MAX_SNAP=150.0)  # residents at block centres
    return params


def _catchment(paths, folder):
    params = {"PLACES": paths["PLACES"], "DISTANCE": 300.0, "POPULATION": paths["POPULATION"]}
    if "NETWORK" in paths:
        params.update(NETWORK=paths["NETWORK"], MAX_SNAP=150.0)
    return params


def _model_path(folder: Path) -> str:
    """A trained model for *Apply loneliness model*: trained once per run folder's parent."""
    return str(folder.parent / "world_model.pkl")


def recipes() -> Dict[str, Recipe]:
    """Recipe per algorithm id. Every call gives fresh specs (cases change them)."""
    out = [
        Recipe(
            "wijkaanpak:importinventory",
            {"INPUT": equipment_spec()},
            lambda p, f: {"INPUT": p["INPUT"], "KIND": 0, "GROUP_FIELD": "speelplek"},
            ["OUTPUT", "REPORT"],
        ),
        Recipe(
            "wijkaanpak:importfigures",
            {"AREAS": areas_spec(), "FIGURES": figures_spec()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "AREA_CODE_FIELD": "wijkcode",
                "FIGURES": p["FIGURES"],
                "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = '18+'",
                "COLUMNS": ["Eenzaam_28", "ErnstigZeerErnstigEenzaam_29"],
            },
            ["OUTPUT", "UNMATCHED"],
        ),
        Recipe(
            "wijkaanpak:playgroundreach",
            {
                "POPULATION": _reach_population(),
                "PLAYGROUNDS": playgrounds_spec(),
                "MEETING_PLACES": meeting_spec(),
                "AREAS": areas_spec(),
            },
            _reach,
            ["OUTPUT_POPULATION", "OUTPUT_AREAS", "OUTPUT_PLACES", "OUTPUT_GAPS"],
            optional_inputs={"NETWORK": network_spec()},
        ),
        Recipe(
            "wijkaanpak:catchmentareas",
            {"PLACES": playgrounds_spec(), "POPULATION": _positions_only(population_spec())},
            _catchment,
            ["OUTPUT"],
            optional_inputs={"NETWORK": network_spec()},
        ),
        Recipe(
            "wijkaanpak:measuredloneliness",
            {"AREAS": areas_spec(), "RIVM_TABLE": figures_spec()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "AREA_CODE_FIELD": "wijkcode",
                "RIVM_TABLE": p["RIVM_TABLE"],
                "POPULATION_FIELD": "aantal_inwoners",
            },
            ["OUTPUT"],
        ),
        Recipe(
            "wijkaanpak:lonelinessriskindex",
            {"AREAS": areas_spec()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "CONFIG": write_config(f, "risk.json", RISK_CONFIG),
                "LAYER_TYPE": 1,
                "AREA_CODE_FIELD": "wijkcode",
            },
            ["OUTPUT"],
        ),
        Recipe(
            "wijkaanpak:trainlonelinessmodel",
            {"AREAS": _training_areas()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "TARGET_FIELD": "eenzaam_18plus",
                "PREDICTORS": ["x1", "x2"],
                "GROUP_FIELD": "gemeentecode",
                "CODE_FIELD": "wijkcode",
                "METHOD": 1,
                "FOLDS": 3,
                "MIN_AREAS": 10,
                "SEED": 1,
            },
            ["MODEL", "OUTPUT"],
            extensions={"MODEL": ".pkl"},
        ),
        Recipe(
            "wijkaanpak:applylonelinessmodel",
            {"AREAS": _apply_areas()},
            lambda p, f: {
                "MODEL": _model_path(f),
                "AREAS": p["AREAS"],
                "POPULATION_FIELD": "aantal_inwoners",
                "BUURT_CODE_FIELD": "",
            },
            ["OUTPUT"],
        ),
        Recipe(
            "wijkaanpak:ambitionscores",
            {"AREAS": areas_spec()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "CODE_FIELD": "wijkcode",
                "DEFINITION": write_config(f, "definition.json", DEFINITION),
            },
            ["OUTPUT"],
        ),
        Recipe(
            "wijkaanpak:rankareas",
            {"AREAS": areas_spec()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "CODE_FIELD": "wijkcode",
                "POPULATION_FIELD": "aantal_inwoners",
                "DEFINITION": write_config(f, "definition.json", DEFINITION),
                "DRAWS": 50,
                "SEED": 7,
            },
            ["OUTPUT"],
        ),
        Recipe(
            "wijkaanpak:comparemeasurements",
            {"BASELINE": baseline_spec(), "CURRENT": areas_spec()},
            lambda p, f: {
                "BASELINE": p["BASELINE"],
                "BASELINE_CODE_FIELD": "wijkcode",
                "CURRENT": p["CURRENT"],
                "CURRENT_CODE_FIELD": "wijkcode",
                "FIELDS": ["a"],
                "MARGIN": 0.5,
            },
            ["OUTPUT", "UNMATCHED"],
        ),
        Recipe(
            "wijkaanpak:bestlocations",
            {
                "POPULATION": _reach_population(),
                "EXISTING": playgrounds_spec(),
                "AREAS": areas_spec(),
            },
            lambda p, f: {
                "POPULATION": p["POPULATION"],
                "GROUP": 0,  # 0-5: 100 m, so some residents are outside the norm today
                "EXISTING": p["EXISTING"],
                "AREAS": p["AREAS"],
                "AREA_CODE_FIELD": "wijkcode",
                "GRID_SPACING": 100.0,
                "K": 2,
            },
            ["OUTPUT_SITES", "OUTPUT_AREAS"],
        ),
        Recipe(
            "wijkaanpak:exportatlas",
            {"AREAS": _atlas_areas()},
            lambda p, f: {
                "AREAS": p["AREAS"],
                "DEFINITION": write_config(f, "definition.json", DEFINITION),
                "MUNICIPALITY": "Proefstad",
                "LANGUAGE": 1,
            },
            ["OUTPUT"],
            extensions={"OUTPUT": ".pdf"},
        ),
    ]
    return {r.alg_id: r for r in out}


def _atlas_areas() -> LayerSpec:
    """Eight areas (a page each, so a run takes seconds) with the definition's figures."""
    spec = areas_spec()
    spec.rows, spec.geoms = spec.rows[:8], spec.geoms[:8]
    spec.required_fields = []  # the atlas shows whatever fields there are
    return spec


def _positions_only(spec: LayerSpec) -> LayerSpec:
    """A population read only for where residents are (catchment limits), not how many."""
    spec.count_fields, spec.required_fields = [], []
    return spec


def _reach_population() -> LayerSpec:
    """Reach takes its count fields by default names, each optional (a missing band leaves
    the age groups it feeds without counts, and says so): no field is required."""
    spec = population_spec()
    spec.required_fields = []
    return spec


def _apply_areas() -> LayerSpec:
    spec = areas_spec()
    spec.required_fields = ["x1"]  # a predictor of the model
    spec.value_fields = ["x1"]
    return spec


def _training_areas() -> LayerSpec:
    spec = areas_spec()
    spec.count_fields = []  # training reads no resident counts
    spec.value_fields = ["x1", "eenzaam_18plus"]
    spec.required_fields = ["eenzaam_18plus", "gemeentecode"]
    return spec


def provider_algorithm_ids() -> List[str]:
    """Every algorithm the provider lists (``ALGORITHMS``), as ``wijkaanpak:<name>``."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    assert provider is not None, "the Wijkaanpak provider is not registered"
    return sorted("wijkaanpak:" + a.name() for a in provider.algorithms())


def missing_recipes() -> List[str]:
    return [a for a in provider_algorithm_ids() if a not in recipes()]


# --------------------------------------------------------------------------- writing


_KINDS = {"string": "OFTString", "integer": "OFTInteger64", "real": "OFTReal"}
_GEOMETRY = {"Point": "wkbPoint", "Polygon": "wkbPolygon", "LineString": "wkbLineString"}


def write_layer(spec: LayerSpec, folder: Path, file_name: Optional[str] = None) -> str:
    """Write a spec to ``folder/<spec.folder>/<file>.gpkg`` with GDAL's own writer (not QGIS):
    full control over NaN coordinates, curves, empty geometries and the SRS id."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    target = folder / spec.folder if spec.folder else folder
    target.mkdir(parents=True, exist_ok=True)
    path = target / (file_name or (spec.name + ".gpkg"))
    if path.exists():
        path.unlink()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if spec.spatial and spec.crs not in (None, "undefined"):
        srs = osr.SpatialReference()
        srs.SetFromUserInput(spec.crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry_type = ogr.wkbNone
    if spec.spatial:
        kinds = {g for g in (_kind_of(x) for x in spec.geoms) if g}
        geometry_type = ogr.wkbUnknown if len(kinds) > 1 else getattr(ogr, _GEOMETRY[spec.geometry])
        if len(kinds) == 1:
            geometry_type = next(iter(kinds))
    options = ["FID=fid", "GEOMETRY_NAME=geom"]
    if any(_infinite_point(g) for g in spec.geoms):
        options.append("SPATIAL_INDEX=NO")  # its triggers need SpatiaLite to patch the point
    layer = dataset.CreateLayer(spec.name, srs, geometry_type, options)
    for name, kind in spec.fields:
        layer.CreateField(ogr.FieldDefn(name, getattr(ogr, _KINDS[kind])))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    infinite = {}  # fid → the 16 coordinate bytes of a point with an infinite coordinate
    for i, row in enumerate(spec.rows):
        feature = ogr.Feature(definition)
        feature.SetFID(i + 1)
        for j, value in enumerate(row):
            if value is None:
                feature.SetFieldNull(j)
            else:
                feature.SetField(j, value)
        geometry = spec.geoms[i] if spec.spatial and i < len(spec.geoms) else None
        if _infinite_point(geometry):  # written as a finite point, its bytes patched below
            infinite[i + 1] = geometry[5:]
            geometry = wkb_point(X0, Y0)
        if geometry is not None:
            if isinstance(geometry, bytes):
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geometry))
            else:
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(geometry))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    if infinite:  # GDAL cannot store an infinite extent: write the point, then its inf bytes
        geometry_column = "geom"
        with sqlite3.connect(str(path)) as con:
            for fid, xy in infinite.items():
                (blob,) = con.execute(
                    f'SELECT "{geometry_column}" FROM "{spec.name}" WHERE fid = ?', (fid,)
                ).fetchone()
                con.execute(
                    f'UPDATE "{spec.name}" SET "{geometry_column}" = ? WHERE fid = ?',
                    (bytes(blob[:-16]) + xy, fid),
                )
    if spec.spatial and spec.crs in (None, "undefined"):
        # GeoPackage: srs_id -1 = "Undefined Cartesian SRS" (no CRS at all), 0 = "Undefined
        # geographic SRS" (what a GeoPackage saved without a CRS reads as)
        with sqlite3.connect(str(path)) as con:
            srs_id = -1 if spec.crs is None else 0
            con.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
            con.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    return f"{path}|layername={spec.name}"


def _infinite_point(geometry) -> bool:
    if not (isinstance(geometry, bytes) and len(geometry) == 21):
        return False
    return not all(math.isfinite(v) for v in struct.unpack("<dd", geometry[5:]))


def _kind_of(geometry) -> Optional[int]:
    from osgeo import ogr

    if geometry is None:
        return None
    made = (
        ogr.CreateGeometryFromWkb(geometry)
        if isinstance(geometry, bytes)
        else ogr.CreateGeometryFromWkt(geometry)
    )
    return made.GetGeometryType() if made is not None else None


def write_inputs(recipe: Recipe, folder: Path, extra: Optional[Dict[str, LayerSpec]] = None):
    """Write every input of a recipe (and ``extra`` optional inputs); parameters with paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    specs = dict(recipe.inputs)
    specs.update(extra or {})
    for name, spec in specs.items():
        paths[name] = write_layer(spec, folder, f"{name.lower()}_{spec.name}.gpkg")
    return recipe.params(paths, folder), paths


def fresh(recipe: Recipe) -> Recipe:
    return copy.deepcopy(recipe)


def ensure_model(run, folder: Path) -> str:
    """Train the world's model once (ridge, seed 1) for *Apply loneliness model*."""
    target = Path(_model_path(folder))
    if target.exists():
        return str(target)
    train = recipes()["wijkaanpak:trainlonelinessmodel"]
    params, _paths = write_inputs(train, folder.parent / "model_training")
    params.pop("OUTPUT", None)
    params["MODEL"] = str(target)
    run(train.alg_id, params)
    assert target.exists()
    return str(target)


def is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)
