"""The algorithms work inside a Graphical Modeler model (child algorithms chained)."""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorLayer,
)


def _static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def test_import_then_rank_in_a_model(wijkaanpak_plugin, sample_copy, tmp_path):
    """Model: import RIVM 18+ onto Assen's wijken, then rank them; the rank output is the
    model's output. Checked: the chain runs, 10 wijken, ranks a permutation of 1..10 and
    Pittelo keeps its published 49.7 (shared/data/README.md) through both steps."""
    gpkg = sample_copy("resources/sample/assen.gpkg")
    model = QgsProcessingModelAlgorithm("wijkscan", "Wijkaanpak")
    model.addModelParameter(
        QgsProcessingParameterVectorLayer("wijken", "Wijken"),
        QgsProcessingModelParameter("wijken"),
    )
    model.addModelParameter(
        QgsProcessingParameterVectorLayer("rivm", "RIVM"), QgsProcessingModelParameter("rivm")
    )

    figures = QgsProcessingModelChildAlgorithm("wijkaanpak:importfigures")
    figures.setChildId("figures")
    figures.addParameterSources(
        "AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("wijken")]
    )
    figures.addParameterSources(
        "FIGURES", [QgsProcessingModelChildParameterSource.fromModelParameter("rivm")]
    )
    figures.addParameterSources("AREA_CODE_FIELD", _static("wijkcode"))
    figures.addParameterSources("FIGURES_CODE_FIELD", _static("Codering_3"))
    figures.addParameterSources("FIGURES_FILTER", _static("\"leeftijdsgroep\" = '18+'"))
    figures.addParameterSources("COLUMNS", _static(["Eenzaam_28"]))
    figures.addParameterSources("PREFIX", _static(""))
    figures.addParameterSources("LEVEL", _static(0))
    figures.addParameterSources("OUTPUT", _static("TEMPORARY_OUTPUT"))
    model.addChildAlgorithm(figures)

    ranking = QgsProcessingModelChildAlgorithm("wijkaanpak:rankareas")
    ranking.setChildId("ranking")
    ranking.addParameterSources(
        "AREAS", [QgsProcessingModelChildParameterSource.fromChildOutput("figures", "OUTPUT")]
    )
    ranking.addParameterSources("CODE_FIELD", _static("wijkcode"))
    ranking.addParameterSources("POPULATION_FIELD", _static("aantal_inwoners"))
    ranking.addParameterSources("DRAWS", _static(200))
    # plain CBS wijken + loneliness: 3 of the 5 default ambitions have no data (explicit yes)
    ranking.addParameterSources("ALLOW_MISSING_AMBITIONS", _static(True))
    output = QgsProcessingModelOutput("ranked", "Ranked wijken")
    output.setChildId("ranking")
    output.setChildOutputName("OUTPUT")
    ranking.setModelOutputs({"ranked": output})
    model.addChildAlgorithm(ranking)
    # 3.22 names the model output "ranking:ranked", 3.40 after its description: ask the model
    (destination,) = model.destinationParameterDefinitions()
    name = destination.name()

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = str(tmp_path / "ranked.gpkg")
    results, success = model.run(
        {
            "wijken": f"{gpkg}|layername=cbs_wijken_2024",
            "rivm": f"{gpkg}|layername=rivm_gezondheid_2020",
            name: out,
        },
        context,
        QgsProcessingFeedback(),
    )
    assert success
    layer = QgsVectorLayer(results[name], "ranked", "ogr")
    features = list(layer.getFeatures())
    assert len(features) == 10
    assert sorted(f["rank"] for f in features if f["ranked"]) == list(range(1, 11))
    pittelo = [f for f in features if f["wijkcode"] == "WK010604"][0]
    assert math.isclose(pittelo["Eenzaam_28"], 49.7)
