"""The council atlas (raadsatlas): a face that reads the plugin's outputs and exports a PDF.

Reads the ranked areas and the other result layers once (through ``layer_io``), builds each
area's profile with ``core.profile`` (the wijkprofiel dock's core) and its sentences with
``core.atlas_text``, then fills the layout templates of ``atlas_layout`` and exports:

* one PDF: a QGIS report (cover, overview, one page per area in rank or code order, closing);
* or one PDF per area (the area template as a print-layout atlas);
* optionally a PNG per page.

Headless (Processing, ``qgis_process``): no iface, no canvas. Every export is written to a
temporary file beside the target and moved into place only when it succeeded, so a failed or
cancelled export leaves no partial PDF. QgsLayoutExporter's result codes become sentences.
"""

from __future__ import annotations

import datetime
import html
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPalLayerSettings,
    QgsProject,
    QgsReport,
    QgsReportSectionFieldGroup,
    QgsReportSectionLayout,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..processing_algorithms.base import Wijkaanpak
from . import atlas_layout
from .core.atlas_text import (
    DataSource,
    MunicipalityFigures,
    area_sentences,
    attribution,
    bgt_source,
    cbs_grid_source,
    cbs_source,
    closing_paragraphs,
    cover_intro,
    cover_title,
    fmt_figure,
    fmt_fraction,
    fmt_number,
    fmt_percent,
    fmt_score,
    loneliness_of,
    municipality_figures,
    not_ranked_reason,
    overview_intro,
    rivm_source,
    signal_sentence,
    source_line,
)
from .core.indicators import IndicatorDefinition
from .core.profile import (
    PLACE_FIELDS,
    AreaIndex,
    AreaProfile,
    Place,
    SourceTable,
    ambition_label,
    build_profile,
    fields_to_read,
    group_places,
    norm_distances,
    ordered_ambitions,
    place_kind,
    places_from_frame,
)
from .layer_io import WORKING_CRS, polygon_rings, read_features, read_table, wkb_geometries

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")  # fmt: skip
CSS = (
    "font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #20262d; "
    "text-align: left;"
)
#: HTML labels render in quirks mode, where tables do not inherit the font size.
TABLE_CSS = "<style>table, td, th {{ font-size: {}; }}</style>"


#: Dutch names of the shipped norm profiles (resources/config/norm_profiles.json).
NORM_NAMES_NL = {
    "Midden-Drenthe 2011 play policy (NL)": "Speelruimtebeleid Midden-Drenthe 2011",
    "Fields in Trust (UK)": "Fields in Trust (Verenigd Koninkrijk)",
}


class AtlasError(Exception):
    """An export that could not be made, in words for the user."""


@dataclass
class AtlasOptions:
    lang: str = "nl"
    orientation: str = "portrait"
    order: str = "rank"  # or "code"
    per_area: bool = False
    png: bool = False
    min_population: int = 100
    municipality: str = ""
    area_vintage: Optional[str] = None
    health_vintage: Optional[str] = None
    grid_vintage: Optional[str] = None
    inventory_vintage: Optional[str] = None
    date: Optional[datetime.date] = None
    png_dpi: int = 120


@dataclass
class AtlasLayers:
    areas: QgsVectorLayer
    figures: Sequence[QgsVectorLayer] = ()
    playgrounds: Optional[QgsVectorLayer] = None
    meeting_places: Optional[QgsVectorLayer] = None
    gaps: Optional[QgsVectorLayer] = None
    definition: Optional[IndicatorDefinition] = None


@dataclass
class AtlasContent:
    """What the pages show, read and computed once."""

    profiles: List[AreaProfile]
    wkb: Dict[str, Optional[bytes]]
    name_field: Optional[str]
    level: str
    municipality: MunicipalityFigures  # the whole atlas (cover, overview)
    sources: List[DataSource]
    norm_text: Optional[str]
    place_counts: Dict[str, Dict[str, int]] = field(default_factory=dict)
    #: per municipality code: the figures an area is compared with (its own municipality)
    municipalities: Dict[str, MunicipalityFigures] = field(default_factory=dict)
    population: Dict[str, float] = field(default_factory=dict)

    def municipality_of(self, profile: AreaProfile) -> MunicipalityFigures:
        key = profile.municipality_code or ""
        return self.municipalities.get(key, self.municipality)


@dataclass
class AtlasResult:
    files: List[str]
    pages: int
    areas: int
    png_files: List[str] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def _table(layer: QgsVectorLayer, with_geometry: bool = False):
    names = fields_to_read([f.name() for f in layer.fields()])
    if not names:
        return None, None
    if with_geometry:
        read = read_features(layer, names, keep_wkb=True, label=layer.name())
    else:
        read = read_table(layer, names, label=layer.name())
    return SourceTable.build(layer.name(), read.frame, read.fids, layer.name()), read


def _places(layer: Optional[QgsVectorLayer], index: AreaIndex) -> Dict[str, Tuple[Place, ...]]:
    if layer is None:
        return {}
    present = [f.name() for f in layer.fields()]
    kind = place_kind(present)
    if kind is None:
        kind = "meeting" if "capacity" in present or "indoor" in present else "playground"
    names = [f for f in PLACE_FIELDS if f in present]
    polygons = layer.geometryType() == 2
    read = read_features(layer, names, keep_wkb=polygons, label=layer.name())
    rings = polygon_rings(read.wkb) if polygons else None
    return group_places(places_from_frame(kind, read.frame), index.places_by_area(read.xy, rings))


