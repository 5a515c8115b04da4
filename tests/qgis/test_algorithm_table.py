"""docs/algorithms.md is what the algorithms say about themselves (no drift from the Toolbox)."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest
from qgis.core import QgsApplication

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "docs" / "algorithms.md"


@pytest.fixture(scope="module")
def table_script():
    spec = importlib.util.spec_from_file_location(
        "algorithm_table", REPO / "scripts" / "algorithm_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rendered(wijkaanpak_plugin, table_script) -> str:
    return table_script.render()


def test_algorithm_page_is_up_to_date(rendered):
    current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    if current != rendered:
        diff = "\n".join(
            list(
                difflib.unified_diff(
                    current.splitlines(),
                    rendered.splitlines(),
                    "docs/algorithms.md",
                    "the algorithms' help now",
                    lineterm="",
                    n=1,
                )
            )[:40]
        )
        pytest.fail(
            "docs/algorithms.md differs from the algorithms' own help: run "
            "/usr/bin/python3 scripts/algorithm_table.py\n" + diff,
            pytrace=False,
        )


def test_every_algorithm_and_parameter_is_on_the_page(wijkaanpak_plugin, rendered):
    """In both languages: each algorithm's id, and each of its parameters' names."""
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    algorithms = [alg.create() for alg in provider.algorithms()]
    assert len(algorithms) >= 11
    english, dutch = rendered.split("\n## Nederlands\n")
    for alg in algorithms:
        for section in (english, dutch):
            assert f"#### {alg.displayName()}" in english
            assert f"`{alg.id()}`" in section
            block = section.split(f"Id: `{alg.id()}`", 1)[1].split("\n#### ", 1)[0]
            for p in alg.parameterDefinitions():
                assert f"`{p.name()}`" in block, (alg.id(), p.name())
    # the Dutch half speaks Dutch (from the .qm): the reach algorithm's Dutch name
    assert "\n#### Bereik van speel- en ontmoetingsplekken\n" in dutch
    assert "\n#### Playground and meeting-place reach\n" not in dutch
