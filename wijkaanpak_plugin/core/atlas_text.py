"""The words of the council atlas (raadsatlas): sentences per area and the fixed pages' texts.

Pure functions over an area's figures (:class:`~.profile.AreaProfile`, as the wijkprofiel dock
reads them) and the municipality's (:class:`MunicipalityFigures`). No free text: every
generated sentence on an area page quotes a number that the same page shows in a table
(:attr:`Sentence.numbers` lists them, formatted exactly as the tables format them), so a
council member can trace each sentence to a figure.

Dutch ('nl') and English ('en'). The atlas is written in the language chosen for the report,
not in the language of the QGIS interface, so its words live here rather than in Qt's
translation files.

No Qt, no QGIS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from .profile import AreaProfile, Figure

LANGUAGES = ("nl", "en")
#: The signal sentence, in the one wording used throughout the plugin.
SIGNAL = {
    "nl": "een signaal voor het gesprek met bewoners, geen oordeel over een wijk",
    "en": "a signal for conversation with residents, not a verdict on a neighbourhood",
}
#: A difference from the municipality smaller than this (percentage points, or score
#: points × 100) is called "about the same" rather than higher or lower.
SAME_PP = 3.0
SAME_SCORE = 0.05


# --------------------------------------------------------------------------- numbers


def _localise(text: str, lang: str) -> str:
    if lang != "nl":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_number(value: Optional[float], lang: str, decimals: int = 0) -> str:
    """1234.5 → '1.235' (nl) / '1,235' (en); None → '–'."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return _localise("{:,.{}f}".format(value, decimals), lang)


def fmt_fraction(value: Optional[float], lang: str, decimals: int = 1) -> str:
    """A fraction 0..1 as a percentage: 0.558 → '55,8%'."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return _localise("{:.{}f}%".format(100.0 * value, decimals), lang)


def fmt_percent(value: Optional[float], lang: str, decimals: int = 1) -> str:
    """A value already in percent (RIVM figures): 46.4 → '46,4%'."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return _localise("{:.{}f}%".format(value, decimals), lang)


def fmt_score(value: Optional[float], lang: str) -> str:
    """An ambition score 0..1 with two decimals: 0.314 → '0,31'."""
    return fmt_number(value, lang, 2)


def fmt_figure(fig: Figure, lang: str, kind: str = "count", decimals: int = 0) -> str:
    """A figure as the atlas tables show it; a hidden or missing one in words, never a number.

    ``kind``: 'count', 'fraction' (0..1 shown as %), 'percent' (already %), 'score'.
    """
    if fig.value is None:
        if fig.suppressed:
            return "geheim (CBS/RIVM)" if lang == "nl" else "hidden (CBS/RIVM)"
        return "onbekend" if lang == "nl" else "not known"
    if kind == "fraction":
        return fmt_fraction(fig.value, lang, decimals or 1)
    if kind == "percent":
        return fmt_percent(fig.value, lang, decimals or 1)
    if kind == "score":
        return fmt_score(fig.value, lang)
    return fmt_number(fig.value, lang, decimals)


# --------------------------------------------------------------------------- the municipality


@dataclass(frozen=True)
class MunicipalityFigures:
    """The municipality's figures the sentences compare an area with.

    ``lonely_18plus``: residents-weighted mean of the published 18+ loneliness percentages of
    its areas that show figures (measured where measured, else the model estimate);
    ``areas``: how many areas count in it. Reach and ambition means come with each area's
    profile (the reach output's and the ambition output's municipality figures).
    """

    name: str
    lonely_18plus: Optional[float] = None
    lonely_areas: int = 0
    lonely_kind: str = "measured"  # or "modelled"
    n_areas: int = 0
    n_ranked: int = 0


def loneliness_of(profile: AreaProfile) -> Tuple[Figure, str, Figure, Figure]:
    """The area's 18+ loneliness: (figure, 'measured'/'modelled'/'', lower, upper)."""
    measured = profile.measured
    if measured is not None and measured.lonely_18plus.known:
        return measured.lonely_18plus, "measured", Figure(), Figure()
    model = profile.modelled
    if model is not None and model.estimate.known:
        return model.estimate, "modelled", model.lower, model.upper
    if measured is not None:
        return measured.lonely_18plus, "measured", Figure(), Figure()
    if model is not None:
        return model.estimate, "modelled", model.lower, model.upper
    return Figure(), "", Figure(), Figure()


