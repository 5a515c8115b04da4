"""The toolbar 'Wijkaanpak': its docks, its map tool, the active norm, and a clean unload."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsMapToolPan
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QComboBox, QDockWidget, QToolBar

TOOLBAR = "WijkaanpakToolbar"
ACTIONS = ["wijkaanpakWijkprofiel", "wijkaanpakSpeelplek", "wijkaanpakGapTool"]
TOOLBOX = "wijkaanpakOpenToolbox"
DOCKS = {
    "wijkaanpakWijkprofiel": "WijkaanpakWijkprofielDock",
    "wijkaanpakSpeelplek": "WijkaanpakSpeelplekDock",
}


def names(toolbar: QToolBar) -> list[str]:
    return [a.objectName() for a in toolbar.actions() if a.objectName()]


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def test_the_toolbar_holds_both_docks_the_map_tool_and_the_toolbox(wijkaanpak_plugin):
    toolbar = wijkaanpak_plugin.toolbar
    assert toolbar is not None and toolbar.objectName() == TOOLBAR
    assert toolbar.windowTitle() == "Wijkaanpak"
    shown = names(toolbar)
    # all three tools of the issue, in this order, then the Toolbox
    assert [n for n in shown if n in ACTIONS] == ACTIONS
    assert shown[-1] == TOOLBOX
    texts = {a.objectName(): a.text() for a in toolbar.actions()}
    assert texts["wijkaanpakWijkprofiel"] == "Wijkprofiel"
    assert texts["wijkaanpakSpeelplek"] == "Speelplek beoordelen"
    assert texts["wijkaanpakGapTool"] == "Waarom een gat?"
    for action in toolbar.actions():
        if action.objectName() in ACTIONS + [TOOLBOX]:
            assert not action.icon().isNull(), action.objectName()
            assert action in wijkaanpak_plugin.actions  # also in the plugin menu
    assert toolbar.findChild(QComboBox, "wijkaanpakNormCombo") is not None


@pytest.mark.parametrize("action_name", list(DOCKS))
def test_a_dock_action_shows_and_hides_its_dock(wijkaanpak_plugin, qgis_iface, action_name):
    window = qgis_iface.mainWindow()
    window.show()  # as in QGIS: docks live in a shown main window
    try:
        (action,) = [a for a in wijkaanpak_plugin.actions if a.objectName() == action_name]
        (dock,) = window.findChildren(QDockWidget, DOCKS[action_name])
        assert action.isCheckable() and not action.isChecked() and not dock.isUserVisible()
        action.setChecked(True)
        assert dock.isUserVisible()
        dock.close()  # closing the dock unchecks the button
        assert not action.isChecked() and not dock.isUserVisible()
        action.trigger()  # and the button opens it again
        assert dock.isUserVisible() and action.isChecked()
        action.trigger()
        assert not dock.isUserVisible()
    finally:
        window.hide()


def test_the_gap_action_makes_the_map_tool_active(wijkaanpak_plugin, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    (action,) = [a for a in wijkaanpak_plugin.actions if a.objectName() == "wijkaanpakGapTool"]
    action.trigger()
    assert action.isChecked() and canvas.mapTool() is wijkaanpak_plugin.gap_tool
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)  # another tool: the button is released
    assert not action.isChecked()
    canvas.unsetMapTool(pan)


def memory_layer(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri + "&crs=EPSG:28992", name, "memory")
    assert layer.isValid()
    return layer


def test_the_map_tool_gets_the_projects_layers_and_the_active_norm(wijkaanpak_plugin):
    from wijkaanpak.wijkaanpak_plugin.core.norms import load_norm_profiles
    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    project = QgsProject.instance()
    layers = {
        "grid": memory_layer(
            "Polygon?field=c28992r100:string&field=aantal_inwoners:integer", "CBS grid"
        ),
        "areas": memory_layer("Polygon?field=wijkcode:string", "wijken"),
        "playgrounds": memory_layer(
            "Point?field=name:string&field=place_type:string&field=age_0_5:integer"
            "&field=age_6_11:integer&field=age_12_17:integer",
            "speelplekken",
        ),
        "meeting": memory_layer(
            "Point?field=place_type:string&field=capacity:integer", "ontmoetingsplekken"
        ),
        "streets": memory_layer("LineString?field=naam:string", "wegen"),
    }
    project.addMapLayers(list(layers.values()))
    settings = WijkaanpakSettings.load()
    before = settings.norm_profile
    try:
        settings.norm_profile = "fields_in_trust"
        settings.save()
        inputs = wijkaanpak_plugin.gap_tool_inputs()
        assert inputs["playground_layer"] is layers["playgrounds"]
        assert inputs["meeting_layer"] is layers["meeting"]
        assert inputs["population_layer"] is layers["grid"]  # the wijken are not residents
        assert inputs["network_layer"] is layers["streets"]  # the one line layer
        assert inputs["norm_profile"] == load_norm_profiles()["fields_in_trust"]
        # two line layers: which is the street network is not guessed
        project.addMapLayer(memory_layer("LineString?field=x:integer", "grenzen"))
        assert "network_layer" not in wijkaanpak_plugin.gap_tool_inputs()
    finally:
        settings.norm_profile = before
        settings.save()
        project.clear()


def test_the_norm_choice_is_the_active_norm_setting(wijkaanpak_plugin):
    from wijkaanpak.wijkaanpak_plugin.core.norms import load_norm_profiles
    from wijkaanpak.wijkaanpak_plugin.settings import WijkaanpakSettings

    combo = wijkaanpak_plugin.norm_combo
    profiles = load_norm_profiles()
    assert [combo.itemData(i) for i in range(combo.count())] == list(profiles)
    assert [combo.itemText(i) for i in range(combo.count())] == [p.name for p in profiles.values()]
    before = WijkaanpakSettings.load().norm_profile
    try:
        for key in profiles:
            combo.setCurrentIndex(combo.findData(key))
            assert WijkaanpakSettings.load().norm_profile == key
    finally:
        combo.setCurrentIndex(combo.findData(before))
    assert WijkaanpakSettings.load().norm_profile == before


def test_unload_removes_the_toolbar_its_actions_docks_and_tool(wijkaanpak_plugin, qgis_iface):
    window = qgis_iface.mainWindow()
    canvas = qgis_iface.mapCanvas()
    wijkaanpak_plugin.gap_tool.action().trigger()
    assert canvas.mapTool() is wijkaanpak_plugin.gap_tool
    wijkaanpak_plugin.unload()
    flush_deletes()
    try:
        assert wijkaanpak_plugin.actions == [] and wijkaanpak_plugin.docks == []
        assert wijkaanpak_plugin.toolbar is None and wijkaanpak_plugin.gap_tool is None
        assert window.findChildren(QToolBar, TOOLBAR) == []
        for name in ACTIONS + [TOOLBOX]:
            assert window.findChildren(QAction, name) == [], name
        for dock in DOCKS.values():
            assert window.findChildren(QDockWidget, dock) == [], dock
        assert window.findChildren(QComboBox, "wijkaanpakNormCombo") == []
        assert canvas.mapTool() is None
    finally:
        wijkaanpak_plugin.initProcessing()
        wijkaanpak_plugin.initGui()
    # loaded again: one of each, not two
    assert len(window.findChildren(QToolBar, TOOLBAR)) == 1
    for dock in DOCKS.values():
        assert len(window.findChildren(QDockWidget, dock)) == 1


@pytest.mark.parametrize(
    "module, cls, missing_action, words",
    [
        ("speelplek_dock", "SpeelplekDock", "wijkaanpakSpeelplek", "playground assessment dock"),
        ("gap_tool", "GapMapTool", "wijkaanpakGapTool", "Why is this a gap?"),
        ("wijkprofiel_dock", "WijkprofielDock", "wijkaanpakWijkprofiel", "wijkprofiel dock"),
    ],
)
def test_a_part_that_fails_to_load_is_named_and_the_others_work(
    wijkaanpak_plugin, qgis_iface, monkeypatch, module, cls, missing_action, words
):
    import importlib

    from qgis.core import Qgis

    target = importlib.import_module("wijkaanpak.wijkaanpak_plugin.gui." + module)

    def broken(self, *args, **kwargs):
        raise RuntimeError("broken on purpose")

    wijkaanpak_plugin.unload()
    flush_deletes()
    monkeypatch.setattr(getattr(target, cls), "__init__", broken)
    qgis_iface.messageBar().clear_messages()
    import wijkaanpak

    plugin = wijkaanpak.classFactory(qgis_iface)
    try:
        plugin.initProcessing()
        plugin.initGui()
        shown = names(plugin.toolbar)
        assert missing_action not in shown
        assert [n for n in ACTIONS if n != missing_action] == [n for n in shown if n in ACTIONS]
        assert TOOLBOX in shown
        (warning,) = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert words in warning and "broken on purpose" in warning
    finally:
        plugin.unload()
        flush_deletes()
        monkeypatch.undo()
        wijkaanpak_plugin.initProcessing()
        wijkaanpak_plugin.initGui()


def test_norm_names_follow_the_language_qgis_runs_in(wijkaanpak_plugin):
    """In a Dutch QGIS the docks and toolbar name the norm in Dutch (as the outputs do)."""
    from qgis.core import QgsSettings

    from wijkaanpak.wijkaanpak_plugin.settings import ui_language

    settings = QgsSettings()
    before = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "nl_NL")
        assert ui_language() == "nl"
        settings.setValue("locale/userLocale", "en_GB")
        assert ui_language() == "en"
    finally:
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
