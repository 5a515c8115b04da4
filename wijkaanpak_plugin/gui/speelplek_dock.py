"""Playground assessment dock (work in progress: the API is fixed so the toolbar can wire it).

    from .gui.speelplek_dock import SpeelplekDock
    dock = SpeelplekDock(iface)          # a QgsDockWidget, objectName "WijkaanpakSpeelplekDock"
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
"""

from __future__ import annotations

from qgis.gui import QgsDockWidget

DOCK_OBJECT_NAME = "WijkaanpakSpeelplekDock"


class SpeelplekDock(QgsDockWidget):
    """Select a playground and assess it (full implementation follows)."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent if parent is not None else iface.mainWindow())
        self.iface = iface
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("Playground assessment"))
