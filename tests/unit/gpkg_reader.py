"""A tiny GeoPackage line reader for tests that must run without QGIS or GDAL.

Reads a feature table with sqlite3, strips the GeoPackage binary header and decodes the
WKB of (Multi)LineStrings (2D, Z, M or ZM; only x and y are kept). Test-only: the plugin
reads layers through QGIS.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import List, Tuple

import numpy as np

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _wkb_lines(buf: bytes, pos: int) -> Tuple[List[np.ndarray], int]:
    order = "<" if buf[pos] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    base = code % 1000
    dims = 2 + (code // 1000 in (1, 2)) + (code // 1000 == 3) * 2
    if base == 2:
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        arr = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=pos)
        pos += 8 * n * dims
        return [arr.reshape(n, dims)[:, :2].astype(float)], pos
    if base == 5:
        (parts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        out: List[np.ndarray] = []
        for _ in range(parts):
            lines, pos = _wkb_lines(buf, pos)
            out.extend(lines)
        return out, pos
    raise ValueError(f"WKB type {code} is not a (multi)linestring")


def read_gpkg_lines(path: Path, layer: str) -> Tuple[List[np.ndarray], List[int]]:
    """Every line part of ``layer`` as an (k, 2) array, and the fid of each part."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        geom_col = con.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
        ).fetchone()[0]
        rows = con.execute(f'SELECT fid, "{geom_col}" FROM "{layer}"').fetchall()
    finally:
        con.close()
    lines: List[np.ndarray] = []
    fids: List[int] = []
    for fid, blob in rows:
        if blob is None:
            continue
        buf = bytes(blob)
        if buf[:2] != b"GP":
            raise ValueError(f"feature {fid}: not a GeoPackage geometry blob")
        flags = buf[3]
        if flags & 0b10000:  # empty geometry
            continue
        header = 8 + _ENVELOPE_BYTES[(flags >> 1) & 0b111]
        parts, _ = _wkb_lines(buf, header)
        lines.extend(parts)
        fids.extend([fid] * len(parts))
    return lines, fids
