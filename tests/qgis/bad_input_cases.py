"""Builders of the bad-input catalogue (``docs/bad_input.md``): one per case id.

A builder takes a fresh recipe (``robustness_world``) and returns its *variants*: the recipe
with one defect put in, and what an error message has to name (layer, field, feature) or
what the documented treatment is checked by. A builder returns no variant for an algorithm
the case does not apply to (e.g. line defects for an algorithm without a line input).

The feature a defect is put into is the 7th (fid 7, index 6), so a message that names it
can be told apart from one that happens to contain "1".
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from wijkaanpak.tests.qgis import robustness_world as world

BAD_INDEX = 6  # the feature that gets the defect: fid 7
BAD_FID = BAD_INDEX + 1


@dataclass
class Variant:
    label: str  # e.g. "AREAS"
    recipe: world.Recipe
    extra: Dict[str, world.LayerSpec] = field(default_factory=dict)  # optional inputs used
    layer: Optional[str] = None  # layer name an error message must contain
    field_name: Optional[str] = None  # field an error message must contain
    feature: List[str] = field(default_factory=list)  # any of these (fid, code) must appear
    check: Optional[str] = None  # name of the treatment check (see test_bad_input.CHECKS)
    note: str = ""  # what was changed, for assertion messages
    output_folder: str = ""  # outputs go here (relative to the run folder)


def _spatial_inputs(recipe: world.Recipe, with_optional: bool = True):
    """(name, spec, extra) for every spatial input, optional line inputs included."""
    for name, spec in recipe.inputs.items():
        if spec.spatial:
            yield name, spec, {}
    if with_optional:
        for name, spec in recipe.optional_inputs.items():
            yield name, spec, {name: spec}


def _variant(recipe, name, spec, extra, **kw) -> Variant:
    return Variant(label=name, recipe=recipe, extra=extra, layer=spec.name, **kw)


def _copy(recipe: world.Recipe) -> world.Recipe:
    return copy.deepcopy(recipe)


def _each_input(recipe, predicate, spatial_only=False, with_optional=False):
    """Deep copies: (recipe copy, name, spec in that copy, extra) per matching input."""
    names = list(recipe.inputs) + (list(recipe.optional_inputs) if with_optional else [])
    for name in names:
        r = _copy(recipe)
        optional = name not in r.inputs
        spec = r.optional_inputs[name] if optional else r.inputs[name]
        if spatial_only and not spec.spatial:
            continue
        if predicate(spec):
            yield r, name, spec, ({name: spec} if optional else {})


def _codes(spec: world.LayerSpec, index: int) -> List[str]:
    out = [str(index + 1)]
    for name in (spec.code_field, spec.name_field):
        if name:
            value = spec.rows[index][spec.column(name)]
            if value not in (None, ""):
                out.append(str(value))
    return out


# --------------------------------------------------------------------------- geometry


def empty_layer(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: True, with_optional=True):
        spec.rows, spec.geoms = [], []
        yield _variant(r, name, spec, extra, note="no features")


def _geometry_defect(recipe, kinds, make, check_name="skipped"):
    for r, name, spec, extra in _each_input(
        recipe, lambda s: s.geometry in kinds, spatial_only=True, with_optional=True
    ):
        geometry = make(spec)
        if geometry is False:
            continue
        spec.geoms[BAD_INDEX] = geometry
        yield _variant(r, name, spec, extra, feature=_codes(spec, BAD_INDEX), check=check_name)


def null_geometry(recipe):
    yield from _geometry_defect(recipe, ("Point", "Polygon", "LineString"), lambda s: None)


def empty_geometry(recipe):
    empty = {"Point": "POINT EMPTY", "Polygon": "POLYGON EMPTY", "LineString": "LINESTRING EMPTY"}
    yield from _geometry_defect(
        recipe, ("Point", "Polygon", "LineString"), lambda s: empty[s.geometry]
    )


def invalid_geometry(recipe):
    """A bow-tie: the ring crosses itself (not valid for GEOS)."""

    def bow_tie(spec):
        x, y = world.X0 + 2 * world.SIZE, world.Y0 + 2 * world.SIZE
        s = world.SIZE
        return f"POLYGON (({x} {y}, {x + s} {y + s}, {x + s} {y}, {x} {y + s}, {x} {y}))"

    yield from _geometry_defect(recipe, ("Polygon",), bow_tie)


def nan_inf_geometry(recipe):
    """Points at (inf, y); a polygon or line with a NaN vertex (WKB, as a broken export)."""

    def broken(spec):
        x, y = world.X0 + 2 * world.SIZE, world.Y0 + 2 * world.SIZE
        if spec.geometry == "Point":
            return world.wkb_point(math.inf, y)
        if spec.geometry == "LineString":
            return world.wkb_line([(x, y), (math.nan, y), (x + 10, y)])
        s = world.SIZE
        return world.wkb_polygon([(x, y), (x + s, y), (math.nan, y + s), (x, y + s), (x, y)])

    yield from _geometry_defect(recipe, ("Point", "Polygon", "LineString"), broken)


def multipart_points(recipe):
    """Every point a MultiPoint (as many exports write them); one of them has two parts."""
    for r, name, spec, extra in _each_input(
        recipe, lambda s: s.geometry == "Point", spatial_only=True
    ):
        from osgeo import ogr

        new = []
        for i, g in enumerate(spec.geoms):
            p = ogr.CreateGeometryFromWkt(g)
            if i == BAD_INDEX:
                x, y = p.GetX(), p.GetY()
                new.append(f"MULTIPOINT (({x - 20} {y}), ({x + 20} {y}))")
            else:
                new.append(f"MULTIPOINT (({p.GetX()} {p.GetY()}))")
        spec.geoms = new
        yield _variant(r, name, spec, extra, feature=_codes(spec, BAD_INDEX), check="ran")


def _line_inputs(recipe):
    return _each_input(
        recipe, lambda s: s.geometry == "LineString", spatial_only=True, with_optional=True
    )


def one_vertex_line(recipe):
    for r, name, spec, extra in _line_inputs(recipe):
        x, y = world.X0 + 10, world.Y0 + 10
        spec.geoms[BAD_INDEX] = world.wkb_line([(x, y)])
        yield _variant(r, name, spec, extra, feature=_codes(spec, BAD_INDEX), check="skipped")


def zero_length_line(recipe):
    """An extra line whose two vertices coincide, on a street corner."""
    for r, name, spec, extra in _line_inputs(recipe):
        x, y = world.X0 + world.SIZE, world.Y0 + world.SIZE
        spec.geoms.append(f"LINESTRING ({x} {y}, {x} {y})")
        spec.rows.append(list(spec.rows[0]))
        yield _variant(r, name, spec, extra, check="same_as_baseline")


def curved_geometry(recipe):
    """A polygon with a circular-arc side (CurvePolygon); a line as a CircularString."""
    for r, name, spec, extra in _each_input(
        recipe, lambda s: s.geometry in ("Polygon", "LineString"), True, with_optional=True
    ):
        from osgeo import ogr

        new = []
        for g in spec.geoms:
            geometry = ogr.CreateGeometryFromWkt(g) if isinstance(g, str) else None
            if geometry is None:
                new.append(g)
                continue
            if spec.geometry == "Polygon":
                ring = geometry.GetGeometryRef(0)
                (x0, y0), (x1, _y), (_x, y2) = (
                    ring.GetPoint_2D(0),
                    ring.GetPoint_2D(1),
                    (ring.GetPoint_2D(2)),
                )
                mx, my = (x0 + x1) / 2, y0 - 5  # a shallow arc bulging 5 m out of the bottom
                new.append(
                    f"CURVEPOLYGON (COMPOUNDCURVE (CIRCULARSTRING ({x0} {y0}, {mx} {my}, "
                    f"{x1} {y0}), ({x1} {y0}, {x1} {y2}, {x0} {y2}, {x0} {y0})))"
                )
            else:
                (ax, ay), (bx, by) = geometry.GetPoint_2D(0), geometry.GetPoint_2D(1)
                mx, my = (ax + bx) / 2 + (by - ay) * 0.01, (ay + by) / 2 + (ax - bx) * 0.01
                new.append(f"CIRCULARSTRING ({ax} {ay}, {mx} {my}, {bx} {by})")
        spec.geoms = new
        yield _variant(r, name, spec, extra, check="close_to_baseline")


# --------------------------------------------------------------------------- CRS


def _to_crs(spec: world.LayerSpec, crs: str, label: Optional[str] = None) -> None:
    """Transform the geometries from RD to ``crs``; label the layer ``label`` (default: crs)."""
    from osgeo import ogr, osr

    source = osr.SpatialReference()
    source.ImportFromEPSG(28992)
    target = osr.SpatialReference()
    target.SetFromUserInput(crs)
    for s in (source, target):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    new = []
    for g in spec.geoms:
        if g is None:
            new.append(None)
            continue
        geometry = ogr.CreateGeometryFromWkt(g)
        geometry.Transform(transform)
        new.append(geometry.ExportToWkt())
    spec.geoms = new
    spec.crs = label or crs


def geographic_crs(recipe):
    """Every spatial input in WGS84 degrees (EPSG:4326), correctly labelled."""
    r = _copy(recipe)
    changed = False
    for _name, spec in r.inputs.items():
        if spec.spatial:
            _to_crs(spec, "EPSG:4326")
            changed = True
    if changed:
        yield Variant("all inputs", r, check="close_to_baseline", note="EPSG:4326")


def no_crs(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: True, spatial_only=True):
        spec.crs = None
        yield _variant(r, name, spec, extra)


def undefined_srs_gpkg(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: True, spatial_only=True):
        spec.crs = "undefined"
        yield _variant(r, name, spec, extra)


def different_crs(recipe):
    """One input in Web Mercator (EPSG:3857), the others in RD."""
    for r, name, spec, extra in _each_input(recipe, lambda s: True, spatial_only=True):
        _to_crs(spec, "EPSG:3857")
        yield _variant(r, name, spec, extra, check="close_to_baseline")


def degrees_labelled_rd(recipe):
    """WGS84 degrees in a layer that says EPSG:28992."""
    for r, name, spec, extra in _each_input(recipe, lambda s: True, spatial_only=True):
        _to_crs(spec, "EPSG:4326", label="EPSG:28992")
        yield _variant(r, name, spec, extra)


# --------------------------------------------------------------------------- fields


def missing_field(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(s.required_fields)):
        missing = spec.required_fields[0]
        i = spec.column(missing)
        spec.fields[i] = (missing + "_old", spec.fields[i][1])
        yield _variant(r, name, spec, extra, field_name=missing)


def _numeric_fields(spec):
    return list(spec.count_fields) + list(spec.value_fields)


def decimal_comma(recipe):
    """Numbers stored as text the Dutch way: 12.5 written "12,5" (every value of the field)."""
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(_numeric_fields(s))):
        target = _numeric_fields(spec)[0]
        i = spec.column(target)
        spec.set_type(target, "string")
        for row in spec.rows:
            if row[i] is not None:
                row[i] = ("{:.1f}".format(float(row[i]))).replace(".", ",")
        yield _variant(r, name, spec, extra, field_name=target, check="same_as_baseline")


def negative_count(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(s.count_fields)):
        target = spec.count_fields[0]
        spec.rows[BAD_INDEX][spec.column(target)] = -5
        yield _variant(
            r, name, spec, extra, field_name=target, feature=_codes(spec, BAD_INDEX),
            check="suppressed",
        )  # fmt: skip


TEXT_MARKERS = [".", "x", "X", "?", "-", "", " . ", "-99997"]
NUMBER_MARKERS = [-99995, -99996, -99997, -99998, -99999999, -99999997]


def suppressed_markers(recipe):
    """Every CBS/RIVM marker at once: as text (a CSV) and as numbers (a GeoPackage)."""
    for kind, markers in (("text", TEXT_MARKERS), ("number", NUMBER_MARKERS)):
        for r, name, spec, extra in _each_input(recipe, lambda s: bool(_numeric_fields(s))):
            target = _numeric_fields(spec)[0]
            i = spec.column(target)
            if kind == "text":
                spec.set_type(target, "string")
                for row in spec.rows:
                    row[i] = None if row[i] is None else ("{:g}".format(float(row[i])))
            bad = []
            for j, marker in enumerate(markers):
                k = (j * 3 + 1) % len(spec.rows)  # spread over the layer
                spec.rows[k][i] = marker
                bad.append(k)
            yield _variant(
                r, name + " (" + kind + ")", spec, extra, field_name=target, check="suppressed",
                note="markers " + repr(markers),
            )  # fmt: skip


def all_null_column(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(_numeric_fields(s))):
        target = _numeric_fields(spec)[0]
        i = spec.column(target)
        for row in spec.rows:
            row[i] = None
        yield _variant(r, name, spec, extra, field_name=target)


# --------------------------------------------------------------------------- areas and places


def duplicate_codes(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(s.code_field)):
        i = spec.column(spec.code_field)
        if spec.name == "rivm_gezondheid":  # one row per code and age group: copy a whole row
            spec.rows[BAD_INDEX * 2 + 2] = list(spec.rows[BAD_INDEX * 2])
            code = spec.rows[BAD_INDEX * 2][i]
        else:
            code = spec.rows[BAD_INDEX - 1][i]
            spec.rows[BAD_INDEX][i] = code
        yield _variant(r, name, spec, extra, field_name=spec.code_field, feature=[code])


def areas_without_residents(recipe):
    """The first area has no residents: its population points removed, or its count 0."""
    r = _copy(recipe)
    population = r.inputs.get("POPULATION")
    areas = r.inputs.get("AREAS")
    if population is not None and areas is not None and areas.spatial:
        keep = [i for i in range(len(population.rows)) if i != 0]  # point 0 lies in area 0
        population.rows = [population.rows[i] for i in keep]
        population.geoms = [population.geoms[i] for i in keep]
        yield Variant("POPULATION", r, layer=population.name, check="empty_area")
        return
    for r, name, spec, extra in _each_input(recipe, lambda s: "aantal_inwoners" in s.count_fields):
        spec.rows[0][spec.column("aantal_inwoners")] = 0
        yield _variant(r, name, spec, extra, check="empty_area")


def places_outside_areas(recipe):
    r = _copy(recipe)
    if "AREAS" not in r.inputs or not r.inputs["AREAS"].spatial:
        return
    for name in ("PLAYGROUNDS", "MEETING_PLACES", "PLACES"):
        if name in r.inputs:
            r2 = _copy(recipe)
            spec = r2.inputs[name]
            spec.geoms[0] = world.point(-150.0, -150.0)  # south-west of every area
            yield _variant(r2, name, spec, {}, check="ran")


def no_overlap(recipe):
    """Areas 100 km from the population; figures whose codes match no area."""
    r = _copy(recipe)
    if "POPULATION" in r.inputs and "AREAS" in r.inputs:
        spec = r.inputs["AREAS"]
        from osgeo import ogr

        moved = []
        for g in spec.geoms:
            geometry = ogr.CreateGeometryFromWkt(g)
            for ring in range(geometry.GetGeometryCount()):
                part = geometry.GetGeometryRef(ring)
                for v in range(part.GetPointCount()):
                    x, y = part.GetPoint_2D(v)
                    part.SetPoint_2D(v, x + 100_000, y)
            moved.append(geometry.ExportToWkt())
        spec.geoms = moved
        yield _variant(r, "AREAS", spec, {})
        return
    tables = [(n, s) for n, s in r.inputs.items() if s.code_field and s.geometry == "None"]
    for name, spec in tables:
        i = spec.column(spec.code_field)
        for row in spec.rows:
            row[i] = "WK9" + str(row[i])[3:]
        yield _variant(r, name, spec, {}, field_name=spec.code_field)


def population_far_from_places(recipe):
    """Every place 50 km away from every resident."""
    r = _copy(recipe)
    if "POPULATION" not in r.inputs:
        return
    moved = False
    for name in ("PLAYGROUNDS", "MEETING_PLACES", "PLACES"):
        if name in r.inputs:
            spec = r.inputs[name]
            spec.geoms = [world.point(50_000.0 + 10 * i, 0.0) for i in range(len(spec.geoms))]
            moved = True
    if moved:
        yield Variant("places", r, check="far")


# --------------------------------------------------------------------------- text and names

NON_ASCII = "Ĳsselmonde – Zeeën café ĳs"


def non_ascii_names(recipe):
    """Names with ĳ and diacritics, and a layer named so as well."""
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(s.name_field)):
        i = spec.column(spec.name_field)
        for k, row in enumerate(spec.rows):
            if row[i] is not None:
                row[i] = f"{NON_ASCII} {k}"
        spec.name = spec.name + "_ĳé"
        yield _variant(r, name, spec, extra, field_name=spec.name_field, check="names_kept")


def path_with_spaces(recipe):
    r = _copy(recipe)
    for spec in list(r.inputs.values()) + list(r.optional_inputs.values()):
        spec.folder = "mijn data/Ĳssel map"
    yield Variant("all inputs", r, check="same_as_baseline", output_folder="uitvoer met spaties/é")


LONG = 6000


def long_values(recipe):
    for r, name, spec, extra in _each_input(recipe, lambda s: bool(s.name_field)):
        i = spec.column(spec.name_field)
        for k, row in enumerate(spec.rows):
            if row[i] is not None:
                row[i] = f"{k} " + "lang " * (LONG // 5)
        yield _variant(r, name, spec, extra, field_name=spec.name_field, check="names_kept")


def field_name_clash(recipe):
    """The input already has fields named like the algorithm's outputs (filled by the test
    from the baseline output's field names): output fields stay unique and computed."""
    for r, name, spec, extra in _each_input(recipe, lambda s: True):
        yield _variant(r, name, spec, extra, check="clash")


