"""The council atlas (wijkaanpak:exportatlas) on the demo's real outputs, read back as a reader
would: pdftotext for the words and numbers, pdftoppm for the maps (poppler-utils).

The demo job runs once for this module; it writes out/demo-style raadsatlas_assen.pdf and
raadsatlas_noordveluwe.pdf. Expected values are read independently from wijkscan.gpkg with
sqlite3 and formatted here (Dutch: decimal comma, thousands dot). Rendered pages are kept in
out/test/<qgis version>/atlas/ to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import Qgis, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "out" / "test" / Qgis.QGIS_VERSION.split("-")[0] / "atlas"
#: cover, overview (one page for up to about 30 areas) and closing
FIXED_PAGES = 3
#: the map of an area page in A4 portrait, mm (resources/layouts/raadsatlas_area_portrait.qpt)
MAP_MM = (12.0, 28.0, 198.0, 140.0)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo job's output folder (wijkscan.gpkg and both atlases), run once.

    ``WIJK_ATLAS_DEMO``: an existing demo output folder to test instead (while developing).
    """
    given = os.environ.get("WIJK_ATLAS_DEMO")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("demo_atlas") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "scripts" / "demo.py"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out


def rows(gpkg: Path, sql: str):
    with sqlite3.connect(str(gpkg)) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(sql)]


def nl_int(value) -> str:
    return "{:,.0f}".format(value).replace(",", ".")


def nl_pct(value, decimals=1) -> str:
    return "{:.{}f}%".format(value, decimals).replace(".", ",")


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def ranked_order(areas):
    ranked = sorted((a for a in areas if a["ranked"]), key=lambda a: a["rank"])
    others = sorted((a for a in areas if not a["ranked"]), key=lambda a: a["wijkcode"])
    return ranked + others


@pytest.fixture(scope="module", autouse=True)
def _poppler():
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.fail("pdftotext/pdftoppm missing: install poppler-utils (make setup does)")


def test_assen_atlas_every_area_with_its_numbers(demo):
    pdf = demo / "raadsatlas_assen.pdf"
    areas = rows(
        demo / "wijkscan.gpkg",
        "SELECT wijkcode, wijknaam, aantal_inwoners, rank, rank_p05, rank_p95, p_top3, ranked, "
        "eenzaam_18plus FROM assen_rangorde",
    )
    assert len(areas) == 10
    assert pages(pdf) == FIXED_PAGES + len(areas)
    n_ranked = sum(1 for a in areas if a["ranked"])
    overview = page_text(pdf, 2)
    for number, area in enumerate(ranked_order(areas), start=FIXED_PAGES):
        text = page_text(pdf, number)
        assert area["wijknaam"] in text and area["wijkcode"] in text
        assert area["wijknaam"] in overview
        assert nl_int(area["aantal_inwoners"]) in text
        assert "Plaats {} van {}".format(int(area["rank"]), n_ranked) in text
        interval = "{}–{}".format(int(area["rank_p05"]), int(area["rank_p95"]))
        assert interval in text.replace(" ", "")  # the table's "1 – 4" comes out as "1–4"
        assert nl_pct(100 * area["p_top3"], 0) in text
        assert nl_pct(area["eenzaam_18plus"]) in text
        assert "Wat valt op" in text
        assert "Bronnen: CBS, Kadaster 2024 (CC BY 4.0)" in text.replace("\n", " ")
    cover = page_text(pdf, 1).replace("\n", " ")
    assert "Raadsatlas wijkaanpak" in cover and "Assen" in cover
    assert "RIVM/CBS/GGD'en: Gezondheidsmonitor" in cover and "(2020); CC BY 4.0" in cover
    closing = page_text(pdf, pages(pdf)).replace("\n", " ")
    assert "een signaal voor het gesprek met bewoners, geen oordeel over een wijk" in closing


def test_noordveluwe_atlas_small_areas_show_only_why(demo):
    pdf = demo / "raadsatlas_noordveluwe.pdf"
    gpkg = demo / "wijkscan.gpkg"
    areas = rows(
        gpkg,
        "SELECT r.wijkcode, r.wijknaam, r.aantal_inwoners, r.rank, r.ranked, r.estimate, "
        "b.share_0_5_within_norm AS share FROM noordveluwe_rangorde r "
        "LEFT JOIN bereik_wijken b ON b.wijkcode = r.wijkcode",
    )
    assert pages(pdf) == FIXED_PAGES + len(areas)
    for number, area in enumerate(ranked_order(areas), start=FIXED_PAGES):
        text = page_text(pdf, number)
        assert area["wijknaam"] in text and area["wijkcode"] in text
        small = area["aantal_inwoners"] is None or area["aantal_inwoners"] < 100
        if small:
            assert "geen cijfers over mensen" in text.replace("\n", " ")
            assert "Wat valt op" not in text
            if area["estimate"] is not None:
                assert nl_pct(area["estimate"]) not in text
        else:
            assert nl_int(area["aantal_inwoners"]) in text
            assert nl_pct(area["estimate"]) in text
            if area["share"] is not None:
                assert nl_pct(100 * area["share"]) in text
            if area["ranked"]:
                assert "Plaats {} van 21".format(int(area["rank"])) in text


