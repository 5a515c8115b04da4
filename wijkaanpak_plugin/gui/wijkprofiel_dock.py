"""The wijkprofiel dock: click or pick an area and read its profile.

A thin face. It reads the layers the plugin's algorithms wrote, once each, through
``layer_io`` (cached, and read again after a layer changes), hands the frames to
``core.profile`` and shows the :class:`~..core.profile.AreaProfile` in words: the dock
computes nothing, and the profile computes nothing the algorithms computed already.

- The active layer (a layer of wijken, buurten or 100 m cells, recognised by its code field)
  sets which areas can be picked; the other layers of the project at the same level supply
  the figures they have (fields recognised by name, see ``docs/docks.md``).
- An area is picked on the map (the dock's map tool), from the searchable list (name or
  code), or by selecting a feature of the active layer.
- Areas under the minimum number of residents (setting ``min_population``) show no figures
  about people, only why.
- The profile can be saved as a PNG image and as an HTML fragment.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMapTool
from qgis.PyQt import uic
from qgis.PyQt.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QStringListModel,
    Qt,
    QUrl,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QFont, QIcon, QImage, QPainter, QTextDocument
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WijkaanpakInputError
from ..core.indicators import IndicatorDefinition, default_definition_path, load_definition
from ..core.norms import norm_profile
from ..core.profile import (
    LEVEL_BUURT,
    LEVEL_CELL,
    LEVEL_WIJK,
    PLACE_FIELDS,
    AreaIndex,
    AreaProfile,
    Figure,
    Place,
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
)
from ..core.reach_model import reach_text
from ..layer_io import WORKING_CRS, polygon_rings, read_features, read_table
from ..resources_path import PLUGIN_ROOT, icon_path
from ..settings import WijkaanpakSettings, ui_language
from .chart import AmbitionChart, ChartData, ChartRow, chart_height, chart_image, paint_chart

FORM_CLASS, _FORM_BASE = uic.loadUiType(str(PLUGIN_ROOT / "forms" / "wijkprofiel_dock.ui"))
DOCK_OBJECT_NAME = "WijkaanpakWijkprofielDock"
#: Playgrounds listed by name; more are counted.
MAX_LISTED_PLACES = 25
EXPORT_WIDTH = 720

#: Algorithms named in "not available — run …" when their provider is not loaded.
ALGORITHM_NAMES = {
    "importfigures": "Import CBS/RIVM figures",
    "measuredloneliness": "Measured loneliness",
    "applylonelinessmodel": "Apply loneliness model",
    "lonelinessriskindex": "Loneliness risk index",
    "playgroundreach": "Playground and meeting-place reach",
    "ambitionscores": "Ambition scores",
    "rankareas": "Rank areas for the next integrated approach",
    "importinventory": "Import playground/meeting-place inventory",
}


def interface_language() -> str:
    """'nl' when QGIS runs in Dutch, else 'en' (labels of the definition file)."""
    locale = str(QgsSettings().value("locale/userLocale", "") or "")[:2].lower()
    return "nl" if locale == "nl" else "en"


def table_name_of(layer: QgsMapLayer) -> str:
    """The table or file name behind a layer (where a year may be written)."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 - a name is a courtesy
        return ""
    name = parts.get("layerName") or ""
    return name or Path(str(parts.get("path") or "")).stem


# --------------------------------------------------------------------------- layer cache


class LayerTables:
    """Each layer read once into what the profile needs; forgotten when the layer changes.

    ``table(layer)``: its recognised fields (:class:`SourceTable`); ``area(layer)``: the
    same plus an :class:`AreaIndex` from one read with geometry; ``places(...)``: the places
    of an inventory layer by area code of an area layer.
    """

    def __init__(self) -> None:
        self._tables: Dict[str, Optional[SourceTable]] = {}
        self._indexes: Dict[str, AreaIndex] = {}
        self._places: Dict[Tuple[str, str], Dict[str, Tuple[Place, ...]]] = {}
        self._watched: Dict[str, List[Tuple[object, object]]] = {}
        self.reads = 0  # how many layer reads happened (for tests and the bench)

    def _watch(self, layer: QgsVectorLayer) -> None:
        layer_id = layer.id()
        if layer_id in self._watched:
            return

        def forget(*_args, layer_id=layer_id) -> None:
            self.invalidate(layer_id)

        # every way a layer's features or fields change (dataChanged alone misses edits)
        names = (
            "dataChanged", "willBeDeleted", "subsetStringChanged", "attributeValueChanged",
            "geometryChanged", "featureAdded", "featuresDeleted", "attributeAdded",
            "attributeDeleted", "afterCommitChanges", "afterRollBack",
        )  # fmt: skip
        signals = [getattr(layer, name) for name in names if hasattr(layer, name)]
        connections = []
        for signal in signals:
            signal.connect(forget)
            connections.append((signal, forget))
        self._watched[layer_id] = connections

    def invalidate(self, layer_id: str) -> None:
        self._tables.pop(layer_id, None)
        self._indexes.pop(layer_id, None)
        for key in [k for k in self._places if layer_id in k]:
            self._places.pop(key, None)
        for signal, slot in self._watched.pop(layer_id, []):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def clear(self) -> None:
        for layer_id in list(self._watched):
            self.invalidate(layer_id)
        self._tables.clear()
        self._indexes.clear()
        self._places.clear()

    def table(self, layer: QgsVectorLayer) -> Optional[SourceTable]:
        if layer.id() not in self._tables:
            names = fields_to_read([f.name() for f in layer.fields()])
            table = None
            if names:
                self._watch(layer)
                read = read_table(layer, names, label=layer.name())
                self.reads += 1
                table = SourceTable.build(
                    layer.name(), read.frame, read.fids, table_name_of(layer), layer.id()
                )
            self._tables[layer.id()] = table
        return self._tables[layer.id()]

    def area(self, layer: QgsVectorLayer) -> Tuple[Optional[SourceTable], Optional[AreaIndex]]:
        """Table and area index of a polygon layer from one read with geometry."""
        if layer.id() not in self._indexes:
            names = fields_to_read([f.name() for f in layer.fields()])
            if (
                not names
                or QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PolygonGeometry
            ):
                return self.table(layer), None
            self._watch(layer)
            read = read_features(layer, names, keep_wkb=True, label=layer.name())
            self.reads += 1
            table = SourceTable.build(
                layer.name(), read.frame, read.fids, table_name_of(layer), layer.id()
            )
            self._tables[layer.id()] = table
            if table is None:
                return None, None
            rings = polygon_rings(read.wkb)
            by_fid = dict(zip(read.fids.tolist(), rings))
            self._indexes[layer.id()] = AreaIndex(
                table.codes(), [by_fid.get(int(f), []) for f in table.fids]
            )
        return self._tables.get(layer.id()), self._indexes.get(layer.id())

    def places(
        self, area_layer: QgsVectorLayer, place_layer: QgsVectorLayer, kind: str
    ) -> Dict[str, Tuple[Place, ...]]:
        key = (area_layer.id(), place_layer.id())
        if key not in self._places:
            _table, index = self.area(area_layer)
            if index is None:
                return {}
            self._watch(place_layer)
            present = {f.name() for f in place_layer.fields()}
            names = [f for f in PLACE_FIELDS if f in present]
            polygons = (
                QgsWkbTypes.geometryType(place_layer.wkbType()) == QgsWkbTypes.PolygonGeometry
            )
            read = read_features(place_layer, names, keep_wkb=polygons, label=place_layer.name())
            self.reads += 1
            rings = polygon_rings(read.wkb) if polygons else None
            codes = index.places_by_area(read.xy, rings)
            self._places[key] = group_places(places_from_frame(kind, read.frame), codes)
        return self._places[key]


