"""The committed sample GeoPackages agree with the figures published with the sources.

Read with sqlite3 only (no QGIS, runs with ``-p no:qgis``). Expected numbers come from
../shared/data/README.md (published counts and percentages), from the source files themselves
(where they are at hand), or from geography: the Netherlands in RD New coordinates.
Rebuild the files with ``scripts/build_sample_data.py --test-data``.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
NOORDVELUWE = SAMPLE / "noordveluwe.gpkg"
ASSEN = SAMPLE / "assen.gpkg"
ERMELO_SMALL = REPO / "tests" / "data" / "ermelo_small.gpkg"
SHARED = REPO.parent / "shared" / "data"
ALL_FILES = [NOORDVELUWE, ASSEN, ERMELO_SMALL]

# Published in ../shared/data/README.md ("noordveluwe/").
PLAY_EQUIPMENT = {"G0233": 398, "G0243": 978, "G0050": 648}
BENCHES = {"G0233": 351, "G0243": 221, "G0050": 319}
PLAYGROUND_POLYGONS_HARDERWIJK = 219
GRID = {"GM0233": (25935, 925), "GM0243": (47535, 984), "GM0050": (21490, 534)}
BRONHOUDER_TO_GEMEENTE = {"G0233": "GM0233", "G0243": "GM0243", "G0050": "GM0050"}

# The Netherlands in RD New (EPSG:28992), generously: Cadzand to Delfzijl, Maastricht to
# Schiermonnikoog all fall well inside.
RD_X = (0.0, 300_000.0)
RD_Y = (300_000.0, 625_000.0)

# The test cut-out's window around Ermelo centre (see the script and tests/data).
ERMELO_WINDOW = (170300.0, 478400.0, 171800.0, 479900.0)


def query(path: Path, sql: str, params: tuple = ()) -> list:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def decode(blob: bytes) -> tuple[int, tuple[float, float, float, float]]:
    """srs_id and (minx, miny, maxx, maxy) of a GeoPackage geometry blob.

    Polygons carry an envelope in the header; points have none, so their x, y are read from
    the WKB that follows (byte order byte, uint32 type 1, two doubles).
    """
    assert blob[:2] == b"GP", "not a GeoPackage geometry blob"
    flags = blob[3]
    endian = "<" if flags & 1 else ">"
    (srs_id,) = struct.unpack(endian + "i", blob[4:8])
    envelope_doubles = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}[(flags >> 1) & 7]
    if envelope_doubles:
        minx, maxx, miny, maxy = struct.unpack(endian + "4d", blob[8:40])
        return srs_id, (minx, miny, maxx, maxy)
    wkb = blob[8:]
    wkb_endian = "<" if wkb[0] == 1 else ">"
    (geometry_type,) = struct.unpack(wkb_endian + "I", wkb[1:5])
    assert geometry_type == 1, f"geometry without envelope is type {geometry_type}, not a point"
    x, y = struct.unpack(wkb_endian + "2d", wkb[5:21])
    return srs_id, (x, y, x, y)


def geometry_tables(path: Path) -> list[tuple[str, str, int]]:
    return query(path, "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns")


def envelopes(path: Path, table: str, columns: str = "") -> list[tuple]:
    """(srs_id, bbox, *columns) for every row of a geometry table."""
    extra = f", {columns}" if columns else ""
    rows = query(path, f'SELECT geom{extra} FROM "{table}"')
    return [(*decode(row[0]), *row[1:]) for row in rows]


@pytest.fixture(scope="module", autouse=True)
def _files_exist() -> None:
    missing = [str(p) for p in ALL_FILES if not p.is_file()]
    assert not missing, f"missing sample files (run scripts/build_sample_data.py): {missing}"


# ------------------------------------------------------------------ published counts


@pytest.mark.parametrize(
    ("table", "published"), [("bgt_speelvoorziening", PLAY_EQUIPMENT), ("bgt_bank", BENCHES)]
)
def test_bgt_items_per_municipality_match_published_counts(table, published):
    counts = dict(query(NOORDVELUWE, f'SELECT bronhouder, COUNT(*) FROM "{table}" GROUP BY 1'))
    assert counts == published


def test_only_the_requested_bgt_type_is_in_each_layer():
    assert query(NOORDVELUWE, "SELECT DISTINCT bgtplustype FROM bgt_speelvoorziening") == [
        ("niet-bgt:speelvoorziening",)
    ]
    assert query(NOORDVELUWE, "SELECT DISTINCT bgtplustype FROM bgt_bank") == [("niet-bgt:bank",)]


def test_harderwijk_playground_polygons_match_published_count():
    rows = query(
        NOORDVELUWE,
        "SELECT bronhouder, bgtplustype, COUNT(*) FROM bgt_speeltuin_harderwijk GROUP BY 1, 2",
    )
    assert rows == [("G0243", "niet-bgt:recreatie: speeltuin", PLAYGROUND_POLYGONS_HARDERWIJK)]


def test_grid_residents_per_municipality_match_published_figures():
    # -99997 = suppressed: excluded from the sum, as the README's figures do.
    rows = query(
        NOORDVELUWE,
        "SELECT gemeentecode, SUM(CASE WHEN aantal_inwoners <> -99997 THEN aantal_inwoners END),"
        " COUNT(*) FROM cbs_vierkant100m GROUP BY 1",
    )
    assert {gm: (residents, cells) for gm, residents, cells in rows} == GRID


def test_grid_keeps_the_suppression_marker_instead_of_null():
    (null_residents,) = query(
        NOORDVELUWE, "SELECT COUNT(*) FROM cbs_vierkant100m WHERE aantal_inwoners IS NULL"
    )[0]
    (suppressed,) = query(
        NOORDVELUWE, "SELECT COUNT(*) FROM cbs_vierkant100m WHERE aantal_mannen = -99997"
    )[0]
    assert null_residents == 0
    assert suppressed > 0


def test_grid_equals_source_cell_by_cell(require_shared):
    source = SHARED / "noordveluwe" / "cbs_vierkant100m_ermelo_harderwijk_zeewolde.gpkg"
    require_shared(source)
    columns = [
        name
        for _, name, *_ in query(source, "PRAGMA table_info(CBS_Statistiek)")
        if name not in ("fid", "geom")
    ]
    listed = ", ".join(f'"{c}"' for c in columns)
    expected = sorted(query(source, f"SELECT {listed} FROM CBS_Statistiek"))
    actual = sorted(query(NOORDVELUWE, f"SELECT {listed} FROM cbs_vierkant100m"))
    assert actual == expected


def test_ermelo_has_17_buurten_2021():
    rows = query(NOORDVELUWE, "SELECT DISTINCT gemeentecode FROM cbs_buurten_ermelo_2021")
    (count,) = query(NOORDVELUWE, "SELECT COUNT(DISTINCT buurtcode) FROM cbs_buurten_ermelo_2021")[
        0
    ]
    assert rows == [("GM0233",)]
    assert count == 17


def test_wijken_2024_cover_exactly_the_three_municipalities():
    rows = query(NOORDVELUWE, "SELECT DISTINCT gemeentecode FROM cbs_wijken_2024 ORDER BY 1")
    assert rows == [("GM0050",), ("GM0233",), ("GM0243",)]


def test_assen_has_its_10_wijken_2024():
    codes = [c for (c,) in query(ASSEN, "SELECT wijkcode FROM cbs_wijken_2024 ORDER BY 1")]
    assert len(codes) == 10
    assert codes[0] == "WK010600" and codes[-1] == "WK010699"


# ------------------------------------------------------------------ RIVM figures as text


@pytest.mark.parametrize(
    ("code", "eenzaam", "ernstig"),
    [("GM0106", "46.4", "10.1"), ("WK010604", "49.7", "11.5")],  # README: Assen, Pittelo
)
def test_assen_loneliness_18plus_is_the_published_text(code, eenzaam, ernstig):
    rows = query(
        ASSEN,
        "SELECT Eenzaam_28, typeof(Eenzaam_28), ErnstigZeerErnstigEenzaam_29, jaar "
        "FROM rivm_gezondheid_2020 WHERE Codering_3 = ? AND leeftijdsgroep = '18+'",
        (code,),
    )
    assert rows == [(eenzaam, "text", ernstig, 2020)]


def test_assen_rivm_has_both_age_groups():
    # README: the Assen file holds the Assen rows of both national files (18+ and 65+).
    rows = dict(
        query(ASSEN, "SELECT leeftijdsgroep, COUNT(*) FROM rivm_gezondheid_2020 GROUP BY 1")
    )
    assert set(rows) == {"18+", "65+"}
    assert rows["18+"] == rows["65+"]


def test_suppressed_dot_survives_as_text():
    # Published 18+ row of buurt BU02430202 (Harderwijk) is '.' in every value column.
    rows = query(
        NOORDVELUWE,
        "SELECT Eenzaam_28 FROM rivm_gezondheid_2020 "
        "WHERE Codering_3 = 'BU02430202' AND leeftijdsgroep = '18+'",
    )
    assert rows == [(".",)]


def test_rivm_rows_belong_to_the_three_municipalities_only():
    codes = [c for (c,) in query(NOORDVELUWE, "SELECT Codering_3 FROM rivm_gezondheid_2020")]
    digits = {code[2:6] for code in codes}
    assert digits == {"0233", "0243", "0050"}
    assert {"GM0233", "GM0243", "GM0050"} <= set(codes)


# ------------------------------------------------------------------ coordinates


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_geometry_table_declares_rd_new(path):
    tables = geometry_tables(path)
    assert tables, f"{path.name} has no geometry tables"
    assert {srs for _, _, srs in tables} == {28992}
    organisation = query(
        path,
        "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys "
        "WHERE srs_id = 28992",
    )
    assert [(o.upper(), c) for o, c in organisation] == [("EPSG", 28992)]


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_geometry_lies_in_the_netherlands(path):
    for table, _, _ in geometry_tables(path):
        contents = query(
            path,
            "SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = ?",
            (table,),
        )
        minx, miny, maxx, maxy, srs = contents[0]
        assert srs == 28992
        assert RD_X[0] < minx <= maxx < RD_X[1] and RD_Y[0] < miny <= maxy < RD_Y[1], table
        for srs_id, (x0, y0, x1, y1) in envelopes(path, table):
            assert srs_id == 28992, table
            assert RD_X[0] < x0 <= x1 < RD_X[1] and RD_Y[0] < y0 <= y1 < RD_Y[1], table


def test_reprojected_play_equipment_lands_in_populated_cells_of_its_municipality():
    # The grid is RD New in the source (not reprojected), the BGT points were EPSG:3857.
    # Play equipment stands among homes: most of it must fall inside an inhabited 100 m cell
    # of its own municipality (about 84% each). A wrong transformation (axes swapped, wrong
    # CRS) drops this towards 0; a shift of 100 m already to about 78%, of 300 m to about 64%.
    cells = dict(query(NOORDVELUWE, "SELECT c28992r100, gemeentecode FROM cbs_vierkant100m"))
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    for _, (x, y, _, _), bronhouder in envelopes(NOORDVELUWE, "bgt_speelvoorziening", "bronhouder"):
        cell = f"E{int(x // 100):04d}N{int(y // 100):04d}"  # CBS cell id: lower-left / 100 m
        totals[bronhouder] = totals.get(bronhouder, 0) + 1
        hit = cells.get(cell) == BRONHOUDER_TO_GEMEENTE[bronhouder]
        hits[bronhouder] = hits.get(bronhouder, 0) + hit
    for bronhouder, total in totals.items():
        assert hits[bronhouder] / total > 0.8, bronhouder


def test_reprojected_wijken_enclose_each_municipalitys_grid_cells():
    # Wijken 2024 came from EPSG:4326; the grid cells are native RD New. The bounding box of
    # a municipality's inhabited cells must lie within that of its wijken (200 m allowance
    # for boundary changes since the grid's year and the ~50 m simplification).
    allowance = 200.0
    for gemeente in GRID:
        wijken = [
            box
            for _, box, gm in envelopes(NOORDVELUWE, "cbs_wijken_2024", "gemeentecode")
            if gm == gemeente
        ]
        cells = [
            box
            for _, box, gm in envelopes(NOORDVELUWE, "cbs_vierkant100m", "gemeentecode")
            if gm == gemeente
        ]
        wx0, wy0 = min(b[0] for b in wijken), min(b[1] for b in wijken)
        wx1, wy1 = max(b[2] for b in wijken), max(b[3] for b in wijken)
        cx0, cy0 = min(b[0] for b in cells), min(b[1] for b in cells)
        cx1, cy1 = max(b[2] for b in cells), max(b[3] for b in cells)
        assert wx0 - allowance <= cx0 and cy0 >= wy0 - allowance, gemeente
        assert cx1 <= wx1 + allowance and cy1 <= wy1 + allowance, gemeente


# ------------------------------------------------------------------ metadata and size


@pytest.mark.parametrize("path", [NOORDVELUWE, ASSEN], ids=lambda p: p.name)
def test_every_layer_names_its_licence_and_attribution(path):
    for table, description in query(path, "SELECT table_name, description FROM gpkg_contents"):
        assert "Licence: CC" in description, table
        assert "Attribution:" in description, table
    (with_metadata,) = query(
        path, "SELECT COUNT(DISTINCT table_name) FROM gpkg_metadata_reference"
    )[0]
    (layers,) = query(path, "SELECT COUNT(*) FROM gpkg_contents")[0]
    assert with_metadata == layers


def test_ermelo_cut_out_is_small_and_consistent_with_the_sample():
    assert ERMELO_SMALL.stat().st_size < 300 * 1024
    x0, y0, x1, y1 = ERMELO_WINDOW
    for table in ("bgt_speelvoorziening", "bgt_bank"):
        # Brute force over the full sample: points inside [x0, x1) x [y0, y1).
        expected = sorted(
            ident
            for _, (x, y, _, _), ident in envelopes(NOORDVELUWE, table, "identificatie")
            if x0 <= x < x1 and y0 <= y < y1
        )
        actual = sorted(i for (i,) in query(ERMELO_SMALL, f'SELECT identificatie FROM "{table}"'))
        assert actual == expected and actual, table
    cells = envelopes(ERMELO_SMALL, "cbs_vierkant100m")
    assert cells
    for _, (cx0, cy0, cx1, cy1) in cells:
        assert x0 - 1 <= cx0 and cx1 <= x1 + 1 and y0 - 1 <= cy0 and cy1 <= y1 + 1
