"""Scenarios: a new, moved or removed place, applied incrementally, against full recomputation.

Every expected value comes from elsewhere than the incremental code: a hand count on a tiny
map (arithmetic in the comments), or a full reach analysis (``analyse_reach``, the one core
call every output uses) run from scratch on the edited inventory after every edit; closure
impact against a full analysis without each place in turn.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.network import build_walk_network
from wijkaanpak.wijkaanpak_plugin.core.norms import norm_profile, user_norm_profile
from wijkaanpak.wijkaanpak_plugin.core.reach_analysis import (
    PlaceInput,
    PopulationInput,
    ReachInputs,
    analyse_reach,
)
from wijkaanpak.wijkaanpak_plugin.core.scenario import (
    ADD,
    MEETING_PLACE,
    MOVE,
    PLAYGROUND,
    REMOVE,
    NewPlace,
    RankingInput,
    Scenario,
    ScenarioEdit,
    closure_impact,
    compare_scenarios,
    edits_from_frame,
    scenario_from_analysis,
)

X0, Y0 = 150_000.0, 450_000.0
GROUPS = ("0-5", "6-11", "12-17", "65+")
SERVED = {"0-5": "0-5", "6-11": "6-11", "12-17": "12-17", "65+": "meeting"}
SHARE = {
    "0-5": "share_0_5_within_norm",
    "6-11": "share_6_11_within_norm",
    "12-17": "share_12_17_within_norm",
    "65+": "share_65plus_within_meeting_norm",
}


# --------------------------------------------------------------------------------------------
# A tiny random map, its inventory, and the full recomputation
# --------------------------------------------------------------------------------------------


class TinyMap:
    """Residents, an inventory that edits change, optionally a street grid; ``full()`` runs
    the whole reach analysis from scratch on the inventory as it is now."""

    def __init__(
        self, seed: int, network: bool = False, polygons: bool = False, size=1200.0,
        all_ages: bool = False,
    ):  # fmt: skip
        rng = np.random.default_rng(seed)
        self.rng = rng
        self.size = size
        n = int(rng.integers(25, 60))
        self.pop_xy = rng.uniform(0, size, (n, 2)) + [X0, Y0]
        self.counts = {g: rng.integers(0, 4, n).astype(float) for g in GROUPS}
        self.codes = np.where(self.pop_xy[:, 0] - X0 < size / 2, "WEST", "EAST").astype(object)
        self.codes[(self.pop_xy[:, 1] - Y0) > 0.8 * size] = "NORTH"
        self.norm = user_norm_profile(150, 300, 500, 250, 350, name="tiny")
        self.places = []  # dicts: kind, xy, ages, fid, rings, name
        for i in range(int(rng.integers(4, 9))):
            ages = rng.integers(0, 2, 3)
            if not ages.any():
                ages[rng.integers(0, 3)] = 1
            if all_ages:  # like BGT play equipment: every item serves every age group
                ages[:] = 1
            self.places.append(
                {
                    "kind": PLAYGROUND,
                    "xy": rng.uniform(0, size, 2) + [X0, Y0],
                    "ages": tuple(int(a) for a in ages),
                    "fid": i + 1,
                    "rings": [],
                    "name": f"P{i + 1}",
                }
            )
        if polygons:
            for place in self.places[:2]:
                x, y = place["xy"]
                w = float(rng.uniform(20, 80))
                ring = np.array([[x - w, y - w], [x + w, y - w], [x + w, y + w], [x - w, y + w]])
                place["rings"] = [np.vstack([ring, ring[:1]])]
        for j in range(int(rng.integers(2, 5))):
            self.places.append(
                {
                    "kind": MEETING_PLACE,
                    "xy": rng.uniform(0, size, 2) + [X0, Y0],
                    "ages": (0, 0, 0),
                    "fid": j + 1,  # the same ids as playgrounds: kinds keep them apart
                    "rings": [],
                    "name": None,
                }
            )
        self.network = None
        if network:
            self.network = grid_network(rng, size)
        self.next_key = 100

    def inputs(self) -> ReachInputs:
        play = [p for p in self.places if p["kind"] == PLAYGROUND]
        meet = [p for p in self.places if p["kind"] == MEETING_PLACE]
        rings = [p["rings"] for p in play]
        return ReachInputs(
            population=PopulationInput(
                xy=self.pop_xy,
                fids=np.arange(1, len(self.pop_xy) + 1),
                counts={g: list(v) for g, v in self.counts.items()},
                area_codes=self.codes,
                area_field="code",
            ),
            playgrounds=PlaceInput(
                xy=np.array([p["xy"] for p in play]).reshape(-1, 2),
                fids=np.array([p["fid"] for p in play]),
                names=[p["name"] for p in play],
                rings=rings if any(len(r) for r in rings) else None,
                ages={
                    g: [p["ages"][k] for p in play] for k, g in enumerate(("0-5", "6-11", "12-17"))
                },
            ),
            meeting_places=PlaceInput(
                xy=np.array([p["xy"] for p in meet]).reshape(-1, 2),
                fids=np.array([p["fid"] for p in meet]),
            ),
            norm=self.norm,
            network=self.network,
        )

    def full(self):
        return analyse_reach(self.inputs())

    # edits on both sides ----------------------------------------------------------------

    def random_edit(self):
        rng = self.rng
        present_play = [p for p in self.places if p["kind"] == PLAYGROUND]
        present_meet = [p for p in self.places if p["kind"] == MEETING_PLACE]
        roll = rng.random()
        can_remove = [
            p
            for p in self.places
            if (p["kind"] == PLAYGROUND and len(present_play) > 1)
            or (p["kind"] == MEETING_PLACE and len(present_meet) > 1)
        ]
        xy = rng.uniform(0, self.size, 2) + [X0, Y0]
        if roll < 0.4 or not can_remove:
            kind = PLAYGROUND if rng.random() < 0.7 else MEETING_PLACE
            ages = (0, 0, 0)
            if kind == PLAYGROUND:
                a = rng.integers(0, 2, 3)
                if not a.any():
                    a[rng.integers(0, 3)] = 1
                ages = tuple(int(v) for v in a)
            key = self.next_key
            self.next_key += 1
            self.places.append(
                {"kind": kind, "xy": xy, "ages": ages, "fid": key, "rings": [], "name": None,
                 "new": True}
            )  # fmt: skip
            groups = tuple(g for g, f in zip(("0-5", "6-11", "12-17"), ages) if f)
            return ScenarioEdit(ADD, kind, tuple(xy), groups, key=key)
        place = can_remove[int(rng.integers(0, len(can_remove)))]
        ref = NewPlace(place["fid"]) if place.get("new") else place["fid"]
        if roll < 0.7:
            place["xy"] = xy
            place["rings"] = []  # a moved polygon place becomes a point
            return ScenarioEdit(MOVE, place["kind"], tuple(xy), ref=ref)
        self.places = [p for p in self.places if p is not place]
        return ScenarioEdit(REMOVE, place["kind"], ref=ref)


def grid_network(rng, size: float, spacing: float = 100.0):
    """A jittered street grid over the map, some links missing, a few one-way."""
    k = int(size // spacing) + 2
    node = (
        np.stack(np.meshgrid(np.arange(k), np.arange(k), indexing="ij"), axis=-1) * spacing
        - spacing / 2
        + rng.normal(0, 8, (k, k, 2))
        + [X0, Y0]
    )
    lines, oneway = [], []
    for i in range(k):
        for j in range(k):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < k and j + dj < k and rng.random() > 0.08:
                    lines.append(np.array([node[i, j], node[i + di, j + dj]]))
                    oneway.append(int(rng.choice([0, 0, 0, 0, 1, -1])))
    return build_walk_network(lines, one_way=oneway)


def assert_same_as_full(scenario: Scenario, analysis) -> None:
    """The scenario's kept distances, within-norm flags and area shares equal a full run."""
    reach = analysis.reach
    for g in scenario.groups:
        full = reach.distance[g]
        r = scenario.radius[g]
        expected = np.where(full <= r, full, np.inf)
        got = scenario.distance(g)
        assert np.array_equal(np.isfinite(got), np.isfinite(expected)), g
        fin = np.isfinite(expected)
        np.testing.assert_allclose(got[fin], expected[fin], rtol=0, atol=1e-7, err_msg=g)
    for rg in GROUPS:
        np.testing.assert_array_equal(scenario.within(rg), reach.within_norm[rg], err_msg=rg)
    shares = scenario.area_shares()
    areas = analysis.areas.set_index("code")
    for rg in GROUPS:
        np.testing.assert_allclose(
            shares[rg].to_numpy(),
            areas.loc[shares.index, SHARE[rg]].to_numpy(dtype=float),
            rtol=0,
            atol=1e-12,
            err_msg=rg,
        )


