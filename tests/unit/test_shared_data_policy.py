"""The policy for tests that read ../shared/data: missing fails under CI=true, skips locally.

Both forms are checked: ``require_shared(path)`` (a fixture of tests/conftest.py) and the
``@pytest.mark.shared_data(path)`` marker, the latter in a separate pytest run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: Normally a file that exists; the subprocess runs below point it at a missing one.
PROBE = Path(os.environ.get("WIJKAANPAK_SHARED_PROBE", str(REPO / "README.md")))


@pytest.mark.shared_data(PROBE)
def test_marker_probe():
    assert PROBE.exists()


def test_require_shared_fails_under_ci_and_skips_locally(tmp_path, monkeypatch, require_shared):
    absent = tmp_path / "absent.gpkg"
    present = tmp_path / "present.gpkg"
    present.write_bytes(b"")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="absent.gpkg"):
        require_shared(absent)
    assert require_shared(present) == present
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="absent.gpkg"):
        require_shared(absent)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require_shared(present, absent)


@pytest.mark.parametrize("ci, outcome", [("true", "1 error"), ("", "1 skipped")])
def test_the_marker_follows_the_same_policy(tmp_path, ci, outcome):
    env = dict(os.environ, CI=ci, WIJKAANPAK_SHARED_PROBE=str(tmp_path / "absent.gpkg"))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:qgis", "-p", "no:cacheprovider", "-q",
         f"{Path(__file__)}::test_marker_probe"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert outcome in run.stdout, run.stdout[-2000:]
    assert (run.returncode != 0) == (ci == "true"), run.stdout[-2000:]
    if ci:
        assert "shared data missing under CI=true" in run.stdout
