"""Test set-up shared by the unit tests (no QGIS) and the QGIS tests.

The repository root *is* the plugin package. Tests import it as ``wijkaanpak``
whatever the checkout folder is called, through a symlink in a scratch folder.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def _make_package_importable() -> None:
    link_parent = (
        Path(tempfile.gettempdir())
        / f"wijkaanpak-pkg-{os.getuid()}-{hashlib.sha1(str(REPO).encode()).hexdigest()[:10]}"
    )
    link_parent.mkdir(parents=True, exist_ok=True)
    link = link_parent / "wijkaanpak"
    if link.is_symlink() and Path(os.readlink(link)) != REPO:
        link.unlink()
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    if str(link_parent) not in sys.path:
        sys.path.insert(0, str(link_parent))


_make_package_importable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --------------------------------------------------------------------------- ../shared/data
# One policy for tests that read the shared open data next to the checkout: on a developer's
# machine without it they skip (and say which file); under CI=true a missing file FAILS, so
# a CI run can never pass by skipping the tests that compare with real published figures.


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require_shared(*paths) -> Path:
    """The (first) path, if every path exists; else fail under CI=true, skip otherwise."""
    missing = [Path(p) for p in paths if not Path(p).exists()]
    if missing:
        names = ", ".join(str(p) for p in missing)
        if running_in_ci():
            pytest.fail(f"shared data missing under CI=true: {names}", pytrace=False)
        pytest.skip(f"shared data not present (skipped locally, fails under CI=true): {names}")
    return Path(paths[0])


@pytest.fixture(scope="session", name="require_shared")
def _require_shared_fixture():
    """``require_shared(path)`` for tests and fixtures of any scope (see above)."""
    return require_shared


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "shared_data(*paths): the test reads these files of ../shared/data; when one is "
        "missing the test fails under CI=true and is skipped otherwise",
    )


def pytest_runtest_setup(item) -> None:
    for marker in item.iter_markers(name="shared_data"):
        require_shared(*marker.args)


# --------------------------------------------------------------------------- QGIS fixtures
# Only resolved by tests that ask for them, so unit tests also run with `-p no:qgis`.


@pytest.fixture(scope="session")
def wijkaanpak_plugin(qgis_iface, qgis_processing):
    """The real plugin, loaded the way QGIS loads it: classFactory + initProcessing + initGui."""
    import wijkaanpak

    plugin = wijkaanpak.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    yield plugin
    plugin.unload()


@pytest.fixture()
def run_alg(wijkaanpak_plugin):
    """processing.run with a fresh context and a feedback that stays quiet."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id: str, params: dict):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())

    return _run


@pytest.fixture(scope="session")
def postgis_server():
    """A throw-away PostgreSQL + PostGIS server for the session (tests/qgis/postgis_server.py):
    Unix socket in a temp folder, roles of docs/postgis.md; stopped and removed at the end."""
    from wijkaanpak.tests.qgis.postgis_server import PostgisServer, PostgisUnavailableError

    try:
        server = PostgisServer.start()
    except PostgisUnavailableError as error:
        if running_in_ci():
            pytest.fail(f"PostGIS tests cannot run under CI=true: {error}", pytrace=False)
        pytest.skip(f"PostGIS tests skipped (they fail under CI=true): {error}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def sample_copy(tmp_path):
    """Copy a bundled sample or test GeoPackage into tmp_path before a test touches it."""
    import shutil

    def _copy(relative: str) -> str:
        src = REPO / relative
        dst = tmp_path / src.name
        shutil.copy(src, dst)
        return str(dst)

    return _copy


def make_profile(root: Path) -> Path:
    """A throw-away QGIS profile folder with this checkout installed (symlink) and enabled."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "wijkaanpak"
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\nwijkaanpak=true\n\n[locale]\nuserLocale=en_US\noverrideFlag=true\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture()
def qgis_profile(tmp_path):
    return make_profile(tmp_path / "qgis-profile")


@pytest.fixture()
def qgis_process_command() -> list[str]:
    """qgis_process.bin on Debian 12 (its wrapper passes a flag 3.22 rejects), else qgis_process."""
    import shutil

    for candidate in ("/usr/bin/qgis_process.bin", "qgis_process"):
        found = shutil.which(candidate) or (candidate if Path(candidate).exists() else None)
        if found:
            return [found]
    pytest.fail("qgis_process not found: run `make test`, which installs QGIS")
