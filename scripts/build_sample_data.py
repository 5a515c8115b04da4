"""Build the bundled sample data (resources/sample/*.gpkg) from the shared real open data.

Why a script: the GeoPackages in ``resources/sample/`` are committed, but anyone must be able
to see exactly how they were cut from the published sources and rebuild them. The script
reprojects to EPSG:28992 (RD New), cuts to the sample municipalities, sorts the features,
writes layer metadata (source, year, licence, attribution) and checks the result against the
figures published with the sources; it fails loudly if one does not match.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_sample_data.py \
        [--shared ../shared/data] [--out resources/sample] [--test-data [--test-out tests/data]]

Uses QGIS 3.22 API only (also runs on 3.40). It does not import the plugin.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Sequence, Tuple

REPO = Path(__file__).resolve().parents[1]

# A fixed "last change" date for gpkg_contents, so a rebuild on the same machine gives the
# same bytes. GDAL reads it from this option; the post-processing step sets it as well.
FIXED_CHANGE_DATE = "2024-12-31T00:00:00.000Z"
os.environ.setdefault("OGR_CURRENT_DATE", FIXED_CHANGE_DATE)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt orders XML attributes by a per-process random hash seed; fix it for stable metadata.
os.environ["QT_HASH_SEED"] = "0"
os.environ["TZ"] = "UTC"  # BGT times are UTC; no local-time shifts on any machine

from qgis.core import (  # noqa: E402  (environment must be set before QGIS loads GDAL)
    Qgis,
    QgsAbstractMetadataBase,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant  # noqa: E402

# The sample municipalities: CBS gemeentecode -> (name, BGT bronhouder).
NOORDVELUWE = {
    "GM0233": ("Ermelo", "G0233"),
    "GM0243": ("Harderwijk", "G0243"),
    "GM0050": ("Zeewolde", "G0050"),
}
ASSEN = "GM0106"

# Figures published in ../shared/data/README.md; the build fails if the output differs.
PUBLISHED_PLAY_EQUIPMENT = {"G0233": 398, "G0243": 978, "G0050": 648}
PUBLISHED_BENCHES = {"G0233": 351, "G0243": 221, "G0050": 319}
PUBLISHED_PLAYGROUND_POLYGONS_HARDERWIJK = 219
PUBLISHED_GRID = {  # gemeentecode -> (residents, cells)
    "GM0233": (25935, 925),
    "GM0243": (47535, 984),
    "GM0050": (21490, 534),
}
PUBLISHED_ERMELO_BUURTEN_2021 = 17
PUBLISHED_ASSEN_WIJKEN = 10
PUBLISHED_ASSEN_LONELINESS_18PLUS = {  # code -> (Eenzaam_28, ErnstigZeerErnstigEenzaam_29)
    "GM0106": ("46.4", "10.1"),
    "WK010604": ("49.7", "11.5"),
}
SUPPRESSED_CBS = -99997

PLAY_EQUIPMENT = "niet-bgt:speelvoorziening"
BENCH = "niet-bgt:bank"
PLAYGROUND_AREA = "niet-bgt:recreatie: speeltuin"

TARGET_CRS = "EPSG:28992"
# The coordinate operations are pinned so that every machine gives the same coordinates:
# PROJ would otherwise pick the official RDNAPTRANS grid where it happens to be installed and
# a 7-parameter Helmert elsewhere (a difference well below a metre). This is EPSG's
# "Amersfoort to WGS 84 (4)" (inverse) + RD New, which PROJ 9.1 picks by default here.
_WGS84_TO_RD_STEPS = (
    "+step +proj=push +v_3 +step +proj=cart +ellps=WGS84 "
    "+step +inv +proj=helmert +x=565.4171 +y=50.3319 +z=465.5524 "
    "+rx=0.398957388243134 +ry=-0.343987817378283 +rz=1.87740163998045 +s=4.0725 "
    "+convention=coordinate_frame +step +inv +proj=cart +ellps=bessel +step +proj=pop +v_3 "
    "+step +proj=sterea +lat_0=52.1561605555556 +lon_0=5.38763888888889 +k=0.9999079 "
    "+x_0=155000 +y_0=463000 +ellps=bessel"
)
PIPELINES = {
    "EPSG:3857": "+proj=pipeline +step +inv +proj=webmerc +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 "
    "+ellps=WGS84 " + _WGS84_TO_RD_STEPS,
    "EPSG:4326": "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
    + _WGS84_TO_RD_STEPS,
}
# SQLite page sizes tried at the end; the smallest file wins. Small pages suit files of many
# small tables (each rtree and metadata table takes at least one page), 4 KB suits long rows.
PAGE_SIZES = (1024, 4096)
MM_DECIMALS = 3  # reprojected coordinates are rounded to the millimetre

# Test cut-out: 1.5 x 1.5 km around the centre of Ermelo (wijk WK023301 "Centrum Ermelo",
# centroid about 171074, 479155), on 100 m lines so grid cells are wholly in or out.
ERMELO_WINDOW = (170300.0, 478400.0, 171800.0, 479900.0)

CC_BY = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
CC0 = "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)"


class BuildError(RuntimeError):
    """The sources or the output do not match what the sample data promises."""


def check(condition: bool, message: str) -> None:
    """Fail loudly (also under ``python -O``, where ``assert`` is skipped)."""
    if not condition:
        raise BuildError(message)


# --------------------------------------------------------------------------------------------
# Layer descriptions (metadata)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LayerSpec:
    """What a sample layer is and where it comes from; written as layer metadata."""

    name: str
    title: str
    abstract: str
    source: str
    year: str
    licence: str
    attribution: str
    history: Tuple[str, ...]
    links: Tuple[Tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def description(self) -> str:
        """One line for gpkg_contents.description (shown by GDAL and many GIS tools)."""
        return (
            f"{self.title}. Source: {self.source} ({self.year}). Licence: {self.licence}. "
            f"Attribution: {self.attribution}."
        )

    def metadata(self, crs: QgsCoordinateReferenceSystem | None) -> QgsLayerMetadata:
        """QGIS layer metadata, stored in the GeoPackage and shown in Layer Properties."""
        md = QgsLayerMetadata()
        md.setIdentifier(self.name)
        md.setTitle(self.title)
        md.setType("dataset")
        md.setLanguage("nld")
        md.setAbstract(
            f"{self.abstract}\n\nSource: {self.source}. Year: {self.year}.\n"
            f"Attribution: {self.attribution}"
        )
        md.setLicenses([self.licence])
        md.setRights([self.attribution])
        md.setHistory(list(self.history))
        md.setKeywords({"wijkaanpak": ["sample data", "wijkaanpak"]})
        if crs is not None:
            md.setCrs(crs)
        for name, url in self.links:
            md.addLink(QgsAbstractMetadataBase.Link(name, "WWW:LINK", url))
        return md

    def cut_out(self, note: str) -> LayerSpec:
        """The same description for a test cut-out, with the cut added to the history."""
        return LayerSpec(
            self.name,
            f"{self.title} (test cut-out)",
            self.abstract,
            self.source,
            self.year,
            self.licence,
            self.attribution,
            self.history + (note,),
            self.links,
        )


BGT_LINKS = (("BGT at PDOK", "https://www.pdok.nl/"),)
CBS_LINKS = (("CBS", "https://www.cbs.nl/"),)
RIVM_LINKS = (("StatLine 50090NED", "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/50090NED"),)
REBUILD = (
    "Built by scripts/build_sample_data.py from ../shared/data (see resources/sample/README.md)."
)
RD_PINNED = (
    "Reprojected to EPSG:28992 (RD New) with EPSG 'Amersfoort to WGS 84 (4)' (7-parameter "
    "Helmert, about 1 m), coordinates rounded to 1 mm."
)

BGT_ATTRIBUTION = "BGT, bronhouders gemeente Ermelo, Harderwijk en Zeewolde (CC0)"
SPECS: Dict[str, LayerSpec] = {
    "bgt_speelvoorziening": LayerSpec(
        "bgt_speelvoorziening",
        "BGT play equipment (speelvoorzieningen) of Ermelo, Harderwijk and Zeewolde",
        "BGT/IMGeo plus objects of type 'niet-bgt:speelvoorziening': one point per piece of "
        "play equipment, NOT per playground (several items form one playground). "
        "bronhouder G0233 = Ermelo, G0243 = Harderwijk, G0050 = Zeewolde.",
        "Basisregistratie Grootschalige Topografie (BGT), IMGeo plus objects 'straatmeubilair'",
        "state of 2021-08",
        CC0,
        BGT_ATTRIBUTION,
        (
            "Selected bgtplustype = 'niet-bgt:speelvoorziening' and bronhouder in "
            "(G0233, G0243, G0050) from bgt_straatmeubilair_noordveluwe.gpkg (EPSG:3857).",
            RD_PINNED,
            "All source attributes kept; sorted by identificatie. " + REBUILD,
        ),
        BGT_LINKS,
    ),
    "bgt_bank": LayerSpec(
        "bgt_bank",
        "BGT benches (banken) of Ermelo, Harderwijk and Zeewolde",
        "BGT/IMGeo plus objects of type 'niet-bgt:bank': one point per bench. "
        "bronhouder G0233 = Ermelo, G0243 = Harderwijk, G0050 = Zeewolde.",
        "Basisregistratie Grootschalige Topografie (BGT), IMGeo plus objects 'straatmeubilair'",
        "state of 2021-08",
        CC0,
        BGT_ATTRIBUTION,
        (
            "Selected bgtplustype = 'niet-bgt:bank' and bronhouder in (G0233, G0243, G0050) "
            "from bgt_straatmeubilair_noordveluwe.gpkg (EPSG:3857).",
            RD_PINNED,
            "All source attributes kept; sorted by identificatie. " + REBUILD,
        ),
        BGT_LINKS,
    ),
    "bgt_speeltuin_harderwijk": LayerSpec(
        "bgt_speeltuin_harderwijk",
        "BGT playground areas (functioneel gebied 'recreatie: speeltuin') of Harderwijk",
        "BGT/IMGeo plus functional areas of type 'niet-bgt:recreatie: speeltuin' of "
        "Harderwijk (bronhouder G0243). 'naam' mostly holds the municipality's own playground "
        "number; one playground can consist of several polygons.",
        "Basisregistratie Grootschalige Topografie (BGT), IMGeo plus objects 'functioneel gebied'",
        "state of 2021-02",
        CC0,
        "BGT, bronhouder gemeente Harderwijk (CC0)",
        (
            "Selected bgtplustype = 'niet-bgt:recreatie: speeltuin' and bronhouder G0243 from "
            "bgt_functioneelgebied_harderwijk.gpkg (EPSG:3857).",
            RD_PINNED,
            "Geometry type MultiSurface (straight segments only) stored as MultiPolygon.",
            "Shape__Area and Shape__Length come from the publishing web service; they are m² and "
            "m on the original RD geometry (Shape__Area matches the area in EPSG:28992 to "
            "within 0.01%), not pseudo-Mercator units.",
            "All source attributes kept; sorted by identificatie. " + REBUILD,
        ),
        BGT_LINKS,
    ),
    "cbs_vierkant100m": LayerSpec(
        "cbs_vierkant100m",
        "CBS 100 m grid statistics of Ermelo, Harderwijk and Zeewolde",
        "CBS 'Kaart van 100 meter bij 100 meter met statistieken': residents by sex and age "
        "group, households, dwellings, WOZ value, rental share, benefits per 100 m cell, "
        "with the cell's buurt, wijk and gemeente. -99997 means suppressed (not a number); "
        "it is kept as published here and the plugin's import turns it into NULL.",
        "CBS, Kaart van 100 meter bij 100 meter met statistieken",
        "about 2019/2020 (downloaded December 2021)",
        CC_BY,
        "Bron: CBS (CC BY 4.0)",
        (
            "Unchanged: all 2,443 cells of cbs_vierkant100m_ermelo_harderwijk_zeewolde.gpkg "
            "(already EPSG:28992), all columns, -99997 kept; sorted by c28992r100. " + REBUILD,
        ),
        CBS_LINKS,
    ),
    "cbs_wijken_2024": LayerSpec(
        "cbs_wijken_2024",
        "CBS wijken 2024 of Ermelo, Harderwijk and Zeewolde, with key figures",
        "CBS wijk- en buurtkaart 2024, wijk level: residents, sex, age groups (percentages), "
        "households, household size, density, cars. Water wijken ('Groot water') have no "
        "figures. Geometry simplified to about 50 m in the source.",
        "CBS / Kadaster, Wijk- en buurtkaart 2024 (via PDOK)",
        "2024",
        CC_BY,
        "Bron: CBS, Kadaster (CC BY 4.0)",
        (
            "Selected gemeentecode in (GM0233, GM0243, GM0050) from wijken_2024_nl.geojson "
            "(EPSG:4326, 5 decimals, geometry simplified to about 50 m in the source).",
            RD_PINNED,
            "Forced to MultiPolygon; all attributes kept; sorted by wijkcode. " + REBUILD,
        ),
        CBS_LINKS,
    ),
    "cbs_buurten_ermelo_2021": LayerSpec(
        "cbs_buurten_ermelo_2021",
        "CBS buurten 2021 of Ermelo",
        "CBS wijk- en buurtkaart 2021, Ermelo's 17 buurten. Codes, names and geometry are "
        "usable; most statistics are empty in this release.",
        "CBS / Kadaster, Wijk- en buurtkaart 2021",
        "2021",
        CC_BY,
        "Bron: CBS, Kadaster (CC BY 4.0)",
        (
            "Unchanged: all features of cbs_buurten_ermelo_2021.gpkg (already EPSG:28992), "
            "all columns; sorted by buurtcode. " + REBUILD,
        ),
        CBS_LINKS,
    ),
    "rivm_gezondheid_2020": LayerSpec(
        "rivm_gezondheid_2020",
        "Health and loneliness 2020 (18+ and 65+) per gemeente, wijk and buurt",
        "Gezondheidsmonitor Volwassenen en Ouderen 2020, StatLine table 50090NED "
        "'Gezondheid per wijk en buurt': percentages, small-area model estimates by RIVM. "
        "Loneliness: Eenzaam_28, ErnstigZeerErnstigEenzaam_29, EmotioneelEenzaam_30, "
        "SociaalEenzaam_31. Join key Codering_3 (GM/WK/BU code). All published columns are "
        "TEXT exactly as published: '.' means suppressed (no estimate), not a number; empty "
        "cells are NULL. Added: jaar (2020) and leeftijdsgroep ('18+' or '65+').",
        "RIVM / CBS / GGD'en, Gezondheidsmonitor Volwassenen en Ouderen, StatLine 50090NED",
        "2020",
        CC_BY,
        "Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor Volwassenen en Ouderen 2020 (CC BY 4.0)",
        (
            "Rows of the sample municipalities (GM code, WK and BU codes with its 4 digits) "
            "from the national 18+ and 65+ CSV files; values unchanged, kept as text.",
            "Added columns jaar and leeftijdsgroep; rows ordered 18+ then 65+, each in the "
            "published order. " + REBUILD,
        ),
        RIVM_LINKS,
    ),
}

ASSEN_SPECS: Dict[str, LayerSpec] = {
    "cbs_wijken_2024": LayerSpec(
        "cbs_wijken_2024",
        "CBS wijken 2024 of Assen, with key figures",
        SPECS["cbs_wijken_2024"].abstract,
        "CBS / Kadaster, Wijk- en buurtkaart 2024 (via PDOK)",
        "2024",
        CC_BY,
        "Bron: CBS, Kadaster (CC BY 4.0)",
        (
            "Assen's 10 wijken from wijken_2024_assen.geojson (EPSG:4326, cut from the national "
            "file, geometry simplified to about 50 m in the source).",
            RD_PINNED,
            "Forced to MultiPolygon; all attributes kept; sorted by wijkcode. " + REBUILD,
        ),
        CBS_LINKS,
    ),
    "rivm_gezondheid_2020": LayerSpec(
        "rivm_gezondheid_2020",
        "Health and loneliness 2020 (18+ and 65+) of Assen per gemeente, wijk and buurt",
        SPECS["rivm_gezondheid_2020"].abstract,
        SPECS["rivm_gezondheid_2020"].source,
        "2020",
        CC_BY,
        SPECS["rivm_gezondheid_2020"].attribution,
        (
            "All rows of assen_gezondheid_wijk_buurt_2020.csv (Assen rows of the national "
            "18+ and 65+ files, with jaar and leeftijdsgroep); values unchanged, kept as text.",
            "Rows ordered 18+ then 65+, each in the published order. " + REBUILD,
        ),
        RIVM_LINKS,
    ),
}


# --------------------------------------------------------------------------------------------
# Reading sources into sorted in-memory layers
# --------------------------------------------------------------------------------------------


def open_layer(path: Path, layer_name: str | None = None) -> QgsVectorLayer:
    """Open a source layer through OGR, or stop with the path that failed."""
    check(path.is_file(), f"Source file not found: {path}")
    uri = str(path) if layer_name is None else f"{path}|layername={layer_name}"
    layer = QgsVectorLayer(uri, path.stem, "ogr")
    check(layer.isValid(), f"QGIS cannot open {uri}")
    return layer


def rd_transform(source_crs: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform | None:
    """Transform to RD New with the pinned operation; None when the source is RD already."""
    target = QgsCoordinateReferenceSystem(TARGET_CRS)
    if source_crs.authid() == TARGET_CRS:
        return None
    check(source_crs.authid() in PIPELINES, f"No pinned transformation from {source_crs.authid()}")
    transform = QgsCoordinateTransform(source_crs, target, QgsCoordinateTransformContext())
    transform.setCoordinateOperation(PIPELINES[source_crs.authid()])
    transform.setAllowFallbackTransforms(False)
    return transform


def to_rd(geometry: QgsGeometry, transform: QgsCoordinateTransform | None) -> QgsGeometry:
    """Reproject (if needed) and round to the millimetre, so rebuilds compare equal."""
    if transform is None:
        return QgsGeometry(geometry)
    out = QgsGeometry(geometry)
    result = out.transform(transform)  # Qgis.GeometryOperationResult on 3.22 and 3.40
    check(result == Qgis.GeometryOperationResult.Success, "Reprojection to EPSG:28992 failed")
    # Round through WKT: keeps the geometry type (snappedToGrid can return curve types).
    rounded = QgsGeometry.fromWkt(out.asWkt(MM_DECIMALS))
    check(not rounded.isNull(), "Rounding a reprojected geometry failed")
    return rounded


def memory_layer(name: str, geometry_type: str, fields: QgsFields) -> QgsVectorLayer:
    """An empty in-memory layer in RD New ('None' for a table without geometry)."""
    uri = "None" if geometry_type == "None" else f"{geometry_type}?crs={TARGET_CRS}"
    layer = QgsVectorLayer(uri, name, "memory")
    check(layer.isValid(), f"Cannot create memory layer {name}")
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer


def copy_fields(source: QgsVectorLayer) -> QgsFields:
    """The source's attribute fields, without OGR's fid (the GeoPackage makes a new one)."""
    fields = QgsFields()
    for src in source.fields():
        if src.name().lower() == "fid":
            continue
        fields.append(QgsField(src))
    return fields


def extract(
    source: QgsVectorLayer,
    name: str,
    geometry_type: str,
    keep: Callable[[QgsFeature], bool],
    sort_key: str,
    multi: bool = False,
) -> QgsVectorLayer:
    """Copy the kept features of a source into a new RD layer, sorted by one attribute.

    Curve types without real arcs (the BGT service delivers MultiSurface/CompoundCurve made of
    straight segments) become plain (Multi)Polygons, as the GeoPackage layer type promises.
    """
    fields = copy_fields(source)
    transform = rd_transform(source.crs())
    rows = []
    for feature in source.getFeatures():
        if not keep(feature):
            continue
        geometry = feature.geometry()
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            check(
                not geometry.constGet().hasCurvedSegments(),
                f"{name}: feature {feature[sort_key]} has real arcs; decide how to segmentize",
            )
            geometry = QgsGeometry(geometry.constGet().segmentize())
        geometry = to_rd(geometry, transform)
        if multi:
            geometry.convertToMultiType()
        out = QgsFeature(fields)
        out.setAttributes([feature[f.name()] for f in fields])
        out.setGeometry(geometry)
        rows.append((str(feature[sort_key]), out))
    keys = [key for key, _ in rows]
    check(len(set(keys)) == len(keys), f"{name}: {sort_key} is not unique, order would be unstable")
    rows.sort(key=lambda row: row[0])
    layer = memory_layer(name, geometry_type, fields)
    check(layer.dataProvider().addFeatures([f for _, f in rows])[0], f"{name}: cannot add features")
    return layer


def text_table(name: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> QgsVectorLayer:
    """A table without geometry: jaar as integer, every other column as text ('' -> NULL)."""
    fields = QgsFields()
    for column in header:
        kind = QVariant.Int if column == "jaar" else QVariant.String
        fields.append(QgsField(column, kind))
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        values = []
        for column, value in zip(header, row):
            if value == "":
                values.append(None)
            elif column == "jaar":
                values.append(int(value))
            else:
                values.append(value)
        feature.setAttributes(values)
        features.append(feature)
    layer = memory_layer(name, "None", fields)
    check(layer.dataProvider().addFeatures(features)[0], f"{name}: cannot add rows")
    return layer


def read_csv(path: Path) -> Tuple[List[str], List[List[str]]]:
    """Header and rows of a (optionally gzipped) UTF-8 CSV file."""
    check(path.is_file(), f"Source file not found: {path}")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader if row]
    for number, row in enumerate(rows, start=2):
        check(len(row) == len(header), f"{path.name} line {number}: {len(row)} columns")
    return header, rows


def belongs_to(code: str, gemeentecodes: Iterable[str]) -> bool:
    """True for the GM code itself and for WK/BU codes that carry its four digits."""
    code = code.strip()
    for gm in gemeentecodes:
        digits = gm[2:]
        if code == gm or code.startswith("WK" + digits) or code.startswith("BU" + digits):
            if len(code) in (6, 8, 10):
                return True
    return False


AGE_GROUPS = (("18+", "20300", "18plus"), ("65+", "80200", "65plus"))


def rivm_rows(shared: Path, gemeentecodes: Sequence[str]) -> Tuple[List[str], List[List[str]]]:
    """The national RIVM 2020 rows of the given gemeenten, 18+ then 65+, with jaar/leeftijd."""
    folder = shared / "rivm_gezondheid_2020"
    header_out: List[str] = []
    rows_out: List[List[str]] = []
    for group, code, suffix in AGE_GROUPS:
        path = folder / f"nl_gezondheid_wijk_buurt_2020_{suffix}.csv.gz"
        header, rows = read_csv(path)
        check(
            header_out in ([], ["jaar", "leeftijdsgroep"] + header), f"{path.name}: columns differ"
        )
        header_out = ["jaar", "leeftijdsgroep"] + header
        key = header.index("Codering_3")
        age = header.index("Leeftijd")
        kept = [row for row in rows if belongs_to(row[key], gemeentecodes)]
        for row in kept:
            check(row[age] == code, f"{path.name}: {row[key]} has Leeftijd {row[age]}, not {code}")
        for gm in gemeentecodes:
            check(any(row[key] == gm for row in kept), f"{path.name}: no row for {gm}")
        rows_out.extend(["2020", group] + row for row in kept)
    return header_out, rows_out


# --------------------------------------------------------------------------------------------
# Writing GeoPackages
# --------------------------------------------------------------------------------------------


def write_layer(layer: QgsVectorLayer, path: Path, spec: LayerSpec) -> None:
    """Add one layer (with its QGIS layer metadata) to a GeoPackage."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = spec.name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    options.layerOptions = [f"IDENTIFIER={spec.name}"]
    crs = layer.crs() if layer.isSpatial() else None
    options.layerMetadata = spec.metadata(crs)
    options.saveMetadata = True
    context = QgsCoordinateTransformContext()
    # V3 exists from QGIS 3.20 on (V2 is deprecated there); both are in 3.22.
    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
    if writer is None:
        writer = QgsVectorFileWriter.writeAsVectorFormatV2
    result = writer(layer, str(path), context, options)
    error = result[0] if isinstance(result, tuple) else result
    message = result[1] if isinstance(result, tuple) and len(result) > 1 else ""
    check(
        error == QgsVectorFileWriter.NoError,
        f"Writing layer {spec.name} to {path} failed: {message}",
    )