def read_content(layers: AtlasLayers, options: AtlasOptions) -> AtlasContent:
    """Profiles of every area of the areas layer, in the order of the atlas."""
    main, read = _table(layers.areas, with_geometry=True)
    if main is None:
        raise AtlasError(
            Wijkaanpak.tr(
                "Layer '{}' has no wijkcode, buurtcode or grid-cell code field: the atlas needs "
                "the areas as the Rank areas algorithm writes them."
            ).format(layers.areas.name())
        )
    tables = [main]
    for layer in layers.figures:
        if layer is None or layer.id() == layers.areas.id():
            continue
        table, _read = _table(layer)
        if table is not None and table.key.level == main.key.level:
            tables.append(table)
    by_fid = dict(zip(read.fids.tolist(), read.wkb))
    wkb = {code: by_fid.get(int(fid)) for code, fid in zip(main.codes(), main.fids)}
    index = AreaIndex(main.codes(), polygon_rings([wkb[c] for c in main.codes()]))
    playgrounds = _places(layers.playgrounds, index)
    meeting = _places(layers.meeting_places, index)
    has_places = layers.playgrounds is not None or layers.meeting_places is not None
    profiles = []
    counts: Dict[str, Dict[str, int]] = {}
    for code in main.codes():
        places = (playgrounds.get(code, ()) + meeting.get(code, ())) if has_places else None
        profile = build_profile(code, tables, min_population=options.min_population,
                                places=places)  # fmt: skip
        if profile is None:
            continue
        profiles.append(profile)
        counts[code] = {
            "playgrounds": len(playgrounds.get(code, ())),
            "meeting": len(meeting.get(code, ())),
            **{
                g: sum(1 for p in playgrounds.get(code, ()) if g in p.ages)
                for g in ("0-5", "6-11", "12-17")
            },
        }
    if not profiles:
        raise AtlasError(Wijkaanpak.tr("Layer '{}' has no areas.").format(layers.areas.name()))
    if options.order == "code":
        profiles.sort(key=lambda p: p.code)
    else:

        def rank_key(p: AreaProfile):
            ranked = p.rank is not None and p.rank.ranked and p.rank.rank.known
            return (0, p.rank.rank.value, p.code) if ranked else (1, 0.0, p.code)  # type: ignore[union-attr]

        profiles.sort(key=rank_key)
    name = options.municipality or _municipality_name(profiles)
    municipality = municipality_figures(name, profiles)
    by_code: Dict[str, List[AreaProfile]] = {}
    for p in profiles:
        by_code.setdefault(p.municipality_code or "", []).append(p)
    municipalities = {
        code: municipality_figures(members[0].municipality_name or code or name, members)
        for code, members in by_code.items()
    }
    population = {
        code: float(sum(p.population.value or 0 for p in members if p.population.known))
        for code, members in by_code.items()
    }
    norm_text = next((p.reach.norm for p in profiles if p.reach is not None and p.reach.norm), None)
    lang = options.lang
    sources = [cbs_source(options.area_vintage or main.vintage, lang)]
    rivm = next(
        (p.measured.vintage for p in profiles if p.measured is not None and p.measured.vintage),
        None,
    )
    if (
        rivm
        or any(p.measured is not None for p in profiles)
        or any(p.modelled is not None for p in profiles)
    ):
        sources.append(rivm_source(options.health_vintage or rivm, lang))
    if layers.gaps is not None or any(p.reach is not None for p in profiles):
        sources.append(cbs_grid_source(options.grid_vintage, lang))
    if has_places:
        sources.append(bgt_source(options.inventory_vintage, lang))
    return AtlasContent(
        profiles=profiles,
        wkb=wkb,
        name_field=main.key.name_field,
        level=main.key.level,
        municipality=municipality,
        municipalities=municipalities,
        population=population,
        sources=sources,
        norm_text=norm_text,
        place_counts=counts,
    )


def _municipality_name(profiles: Sequence[AreaProfile]) -> str:
    names = []
    for p in profiles:
        name = p.municipality_name or p.municipality_code
        if name and name not in names:
            names.append(name)
    return ", ".join(names[:3]) + (" e.a." if len(names) > 3 else "") if names else "–"


# --------------------------------------------------------------------------- words on pages


def _esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def date_text(date: datetime.date, lang: str) -> str:
    if lang == "nl":
        return "{} {} {}".format(date.day, MONTHS_NL[date.month - 1], date.year)
    return date.strftime("%d %B %Y").lstrip("0")


def norm_words(norm_text: Optional[str], lang: str) -> Optional[str]:
    """The reach output's norm text in the atlas's language."""
    if not norm_text:
        return None
    metres = norm_distances(norm_text)
    name = norm_text.split(":")[0].strip()
    if lang == "nl":
        name = NORM_NAMES_NL.get(name, name)
    if not metres:
        return norm_text
    parts = []
    for group in ("0-5", "6-11", "12-17"):
        if group in metres:
            parts.append(
                ("{} jaar {} m" if lang == "nl" else "{} years {} m").format(
                    group, fmt_number(metres[group], lang)
                )
            )
    if "meeting" in metres:
        parts.append(
            ("ontmoetingsplek {} m" if lang == "nl" else "meeting place {} m").format(
                fmt_number(metres["meeting"], lang)
            )
        )
    return "{}: {}".format(name, ", ".join(parts))


def _row(label: str, here: str, there: str = "", muted: bool = False) -> Tuple[str, str, str, bool]:
    return (label, here, there, muted)


Row = Tuple[str, str, str, bool]


