"""Inventory import: field mapping, value mapping on real BGT values, grouping, the report."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import deque
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.inventory import (
    aggregate_source_attributes,
    apply_value_mapping,
    best_value_mapping,
    build_inventory_report,
    fill_from_mapping,
    group_equipment,
    grouping_issues,
    load_value_mapping,
    map_fields,
    mapping_field,
    source_attributes,
    value_mapping_from_dict,
    value_mapping_markdown,
    value_mapping_template,
    write_value_mapping_template,
)
from wijkaanpak.wijkaanpak_plugin.core.schema import validate_places

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "noordveluwe"
needs_data = pytest.mark.shared_data(DATA)  # missing: fails under CI=true, skips locally


# ------------------------------------------------------------------------------ map_fields


def test_map_fields_renames_and_names_problems():
    src = pd.DataFrame({"NAAM": ["a", "b"], "ID": [7, 8], "TYPE": ["speeltuin", "trapveld"]})
    out = map_fields(
        src, {"name": "NAAM", "source_id": "ID", "place_type": "TYPE", "rating": ""}, "speelplekken"
    )
    assert list(out.columns) == ["name", "place_type", "source_id"]  # schema order
    assert out["name"].tolist() == ["a", "b"] and out["source_id"].tolist() == [7, 8]
    with pytest.raises(WijkaanpakInputError, match="'rapportcijfer'"):
        map_fields(src, {"rapportcijfer": "NAAM"}, "speelplekken")
    with pytest.raises(WijkaanpakInputError, match="'OBJECTNR'.*NAAM, ID, TYPE"):
        map_fields(src, {"source_id": "OBJECTNR"}, "speelplekken")


# ------------------------------------------------------------------------------ value mapping


def _sql_counts(path: Path, table: str) -> dict:
    with sqlite3.connect(str(path)) as con:
        rows = con.execute(f'SELECT bgtplustype, COUNT(*) FROM "{table}" GROUP BY 1').fetchall()
    return dict(rows)


@needs_data
def test_default_mapping_on_real_bgt_street_furniture():
    counts = _sql_counts(DATA / "bgt_straatmeubilair_noordveluwe.gpkg", "Straatmeubilair")
    values = pd.Series([v for v, c in counts.items() for _ in range(c)], dtype=object)
    mapping = load_value_mapping()
    res = apply_value_mapping(values, mapping, "speelplekken")
    # Play equipment is the only playground value in this file.
    assert res.counts["mapped"] == counts["niet-bgt:speelvoorziening"] == 2615
    assert set(res.attributes.loc[res.mapped, "role"]) == {"equipment"}
    # Benches and picnic tables are meeting places, i.e. the other kind here.
    assert res.counts["other_kind"] == counts["niet-bgt:bank"] + counts["niet-bgt:picknicktafel"]
    # The bare 'niet-bgt' (no plus-type) is not guessed: reported with its SQL count.
    assert res.unmapped.values.tolist() == [["niet-bgt", counts["niet-bgt"]]]
    assert sum(res.counts.values()) == sum(counts.values()) == 7063
    meet = apply_value_mapping(values, mapping, "ontmoetingsplekken")
    benches = meet.attributes[(values == "niet-bgt:bank").to_numpy()]
    assert set(benches["place_type"]) == {"bankje"} and set(benches["indoor"]) == {0}
    assert "age_0_5" not in meet.attributes.columns  # not a meeting-place field


@needs_data
def test_default_mapping_on_real_bgt_functional_areas():
    counts = _sql_counts(DATA / "bgt_functioneelgebied_harderwijk.gpkg", "Functioneelgebied")
    values = pd.Series([v for v, c in counts.items() for _ in range(c)], dtype=object)
    res = apply_value_mapping(values, load_value_mapping(), "speelplekken")
    assert res.counts["mapped"] == counts["niet-bgt:recreatie: speeltuin"] == 219  # README
    assert set(res.attributes.loc[res.mapped, "place_type"]) == {"speeltuin"}
    assert res.unmapped.values.tolist() == [["niet-bgt", counts["niet-bgt"]]]


TOY_MAPPING = {
    "format": "wijkaanpak-value-mapping",
    "source_field": "toestel",
    "values": {
        "zandbak": {
            "kind": "speelplekken",
            "role": "equipment",
            "place_type": "speelplek",
            "age_0_5": 1,
            "age_6_11": 0,
            "age_12_17": 0,
        },
        "Skatebaan": {
            "kind": "speelplekken",
            "role": "place",
            "place_type": "skatebaan",
            "age_12_17": 1,
        },
        "prullenbak": None,
    },
}


def test_custom_mapping_sets_ages_and_reports_unmapped():
    values = pd.Series(["Zandbak", " skatebaan ", "prullenbak", "glijbaan", None, "glijbaan"])
    res = apply_value_mapping(values, value_mapping_from_dict(TOY_MAPPING), "speelplekken")
    assert res.status.tolist() == ["mapped", "mapped", "skipped", "unmapped", "empty", "unmapped"]
    a = res.attributes
    assert a.loc[0, "age_0_5"] == 1 and a.loc[0, "age_6_11"] == 0
    assert pd.isna(a.loc[1, "age_0_5"])  # the table leaves it out: unknown
    assert a.loc[1, "age_12_17"] == 1 and a.loc[1, "place_type"] == "skatebaan"
    assert a.iloc[2:].isna().all().all()
    # glijbaan twice, one empty value; most frequent first.
    assert res.unmapped["value"].tolist()[0] == "glijbaan"
    assert res.unmapped["count"].tolist() == [2, 1] and pd.isna(res.unmapped["value"][1])


def test_fill_from_mapping_keeps_the_planners_values():
    frame = pd.DataFrame({"place_type": [None, "trapveld"], "source_id": ["1", "2"]})
    res = apply_value_mapping(
        pd.Series(["zandbak", "skatebaan"]), value_mapping_from_dict(TOY_MAPPING), "speelplekken"
    )
    out = fill_from_mapping(frame, res)
    assert out["place_type"].tolist() == ["speelplek", "trapveld"]
    assert out["age_0_5"].tolist()[0] == 1


@pytest.mark.parametrize(
    "entry, word",
    [
        ({"kind": "speelplekken", "place_type": "zwembad"}, "zwembad"),
        ({"kind": "speelplekken", "place_type": "speeltuin", "age_0_5": 2}, "age_0_5"),
        ({"kind": "speelplekken", "place_type": "speeltuin", "indoor": 1}, "indoor"),
        ({"place_type": "speeltuin"}, "kind"),
        ({"kind": "speelplekken", "role": "toestel"}, "role"),
    ],
)
def test_bad_mapping_entries_are_refused_naming_the_problem(entry, word):
    with pytest.raises(WijkaanpakInputError, match=word):
        value_mapping_from_dict({"values": {"x": entry}})


def test_duplicate_keys_after_normalising_are_refused():
    with pytest.raises(WijkaanpakInputError, match="twice"):
        value_mapping_from_dict(
            {"strip_prefixes": ["niet-bgt:"], "values": {"bank": None, "niet-bgt:Bank": None}}
        )


# ------------------------------------------------------------------------------ grouping

# Six items in metres, listed in a scrambled order on purpose:
#   idx 0: P3 (100, 100)   idx 1: P0 (0, 0)     idx 2: P5 (300, 0)
#   idx 3: P1 (8, 0)       idx 4: P4 (100, 109) idx 5: P2 (16, 0)
# With max_gap 10 m: P0-P1 = 8 and P1-P2 = 8 chain P0, P1, P2 into one playground although
# P0-P2 = 16 > 10 (single linkage); P3-P4 = 9 → one playground; P5 is 284 m from P2 → alone.
# Numbered by first item in input order: {P3,P4} → 0 (idx 0), {P0,P1,P2} → 1, {P5} → 2.
XY = np.array([[100, 100], [0, 0], [300, 0], [8, 0], [100, 109], [16, 0]], dtype=float)
ATTRS = pd.DataFrame(
    {
        "source_id": ["p3", "p0", "p5", "p1", "p4", "p2"],
        "age_0_5": [0, 1, None, 0, None, None],
        "age_6_11": [0, 0, None, 0, 1, 0],
        "age_12_17": [1, 0, None, 0, None, 0],
        "place_type": [
            "skatebaan",
            "speelplek",
            "speelplek",
            "speelplek",
            "skatebaan",
            "speeltuin",
        ],
    }
)


def test_group_equipment_hand_example():
    labels, pg = group_equipment(XY, 10.0, ATTRS)
    assert labels.tolist() == [0, 1, 2, 1, 0, 1]
    assert pg["equipment_count"].tolist() == [2, 3, 1]
    # Centroids: (100, (100+109)/2) ; ((0+8+16)/3, 0) ; (300, 0)
    np.testing.assert_allclose(pg[["x", "y"]].to_numpy(), [[100, 104.5], [8, 0], [300, 0]])
    np.testing.assert_allclose(pg["radius_m"], [4.5, 8.0, 0.0])
    # Ages, 1 if any item is 1, 0 if all are 0, NULL otherwise:
    #   group 0 (p3, p4): 0_5 = 0, NULL → NULL; 6_11 = 0, 1 → 1; 12_17 = 1, NULL → 1
    #   group 1 (p0, p1, p2): 0_5 = 1, 0, NULL → 1; 6_11 all 0 → 0; 12_17 all 0 → 0
    #   group 2 (p5): all NULL
    assert pd.isna(pg.loc[0, "age_0_5"]) and pg.loc[0, "age_6_11"] == 1
    assert pg.loc[0, "age_12_17"] == 1
    assert [pg.loc[1, a] for a in ("age_0_5", "age_6_11", "age_12_17")] == [1, 0, 0]
    assert pg.loc[2, ["age_0_5", "age_6_11", "age_12_17"]].isna().all()
    assert pg["source_id"].tolist() == ["p3;p4", "p0;p1;p2", "p5"]
    # Most frequent type: skatebaan x2 ; speelplek x2 vs speeltuin x1 ; speelplek
    assert pg["place_type"].tolist() == ["skatebaan", "speelplek", "speelplek"]
    assert validate_places(pg, "speelplekken").ok


def test_gap_is_inclusive_and_shorter_gap_splits():
    labels, _ = group_equipment(XY, 8.0)  # P0-P1 and P1-P2 exactly 8 m: still joined
    assert labels.tolist() == [0, 1, 2, 1, 3, 1]  # P3-P4 (9 m) now apart; P4 numbered last
    labels, pg = group_equipment(XY, 7.9)
    assert labels.tolist() == [0, 1, 2, 3, 4, 5]
    assert pg["source_id"].tolist() == ["0", "1", "2", "3", "4", "5"]  # row numbers
    assert (pg["place_type"] == "speelplek").all()


def _components_brute_force(xy: np.ndarray, gap: float) -> list[set]:
    n = len(xy)
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    seen, comps = [False] * n, []
    for s in range(n):
        if seen[s]:
            continue
        comp, queue = {s}, deque([s])
        seen[s] = True
        while queue:
            i = queue.popleft()
            for j in range(n):
                if not seen[j] and d[i, j] <= gap:
                    seen[j] = True
                    comp.add(j)
                    queue.append(j)
        comps.append(comp)
    return comps


def test_group_equipment_matches_brute_force_bfs():
    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 400, size=(300, 2))
    labels, pg = group_equipment(xy, 15.0)
    comps = _components_brute_force(xy, 15.0)  # in order of lowest member
    assert len(pg) == len(comps)
    for k, comp in enumerate(comps):
        assert set(np.flatnonzero(labels == k)) == comp


def test_items_without_coordinates_get_minus_one_and_bad_input_raises():
    xy = XY.copy()
    xy[2] = np.nan
    labels, pg = group_equipment(xy, 10.0)
    assert labels.tolist() == [0, 1, -1, 1, 0, 1] and len(pg) == 2
    with pytest.raises(WijkaanpakInputError, match="shape"):
        group_equipment(np.zeros((3, 3)), 10)
    with pytest.raises(WijkaanpakInputError, match="gap"):
        group_equipment(XY, -1)
    with pytest.raises(WijkaanpakInputError, match="rows"):
        group_equipment(XY, 10, ATTRS.iloc[:2])
    labels, pg = group_equipment(np.zeros((0, 2)), 10)
    assert labels.size == 0 and len(pg) == 0


# ------------------------------------------------------------------------------ report


def test_inventory_report_hand_example():
    ids = ["f0", "f1", "f2", "f3", "f4", "f5"]
    xy = np.array([[0, 0], [0.5, 0], [0.3, 0], [5000, 0], [1200, 500], [np.nan, np.nan]])
    attrs = pd.DataFrame({"t": ["bank", "bank", "fietsenrek", "bank", "bank", "bank"]})
    invalid = np.array([False, False, True, False, False, False])
    unmapped = pd.DataFrame({"value": ["niet-bgt"], "count": [8]})
    rep = build_inventory_report(
        ids,
        xy,
        invalid_geometry=invalid,
        unmapped=unmapped,
        unmapped_field="bgtplustype",
        attrs=attrs,
        duplicate_tolerance_m=1.0,
        area_extent=(0, 0, 1000, 1000),
        outside_buffer_m=500,
    )
    got = {(r.severity, r.check, r.feature) for r in rep.issues.itertuples()}
    assert got == {
        ("error", "invalid_geometry", "f2"),
        ("error", "empty_geometry", "f5"),
        ("warning", "unmapped_value", None),
        # f1 is 0.5 m from f0 with the same type; f2 is near too but invalid (and other type)
        ("warning", "duplicate", "f1"),
        # f3: 5000 - 1000 = 4000 m east of the extent > 500; f4: 1200 - 1000 = 200 m < 500
        ("warning", "outside_area", "f3"),
    }
    assert rep.issues.loc[rep.issues.check == "outside_area", "value"].tolist() == [4000.0]
    assert "f0" in rep.issues.loc[rep.issues.check == "duplicate", "message"].iloc[0]
    assert rep.issues["severity"].tolist()[:2] == ["error", "error"]  # errors first
    assert rep.summary["errors"] == 2 and rep.summary["warnings"] == 3
    assert rep.summary["features_with_errors"] == 2 and not rep.ok


def test_report_includes_schema_issues_with_feature_ids():
    frame = pd.DataFrame({"place_type": ["park", "zwembad"], "source_id": ["a", "b"]}, index=[5, 9])
    val = validate_places(frame, "ontmoetingsplekken")
    rep = build_inventory_report(["fid-5", "fid-9"], validation=val)
    assert rep.issues[["severity", "check", "feature", "field"]].values.tolist() == [
        ["error", "schema:domain", "fid-9", "place_type"]
    ]


def test_duplicate_check_on_chosen_fields_only():
    # Same point, same type, different names: a duplicate only when names are ignored.
    xy = np.array([[10.0, 10.0], [10.0, 10.0]])
    attrs = pd.DataFrame({"t": ["bank", "bank"], "naam": ["a", "b"]})
    rep = build_inventory_report([1, 2], xy, attrs=attrs)
    assert "duplicate" not in set(rep.issues["check"])
    rep = build_inventory_report([1, 2], xy, attrs=attrs, duplicate_fields=["t"])
    assert rep.issues["feature"].tolist() == [2]
    with pytest.raises(WijkaanpakInputError, match="'kleur'"):
        build_inventory_report([1, 2], xy, attrs=attrs, duplicate_fields=["kleur"])


# ------------------------------------------------------------------------------ issue 8


MIXED_AGES = {
    "values": {
        "zandbak": {
            "kind": "speelplekken",
            "role": "equipment",
            "place_type": "speelplek",
            "age_0_5": 1,
            "age_6_11": 0,
            "age_12_17": 0,
        },
        "speeltoestel": {"kind": "speelplekken", "role": "equipment", "place_type": "speelplek"},
        "doeltje": {
            "kind": "speelplekken",
            "role": "equipment",
            "place_type": "trapveld",
            "age_0_5": 0,
            "age_6_11": 1,
            "age_12_17": 1,
        },
    }
}


def test_grouping_with_mixed_known_and_unknown_ages_flows_unknowns_through():
    """Issue 8.1: some mapped values carry ages, others not; the real path used to crash."""
    # Four playgrounds, 200 m apart, items 5 m apart within each:
    #   A: zandbak + speeltoestel       -> 0_5: 1 (zandbak yes); 6_11, 12_17: NULL (0 and ?)
    #   B: zandbak + zandbak            -> 1, 0, 0 (every item known)
    #   C: speeltoestel alone           -> NULL, NULL, NULL
    #   D: zandbak + doeltje            -> 0_5 1 (zandbak), 6_11 1, 12_17 1 (doeltje)
    values = ["zandbak", "speeltoestel", "zandbak", "zandbak", "speeltoestel", "zandbak", "doeltje"]
    xy = np.array([[0, 0], [5, 0], [200, 0], [205, 0], [400, 0], [600, 0], [605, 0]], float)
    mapping = value_mapping_from_dict(MIXED_AGES)
    res = apply_value_mapping(pd.Series(values), mapping, "speelplekken")
    frame = fill_from_mapping(pd.DataFrame({"source_id": list("abcdefg")}), res)
    labels, pg = group_equipment(xy, 25.0, frame)
    assert labels.tolist() == [0, 0, 1, 1, 2, 3, 3]
    got = pg[["age_0_5", "age_6_11", "age_12_17"]].astype(object)
    got = got.where(got.notna(), None).values.tolist()
    assert got == [[1, None, None], [1, 0, 0], [None, None, None], [1, 1, 1]]
    # D: one speelplek, one trapveld: a tie, broken alphabetically
    assert pg["place_type"].tolist() == ["speelplek"] * 4


# Items of a BOR-like export (metres), with a playground field and item names:
#   idx  x     group                    item name
#   0    0     'Speeltuin De Vlinder'   schommel
#   1    120   ' speeltuin  de vlinder' glijbaan     same playground (case, spaces), 120 m away
#   2    10    None                     None         no value: grouped by distance, never
#   3    20    None                     None           joined to the named one 10 m away
#   4    1000  '7'                      None         a playground number
#   5    1003  '7'                      None
#   6    2000  None                     Trapveld Oost
#   7    2010  None                     None
#   8    3000  None                     None         alone, no name at all
#   9    60    'Speeltuin De Vlinder'   wip
#   10   NaN   'Speeltuin De Vlinder'   zandbak      no coordinates: left out
GX = np.array([0, 120, 10, 20, 1000, 1003, 2000, 2010, 3000, 60, np.nan], dtype=float)
GROUP_XY = np.column_stack([GX, np.where(np.isnan(GX), np.nan, 0.0)])
GROUP_VALUES = pd.Series(
    [
        "Speeltuin De Vlinder",
        " speeltuin  de vlinder",
        None,
        "",
        "7",
        "7",
        None,
        None,
        None,
        "Speeltuin De Vlinder",
        "Speeltuin De Vlinder",
    ],
    dtype=object,
)
GROUP_ATTRS = pd.DataFrame(
    {
        "source_id": [f"s{i}" for i in range(11)],
        "name": ["schommel", "glijbaan", None, None, None, None, "Trapveld Oost"]
        + [None, None, "wip", "zandbak"],
        "place_type": ["speelplek"] * 11,
    }
)


def test_group_field_joins_named_items_however_far_and_gap_only_for_the_rest():
    labels, pg = group_equipment(GROUP_XY, 25.0, GROUP_ATTRS, group_key=GROUP_VALUES)
    assert labels.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 0, -1]
    assert pg["equipment_count"].tolist() == [3, 2, 2, 2, 1]
    assert pg["source_id"].tolist() == ["s0;s1;s9", "s2;s3", "s4;s5", "s6;s7", "s8"]
    np.testing.assert_allclose(pg["x"], [60, 15, 1001.5, 2005, 3000])
    np.testing.assert_allclose(pg["radius_m"], [60, 5, 1.5, 5, 0])


def test_playground_names_group_value_else_most_common_item_name_else_null():
    """Issue 8.3: names were the text 'nan'; the group value wins, NULL where none."""
    _labels, pg = group_equipment(GROUP_XY, 25.0, GROUP_ATTRS, group_key=GROUP_VALUES)
    # 0: 'Speeltuin De Vlinder' twice (idx 0, 9; idx 10 has no location) against one variant
    assert pg["name"].tolist() == ["Speeltuin De Vlinder", None, "7", "Trapveld Oost", None]
    assert pg["name"].map(type).tolist()[1] is type(None)  # NULL, not NaN or 'nan'
    # without a group field: the most common item name of each distance group
    labels, pg = group_equipment(GROUP_XY, 25.0, GROUP_ATTRS)
    # distance only: 0, 10, 20 chain (gap 25); 60 is 40 m from 20; 120 is 60 m from 60
    assert labels.tolist() == [0, 1, 0, 0, 2, 2, 3, 3, 4, 5, -1]
    assert pg["name"].tolist() == ["schommel", "glijbaan", None, "Trapveld Oost", None, "wip"]
    # no attrs at all: names NULL
    _labels, pg = group_equipment(GROUP_XY, 25.0)
    assert pg["name"].isna().all() and not (pg["name"] == "nan").any()


def _reference_groups(xy, keys, gap):
    """Independent reference: union-find over all pairs, joining equal keys and, for items
    without a key, pairs within the gap; returned as a set of frozensets of indices."""
    n = len(xy)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            ki, kj = keys[i], keys[j]
            if ki is not None and kj is not None:
                join = ki == kj
            elif ki is None and kj is None:
                join = math.hypot(*(xy[i] - xy[j])) <= gap
            else:
                join = False
            if join:
                parent[find(i)] = find(j)
    groups: dict = {}
    for i in range(n):
        groups.setdefault(find(i), set()).add(i)
    return {frozenset(g) for g in groups.values()}


def test_group_field_matches_brute_force_reference():
    rng = np.random.default_rng(8)
    xy = rng.uniform(0, 600, size=(400, 2))
    keys = [None if rng.random() < 0.5 else f"P{rng.integers(0, 40)}" for _ in range(400)]
    labels, pg = group_equipment(xy, 20.0, group_key=pd.Series(keys, dtype=object))
    got = {frozenset(np.flatnonzero(labels == k)) for k in range(len(pg))}
    assert got == _reference_groups(xy, keys, 20.0)


def test_grouped_item_fields_are_aggregated_not_dropped():
    xy = np.array([[0, 0], [5, 0], [10, 0], [500, 0]], dtype=float)
    attrs = pd.DataFrame(
        {
            "source_id": ["a", "b", "c", "d"],
            "place_type": ["speelplek"] * 4,
            "condition": ["goed", "Matig", None, None],
            "last_inspection": ["2023-05-01", "2021-11-30", None, None],
            "rating": [6.0, 8.0, None, None],
            "accessible": [0, None, 1, None],
            "surface_m2": [12.5, None, 7.5, None],
        }
    )
    _labels, pg = group_equipment(xy, 25.0, attrs)
    # worst condition, oldest inspection, mean rating, accessible if any item is, summed surface
    assert pg["condition"].tolist() == ["matig", None]
    assert pg["last_inspection"].tolist() == ["2021-11-30", None]
    assert pg.loc[0, "rating"] == 7.0 and np.isnan(pg.loc[1, "rating"])
    assert pg.loc[0, "accessible"] == 1 and pd.isna(pg.loc[1, "accessible"])
    assert pg.loc[0, "surface_m2"] == 20.0 and np.isnan(pg.loc[1, "surface_m2"])
    assert validate_places(pg, "speelplekken").ok


def test_grouping_issues_name_items_without_a_value_near_a_playground_and_wide_groups():
    ids = [f"f{i}" for i in range(11)]
    labels, pg = group_equipment(GROUP_XY, 25.0, GROUP_ATTRS, group_key=GROUP_VALUES)
    issues = grouping_issues(
        ids, GROUP_XY, labels, pg, GROUP_VALUES, 25.0, group_field="speelplek", spread_warning_m=50
    )
    # idx 2 (x=10) is 10 m from idx 0 and idx 3 (x=20) 20 m: both within 25 m of a named item;
    # idx 6-8 are far from any. The Vlinder playground reaches 60 m from its centre (> 50 m).
    rows = {(r.check, r.feature, r.value) for r in issues.itertuples()}
    assert rows == {
        ("group_missing", "f2", "Speeltuin De Vlinder"),
        ("group_missing", "f3", "Speeltuin De Vlinder"),
        ("group_spread", "f0", 60.0),
    }
    assert set(issues["severity"]) == {"warning"} and set(issues["field"]) == {"speelplek"}
    msg = issues.loc[issues.feature == "f3", "message"].iloc[0]
    assert "20.0 m" in msg and "f0" in msg
    # with the default 500 m, a 60 m playground is fine
    issues = grouping_issues(ids, GROUP_XY, labels, pg, GROUP_VALUES, 25.0)
    assert "group_spread" not in set(issues["check"])


def test_near_duplicates_of_the_same_type_are_flagged_whatever_their_ids():
    """Issue 8.9: an item re-entered 0.3 m away with a new id is a possible duplicate."""
    xy = np.array([[0, 0], [0.3, 0], [0.6, 0], [10, 0], [11.5, 0], [50, 0], [50.2, 0]], float)
    attrs = pd.DataFrame(
        {
            "type": ["schommel", "schommel", "wip", "zandbak", "zandbak", "bank", "bank"],
            "objectnr": ["1", "2", "3", "4", "5", "6", "7"],
        }
    )
    ids = [f"f{i}" for i in range(7)]
    # f1 repeats f0 (0.3 m, same type); f2 is 0.3 m from f1 but a wip; f4 is 1.5 m from f3;
    # f6 repeats f5, but f5 and f6 are not candidates (e.g. left out by the value mapping).
    candidates = np.array([True, True, True, True, True, False, False])
    rep = build_inventory_report(
        ids,
        xy,
        attrs=attrs,
        duplicate_fields=["type"],
        duplicate_tolerance_m=1.0,
        checked=candidates,
    )
    dup = rep.issues[rep.issues.check == "duplicate"]
    assert dup["feature"].tolist() == ["f1"] and dup["severity"].tolist() == ["warning"]
    msg = dup["message"].iloc[0]
    assert "f0" in msg and "0.30 m" in msg and "schommel" in msg
    # with every attribute compared (the old behaviour), the new id hides it
    rep = build_inventory_report(ids, xy, attrs=attrs, checked=candidates)
    assert "duplicate" not in set(rep.issues["check"])
    # a wider tolerance catches the zandbak pair, naming the earlier feature
    rep = build_inventory_report(
        ids, xy, attrs=attrs, duplicate_fields=["type"], duplicate_tolerance_m=2.0
    )
    dup = rep.issues[rep.issues.check == "duplicate"]
    assert dup["feature"].tolist() == ["f1", "f4", "f6"]
    with pytest.raises(WijkaanpakInputError, match="checked"):
        build_inventory_report(ids, xy, attrs=attrs, checked=candidates[:3])


def test_report_takes_extra_findings_and_counts_them():
    extra = pd.DataFrame(
        {
            "severity": ["warning"],
            "check": ["group_missing"],
            "feature": ["f1"],
            "field": ["speelplek"],
            "value": ["De Vlinder"],
            "message": ["..."],
        }
    )
    rep = build_inventory_report(
        ["f0", "f1"], np.zeros((2, 2)) + [[0, 0], [50, 0]], extra_issues=extra
    )
    assert rep.issues["check"].tolist() == ["group_missing"]
    assert rep.summary["warnings"] == 1 and rep.summary["by_check"] == {"group_missing": 1}


def test_source_attributes_kept_as_src_with_clashes_and_long_names_resolved():
    """Issue 8.7: attributes without a place in the schema are kept, never dropped."""
    long = "omschrijving_van_het_speeltoestel_volgens_de_leverancier_en_de_beheerder_x"
    frame = pd.DataFrame(
        {
            "objectnr": [1, 2, 3],
            "Type": ["a", None, "c"],
            "type": ["x", "y", None],
            "src_type": [1.5, None, 2.0],
            long: ["p", "q", "r"],
            "naam": ["n1", "n2", "n3"],
        }
    )
    src, names = source_attributes(frame, exclude=["naam"])
    # 'Type' and 'type' are one name to GeoPackage/SQLite (case-insensitive): the second
    # gets a number; 'src_type' becomes 'src_src_type'; the long name is cut to 63 characters.
    assert list(src.columns)[:4] == ["src_objectnr", "src_Type", "src_type_2", "src_src_type"]
    cut = list(src.columns)[4]
    assert len(cut) == 63 and cut == ("src_" + long)[:63]
    assert names == dict(zip(src.columns, ["objectnr", "Type", "type", "src_type", long]))
    assert src["src_objectnr"].tolist() == [1, 2, 3]  # numbers stay numbers
    assert src["src_Type"].tolist() == ["a", None, "c"]  # NULL stays NULL, not 'nan'/'None'
    assert src.index.equals(frame.index)
    # names taken by the output itself are avoided too, and cut names stay unique
    src, _ = source_attributes(
        pd.DataFrame({long + "1": [1], long + "2": [2]}), taken=["src_objectnr"]
    )
    assert len(set(c.lower() for c in src.columns)) == 2
    assert all(len(c) <= 63 for c in src.columns)


def test_source_attributes_of_grouped_items_distinct_values_joined():
    labels = np.array([0, 1, 0, 0, 1, 2])
    src = pd.DataFrame(
        {
            "src_bronhouder": ["G0233", "G0233", "G0233", "G0233", "G0233", None],
            "src_objectid": [11, 12, 13, 11, 14, 15],
            "src_status": ["bestaand", None, "bestaand", None, None, None],
            "src_staat": ["goed", "slecht", "matig", "goed", None, None],
        }
    )
    out = aggregate_source_attributes(src, labels, 3)
    assert out["src_bronhouder"].tolist() == ["G0233", "G0233", None]
    assert out["src_status"].tolist() == ["bestaand", None, None]
    # group 0 has objectids 11, 13, 11 -> '11;13'; the column becomes text
    assert out["src_objectid"].tolist() == ["11;13", "12;14", "15"]
    assert out["src_staat"].tolist() == ["goed;matig", "slecht", None]
    # a numeric column where every group agrees stays numeric
    same = aggregate_source_attributes(pd.DataFrame({"src_n": [5, 7, 5, 5, 7, 9]}), labels, 3)
    assert same["src_n"].tolist() == [5, 7, 9]


TEMPLATE_MAPPING = {
    "source_field": ["toesteltype", "categorie"],
    "values": {
        "schommel": {
            "kind": "speelplekken",
            "role": "equipment",
            "place_type": "speelplek",
            "age_6_11": 1,
        },
        "bank": {"kind": "ontmoetingsplekken", "place_type": "bankje"},
        "fietsenrek": None,
    },
}


def test_value_mapping_template_lists_every_value_with_empty_targets(tmp_path):
    """Issue 8.6: a template with every distinct value and its count, to fill in."""
    values = pd.Series(
        ["Schommel", "schommel ", "Wip", "Bank", None, "Fietsenrek"]
        + ["Nieuw ding", "Nieuw Ding", "Nieuw ding", "Zandbak", ""],
        dtype=object,
    )
    mapping = value_mapping_from_dict(TEMPLATE_MAPPING)
    assert mapping.source_fields == ("toesteltype", "categorie")
    assert mapping.source_field == "toesteltype"
    template = value_mapping_template(values, mapping, "speelplekken", "toesteltype", "bor")
    # Counted by hand; spellings that differ only in case or spaces are one value.
    assert template["_counts"] == {
        "Nieuw ding": 3,
        "Schommel": 2,
        "Bank": 1,
        "Fietsenrek": 1,
        "Wip": 1,
        "Zandbak": 1,
    }
    v = template["values"]
    assert list(v) == list(template["_counts"])  # most frequent first, then alphabetical
    assert v["Nieuw ding"]["_spellings"] == ["Nieuw ding", "Nieuw Ding"]
    for new in ("Nieuw ding", "Wip", "Zandbak"):
        assert v[new]["kind"] == "" and v[new]["place_type"] == "" and v[new]["role"] == ""
        assert v[new]["age_0_5"] is None and v[new]["_status"] == "unmapped"
    assert v["Schommel"]["place_type"] == "speelplek" and v["Schommel"]["age_6_11"] == 1
    assert v["Bank"]["kind"] == "ontmoetingsplekken" and v["Fietsenrek"] is None
    assert template["source_field"] == "toesteltype"
    assert any("2 feature(s) have no value" in line for line in template["_comment"])
    # Written and read back: unfilled entries count as not in the table (unmapped) ...
    path = tmp_path / "template.json"
    write_value_mapping_template(template, path)
    loaded = load_value_mapping(path)
    assert sorted(loaded.unfilled) == ["Nieuw ding", "Wip", "Zandbak"]
    res = apply_value_mapping(values, loaded, "speelplekken")
    assert res.status.tolist()[:3] == ["mapped", "mapped", "unmapped"]
    # ... and a filled-in entry is used.
    data = json.loads(path.read_text(encoding="utf-8"))
    data["values"]["Wip"].update(kind="speelplekken", role="equipment", place_type="speelplek")
    res = apply_value_mapping(values, value_mapping_from_dict(data), "speelplekken")
    assert res.status.tolist()[2] == "mapped"
    assert res.unmapped["value"].dropna().tolist() == ["Nieuw ding", "Nieuw Ding", "Zandbak"]


def test_every_distinct_unmapped_value_is_in_the_report_with_its_count():
    """Issue 8.6: the error showed 8 of 66 values; the report must hold all of them."""
    values = pd.Series([f"type {i:02d}" for i in range(66) for _ in range(i % 3 + 1)])
    res = apply_value_mapping(values, value_mapping_from_dict(TOY_MAPPING), "speelplekken")
    rep = build_inventory_report(
        np.arange(len(values)), unmapped=res.unmapped, unmapped_field="toesteltype"
    )
    rows = rep.issues[rep.issues.check == "unmapped_value"]
    assert len(rows) == 66
    counts = dict(zip(rows["value"], rows["message"]))
    for i in range(66):
        assert f"occurs {i % 3 + 1} time(s)" in counts[f"type {i:02d}"]


BOR_MAPPING = (
    Path(__file__).resolve().parents[2] / "resources" / "config" / "value_mapping_bor.json"
)


def test_bor_mapping_covers_the_usual_equipment_and_names_its_source():
    """Issue 8.6: a second mapping for BOR 'categorie'/'toesteltype' exports."""
    mapping = load_value_mapping(BOR_MAPPING)
    assert mapping.source_fields == ("toesteltype", "categorie") and not mapping.unfilled
    # the values the issue lists, spelled as a BOR export might
    listed = "Schommel, Glijbaan, Wip, Zandbak, Klimtoestel, Kabelbaan, Duikelrek, Draaitoestel, "
    listed += "Veerelement, Speelhuisje, Trapveld, Doeltjes, Basketbal"
    values = pd.Series([s.strip() for s in listed.split(",")])
    res = apply_value_mapping(values, mapping, "speelplekken")
    assert res.counts["mapped"] == 13
    assert set(res.attributes["role"]) == {"equipment"}
    ages = res.attributes[["age_0_5", "age_6_11", "age_12_17"]]
    assert ages.isin([0, 1]).sum().sum() + ages.isna().sum().sum() == 39
    # a sandpit is for the youngest (docs/schema.md's own example); a football pitch with its
    # goals for older children and teenagers
    assert ages.loc[3, "age_0_5"] == 1
    assert ages.loc[10, "age_12_17"] == 1 and ages.loc[11, "age_12_17"] == 1
    # benches in a BOR export are meeting places, not dropped
    bench = apply_value_mapping(pd.Series(["Bank"]), mapping, "ontmoetingsplekken")
    assert bench.attributes.loc[0, "place_type"] == "bankje"
    doc = json.loads(BOR_MAPPING.read_text(encoding="utf-8"))
    source = " ".join(doc["_source"])
    assert "Midden-Drenthe" in source and "CVDR33676" in source
    assert "OWN JUDGEMENT" in " ".join(doc["_comment"])  # ages per type are not from a source


def test_report_checks_only_the_features_the_import_uses_and_maps_schema_rows():
    xy = np.array([[0, 0], [5000, 0], [np.nan, np.nan], [10, 0]], dtype=float)
    used = np.array([True, False, False, True])  # f1, f2: left out by the value mapping
    items = pd.DataFrame(
        {"place_type": ["speelplek", "zwembad"], "source_id": ["a", "d"]}, index=[0, 3]
    )
    rep = build_inventory_report(
        ["f0", "f1", "f2", "f3"],
        xy,
        checked=used,
        area_extent=(0, 0, 100, 100),
        validation=validate_places(items, "speelplekken"),
        validation_rows=np.array([0, 3]),
    )
    # f2 has no location and f1 lies 4.9 km outside, but neither is used: only the schema
    # error of the fourth feature remains, named by its own id
    assert rep.issues[["check", "feature"]].values.tolist() == [["schema:domain", "f3"]]


def test_built_in_mapping_chosen_by_field_name_or_by_the_values():
    bgt, bor = load_value_mapping(), load_value_mapping(BOR_MAPPING)
    assert mapping_field(bgt, ["fid", "BGTPlusType"]) == "BGTPlusType"
    assert mapping_field(bor, ["Categorie", "toesteltype"]) == "toesteltype"  # first listed
    assert mapping_field(bor, ["soort"]) is None
    bor_values = pd.Series(["Schommel", "Zandbak", "Loopbrug"])
    chosen, result = best_value_mapping(bor_values, [bgt, bor], "speelplekken")
    assert chosen is bor and result.counts["mapped"] == 2
    bgt_values = pd.Series(["niet-bgt:speelvoorziening", "niet-bgt:bank"])
    chosen, _ = best_value_mapping(bgt_values, [bgt, bor], "speelplekken")
    assert chosen is bgt
    chosen, _ = best_value_mapping(pd.Series(["x"]), [bgt, bor], "speelplekken")
    assert chosen is bgt  # nothing known: the first


def test_docs_show_the_shipped_bor_table():
    text = (Path(__file__).resolve().parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    assert value_mapping_markdown(load_value_mapping(BOR_MAPPING)) in text
    assert "CVDR33676" in text and "own judgement" in text
