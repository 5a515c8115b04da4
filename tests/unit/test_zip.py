"""`make zip` output is installable with QGIS's "Install from ZIP": checked by opening it."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_zip_is_a_clean_installable_plugin(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_zip.py"), "--out", str(tmp_path)],
        check=True,
        cwd=REPO,
    )
    zips = list(tmp_path.glob("wijkaanpak-*.zip"))
    assert len(zips) == 1
    with zipfile.ZipFile(zips[0]) as archive:
        names = archive.namelist()
        metadata_text = archive.read("wijkaanpak/metadata.txt").decode("utf-8")
        init_text = archive.read("wijkaanpak/__init__.py").decode("utf-8")
    # one top folder, named as QGIS will install it
    assert {n.split("/")[0] for n in names} == {"wijkaanpak"}
    # no tests, caches, dev files
    forbidden = ("/tests/", "/.venv/", "__pycache__", ".pyc", "/.git", "/scripts/", "/out/", ".ci/")
    assert not [n for n in names if any(f in n for f in forbidden)]
    assert not [
        n for n in names if n.endswith(("Makefile", "pyproject.toml", "requirements-dev.txt"))
    ]
    # the plugin proper is there
    for needed in (
        "wijkaanpak/wijkaanpak_plugin/plugin.py",
        "wijkaanpak/processing_algorithms/provider.py",
        "wijkaanpak/resources/icons/wijkaanpak.svg",
        "wijkaanpak/LICENSE",
    ):
        assert needed in names, needed
    assert "def classFactory" in init_text
    parser = configparser.ConfigParser()
    parser.read_string(metadata_text)
    general = parser["general"]
    for key in (
        "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
        "homepage", "tracker", "repository", "tags", "changelog", "icon",
    ):  # fmt: skip
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert f"wijkaanpak/{general['icon']}" in names
    assert zips[0].name == f"wijkaanpak-{general['version']}.zip"
