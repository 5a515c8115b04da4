"""Closure impact in the catchment output ("which place matters most?").

The tiny map of the scenario dock test (memory layers: three playgrounds with their age
groups, one meeting place, eight residents' points with counts per age group). Per place the
catchment output's lost_if_closed_* must equal a brute-force count: residents within the
norm (Midden-Drenthe 2011: 0-5 100 m, 6-11 400 m, 12-17 1,000 m, meeting place 400 m) of
the nearest suitable place with all places, and not without that place (double loops over
points and places, straight line).
"""

from __future__ import annotations

import pytest

from wijkaanpak.tests.qgis.test_scenario_dock import (
    NORM,
    RESIDENTS,
    base_places,
    brute_within,
    layers,  # noqa: F401 - the fixture
)

SUFFIX = {"0-5": "0_5", "6-11": "6_11", "12-17": "12_17", "65+": "65plus"}


def _lost(place_xy, kind) -> dict:
    places = base_places()
    others = [p for p in places if not (p[0] == kind and (p[1], p[2]) == place_xy)]
    with_all, without = brute_within(places), brute_within(others)
    return {g: with_all[g] - without[g] for g in NORM}


@pytest.mark.parametrize("which", ["play", "meet"])
def test_catchment_output_has_the_closure_impact_per_place(run_alg, layers, which):  # noqa: F811
    from wijkaanpak.tests.qgis.test_scenario_dock import MEETING, PLAYGROUNDS, X0, Y0

    result = run_alg(
        "wijkaanpak:catchmentareas",
        {
            "PLACES": layers[which],
            "DISTANCE": 400,
            "POPULATION": layers["pop"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    rows = list(out.getFeatures())  # one per place, in the layer's order
    kind = "playground" if which == "play" else "meeting place"
    source = PLAYGROUNDS if which == "play" else MEETING
    assert len(rows) == len(source)
    for feature, record in zip(rows, source):
        name, x, y = record[1], record[2], record[3]
        assert feature["name"] == name or (name is None and not feature["name"])
        expected = _lost((x, y), kind)
        groups = ("0-5", "6-11", "12-17") if which == "play" else ("65+",)
        for g in groups:
            assert feature[f"lost_if_closed_{SUFFIX[g]}"] == pytest.approx(expected[g]), (name, g)
        assert feature["lost_if_closed_total"] == pytest.approx(sum(expected[g] for g in groups))
        names = out.fields().names()
        if which == "play":
            assert "lost_if_closed_65plus" not in names
        else:
            assert "lost_if_closed_0_5" not in names
    # the map was made so that closing something costs somebody
    assert sum(f["lost_if_closed_total"] for f in rows) > 0
    assert RESIDENTS and X0 and Y0


def test_without_counts_the_catchment_has_no_closure_columns(run_alg, layers):  # noqa: F811
    from qgis.core import QgsVectorLayer

    bare = QgsVectorLayer("Point?crs=EPSG:28992&field=id:integer", "bare", "memory")
    result = run_alg(
        "wijkaanpak:catchmentareas",
        {
            "PLACES": layers["play"],
            "DISTANCE": 400,
            "POPULATION": bare,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    names = result["OUTPUT"].fields().names()
    assert not any(n.startswith("lost_if_closed") for n in names)
