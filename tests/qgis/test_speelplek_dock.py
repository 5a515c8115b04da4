"""The playground assessment dock, driven like a planner drives it (pytest-qgis, qtbot).

The fixture is a tiny GeoPackage written here (EPSG:28992), copied into ``tmp_path`` for
every test. Values written by the dock are read back with ``sqlite3`` (not through QGIS);
children counts are compared with a brute-force nearest search written in this file.

Playgrounds (``speelplekken``; ages 0-5 / 6-11 / 12-17, NULL = unknown):

====  ==============  ==========  =============  ========  ==========================
fid   name            x, y        ages           condition last inspection
====  ==============  ==========  =============  ========  ==========================
1     De Vlinder      0, 0        1 / 1 / 0      matig     400 days ago (due)
2     Trapveld Oost   600, 0      0 / 1 / 1      –         – (due)
3     Zandbak Hof     0, 500      1 / 0 / 0      goed      30 days ago (not due)
4     Skatebaan       1200, 400   – / – / 1      –         – (due)
====  ==============  ==========  =============  ========  ==========================

(coordinates relative to 200000, 450000). ``kinderen``: ten points with residents per age
group; ``cbs_raster``: two 100 m cells with the CBS band fields.
"""

from __future__ import annotations

import datetime
import math
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRect, Qt, QVariant
from qgis.PyQt.QtWidgets import QMessageBox

REPO = Path(__file__).resolve().parents[2]
X0, Y0 = 200000.0, 450000.0
TODAY = datetime.date.today()

PLAYGROUNDS = [
    # fid, name, type, x, y, age_0_5, age_6_11, age_12_17, condition, last_inspection
    (1, "De Vlinder", "speeltuin", 0, 0, 1, 1, 0, "matig", TODAY - datetime.timedelta(days=400)),
    (2, "Trapveld Oost", "trapveld", 600, 0, 0, 1, 1, None, None),
    (3, "Zandbak Hof", "speelplek", 0, 500, 1, 0, 0, "goed", TODAY - datetime.timedelta(days=30)),
    (4, "Skatebaan", "skatebaan", 1200, 400, None, None, 1, None, None),
]
CHILDREN = [
    # x, y, residents 0-5, 6-11, 12-17
    (50, 20, 5, 3, 2),
    (300, 10, 4, 6, 1),
    (550, 50, 2, 2, 8),
    (20, 450, 7, 1, 0),
    (100, 300, 3, 4, 2),
    (1100, 350, 0, 5, 6),
    (900, 200, 1, 2, 3),
    (-200, -100, 6, 2, 1),
    (700, 600, 2, 3, 4),
    (1500, 500, 1, 1, 5),
]
#: Midden-Drenthe 2011 play policy (README): 0-5 100 m, 6-11 400 m, 12-17 1,000 m.
NORM_M = {"0-5": 100.0, "6-11": 400.0, "12-17": 1000.0}


