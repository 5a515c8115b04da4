"""The plugin's algorithms run from the command line through qgis_process."""

from __future__ import annotations

import json
import math
import os
import subprocess

import pytest
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.qgis_process


def test_import_figures_runs_in_qgis_process(
    qgis_profile, qgis_process_command, sample_copy, tmp_path
):
    gpkg = sample_copy("resources/sample/assen.gpkg")
    out = tmp_path / "assen_qgis_process.gpkg"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(qgis_profile), QT_QPA_PLATFORM="offscreen")
    env["HOME"] = str(tmp_path)
    command = qgis_process_command + [
        "--json",
        "run",
        "wijkaanpak:importfigures",
        "--",
        f"AREAS={gpkg}|layername=cbs_wijken_2024",
        "AREA_CODE_FIELD=wijkcode",
        f"FIGURES={gpkg}|layername=rivm_gezondheid_2020",
        "FIGURES_CODE_FIELD=Codering_3",
        "FIGURES_FILTER=\"leeftijdsgroep\" = '18+'",
        "COLUMNS=Eenzaam_28",
        f"OUTPUT={out}",
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    text = completed.stdout
    payload = json.loads(text[text.index("{") :])
    assert payload["results"]["N_MATCHED"] == 10
    layer = QgsVectorLayer(str(out), "out", "ogr")
    pittelo = [f["Eenzaam_28"] for f in layer.getFeatures() if f["wijkcode"] == "WK010604"]
    assert len(pittelo) == 1 and math.isclose(pittelo[0], 49.7)  # shared/data/README.md
