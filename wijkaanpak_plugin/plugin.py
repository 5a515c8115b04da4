"""The QGIS-facing plugin object: menu, toolbar, docks, map tools, Processing provider,
translations.

The toolbar "Wijkaanpak" holds: Wijkprofiel (shows/hides the wijkprofiel dock), Speelplek
beoordelen (shows/hides the playground assessment dock), Waarom een gat? (the map tool that
explains a gap), the active walking-distance norm, and the Toolbox action. Each dock and tool
is imported on its own: one that fails to load is named in the message bar and left out, the
others work. ``unload()`` removes all of it.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import List, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QComboBox

from ..processing_algorithms.provider import LOG_TAG, WijkaanpakProvider
from .core.reach_model import reach_text
from .resources_path import i18n_dir, icon_path
from .settings import ui_language

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
MENU_NAME = "&Wijkaanpak"
TOOLBAR_OBJECT_NAME = "WijkaanpakToolbar"
#: objectName of each toolbar action (stable: tests and the desktop test find them by it).
ACTION_WIJKPROFIEL = "wijkaanpakWijkprofiel"
ACTION_SPEELPLEK = "wijkaanpakSpeelplek"
ACTION_GAP_TOOL = "wijkaanpakGapTool"
ACTION_SCENARIO = "wijkaanpakScenario"
ACTION_TOOLBOX = "wijkaanpakOpenToolbox"
ACTION_ATLAS = "wijkaanpakExportAtlas"
NORM_COMBO = "wijkaanpakNormCombo"


class WijkaanpakPlugin:
    """Registers the Processing provider and a menu that opens its algorithms."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: WijkaanpakProvider | None = None
        self.actions: list[QAction] = []
        self.translator: QTranslator | None = None
        self.toolbar = None
        self.docks: List[object] = []
        self.wijkprofiel_dock = None
        self.speelplek_dock = None
        self.scenario_dock = None
        self.gap_tool = None
        self.norm_combo: Optional[QComboBox] = None
        self._norm_action: Optional[QAction] = None
        self._gap_message = None
        self._install_translator()

    @staticmethod
    def tr(text: str) -> str:
        """Translate in the context "WijkaanpakPlugin" (where pylupdate5 files self.tr here)."""
        return QCoreApplication.translate("WijkaanpakPlugin", text)

    def _install_translator(self) -> None:
        """Load the Dutch (or other) translation matching QGIS's user locale, if shipped."""
        # as QGIS itself: the profile's language when overridden, else the system's (qgis_process
        # never writes locale/userLocale, so a profile on the system language would stay English)
        settings = QgsSettings()
        locale = str(settings.value("locale/userLocale", "") or "")[:2]
        if str(settings.value("locale/overrideFlag", "")).lower() in ("false", "0"):
            locale = QLocale().name()[:2]
        if not locale or locale == "en":
            return
        qm = i18n_dir() / f"wijkaanpak_{locale}.qm"
        if qm.exists():
            self.translator = QTranslator()
            if self.translator.load(str(qm)):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self) -> None:
        """Called by QGIS (also by qgis_process) to register the algorithms."""
        if self.provider is None:
            self.provider = WijkaanpakProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        self.report_load_failures()
        self.toolbar = self.iface.addToolBar(self.tr("Wijkaanpak"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.toolbar.setToolTip(self.tr("Wijkaanpak: wijkprofiel, playground assessment, gaps"))
        self._add_wijkprofiel_dock()
        self._add_speelplek_dock()
        self._add_gap_tool()
        self._add_scenario_dock()
        self._add_atlas_action()
        self.toolbar.addSeparator()
        self._add_norm_choice()
        toolbox_action = QAction(
            QIcon(str(icon_path())),
            self.tr("Wijkaanpak algorithms…"),
            self.iface.mainWindow(),
        )
        toolbox_action.setObjectName(ACTION_TOOLBOX)
        toolbox_action.triggered.connect(self._open_toolbox)
        self._register(toolbox_action)

    # ------------------------------------------------------------------ toolbar parts

    def _register(self, action: QAction) -> None:
        """Put an action in the plugin menu and on the toolbar, and remember it for unload."""
        self.iface.addPluginToMenu(MENU_NAME, action)
        if self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def _load_failed(self, what: str, error: BaseException) -> None:
        """A dock or tool that cannot load is named; the rest of the plugin works."""
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        QgsMessageLog.logMessage("{}: {}\n{}".format(what, error, details), LOG_TAG, Qgis.Critical)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushWarning(
                "Wijkaanpak",
                self.tr("{} could not be loaded and is left out: {} (details in the log panel).")
                .format(what, error),
            )  # fmt: skip

    def _dock_action(self, dock, name: str, icon: str, text: str, tip: str) -> QAction:
        """A checkable action that shows and hides ``dock`` and follows it when closed."""
        action = QAction(QIcon(str(icon_path(icon))), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.setCheckable(True)
        action.setToolTip(tip)
        action.setChecked(dock.isUserVisible())
        action.toggled.connect(dock.setUserVisible)
        dock.openedStateChanged.connect(action.setChecked)
        return action

    def _add_dock(self, dock) -> None:
        self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
        dock.hide()
        self.docks.append(dock)

    def _add_wijkprofiel_dock(self) -> None:
        what = self.tr("The wijkprofiel dock")
        try:
            from .gui.wijkprofiel_dock import WijkprofielDock

            dock = WijkprofielDock(self.iface)
        except Exception as error:  # noqa: BLE001 - named in the message bar, never fatal
            self._load_failed(what, error)
            return
        self._add_dock(dock)
        self.wijkprofiel_dock = dock
        self._register(
            self._dock_action(
                dock, ACTION_WIJKPROFIEL, "wijkprofiel.svg", self.tr("Wijkprofiel"),
                self.tr("Wijkprofiel: the profile of a wijk, buurt or grid cell (click or search)"),
            )
        )  # fmt: skip

    def _add_speelplek_dock(self) -> None:
        what = self.tr("The playground assessment dock")
        try:
            from .gui.speelplek_dock import SpeelplekDock
        except Exception as error:  # noqa: BLE001 - named in the message bar, never fatal
            self._load_failed(what, error)
            return
        try:
            dock = SpeelplekDock(self.iface)
        except Exception as error:  # noqa: BLE001
            self._load_failed(what, error)
            return
        self._add_dock(dock)
        self.speelplek_dock = dock
        self._register(
            self._dock_action(
                dock, ACTION_SPEELPLEK, "speelplek.svg", self.tr("Speelplek beoordelen"),
                self.tr("Assess a playground: condition, age groups, inclusiveness, inspection"),
            )
        )  # fmt: skip

    def _add_scenario_dock(self) -> None:
        what = self.tr("The scenario dock")
        try:
            from .gui.scenario_dock import ScenarioDock

            dock = ScenarioDock(self.iface)
        except Exception as error:  # noqa: BLE001 - named in the message bar, never fatal
            self._load_failed(what, error)
            return
        self._add_dock(dock)
        self.scenario_dock = dock
        action = self._dock_action(
            dock, ACTION_SCENARIO, "wijkaanpak.svg", self.tr("Scenario"),
            self.tr("Try a place: add, move or remove a playground or meeting place and see who "
                    "comes within the norm or drops out, per area and in the ranking"),
        )  # fmt: skip
        action.setIcon(QgsApplication.getThemeIcon("/mActionCapturePoint.svg"))
        self._register(action)

    def _add_gap_tool(self) -> None:
        what = self.tr("The map tool 'Why is this a gap?'")
        try:
            from .gui.gap_tool import GapMapTool
        except Exception as error:  # noqa: BLE001 - named in the message bar, never fatal
            self._load_failed(what, error)
            return
        try:
            tool = GapMapTool(self.iface.mapCanvas(), self.gap_tool_inputs)
        except Exception as error:  # noqa: BLE001
            self._load_failed(what, error)
            return
        action = QAction(
            QIcon(str(icon_path("gap_tool.svg"))),
            self.tr("Waarom een gat?"),
            self.iface.mainWindow(),
        )
        action.setObjectName(ACTION_GAP_TOOL)
        action.setCheckable(True)
        action.setToolTip(
            self.tr(
                "Why is this a gap? Click a house, address or grid cell: the way to the nearest "
                "suitable playground per age group and to the nearest meeting place, against "
                "the active norm"
            )
        )
        tool.setAction(action)
        action.triggered.connect(self._activate_gap_tool)
        tool.explained.connect(self._show_gap_explanation)
        tool.failed.connect(lambda text: self.iface.messageBar().pushWarning("Wijkaanpak", text))
        self.gap_tool = tool
        self._register(action)

    def _activate_gap_tool(self, checked: bool) -> None:
        canvas = self.iface.mapCanvas()
        if self.gap_tool is None:
            return
        if checked:
            # the project's layers and the active norm as they are now
            self.gap_tool.set_inputs(**self.gap_tool_inputs())
            canvas.setMapTool(self.gap_tool)
        elif canvas.mapTool() is self.gap_tool:
            canvas.unsetMapTool(self.gap_tool)

    def _show_gap_explanation(self, explanation) -> None:
        """The explanation in the message bar, replacing the one of the previous click."""
        bar = self.iface.messageBar()
        text = getattr(explanation, "text", "") or ""
        if bar is None or not text:
            return
        title = self.tr("Why is this a gap?")
        create = getattr(bar, "createMessage", None)
        if not callable(create):  # a bare message bar (tests): just the message
            bar.pushMessage(title, text, Qgis.Info, 0)
            return
        previous = self._gap_message
        if previous is not None:
            try:
                bar.popWidget(previous)
            except RuntimeError:  # already closed by the user
                pass
        self._gap_message = create(title, text)
        bar.pushWidget(self._gap_message, Qgis.Info, 0)

    def gap_tool_inputs(self) -> dict:
        """The layers 'Why is this a gap?' measures with, found in the project by their fields
        (playgrounds and meeting places by the place schema, population: a CBS 100 m grid or
        the reach population output, network: the one line layer if there is exactly one),
        and the active norm (setting ``norm_profile``)."""
        from qgis.core import QgsVectorLayer, QgsWkbTypes

        from .core.norms import norm_profile
        from .core.profile import LEVEL_CELL, area_key, place_kind
        from .settings import WijkaanpakSettings

        found: dict = {}
        lines = []
        active = self.iface.activeLayer() if self.iface is not None else None
        layers = [node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers()]
        if isinstance(active, QgsVectorLayer):
            layers = [active] + [layer for layer in layers if layer is not active]
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
                continue
            names = [f.name() for f in layer.fields()]
            kind = place_kind(names)
            geometry = QgsWkbTypes.geometryType(layer.wkbType())
            if kind == "playground":
                found.setdefault("playground_layer", layer)
            elif kind == "meeting":
                found.setdefault("meeting_layer", layer)
            elif geometry == QgsWkbTypes.LineGeometry:
                lines.append(layer)
            else:
                key = area_key(names)
                grid = key is not None and key.level == LEVEL_CELL
                reach_points = geometry == QgsWkbTypes.PointGeometry and "residents_0_5" in names
                if grid or reach_points:
                    found.setdefault("population_layer", layer)
        if len(lines) == 1:
            found["network_layer"] = lines[0]
        try:
            found["norm_profile"] = norm_profile(WijkaanpakSettings.load().norm_profile)
        except Exception:  # noqa: BLE001 - unknown key: the tool's default norm
            found["norm_profile"] = None
        return found

    def _add_norm_choice(self) -> None:
        """The active walking-distance norm, shared by the docks and the map tool."""
        from .core.norms import load_norm_profiles
        from .settings import WijkaanpakSettings

        try:
            profiles = load_norm_profiles()
        except Exception as error:  # noqa: BLE001
            self._load_failed(self.tr("The list of norms"), error)
            return
        combo = QComboBox(self.iface.mainWindow())
        combo.setObjectName(NORM_COMBO)
        combo.setToolTip(
            self.tr("Active walking-distance norm: used by 'Why is this a gap?' and the docks")
        )
        for key, profile in profiles.items():
            language = ui_language()
            combo.addItem(reach_text(profile.name, language), key)
            combo.setItemData(
                combo.count() - 1, reach_text(profile.describe(), language), Qt.ToolTipRole
            )
        current = combo.findData(WijkaanpakSettings.load().norm_profile)
        combo.setCurrentIndex(max(current, 0))
        combo.currentIndexChanged.connect(self._norm_chosen)
        self.norm_combo = combo
        if self.toolbar is not None:
            self._norm_action = self.toolbar.addWidget(combo)

    def _norm_chosen(self, index: int) -> None:
        from .settings import WijkaanpakSettings

        if self.norm_combo is None or index < 0:
            return
        settings = WijkaanpakSettings.load()
        settings.norm_profile = str(self.norm_combo.itemData(index))
        settings.save()
        canvas = self.iface.mapCanvas()
        if self.gap_tool is not None and canvas.mapTool() is self.gap_tool:
            self.gap_tool.set_inputs(**self.gap_tool_inputs())
        dock = self.wijkprofiel_dock
        if dock is not None and dock.profile() is not None:
            dock.show_area(dock.profile().code)

    def report_load_failures(self) -> str:
        """Tell the user, in the message bar, which algorithms are missing and why.

        Returns the message ("" when every algorithm loaded). The provider has already logged
        each failure with its traceback; this names them where the user looks.
        """
        failures = self.provider.load_failures if self.provider is not None else []
        if not failures:
            return ""
        listed = "; ".join(
            "{} ({})".format(failure.algorithm_name(), failure.missing) for failure in failures
        )
        text = QCoreApplication.translate(
            "WijkaanpakPlugin",
            "{} algorithm(s) could not be loaded and are missing from the Processing Toolbox: "
            "{}. A package that is not installed must be installed into the Python that QGIS "
            "uses (then restart QGIS); details are in the log panel (Wijkaanpak)."
        ).format(len(failures), listed)  # fmt: skip
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.Warning)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushWarning("Wijkaanpak", text)
        return text

    def _add_atlas_action(self) -> None:
        """Wijkatlas exporteren: opens the Export council atlas algorithm's dialog."""
        action = QAction(
            QgsApplication.getThemeIcon("/mActionSaveAsPDF.svg"),
            self.tr("Wijkatlas exporteren"),
            self.iface.mainWindow(),
        )
        action.setObjectName(ACTION_ATLAS)
        action.setToolTip(
            self.tr("Export the council atlas (PDF): cover, overview, a page per area, method")
        )
        action.triggered.connect(self.open_atlas_dialog)
        self._register(action)

    def open_atlas_dialog(self) -> None:
        """The Processing dialog of wijkaanpak:exportatlas (named in the log if it fails)."""
        try:
            import processing

            processing.execAlgorithmDialog("wijkaanpak:exportatlas", {})
        except Exception as error:  # noqa: BLE001 - a missing Processing plugin is named
            self._load_failed(self.tr("Wijkatlas exporteren"), error)

    def _open_toolbox(self) -> None:
        """Show the Processing Toolbox filtered on this plugin's algorithms."""
        try:
            from qgis.utils import plugins

            toolbox = plugins["processing"].toolbox
            toolbox.setVisible(True)
            toolbox.raise_()
            toolbox.searchBox.setText("wijkaanpak")
        except Exception:  # noqa: BLE001 - a convenience only, never fatal
            pass

    def unload(self) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if self.gap_tool is not None:
            if canvas is not None and canvas.mapTool() is self.gap_tool:
                canvas.unsetMapTool(self.gap_tool)
            try:
                self.gap_tool.clear()
            except Exception:  # noqa: BLE001 - the canvas may be gone at exit
                pass
            self.gap_tool.deleteLater()
            self.gap_tool = None
        self._gap_message = None
        for dock in self.docks:
            cleanup = getattr(dock, "cleanup", None)
            if callable(cleanup):
                try:
                    cleanup()
                except Exception:  # noqa: BLE001 - unload must finish
                    pass
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        self.wijkprofiel_dock = None
        self.speelplek_dock = None
        self.scenario_dock = None
        for action in self.actions:
            self.iface.removePluginMenu(MENU_NAME, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        if self.norm_combo is not None:
            self.norm_combo.deleteLater()
            self.norm_combo = None
            self._norm_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
