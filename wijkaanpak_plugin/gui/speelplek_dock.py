"""Playground assessment dock: pick a playground, assess it, see who it serves.

A face (no computation here): the form is ``forms/speelplek_dock.ui`` (loaded at run time),
values are checked and turned into attributes by :mod:`..core.assessment`, the children
counts and catchments come from the reach core, layers are read through
:mod:`..layer_io`. The toolbar wires it as::

    from .gui.speelplek_dock import SpeelplekDock
    dock = SpeelplekDock(iface)          # QgsDockWidget, objectName "WijkaanpakSpeelplekDock"
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    ...
    dock.cleanup()                       # on plugin unload: rubber bands and map tool gone

Writing. *Apply* writes the assessment into the layer's edit buffer inside one edit command
(``beginEditCommand`` … ``endEditCommand``), so Ctrl+Z / the layer's undo stack undoes it;
the layer is put in edit mode when needed and left there. *Save layer* commits
(``commitChanges``) and shows the provider's errors when that fails (the edits stay in the
buffer). Before it commits, :mod:`.save_conflict` checks whether someone else saved the same
playgrounds meanwhile and lets the planner choose; a PostGIS layer is saved all rows or none,
and a lost connection or a read-only database user is said in words (docs/postgis.md).
Edits that are applied but not saved keep the layer modified, so QGIS asks to save
them when the project or QGIS is closed. Values typed but not applied are not lost when QGIS
quits: closing the main window applies them first (so QGIS's own unsaved-edits prompt covers
them), and an exit blocker asks about any left (Ctrl+Q); see
:meth:`SpeelplekDock.settle_before_quit`. Fields an assessment needs and the layer lacks are
added only after the planner agrees ("Add the missing fields …?"), into the edit buffer too.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsGeometry,
    QgsMessageLog,
    QgsPointXY,
    QgsProject,
    QgsSettings,
    QgsVectorDataProvider,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDateEdit,
    QgsDockWidget,
    QgsFilterLineEdit,
    QgsMapLayerComboBox,
    QgsMapToolIdentifyFeature,
    QgsRubberBand,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QEvent, QLocale, Qt, QTimer, QVariant
from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from ..core.assessment import (
    AGE_FIELDS,
    ANSWER_NO,
    ANSWER_PARTLY,
    ANSWER_YES,
    AssessmentProblem,
    changed_attributes,
    checklist_summary,
    form_values,
    load_checklist,
    missing_fields,
    parse_assessment,
    playground_catchments,
    playground_filter,
)
from ..core.norms import AGE_GROUPS, COLUMN_SUFFIX, load_norm_profiles
from ..core.population import BAND_0_14, BAND_15_24
from ..core.reach_analysis import PLAYGROUND, ReachAnalysis, ReachInputs, analyse_reach
from ..core.reach_model import reach_text
from ..layer_io import WORKING_CRS, polygon_rings, read_features, wkb_geometries
from ..reach_inputs import guess_population_fields, read_network, read_places, read_population
from ..settings import WijkaanpakSettings, ui_language
from .layer_combos import layer_filter
from .save_conflict import SaveConflictDialog, SaveGuard, read_only_text, save_failure_text

try:  # QGIS 3.16+
    from qgis.gui import QgsApplicationExitBlockerInterface
except ImportError:  # pragma: no cover
    QgsApplicationExitBlockerInterface = None

DOCK_OBJECT_NAME = "WijkaanpakSpeelplekDock"
LOG_TAG = "Wijkaanpak"
FORM_PATH = Path(__file__).resolve().parents[2] / "forms" / "speelplek_dock.ui"
FORM_CLASS, _FORM_BASE = uic.loadUiType(str(FORM_PATH))

#: Outline colour of the catchment of each age group on the canvas (and in the table).
GROUP_COLOURS = {"0-5": "#e67e22", "6-11": "#2471a3", "12-17": "#7d3c98"}
#: Fields read for the playground list (those the layer has).
LIST_FIELDS = (
    "name",
    "place_type",
    "source_id",
    "condition",
    "condition_score",
    "last_inspection",
    "age_0_5",
    "age_6_11",
    "age_12_17",
)
#: objectName of the toolbar's active-norm choice (plugin.NORM_COMBO).
TOOLBAR_NORM_COMBO = "wijkaanpakNormCombo"
FORM_STYLE = (
    "QFrame#missingFieldsFrame { background: #fdf2d0; border: 1px solid #e0c060; }"
    "QLabel#childrenNoteLabel, QLabel#listCountLabel, QLabel#editStateLabel { color: #555; }"
    'QLabel#messageLabel[error="true"] { color: #a93226; }'
    'QLabel#messageLabel[error="false"] { color: #1e8449; }'
    '*[invalid="true"] { border: 2px solid #c0392b; }'
)


@dataclass(frozen=True)
class AgeGroupChildren:
    """What the children table shows for one age group of the current playground."""

    group: str
    serves: bool
    age_unknown: bool
    nearest: float
    within_norm: float


@dataclass
class PlaygroundChildren:
    """The reach analysis of every playground (one :func:`analyse_reach` call), looked up one
    playground at a time by its feature id."""

    analysis: ReachAnalysis
    row_of_fid: Dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(cls, analysis: ReachAnalysis) -> PlaygroundChildren:
        places = analysis.places
        rows = np.nonzero((places["place_kind"] == PLAYGROUND).to_numpy())[0]
        fids = places["source_fid"].to_numpy()[rows]
        return cls(analysis, {int(f): int(r) for f, r in zip(fids, rows)})

    def for_place(self, fid: int, age_unknown: Dict[str, bool]) -> List[AgeGroupChildren]:
        """Per age group the children for whom playground ``fid`` is the nearest suitable
        one (zeros for a playground the analysis left out: no geometry, or off the network);
        ``age_unknown``: per age group whether the playground's age field is empty."""
        places = self.analysis.places
        row = self.row_of_fid.get(int(fid))
        out: List[AgeGroupChildren] = []
        for group in AGE_GROUPS:
            s = COLUMN_SUFFIX[group]
            serves, nearest, within = False, 0.0, 0.0
            if row is not None:
                serves = bool(places[f"serves_{s}"].iloc[row])
                column = f"residents_{s}_nearest"
                if column in places.columns:
                    nearest = float(places[column].iloc[row])
                    within = float(places[f"{column}_within_norm"].iloc[row])
            out.append(
                AgeGroupChildren(group, serves, bool(age_unknown.get(group)), nearest, within)
            )
        return out


def children_fields(names) -> Optional[tuple]:
    """(own count fields, CBS band fields) of a residents layer for the children's counts
    (the shared reader's guess, :func:`..reach_inputs.guess_population_fields`, kept to the
    playground age groups), or None when it cannot give all of 0-5, 6-11 and 12-17."""
    groups, bands = guess_population_fields(list(names))
    own = {g: f for g, f in groups.items() if g in AGE_GROUPS}
    if len(own) == len(AGE_GROUPS):
        return own, {}
    if BAND_0_14 in bands and BAND_15_24 in bands:
        return own, bands  # groups without an own field are split from the bands
    return None


def residents_layer_score(names) -> int:
    """How well a layer suits as the residents layer: 2 CBS grid bands, 1 own counts per
    age group, 0 unusable. The dock preselects the best."""
    found = children_fields(names)
    if found is None:
        return 0
    return 2 if found[1] else 1


class SpeelplekForm(_FORM_BASE, FORM_CLASS):
    """The widgets of ``forms/speelplek_dock.ui`` (attributes set by ``setupUi``)."""

    playgroundLayerCombo: QgsMapLayerComboBox
    pickButton: QToolButton
    missingFieldsFrame: QFrame
    missingFieldsLabel: QLabel
    addFieldsButton: QPushButton
    findGroup: QgsCollapsibleGroupBox
    searchEdit: QgsFilterLineEdit
    conditionFilterCombo: QComboBox
    ageFilterCombo: QComboBox
    dueCheck: QCheckBox
    dueMonthsSpin: QSpinBox
    dueMonthsLabel: QLabel
    playgroundTable: QTableWidget
    listCountLabel: QLabel
    assessGroup: QgsCollapsibleGroupBox
    playgroundLabel: QLabel
    conditionCombo: QComboBox
    age05Combo: QComboBox
    age611Combo: QComboBox
    age1217Combo: QComboBox
    ratingEdit: QLineEdit
    inspectionDateEdit: QgsDateEdit
    todayButton: QToolButton
    assessorEdit: QLineEdit
    notesEdit: QPlainTextEdit
    checklistTitleLabel: QLabel
    checklistWidget: QWidget
    messageLabel: QLabel
    applyButton: QPushButton
    saveButton: QPushButton
    revertButton: QToolButton
    editStateLabel: QLabel
    childrenGroup: QgsCollapsibleGroupBox
    populationLayerCombo: QgsMapLayerComboBox
    normCombo: QComboBox
    networkLayerCombo: QgsMapLayerComboBox
    unknownAgesCombo: QComboBox
    childrenTable: QTableWidget
    childrenNoteLabel: QLabel
    settingsGroup: QgsCollapsibleGroupBox
    scrollArea: QScrollArea

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)


