"""The plugin as QGIS loads it: provider, algorithms, help text, unload."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import QgsApplication

REPO = Path(__file__).resolve().parents[2]


def test_provider_registered_with_icon(wijkaanpak_plugin):
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    assert provider is not None
    assert provider.name() == "Wijkaanpak"
    assert not provider.icon().isNull()
    from wijkaanpak.processing_algorithms.provider import ALGORITHMS

    # every listed algorithm loaded: none broken, none silently missing
    assert sorted(type(a).__name__ for a in provider.algorithms()) == sorted(
        c for _, c in ALGORITHMS
    )


def test_every_algorithm_and_parameter_has_help(wijkaanpak_plugin):
    provider = QgsApplication.processingRegistry().providerById("wijkaanpak")
    for alg in provider.algorithms():
        assert len(alg.shortHelpString()) > 80, alg.id()
        assert alg.group(), alg.id()
        for param in alg.parameterDefinitions():
            assert param.help().strip(), f"{alg.id()}: parameter {param.name()} has no help"
        fresh = alg.createInstance()
        assert fresh is not alg and fresh.name() == alg.name()


def test_unload_removes_provider_and_menu(wijkaanpak_plugin, qgis_iface):
    wijkaanpak_plugin.unload()
    assert QgsApplication.processingRegistry().providerById("wijkaanpak") is None
    assert wijkaanpak_plugin.actions == []
    wijkaanpak_plugin.initProcessing()
    wijkaanpak_plugin.initGui()
    assert QgsApplication.processingRegistry().providerById("wijkaanpak") is not None


def test_forms_connect_signals_in_python_not_designer():
    for ui in (REPO / "forms").glob("*.ui"):
        assert "<connections>" not in ui.read_text(encoding="utf-8"), ui.name


def test_no_fstring_inside_tr():
    pattern = re.compile(r"""tr\(\s*f["']""")
    offenders = [
        str(p.relative_to(REPO))
        for folder in ("wijkaanpak_plugin", "processing_algorithms")
        for p in (REPO / folder).rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