def figures_rows(
    profile: AreaProfile,
    content: AtlasContent,
    lang: str,
    definition: Optional[IndicatorDefinition],
) -> List[Row]:
    """The table beside the map: (label, this area, municipality, is-a-heading)."""
    nl = lang == "nl"
    mun = content.municipality_of(profile)
    rows: List[Tuple[str, str, str, bool]] = []
    total_pop = content.population.get(profile.municipality_code or "", 0.0)
    if not profile.shows_people:
        rows.append(_row("Inwoners" if nl else "Residents",
                         "minder dan {}".format(fmt_number(profile.min_population, lang))
                         if profile.withheld == "below" and nl else
                         "fewer than {}".format(fmt_number(profile.min_population, lang))
                         if profile.withheld == "below" else
                         ("onbekend" if nl else "not known"),
                         fmt_number(total_pop, lang)))  # fmt: skip
        return rows
    rows.append(_row("Inwoners" if nl else "Residents", fmt_figure(profile.population, lang),
                     fmt_number(total_pop, lang)))  # fmt: skip
    rank = profile.rank
    if rank is not None:
        rows.append(_row("Rangorde" if nl else "Ranking", "", "", True))
        if rank.ranked and rank.rank.known:
            rows.append(_row("Plaats" if nl else "Rank", "{} {} {}".format(
                fmt_number(rank.rank.value, lang), "van" if nl else "of",
                fmt_number(rank.n_ranked, lang)), ""))  # fmt: skip
            if rank.low.known and rank.high.known:
                interval = "{} – {}".format(
                    fmt_number(rank.low.value, lang), fmt_number(rank.high.value, lang)
                )
                rows.append(_row("Interval (90%)", interval, ""))
            rows.append(_row("P(top 3)", fmt_fraction(rank.p_top3.value, lang, 0)
                             if rank.p_top3.known else "–", ""))  # fmt: skip
        else:
            rows.append(_row("Plaats" if nl else "Rank", "–", ""))
            rows.append(_row(not_ranked_reason(profile, lang), "", ""))
    fig, kind, low, high = loneliness_of(profile)
    if kind:
        rows.append(_row("Eenzaamheid" if nl else "Loneliness", "", "", True))
        label = "Eenzaam 18+" if nl else "Lonely 18+"
        if kind == "modelled":
            label += " (geschat)" if nl else " (estimated)"
        elif profile.measured is not None and profile.measured.vintage:
            label += " (RIVM {})".format(profile.measured.vintage)
        here = fmt_figure(fig, lang, "percent")
        rows.append(_row(label, here, fmt_percent(mun.lonely_18plus, lang)))
        if kind == "modelled" and low.known and high.known:
            rows.append(_row("Interval" if nl else "Interval", "{} – {}".format(
                fmt_percent(low.value, lang), fmt_percent(high.value, lang)), ""))  # fmt: skip
        if profile.measured is not None and kind == "measured":
            m = profile.measured
            for text_nl, text_en, f in (
                ("Ernstig eenzaam 18+", "Severely lonely 18+", m.severely_lonely_18plus),
                ("Eenzaam 65+", "Lonely 65+", m.lonely_65plus),
            ):
                if f.known or f.suppressed:
                    rows.append(
                        _row(text_nl if nl else text_en, fmt_figure(f, lang, "percent"), "")
                    )
    reach = profile.reach
    if reach is not None:
        rows.append(_row("Binnen loopafstand" if nl else "Within walking distance", "", "", True))
        for r in reach.rows:
            norm = " ({} m)".format(fmt_number(r.norm_m, lang)) if r.norm_m else ""
            if r.group == "65+":
                label = ("65+ van ontmoetingsplek" if nl else "65+ of a meeting place") + norm
            else:
                label = ("{} jaar van speelplek" if nl else "{} of a playground").format(
                    r.group
                ) + norm
            rows.append(_row(label, fmt_figure(r.share, lang, "fraction"),
                             fmt_figure(r.municipality_share, lang, "fraction")))  # fmt: skip
    counts = content.place_counts.get(profile.code)
    if profile.places is not None and counts is not None:
        rows.append(_row("Plekken in het gebied" if nl else "Places in the area", "", "", True))
        rows.append(_row("Speelplekken" if nl else "Playgrounds",
                         fmt_number(counts["playgrounds"], lang), ""))  # fmt: skip
        for g in ("0-5", "6-11", "12-17"):
            rows.append(_row(("  voor {} jaar" if nl else "  for ages {}").format(g),
                             fmt_number(counts[g], lang), ""))  # fmt: skip
        rows.append(_row("Ontmoetingsplekken" if nl else "Meeting places",
                         fmt_number(counts["meeting"], lang), ""))  # fmt: skip
    ambitions = profile.ambitions
    if ambitions is not None:
        rows.append(_row("Ambitiescores (1 = best)" if nl else "Ambition scores (1 = best)",
                         "", "", True))  # fmt: skip
        for s in ordered_ambitions(ambitions.scores, definition):
            known = s.score.known or s.score.suppressed
            rows.append(_row(ambition_label(definition, s.id, lang),
                             fmt_figure(s.score, lang, "score") if known
                             else ("geen cijfers" if nl else "no data"),
                             fmt_score(s.municipality.value, lang)))  # fmt: skip
        rows.append(_row("Totaal" if nl else "Total", fmt_figure(ambitions.total, lang, "score"),
                         fmt_score(ambitions.municipality_total.value, lang)))  # fmt: skip
    return rows


def figures_html(profile: AreaProfile, content: AtlasContent, lang: str,
                 definition: Optional[IndicatorDefinition]) -> str:  # fmt: skip
    nl = lang == "nl"
    head = (
        '<tr><th align="left"></th><th align="right">{}</th><th align="right">{}</th></tr>'
    ).format("Dit gebied" if nl else "This area", _esc(content.municipality_of(profile).name))
    body = []
    for label, here, there, heading in figures_rows(profile, content, lang, definition):
        if heading:
            body.append(
                '<tr><td colspan="3" style="padding-top:5px; color:#1f4e5a; font-weight:bold; '
                'border-bottom:1px solid #c5cbd1">{}</td></tr>'.format(_esc(label))
            )
        else:
            body.append(
                '<tr><td>{}</td><td align="right"><b>{}</b></td><td align="right">{}</td></tr>'
                .format(_esc(label), _esc(here), _esc(there))
            )  # fmt: skip
    mun = content.municipality_of(profile)
    note = '<p style="color:#5c6670; margin:3px 0 0 0">{}</p>'.format(_esc(
        ("{}: alle gebieden van de gemeente in deze atlas; eenzaamheid gewogen naar "
         "inwoners ({} gebieden), bereik als aandeel van alle bewoners, scores gemiddeld."
         if nl else
         "{}: all areas of the municipality in this atlas; loneliness weighted by residents "
         "({} areas), reach as a share of all residents, scores averaged.")
        .format(mun.name, mun.lonely_areas)))  # fmt: skip
    if not profile.shows_people:
        note = '<p style="background:#fff4e0; padding:5px">{}</p>'.format(
            _esc(area_sentences(profile, content.municipality_of(profile), lang)[0].text)
        )
    return (
        '{}<div style="{} font-size:7pt"><table width="100%" cellspacing="0" cellpadding="1">'
        "{}{}</table>{}</div>"
    ).format(TABLE_CSS.format("7pt"), CSS, head, "".join(body), note)


