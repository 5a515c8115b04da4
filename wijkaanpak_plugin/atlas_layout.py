"""The print-layout templates of the council atlas (``resources/layouts/*.qpt``).

Four layouts per orientation (A4 portrait and landscape): ``cover``, ``overview``, ``area``
(one page per area, driven by the atlas/report feature) and ``closing``. The templates are
ordinary QGIS layout templates: open one in the layout designer (*Project → Layout Manager →
Create from template*), move, resize or restyle its items and save it back. The atlas finds
its items by their ids (:data:`ITEM_IDS`) and fills them; an item that is removed is left
out, never an error.

Texts come in two ways, both editable in the designer:
* layout variables ``@wijk_*`` (title, municipality, date, attribution, sources, …), set by
  the atlas for each export;
* for the area page, fields of the atlas coverage layer (``[% "figures_html" %]`` etc.),
  one feature per area.

:func:`write_templates` rebuilds the files from :func:`build_layout` (run once after a
change here: ``/usr/bin/python3 -c "import sys; sys.path.insert(0, 'scripts'); from
_bootstrap import start_qgis; app, _ = start_qgis(False); from wijkaanpak.wijkaanpak_plugin
import atlas_layout; atlas_layout.write_templates()"``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Optional, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutMultiFrame,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsSimpleFillSymbolLayer,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from .resources_path import RESOURCES

LAYOUTS_DIR = RESOURCES / "layouts"
KINDS = ("cover", "overview", "area", "closing")
ORIENTATIONS = ("portrait", "landscape")
FONT = "Arial"
INK = "#20262d"
MUTED = "#5c6670"
ACCENT = "#1f4e5a"

#: Item ids the atlas fills (per kind).
ITEM_IDS = {
    "cover": ("title", "subtitle", "date", "intro", "sources", "norm", "signal", "attribution"),
    "overview": ("title", "intro", "map", "legend", "ranking", "attribution", "footer"),
    "area": (
        "title",
        "subtitle",
        "map",
        "legend",
        "figures",
        "chart",
        "chart_title",
        "sentences",
        "attribution",
        "footer",
    ),
    "closing": ("title", "body", "signal", "attribution", "footer"),
}


def template_path(kind: str, orientation: str) -> Path:
    return LAYOUTS_DIR / "raadsatlas_{}_{}.qpt".format(kind, orientation)


def page_size(orientation: str) -> Tuple[float, float]:
    return (297.0, 210.0) if orientation == "landscape" else (210.0, 297.0)


# --------------------------------------------------------------------------- building


def _text_format(size: float, bold: bool = False, colour: str = INK) -> QgsTextFormat:
    font = QFont(FONT)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def _place(item, x: float, y: float, w: float, h: float, page: int = 0) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def _label(layout, item_id, box, text, size=9.0, bold=False, colour=INK, html=False,
           align=Qt.AlignLeft, valign=Qt.AlignTop, page=0):  # fmt: skip
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    if html:
        item.setMode(QgsLayoutItemLabel.ModeHtml)
    else:
        if hasattr(item, "setTextFormat"):  # QGIS 3.24+
            item.setTextFormat(_text_format(size, bold, colour))
        else:
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            item.setFont(font)
            item.setFontColor(QColor(colour))
        item.setHAlign(align)
        item.setVAlign(valign)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    layout.addLayoutItem(item)
    _place(item, *box, page=page)
    return item


def add_label(layout, item_id, box, text, **kw):
    """A label as the templates make them (for pages the atlas adds)."""
    return _label(layout, item_id, box, text, **kw)


def _band(layout, item_id, box, colour, page=0) -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setId(item_id)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    fill = QgsSimpleFillSymbolLayer(QColor(colour))
    fill.setStrokeStyle(Qt.NoPen)
    shape.setSymbol(QgsFillSymbol([fill]))
    layout.addLayoutItem(shape)
    _place(shape, *box, page=page)
    return shape


def _map(layout, item_id, box, atlas: bool) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#9aa3ab"))
    item.setBackgroundColor(QColor("#ffffff"))
    if atlas:
        item.setAtlasDriven(True)
        item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        item.setAtlasMargin(0.12)
    layout.addLayoutItem(item)
    _place(item, *box)
    return item


def _legend(layout, item_id, box, linked) -> QgsLayoutItemLegend:
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle("")
    legend.setLinkedMap(linked)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 230))
    legend.setSymbolWidth(5.0)
    legend.setSymbolHeight(3.5)
    legend.setWrapString("")
    try:  # font per style (deprecated in 3.30 in favour of text formats, still works)
        from qgis.core import QgsLegendStyle

        for style, size, bold in (
            (QgsLegendStyle.Group, 8.0, True),
            (QgsLegendStyle.Subgroup, 7.5, True),
            (QgsLegendStyle.SymbolLabel, 7.0, False),
        ):
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            if hasattr(legend.rstyle(style), "setTextFormat"):
                legend.rstyle(style).setTextFormat(_text_format(size, bold))
            else:
                legend.rstyle(style).setFont(font)
    except Exception:  # noqa: BLE001 - fonts are cosmetic
        pass
    layout.addLayoutItem(legend)
    _place(legend, *box)
    return legend


def _footer(layout, w: float, h: float, page: int = 0, with_number: bool = True) -> None:
    """Attribution (every page) and the page footer."""
    suffix = "_{}".format(page) if page else ""
    _band(layout, "footer_rule" + suffix, (12, h - 17.5, w - 24, 0.3), "#9aa3ab", page=page)
    _label(layout, "attribution" + suffix, (12, h - 16, w - 24, 8), "[% @wijk_attribution %]",
           size=6.5, colour=MUTED, page=page)  # fmt: skip
    if with_number:
        _label(layout, "footer" + suffix, (12, h - 8.5, w - 24, 4),
               "[% @wijk_title %] · [% @wijk_municipality %] · [% @wijk_date %]",
               size=6.5, colour=MUTED, page=page)  # fmt: skip


def add_footer(layout, w: float, h: float, page: int) -> None:
    """Attribution and footer on a page the atlas adds."""
    _footer(layout, w, h, page=page)


def build_layout(kind: str, orientation: str, project) -> QgsPrintLayout:
    """One atlas layout, built in code (the source of the .qpt templates)."""
    w, h = page_size(orientation)
    landscape = orientation == "landscape"
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Raadsatlas: {} ({})".format(kind, orientation))
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Landscape if landscape else QgsLayoutItemPage.Portrait)
    m = 12.0  # page margin
    if kind == "cover":
        band = 58 if landscape else 62
        _band(layout, "band", (0, 0, w, band), ACCENT)
        _label(layout, "title", (m + 4, 16, w - 2 * m - 8, 14), "[% @wijk_title %]",
               size=26, bold=True, colour="#ffffff")  # fmt: skip
        _label(layout, "subtitle", (m + 4, 32, w - 2 * m - 8, 12), "[% @wijk_subtitle %]",
               size=14, colour="#ffffff")  # fmt: skip
        _label(layout, "date", (m + 4, band - 11, w - 2 * m - 8, 7), "[% @wijk_date %]",
               size=10, colour="#d8e4e6")  # fmt: skip
        top = band + 8
        if landscape:
            col = (w - 2 * m - 10) / 2
            _label(layout, "intro", (m, top, col, 36), "[% @wijk_intro_html %]", html=True)
            _label(layout, "sources", (m, top + 38, col, 34), "[% @wijk_sources_html %]",
                   html=True)  # fmt: skip
            _label(layout, "norm", (m, top + 74, col, 12), "[% @wijk_norm_html %]", html=True)
            cover_map = _map(layout, "map", (m + col + 10, top, col, h - top - 42), atlas=False)
        else:
            col = w - 2 * m
            _label(layout, "intro", (m, top, col, 26), "[% @wijk_intro_html %]", html=True)
            cover_map = _map(layout, "map", (m, top + 28, col, 98), atlas=False)
            _label(layout, "sources", (m, top + 130, col, 30), "[% @wijk_sources_html %]",
                   html=True)  # fmt: skip
            _label(layout, "norm", (m, top + 162, col, 12), "[% @wijk_norm_html %]", html=True)
        cover_map.setFrameEnabled(False)
        _label(layout, "signal", (m, h - 36, w - 2 * m, 14), "[% @wijk_signal %]", size=11,
               bold=True, colour=ACCENT)  # fmt: skip
        _footer(layout, w, h, with_number=False)
    elif kind == "overview":
        _label(layout, "title", (m, 10, w - 2 * m, 10), "[% @wijk_overview_title %]", size=16,
               bold=True, colour=ACCENT)  # fmt: skip
        _label(layout, "intro", (m, 21, w - 2 * m, 16), "[% @wijk_overview_html %]", html=True)
        if landscape:
            map_box = (m, 40, 108, h - 40 - 22)
            table_box = (m + 113, 40, w - 2 * m - 113, h - 40 - 22)
        else:
            map_box = (m, 40, w - 2 * m, 105)
            table_box = (m, 149, w - 2 * m, h - 149 - 20)
        overview = _map(layout, "map", map_box, atlas=False)
        lx, ly, lw, lh = map_box
        _legend(layout, "legend", (lx + 1.5, ly + 1.5, 40, 20), overview)
        table = QgsLayoutItemAttributeTable.create(layout)
        table.setResizeMode(QgsLayoutMultiFrame.ExtendToNextPage)
        table.setHeaderTextFormat(_text_format(7.5, True))
        table.setContentTextFormat(_text_format(7.5))
        table.setCellMargin(1.0)
        table.setGridStrokeWidth(0.2)
        table.setGridColor(QColor("#c5cbd1"))
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setShowEmptyRows(False)
        table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapText)
        table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.ShowMessage)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.setId("ranking")
        table.addFrame(frame)
        _place(frame, *table_box)
        _footer(layout, w, h)
    elif kind == "area":
        _label(layout, "title", (m, 9, w - 2 * m, 10), '[% "name" %]', size=18, bold=True,
               colour=ACCENT)  # fmt: skip
        _label(layout, "subtitle", (m, 19.5, w - 2 * m, 6), '[% "subtitle" %]', size=9,
               colour=MUTED)  # fmt: skip
        if landscape:
            map_box = (m, 28, 150, 104)
            legend_box = (m, 134, 150, 12)
            fig_box = (m + 156, 28, w - 2 * m - 156, 118)
            chart_box = (m, 159, 88, 32)
            sent_box = (m + 94, 150, w - 2 * m - 94, 41)
        else:
            map_box = (m, 28, w - 2 * m, 100)
            legend_box = (m, 129.5, w - 2 * m, 16)
            fig_box = (m, 149, 98, 124)
            chart_box = (m + 104, 158, w - 2 * m - 104, 48)
            sent_box = (m + 104, 210, w - 2 * m - 104, 63)
        area_map = _map(layout, "map", map_box, atlas=True)
        lx, ly, lw, lh = map_box
        legend = _legend(layout, "legend", legend_box, area_map)  # a strip under the map
        legend.setColumnCount(3)
        legend.setSplitLayer(False)
        legend.setEqualColumnWidth(False)
        legend.setBackgroundEnabled(False)
        _label(layout, "figures", fig_box, '[% "figures_html" %]', html=True)
        cx, cy, cw, chh = chart_box
        _label(layout, "chart_title", (cx, cy - 9, cw, 8.5), '[% "chart_title" %]', size=8,
               bold=True, colour=ACCENT)  # fmt: skip
        chart = QgsLayoutItemPicture(layout)
        chart.setId("chart")
        chart.setResizeMode(QgsLayoutItemPicture.Zoom)
        chart.setPictureAnchor(QgsLayoutItem_UpperLeft())
        chart.dataDefinedProperties().setProperty(
            QgsLayoutObject.PictureSource, QgsProperty.fromField("chart")
        )
        layout.addLayoutItem(chart)
        _place(chart, cx, cy, cw, chh)
        _label(layout, "sentences", sent_box, '[% "sentences_html" %]', html=True)
        _footer(layout, w, h)
    elif kind == "closing":
        _label(layout, "title", (m, 12, w - 2 * m, 12), "[% @wijk_closing_title %]", size=18,
               bold=True, colour=ACCENT)  # fmt: skip
        _label(layout, "body", (m, 28, w - 2 * m, h - 28 - 48), "[% @wijk_closing_html %]",
               html=True)  # fmt: skip
        _label(layout, "signal", (m, h - 42, w - 2 * m, 16), "[% @wijk_signal %]", size=11,
               bold=True, colour=ACCENT)  # fmt: skip
        _footer(layout, w, h)
    else:
        raise ValueError("unknown atlas layout kind: {}".format(kind))
    return layout


def QgsLayoutItem_UpperLeft():  # noqa: N802 - the enum moved between QGIS versions
    from qgis.core import QgsLayoutItem

    return QgsLayoutItem.UpperLeft


def write_templates(directory: Optional[Path] = None, project=None) -> Dict[str, Path]:
    """Write every template (kind × orientation) as .qpt; returns name → path."""
    from qgis.core import QgsProject

    directory = Path(directory) if directory is not None else LAYOUTS_DIR
    directory.mkdir(parents=True, exist_ok=True)
    project = project or QgsProject.instance()
    written: Dict[str, Path] = {}
    for kind in KINDS:
        for orientation in ORIENTATIONS:
            layout = build_layout(kind, orientation, project)
            path = directory / template_path(kind, orientation).name
            if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                raise OSError("could not write {}".format(path))
            written["{}_{}".format(kind, orientation)] = path
    return written


# --------------------------------------------------------------------------- loading


def _installed_font(family: str) -> str:
    families = set(QFontDatabase().families())
    if family in families:
        return family
    for other in ("Liberation Sans", "Arimo", "DejaVu Sans"):
        if other in families:
            return other
    return family


def load_layout(kind: str, orientation: str, project, directory: Optional[Path] = None):
    """The layout of ``kind`` from its template (a QgsPrintLayout), fonts this machine has.

    Raises OSError when the template cannot be read.
    """
    path = (Path(directory) if directory else LAYOUTS_DIR) / template_path(kind, orientation).name
    text = path.read_text(encoding="utf-8")
    family = _installed_font(FONT)
    if family != FONT:
        text = re.sub(r'((?:fontFamily|family|description)=")' + FONT + r"\b", r"\g<1>" + family,
                      text)  # fmt: skip
    document = QDomDocument()
    if not document.setContent(text):
        raise OSError("{} is not a layout template".format(path))
    html_labels = _take_html_labels(document)
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise OSError("{} could not be loaded as a layout template".format(path))
    for spec in html_labels:
        label = _label(layout, spec["id"], spec["box"], spec["text"], html=True)
        label.setZValue(spec["z"])
    layout.setName("Raadsatlas: {}".format(kind))
    return layout


def _take_html_labels(document: QDomDocument) -> list:
    """Remove the labels in HTML mode from the template and return how to make them again.

    QGIS 3.34+ built without WebKit turns an HTML label of an older layout into an HTML
    frame that it cannot draw (and that loses its id); a label made on the running QGIS
    draws its HTML itself. So the atlas makes these labels afresh, where the template has
    them, with the template's text: on QGIS 3.22 the result is the same item.
    """
    found = []
    items = document.elementsByTagName("LayoutItem")
    for index in reversed(range(items.count())):
        element = items.at(index).toElement()
        if element.attribute("type") != "65641" or element.attribute("htmlState") != "1":
            continue
        x, y = (float(v) for v in element.attribute("position", "0,0,mm").split(",")[:2])
        w, h = (float(v) for v in element.attribute("size", "10,10,mm").split(",")[:2])
        found.append({
            "id": element.attribute("id"),
            "text": element.attribute("labelText"),
            "box": (x, y, w, h),
            "z": float(element.attribute("zValue", "1") or 1),
        })  # fmt: skip
        element.parentNode().removeChild(element)
    return found


def item(layout, item_id: str):
    """The layout item (or table frame) with this id, None when the template has none."""
    return layout.itemById(item_id)
