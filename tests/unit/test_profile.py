"""The area profile of the wijkprofiel dock (core/profile.py): hand-made frames, hand counts."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.indicators import default_definition_path, load_definition
from wijkaanpak.wijkaanpak_plugin.core.norms import load_norm_profiles
from wijkaanpak.wijkaanpak_plugin.core.profile import (
    LEVEL_BUURT,
    LEVEL_CELL,
    LEVEL_WIJK,
    AreaIndex,
    SourceTable,
    ambition_label,
    area_key,
    build_profile,
    fields_to_read,
    group_places,
    indicator_label,
    norm_distances,
    ordered_ambitions,
    place_kind,
    places_from_frame,
    year_in,
)


def square(x0, y0, size=100.0):
    return np.array([[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]])


# --------------------------------------------------------------------------- recognition


def test_the_level_is_read_from_the_code_field_finest_first():
    # a grid layer also has buurt and wijk codes, a buurt layer also the wijk code
    assert area_key(["c28992r100", "buurtcode", "wijkcode"]).level == LEVEL_CELL
    key = area_key(["wijkcode", "buurtcode", "buurtnaam"])
    assert (key.level, key.code_field, key.name_field) == (LEVEL_BUURT, "buurtcode", "buurtnaam")
    key = area_key(["wijkcode", "wijknaam", "rank"])
    assert (key.level, key.code_field, key.name_field) == (LEVEL_WIJK, "wijkcode", "wijknaam")
    assert area_key(["name", "place_type"]) is None
    # only the fields the profile uses are read, and only those the layer has
    wanted = fields_to_read(["fid", "wijkcode", "wijknaam", "rank_label", "p_top3", "other"])
    assert set(wanted) == {"wijkcode", "wijknaam", "rank_label", "p_top3"}
    assert fields_to_read(["name", "rank_label"]) == []


def test_a_year_is_taken_only_when_exactly_one_is_named():
    assert year_in("cbs_wijken_2024") == "2024"
    assert year_in("2021BU02330000") == "2021"
    assert year_in("Assen: wijken 2024 met RIVM 2020") is None
    assert year_in("bereik_wijken") is None
    assert year_in(None) is None


def test_suppressed_values_are_flagged_never_numbers_and_duplicates_keep_the_first():
    frame = pd.DataFrame(
        {
            "c28992r100": ["E1N1", "E1N2", "E1N2", None],
            "aantal_inwoners": [15, -99997, 40, 5],
            "aantal_inwoners_0_tot_15_jaar": ["5", ".", "10", "0"],
        }
    )
    table = SourceTable.build("grid", frame, fids=[11, 12, 13, 14], table_name="grid_2020")
    assert table.codes() == ["E1N1", "E1N2"]  # no code: dropped; a second E1N2: dropped
    assert table.duplicates == 1
    assert table.code_of_fid(12) == "E1N2" and table.code_of_fid(13) is None
    assert table.vintage == "2020"
    assert np.isnan(table.frame.at["E1N2", "aantal_inwoners"])
    assert table.is_suppressed("E1N2", "aantal_inwoners")
    assert table.is_suppressed("E1N2", "aantal_inwoners_0_tot_15_jaar")
    assert not table.is_suppressed("E1N1", "aantal_inwoners")
    assert table.frame.at["E1N1", "aantal_inwoners_0_tot_15_jaar"] == 5.0


# --------------------------------------------------------------------------- profiles


def areas_frame():
    """Three wijken of GM0001 and one of GM0002, with figures as the algorithms write them."""
    return pd.DataFrame(
        {
            "wijkcode": ["WK000101", "WK000102", "WK000103", "WK000201"],
            "wijknaam": ["Noord", "Zuid", "Haven", "Elders"],
            "aantal_inwoners": [1000, 3000, 40, 500],
            "0_15": [20, 10, -99997, 15],
            "15_25": [10, 10, 5, 10],
            "25_45": [30, 30, 40, 25],
            "45_65": [25, 30, 40, 30],
            "65plus": [15, 20, 15, 20],
            "rank": [2.0, 1.0, None, 3.0],
            "rank_label": ["2 (1-3)", "1", "not ranked", "3"],
            "rank_p05": [1.0, 1.0, None, 2.0],
            "rank_p95": [3.0, 1.0, None, 3.0],
            "p_first": [0.1, 0.9, None, 0.0],
            "p_top3": [1.0, 1.0, None, 0.8],
            "ranked": [1, 1, 0, 1],
            "not_ranked_reason": ["", "", "fewer than 100 residents", ""],
            "need_driver_1": ["lonely_65plus", "play_reach_0_5", None, None],
            "need_driver_2": ["play_reach_0_5", None, None, None],
            "need_driver_3": [None, None, None, None],
        }
    )


def reach_frame():
    return pd.DataFrame(
        {
            "wijkcode": ["WK000101", "WK000102", "WK000103", "WK000201"],
            "residents_0_5": [10.0, 30.0, 2.0, 50.0],
            "residents_0_5_within_norm": [5.0, 27.0, 0.0, 10.0],
            "share_0_5_within_norm": [0.5, 0.9, 0.0, 0.2],
            "residents_65plus": [100.0, 300.0, 6.0, 80.0],
            "residents_65plus_within_meeting_norm": [50.0, 150.0, 6.0, 0.0],
            "share_65plus_within_meeting_norm": [0.5, 0.5, 1.0, 0.0],
            "playgrounds": [2, 5, 0, 1],
            "norm": ["Test norm: 0-5 100 m, 6-11 400 m, 12-17 1000 m, meeting place 300 m"] * 4,
            "distance_type": ["straight-line"] * 4,
            "age_split": ["split as stated"] * 4,
        }
    )


def ambitions_frame():
    return pd.DataFrame(
        {
            "wijkcode": ["WK000101", "WK000102", "WK000103", "WK000201"],
            "aantal_inwoners": [1000, 3000, 40, 500],
            "ambition_ontmoeten": [0.2, 0.6, 0.9, 0.1],
            "ambition_meedoen": [0.4, np.nan, 0.1, 0.3],
            "total_score": [0.3, 0.6, 0.5, 0.2],
            "need_driver_1": ["lonely_18plus", None, None, None],
        }
    )


def tables():
    return [
        SourceTable.build("Ranking", areas_frame()),
        SourceTable.build("Reach", reach_frame()),
        SourceTable.build("Scores", ambitions_frame()),
    ]


def test_reach_beside_the_municipality_share_of_all_its_residents():
    profile = build_profile("wk000101", tables(), min_population=100)
    assert profile.code == "WK000101" and profile.name == "Noord"
    assert profile.municipality_code == "GM0001"
    rows = {row.group: row for row in profile.reach.rows}
    assert set(rows) == {"0-5", "65+"}  # the groups the reach output has
    # the area's own figures as written
    assert rows["0-5"].share.value == 0.5 and rows["0-5"].within.value == 5.0
    # municipality GM0001: (5 + 27 + 0) of (10 + 30 + 2) children, GM0002 left out
    assert rows["0-5"].municipality_share.value == pytest.approx(32 / 42)
    assert rows["65+"].municipality_share.value == pytest.approx(206 / 406)
    # norms read from the norm text the reach output carries
    assert rows["0-5"].norm_m == 100 and rows["65+"].norm_m == 300
    assert profile.reach.playgrounds.value == 2
    assert profile.play_ages["0-5"].value == 10 and profile.play_ages["65+"].value == 100


def test_ambition_scores_beside_the_mean_of_the_municipalitys_populated_areas():
    profile = build_profile("WK000102", tables(), min_population=100)
    scores = {s.id: s for s in profile.ambitions.scores}
    assert scores["ontmoeten"].score.value == 0.6
    assert not scores["meedoen"].score.known  # empty stays empty
    # GM0001 areas with 100+ residents: Noord and Zuid (Haven has 40)
    assert scores["ontmoeten"].municipality.value == pytest.approx((0.2 + 0.6) / 2)
    assert scores["meedoen"].municipality.value == pytest.approx(0.4)  # the one with a value
    assert profile.ambitions.municipality_total.value == pytest.approx(0.45)
    assert profile.ambitions.municipality_areas == 2
    # without the rule, all three areas count
    open_profile = build_profile("WK000102", tables(), min_population=0)
    means = {s.id: s.municipality.value for s in open_profile.ambitions.scores}
    assert means["ontmoeten"] == pytest.approx((0.2 + 0.6 + 0.9) / 3)


def test_rank_interval_probabilities_and_drivers_of_the_ranking():
    profile = build_profile("WK000101", tables(), min_population=100)
    rank = profile.rank
    assert rank.ranked and rank.rank.value == 2 and (rank.low.value, rank.high.value) == (1, 3)
    assert rank.p_top3.value == 1.0 and rank.p_first.value == 0.1
    assert rank.n_ranked == 3  # ranked = 1 in three rows
    # the ranking's drivers win over the scores' (same run family, the rank is what is shown)
    assert profile.drivers == ("lonely_65plus", "play_reach_0_5")
    assert [b.label for b in profile.age_bands] == ["0-14", "15-24", "25-44", "45-64", "65+"]
    assert [b.unit for b in profile.age_bands] == ["%"] * 5
    assert profile.age_bands[0].figure.value == 20


def test_an_area_under_the_minimum_shows_no_figures_about_people_only_why():
    profile = build_profile("WK000103", tables(), min_population=100)
    assert profile.withheld == "below" and not profile.shows_people
    assert profile.reach is None and profile.ambitions is None and profile.rank is None
    assert profile.age_bands == () and profile.play_ages == {} and profile.drivers == ()
    assert profile.measured is None and profile.modelled is None
    # still named, placed and with its places
    assert profile.name == "Haven" and profile.municipality_code == "GM0001"
    # with the rule switched off the figures are there
    assert build_profile("WK000103", tables(), min_population=0).reach is not None


def test_an_unknown_number_of_residents_withholds_the_figures_too():
    frame = areas_frame()
    frame.loc[0, "aantal_inwoners"] = -99997  # suppressed by CBS
    profile = build_profile("WK000101", [SourceTable.build("R", frame)], min_population=100)
    assert profile.withheld == "unknown"
    assert profile.population.suppressed and not profile.population.known
    # a layer without a population field at all: unknown as well
    profile = build_profile("WK000101", [SourceTable.build("Reach", reach_frame())])
    assert profile.withheld == "unknown"


def test_each_figure_comes_from_the_first_layer_that_has_the_area():
    first = SourceTable.build("First", areas_frame().iloc[:2])
    other = areas_frame()
    other["p_top3"] = [0.0, 0.0, 0.0, 0.33]
    second = SourceTable.build("Second", other)
    # WK000101 is in both: the first (active) layer's value
    profile = build_profile("WK000101", [first, second])
    assert profile.rank.p_top3.value == 1.0 and profile.sources["rank"].layer == "First"
    # WK000201 only in the second
    profile = build_profile("WK000201", [first, second])
    assert profile.rank.p_top3.value == 0.33 and profile.sources["rank"].layer == "Second"
    assert build_profile("WK999999", [first, second]) is None


def test_measured_and_modelled_loneliness_with_vintage():
    measured = pd.DataFrame(
        {
            "buurtcode": ["BU00010001"],
            "aantal_inwoners": [800],
            "eenzaam_18plus": [45.5],
            "ernstig_eenzaam_18plus": ["."],
            "vintage": ["2020"],
            "source": ["RIVM 50090NED"],
        }
    )
    modelled = pd.DataFrame(
        {
            "buurtcode": ["BU00010001"],
            "estimate": [41.2],
            "lower": [36.0],
            "upper": [46.4],
            "published": [1],
            "out_of_range": [0],
            "note": ["signal"],
        }
    )
    profile = build_profile(
        "BU00010001", [SourceTable.build("M", measured), SourceTable.build("E", modelled)]
    )
    assert profile.level == LEVEL_BUURT
    assert profile.measured.lonely_18plus.value == 45.5
    assert profile.measured.severely_lonely_18plus.suppressed
    assert profile.measured.vintage == "2020" and profile.sources["measured"].vintage == "2020"
    assert profile.modelled.estimate.value == 41.2
    assert (profile.modelled.lower.value, profile.modelled.upper.value) == (36.0, 46.4)
    assert profile.modelled.published is True and profile.modelled.out_of_range is False


def test_norm_distances_read_back_what_a_norm_profile_writes():
    for profile in load_norm_profiles().values():
        metres = norm_distances(profile.describe())
        for group in ("0-5", "6-11", "12-17", "meeting", "65+"):
            assert metres[group] == profile.max_distance(group)
    text = "Own: 0-5 150 m, 6-11 300 m, 12-17 800 m, meeting place 400 m, meeting place 65+ 250 m"
    assert norm_distances(text) == {
        "0-5": 150,
        "6-11": 300,
        "12-17": 800,
        "meeting": 400,
        "65+": 250,
    }
    assert norm_distances(None) == {}


def test_labels_come_from_the_definition_file_not_ids():
    definition = load_definition(default_definition_path())
    raw = json.loads(default_definition_path().read_text(encoding="utf-8"))
    by_id = {i["id"]: i for i in raw["indicators"]}
    assert (
        indicator_label(definition, "play_reach_0_5", "en") == by_id["play_reach_0_5"]["label_en"]
    )
    assert indicator_label(definition, "lonely_65plus", "nl") == by_id["lonely_65plus"]["label_nl"]
    assert indicator_label(definition, "unknown_id", "en") == "unknown_id"
    ambitions = {a["id"]: a for a in raw["ambitions"]}
    assert ambition_label(definition, "wonen", "nl") == ambitions["wonen"]["label_nl"]
    profile = build_profile("WK000101", tables(), min_population=0)
    assert [s.id for s in ordered_ambitions(profile.ambitions.scores, definition)] == [
        "ontmoeten",
        "meedoen",
    ]


# --------------------------------------------------------------------------- areas and places


def test_the_area_at_a_point_and_holes():
    ring = square(0, 0, 300)
    hole = square(100, 100, 100)
    index = AreaIndex(["WK1", "WK2"], [[ring, hole], [square(300, 0, 300)]])
    assert index.code_at(50, 50) == "WK1"
    assert index.code_at(150, 150) is None  # in the hole
    assert index.code_at(450, 10) == "WK2"
    assert index.code_at(700, 10) is None
    assert index.code_at(float("nan"), 0) is None


def test_places_are_counted_in_the_area_they_lie_in():
    index = AreaIndex(["WK1", "WK2"], [[square(0, 0)], [square(100, 0)]])
    frame = pd.DataFrame(
        {
            "name": ["De Wip", None, "Plein", "Buiten"],
            "place_type": ["speeltuin", "trapveld", "speeltuin", "speeltuin"],
            "condition": ["goed", None, 3, None],
            # the assessment dock's score 1-5; 7 and 2.5 are no scores
            "condition_score": [5, None, 7, 2.5],
            "last_inspection": ["2024-05-01", None, None, None],
            "assessed_on": [None, "2025-03-02", None, None],
            "age_0_5": [1, 0, None, 1],
            "age_6_11": [1, 1, 1, 0],
            "age_12_17": [0, 1, 0, 0],
        }
    )
    assert place_kind(list(frame.columns)) == "playground"
    assert place_kind(["place_type", "capacity"]) == "meeting"
    assert place_kind(["name"]) is None
    xy = np.array([[10.0, 10.0], [50.0, 90.0], [150.0, 50.0], [500.0, 500.0]])
    codes = index.places_by_area(xy)
    assert codes == ["WK1", "WK1", "WK2", None]
    grouped = group_places(places_from_frame("playground", frame), codes)
    assert [p.name for p in grouped["WK1"]] == ["De Wip", None]
    assert grouped["WK1"][0].ages == ("0-5", "6-11") and grouped["WK1"][0].condition == "goed"
    assert grouped["WK1"][1].ages == ("6-11", "12-17")
    assert grouped["WK2"][0].condition == 3 and grouped["WK2"][0].ages == ("6-11",)
    assert [p.condition_score for p in grouped["WK1"]] == [5, None]
    assert grouped["WK2"][0].condition_score is None and grouped["WK2"][0].assessed
    # the inspection date, else the assessment date
    assert [p.last_inspection for p in grouped["WK1"]] == ["2024-05-01", "2025-03-02"]
    assert not grouped["WK1"][1].assessed
    assert "None" not in grouped  # a place outside every area is in none