def sentences_html(sentences, lang: str) -> str:
    if not sentences:
        return ""
    title = "Wat valt op" if lang == "nl" else "What stands out"
    items = "".join('<li style="margin-bottom:3px">{}</li>'.format(_esc(s.text)) for s in sentences)
    return (
        '<div style="{} font-size:8.5pt"><div style="color:#1f4e5a; font-weight:bold; '
        'font-size:9pt">{}</div><ul style="margin:3px 0 0 0; padding-left:14px">{}</ul></div>'
    ).format(CSS, title, items)


def subtitle_text(profile: AreaProfile, lang: str) -> str:
    nl = lang == "nl"
    level = {"wijk": "Wijk", "buurt": "Buurt", "cell": "Cel" if nl else "Cell"}.get(
        profile.level, profile.level
    )
    parts = ["{} {}".format(level, profile.code)]
    if profile.municipality_name:
        parts.append(profile.municipality_name)
    if profile.shows_people and profile.population.known:
        parts.append(("{} inwoners" if nl else "{} residents").format(
            fmt_number(profile.population.value, lang)))  # fmt: skip
    rank = profile.rank
    if profile.shows_people and rank is not None and rank.ranked and rank.rank.known:
        parts.append(("plaats {} van {}" if nl else "rank {} of {}").format(
            fmt_number(rank.rank.value, lang), fmt_number(rank.n_ranked, lang)))  # fmt: skip
    elif rank is not None:
        parts.append("niet gerangschikt" if nl else "not ranked")
    return " · ".join(parts)


def chart_png(profile: AreaProfile, content: AtlasContent, lang: str,
              definition: Optional[IndicatorDefinition], path: Path) -> bool:  # fmt: skip
    """The ambition chart of the wijkprofiel dock, painted to a PNG (False: no chart)."""
    from .gui.chart import ChartData, ChartRow, chart_image

    if not profile.shows_people or profile.ambitions is None or not profile.ambitions.scores:
        return False
    nl = lang == "nl"
    rows = [
        ChartRow(ambition_label(definition, s.id, lang), s.score.value, s.municipality.value)
        for s in ordered_ambitions(profile.ambitions.scores, definition)
    ]
    rows.append(ChartRow("Totaal" if nl else "Total", profile.ambitions.total.value,
                         profile.ambitions.municipality_total.value))  # fmt: skip
    data = ChartData(
        rows=rows,
        area_legend=profile.name,
        municipality_legend=("{} (gemiddelde)" if nl else "{} (mean)").format(
            content.municipality_of(profile).name
        ),  # fmt: skip
        axis_low="meer behoefte" if nl else "more need",
        axis_high="beter" if nl else "better",
        no_data="geen cijfers" if nl else "no data",
    )
    font = QFont("Arial")
    font.setPixelSize(12)
    image = chart_image(data, 460, font, scale=2.5)
    return bool(image.save(str(path), "PNG"))


# --------------------------------------------------------------------------- layers


def _field(name: str, kind: str) -> QgsField:
    """A new field: QMetaType types on QGIS 3.38+ (QVariant types are deprecated there)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, QMetaType.Int if kind == "Int" else QMetaType.QString)
    return QgsField(name, QVariant.Int if kind == "Int" else QVariant.String)


def _coverage(content: AtlasContent, options: AtlasOptions, layers: AtlasLayers,
              chart_dir: Path) -> QgsVectorLayer:  # fmt: skip
    """One feature per area page, with the page's texts; EPSG:28992."""
    lang = options.lang
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "raadsatlas_pages", "memory")
    fields = QgsFields()
    for name in ("code", "name", "sort_key", "subtitle", "figures_html", "sentences_html",
                 "chart", "chart_title"):  # fmt: skip
        fields.append(_field(name, "Int" if name == "sort_key" else "String"))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    geometries = wkb_geometries([content.wkb.get(p.code) for p in content.profiles])
    features = []
    labels = {a.id: ambition_label(layers.definition, a.id, lang)
              for p in content.profiles if p.ambitions for a in p.ambitions.scores}  # fmt: skip
    for i, (profile, geometry) in enumerate(zip(content.profiles, geometries)):
        chart = chart_dir / "chart_{:04d}.png".format(i)
        has_chart = chart_png(profile, content, lang, layers.definition, chart)
        sentences = area_sentences(profile, content.municipality_of(profile), lang, labels)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([
            profile.code, profile.name, i + 1, subtitle_text(profile, lang),
            figures_html(profile, content, lang, layers.definition),
            sentences_html(sentences if profile.shows_people else [], lang),
            str(chart) if has_chart else "",
            (("Ambitiescores: {} en {}" if lang == "nl" else "Ambition scores: {} and {}")
             .format(profile.name, content.municipality_of(profile).name)) if has_chart else "",
        ])  # fmt: skip
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _fill(colour: str, stroke: str = "#8c959e", width: float = 0.2, alpha: int = 255):
    c = QColor(colour)
    c.setAlpha(alpha)
    return QgsFillSymbol.createSimple({
        "color": "{},{},{},{}".format(c.red(), c.green(), c.blue(), c.alpha()),
        "outline_color": stroke, "outline_width": str(width), "outline_width_unit": "MM",
    })  # fmt: skip


