"""Install a built plugin zip into a QGIS profile (default profile of the current user).

    python3 scripts/install_plugin.py dist/wijkaanpak-0.1.0.zip [--profile-dir DIR]

Unpacks to <profile>/python/plugins/wijkaanpak and enables it in QGIS3.ini.
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import zipfile
from pathlib import Path

DEFAULT_PROFILE = Path.home() / ".local/share/QGIS/QGIS3/profiles/default"


def install(zip_path: Path, profile: Path) -> Path:
    plugins = profile / "python" / "plugins"
    target = plugins / "wijkaanpak"
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    config = configparser.RawConfigParser()
    config.optionxform = str  # keep key case
    if ini.exists():
        config.read(ini, encoding="utf-8")
    if not config.has_section("PythonPlugins"):
        config.add_section("PythonPlugins")
    config.set("PythonPlugins", "wijkaanpak", "true")
    with ini.open("w", encoding="utf-8") as handle:
        config.write(handle, space_around_delimiters=False)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("zip", type=Path)
    parser.add_argument("--profile-dir", type=Path, default=DEFAULT_PROFILE)
    args = parser.parse_args()
    print(f"installed into {install(args.zip, args.profile_dir)}")


if __name__ == "__main__":
    main()