def _language() -> str:
    """'nl' when QGIS runs in Dutch (as the plugin's translator decides), else 'en'."""
    locale = str(QgsSettings().value("locale/userLocale", "") or "")[:2]
    return "nl" if locale == "nl" else "en"


def _python_value(value: Any) -> Any:
    """A QGIS attribute as a plain value (NULL → None, QDate → date)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else _python_value(value.value())
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime() if value.isValid() else None
    return value


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SpeelplekDock(QgsDockWidget):
    """Select a playground (map or list), assess it, save through the edit buffer, and see
    its catchment and the children for whom it is the nearest suitable playground."""

    def __init__(self, iface, parent=None) -> None:
        main_window = iface.mainWindow() if iface is not None else None
        super().__init__(parent if parent is not None else main_window)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("Playground assessment"))
        # Before the layer combo boxes exist, so that this runs before they switch layers:
        # a layer that leaves the project is forgotten without questions.
        QgsProject.instance().layersWillBeRemoved.connect(self._on_layers_will_be_removed)
        QgsProject.instance().removeAll.connect(self._on_remove_all)
        self.layer: Optional[QgsVectorLayer] = None
        self.ui = SpeelplekForm(self)
        self.setWidget(self.ui)

        self.language = _language()
        self.checklist = load_checklist()
        self.norms = load_norm_profiles()

        self.fid: Optional[int] = None
        self._table: Optional[pd.DataFrame] = None  # list attributes of every playground
        self._fids = np.zeros(0, dtype=np.int64)
        self._xy = np.zeros((0, 2))
        self._rings: Optional[list] = None
        self._loaded_snapshot: Dict[str, Any] = {}
        self._loading = False
        self._writing = False
        self._stale = False
        self._unloaded = False
        self._started_editing = False
        self._children: Optional[PlaygroundChildren] = None
        self._children_error = ""
        self._population_xy: Optional[np.ndarray] = None
        self._network = None
        self._network_error = ""
        self._rubber_bands: List[QgsRubberBand] = []
        self._catchment_bands: Dict[str, QgsRubberBand] = {}
        self._layer_connections: List[tuple] = []
        self._aux_connections: List[tuple] = []
        self._toolbar_combo: Optional[QComboBox] = None
        self._answer_combos: Dict[str, QComboBox] = {}
        self._section_boxes: Dict[str, QGroupBox] = {}
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(150)

        self._tool = QgsMapToolIdentifyFeature(self.canvas)
        self._tool.setCursor(Qt.PointingHandCursor)

        self._build_widgets()
        self._connect()
        self._guard_quit()
        self._preselect_layers(force=True)
        self._watch_inputs()
        self._set_layer(self.ui.playgroundLayerCombo.currentLayer())

    # ------------------------------------------------------------------ building the form

    def _build_widgets(self) -> None:
        ui = self.ui
        ui.playgroundLayerCombo.setFilters(layer_filter("PointLayer", "PolygonLayer"))
        ui.populationLayerCombo.setFilters(layer_filter("PointLayer", "PolygonLayer"))
        ui.playgroundLayerCombo.setAllowEmptyLayer(True)
        ui.populationLayerCombo.setAllowEmptyLayer(True)
        ui.networkLayerCombo.setFilters(layer_filter("LineLayer"))
        try:  # QGIS 3.20+: a text for the empty entry
            ui.networkLayerCombo.setAllowEmptyLayer(True, self.tr("none: straight-line"))
        except TypeError:
            ui.networkLayerCombo.setAllowEmptyLayer(True)
        ui.networkLayerCombo.setLayer(None)
        ui.pickButton.setIcon(QIcon(":/images/themes/default/mActionIdentify.svg"))
        # One style sheet for the whole form, set once; states switch dynamic properties.
        ui.setStyleSheet(FORM_STYLE)
        ui.missingFieldsFrame.hide()

        ui.conditionFilterCombo.addItem(self.tr("any"), "any")
        ui.conditionFilterCombo.addItem(self.tr("not assessed"), "not_assessed")
        ui.conditionFilterCombo.addItem(self.tr("poor (1–2)"), "poor")
        ui.conditionFilterCombo.addItem(self.tr("moderate (3)"), "moderate")
        ui.conditionFilterCombo.addItem(self.tr("fair or good (4–5)"), "good")
        ui.ageFilterCombo.addItem(self.tr("any"), "any")
        for group in AGE_GROUPS:
            ui.ageFilterCombo.addItem(self.tr("{} years").format(group.replace("-", "–")), group)
        ui.ageFilterCombo.addItem(self.tr("ages unknown"), "unknown")
        settings = WijkaanpakSettings.load()
        ui.dueMonthsSpin.setValue(settings.inspection_interval_months)
        ui.dueMonthsSpin.setSuffix(self.tr(" months"))

        table = ui.playgroundTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Playground"), self.tr("Condition"), self.tr("Inspected")]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(22)

        labels = self._condition_labels()
        ui.conditionCombo.addItem(self.tr("not assessed"), None)
        for score in (1, 2, 3, 4, 5):
            ui.conditionCombo.addItem(labels[score], score)
        for combo in self._age_combos().values():
            combo.addItem(self.tr("unknown"), None)
            combo.addItem(self.tr("yes"), True)
            combo.addItem(self.tr("no"), False)
        ui.inspectionDateEdit.setAllowNull(True)
        ui.inspectionDateEdit.setDisplayFormat("yyyy-MM-dd")
        ui.inspectionDateEdit.setDate(QDate())
        ui.assessorEdit.setText(settings.assessor)
        ui.messageLabel.hide()

        self._build_checklist()
        # narrow docks: combo boxes may shrink (their lists still show whole entries)
        for combo in self.ui.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(2 if combo in self._age_combos().values() else 3)
        ui.inspectionDateEdit.setNullRepresentation(self.tr("unknown"))

        for key, profile in self.norms.items():
            ui.normCombo.addItem(reach_text(profile.name, ui_language()), key)
        index = ui.normCombo.findData(settings.norm_profile)
        ui.normCombo.setCurrentIndex(max(index, 0))
        ui.unknownAgesCombo.addItem(self.tr("serves every age group"), True)
        ui.unknownAgesCombo.addItem(self.tr("serves no age group"), False)
        ui.unknownAgesCombo.setCurrentIndex(0 if settings.unknown_ages_serve else 1)

        children = ui.childrenTable
        children.setColumnCount(4)
        children.setHorizontalHeaderLabels(
            [self.tr("Age"), self.tr("Norm"), self.tr("Nearest for"), self.tr("within norm")]
        )
        for column, tip in (
            (1, self.tr("Maximum walking distance of the active norm")),
            (2, self.tr("Children for whom this is the nearest playground for their age")),
            (3, self.tr("Of them, children who live within the norm distance")),
        ):
            children.horizontalHeaderItem(column).setToolTip(tip)
        header = children.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        children.setRowCount(len(AGE_GROUPS))
        children.verticalHeader().setDefaultSectionSize(22)
        self._fit_children_table()
        self._set_form_enabled(False)

    def _condition_labels(self) -> Dict[int, str]:
        return {
            1: self.tr("1 – very poor"),
            2: self.tr("2 – poor"),
            3: self.tr("3 – moderate"),
            4: self.tr("4 – fair"),
            5: self.tr("5 – good"),
        }

    def _fit_children_table(self) -> None:
        """Show the three age-group rows whole, without a scroll bar."""
        table = self.ui.childrenTable
        header = table.horizontalHeader()
        header_height = max(header.height(), header.sizeHint().height())
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(header_height + rows + 2 * table.frameWidth() + 2)

    def _build_checklist(self) -> None:
        """One box per question, one yes/partly/no choice per item (from the JSON file)."""
        layout = self.ui.checklistWidget.layout()
        self.ui.checklistTitleLabel.setText("<b>{}</b>".format(self.tr("Inclusive play")))
        self.ui.checklistTitleLabel.setToolTip(self.checklist.source(self.language))
        for section in self.checklist.sections:
            box = QGroupBox(section.title(self.language), self.ui.checklistWidget)
            box.setObjectName(f"checklist_{section.key}")
            grid = QGridLayout(box)
            grid.setContentsMargins(6, 4, 6, 4)
            grid.setVerticalSpacing(3)
            grid.setColumnStretch(0, 1)
            for row, item in enumerate(section.items):
                label = QLabel(item.question(self.language), box)
                label.setWordWrap(True)
                combo = QComboBox(box)
                combo.setObjectName(item.field)
                combo.addItem("—", None)
                combo.addItem(self.tr("yes"), ANSWER_YES)
                combo.addItem(self.tr("partly"), ANSWER_PARTLY)
                combo.addItem(self.tr("no"), ANSWER_NO)
                combo.setToolTip(self.tr("Stored in the field {}").format(item.field))
                label.setBuddy(combo)
                grid.addWidget(label, row, 0)
                grid.addWidget(combo, row, 1, Qt.AlignTop)
                self._answer_combos[item.field] = combo
            layout.addWidget(box)
            self._section_boxes[section.key] = box

    def _age_combos(self) -> Dict[str, QComboBox]:
        return {
            "age_0_5": self.ui.age05Combo,
            "age_6_11": self.ui.age611Combo,
            "age_12_17": self.ui.age1217Combo,
        }

    def _connect(self) -> None:
        ui = self.ui
        ui.playgroundLayerCombo.layerChanged.connect(self._on_layer_combo)
        ui.pickButton.toggled.connect(self._on_pick_toggled)
        self._tool.featureIdentified.connect(self._on_feature_identified)
        self.canvas.mapToolSet.connect(self._on_map_tool_set)
        ui.addFieldsButton.clicked.connect(self.add_missing_fields)
        ui.searchEdit.textChanged.connect(self._refresh_list)
        ui.conditionFilterCombo.currentIndexChanged.connect(self._refresh_list)
        ui.ageFilterCombo.currentIndexChanged.connect(self._refresh_list)
        ui.dueCheck.toggled.connect(self._refresh_list)
        ui.dueMonthsSpin.valueChanged.connect(self._on_due_months)
        ui.playgroundTable.itemSelectionChanged.connect(self._on_table_selection)
        ui.conditionCombo.currentIndexChanged.connect(self._on_form_edited)
        for combo in self._age_combos().values():
            combo.currentIndexChanged.connect(self._on_form_edited)
        for combo in self._answer_combos.values():
            combo.currentIndexChanged.connect(self._on_form_edited)
        ui.ratingEdit.textEdited.connect(self._on_form_edited)
        ui.inspectionDateEdit.dateChanged.connect(self._on_form_edited)
        ui.assessorEdit.textEdited.connect(self._on_form_edited)
        ui.notesEdit.textChanged.connect(self._on_form_edited)
        ui.todayButton.clicked.connect(self._on_today)
        ui.applyButton.clicked.connect(self.apply)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.populationLayerCombo.layerChanged.connect(self._on_inputs_changed)
        ui.networkLayerCombo.layerChanged.connect(self._on_network_changed)
        ui.normCombo.currentIndexChanged.connect(self._on_norm_changed)
        ui.unknownAgesCombo.currentIndexChanged.connect(self._on_unknown_ages_changed)
        self._list_timer.timeout.connect(self._reload_table)
        self.visibilityChanged.connect(self._on_visibility)
        QgsProject.instance().layersAdded.connect(self._on_layers_added)

    # ------------------------------------------------------------------ layers

    def _preselect_layers(self, force: bool = False) -> None:
        """Playgrounds: the active layer if it looks like a playground layer, else the first
        one that does. Residents: a layer with CBS grid fields, else own counts per age."""
        project_layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
            and layer.geometryType() in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry)
        ]
        if force or self.ui.playgroundLayerCombo.currentLayer() is None:
            active = self.iface.activeLayer() if self.iface is not None else None
            candidates = ([active] if active in project_layers else []) + project_layers
            found = next((lyr for lyr in candidates if self._looks_like_playgrounds(lyr)), None)
            self.ui.playgroundLayerCombo.setLayer(found)
        if force or self.ui.populationLayerCombo.currentLayer() is None:
            best, best_score = None, 0
            for layer in project_layers:
                score = residents_layer_score(layer.fields().names())
                if score > best_score:
                    best, best_score = layer, score
            self.ui.populationLayerCombo.setLayer(best)

    @staticmethod
    def _looks_like_playgrounds(layer) -> bool:
        names = {n.lower() for n in layer.fields().names()}
        return "place_type" in names and any(f in names for f in AGE_FIELDS.values())

    def _on_layers_will_be_removed(self, layer_ids) -> None:
        """The playground layer leaves the project: forget it without questions (QGIS itself
        asks about unsaved edits of a layer it removes)."""
        if not hasattr(self, "_rubber_bands"):
            return  # still being built
        if self.layer is not None and self.layer.id() in list(layer_ids):
            self._on_layer_deleted()
        population = self.ui.populationLayerCombo.currentLayer()
        network = self.ui.networkLayerCombo.currentLayer()
        if (population is not None and population.id() in list(layer_ids)) or (
            network is not None and network.id() in list(layer_ids)
        ):
            self._network = None
            self._network_error = ""
            self._invalidate_children()

    def _on_remove_all(self) -> None:
        if hasattr(self, "_rubber_bands") and self.layer is not None:
            self._on_project_clearing()
            self._on_layers_will_be_removed([self.layer.id()])

    def _on_layers_added(self, _layers) -> None:
        if self.ui.playgroundLayerCombo.currentLayer() is None or (
            self.ui.populationLayerCombo.currentLayer() is None
        ):
            self._preselect_layers()

    def _on_layer_combo(self, layer) -> None:
        if layer is self.layer or self._unloaded:
            return
        if not self._settle_form():
            self.ui.playgroundLayerCombo.blockSignals(True)
            self.ui.playgroundLayerCombo.setLayer(self.layer)
            self.ui.playgroundLayerCombo.blockSignals(False)
            return
        self._set_layer(layer)

    def _set_layer(self, layer) -> None:
        self._disconnect_layer()
        self.layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.fid = None
        self._started_editing = False
        self._loaded_snapshot = {}
        self._tool.setLayer(self.layer)
        self._invalidate_children()
        if self.layer is not None:
            signals = (
                (self.layer.attributeValueChanged, self._on_attribute_changed),
                (self.layer.featureAdded, self._on_features_changed),
                (self.layer.featuresDeleted, self._on_features_changed),
                (self.layer.geometryChanged, self._on_features_changed),
                (self.layer.afterRollBack, self._on_features_changed),
                (self.layer.afterCommitChanges, self._on_committed),
                (self.layer.updatedFields, self._on_fields_changed),
                (self.layer.editingStarted, self._show_edit_state),
                (self.layer.editingStopped, self._show_edit_state),
                (self.layer.layerModified, self._show_edit_state),
                (self.layer.willBeDeleted, self._on_layer_deleted),
            )
            for signal, slot in signals:
                signal.connect(slot)
                self._layer_connections.append((signal, slot))
        self._clear_form()
        self._show_missing_fields()
        self._reload_table()
        self._show_edit_state()

    def _disconnect_layer(self) -> None:
        for signal, slot in self._layer_connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._layer_connections = []

    def _on_layer_deleted(self) -> None:
        self._disconnect_layer()
        self.layer = None
        self.fid = None
        self._table = None
        self._loaded_snapshot = self._snapshot()
        self._invalidate_children()
        self._clear_canvas()

    # ------------------------------------------------------------------ picking

    def _on_pick_toggled(self, checked: bool) -> None:
        if checked:
            if self.layer is None:
                self.ui.pickButton.setChecked(False)
                self._message(self.tr("Choose a playground layer first."), error=True)
                return
            self._tool.setLayer(self.layer)
            self.canvas.setMapTool(self._tool)
        elif self.canvas.mapTool() is self._tool:
            self.canvas.unsetMapTool(self._tool)

    def _on_map_tool_set(self, new_tool, _old_tool=None) -> None:
        if new_tool is not self._tool and self.ui.pickButton.isChecked():
            self.ui.pickButton.blockSignals(True)
            self.ui.pickButton.setChecked(False)
            self.ui.pickButton.blockSignals(False)

    def _on_feature_identified(self, feature) -> None:
        fid = feature if isinstance(feature, int) else feature.id()
        self.select_playground(int(fid))

    def _on_table_selection(self) -> None:
        rows = self.ui.playgroundTable.selectionModel().selectedRows()
        if not rows:
            return
        item = self.ui.playgroundTable.item(rows[0].row(), 0)
        fid = item.data(Qt.UserRole) if item is not None else None
        if fid is not None and int(fid) != self.fid:
            if not self.select_playground(int(fid)):
                self._select_row_of(self.fid)

    def select_playground(self, fid: int) -> bool:
        """Show playground ``fid`` of the current layer in the form (asking first what to do
        with values typed but not applied), its catchment and its children. Returns False when
        the planner chose to stay on the current playground."""
        if self.layer is None:
            return False
        if fid == self.fid:
            return True
        if not self._settle_form():
            return False
        feature = self.layer.getFeature(fid)
        if not feature.isValid():
            self._message(
                self.tr("Feature {} is not in layer '{}'.").format(fid, self.layer.name())
            )
            return False
        self._ensure_table()
        self.fid = int(fid)
        self._load_feature()
        self._select_row_of(self.fid)
        self._show_children()
        return True

    def _select_row_of(self, fid: Optional[int]) -> None:
        table = self.ui.playgroundTable
        table.blockSignals(True)
        try:
            table.clearSelection()
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and fid is not None and item.data(Qt.UserRole) == fid:
                    table.selectRow(row)
                    table.scrollToItem(item)
                    break
        finally:
            table.blockSignals(False)

    # ------------------------------------------------------------------ the list

    def _reload_table(self, force: bool = False) -> None:
        """Read the list attributes (and positions) of every playground, then filter (later,
        when the dock is shown, if it is hidden now and not ``force``)."""
        if self.isHidden() and not force:
            self._stale = True
            return
        self._stale = False
        self._table = None
        self._fids = np.zeros(0, dtype=np.int64)
        self._xy = np.zeros((0, 2))
        self._rings = None
        if self.layer is not None:
            names = self.layer.fields().names()
            wanted = [n for n in LIST_FIELDS if n in names]
            polygon = self.layer.geometryType() == QgsWkbTypes.PolygonGeometry
            try:
                table = read_features(self.layer, wanted, keep_wkb=polygon)
            except Exception as error:  # noqa: BLE001 - shown, never a traceback
                self._log(error)
                self._message(str(error), error=True)
            else:
                self._table = table.frame
                self._fids = table.fids
                self._xy = table.xy
                self._rings = polygon_rings(table.wkb) if polygon else None
        self._refresh_list()

    def _mark_stale(self) -> None:
        """The layer changed: read the list again soon (and before any use of it)."""
        self._stale = True
        self._list_timer.start()

    def _ensure_table(self) -> None:
        if self._stale or self._table is None:
            self._reload_table(force=True)

    def _refresh_list(self, *_args) -> None:
        table = self.ui.playgroundTable
        table.blockSignals(True)
        table.setRowCount(0)
        if self._table is None or self.layer is None:
            table.blockSignals(False)
            self.ui.listCountLabel.setText(self.tr("No playground layer."))
            return
        frame = self._table
        mask = playground_filter(
            frame,
            today=datetime.date.today(),
            text=self.ui.searchEdit.text(),
            condition=self.ui.conditionFilterCombo.currentData() or "any",
            age_group=self.ui.ageFilterCombo.currentData() or "any",
            due_only=self.ui.dueCheck.isChecked(),
            interval_months=self.ui.dueMonthsSpin.value(),
        )
        rows = np.nonzero(mask)[0]
        table.setRowCount(len(rows))
        for r, i in enumerate(rows.tolist()):
            fid = int(self._fids[i])
            row = frame.iloc[i]
            name_item = QTableWidgetItem(self._list_name(row, fid))
            name_item.setData(Qt.UserRole, fid)
            name_item.setToolTip(self._display_name(row, fid))
            table.setItem(r, 0, name_item)
            table.setItem(r, 1, QTableWidgetItem(self._condition_text(frame.iloc[i])))
            table.setItem(r, 2, QTableWidgetItem(self._inspection_text(frame.iloc[i])))
        table.blockSignals(False)
        self._select_row_of(self.fid)
        self.ui.listCountLabel.setText(
            self.tr("{} of {} playgrounds").format(len(rows), len(frame))
        )

    def _list_name(self, row: pd.Series, fid: int) -> str:
        """The list shows the name alone where there is one (the type in the tooltip)."""
        name = row.get("name")
        if name is None or (isinstance(name, float) and np.isnan(name)) or not str(name):
            return self._display_name(row, fid)
        return str(name)

    def _display_name(self, row: pd.Series, fid: int) -> str:
        name = row.get("name")
        kind = row.get("place_type")
        name = None if name is None or (isinstance(name, float) and np.isnan(name)) else name
        kind = None if kind is None or (isinstance(kind, float) and np.isnan(kind)) else kind
        if name:
            return "{} ({})".format(name, kind) if kind else str(name)
        return "{} #{}".format(kind or self.tr("playground"), fid)

    def _condition_text(self, row: pd.Series) -> str:
        score = row.get("condition_score")
        if score is not None and not (isinstance(score, float) and np.isnan(score)):
            try:
                return self._condition_labels().get(int(score), str(score))
            except (TypeError, ValueError):
                return str(score)
        condition = row.get("condition")
        if condition is None or (isinstance(condition, float) and np.isnan(condition)):
            return "–"
        return str(condition)

    @staticmethod
    def _inspection_text(row: pd.Series) -> str:
        value = row.get("last_inspection")
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return "–"
        return str(value)[:10]

    def _on_due_months(self, value: int) -> None:
        WijkaanpakSettings.store(inspection_interval_months=int(value))
        self._refresh_list()

    # ------------------------------------------------------------------ the form

    def _set_form_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (
            ui.conditionCombo,
            ui.age05Combo,
            ui.age611Combo,
            ui.age1217Combo,
            ui.ratingEdit,
            ui.inspectionDateEdit,
            ui.todayButton,
            ui.assessorEdit,
            ui.notesEdit,
            ui.checklistWidget,
            ui.applyButton,
            ui.revertButton,
        ):
            widget.setEnabled(enabled)

    def _clear_form(self) -> None:
        self._loading = True
        try:
            ui = self.ui
            ui.conditionCombo.setCurrentIndex(0)
            for combo in list(self._age_combos().values()) + list(self._answer_combos.values()):
                combo.setCurrentIndex(0)
            ui.ratingEdit.clear()
            ui.inspectionDateEdit.setDate(QDate())
            ui.notesEdit.clear()
            ui.playgroundLabel.setText(
                self.tr(
                    "Pick a playground in the list above, or on the map with the button next "
                    "to the search field."
                )
            )
        finally:
            self._loading = False
        self._loaded_snapshot = self._snapshot()
        self._set_form_enabled(False)
        self._clear_problems()
        self._show_children()

    def _feature_attributes(self) -> Dict[str, Any]:
        feature = self.layer.getFeature(self.fid)
        names = self.layer.fields().names()
        return {name: _python_value(feature.attribute(name)) for name in names}

    def _load_feature(self) -> None:
        """Fill the form with the current playground's values (from the edit buffer)."""
        if not self.layer.getFeature(self.fid).isValid():
            # The source cannot be read now (e.g. the database is down): keep the form.
            self._message(
                self.tr(
                    "Playground {} of layer '{}' cannot be read at the moment (is the "
                    "database reachable?). The form keeps what it shows."
                ).format(self.fid, self.layer.name()),
                error=True,
            )
            return
        attributes = self._feature_attributes()
        self._save_guard().remember(self.layer, self.fid, attributes)  # the planner's start
        values, unreadable = form_values(attributes, self.checklist)
        self._loading = True
        try:
            ui = self.ui
            ui.conditionCombo.setCurrentIndex(
                max(ui.conditionCombo.findData(values["condition_score"]), 0)
            )
            for name, combo in self._age_combos().items():
                combo.setCurrentIndex(max(combo.findData(values[name]), 0))
            for name, combo in self._answer_combos.items():
                combo.setCurrentIndex(max(combo.findData(values[name]), 0))
            rating = values["rating"]
            ui.ratingEdit.setText(
                "" if rating is None else QLocale().toString(float(rating), "g", 6)
            )
            inspected = values["last_inspection"]
            if inspected is None:
                ui.inspectionDateEdit.setDate(QDate())
            else:
                ui.inspectionDateEdit.setDate(QDate(inspected.year, inspected.month, inspected.day))
            if values["assessor"]:
                ui.assessorEdit.setText(values["assessor"])
            elif not ui.assessorEdit.text():
                ui.assessorEdit.setText(WijkaanpakSettings.load().assessor)
            ui.notesEdit.setPlainText(values["notes"])
            name = self._display_name(pd.Series(attributes), self.fid)
            lines = ["<b>{}</b>".format(_escape(name))]
            if values["condition_score"] is None and values["condition"]:
                lines.append(
                    self.tr("Inventory condition: {} (no 1–5 score yet).").format(
                        _escape(values["condition"])
                    )
                )
            ui.playgroundLabel.setText("<br>".join(lines))
        finally:
            self._loading = False
        self._loaded_snapshot = self._snapshot()
        self._set_form_enabled(True)
        self._update_checklist_titles()
        self._clear_problems()
        if unreadable:
            text = self.tr(
                "Stored values that are not valid are shown empty (applying clears them): {}"
            ).format(", ".join("{} = {!r}".format(p.field, p.value) for p in unreadable))
            self._message(text, error=True)

    def _snapshot(self) -> Dict[str, Any]:
        """The form as the widgets hold it (to tell whether something was typed); the
        assessor is left out, as the form fills it in itself."""
        return {k: v for k, v in self.form_values().items() if k != "assessor"}

    def is_dirty(self) -> bool:
        """True when the form holds values that were typed but not applied."""
        return self.fid is not None and self._snapshot() != self._loaded_snapshot

    def _form_date(self) -> Optional[datetime.date]:
        edit = self.ui.inspectionDateEdit
        if edit.isNull():
            return None
        date = edit.date()
        return date.toPyDate() if date.isValid() else None

    def form_values(self) -> Dict[str, Any]:
        """The values in the form, as :func:`..core.assessment.parse_assessment` takes them."""
        ui = self.ui
        values: Dict[str, Any] = {
            "condition_score": ui.conditionCombo.currentData(),
            "rating": ui.ratingEdit.text(),
            "last_inspection": self._form_date(),
            "assessor": ui.assessorEdit.text(),
            "notes": ui.notesEdit.toPlainText(),
        }
        for name, combo in list(self._age_combos().items()) + list(self._answer_combos.items()):
            values[name] = combo.currentData()
        return values

    def _on_form_edited(self, *_args) -> None:
        if self._loading:
            return
        self._update_checklist_titles()
        self._clear_problems()
        if self.is_dirty():
            self.ui.editStateLabel.setText(
                self.tr("Changes in the form are not applied yet: press Apply.")
            )
        else:
            self._show_edit_state()

    def _on_today(self) -> None:
        today = datetime.date.today()
        self.ui.inspectionDateEdit.setDate(QDate(today.year, today.month, today.day))

    def _update_checklist_titles(self) -> None:
        answers = {name: combo.currentData() for name, combo in self._answer_combos.items()}
        summary = checklist_summary(answers, self.checklist)
        for section in self.checklist.sections:
            counts = summary[section.key]
            words = (
                (counts[ANSWER_YES], self.tr("yes")),
                (counts[ANSWER_PARTLY], self.tr("partly")),
                (counts[ANSWER_NO], self.tr("no")),
            )
            given = ", ".join("{} {}".format(n, word) for n, word in words if n)
            title = section.title(self.language)
            self._section_boxes[section.key].setTitle(
                "{} — {}".format(title, given) if given else title
            )

    def _settle_form(self) -> bool:
        """Before leaving the current playground: apply, discard or stay. True = go on."""
        if not self.is_dirty() or self._unloaded:
            return True
        answer = self._ask(
            self.tr("Playground assessment"),
            self.tr(
                "The assessment of this playground has changes that are not applied. Apply "
                "them to the layer before moving on?"
            ),
            QMessageBox.Apply | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Apply,
        )
        if answer == QMessageBox.Apply:
            return self.apply()
        return answer == QMessageBox.Discard

    def revert(self) -> None:
        """Show the playground's stored values again (from the edit buffer)."""
        if self.layer is not None and self.fid is not None:
            self._load_feature()
            self._show_edit_state()

    # ------------------------------------------------------------------ writing

    def apply(self) -> bool:
        """Check the form and write it into the layer's edit buffer as one undoable command.

        Returns True when the assessment is in the layer (or nothing had changed). Nothing is
        written when a value is invalid, when the layer cannot be edited, or when fields are
        missing and the planner does not want them added.
        """
        if self.layer is None or self.fid is None:
            self._message(self.tr("Pick a playground first."), error=True)
            return False
        today = datetime.date.today()
        assessment, problems = parse_assessment(self.form_values(), self.checklist, today)
        if problems:
            self._show_problems(problems)
            return False
        attributes = assessment.attributes(recorded_on=today)
        layer = self.layer
        capabilities = layer.dataProvider().capabilities()
        if not capabilities & QgsVectorDataProvider.ChangeAttributeValues:
            self._message(read_only_text(layer), error=True)
            return False
        missing = [
            spec
            for spec in missing_fields(layer.fields().names(), self.checklist)
            if spec.name in attributes
        ]
        status = self._add_fields(missing) if missing else "added"
        if status == "refused":
            return False
        if status == "declined":
            self._message(
                self.tr(
                    "Not applied: layer '{}' has no field {}. Add the fields to store the "
                    "assessment."
                ).format(layer.name(), ", ".join(spec.name for spec in missing)),
                error=True,
            )
            return False
        old = self._feature_attributes()
        changes = changed_attributes(attributes, old)
        if not changes:
            self._loaded_snapshot = self._snapshot()
            self._message(self.tr("Nothing changed."))
            self._show_edit_state()
            return True
        if not layer.isEditable():
            if not layer.startEditing():
                self._message(
                    self.tr("Layer '{}' could not be put in edit mode.").format(layer.name()),
                    error=True,
                )
                return False
            self._started_editing = True
        layer_fields = layer.fields()
        new_values: Dict[int, Any] = {}
        old_values: Dict[int, Any] = {}
        feature = layer.getFeature(self.fid)
        for name, value in changes.items():
            index = layer_fields.lookupField(name)
            new_values[index] = self._to_field_value(layer_fields.at(index), value)
            old_values[index] = feature.attribute(index)
        name = self._display_name(pd.Series(old), self.fid)
        self._writing = True
        try:
            layer.beginEditCommand(self.tr("Assess playground {}").format(name))
            ok = layer.changeAttributeValues(self.fid, new_values, old_values)
            if ok:
                layer.endEditCommand()
            else:
                layer.destroyEditCommand()
        finally:
            self._writing = False
        if not ok:
            self._message(
                self.tr("Layer '{}' refused the values of feature {}.").format(
                    layer.name(), self.fid
                ),
                error=True,
            )
            return False
        assessor = str(attributes.get("assessor") or "")
        if assessor and assessor != WijkaanpakSettings.load().assessor:
            WijkaanpakSettings.store(assessor=assessor)
        self._load_feature()
        self._message(self.tr("Applied to the layer's edits. Save layer writes them to the file."))
        self._show_edit_state()
        self._mark_stale()
        if any(AGE_FIELDS[g] in changes for g in AGE_GROUPS):
            self._invalidate_children()
            self._show_children()
        return True

    @staticmethod
    def _to_field_value(qgs_field: QgsField, value: Any) -> Any:
        """A plain value as the layer field stores it (a date as QDate or ISO text)."""
        if value is None:
            return NULL
        kind = qgs_field.type()
        if isinstance(value, datetime.date):
            if kind in (QVariant.Date, QVariant.DateTime):
                return QDate(value.year, value.month, value.day)
            return value.isoformat()
        if kind in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
            return int(value)
        if kind == QVariant.Double:
            return float(value)
        if kind == QVariant.String:
            if isinstance(value, float) and value == int(value):
                return "{:d}".format(int(value))
            return str(value)
        return value

    def save(self) -> bool:
        """Commit the layer's edits (applying the form first if the planner wants)."""
        layer = self.layer
        if layer is None:
            return False
        if self.is_dirty():
            answer = self._ask(
                self.tr("Playground assessment"),
                self.tr("Apply the changes in the form before saving the layer?"),
                QMessageBox.Apply | QMessageBox.Discard | QMessageBox.Cancel,
                QMessageBox.Apply,
            )
            if answer == QMessageBox.Cancel:
                return False
            if answer == QMessageBox.Apply and not self.apply():
                return False
            if answer == QMessageBox.Discard:
                self.revert()
        if not layer.isEditable() or not layer.isModified():
            self._message(self.tr("Layer '{}' has no unsaved edits.").format(layer.name()))
            return True
        # someone else may have saved the same playgrounds meanwhile (save_conflict.py)
        guard = self._save_guard()
        edited = guard.edited_fids(layer)
        self._writing = True
        try:
            refused = guard.before_commit(layer, self._ask_conflict)
        finally:
            self._writing = False
        if refused:
            self._message(refused, error=True)
            self._show_edit_state()
            return False
        stop = self._started_editing
        saved, errors = guard.commit(layer, stop)  # PostGIS: all rows or none
        if not saved:
            text = save_failure_text(layer, errors)
            self._message(text, error=True)
            self._show_error_box(self.tr("Could not save the layer"), text, errors)
            self._show_edit_state()
            return False
        if stop:
            self._started_editing = False
        guard.after_commit(layer, edited)
        if self.fid is not None and self.fid in edited:
            self._load_feature()  # shows what was saved (their values where they were kept)
        layer.triggerRepaint()
        self._message(self.tr("Layer '{}' saved.").format(layer.name()))
        self._show_edit_state()
        return True

    def _save_guard(self) -> SaveGuard:
        guard = getattr(self, "_guard", None)
        if guard is None:
            guard = self._guard = SaveGuard()
        return guard

    def _ask_conflict(self, layer, fid: int, check) -> Optional[str]:
        """Someone else saved playground ``fid``: what changed, and the planner's choice."""
        feature = layer.getFeature(fid)
        row = {n: _python_value(feature.attribute(n)) for n in layer.fields().names()}
        name = self._display_name(pd.Series(row), fid)
        return SaveConflictDialog.ask(layer, fid, check, name, self)

    # ------------------------------------------------------------------ missing fields

    def _show_missing_fields(self) -> None:
        missing = (
            []
            if self.layer is None
            else missing_fields(self.layer.fields().names(), self.checklist)
        )
        if not missing:
            self.ui.missingFieldsFrame.hide()
            return
        names = [spec.name for spec in missing]
        shown = ", ".join(names[:6]) + (", …" if len(names) > 6 else "")
        self.ui.missingFieldsLabel.setText(
            self.tr("This layer has no field for {} of the assessment's values ({}).").format(
                len(names), shown
            )
        )
        self.ui.missingFieldsLabel.setToolTip(", ".join(names))
        self.ui.missingFieldsFrame.show()

    def add_missing_fields(self) -> bool:
        """Ask, then add every assessment field the layer lacks (into the edit buffer)."""
        if self.layer is None:
            return False
        missing = missing_fields(self.layer.fields().names(), self.checklist)
        if not missing:
            self._show_missing_fields()
            return True
        return self._add_fields(missing) == "added"

    def _add_fields(self, missing: list) -> str:
        """Ask, then add ``missing`` fields into the edit buffer: "added", "declined" (the
        planner said no) or "refused" (the layer cannot take them; the message says why)."""
        layer = self.layer
        names = ", ".join(spec.name for spec in missing)
        if layer.dataProvider().storageType() == "ESRI Shapefile" and any(
            len(spec.name) > 10 for spec in missing
        ):
            self._message(
                self.tr(
                    "Layer '{}' is a Shapefile, whose field names are cut to 10 characters: "
                    "save it as a GeoPackage (Export → Save Features As…) and assess that."
                ).format(layer.name()),
                error=True,
            )
            return "refused"
        answer = self._ask(
            self.tr("Add fields"),
            self.tr(
                "Add the missing fields {} to layer '{}'? They are added to the layer's edits; "
                "Save layer writes them to the file."
            ).format(names, layer.name()),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        if answer != QMessageBox.Yes:
            return "declined"
        if not layer.dataProvider().capabilities() & QgsVectorDataProvider.AddAttributes:
            self._message(
                self.tr(
                    "Fields cannot be added to layer '{}' (its data source does not allow it)."
                ).format(layer.name()),
                error=True,
            )
            return "refused"
        if not layer.isEditable():
            if not layer.startEditing():
                self._message(
                    self.tr("Layer '{}' could not be put in edit mode.").format(layer.name()),
                    error=True,
                )
                return "refused"
            self._started_editing = True
        layer.beginEditCommand(self.tr("Add playground assessment fields"))
        ok = True
        for spec in missing:
            qgs_field = _new_field(spec.name, spec.qgis_type)
            if spec.dtype == "string" and spec.length:
                qgs_field.setLength(int(spec.length))
            ok = layer.addAttribute(qgs_field) and ok
        if ok:
            layer.endEditCommand()
        else:
            layer.destroyEditCommand()
            self._message(
                self.tr("Layer '{}' refused to add the fields {}.").format(layer.name(), names),
                error=True,
            )
        layer.updateFields()
        self._show_missing_fields()
        self._show_edit_state()
        return "added" if ok else "refused"

    # ------------------------------------------------------------------ layer events

    def _on_attribute_changed(self, fid, index, _value) -> None:
        if self._writing:
            return
        self._mark_stale()
        name = self.layer.fields().at(index).name() if self.layer is not None else ""
        if name in AGE_FIELDS.values():
            self._invalidate_children()
        if fid == self.fid and not self.is_dirty():
            # Undo / redo / the attribute table changed the shown playground: follow it.
            QTimer.singleShot(0, self._reload_current)

    def _reload_current(self) -> None:
        if self.layer is not None and self.fid is not None and not self.is_dirty():
            self._load_feature()
            self._show_children()

    def _on_features_changed(self, *_args) -> None:
        self._invalidate_children()
        self._mark_stale()
        if self.layer is not None and self.fid is not None:
            if not self.layer.getFeature(self.fid).isValid():
                self.fid = None
                self._clear_form()
            elif not self.is_dirty():
                QTimer.singleShot(0, self._reload_current)

    def _on_committed(self) -> None:
        self._mark_stale()
        self._show_edit_state()

    def _on_fields_changed(self) -> None:
        self._show_missing_fields()

    def _show_edit_state(self, *_args) -> None:
        layer = self.layer
        label = self.ui.editStateLabel
        if layer is None:
            label.setText("")
        elif layer.isEditable() and layer.isModified():
            label.setText(
                self.tr(
                    "Layer '{}' has unsaved edits: Save layer writes them to the file, Ctrl+Z "
                    "undoes them one by one."
                ).format(layer.name())
            )
        elif layer.isEditable():
            label.setText(
                self.tr("Layer '{}' is in edit mode; no unsaved edits.").format(layer.name())
            )
        else:
            label.setText("")
        self.ui.saveButton.setEnabled(
            layer is not None and layer.isEditable() and layer.isModified()
        )

    # ------------------------------------------------------------------ children and catchment

    def _on_inputs_changed(self, *_args) -> None:
        self._watch_inputs()
        self._invalidate_children()
        self._show_children()

    def _on_network_changed(self, *_args) -> None:
        self._network = None
        self._network_error = ""
        self._on_inputs_changed()

    def _watch_inputs(self) -> None:
        """Forget the cached reach (and network) when the residents' or the network layer's
        data change (edits, a new filter, a reload)."""
        for signal, slot in self._aux_connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._aux_connections = []
        population = self.ui.populationLayerCombo.currentLayer()
        network = self.ui.networkLayerCombo.currentLayer()
        for layer, slot in (
            (population, self._on_population_data_changed),
            (network, self._on_network_data_changed),
        ):
            if layer is None:
                continue
            for signal in (
                layer.dataChanged,
                layer.attributeValueChanged,
                layer.featureAdded,
                layer.featuresDeleted,
                layer.geometryChanged,
                layer.afterRollBack,
                layer.subsetStringChanged,
            ):
                signal.connect(slot)
                self._aux_connections.append((signal, slot))

    def _on_population_data_changed(self, *_args) -> None:
        self._invalidate_children()

    def _on_network_data_changed(self, *_args) -> None:
        self._network = None
        self._network_error = ""
        self._invalidate_children()

    def _on_norm_changed(self, *_args) -> None:
        """The planner chose a norm here: it becomes the plugin's active norm (through the
        toolbar's choice when there is one, so the map tool and the other dock follow)."""
        key = self.ui.normCombo.currentData()
        toolbar = self._toolbar_norm_combo()
        if key and toolbar is not None and toolbar.currentData() != key:
            toolbar.setCurrentIndex(max(toolbar.findData(key), 0))
        elif key:
            settings = WijkaanpakSettings.load()
            if settings.norm_profile != key:
                settings.norm_profile = key
                settings.save()
        self._on_inputs_changed()

    def _toolbar_norm_combo(self) -> Optional[QComboBox]:
        """The toolbar's active-norm choice (made after this dock), followed once found."""
        if self._toolbar_combo is None and self.iface is not None:
            window = self.iface.mainWindow()
            found = window.findChild(QComboBox, TOOLBAR_NORM_COMBO) if window else None
            if found is not None:
                self._toolbar_combo = found
                found.currentIndexChanged.connect(self._follow_active_norm)
                found.destroyed.connect(self._forget_toolbar_combo)
        return self._toolbar_combo

    def _forget_toolbar_combo(self, *_args) -> None:
        self._toolbar_combo = None

    def _follow_active_norm(self, *_args) -> None:
        """Show the plugin's active norm (chosen in the toolbar or stored in the settings)."""
        key = WijkaanpakSettings.load().norm_profile
        index = self.ui.normCombo.findData(key)
        if index >= 0 and index != self.ui.normCombo.currentIndex():
            self.ui.normCombo.blockSignals(True)
            self.ui.normCombo.setCurrentIndex(index)
            self.ui.normCombo.blockSignals(False)
            self._invalidate_children()
            if self.fid is not None:
                self._show_children()

    def _on_unknown_ages_changed(self, *_args) -> None:
        WijkaanpakSettings.store(unknown_ages_serve=bool(self.ui.unknownAgesCombo.currentData()))
        self._on_inputs_changed()

    def _invalidate_children(self) -> None:
        self._children = None
        self._children_error = ""
        self._population_xy = None

    def _norm(self):
        self._toolbar_norm_combo()
        key = self.ui.normCombo.currentData()
        return self.norms.get(key) or next(iter(self.norms.values()))

    def _walk_network(self):
        """The walking network of the chosen line layer (read once, by the shared reader),
        or None."""
        layer = self.ui.networkLayerCombo.currentLayer()
        if layer is None:
            return None
        if self._network is None and not self._network_error:
            try:
                self._network = read_network(layer, label=layer.name())
            except Exception as error:  # noqa: BLE001 - shown, never a traceback
                self._log(error)
                self._network_error = str(error)
        return self._network

    def children(self) -> Optional[PlaygroundChildren]:
        """The reach analysis of every playground (one call of the reach core on what the
        shared reader reads; kept until a layer, the norm or the unknown-ages rule changes)."""
        if self._children is not None or self._children_error:
            return self._children
        population = self.ui.populationLayerCombo.currentLayer()
        if self.layer is None or population is None:
            return None
        wanted = children_fields(population.fields().names())
        if wanted is None:
            self._children_error = self.tr(
                "Layer '{}' has no children's counts: it needs the CBS grid fields "
                "aantal_inwoners_0_tot_15_jaar and aantal_inwoners_15_tot_25_jaar, or "
                "residents_0_5, residents_6_11 and residents_12_17."
            ).format(population.name())
            return None
        counts, bands = wanted
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            network = self._walk_network()
            if self._network_error:
                raise RuntimeError(self._network_error)
            # a layer in edit mode is read through QGIS (its edits included), else in bulk
            residents = read_population(
                population,
                counts,
                bands,
                label=population.name(),
                layer=None if population.isEditable() else population,
            )
            playgrounds = read_places(
                self.layer,
                self.tr("playgrounds"),
                label=self.layer.name(),
                layer=None if self.layer.isEditable() else self.layer,
            )
            self._population_xy = residents.xy
            analysis = analyse_reach(
                ReachInputs(
                    population=residents,
                    playgrounds=playgrounds,
                    norm=self._norm(),
                    network=network,
                    unknown_ages_serve=bool(self.ui.unknownAgesCombo.currentData()),
                )
            )
            self._children = PlaygroundChildren.of(analysis)
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            self._log(error)
            self._children_error = str(error)
        finally:
            QApplication.restoreOverrideCursor()
        return self._children

    def _age_unknown(self, index: np.ndarray) -> Dict[str, bool]:
        """Per age group whether the current playground's age field is empty (or missing)."""
        out = {}
        for group, name in AGE_FIELDS.items():
            value = None
            if index.size and self._table is not None and name in self._table.columns:
                value = pd.to_numeric(
                    pd.Series([self._table[name].iloc[int(index[0])]]), errors="coerce"
                ).iloc[0]
            out[group] = value is None or bool(pd.isna(value))
        return out

    def _show_children(self) -> None:
        """Fill the children table and draw the catchment of the current playground."""
        ui = self.ui
        self._clear_canvas()
        table = ui.childrenTable
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                table.setItem(row, column, QTableWidgetItem(""))
        norm = self._norm()
        for row, group in enumerate(AGE_GROUPS):
            age = QTableWidgetItem(_swatch(GROUP_COLOURS[group]), group.replace("-", "–"))
            table.setItem(row, 0, age)
            table.setItem(row, 1, QTableWidgetItem("{:,.0f} m".format(norm.max_distance(group))))
        if self.layer is None or self.fid is None:
            ui.childrenNoteLabel.setText(self.tr("Pick a playground to see who it serves."))
            return
        result = self.children()
        self._ensure_table()
        index = np.nonzero(self._fids == self.fid)[0]
        rows = result.for_place(self.fid, self._age_unknown(index)) if result else None
        serves = self._serves_now(rows)
        for row, group in enumerate(AGE_GROUPS):
            entry = rows[row] if rows is not None else None
            tip = ""
            if not serves.get(group, False):
                text = within = "—"
                tip = self.tr("Not a playground for this age group.")
            elif entry is None:
                text = within = "…"
            else:
                text = _count_text(entry.nearest) + (" *" if entry.age_unknown else "")
                within = _count_text(entry.within_norm)
            for column, value in ((2, text), (3, within)):
                item = QTableWidgetItem(value)
                item.setToolTip(tip)
                table.setItem(row, column, item)
        notes: List[str] = [
            self.tr(
                "Children for whom this is the nearest playground for their age, and how many "
                "of them live within the norm."
            )
        ]
        if not all(serves.get(g, False) for g in AGE_GROUPS):
            notes.append(self.tr("— = not a playground for this age group."))
        details: List[str] = []
        if result is None:
            notes.append(
                self._children_error
                or self.tr("Choose a residents layer under Reach settings to count the children.")
            )
        else:
            analysis = result.analysis
            counts = analysis.counts
            kind = (
                self.tr("walking distances over the network")
                if analysis.distance_type == "network"
                else self.tr("straight-line distances")
            )
            notes.append(
                self.tr("{}, {}.").format(reach_text(analysis.norm.name, ui_language()), kind)
            )
            if counts.split_groups:
                notes.append(
                    self.tr(
                        "Children per age group split from the CBS bands 0–14 and 15–24 "
                        "(equal numbers per year of age)."
                    )
                )
            if counts.suppressed_rows:
                notes.append(
                    self.tr(
                        "{} locations with a hidden (suppressed) count, each taken as {}."
                    ).format(
                        "{:,}".format(counts.suppressed_rows),
                        "{:g}".format(counts.suppressed_value),
                    )
                )
            if any(e.age_unknown and serves.get(e.group) for e in rows):
                notes.append(
                    self.tr("* Age groups unknown: counted as serving them (Reach settings).")
                )
            details = ["{}: {}".format(g, o) for g, o in counts.origin.items()]
            details += list(counts.notes) + list(analysis.warnings)
        notes.append(self.tr("A signal for conversation with residents, not a verdict."))
        ui.childrenNoteLabel.setText(" ".join(notes))
        self._fit_children_table()
        ui.childrenNoteLabel.setToolTip("\n".join(details))
        if index.size:
            self._draw_catchments(int(index[0]), [g for g in AGE_GROUPS if serves.get(g)])

    def _serves_now(self, rows) -> Dict[str, bool]:
        """Which age groups the playground serves, by the reach result (or the form)."""
        if rows is not None:
            return {entry.group: entry.serves for entry in rows}
        unknown_serves = bool(self.ui.unknownAgesCombo.currentData())
        out = {}
        for group, name in AGE_FIELDS.items():
            value = self._age_combos()[name].currentData()
            out[group] = unknown_serves if value is None else bool(value)
        return out

    def _draw_catchments(self, index: int, groups: List[str]) -> None:
        if not groups or self.isHidden():
            return
        xy = self._xy[index]
        if not np.isfinite(xy).all():
            return
        rings = self._rings[index] if self._rings is not None else None
        network = self._walk_network()
        try:
            shapes = playground_catchments(
                xy,
                self._norm(),
                groups,
                place_rings=rings,
                network=network,
                population_xy=self._population_xy,
            )
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            self._log(error)
            self.ui.childrenNoteLabel.setText(str(error))
            return
        crs = QgsCoordinateReferenceSystem(WORKING_CRS)
        for group in sorted(groups, key=lambda g: -self._norm().max_distance(g)):
            shape = shapes[group]
            if shape is None or shape.is_empty:
                continue
            band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
            colour = QColor(GROUP_COLOURS[group])
            band.setStrokeColor(colour)
            fill = QColor(colour)
            fill.setAlpha(28)
            band.setFillColor(fill)
            band.setWidth(2)
            band.setToGeometry(wkb_geometries([shape.wkb])[0], crs)
            self._rubber_bands.append(band)
            self._catchment_bands[group] = band
        marker = QgsRubberBand(self.canvas, QgsWkbTypes.PointGeometry)
        marker.setIcon(QgsRubberBand.ICON_CIRCLE)
        marker.setIconSize(14)
        marker.setWidth(3)
        marker.setColor(QColor("#c0392b"))
        marker.setToGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xy[0]), float(xy[1]))), crs)
        self._rubber_bands.append(marker)

    def catchment_geometries(self) -> Dict[str, QgsGeometry]:
        """The catchments drawn now, by age group (EPSG:28992), for tests and exports."""
        return {group: band.asGeometry() for group, band in self._catchment_bands.items()}

    def _clear_canvas(self) -> None:
        for band in self._rubber_bands:
            band.reset()
            scene = self.canvas.scene()
            if scene is not None:
                scene.removeItem(band)
        self._rubber_bands = []
        self._catchment_bands = {}

    # ------------------------------------------------------------------ messages

    def _problem_text(self, problem: AssessmentProblem) -> str:
        """The planner's sentence for a problem found by the core checks."""
        code = problem.code
        if code == "condition_range":
            return self.tr("Condition: choose 1 (very poor) to 5 (good).")
        if code == "age_value":
            return self.tr("Age groups: choose yes, no or unknown.")
        if code == "answer_value":
            return self.tr("Checklist: answer yes, partly or no ({}).").format(problem.field)
        if code == "rating_number":
            return self.tr(
                "Residents' rating: '{}' is not a number; type a number from 1 to 10, e.g. 7,5."
            ).format(problem.value)
        if code == "rating_range":
            return self.tr(
                "Residents' rating: {} lies outside 1 to 10 (the Dutch report-card scale)."
            ).format(problem.value)
        if code == "date_invalid":
            return self.tr("Last inspection: not a date.")
        if code == "date_future":
            return self.tr("Last inspection: {} lies in the future.").format(problem.value)
        if code == "date_too_old":
            return self.tr("Last inspection: {} lies before 1950, probably a typing error.").format(
                problem.value
            )
        if code == "assessor_missing":
            return self.tr("Assessor: say who made the assessment.")
        if code == "assessor_long":
            return self.tr("Assessor: the name is longer than 254 characters.")
        return problem.message

    def _problem_widgets(self) -> Dict[str, QWidget]:
        ui = self.ui
        widgets: Dict[str, QWidget] = {
            "condition_score": ui.conditionCombo,
            "rating": ui.ratingEdit,
            "last_inspection": ui.inspectionDateEdit,
            "assessor": ui.assessorEdit,
        }
        widgets.update(self._age_combos())
        widgets.update(self._answer_combos)
        return widgets

    def _show_problems(self, problems: List[AssessmentProblem]) -> None:
        widgets = self._problem_widgets()
        for problem in problems:
            widget = widgets.get(problem.field)
            if widget is not None:
                _set_state(widget, "invalid", True)
        lines = [self._problem_text(p) for p in problems]
        self._message(
            self.tr("Not applied, please correct:") + "<br>• " + "<br>• ".join(map(_escape, lines)),
            error=True,
            rich=True,
        )

    def _clear_problems(self) -> None:
        for widget in self._problem_widgets().values():
            if widget.property("invalid"):
                _set_state(widget, "invalid", False)
        self.ui.messageLabel.hide()

    def _message(self, text: str, error: bool = False, rich: bool = False) -> None:
        label = self.ui.messageLabel
        _set_state(label, "error", bool(error))
        label.setText(text if rich else _escape(text))
        label.show()

    def message_text(self) -> str:
        """The message shown under the form (plain text), for tests and the toolbar."""
        from qgis.PyQt.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.ui.messageLabel.text())
        return "" if self.ui.messageLabel.isHidden() else document.toPlainText()

    def _ask(self, title: str, text: str, buttons, default) -> int:
        """A question to the planner (one place, so tests can answer it)."""
        return QMessageBox.question(self, title, text, buttons, default)

    def _show_error_box(self, title: str, text: str, errors: List[str]) -> None:
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self)
        box.setDetailedText("\n".join(errors))
        box.exec_()

    @staticmethod
    def _log(error: Exception) -> None:
        QgsMessageLog.logMessage(
            "Playground assessment dock: {}".format(error), LOG_TAG, Qgis.Warning
        )

    # ------------------------------------------------------------------ showing and closing

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._toolbar_norm_combo()
            self._follow_active_norm()
            if self._stale:
                self._reload_table()
            if self.fid is not None:
                self._show_children()
        else:
            self._clear_canvas()
            if self.canvas.mapTool() is self._tool:
                self.canvas.unsetMapTool(self._tool)

    # ------------------------------------------------------------------ quitting QGIS

    def _guard_quit(self) -> None:
        """Watch QGIS quitting: the main window's close event (before QGIS asks about unsaved
        layer edits) and, for every other way out (Ctrl+Q, Project → Exit), an application
        exit blocker (QGIS 3.16+, asked after QGIS's own questions)."""
        self._main_window = self.iface.mainWindow() if self.iface is not None else None
        if self._main_window is not None:
            self._main_window.installEventFilter(self)
        self._exit_blocker = None
        if _ExitBlocker is not None and self.iface is not None:
            register = getattr(self.iface, "registerApplicationExitBlocker", None)
            if callable(register):
                self._exit_blocker = _ExitBlocker(self)
                register(self._exit_blocker)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Close
            and watched is self._main_window
            and not self.settle_before_quit()
        ):
            event.ignore()
            return True  # QGIS stays open, the form as it was
        return super().eventFilter(watched, event)

    def settle_before_quit(self) -> bool:
        """QGIS's main window is closing: values typed but not applied go into the layer's
        edit buffer now (checked as Apply checks them), so QGIS's own prompt about unsaved
        layer edits that follows covers them. If they cannot be applied (a value is not
        valid, fields are missing and the planner does not add them), the planner chooses:
        quit and lose them, or stay. True = QGIS may go on closing."""
        if self._unloaded or not self.is_dirty():
            return True
        if self.apply():
            return True
        self.setUserVisible(True)
        answer = self._ask(
            self.tr("Playground assessment"),
            self.tr(
                "The assessment of {} has values that could not be applied (see the dock). "
                "Close QGIS and lose them?"
            ).format(self._current_name()),
            QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        return answer == QMessageBox.Discard

    def settle_on_exit(self) -> bool:
        """The exit blocker: QGIS quits by another way than closing its window (e.g. Ctrl+Q)
        and has asked about layer edits already, so values still typed but not applied are
        saved here: Save applies and commits them, Discard drops them, Cancel keeps QGIS
        open. True = QGIS may quit."""
        if self._unloaded or not self.is_dirty():
            return True
        self.setUserVisible(True)
        answer = self._ask(
            self.tr("Playground assessment"),
            self.tr(
                "The assessment of {} has values that are not applied. Save them to layer "
                "'{}' before QGIS closes?"
            ).format(self._current_name(), self.layer.name()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )
        if answer == QMessageBox.Save:
            return self.apply() and self.save()
        return answer == QMessageBox.Discard

    def _on_project_clearing(self) -> None:
        """Every layer leaves the project (New, Open, or QGIS quitting after its questions;
        QgsProject.removeAll, emitted while the layers are still there): values still typed
        but not applied are saved after asking, as the exit blocker does, but without Cancel
        (a project that is being cleared cannot stay)."""
        if self._unloaded or not self.is_dirty():
            return
        answer = self._ask(
            self.tr("Playground assessment"),
            self.tr(
                "The project is being closed. The assessment of {} has values that are not "
                "applied. Save them to layer '{}'?"
            ).format(self._current_name(), self.layer.name()),
            QMessageBox.Save | QMessageBox.Discard,
            QMessageBox.Save,
        )
        if answer == QMessageBox.Save and not (self.apply() and self.save()):
            self._log(RuntimeError(self.message_text()))

    def _current_name(self) -> str:
        if self.layer is None or self.fid is None:
            return self.tr("this playground")
        return self._display_name(pd.Series(self._feature_attributes()), self.fid)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # No question here: closing only hides the dock, the typed values stay in the form
        # (and QGIS may be shutting down, where a modal question is not safe).
        self._clear_canvas()
        if self.canvas.mapTool() is self._tool:
            self.canvas.unsetMapTool(self._tool)
        super().closeEvent(event)

    def cleanup(self) -> None:
        """Remove everything the dock put on the canvas and disconnect from the project
        (the plugin calls this on unload). Afterwards the dock asks nothing any more."""
        self._unloaded = True
        if getattr(self, "_main_window", None) is not None:
            self._main_window.removeEventFilter(self)
        if getattr(self, "_exit_blocker", None) is not None:
            unregister = getattr(self.iface, "unregisterApplicationExitBlocker", None)
            if callable(unregister):
                unregister(self._exit_blocker)
            self._exit_blocker = None
        self._clear_canvas()
        if self.canvas.mapTool() is self._tool:
            self.canvas.unsetMapTool(self._tool)
        self._disconnect_layer()
        for signal, slot in self._aux_connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._aux_connections = []
        for signal, slot in (
            (QgsProject.instance().layersAdded, self._on_layers_added),
            (QgsProject.instance().layersWillBeRemoved, self._on_layers_will_be_removed),
            (QgsProject.instance().removeAll, self._on_remove_all),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        try:
            self.canvas.mapToolSet.disconnect(self._on_map_tool_set)
        except (TypeError, RuntimeError):
            pass
        if self._toolbar_combo is not None:
            try:
                self._toolbar_combo.currentIndexChanged.disconnect(self._follow_active_norm)
            except (TypeError, RuntimeError):
                pass
            self._toolbar_combo = None


if QgsApplicationExitBlockerInterface is not None:

    class _ExitBlocker(QgsApplicationExitBlockerInterface):
        """Asks the dock before QGIS quits (registered with the interface, QGIS 3.16+)."""

        def __init__(self, dock: SpeelplekDock) -> None:
            super().__init__()
            self._dock = dock

        def allowExit(self) -> bool:  # noqa: N802 - QGIS's name
            try:
                return self._dock.settle_on_exit()
            except RuntimeError:  # the dock is gone already
                return True

else:  # pragma: no cover - QGIS before 3.16
    _ExitBlocker = None


def _new_field(name: str, qgis_type: str) -> QgsField:
    """A new field of the schema's type: QMetaType on QGIS 3.38+ (QVariant types are
    deprecated there), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        kinds = {"String": QMetaType.QString, "Int": QMetaType.Int, "Double": QMetaType.Double}
        return QgsField(name, kinds.get(qgis_type, QMetaType.QDate))
    kinds = {"String": QVariant.String, "Int": QVariant.Int, "Double": QVariant.Double}
    return QgsField(name, kinds.get(qgis_type, QVariant.Date))


def _set_state(widget: QWidget, name: str, value: bool) -> None:
    """Switch a dynamic property the form's style sheet reacts to."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _count_text(value: float) -> str:
    """A number of children: whole numbers as they are, split counts rounded with '≈'."""
    if abs(value - round(value)) < 1e-9:
        return "{:,.0f}".format(value)
    return "≈ {:,.0f}".format(value)


def _escape(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