def _mask_layer(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """The area highlighted, its surroundings faded (on top of everything else)."""
    mask = coverage.clone()
    mask.setName("mask")
    root = QgsRuleBasedRenderer.Rule(None)
    here = QgsRuleBasedRenderer.Rule(
        _fill("#ffffff", "#b23a1a", 0.9, alpha=0), filterExp="$id = @atlas_featureid"
    )
    here.setLabel("dit gebied")
    elsewhere = QgsRuleBasedRenderer.Rule(_fill("#ffffff", "#8c959e", 0.25, alpha=165),
                                          elseRule=True)  # fmt: skip
    root.appendChild(here)
    root.appendChild(elsewhere)
    mask.setRenderer(QgsRuleBasedRenderer(root))
    return mask


def _base_layer(layer: QgsVectorLayer, name_field: Optional[str], label: bool) -> QgsVectorLayer:
    base = layer.clone()
    base.setRenderer(QgsSingleSymbolRenderer(_fill("#f4f1e8", "#9aa3ab", 0.25)))
    if label and name_field:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        fmt = settings.format()
        fmt.setFont(QFont("Arial"))
        fmt.setSize(7)
        fmt.setColor(QColor("#4a545e"))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        base.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        base.setLabelsEnabled(True)
    return base


def _styled(layer: Optional[QgsVectorLayer], style: str, title: str) -> Optional[QgsVectorLayer]:
    if layer is None:
        return None
    from ..processing_algorithms.base import apply_style
    from .resources_path import style_path

    clone = layer.clone()
    try:
        apply_style(clone, style)
    except Exception:  # noqa: BLE001 - the style as written, without its extras
        clone.loadNamedStyle(str(style_path(style)))
    clone.setName(title)
    return clone


def _ranking_layer(content: AtlasContent, lang: str) -> QgsVectorLayer:
    nl = lang == "nl"
    layer = QgsVectorLayer("None", "ranking", "memory")
    names = ("plaats", "gebied", "code", "inwoners", "interval", "top3", "toelichting")
    layer.dataProvider().addAttributes([_field(n, "String") for n in names])
    layer.updateFields()
    features = []

    def order(p: AreaProfile):
        ranked = p.rank is not None and p.rank.ranked and p.rank.rank.known
        return (not ranked, p.rank.rank.value if ranked else 0, p.code)  # type: ignore[union-attr]

    for profile in sorted(content.profiles, key=order):
        rank = profile.rank
        ranked = profile.shows_people and rank is not None and rank.ranked and rank.rank.known
        feature = QgsFeature(layer.fields())
        feature.setAttributes([
            fmt_number(rank.rank.value, lang) if ranked else "–",
            profile.name,
            profile.code,
            fmt_figure(profile.population, lang) if profile.shows_people else
            ("< {}".format(fmt_number(profile.min_population, lang))
             if profile.withheld == "below" else ("onbekend" if nl else "not known")),
            "{} – {}".format(fmt_number(rank.low.value, lang), fmt_number(rank.high.value, lang))
            if ranked and rank.low.known and rank.high.known else "–",
            fmt_fraction(rank.p_top3.value, lang, 0) if ranked and rank.p_top3.known else "–",
            "" if ranked else not_ranked_reason(profile, lang),
        ])  # fmt: skip
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# --------------------------------------------------------------------------- layouts


def _set_variables(layout, variables: Dict[str, str]) -> None:
    for name, value in variables.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)


def _paragraphs_html(pairs: Sequence[Tuple[str, str]], size: str = "10.5pt") -> str:
    return '<div style="{} font-size:{}">{}</div>'.format(CSS, size, "".join(
        '<h3 style="color:#1f4e5a; font-size:11pt; margin:10px 0 3px 0">{}</h3><p style="margin:0">'
        "{}</p>".format(_esc(h), _esc(p)) for h, p in pairs))  # fmt: skip


def layout_variables(content: AtlasContent, options: AtlasOptions) -> Dict[str, str]:
    lang = options.lang
    nl = lang == "nl"
    title, subtitle = cover_title(content.municipality.name, content.level, lang)
    date = options.date or datetime.date.today()
    sources = "".join("<li>{}</li>".format(_esc(source_line(s, lang))) for s in content.sources)
    norm = norm_words(content.norm_text, lang)
    norm_html = '<div style="{} font-size:9pt"><b>{}</b> {}</div>'.format(
        CSS, "Loopafstandnorm:" if nl else "Walking-distance norm:",
        _esc(norm) if norm else ("niet gebruikt (geen bereikcijfers)" if nl
                                 else "not used (no reach figures)"))  # fmt: skip
    return {
        "wijk_title": title,
        "wijk_subtitle": subtitle,
        "wijk_municipality": content.municipality.name,
        "wijk_date": date_text(date, lang),
        "wijk_attribution": attribution(content.sources, lang)
        + " "
        + (
            "Kaart en berekening: Wijkaanpak (QGIS)."
            if nl
            else "Map and computation: Wijkaanpak (QGIS)."
        ),  # fmt: skip
        "wijk_signal": signal_sentence(lang)[0].upper() + signal_sentence(lang)[1:],
        "wijk_intro_html": '<div style="{} font-size:10.5pt">{}</div>'.format(
            CSS,
            _esc(
                cover_intro(
                    len(content.profiles),
                    content.municipality.n_ranked,
                    options.min_population,
                    lang,
                )
            ),
        ),  # fmt: skip
        "wijk_sources_html": '<div style="{} font-size:9pt"><b>{}</b><ul style="margin:3px 0 0 0;'
        ' padding-left:16px">{}</ul></div>'.format(
            CSS, "Bronnen (jaar; licentie)" if nl else "Sources (year; licence)", sources
        ),  # fmt: skip
        "wijk_norm_html": norm_html,
        "wijk_overview_title": "Overzicht: rangorde op behoefte"
        if nl
        else "Overview: ranking by need",
        "wijk_overview_html": '<div style="{} font-size:8.5pt">{}</div>'.format(
            CSS, _esc(overview_intro(content.municipality.n_ranked, True, lang))
        ),  # fmt: skip
        "wijk_closing_title": "Werkwijze en grenzen" if nl else "Method and limits",
        "wijk_closing_html": _paragraphs_html(
            closing_paragraphs(options.min_population, norm, lang)
        ),  # fmt: skip
    }


