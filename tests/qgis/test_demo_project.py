"""End to end: the demo job on the bundled data, then its project in the real QGIS desktop."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop
REPO = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent(
    """
    import json
    from qgis.PyQt.QtCore import QTimer
    from qgis.core import QgsApplication, QgsProject
    from qgis.utils import iface

    def check():
        layers = list(QgsProject.instance().mapLayers().values())
        data = {{
            "layers": len(layers),
            "invalid": [l.name() for l in layers if not l.isValid()],
            "messages": [w.text() for w in iface.messageBar().items()],
            "title": QgsProject.instance().title(),
        }}
        iface.mainWindow().grab().save({shot!r})
        with open({result!r}, "w") as handle:
            json.dump(data, handle)
        QgsApplication.exit(0)

    QTimer.singleShot(12000, check)
    """
)


def test_demo_runs_and_its_project_opens_cleanly(tmp_path, qgis_profile):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run or qgis missing: `make test` installs them")
    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "top 3" in run.stdout and "not a verdict" in run.stdout
    project = out / "wijkscan.qgz"
    assert project.exists() and (out / "wijkscan.gpkg").exists()

    shot = REPO / "out" / "test" / "demo_project.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    result = tmp_path / "result.json"
    script = tmp_path / "check.py"
    script.write_text(CHECK.format(shot=str(shot), result=str(result)), encoding="utf-8")
    desktop_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    desktop_env["HOME"] = str(tmp_path)
    subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(qgis_profile), "--project", str(project), "--code", str(script)],
        env=desktop_env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.exists(), "QGIS did not run the check script"
    data = json.loads(result.read_text())
    assert data["invalid"] == []
    # every layer the demo listed, plus the CBS wijken background
    assert data["layers"] >= 12
    assert data["messages"] == [], data["messages"]  # e.g. no missing fonts, no broken paths
    assert "Wijkscan" in data["title"]
    assert sys.platform.startswith("linux")