def test_maps_are_not_blank_and_pages_are_kept(demo):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("noordveluwe-*.png"):
        old.unlink()
    pdf = demo / "raadsatlas_noordveluwe.pdf"
    dpi = 40
    stem = SHOTS / "noordveluwe"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(stem)], check=True)
    rendered = sorted(SHOTS.glob("noordveluwe-*.png"))
    assert len(rendered) == pages(pdf)
    x0, y0, x1, y1 = (int(v / 25.4 * dpi) for v in MAP_MM)
    for path in rendered[FIXED_PAGES - 1 : -1]:  # the area pages
        image = QImage(str(path)).convertToFormat(QImage.Format_Grayscale8)
        ptr = image.constBits()
        ptr.setsize(image.bytesPerLine() * image.height())
        grey = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
        region = grey[y0 + 2 : y1 - 2, x0 + 2 : x1 - 2].astype(float)
        assert region.std() > 8.0, "{}: the map looks blank".format(path.name)
        assert (region < 235).mean() > 0.05, "{}: the map looks blank".format(path.name)
    shutil.copy(demo / "raadsatlas_assen.pdf", SHOTS / "raadsatlas_assen.pdf")


def params(demo, out: Path, **extra) -> dict:
    base = {
        "AREAS": "{}|layername=assen_rangorde".format(demo / "wijkscan.gpkg"),
        "FIGURES": ["{}|layername=assen_ambities".format(demo / "wijkscan.gpkg")],
        "MUNICIPALITY": "Assen",
        "OUTPUT": str(out),
    }
    base.update(extra)
    return base


class Collecting(QgsProcessingFeedback):
    def __init__(self, cancel_at: float = 101.0) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def _progress(self, value: float) -> None:
        if value >= self.cancel_at:
            self.cancel()

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)


def run_atlas(parameters: dict, feedback: QgsProcessingFeedback):
    import processing

    return processing.run("wijkaanpak:exportatlas", parameters, feedback=feedback)


def test_cancel_mid_export_leaves_no_pdf(demo, wijkaanpak_plugin, tmp_path):
    out = tmp_path / "geannuleerd.pdf"
    feedback = Collecting(cancel_at=25.0)  # after the third of ten area pages
    with pytest.raises(QgsProcessingException) as raised:
        run_atlas(params(demo, out), feedback)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no partial file beside it either
    message = " ".join([str(raised.value)] + feedback.errors)
    assert "cancelled" in message.lower() and "no" in message and "written" in message, message


def test_exporter_failure_is_a_clear_message(demo, wijkaanpak_plugin, tmp_path):
    out = tmp_path / "atlas.pdf"
    (tmp_path / ".atlas.part.pdf").mkdir()  # the exporter cannot open its file
    feedback = Collecting()
    with pytest.raises(QgsProcessingException) as raised:
        run_atlas(params(demo, out), feedback)
    assert not out.exists()
    message = " ".join([str(raised.value)] + feedback.errors)
    assert "could not be written" in message and str(out) in message, message
    feedback = Collecting()
    with pytest.raises(QgsProcessingException) as raised:
        run_atlas(params(demo, tmp_path / "missing" / "atlas.pdf"), feedback)
    assert "does not exist" in " ".join([str(raised.value)] + feedback.errors)


def test_one_pdf_per_area_english_landscape_with_png(demo, wijkaanpak_plugin, tmp_path):
    out = tmp_path / "atlas.pdf"
    result = run_atlas(
        params(demo, out, PER_AREA=True, LANGUAGE=1, ORIENTATION=1, ORDER=1, PNG=True),
        QgsProcessingFeedback(),
    )
    codes = [r["wijkcode"] for r in rows(demo / "wijkscan.gpkg",
                                         "SELECT wijkcode FROM assen_rangorde")]  # fmt: skip
    files = sorted(tmp_path.glob("atlas_*.pdf"))
    assert [f.stem for f in files] == sorted("atlas_" + c for c in codes)
    assert result["AREAS"] == len(codes)
    first = files[0]
    assert pages(first) == 1
    info = subprocess.run(["pdfinfo", str(first)], capture_output=True, text=True).stdout
    assert "842 x 595 pts" in info or "841.89 x 595.2" in info  # A4 landscape
    text = page_text(first, 1)
    assert "What stands out" in text and "residents" in text
    png = sorted((tmp_path / "atlas_png").glob("*.png"))
    assert len(png) == FIXED_PAGES + len(codes)
    assert not list(tmp_path.glob(".*part*"))


@pytest.mark.qgis_process
def test_atlas_runs_headless_in_qgis_process(demo, qgis_profile, qgis_process_command, tmp_path):
    out = tmp_path / "assen.pdf"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(qgis_profile), QT_QPA_PLATFORM="offscreen")
    env["HOME"] = str(tmp_path)
    command = qgis_process_command + [
        "--json", "run", "wijkaanpak:exportatlas", "--",
        "AREAS={}|layername=assen_rangorde".format(demo / "wijkscan.gpkg"),
        "MUNICIPALITY=Assen", "LANGUAGE=0", "OUTPUT={}".format(out),
    ]  # fmt: skip
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    payload = json.loads(completed.stdout[completed.stdout.index("{") :])
    assert payload["results"]["AREAS"] == 10
    assert pages(out) == FIXED_PAGES + 10


def test_toolbar_action_opens_the_atlas_dialog(wijkaanpak_plugin, monkeypatch):
    import processing

    toolbar = wijkaanpak_plugin.toolbar
    (action,) = [a for a in toolbar.actions() if a.objectName() == "wijkaanpakExportAtlas"]
    assert action.text() == "Wijkatlas exporteren" and not action.icon().isNull()
    assert action in wijkaanpak_plugin.actions  # also in the plugin menu
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params: opened.append(alg))
    action.trigger()
    assert opened == ["wijkaanpak:exportatlas"]