def _frame_table(layout):
    frame = atlas_layout.item(layout, "ranking")
    if frame is None or not hasattr(frame, "multiFrame"):
        return None
    return frame.multiFrame()


def _fit_extent(item_map, extent, margin: float = 1.05) -> None:
    """Show ``extent`` (grown by ``margin``) in the map item, keeping the item's size."""
    from qgis.core import QgsRectangle

    size = item_map.rect()
    if extent.isEmpty() or size.width() <= 0 or size.height() <= 0:
        return
    ratio = size.width() / size.height()
    width, height = extent.width() * margin, extent.height() * margin
    if width / max(height, 1e-9) > ratio:
        height = width / ratio
    else:
        width = height * ratio
    cx, cy = extent.center().x(), extent.center().y()
    item_map.setExtent(QgsRectangle(cx - width / 2, cy - height / 2, cx + width / 2,
                                    cy + height / 2))  # fmt: skip


def _legend_layers(legend, layers: Sequence[QgsVectorLayer]) -> None:
    if legend is None:
        return
    legend.setVisibility(bool(layers))
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)


class _Build:
    """The layouts of one export and the layers they show (kept alive until it is done)."""

    def __init__(self, content: AtlasContent, layers: AtlasLayers, options: AtlasOptions,
                 chart_dir: Path) -> None:  # fmt: skip
        self.content = content
        self.options = options
        self.project = QgsProject()
        self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
        nl = options.lang == "nl"
        self.coverage = _coverage(content, options, layers, chart_dir)
        self.mask = _mask_layer(self.coverage)
        self.base = _base_layer(layers.areas, content.name_field, label=True)
        self.ranked = _styled(layers.areas, "rank_areas",
                              "Rangorde op behoefte" if nl else "Ranking by need")  # fmt: skip
        self.playgrounds = _styled(layers.playgrounds, "speelplekken",
                                   "Speelplekken" if nl else "Playgrounds")  # fmt: skip
        self.meeting = _styled(layers.meeting_places, "ontmoetingsplekken",
                               "Ontmoetingsplekken" if nl else "Meeting places")  # fmt: skip
        self.gaps = _styled(layers.gaps, "reach_gaps",
                            "Gaten in het bereik (100 m-cellen)" if nl
                            else "Gaps in reach (100 m cells)")  # fmt: skip
        self.ranking = _ranking_layer(content, options.lang)
        owned = [self.coverage, self.mask, self.base, self.ranked, self.playgrounds,
                 self.meeting, self.gaps, self.ranking]  # fmt: skip
        self.project.addMapLayers([lyr for lyr in owned if lyr is not None], False)
        self.variables = layout_variables(content, options)

    def layout(self, kind: str):
        try:
            layout = atlas_layout.load_layout(kind, self.options.orientation, self.project)
        except OSError as error:
            raise AtlasError(
                Wijkaanpak.tr("The atlas template could not be read: {}").format(error)
            ) from error
        _set_variables(layout, self.variables)
        if kind == "cover":
            item_map = atlas_layout.item(layout, "map")
            if item_map is not None:
                item_map.setCrs(WORKING_CRS)
                item_map.setLayers([self.base])
                _fit_extent(item_map, self.base.extent(), 1.02)
        elif kind == "overview":
            self._overview(layout)
        elif kind == "area":
            self._area(layout)
        return layout

    def _overview(self, layout) -> None:
        nl = self.options.lang == "nl"
        item_map = atlas_layout.item(layout, "map")
        if item_map is not None:
            item_map.setCrs(WORKING_CRS)
            item_map.setLayers([lyr for lyr in (self.ranked,) if lyr is not None])
            extent = self.ranked.extent() if self.ranked is not None else self.coverage.extent()
            _fit_extent(item_map, extent)
        _legend_layers(atlas_layout.item(layout, "legend"), [self.ranked] if self.ranked else [])
        table = _frame_table(layout)
        if table is not None:
            from qgis.core import QgsLayoutMultiFrame

            # pages for a long table are added below, with heading and attribution
            table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
            table.setVectorLayer(self.ranking)
            portrait = self.options.orientation != "landscape"
            headings = (
                ("plaats", "Plaats" if nl else "Rank"),
                ("gebied", "Gebied" if nl else "Area"),
                ("code", "Code"),
                ("inwoners", "Inwoners" if nl else "Residents"),
                ("interval", "Interval (90%)"),
                ("top3", "P(top 3)"),
                ("toelichting", "Niet gerangschikt, want" if nl else "Not ranked because"),
            )
            columns = []
            for attribute, heading in headings:
                column = QgsLayoutTableColumn(heading)
                column.setAttribute(attribute)
                if attribute == "toelichting":
                    column.setWidth(58.0 if portrait else 36.0)  # the longest cells wrap
                columns.append(column)
            table.setColumns(columns)
            table.setMaximumNumberOfFeatures(10000)
            table.refresh()
            self._continue_table(layout, table)

    def _continue_table(self, layout, table) -> None:
        """Pages for the rest of a long ranking: QGIS adds them (it knows the row heights);
        here each continuation frame moves to the top of its page, and the page gets a
        heading, the attribution and the footer (QGIS repeats only the table)."""
        from qgis.core import QgsLayoutMultiFrame, QgsLayoutTable

        frame = atlas_layout.item(layout, "ranking")
        if frame is None:
            return
        table.setHeaderMode(QgsLayoutTable.AllFrames)
        table.setResizeMode(QgsLayoutMultiFrame.ExtendToNextPage)
        table.recalculateFrameSizes()
        pages = layout.pageCollection()
        size = pages.page(0).pageSize()
        top, bottom = 24.0, 20.0
        height = size.height() - top - bottom
        index = 1
        while index < table.frameCount():
            more = table.frame(index)
            more.attemptMove(QgsLayoutPoint(frame.pos().x(), top), page=more.page())
            more.attemptResize(QgsLayoutSize(frame.rect().width(), height))
            table.recalculateFrameSizes()  # fewer frames may be needed now
            index += 1
        used = {table.frame(i).page() for i in range(table.frameCount())}
        for number in reversed(range(1, pages.pageCount())):
            if number not in used:
                pages.deletePage(number)
        nl = self.options.lang == "nl"
        for number in range(1, pages.pageCount()):
            atlas_layout.add_label(
                layout, "title_{}".format(number),
                (frame.pos().x(), 10, frame.rect().width(), 10),
                "Rangorde op behoefte (vervolg)" if nl else "Ranking by need (continued)",
                size=13, bold=True, colour=atlas_layout.ACCENT, page=number,
            )  # fmt: skip
            atlas_layout.add_footer(layout, size.width(), size.height(), page=number)
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)

    def _area(self, layout) -> None:
        item_map = atlas_layout.item(layout, "map")
        shown = [lyr for lyr in (self.mask, self.playgrounds, self.meeting, self.gaps, self.base)
                 if lyr is not None]  # fmt: skip
        if item_map is not None:
            item_map.setCrs(WORKING_CRS)
            item_map.setLayers(shown)
            _fit_extent(item_map, self.coverage.extent())
        _legend_layers(atlas_layout.item(layout, "legend"),
                       [lyr for lyr in (self.playgrounds, self.meeting, self.gaps)
                        if lyr is not None])  # fmt: skip

    def close(self) -> None:
        """Drop the layers and the project now, in order (not at interpreter exit)."""
        self.project.removeAllMapLayers()
        for name in ("coverage", "mask", "base", "ranked", "playgrounds", "meeting", "gaps",
                     "ranking"):  # fmt: skip
            setattr(self, name, None)
        self.project = None

    def report(self) -> QgsReport:
        report = QgsReport(self.project)
        for kind in ("cover", "overview"):
            section = QgsReportSectionLayout(report)
            section.setBody(self.layout(kind))
            report.appendChild(section)
        group = QgsReportSectionFieldGroup(report)
        group.setLayer(self.coverage)
        group.setField("sort_key")
        group.setSortAscending(True)
        group.setBody(self.layout("area"))
        group.setBodyEnabled(True)
        report.appendChild(group)
        closing = QgsReportSectionLayout(report)
        closing.setBody(self.layout("closing"))
        report.appendChild(closing)
        return report