def municipality_figures(name: str, profiles: Sequence[AreaProfile]) -> MunicipalityFigures:
    """The municipality's figures from its areas' profiles (those that show figures)."""
    total = 0.0
    weight = 0.0
    count = 0
    kinds: Dict[str, int] = {}
    for profile in profiles:
        if not profile.shows_people:
            continue
        fig, kind, _low, _high = loneliness_of(profile)
        pop = profile.population.value
        if fig.value is None or pop is None or pop <= 0:
            continue
        total += fig.value * pop
        weight += pop
        count += 1
        kinds[kind] = kinds.get(kind, 0) + 1
    ranked = sum(1 for p in profiles if p.rank is not None and p.rank.ranked)
    return MunicipalityFigures(
        name=name,
        lonely_18plus=total / weight if weight > 0 else None,
        lonely_areas=count,
        lonely_kind=max(kinds, key=lambda k: kinds[k]) if kinds else "measured",
        n_areas=len(profiles),
        n_ranked=ranked,
    )


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Sentence:
    """One generated sentence and the numbers it quotes (as the page's tables show them)."""

    topic: str  # "rank", "not_ranked", "loneliness", "reach", "ambition", "withheld"
    text: str
    numbers: Tuple[str, ...] = field(default_factory=tuple)


def _compare(diff: float, same: float, lang: str, higher: str = "", lower: str = "") -> str:
    if abs(diff) < same:
        return "vergelijkbaar met" if lang == "nl" else "about the same as"
    if diff > 0:
        return higher or ("hoger dan" if lang == "nl" else "higher than")
    return lower or ("lager dan" if lang == "nl" else "lower than")


def level_word(profile: AreaProfile, lang: str) -> str:
    words = {
        "nl": {"wijk": "wijk", "buurt": "buurt", "cell": "cel"},
        "en": {"wijk": "wijk (district)", "buurt": "buurt (neighbourhood)", "cell": "cell"},
    }
    return words[lang].get(profile.level, profile.level)


def withheld_sentence(profile: AreaProfile, lang: str) -> Sentence:
    """Why an area shows no figures about people (only the minimum is quoted)."""
    minimum = fmt_number(profile.min_population, lang)
    if profile.withheld == "below":
        text = (
            "Deze {} heeft minder dan {} inwoners. Cijfers over zo weinig mensen zijn "
            "onbetrouwbaar en kunnen naar personen wijzen; daarom toont deze pagina geen "
            "cijfers over mensen en krijgt het gebied geen plaats in de rangorde."
        ).format(level_word(profile, lang), minimum)
        if lang == "en":
            text = (
                "This area has fewer than {} residents. Figures about so few people are "
                "unreliable and could point at individuals, so this page shows no figures "
                "about people and the area is not ranked."
            ).format(minimum)
    else:
        text = (
            "Het aantal inwoners van deze {} is onbekend of geheim, dus niet te toetsen aan "
            "het minimum van {} inwoners; daarom toont deze pagina geen cijfers over mensen "
            "en krijgt het gebied geen plaats in de rangorde."
        ).format(level_word(profile, lang), minimum)
        if lang == "en":
            text = (
                "The number of residents of this area is not known or hidden, so it cannot be "
                "checked against the minimum of {} residents; this page therefore shows no "
                "figures about people and the area is not ranked."
            ).format(minimum)
    return Sentence("withheld", text, (minimum,))


