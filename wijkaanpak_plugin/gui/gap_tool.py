"""'Why is this a gap?': click a house, address or grid cell and see the way to its places.

A map tool (no computation here): it reads the chosen layers once through the shared reach
reader, asks the reach core for the nearest suitable playground per age group and the
nearest meeting place of the clicked point (``core.reach_model.explain_point``), draws the
routes (network) or lines (straight-line) with rubber bands, and emits the explanation in
words. A click inside a population polygon (a CBS grid cell) is measured from the cell's
centre, a click near a population point (a house, an address) from that point, as the reach
analysis measures them, so the tool's distances are the reach output's; anywhere else from
the clicked spot itself.

The toolbar wires it with exactly this API::

    tool = GapMapTool(iface.mapCanvas())
    tool.set_inputs(population_layer, playground_layer, meeting_layer, network_layer, norm)
    tool.explained.connect(panel.show_explanation)   # a GapExplanation
    tool.failed.connect(lambda text: iface.messageBar().pushWarning("Wijkaanpak", text))
    iface.mapCanvas().setMapTool(tool)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.errors import WijkaanpakInputError
from ..core.reach_model import (
    INSIDE,
    NO_PLACE,
    UNSNAPPED,
    NearestPlace,
    ReachModel,
    explain_point,
    reach_text,
)
from ..layer_io import WORKING_CRS
from ..reach_inputs import places_model_from_layers, population_feature_at
from ..settings import ui_language

#: Colour of each resident group's route (colour-blind safe, Okabe-Ito).
GROUP_COLOURS = {
    "0-5": "#E69F00",
    "6-11": "#0072B2",
    "12-17": "#CC79A7",
    "65+": "#009E73",
}
#: Line width per group: routes to the same place lie nested, every colour stays visible.
GROUP_WIDTHS = {"0-5": 12, "6-11": 8, "12-17": 4, "65+": 4}
#: How near (screen pixels) a click must be to a population point to stand for it.
PICK_PIXELS = 6


@dataclass
class GapExplanation:
    """What the tool found for one click, in numbers and in words.

    ``point``: the clicked spot and ``origin`` the point measured from (EPSG:28992);
    ``origin_fid``: the population feature it stands for (None: the spot itself);
    ``places``: per resident group the nearest suitable place with its route;
    ``lines``: one sentence per group and a closing one; ``text``: all of them.
    """

    point: tuple
    origin: tuple
    origin_fid: Optional[int]
    places: List[NearestPlace]
    lines: List[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def place(self, group: str) -> Optional[NearestPlace]:
        """The line of one resident group (``0-5``, ``6-11``, ``12-17``, ``65+``)."""
        for place in self.places:
            if place.group == group:
                return place
        return None


class GapMapTool(QgsMapTool):
    """Click any point: routes to the nearest suitable places, distances against the norm.

    ``provider_of_inputs``: optional callable returning a dict with the keyword arguments of
    :meth:`set_inputs` (e.g. from the plugin's settings or the project's layers); asked at
    the first click when :meth:`set_inputs` was not called.
    """

    #: A GapExplanation (``.lines``: one sentence per age group / meeting place; ``.text``).
    explained = pyqtSignal(object)
    #: A sentence for the message bar when nothing can be explained (no layers, bad input).
    failed = pyqtSignal(str)

    def __init__(self, canvas, provider_of_inputs: Optional[Callable[[], dict]] = None) -> None:
        super().__init__(canvas)
        self.setObjectName("WijkaanpakGapMapTool")
        self.setCursor(Qt.CrossCursor)
        self._provider = provider_of_inputs
        self._layers: Optional[dict] = None
        self._settings: dict = {}
        self._model: Optional[ReachModel] = None
        self._bands: List[QgsRubberBand] = []
        self.last_explanation: Optional[GapExplanation] = None

    # ------------------------------------------------------------------ the API

    def set_inputs(
        self,
        population_layer=None,
        playground_layer=None,
        meeting_layer=None,
        network_layer=None,
        norm_profile=None,
        *,
        oneway_field: str = "",
        barrier_field: str = "",
        max_snap_distance: float = 50.0,
        detour_factor: float = 1.0,
        unknown_ages_serve: bool = True,
    ) -> None:
        """The layers the tool measures with (any may be None except the playgrounds), and a
        NormProfile (None: the plugin's default, Midden-Drenthe 2011).

        The keywords are the reach algorithm's settings of the same name (defaults as
        there): give those of the reach run a planner compares with, and the tool's
        distances are the run's."""
        self._forget_layers()
        self._layers = {
            "population": population_layer,
            "playgrounds": playground_layer,
            "meeting": meeting_layer,
            "network": network_layer,
            "norm": norm_profile,
        }
        self._settings = {
            "oneway_field": oneway_field,
            "barrier_field": barrier_field,
            "max_snap_distance": max_snap_distance,
            "detour_factor": detour_factor,
            "unknown_ages_serve": unknown_ages_serve,
        }
        for key in ("playgrounds", "meeting", "network"):
            layer = self._layers[key]
            if layer is not None and hasattr(layer, "dataChanged"):
                layer.dataChanged.connect(self._places_changed)
        self._model = None

    def explain_at(self, map_point: QgsPointXY) -> Optional[GapExplanation]:
        """Explain one point given in the canvas's CRS: draw the routes, emit and return the
        explanation (None, with ``failed`` emitted, when it cannot be done)."""
        self.clear()
        try:
            model = self._prepared_model()
            if model is None:
                return None
            to_rd = QgsCoordinateTransform(
                self.canvas().mapSettings().destinationCrs(), WORKING_CRS, QgsProject.instance()
            )
            spot = to_rd.transform(QgsPointXY(map_point))
            point = (spot.x(), spot.y())
            picked = population_feature_at(
                self._layers.get("population"), point, self._pick_tolerance()
            )
            origin = point if picked is None else (float(picked[1][0]), float(picked[1][1]))
            places = explain_point(model, origin)
        except (QgsProcessingException, WijkaanpakInputError) as error:
            self.failed.emit(self.tr("Why is this a gap? {}").format(error))
            return None
        explanation = GapExplanation(
            point=point,
            origin=origin,
            origin_fid=None if picked is None else picked[0],
            places=places,
        )
        explanation.lines = self._words(explanation, model, picked)
        self._draw(explanation)
        self.last_explanation = explanation
        self.explained.emit(explanation)
        return explanation

    def clear(self) -> None:
        """Remove the drawn routes."""
        for band in self._bands:
            band.reset()
            scene = band.scene()
            if scene is not None:
                scene.removeItem(band)
        self._bands = []

    # ------------------------------------------------------------------ QgsMapTool

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            return
        self.explain_at(event.mapPoint())

    def deactivate(self) -> None:
        self.clear()
        super().deactivate()

    # ------------------------------------------------------------------ inside

    def _prepared_model(self) -> Optional[ReachModel]:
        if self._layers is None and self._provider is not None:
            given = self._provider() or {}
            if given:
                self.set_inputs(**given)
        if self._layers is None or self._layers.get("playgrounds") is None:
            self.failed.emit(
                self.tr(
                    "Why is this a gap? Choose a playground layer first (and, if you have "
                    "them, meeting places, a population layer and a street network)."
                )
            )
            return None
        if self._model is None:
            self._model = places_model_from_layers(
                self._layers["playgrounds"],
                self._layers.get("meeting"),
                self._layers.get("network"),
                self._layers.get("norm"),
                **self._settings,
            )
        return self._model

    def _places_changed(self) -> None:
        self._model = None

    def _forget_layers(self) -> None:
        if not self._layers:
            return
        for key in ("playgrounds", "meeting", "network"):
            layer = self._layers.get(key)
            if layer is not None and hasattr(layer, "dataChanged"):
                try:
                    layer.dataChanged.disconnect(self._places_changed)
                except (TypeError, RuntimeError):
                    pass

    def _pick_tolerance(self) -> float:
        """PICK_PIXELS on screen, in metres (map units per pixel; degrees roughly)."""
        per_pixel = self.canvas().mapUnitsPerPixel()
        if self.canvas().mapSettings().destinationCrs().isGeographic():
            per_pixel *= 111_000.0
        return max(PICK_PIXELS * per_pixel, 0.5)

    def _draw(self, explanation: GapExplanation) -> None:
        canvas = self.canvas()
        for place in explanation.places:
            colour = QColor(GROUP_COLOURS.get(place.group, "#444444"))
            if len(place.path) >= 2:
                line = QgsRubberBand(canvas, QgsWkbTypes.LineGeometry)
                line.setColor(colour)
                line.setWidth(GROUP_WIDTHS.get(place.group, 3))
                line.setLineStyle(Qt.SolidLine if place.within_norm else Qt.DashLine)
                geometry = QgsGeometry.fromPolylineXY(
                    [QgsPointXY(float(x), float(y)) for x, y in place.path.tolist()]
                )
                line.setToGeometry(geometry, WORKING_CRS)
                self._bands.append(line)
                end = QgsRubberBand(canvas, QgsWkbTypes.PointGeometry)
                end.setColor(colour)
                end.setIcon(QgsRubberBand.ICON_BOX)
                end.setIconSize(10)
                end.setWidth(2)
                x, y = place.path[-1]
                end.setToGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)), WORKING_CRS)
                self._bands.append(end)
        start = QgsRubberBand(canvas, QgsWkbTypes.PointGeometry)
        start.setColor(QColor("#D55E00"))
        start.setIcon(QgsRubberBand.ICON_CIRCLE)
        start.setIconSize(12)
        start.setWidth(3)
        start.setToGeometry(QgsGeometry.fromPointXY(QgsPointXY(*explanation.origin)), WORKING_CRS)
        self._bands.append(start)

    # ------------------------------------------------------------------ words

    def _group_label(self, group: str) -> str:
        return {
            "0-5": self.tr("0-5 years"),
            "6-11": self.tr("6-11 years"),
            "12-17": self.tr("12-17 years"),
            "65+": self.tr("65+ years"),
        }.get(group, group)

    def _words(self, explanation: GapExplanation, model: ReachModel, picked) -> List[str]:
        if picked is None:
            where = self.tr("the clicked point")
        elif picked[2]:
            where = self.tr("the centre of population feature {}").format(picked[0])
        else:
            where = self.tr("population feature {}").format(picked[0])
        lines = [
            self.tr("Measured from {} ({}); norm: {}.").format(
                where,
                reach_text(model.distance_type, ui_language()),
                reach_text(model.norm.name, ui_language()),
            )
        ]
        outside = []
        for place in explanation.places:
            lines.append(self._sentence(place, model))
            if not place.within_norm:
                outside.append(place.group)
        if outside:
            lines.append(
                self.tr("Outside the norm for: {}.").format(
                    ", ".join(self._group_label(g) for g in outside)
                )
            )
        else:
            lines.append(self.tr("Within the norm for every age group."))
        return lines

    def _sentence(self, place: NearestPlace, model: ReachModel) -> str:
        group = self._group_label(place.group)
        verdict = self.tr("within the norm") if place.within_norm else self.tr("outside the norm")
        if place.place_group == "meeting":
            kind = self.tr("meeting place")
        else:
            kind = self.tr("playground")
        # words, not ids: a place without a name is "the nearest playground"
        name = model.place_name(place.place_index)
        if name is None:
            named = self.tr("the nearest {}").format(kind)
        else:
            named = self.tr("{} '{}'").format(kind, name)
        if place.reason == INSIDE:
            return self.tr("{}: inside {} (norm {:g} m) — {}").format(
                group, named, place.norm_m, verdict
            )
        if place.found:
            return self.tr("{}: {:.0f} m to {} (norm {:g} m) — {}").format(
                group, place.distance, named, place.norm_m, verdict
            )
        if place.reason == NO_PLACE:
            return self.tr("{}: no {} in the layers serves this group (norm {:g} m) — {}").format(
                group, kind, place.norm_m, verdict
            )
        if place.reason == UNSNAPPED:
            return self.tr(
                "{}: {:.0f} m from the network, farther than the {:g} m a point may be "
                "attached: not reached (norm {:g} m) — {}"
            ).format(
                group,
                place.snap_distance if math.isfinite(place.snap_distance) else 0.0,
                model.max_snap_distance,
                place.norm_m,
                verdict,
            )
        return self.tr(
            "{}: no suitable {} can be reached over the network (norm {:g} m) — {}"
        ).format(group, kind, place.norm_m, verdict)
