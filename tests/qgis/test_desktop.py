"""The real QGIS desktop, under Xvfb, with the plugin installed in a fresh profile."""

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

CHECK_SCRIPT = textwrap.dedent(
    """
    import json
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QAction
    from qgis.core import QgsApplication
    from qgis.utils import iface, active_plugins

    RESULT = {result!r}
    SHOT = {shot!r}
    SAMPLE = {sample!r}

    def open_sample():
        # the bundled Assen wijken, styled by the plugin, then the plugin's own menu action
        from wijkaanpak.processing_algorithms.base import apply_style
        layer = iface.addVectorLayer(SAMPLE + "|layername=cbs_wijken_2024", "Assen wijken", "ogr")
        apply_style(layer, "areas_outline")
        iface.mapCanvas().setExtent(layer.extent())
        iface.mapCanvas().refresh()
        for action in iface.mainWindow().findChildren(QAction, "wijkaanpakOpenToolbox"):
            action.trigger()

    QTimer.singleShot(5000, open_sample)

    def check():
        menu_titles = []
        for action in iface.mainWindow().menuBar().actions():
            menu = action.menu()
            if menu is None:
                continue
            for sub in menu.actions():
                menu_titles.append(sub.text())
        provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
        data = {{
            "active_plugins": list(active_plugins),
            "menu_titles": menu_titles,
            "provider": provider.name() if provider else None,
            "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
            "load_failures": [f.missing for f in getattr(provider, "load_failures", [])],
            "messages": [w.text() for w in iface.messageBar().items()],
        }}
        iface.mainWindow().grab().save(SHOT)
        with open(RESULT, "w") as handle:
            json.dump(data, handle)
        QgsApplication.exit(0)

    QTimer.singleShot(10000, check)
    """
)


def test_plugin_loads_in_real_desktop(tmp_path, qgis_profile):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run or qgis missing: `make test` installs them")
    from qgis.core import Qgis

    # one folder per QGIS version: `make test` runs this on two (host and chroot)
    shot = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0] / "desktop.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    if shot.exists():
        shot.unlink()
    result = tmp_path / "result.json"
    script = tmp_path / "check.py"
    sample = str(REPO / "resources" / "sample" / "assen.gpkg")
    script.write_text(
        CHECK_SCRIPT.format(result=str(result), shot=str(shot), sample=sample), encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(tmp_path)
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
        "qgis", "--nologo", "--noversioncheck",
        "--profiles-path", str(qgis_profile), "--code", str(script),
    ]  # fmt: skip
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    assert result.exists(), f"QGIS did not run the check script:\n{completed.stderr[-3000:]}"
    data = json.loads(result.read_text())
    assert "wijkaanpak" in data["active_plugins"]
    assert data["provider"] == "Wijkaanpak"
    assert "wijkaanpak:importinventory" in data["algorithms"]
    # every algorithm loaded in the real desktop, and no load-failure warning was shown
    from wijkaanpak.processing_algorithms.provider import ALGORITHMS

    assert len(data["algorithms"]) == len(ALGORITHMS), data["algorithms"]
    assert data["load_failures"] == []
    assert not [m for m in data["messages"] if "could not be loaded" in m], data["messages"]
    assert any("Wijkaanpak" in title for title in data["menu_titles"]), data["menu_titles"]
    assert shot.exists() and shot.stat().st_size > 10_000