# --------------------------------------------------------------------------- words


def _esc(text: object) -> str:
    return html.escape(str(text), quote=False)


class ProfileText:
    """Turns an AreaProfile into the dock's words (English source, Dutch through tr())."""

    def __init__(
        self,
        lang: str = "en",
        definition: Optional[IndicatorDefinition] = None,
        active_norm=None,
    ) -> None:
        self.lang = lang
        self.definition = definition
        self.active_norm = active_norm

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ProfileText", text)

    # ----------------------------------------------------------------- numbers
    def _localise(self, text: str) -> str:
        if self.lang != "nl":
            return text
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")

    def number(self, value: Optional[float], decimals: int = 0) -> str:
        if value is None:
            return "–"
        return self._localise("{:,.{}f}".format(value, decimals))

    def pct(self, fraction: Optional[float], decimals: int = 1) -> str:
        """A fraction 0..1 as a percentage."""
        if fraction is None:
            return "–"
        return self._localise("{:.{}f}%".format(100.0 * fraction, decimals))

    def pct_value(self, percent: Optional[float], decimals: int = 1) -> str:
        """A value already in percent (RIVM figures, CBS percentages)."""
        if percent is None:
            return "–"
        return self._localise("{:.{}f}%".format(percent, decimals))

    def figure(self, fig: Figure, kind: str = "count", decimals: int = 0) -> str:
        if fig.value is None:
            return self.tr("hidden by CBS/RIVM") if fig.suppressed else self.tr("not known")
        if kind == "fraction":
            return self.pct(fig.value, decimals or 1)
        if kind == "%":
            return self.pct_value(fig.value, decimals or 0)
        return self.number(fig.value, decimals)

    # ----------------------------------------------------------------- words
    def level_word(self, level: str) -> str:
        return {
            LEVEL_WIJK: self.tr("wijk"),
            LEVEL_BUURT: self.tr("buurt"),
            LEVEL_CELL: self.tr("100 m grid cell"),
        }.get(level, level)

    def not_available(self, algorithm: str) -> str:
        return self.tr("not available — run {}").format(algorithm_name(algorithm))

    def score_word(self, score: int) -> str:
        """A condition score of the assessment (1-5) in words."""
        words = {
            1: self.tr("very poor"),
            2: self.tr("poor"),
            3: self.tr("moderate"),
            4: self.tr("fair"),
            5: self.tr("good"),
        }
        return self.tr("{} of 5 ({})").format(score, words.get(score, ""))

    def place_condition(self, place: Place) -> str:
        if place.condition_score is not None:
            text = self.score_word(place.condition_score)
        elif place.condition is not None:
            text = self.condition_word(place.condition)
        else:
            return self.tr("not assessed")
        if place.last_inspection:
            text += " " + self.tr("({})").format(place.last_inspection)
        return text

    def condition_word(self, condition: object) -> str:
        words = {
            "goed": self.tr("good"),
            "redelijk": self.tr("fair"),
            "matig": self.tr("moderate"),
            "slecht": self.tr("poor"),
        }
        if isinstance(condition, (int, float)) and not isinstance(condition, bool):
            return self.tr("{} of 5").format(self.number(float(condition)))
        text = str(condition).strip()
        try:
            return self.tr("{} of 5").format(self.number(float(text.replace(",", "."))))
        except ValueError:
            return words.get(text.lower(), text)

    def place_type_word(self, place_type: Optional[str]) -> str:
        words = {
            "speeltuin": self.tr("playground"),
            "speelplek": self.tr("play spot"),
            "natuurspeelplek": self.tr("nature play area"),
            "trapveld": self.tr("kickabout pitch"),
            "skatebaan": self.tr("skate park"),
            "pumptrack": self.tr("pump track"),
            "cruyff_court": self.tr("Cruyff Court"),
            "schoolplein": self.tr("schoolyard"),
            "buurthuis": self.tr("community centre"),
            "wijkcentrum": self.tr("district centre"),
            "bankje": self.tr("bench"),
            "picknicktafel": self.tr("picnic table"),
            "park": self.tr("park"),
            "pleintje": self.tr("square"),
            "bibliotheek": self.tr("library"),
            "sportveld": self.tr("sports field"),
            "moestuin": self.tr("community garden"),
            "other": self.tr("other"),
        }
        if not place_type:
            return self.tr("type unknown")
        return words.get(place_type.strip().lower(), place_type)

    def group_label(self, group: str) -> str:
        if group == "65+":
            return self.tr("65+ (meeting place)")
        return self.tr("{} (playground)").format(group)

    # ----------------------------------------------------------------- title and chart
    def title_html(self, profile: AreaProfile) -> str:
        parts = [self.level_word(profile.level), _esc(profile.code)]
        if profile.municipality_name or profile.municipality_code:
            municipality = profile.municipality_name or profile.municipality_code
            if profile.municipality_name and profile.municipality_code:
                municipality = "{} ({})".format(
                    profile.municipality_name, profile.municipality_code
                )
            parts.append(_esc(municipality))
        if profile.shows_people and profile.population.known:
            parts.append(self.tr("{} residents").format(self.number(profile.population.value)))
        return '<span style="font-size:13pt; font-weight:600">{}</span><br>{}'.format(
            _esc(profile.name), " · ".join(parts)
        )

    def chart_data(self, profile: AreaProfile) -> Optional[ChartData]:
        if not profile.shows_people or profile.ambitions is None:
            return None
        rows = [
            ChartRow(
                ambition_label(self.definition, s.id, self.lang), s.score.value,
                s.municipality.value,
            )
            for s in ordered_ambitions(profile.ambitions.scores, self.definition)
        ]  # fmt: skip
        rows.append(
            ChartRow(
                self.tr("Total"),
                profile.ambitions.total.value,
                profile.ambitions.municipality_total.value,
            )
        )
        return ChartData(
            rows=rows,
            area_legend=profile.name,
            municipality_legend=self.tr("{} (mean)").format(
                profile.municipality_name or profile.municipality_code or self.tr("municipality")
            ),
            axis_low=self.tr("more need"),
            axis_high=self.tr("better"),
            no_data=self.tr("no data"),
        )

    def municipality_mean_words(self, profile: AreaProfile) -> str:
        where = profile.municipality_name or profile.municipality_code or self.tr("municipality")
        ambitions = profile.ambitions
        n = ambitions.municipality_areas if ambitions else 0
        if ambitions is not None and ambitions.municipality_populated_only:
            return self.tr("{}: mean of its {} areas with {} or more residents").format(
                where, n, self.number(profile.min_population)
            )
        return self.tr("{}: mean of its {} areas").format(where, n)

    def signal_sentence(self) -> str:
        return self.tr(
            "This profile is a signal for conversation with residents, not a verdict on a "
            "neighbourhood."
        )

    # ----------------------------------------------------------------- body
    def body_html(self, profile: AreaProfile, places_layer: str = "") -> str:
        out: List[str] = []
        if not profile.shows_people:
            out.append(self._withheld(profile))
        else:
            out.append(self._agenda(profile))
            out.append(self._residents(profile))
            out.append(self._loneliness(profile))
            out.append(self._reach(profile))
        out.append(self._places(profile, places_layer))
        out.append(self._sources(profile))
        return "\n".join(part for part in out if part)

    def _h(self, text: str) -> str:
        return '<h3 style="margin-top:12px; margin-bottom:4px; color:#1f4e5a">{}</h3>'.format(
            _esc(text)
        )

    def _muted(self, text: str) -> str:
        return '<p style="color:#5c6670; margin-top:2px"><i>{}</i></p>'.format(_esc(text))

    def _table(self, header: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> str:
        """A table; ``align`` one letter per column ('l' or 'r'; default: first left)."""
        sides = [
            ("left" if (align[i] if i < len(align) else ("l" if i == 0 else "r")) == "l"
             else "right")
            for i in range(len(header))
        ]  # fmt: skip
        head = "".join(
            '<th align="{}" style="color:#3d4852">{}</th>'.format(sides[i], _esc(h))
            for i, h in enumerate(header)
        )
        body = []
        for r, row in enumerate(rows):
            shade = ' bgcolor="#f2f5f7"' if r % 2 == 0 else ""
            cells = "".join(
                '<td align="{}">{}</td>'.format(sides[i], cell) for i, cell in enumerate(row)
            )
            body.append("<tr{}>{}</tr>".format(shade, cells))
        return '<table width="100%" cellspacing="0" cellpadding="3"><tr>{}</tr>{}</table>'.format(
            head, "".join(body)
        )

    def _withheld(self, profile: AreaProfile) -> str:
        if profile.withheld == "below":
            why = self.tr(
                "This area has fewer than {} residents. Figures about so few people are "
                "unreliable and could point at individual residents, so the profile shows no "
                "figures about people here: no age groups, loneliness, reach, scores or rank."
            ).format(self.number(profile.min_population))
        else:
            why = self.tr(
                "The number of residents of this area is not known (no value in the field "
                "aantal_inwoners of any layer), so it cannot be checked against the minimum of "
                "{} residents. The profile therefore shows no figures about people here. Import "
                "the CBS key figures (Import CBS/RIVM figures) to show them."
            ).format(self.number(profile.min_population))
        return (
            '<table width="100%" cellpadding="8" cellspacing="0"><tr>'
            '<td bgcolor="#fff4e0">{}<br>{}</td></tr></table>'
        ).format("<b>{}</b>".format(_esc(self.tr("No figures about people"))), _esc(why))

    def _agenda(self, profile: AreaProfile) -> str:
        out = [self._h(self.tr("Wijkagenda: need and rank"))]
        rank = profile.rank
        if rank is None:
            out.append(self._muted(self.tr("Rank: ") + self.not_available("rankareas")))
        elif not rank.ranked:
            out.append(
                "<p>{}</p>".format(
                    _esc(
                        self.tr("Not ranked: {}").format(
                            rank.not_ranked_reason or self.tr("no reason recorded")
                        )
                    )
                )
            )
        else:
            interval = ""
            if rank.low.known and rank.high.known:
                interval = self.tr(" (90% of the draws between {} and {})").format(
                    self.number(rank.low.value), self.number(rank.high.value)
                )
            out.append(
                "<p><b>{}</b>{}<br>{}</p>".format(
                    _esc(
                        self.tr("Rank {} of {}").format(
                            self.number(rank.rank.value), self.number(rank.n_ranked)
                        )
                    ),
                    _esc(interval),
                    _esc(
                        self.tr("Probability of the top 3: {} · of first place: {}").format(
                            self.pct(rank.p_top3.value, 0), self.pct(rank.p_first.value, 0)
                        )
                    ),
                )
            )
            if rank.ambitions_missing:
                out.append(
                    self._muted(
                        self.tr("The rank leaves out, for lack of data: {}.").format(
                            ", ".join(
                                ambition_label(self.definition, a, self.lang)
                                for a in rank.ambitions_missing
                            )
                        )
                    )
                )
        if profile.drivers:
            items = "".join(
                "<li>{}</li>".format(_esc(indicator_label(self.definition, d, self.lang)))
                for d in profile.drivers
            )
            out.append(
                '<p>{}</p><ol style="margin-top:0">{}</ol>'.format(
                    _esc(self.tr("What drives its need most:")), items
                )
            )
        ambitions = profile.ambitions
        if ambitions is None:
            out.append(
                self._muted(self.tr("Ambition scores: ") + self.not_available("ambitionscores"))
            )
        else:
            rows = [
                [
                    _esc(ambition_label(self.definition, s.id, self.lang)),
                    _esc(self.score(s.score)),
                    _esc(self.score(s.municipality)),
                ]
                for s in ordered_ambitions(ambitions.scores, self.definition)
            ]
            rows.append(
                [
                    "<b>{}</b>".format(_esc(self.tr("Total"))),
                    "<b>{}</b>".format(_esc(self.score(ambitions.total))),
                    _esc(self.score(ambitions.municipality_total)),
                ]
            )
            out.append(
                self._table(
                    [self.tr("Ambition"), self.tr("This area"), self.tr("Municipality")],
                    rows,
                )
            )
            out.append(
                self._muted(
                    self.tr("Scores from 0 to 1 (1 = best), as Ambition scores wrote them. ")
                    + self.tr("Municipality: ")
                    + self.municipality_mean_words(profile)
                    + "."
                )
            )
        return "\n".join(out)

    def score(self, fig: Figure) -> str:
        return self.number(fig.value, 2) if fig.known else self.tr("no data")

    def _residents(self, profile: AreaProfile) -> str:
        out = [self._h(self.tr("Residents"))]
        if profile.age_bands:
            unit = profile.age_bands[0].unit
            row = self.tr("share of residents") if unit == "%" else self.tr("residents")
            out.append(
                self._table(
                    [self.tr("CBS age groups")] + [b.label for b in profile.age_bands],
                    [
                        [_esc(row)]
                        + [_esc(self.figure(b.figure, b.unit)) for b in profile.age_bands]
                    ],
                )
            )
        elif "population" not in profile.sources:
            out.append(self._muted(self.tr("Residents: ") + self.not_available("importfigures")))
        if profile.play_ages:
            groups = ("0-5", "6-11", "12-17", "65+")
            out.append('<p style="margin:0"></p>')
            out.append(
                self._table(
                    [self.tr("Age groups of the norms")] + list(groups),
                    [[_esc(self.tr("residents"))]
                     + [_esc(self.figure(profile.play_ages[g])) for g in groups]],
                )
            )  # fmt: skip
            split = profile.reach.age_split if profile.reach else None
            if split:
                out.append(self._muted(split))
        return "\n".join(out)

    def _loneliness(self, profile: AreaProfile) -> str:
        out = [self._h(self.tr("Loneliness"))]
        measured = profile.measured
        has_measured = measured is not None and any(
            f.known for f in (measured.lonely_18plus, measured.lonely_65plus)
        )
        if measured is not None and (has_measured or profile.modelled is None):
            labelled = (
                (self.tr("Lonely, adults 18+"), measured.lonely_18plus),
                (self.tr("Severely lonely, adults 18+"), measured.severely_lonely_18plus),
                (self.tr("Lonely, residents 65+"), measured.lonely_65plus),
                (self.tr("Severely lonely, residents 65+"), measured.severely_lonely_65plus),
            )
            rows = [[_esc(label), _esc(self.figure(fig, "%", 1))] for label, fig in labelled]
            out.append(self._table([self.tr("Measured"), self.tr("This area")], rows))
            out.append(
                self._muted(
                    self.tr("Measured by {}, {} (Gezondheidsmonitor).").format(
                        measured.source or "RIVM", measured.vintage or self.tr("year not recorded")
                    )
                )
            )
        if profile.modelled is not None and not has_measured:
            model = profile.modelled
            if model.estimate.known:
                interval = ""
                if model.lower.known and model.upper.known:
                    interval = self.tr(" (interval {} to {})").format(
                        self.pct_value(model.lower.value), self.pct_value(model.upper.value)
                    )
                out.append(
                    "<p>{} <b>{}</b>{} — <i>{}</i></p>".format(
                        _esc(self.tr("Lonely, adults 18+:")),
                        _esc(self.pct_value(model.estimate.value)),
                        _esc(interval),
                        _esc(self.tr("modelled")),
                    )
                )
                notes = [
                    self.tr(
                        "A model estimate, not a measurement: the Apply loneliness model "
                        "algorithm estimated it from CBS figures; the interval is the model's "
                        "(90% unless the model was trained with another level)."
                    )
                ]
                if model.from_buurt:
                    notes.append(self.tr("This cell has too few residents: its buurt's estimate."))
                if model.out_of_range:
                    notes.append(
                        self.tr("Outside the range of the training data: the model extrapolates.")
                    )
                out.append(self._muted(" ".join(notes)))
            else:
                out.append(
                    self._muted(
                        self.tr("Modelled: no estimate published for this area ({}).").format(
                            (model.note or "").split(" This layer")[0] or self.tr("no reason given")
                        )
                    )
                )
        if measured is None and profile.modelled is None:
            out.append(
                self._muted(
                    self.tr("Loneliness: ")
                    + self.not_available("measuredloneliness")
                    + self.tr(" or {}").format(algorithm_name("applylonelinessmodel"))
                )
            )
        if profile.risk is not None:
            risk = profile.risk
            text = self.tr("Risk index: {}").format(self.figure(risk.score, decimals=2))
            if risk.class_label:
                text += " ({})".format(risk.class_label)
            if risk.factors:
                text += "; " + self.tr("main factors: {}").format(", ".join(risk.factors))
            out.append("<p>{}</p>".format(_esc(text)))
        return "\n".join(out)

    def _reach(self, profile: AreaProfile) -> str:
        out = [self._h(self.tr("Within walking distance"))]
        reach = profile.reach
        if reach is None:
            out.append(self._muted(self.tr("Reach: ") + self.not_available("playgroundreach")))
            return "\n".join(out)
        rows = []
        for row in reach.rows:
            here = self.figure(row.share, "fraction")
            if row.within.known and row.residents.known:
                here += " " + self.tr("({} of {})").format(
                    self.number(row.within.value), self.number(row.residents.value)
                )
            norm = self.tr("{} m").format(self.number(row.norm_m)) if row.norm_m else "–"
            rows.append(
                [
                    _esc(self.group_label(row.group)),
                    _esc(norm),
                    _esc(here),
                    _esc(self.figure(row.municipality_share, "fraction")),
                ]
            )
        out.append(
            self._table(
                [
                    self.tr("Age group"),
                    self.tr("Norm"),
                    self.tr("This area"),
                    self.tr("Municipality"),
                ],
                rows,
                "lrrr",
            )
        )
        words = []
        if reach.norm:
            words.append(self.tr("Norm: {}.").format(reach.norm))
        if reach.distance_type:
            words.append(self.tr("Distance: {}.").format(reach.distance_type))
        words.append(
            self.tr(
                "Municipality: residents within the norm divided by the residents of all its "
                "areas in the reach output."
            )
        )
        out.append(self._muted(" ".join(words)))
        mismatch = self.norm_mismatch(reach.norm)
        if mismatch:
            out.append('<p style="color:#8a4b00">{}</p>'.format(_esc(mismatch)))
        return "\n".join(out)

    def norm_mismatch(self, norm_text: Optional[str]) -> str:
        """A sentence when the reach output used another norm than the active one."""
        if self.active_norm is None or not norm_text:
            return ""
        used = norm_distances(norm_text)
        if not used:
            return ""
        active = {g: self.active_norm.max_distance(g) for g in ("0-5", "6-11", "12-17", "meeting")}
        if all(abs(used.get(g, v) - v) < 1e-6 for g, v in active.items()):
            return ""
        return self.tr(
            "The active norm is {}; this reach output was computed with another norm. Run "
            "Playground and meeting-place reach with the active norm to compare against it."
        ).format(reach_text(self.active_norm.describe(), ui_language()))

    def _by_type(self, places: Sequence[Place]) -> str:
        """'play spot: 25, playground: 3' (in inventory order)."""
        kinds: Dict[str, int] = {}
        for place in places:
            word = self.place_type_word(place.place_type)
            kinds[word] = kinds.get(word, 0) + 1
        return ", ".join("{}: {}".format(k, self.number(n)) for k, n in kinds.items())

    def _places(self, profile: AreaProfile, places_layer: str) -> str:
        out = [self._h(self.tr("Playgrounds and meeting places in this area"))]
        reach = profile.reach if profile.shows_people else None
        if reach is not None:
            by_group = ", ".join(
                "{}: {}".format(g, self.figure(f)) for g, f in reach.playgrounds_by_group.items()
            )
            line = self.tr("Reach output: playgrounds {} ({}), meeting places {}").format(
                self.figure(reach.playgrounds), by_group, self.figure(reach.meeting_places)
            )
            if reach.meeting_places_per_1000_65plus.known:
                line += self.tr(" ({} per 1,000 residents 65+)").format(
                    self.figure(reach.meeting_places_per_1000_65plus, decimals=1)
                )
            out.append("<p>{}.</p>".format(_esc(line)))
        places = profile.places
        if places is None:
            out.append(
                self._muted(
                    self.tr(
                        "Places: no playground or meeting-place inventory in the project ({})."
                    ).format(algorithm_name("importinventory"))
                )
            )
            return "\n".join(out)
        playgrounds = [p for p in places if p.kind == "playground"]
        meeting = [p for p in places if p.kind == "meeting"]
        if not playgrounds and not meeting:
            out.append(
                "<p>{}</p>".format(_esc(self.tr("No places of the inventory lie in this area.")))
            )
        if playgrounds:
            assessed = sum(1 for p in playgrounds if p.assessed)
            out.append(
                "<p><b>{}</b> {}</p>".format(
                    _esc(self.tr("Playgrounds: {}").format(self.number(len(playgrounds)))),
                    _esc(self.tr("(condition assessed for {})").format(self.number(assessed))),
                )
            )
            # by name where they have one or were assessed; the others counted by type
            known = [p for p in playgrounds if p.name or p.assessed]
            rows = [
                [
                    _esc(place.name or self.tr("(no name)")),
                    _esc(self.place_type_word(place.place_type)),
                    _esc(", ".join(place.ages) or self.tr("ages unknown")),
                    _esc(self.place_condition(place)),
                ]
                for place in known[:MAX_LISTED_PLACES]
            ]
            if rows:
                out.append(
                    self._table(
                        [self.tr("Playground"), self.tr("Type"), self.tr("Ages"),
                         self.tr("Condition")],
                        rows,
                        "llll",
                    )
                )  # fmt: skip
            more = known[MAX_LISTED_PLACES:]
            if more:
                out.append(self._muted(self.tr("and {} more").format(self.number(len(more)))))
            anonymous = [p for p in playgrounds if not (p.name or p.assessed)]
            if anonymous:
                out.append(
                    "<p>{}</p>".format(
                        _esc(
                            self.tr("Without a name and not assessed: {}").format(
                                self._by_type(anonymous)
                            )
                        )
                    )
                )
        if meeting:
            out.append(
                "<p><b>{}</b> ({})</p>".format(
                    _esc(self.tr("Meeting places: {}").format(self.number(len(meeting)))),
                    _esc(self._by_type(meeting)),
                )
            )
        if places_layer:
            out.append(self._muted(self.tr("Inventory: {}.").format(places_layer)))
        return "\n".join(out)

    def vintage_text(self, group: str, vintage: Optional[str]) -> str:
        """The year of a kind of figure, with whose figures they are: measured loneliness
        is RIVM's (its own vintage field); every other year a layer records is that of the CBS
        figures of its areas (recorded by the import algorithms in the field jaar)."""
        if not vintage:
            return "–"
        if group == "measured":
            return self.tr("RIVM {}").format(vintage)
        return self.tr("CBS {}").format(vintage)

    def _sources(self, profile: AreaProfile) -> str:
        names = {
            "population": self.tr("Residents"),
            "age_bands": self.tr("Age groups (CBS)"),
            "measured": self.tr("Loneliness, measured"),
            "modelled": self.tr("Loneliness, modelled"),
            "risk": self.tr("Loneliness risk index"),
            "reach": self.tr("Reach"),
            "ambitions": self.tr("Ambition scores"),
            "rank": self.tr("Rank"),
        }
        rows = [
            [
                _esc(names.get(group, group)),
                _esc(source.layer),
                _esc(self.vintage_text(group, source.vintage)),
            ]
            for group, source in profile.sources.items()
        ]
        if not rows:
            return ""
        out = [
            self._h(self.tr("Sources and vintage")),
            self._table([self.tr("Figures"), self.tr("Layer"), self.tr("Year")], rows, "llr"),
        ]
        if any(not source.vintage for source in profile.sources.values()):
            out.append(
                self._muted(
                    self.tr(
                        "–: the layer records no year (no field jaarstatcode, jaar or vintage, "
                        "no year in its name); see the layer it was computed from."
                    )
                )
            )
        return "\n".join(out)

    # ----------------------------------------------------------------- export
    def fragment(self, profile: AreaProfile, places_layer: str, chart_src: str = "") -> str:
        """The whole profile as one HTML fragment (title, chart, sections, signal)."""
        chart = ""
        data = self.chart_data(profile)
        if data is not None and chart_src:
            chart = '<p><img src="{}" width="{}" alt="{}"></p>'.format(
                chart_src,
                EXPORT_WIDTH - 40,
                _esc(self.tr("Ambition scores of {} and the municipality").format(profile.name)),
            )
        return (
            '<div class="wijkprofiel" lang="{}">\n<p>{}</p>\n{}\n{}\n'
            '<p style="margin-top:14px"><i>{}</i></p>\n</div>\n'
        ).format(
            self.lang,
            self.title_html(profile),
            chart,
            self.body_html(profile, places_layer),
            _esc(self.signal_sentence()),
        )


def algorithm_name(algorithm: str) -> str:
    """The display name of a Wijkaanpak algorithm, as the Toolbox shows it."""
    alg = QgsApplication.processingRegistry().algorithmById("wijkaanpak:" + algorithm)
    if alg is not None:
        return alg.displayName()
    return ALGORITHM_NAMES.get(algorithm, algorithm)


# --------------------------------------------------------------------------- map tool


class AreaPickTool(QgsMapTool):
    """Click an area on the map: emits the clicked point (map canvas CRS)."""

    picked = pyqtSignal(object)

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.setCursor(Qt.PointingHandCursor)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            self.picked.emit(event.mapPoint())


# --------------------------------------------------------------------------- the dock


class WijkprofielDock(QgsDockWidget, FORM_CLASS):
    """The profile of one area; see the module docstring."""

    layerLabel: QLabel
    areaCombo: QComboBox
    pickButton: QToolButton
    exportPngButton: QToolButton
    exportHtmlButton: QToolButton
    titleLabel: QLabel
    profileScroll: QScrollArea
    profileContents: QWidget
    chartHolder: QWidget
    profileBrowser: QTextBrowser
    signalLabel: QLabel

    #: The code of the area now shown.
    areaShown = pyqtSignal(str)

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent if parent is not None else iface.mainWindow())
        self.setupUi(self)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("Wijkprofiel"))
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.tables = LayerTables()
        self.chart = AmbitionChart(self.chartHolder)
        holder = QVBoxLayout(self.chartHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.chart)
        self.chart.set_data(None)
        self.pick_tool = AreaPickTool(self.canvas)
        self.pickButton.setIcon(QIcon(str(icon_path("wijkprofiel_pick.svg"))))
        self.exportPngButton.setIcon(QIcon(str(icon_path("export_png.svg"))))
        self.exportHtmlButton.setIcon(QIcon(str(icon_path("export_html.svg"))))
        self.pickButton.setToolTip(self.tr("Click an area on the map"))
        self.exportPngButton.setToolTip(self.tr("Save the profile as an image (PNG)"))
        self.exportHtmlButton.setToolTip(
            self.tr("Save the profile as an HTML fragment (for a report or intranet page)")
        )
        self.layerLabel.setText(self.tr("No layer of areas chosen yet."))
        # title, chart and text read as one sheet of paper
        self.profileContents.setStyleSheet("#profileContents { background: white; }")
        self.signalLabel.setStyleSheet("color:#5c6670; font-style:italic")
        # the chart and the text scroll together: the text takes the height of its document
        self.profileBrowser.setFrameShape(QTextBrowser.NoFrame)
        self.profileBrowser.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        layout = self.profileBrowser.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit_text)
        self._area_layer_id: Optional[str] = None
        self._pending_layer: Optional[str] = None
        self._code: Optional[str] = None
        self._profile: Optional[AreaProfile] = None
        self._text = ProfileText()
        self._places_layer = ""
        self._combo_codes: List[str] = []
        self._selection_layer: Optional[QgsVectorLayer] = None
        self._definition: Optional[IndicatorDefinition] = None
        self._definition_path = ""
        self._norm = None
        self._norm_key: Optional[str] = None
        self._min_population = WijkaanpakSettings().min_population
        self._connect()
        self._show_message(
            self.tr(
                "Select a layer of wijken, buurten or 100 m cells (for example a ranking or "
                "reach output) in the Layers panel, then click an area on the map or type its "
                "name."
            )
        )

    # ----------------------------------------------------------------- wiring
    def _connect(self) -> None:
        self.pickButton.toggled.connect(self._toggle_pick)
        self.pick_tool.picked.connect(self.pick_at)
        self.pick_tool.deactivated.connect(lambda: self.pickButton.setChecked(False))
        self.exportPngButton.clicked.connect(self._ask_png)
        self.exportHtmlButton.clicked.connect(self._ask_html)
        self.areaCombo.activated.connect(self._combo_chosen)
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self._completer_model = QStringListModel(self)
        completer.setModel(self._completer_model)
        completer.activated[str].connect(self._completer_chosen)
        self.areaCombo.setCompleter(completer)
        self.areaCombo.lineEdit().setPlaceholderText(self.tr("Search an area by name or code"))
        current = getattr(self.iface, "currentLayerChanged", None)
        if current is not None:
            try:
                current.connect(self._active_layer_changed)
                self._iface_signal = current
            except TypeError:
                self._iface_signal = None
        project = QgsProject.instance()
        project.layersAdded.connect(self._project_layers_changed)
        project.layersRemoved.connect(self._project_layers_changed)
        self.openedStateChanged.connect(self._opened)

    def _fit_text(self, size) -> None:
        margins = self.profileBrowser.contentsMargins()
        self.profileBrowser.setFixedHeight(
            int(size.height()) + margins.top() + margins.bottom() + 2
        )

    def cleanup(self) -> None:
        """Disconnect from QGIS and forget every cached layer (called by the plugin's unload)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.layersAdded, self._project_layers_changed),
            (project.layersRemoved, self._project_layers_changed),
            (getattr(self, "_iface_signal", None), self._active_layer_changed),
        ):
            if signal is None:
                continue
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._watch_selection(None)
        if self.canvas.mapTool() is self.pick_tool:
            self.canvas.unsetMapTool(self.pick_tool)
        self.tables.clear()

    def _opened(self, opened: bool) -> None:
        if opened and self._pending_layer is not None:
            layer = QgsProject.instance().mapLayer(self._pending_layer)
            self._pending_layer = None
            self.follow_layer(layer)
        elif opened and self._area_layer_id is None:
            self.follow_layer(self.iface.activeLayer())

    def _active_layer_changed(self, layer) -> None:
        if not isinstance(layer, QgsMapLayer):
            return
        if not self.isUserVisible():
            self._pending_layer = layer.id()
            return
        self.follow_layer(layer)

    def _project_layers_changed(self, *_args) -> None:
        if self._area_layer_id and QgsProject.instance().mapLayer(self._area_layer_id) is None:
            self._area_layer_id = None
            self._watch_selection(None)
            self._fill_combo(None)
            self._clear_profile()
            self._show_message(self.tr("The area layer was removed from the project."))
        elif self._code is not None and self.isUserVisible():
            self.show_area(self._code)

    # ----------------------------------------------------------------- settings
    def _refresh_text(self) -> None:
        settings = WijkaanpakSettings.load()
        path = settings.definition_file or str(default_definition_path())
        if path != self._definition_path:
            try:
                self._definition = load_definition(path)
            except (WijkaanpakInputError, OSError):
                self._definition = load_definition(default_definition_path())
            self._definition_path = path
        if settings.norm_profile != self._norm_key:
            try:
                self._norm = norm_profile(settings.norm_profile)
            except WijkaanpakInputError:
                self._norm = None
            self._norm_key = settings.norm_profile
        self._text = ProfileText(interface_language(), self._definition, self._norm)
        self._min_population = settings.min_population

    # ----------------------------------------------------------------- layers
    def area_layer(self) -> Optional[QgsVectorLayer]:
        if self._area_layer_id is None:
            return None
        layer = QgsProject.instance().mapLayer(self._area_layer_id)
        return layer if isinstance(layer, QgsVectorLayer) else None

    def follow_layer(self, layer) -> None:
        """Make ``layer`` the area layer if it is one (polygons with an area code)."""
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return
        key = area_key([f.name() for f in layer.fields()])
        polygons = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
        if key is None or not polygons:
            current = self.area_layer()
            if current is not None:
                self.layerLabel.setText(
                    self.tr(
                        "The active layer '{}' has no areas (no field wijkcode, buurtcode or "
                        "c28992r100): showing the areas of '{}'."
                    ).format(layer.name(), current.name())
                )
            return
        if layer.id() == self._area_layer_id:
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self._area_layer_id = layer.id()
            table, _index = self.tables.area(layer)
        finally:
            QApplication.restoreOverrideCursor()
        self._refresh_text()
        plural = {
            LEVEL_WIJK: self.tr("{} wijken"),
            LEVEL_BUURT: self.tr("{} buurten"),
            LEVEL_CELL: self.tr("{} grid cells"),
        }[key.level].format(len(table.codes()) if table else 0)
        self.layerLabel.setText(self.tr("Areas of '{}': {}").format(layer.name(), plural))
        self.layerLabel.setToolTip(
            self.tr(
                "The active layer sets the areas; the other layers of the project at the same "
                "level add the figures they have."
            )
        )
        self._fill_combo(table)
        self._watch_selection(layer)
        selected = layer.selectedFeatureIds()
        if selected and table is not None:
            code = table.code_of_fid(selected[0])
            if code is not None:
                self.show_area(code)
                return
        if self._code is not None and table is not None and table.has(self._code):
            self.show_area(self._code)
        else:
            self._clear_profile()
            self._show_message(
                self.tr("Click an area on the map (map tool button) or type its name or code.")
            )

    def _watch_selection(self, layer: Optional[QgsVectorLayer]) -> None:
        if self._selection_layer is not None:
            try:
                self._selection_layer.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._selection_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)

    def _selection_changed(self, selected, _deselected, _clear) -> None:
        layer = self.area_layer()
        if layer is None or not selected:
            return
        table, _index = self.tables.area(layer)
        code = table.code_of_fid(selected[0]) if table is not None else None
        if code is not None and code != self._code:
            self.show_area(code)

    def _source_tables(self, level: str) -> List[SourceTable]:
        """The area layer's table first, then every other layer at the same level."""
        area = self.area_layer()
        tables: List[SourceTable] = []
        if area is not None:
            table, _ = self.tables.area(area)
            if table is not None:
                tables.append(table)
        for node in QgsProject.instance().layerTreeRoot().findLayers():
            layer = node.layer()
            if (
                not isinstance(layer, QgsVectorLayer)
                or not layer.isValid()
                or (area is not None and layer.id() == area.id())
            ):
                continue
            key = area_key([f.name() for f in layer.fields()])
            if key is None or key.level != level:
                continue
            table = self.tables.table(layer)
            if table is not None and table.groups:
                tables.append(table)
        return tables

    def _places_for(self, code: str) -> Tuple[Optional[Tuple[Place, ...]], str]:
        area = self.area_layer()
        if area is None:
            return None, ""
        found: Dict[str, QgsVectorLayer] = {}
        for node in QgsProject.instance().layerTreeRoot().findLayers():
            layer = node.layer()
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
                continue
            kind = place_kind([f.name() for f in layer.fields()])
            if kind is not None and kind not in found:
                found[kind] = layer
        if not found:
            return None, ""
        places: List[Place] = []
        for kind in ("playground", "meeting"):
            if kind in found:
                places.extend(self.tables.places(area, found[kind], kind).get(code, ()))
        return tuple(places), ", ".join(layer.name() for layer in found.values())

    # ----------------------------------------------------------------- choosing an area
    def _fill_combo(self, table: Optional[SourceTable]) -> None:
        self.areaCombo.blockSignals(True)
        self.areaCombo.clear()
        self._combo_codes = []
        entries: List[str] = []
        if table is not None:
            names = table.names()
            pairs = sorted(names.items(), key=lambda item: (item[1].lower(), item[0]))
            for code, name in pairs:
                entries.append(code if name == code else "{} ({})".format(name, code))
                self._combo_codes.append(code)
        self.areaCombo.addItems(entries)
        self._completer_model.setStringList(entries)
        self.areaCombo.setCurrentIndex(-1)
        self.areaCombo.blockSignals(False)

    def _combo_chosen(self, index: int) -> None:
        if 0 <= index < len(self._combo_codes):
            self.show_area(self._combo_codes[index])

    def _completer_chosen(self, text: str) -> None:
        index = self.areaCombo.findText(text)
        if index >= 0:
            self.areaCombo.setCurrentIndex(index)
            self._combo_chosen(index)

    def choose(self, text: str) -> bool:
        """Pick an area from the list by its entry, name or code (as a user types it)."""
        index = self.areaCombo.findText(text, Qt.MatchFixedString)
        if index < 0:
            wanted = text.strip().upper()
            index = next((i for i, c in enumerate(self._combo_codes) if c == wanted), -1)
        if index < 0:
            index = self.areaCombo.findText(text, Qt.MatchContains)
        if index < 0:
            return False
        self.areaCombo.setCurrentIndex(index)
        self._combo_chosen(index)
        return True

    def _toggle_pick(self, on: bool) -> None:
        if on:
            self.canvas.setMapTool(self.pick_tool)
        elif self.canvas.mapTool() is self.pick_tool:
            self.canvas.unsetMapTool(self.pick_tool)

    def pick_at(self, point) -> Optional[str]:
        """Show the area at ``point`` (map canvas CRS); returns its code, None if none."""
        layer = self.area_layer()
        if layer is None:
            self.follow_layer(self.iface.activeLayer())
            layer = self.area_layer()
        if layer is None:
            self._show_message(
                self.tr("Select a layer of wijken, buurten or 100 m cells in the Layers panel.")
            )
            return None
        table, index = self.tables.area(layer)
        transform = QgsCoordinateTransform(
            self.canvas.mapSettings().destinationCrs(), WORKING_CRS, QgsProject.instance()
        )
        rd = transform.transform(point)
        code = index.code_at(rd.x(), rd.y()) if index is not None else None
        if code is None:
            self._show_message(self.tr("No area of '{}' here.").format(layer.name()))
            return None
        self.show_area(code)
        fid = table.fid_of(code) if table is not None else None
        if fid is not None:
            layer.selectByIds([fid])  # the map shows which area the profile is of
        return code

    # ----------------------------------------------------------------- showing
    def profile(self) -> Optional[AreaProfile]:
        return self._profile

    def show_area(self, code: str) -> Optional[AreaProfile]:
        """Build and show the profile of area ``code`` of the area layer."""
        layer = self.area_layer()
        if layer is None:
            return None
        self._refresh_text()
        table, _index = self.tables.area(layer)
        if table is None:
            return None
        places, places_layer = self._places_for(str(code).strip().upper())
        profile = build_profile(
            code,
            self._source_tables(table.key.level),
            min_population=self._min_population,
            places=places,
        )
        if profile is None:
            self._show_message(self.tr("Area {} is not in '{}'.").format(code, layer.name()))
            return None
        self._profile = profile
        self._code = profile.code
        self._places_layer = places_layer
        text = self._text
        self.titleLabel.setText(text.title_html(profile))
        self.chart.set_data(text.chart_data(profile))
        self.profileBrowser.setHtml(text.body_html(profile, places_layer))
        self.signalLabel.setText(text.signal_sentence())
        if profile.code in self._combo_codes:
            self.areaCombo.blockSignals(True)
            self.areaCombo.setCurrentIndex(self._combo_codes.index(profile.code))
            self.areaCombo.lineEdit().setCursorPosition(0)  # the name, not its tail
            self.areaCombo.blockSignals(False)
        self.exportPngButton.setEnabled(True)
        self.exportHtmlButton.setEnabled(True)
        self.areaShown.emit(profile.code)
        return profile

    def _clear_profile(self) -> None:
        self._profile = None
        self._code = None
        self.titleLabel.setText("")
        self.chart.set_data(None)
        self.signalLabel.setText("")
        self.exportPngButton.setEnabled(False)
        self.exportHtmlButton.setEnabled(False)

    def _show_message(self, text: str) -> None:
        if self._profile is None:
            self.profileBrowser.setHtml('<p style="color:#5c6670">{}</p>'.format(_esc(text)))
        else:
            self.iface.messageBar().pushInfo(self.tr("Wijkprofiel"), text)

    # ----------------------------------------------------------------- export
    def profile_html(self, chart_src: str = "") -> str:
        """The shown profile as an HTML fragment ('' when none is shown)."""
        if self._profile is None:
            return ""
        return self._text.fragment(self._profile, self._places_layer, chart_src)

    def _chart_png(self) -> Optional[QImage]:
        data = self.chart.data()
        if data is None:
            return None
        return chart_image(data, EXPORT_WIDTH - 40, self._export_font())

    def _export_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(10.0)
        return font

    def export_html(self, path: str) -> bool:
        """Write the profile as a self-contained HTML fragment (chart embedded as PNG)."""
        if self._profile is None:
            return False
        src = ""
        image = self._chart_png()
        if image is not None:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.WriteOnly)
            image.save(buffer, "PNG")
            buffer.close()
            src = "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")
        Path(path).write_text(self.profile_html(src), encoding="utf-8")
        return True

    def export_png(self, path: str) -> bool:
        """Write the profile (title, chart, every section, the signal sentence) as a PNG."""
        if self._profile is None:
            return False
        font = self._export_font()
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(20)
        chart = self.chart.data()
        if chart is not None:
            # the chart in the flow of the text, painted by the same painter as the dock's
            document.addResource(
                QTextDocument.ImageResource, QUrl("wijkprofiel:chart"), self._chart_png()
            )
        document.setHtml(self.profile_html("wijkprofiel:chart" if chart is not None else ""))
        document.setTextWidth(EXPORT_WIDTH)
        height = int(document.size().height()) + 1
        scale = 2.0
        image = QImage(int(EXPORT_WIDTH * scale), int(height * scale), QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        document.drawContents(painter, QRectF(0, 0, EXPORT_WIDTH, height))
        painter.end()
        return image.save(path, "PNG")

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save profile as image"), self._suggested("png"), "PNG (*.png)"
        )
        if path and not self.export_png(path):
            self.iface.messageBar().pushWarning(self.tr("Wijkprofiel"), self.tr("Not saved."))

    def _ask_html(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save profile as HTML"), self._suggested("html"), "HTML (*.html)"
        )
        if path and not self.export_html(path):
            self.iface.messageBar().pushWarning(self.tr("Wijkprofiel"), self.tr("Not saved."))

    def _suggested(self, extension: str) -> str:
        code = self._code or "wijkprofiel"
        return str(Path.home() / "wijkprofiel_{}.{}".format(code, extension))


__all__ = [
    "DOCK_OBJECT_NAME",
    "AreaPickTool",
    "LayerTables",
    "ProfileText",
    "WijkprofielDock",
    "chart_height",
    "paint_chart",
]
