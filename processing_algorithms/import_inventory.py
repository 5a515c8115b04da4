"""Processing face: import a playground or meeting-place inventory into the Wijkaanpak schema."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsAbstractDatabaseProviderConnection,
    QgsDataSourceUri,
    QgsException,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..wijkaanpak_plugin.core.assessment import assessment_field_specs, load_checklist
from ..wijkaanpak_plugin.core.conflicts import VERSION_FIELD
from ..wijkaanpak_plugin.core.errors import WijkaanpakInputError
from ..wijkaanpak_plugin.core.geometry import polygon_areas
from ..wijkaanpak_plugin.core.inventory import (
    BUILTIN_VALUE_MAPPINGS,
    REPORT_COLUMNS,
    aggregate_source_attributes,
    apply_value_mapping,
    best_value_mapping,
    build_inventory_report,
    fill_from_mapping,
    group_equipment,
    grouping_issues,
    load_value_mapping,
    map_fields,
    mapping_field,
    source_attributes,
    value_mapping_template,
    write_value_mapping_template,
)
from ..wijkaanpak_plugin.core.schema import (
    SEVERITY_ERROR,
    as_text,
    get_schema,
    normalise_token,
    text_nulls_as_none,
    validate_places,
)
from ..wijkaanpak_plugin.layer_io import (
    WORKING_CRS,
    fields_for_frame,
    point_geometries,
    polygon_rings,
    read_features,
    source_extent_rd,
    write_features,
)
from .base import (
    Wijkaanpak,
    WijkaanpakAlgorithm,
    fits_inventory,
    preselect_layer,
    set_decimals,
)

KINDS = ["speelplekken", "ontmoetingsplekken"]
#: Errors shown in the exception message; the log lists all of them.
ERRORS_IN_MESSAGE = 10


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
    GROUP_FIELD = "GROUP_FIELD"
    MAX_GAP = "MAX_GAP"
    DUPLICATE_TOLERANCE = "DUPLICATE_TOLERANCE"
    AREA = "AREA"
    OUTSIDE_BUFFER = "OUTSIDE_BUFFER"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    VALUE_MAPPING_TEMPLATE = "VALUE_MAPPING_TEMPLATE"
    KEEP_ON_FAILURE = (VALUE_MAPPING_TEMPLATE,)  # written for the user when nothing maps

    def displayName(self) -> str:
        return self.tr("Import playground/meeting-place inventory")

    def shortHelpString(self) -> str:
        return self.tr(
            "Brings any inventory of playgrounds (speelplekken) or meeting places "
            "(ontmoetingsplekken) into the Wijkaanpak schema (docs/schema.md), so the reach and "
            "ranking tools can use it.\n\n"
            "In: a point or polygon layer in any CRS (BGT/IMGeo, a BOR export, a spreadsheet "
            "made into points). A value mapping (JSON, editable) translates a coded field such "
            "as BGT 'bgtplustype' or BOR 'toesteltype' into place type and age groups; the "
            "plugin ships one for BGT and one for BOR. Values not in the table are reported "
            "with their count, never guessed; a template listing every value can be written "
            "to fill in. Other fields are mapped with 'schema_field=source_field' pairs; "
            "source fields without a place in the schema are kept with the prefix src_.\n"
            "Play equipment (a BGT 'speelvoorziening' or a BOR item is one piece, not a "
            "playground) is grouped into playgrounds: by a playground field where the export "
            "has one, else items within the maximum gap of each other, transitively. A "
            "playground is at its items' centroid, named after the group value (else its "
            "most common item name), and serves an age group if any item does.\n\n"
            "Out: the places in EPSG:28992 and a validation report listing unmapped values, "
            "possible duplicates (same type within the tolerance), grouping findings, points "
            "far outside the municipality and values outside the schema, each with the source "
            "feature id. An error (a used feature without a location or with invalid "
            "geometry, a required value missing) stops the import: nothing is written, and "
            "every error is listed in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        p = QgsProcessingParameterFeatureSource(
            self.INPUT,
            self.tr("Source inventory"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        p.setHelp(self.tr("Points or polygons of playgrounds, play equipment or meeting places."))
        preselect_layer(p, fits_inventory)
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
            self.VALUE_FIELD, self.tr("Coded type field"), None, self.INPUT, optional=True
        )
        p.setHelp(
            self.tr(
                "Field whose values the value mapping translates into place type and age "
                "groups (BGT: 'bgtplustype'; BOR: 'toesteltype' or 'categorie'). Empty: the "
                "field the value mapping names (its 'source_field') if the layer has it; a "
                "layer without such a field needs place_type in 'Other fields', else the import "
                "stops before reading any feature."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.VALUE_MAPPING,
            self.tr("Value mapping (JSON)"),
            extension="json",
            defaultValue=None,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Table of coded values → place type, age groups (docs/schema.md). Empty: the "
                "built-in tables resources/config/value_mapping_bgt.json (BGT) and "
                "value_mapping_bor.json (BOR): with a coded type field set, the one that knows "
                "most of its values; else the one whose field the layer has."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Identifier field"), None, self.INPUT, optional=True
        )
        p.setHelp(
            self.tr(
                "Source identifier kept as source_id (BGT: 'identificatie'; BOR: the object "
                "number). Empty: the QGIS feature id."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field"), None, self.INPUT, optional=True
        )
        p.setHelp(
            self.tr(
                "Field with the name residents know the place by. For grouped equipment the "
                "playground takes the group field's value, else its most common item name."
            )
        )
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
                "Schema fields are listed in docs/schema.md. Values mapped here win over the "
                "value mapping."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.GROUP, self.tr("Group play equipment into playgrounds"), True
        )
        p.setHelp(
            self.tr(
                "When the value mapping marks features as equipment (a BGT speelvoorziening, a "
                "BOR item), merge the items of one playground into one place."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.GROUP_FIELD,
            self.tr("Playground field of the items"),
            None,
            self.INPUT,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Field that says which playground each item belongs to (BOR: a playground name "
                "or number). Items with the same value (compared without case and extra "
                "spaces) form one playground however far apart they are, named after the "
                "value. The maximum gap applies only to items without a value; they never join "
                "a playground that has one, and those within the gap of one are reported."
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
                "playground without merging playgrounds across a street block. With a "
                "playground field, only items without a value are grouped this way."
            )
        )
        set_decimals(p, 1)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.DUPLICATE_TOLERANCE,
            self.tr("Possible duplicates: same type within (m)"),
            QgsProcessingParameterNumber.Double,
            1.0,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Two features of the same type (same coded value, or the same place type) at "
                "most this far apart (metres) are reported as possible duplicates, whatever "
                "their ids: an item entered twice gets a new id. They are still imported."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        set_decimals(p, 1)
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
        set_decimals(p, 0)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Places"), QgsProcessing.TypeVectorPoint
        )
        p.setHelp(
            self.tr(
                "The places in the Wijkaanpak schema, in EPSG:28992, with x_rd, y_rd and the "
                "source fields that have no place in the schema (src_<name>; for a grouped "
                "playground the items' distinct values joined with ';'). 'Save to PostGIS "
                "Table…' makes a shared inventory (docs/postgis.md): a primary key, a spatial "
                "index, and for playgrounds every assessment field and 'version' (raised by "
                "each save of the assessment dock, so planners never overwrite each other)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Validation report"), QgsProcessing.TypeVector, optional=True
        )
        p.setHelp(
            self.tr("One row per finding: severity, check, source feature, field, value, message.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.VALUE_MAPPING_TEMPLATE,
            self.tr("Value-mapping template (JSON)"),
            self.tr("JSON files (*.json)"),
            optional=True,
            createByDefault=False,
        )
        p.setHelp(
            self.tr(
                "Writes a value mapping listing every distinct value of the coded type field "
                "with its number of features: values the mapping knows keep their entry, the "
                "others get empty targets to fill in. Use the filled-in file as value mapping. "
                "It is written also when the import then stops because no value is mapped."
            )
        )
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)

    # ------------------------------------------------------------------------------ checks

    def _fail(self, text: str) -> None:
        raise QgsProcessingException(text)

    def _check_fields(self, layer_name, available, singles, field_map, kind) -> None:
        """Every field a parameter names exists, before any feature is read."""
        names = ", ".join(available)
        for parameter, label, name in singles:
            if name and name not in available:
                self._fail(
                    self.tr("Layer '{}' has no field '{}' ({}, {}). Its fields are: {}.").format(
                        layer_name, name, label, parameter, names
                    )
                )
        schema = get_schema(kind)
        for target, source_name in field_map.items():
            if target not in schema.names:
                self._fail(
                    self.tr(
                        "'{}' in 'Other fields' ({}) is not a {} field; fields are: {}."
                    ).format(target, self.FIELD_MAP, schema.kind, ", ".join(schema.names))
                )
            if source_name and source_name not in available:
                self._fail(
                    self.tr(
                        "Layer '{}' has no field '{}' (named in 'Other fields', {}). "
                        "Its fields are: {}."
                    ).format(layer_name, source_name, self.FIELD_MAP, names)
                )

    def _load_mapping(self, path: str):
        try:
            return load_value_mapping(path)
        except WijkaanpakInputError as error:
            raise QgsProcessingException(
                self.tr("Value mapping ({}): {}").format(self.VALUE_MAPPING, error)
            ) from error

    # ------------------------------------------------------------------------------ run

    def process(self, parameters, context, feedback, outputs) -> dict:
        source = self.source_or_fail(parameters, self.INPUT, context)
        layer_name = self.layer_name(parameters, self.INPUT, context)
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        schema = get_schema(kind)
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context) or ""
        mapping_path = self.parameterAsFile(parameters, self.VALUE_MAPPING, context) or ""
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or ""
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or ""
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context) or ""
        field_map = parse_field_map(self.parameterAsString(parameters, self.FIELD_MAP, context))
        group = self.parameterAsBoolean(parameters, self.GROUP, context)
        max_gap = self.parameterAsDouble(parameters, self.MAX_GAP, context)
        tolerance = self.parameterAsDouble(parameters, self.DUPLICATE_TOLERANCE, context)
        outside_buffer = self.parameterAsDouble(parameters, self.OUTSIDE_BUFFER, context)
        area_source = self.parameterAsSource(parameters, self.AREA, context)
        template_path = ""
        if parameters.get(self.VALUE_MAPPING_TEMPLATE):
            template_path = self.parameterAsFileOutput(
                parameters, self.VALUE_MAPPING_TEMPLATE, context
            )

        # 1. Everything that can be checked without reading a feature.
        available = [f.name() for f in source.fields()]
        self._check_fields(
            layer_name,
            available,
            [
                (self.VALUE_FIELD, self.tr("coded type field"), value_field),
                (self.ID_FIELD, self.tr("identifier field"), id_field),
                (self.NAME_FIELD, self.tr("name field"), name_field),
                (self.GROUP_FIELD, self.tr("playground field"), group_field),
            ],
            field_map,
            kind,
        )
        if id_field:
            field_map.setdefault("source_id", id_field)
        if name_field:
            field_map.setdefault("name", name_field)
        candidates = (
            [self._load_mapping(mapping_path)]
            if mapping_path
            else [self._load_mapping(str(p)) for p in BUILTIN_VALUE_MAPPINGS]
        )
        mapping = candidates[0] if mapping_path else None
        if not value_field:
            for candidate in candidates:
                found = mapping_field(candidate, available)
                if found:
                    value_field, mapping = found, candidate
                    feedback.pushInfo(
                        self.tr(
                            "Coded type field not set: using '{}', the field the value mapping "
                            "{} is made for."
                        ).format(found, candidate.origin)
                    )
                    break
        if not value_field and not field_map.get("place_type"):
            looked = sorted({f for c in candidates for f in c.source_fields})
            self._fail(
                self.tr(
                    "Layer '{}': no coded type field. Set 'Coded type field' ({}) to the field "
                    "that says what each feature is (BGT: bgtplustype; BOR: toesteltype or "
                    "categorie), or map the place type in 'Other fields' ({}: "
                    "place_type=<field>). The value mapping looks for {}; the layer's fields "
                    "are: {}."
                ).format(
                    layer_name,
                    self.VALUE_FIELD,
                    self.FIELD_MAP,
                    ", ".join(f"'{f}'" for f in looked) or "-",
                    ", ".join(available),
                )
            )
        if template_path and not value_field:
            self._fail(
                self.tr(
                    "A value-mapping template ({}) lists the values of the coded type field: "
                    "set 'Coded type field' ({})."
                ).format(self.VALUE_MAPPING_TEMPLATE, self.VALUE_FIELD)
            )
        if group_field and not (group and kind == "speelplekken"):
            feedback.pushInfo(
                self.tr(
                    "Playground field '{}' is not used: only play equipment imported as "
                    "playgrounds with grouping on is grouped."
                ).format(group_field)
            )

        # 2. Read.
        is_polygon = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
        table = read_features(
            source,
            None,
            context,
            feedback,
            keep_wkb=is_polygon,
            check_validity=True,
            label=layer_name,
        )
        if len(table) == 0:
            self._fail(self.tr("Layer '{}' has no features to import.").format(layer_name))
        if feedback.isCanceled():
            return {}
        frame = table.frame.reset_index(drop=True)
        fids = pd.Series(table.fids.astype(np.int64)).astype(str).to_numpy(dtype=object)
        if not id_field:
            frame["_fid"] = fids
            field_map.setdefault("source_id", "_fid")
        try:
            mapped = map_fields(frame, field_map, kind)
        except WijkaanpakInputError as error:
            self._fail(self.tr("Layer '{}': {}").format(layer_name, error))
        ids = as_text(mapped["source_id"]).to_numpy(dtype=object)
        no_id = pd.isna(ids)
        if no_id.any():  # fall back to the QGIS feature id so every row can be traced
            ids[no_id] = ["fid " + f for f in fids[no_id]]
        mapped["source_id"] = ids

        if is_polygon and "surface_m2" in schema.names:
            # a playground polygon's own area is its play space (m², EPSG:28992)
            surface = polygon_areas(polygon_rings(table.wkb))
            surface[table.null_geometry] = np.nan
            if "surface_m2" in mapped.columns:
                known = pd.to_numeric(mapped["surface_m2"], errors="coerce").to_numpy(dtype=float)
                surface = np.where(np.isnan(known), surface, known)
            mapped["surface_m2"] = surface

        # 3. Value mapping (and the template).
        keep = np.ones(len(frame), dtype=bool)
        role = np.full(len(frame), "place", dtype=object)
        unmapped = None
        if value_field:
            values = frame[value_field]
            if mapping is None:
                mapping, result = best_value_mapping(values, candidates, kind)
                feedback.pushInfo(
                    self.tr("Value mapping chosen for '{}': {}.").format(
                        value_field, mapping.origin
                    )
                )
            else:
                result = apply_value_mapping(values, mapping, kind)
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
            if mapping.unfilled:
                feedback.pushInfo(
                    self.tr("{} entries of the value mapping are not filled in yet.").format(
                        len(mapping.unfilled)
                    )
                )
            listing = _value_listing(result.unmapped)
            if template_path:
                template = value_mapping_template(values, mapping, kind, value_field, layer_name)
                write_value_mapping_template(template, template_path)
                feedback.pushInfo(
                    self.tr("Wrote a value-mapping template with {} values to {}.").format(
                        len(template["values"]), template_path
                    )
                )
            if not result.mapped.any():
                every = _value_listing(
                    as_text(values).value_counts(dropna=True).rename_axis("value").reset_index()
                )
                hint = (
                    self.tr("A template with these values was written to {}.").format(template_path)
                    if template_path
                    else self.tr("Write a template with these values to fill in ({}).").format(
                        self.VALUE_MAPPING_TEMPLATE
                    )
                )
                self._fail(
                    self.tr(
                        "No feature of layer '{}' has a value in field '{}' that the value "
                        "mapping {} assigns to {}. Its {} distinct values: {}. {}"
                    ).format(
                        layer_name,
                        value_field,
                        mapping.origin,
                        kind,
                        as_text(values).nunique(),
                        every,
                        hint,
                    )
                )
            if listing:
                feedback.pushInfo(
                    self.tr("Values of '{}' not in the value mapping (left out): {}.").format(
                        value_field, listing
                    )
                )
            keep = result.mapped
            mapped = fill_from_mapping(mapped, result)
            if "role" in result.attributes.columns:
                role = result.attributes["role"].fillna("place").to_numpy(dtype=object)
            unmapped = result.unmapped
            type_key = mapping.normalise(values)
        else:
            type_key = normalise_token(mapped["place_type"])

        xy = table.xy
        empty = table.null_geometry | ~np.isfinite(xy).all(axis=1)
        invalid = table.invalid_geometry
        usable = keep & ~empty
        if invalid is not None:
            usable &= ~invalid

        # 4. Item values against the schema, then grouping; other rows are places already.
        used = np.flatnonzero(usable)
        item_check = validate_places(mapped.iloc[used], kind)
        items = item_check.clean
        equipment = usable & (role == "equipment")
        places = usable & (role != "equipment")
        group_now = group and kind == "speelplekken"
        parts, part_xy, part_src = [], [], []
        src, src_names = source_attributes(
            frame.drop(columns=["_fid"], errors="ignore"),
            exclude=[c for c in field_map.values() if c],
            taken=schema.names + ["x_rd", "y_rd"],
        )
        extra = []
        if equipment.any() and group_now:
            eq = np.flatnonzero(equipment)
            key = frame[group_field].iloc[eq].reset_index(drop=True) if group_field else None
            labels, playgrounds = group_equipment(
                xy[eq], max_gap, items.loc[eq].reset_index(drop=True), group_key=key
            )
            extra.append(
                grouping_issues(
                    ids[eq], xy[eq], labels, playgrounds, key, max_gap, group_field=group_field
                )
            )
            feedback.pushInfo(
                self.tr("Grouped {} equipment items into {} playgrounds ({}).").format(
                    len(eq),
                    len(playgrounds),
                    self.tr("by '{}', else gap {} m").format(group_field, max_gap)
                    if group_field
                    else self.tr("gap {} m").format(max_gap),
                )
            )
            placed = labels >= 0
            part_xy.append(playgrounds[["x", "y"]].to_numpy())
            parts.append(playgrounds.drop(columns=["playground", "x", "y", "radius_m"]))
            part_src.append(
                aggregate_source_attributes(
                    src.iloc[eq[placed]].reset_index(drop=True), labels[placed], len(playgrounds)
                )
            )
        elif equipment.any():
            places |= equipment
        if places.any():
            rows = items.loc[np.flatnonzero(places)].reset_index(drop=True)
            parts.append(rows)
            part_xy.append(xy[places])
            part_src.append(src.iloc[np.flatnonzero(places)].reset_index(drop=True))
        if not parts:
            self._fail(
                self.tr("Layer '{}': no feature with a usable location and a mapped value.").format(
                    layer_name
                )
            )
        combined = pd.concat(parts, ignore_index=True, sort=False)
        out_xy = np.vstack(part_xy)
        output_check = validate_places(combined, kind)
        clean = output_check.clean.reset_index(drop=True)
        clean["x_rd"] = out_xy[:, 0]
        clean["y_rd"] = out_xy[:, 1]
        src_out = pd.concat(part_src, ignore_index=True, sort=False)
        for name in src_out.columns:
            column = src_out[name]
            clean[name] = (text_nulls_as_none(column) if column.dtype == object else column).array
        if len(output_check.issues):
            oi = output_check.issues
            extra.append(
                pd.DataFrame(
                    {
                        "severity": oi["severity"],
                        "check": "schema:" + oi["check"].astype(str),
                        "feature": oi["source_id"],
                        "field": oi["field"],
                        "value": oi["value"],
                        "message": oi["field"].astype(str) + ": " + oi["problem"].astype(str) + ".",
                    }
                )
            )

        # 5. The report; an error stops the run before anything is written.
        area_extent = source_extent_rd(area_source, context) if area_source is not None else None
        report = build_inventory_report(
            ids,
            xy,
            invalid_geometry=invalid,
            empty_geometry=table.null_geometry,
            unmapped=unmapped,
            unmapped_field=value_field or None,
            attrs=pd.DataFrame({value_field or "place_type": type_key.to_numpy(dtype=object)}),
            duplicate_tolerance_m=tolerance,
            checked=keep,
            area_extent=area_extent,
            outside_buffer_m=outside_buffer,
            validation=item_check,
            validation_rows=used,
            extra_issues=pd.concat(extra, ignore_index=True) if extra else None,
        )
        for line in _summary_lines(report.summary):
            feedback.pushInfo(line)
        if src_names:
            feedback.pushInfo(
                self.tr("Source fields kept: {}.").format(
                    ", ".join(f"{s} → {t}" for t, s in src_names.items())
                )
            )
        if not report.ok:
            self._refuse(report.issues, layer_name, feedback)

        postgis = _postgis_destination(
            self.parameterAsOutputLayer(parameters, self.OUTPUT, context) or ""
        )
        if postgis is not None:
            self._refuse_existing_table(postgis)
        if postgis is not None and kind == "speelplekken":
            clean = _with_shared_inventory_fields(clean)
        fields = fields_for_frame(clean)
        sink, dest = self.create_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, WORKING_CRS, outputs
        )
        if postgis is not None:
            self._add_spatial_index(_postgis_destination(dest) or postgis, feedback)
        write_features(sink, fields, clean, point_geometries(out_xy), feedback, dest)
        results = {
            self.OUTPUT: dest,
            "N_PLACES": int(len(clean)),
            "N_ERRORS": int(report.summary.get("errors", 0)),
            "N_WARNINGS": int(report.summary.get("warnings", 0)),
        }
        if template_path:
            results[self.VALUE_MAPPING_TEMPLATE] = template_path
        if parameters.get(self.REPORT) is not None:
            issues = report.issues[REPORT_COLUMNS].astype(object)
            issues = issues.where(issues.notna(), None)
            for column in issues.columns:
                issues[column] = issues[column].map(lambda v: None if v is None else str(v))
                issues[column] = text_nulls_as_none(issues[column])
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

    def _refuse_existing_table(self, uri: QgsDataSourceUri) -> None:
        """A shared inventory may hold planners' assessments: never replace it silently (the
        PostGIS export would drop and recreate the table)."""
        schema = uri.schema() or "public"
        try:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            exists = metadata.createConnection(uri.uri(False), {}).tableExists(schema, uri.table())
        except (QgsProviderConnectionException, QgsException):
            return  # no answer: creating the table will say what is wrong
        if exists:
            self._fail(
                self.tr(
                    "PostGIS table {}.{} already exists; the import does not overwrite it, "
                    "because planners may have saved assessments in it. Choose a new table "
                    "name, or remove the table in the database first if you mean to replace "
                    "it. Nothing was written."
                ).format(schema, uri.table())
            )

    def _add_spatial_index(self, uri: QgsDataSourceUri, feedback) -> None:
        """A GiST index on the new PostGIS table's geometry (the exporter makes the primary
        key, not this index); a failure is reported, the import goes on."""
        schema = uri.schema() or "public"
        geometry = uri.geometryColumn() or "geom"
        try:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            connection = metadata.createConnection(uri.uri(False), {})
            if not connection.spatialIndexExists(schema, uri.table(), geometry):
                options = QgsAbstractDatabaseProviderConnection.SpatialIndexOptions()
                options.geometryColumnName = geometry
                connection.createSpatialIndex(schema, uri.table(), options)
            feedback.pushInfo(
                self.tr("PostGIS table {}.{}: primary key '{}', spatial index on '{}'.").format(
                    schema, uri.table(), uri.keyColumn() or "fid", geometry
                )
            )
        except (QgsProviderConnectionException, QgsException) as error:  # 3.22: the base
            feedback.reportError(
                self.tr(
                    "PostGIS table {}.{} was written without a spatial index ({}); create "
                    "it with: CREATE INDEX ON {}.{} USING GIST ({});"
                ).format(schema, uri.table(), error, schema, uri.table(), geometry),
                False,
            )

    def _refuse(self, issues: pd.DataFrame, layer_name: str, feedback) -> None:
        """Log every error, then stop with a message naming the first ones."""
        errors = issues[issues["severity"] == SEVERITY_ERROR]
        lines = [
            self.tr("Layer '{}', feature {}{}: {}").format(
                layer_name,
                feature if feature is not None and not pd.isna(feature) else "-",
                self.tr(", field '{}'").format(field)
                if field is not None and not pd.isna(field)
                else "",
                message,
            )
            for feature, field, message in errors[["feature", "field", "message"]].itertuples(
                index=False
            )
        ]
        for line in lines:
            feedback.reportError(line, False)
        shown = "\n".join(lines[:ERRORS_IN_MESSAGE])
        more = (
            self.tr("\n… and {} more (all in the log).").format(len(lines) - ERRORS_IN_MESSAGE)
            if len(lines) > ERRORS_IN_MESSAGE
            else ""
        )
        self._fail(
            self.tr("The import found {} error(s); no layer was written:\n{}{}").format(
                len(lines), shown, more
            )
        )


def _postgis_destination(destination: str) -> QgsDataSourceUri | None:
    """The data source of a 'postgres:' / 'postgis:' Processing destination, else None."""
    text = str(destination or "")
    for prefix in ("postgres:", "postgis:"):
        if text.startswith(prefix):
            return QgsDataSourceUri(text[len(prefix) :])
    return None


def _with_shared_inventory_fields(clean: pd.DataFrame) -> pd.DataFrame:
    """Playgrounds for a shared PostGIS inventory carry every assessment field (planners may
    edit rows but not add columns, docs/postgis.md) and ``version`` = 0 (never saved since
    the import; the assessment dock raises it at every save, core/conflicts.py)."""
    out = clean.copy()
    n = len(out)
    for spec in assessment_field_specs(load_checklist()):
        if spec.name not in out.columns:
            if spec.dtype in ("integer", "bool01"):
                out[spec.name] = pd.array([pd.NA] * n, dtype="Int64")
            elif spec.dtype == "double":
                out[spec.name] = np.full(n, np.nan)
            else:
                out[spec.name] = np.full(n, None, dtype=object)
    if VERSION_FIELD not in out.columns:
        out[VERSION_FIELD] = pd.array(np.zeros(n, dtype=np.int64), dtype="Int64")
    return out


def _value_listing(counts: pd.DataFrame) -> str:
    """ "'a' (3), 'b' (1), 2 without a value" from a (value, count) table, most frequent first."""
    if counts is None or not len(counts):
        return ""
    frame = counts.rename(columns={counts.columns[-1]: "count"})
    present = frame[frame["value"].notna()]
    parts = [f"'{v}' ({int(c)})" for v, c in zip(present["value"], present["count"])]
    empty = int(frame.loc[frame["value"].isna(), "count"].sum())
    if empty:
        parts.append(Wijkaanpak.tr("{} without a value").format(empty))
    return ", ".join(parts)


def _summary_lines(inventory_summary: dict) -> list[str]:
    lines = [
        Wijkaanpak.tr("Checked {} source features: {} errors, {} warnings.").format(
            inventory_summary.get("features", 0),
            inventory_summary.get("errors", 0),
            inventory_summary.get("warnings", 0),
        )
    ]
    for check, count in sorted(inventory_summary.get("by_check", {}).items()):
        lines.append(f"  {check}: {count}")
    return lines