def run_random_edits(
    seed: int, network: bool, polygons: bool, steps: int, all_ages: bool = False
) -> int:
    tiny = TinyMap(seed, network=network, polygons=polygons, all_ages=all_ages)
    scenario = scenario_from_analysis(tiny.full())
    before = tiny.full()
    changed = 0
    for _ in range(steps):
        edit = tiny.random_edit()
        result = scenario.apply(edit)
        after = tiny.full()
        assert_same_as_full(scenario, after)
        # the edit's figures: residents newly within / dropping out, counted from two full runs
        for rg in GROUPS:
            w = after.reach.residents[rg]
            was = before.reach.within_norm[rg]
            now = after.reach.within_norm[rg]
            assert result.groups[rg].newly_within == pytest.approx(float(w[now & ~was].sum()))
            assert result.groups[rg].dropping_out == pytest.approx(float(w[was & ~now].sum()))
            assert result.groups[rg].within_after == pytest.approx(float(w[now].sum()))
            changed += int((was != now).sum())
        before = after
    return changed


# --------------------------------------------------------------------------------------------
# Incremental = full recomputation
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_straight_line_edits_equal_full_recomputation(seed):
    changed = run_random_edits(seed, network=False, polygons=False, steps=8)
    assert changed > 0  # the edits did change who is within the norm


