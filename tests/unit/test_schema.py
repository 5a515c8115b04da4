"""Place schema: field list, coercion and per-row validation on hand-made rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from wijkaanpak.wijkaanpak_plugin.core.errors import WijkaanpakInputError
from wijkaanpak.wijkaanpak_plugin.core.schema import (
    MEETING_PLACES,
    PLAYGROUNDS,
    get_schema,
    require_usable,
    schema_markdown,
    validate_places,
)

REPO = Path(__file__).resolve().parents[2]


def test_field_names_and_types_are_those_of_the_issue():
    # Written from the issue text, not from the code.
    assert PLAYGROUNDS.names == [
        "name",
        "place_type",
        "age_0_5",
        "age_6_11",
        "age_12_17",
        "equipment_count",
        "surface_m2",
        "condition",
        "rating",
        "accessible",
        "last_inspection",
        "source_id",
    ]
    assert MEETING_PLACES.names == [
        "name",
        "place_type",
        "capacity",
        "opening",
        "indoor",
        "source_id",
    ]
    types = {f.name: f.qgis_type for f in PLAYGROUNDS.fields}
    assert types["age_0_5"] == "Int" and types["equipment_count"] == "Int"
    assert types["surface_m2"] == "Double" and types["rating"] == "Double"
    assert types["name"] == "String" and types["last_inspection"] == "Date"
    assert PLAYGROUNDS.field("condition").allowed == ("goed", "redelijk", "matig", "slecht")
    for t in (
        "speeltuin",
        "speelplek",
        "trapveld",
        "skatebaan",
        "pumptrack",
        "cruyff_court",
        "schoolplein",
    ):
        assert t in PLAYGROUNDS.field("place_type").allowed
    for t in (
        "buurthuis",
        "wijkcentrum",
        "bankje",
        "picknicktafel",
        "park",
        "pleintje",
        "bibliotheek",
        "sportveld",
        "moestuin",
        "speeltuin",
        "other",
    ):
        assert t in MEETING_PLACES.field("place_type").allowed
    for spec in PLAYGROUNDS.fields + MEETING_PLACES.fields:
        assert spec.description_en and spec.description_nl and spec.alias_nl


def test_kind_aliases_and_unknown_kind():
    assert get_schema("Playgrounds") is PLAYGROUNDS
    assert get_schema("meeting places") is MEETING_PLACES
    with pytest.raises(WijkaanpakInputError, match="zwembaden"):
        get_schema("zwembaden")


def _playgrounds() -> pd.DataFrame:
    # Five hand-made rows; the problems are planted on purpose (see expected set below).
    return pd.DataFrame(
        {
            "name": ["De Wip", "Kerkplein", "Bad", "Hoek", "Veld"],
            "place_type": ["speeltuin", "Cruyff Court", "zwembad", "trapveld", "speelplek"],
            "age_0_5": [1, "ja", 0, None, 1],
            "age_6_11": [1, 1, 1, 0, 2],
            "equipment_count": [4, "3", 1, 2.5, 0],
            "rating": [8, "7,5", 11, None, "6.0"],
            "condition": ["goed", "Matig ", "slecht", "heel slecht", None],
            "last_inspection": ["2023-05-01", "2022-11-30T09:00:00Z", None, "2021-02-30", ""],
            "source_id": ["A1", "A2", "A3", "A4", None],
        },
        index=[10, 11, 12, 13, 14],
    )


def test_validate_finds_exactly_the_planted_problems():
    report = validate_places(_playgrounds(), "speelplekken")
    found = {(r.row, r.field, r.check, r.severity) for r in report.issues.itertuples()}
    expected = {
        (12, "place_type", "domain", "error"),  # 'zwembad' is no playground type
        (12, "rating", "range", "warning"),  # 11 > 10
        (13, "equipment_count", "type", "warning"),  # 2.5 is no whole number
        (13, "condition", "domain", "warning"),  # 'heel slecht' not in the four
        (13, "last_inspection", "type", "warning"),  # 30 February does not exist
        (14, "age_6_11", "type", "warning"),  # 2 is not 0/1
        (14, "source_id", "required", "error"),  # empty id
    }
    assert found == expected
    assert report.n_errors == 2 and report.n_warnings == 5
    assert report.rows_with_errors().tolist() == [False, False, True, False, True]


def test_clean_values_are_typed_and_bad_values_null():
    clean = validate_places(_playgrounds(), "speelplekken").clean
    assert clean.index.tolist() == [10, 11, 12, 13, 14]
    assert clean.loc[11, "place_type"] == "cruyff_court"  # 'Cruyff Court' normalised
    assert clean.loc[11, "age_0_5"] == 1  # 'ja'
    assert clean.loc[11, "rating"] == 7.5  # Dutch decimal comma
    assert clean.loc[11, "condition"] == "matig"
    assert clean.loc[11, "last_inspection"] == "2022-11-30"
    assert clean.loc[11, "equipment_count"] == 3
    assert pd.isna(clean.loc[12, "place_type"]) and pd.isna(clean.loc[12, "rating"])
    assert pd.isna(clean.loc[13, "equipment_count"]) and pd.isna(clean.loc[13, "condition"])
    assert pd.isna(clean.loc[14, "age_6_11"])
    assert clean["surface_m2"].isna().all()  # absent optional column → NULL
    assert str(clean["age_0_5"].dtype) == "Int64"


def test_meeting_places_ranges_and_booleans():
    frame = pd.DataFrame(
        {
            "place_type": ["buurthuis", "bankje", "Bibliotheek"],
            "capacity": [120, -1, None],
            "opening": ["ma-vr 9-17", "altijd", None],
            "indoor": ["ja", "nee", "misschien"],
            "source_id": [1, 2, 2],  # numbers are accepted as ids; 2 repeats
        }
    )
    report = validate_places(frame, "ontmoetingsplekken")
    found = {(r.row, r.field, r.check) for r in report.issues.itertuples()}
    assert found == {
        (1, "capacity", "range"),
        (2, "indoor", "type"),
        (1, "source_id", "duplicate_id"),
        (2, "source_id", "duplicate_id"),
    }
    assert report.clean["indoor"].tolist()[:2] == [1, 0]
    assert report.clean["source_id"].tolist() == ["1", "2", "2"]
    assert report.ok  # only warnings


def test_missing_required_column_is_one_issue_and_raises_in_require_usable():
    frame = pd.DataFrame({"name": ["x"], "source_id": ["1"]})
    report = validate_places(frame, "speelplekken")
    assert report.issues[["field", "check"]].values.tolist() == [["place_type", "missing_column"]]
    assert pd.isna(report.issues.loc[0, "row"])
    with pytest.raises(WijkaanpakInputError, match="'place_type'.*name, source_id"):
        require_usable(frame, "speelplekken")
    with pytest.raises(WijkaanpakInputError, match="no features"):
        require_usable(frame.iloc[:0].assign(place_type=[]), "speelplekken")
    require_usable(frame.iloc[:0].assign(place_type=[]), "speelplekken", allow_empty=True)


def test_docs_schema_lists_every_field_and_value():
    text = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    for schema in (PLAYGROUNDS, MEETING_PLACES):
        assert schema_markdown(schema.kind) in text  # docs regenerated after a schema change
        for spec in schema.fields:
            assert f"`{spec.name}`" in text


def test_nan_float_ids_print_without_decimals():
    report = validate_places(
        pd.DataFrame({"place_type": ["park"], "source_id": [np.float64(42.0)]}),
        "ontmoetingsplekken",
    )
    assert report.clean.loc[0, "source_id"] == "42"


def test_missing_text_and_dates_are_none_never_nan_or_the_text_nan():
    """Issue 8.4: empty stays NULL. A text column holding float NaN is written by pandas and
    QGIS as the text 'nan'; the clean frame holds None for every missing text or date."""
    clean = validate_places(_playgrounds(), "speelplekken").clean
    for name in ("name", "place_type", "condition", "last_inspection", "source_id"):
        values = clean[name].tolist()
        assert all(v is None or isinstance(v, str) for v in values), (name, values)
        assert not {"nan", "None", "NaN", "<NA>"} & {v for v in values if isinstance(v, str)}
    assert clean.loc[14, "condition"] is None and clean.loc[12, "last_inspection"] is None
    assert clean.loc[12, "place_type"] is None  # a bad value, set to NULL
    # absent optional text columns: all None as well
    only = validate_places(
        pd.DataFrame({"place_type": ["park"], "source_id": ["1"]}), "ontmoetingsplekken"
    )
    assert only.clean["name"].tolist() == [None] and only.clean["opening"].tolist() == [None]