def rank_sentence(profile: AreaProfile, lang: str) -> Optional[Sentence]:
    rank = profile.rank
    if rank is None:
        return None
    if not rank.ranked or not rank.rank.known:
        reason = not_ranked_reason(profile, lang)
        if lang == "nl":
            return Sentence("not_ranked", "Niet gerangschikt: {}.".format(reason))
        return Sentence("not_ranked", "Not ranked: {}.".format(reason))
    position = fmt_number(rank.rank.value, lang)
    total = fmt_number(rank.n_ranked, lang)
    low = fmt_number(rank.low.value, lang)
    high = fmt_number(rank.high.value, lang)
    top3 = fmt_fraction(rank.p_top3.value, lang, 0) if rank.p_top3.known else None
    numbers = [position, total]
    if lang == "nl":
        text = "Plaats {} van {} in de rangorde op behoefte".format(position, total)
        if rank.low.known and rank.high.known:
            text += (
                " (plaats {} in elke herberekening met gevarieerde gewichten)".format(low)
                if low == high
                else " (tussen plaats {} en {} in 90% van de herberekeningen)".format(low, high)
            )
            numbers += [low, high]
        if top3 is not None:
            text += "; kans op een plek in de top 3: {}".format(top3)
            numbers.append(top3)
    else:
        text = "Rank {} of {} by need".format(position, total)
        if rank.low.known and rank.high.known:
            text += (
                " (rank {} in every recalculation with varied weights)".format(low)
                if low == high
                else " (between rank {} and {} in 90% of the recalculations)".format(low, high)
            )
            numbers += [low, high]
        if top3 is not None:
            text += "; chance of a top-3 place: {}".format(top3)
            numbers.append(top3)
    return Sentence("rank", text + ".", tuple(numbers))


def not_ranked_reason(profile: AreaProfile, lang: str) -> str:
    """Why an area has no rank, in the atlas's words (from its figures, not from free text)."""
    minimum = fmt_number(profile.min_population, lang)
    if profile.withheld == "below":
        return (
            "minder dan {} inwoners".format(minimum)
            if lang == "nl"
            else "fewer than {} residents".format(minimum)
        )
    if profile.withheld == "unknown" or not profile.population.known:
        return (
            "aantal inwoners onbekend of geheim"
            if lang == "nl"
            else "number of residents not known or hidden"
        )
    return (
        "te weinig cijfers voor een behoeftescore"
        if lang == "nl"
        else "too few figures for a need score"
    )


def loneliness_sentence(
    profile: AreaProfile, municipality: MunicipalityFigures, lang: str
) -> Optional[Sentence]:
    fig, kind, low, high = loneliness_of(profile)
    if fig.value is None:
        return None
    value = fmt_percent(fig.value, lang)
    numbers = [value]
    if kind == "modelled":
        lead = (
            "Geschatte eenzaamheid (18+): {}".format(value)
            if lang == "nl"
            else "Estimated loneliness (18+): {}".format(value)
        )
        if low.known and high.known:
            lo, hi = fmt_percent(low.value, lang), fmt_percent(high.value, lang)
            lead += " (interval {} – {})".format(lo, hi)
            numbers += [lo, hi]
    else:
        vintage = profile.measured.vintage if profile.measured is not None else None
        lead = (
            "Eenzaam (18+): {}".format(value) if lang == "nl" else "Lonely (18+): {}".format(value)
        )
        if vintage:
            lead += " (RIVM {})".format(vintage)
    if municipality.lonely_18plus is None:
        return Sentence("loneliness", lead + ".", tuple(numbers))
    mun = fmt_percent(municipality.lonely_18plus, lang)
    numbers.append(mun)
    if (
        kind == "modelled"
        and low.known
        and high.known
        and low.value <= municipality.lonely_18plus <= high.value
    ):  # type: ignore[operator]  # noqa: E501
        words = (
            "het interval omvat het gemiddelde van {} ({})".format(municipality.name, mun)
            if lang == "nl"
            else "the interval includes the mean of {} ({})".format(municipality.name, mun)
        )
    else:
        relation = _compare(fig.value - municipality.lonely_18plus, SAME_PP, lang)
        words = (
            "{} het gemiddelde van {} ({})".format(relation, municipality.name, mun)
            if lang == "nl"
            else "{} the mean of {} ({})".format(relation, municipality.name, mun)
        )
    return Sentence("loneliness", "{}, {}.".format(lead, words), tuple(numbers))