@pytest.mark.parametrize("seed", range(3))
def test_straight_line_with_polygon_places_equals_full_recomputation(seed):
    run_random_edits(100 + seed, network=False, polygons=True, steps=6)


@pytest.mark.parametrize("seed", range(4))
def test_network_edits_equal_full_recomputation(seed):
    changed = run_random_edits(200 + seed, network=True, polygons=False, steps=6)
    assert changed > 0


@pytest.mark.parametrize("seed", range(3))
def test_network_with_places_serving_every_age_equals_full_recomputation(seed):
    """Age groups served by the same places share one search per removal (bounded by the
    largest of their norms): still identical to a full run."""
    changed = run_random_edits(250 + seed, network=True, polygons=False, steps=6, all_ages=True)
    assert changed > 0


@pytest.mark.parametrize("seed", range(2))
def test_network_with_polygon_places_equals_full_recomputation(seed):
    run_random_edits(300 + seed, network=True, polygons=True, steps=5)


def test_a_reopened_scenario_gives_the_same_state_as_its_edits_one_by_one():
    tiny = TinyMap(7)
    base = scenario_from_analysis(tiny.full())
    other = base.fresh("reopened")
    edits = [tiny.random_edit() for _ in range(6)]
    for edit in edits:
        base.apply(edit)
    total = other.apply_all(edits)
    assert_same_as_full(other, tiny.full())
    for g in base.groups:
        np.testing.assert_array_equal(base.distance(g), other.distance(g))
    # the reopened scenario reports its change against the existing places
    start = scenario_from_analysis(TinyMap(7).full())
    for rg in GROUPS:
        net = total.groups[rg].net
        assert net == pytest.approx(other.residents_within(rg) - start.residents_within(rg))


# --------------------------------------------------------------------------------------------
# Hand counts
# --------------------------------------------------------------------------------------------


def _hand_scenario(**kw):
    """Children 0-5 at (0,0): 3, (150,0): 2, (400,0): 5; one playground Q at (0,50) for 0-5.
    Areas: WEST holds the first two points, EAST the third. Norm 0-5: 100 m."""
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import ReachModel

    norm = norm_profile("midden_drenthe_2011")
    model = ReachModel(
        np.array([[X0, Y0 + 50]]),
        {"0-5": [1]},
        norm,
        place_ids=[11],
        place_names=["Speeltuin Q"],
    )
    pop = np.array([[X0, Y0], [X0 + 150, Y0], [X0 + 400, Y0]])
    return Scenario(
        model,
        pop,
        {"0-5": [3, 2, 5]},
        population_area=np.array([0, 0, 1]),
        area_labels=["WEST", "EAST"],
        **kw,
    )


