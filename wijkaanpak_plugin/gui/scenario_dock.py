"""Scenario dock: try a new, moved or removed playground or meeting place and see its effect.

A face (no computation here): the form is ``forms/scenario_dock.ui``; the layers are read
through the shared reach reader (``reach_inputs``), the reach of the existing places comes
from the one core call (``core.reach_analysis.analyse_reach``) and every edit from the
scenario core (``core.scenario``), which updates only the neighbourhood of the changed place.
The toolbar wires it as::

    from .gui.scenario_dock import ScenarioDock
    dock = ScenarioDock(iface)          # QgsDockWidget, objectName "WijkaanpakScenarioDock"
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    ...
    dock.cleanup()                      # on plugin unload

The scenario is a point layer (fields ``action``, ``kind``, ``age_0_5``, ``age_6_11``,
``age_12_17``, ``ref_id``, ``name``; one feature per change to the inventory): a temporary
layer until it is saved as a GeoPackage, which can be reopened and compared with another
scenario. Moving a place that was added in the scenario moves its feature; removing it
deletes the feature. The map tool (``gui.scenario_tool``) turns clicks into edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsMessageLog,
    QgsPointXY,
    QgsProject,
    QgsRendererCategory,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
)

from ..core.indicators import default_definition_path
from ..core.norms import norm_profile
from ..core.profile import area_key
from ..core.reach_analysis import ReachInputs, analyse_reach
from ..core.reach_model import reach_text
from ..core.scenario import (
    ADD,
    AGE_FIELDS,
    MEETING_PLACE,
    MOVE,
    PLAYGROUND,
    REMOVE,
    SCENARIO_FIELDS,
    EditResult,
    NewPlace,
    RankingInput,
    Scenario,
    ScenarioCancelledError,
    ScenarioEdit,
    compare_scenarios,
    edits_from_frame,
    scenario_from_analysis,
)
from ..layer_io import WORKING_CRS, read_features
from ..reach_inputs import (
    guess_population_fields,
    read_areas,
    read_network,
    read_places,
    read_population,
)
from ..settings import WijkaanpakSettings, ui_language
from .layer_combos import layer_filter
from .scenario_tool import ScenarioMapTool

DOCK_OBJECT_NAME = "WijkaanpakScenarioDock"
LOG_TAG = "Wijkaanpak"
FORM_PATH = Path(__file__).resolve().parents[2] / "forms" / "scenario_dock.ui"
FORM_CLASS, _FORM_BASE = uic.loadUiType(str(FORM_PATH))
RESIDENT_GROUPS = ("0-5", "6-11", "12-17", "65+")
#: Fields of the residents' layer that give each point its area when no area layer is chosen.
POPULATION_AREA_FIELDS = ("wijkcode", "buurtcode")
SCENARIO_COLOURS = {ADD: "#009E73", MOVE: "#0072B2", REMOVE: "#D55E00"}
FORM_STYLE = 'QLabel#messageLabel[error="true"] { color: #a93226; }'
#: objectName of the toolbar's active-norm list (plugin.NORM_COMBO).
TOOLBAR_NORM_COMBO = "wijkaanpakNormCombo"


class ScenarioForm(_FORM_BASE, FORM_CLASS):
    """The widgets of ``forms/scenario_dock.ui`` (attributes set by ``setupUi``)."""

    scrollArea: QScrollArea
    layersGroup: QgsCollapsibleGroupBox
    playgroundLayerCombo: QgsMapLayerComboBox
    meetingLayerCombo: QgsMapLayerComboBox
    populationLayerCombo: QgsMapLayerComboBox
    networkLayerCombo: QgsMapLayerComboBox
    areaLayerCombo: QgsMapLayerComboBox
    areaFieldCombo: QgsFieldComboBox
    normLabel: QLabel
    prepareButton: QPushButton
    scenarioGroup: QgsCollapsibleGroupBox
    scenarioLayerCombo: QgsMapLayerComboBox
    newButton: QToolButton
    openButton: QToolButton
    saveButton: QToolButton
    compareCombo: QgsMapLayerComboBox
    compareButton: QToolButton
    editGroup: QgsCollapsibleGroupBox
    addButton: QToolButton
    moveButton: QToolButton
    removeButton: QToolButton
    kindCombo: QComboBox
    age05Check: QCheckBox
    age611Check: QCheckBox
    age1217Check: QCheckBox
    nameEdit: QLineEdit
    effectGroup: QgsCollapsibleGroupBox
    summaryLabel: QLabel
    groupsTable: QTableWidget
    areasTitleLabel: QLabel
    areasTable: QTableWidget
    ranksLabel: QLabel
    compareTable: QTableWidget
    closureGroup: QgsCollapsibleGroupBox
    closureButton: QToolButton
    closureTable: QTableWidget
    messageLabel: QLabel

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)


class ScenarioDock(QgsDockWidget):
    """Layers in, a scenario layer of changes, and after every change its effect in words."""

    def __init__(self, iface, parent=None) -> None:
        main_window = iface.mainWindow() if iface is not None else None
        super().__init__(parent if parent is not None else main_window)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("Scenarios: try a place"))
        self.ui = ScenarioForm(self)
        self.setWidget(self.ui)
        self.base: Optional[Scenario] = None
        self.scenario: Optional[Scenario] = None
        self.last_result: Optional[EditResult] = None
        self.closure: Optional[pd.DataFrame] = None
        self.comparison = None
        self._inputs_key: Optional[tuple] = None
        self._area_names: Dict[object, str] = {}
        self._layer: Optional[QgsVectorLayer] = None
        self._norm_combo: Optional[QComboBox] = None
        self._loading = False
        self.tool = ScenarioMapTool(self.canvas)
        self._build_widgets()
        self._connect()
        self._preselect_layers()

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        ui = self.ui
        ui.setStyleSheet(FORM_STYLE)
        for combo in (ui.playgroundLayerCombo, ui.meetingLayerCombo, ui.populationLayerCombo):
            combo.setFilters(layer_filter("PointLayer", "PolygonLayer"))
        ui.areaLayerCombo.setFilters(layer_filter("PolygonLayer"))
        ui.networkLayerCombo.setFilters(layer_filter("LineLayer"))
        for combo in (ui.scenarioLayerCombo, ui.compareCombo):
            combo.setFilters(layer_filter("PointLayer"))
        for combo, text in (
            (ui.meetingLayerCombo, self.tr("none")),
            (ui.networkLayerCombo, self.tr("none: straight-line")),
            (ui.areaLayerCombo, self.tr("none")),
            (ui.scenarioLayerCombo, self.tr("none")),
            (ui.compareCombo, self.tr("none")),
        ):
            try:  # QGIS 3.20+: a text for the empty entry
                combo.setAllowEmptyLayer(True, text)
            except TypeError:
                combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        ui.populationLayerCombo.setAllowEmptyLayer(True)
        ui.kindCombo.addItem(self.tr("playground"), PLAYGROUND)
        ui.kindCombo.addItem(self.tr("meeting place"), MEETING_PLACE)
        for button, mode in ((ui.addButton, ADD), (ui.moveButton, MOVE), (ui.removeButton, REMOVE)):
            button.setProperty("mode", mode)
        self._setup_table(
            ui.groupsTable,
            [
                self.tr("Age (norm)"),
                self.tr("Newly in"),
                self.tr("Out"),
                self.tr("Within now"),
            ],
        )
        self._setup_table(
            ui.areasTable, [self.tr("Area"), self.tr("Residents"), self.tr("Before → after")]
        )
        self._setup_table(
            ui.compareTable,
            [
                self.tr("Residents"),
                self.tr("This scenario"),
                self.tr("Other"),
                self.tr("Difference"),
            ],
        )
        self._setup_table(
            ui.closureTable,
            [self.tr("Place"), self.tr("If it closed"), self.tr("Total")],
        )
        ui.closureTable.horizontalHeaderItem(1).setToolTip(
            self.tr("Residents who would fall outside the norm: the ones this place serves alone")
        )
        for column, tip in (
            (1, self.tr("Residents who come within the norm with this change")),
            (2, self.tr("Residents who drop out of the norm with this change")),
            (3, self.tr("Residents within the norm after the change, and their share")),
        ):
            ui.groupsTable.horizontalHeaderItem(column).setToolTip(tip)
        for box in (ui.scenarioGroup, ui.editGroup, ui.effectGroup):
            box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        ui.closureTable.setWordWrap(True)
        ui.closureTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for label in (ui.summaryLabel, ui.areasTitleLabel, ui.ranksLabel, ui.messageLabel):
            label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        ui.closureTable.setSortingEnabled(True)
        ui.compareTable.hide()
        ui.areasTable.hide()
        ui.areasTitleLabel.hide()
        ui.messageLabel.hide()
        self._show_norm()
        self._set_editing_enabled(False)

    def _setup_table(self, table: QTableWidget, headers: List[str]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def _connect(self) -> None:
        ui = self.ui
        ui.prepareButton.clicked.connect(self.prepare)
        ui.areaLayerCombo.layerChanged.connect(self._on_area_layer)
        ui.newButton.clicked.connect(self.new_scenario)
        ui.openButton.clicked.connect(self._on_open)
        ui.saveButton.clicked.connect(self._on_save)
        ui.compareButton.clicked.connect(self._on_compare)
        ui.scenarioLayerCombo.layerChanged.connect(self._on_scenario_layer)
        for button in (ui.addButton, ui.moveButton, ui.removeButton):
            button.toggled.connect(self._on_mode_button)
        ui.kindCombo.currentIndexChanged.connect(self._on_kind)
        ui.closureButton.clicked.connect(self.compute_closure)
        ui.closureTable.itemSelectionChanged.connect(self._on_closure_selection)
        self.tool.add_requested.connect(self.add_at)
        self.tool.move_requested.connect(self.move_from_to)
        self.tool.remove_requested.connect(self.remove_at)
        self.canvas.mapToolSet.connect(self._on_map_tool_set)
        self.visibilityChanged.connect(self._on_visibility)

    def _preselect_layers(self) -> None:
        """Playgrounds, meeting places and residents by their fields (the place schema, a
        CBS grid or the reach output's residents)."""
        from ..core.profile import place_kind

        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            names = layer.fields().names()
            kind = place_kind(names)
            if kind == "playground" and self.ui.playgroundLayerCombo.currentLayer() is None:
                self.ui.playgroundLayerCombo.setLayer(layer)
            elif kind == "meeting" and self.ui.meetingLayerCombo.currentLayer() is None:
                self.ui.meetingLayerCombo.setLayer(layer)
            elif any(guess_population_fields(names)) and "action" not in names:
                if self.ui.populationLayerCombo.currentLayer() is None:
                    self.ui.populationLayerCombo.setLayer(layer)

    def _on_visibility(self, visible: bool) -> None:
        """Opened: layers added since are looked at, and the active norm is shown."""
        if visible:
            self._preselect_layers()
            self._show_norm()
            self._toolbar_norm_combo()
            return
        try:
            if self.canvas.mapTool() is self.tool:
                self.canvas.unsetMapTool(self.tool)
        except RuntimeError:  # QGIS is closing: the canvas is gone
            pass

    def _toolbar_norm_combo(self):
        """The toolbar's active-norm list (made after this dock), followed once found."""
        if self._norm_combo is None and self.iface is not None:
            window = self.iface.mainWindow()
            found = window.findChild(QComboBox, TOOLBAR_NORM_COMBO) if window else None
            if found is not None:
                self._norm_combo = found
                found.currentIndexChanged.connect(self._on_active_norm)
                found.destroyed.connect(self._forget_norm_combo)
        return self._norm_combo

    def _forget_norm_combo(self, *_args) -> None:
        self._norm_combo = None

    def _on_active_norm(self, *_args) -> None:
        """Another norm chosen on the toolbar: the figures are measured against it again."""
        self._show_norm()
        if self.base is not None and self._inputs_key != self._key():
            self.prepare()

    def _on_area_layer(self, layer) -> None:
        self.ui.areaFieldCombo.setLayer(layer)
        if layer is not None:
            key = area_key(layer.fields().names())
            if key is not None:
                self.ui.areaFieldCombo.setField(key.code_field)

    def _show_norm(self) -> None:
        norm = self._norm()
        self.ui.normLabel.setText(reach_text(norm.describe(), ui_language()))
        self.ui.normLabel.setToolTip(self.tr("The plugin's active norm (toolbar)"))

    def _norm(self):
        key = WijkaanpakSettings.load().norm_profile
        try:
            return norm_profile(key)
        except Exception:  # noqa: BLE001 - an unknown key: the plugin's default
            return norm_profile("midden_drenthe_2011")

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (
            self.ui.addButton,
            self.ui.moveButton,
            self.ui.removeButton,
            self.ui.closureButton,
            self.ui.compareButton,
            self.ui.saveButton,
        ):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------------ the base

    def _key(self) -> tuple:
        ui = self.ui
        layers = (
            ui.playgroundLayerCombo.currentLayer(),
            ui.meetingLayerCombo.currentLayer(),
            ui.populationLayerCombo.currentLayer(),
            ui.networkLayerCombo.currentLayer(),
            ui.areaLayerCombo.currentLayer(),
        )
        return tuple(None if lyr is None else lyr.id() for lyr in layers) + (
            ui.areaFieldCombo.currentField(),
            WijkaanpakSettings.load().norm_profile,
        )

    def prepare(self) -> bool:
        """Read the layers and compute the reach of the existing places (once; again when a
        layer or the norm changes). Then the scenario layer's changes are applied."""
        ui = self.ui
        self._show_norm()
        playgrounds = ui.playgroundLayerCombo.currentLayer()
        population = ui.populationLayerCombo.currentLayer()
        if playgrounds is None or population is None:
            self._message(self.tr("Choose a playground layer and a residents' layer."), True)
            return False
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            inputs, ranking_frame = self._read_inputs()
            analysis = analyse_reach(inputs)
            ranking = None
            if ranking_frame is not None:
                ranking = RankingInput(
                    ranking_frame,
                    default_definition_path(),
                    population="aantal_inwoners" if "aantal_inwoners" in ranking_frame else None,
                )
            self.base = scenario_from_analysis(analysis, ranking=ranking, name="base")
            if ranking is not None:
                try:
                    self.base.ranks()
                except Exception as error:  # noqa: BLE001 - no ranking, the rest works
                    self._log(error)
                    self.base.ranking = None
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            self._log(error)
            self.base = None
            self._message(self.tr("The scenario cannot start: {}").format(error), True)
            self._set_editing_enabled(False)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._inputs_key = self._key()
        self.closure = None
        ui.closureTable.setRowCount(0)
        self._set_editing_enabled(True)
        self._message(
            self.tr("Ready: {} residents' points, {} places ({}).").format(
                self.base.n_points, self.base.n_places, self.base.model.distance_type
            )
        )
        self._load_scenario_layer()
        return True

    def _read_inputs(self):
        ui = self.ui
        population = ui.populationLayerCombo.currentLayer()
        counts, bands = guess_population_fields(population.fields().names())
        area_layer = ui.areaLayerCombo.currentLayer()
        area_field = ui.areaFieldCombo.currentField() if area_layer is not None else ""
        own_area = ""
        if area_layer is None or not area_field:
            names = population.fields().names()
            own_area = next((f for f in POPULATION_AREA_FIELDS if f in names), "")
        pop = read_population(
            population, counts, bands, area_field=own_area, label=population.name(),
            layer=None if population.isEditable() else population,
        )  # fmt: skip
        playgrounds = ui.playgroundLayerCombo.currentLayer()
        play = read_places(playgrounds, self.tr("playgrounds"), label=playgrounds.name())
        meeting_layer = ui.meetingLayerCombo.currentLayer()
        meet = None
        if meeting_layer is not None:
            meet = read_places(meeting_layer, self.tr("meeting places"), label=meeting_layer.name())
        network_layer = ui.networkLayerCombo.currentLayer()
        network = None
        if network_layer is not None:
            network = read_network(network_layer, label=network_layer.name())
        areas = None
        ranking_frame = None
        self._area_names = {}
        if area_layer is not None and area_field:
            areas = read_areas(area_layer, area_field, label=area_layer.name())
            table = read_features(area_layer, None, label=area_layer.name())
            frame = table.frame.drop_duplicates(subset=[area_field]).set_index(area_field)
            frame = frame.reindex(areas.codes)
            key = area_key(area_layer.fields().names())
            if key is not None and key.name_field and key.name_field in frame:
                self._area_names = {
                    code: str(name)
                    for code, name in frame[key.name_field].items()
                    if name is not None and not pd.isna(name)
                }
            ranking_frame = frame.reset_index()
        inputs = ReachInputs(
            population=pop,
            playgrounds=play,
            norm=self._norm(),
            meeting_places=meet,
            areas=areas,
            network=network,
        )
        return inputs, ranking_frame

    def _ready(self) -> bool:
        if self.base is None or self._inputs_key != self._key():
            return self.prepare()
        return True

    # ------------------------------------------------------------------ the scenario layer

    def new_scenario(self) -> QgsVectorLayer:
        """A new, empty scenario: a temporary point layer in the project, chosen here."""
        fields = "&".join(
            "field={}:{}".format(name, "integer" if kind == "Int" else "string")
            for name, kind in SCENARIO_FIELDS
        )
        count = 1 + sum(
            1 for lyr in QgsProject.instance().mapLayers().values() if _is_scenario_layer(lyr)
        )
        layer = QgsVectorLayer(
            "Point?crs=EPSG:28992&" + fields, self.tr("Scenario {}").format(count), "memory"
        )
        _style_scenario_layer(layer)
        QgsProject.instance().addMapLayer(layer)
        self.ui.scenarioLayerCombo.setLayer(layer)
        return layer

    def open_scenario(self, path: str) -> Optional[QgsVectorLayer]:
        """Add a saved scenario (GeoPackage) to the project and make it the scenario."""
        layer = QgsVectorLayer(str(path), Path(path).stem, "ogr")
        if not layer.isValid() or not _is_scenario_layer(layer):
            self._message(
                self.tr("'{}' is not a scenario layer (it needs the fields action and kind).")
                .format(path), True,
            )  # fmt: skip
            return None
        _style_scenario_layer(layer)
        QgsProject.instance().addMapLayer(layer)
        self.ui.scenarioLayerCombo.setLayer(layer)
        return layer

    def save_scenario(self, path: str) -> Optional[QgsVectorLayer]:
        """Write the scenario layer to a GeoPackage and go on with the saved layer."""
        layer = self._layer
        if layer is None:
            return None
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "scenario"
        write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
        if write is None:  # before QGIS 3.20
            write = QgsVectorFileWriter.writeAsVectorFormatV2
        result = write(layer, str(path), QgsCoordinateTransformContext(), options)
        if result[0] != QgsVectorFileWriter.NoError:
            self._message(self.tr("The scenario could not be saved: {}").format(result[1]), True)
            return None
        saved = QgsVectorLayer(str(path) + "|layername=scenario", layer.name(), "ogr")
        _style_scenario_layer(saved)
        QgsProject.instance().addMapLayer(saved)
        self._loading = True
        try:
            self.ui.scenarioLayerCombo.setLayer(saved)
            self._follow(saved)
        finally:
            self._loading = False
        self._message(self.tr("Saved as {}.").format(path))
        return saved

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a scenario"), "", self.tr("GeoPackage (*.gpkg)")
        )
        if path:
            self.open_scenario(path)

    def _on_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the scenario"), "", self.tr("GeoPackage (*.gpkg)")
        )
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.save_scenario(path)

    def _on_scenario_layer(self, layer) -> None:
        if self._loading:
            return
        self._follow(layer if layer is not None and _is_scenario_layer(layer) else None)
        if self.base is not None:
            self._load_scenario_layer()

    def _follow(self, layer) -> None:
        """The scenario layer; edits saved in it by hand (attribute table, editing tools)
        are applied again when they are committed."""
        old = self._layer
        if old is not None:
            try:
                old.afterCommitChanges.disconnect(self._load_scenario_layer)
            except (TypeError, RuntimeError):
                pass
        self._layer = layer
        if layer is not None:
            layer.afterCommitChanges.connect(self._load_scenario_layer)

    def _scenario_edits(self, layer) -> List[ScenarioEdit]:
        table = read_features(layer, None, label=layer.name())
        if not len(table):
            return []
        order = np.argsort(table.fids, kind="stable")
        frame = table.frame.iloc[order].reset_index(drop=True)
        return edits_from_frame(frame, table.xy[order], table.fids[order])

    def _load_scenario_layer(self) -> None:
        """Apply the changes of the chosen scenario layer to the existing places."""
        if self.base is None:
            return
        layer = self._layer
        self.scenario = self.base.fresh(layer.name() if layer is not None else "scenario")
        self.closure = None
        if layer is None:
            self.show_result(None)
            return
        try:
            edits = self._scenario_edits(layer)
            result = self.scenario.apply_all(edits)
        except Exception as error:  # noqa: BLE001
            self._log(error)
            self.scenario = self.base.fresh(layer.name())
            self._message(self.tr("Scenario '{}': {}").format(layer.name(), error), True)
            return
        self.show_result(result, whole=True)

    def _ensure_layer(self) -> QgsVectorLayer:
        if self._layer is None:
            self.new_scenario()
        return self._layer

    # ------------------------------------------------------------------ edits

    def _on_mode_button(self, checked: bool) -> None:
        button = self.sender()
        if checked:
            for other in (self.ui.addButton, self.ui.moveButton, self.ui.removeButton):
                if other is not button:
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
            if not self._ready():
                button.setChecked(False)
                return
            self.tool.set_mode(button.property("mode"))
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool and not any(
            b.isChecked() for b in (self.ui.addButton, self.ui.moveButton, self.ui.removeButton)
        ):
            self.canvas.unsetMapTool(self.tool)

    def _on_map_tool_set(self, new_tool, _old=None) -> None:
        if new_tool is not self.tool:
            for button in (self.ui.addButton, self.ui.moveButton, self.ui.removeButton):
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)

    def _on_kind(self, *_args) -> None:
        playground = self.ui.kindCombo.currentData() == PLAYGROUND
        for check in (self.ui.age05Check, self.ui.age611Check, self.ui.age1217Check):
            check.setEnabled(playground)

    def set_mode(self, mode: str) -> None:
        """Choose add / move / remove (as the buttons do) and make the tool active."""
        button = {ADD: self.ui.addButton, MOVE: self.ui.moveButton, REMOVE: self.ui.removeButton}
        button[mode].setChecked(True)

    def candidate_ages(self) -> tuple:
        checks = {
            "0-5": self.ui.age05Check,
            "6-11": self.ui.age611Check,
            "12-17": self.ui.age1217Check,
        }
        return tuple(g for g, check in checks.items() if check.isChecked())

    def add_at(self, x: float, y: float) -> Optional[EditResult]:
        """A new place of the chosen kind (and age groups) at (x, y), EPSG:28992."""
        if not self._ready():
            return None
        kind = self.ui.kindCombo.currentData()
        ages = self.candidate_ages() if kind == PLAYGROUND else ()
        edit = ScenarioEdit(ADD, kind, (x, y), ages, None, self.ui.nameEdit.text().strip())
        try:
            self.scenario.check(edit)
        except Exception as error:  # noqa: BLE001
            self._message(self._words_error(error), True)
            return None
        layer = self._ensure_layer()
        fid = self._write(layer, None, edit)
        edit.key = fid
        return self._apply(edit)

    def move_from_to(self, x0: float, y0: float, x1: float, y1: float) -> Optional[EditResult]:
        """The place nearest to (x0, y0) (within a few pixels) moves to (x1, y1)."""
        if not self._ready():
            return None
        place = self.scenario.nearest_place((x0, y0), self.tool.pick_tolerance())
        if place < 0:
            self._message(
                self.tr("No place there: click on a place first, then where it goes."), True
            )
            return None
        layer = self._ensure_layer()
        kind = self.scenario.place_kind_of(place)
        new = self._added_key(place)
        if new is not None:  # a place of this scenario: its feature moves
            edit = ScenarioEdit(MOVE, kind, (x1, y1), ref=NewPlace(new))
            self._move_feature(layer, new, x1, y1)
        else:
            ref = self.scenario.place_id(place)
            edit = ScenarioEdit(
                MOVE, kind, (x1, y1), ref=ref, name=self.scenario.place_label(place) or ""
            )
            fid = self._feature_about(layer, ref, kind)
            edit.key = self._write(layer, fid, edit)
        return self._apply(edit)

    def remove_at(self, x: float, y: float) -> Optional[EditResult]:
        """The place nearest to (x, y) (within a few pixels) closes."""
        if not self._ready():
            return None
        place = self.scenario.nearest_place((x, y), self.tool.pick_tolerance())
        if place < 0:
            self._message(self.tr("No place there: click on the place that would close."), True)
            return None
        layer = self._ensure_layer()
        kind = self.scenario.place_kind_of(place)
        new = self._added_key(place)
        if new is not None:  # a place of this scenario: its feature goes
            edit = ScenarioEdit(REMOVE, kind, ref=NewPlace(new))
            layer.dataProvider().deleteFeatures([int(new)])
            layer.triggerRepaint()
        else:
            ref = self.scenario.place_id(place)
            model = self.base.model
            where = model.places_xy[ref_index(self.base, ref, kind)]
            edit = ScenarioEdit(
                REMOVE, kind, (float(where[0]), float(where[1])), ref=ref,
                name=self.scenario.place_label(place) or "",
            )  # fmt: skip
            fid = self._feature_about(layer, ref, kind)
            edit.key = self._write(layer, fid, edit)
        return self._apply(edit)

    def _apply(self, edit: ScenarioEdit) -> Optional[EditResult]:
        try:
            result = self.scenario.apply(edit)
        except Exception as error:  # noqa: BLE001
            self._log(error)
            self._message(self._words_error(error), True)
            self._load_scenario_layer()
            return None
        self.closure = None
        self.show_result(result)
        return result

    def _added_key(self, place: int):
        """The scenario feature of a place added in this scenario (None: an existing place)."""
        if place < self.scenario.m:
            return None
        cand = self.scenario.candidates[place - self.scenario.m]
        return None if cand.moved_from >= 0 else cand.key

    def _feature_about(self, layer, ref, kind) -> Optional[int]:
        """The scenario feature that already moves or removes an existing place."""
        if not len(self.scenario.edits):
            return None
        table = read_features(layer, ["action", "kind", "ref_id"], label=layer.name())
        frame = table.frame
        hit = (frame["ref_id"] == ref) & (frame["kind"] == kind) & (frame["action"] != ADD)
        return int(table.fids[hit.to_numpy()][0]) if hit.any() else None

    def _write(self, layer, fid: Optional[int], edit: ScenarioEdit) -> int:
        """Write one change into the scenario layer (a new feature, or feature ``fid``)."""
        values = {
            "action": edit.action,
            "kind": edit.kind,
            "ref_id": None if edit.ref is None or isinstance(edit.ref, NewPlace) else edit.ref,
            "name": edit.name or None,
        }
        for group, name in AGE_FIELDS.items():
            values[name] = int(group in edit.ages) if edit.action == ADD else None
        provider = layer.dataProvider()
        fields = layer.fields()
        geometry = QgsGeometry.fromPointXY(QgsPointXY(*edit.xy)) if edit.xy else QgsGeometry()
        if fid is None:
            feature = QgsFeature(fields)
            for name, value in values.items():
                feature[name] = value
            feature.setGeometry(geometry)
            ok, added = provider.addFeatures([feature])
            layer.updateExtents()
            layer.triggerRepaint()
            return int(added[0].id())
        changes = {fields.indexOf(name): value for name, value in values.items()}
        provider.changeAttributeValues({fid: changes})
        provider.changeGeometryValues({fid: geometry})
        layer.triggerRepaint()
        return fid

    def _move_feature(self, layer, fid, x: float, y: float) -> None:
        layer.dataProvider().changeGeometryValues(
            {int(fid): QgsGeometry.fromPointXY(QgsPointXY(x, y))}
        )
        layer.triggerRepaint()

    # ------------------------------------------------------------------ comparing

    def _on_compare(self) -> None:
        self.compare(self.ui.compareCombo.currentLayer())

    def compare(self, other_layer) -> Optional[tuple]:
        """This scenario beside another scenario layer: residents within the norm per age
        group in both, the difference, and the areas whose rank differs."""
        if other_layer is None or not self._ready() or self.scenario is None:
            return None
        try:
            other = self.base.fresh(other_layer.name())
            other.apply_all(self._scenario_edits(other_layer))
        except Exception as error:  # noqa: BLE001
            self._message(self.tr("Scenario '{}': {}").format(other_layer.name(), error), True)
            return None
        totals, areas = compare_scenarios(self.scenario.figures(), other.figures())
        self.comparison = (totals, areas)
        table = self.ui.compareTable
        table.setHorizontalHeaderLabels(
            [self.tr("Residents"), self.scenario.name, other.name, self.tr("Difference")]
        )
        table.setRowCount(len(totals))
        for row, record in enumerate(totals.itertuples()):
            cells = [
                self._group_words(record.group),
                _count(record.within_a),
                _count(record.within_b),
                _signed(record.difference),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, column > 0))
        _fit_rows(table)
        table.show()
        ranks = areas.attrs.get("ranks")
        if ranks is not None and len(ranks):
            moved = ", ".join(
                self.tr("{}: {:g} → {:g}").format(self._area_words(r.area), r.rank_a, r.rank_b)
                for r in ranks.itertuples()
            )
            self.ui.ranksLabel.setText(
                self.tr("Rank for the next integrated approach differs: {}").format(moved)
            )
        return totals, areas

    # ------------------------------------------------------------------ closure impact

    def compute_closure(self) -> Optional[pd.DataFrame]:
        """Per place of the scenario the residents who would fall outside the norm if it
        closed, most first."""
        if not self._ready() or self.scenario is None:
            return None
        dialog = QProgressDialog(
            self.tr("Which place matters most? Trying each place's closure…"),
            self.tr("Cancel"),
            0,
            100,
            self,
        )
        dialog.setWindowTitle(self.tr("Scenario"))
        dialog.setMinimumDuration(800)  # shown only when it takes a while (a network)

        def progress(fraction: float) -> bool:
            dialog.setValue(int(100 * fraction))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            frame = self.scenario.closure_impact(progress=progress)
        except ScenarioCancelledError:
            self._message(self.tr("Stopped: the closure impact was not computed."))
            return None
        finally:
            QApplication.restoreOverrideCursor()
            dialog.close()
            dialog.deleteLater()
        frame = frame.sort_values("lost_total", ascending=False, kind="stable")
        self.closure = frame.reset_index(drop=True)
        table = self.ui.closureTable
        table.setSortingEnabled(False)
        table.setRowCount(len(frame))
        columns = {
            "0-5": "lost_0_5",
            "6-11": "lost_6_11",
            "12-17": "lost_12_17",
            "65+": "lost_65plus",
        }
        for row, record in enumerate(self.closure.to_dict("records")):
            label = QTableWidgetItem(self._place_words(int(record["place"])))
            label.setData(Qt.UserRole, int(record["place"]))
            label.setToolTip(label.text())
            table.setItem(row, 0, label)
            parts = [
                self.tr("{} {}").format(_count(record[name]), self._group_words(group))
                for group, name in columns.items()
                if name in record and record[name] > 0
            ]
            table.setItem(row, 1, QTableWidgetItem("; ".join(parts) or self.tr("nobody")))
            total = QTableWidgetItem()
            total.setData(Qt.DisplayRole, float(round(record["lost_total"], 1)))
            total.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
            table.setItem(row, 2, total)
        table.setSortingEnabled(True)
        table.sortItems(2, Qt.DescendingOrder)
        table.resizeRowsToContents()
        table.setMinimumHeight(min(12, max(len(frame), 3)) * 26 + 30)
        self.ui.closureGroup.setCollapsed(False)
        return self.closure

    def _on_closure_selection(self) -> None:
        items = self.ui.closureTable.selectedItems()
        if not items or self.scenario is None:
            return
        row = items[0].row()
        place = self.ui.closureTable.item(row, 0).data(Qt.UserRole)
        if place is None:
            return
        x, y = self.scenario.place_xy(int(place))
        self.canvas.setCenter(self._to_canvas(x, y))
        self.canvas.refresh()

    def _to_canvas(self, x: float, y: float) -> QgsPointXY:
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(
            WORKING_CRS, self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        return transform.transform(QgsPointXY(x, y))

    # ------------------------------------------------------------------ words

    def _group_words(self, group: str) -> str:
        return {
            "0-5": self.tr("children 0–5"),
            "6-11": self.tr("children 6–11"),
            "12-17": self.tr("young people 12–17"),
            "65+": self.tr("residents 65+"),
        }.get(group, group)

    def _kind_words(self, kind: str) -> str:
        return self.tr("meeting place") if kind == MEETING_PLACE else self.tr("playground")

    def _place_words(self, place: int) -> str:
        """A place in words: its name, else what it is and the area it is in or near."""
        kind = self._kind_words(self.scenario.place_kind_of(place))
        name = self.scenario.place_label(place)
        if name:
            return self.tr("{} '{}'").format(kind, name)
        near = self._area_near(self.scenario.place_xy(place))
        if near:
            return self.tr("{} without a name, near {}").format(kind, near)
        return self.tr("{} without a name").format(kind)

    def _area_near(self, xy) -> str:
        s = self.scenario
        if s.population_area is None or not len(s.area_labels):
            return ""
        d = np.hypot(s.xy[:, 0] - xy[0], s.xy[:, 1] - xy[1])
        area = int(s.population_area[int(np.argmin(d))])
        return self._area_words(s.area_labels[area]) if area >= 0 else ""

    def _area_words(self, code) -> str:
        name = self._area_names.get(code)
        return "{} ({})".format(name, code) if name else str(code)

    def _edit_words(self, result: EditResult) -> str:
        edit = result.edit
        what = self._place_words(result.place) if result.place >= 0 else ""
        if edit.action == ADD:
            ages = ", ".join(g.replace("-", "–") for g in edit.ages)
            text = self.tr("New {}").format(what)
            if ages:
                text += self.tr(" for {}").format(ages)
        elif edit.action == MOVE:
            text = self.tr("Moved: {}").format(what)
        else:
            text = self.tr("Closed: {}").format(what)
        if not result.snapped:
            text += self.tr(" — too far from the street network: it serves nobody")
        return text

    def _words_error(self, error: Exception) -> str:
        return self.tr("This change cannot be made: {}").format(error)

    # ------------------------------------------------------------------ showing

    def show_result(self, result: Optional[EditResult], whole: bool = False) -> None:
        """The effect of one change (or of the whole scenario against the existing places)
        in the dock: a sentence, residents per age group, areas, ranks."""
        self.last_result = result
        ui = self.ui
        ui.compareTable.hide()
        if result is None:
            ui.summaryLabel.setText(
                self.tr("No changes yet: choose Add, Move or Remove and click on the map.")
            )
            ui.groupsTable.setRowCount(0)
            ui.areasTable.hide()
            ui.areasTitleLabel.hide()
            ui.ranksLabel.setText("")
            return
        if whole:
            title = self.tr("Scenario '{}' ({} changes) against the existing places:").format(
                self.scenario.name, len(self.scenario.edits)
            )
        else:
            title = self._edit_words(result) + ":"
        lines = [title]
        for group in RESIDENT_GROUPS:
            change = result.groups.get(group)
            if change is None or not (change.newly_within or change.dropping_out):
                continue
            lines.append(
                self.tr("{}: {} newly within {:g} m, {} drop out.").format(
                    self._group_words(group).capitalize(),
                    _count(change.newly_within),
                    change.norm_m,
                    _count(change.dropping_out),
                )
            )
        if len(lines) == 1:
            lines.append(self.tr("Nobody comes within the norm or drops out of it."))
        ui.summaryLabel.setText("\n".join(lines))

        table = ui.groupsTable
        shown = [g for g in RESIDENT_GROUPS if g in result.groups]
        table.setRowCount(len(shown))
        for row, group in enumerate(shown):
            c = result.groups[group]
            share = c.within_after / c.residents if c.residents > 0 else float("nan")
            cells = [
                self.tr("{} ({:g} m)").format(group.replace("-", "–"), c.norm_m),
                _count(c.newly_within),
                _count(c.dropping_out),
                "{} ({})".format(_count(c.within_after), _percent(share)),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, column > 0))
        _fit_rows(table)

        areas = result.areas
        if len(areas):
            t = ui.areasTable
            t.setRowCount(len(areas))
            for row, record in enumerate(areas.itertuples()):
                cells = [
                    self._area_words(record.area),
                    self._group_words(record.group),
                    "{} → {}".format(_percent(record.share_before), _percent(record.share_after)),
                ]
                for column, text in enumerate(cells):
                    t.setItem(row, column, _item(text, column > 1))
            _fit_rows(t)
            t.show()
            ui.areasTitleLabel.show()
        else:
            ui.areasTable.hide()
            ui.areasTitleLabel.hide()
        if result.ranks is None:
            ui.ranksLabel.setText("")
        elif len(result.ranks):
            moved = "; ".join(
                self.tr("{}: {:g} → {:g}").format(
                    self._area_words(r.area), r.rank_before, r.rank_after
                )
                for r in result.ranks.itertuples()
            )
            ui.ranksLabel.setText(
                self.tr("Ranking for the next integrated approach changes: {}").format(moved)
            )
        else:
            ui.ranksLabel.setText(self.tr("No area changes rank."))
        ui.messageLabel.hide()

    def summary_text(self) -> str:
        return self.ui.summaryLabel.text()

    def _message(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    def message_text(self) -> str:
        return "" if self.ui.messageLabel.isHidden() else self.ui.messageLabel.text()

    @staticmethod
    def _log(error: Exception) -> None:
        QgsMessageLog.logMessage("Scenario dock: {}".format(error), LOG_TAG, Qgis.Warning)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        super().closeEvent(event)

    def cleanup(self) -> None:
        """Leave the canvas as it was (the plugin calls this on unload)."""
        self._follow(None)
        if self._norm_combo is not None:
            try:
                self._norm_combo.currentIndexChanged.disconnect(self._on_active_norm)
            except (TypeError, RuntimeError):
                pass
            self._norm_combo = None
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.tool.forget_first()
        for signal, slot in (
            (self.canvas.mapToolSet, self._on_map_tool_set),
            (self.visibilityChanged, self._on_visibility),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass


def ref_index(scenario: Scenario, ref, kind: str) -> int:
    """The index of an existing place by its id and kind."""
    ids = scenario.model.place_ids
    hit = np.nonzero((ids == ref) & (scenario.place_kind == kind))[0]
    return int(hit[0])


def _is_scenario_layer(layer) -> bool:
    if not isinstance(layer, QgsVectorLayer):
        return False
    names = set(layer.fields().names())
    return {"action", "kind", "ref_id"} <= names


def _style_scenario_layer(layer: QgsVectorLayer) -> None:
    """Green: new, blue: moved, red cross: closed."""
    categories = []
    for action, colour, shape, label in (
        (ADD, SCENARIO_COLOURS[ADD], "circle", "new"),
        (MOVE, SCENARIO_COLOURS[MOVE], "diamond", "moved"),
        (REMOVE, SCENARIO_COLOURS[REMOVE], "cross2", "closed"),
    ):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": shape, "color": colour, "outline_color": "#ffffff", "size": "4.2"}
        )
        if action == REMOVE:
            symbol = QgsMarkerSymbol.createSimple(
                {"name": shape, "color": colour, "outline_color": colour, "size": "5",
                 "outline_width": "0.8"}
            )  # fmt: skip
        categories.append(QgsRendererCategory(action, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("action", categories))


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
    return item


def _fit_rows(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    height = max(header.height(), header.sizeHint().height())
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + rows + 2 * table.frameWidth() + 2)


def _count(value: float) -> str:
    """Residents: whole numbers as they are, split counts rounded with '≈'."""
    if abs(value - round(value)) < 1e-9:
        return "{:,.0f}".format(value)
    return "≈ {:,.0f}".format(value)


def _signed(value: float) -> str:
    text = _count(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def _percent(value: float) -> str:
    if value is None or not np.isfinite(value):
        return "—"
    return "{:.0f}%".format(100.0 * value)
