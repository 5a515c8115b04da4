"""The plugin as QGIS loads it: provider, algorithms, help text, unload."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication

REPO = Path(__file__).resolve().parents[2]


def test_provider_registered_with_icon(wijkaanpak_plugin):
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    assert provider is not None
    assert provider.name() == "Wijkaanpak"
    assert not provider.icon().isNull()
    from wijkaanpak.processing_algorithms.provider import ALGORITHMS

    # every listed algorithm loaded: none broken, none silently missing
    assert provider.load_failures == []
    assert sorted(type(a).__name__ for a in provider.algorithms()) == sorted(
        entry.class_name for entry in ALGORITHMS
    )
    # the names a load failure would show are the algorithms' own (English) display names
    names = {type(a).__name__: a.displayName() for a in provider.algorithms()}
    assert {e.class_name: e.display_name for e in ALGORITHMS} == names
    assert wijkaanpak_plugin.report_load_failures() == ""


def _reload_with(plugin_fixture, qgis_iface, monkeypatch, fake_import):
    """Unload the session plugin, load a fresh one whose provider imports through
    ``fake_import``; returns (plugin, provider, log lines). The caller restores the session
    plugin with _restore."""
    from qgis.core import QgsApplication as App

    import wijkaanpak
    from wijkaanpak.processing_algorithms import provider as provider_module

    plugin_fixture.unload()
    assert App.processingRegistry().providerById("wijkaanpak") is None
    monkeypatch.setattr(provider_module.importlib, "import_module", fake_import)
    log: list[str] = []

    def record(message, tag, level):
        if tag == "Wijkaanpak":
            log.append(message)

    App.messageLog().messageReceived.connect(record)
    qgis_iface.messageBar().clear_messages()
    plugin = wijkaanpak.classFactory(qgis_iface)
    try:
        plugin.initProcessing()
        plugin.initGui()
    finally:
        App.messageLog().messageReceived.disconnect(record)
    return plugin, App.processingRegistry().providerById("wijkaanpak"), log


def _restore(plugin, plugin_fixture, monkeypatch) -> None:
    plugin.unload()
    monkeypatch.undo()
    plugin_fixture.initProcessing()
    plugin_fixture.initGui()
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    assert provider is not None and provider.load_failures == []


@pytest.mark.parametrize(
    "error, missing",
    [
        # a package missing from the Python QGIS uses
        (ModuleNotFoundError("No module named 'sklearn'", name="sklearn"),
         "scikit-learn is not installed"),
        # a module that fails on this Python (issue 8: `bool | None` at import on 3.9)
        (TypeError("unsupported operand type(s) for |: 'type' and 'NoneType'"),
         "TypeError: unsupported operand type(s) for |: 'type' and 'NoneType'"),
    ],
)  # fmt: skip
def test_an_algorithm_that_fails_to_load_is_named_in_the_message_bar(
    wijkaanpak_plugin, qgis_iface, monkeypatch, error, missing
):
    import importlib

    real_import = importlib.import_module

    def fake_import(name, package=None):
        if name == ".rank_areas":
            raise error
        return real_import(name, package)

    plugin, provider, log = _reload_with(wijkaanpak_plugin, qgis_iface, monkeypatch, fake_import)
    try:
        loaded = sorted(type(a).__name__ for a in provider.algorithms())
        # the others still load: every listed one but Rank areas
        from wijkaanpak.processing_algorithms.provider import ALGORITHMS

        assert "RankAreasAlgorithm" not in loaded and len(loaded) == len(ALGORITHMS) - 1
        assert "CompareMeasurementsAlgorithm" in loaded and "AmbitionScoresAlgorithm" in loaded
        assert [f.entry.class_name for f in provider.load_failures] == ["RankAreasAlgorithm"]
        warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert len(warnings) == 1, warnings
        assert warnings[0].startswith("Wijkaanpak:")
        assert "Rank areas for the next integrated approach ({})".format(missing) in warnings[0]
        assert "1 algorithm(s) could not be loaded" in warnings[0]
        # the log has the failure with its traceback, and the message shown
        assert any("Rank areas" in line and "Traceback" in line for line in log), log
        assert any(line == warnings[0].split(":", 1)[1] for line in log), log
    finally:
        _restore(plugin, wijkaanpak_plugin, monkeypatch)


def test_an_algorithm_whose_package_is_absent_or_whose_parameters_fail_is_named(
    wijkaanpak_plugin, qgis_iface, monkeypatch
):
    import importlib.util

    from wijkaanpak.processing_algorithms import compare_measurements

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "sklearn" else real_find_spec(name, *a),
    )

    def broken_init(self, config=None):  # e.g. a parameter flag this QGIS does not have
        raise AttributeError("type object 'QgsProcessingParameterDefinition' has no attribute X")

    monkeypatch.setattr(
        compare_measurements.CompareMeasurementsAlgorithm, "initAlgorithm", broken_init
    )
    plugin, provider, _log = _reload_with(
        wijkaanpak_plugin, qgis_iface, monkeypatch, importlib.import_module
    )
    try:
        loaded = {type(a).__name__ for a in provider.algorithms()}
        from wijkaanpak.processing_algorithms.provider import ALGORITHMS

        # all listed but the two sklearn ones and the broken one
        assert len(loaded) == len(ALGORITHMS) - 3 and "RankAreasAlgorithm" in loaded
        failed = {f.entry.class_name: f.missing for f in provider.load_failures}
        assert failed == {
            "TrainLonelinessModelAlgorithm": "scikit-learn is not installed",
            "ApplyLonelinessModelAlgorithm": "scikit-learn is not installed",
            "CompareMeasurementsAlgorithm": "AttributeError: type object "
            "'QgsProcessingParameterDefinition' has no attribute X",
        }
        (warning,) = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert "3 algorithm(s) could not be loaded" in warning
        for name in ("Train loneliness model", "Apply loneliness model", "Compare measurements"):
            assert name in warning
    finally:
        _restore(plugin, wijkaanpak_plugin, monkeypatch)


def test_every_algorithm_and_parameter_has_help(wijkaanpak_plugin):
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    for alg in provider.algorithms():
        assert len(alg.shortHelpString()) > 80, alg.id()
        assert alg.group(), alg.id()
        for param in alg.parameterDefinitions():
            assert param.help().strip(), f"{alg.id()}: parameter {param.name()} has no help"
        fresh = alg.createInstance()
        assert fresh is not alg and fresh.name() == alg.name()


def test_unload_removes_provider_and_menu(wijkaanpak_plugin, qgis_iface):
    wijkaanpak_plugin.unload()
    assert QgsApplication.processingRegistry().providerById("wijkaanpak") is None
    assert wijkaanpak_plugin.actions == []
    wijkaanpak_plugin.initProcessing()
    wijkaanpak_plugin.initGui()
    assert QgsApplication.processingRegistry().providerById("wijkaanpak") is not None


def _designer_connections(folder: Path) -> tuple[int, list[str]]:
    """(number of .ui files, names of those that connect signals in Qt Designer)."""
    forms = sorted(folder.glob("*.ui")) if folder.is_dir() else []
    return len(forms), [ui.name for ui in forms if "<connection>" in ui.read_text("utf-8")]


UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0"><class>Dock</class><widget class="QWidget" name="Dock"/>
{}</ui>"""


def test_the_designer_check_finds_connections(tmp_path):
    assert _designer_connections(tmp_path / "absent") == (0, [])
    (tmp_path / "clean.ui").write_text(UI.format("<connections/>"), encoding="utf-8")
    (tmp_path / "wired.ui").write_text(
        UI.format(
            "<connections><connection><sender>run</sender><signal>clicked()</signal>"
            "<receiver>Dock</receiver><slot>close()</slot></connection></connections>"
        ),
        encoding="utf-8",
    )
    assert _designer_connections(tmp_path) == (2, ["wired.ui"])


def test_forms_connect_signals_in_python_not_designer():
    count, wired = _designer_connections(REPO / "forms")
    assert count > 0, "forms/ has no .ui file to check"
    assert wired == [], "connect these signals in Python, not in Qt Designer: {}".format(wired)


def test_no_fstring_inside_tr():
    pattern = re.compile(r"""tr\(\s*f["']""")
    offenders = [
        str(p.relative_to(REPO))
        for folder in ("wijkaanpak_plugin", "processing_algorithms")
        for p in (REPO / folder).rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