def test_hand_counted_add_move_remove():
    s = _hand_scenario()
    # base: (0,0) is 50 m from Q (within), (150,0) is 158 m, (400,0) 403 m: 3 of 10 within
    assert s.residents_within("0-5") == 3
    # add a playground for 0-5 at (250,0): (150,0) now 100 m (within), (400,0) 150 m
    r = s.add((X0 + 250, Y0), PLAYGROUND, ["0-5"], name="Nieuw", key=1)
    g = r.groups["0-5"]
    assert (g.newly_within, g.dropping_out, g.within_before, g.within_after) == (2, 0, 3, 5)
    assert r.place_label == "Nieuw" and r.kind == PLAYGROUND
    west = r.areas.set_index("area").loc["WEST"]
    assert (west["share_before"], west["share_after"]) == (3 / 5, 5 / 5)
    assert list(r.areas["area"]) == ["WEST"]  # EAST unchanged
    # remove Q: (0,0) is now 250 m from the new one: 3 children drop out
    r = s.remove(11)
    assert (r.groups["0-5"].newly_within, r.groups["0-5"].dropping_out) == (0, 3)
    assert r.place_label == "Speeltuin Q"
    # move the new one to (400,60): (150,0) 257 m drops 2, (400,0) 60 m gains 5
    r = s.move(NewPlace(1), (X0 + 400, Y0 + 60))
    assert (r.groups["0-5"].newly_within, r.groups["0-5"].dropping_out) == (5, 2)
    shares = r.areas.set_index("area")
    assert shares.loc["WEST", "share_after"] == 0 and shares.loc["EAST", "share_after"] == 1
    assert s.residents_within("0-5") == 5
    with pytest.raises(WijkaanpakInputError, match="already removed"):
        s.remove(11)


def test_moving_an_existing_place_keeps_its_name_and_id():
    s = _hand_scenario()
    r = s.move(11, (X0 + 150, Y0 + 10))
    # (0,0) 150.3 m: out (3); (150,0) 10 m: in (2)
    assert (r.groups["0-5"].newly_within, r.groups["0-5"].dropping_out) == (2, 3)
    assert r.place_label == "Speeltuin Q" and s.place_id(r.place) == 11
    r = s.move(11, (X0, Y0))  # moved again: found by the same id
    assert (r.groups["0-5"].newly_within, r.groups["0-5"].dropping_out) == (3, 2)


def test_bad_edits_are_refused_with_a_reason():
    s = _hand_scenario()
    with pytest.raises(WijkaanpakInputError, match="age group"):
        s.add((X0, Y0), PLAYGROUND, [])
    with pytest.raises(WijkaanpakInputError, match="Meeting places are not evaluated"):
        s.add((X0, Y0), MEETING_PLACE)
    with pytest.raises(WijkaanpakInputError, match="no place with id 99"):
        s.remove(99)
    with pytest.raises(WijkaanpakInputError, match="location"):
        s.apply(ScenarioEdit(ADD, PLAYGROUND, (float("nan"), 0.0), ("0-5",)))


def test_hand_counted_closure_impact():
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import ReachModel

    # A at (0,0), B at (60,0), both for 0-5 (norm 100 m). (-50,0) 4 children: A 50 m, B 110 m
    # → A alone. (30,0) 2 children: both within → nobody's alone. (150,0) 1 child: B 90 m,
    # A 150 m → B alone. Closing A costs 4 children, closing B 1.
    model = ReachModel(
        np.array([[X0, Y0], [X0 + 60, Y0]]),
        {"0-5": [1, 1]},
        norm_profile("midden_drenthe_2011"),
        place_ids=[1, 2],
    )
    pop = np.array([[X0 - 50, Y0], [X0 + 30, Y0], [X0 + 150, Y0]])
    impact = closure_impact(model, pop, {"0-5": [4, 2, 1]})
    assert impact["lost_0_5"].tolist() == [4, 1]
    assert impact["place_id"].tolist() == [1, 2]


