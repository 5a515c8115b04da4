"""Build dist/wijkaanpak-<version>.zip for QGIS's "Install from ZIP".

The zip holds one top folder ``wijkaanpak/`` with the plugin only: no tests,
scripts, caches, virtualenv, build output or developer files.
"""

from __future__ import annotations

import argparse
import configparser
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INCLUDE_TOP = [
    "__init__.py",
    "metadata.txt",
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "wijkaanpak_plugin",
    "processing_algorithms",
    "forms",
    "resources",
]
EXCLUDED_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".orig", ".rej"}


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def plugin_files() -> list[Path]:
    files: list[Path] = []
    for name in INCLUDE_TOP:
        path = REPO / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not (set(child.relative_to(REPO).parts) & EXCLUDED_PARTS):
                    if child.suffix not in EXCLUDED_SUFFIXES:
                        files.append(child)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="dist")
    args = parser.parse_args()
    out_dir = REPO / args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"wijkaanpak-{version()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            info = zipfile.ZipInfo(f"wijkaanpak/{path.relative_to(REPO).as_posix()}")
            info.date_time = (2024, 1, 1, 0, 0, 0)  # reproducible
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    print(target)


if __name__ == "__main__":
    main()
