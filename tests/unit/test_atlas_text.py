"""The atlas's generated sentences: each quotes numbers from its input, never invents one.

Expected texts are written by hand from the figures given here (no run of the code).
"""

from __future__ import annotations

import re

import pytest

from wijkaanpak_plugin.core.atlas_text import (
    MunicipalityFigures,
    area_sentences,
    attribution,
    bgt_source,
    cbs_source,
    closing_paragraphs,
    fmt_figure,
    fmt_fraction,
    fmt_number,
    municipality_figures,
    rivm_source,
)
from wijkaanpak_plugin.core.profile import (
    AmbitionProfile,
    AmbitionScore,
    AreaProfile,
    Figure,
    MeasuredLoneliness,
    ModelledLoneliness,
    RankProfile,
    ReachProfile,
    ReachRow,
)


def rank(position=2, low=2, high=4, top3=0.949, ranked=True, n=21):
    return RankProfile(
        ranked=ranked,
        rank=Figure(position) if position is not None else Figure(),
        low=Figure(low),
        high=Figure(high),
        p_first=Figure(0.0),
        p_top3=Figure(top3),
        n_ranked=n,
        label=None,
        not_ranked_reason=None,
        ambitions_missing=(),
    )


def reach(share_0_5=0.402, mun_0_5=0.558, share_65=0.80, mun_65=0.788):
    def row(group, share, mun, norm):
        return ReachRow(group, Figure(100), Figure(), Figure(share), Figure(mun), norm)

    return ReachProfile(
        rows=(row("0-5", share_0_5, mun_0_5, 100.0), row("65+", share_65, mun_65, 400.0)),
        norm="test norm",
        distance_type=None,
        age_split=None,
        playgrounds=Figure(3),
        playgrounds_by_group={},
        meeting_places=Figure(2),
        meeting_places_per_1000_65plus=Figure(),
        play_space_m2_per_child=Figure(),
    )


def profile(**kw):
    base = dict(
        code="WK000101",
        name="Testwijk",
        level="wijk",
        municipality_code="GM0001",
        municipality_name="Testgemeente",
        population=Figure(2500),
        min_population=100,
        withheld=None,
    )
    base.update(kw)
    return AreaProfile(**base)


MUN = MunicipalityFigures("Testgemeente", lonely_18plus=46.4, lonely_areas=10)


def numbers_in(text: str):
    return re.findall(r"\d[\d.,]*%?", text)


def test_rank_sentence_quotes_rank_interval_and_top3_dutch():
    (sentence,) = area_sentences(profile(rank=rank()), MUN, "nl")
    assert sentence.text == (
        "Plaats 2 van 21 in de rangorde op behoefte (tussen plaats 2 en 4 in 90% van de "
        "herberekeningen); kans op een plek in de top 3: 95%."
    )
    assert set(sentence.numbers) == {"2", "21", "4", "95%"}


def test_rank_sentence_english_same_interval():
    (sentence,) = area_sentences(profile(rank=rank(position=1, low=1, high=1, top3=1.0)), MUN, "en")
    assert (
        sentence.text
        == "Rank 1 of 21 by need (rank 1 in every recalculation with varied weights); "
        "chance of a top-3 place: 100%."
    )


def test_unranked_area_says_why_without_inventing_a_rank():
    p = profile(
        rank=rank(position=None, ranked=False), population=Figure(None, True), withheld=None
    )
    sentences = area_sentences(p, MUN, "nl")
    assert sentences[0].topic == "not_ranked"
    assert sentences[0].text == "Niet gerangschikt: aantal inwoners onbekend of geheim."
    assert numbers_in(sentences[0].text) == []


def test_measured_loneliness_against_municipality():
    measured = MeasuredLoneliness(Figure(54.1), Figure(), Figure(), Figure(), "2020", "RIVM")
    (sentence,) = area_sentences(profile(measured=measured), MUN, "nl")
    assert sentence.text == (
        "Eenzaam (18+): 54,1% (RIVM 2020), hoger dan het gemiddelde van Testgemeente (46,4%)."
    )
    for number in sentence.numbers:
        assert number in sentence.text
    # within 3 percentage points: about the same
    close = MeasuredLoneliness(Figure(45.0), Figure(), Figure(), Figure(), "2020", "RIVM")
    (sentence,) = area_sentences(profile(measured=close), MUN, "en")
    assert "about the same as the mean of Testgemeente (46.4%)" in sentence.text