def finish_geopackage(path: Path, specs: Sequence[LayerSpec]) -> None:
    """Set the descriptions, make the bytes stable and VACUUM so the file stays small.

    QGIS puts the abstract into gpkg_contents.description; we want the one-line source, year,
    licence and attribution there. GDAL also keeps a second copy of each layer's QGIS metadata
    in its own 'http://gdal.org' record and stamps metadata references with the current time.
    """
    con = sqlite3.connect(str(path))
    try:
        for spec in specs:
            con.execute(
                "UPDATE gpkg_contents SET description = ? WHERE table_name = ?",
                (spec.description, spec.name),
            )
        con.execute("UPDATE gpkg_contents SET last_change = ?", (FIXED_CHANGE_DATE,))
        con.execute(
            "DELETE FROM gpkg_metadata_reference WHERE md_file_id IN "
            "(SELECT id FROM gpkg_metadata WHERE md_standard_uri = 'http://gdal.org')"
        )
        con.execute("DELETE FROM gpkg_metadata WHERE md_standard_uri = 'http://gdal.org'")
        con.execute("UPDATE gpkg_metadata_reference SET timestamp = ?", (FIXED_CHANGE_DATE,))
        con.commit()
        sizes = {}
        for page_size in PAGE_SIZES:
            con.execute(f"PRAGMA page_size = {page_size}")
            con.execute("VACUUM")
            sizes[page_size] = path.stat().st_size
        best = min(PAGE_SIZES, key=lambda size: (sizes[size], size))
        if best != PAGE_SIZES[-1]:
            con.execute(f"PRAGMA page_size = {best}")
            con.execute("VACUUM")
        (problems,) = con.execute("PRAGMA integrity_check").fetchone()
        check(problems == "ok", f"{path.name}: integrity check says {problems}")
    finally:
        con.close()


