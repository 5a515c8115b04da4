"""What a new user sees in the Processing dialogs: labels, decimals, preselected layers, help.

Read through QGIS's own widget wrappers and registry, so each check is what the dialog shows,
not what the algorithm code says about itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProject,
    QgsVectorLayer,
)


def _algorithms(wijkaanpak_plugin):
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    assert provider is not None
    algorithms = [alg.create() for alg in provider.algorithms()]
    assert len(algorithms) >= 11
    return algorithms


def test_no_optional_parameter_says_optional_itself(wijkaanpak_plugin):
    """QGIS appends "[optional]" to an optional parameter's label: never say it twice."""
    doubled = [
        f"{alg.id()} {p.name()}: {p.description()!r}"
        for alg in _algorithms(wijkaanpak_plugin)
        for p in alg.parameterDefinitions()
        if p.flags() & QgsProcessingParameterDefinition.FlagOptional
        and "optional" in p.description().lower()
    ]
    assert doubled == []


def _double_parameters(algorithms):
    return [
        (alg, p)
        for alg in algorithms
        for p in alg.parameterDefinitions()
        if isinstance(p, QgsProcessingParameterNumber)
        and p.dataType() == QgsProcessingParameterNumber.Double
    ]


def _spin_box_text(parameter) -> str:
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QAbstractSpinBox

    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(
        parameter, QgsProcessingGui.Standard
    )
    widget = wrapper.createWrappedWidget(QgsProcessingContext())
    boxes = [widget] if isinstance(widget, QAbstractSpinBox) else []
    boxes += widget.findChildren(QAbstractSpinBox)
    assert boxes, parameter.name()
    return boxes[0].text()


def test_distances_show_without_six_decimals(wijkaanpak_plugin):
    """The dialog shows the 50 m snap distance as "50", not "50.000000"."""
    algorithms = _algorithms(wijkaanpak_plugin)
    doubles = _double_parameters(algorithms)
    assert len(doubles) >= 10
    for alg, p in doubles:
        decimals = (p.metadata().get("widget_wrapper") or {}).get("decimals")
        assert decimals is not None and 0 <= decimals <= 3, f"{alg.id()} {p.name()}"
    metres = [(alg, p) for alg, p in doubles if re.search(r"\(m\)|distance", p.description(), re.I)]
    assert len(metres) >= 8
    for alg, p in metres:
        text = _spin_box_text(p)
        assert not re.search(r"[.,]\d{4,}$", text), f"{alg.id()} {p.name()} shows {text!r}"
    reach = next(a for a in algorithms if a.id() == "wijkaanpak:playgroundreach")
    # the default of 50 m, typed by hand: what a user reads in the box
    assert _spin_box_text(reach.parameterDefinition("MAX_SNAP")) == "50"
    assert _spin_box_text(reach.parameterDefinition("USER_12_17")).replace(",", "") in (
        "1000",
        "1 000",
        "1.000",
    )


def test_algorithm_descriptions_speak_of_results_not_of_a_layer(wijkaanpak_plugin):
    """A description speaks of the algorithm's results; "This layer is…" belongs to layers."""
    with_note = 0
    for alg in _algorithms(wijkaanpak_plugin):
        text = alg.shortHelpString()
        assert "This layer is a signal" not in text, alg.id()
        if "Its results are a signal for conversation with residents, not a verdict" in text:
            with_note += 1
    # reach, risk index, measured loneliness, train + apply model, ambition scores
    assert with_note >= 6