def test_modelled_loneliness_quotes_its_interval():
    model = ModelledLoneliness(Figure(52.0), Figure(47.5), Figure(56.5), None, False, False, None)
    (sentence,) = area_sentences(profile(modelled=model), MUN, "nl")
    assert sentence.text.startswith("Geschatte eenzaamheid (18+): 52,0% (interval 47,5% – 56,5%)")
    assert "hoger dan" in sentence.text
    model = ModelledLoneliness(Figure(50.0), Figure(44.0), Figure(56.0), None, False, False, None)
    (sentence,) = area_sentences(profile(modelled=model), MUN, "nl")
    assert "het interval omvat het gemiddelde van Testgemeente (46,4%)" in sentence.text


def test_suppressed_and_null_figures_give_no_sentence_and_no_number():
    measured = MeasuredLoneliness(Figure(None, True), Figure(), Figure(), Figure(), "2020", None)
    empty_reach = reach(share_0_5=None, share_65=None)
    reach_rows = tuple(
        r.__class__(
            r.group, r.residents, r.within, Figure(None, True), r.municipality_share, r.norm_m
        )
        for r in empty_reach.rows
    )
    p = profile(
        measured=measured,
        reach=empty_reach.__class__(**{**empty_reach.__dict__, "rows": reach_rows}),
    )
    assert area_sentences(p, MUN, "nl") == []
    assert fmt_figure(Figure(None, True), "nl") == "geheim (CBS/RIVM)"
    assert fmt_figure(Figure(), "en") == "not known"
    assert fmt_number(float("nan"), "nl") == "–"


def test_reach_sentence_picks_the_group_most_behind():
    (sentence,) = area_sentences(profile(reach=reach()), MUN, "nl")
    # 0-5: 40.2% against 55.8% (15.6 pp behind); 65+: 80.0% against 78.8% (ahead)
    assert sentence.text == (
        "40,2% van de kinderen 0-5 jaar woont binnen 100 m van een geschikte speelplek: "
        "lager dan de gemeente (55,8%)."
    )
    assert set(sentence.numbers) == {"40,2%", "55,8%", "100"}


def test_ambition_sentence_uses_the_labels_and_both_scores():
    ambitions = AmbitionProfile(
        scores=(
            AmbitionScore("ontmoeten", Figure(0.31), Figure(0.52)),
            AmbitionScore("wonen", Figure(0.70), Figure(0.60)),
        ),
        total=Figure(0.5),
        municipality_total=Figure(0.55),
        municipality_areas=9,
    )
    (sentence,) = area_sentences(
        profile(ambitions=ambitions), MUN, "nl", {"ontmoeten": "Ontmoeten", "wonen": "Wonen"}
    )
    assert sentence.text == (
        "Ambitie Ontmoeten: score 0,31, lager dan het gemiddelde van de gemeente (0,52; 1 = best)."
    )


def test_area_under_minimum_population_shows_only_why():
    measured = MeasuredLoneliness(Figure(60.0), Figure(), Figure(), Figure(), "2020", "RIVM")
    p = profile(population=Figure(40), withheld="below", measured=measured, rank=rank())
    sentences = area_sentences(p, MUN, "nl")
    assert len(sentences) == 1 and sentences[0].topic == "withheld"
    assert "minder dan 100 inwoners" in sentences[0].text
    # the only number is the minimum: not the 40 residents, not the 60% lonely
    assert numbers_in(sentences[0].text) == ["100"]


def test_municipality_loneliness_is_weighted_by_residents_of_areas_with_figures():
    def lonely(value, pop, withheld=None):
        measured = MeasuredLoneliness(Figure(value), Figure(), Figure(), Figure(), "2020", None)
        return profile(population=Figure(pop), measured=measured, withheld=withheld)

    mun = municipality_figures(
        "X", [lonely(40.0, 1000), lonely(50.0, 3000), lonely(90.0, 50, withheld="below")]
    )
    # (40*1000 + 50*3000) / 4000 = 47.5; the withheld area does not count
    assert mun.lonely_18plus == pytest.approx(47.5)
    assert mun.lonely_areas == 2


def test_number_formats_and_attribution():
    assert fmt_number(1234.6, "nl") == "1.235"
    assert fmt_number(12345, "en") == "12,345"
    assert fmt_fraction(0.5575, "nl") == "55,8%"
    line = attribution(
        [cbs_source("2024", "nl"), rivm_source("2020", "nl"), bgt_source(None, "nl")], "nl"
    )
    assert (
        line == "Bronnen: CBS, Kadaster 2024 (CC BY 4.0); RIVM/CBS/GGD'en 2020 (CC BY 4.0); "
        "BGT, bronhouders (CC0)."
    )


def test_closing_page_carries_the_signal_sentence():
    text = " ".join(p for _, p in closing_paragraphs(100, None, "nl"))
    assert "een signaal voor het gesprek met bewoners, geen oordeel over een wijk" in text
