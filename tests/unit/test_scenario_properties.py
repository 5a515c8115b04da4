"""Property: incremental update equals full recomputation, for any sequence of edits.

Hypothesis draws the seed of a tiny map (residents, playgrounds with age groups, meeting
places, optionally polygon places and a street grid with one-way links) and a sequence of
add / move / remove edits; after every edit the scenario's kept distances, within-norm flags
and per-area shares must equal a full reach analysis (``analyse_reach``) from scratch on the
edited inventory. Needs python3-hypothesis (Debian); skipped where it is not installed.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from wijkaanpak.tests.unit.test_scenario import (  # noqa: E402
    TinyMap,
    assert_same_as_full,
)
from wijkaanpak.wijkaanpak_plugin.core.scenario import scenario_from_analysis  # noqa: E402


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=0, max_value=2**31 - 1),
    network=st.booleans(),
    polygons=st.booleans(),
    steps=st.integers(min_value=1, max_value=6),
)
def test_incremental_update_equals_full_recomputation(seed, network, polygons, steps):
    tiny = TinyMap(seed, network=network, polygons=polygons)
    scenario = scenario_from_analysis(tiny.full())
    for _ in range(steps):
        scenario.apply(tiny.random_edit())
        assert_same_as_full(scenario, tiny.full())
