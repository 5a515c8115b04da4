"""Playground assessment core: checklist, checks, attributes, list filter, catchments.

Expected values come from the issue text (the three questions, condition 1-5), the schema's
own documented mapping (1-2 slecht, 3 matig, 4 redelijk, 5 goed), hand counts on tiny
frames and the area of a disk (π r²).
"""

from __future__ import annotations

import datetime
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.assessment import (
    ANSWERS,
    assessment_markdown,
    changed_attributes,
    checklist_from_dict,
    checklist_summary,
    form_values,
    inspection_due,
    load_checklist,
    missing_fields,
    parse_assessment,
    playground_catchments,
    playground_filter,
)
from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.norms import norm_profile

REPO = Path(__file__).resolve().parents[2]
TODAY = datetime.date(2026, 6, 15)


@pytest.fixture(scope="module")
def checklist():
    return load_checklist()


def valid_form(checklist, **changes):
    values = {
        "condition_score": 4,
        "age_0_5": True,
        "age_6_11": False,
        "age_12_17": None,
        "rating": "7,5",
        "last_inspection": datetime.date(2026, 5, 1),
        "assessor": "  Team Spelen ",
        "notes": "Hek klemt.",
    }
    values.update({item.field: None for item in checklist.items})
    values.update(changes)
    return values


# ------------------------------------------------------------------------------ checklist


def test_shipped_checklist_asks_the_three_questions_of_the_issue(checklist):
    titles = [s.title_en for s in checklist.sections]
    assert titles == ["Can I get there?", "Can I play?", "Can I stay?"]
    assert [s.title_nl for s in checklist.sections] == [
        "Kan ik er komen?",
        "Kan ik er spelen?",
        "Kan ik er blijven?",
    ]
    for section in checklist.sections:
        assert 3 <= len(section.items) <= 5  # "a few items each"
    fields = checklist.fields
    assert len(fields) == len(set(fields))
    assert all(f.startswith("incl_") for f in fields)
    # where the items come from is said, and the framing is not attributed to a source
    assert "SamenSpeelNetwerk" in checklist.source_en and "own" in checklist.source_en
    assert "SamenSpeelNetwerk" in checklist.source_nl
    specs = checklist.field_specs()
    assert all(spec.allowed == ("ja", "deels", "nee") for spec in specs)


def test_checklist_errors_name_the_item(tmp_path):
    base = json.loads((REPO / "resources/config/inclusiveness_checklist.json").read_text("utf-8"))
    twice = json.loads(json.dumps(base))
    twice["sections"][1]["items"][0]["key"] = twice["sections"][0]["items"][0]["key"]
    with pytest.raises(WijkaanpakInputError, match="'route' occurs in both"):
        checklist_from_dict(twice)
    bad_key = json.loads(json.dumps(base))
    bad_key["sections"][0]["items"][0]["key"] = "Route 1"
    with pytest.raises(WijkaanpakInputError, match="'Route 1'"):
        checklist_from_dict(bad_key)
    empty = json.loads(json.dumps(base))
    empty["sections"][2]["items"] = []
    with pytest.raises(WijkaanpakInputError, match="section 'stay' has no items"):
        checklist_from_dict(empty)
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(WijkaanpakInputError, match="not valid JSON"):
        load_checklist(path)


def test_own_checklist_adds_its_own_fields(tmp_path, checklist):
    data = {
        "sections": [
            {
                "key": "get_there",
                "title_en": "Can I get there?",
                "title_nl": "Kan ik er komen?",
                "items": [
                    {"key": "bus_stop", "question_en": "Bus stop", "question_nl": "Bushalte"}
                ],
            }
        ]
    }
    path = tmp_path / "own.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    own = load_checklist(path)
    assert own.fields == ["incl_bus_stop"]
    names = [spec.name for spec in missing_fields(["INCL_ROUTE", "Age_0_5"], own)]
    assert "incl_bus_stop" in names and "age_0_5" not in names


def test_missing_fields_compares_names_without_case(checklist):
    present = ["NAME", "Age_0_5", "age_6_11", "AGE_12_17", "Condition", "rating"]
    names = [spec.name for spec in missing_fields(present, checklist)]
    assert "age_0_5" not in names and "condition" not in names and "rating" not in names
    for name in ("last_inspection", "condition_score", "assessor", "assessed_on", "notes"):
        assert name in names
    assert set(checklist.fields) <= set(names)


# ------------------------------------------------------------------------------ checks


def test_valid_assessment_gives_the_attributes_to_write(checklist):
    form = valid_form(checklist, incl_route="ja", incl_shade="Deels", incl_quiet="no")
    assessment, problems = parse_assessment(form, checklist, TODAY)
    assert problems == []
    attrs = assessment.attributes(recorded_on=TODAY)
    assert attrs["condition_score"] == 4
    assert attrs["condition"] == "redelijk"  # schema text: 4 redelijk
    assert attrs["rating"] == 7.5  # Dutch decimal comma
    assert (attrs["age_0_5"], attrs["age_6_11"], attrs["age_12_17"]) == (1, 0, None)
    assert attrs["incl_route"] == "ja" and attrs["incl_shade"] == "deels"
    assert attrs["incl_quiet"] == "nee" and attrs["incl_seating"] is None
    assert attrs["last_inspection"] == datetime.date(2026, 5, 1)
    assert attrs["assessor"] == "Team Spelen" and attrs["notes"] == "Hek klemt."
    assert attrs["assessed_on"] == TODAY


