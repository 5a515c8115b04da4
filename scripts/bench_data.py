"""Synthetic, seeded data for `make bench`: national-scale population, playgrounds, areas and
a street network, written once as GeoPackages (EPSG:28992) and reused while the parameters
are unchanged.

Nothing here is real: towns, residents, playgrounds and streets are drawn from a seeded
random generator inside the Netherlands' RD extent, so the benchmark measures speed on data
of the size and shape of the real thing (clustered settlements, many small areas, a grid-like
street network with missing links and several disconnected parts), never a finding.

Layers (one GeoPackage each, layer name = file stem):

- ``population``      points; ``pop_id``, ``n_0_5``, ``n_6_11``, ``n_12_17`` (residents per
                      age group, Poisson counts) and ``buurtcode`` (the area code)
- ``population_subset``  a seeded random subset of ``population`` (same fields)
- ``playgrounds``     points in the Wijkaanpak speelplekken schema: ``source_id``, ``name``,
                      ``place_type``, ``age_0_5``, ``age_6_11``, ``age_12_17`` (0/1, never NULL)
- ``network``         lines, one feature per street segment (a perturbed grid)
- ``net_population``, ``net_playgrounds``   residents and playgrounds on the network's extent
- ``muni_network``, ``muni_population``, ``muni_playgrounds``  a municipal window of those

Writing goes through GDAL (CSV → GeoPackage in C), so a million points take seconds.

Run alone:  /usr/bin/python3 scripts/bench_data.py [--smoke] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

GENERATOR_VERSION = 4
CRS = "EPSG:28992"

#: A coarse outline of the Netherlands in RD metres (synthetic towns are placed inside it).
NL_OUTLINE = np.array(
    [
        (14_000, 375_000),
        (60_000, 395_000),
        (75_000, 440_000),
        (100_000, 500_000),
        (112_000, 555_000),
        (150_000, 580_000),
        (170_000, 560_000),
        (215_000, 600_000),
        (270_000, 595_000),
        (275_000, 545_000),
        (255_000, 520_000),
        (262_000, 470_000),
        (220_000, 440_000),
        (205_000, 390_000),
        (205_000, 330_000),
        (180_000, 308_000),
        (172_000, 340_000),
        (150_000, 375_000),
        (100_000, 380_000),
        (60_000, 360_000),
    ],
    dtype=float,
)


@dataclass(frozen=True)
class Sizes:
    """How much data to make; ``FULL`` is the national scale of issue 3."""

    seed: int = 20240501
    population: int = 1_000_000
    subset: int = 100_000
    towns: int = 400
    rural_share: float = 0.05
    playgrounds: int = 20_000
    areas: int = 14_000
    grid_nodes: int = 330  # per side: 2 * 330 * 329 = 217,140 segments before removals
    grid_spacing: float = 80.0
    net_origin: tuple = (120_000.0, 440_000.0)
    net_population: int = 100_000
    net_playgrounds: int = 2_000
    net_areas: int = 300
    muni_window: float = 2_000.0  # side of the municipal window (m)


FULL = Sizes()
SMOKE = Sizes(
    population=5_000,
    subset=1_000,
    towns=10,
    playgrounds=100,
    areas=70,
    grid_nodes=40,
    net_population=1_000,
    net_playgrounds=30,
    net_areas=10,
    muni_window=1_000.0,
)


# ------------------------------------------------------------------------------ geometry


def _inside(xy: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """Even-odd point-in-polygon for many points and one small ring."""
    x, y = xy[:, 0][:, None], xy[:, 1][:, None]
    ax, ay = ring[:, 0][None, :], ring[:, 1][None, :]
    bx, by = np.roll(ring[:, 0], -1)[None, :], np.roll(ring[:, 1], -1)[None, :]
    crosses = (ay > y) != (by > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = ax + (y - ay) * (bx - ax) / (by - ay)
    return ((crosses & (x < x_cross)).sum(axis=1) % 2) == 1


def _uniform_in_outline(rng: np.random.Generator, n: int) -> np.ndarray:
    lo, hi = NL_OUTLINE.min(axis=0), NL_OUTLINE.max(axis=0)
    out = np.empty((0, 2))
    while len(out) < n:
        cand = rng.uniform(lo, hi, size=(max(2 * n, 64), 2))
        out = np.vstack([out, cand[_inside(cand, NL_OUTLINE)]])
    return out[:n]


def clustered_points(
    rng: np.random.Generator, n: int, towns: int, rural_share: float, box=None
) -> np.ndarray:
    """Points around ``towns`` centres with Zipf-like sizes, plus a rural scatter.

    A town of k points spreads with a standard deviation of 250 m * sqrt(k / 1000), so a
    village of 500 points is a few hundred metres across and a city of 50,000 about 10 km.
    ``box`` (xmin, ymin, xmax, ymax) replaces the national outline.
    """
    if box is None:
        centres = _uniform_in_outline(rng, towns)
        lo, hi = NL_OUTLINE.min(axis=0), NL_OUTLINE.max(axis=0)
    else:
        lo, hi = np.array(box[:2], float), np.array(box[2:], float)
        centres = rng.uniform(lo, hi, size=(towns, 2))
    n_rural = int(round(n * rural_share))
    weights = 1.0 / np.arange(1, towns + 1) ** 0.9
    per_town = rng.multinomial(n - n_rural, weights / weights.sum())
    sigma = 250.0 * np.sqrt(np.maximum(per_town, 1) / 1000.0)
    town_of = np.repeat(np.arange(towns), per_town)
    pts = centres[town_of] + rng.normal(size=(len(town_of), 2)) * sigma[town_of, None]
    rural = (
        _uniform_in_outline(rng, n_rural) if box is None else rng.uniform(lo, hi, size=(n_rural, 2))
    )
    pts = np.clip(np.vstack([pts, rural]), lo, hi)
    return pts[rng.permutation(len(pts))]


def resident_counts(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Residents per age group at a point (an address cluster): Poisson counts."""
    return {
        "n_0_5": rng.poisson(1.1, n),
        "n_6_11": rng.poisson(1.1, n),
        "n_12_17": rng.poisson(1.0, n),
    }


