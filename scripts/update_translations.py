"""Refresh resources/i18n/wijkaanpak_nl.ts from the source strings (keeps translations).

    /usr/bin/python3 scripts/update_translations.py

Then translate the new entries (Qt Linguist, or by editing the XML) and run
`make translations` (lrelease) to build the .qm files QGIS loads.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ["nl"]


def sources() -> list[str]:
    files = []
    for folder in ("wijkaanpak_plugin", "processing_algorithms"):
        files += sorted(str(p.relative_to(REPO)) for p in (REPO / folder).rglob("*.py"))
    files += sorted(str(p.relative_to(REPO)) for p in (REPO / "forms").glob("*.ui"))
    return files


def main() -> None:
    for language in LANGUAGES:
        ts = REPO / "resources" / "i18n" / f"wijkaanpak_{language}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pylupdate5", "-noobsolete", *sources(), "-ts", str(ts)], check=True, cwd=REPO
        )
        print(f"updated {ts.relative_to(REPO)}")


if __name__ == "__main__":
    main()
