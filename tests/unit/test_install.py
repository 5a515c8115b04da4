"""`make install` puts the zip into a QGIS profile and enables the plugin."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_install_into_profile(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, str(REPO / "scripts/build_zip.py"), "--out", str(dist)], check=True
    )
    zip_path = next(dist.glob("wijkaanpak-*.zip"))
    profile = tmp_path / "profile"
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\nsomething=kept\n", encoding="utf-8")
    for _ in range(2):  # idempotent: a second install replaces the first
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts/install_plugin.py"),
                str(zip_path),
                "--profile-dir",
                str(profile),
            ],
            check=True,
        )
    plugin = profile / "python" / "plugins" / "wijkaanpak"
    assert (plugin / "metadata.txt").is_file() and (plugin / "__init__.py").is_file()
    assert not (plugin / "tests").exists()
    config = configparser.RawConfigParser()
    config.optionxform = str
    config.read(ini, encoding="utf-8")
    assert config.get("PythonPlugins", "wijkaanpak") == "true"
    assert config.get("General", "something") == "kept"