def reach_sentence(profile: AreaProfile, lang: str) -> Optional[Sentence]:
    """The age group whose reach differs most from the municipality's (most behind first)."""
    reach = profile.reach
    if reach is None:
        return None
    best = None
    for row in reach.rows:
        if row.share.value is None or row.municipality_share.value is None:
            continue
        diff = 100.0 * (row.share.value - row.municipality_share.value)
        key = (diff >= 0, -abs(diff))  # groups behind first, then the biggest difference
        if best is None or key < best[0]:
            best = (key, row, diff)
    if best is None:
        return None
    _key, row, diff = best
    here = fmt_fraction(row.share.value, lang)
    there = fmt_fraction(row.municipality_share.value, lang)
    norm = fmt_number(row.norm_m, lang) if row.norm_m else None
    relation = _compare(diff, SAME_PP, lang)
    if row.group == "65+":
        place_nl, place_en = "een ontmoetingsplek", "a meeting place"
        who_nl, who_en = "65-plussers", "residents 65+"
    else:
        place_nl, place_en = "een geschikte speelplek", "a suitable playground"
        who_nl, who_en = "kinderen {} jaar".format(row.group), "children aged {}".format(row.group)
    numbers = [here, there]
    if lang == "nl":
        within = "binnen {} m van {}".format(norm, place_nl) if norm else "binnen de norm"
        text = "{} van de {} woont {}: {} de gemeente ({}).".format(
            here, who_nl, within, relation, there
        )
    else:
        within = "within {} m of {}".format(norm, place_en) if norm else "within the norm"
        text = "{} of {} live {}: {} the municipality ({}).".format(
            here, who_en, within, relation, there
        )
    if norm:
        numbers.append(norm)
    return Sentence("reach", text[0].upper() + text[1:], tuple(numbers))


def ambition_sentence(
    profile: AreaProfile, labels: Mapping[str, str], lang: str
) -> Optional[Sentence]:
    """The ambition furthest below the municipality's mean (or above it when none is below)."""
    ambitions = profile.ambitions
    if ambitions is None:
        return None
    best = None
    for score in ambitions.scores:
        if score.score.value is None or score.municipality.value is None:
            continue
        diff = score.score.value - score.municipality.value
        key = (diff >= 0, -abs(diff))
        if best is None or key < best[0]:
            best = (key, score, diff)
    if best is None:
        return None
    _key, score, diff = best
    here = fmt_score(score.score.value, lang)
    there = fmt_score(score.municipality.value, lang)
    label = labels.get(score.id, score.id)
    relation = _compare(diff, SAME_SCORE, lang)
    if lang == "nl":
        text = "Ambitie {}: score {}, {} het gemiddelde van de gemeente ({}; 1 = best).".format(
            label, here, relation, there
        )
    else:
        text = "Ambition {}: score {}, {} the municipality's mean ({}; 1 = best).".format(
            label, here, relation, there
        )
    return Sentence("ambition", text, (here, there))


def area_sentences(
    profile: AreaProfile,
    municipality: MunicipalityFigures,
    lang: str = "nl",
    ambition_labels: Optional[Mapping[str, str]] = None,
) -> List[Sentence]:
    """What stands out in an area, each sentence quoting numbers shown on its page.

    An area under the minimum population (or with an unknown population) gets only the reason
    why it shows no figures about people.
    """
    if lang not in LANGUAGES:
        raise ValueError("language must be one of {}".format(", ".join(LANGUAGES)))
    if not profile.shows_people:
        return [withheld_sentence(profile, lang)]
    found = [
        rank_sentence(profile, lang),
        loneliness_sentence(profile, municipality, lang),
        reach_sentence(profile, lang),
        ambition_sentence(profile, ambition_labels or {}, lang),
    ]
    return [s for s in found if s is not None]


# --------------------------------------------------------------------------- fixed pages


@dataclass(frozen=True)
class DataSource:
    """A data source as the cover lists it."""

    name: str
    vintage: Optional[str]
    licence: str
    credit: str


def cbs_source(vintage: Optional[str], lang: str) -> DataSource:
    name = (
        "Wijk- en buurtkaart met kerncijfers"
        if lang == "nl"
        else "District and neighbourhood map with key figures"
    )
    return DataSource(name, vintage, "CC BY 4.0", "CBS, Kadaster")


def cbs_grid_source(vintage: Optional[str], lang: str) -> DataSource:
    name = (
        "Kaart van 100 meter bij 100 meter met statistieken"
        if lang == "nl"
        else "100 m by 100 m grid statistics"
    )
    return DataSource(name, vintage, "CC BY 4.0", "CBS")


