"""'Why is this a gap?': click a house, address or grid cell and see the way to its places.

A map tool (no computation here): it reads the chosen layers once through the shared reach
reader, asks the reach core for the nearest suitable playground per age group and the
nearest meeting place of the clicked point, draws the routes (network) or lines
(straight-line) with rubber bands, and emits the explanation in words.

The toolbar wires it with exactly this API::

    tool = GapMapTool(iface.mapCanvas())
    tool.set_inputs(population_layer, playground_layer, meeting_layer, network_layer, norm)
    tool.explained.connect(panel.show_explanation)   # a GapExplanation
    tool.failed.connect(lambda text: iface.messageBar().pushWarning("Wijkaanpak", text))
    iface.mapCanvas().setMapTool(tool)
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import pyqtSignal


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
        self._provider = provider_of_inputs

    def set_inputs(
        self,
        population_layer=None,
        playground_layer=None,
        meeting_layer=None,
        network_layer=None,
        norm_profile=None,
    ) -> None:
        """The layers the tool measures with (any may be None except the playgrounds), and a
        NormProfile (None: the plugin's default, Midden-Drenthe 2011)."""
        raise NotImplementedError
