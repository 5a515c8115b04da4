"""Reach per resident, per area and per place; norm profiles; catchment polygons.

Expected values come from hand counts on tiny maps (arithmetic in the comments), brute-force
O(n·m) loops, closed-form grid distances, or the published norm figures.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.network import build_walk_network
from wijkaanpak.wijkaanpak_plugin.core.norms import (
    JANTJE_BETON_PLAY_SPACE_SHARE,
    JANTJE_BETON_SOURCE,
    load_norm_profiles,
    norm_profile,
    user_norm_profile,
)
from wijkaanpak.wijkaanpak_plugin.core.reach import (
    catchment_polygons,
    playground_reach,
    reach_per_area,
)

X0, Y0 = 150_000.0, 450_000.0  # RD New metres


def _xy(*pts):
    return np.array(pts, dtype=float) + [X0, Y0]


# --------------------------------------------------------------------------------------------
# Norm profiles
# --------------------------------------------------------------------------------------------


def test_presets_carry_the_published_distances_and_sources():
    profiles = load_norm_profiles()
    fit = profiles["fields_in_trust"]
    # Fields in Trust: LAP 100 m, LEAP 400 m, NEAP 1,000 m walking distance.
    assert (fit.max_walk_0_5_m, fit.max_walk_6_11_m, fit.max_walk_12_17_m) == (100, 400, 1000)
    assert "LAP" in fit.source and "NEAP" in fit.source
    md = norm_profile("midden_drenthe_2011")
    # Midden-Drenthe 2011: 0-5 100 m, 6-11 400 m, 12-14 1,000 m (used for 12-17, said so).
    assert (md.max_distance("0-5"), md.max_distance("6-11"), md.max_distance("12-17")) == (
        100.0,
        400.0,
        1000.0,
    )
    assert "12-14" in md.source and "12-17" in md.notes
    assert md.max_distance("65+") == md.max_distance("meeting")  # no 65+ norm: falls back
    assert JANTJE_BETON_PLAY_SPACE_SHARE == 0.03 and "3%" in JANTJE_BETON_SOURCE
    assert "100 m" in fit.help_text()


@pytest.mark.parametrize("bad", [0, -100, float("nan"), float("inf"), "400", None])
def test_norm_of_zero_or_nonsense_is_refused(bad):
    with pytest.raises(WijkaanpakInputError, match="6-11"):
        user_norm_profile(100, bad, 1000, 400)


def test_profile_file_round_trip_and_bad_file(tmp_path):
    own = user_norm_profile(150, 300, 800, 250, 200, name="Own policy")
    assert own.max_distance("65+") == 200 and own.largest_distance == 800
    good = tmp_path / "profiles.json"
    good.write_text(json.dumps({"profiles": [{**own.to_dict(), "key": "own"}]}))
    assert load_norm_profiles(good)["own"].max_walk_meeting_65plus_m == 200
    bad = tmp_path / "bad.json"
    data = own.to_dict()
    data["max_walk_m"]["0-5"] = 0
    bad.write_text(json.dumps({"profiles": [data]}))
    with pytest.raises(WijkaanpakInputError, match="0-5"):
        load_norm_profiles(bad)
    with pytest.raises(WijkaanpakInputError, match="Unknown norm profile"):
        norm_profile("nope")


# --------------------------------------------------------------------------------------------
# A hand-made map
# --------------------------------------------------------------------------------------------

NORM = user_norm_profile(100, 400, 1000, 400, 300, name="Test norm")

# Population points (x, y relative to X0, Y0), buurt code, counts 0-5 / 6-11 / 12-17 / 65+.
POP_XY = _xy((0, 0), (300, 0), (0, 900), (2000, 2000), (50, 50))
POP_CODE = ["BU01", "BU01", "BU02", "BU02", None]
RESIDENTS = {
    "0-5": [10, 4, 0, 3, 1],
    "6-11": [5, -99997, 8, 0, 0],  # P1 suppressed by CBS
    "12-17": [0, 6, 2, 0, 0],
    "65+": [20, 0, 10, np.nan, 0],  # P3 missing
}
# Places: Q0 playground 0-11 + meeting place, Q1 playground 6-17, Q2 playground 12-17,
# Q3 a bench (meeting place only).
PLACE_XY = _xy((0, 80), (300, 350), (0, 1300), (0, 610))
SERVES = {
    "0-5": [1, 0, 0, 0],
    "6-11": [1, 1, 0, 0],
    "12-17": [0, 1, 1, None],  # NULL = unknown = not suitable
    "meeting": [1, 0, 0, 1],
}
PLACE_CODE = ["BU01", "BU01", "BU02", "BU02"]
SURFACE = [500.0, 1500.0, np.nan, np.nan]


@pytest.fixture(scope="module")
def hand_reach():
    return playground_reach(POP_XY, RESIDENTS, PLACE_XY, SERVES, NORM, place_ids=[10, 11, 12, 13])


def test_hand_map_per_point(hand_reach):
    r = hand_reach
    # P0 → Q0 80 m; P1 → Q0 sqrt(300² + 80²) = 310.48 m; P2 → Q0 820 m; P3 → Q0
    # sqrt(2000² + 1920²) = 2772.4 m; P4 → Q0 sqrt(50² + 30²) = 58.31 m.
    expected = [80, math.hypot(300, 80), 820, math.hypot(2000, 1920), math.hypot(50, 30)]
    np.testing.assert_allclose(r.distance["0-5"], expected)
    np.testing.assert_array_equal(r.within_norm["0-5"], [True, False, False, False, True])
    # 6-11: P2 → Q1 sqrt(300² + 550²) = 626.5 m > 400.
    assert r.distance["6-11"][2] == pytest.approx(math.hypot(300, 550))
    assert r.nearest_place["6-11"][2] == 1
    # 12-17: P2 → Q2 400 m; P3 → Q2 sqrt(2000² + 700²) = 2119 m (Q1: 2369 m).
    assert r.distance["12-17"][2] == pytest.approx(400.0)
    assert r.nearest_place["12-17"][3] == 2
    # Meeting: P1 → Q0 310.48 m: within the 400 m meeting norm, not the 300 m 65+ norm.
    # P2 → Q3 290 m: within both.
    assert r.within_norm["meeting"][1] and not r.within_norm["65+"][1]
    assert r.distance["meeting"][2] == pytest.approx(290.0) and r.within_norm["65+"][2]
    # Gap: P3 (only 0-5 residents... all outside); P1 has 12-17 within, P2 has 12-17 and 65+.
    np.testing.assert_array_equal(r.gap, [False, False, False, True, False])
    # Suppressed: one 6-11 count (-99997) and one 65+ count (NaN), treated as 0.
    assert r.suppressed_count == {"0-5": 0, "6-11": 1, "12-17": 0, "65+": 1}
    assert r.suppressed_total == 2 and r.residents["6-11"][1] == 0
    frame = r.per_point()
    assert frame["nearest_place_0_5"].tolist() == [10, 10, 10, 10, 10]
    assert set(frame["distance_type"]) == {"straight-line"}
    assert frame["norm"].iloc[0].startswith("Test norm: 0-5 100 m")


def test_hand_map_per_place_catchment(hand_reach):
    pp = hand_reach.per_place()
    # 0-5: every point's nearest 0-5 place is Q0: 10 + 4 + 0 + 3 + 1 = 18; within: 10 + 1.
    assert pp["residents_0_5_nearest"].tolist() == [18, 0, 0, 0]
    assert pp["residents_0_5_nearest_within_norm"].tolist() == [11, 0, 0, 0]
    # 6-11: P0 → Q0 (5), P2 → Q1 (8, outside the norm).
    assert pp["residents_6_11_nearest"].tolist() == [5, 8, 0, 0]
    assert pp["residents_6_11_nearest_within_norm"].tolist() == [5, 0, 0, 0]
    # 12-17: P1 → Q1 (6), P2 → Q2 (2).
    assert pp["residents_12_17_nearest"].tolist() == [0, 6, 2, 0]
    # 65+ to meeting places: P0 → Q0 (20), P2 → Q3 (10).
    assert pp["residents_65plus_nearest"].tolist() == [20, 0, 0, 10]
    assert pp["place_id"].tolist() == [10, 11, 12, 13]


def test_hand_map_per_area(hand_reach):
    df = reach_per_area(
        hand_reach,
        POP_CODE,
        PLACE_CODE,
        area_codes=["BU01", "BU02", "BU03"],
        area_size_m2=[50_000, 80_000, 10_000],
        place_surface_m2=SURFACE,
    )
    bu1, bu2, bu3 = df.loc["BU01"], df.loc["BU02"], df.loc["BU03"]
    # BU01 = P0 + P1. 0-5: 10 + 4 = 14, within 10 → 10/14. 6-11: 5 + 0 (suppressed), all
    # within → 1. 65+: 20, within the 300 m norm (P0: 80 m) → 1.
    assert bu1["residents_0_5"] == 14 and bu1["share_0_5_within_norm"] == pytest.approx(10 / 14)
    assert bu1["share_6_11_within_norm"] == 1.0
    assert bu1["share_65plus_within_meeting_norm"] == 1.0
    # Places in BU01: Q0, Q1 playgrounds; Q0 also a meeting place → 1 per 20 residents 65+
    # = 50 per 1,000.
    assert (bu1["playgrounds"], bu1["playgrounds_0_5"], bu1["playgrounds_12_17"]) == (2, 1, 1)
    assert bu1["meeting_places_per_1000_65plus"] == pytest.approx(50.0)
    # Play space 500 + 1,500 = 2,000 m² for 14 + 5 + 6 = 25 children = 80 m² per child;
    # 2,000 / 50,000 = 4% ≥ 3%.
    assert bu1["play_space_m2"] == 2000 and bu1["play_space_m2_per_child"] == pytest.approx(80)
    assert bu1["play_space_pct_of_area"] == pytest.approx(4.0)
    assert bool(bu1["meets_jantje_beton_3pct"]) is True
    # BU02 = P2 + P3. 0-5: 0 + 3, none within → 0. 12-17: 2, within → 1. 65+: 10 + 0
    # (missing), P2 within → 1. One gap point (P3). Q2's surface is unknown → no play-space
    # figure. Q3 is a meeting place, not a playground: 1 playground, 1 meeting place per 10
    # residents 65+ = 100 per 1,000.
    assert bu2["share_0_5_within_norm"] == 0.0 and bu2["share_12_17_within_norm"] == 1.0
    assert bu2["residents_65plus"] == 10 and bu2["gap_points"] == 1
    assert (bu2["playgrounds"], bu2["meeting_places"]) == (1, 1)
    assert bu2["meeting_places_per_1000_65plus"] == pytest.approx(100.0)
    assert bu2["playgrounds_surface_unknown"] == 1 and np.isnan(bu2["play_space_m2"])
    assert pd.isna(bu2["meets_jantje_beton_3pct"])
    # BU03: nobody lives there, no places: shares undefined, 0 m² play space = 0% < 3%.
    assert bu3["population_points"] == 0 and np.isnan(bu3["share_0_5_within_norm"])
    assert bu3["play_space_m2"] == 0 and bool(bu3["meets_jantje_beton_3pct"]) is False
    # P4 has no buurt; it is counted outside the areas and every row names the norm.
    assert df.attrs["population_points_outside_areas"] == 1
    assert set(df["distance_type"]) == {"straight-line"}


def test_per_area_by_index_matches_per_area_by_code(hand_reach):
    by_code = reach_per_area(hand_reach, POP_CODE, PLACE_CODE)
    idx = np.array([0, 0, 1, 1, -1])
    by_index = reach_per_area(hand_reach, idx, np.array([0, 0, 1, 1]), area_codes=["BU01", "BU02"])
    pd.testing.assert_frame_equal(by_code, by_index, check_names=False)


def test_detour_factor_is_applied_and_stated():
    # P0 → Q0 is 80 m straight; × 1.3 = 104 m > 100 m.
    r = playground_reach(POP_XY, RESIDENTS, PLACE_XY, SERVES, NORM, detour_factor=1.3)
    assert r.distance["0-5"][0] == pytest.approx(104.0) and not r.within_norm["0-5"][0]
    assert r.distance_type == "straight-line × detour 1.3"


def test_group_without_place_layer_is_not_evaluated():
    # No meeting-place flags at all: 65+ is left out of gaps and shares, not "all outside".
    serves = {k: v for k, v in SERVES.items() if k != "meeting"}
    r = playground_reach(POP_XY, {"65+": [5, 5, 5, 5, 5]}, PLACE_XY, serves, NORM)
    assert "meeting" not in r.distance and not r.gap.any()
    df = reach_per_area(r, POP_CODE)
    assert "share_65plus_within_meeting_norm" not in df.columns


# --------------------------------------------------------------------------------------------
# Random data against brute force
# --------------------------------------------------------------------------------------------


def test_straight_line_reach_matches_brute_force():
    rng = np.random.default_rng(5)
    n, m = 2000, 150
    pts = rng.uniform(0, 3000, (n, 2)) + [X0, Y0]
    plc = rng.uniform(0, 3000, (m, 2)) + [X0, Y0]
    serves = {g: rng.random(m) < p for g, p in (("0-5", 0.5), ("6-11", 0.3), ("12-17", 0.1))}
    serves["meeting"] = rng.random(m) < 0.2
    res = {g: rng.integers(0, 20, n).astype(float) for g in ("0-5", "6-11", "12-17", "65+")}
    norm = norm_profile("fields_in_trust")
    r = playground_reach(pts, res, plc, serves, norm, detour_factor=1.2)
    pp = r.per_place()
    for g, src in (("0-5", "0-5"), ("6-11", "6-11"), ("12-17", "12-17"), ("65+", "meeting")):
        cand = np.nonzero(serves[src])[0]
        d_all = np.sqrt(((pts[:, None, :] - plc[None, cand, :]) ** 2).sum(axis=2)) * 1.2
        best = cand[d_all.argmin(axis=1)]
        d_min = d_all.min(axis=1)
        np.testing.assert_allclose(r.distance[src], d_min, rtol=1e-12)
        np.testing.assert_array_equal(r.nearest_place[src], best)
        np.testing.assert_array_equal(r.within_norm[g], d_min <= norm.max_distance(g))
        # Catchment by explicit loop over residents.
        expected = np.zeros(m)
        for i in range(n):
            expected[best[i]] += res[g][i]
        sfx = g.replace("-", "_").replace("+", "plus")
        np.testing.assert_allclose(pp[f"residents_{sfx}_nearest"], expected)


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


def test_bad_input_gets_clear_errors():
    with pytest.raises(WijkaanpakInputError, match="no points"):
        playground_reach(np.zeros((0, 2)), {"0-5": []}, PLACE_XY, SERVES, NORM)
    with pytest.raises(WijkaanpakInputError, match="detour"):
        playground_reach(POP_XY, RESIDENTS, PLACE_XY, SERVES, NORM, detour_factor=0.8)
    with pytest.raises(WijkaanpakInputError, match="degrees"):
        playground_reach(
            np.array([[5.1, 52.1]]), {"0-5": [1]}, np.array([[5.2, 52.1]]), {"0-5": [1]}, NORM
        )
    with pytest.raises(WijkaanpakInputError, match="same coordinate reference"):
        playground_reach(POP_XY, RESIDENTS, PLACE_XY + 50_000, SERVES, NORM)
    with pytest.raises(WijkaanpakInputError, match="Unknown resident age groups"):
        playground_reach(POP_XY, {"0-4": [1] * 5}, PLACE_XY, SERVES, NORM)
    with pytest.raises(WijkaanpakInputError, match="rows \\[1\\]"):
        playground_reach(_xy((0, 0), (np.nan, 0)), {"0-5": [1, 1]}, PLACE_XY, SERVES, NORM)
    with pytest.raises(WijkaanpakInputError, match="4 values for 5"):
        playground_reach(POP_XY, {"0-5": [1, 2, 3, 4]}, PLACE_XY, SERVES, NORM)
    with pytest.raises(WijkaanpakInputError, match="norm profile"):
        playground_reach(POP_XY, RESIDENTS, PLACE_XY, SERVES, {"0-5": 100})


# --------------------------------------------------------------------------------------------
# Network reach and catchment polygons
# --------------------------------------------------------------------------------------------


def test_network_reach_hand_count():
    # Street A(0,0) - B(100,0) - C(100,100). Playground (0-5) at (100,50) on BC; bench at
    # (0,-3), 3 m below A.
    net = build_walk_network([_xy((0, 0), (100, 0), (100, 100))])
    pop = _xy((20, 5), (100, 120), (400, 400))
    r = playground_reach(
        pop,
        {"0-5": [2, 3, 4], "65+": [1, 1, 1]},
        _xy((100, 50), (0, -3)),
        {"0-5": [1, 0], "meeting": [0, 1]},
        NORM,
        network=net,
        max_snap_distance=50,
    )
    # R0: 5 + 80 + 50 = 135 m > 100 to the playground; 5 + 20 + 3 = 28 m to the bench.
    # R1: 20 m to C, then 50 m down: 70 m. R2: 300+ m from the street: not snapped → inf.
    np.testing.assert_allclose(r.distance["0-5"][:2], [135.0, 70.0])
    assert r.distance["meeting"][0] == pytest.approx(28.0)
    assert np.isinf(r.distance["0-5"][2]) and not r.origin_snapped[2]
    assert r.distance_type == "network"
    assert any("farther than 50 m" in w for w in r.warnings)


def test_straight_line_catchment_never_contains_a_point_beyond():
    rng = np.random.default_rng(3)
    place = _xy((0, 0))
    pts = rng.uniform(-600, 600, (4000, 2)) + [X0, Y0]
    d = np.hypot(*(pts - place[0]).T) * 1.25
    c = catchment_polygons(place, 400.0, detour_factor=1.25)
    poly = c.geometries[0]
    inside = np.array([poly.contains(Point(p)) for p in pts])
    assert not inside[d > 400].any()
    assert inside[d < 0.99 * 400].all()  # and it is not needlessly small
    assert c.distance_type == "straight-line × detour 1.25"


def test_network_catchment_cuts_out_residents_beyond_the_distance():
    # Two parallel streets 10 m apart, not connected. Place at the west end of street A.
    lines = [_xy((0, 0), (400, 0)), _xy((0, 10), (400, 10))]
    net = build_walk_network(lines)
    pop = _xy((100, 6), (100, -5), (210, -3), (300, -5))
    c = catchment_polygons(
        _xy((0, 0)), 200.0, population_xy=pop, network=net, buffer_m=25.0, max_snap_distance=50
    )
    poly = c.geometries[0]
    # (100,6): 4 m from street B, which does not reach the place → infinitely far, yet within
    # 25 m of the reached part of A → must be cut out. (210,-3): 3 + 210 = 213 m > 200, in
    # the round end of the buffer → cut out. (100,-5): 5 + 100 = 105 m → inside.
    # (300,-5): 305 m, outside the buffer anyway.
    assert [poly.contains(Point(p)) for p in pop] == [False, True, False, False]
    assert [poly.intersects(Point(p)) for p in pop] == [False, True, False, False]
    assert c.cut_points.tolist() == [2]


def test_network_catchment_guarantee_on_a_grid_with_closed_form_distances():
    # Full square grid, 100 m spacing, 11 x 11 nodes; place at node (500, 500). On a full grid
    # the walking distance from a spot on a street to a node is the Manhattan distance; a
    # resident walks first to the nearest street (ties: either street).
    step, k = 100.0, 11
    ticks = np.arange(k) * step
    lines = []
    for i in range(k):  # each street is one line with a vertex at every crossing
        lines.append(np.column_stack([ticks, np.full(k, i * step)]) + [X0, Y0])
        lines.append(np.column_stack([np.full(k, i * step), ticks]) + [X0, Y0])
    net = build_walk_network(lines)
    rng = np.random.default_rng(9)
    rel = rng.uniform(0, (k - 1) * step, (3000, 2))
    cx, cy = 500.0, 500.0
    # Candidate spots: straight down/up to the nearest horizontal street, or sideways to the
    # nearest vertical street; the walking distance is the better of the two.
    hy = np.round(rel[:, 1] / step) * step
    vx = np.round(rel[:, 0] / step) * step
    via_h = np.abs(rel[:, 1] - hy) + np.abs(rel[:, 0] - cx) + np.abs(hy - cy)
    via_v = np.abs(rel[:, 0] - vx) + np.abs(vx - cx) + np.abs(rel[:, 1] - cy)
    leg_h = np.abs(rel[:, 1] - hy)
    leg_v = np.abs(rel[:, 0] - vx)
    ref = np.where(leg_h < leg_v, via_h, np.where(leg_v < leg_h, via_v, np.minimum(via_h, via_v)))
    leg = np.minimum(leg_h, leg_v)
    D = 350.0
    c = catchment_polygons(
        _xy((cx, cy)), D, population_xy=rel + [X0, Y0], network=net, buffer_m=25.0
    )
    poly = c.geometries[0]
    inside = np.array([poly.intersects(Point(p)) for p in rel + [X0, Y0]])
    assert not inside[ref > D].any()
    near = (ref <= D) & (leg <= 20)
    assert inside[near].mean() > 0.95
    assert c.cut_points[0] > 0  # the guarantee had to cut residents out


def test_residents_in_a_network_part_without_a_place_are_counted_unreachable():
    # Street A (0,0)-(300,0) has the playground (0-5 and 6-11) at (0,0) and the bench at
    # (300,0); street B (0,500)-(300,500) is not connected to it. R0 (100,5) lives on A,
    # R1 (100,505) and R2 (200,495) on B, R3 (150,250) is 245 m from both (not snapped).
    # R2 has only residents 65+, R1 only children 0-5.
    net = build_walk_network([_xy((0, 0), (300, 0)), _xy((0, 500), (300, 500))])
    r = playground_reach(
        _xy((100, 5), (100, 505), (200, 495), (150, 250)),
        {"0-5": [2, 3, 0, 1], "65+": [1, 0, 4, 1]},
        _xy((0, 0), (300, 0)),
        {"0-5": [1, 0], "6-11": [1, 0], "meeting": [0, 1]},
        NORM,
        network=net,
        max_snap_distance=50,
    )
    # On B nothing can be reached: R1 and R2 are unreachable for every place group; R3 is
    # not attached (unsnapped), which is counted apart.
    assert r.unreachable["0-5"].tolist() == [False, True, True, False]
    assert r.unreachable["meeting"].tolist() == [False, True, True, False]
    # Per point it counts when residents of a group cannot reach their place: R1 (0-5) and
    # R2 (65+); the residents concerned: 3 children 0-5 and 4 residents 65+.
    assert r.unreachable_points.tolist() == [False, True, True, False]
    assert r.unreachable_residents == {"0-5": 3.0, "65+": 4.0}
    assert r.per_point()["unreachable"].tolist() == [0, 1, 1, 0]
    area = reach_per_area(r, np.array([0, 0, 1, 1]))
    assert area["unreachable_points"].tolist() == [1, 1]
    assert area["unsnapped_points"].tolist() == [0, 1]
    assert any("cannot reach" in w for w in r.warnings)
    # Straight-line reach has no unreachable residents and no such columns.
    s = playground_reach(_xy((100, 5)), {"0-5": [1]}, _xy((0, 0)), {"0-5": [1]}, NORM)
    assert not s.unreachable_points.any() and "unreachable" not in s.per_point()


# --------------------------------------------------------------------------------------------
# Polygon places: measured to the polygon, not to its centroid
# --------------------------------------------------------------------------------------------


def _box(x1, y1, x2, y2):
    return _xy((x1, y1), (x2, y1), (x2, y2), (x1, y2))


# Park P: x 0..100, y 20..120 (centroid (50, 70)); a point playground Q at (500, 0).
PARK = [_box(0, 20, 100, 120)]


def test_polygon_place_straight_line_hand_count():
    pop = _xy((50, 70), (150, 70), (130, 160), (-20, 100), (450, 0))
    r = playground_reach(
        pop,
        {"0-5": [1, 1, 1, 1, 1]},
        _xy((50, 70), (500, 0)),
        {"0-5": [1, 1]},
        NORM,
        place_rings=[PARK, None],
    )
    # Inside: 0. (150,70): 50 m east of the park's edge x=100. (130,160): the corner
    # (100,120) at √(30² + 40²) = 50. (-20,100): 20 m west of x=0. (450,0): Q 50 m away,
    # the park's corner (100, 20) √(350² + 20²) = 350.6 m.
    np.testing.assert_allclose(r.distance["0-5"], [0, 50, 50, 20, 50])
    assert r.nearest_place["0-5"].tolist() == [0, 0, 0, 0, 1]
    # Measured from the centroid (50,70) the third resident would be √(80² + 90²) = 120.4 m
    # away, outside the 100 m norm; to the park it is 50 m.
    assert r.within_norm["0-5"].tolist() == [True, True, True, True, True]
    d = playground_reach(
        pop,
        {"0-5": [1] * 5},
        _xy((50, 70), (500, 0)),
        {"0-5": [1, 1]},
        NORM,
        place_rings=[PARK, None],
        detour_factor=1.5,
    )
    np.testing.assert_allclose(d.distance["0-5"], [0, 75, 75, 30, 75])
    # Only polygon places: the last resident is then 350.6 m from the park's corner.
    only = playground_reach(
        pop, {"0-5": [1] * 5}, _xy((50, 70)), {"0-5": [1]}, NORM, place_rings=[PARK]
    )
    np.testing.assert_allclose(only.distance["0-5"], [0, 50, 50, 20, np.hypot(350, 20)])


def test_polygon_place_over_the_network_hand_count():
    # Street S (-300,0)-(300,0) passes 20 m below the park without entering. Footpath F
    # (200,0)-(200,72.5)-(50,72.5)-(50,110) enters the park at (100,72.5) (between two of
    # the boundary samples taken every 5 m) and ends inside it.
    net = build_walk_network(
        [_xy((-300, 0), (300, 0)), _xy((200, 0), (200, 72.5), (50, 72.5), (50, 110))]
    )
    pop = _xy((-100, 5), (210, 60), (60, 75), (150, 74.5), (-290, -40), (30, 135))
    r = playground_reach(
        pop,
        {"0-5": [1] * 6},
        _xy((50, 70), (50, 1000)),
        {"0-5": [1, 1]},
        user_norm_profile(1000, 400, 1000, 400),
        place_rings=[PARK, [_box(0, 990, 10, 1000)]],
        network=net,
        max_snap_distance=50,
    )
    # R0: 5 m to S, 100 m along S to x=0, then the step of 20 m up to the park's corner
    #     (0,20): 125 m (via F: 5 + 300 + 72.5 + 100 = 477.5).
    # R1: 10 m to F at (200,60), 12.5 up, 100 west to the entry (100,72.5): 122.5 m (down
    #     and along S to the corner (100,20): 10 + 60 + 100 + 20 = 190).
    # R2: inside the park: 0. R3: 2 m to F at (150,72.5), 50 m to the entry: 52 m.
    # R4: 40 m to S at (-290,0), 290 m along S, 20 m step: 350 m.
    # R5 (30,135), outside the park: its nearest network spot is F's end (50,110), inside
    #     the park, √(20² + 25²) = 32.02 m away: it has reached the park there.
    expected = [125, 122.5, 0, 52, 350, np.hypot(20, 25)]
    np.testing.assert_allclose(r.distance["0-5"], expected, atol=1e-9)
    assert r.nearest_place["0-5"].tolist() == [0] * 6
    # The park is attached (the path enters it: 0 m); the far playground is not.
    assert r.place_snapped.tolist() == [True, False]
    assert r.place_snap_distance[0] == 0
    # Measured from the park's centroid (50,70) instead, R0 would walk 5 + 300 + 72.5 + 150
    # + 2.5 = 530 m: the polygon is what the resident walks to.


def test_polygon_place_network_distances_match_a_shapely_reference():
    # A jittered street grid and three parks. Reference, written apart from the core: the
    # park is a set of point places: every network vertex inside it (shapely contains),
    # every point where a street crosses its boundary (shapely intersection), and its
    # boundary sampled every 5 m (vertices included), all snapped by brute force and searched
    # with the heapq Dijkstra of the network tests.
    from shapely.geometry import LineString, Polygon

    from wijkaanpak.tests.unit.test_network import _reference_nearest

    rng = np.random.default_rng(21)
    k, step = 8, 80.0
    nodes = (
        rng.normal(0, 5, (k, k, 2))
        + np.stack(np.meshgrid(np.arange(k) * step, np.arange(k) * step, indexing="ij"), -1)
        + [X0, Y0]
    )
    lines = [nodes[i, :, :] for i in range(k)] + [nodes[:, j, :] for j in range(k)]
    net = build_walk_network(lines)
    parks = [
        [_xy((100, 130), (190, 120), (200, 210), (95, 200))],  # crossed by streets
        [_xy((250, 250), (290, 252), (288, 295), (252, 290))],  # inside a block
        [_xy((420, 30), (470, 40), (460, 90), (415, 85))],
    ]
    shapes = [Polygon(p[0]) for p in parks]
    origins = rng.uniform(0, (k - 1) * step, (400, 2)) + [X0, Y0]
    outside = np.array([not any(s.contains(Point(o)) for s in shapes) for o in origins])
    origins = origins[outside]

    labels, pts = [], []
    for q, shape in enumerate(shapes):
        ring = np.asarray(shape.exterior.coords)
        for a, b in zip(ring[:-1], ring[1:]):
            n = max(int(np.ceil(np.hypot(*(b - a)) / 5.0)), 1)
            for t in np.arange(n) / n:
                pts.append(a + t * (b - a))
                labels.append(q)
        for line in lines:
            inter = LineString(line).intersection(shape.exterior)
            for g in getattr(inter, "geoms", [inter]):
                if not g.is_empty and g.geom_type == "Point":
                    pts.append([g.x, g.y])
                    labels.append(q)
            for v in line:
                if shape.contains(Point(v)):
                    pts.append(v)
                    labels.append(q)
    ref_d, _ = _reference_nearest(lines, origins, np.array(pts), max_snap=50)

    from wijkaanpak.wijkaanpak_plugin.core.network import (
        nearest_place_over_network,
        places_on_network,
    )

    centroids = np.array([[s.centroid.x, s.centroid.y] for s in shapes])
    on_net = places_on_network(net, centroids, 50, place_rings=parks)
    got = nearest_place_over_network(net, origins, on_net, max_snap_distance=50)
    # Origins whose snapped spot lies on a stretch inside a park are at their snap leg;
    # the reference (point entries) makes them walk to the end of the stretch: skip them.
    from wijkaanpak.wijkaanpak_plugin.core.network import on_network_xy, snap_to_network

    spot = on_network_xy(net, snap_to_network(net, origins, 50))
    on_stretch = np.array([any(s.contains(Point(p)) for s in shapes) for p in spot])
    fin = np.isfinite(ref_d) & ~on_stretch
    assert fin.sum() > 250
    np.testing.assert_allclose(got.distance[fin], ref_d[fin], rtol=1e-9, atol=1e-6)


def test_polygon_place_catchments():
    rng = np.random.default_rng(4)
    pts = rng.uniform(-300, 400, (3000, 2)) + [X0, Y0]
    park = PARK[0]
    from shapely.geometry import Polygon

    shape = Polygon(park)
    d = np.array([shape.distance(Point(p)) for p in pts]) * 1.25
    c = catchment_polygons(_xy((50, 70)), 200.0, detour_factor=1.25, place_rings=[PARK])
    poly = c.geometries[0]
    inside = np.array([poly.contains(Point(p)) for p in pts])
    assert not inside[d > 200].any()
    assert inside[d < 0.99 * 200].all()
    # Over the network (street S and footpath F of the hand count above): the park itself is
    # in its catchment, and nobody farther than the distance.
    net = build_walk_network(
        [_xy((-300, 0), (300, 0)), _xy((200, 0), (200, 72.5), (50, 72.5), (50, 110))]
    )
    c = catchment_polygons(
        _xy((50, 70)),
        130.0,
        population_xy=_xy((60, 75), (-100, 5), (210, 60), (-150, 5)),
        network=net,
        place_rings=[PARK],
        max_snap_distance=50,
    )
    poly = c.geometries[0]
    # (60,75) inside the park (0 m); (-100,5) 125 m; (210,60) 122.5 m; (-150,5) 175 m.
    assert [poly.contains(Point(p)) for p in _xy((60, 75), (-100, 5), (210, 60), (-150, 5))] == [
        True,
        True,
        True,
        False,
    ]
    assert poly.contains(Polygon(park).buffer(-1))


# --------------------------------------------------------------------------------------------
# The kept model: any point, a place's catchment, "why is this a gap?"
# --------------------------------------------------------------------------------------------


def test_catchment_residents_of_one_place_hand_count(hand_reach):
    # Counted by hand in test_hand_map_per_place_catchment: Q0 is the nearest 0-5 place of
    # everyone (18, within 10 + 1), the nearest 6-11 place of P0 (5, within) and the nearest
    # meeting place of P0 (20, 80 m: within the 300 m 65+ norm).
    assert hand_reach.catchment_residents(0) == {"0-5": 18, "6-11": 5, "12-17": 0, "65+": 20}
    assert hand_reach.catchment_residents(0, within_norm=True) == {
        "0-5": 11,
        "6-11": 5,
        "12-17": 0,
        "65+": 20,
    }
    # Q3, the bench: P2's 10 residents 65+ at 290 m (within 300 m).
    assert hand_reach.catchment_residents(3, within_norm=True)["65+"] == 10
    with pytest.raises(WijkaanpakInputError, match="does not exist"):
        hand_reach.catchment_residents(4)


def test_model_answers_any_point_against_brute_force():
    from shapely.geometry import Polygon

    from wijkaanpak.wijkaanpak_plugin.core.reach_model import ReachModel

    rng = np.random.default_rng(8)
    places = rng.uniform(0, 2000, (30, 2)) + [X0, Y0]
    rings = [None] * 30
    rings[3] = [_box(300, 300, 420, 380)]
    rings[17] = [_box(1500, 200, 1530, 900)]
    serves = {"0-5": rng.random(30) < 0.4, "meeting": rng.random(30) < 0.3}
    serves["0-5"][[3, 17]] = True
    model = ReachModel(places, serves, NORM, detour_factor=1.25, place_rings=rings)
    pts = rng.uniform(-200, 2200, (500, 2)) + [X0, Y0]
    got = model.nearest(pts)
    shapes = {i: Polygon(r[0]) for i, r in enumerate(rings) if r}
    for g in ("0-5", "meeting"):
        cand = np.nonzero(serves[g])[0]
        ref = np.array(
            [
                [
                    shapes[c].distance(Point(p)) if c in shapes else np.hypot(*(p - places[c]))
                    for c in cand
                ]
                for p in pts
            ]
        )
        np.testing.assert_allclose(got[g].distance, ref.min(axis=1) * 1.25, atol=1e-9)
        np.testing.assert_array_equal(got[g].place, cand[ref.argmin(axis=1)])
    # The same model again (kept trees) gives the same answers.
    again = model.nearest(pts, groups=["0-5"])
    np.testing.assert_array_equal(again["0-5"].distance, got["0-5"].distance)


def test_explain_point_on_the_hand_map(hand_reach):
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import explain_point

    # P2 (0, 900): 0-5 Q0 820 m (norm 100); 6-11 Q1 √(300² + 550²) = 626.5 m (400);
    # 12-17 Q2 400 m (1000); 65+ the bench Q3 290 m (the 300 m 65+ norm).
    lines = explain_point(hand_reach.model, POP_XY[2])
    assert [p.group for p in lines] == ["0-5", "6-11", "12-17", "65+"]
    assert [p.place_id for p in lines] == [10, 11, 12, 13]
    np.testing.assert_allclose(
        [p.distance for p in lines], [820, math.hypot(300, 550), 400, 290], atol=1e-9
    )
    assert [p.within_norm for p in lines] == [False, False, True, True]
    assert [p.norm_m for p in lines] == [100, 400, 1000, 300]
    for p, q in zip(lines, (0, 1, 2, 3)):
        np.testing.assert_allclose(p.path, np.vstack([POP_XY[2], PLACE_XY[q]]))
    assert lines[0].distance_type == "straight-line" and lines[0].place_label == "fid 10"


def test_route_to_a_polygon_place_ends_on_its_edge():
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import ReachModel

    model = ReachModel(
        _xy((50, 70), (500, 0)),
        {"0-5": [1, 1]},
        NORM,
        place_rings=[PARK, None],
        detour_factor=1.5,
    )
    # (150, 70): 50 m east of the park's edge x = 100; × 1.5 = 75 m, drawn 50 m long.
    r = model.route(_xy((150, 70))[0], "0-5")
    np.testing.assert_allclose(r.path, _xy((150, 70), (100, 70)))
    assert r.distance == pytest.approx(75.0) and r.length == pytest.approx(50.0)
    # Inside the park: 0 m, the point alone.
    inside = model.route(_xy((50, 70))[0], "0-5")
    assert inside.inside and inside.distance == 0 and len(inside.path) == 1
    # (450, 0): the point playground Q, 50 m.
    q = model.route(_xy((450, 0))[0], "0-5")
    assert q.place == 1 and q.distance == pytest.approx(75.0)
    np.testing.assert_allclose(q.path, _xy((450, 0), (500, 0)))


def test_explain_point_over_the_network_hand_count():
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import UNSNAPPED, explain_point

    # The street of test_network_reach_hand_count: A(0,0) - B(100,0) - C(100,100), the
    # playground on BC at (100,50), the bench 3 m below A.
    net = build_walk_network([_xy((0, 0), (100, 0), (100, 100))])
    r = playground_reach(
        _xy((20, 5), (400, 400)),
        {"0-5": [2, 3], "65+": [1, 1]},
        _xy((100, 50), (0, -3)),
        {"0-5": [1, 0], "meeting": [0, 1]},
        NORM,
        network=net,
        max_snap_distance=50,
    )
    play, bench = explain_point(r.model, _xy((20, 5))[0])
    # 5 + 80 + 50 = 135 m to the playground (norm 100: outside); 5 + 20 + 3 = 28 m to the
    # bench (300: within); the same figures as the reach of that resident.
    assert play.distance == pytest.approx(135.0) == r.distance["0-5"][0]
    assert bench.distance == pytest.approx(28.0) == r.distance["meeting"][0]
    assert (play.within_norm, bench.within_norm) == (False, True)
    np.testing.assert_allclose(play.path, _xy((20, 5), (20, 0), (100, 0), (100, 50)))
    np.testing.assert_allclose(bench.path, _xy((20, 5), (20, 0), (0, 0), (0, -3)))
    # 400 m from the street: not attached, said so.
    far = explain_point(r.model, _xy((400, 400))[0])
    assert all(p.reason == UNSNAPPED and not p.found for p in far)
    assert far[0].snap_distance == pytest.approx(math.hypot(300, 300))


# --------------------------------------------------------------------------------------------
# The analysis in one call
# --------------------------------------------------------------------------------------------


def _hand_inputs(**changes):
    from wijkaanpak.wijkaanpak_plugin.core.reach_analysis import (
        AreaInput,
        PlaceInput,
        PopulationInput,
        ReachInputs,
    )

    inputs = ReachInputs(
        population=PopulationInput(
            xy=POP_XY,
            fids=np.arange(1, 6),
            counts={g: list(v) for g, v in RESIDENTS.items()},
            labels={"0-5": "k05", "6-11": "k611", "12-17": "k1217", "65+": "s65"},
        ),
        playgrounds=PlaceInput(
            xy=PLACE_XY[:3],
            fids=np.array([1, 2, 3]),
            names=["Q0", "Q1", None],
            ages={"0-5": [1, 0, 0], "6-11": [1, 1, 0], "12-17": [0, 1, None]},
            surface_m2=SURFACE[:3],
        ),
        meeting_places=PlaceInput(xy=PLACE_XY[[0, 3]], fids=np.array([7, 8])),
        areas=AreaInput(
            codes=["BU01", "BU02"],
            rings=[[_box(-100, -100, 400, 500)], [_box(-100, 500, 400, 1500)]],
            code_field="buurtcode",
        ),
        norm=NORM,
        suppressed_value=0.0,
    )
    for key, value in changes.items():
        setattr(inputs, key, value)
    return inputs


def test_analysis_in_one_call_hand_count():
    from wijkaanpak.wijkaanpak_plugin.core.reach_analysis import analyse_reach

    seen = []
    a = analyse_reach(_hand_inputs(), progress=lambda f: seen.append(f) or True)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    # The playgrounds' age flags: Q2's 12-17 is NULL (unknown: serves, the default).
    assert a.unknown_ages == {"0-5": 0, "6-11": 0, "12-17": 1}
    pop = a.population
    assert pop["source_fid"].tolist() == [1, 2, 3, 4, 5]
    np.testing.assert_allclose(
        pop["dist_0_5"], [80, math.hypot(300, 80), 820, math.hypot(2000, 1920), math.hypot(50, 30)]
    )
    # Meeting places are Q0's spot (fid 7) and the bench (fid 8): P2's is the bench, 290 m.
    assert pop["nearest_place_meeting"].tolist()[2] == 8
    assert pop["suppressed"].tolist() == [0, 1, 0, 1, 0]  # P1's 6-11, P3's 65+
    # Areas: BU01 holds P0, P1, P4 (and Q0, Q1); BU02 P2; P3 lies in none.
    areas = a.areas.set_index("buurtcode")
    assert areas.loc["BU01", "residents_0_5"] == 10 + 4 + 1
    assert areas.loc["BU01", "share_0_5_within_norm"] == pytest.approx((10 + 1) / 15)
    assert areas.loc["BU01", "play_space_m2"] == pytest.approx(2000)  # 500 + 1500
    assert a.population_outside_areas == 1
    assert a.population_area.tolist() == [0, 0, 1, -1, 0]
    places = a.places
    assert places["place_kind"].tolist() == ["playground"] * 3 + ["meeting place"] * 2
    assert places["name"].tolist()[:3] == ["Q0", "Q1", None]
    assert places["source_fid"].tolist() == [1, 2, 3, 7, 8]
    # The gap: P3 only.
    assert a.gaps["source_fid"].tolist() == [4]
    # What later questions need is kept: the model answers for the same points.
    again = a.model.nearest(POP_XY)
    np.testing.assert_array_equal(again["0-5"].distance, a.reach.distance["0-5"])


def test_analysis_names_the_input_it_cannot_use():
    from wijkaanpak.wijkaanpak_plugin.core.reach_analysis import (
        AREA_INPUT,
        POPULATION_INPUT,
        AnalysisCancelledError,
        AreaInput,
        ReachInputError,
        analyse_reach,
    )

    inputs = _hand_inputs()
    inputs.population.counts = {}
    with pytest.raises(ReachInputError) as error:
        analyse_reach(inputs)
    assert error.value.input == POPULATION_INPUT
    far = AreaInput(codes=["X"], rings=[[_box(9000, 9000, 9100, 9100)]])
    with pytest.raises(ReachInputError) as error:
        analyse_reach(_hand_inputs(areas=far))
    assert error.value.input == AREA_INPUT
    with pytest.raises(AnalysisCancelledError):
        analyse_reach(_hand_inputs(), progress=lambda f: f < 0.5)


def test_norm_words_in_dutch_for_the_docks_as_in_the_outputs():
    """The docks and the toolbar show a norm in the user's language: the Dutch words below are
    written out by hand from norm_profiles.json (names, metres) and the glossary."""
    from wijkaanpak.wijkaanpak_plugin.core.norms import load_norm_profiles
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import reach_text

    profile = load_norm_profiles()["midden_drenthe_2011"]
    assert reach_text(profile.name, "nl") == "Speelbeleid Midden-Drenthe 2011"
    assert reach_text(profile.describe(), "nl") == (
        "Speelbeleid Midden-Drenthe 2011: 0-5 100 m, 6-11 400 m, 12-17 1000 m, "
        "ontmoetingsplek 400 m"
    )
    assert reach_text(profile.describe(), "en") == profile.describe()
    assert reach_text("network", "nl") == "over het netwerk"