def build_geopackage(
    target: Path,
    layers: Sequence[Tuple[QgsVectorLayer, LayerSpec]],
    verify: Callable[[Path], None] = lambda path: None,
) -> None:
    """Write and verify a scratch file first; replace the target only when all went well."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".build-", dir=str(target.parent)))
    try:
        tmp = scratch / target.name
        for layer, spec in layers:
            write_layer(layer, tmp, spec)
        finish_geopackage(tmp, [spec for _, spec in layers])
        verify(tmp)
        os.replace(tmp, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# The builds
# --------------------------------------------------------------------------------------------


def build_noordveluwe(shared: Path) -> Dict[str, QgsVectorLayer]:
    """All sample layers of Ermelo, Harderwijk and Zeewolde, in RD New, sorted."""
    folder = shared / "noordveluwe"
    bronhouders = {bgt for _, bgt in NOORDVELUWE.values()}
    furniture = open_layer(folder / "bgt_straatmeubilair_noordveluwe.gpkg")
    areas = open_layer(folder / "bgt_functioneelgebied_harderwijk.gpkg")
    grid = open_layer(folder / "cbs_vierkant100m_ermelo_harderwijk_zeewolde.gpkg")
    buurten = open_layer(folder / "cbs_buurten_ermelo_2021.gpkg")
    wijken = open_layer(shared / "cbs_wijken_2024" / "wijken_2024_nl.geojson")
    check(furniture.crs().authid() == "EPSG:3857", "BGT street furniture is not in EPSG:3857")
    check(areas.crs().authid() == "EPSG:3857", "BGT functional areas are not in EPSG:3857")
    check(grid.crs().authid() == TARGET_CRS, "CBS grid is not in EPSG:28992")
    check(buurten.crs().authid() == TARGET_CRS, "CBS buurten are not in EPSG:28992")
    check(wijken.crs().authid() == "EPSG:4326", "CBS wijken are not in EPSG:4326")

    def bgt_type(plus_type: str) -> Callable[[QgsFeature], bool]:
        return lambda f: f["bgtplustype"] == plus_type and f["bronhouder"] in bronhouders

    layers = {
        "bgt_speelvoorziening": extract(
            furniture, "bgt_speelvoorziening", "Point", bgt_type(PLAY_EQUIPMENT), "identificatie"
        ),
        "bgt_bank": extract(furniture, "bgt_bank", "Point", bgt_type(BENCH), "identificatie"),
        "bgt_speeltuin_harderwijk": extract(
            areas,
            "bgt_speeltuin_harderwijk",
            "MultiPolygon",
            lambda f: f["bgtplustype"] == PLAYGROUND_AREA and f["bronhouder"] == "G0243",
            "identificatie",
            multi=True,
        ),
        "cbs_vierkant100m": extract(
            grid, "cbs_vierkant100m", "MultiPolygon", lambda f: True, "c28992r100", multi=True
        ),
        "cbs_wijken_2024": extract(
            wijken,
            "cbs_wijken_2024",
            "MultiPolygon",
            lambda f: f["gemeentecode"] in NOORDVELUWE,
            "wijkcode",
            multi=True,
        ),
        "cbs_buurten_ermelo_2021": extract(
            buurten,
            "cbs_buurten_ermelo_2021",
            "MultiPolygon",
            lambda f: f["gemeentecode"] == "GM0233",
            "buurtcode",
            multi=True,
        ),
    }
    header, rows = rivm_rows(shared, sorted(NOORDVELUWE))
    layers["rivm_gezondheid_2020"] = text_table("rivm_gezondheid_2020", header, rows)
    return layers


def build_assen(shared: Path) -> Dict[str, QgsVectorLayer]:
    """Assen's wijken 2024 and its RIVM 2020 rows."""
    wijken = open_layer(shared / "cbs_wijken_2024" / "wijken_2024_assen.geojson")
    check(wijken.crs().authid() == "EPSG:4326", "Assen wijken are not in EPSG:4326")
    layers = {
        "cbs_wijken_2024": extract(
            wijken,
            "cbs_wijken_2024",
            "MultiPolygon",
            lambda f: f["gemeentecode"] == ASSEN,
            "wijkcode",
            multi=True,
        )
    }
    header, rows = read_csv(
        shared / "rivm_gezondheid_2020" / "assen_gezondheid_wijk_buurt_2020.csv"
    )
    check(header[:2] == ["jaar", "leeftijdsgroep"], "Assen RIVM file lacks jaar/leeftijdsgroep")
    order = {group: index for index, (group, _, _) in enumerate(AGE_GROUPS)}
    check(all(row[1] in order for row in rows), "Assen RIVM file: unknown leeftijdsgroep")
    rows = sorted(rows, key=lambda row: order[row[1]])  # stable: published order within a group
    layers["rivm_gezondheid_2020"] = text_table("rivm_gezondheid_2020", header, rows)
    return layers