def area_codes(rng: np.random.Generator, xy: np.ndarray, k: int, prefix: str) -> np.ndarray:
    """Voronoi-like areas: ``k`` centres drawn from the points themselves (so dense places
    get small areas, as buurten do), every point takes the code of its nearest centre."""
    centres = xy[rng.choice(len(xy), size=min(k, len(xy)), replace=False)]
    _, nearest = cKDTree(centres).query(xy, k=1, workers=-1)
    return np.char.add(prefix, np.char.zfill(nearest.astype(str), 8))


def playgrounds(rng: np.random.Generator, m: int, near: np.ndarray, box=None) -> pd.DataFrame:
    """Playgrounds near residents (95 %) or anywhere (5 %), with age flags and a type."""
    n_near = int(round(m * 0.95))
    xy = near[rng.integers(0, len(near), n_near)] + rng.normal(scale=60.0, size=(n_near, 2))
    if box is None:
        far = _uniform_in_outline(rng, m - n_near)
    else:
        far = rng.uniform(box[:2], box[2:], size=(m - n_near, 2))
    xy = np.vstack([xy, far])
    age_0_5 = (rng.random(m) < 0.55).astype(np.int64)
    age_6_11 = (rng.random(m) < 0.75).astype(np.int64)
    age_12_17 = (rng.random(m) < 0.35).astype(np.int64)
    age_6_11[(age_0_5 + age_6_11 + age_12_17) == 0] = 1
    young = np.array(["speeltuin", "speelplek", "natuurspeelplek"])
    teen = np.array(["trapveld", "skatebaan", "cruyff_court", "pumptrack"])
    place_type = np.where(
        (age_12_17 == 1) & (age_0_5 == 0),
        teen[rng.integers(0, len(teen), m)],
        young[rng.integers(0, len(young), m)],
    )
    ids = np.char.add("SYN-", np.char.zfill(np.arange(1, m + 1).astype(str), 6))
    return pd.DataFrame(
        {
            "x": xy[:, 0],
            "y": xy[:, 1],
            "source_id": ids,
            "name": np.char.add("Synthetische speelplek ", np.arange(1, m + 1).astype(str)),
            "place_type": place_type,
            "age_0_5": age_0_5,
            "age_6_11": age_6_11,
            "age_12_17": age_12_17,
        }
    )