@pytest.mark.parametrize("network,all_ages", [(False, False), (True, False), (True, True)])
def test_closure_impact_equals_a_full_run_without_each_place(network, all_ages):
    tiny = TinyMap(400 + int(network), network=network, all_ages=all_ages)
    analysis = tiny.full()
    impact = scenario_from_analysis(analysis).closure_impact()
    for k, place in enumerate(list(tiny.places)):
        others = TinyMap(400 + int(network), network=network, all_ages=all_ages)
        others.places = [p for p in tiny.places if p is not place]
        kinds = {p["kind"] for p in others.places}
        if kinds != {PLAYGROUND, MEETING_PLACE}:
            continue
        without = others.full()
        row = impact[(impact["place_id"] == place["fid"]) & (impact["kind"] == place["kind"])]
        assert len(row) == 1
        for rg in GROUPS:
            w = analysis.reach.residents[rg]
            lost = analysis.reach.within_norm[rg] & ~without.reach.within_norm[rg]
            column = "lost_" + {"0-5": "0_5", "6-11": "6_11", "12-17": "12_17", "65+": "65plus"}[rg]
            assert row[column].iloc[0] == pytest.approx(float(w[lost].sum())), (k, rg)


# --------------------------------------------------------------------------------------------
# Ranking, comparing, the scenario layer
# --------------------------------------------------------------------------------------------


def test_rank_changes_equal_ranking_the_full_recomputation():
    from wijkaanpak.wijkaanpak_plugin.core.ranking import rank_areas

    tiny = TinyMap(13)  # a seed whose edits do move areas in the ranking
    analysis = tiny.full()
    labels = list(analysis.areas["code"])
    frame = pd.DataFrame({"code": labels, "aantal_inwoners": [500.0] * len(labels)})
    for column in SHARE.values():
        frame[column] = np.nan
    scenario = scenario_from_analysis(
        analysis, ranking=RankingInput(frame, "default", population="aantal_inwoners")
    )

    def full_ranks(a):
        f = frame.copy()
        areas = a.areas.set_index("code").loc[labels]
        for column in SHARE.values():
            f[column] = areas[column].to_numpy()
        table = rank_areas(
            f, _definition(), population="aantal_inwoners", n_draws=1, weight_jitter=0.0,
            allow_missing_ambitions=True,
        ).table  # fmt: skip
        return pd.Series(table["rank"].to_numpy(), index=labels)

    scenario.ranking = RankingInput(frame, _definition(), population="aantal_inwoners")
    before = full_ranks(analysis)
    pd.testing.assert_series_equal(scenario.ranks(), before, check_names=False)
    seen_change = False
    for _ in range(10):
        result = scenario.apply(tiny.random_edit())
        after = full_ranks(tiny.full())
        moved = before[before != after]
        assert sorted(result.ranks["area"]) == sorted(moved.index)
        for _, row in result.ranks.iterrows():
            assert row["rank_before"] == before[row["area"]]
            assert row["rank_after"] == after[row["area"]]
        seen_change |= bool(len(moved))
        before = after
    assert seen_change


def _definition():
    from wijkaanpak.wijkaanpak_plugin.core.indicators import default_definition_path

    return default_definition_path()


def test_compare_two_scenarios():
    tiny = TinyMap(12)
    a = scenario_from_analysis(tiny.full(), name="A")
    b = a.fresh("B")
    b.add(tiny.pop_xy[0], PLAYGROUND, ["0-5", "6-11", "12-17"], key=1)
    totals, areas = compare_scenarios(a.figures(), b.figures())
    totals = totals.set_index("group")
    for rg in GROUPS:
        assert totals.loc[rg, "within_a"] == pytest.approx(a.residents_within(rg))
        assert totals.loc[rg, "within_b"] == pytest.approx(b.residents_within(rg))
    # a playground on a resident's doorstep brings its children within every norm
    w = tiny.counts["0-5"][0]
    assert totals.loc["0-5", "difference"] >= (w if not a.within("0-5")[0] else 0)
    assert set(areas["group"]) <= set(GROUPS)
    # A is untouched by B's edit
    assert_same_as_full(a, tiny.full())


