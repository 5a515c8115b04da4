"""The words on the map are the users' words: labels and reasons in the language of the run
(Dutch when QGIS runs in Dutch), indicator labels from the definition file instead of ids,
the ids kept in their own fields for machines, and every id field marked as a code.

Expected words come from the definition file read with json and from the Dutch wording
written out here by hand, never from the code under test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[2]
DEFINITION = REPO / "resources" / "config" / "indicators_default.json"


def _definition() -> dict:
    return json.loads(DEFINITION.read_text(encoding="utf-8"))


def _tiny_areas() -> tuple[pd.DataFrame, dict]:
    """Five wijken on two indicators of one ambition, by hand: A has the lowest reach (the
    most need), E has 40 residents (too few), F no population (water)."""
    definition = {
        "ambitions": [{"id": "opgroeien", "label_en": "Growing up", "label_nl": "Opgroeien"}],
        "indicators": [
            {
                "id": "play_reach_0_5",
                "label_en": "Children 0-5 within the norm",
                "label_nl": "Kinderen 0-5 binnen de norm",
                "ambition": "opgroeien",
                "field": "share_0_5",
                "direction": "higher_is_better",
            },
            {
                "id": "play_reach_6_11",
                "label_en": "Children 6-11 within the norm",
                "label_nl": "Kinderen 6-11 binnen de norm",
                "ambition": "opgroeien",
                "field": "share_6_11",
                "direction": "higher_is_better",
            },
        ],
    }
    frame = pd.DataFrame(
        {
            "wijkcode": ["A", "B", "C", "D", "E", "F"],
            "share_0_5": [0.1, 0.5, 0.9, 0.7, 0.3, 0.5],
            "share_6_11": [0.2, 0.6, 0.8, 0.9, 0.4, 0.5],
            "aantal_inwoners": [1200, 900, 3000, 450, 40, np.nan],
        }
    )
    return frame, definition


def _rank(language: str):
    from wijkaanpak.wijkaanpak_plugin.core.ranking import rank_areas

    frame, definition = _tiny_areas()
    result = rank_areas(
        frame,
        definition,
        code_col="wijkcode",
        population="aantal_inwoners",
        min_population=100,
        n_draws=50,
        seed=1,
    ) if language == "en" else rank_areas(
        frame,
        definition,
        code_col="wijkcode",
        population="aantal_inwoners",
        min_population=100,
        n_draws=50,
        seed=1,
        language=language,
    )  # fmt: skip
    return result.table.set_index("wijkcode"), definition


def test_the_ranking_speaks_dutch_and_keeps_its_codes():
    table, definition = _rank("nl")
    assert table.loc["E", "rank_label"] == "niet gerangschikt"
    assert table.loc["E", "not_ranked_reason"] == "minder dan 100 inwoners (40)"
    assert table.loc["F", "not_ranked_reason"] == "aantal inwoners onbekend of geheim"
    assert table.loc["E", "not_ranked_code"] == "small_population"
    assert table.loc["F", "not_ranked_code"] == "population_unknown"
    assert table.loc["A", "not_ranked_code"] is None and table.loc["A", "ranked"]
    # the need drivers: the definition's Dutch label beside the id
    labels = {i["id"]: i["label_nl"] for i in definition["indicators"]}
    seen = 0
    for code in ("A", "B", "C", "D"):
        for n in (1, 2, 3):
            driver = table.loc[code, f"need_driver_{n}"]
            if driver is None:  # no further indicator pushes this area's need up
                assert table.loc[code, f"need_driver_{n}_label"] is None
                continue
            assert driver in labels, "the id stays for machines"
            assert table.loc[code, f"need_driver_{n}_label"] == labels[driver]
            seen += 1
    assert seen >= 2  # A and E lie below the reference on both indicators; E is not ranked
    assert table.loc["A", "need_driver_1_label"] in labels.values()  # A: the most need


def test_the_ranking_in_english_is_unchanged():
    table, definition = _rank("en")
    assert table.loc["E", "rank_label"] == "not ranked"
    assert table.loc["E", "not_ranked_reason"] == "fewer than 100 residents (40)"
    assert table.loc["E", "not_ranked_code"] == "small_population"
    labels = {i["id"]: i["label_en"] for i in definition["indicators"]}
    assert table.loc["A", "need_driver_1_label"] == labels[table.loc["A", "need_driver_1"]]


def test_ambition_scores_label_the_drivers_from_the_shipped_definition():
    from wijkaanpak.wijkaanpak_plugin.core.indicators import score_ambitions

    frame, _tiny = _tiny_areas()
    shipped = _definition()
    fields = {i["id"]: i.get("field") for i in shipped["indicators"]}
    frame = frame.rename(
        columns={"share_0_5": fields["play_reach_0_5"], "share_6_11": fields["play_reach_6_11"]}
    )
    scores = score_ambitions(frame, str(DEFINITION), allow_missing_ambitions=True, language="nl")
    labels = {i["id"]: i["label_nl"] for i in shipped["indicators"]}
    table = scores.table
    has = table["need_driver_1"].notna()
    assert has.any()
    for n in (1, 2, 3):
        ids = table[f"need_driver_{n}"][has]
        words = table[f"need_driver_{n}_label"][has]
        for driver, word in zip(ids, words):
            assert (driver is None and word is None) or word == labels[driver]


@pytest.mark.parametrize(
    "english, dutch",
    [
        ("straight-line", "hemelsbreed"),
        ("network", "over het netwerk"),
        ("straight-line × detour 1.3", "hemelsbreed × omrijfactor 1.3"),
        (
            "Midden-Drenthe 2011 play policy (NL): 0-5 100 m, 6-11 400 m, 12-17 1000 m, "
            "meeting place 400 m",
            "Speelbeleid Midden-Drenthe 2011: 0-5 100 m, 6-11 400 m, 12-17 1000 m, "
            "ontmoetingsplek 400 m",
        ),
    ],
)
def test_reach_words_in_dutch(english, dutch):
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import reach_words

    column = "norm" if ":" in english else "distance_type"
    frame = pd.DataFrame({column: [english, english, None], "share": [0.5, 1.0, np.nan]})
    out = reach_words(frame, "nl")
    assert out[column].tolist()[:2] == [dutch, dutch] and out[column].isna().tolist()[2]
    assert out["share"].tolist()[:2] == [0.5, 1.0], "figures untouched"
    assert reach_words(frame, "en") is frame


def test_every_shipped_norm_and_the_age_split_read_dutch():
    from wijkaanpak.wijkaanpak_plugin.core.norms import norm_profile
    from wijkaanpak.wijkaanpak_plugin.core.population import BAND_SPLIT_ASSUMPTION
    from wijkaanpak.wijkaanpak_plugin.core.reach_model import reach_words

    profiles = json.loads((REPO / "resources/config/norm_profiles.json").read_text("utf-8"))
    keys = [p["key"] for p in profiles["profiles"]]
    norms = [norm_profile(key).describe() for key in keys]
    frame = pd.DataFrame({"norm": norms, "age_split": [BAND_SPLIT_ASSUMPTION] * len(norms)})
    out = reach_words(frame, "nl")
    english = re.compile(r"meeting place|play policy|assuming|equal numbers|\(UK\)|User-defined")
    for value in out["norm"].tolist() + out["age_split"].tolist():
        assert not english.search(value), value
    assert out["age_split"][0].startswith("Leeftijdsgroepen verdeeld uit de CBS-klassen")


def test_the_language_of_the_outputs_follows_qgis(qgis_app):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    from wijkaanpak.processing_algorithms.base import output_language

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    default = QLocale()
    try:
        settings.setValue("locale/overrideFlag", False)
        QLocale.setDefault(QLocale("nl_NL"))
        assert output_language() == "nl"
        QLocale.setDefault(QLocale("en_GB"))
        assert output_language() == "en"
        settings.setValue("locale/overrideFlag", True)  # the profile's language wins
        settings.setValue("locale/userLocale", "nl_BE")
        assert output_language() == "nl"
    finally:
        QLocale.setDefault(default)
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_id_fields_are_marked_as_codes_and_word_fields_are_not():
    """In the styles, a field that holds ids says so in its alias; its word twin does not."""
    from xml.etree import ElementTree

    for style in ("rank_areas", "ambition_scores"):
        root = ElementTree.parse(REPO / "resources" / "styles" / f"{style}.qml").getroot()
        aliases = {a.get("field"): a.get("name") for a in root.iter("alias")}
        for n in (1, 2, 3):
            assert "(code)" in aliases[f"need_driver_{n}"], style
            assert "code" not in aliases[f"need_driver_{n}_label"], style
        for field in ("indicators_used", "ambitions_in_total", "ambitions_missing"):
            assert "(codes)" in aliases[field], (style, field)
    root = ElementTree.parse(REPO / "resources" / "styles" / "rank_areas.qml").getroot()
    aliases = {a.get("field"): a.get("name") for a in root.iter("alias")}
    assert "(code)" in aliases["not_ranked_code"] and "code" not in aliases["not_ranked_reason"]


def test_loneliness_notes_in_dutch():
    from wijkaanpak.wijkaanpak_plugin.core.loneliness import with_loneliness_note

    signal = "Deze laag is een signaal voor het gesprek met bewoners, geen oordeel over een wijk."
    notes = with_loneliness_note(
        [
            "Fewer than 100 residents (40): figures withheld.",
            "No RIVM figures for area code 'BU02339997' (vintage 2020).",
            "fewer than 100 residents: no estimate published",
            "",
        ],
        "nl",
    )
    assert list(notes) == [
        "Minder dan 100 inwoners (40): cijfers niet getoond. " + signal,
        "Geen RIVM-cijfers voor gebiedscode 'BU02339997' (jaar 2020). " + signal,
        "minder dan 100 inwoners: geen schatting gepubliceerd " + signal,
        signal,
    ]
    english = with_loneliness_note(["population unknown: no estimate published"])
    assert english[0].startswith("population unknown: no estimate published This layer")


def test_the_reference_is_described_in_dutch():
    from wijkaanpak.wijkaanpak_plugin.core.indicators import score_ambitions

    frame, definition = _tiny_areas()
    nl = score_ambitions(frame, definition, language="nl").table["reference"]
    en = score_ambitions(frame, definition).table["reference"]
    assert set(nl) == {"alle gebieden (6)"} and set(en) == {"all areas (6)"}
