"""The docks in the real QGIS desktop, under Xvfb, on the demo project: opened from the
toolbar as a planner would, and photographed (out/test/<qgis version>/)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop
REPO = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent(
    """
    import json
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar
    from qgis.core import QgsApplication, QgsProject
    from qgis.utils import iface

    SHOTS = {shots!r}
    RESULT = {result!r}
    data = {{"errors": []}}

    def action(name):
        found = iface.mainWindow().findChildren(QAction, name)
        return found[0] if found else None

    def dock(name):
        found = iface.mainWindow().findChildren(QDockWidget, name)
        return found[0] if found else None

    def open_docks():
        try:
            iface.mainWindow().setGeometry(0, 0, 1600, 1000)  # no window manager: no maximise
            ranking = QgsProject.instance().mapLayersByName({ranking!r})[0]
            iface.setActiveLayer(ranking)
            iface.mapCanvas().setExtent(ranking.extent())
            action("wijkaanpakWijkprofiel").trigger()
            # the dock follows the active layer by itself
            data["chosen"] = dock("WijkaanpakWijkprofielDock").choose("Tonsel en Veldzicht")
            speelplek = action("wijkaanpakSpeelplek")
            if speelplek is not None:
                speelplek.trigger()
        except Exception as error:  # reported, so the test says what went wrong
            data["errors"].append(repr(error))

    def check():
        try:
            toolbar = iface.mainWindow().findChild(QToolBar, "WijkaanpakToolbar")
            data["toolbar"] = [a.objectName() for a in toolbar.actions()] if toolbar else []
            profile = dock("WijkaanpakWijkprofielDock")
            speelplek = dock("WijkaanpakSpeelplekDock")
            data["wijkprofiel_visible"] = bool(profile and profile.isUserVisible())
            data["speelplek_visible"] = bool(speelplek and speelplek.isUserVisible())
            data["speelplek_present"] = speelplek is not None
            shown = profile.profile() if profile else None
            data["profile_code"] = shown.code if shown else None
            data["profile_text"] = profile.profileBrowser.toPlainText() if profile else ""
            data["messages"] = [w.text() for w in iface.messageBar().items()]
            iface.mainWindow().grab().save(SHOTS + "/desktop_docks.png")
            if profile:
                profile.grab().save(SHOTS + "/desktop_wijkprofiel.png")
            if speelplek:
                speelplek.grab().save(SHOTS + "/desktop_speelplek.png")
        except Exception as error:
            data["errors"].append(repr(error))
        with open(RESULT, "w") as handle:
            json.dump(data, handle)
        QgsApplication.exit(0)

    QTimer.singleShot(8000, open_docks)
    QTimer.singleShot(14000, check)
    """
)


def test_both_docks_open_on_the_demo_project_in_the_real_desktop(tmp_path, qgis_profile):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run or qgis missing: `make test` installs them")
    from qgis.core import Qgis

    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

    # one folder per QGIS version: `make test` runs this on two (host and chroot)
    shots = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0]
    shots.mkdir(parents=True, exist_ok=True)
    for name in ("desktop_docks.png", "desktop_wijkprofiel.png", "desktop_speelplek.png"):
        (shots / name).unlink(missing_ok=True)
    result = tmp_path / "result.json"
    script = tmp_path / "check.py"
    script.write_text(
        CHECK.format(shots=str(shots), result=str(result), ranking="Noord-Veluwe: rangorde wijken"),
        encoding="utf-8",
    )
    desktop_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    desktop_env["HOME"] = str(tmp_path)
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(qgis_profile), "--project", str(out / "wijkscan.qgz"),
         "--code", str(script)],
        env=desktop_env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.exists(), f"QGIS did not run the check script:\n{completed.stderr[-3000:]}"
    data = json.loads(result.read_text())
    assert data["errors"] == []
    # the toolbar with both docks, the map tool and the Toolbox
    for name in ("wijkaanpakWijkprofiel", "wijkaanpakSpeelplek", "wijkaanpakGapTool"):
        assert name in data["toolbar"], data["toolbar"]
    assert "wijkaanpakOpenToolbox" in data["toolbar"]
    # both docks opened from the toolbar; the wijkprofiel shows the wijk picked from its list
    assert data["chosen"] and data["profile_code"] == "WK023302"
    assert data["wijkprofiel_visible"] and data["speelplek_visible"]
    assert "Rank 3 of 21" in data["profile_text"]
    assert not [m for m in data["messages"] if "could not be loaded" in m], data["messages"]
    for name in ("desktop_docks.png", "desktop_wijkprofiel.png", "desktop_speelplek.png"):
        assert (shots / name).exists() and (shots / name).stat().st_size > 10_000, name
