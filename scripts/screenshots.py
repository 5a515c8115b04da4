"""Screenshots of the main Processing dialogs, in English and Dutch, into docs/img/.

Runs the real QGIS desktop under Xvfb (``xvfb-run``) once per language, in a throw-away
profile with this checkout installed and QGIS set to that language, the way a user sees it:
the bundled Noord-Veluwe layers are in the project (CBS grid, CBS wijken, RIVM table, BGT
play equipment and the playgrounds imported from it), so the dialogs show the layers they
preselect. Each dialog is grabbed and saved as a palette PNG:

    docs/img/dialog_<name>_<language>.png    name: reach, rankareas, importinventory, ...

    /usr/bin/python3 scripts/screenshots.py                # both languages
    /usr/bin/python3 scripts/screenshots.py --languages nl

Needs qgis and xvfb-run (`make setup` installs them) and the Dutch .qm
(`make translations`). Look at the PNGs before committing them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "img"
SAMPLE = REPO / "resources" / "sample" / "noordveluwe.gpkg"

#: (file name part, algorithm id): the dialogs a new user meets first.
DIALOGS = (
    ("reach", "wijkaanpak:playgroundreach"),
    ("rankareas", "wijkaanpak:rankareas"),
    ("importinventory", "wijkaanpak:importinventory"),
    ("importfigures", "wijkaanpak:importfigures"),
)
LOCALES = {"en": "en_US", "nl": "nl_NL"}
#: Dialog size in pixels: the parameters and the help beside them, no empty space.
SIZE = (1000, 640)

# Runs inside QGIS desktop (qgis --code): loads the layers, opens each dialog, grabs it.
IN_QGIS = textwrap.dedent(
    """
    import json
    import traceback
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.utils import iface

    SAMPLE = {sample!r}
    DIALOGS = {dialogs!r}
    OUT = {out!r}
    LANGUAGE = {language!r}
    RESULT = {result!r}
    SIZE = {size!r}
    done = {{"files": [], "errors": []}}

    def layers():
        import processing
        project = QgsProject.instance()
        for name, title in (
            ("cbs_vierkant100m", "cbs_vierkant100m"),
            ("cbs_wijken_2024", "cbs_wijken_2024"),
            ("rivm_gezondheid_2020", "rivm_gezondheid_2020"),
            ("bgt_speelvoorziening", "bgt_speelvoorziening"),
        ):
            layer = QgsVectorLayer(SAMPLE + "|layername=" + name, title, "ogr")
            project.addMapLayer(layer)
        result = processing.run(
            "wijkaanpak:importinventory",
            {{
                "INPUT": SAMPLE + "|layername=bgt_speelvoorziening",
                "KIND": 0,
                "VALUE_FIELD": "bgtplustype",
                "GROUP": True,
                "OUTPUT": "TEMPORARY_OUTPUT",
            }},
        )
        places = result["OUTPUT"]
        if isinstance(places, str):
            places = QgsVectorLayer(places, "speelplekken", "ogr")
        places.setName("speelplekken")
        project.addMapLayer(places)

    def shoot(index=0):
        if index >= len(DIALOGS):
            with open(RESULT, "w") as handle:
                json.dump(done, handle)
            QgsApplication.exit(0)
            return
        name, alg_id = DIALOGS[index]
        try:
            import processing
            dialog = processing.createAlgorithmDialog(alg_id)
            dialog.resize(*SIZE)
            dialog.show()
            for _ in range(20):
                QApplication.processEvents()
            path = "{{}}/dialog_{{}}_{{}}.png".format(OUT, name, LANGUAGE)
            image = dialog.grab().toImage()
            image.save(path, "PNG")
            dialog.close()
            done["files"].append(path)
        except Exception:
            done["errors"].append(alg_id + ": " + traceback.format_exc())
        QTimer.singleShot(500, lambda: shoot(index + 1))

    def start():
        try:
            layers()
        except Exception:
            done["errors"].append("layers: " + traceback.format_exc())
        QTimer.singleShot(1000, shoot)

    QTimer.singleShot(3000, start)
    """
)


def make_profile(root: Path, locale: str) -> Path:
    """A throw-away QGIS profile with this checkout installed and QGIS in ``locale``."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    (plugins / "wijkaanpak").symlink_to(REPO, target_is_directory=True)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\nwijkaanpak=true\n\n"
        f"[locale]\nuserLocale={locale}\noverrideFlag=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips=false\n",
        encoding="utf-8",
    )
    return root


def shoot(language: str, out: Path, dialogs=DIALOGS) -> list[str]:
    """Run QGIS desktop in ``language`` and save its dialogs; the files written."""
    with tempfile.TemporaryDirectory(prefix="wijk-shots-") as tmp:
        tmp_path = Path(tmp)
        profile = make_profile(tmp_path / "profile", LOCALES[language])
        result = tmp_path / "result.json"
        script = tmp_path / "shoot.py"
        script.write_text(
            IN_QGIS.format(
                sample=str(SAMPLE),
                dialogs=list(dialogs),
                out=str(out),
                language=language,
                result=str(result),
                size=SIZE,
            ),
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["HOME"] = str(tmp_path)
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
        command = [
            "xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
            "qgis", "--nologo", "--noversioncheck",
            "--profiles-path", str(profile), "--code", str(script),
        ]  # fmt: skip
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        if not result.exists():
            sys.exit(f"QGIS ({language}) did not run the screenshot script:\n{done.stderr[-3000:]}")
        report = json.loads(result.read_text())
    for path in report["files"]:
        shrink(Path(path))
    for error in report["errors"]:
        print(f"[{language}] {error}", file=sys.stderr)
    if report["errors"]:
        sys.exit(1)
    return report["files"]


def shrink(path: Path, colors: int = 64) -> None:
    """A palette of ``colors`` without dithering: a UI screenshot stays sharp at a fraction of
    the bytes. Skipped (the PNG stays as Qt wrote it) without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=colors, dither=Image.Dither.NONE)
    palette.save(path, optimize=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=list(LOCALES), choices=list(LOCALES))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for tool in ("xvfb-run", "qgis"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found: run `make setup` first")
    qm = REPO / "resources" / "i18n" / "wijkaanpak_nl.qm"
    if "nl" in args.languages and not qm.exists():
        sys.exit(f"{qm.relative_to(REPO)} is missing: run `make translations` first")
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        for path in shoot(language, args.out.resolve()):
            size = Path(path).stat().st_size
            print(f"{Path(path).relative_to(REPO) if REPO in Path(path).parents else path}"
                  f" ({size // 1024} KB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