def street_grid(rng: np.random.Generator, sizes: Sizes) -> tuple[np.ndarray, np.ndarray, int]:
    """A perturbed grid of street segments: (segments (s, 2, 2), box, number of components).

    Node positions jitter by N(0, 12 m); 6 % of the links are missing; three "canals" cut
    the grid, crossed only by a bridge every 25 links, and one block of the grid is cut off
    completely (an island with no bridge), so the network has several components.
    """
    k = sizes.grid_nodes
    h = sizes.grid_spacing
    x0, y0 = sizes.net_origin
    gx, gy = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
    node = np.stack([x0 + gx * h, y0 + gy * h], axis=-1) + rng.normal(scale=12.0, size=(k, k, 2))
    # horizontal links (i, j) - (i + 1, j), vertical links (i, j) - (i, j + 1)
    hi, hj = np.meshgrid(np.arange(k - 1), np.arange(k), indexing="ij")
    vi, vj = np.meshgrid(np.arange(k), np.arange(k - 1), indexing="ij")
    h_keep = rng.random(hi.shape) >= 0.06
    v_keep = rng.random(vi.shape) >= 0.06
    for frac in (0.3, 0.55, 0.8):  # canals between columns c and c + 1, bridges every 25
        c = int(frac * (k - 1))
        h_keep[c, :] = False
        h_keep[c, ::25] = True
    c = int(0.5 * (k - 1))  # a horizontal canal as well
    v_keep[:, c] = False
    v_keep[::25, c] = True
    # an island block: cut every link leaving it
    a, b = int(0.1 * k), int(0.1 * k) + max(3, k // 10)
    h_keep[a - 1, a:b] = False
    h_keep[b - 1, a:b] = False
    v_keep[a:b, a - 1] = False
    v_keep[a:b, b - 1] = False
    h_seg = np.stack([node[hi, hj], node[hi + 1, hj]], axis=-2)[h_keep]
    v_seg = np.stack([node[vi, vj], node[vi, vj + 1]], axis=-2)[v_keep]
    segments = np.concatenate([h_seg, v_seg])
    box = np.array([x0 - 50, y0 - 50, x0 + (k - 1) * h + 50, y0 + (k - 1) * h + 50])
    # connected parts (isolated grid nodes, which carry no segment, not counted)
    a_node = np.concatenate([(hi * k + hj)[h_keep], (vi * k + vj)[v_keep]])
    b_node = np.concatenate([((hi + 1) * k + hj)[h_keep], (vi * k + vj + 1)[v_keep]])
    graph = sparse.coo_matrix((np.ones(len(a_node)), (a_node, b_node)), shape=(k * k, k * k))
    _, label = connected_components(graph, directed=False)
    components = len(np.unique(label[np.concatenate([a_node, b_node])]))
    return segments, box, components


# ------------------------------------------------------------------------------ writing


def _write_csv_gpkg(frame: pd.DataFrame, path: Path, geometry: str, types: list[str]) -> None:
    """Write a frame to a one-layer GeoPackage through GDAL's CSV driver (fast, in C).

    ``geometry`` "point" uses columns x, y; "line" a column ``wkt``. ``types`` are the CSVT
    types of the columns after the geometry columns.
    """
    from osgeo import gdal

    gdal.UseExceptions()
    csv = path.with_suffix(".csv")
    frame.to_csv(csv, index=False, float_format="%.2f")
    geom_cols = ["x", "y"] if geometry == "point" else ["wkt"]
    csvt = ["Real", "Real"] if geometry == "point" else ["WKT"]
    csv.with_suffix(".csvt").write_text(",".join(csvt + types) + "\n")
    open_options = ["KEEP_GEOM_COLUMNS=NO"]
    if geometry == "point":
        open_options += ["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y"]
    else:
        open_options += ["GEOM_POSSIBLE_NAMES=wkt"]
    assert list(frame.columns[: len(geom_cols)]) == geom_cols
    if path.exists():
        path.unlink()
    gdal.VectorTranslate(
        str(path),
        gdal.OpenEx(str(csv), gdal.OF_VECTOR, open_options=open_options),
        format="GPKG",
        layerName=path.stem,
        srcSRS=CRS,
        dstSRS=CRS,
        geometryType="POINT" if geometry == "point" else "LINESTRING",
        options=["-gt", "unlimited", "-lco", "FID=fid"],
    )
    csv.unlink()
    csv.with_suffix(".csvt").unlink()


def _population_frame(xy: np.ndarray, counts: dict, codes: np.ndarray, ids: np.ndarray):
    return pd.DataFrame({"x": xy[:, 0], "y": xy[:, 1], "pop_id": ids, **counts, "buurtcode": codes})


POP_TYPES = ["Integer", "Integer", "Integer", "Integer", "String"]
PLAY_TYPES = ["String", "String", "String", "Integer", "Integer", "Integer"]


def _write_population(frame: pd.DataFrame, path: Path) -> None:
    _write_csv_gpkg(frame, path, "point", POP_TYPES)


def _write_playgrounds(frame: pd.DataFrame, path: Path) -> None:
    _write_csv_gpkg(frame, path, "point", PLAY_TYPES)


def _write_lines(segments: np.ndarray, path: Path) -> None:
    s = np.round(segments, 2)
    wkt = [
        f"LINESTRING ({a:.2f} {b:.2f}, {c:.2f} {d:.2f})" for a, b, c, d in s.reshape(-1, 4).tolist()
    ]
    frame = pd.DataFrame({"wkt": wkt, "segment_id": np.arange(1, len(s) + 1)})
    _write_csv_gpkg(frame, path, "line", ["Integer"])


# ------------------------------------------------------------------------------ building


def build(out_dir: Path, sizes: Sizes, log=print) -> dict:
    """Generate every layer into ``out_dir`` and return the manifest (also written)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    rng = np.random.default_rng(sizes.seed)
    stats: dict = {}

    # national population, areas, playgrounds
    xy = clustered_points(rng, sizes.population, sizes.towns, sizes.rural_share)
    counts = resident_counts(rng, len(xy))
    codes = area_codes(rng, xy, sizes.areas, "BU")
    ids = np.arange(1, len(xy) + 1)
    pop = _population_frame(xy, counts, codes, ids)
    _write_population(pop, out_dir / "population.gpkg")
    subset = np.sort(rng.choice(len(xy), size=sizes.subset, replace=False))
    _write_population(pop.iloc[subset], out_dir / "population_subset.gpkg")
    play = playgrounds(rng, sizes.playgrounds, xy)
    _write_playgrounds(play, out_dir / "playgrounds.gpkg")
    stats["population_points"] = int(len(pop))
    stats["residents"] = {k: int(v.sum()) for k, v in counts.items()}
    stats["areas_with_points"] = int(len(np.unique(codes)))
    stats["subset_points"] = int(len(subset))
    stats["subset_areas"] = int(len(np.unique(codes[subset])))
    stats["playgrounds"] = int(len(play))
    stats["playgrounds_per_group"] = {
        g: int(play[g].sum()) for g in ("age_0_5", "age_6_11", "age_12_17")
    }
    log(f"  national layers written ({time.perf_counter() - t0:.1f} s)")

    # street network, residents and playgrounds on it
    segments, box, components = street_grid(rng, sizes)
    _write_lines(segments, out_dir / "network.gpkg")
    net_xy = clustered_points(
        rng, sizes.net_population, max(3, sizes.towns // 20), 0.15, box=tuple(box)
    )
    net_counts = resident_counts(rng, len(net_xy))
    net_codes = area_codes(rng, net_xy, sizes.net_areas, "BN")
    net_pop = _population_frame(net_xy, net_counts, net_codes, np.arange(1, len(net_xy) + 1))
    _write_population(net_pop, out_dir / "net_population.gpkg")
    net_play = playgrounds(rng, sizes.net_playgrounds, net_xy, box=box)
    _write_playgrounds(net_play, out_dir / "net_playgrounds.gpkg")
    stats["network_segments"] = int(len(segments))
    stats["network_components"] = int(components)
    stats["network_extent_km"] = round(float(box[2] - box[0]) / 1000.0, 1)
    stats["net_population_points"] = int(len(net_pop))
    stats["net_playgrounds"] = int(len(net_play))

    # municipal window: around the densest part of the network population
    w = sizes.muni_window
    hist, ex, ey = np.histogram2d(
        net_xy[:, 0], net_xy[:, 1], bins=max(2, int(box[2] - box[0]) // int(w))
    )
    i, j = np.unravel_index(np.argmax(hist), hist.shape)
    cx, cy = (ex[i] + ex[i + 1]) / 2, (ey[j] + ey[j + 1]) / 2
    win = np.array([cx - w / 2, cy - w / 2, cx + w / 2, cy + w / 2])
    margin = 600.0  # network beyond the window, so paths may leave it and come back

    def in_box(p: np.ndarray, b: np.ndarray) -> np.ndarray:
        return (p[:, 0] >= b[0]) & (p[:, 0] <= b[2]) & (p[:, 1] >= b[1]) & (p[:, 1] <= b[3])

    big = win + np.array([-margin, -margin, margin, margin])
    seg_in = in_box(segments[:, 0], big) | in_box(segments[:, 1], big)
    _write_lines(segments[seg_in], out_dir / "muni_network.gpkg")
    pin = in_box(net_xy, win)
    _write_population(net_pop[pin], out_dir / "muni_population.gpkg")
    lin = in_box(net_play[["x", "y"]].to_numpy(), win)
    _write_playgrounds(net_play[lin], out_dir / "muni_playgrounds.gpkg")
    stats["muni_window"] = [round(float(v), 1) for v in win]
    stats["muni_segments"] = int(seg_in.sum())
    stats["muni_population_points"] = int(pin.sum())
    stats["muni_playgrounds"] = int(lin.sum())

    manifest = {
        "generator_version": GENERATOR_VERSION,
        "sizes": asdict(sizes),
        "stats": stats,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1))
    log(f"  synthetic data written to {out_dir} ({manifest['seconds']} s)")
    return manifest


LAYERS = (
    "population",
    "population_subset",
    "playgrounds",
    "network",
    "net_population",
    "net_playgrounds",
    "muni_network",
    "muni_population",
    "muni_playgrounds",
)


def ensure(out_dir: Path, sizes: Sizes, log=print) -> dict:
    """The cached data if it was made with these parameters, else a fresh build."""
    manifest_path = out_dir / "manifest.json"
    if manifest_path.exists():
        try:
            manifest = json.loads(manifest_path.read_text())
        except ValueError:
            manifest = {}
        same = manifest.get("generator_version") == GENERATOR_VERSION and manifest.get(
            "sizes"
        ) == json.loads(json.dumps(asdict(sizes)))
        if same and all((out_dir / f"{name}.gpkg").exists() for name in LAYERS):
            log(f"  using cached synthetic data in {out_dir}")
            return manifest
    log(f"  generating synthetic data in {out_dir} ...")
    return build(out_dir, sizes, log)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny data for CI")
    parser.add_argument("--out", default=None, help="output folder")
    args = parser.parse_args()
    repo = Path(__file__).resolve().parents[1]
    out = (
        Path(args.out)
        if args.out
        else repo / "out" / "bench" / ("smoke_data" if args.smoke else "data")
    )
    manifest = build(out, SMOKE if args.smoke else FULL)
    print(json.dumps(manifest["stats"], indent=1))


if __name__ == "__main__":
    main()
