"""Start QGIS headless and make this checkout importable as package ``wijkaanpak``.

Used by the demo, bench and evaluation scripts, which run with /usr/bin/python3
(the interpreter QGIS itself uses).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def make_package_importable() -> None:
    digest = hashlib.sha1(str(REPO).encode()).hexdigest()[:10]
    parent = Path(tempfile.gettempdir()) / f"wijkaanpak-pkg-{os.getuid()}-{digest}"
    parent.mkdir(parents=True, exist_ok=True)
    link = parent / "wijkaanpak"
    if link.is_symlink() and Path(os.readlink(link)) != REPO:
        link.unlink()
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    if str(parent) not in sys.path:
        sys.path.insert(0, str(parent))


def start_qgis(with_processing: bool = True):
    """QgsApplication without GUI, Processing initialised, the plugin's provider registered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_package_importable()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    plugin = None
    if with_processing:
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        Processing.initialize()
        import wijkaanpak

        plugin = wijkaanpak.classFactory(None)
        plugin.initProcessing()
    return app, plugin