# --------------------------------------------------------------------------- export

RESULT_WORDS = {
    "Canceled": QT_TRANSLATE_NOOP("Wijkaanpak", "The export was cancelled."),
    "MemoryError": QT_TRANSLATE_NOOP(
        "Wijkaanpak",
        "There was not enough memory to render a page (try a smaller map or fewer areas per "
        "PDF)."
    ),
    "FileError": QT_TRANSLATE_NOOP(
        "Wijkaanpak",
        "The file {} could not be written: the folder does not exist or is not writable, or "
        "the file is open in another program."
    ),
    "PrintError": QT_TRANSLATE_NOOP(
        "Wijkaanpak",
        "The PDF {} could not be written (print error): check that the folder is writable, "
        "the file is not open in another program and the disk is not full."
    ),
    "SvgLayerError": QT_TRANSLATE_NOOP("Wijkaanpak", "A map layer could not be exported."),
    "IteratorError": QT_TRANSLATE_NOOP(
        "Wijkaanpak", "The atlas could not step through the areas (check the areas layer)."
    ),
}  # fmt: skip


def result_message(result, path: str, detail: str = "") -> str:
    """A QgsLayoutExporter result code in words."""
    for name, words in RESULT_WORDS.items():
        if result == getattr(QgsLayoutExporter, name, object()):
            words = Wijkaanpak.tr(words)  # marked with QT_TRANSLATE_NOOP above
            text = words.format(path) if "{}" in words else words
            return text + (" ({})".format(detail) if detail else "")
    return Wijkaanpak.tr("The export failed with code {}.").format(int(result)) + (
        " ({})".format(detail) if detail else ""
    )


class _PageCounter:
    """Counts area pages as the report or atlas steps to the next area; relays cancel."""

    def __init__(self, total: int, feedback: Optional[QgsFeedback], export: QgsFeedback,
                 step: Optional[Callable[[int, int], None]] = None) -> None:  # fmt: skip
        self.total = max(total, 1)
        self.done = 0
        self.feedback = feedback
        self.export = export
        self.step = step

    def __call__(self, *_args) -> None:
        self.done += 1
        if self.feedback is not None:
            if self.feedback.isCanceled():
                self.export.cancel()
                return
            self.feedback.setProgress(min(100.0, 100.0 * self.done / self.total))
        if self.step is not None:
            self.step(self.done, self.total)
        if self.feedback is not None and self.feedback.isCanceled():
            self.export.cancel()


def _always_text():
    try:
        from qgis.core import Qgis

        return Qgis.TextRenderFormat.AlwaysText  # QGIS 3.28+
    except AttributeError:
        from qgis.core import QgsRenderContext

        return QgsRenderContext.TextFormatAlwaysText


def _part_path(path: Path) -> Path:
    return path.with_name(".{}.part{}".format(path.stem, path.suffix))


def _remove(path: Path) -> None:
    try:
        if path.is_file():
            path.unlink()
    except OSError:
        pass


