"""The scenario map tool: click where a place would come, which place would move, or close.

A map tool only (no computation, no layers): it turns clicks into requests in EPSG:28992
and leaves the rest to the scenario dock, which applies them with the scenario core
(``core.scenario``) and writes the scenario layer.

* mode ``add``: one click → ``add_requested(x, y)``;
* mode ``move``: a first click picks the place (a marker shows it), a second click where it
  would go → ``move_requested(x0, y0, x1, y1)``; right click or Esc forgets the first click;
* mode ``remove``: one click → ``remove_requested(x, y)``.

``pick_tolerance()`` says in metres how near a click must be to a place to pick it (a few
pixels on screen), for the dock to find the place.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..layer_io import WORKING_CRS

ADD = "add"
MOVE = "move"
REMOVE = "remove"
#: How near (screen pixels) a click must be to a place to pick it.
PICK_PIXELS = 8


class ScenarioMapTool(QgsMapTool):
    """Add, move or remove a place in the scenario by clicking the map (module notes)."""

    add_requested = pyqtSignal(float, float)
    move_requested = pyqtSignal(float, float, float, float)
    remove_requested = pyqtSignal(float, float)

    def __init__(self, canvas, mode: str = ADD) -> None:
        super().__init__(canvas)
        self.setObjectName("WijkaanpakScenarioMapTool")
        self.setCursor(Qt.CrossCursor)
        self.mode = mode
        self._first: Optional[Tuple[float, float]] = None
        self._marker: Optional[QgsRubberBand] = None

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.forget_first()

    @property
    def first_click(self) -> Optional[Tuple[float, float]]:
        """The place picked by the first click of a move (EPSG:28992), if any."""
        return self._first

    def pick_tolerance(self) -> float:
        per_pixel = self.canvas().mapUnitsPerPixel()
        if self.canvas().mapSettings().destinationCrs().isGeographic():
            per_pixel *= 111_000.0
        return max(PICK_PIXELS * per_pixel, 1.0)

    def to_rd(self, map_point) -> Tuple[float, float]:
        transform = QgsCoordinateTransform(
            self.canvas().mapSettings().destinationCrs(), WORKING_CRS, QgsProject.instance()
        )
        spot = transform.transform(QgsPointXY(map_point))
        return float(spot.x()), float(spot.y())

    def click(self, map_point) -> None:
        """One left click at a point in the canvas's CRS (what a mouse release does)."""
        x, y = self.to_rd(map_point)
        if self.mode == ADD:
            self.add_requested.emit(x, y)
        elif self.mode == REMOVE:
            self.remove_requested.emit(x, y)
        elif self._first is None:
            self._first = (x, y)
            self._show_marker(x, y)
        else:
            x0, y0 = self._first
            self.forget_first()
            self.move_requested.emit(x0, y0, x, y)

    def forget_first(self) -> None:
        self._first = None
        if self._marker is not None:
            self._marker.reset()
            scene = self._marker.scene()
            if scene is not None:
                scene.removeItem(self._marker)
            self._marker = None

    # ------------------------------------------------------------------ QgsMapTool

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.RightButton:
            self.forget_first()
            return
        if event.button() == Qt.LeftButton:
            self.click(event.mapPoint())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Escape:
            self.forget_first()

    def deactivate(self) -> None:
        self.forget_first()
        super().deactivate()

    def _show_marker(self, x: float, y: float) -> None:
        self.forget_first()
        self._first = (x, y)
        band = QgsRubberBand(self.canvas(), QgsWkbTypes.PointGeometry)
        band.setColor(QColor("#0072B2"))
        band.setIcon(QgsRubberBand.ICON_CIRCLE)
        band.setIconSize(16)
        band.setWidth(3)
        band.setToGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)), WORKING_CRS)
        self._marker = band