def in_window(x: float, y: float, window: QgsRectangle) -> bool:
    """Inside [xmin, xmax) x [ymin, ymax): a point on an edge belongs to one side only."""
    return window.xMinimum() <= x < window.xMaximum() and window.yMinimum() <= y < window.yMaximum()


def filtered_copy(
    layer: QgsVectorLayer, keep: Callable[[QgsFeature], bool], geometry_type: str
) -> QgsVectorLayer:
    """A new memory layer with the kept features of an (already sorted) sample layer."""
    out = memory_layer(layer.name(), geometry_type, layer.fields())
    features = []
    for feature in layer.getFeatures():
        if keep(feature):
            copy = QgsFeature(out.fields())
            copy.setAttributes(feature.attributes())
            if layer.isSpatial():
                copy.setGeometry(QgsGeometry(feature.geometry()))
            features.append(copy)
    check(out.dataProvider().addFeatures(features)[0], f"{layer.name()}: cannot copy features")
    return out


def build_ermelo_small(noordveluwe: Dict[str, QgsVectorLayer]) -> Dict[str, QgsVectorLayer]:
    """A 1.5 x 1.5 km cut-out around the centre of Ermelo for fast tests."""
    window = QgsRectangle(*ERMELO_WINDOW)
    window_geometry = QgsGeometry.fromRect(window)

    def point_inside(feature: QgsFeature) -> bool:
        point = feature.geometry().asPoint()
        return in_window(point.x(), point.y(), window)

    def cell_inside(feature: QgsFeature) -> bool:  # by the cell's centre
        centre = feature.geometry().boundingBox().center()
        return in_window(centre.x(), centre.y(), window)

    return {
        "bgt_speelvoorziening": filtered_copy(
            noordveluwe["bgt_speelvoorziening"], point_inside, "Point"
        ),
        "bgt_bank": filtered_copy(noordveluwe["bgt_bank"], point_inside, "Point"),
        "cbs_vierkant100m": filtered_copy(
            noordveluwe["cbs_vierkant100m"], cell_inside, "MultiPolygon"
        ),
        "cbs_buurten_ermelo_2021": filtered_copy(
            noordveluwe["cbs_buurten_ermelo_2021"],
            lambda f: f.geometry().intersects(window_geometry),
            "MultiPolygon",
        ),
        "rivm_gezondheid_2020": filtered_copy(
            noordveluwe["rivm_gezondheid_2020"],
            lambda f: belongs_to(f["Codering_3"], ["GM0233"]),
            "None",
        ),
    }