def build_fixture(path: Path) -> None:
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    data = driver.CreateDataSource(str(path))
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    layer = data.CreateLayer("speelplekken", rd, ogr.wkbPoint)
    for name, kind in (
        ("name", ogr.OFTString),
        ("place_type", ogr.OFTString),
        ("age_0_5", ogr.OFTInteger),
        ("age_6_11", ogr.OFTInteger),
        ("age_12_17", ogr.OFTInteger),
        ("condition", ogr.OFTString),
        ("rating", ogr.OFTReal),
        ("last_inspection", ogr.OFTString),  # text, as the demo's import writes it
        ("source_id", ogr.OFTString),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for fid, name, kind, x, y, a, b, c, condition, inspected in PLAYGROUNDS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        for field, value in (
            ("name", name),
            ("place_type", kind),
            ("age_0_5", a),
            ("age_6_11", b),
            ("age_12_17", c),
            ("condition", condition),
            ("last_inspection", inspected.isoformat() if inspected else None),
            ("source_id", f"A{fid}"),
        ):
            if value is None:
                feature.SetFieldNull(field)
            else:
                feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({X0 + x} {Y0 + y})"))
        layer.CreateFeature(feature)
    layer = data.CreateLayer("kinderen", rd, ogr.wkbPoint)
    for name in ("residents_0_5", "residents_6_11", "residents_12_17"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for x, y, a, b, c in CHILDREN:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("residents_0_5", a)
        feature.SetField("residents_6_11", b)
        feature.SetField("residents_12_17", c)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({X0 + x} {Y0 + y})"))
        layer.CreateFeature(feature)
    layer = data.CreateLayer("cbs_raster", rd, ogr.wkbPolygon)
    for name in ("aantal_inwoners_0_tot_15_jaar", "aantal_inwoners_15_tot_25_jaar"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    for i, (x, y) in enumerate(((0, 0), (100, 0))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("aantal_inwoners_0_tot_15_jaar", 15 * (i + 1))
        feature.SetField("aantal_inwoners_15_tot_25_jaar", 10)
        wkt = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
            X0 + x, Y0 + y, X0 + x + 100, Y0 + y + 100
        )
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer = data.CreateLayer("paden", rd, ogr.wkbLineString)
    for wkt in (  # a street along y = 0 and one along x = 0
        "LINESTRING ({} {}, {} {})".format(X0 - 500, Y0, X0 + 1500, Y0),
        "LINESTRING ({} {}, {} {})".format(X0, Y0 - 200, X0, Y0 + 700),
    ):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    data = None


@pytest.fixture(scope="module")
def fixture_gpkg(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("speelplek") / "speelplek_small.gpkg"
    build_fixture(path)
    return path


@pytest.fixture()
def gpkg(fixture_gpkg, tmp_path) -> Path:
    target = tmp_path / "speelplek.gpkg"
    shutil.copy(fixture_gpkg, target)
    return target


class Answers:
    """Stands in for the planner answering the dock's questions; records what was asked."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, title, text, buttons, default):
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else QMessageBox.Cancel


@pytest.fixture()
def project_layers(gpkg, qgis_iface):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    layers = {}
    for name in ("speelplekken", "kinderen", "cbs_raster", "paden"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    project.addMapLayers(list(layers.values()))
    yield layers
    for layer in layers.values():
        if layer.isEditable():
            layer.rollBack()
    project.removeAllMapLayers()


@pytest.fixture()
def dock(qgis_iface, qgis_canvas, project_layers, monkeypatch):
    from qgis.core import QgsSettings

    from wijkaanpak.wijkaanpak_plugin.gui.speelplek_dock import SpeelplekDock

    for key in ("speelplek_dock", "assessor", "inspection_interval_months", "unknown_ages_serve"):
        QgsSettings().remove(f"wijkaanpak/{key}")
    widget = SpeelplekDock(qgis_iface)
    widget.resize(420, 1500)
    widget.show()
    # the planner answers "no" unless a test says otherwise: nothing happens silently
    monkeypatch.setattr(widget, "_ask", Answers())
    yield widget
    widget.cleanup()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def rows_of(dock) -> list[int]:
    table = dock.ui.playgroundTable
    return [table.item(r, 0).data(Qt.UserRole) for r in range(table.rowCount())]


def click_row_of(dock, qtbot, fid: int) -> None:
    table = dock.ui.playgroundTable
    row = rows_of(dock).index(fid)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    assert dock.fid == fid


def fill_form(dock, qtbot) -> None:
    ui = dock.ui
    ui.conditionCombo.setCurrentIndex(ui.conditionCombo.findData(2))
    ui.age1217Combo.setCurrentIndex(ui.age1217Combo.findData(True))
    for field, answer in (("incl_route", "ja"), ("incl_shade", "deels"), ("incl_quiet", "nee")):
        combo = dock._answer_combos[field]
        combo.setCurrentIndex(combo.findData(answer))
    ui.ratingEdit.clear()
    qtbot.keyClicks(ui.ratingEdit, "7,5")
    ui.inspectionDateEdit.setDate(QDate(2025, 6, 1))
    ui.assessorEdit.clear()
    qtbot.keyClicks(ui.assessorEdit, "Team Spelen")
    ui.notesEdit.setPlainText("Hek klemt; bankje ontbreekt.")


def is_null(value) -> bool:
    """NULL as QGIS 3.22 (a null QVariant) and 3.40 (None) hand it over."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def sqlite_row(path: Path, fid: int, columns: list[str]) -> dict:
    with sqlite3.connect(str(path)) as connection:
        present = {r[1] for r in connection.execute("PRAGMA table_info(speelplekken)")}
        wanted = [c for c in columns if c in present]
        row = connection.execute(
            "SELECT {} FROM speelplekken WHERE fid = ?".format(", ".join(wanted)), (fid,)
        ).fetchone()
    return dict(zip(wanted, row))


def sqlite_columns(path: Path) -> set:
    with sqlite3.connect(str(path)) as connection:
        return {r[1] for r in connection.execute("PRAGMA table_info(speelplekken)")}


# ------------------------------------------------------------------------------ the form


def test_form_has_no_designer_connections_and_a_stable_name(dock):
    for ui_file in (REPO / "forms").glob("*.ui"):
        assert "<connections>" not in ui_file.read_text(encoding="utf-8"), ui_file
    assert dock.objectName() == "WijkaanpakSpeelplekDock"
    assert dock.layer is not None and dock.layer.name() == "speelplekken"
    # the layer with CBS grid fields is preselected as the residents layer
    assert dock.ui.populationLayerCombo.currentLayer().name() == "cbs_raster"


def test_the_form_fits_a_narrow_dock(dock, qtbot):
    """QGIS's side dock areas are often about 300 px wide: nothing may be cut off there."""
    dock.setParent(None)
    dock.show()
    click_row_of(dock, qtbot, 1)
    assert dock.ui.scrollContents.minimumSizeHint().width() <= 300


def test_list_filters_by_condition_age_and_inspection_due(dock, qtbot):
    assert sorted(rows_of(dock)) == [1, 2, 3, 4]
    assert dock.ui.listCountLabel.text().startswith("4 of 4")
    dock.ui.dueCheck.setChecked(True)  # hand count: 1 (400 days), 2 and 4 (no date)
    assert sorted(rows_of(dock)) == [1, 2, 4]
    dock.ui.dueCheck.setChecked(False)
    combo = dock.ui.conditionFilterCombo
    combo.setCurrentIndex(combo.findData("not_assessed"))
    assert sorted(rows_of(dock)) == [2, 4]
    combo.setCurrentIndex(combo.findData("any"))
    ages = dock.ui.ageFilterCombo
    ages.setCurrentIndex(ages.findData("0-5"))
    assert sorted(rows_of(dock)) == [1, 3]
    ages.setCurrentIndex(ages.findData("unknown"))
    assert rows_of(dock) == [4]
    ages.setCurrentIndex(ages.findData("any"))
    qtbot.keyClicks(dock.ui.searchEdit, "trap")
    assert rows_of(dock) == [2]


def test_assess_apply_save_and_reopen(dock, qtbot, gpkg, monkeypatch):
    layer = dock.layer
    click_row_of(dock, qtbot, 1)
    assert dock.ui.ratingEdit.text() == "" and dock.ui.age05Combo.currentData() is True
    fill_form(dock, qtbot)
    answers = Answers(QMessageBox.Yes)  # "Add the missing fields …?" → yes
    monkeypatch.setattr(dock, "_ask", answers)
    qtbot.mouseClick(dock.ui.applyButton, Qt.LeftButton)
    assert len(answers.asked) == 1 and "condition_score" in answers.asked[0]
    assert "incl_route" in answers.asked[0]
    # in the edit buffer, not yet in the file: QGIS will ask to save on closing
    assert layer.isEditable() and layer.isModified()
    assert "rating" in sqlite_columns(gpkg) and "condition_score" not in sqlite_columns(gpkg)
    assert dock.ui.saveButton.isEnabled()
    qtbot.mouseClick(dock.ui.saveButton, Qt.LeftButton)
    assert not layer.isEditable() and not layer.isModified()

    row = sqlite_row(
        gpkg,
        1,
        [
            "condition_score",
            "condition",
            "age_0_5",
            "age_6_11",
            "age_12_17",
            "rating",
            "last_inspection",
            "assessor",
            "assessed_on",
            "notes",
            "incl_route",
            "incl_shade",
            "incl_quiet",
            "incl_seating",
        ],
    )
    assert row == {
        "condition_score": 2,
        "condition": "slecht",  # 2 → slecht (docs/schema.md)
        "age_0_5": 1,
        "age_6_11": 1,
        "age_12_17": 1,
        "rating": 7.5,
        "last_inspection": "2025-06-01",
        "assessor": "Team Spelen",
        "assessed_on": TODAY.isoformat(),
        "notes": "Hek klemt; bankje ontbreekt.",
        "incl_route": "ja",
        "incl_shade": "deels",
        "incl_quiet": "nee",
        "incl_seating": None,
    }
    # the other playgrounds are untouched
    assert sqlite_row(gpkg, 2, ["rating", "condition", "assessor"]) == {
        "rating": None,
        "condition": None,
        "assessor": None,
    }
    reopened = QgsVectorLayer(f"{gpkg}|layername=speelplekken", "again", "ogr")
    feature = reopened.getFeature(1)
    assert feature["rating"] == 7.5 and feature["assessor"] == "Team Spelen"
    assert feature["incl_route"] == "ja" and feature["condition_score"] == 2


def test_undo_and_redo_through_the_layers_undo_stack(dock, qtbot, gpkg, monkeypatch):
    layer = dock.layer
    click_row_of(dock, qtbot, 3)
    monkeypatch.setattr(dock, "_ask", Answers(QMessageBox.Yes))
    fill_form(dock, qtbot)
    assert dock.apply()
    stack = layer.undoStack()
    assert layer.getFeature(3)["rating"] == 7.5
    stack.undo()  # the assessment (one command)
    feature = layer.getFeature(3)
    assert is_null(feature["rating"]) and is_null(feature["assessor"])
    assert feature["condition"] == "goed"
    qtbot.waitUntil(lambda: dock.ui.ratingEdit.text() == "")  # the form follows the layer
    assert dock.ui.conditionCombo.currentData() is None
    stack.redo()
    assert layer.getFeature(3)["rating"] == 7.5
    assert layer.getFeature(3)["condition"] == "slecht"
    qtbot.waitUntil(lambda: dock.ui.ratingEdit.text() in ("7.5", "7,5"))
    assert dock.save()
    assert sqlite_row(gpkg, 3, ["rating", "condition", "incl_route"]) == {
        "rating": 7.5,
        "condition": "slecht",
        "incl_route": "ja",
    }


def test_a_failed_save_shows_the_errors_and_keeps_the_edits(dock, qtbot, gpkg, monkeypatch):
    layer = dock.layer
    click_row_of(dock, qtbot, 2)
    monkeypatch.setattr(dock, "_ask", Answers(QMessageBox.Yes))
    fill_form(dock, qtbot)
    assert dock.apply()
    boxes = []
    monkeypatch.setattr(dock, "_show_error_box", lambda title, text, errors: boxes.append(errors))
    monkeypatch.setattr(layer, "commitChanges", lambda *args: False)
    monkeypatch.setattr(layer, "commitErrors", lambda: ["ERROR: disk full (test)"])
    assert not dock.save()
    assert "disk full (test)" in dock.message_text()
    assert boxes == [["ERROR: disk full (test)"]]
    assert layer.isEditable() and layer.isModified()  # nothing lost: still in the edits
    monkeypatch.undo()
    monkeypatch.setattr(dock, "_ask", Answers())  # undo() restored the real question too
    assert dock.save()
    assert sqlite_row(gpkg, 2, ["rating"]) == {"rating": 7.5}


def test_invalid_values_give_messages_and_write_nothing(dock, qtbot, gpkg, monkeypatch):
    layer = dock.layer
    click_row_of(dock, qtbot, 2)
    answers = Answers(QMessageBox.Yes)
    monkeypatch.setattr(dock, "_ask", answers)
    qtbot.keyClicks(dock.ui.ratingEdit, "11")
    tomorrow = TODAY + datetime.timedelta(days=1)
    dock.ui.inspectionDateEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dock.ui.assessorEdit.clear()
    qtbot.mouseClick(dock.ui.applyButton, Qt.LeftButton)
    text = dock.message_text()
    assert "Residents' rating: 11 lies outside 1 to 10" in text
    assert "lies in the future" in text
    assert "Assessor: say who made the assessment" in text
    assert answers.asked == []  # not even asked to add fields
    assert not layer.isEditable() and not layer.isModified()
    assert "condition_score" not in sqlite_columns(gpkg)
    assert sqlite_row(gpkg, 2, ["rating", "last_inspection"]) == {
        "rating": None,
        "last_inspection": None,
    }
    # a rating that is not a number is named too
    dock.ui.ratingEdit.clear()
    qtbot.keyClicks(dock.ui.ratingEdit, "zeven")
    assert not dock.apply()
    assert "'zeven' is not a number" in dock.message_text()
    assert not layer.isModified()


def test_missing_fields_are_added_only_after_confirmation(dock, qtbot, gpkg, monkeypatch):
    layer = dock.layer
    assert dock.ui.missingFieldsFrame.isVisibleTo(dock)
    click_row_of(dock, qtbot, 4)
    fill_form(dock, qtbot)
    refuse = Answers(QMessageBox.No)
    monkeypatch.setattr(dock, "_ask", refuse)
    qtbot.mouseClick(dock.ui.applyButton, Qt.LeftButton)
    assert len(refuse.asked) == 1 and "Add the missing fields" in refuse.asked[0]
    assert "Not applied" in dock.message_text()
    assert "condition_score" not in layer.fields().names()
    assert not layer.isEditable() and not layer.isModified()
    # the button asks too, and adds them when the planner agrees
    agree = Answers(QMessageBox.Yes)
    monkeypatch.setattr(dock, "_ask", agree)
    qtbot.mouseClick(dock.ui.addFieldsButton, Qt.LeftButton)
    assert len(agree.asked) == 1
    names = layer.fields().names()
    for name in ("condition_score", "assessor", "assessed_on", "notes", "incl_route"):
        assert name in names
    assert not dock.ui.missingFieldsFrame.isVisibleTo(dock)
    assert "condition_score" not in sqlite_columns(gpkg)  # in the edits, not yet in the file
    # the values typed before are still in the form; applying now asks nothing more
    assert dock.apply() and len(agree.asked) == 1
    assert dock.save(), dock.message_text()
    columns = sqlite_columns(gpkg)
    assert {"condition_score", "assessor", "assessed_on", "notes", "incl_overview"} <= columns
    assert sqlite_row(gpkg, 4, ["rating", "condition_score"]) == {
        "rating": 7.5,
        "condition_score": 2,
    }


def test_a_shapefile_is_not_given_fields_it_would_cut(dock, qtbot, gpkg, tmp_path, monkeypatch):
    from osgeo import gdal

    shp = tmp_path / "speelplekken.shp"
    gdal.VectorTranslate(str(shp), str(gpkg), layers=["speelplekken"])
    layer = QgsVectorLayer(str(shp), "speelplekken_shp", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dock.ui.playgroundLayerCombo.setLayer(layer)
    assert dock.layer is layer
    assert dock.select_playground(next(layer.getFeatures()).id())
    fill_form(dock, qtbot)
    answers = Answers(QMessageBox.Yes)
    monkeypatch.setattr(dock, "_ask", answers)
    assert not dock.apply()
    assert "Shapefile" in dock.message_text() and answers.asked == []
    assert not layer.isEditable() and not layer.isModified()
    dock.ui.playgroundLayerCombo.setLayer(QgsProject.instance().mapLayersByName("speelplekken")[0])


def test_switching_playground_asks_before_dropping_typed_values(dock, qtbot, monkeypatch):
    click_row_of(dock, qtbot, 1)
    qtbot.keyClicks(dock.ui.ratingEdit, "8")
    stay = Answers(QMessageBox.Cancel)
    monkeypatch.setattr(dock, "_ask", stay)
    assert not dock.select_playground(2)
    assert dock.fid == 1 and dock.ui.ratingEdit.text() == "8" and len(stay.asked) == 1
    drop = Answers(QMessageBox.Discard)
    monkeypatch.setattr(dock, "_ask", drop)
    assert dock.select_playground(2)
    assert dock.fid == 2 and dock.ui.ratingEdit.text() == ""
    assert not dock.layer.isModified()


def test_a_playground_that_cannot_be_read_keeps_the_form_and_says_so(dock, qtbot, monkeypatch):
    """A source that cannot be read for a moment (e.g. a PostGIS server that is down) gives an
    invalid feature: the form keeps its values and the dock says why, no Python error."""
    click_row_of(dock, qtbot, 1)
    shown = dock.ui.ratingEdit.text()
    monkeypatch.setattr(dock.layer, "getFeature", lambda *_args: QgsFeature())
    dock._reload_current()
    assert dock.fid == 1 and dock.ui.ratingEdit.text() == shown
    assert "cannot be read" in dock.message_text()


# ------------------------------------------------------------------------------ children


def brute_force_children(fid: int) -> dict:
    """Per age group (all, within the norm) the children whose nearest suitable playground is
    ``fid``; unknown ages count as serving (the dock's default)."""
    column = {"0-5": 5, "6-11": 6, "12-17": 7}
    out = {}
    for group, norm in NORM_M.items():
        total = within = 0.0
        for x, y, *counts in CHILDREN:
            best, best_d = None, math.inf
            for place in PLAYGROUNDS:
                flag = place[column[group]]
                if flag == 0:
                    continue
                d = math.hypot(x - place[3], y - place[4])
                if d < best_d:
                    best, best_d = place[0], d
            if best == fid:
                count = counts[list(NORM_M).index(group)]
                total += count
                within += count if best_d <= norm else 0
        out[group] = (total, within)
    return out


def test_children_per_age_group_equal_a_brute_force_nearest(dock, qtbot, project_layers):
    dock.ui.populationLayerCombo.setLayer(project_layers["kinderen"])
    serves = {1: (1, 1, 0), 2: (0, 1, 1), 3: (1, 0, 0), 4: (1, 1, 1)}
    for fid in (1, 2, 3, 4):
        click_row_of(dock, qtbot, fid)
        expected = brute_force_children(fid)
        table = dock.ui.childrenTable
        for row, group in enumerate(NORM_M):
            nearest, within = expected[group]
            if serves[fid][row]:
                shown = table.item(row, 2).text().replace(" *", "")
                assert shown == "{:,.0f}".format(nearest), (fid, group)
                assert table.item(row, 3).text() == "{:,.0f}".format(within), (fid, group)
            else:
                assert nearest == 0 and table.item(row, 2).text() == "—"
    # unknown ages of the skate park are marked
    click_row_of(dock, qtbot, 4)
    assert dock.ui.childrenTable.item(0, 2).text().endswith("*")


def test_catchment_of_the_selected_playground_is_drawn_per_age_group(dock, qtbot):
    click_row_of(dock, qtbot, 1)  # serves 0-5 and 6-11
    shapes = dock.catchment_geometries()
    assert set(shapes) == {"0-5", "6-11"}
    for group, radius in (("0-5", 100.0), ("6-11", 400.0)):
        area = shapes[group].area()
        assert area == pytest.approx(math.pi * radius**2, rel=0.01)
        centre = shapes[group].boundingBox().center()
        assert (centre.x(), centre.y()) == pytest.approx((X0, Y0), abs=0.5)
    click_row_of(dock, qtbot, 3)  # serves 0-5 only
    assert set(dock.catchment_geometries()) == {"0-5"}
    dock.close()  # the planner closes the dock: nothing of it stays on the map
    assert dock.catchment_geometries() == {}


def test_network_catchment_follows_the_streets(dock, qtbot, project_layers):
    dock.ui.populationLayerCombo.setLayer(project_layers["kinderen"])
    dock.ui.networkLayerCombo.setLayer(project_layers["paden"])
    click_row_of(dock, qtbot, 1)  # at the crossing of the two streets
    assert "walking distances over the network" in dock.ui.childrenNoteLabel.text()
    shape = dock.catchment_geometries()["0-5"]
    # the streets within 100 m, 25 m either side: a cross, inside the disk of 100 + 25 m and
    # smaller than the straight-line disk of 100 m
    assert 0 < shape.area() < math.pi * 100**2
    disk = QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)).buffer(125.5, 32)
    assert disk.contains(shape)
    # a point 60 m off both streets is within 100 m straight-line, not on the walking cross
    assert not shape.contains(QgsGeometry.fromPointXY(QgsPointXY(X0 + 60, Y0 + 60)))
    assert shape.contains(QgsGeometry.fromPointXY(QgsPointXY(X0 + 90, Y0 + 10)))


def test_reach_is_computed_once_and_again_after_an_age_change(dock, qtbot, monkeypatch):
    from wijkaanpak.wijkaanpak_plugin.gui import speelplek_dock as module

    calls = []
    real = module.analyse_reach

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "analyse_reach", counting)
    dock.ui.populationLayerCombo.setLayer(QgsProject.instance().mapLayersByName("kinderen")[0])
    for fid in (1, 2, 3, 1):
        click_row_of(dock, qtbot, fid)
    assert len(calls) == 1
    # playground 1 now also serves 12-17: the reach is computed again and it gets children
    monkeypatch.setattr(dock, "_ask", Answers(QMessageBox.Yes))
    fill_form(dock, qtbot)
    assert dock.apply()
    assert len(calls) == 2
    assert dock.ui.childrenTable.item(2, 2).text() != "—"


def test_an_edit_of_the_residents_layer_is_counted(dock, qtbot, project_layers):
    children = project_layers["kinderen"]
    dock.ui.populationLayerCombo.setLayer(children)
    click_row_of(dock, qtbot, 1)
    before = brute_force_children(1)["0-5"][0]
    assert dock.ui.childrenTable.item(0, 2).text() == "{:,.0f}".format(before)
    # the first point (50, 20) has playground 1 as its nearest: 100 more toddlers there
    first = next(children.getFeatures())
    assert first.geometry().asPoint().x() == pytest.approx(X0 + 50)
    children.startEditing()
    children.changeAttributeValue(first.id(), children.fields().indexOf("residents_0_5"), 105.0)
    click_row_of(dock, qtbot, 2)
    click_row_of(dock, qtbot, 1)
    assert dock.ui.childrenTable.item(0, 2).text() == "{:,.0f}".format(before + 100)
    children.rollBack()


def test_the_norm_is_the_plugins_active_norm(wijkaanpak_plugin, qgis_iface):
    """The dock and the toolbar's norm choice show one active norm, whichever is changed."""
    from qgis.PyQt.QtWidgets import QComboBox

    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    dock = wijkaanpak_plugin.speelplek_dock
    toolbar = qgis_iface.mainWindow().findChild(QComboBox, "wijkaanpakNormCombo")
    assert dock is not None and toolbar is not None
    try:
        dock.ui.normCombo.setCurrentIndex(dock.ui.normCombo.findData("fields_in_trust"))
        assert toolbar.currentData() == "fields_in_trust"
        assert WijkaanpakSettings.load().norm_profile == "fields_in_trust"
        toolbar.setCurrentIndex(toolbar.findData("midden_drenthe_2011"))
        assert dock.ui.normCombo.currentData() == "midden_drenthe_2011"
    finally:
        toolbar.setCurrentIndex(toolbar.findData("midden_drenthe_2011"))


# ------------------------------------------------------------------------------ screenshot


def test_screenshot_of_the_dock(dock, qtbot, project_layers, monkeypatch):
    """out/test/speelplek_dock.png: the whole dock after an assessment was applied."""
    dock.ui.populationLayerCombo.setLayer(project_layers["kinderen"])
    click_row_of(dock, qtbot, 1)
    fill_form(dock, qtbot)
    monkeypatch.setattr(dock, "_ask", Answers(QMessageBox.Yes))
    assert dock.apply()
    out = REPO / "out" / "test"
    out.mkdir(parents=True, exist_ok=True)
    # a window of its own (the test's main window is never shown), tall enough to show the
    # whole form at once (in QGIS it scrolls), cut below the last box
    dock.setParent(None)
    dock.show()
    dock.resize(400, 2400)
    qtbot.wait(50)
    last = dock.ui.settingsGroup
    bottom = last.mapTo(dock, QPoint(0, last.height())).y() + 8
    target = out / "speelplek_dock.png"
    assert dock.grab(QRect(0, 0, dock.width(), bottom)).save(str(target))
    assert target.stat().st_size > 10_000


# ------------------------------------------------------------------------------ network counts

#: A hand-built street network (relative to X0, Y0): a south and a north street joined only
#: by a bridge in the east, and a dead-end spur north of the north street. A child on the
#: north street is close to the south street's playground as the crow flies but walks round
#: by the bridge.
NET_STREETS = [
    [(0, 0), (1000, 0)],  # south street
    [(0, 200), (400, 200), (1000, 200)],  # north street, with a vertex where the spur joins
    [(1000, 0), (1000, 200)],  # the bridge
    [(400, 200), (400, 320)],  # spur
]
NET_PLAYGROUNDS = [
    # name, x, y, age_0_5, age_6_11, age_12_17
    ("Zuid", 100, 10, 1, 1, 1),
    ("Noord", 850, 205, 1, 1, 0),
    ("Spoor", 420, 300, 0, 1, 1),
    ("Ver weg", 600, 500, 1, 1, 1),  # 269 m from every street: off the network
]
NET_CHILDREN = [
    # x, y, residents 0-5, 6-11, 12-17
    (150, 190, 4, 3, 2),
    (300, 15, 2, 5, 1),
    (950, 30, 6, 1, 3),
    (410, 260, 3, 7, 4),
    (700, 100, 5, 5, 5),  # 100 m from every street: not on the network, counted nowhere
    (20, 180, 1, 2, 6),
    (990, 120, 7, 4, 2),
]
#: Streets meet where they share a vertex (docs/reach.md), so the network is its segments.
NET_SEGMENTS = [(a, b) for line in NET_STREETS for a, b in zip(line, line[1:])]
MAX_SNAP_M = 50.0  # the reach core's default snapping distance (docs/reach.md)


def _project(point, segment):
    """The nearest point of ``segment`` to ``point``: (distance, point on the segment)."""
    (ax, ay), (bx, by) = segment
    px, py = point
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return math.hypot(px - qx, py - qy), (qx, qy)


def _dijkstra(graph: dict, source) -> dict:
    """Plain Dijkstra: repeatedly settle the nearest unsettled node (no heap, no library)."""
    distance = {source: 0.0}
    settled = set()
    while True:
        open_nodes = [n for n in distance if n not in settled]
        if not open_nodes:
            return distance
        node = min(open_nodes, key=distance.get)
        settled.add(node)
        for neighbour, length in graph.get(node, []):
            if distance[node] + length < distance.get(neighbour, math.inf):
                distance[neighbour] = distance[node] + length
    return distance


def network_brute_force() -> dict:
    """Per playground name and age group (all, within the norm): the children whose nearest
    suitable playground over the streets it is. Every point walks straight to the nearest
    point of the nearest street (a leg that counts), points farther than 50 m from every
    street are off the network; the streets are cut at every such point and searched with
    plain Dijkstra."""
    points = {}  # name -> (leg, node)
    cuts = {
        i: [tuple(map(float, a)), tuple(map(float, b))] for i, (a, b) in enumerate(NET_SEGMENTS)
    }
    located = [("place", p[0], p[1], p[2]) for p in NET_PLAYGROUNDS]
    located += [("child", i, c[0], c[1]) for i, c in enumerate(NET_CHILDREN)]
    for kind, key, x, y in located:
        leg, street = min((_project((x, y), s)[0], i) for i, s in enumerate(NET_SEGMENTS))
        spot = _project((x, y), NET_SEGMENTS[street])[1]
        if leg <= MAX_SNAP_M:
            node = (round(spot[0], 6), round(spot[1], 6))
            points[(kind, key)] = (leg, node)
            cuts[street].append(node)
    graph: dict = {}
    for i, nodes in cuts.items():
        start = NET_SEGMENTS[i][0]
        ordered = sorted(set(nodes), key=lambda n: math.hypot(n[0] - start[0], n[1] - start[1]))
        for a, b in zip(ordered, ordered[1:]):
            length = math.hypot(b[0] - a[0], b[1] - a[1])
            graph.setdefault(a, []).append((b, length))
            graph.setdefault(b, []).append((a, length))
    out = {p[0]: {g: [0.0, 0.0] for g in NORM_M} for p in NET_PLAYGROUNDS}
    for i, child in enumerate(NET_CHILDREN):
        if ("child", i) not in points:
            continue
        leg, node = points[("child", i)]
        reached = _dijkstra(graph, node)
        for g_index, (group, norm) in enumerate(NORM_M.items()):
            best, best_d = None, math.inf
            for place in NET_PLAYGROUNDS:
                if not place[3 + g_index] or ("place", place[0]) not in points:
                    continue
                place_leg, place_node = points[("place", place[0])]
                d = leg + reached.get(place_node, math.inf) + place_leg
                if d < best_d:
                    best, best_d = place[0], d
            if best is not None:
                out[best][group][0] += child[2 + g_index]
                if best_d <= norm:
                    out[best][group][1] += child[2 + g_index]
    return out


def memory_layer(spec: str, name: str, rows, wkt) -> QgsVectorLayer:
    from qgis.core import QgsFeature

    layer = QgsVectorLayer(spec, name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row[1]))
        feature.setGeometry(QgsGeometry.fromWkt(wkt(row[0])))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_network_children_per_age_group_equal_a_brute_force_dijkstra(dock):
    """The counts the dock shows with a walking network are those of a plain Dijkstra over
    the hand-built streets (a different answer from straight lines for the north street)."""
    point = "POINT ({} {})".format
    streets = memory_layer(
        "LineString?crs=EPSG:28992",
        "straten",
        [(s, []) for s in NET_STREETS],
        lambda s: "LINESTRING ({})".format(", ".join(f"{X0 + x} {Y0 + y}" for x, y in s)),
    )
    playgrounds = memory_layer(
        "Point?crs=EPSG:28992&field=name:string&field=place_type:string&field=age_0_5:integer"
        "&field=age_6_11:integer&field=age_12_17:integer",
        "speelplekken_net",
        [((x, y), (n, "speeltuin", a, b, c)) for n, x, y, a, b, c in NET_PLAYGROUNDS],
        lambda xy: point(X0 + xy[0], Y0 + xy[1]),
    )
    children = memory_layer(
        "Point?crs=EPSG:28992&field=residents_0_5:double&field=residents_6_11:double"
        "&field=residents_12_17:double",
        "kinderen_net",
        [((x, y), (a, b, c)) for x, y, a, b, c in NET_CHILDREN],
        lambda xy: point(X0 + xy[0], Y0 + xy[1]),
    )
    dock.ui.playgroundLayerCombo.setLayer(playgrounds)
    dock.ui.populationLayerCombo.setLayer(children)
    dock.ui.networkLayerCombo.setLayer(streets)
    assert dock.layer is playgrounds
    expected = network_brute_force()
    # the network matters here: the child on the north street at x = 150 is nearest to
    # Zuid as the crow flies (187 m) but walks to Noord (715 m), Zuid being 1,970 m round
    assert expected["Noord"]["0-5"][0] >= 4 and expected["Zuid"]["0-5"][0] == 2
    shown_total = 0.0
    for feature in playgrounds.getFeatures():
        assert dock.select_playground(feature.id())
        assert "walking distances over the network" in dock.ui.childrenNoteLabel.text()
        table = dock.ui.childrenTable
        for row, group in enumerate(NORM_M):
            nearest, within = expected[feature["name"]][group]
            text = table.item(row, 2).text()
            if text == "—":  # not a playground for this age group (or off the network)
                assert nearest == 0, (feature["name"], group)
                continue
            assert text == "{:,.0f}".format(nearest), (feature["name"], group)
            shown_within = table.item(row, 3).text()
            assert shown_within == "{:,.0f}".format(within), (feature["name"], group)
            shown_total += nearest
    # everyone on the network is counted once per age group; the child off it nowhere
    on_network = [c for c in NET_CHILDREN if (c[0], c[1]) != (700, 100)]
    assert shown_total == sum(a + b + c for _x, _y, a, b, c in on_network)


def test_children_from_the_cbs_grid_are_split_by_years_of_age(dock, qtbot):
    """The preselected CBS grid (two cells, centres 50 m and 150 m east of De Vlinder, 15 and
    30 residents 0-14): both cells are nearest to De Vlinder for 0-5 (Zandbak Hof lies 500 m
    north); 0-5 is 6 of the 15 years of 0-14 (docs/reach.md), so 6/15 × 45 = 18 children, of
    whom 6/15 × 15 = 6 in the cell within 100 m (71 m; the other is 158 m away)."""
    assert dock.ui.populationLayerCombo.currentLayer().name() == "cbs_raster"
    click_row_of(dock, qtbot, 1)
    assert dock.ui.childrenTable.item(0, 2).text() == "18"
    assert dock.ui.childrenTable.item(0, 3).text() == "6"
    assert "split from the CBS bands" in dock.ui.childrenNoteLabel.text()


def test_residents_layers_are_recognised_by_the_shared_reader():
    from wijkaanpak.wijkaanpak_plugin.gui.speelplek_dock import (
        children_fields,
        residents_layer_score,
    )

    cbs = ["c28992r100", "aantal_inwoners_0_tot_15_jaar", "AANTAL_INWONERS_15_TOT_25_JAAR"]
    assert children_fields(cbs) == (
        {},
        {"0-14": "aantal_inwoners_0_tot_15_jaar", "15-24": "AANTAL_INWONERS_15_TOT_25_JAAR"},
    )
    assert children_fields(["INW_014", "INW_1524"])[1] == {"0-14": "INW_014", "15-24": "INW_1524"}
    own = ["residents_0_5", "residents_6_11", "residents_12_17", "residents_65plus"]
    assert children_fields(own) == (
        {"0-5": "residents_0_5", "6-11": "residents_6_11", "12-17": "residents_12_17"},
        {},
    )
    assert children_fields(["aantal_inwoners_0_tot_15_jaar"]) is None  # 12-17 needs 15-24
    assert children_fields(["residents_0_5", "residents_6_11"]) is None
    assert [residents_layer_score(n) for n in (cbs, own, ["name"])] == [2, 1, 0]


# ------------------------------------------------------------------------------ settings


def test_settings_are_one_group_and_old_keys_move(dock, qtbot):
    from qgis.core import QgsSettings

    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    store = QgsSettings()
    norm_before = WijkaanpakSettings.load().norm_profile
    try:
        # a value stored by an older version, under the dock's own group, is read ...
        store.setValue("wijkaanpak/speelplek_dock/inspection_interval_months", 6)
        assert WijkaanpakSettings.load().inspection_interval_months == 6
        # ... and moved on the next write; the dock writes only what it changed
        WijkaanpakSettings.store(norm_profile="fields_in_trust")
        dock.ui.dueMonthsSpin.setValue(18)
        assert store.value("wijkaanpak/inspection_interval_months") in (18, "18")
        assert store.value("wijkaanpak/speelplek_dock/inspection_interval_months") is None
        assert WijkaanpakSettings.load().norm_profile == "fields_in_trust"
        click_row_of(dock, qtbot, 1)
        fill_form(dock, qtbot)
        dock._ask = Answers(QMessageBox.Yes)
        assert dock.apply()
        assert WijkaanpakSettings.load().assessor == "Team Spelen"
        assert store.value("wijkaanpak/speelplek_dock/assessor") is None
    finally:
        WijkaanpakSettings.store(norm_profile=norm_before)


# ------------------------------------------------------------------------------ quitting QGIS


def close_main_window(qgis_iface) -> bool:
    """QGIS's main window is asked to close (the window's X); True when it may."""
    from qgis.PyQt.QtGui import QCloseEvent
    from qgis.PyQt.QtWidgets import QApplication

    event = QCloseEvent()
    QApplication.sendEvent(qgis_iface.mainWindow(), event)
    return event.isAccepted()


def test_typed_values_go_into_the_edit_buffer_when_qgis_closes(dock, qtbot, qgis_iface, gpkg):
    layer = dock.layer
    click_row_of(dock, qtbot, 1)
    fill_form(dock, qtbot)
    assert dock.is_dirty() and not layer.isModified()
    answers = Answers(QMessageBox.Yes)  # add the missing fields
    dock._ask = answers
    assert close_main_window(qgis_iface)
    # applied: QGIS's own "unsaved edits" prompt, which comes next, covers them
    assert layer.isEditable() and layer.isModified() and not dock.is_dirty()
    feature = layer.getFeature(1)
    assert feature["rating"] == 7.5 and feature["assessor"] == "Team Spelen"
    assert sqlite_row(gpkg, 1, ["rating"]) == {"rating": None}  # not saved behind their back


def test_values_that_cannot_be_applied_stop_qgis_closing_unless_dropped(dock, qtbot, qgis_iface):
    layer = dock.layer
    click_row_of(dock, qtbot, 2)
    qtbot.keyClicks(dock.ui.ratingEdit, "11")  # outside 1-10
    stay = Answers(QMessageBox.Cancel)
    dock._ask = stay
    assert not close_main_window(qgis_iface)
    assert len(stay.asked) == 1 and "could not be applied" in stay.asked[0]
    assert "lies outside 1 to 10" in dock.message_text()
    assert dock.is_dirty() and dock.ui.ratingEdit.text() == "11" and not layer.isModified()
    drop = Answers(QMessageBox.Discard)
    dock._ask = drop
    assert close_main_window(qgis_iface) and len(drop.asked) == 1


def test_quitting_another_way_saves_typed_values_after_asking(dock, qtbot, gpkg):
    """Ctrl+Q does not close the window first: QGIS asks its exit blockers (after its own
    questions about layer edits), and the dock offers to save what is still typed."""
    assert dock._exit_blocker is not None
    click_row_of(dock, qtbot, 3)
    fill_form(dock, qtbot)
    dock._ask = Answers(QMessageBox.Cancel)
    assert not dock._exit_blocker.allowExit() and dock.is_dirty()
    answers = Answers(QMessageBox.Save, QMessageBox.Yes)  # save; add the missing fields
    dock._ask = answers
    assert dock._exit_blocker.allowExit()
    assert "Save them to layer 'speelplekken'" in answers.asked[0]
    assert sqlite_row(gpkg, 3, ["rating", "assessor"]) == {
        "rating": 7.5,
        "assessor": "Team Spelen",
    }
    assert not dock.layer.isModified()
    dock._ask = Answers()  # nothing typed any more: nothing asked
    assert dock._exit_blocker.allowExit() and dock._ask.asked == []


def test_closing_the_project_saves_typed_values_after_asking(dock, qtbot, gpkg):
    """New or Open project: QGIS asks about layer edits, then clears the project; typed
    values are offered for saving before the layer goes."""
    click_row_of(dock, qtbot, 2)
    fill_form(dock, qtbot)
    answers = Answers(QMessageBox.Save, QMessageBox.Yes)  # save; add the missing fields
    dock._ask = answers
    QgsProject.instance().removeAll.emit()  # as QgsProject.clear() does first
    assert "The project is being closed" in answers.asked[0]
    assert sqlite_row(gpkg, 2, ["rating"]) == {"rating": 7.5}
    assert not dock.is_dirty()
