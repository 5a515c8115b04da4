"""The network core built from one flat vertex array (a bulk read) equals the network built
from one array per line; the fast unique-rows helper equals ``np.unique(axis=0)``."""

from __future__ import annotations

import numpy as np
import pytest

from wijkaanpak.wijkaanpak_plugin.core.network import LineParts, _unique_rows, build_walk_network

X0, Y0 = 150_000.0, 450_000.0


@pytest.mark.parametrize("n", [0, 1, 7, 1000, 50_000])
def test_unique_rows_equals_numpy_unique(n):
    rng = np.random.default_rng(n)
    xy = rng.integers(0, 40, size=(n, 2)).astype(float) / 4 + [X0, Y0]
    expected_rows, expected_inverse = np.unique(xy, axis=0, return_inverse=True)
    rows, inverse = _unique_rows(xy)
    assert np.array_equal(rows, expected_rows)
    assert np.array_equal(inverse, np.asarray(expected_inverse).ravel())


def test_network_from_line_parts_equals_network_from_lines():
    rng = np.random.default_rng(2)
    lines = []
    for _ in range(400):
        k = int(rng.integers(0, 5))
        lines.append(rng.uniform(0, 300, size=(k, 2)).round(1) + [X0, Y0])
    lines[3] = None
    lines[10] = np.array([[X0, Y0], [np.nan, Y0]])
    lines[11] = np.array([[X0, Y0, 5.0], [X0 + 10, Y0, 6.0]])  # Z dropped
    lines[12] = np.array([X0, Y0])  # one-dimensional: skipped
    one_way = rng.integers(-1, 2, size=len(lines))
    barrier = rng.random(len(lines)) < 0.05
    a = build_walk_network(lines, one_way=one_way, barrier=barrier)
    b = build_walk_network(LineParts.from_lines(lines), one_way=one_way, barrier=barrier)
    for name in ("node_xy", "seg_start", "seg_u", "seg_v", "seg_line", "seg_forward",
                 "skipped_line_index", "invalid_line_index", "_arc_from", "_arc_len"):  # fmt: skip
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert (a.skipped_lines, a.invalid_lines, a.barrier_lines) == (
        b.skipped_lines,
        b.invalid_lines,
        b.barrier_lines,
    )
    # hand-known bookkeeping: None, the 1-D array and every 0/1-vertex line are skipped
    short = {
        i for i, line in enumerate(lines) if line is None or np.ndim(line) != 2 or len(line) < 2
    }
    assert set(a.skipped_line_index.tolist()) == short - set(np.nonzero(barrier)[0].tolist())
    assert 10 in a.invalid_line_index.tolist() or barrier[10]
