"""End to end: the demo job on the bundled data (run once), every layer it writes scanned for
missing values written as text, then its project in the real QGIS desktop."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import textwrap
import zipfile
from pathlib import Path
from xml.etree import ElementTree

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


#: Text that stands for a missing value and must never be written (issue 8.4): what
#: ``str()`` makes of float NaN, None, pd.NaT and pd.NA.
MISSING_AS_TEXT = ("nan", "NaN", "None", "NaT", "<NA>")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """The demo job, run ONCE for this module: (output folder, completed process)."""
    out = tmp_path_factory.mktemp("demo") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out, run


def missing_as_text(gpkg: Path) -> dict[str, int]:
    """'table.column' → number of values that are text standing for a missing value, over
    every layer (features and attribute tables) of a GeoPackage, read with sqlite3."""
    found: dict[str, int] = {}
    marks = ", ".join("?" * len(MISSING_AS_TEXT))
    with sqlite3.connect(str(gpkg)) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        for table in tables:
            for column in [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]:
                (count,) = db.execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE typeof("{column}") = \'text\' '
                    f'AND trim("{column}") IN ({marks})',
                    MISSING_AS_TEXT,
                ).fetchone()
                if count:
                    found[f"{table}.{column}"] = count
    return found


def missing_as_text_in_csv(path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for column, value in row.items():
                if (value or "").strip() in MISSING_AS_TEXT:
                    key = f"{path.name}.{column}"
                    found[key] = found.get(key, 0) + 1
    return found


def test_the_scan_finds_missing_values_written_as_text(tmp_path):
    gpkg = tmp_path / "t.gpkg"
    with sqlite3.connect(str(gpkg)) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
        db.execute("CREATE TABLE places (fid INTEGER, name TEXT, inspected DATE, n REAL)")
        db.execute("INSERT INTO gpkg_contents VALUES ('places')")
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [(1, "nan", "NaT", None), (2, "De Wip", None, 1.0), (3, " None", "2024-05-01", None),
             (4, "Nancy", "<NA>", float("nan"))],
        )  # fmt: skip
    assert missing_as_text(gpkg) == {"places.name": 2, "places.inspected": 2}
    report = tmp_path / "r.csv"
    report.write_text("field,value\nname,NaN\nname,\ncondition,None\n", encoding="utf-8")
    assert missing_as_text_in_csv(report) == {"r.csv.value": 2}


def test_the_demo_writes_no_missing_value_as_text(demo_run):
    """Every layer of out/demo/wijkscan.gpkg, all text and date fields of all features, and
    the demo's CSV outputs: empty stays NULL, never 'nan', 'None', 'NaT' or '<NA>'."""
    out, _run = demo_run
    gpkg = out / "wijkscan.gpkg"
    with sqlite3.connect(str(gpkg)) as db:
        (layers,) = db.execute("SELECT COUNT(*) FROM gpkg_contents").fetchone()
    assert layers >= 15  # the scan covers every layer the demo writes
    found = missing_as_text(gpkg)
    for report in sorted(out.glob("*.csv")):
        found.update(missing_as_text_in_csv(report))
    assert found == {}, "missing values written as text: {}".format(found)


def test_demo_runs_and_its_project_opens_cleanly(demo_run, tmp_path, qgis_profile):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run or qgis missing: `make test` installs them")
    out, run = demo_run
    assert "top 3" in run.stdout and "not a verdict" in run.stdout
    # two rankings (Assen, Noord-Veluwe), each printing its top 3 with P(first)
    assert len(re.findall(r"^\s+[123]\s+.+P\(first\)", run.stdout, flags=re.M)) == 6
    project = out / "wijkscan.qgz"
    assert project.exists() and (out / "wijkscan.gpkg").exists()
    # the project file itself, read without QGIS: which layers it holds and where from
    with zipfile.ZipFile(project) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        root = ElementTree.fromstring(archive.read(qgs))
    sources = [layer.findtext("datasource") for layer in root.iter("maplayer")]
    with sqlite3.connect(str(out / "wijkscan.gpkg")) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    own = [s for s in sources if s.startswith("./wijkscan.gpkg|layername=")]
    assert len(own) == len(sources) - 1  # all but the CBS wijken background, by relative path
    assert {s.split("layername=")[1] for s in own} <= tables

    from qgis.core import Qgis

    # one screenshot per QGIS version: `make test` runs this on both supported Debians
    shot = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0] / "demo_project.png"
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
    # every layer of the project file opened in the desktop (14: the demo's 13 and the
    # CBS wijken background)
    assert data["layers"] == len(sources) >= 12
    assert data["messages"] == [], data["messages"]  # e.g. no missing fonts, no broken paths
    assert "Wijkscan" in data["title"]
