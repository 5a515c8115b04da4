"""A small bar chart of ambition scores: the area against its municipality, painted by hand.

QtCharts is not shipped with QGIS on Debian (and matplotlib is not a dependency), so the chart
is painted with QPainter: one horizontal bar per ambition (score 0 to 1, 1 = best) with the
municipality's mean as a marker on the same track. The same painter draws the widget in the
dock and the image in the PNG/HTML export, so both show the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

AREA_COLOUR = QColor("#1f6f78")
MUNICIPALITY_COLOUR = QColor("#d9731a")
TRACK_COLOUR = QColor("#e6e9ec")
GRID_COLOUR = QColor("#c5cbd1")
TEXT_COLOUR = QColor("#20262d")
MUTED_COLOUR = QColor("#6b7580")


@dataclass(frozen=True)
class ChartRow:
    """One ambition: its label, the area's score and the municipality's (0..1 or None)."""

    label: str
    area: Optional[float]
    municipality: Optional[float]


@dataclass(frozen=True)
class ChartData:
    rows: Sequence[ChartRow]
    area_legend: str
    municipality_legend: str
    axis_low: str  # words under 0 (e.g. "more need")
    axis_high: str  # words under 1 (e.g. "better")
    no_data: str  # words where a score is missing


ROW_HEIGHT = 30
LABEL_SHARE = 0.40
MARGIN = 8


def chart_height(data: Optional[ChartData], font: QFont) -> int:
    """Height the chart needs for its rows, axis and legend."""
    if data is None or not data.rows:
        return 0
    line = QFontMetrics(font).height()
    return int(MARGIN * 2 + len(data.rows) * ROW_HEIGHT + line * 2 + 14)


def _clip(value: Optional[float]) -> Optional[float]:
    if value is None or value != value:  # NaN
        return None
    return min(max(float(value), 0.0), 1.0)


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, font: QFont) -> None:
    """Draw the chart into ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    line = metrics.height()
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    small_metrics = QFontMetrics(small)

    left = rect.left() + MARGIN
    label_width = rect.width() * LABEL_SHARE
    track_left = left + label_width + 6
    value_width = metrics.horizontalAdvance("0.00") + 10
    track_right = rect.right() - MARGIN - value_width
    track_width = max(track_right - track_left, 20.0)
    top = rect.top() + MARGIN

    # vertical grid lines at 0, 0.25, 0.5, 0.75, 1
    grid_bottom = top + len(data.rows) * ROW_HEIGHT
    painter.setPen(QPen(GRID_COLOUR, 1, Qt.DotLine))
    for step in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = track_left + step * track_width
        painter.drawLine(QPointF(x, top), QPointF(x, grid_bottom))

    bar_height = 12.0
    for i, row in enumerate(data.rows):
        y = top + i * ROW_HEIGHT
        centre = y + ROW_HEIGHT / 2.0
        # label, elided to two lines at most
        painter.setPen(TEXT_COLOUR)
        painter.setFont(font)
        label_rect = QRectF(left, y, label_width, ROW_HEIGHT)
        text = row.label
        if metrics.horizontalAdvance(text) > label_width:
            painter.setFont(small)
            text = _two_lines(text, small_metrics, label_width)
        painter.drawText(label_rect, Qt.AlignRight | Qt.AlignVCenter | Qt.TextWordWrap, text)
        painter.setFont(font)
        # track
        painter.setPen(Qt.NoPen)
        painter.setBrush(TRACK_COLOUR)
        painter.drawRoundedRect(
            QRectF(track_left, centre - bar_height / 2, track_width, bar_height), 3, 3
        )
        area = _clip(row.area)
        if area is None:
            painter.setPen(MUTED_COLOUR)
            italic = QFont(small)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.drawText(
                QRectF(track_left + 6, y, track_width, ROW_HEIGHT),
                Qt.AlignLeft | Qt.AlignVCenter,
                data.no_data,
            )
            painter.setFont(font)
        else:
            painter.setBrush(AREA_COLOUR)
            painter.drawRoundedRect(
                QRectF(track_left, centre - bar_height / 2, max(area * track_width, 2.0),
                       bar_height),
                3, 3,
            )  # fmt: skip
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(track_right + 6, y, value_width, ROW_HEIGHT),
                Qt.AlignLeft | Qt.AlignVCenter,
                "{:.2f}".format(row.area),
            )
        mun = _clip(row.municipality)
        if mun is not None:
            x = track_left + mun * track_width
            painter.setPen(QPen(MUNICIPALITY_COLOUR, 2.5))
            painter.drawLine(
                QPointF(x, centre - bar_height / 2 - 4), QPointF(x, centre + bar_height / 2 + 4)
            )
            painter.setPen(Qt.NoPen)
            painter.setBrush(MUNICIPALITY_COLOUR)
            tip = centre - bar_height / 2 - 4
            painter.drawPolygon(
                QPolygonF([QPointF(x - 4, tip - 5), QPointF(x + 4, tip - 5), QPointF(x, tip)])
            )

    # axis: 0 and 1 with their words
    painter.setFont(small)
    painter.setPen(MUTED_COLOUR)
    axis_y = grid_bottom + 2
    painter.drawText(QRectF(track_left - 30, axis_y, 60, line), Qt.AlignHCenter | Qt.AlignTop, "0")
    painter.drawText(
        QRectF(track_left + track_width - 30, axis_y, 60, line), Qt.AlignHCenter | Qt.AlignTop, "1"
    )
    words_y = axis_y + small_metrics.height()
    low, high = "← " + data.axis_low, data.axis_high + " →"
    half = track_width / 2 - 4
    if max(small_metrics.horizontalAdvance(low), small_metrics.horizontalAdvance(high)) <= half:
        painter.drawText(QRectF(track_left, words_y, half, line), Qt.AlignLeft | Qt.AlignTop, low)
        painter.drawText(
            QRectF(track_left + track_width / 2 + 4, words_y, half, line),
            Qt.AlignRight | Qt.AlignTop,
            high,
        )
    else:  # a narrow dock: one line under the whole chart, never overlapping
        both = "0 {} · 1 {}".format(data.axis_low, data.axis_high)
        room = int(rect.right() - MARGIN - left)
        painter.drawText(
            QRectF(left, words_y, room, line),
            Qt.AlignRight | Qt.AlignTop,
            small_metrics.elidedText(both, Qt.ElideRight, room),
        )

    # legend
    legend_y = words_y + small_metrics.height() + 6
    x = left
    painter.setPen(Qt.NoPen)
    painter.setBrush(AREA_COLOUR)
    painter.drawRoundedRect(QRectF(x, legend_y + 2, 14, 9), 2, 2)
    painter.setPen(TEXT_COLOUR)
    x += 18
    area_text = small_metrics.elidedText(data.area_legend, Qt.ElideRight, int(rect.width() * 0.4))
    painter.drawText(QPointF(x, legend_y + small_metrics.ascent()), area_text)
    x += small_metrics.horizontalAdvance(area_text) + 16
    painter.setPen(QPen(MUNICIPALITY_COLOUR, 2.5))
    painter.drawLine(QPointF(x + 5, legend_y), QPointF(x + 5, legend_y + 13))
    painter.setPen(TEXT_COLOUR)
    x += 14
    room = int(rect.right() - MARGIN - x)
    painter.drawText(
        QPointF(x, legend_y + small_metrics.ascent()),
        small_metrics.elidedText(data.municipality_legend, Qt.ElideRight, max(room, 20)),
    )
    painter.restore()


def _two_lines(text: str, metrics: QFontMetrics, width: float) -> str:
    """The text broken into at most two lines that fit ``width``, the second elided."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:
        return metrics.elidedText(text, Qt.ElideRight, int(width))
    rest = " ".join(words)
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(rest, Qt.ElideRight, int(width))


def chart_image(data: ChartData, width: int, font: QFont, scale: float = 2.0) -> QImage:
    """The chart as an image (``scale`` × for sharp export), white background."""
    height = chart_height(data, font)
    image = QImage(int(width * scale), int(height * scale), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width, height), data, font)
    painter.end()
    image.setDevicePixelRatio(1.0)
    return image


class AmbitionChart(QWidget):
    """The chart as a widget: :meth:`set_data` with a :class:`ChartData` (None hides it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._data: Optional[ChartData] = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAutoFillBackground(False)

    def data(self) -> Optional[ChartData]:
        return self._data

    def set_data(self, data: Optional[ChartData]) -> None:
        self._data = data if data is not None and data.rows else None
        self.setFixedHeight(chart_height(self._data, self.font()))
        self.setVisible(self._data is not None)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, chart_height(self._data, self.font()))

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._data is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        paint_chart(painter, QRectF(self.rect()), self._data, self.font())
        painter.end()
