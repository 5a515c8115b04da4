"""Processing face: import a playground or meeting-place inventory into the Wijkaanpak schema."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.geometry import polygon_areas
from ..wijkaanpak_plugin.core.inventory import (
    DEFAULT_VALUE_MAPPING,
    apply_value_mapping,
    build_inventory_report,
    fill_from_mapping,
    group_equipment,
    load_value_mapping,
    map_fields,
)
from ..wijkaanpak_plugin.core.schema import get_schema, validate_places
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    point_geometries,
    polygon_rings,
    read_features,
    source_extent_rd,
    write_features,
)
from .base import Wijkaanpak, WijkaanpakAlgorithm

KINDS = ["speelplekken", "ontmoetingsplekken"]


def parse_field_map(text: str) -> dict[str, str]:
    """'name=naam; rating=cijfer' → {'name': 'naam', 'rating': 'cijfer'}."""
    result: dict[str, str] = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise QgsProcessingException(
                Wijkaanpak.tr(
                    "Field mapping entry '{}' is not of the form schema_field=source_field."
                ).format(part.strip())
            )
        target, source = (p.strip() for p in part.split("=", 1))
        result[target] = source
    return result


class ImportInventoryAlgorithm(WijkaanpakAlgorithm):
    NAME = "importinventory"
    GROUP_ID = "inventories"

    INPUT = "INPUT"
    KIND = "KIND"
    VALUE_FIELD = "VALUE_FIELD"
    VALUE_MAPPING = "VALUE_MAPPING"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    FIELD_MAP = "FIELD_MAP"
    GROUP = "GROUP"
    MAX_GAP = "MAX_GAP"
    AREA = "AREA"
    OUTSIDE_BUFFER = "OUTSIDE_BUFFER"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self) -> str:
        return self.tr("Import playground/meeting-place inventory")

    def shortHelpString(self) -> str:
        return self.tr(
            "Brings any inventory of playgrounds (speelplekken) or meeting places "
            "(ontmoetingsplekken) into the Wijkaanpak schema (docs/schema.md), so the reach and "
            "ranking tools can use it.\n\n"
            "In: a point or polygon layer in any CRS (BGT/IMGeo, BOR, a spreadsheet made into "
            "points). A value mapping (JSON in resources/config, editable) translates a coded "
            "field such as BGT 'bgtplustype' into place type and age groups; values not in the "
            "table are reported, never guessed. Other fields are mapped with "
            "'schema_field=source_field' pairs.\n"
            "Play equipment (BGT 'speelvoorziening' is one item, not a playground) is grouped "
            "into playgrounds: items within the maximum gap of each other, transitively, form "
            "one playground at their centroid.\n\n"
            "Out: the places in EPSG:28992 and a validation report listing invalid or empty "
            "geometries, unmapped values, duplicates, points far outside the municipality and "
            "values outside the schema, each with the source feature id."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.INPUT,
            self.tr("Source inventory"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        p.setHelp(self.tr("Points or polygons of playgrounds, play equipment or meeting places."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.KIND,
            self.tr("Import as"),
            [self.tr("Playgrounds (speelplekken)"), self.tr("Meeting places (ontmoetingsplekken)")],
            defaultValue=0,
        )
        p.setHelp(self.tr("Which schema the output follows."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Coded type field"), "bgtplustype", self.INPUT, optional=True
        )
        p.setHelp(
            self.tr(
                "Field whose values the value mapping translates (BGT: 'bgtplustype'). Leave "
                "empty to take every feature, with place type from the field mapping."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.VALUE_MAPPING,
            self.tr("Value mapping (JSON)"),
            extension="json",
            defaultValue=str(DEFAULT_VALUE_MAPPING),
            optional=True,
        )
        p.setHelp(self.tr("Table of coded values → place type, age groups; see docs/schema.md."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Identifier field"), "identificatie", self.INPUT, optional=True
        )
        p.setHelp(
            self.tr(
                "Source identifier kept as source_id (BGT: 'identificatie'); "
                "the feature id if empty."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field"), None, self.INPUT, optional=True
        )
        p.setHelp(self.tr("Field with the name residents know the place by."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.FIELD_MAP,
            self.tr("Other fields (schema_field=source_field; …)"),
            "",
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Further fields, e.g. 'rating=rapportcijfer; condition=staat; surface_m2=opp'. "
                "Schema fields are listed in docs/schema.md."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.GROUP, self.tr("Group play equipment into playgrounds"), True
        )
        p.setHelp(
            self.tr(
                "When the value mapping marks features as equipment (BGT speelvoorziening), "
                "merge items close to each other into one playground."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MAX_GAP,
            self.tr("Maximum gap between equipment of one playground (m)"),
            QgsProcessingParameterNumber.Double,
            25.0,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Items at most this far apart (metres, measured in EPSG:28992) belong to the same "
                "playground, transitively. 25 m joins the items of a typical neighbourhood "
                "playground without merging playgrounds across a street block."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.AREA,
            self.tr("Municipality or study area (for the outside check)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(self.tr("Features farther than the buffer outside its extent are reported."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.OUTSIDE_BUFFER,
            self.tr("Allowed distance outside the area (m)"),
            QgsProcessingParameterNumber.Double,
            1000.0,
            minValue=0.0,
        )
        p.setHelp(self.tr("Metres outside the study area's extent before a feature is reported."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Places"), QgsProcessing.TypeVectorPoint
        )
        p.setHelp(self.tr("The places in the Wijkaanpak schema, in EPSG:28992."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Validation report"), QgsProcessing.TypeVector, optional=True
        )
        p.setHelp(
            self.tr("One row per finding: severity, check, source feature, field, value, message.")
        )
        self.addParameter(p)

    def process(self, parameters, context, feedback, outputs) -> dict:
        source = self.source_or_fail(parameters, self.INPUT, context)
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        mapping_path = self.parameterAsFile(parameters, self.VALUE_MAPPING, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        field_map = parse_field_map(self.parameterAsString(parameters, self.FIELD_MAP, context))
        group = self.parameterAsBoolean(parameters, self.GROUP, context)
        max_gap = self.parameterAsDouble(parameters, self.MAX_GAP, context)
        outside_buffer = self.parameterAsDouble(parameters, self.OUTSIDE_BUFFER, context)
        area_source = self.parameterAsSource(parameters, self.AREA, context)

        is_polygon = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
        table = read_features(
            source,
            None,
            context,
            feedback,
            keep_wkb=is_polygon,
            check_validity=True,
            label=self.layer_name(parameters, self.INPUT, context),
        )
        if len(table) == 0:
            raise QgsProcessingException(
                self.tr("Layer '{}' has no features to import.").format(table.layer_name)
            )
        frame = table.frame.reset_index(drop=True)
        if id_field:
            field_map.setdefault("source_id", id_field)
        else:
            frame["_fid"] = table.fids.astype(str)
            field_map.setdefault("source_id", "_fid")
        if name_field:
            field_map.setdefault("name", name_field)
        try:
            mapped = map_fields(frame, field_map, kind)
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Layer '{}': {}").format(table.layer_name, error)
            ) from error
        if "source_id" in mapped.columns:
            no_id = mapped["source_id"].isna().to_numpy()
            if no_id.any():  # fall back to the QGIS feature id so every row can be traced
                ids = mapped["source_id"].astype(object).to_numpy()
                ids[no_id] = ["fid " + str(f) for f in table.fids[no_id]]
                mapped["source_id"] = ids

        if is_polygon and "surface_m2" in get_schema(kind).names:
            # a playground polygon's own area is its play space (m², EPSG:28992)
            surface = polygon_areas(polygon_rings(table.wkb))
            surface[table.null_geometry] = np.nan
            if "surface_m2" in mapped.columns:
                known = pd.to_numeric(mapped["surface_m2"], errors="coerce").to_numpy(dtype=float)
                surface = np.where(np.isnan(known), surface, known)
            mapped["surface_m2"] = surface

        keep = np.ones(len(frame), dtype=bool)
        role = np.full(len(frame), "place", dtype=object)
        unmapped = None
        if value_field:
            mapping = load_value_mapping(mapping_path or None)
            result = apply_value_mapping(frame[value_field], mapping, kind)
            counts = result.counts
            feedback.pushInfo(
                self.tr(
                    "Value mapping on '{}': {} mapped, {} of the other kind, {} skipped, "
                    "{} unmapped, {} empty."
                ).format(
                    value_field,
                    counts["mapped"],
                    counts["other_kind"],
                    counts["skipped"],
                    counts["unmapped"],
                    counts["empty"],
                )
            )
            keep = result.mapped
            if not keep.any():
                raise QgsProcessingException(
                    self.tr(
                        "No feature of layer '{}' has a value in field '{}' that the value "
                        "mapping assigns to {}. Values found: {}."
                    ).format(
                        table.layer_name,
                        value_field,
                        kind,
                        ", ".join(map(str, frame[value_field].dropna().astype(str).unique()[:8])),
                    )
                )
            mapped = fill_from_mapping(mapped, result)
            if "role" in result.attributes.columns:
                role = result.attributes["role"].fillna("place").to_numpy(dtype=object)
            unmapped = result.unmapped

        xy = table.xy
        empty = table.null_geometry | ~np.isfinite(xy).all(axis=1)
        invalid = table.invalid_geometry if table.invalid_geometry is not None else None
        usable = keep & ~empty
        if invalid is not None:
            usable &= ~invalid

        # group equipment into playgrounds; other rows are places already
        equipment = usable & (role == "equipment")
        places = usable & (role != "equipment")
        parts = []
        part_xy = []
        if equipment.any():
            if group and kind == "speelplekken":
                _labels, playgrounds = group_equipment(xy[equipment], max_gap, mapped[equipment])
                feedback.pushInfo(
                    self.tr("Grouped {} equipment items into {} playgrounds (gap {} m).").format(
                        int(equipment.sum()), len(playgrounds), max_gap
                    )
                )
                part_xy.append(playgrounds[["x", "y"]].to_numpy())
                parts.append(playgrounds.drop(columns=["playground", "x", "y"]))
            else:
                places |= equipment
        if places.any():
            rows = mapped[places].copy()
            if "equipment_count" in get_schema(kind).names and "equipment_count" not in rows:
                rows["equipment_count"] = np.nan
            part_xy.append(xy[places])
            parts.append(rows)
        if not parts:
            raise QgsProcessingException(
                self.tr("Layer '{}': no feature with a usable location and a mapped value.").format(
                    table.layer_name
                )
            )
        combined = pd.concat(parts, ignore_index=True, sort=False)
        out_xy = np.vstack(part_xy)
        validation = validate_places(combined, kind)
        clean = validation.clean.reset_index(drop=True)
        clean["x_rd"] = out_xy[:, 0]
        clean["y_rd"] = out_xy[:, 1]

        area_extent = source_extent_rd(area_source, context) if area_source is not None else None
        source_ids = mapped["source_id"] if "source_id" in mapped else pd.Series(table.fids)
        report = build_inventory_report(
            source_ids.astype(str).to_numpy(),
            xy,
            invalid_geometry=invalid,
            empty_geometry=table.null_geometry,
            unmapped=unmapped,
            unmapped_field=value_field or None,
            attrs=frame.drop(columns=[c for c in frame.columns if c.startswith("_")]),
            area_extent=area_extent,
            outside_buffer_m=outside_buffer,
        )
        validation_issues = validation.issues
        for line in _summary_lines(report.summary, validation.summary()):
            feedback.pushInfo(line)

        fields = fields_for_frame(clean)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, WORKING_CRS, outputs
        )
        write_features(sink, fields, clean, point_geometries(out_xy), feedback, dest)
        results = {
            self.OUTPUT: dest,
            "N_PLACES": int(len(clean)),
            "N_ERRORS": int(report.summary.get("errors", 0) + validation.n_errors),
            "N_WARNINGS": int(report.summary.get("warnings", 0) + validation.n_warnings),
        }
        if parameters.get(self.REPORT) is not None:
            issues = report.issues.copy()
            if len(validation_issues):
                extra = pd.DataFrame(
                    {
                        "severity": validation_issues["severity"],
                        "check": "schema:" + validation_issues["check"].astype(str),
                        "feature": validation_issues["source_id"],
                        "field": validation_issues["field"],
                        "value": validation_issues["value"],
                        "message": validation_issues["field"].astype(str)
                        + ": "
                        + validation_issues["problem"].astype(str),
                    }
                )
                issues = pd.concat([issues, extra], ignore_index=True)
            issues = issues.astype(object).where(issues.notna(), None)
            for column in issues.columns:
                issues[column] = issues[column].map(lambda v: None if v is None else str(v))
            report_fields = fields_for_frame(issues)
            sink2, dest2 = self.parameterAsSink(
                parameters, self.REPORT, context, report_fields, QgsWkbTypes.NoGeometry
            )
            if sink2 is not None:
                outputs.sinks.append(sink2)
                outputs.paths.append(dest2)
                write_features(sink2, report_fields, issues, None, feedback, dest2)
                results[self.REPORT] = dest2
        self.load_styled(context, dest, kind)
        return results


def _summary_lines(inventory_summary: dict, schema_summary: dict) -> list[str]:
    lines = [
        Wijkaanpak.tr("Checked {} source features: {} errors, {} warnings.").format(
            inventory_summary.get("features", 0),
            inventory_summary.get("errors", 0),
            inventory_summary.get("warnings", 0),
        )
    ]
    for check, count in sorted(inventory_summary.get("by_check", {}).items()):
        lines.append(f"  {check}: {count}")
    if schema_summary.get("errors") or schema_summary.get("warnings"):
        lines.append(
            Wijkaanpak.tr("Schema check of the output: {} errors, {} warnings.").format(
                schema_summary.get("errors", 0), schema_summary.get("warnings", 0)
            )
        )
    return lines