@pytest.mark.parametrize(
    ("score", "text"), [(1, "slecht"), (2, "slecht"), (3, "matig"), (4, "redelijk"), (5, "goed")]
)
def test_condition_text_follows_the_documented_mapping(checklist, score, text):
    assessment, _ = parse_assessment(valid_form(checklist, condition_score=score), checklist, TODAY)
    assert assessment.attributes(TODAY)["condition"] == text


def test_no_score_leaves_the_inventory_condition_alone(checklist):
    assessment, _ = parse_assessment(valid_form(checklist, condition_score=None), checklist, TODAY)
    attrs = assessment.attributes(TODAY)
    assert attrs["condition_score"] is None and "condition" not in attrs


def test_every_problem_is_reported_at_once(checklist):
    form = valid_form(
        checklist,
        condition_score=6,
        age_0_5="misschien",
        rating="11",
        last_inspection=TODAY + datetime.timedelta(days=1),
        assessor="   ",
        incl_route="maybe",
    )
    assessment, problems = parse_assessment(form, checklist, TODAY)
    assert assessment is None
    codes = {(p.field, p.code) for p in problems}
    assert codes == {
        ("condition_score", "condition_range"),
        ("age_0_5", "age_value"),
        ("rating", "rating_range"),
        ("last_inspection", "date_future"),
        ("assessor", "assessor_missing"),
        ("incl_route", "answer_value"),
    }
    assert all(p.message for p in problems)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("rating", "zeven", "rating_number"),
        ("rating", "0,5", "rating_range"),
        ("rating", True, "rating_number"),
        ("condition_score", 2.5, "condition_range"),
        ("condition_score", "0", "condition_range"),
        ("last_inspection", "2026-02-30", "date_invalid"),
        ("last_inspection", "1949-12-31", "date_too_old"),
        ("assessor", "x" * 255, "assessor_long"),
    ],
)
def test_single_problems(checklist, field, value, code):
    _, problems = parse_assessment(valid_form(checklist, **{field: value}), checklist, TODAY)
    assert [(p.field, p.code) for p in problems] == [(field, code)]


def test_boundaries_are_allowed(checklist):
    for field, value in (
        ("rating", "1"),
        ("rating", 10),
        ("condition_score", "5"),
        ("last_inspection", TODAY),
        ("last_inspection", "1950-01-01"),
    ):
        _, problems = parse_assessment(valid_form(checklist, **{field: value}), checklist, TODAY)
        assert problems == [], (field, value)


def test_form_values_read_stored_attributes(checklist):
    stored = {
        "condition_score": 3.0,
        "age_0_5": 1,
        "age_6_11": "nee",
        "age_12_17": None,
        "rating": 6.5,
        "last_inspection": "2025-04-01T00:00:00",
        "assessor": None,
        "notes": "",
        "condition": " Matig",
        "incl_route": "yes",
        "incl_shade": "deels",
        "incl_quiet": "misschien",
    }
    values, unreadable = form_values(stored, checklist)
    assert values["condition_score"] == 3
    assert (values["age_0_5"], values["age_6_11"], values["age_12_17"]) == (True, False, None)
    assert values["rating"] == 6.5
    assert values["last_inspection"] == datetime.date(2025, 4, 1)
    assert values["assessor"] == "" and values["notes"] == ""
    assert values["condition"] == "matig"
    assert values["incl_route"] == "ja" and values["incl_shade"] == "deels"
    assert values["incl_quiet"] is None
    assert [(p.field, p.value) for p in unreadable] == [("incl_quiet", "misschien")]


def test_changed_attributes_compares_values_not_spellings():
    old = {
        "rating": 7,
        "last_inspection": "2025-04-01",
        "notes": None,
        "age_0_5": 1,
        "assessed_on": "2020-01-01",
    }
    same = {
        "rating": 7.0,
        "last_inspection": datetime.date(2025, 4, 1),
        "notes": "",
        "age_0_5": True,
        "assessed_on": TODAY,
    }
    assert changed_attributes(same, old) == {}  # the recording date alone writes nothing
    new = dict(same, rating=8.0)
    assert changed_attributes(new, old) == {"rating": 8.0, "assessed_on": TODAY}


def test_checklist_summary_counts_per_section(checklist):
    answers = {"incl_route": "ja", "incl_entrance": "nee", "incl_shade": "deels", "incl_x": "ja"}
    summary = checklist_summary(answers, checklist)
    assert summary["get_there"] == {"ja": 1, "deels": 0, "nee": 1, "open": 2}
    assert summary["play"] == {"ja": 0, "deels": 0, "nee": 0, "open": 4}
    assert summary["stay"] == {"ja": 0, "deels": 1, "nee": 0, "open": 3}
    assert set(ANSWERS) == {"ja", "deels", "nee"}