def million_features(recipe):
    """Not run here: scripts/bench_memory.py (make bench section 10) measures it; the test
    checks that the section exists and runs it at a tiny size."""
    return iter(())


#: case id (as in docs/bad_input.md) → builder
BUILDERS: Dict[str, Callable] = {
    "empty-layer": empty_layer,
    "null-geometry": null_geometry,
    "empty-geometry": empty_geometry,
    "invalid-geometry": invalid_geometry,
    "nan-inf-geometry": nan_inf_geometry,
    "multipart-points": multipart_points,
    "one-vertex-line": one_vertex_line,
    "zero-length-line": zero_length_line,
    "curved-geometry": curved_geometry,
    "geographic-crs": geographic_crs,
    "no-crs": no_crs,
    "undefined-srs-gpkg": undefined_srs_gpkg,
    "different-crs": different_crs,
    "degrees-labelled-rd": degrees_labelled_rd,
    "missing-field": missing_field,
    "decimal-comma": decimal_comma,
    "negative-count": negative_count,
    "suppressed-markers": suppressed_markers,
    "all-null-column": all_null_column,
    "duplicate-codes": duplicate_codes,
    "areas-without-residents": areas_without_residents,
    "places-outside-areas": places_outside_areas,
    "no-overlap": no_overlap,
    "population-far-from-places": population_far_from_places,
    "non-ascii-names": non_ascii_names,
    "path-with-spaces": path_with_spaces,
    "long-values": long_values,
    "field-name-clash": field_name_clash,
    "million-features": million_features,
}