def export_atlas(
    layers: AtlasLayers,
    options: AtlasOptions,
    output: str,
    feedback: Optional[QgsFeedback] = None,
    step: Optional[Callable[[int, int], None]] = None,
) -> AtlasResult:
    """Read, lay out and export; raises AtlasError with a clear message on failure.

    ``output``: the PDF (one-PDF mode) or the name pattern ``<stem>_<code>.pdf`` beside it
    (one PDF per area). ``step(page, pages)`` is called after each area page.
    """
    target = Path(output)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    content = read_content(layers, options)
    chart_dir = Path(tempfile.mkdtemp(prefix="wijkaanpak_atlas_"))
    export_feedback = QgsFeedback()
    build = None
    failure = None
    try:
        build = _Build(content, layers, options, chart_dir)
        n = len(content.profiles)
        counter = _PageCounter(n, feedback, export_feedback, step)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 300
        settings.rasterizeWholeImage = False
        settings.exportMetadata = True
        # real text, not outlines: searchable, copyable, read aloud (and by pdftotext)
        settings.textRenderFormat = _always_text()
        if options.per_area:
            result = _export_per_area(build, target, settings, counter, export_feedback)
        else:
            result = _export_report(build, target, settings, counter, export_feedback)
        if options.png and not (feedback is not None and feedback.isCanceled()):
            result.png_files = _export_png(build, target, options, export_feedback)
    except AtlasError as error:
        failure = str(error)
    finally:
        if build is not None:
            build.close()
        build = None
        shutil.rmtree(chart_dir, ignore_errors=True)
    if failure is not None:
        # raised here, outside the handler: no traceback keeps the layouts, the report and
        # their project alive until QGIS exits (QGIS 3.40 crashes deleting them that late)
        raise AtlasError(failure)
    return result


def _check_cancel(export_feedback: QgsFeedback, paths: Sequence[Path]) -> None:
    if export_feedback.isCanceled():
        for path in paths:
            _remove(path)
        raise AtlasError(Wijkaanpak.tr("The export was cancelled: no PDF was written."))


def _export_report(build: _Build, target: Path, settings, counter: _PageCounter,
                   export_feedback: QgsFeedback) -> AtlasResult:  # fmt: skip
    report = build.report()
    body = report.childSection(2).body()
    body.reportContext().changed.connect(counter)
    part = _part_path(target)
    _remove(part)
    try:
        result, error = QgsLayoutExporter.exportToPdf(report, str(part), settings,
                                                      export_feedback)  # fmt: skip
    except Exception as error:  # noqa: BLE001 - never a half-written PDF
        _remove(part)
        raise AtlasError(Wijkaanpak.tr("The atlas export failed: {}").format(error)) from error
    _check_cancel(export_feedback, [part])
    if result != QgsLayoutExporter.Success:
        _remove(part)
        raise AtlasError(result_message(result, str(target), error))
    if not part.is_file() or part.stat().st_size == 0:
        raise AtlasError(result_message(QgsLayoutExporter.FileError, str(target)))
    os.replace(str(part), str(target))
    pages = _page_count(build, report)
    return AtlasResult([str(target)], pages, len(build.content.profiles))


def _page_count(build: _Build, report: QgsReport) -> int:
    pages = 0
    for i in range(report.childCount()):
        section = report.childSection(i)
        body = section.body()
        if body is None:
            continue
        n = body.pageCollection().pageCount()
        pages += n * (len(build.content.profiles) if i == 2 else 1)
    return pages


def _export_per_area(build: _Build, target: Path, settings, counter: _PageCounter,
                     export_feedback: QgsFeedback) -> AtlasResult:  # fmt: skip
    layout = build.layout("area")
    atlas = layout.atlas()
    atlas.setCoverageLayer(build.coverage)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"sort_key"')
    stem = target.stem.replace("'", "''")
    atlas.setFilenameExpression("'{}_' || \"code\"".format(stem))
    layout.reportContext().changed.connect(counter)
    folder = target.parent
    try:
        work = Path(tempfile.mkdtemp(prefix=".{}.part".format(target.stem), dir=str(folder)))
    except OSError as error:
        raise AtlasError(result_message(QgsLayoutExporter.FileError, str(target))) from error
    try:
        result, error = QgsLayoutExporter.exportToPdfs(atlas, str(work / target.name), settings,
                                                       export_feedback)  # fmt: skip
        _check_cancel(export_feedback, [])
        if result != QgsLayoutExporter.Success:
            raise AtlasError(result_message(result, str(target), error))
        files = []
        for produced in sorted(work.glob("*.pdf")):
            final = folder / produced.name
            os.replace(str(produced), str(final))
            files.append(str(final))
        return AtlasResult(files, len(files), len(build.content.profiles))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _export_png(build: _Build, target: Path, options: AtlasOptions,
                export_feedback: QgsFeedback) -> List[str]:  # fmt: skip
    folder = target.parent / "{}_png".format(target.stem)
    work = Path(tempfile.mkdtemp(prefix=".{}_png.part".format(target.stem), dir=str(target.parent)))
    try:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = options.png_dpi
        settings.exportMetadata = False
        report = build.report()
        from osgeo import gdal

        # QGIS asks GDAL to georeference each PNG, which the PNG driver refuses: harmless
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result, error = QgsLayoutExporter.exportToImage(
                report, str(work / "pagina"), "png", settings, export_feedback
            )
        finally:
            gdal.PopErrorHandler()
        _check_cancel(export_feedback, [])
        if result != QgsLayoutExporter.Success:
            raise AtlasError(result_message(result, str(folder), error))
        produced = sorted(work.glob("*.png"), key=lambda p: (len(p.name), p.name))
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        files = []
        for i, path in enumerate(produced, 1):
            final = folder / "pagina_{:03d}.png".format(i)
            os.replace(str(path), str(final))
            files.append(str(final))
        return files
    finally:
        shutil.rmtree(work, ignore_errors=True)