# --------------------------------------------------------------------------------------------
# Checks against the published figures (read back with sqlite3, independent of QGIS)
# --------------------------------------------------------------------------------------------


def _query(path: Path, sql: str, params: Sequence[object] = ()) -> List[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def verify_noordveluwe(path: Path) -> None:
    """The committed numbers must equal those published in ../shared/data/README.md."""
    for table, published in (
        ("bgt_speelvoorziening", PUBLISHED_PLAY_EQUIPMENT),
        ("bgt_bank", PUBLISHED_BENCHES),
    ):
        counts = dict(_query(path, f'SELECT bronhouder, COUNT(*) FROM "{table}" GROUP BY 1'))
        check(counts == published, f"{table}: counts per bronhouder {counts} != {published}")
    (areas,) = _query(path, "SELECT COUNT(*) FROM bgt_speeltuin_harderwijk")[0]
    check(
        areas == PUBLISHED_PLAYGROUND_POLYGONS_HARDERWIJK,
        f"bgt_speeltuin_harderwijk: {areas} polygons, published 219",
    )
    grid = {
        gm: (residents, cells)
        for gm, residents, cells in _query(
            path,
            "SELECT gemeentecode, SUM(CASE WHEN aantal_inwoners <> ? THEN aantal_inwoners END), "
            "COUNT(*) FROM cbs_vierkant100m GROUP BY 1",
            (SUPPRESSED_CBS,),
        )
    }
    check(grid == PUBLISHED_GRID, f"cbs_vierkant100m: residents/cells {grid} != {PUBLISHED_GRID}")
    (buurten,) = _query(path, "SELECT COUNT(*) FROM cbs_buurten_ermelo_2021")[0]
    check(buurten == PUBLISHED_ERMELO_BUURTEN_2021, f"Ermelo has {buurten} buurten, not 17")
    gemeenten = {gm for (gm,) in _query(path, "SELECT DISTINCT gemeentecode FROM cbs_wijken_2024")}
    check(gemeenten == set(NOORDVELUWE), f"cbs_wijken_2024 covers {gemeenten}")
    for group, _, _ in AGE_GROUPS:
        codes = {
            c
            for (c,) in _query(
                path,
                "SELECT Codering_3 FROM rivm_gezondheid_2020 WHERE leeftijdsgroep = ?",
                (group,),
            )
        }
        check(set(NOORDVELUWE) <= codes, f"rivm_gezondheid_2020 {group}: gemeente rows missing")
    srs = {s for (s,) in _query(path, "SELECT srs_id FROM gpkg_geometry_columns")}
    check(srs == {28992}, f"{path.name}: geometry srs_id {srs}")


def verify_cut_out(path: Path) -> None:
    """The test cut-out stays small and in RD New."""
    size = path.stat().st_size
    check(size < 300 * 1024, f"{path.name} is {size // 1024} KB; keep test data under 300 KB")
    srs = {s for (s,) in _query(path, "SELECT srs_id FROM gpkg_geometry_columns")}
    check(srs == {28992}, f"{path.name}: geometry srs_id {srs}")


def verify_assen(path: Path) -> None:
    """Assen: 10 wijken and the published loneliness figures, as text."""
    (wijken,) = _query(path, "SELECT COUNT(*) FROM cbs_wijken_2024")[0]
    check(wijken == PUBLISHED_ASSEN_WIJKEN, f"Assen has {wijken} wijken, not 10")
    for code, published in PUBLISHED_ASSEN_LONELINESS_18PLUS.items():
        found = _query(
            path,
            "SELECT Eenzaam_28, ErnstigZeerErnstigEenzaam_29 FROM rivm_gezondheid_2020 "
            "WHERE Codering_3 = ? AND leeftijdsgroep = '18+'",
            (code,),
        )
        check(found == [published], f"Assen {code} 18+ loneliness {found} != {published}")
    srs = {s for (s,) in _query(path, "SELECT srs_id FROM gpkg_geometry_columns")}
    check(srs == {28992}, f"{path.name}: geometry srs_id {srs}")


def summary(path: Path) -> str:
    """Layer names, row counts and file size, for the build log."""
    lines = [f"{path} ({path.stat().st_size / 1024:.0f} KB)"]
    for (table,) in _query(path, "SELECT table_name FROM gpkg_contents ORDER BY table_name"):
        (count,) = _query(path, f'SELECT COUNT(*) FROM "{table}"')[0]
        lines.append(f"  {table}: {count}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "sample")
    parser.add_argument(
        "--test-data", action="store_true", help="also write the small test cut-outs"
    )
    parser.add_argument("--test-out", type=Path, default=REPO / "tests" / "data")
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    try:
        noordveluwe = build_noordveluwe(args.shared)
        target = args.out / "noordveluwe.gpkg"
        build_geopackage(
            target, [(noordveluwe[name], SPECS[name]) for name in SPECS], verify_noordveluwe
        )
        print(summary(target))

        assen = build_assen(args.shared)
        target = args.out / "assen.gpkg"
        build_geopackage(
            target, [(assen[name], ASSEN_SPECS[name]) for name in ASSEN_SPECS], verify_assen
        )
        print(summary(target))

        if args.test_data:
            small = build_ermelo_small(noordveluwe)
            note = (
                "Test cut-out: points inside x {0:.0f}-{2:.0f}, y {1:.0f}-{3:.0f} (RD), grid "
                "cells whose centre is inside, buurten intersecting, Ermelo's RIVM rows."
            ).format(*ERMELO_WINDOW)
            target = args.test_out / "ermelo_small.gpkg"
            build_geopackage(
                target,
                [(layer, SPECS[name].cut_out(note)) for name, layer in small.items()],
                verify_cut_out,
            )
            print(summary(target))
    except BuildError as error:
        print(f"build_sample_data: FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