# ------------------------------------------------------------------------------ list filter


def playground_frame():
    return pd.DataFrame(
        {
            "name": ["De Vlinder", None, "Zandbak Hof", "Skatebaan", "Speeltuin Noord"],
            "place_type": ["speeltuin", "trapveld", "speelplek", "skatebaan", "speeltuin"],
            "source_id": ["A1", "A2", "A3", "A4", "A5"],
            "condition": ["matig", None, "goed", None, "slecht"],
            "condition_score": [np.nan, np.nan, np.nan, 1.0, 4.0],  # a score wins over text
            "last_inspection": ["2025-06-15", None, "2026-01-10", "2025-06-16", "datum?"],
            "age_0_5": [1, 0, 1, None, 1],
            "age_6_11": [1, 1, 0, None, 1],
            "age_12_17": [0, 1, 0, 1, 0],
        }
    )


def rows(mask):
    return np.nonzero(mask)[0].tolist()


def test_filter_by_condition_age_and_text():
    frame = playground_frame()
    assert rows(playground_filter(frame, today=TODAY)) == [0, 1, 2, 3, 4]
    # bands: matig → moderate; goed → good; score 1 → poor; score 4 → good (over 'slecht')
    assert rows(playground_filter(frame, today=TODAY, condition="poor")) == [3]
    assert rows(playground_filter(frame, today=TODAY, condition="moderate")) == [0]
    assert rows(playground_filter(frame, today=TODAY, condition="good")) == [2, 4]
    assert rows(playground_filter(frame, today=TODAY, condition="not_assessed")) == [1]
    assert rows(playground_filter(frame, today=TODAY, age_group="0-5")) == [0, 2, 4]
    assert rows(playground_filter(frame, today=TODAY, age_group="12-17")) == [1, 3]
    assert rows(playground_filter(frame, today=TODAY, age_group="unknown")) == [3]
    assert rows(playground_filter(frame, today=TODAY, text="SPEEL")) == [0, 2, 4]
    assert rows(playground_filter(frame, today=TODAY, text="a4")) == [3]
    both = playground_filter(frame, today=TODAY, condition="good", age_group="6-11")
    assert rows(both) == [4]
    with pytest.raises(WijkaanpakInputError):
        playground_filter(frame, today=TODAY, condition="excellent")


def test_inspection_due_after_whole_months():
    frame = playground_frame()
    # today 2026-06-15, 12 months: 2025-06-15 is due (exactly 12 months), 2025-06-16 not yet;
    # missing and unreadable dates are due.
    due = playground_filter(frame, today=TODAY, due_only=True)
    assert rows(due) == [0, 1, 4]
    assert rows(playground_filter(frame, today=TODAY, due_only=True, interval_months=6)) == [
        0,
        1,
        3,
        4,
    ]
    assert inspection_due(pd.Series(["2026-03-31"]), datetime.date(2026, 4, 30), 1).tolist() == [
        True
    ]
    assert inspection_due(pd.Series(["2026-03-31"]), datetime.date(2026, 4, 29), 1).tolist() == [
        False
    ]
    with pytest.raises(WijkaanpakInputError):
        inspection_due(pd.Series(["2026-03-31"]), TODAY, 0)


# ------------------------------------------------------------------------------ catchments


def test_catchments_are_disks_of_the_norm():
    shapes = playground_catchments(
        [1000.0, 2000.0], norm_profile("midden_drenthe_2011"), ["0-5", "6-11"]
    )
    for group, radius in (("0-5", 100.0), ("6-11", 400.0)):
        shape = shapes[group]
        # a polygon inscribed in the circle: a little less than π r², never more
        assert shape.area <= math.pi * radius**2
        assert shape.area == pytest.approx(math.pi * radius**2, rel=0.01)
        minx, miny, maxx, maxy = shape.bounds
        assert (minx + maxx) / 2 == pytest.approx(1000.0) and (miny + maxy) / 2 == pytest.approx(
            2000.0
        )
    square = [np.array([[0.0, 0.0], [50.0, 0.0], [50.0, 50.0], [0.0, 50.0], [0.0, 0.0]])]
    grown = playground_catchments(
        [25.0, 25.0], norm_profile("midden_drenthe_2011"), ["0-5"], place_rings=square
    )["0-5"]
    # a 50 m square grown by 100 m: square + 4 strips + a disk of 100 m (Minkowski sum)
    expected = 50 * 50 + 4 * 50 * 100 + math.pi * 100**2
    assert grown.area == pytest.approx(expected, rel=0.01)
    with pytest.raises(WijkaanpakInputError):
        playground_catchments([np.nan, 0.0], norm_profile("midden_drenthe_2011"), ["0-5"])


# ------------------------------------------------------------------------------ docs


def test_docs_list_the_assessment_fields(checklist):
    text = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    assert assessment_markdown(checklist) in text  # regenerate docs after a change
