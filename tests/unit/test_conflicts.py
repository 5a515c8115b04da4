"""Conflict check of a save (core/conflicts.py), on hand-made rows: two planners, one playground."""

from __future__ import annotations

import datetime
import math

import pytest

from wijkaanpak.wijkaanpak_plugin.core.conflicts import (
    CONNECTION_LOST,
    KEEP_THEIRS,
    OTHER_FAILURE,
    PERMISSION_DENIED,
    USE_MINE,
    check_save,
    classify_save_errors,
    next_version,
    same_value,
)

BASE = {
    "fid": 7,
    "name": "Speeltuin De Eik",
    "condition_score": 3,
    "rating": 6.5,
    "notes": None,
    "last_inspection": datetime.date(2025, 3, 1),
    "version": 4,
}


def test_nobody_else_saved_no_conflict():
    mine = {**BASE, "condition_score": 4, "notes": "schommel los"}
    check = check_save(BASE, mine, dict(BASE), ignore=["fid"])
    assert not check.conflict
    assert check.changes == ()
    assert check.base_version == 4 and check.stored_version == 4


def test_other_changed_the_same_field_to_another_value_is_a_clash():
    mine = {**BASE, "condition_score": 4}
    stored = {**BASE, "condition_score": 2, "version": 5}
    check = check_save(BASE, mine, stored)
    assert check.conflict
    assert [c.field for c in check.changes] == ["condition_score"]
    (change,) = check.clashes
    assert (change.base, change.mine, change.theirs) == (3, 4, 2)
    assert check.values_to_write(KEEP_THEIRS) == {"condition_score": 2}
    assert check.values_to_write(USE_MINE) == {"condition_score": 4}
    assert check.stored_version == 5


def test_other_changed_a_field_i_left_alone_is_a_change_not_a_clash():
    mine = {**BASE, "condition_score": 4}
    stored = {**BASE, "notes": "hek kapot", "version": 5}
    check = check_save(BASE, mine, stored)
    assert check.conflict  # the planner is told
    (change,) = check.changes
    assert change.field == "notes" and not change.mine_changed and not change.clash
    # their note is written back either way (my edit may carry the old note), my score is
    # not in the list: it is saved as it is
    assert check.values_to_write(KEEP_THEIRS) == {"notes": "hek kapot"}
    assert check.values_to_write(USE_MINE) == {"notes": "hek kapot"}


def test_a_stale_value_from_an_old_form_does_not_undo_their_change():
    # my form was opened before their save; applying it wrote the old rating back unchanged
    mine = {**BASE, "condition_score": 4, "rating": 6.5}
    stored = {**BASE, "rating": 9.0, "version": 5}
    check = check_save(BASE, mine, stored)
    (change,) = check.changes
    assert not change.clash
    assert check.values_to_write(USE_MINE) == {"rating": 9.0}


def test_both_changed_a_field_to_the_same_value_is_no_clash():
    mine = {**BASE, "rating": 8.0}
    stored = {**BASE, "rating": 8, "version": 5}
    check = check_save(BASE, mine, stored)
    assert [c.field for c in check.changes] == ["rating"]
    assert check.clashes == ()


def test_only_the_version_changed_is_not_a_conflict():
    # another planner saved without changing a value this planner saw (e.g. moved the point)
    check = check_save(BASE, {**BASE, "rating": 7.0}, {**BASE, "version": 5})
    assert not check.conflict


def test_deleted_row_is_a_conflict():
    check = check_save(BASE, BASE, None)
    assert check.conflict and check.deleted


def test_fields_the_planner_never_saw_are_not_compared():
    stored = {**BASE, "assessor": "Anna"}  # a field added after the planner started
    assert not check_save(BASE, BASE, stored).conflict


def test_ignored_fields_are_not_compared():
    stored = {**BASE, "fid": 8}
    assert check_save(BASE, BASE, stored, ignore=["fid"]).conflict is False
    assert check_save(BASE, BASE, stored).conflict is True


def test_unknown_choice_is_refused():
    check = check_save(BASE, {**BASE, "rating": 7.0}, {**BASE, "rating": 9.0})
    with pytest.raises(ValueError, match="unknown choice"):
        check.values_to_write("merge")


@pytest.mark.parametrize(
    "a, b, same",
    [
        (None, None, True),
        (None, float("nan"), True),
        (None, "", True),
        ("", "  ", True),
        (None, 0, False),
        (4, 4.0, True),
        (4, "4", True),
        ("abc", 4, False),
        (0.1 + 0.2, 0.3, True),
        (6.5, 6.4, False),
        (datetime.date(2025, 3, 1), "2025-03-01", True),
        (datetime.date(2025, 3, 1), datetime.date(2025, 3, 2), False),
        (True, 1, True),
        ("goed", "goed ", True),
        ("goed", "matig", False),
    ],
)
def test_same_value(a, b, same):
    assert same_value(a, b) is same
    assert same_value(b, a) is same


@pytest.mark.parametrize(
    "stored, expected",
    [(None, 1), (float("nan"), 1), (0, 1), (4, 5), (4.0, 5), ("12", 13), (-3, 1), (2.5, 1)],
)
def test_next_version(stored, expected):
    assert next_version(stored) == expected


@pytest.mark.parametrize(
    "errors, kind",
    [
        # texts as QGIS's postgres provider reports them (seen in tests/qgis/test_postgis_*)
        (
            [
                "ERROR: 1 attribute value change(s) not applied.",
                "Provider errors:",
                "      PostGIS error while changing attributes: server closed the connection "
                "unexpectedly\n\tThis probably means the server terminated abnormally",
            ],
            CONNECTION_LOST,
        ),
        (["FATAL:  terminating connection due to administrator command"], CONNECTION_LOST),
        (
            [
                "ERROR: 2 attribute value change(s) not applied.",
                "Provider errors:",
                "PostGIS error while changing attributes: no result buffer",
            ],
            CONNECTION_LOST,
        ),
        (["could not connect to server: Connection refused"], CONNECTION_LOST),
        (
            ["PostGIS error while changing attributes: ERROR:  permission denied for table x"],
            PERMISSION_DENIED,
        ),
        (["ERROR: value too long for type character varying(16)"], OTHER_FAILURE),
        ([], OTHER_FAILURE),
    ],
)
def test_classify_save_errors(errors, kind):
    assert classify_save_errors(errors) == kind


def test_nan_in_base_and_stored_is_no_change():
    base = {**BASE, "rating": math.nan}
    assert not check_save(base, base, {**base, "rating": None}).conflict


def test_a_choice_between_two_scores_takes_the_matching_condition_along():
    base = {**BASE, "condition": "matig"}
    mine = {**base, "condition_score": 4, "condition": "redelijk"}
    # the other planner's score 2 came with condition 'slecht'; had they left the condition
    # alone (e.g. edited the score in the attribute table), theirs is the base value
    stored = {**base, "condition_score": 2, "condition": "slecht", "version": 5}
    check = check_save(base, mine, stored)
    assert check.values_to_write(KEEP_THEIRS) == {"condition_score": 2, "condition": "slecht"}
    assert check.values_to_write(USE_MINE) == {"condition_score": 4, "condition": "redelijk"}
    stored_score_only = {**base, "condition_score": 2, "version": 5}
    check = check_save(base, mine, stored_score_only)
    assert check.values_to_write(KEEP_THEIRS) == {"condition_score": 2, "condition": "matig"}