def rivm_source(vintage: Optional[str], lang: str) -> DataSource:
    name = (
        "Gezondheidsmonitor Volwassenen en Ouderen, StatLine 50090NED"
        if lang == "nl"
        else "Health Monitor Adults and Elderly, StatLine 50090NED"
    )
    return DataSource(name, vintage, "CC BY 4.0", "RIVM/CBS/GGD'en")


def bgt_source(vintage: Optional[str], lang: str) -> DataSource:
    name = (
        "BGT (Basisregistratie Grootschalige Topografie): speelvoorzieningen en banken"
        if lang == "nl"
        else "BGT (large-scale topography): play equipment and benches"
    )
    return DataSource(name, vintage, "CC0", "BGT, bronhouders")


def source_line(source: DataSource, lang: str) -> str:
    year = source.vintage or ("jaar niet vastgelegd" if lang == "nl" else "year not recorded")
    return "{}: {} ({}); {}".format(source.credit, source.name, year, source.licence)


def attribution(sources: Sequence[DataSource], lang: str) -> str:
    """The attribution line shown on every page: credit, year and licence per source."""
    parts = []
    for s in sources:
        year = " {}".format(s.vintage) if s.vintage else ""
        parts.append("{}{} ({})".format(s.credit, year, s.licence))
    lead = "Bronnen: " if lang == "nl" else "Sources: "
    return lead + "; ".join(parts) + "."


def cover_title(municipality: str, level: str, lang: str) -> Tuple[str, str]:
    """(title, subtitle) of the cover."""
    if lang == "nl":
        unit = {"wijk": "wijken", "buurt": "buurten"}.get(level, "gebieden")
        return (
            "Raadsatlas wijkaanpak",
            "{}: welke {} komen als eerste in aanmerking?".format(municipality, unit),
        )
    unit = {"wijk": "districts (wijken)", "buurt": "neighbourhoods (buurten)"}.get(level, "areas")
    return (
        "Council atlas: integrated neighbourhood approach",
        "{}: which {} come first?".format(municipality, unit),
    )


def cover_intro(n_areas: int, n_ranked: int, min_population: int, lang: str) -> str:
    areas = fmt_number(n_areas, lang)
    ranked = fmt_number(n_ranked, lang)
    minimum = fmt_number(min_population, lang)
    if lang == "nl":
        return (
            "Deze atlas beschrijft {} gebieden, waarvan er {} een plaats in de rangorde hebben. "
            "Per gebied: een kaart met speelplekken, ontmoetingsplekken en gaten in het bereik, "
            "de cijfers naast die van de gemeente, de ambitiescores, eenzaamheid en een paar "
            "zinnen over wat opvalt; elke zin noemt een getal dat op dezelfde pagina staat. "
            "Gebieden met minder dan {} inwoners tonen geen cijfers over mensen."
        ).format(areas, ranked, minimum)
    return (
        "This atlas describes {} areas, {} of which are ranked. Per area: a map with "
        "playgrounds, meeting places and gaps in reach, its figures beside the municipality's, "
        "the ambition scores, loneliness and a few sentences on what stands out; every "
        "sentence quotes a number on the same page. Areas with fewer than {} residents show "
        "no figures about people."
    ).format(areas, ranked, minimum)


def norm_line(norm_text: Optional[str], lang: str) -> str:
    if not norm_text:
        return (
            "Loopafstandnorm: niet gebruikt (geen bereikcijfers in deze atlas)."
            if lang == "nl"
            else "Walking-distance norm: not used (no reach figures in this atlas)."
        )
    return ("Loopafstandnorm: {}." if lang == "nl" else "Walking-distance norm: {}.").format(
        norm_text
    )


def signal_sentence(lang: str) -> str:
    if lang == "nl":
        return "Elke pagina van deze atlas is {}.".format(SIGNAL["nl"])
    return "Every page of this atlas is {}.".format(SIGNAL["en"])