def test_scenario_layer_rows_become_edits():
    frame = pd.DataFrame(
        {
            "action": ["add", "move", "remove"],
            "kind": ["playground", "meeting place", "playground"],
            "age_0_5": [1, None, None],
            "age_6_11": [0, None, None],
            "age_12_17": [1, None, None],
            "ref_id": [None, 4.0, 2.0],
            "name": ["Pleintje", None, None],
        }
    )
    xy = np.array([[X0, Y0], [X0 + 1, Y0 + 1], [np.nan, np.nan]])
    edits = edits_from_frame(frame, xy, [1, 2, 3])
    expected = ScenarioEdit(ADD, PLAYGROUND, (X0, Y0), ("0-5", "12-17"), None, "Pleintje", 1)
    assert edits[0] == expected
    assert edits[1].action == MOVE and edits[1].ref == 4 and edits[1].kind == MEETING_PLACE
    assert edits[2].action == REMOVE and edits[2].ref == 2 and edits[2].xy is None
    bad = frame.copy()
    bad.loc[0, ["age_0_5", "age_12_17"]] = 0
    with pytest.raises(WijkaanpakInputError, match="Scenario feature 1"):
        edits_from_frame(bad, xy, [1, 2, 3])


def test_edits_touch_only_the_neighbourhood():
    """An edit far from most residents recomputes only the residents near it (the journal
    of changed points stays small): no full recomputation behind the scenes."""
    rng = np.random.default_rng(5)
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import ReachModel

    pop = rng.uniform(0, 20_000, (4000, 2)) + [X0, Y0]
    places = rng.uniform(0, 20_000, (300, 2)) + [X0, Y0]
    model = ReachModel(places, {"0-5": np.ones(300)}, norm_profile("midden_drenthe_2011"))
    s = Scenario(model, pop, {"0-5": np.ones(4000)})
    s.add((X0 + 10_000, Y0 + 10_000), PLAYGROUND, ["0-5"])
    touched = sum(len(i) for i, _ in s._journal.get("0-5", []))
    # a 100 m radius holds about 4000 * pi * 100² / 20,000² ≈ 0.3 residents
    assert touched <= 10
    assert math.isfinite(s.radius["0-5"]) and s.radius["0-5"] == 100


@pytest.mark.parametrize("seed", range(4))
def test_closure_impact_of_a_scenario_equals_a_full_run_without_each_place(seed):
    """After edits (new places among the existing ones), straight-line: each place's closure
    impact equals two full runs, with the scenario's places and without that place."""
    tiny = TinyMap(500 + seed)
    scenario = scenario_from_analysis(tiny.full())
    for _ in range(4):
        scenario.apply(tiny.random_edit())
    impact = scenario.closure_impact()
    assert len(impact) == len(tiny.places)
    now = tiny.full()
    for place in list(tiny.places):
        others = TinyMap(500 + seed)
        others.places = [p for p in tiny.places if p is not place]
        if {p["kind"] for p in others.places} != {PLAYGROUND, MEETING_PLACE}:
            continue
        without = others.full()
        xy = np.asarray(place["xy"])
        hit = [
            k
            for k, p in enumerate(impact["place"])
            if np.allclose(scenario.place_xy(int(p)), xy)
            and impact["kind"].iloc[k] == place["kind"]
        ]
        assert len(hit) == 1
        for rg in GROUPS:
            w = now.reach.residents[rg]
            lost = now.reach.within_norm[rg] & ~without.reach.within_norm[rg]
            column = "lost_" + {"0-5": "0_5", "6-11": "6_11", "12-17": "12_17", "65+": "65plus"}[rg]
            assert impact[column].iloc[hit[0]] == pytest.approx(float(w[lost].sum())), rg
    # the removal step (used over a network and with polygon places) gives the same figures
    slow = scenario._closure_by_removal(np.asarray(impact["place"]), None)
    for rg in GROUPS:
        column = "lost_" + {"0-5": "0_5", "6-11": "6_11", "12-17": "12_17", "65+": "65plus"}[rg]
        np.testing.assert_allclose(slow[rg], impact[column].to_numpy())