def test_help_panel_shows_every_word(wijkaanpak_plugin):
    """The dialog shows a description as HTML: "src_<name>" would read "src_" there, so no
    description holds a placeholder in angle brackets, in English or Dutch."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "wijkaanpak_nl.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    swallowed = []
    for dutch in (False, True):
        if dutch:
            QCoreApplication.installTranslator(translator)
        try:
            for alg in _algorithms(wijkaanpak_plugin):
                for tag in re.findall(r"<[A-Za-z][^<>]*>", alg.shortHelpString()):
                    swallowed.append(f"{alg.id()} ({'nl' if dutch else 'en'}): {tag}")
        finally:
            if dutch:
                QCoreApplication.removeTranslator(translator)
    assert swallowed == []


def test_first_ten_minutes_shows_the_dialogs_in_both_languages():
    """Every screenshot the guide links exists (scripts/screenshots.py makes them), stays
    small, and each dialog is there in English and Dutch."""
    docs = Path(__file__).resolve().parents[2] / "docs"
    links = re.findall(r"\((img/[^)]+\.png)\)", (docs / "first_ten_minutes.md").read_text())
    assert len(links) >= 6
    for link in links:
        path = docs / link
        assert path.exists(), f"{link}: run /usr/bin/python3 scripts/screenshots.py"
        assert path.stat().st_size < 150_000, link
    for name in ("reach", "rankareas", "importinventory"):
        for language in ("en", "nl"):
            assert f"img/dialog_{name}_{language}.png" in links


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


@pytest.fixture()
def demo_like_project(tmp_path):
    """The demo's kinds of layers, in an order where QGIS's first-layer pick is wrong.

    A point layer of benches comes first (QGIS would offer it as population and as
    playgrounds), then raw BGT play equipment, the CBS grid, CBS wijken, an imported
    playground layer (place_type) and the RIVM table.
    """
    project = QgsProject.instance()
    project.removeAllMapLayers()
    nv = SAMPLE / "noordveluwe.gpkg"
    layers = {
        name: QgsVectorLayer(f"{nv}|layername={name}", name, "ogr")
        for name in ("bgt_bank", "bgt_speelvoorziening", "cbs_vierkant100m", "cbs_wijken_2024")
    }
    places = QgsVectorLayer(
        "Point?crs=EPSG:28992&field=place_id:string&field=place_type:string&field=name:string",
        "speelplekken",
        "memory",
    )
    layers["speelplekken"] = places
    layers["rivm_gezondheid_2020"] = QgsVectorLayer(
        f"{nv}|layername=rivm_gezondheid_2020", "rivm_gezondheid_2020", "ogr"
    )
    for layer in layers.values():
        assert layer.isValid(), layer.name()
        project.addMapLayer(layer)
    yield layers
    project.removeAllMapLayers()


def _fresh(alg_id: str):
    return QgsApplication.processingRegistry().createAlgorithmById(alg_id)


def test_dialogs_preselect_the_layers_that_fit(wijkaanpak_plugin, demo_like_project):
    ids = {name: layer.id() for name, layer in demo_like_project.items()}
    reach = _fresh("wijkaanpak:playgroundreach")
    assert reach.parameterDefinition("POPULATION").defaultValue() == ids["cbs_vierkant100m"]
    assert reach.parameterDefinition("PLAYGROUNDS").defaultValue() == ids["speelplekken"]
    # optional inputs stay empty: an empty optional input means something
    assert reach.parameterDefinition("MEETING_PLACES").defaultValue() is None
    assert reach.parameterDefinition("AREAS").defaultValue() is None
    rank = _fresh("wijkaanpak:rankareas")
    assert rank.parameterDefinition("AREAS").defaultValue() == ids["cbs_wijken_2024"]
    figures = _fresh("wijkaanpak:importfigures")
    assert figures.parameterDefinition("AREAS").defaultValue() == ids["cbs_wijken_2024"]
    assert figures.parameterDefinition("FIGURES").defaultValue() == ids["rivm_gezondheid_2020"]
    catchment = _fresh("wijkaanpak:catchmentareas")
    assert catchment.parameterDefinition("PLACES").defaultValue() == ids["speelplekken"]
    # the raw BGT play equipment, not the benches before it nor the imported playgrounds
    inventory = _fresh("wijkaanpak:importinventory")
    assert inventory.parameterDefinition("INPUT").defaultValue() == ids["bgt_speelvoorziening"]


def test_preselection_never_guesses_in_an_empty_project(wijkaanpak_plugin):
    """qgis_process and headless runs have no layers: no default, as before."""
    QgsProject.instance().removeAllMapLayers()
    for alg_id, name in (
        ("wijkaanpak:playgroundreach", "POPULATION"),
        ("wijkaanpak:playgroundreach", "PLAYGROUNDS"),
        ("wijkaanpak:rankareas", "AREAS"),
    ):
        assert _fresh(alg_id).parameterDefinition(name).defaultValue() is None


def test_a_preselected_layer_runs_when_the_user_changes_nothing(
    wijkaanpak_plugin, demo_like_project
):
    """The default (a layer id) resolves in a run, as the dialog would pass it."""
    alg = _fresh("wijkaanpak:playgroundreach")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {
        "POPULATION": alg.parameterDefinition("POPULATION").defaultValue(),
        "PLAYGROUNDS": alg.parameterDefinition("PLAYGROUNDS").defaultValue(),
    }
    source = alg.parameterAsSource(params, "POPULATION", context)
    assert source is not None
    assert source.featureCount() == demo_like_project["cbs_vierkant100m"].featureCount()


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])


def test_figures_error_names_the_layer_not_the_file(run_alg, sample_copy, tmp_path):
    """A filter leaving no rows: the message names rivm_gezondheid_2020, as the user chose it."""
    from qgis.core import QgsProcessingException

    assen = sample_copy("resources/sample/assen.gpkg")
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(
            "wijkaanpak:importfigures",
            {
                "AREAS": f"{assen}|layername=cbs_wijken_2024",
                "AREA_CODE_FIELD": "wijkcode",
                "FIGURES": f"{assen}|layername=rivm_gezondheid_2020",
                "FIGURES_CODE_FIELD": "Codering_3",
                "FIGURES_FILTER": "\"leeftijdsgroep\" = 'no such group'",
                "COLUMNS": ["Eenzaam_28"],
                "OUTPUT": str(tmp_path / "out.gpkg"),
            },
        )
    message = str(raised.value)
    assert "'rivm_gezondheid_2020'" in message
    assert "'assen'" not in message


@pytest.mark.parametrize(
    ("ini_locale", "lang", "expected"),
    [
        ("userLocale=nl_NL\noverrideFlag=true\n", "C.UTF-8", "CBS/RIVM-cijfers importeren"),
        ("overrideFlag=false\n", "nl_NL.UTF-8", "CBS/RIVM-cijfers importeren"),
        ("overrideFlag=false\n", "C.UTF-8", "Import CBS/RIVM figures"),
    ],
)
def test_qgis_process_speaks_the_profiles_language(
    qgis_profile, qgis_process_command, ini_locale, lang, expected
):
    """A profile on Dutch (chosen, or the system's language) gives Dutch help in qgis_process."""
    import os
    import subprocess

    ini = qgis_profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text("[PythonPlugins]\nwijkaanpak=true\n\n[locale]\n" + ini_locale, encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(qgis_profile), LANG=lang, LC_ALL=lang)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [*qgis_process_command, "help", "wijkaanpak:importfigures"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"{expected} (wijkaanpak:importfigures)" in done.stdout