def overview_intro(n_ranked: int, draws_note: bool, lang: str) -> str:
    n = fmt_number(n_ranked, lang)
    if lang == "nl":
        text = (
            "De rangorde zet {} gebieden op volgorde van behoefte (plaats 1 = meeste behoefte). "
            "Omdat gewichten en cijfers onzeker zijn, is de rangorde vele keren opnieuw berekend "
            "met gevarieerde gewichten: het interval geeft de plaatsen in 90% van die "
            "berekeningen, P(top 3) hoe vaak het gebied bij de eerste drie hoorde."
        ).format(n)
    else:
        text = (
            "The ranking orders {} areas by need (rank 1 = most need). Because weights and "
            "figures are uncertain, the ranking was recomputed many times with varied weights: "
            "the interval gives the ranks in 90% of those runs, P(top 3) how often the area "
            "was among the first three."
        ).format(n)
    return text


def closing_paragraphs(
    min_population: int, norm_text: Optional[str], lang: str
) -> List[Tuple[str, str]]:
    """(heading, paragraph) pairs of the closing page on method and limits."""
    minimum = fmt_number(min_population, lang)
    if lang == "nl":
        return [
            (
                "Wat deze atlas is",
                (
                    "Een overzicht voor de gemeenteraad bij de keuze van de wijkagenda: welke "
                    "gebieden vragen als eerste om een integrale wijkaanpak. De cijfers zijn {}."
                ).format(SIGNAL["nl"]),
            ),
            (
                "Behoefte en rangorde",
                "Per gebied worden indicatoren genormaliseerd tot scores van 0 tot 1 (1 = best) "
                "en per ambitie gemiddeld; de behoefte is 1 min de totaalscore. De rangorde is "
                "herhaald met gevarieerde gewichten (Monte Carlo); het interval en P(top 3) "
                "tonen hoe stevig een plaats is. Gebieden met minder dan {} inwoners of een "
                "onbekend aantal inwoners krijgen geen plaats.".format(minimum),
            ),
            (
                "Bereik",
                "Het aandeel bewoners per leeftijdsgroep dat binnen de loopafstandnorm van een "
                "geschikte speelplek of een ontmoetingsplek woont, gemeten vanaf de 100 m-"
                "cellen van het CBS. {}".format(norm_line(norm_text, "nl")),
            ),
            (
                "Eenzaamheid",
                "Gemeten cijfers komen uit de Gezondheidsmonitor (RIVM/CBS/GGD'en), zelf "
                "kleine-gebiedsschattingen. Een modelschatting staat er met haar interval bij en "
                "is geen meting.",
            ),
            (
                "Grenzen",
                "Het CBS houdt kleine aantallen geheim; die tellen niet als nul. Inventarissen "
                "van speelplekken en banken zijn zo volledig als de bronhouder ze bijhoudt. "
                "Gebiedsgrenzen zijn vereenvoudigd. Een kaart vervangt geen gesprek: bewoners "
                "weten wat de cijfers niet tonen.",
            ),
        ]
    return [
        (
            "What this atlas is",
            "An overview for the council choosing the wijkagenda: which areas call first for an "
            "integrated neighbourhood approach. The figures are {}.".format(SIGNAL["en"]),
        ),
        (
            "Need and ranking",
            "Per area, indicators are normalised to scores from 0 to 1 (1 = best) and averaged "
            "per ambition; need is 1 minus the total score. The ranking was repeated with varied "
            "weights (Monte Carlo); the interval and P(top 3) show how firm a rank is. Areas "
            "with fewer than {} residents or an unknown number of residents are not ranked.".format(
                minimum
            ),
        ),
        (
            "Reach",
            "The share of residents per age group living within the walking-distance norm of a "
            "suitable playground or a meeting place, measured from CBS 100 m cells. {}".format(
                norm_line(norm_text, "en")
            ),
        ),
        (
            "Loneliness",
            "Measured figures come from the Health Monitor (RIVM/CBS/GGD'en), themselves "
            "small-area estimates. A model estimate is shown with its interval and is not a "
            "measurement.",
        ),
        (
            "Limits",
            "CBS hides small counts; they do not count as zero. Inventories of playgrounds and "
            "benches are as complete as their keepers keep them. Area boundaries are "
            "simplified. A map is no substitute for a conversation: residents know what the "
            "figures do not show.",
        ),
    ]
