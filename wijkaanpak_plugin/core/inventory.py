"""Importing a playground / meeting-place inventory: fields, values, grouping, checks.

A municipality's inventory rarely arrives in the Wijkaanpak schema. Import is a few steps,
each a plain function the Processing faces call:

1. :func:`map_fields`: rename the source columns the planner picked to schema fields;
   :func:`source_attributes` keeps the other source columns as ``src_<name>``;
2. :func:`apply_value_mapping`: translate coded values (BGT ``bgtplustype``, a BOR
   ``toesteltype``) into ``place_type``, age groups, ``indoor`` via a JSON table
   (``resources/config/value_mapping_bgt.json``, ``value_mapping_bor.json``); values missing
   from the table are reported as *unmapped*, never guessed, and
   :func:`value_mapping_template` lists every value to fill in;
3. :func:`group_equipment`: BGT and BOR register single pieces of play equipment, while the
   analysis needs playgrounds: items with the same playground value, else items within a
   walking-gap of each other, form one playground (:func:`grouping_issues` reports doubtful
   cases);
4. :func:`build_inventory_report`: one table of everything a planner should look at before
   trusting the inventory (bad geometry, unmapped values, possible duplicates, points far
   outside the municipality, schema problems).

Coordinates are metres in a projected CRS (RD New, EPSG:28992); the I/O layer reprojects.
Missing text is None, never NaN or the text 'nan'.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .errors import WijkaanpakInputError
from .schema import (
    SEVERITY_ERROR,
    SEVERITY_WARNING,
    IssueTable,
    ValidationReport,
    as_text,
    coerce_field,
    get_schema,
    normalise_token,
    parse_iso_date,
    per_unique,
    text_nulls_as_none,
)

_CONFIG = Path(__file__).resolve().parents[2] / "resources" / "config"
#: The value-mapping tables shipped with the plugin: BGT/IMGeo plus-types (the default) and
#: BOR play-equipment exports (``toesteltype`` / ``categorie``).
DEFAULT_VALUE_MAPPING = _CONFIG / "value_mapping_bgt.json"
BOR_VALUE_MAPPING = _CONFIG / "value_mapping_bor.json"
BUILTIN_VALUE_MAPPINGS = (DEFAULT_VALUE_MAPPING, BOR_VALUE_MAPPING)
VALUE_MAPPING_FORMAT = "wijkaanpak-value-mapping"
ROLES = ("equipment", "place")
AGE_FIELDS = ("age_0_5", "age_6_11", "age_12_17")

#: Status of each source value after :func:`apply_value_mapping`.
STATUS_MAPPED = "mapped"  # in the table, for the requested kind
STATUS_OTHER_KIND = "other_kind"  # in the table, but for the other kind of place
STATUS_SKIPPED = "skipped"  # in the table as null: known, not a place (e.g. fietsenrek)
STATUS_UNMAPPED = "unmapped"  # not in the table: reported, never guessed
STATUS_EMPTY = "empty"  # no value at all

#: Columns of :attr:`InventoryReport.issues`.
REPORT_COLUMNS = ["severity", "check", "feature", "field", "value", "message"]


# --------------------------------------------------------------------------------------------
# 1. Field mapping
# --------------------------------------------------------------------------------------------


def map_fields(source: pd.DataFrame, field_map: Mapping[str, str], kind: str) -> pd.DataFrame:
    """Copy source columns into schema fields: ``field_map`` is {schema field: source column}.

    Entries with an empty source column ('' or None) are ignored, so a Processing face can pass
    its unset field parameters as they are. The result has only the mapped schema fields, in
    schema order, with the source index. Unknown schema fields and missing source columns
    raise :class:`WijkaanpakInputError` naming them.
    """
    schema = get_schema(kind)
    if not isinstance(source, pd.DataFrame):
        raise WijkaanpakInputError("The source inventory must be a table (pandas DataFrame).")
    used = {t: s for t, s in dict(field_map).items() if s is not None and str(s) != ""}
    unknown = [t for t in used if t not in schema.names]
    if unknown:
        raise WijkaanpakInputError(
            "Unknown {} field(s) {} in the field mapping; schema fields are: {}.".format(
                schema.kind, ", ".join(f"'{u}'" for u in unknown), ", ".join(schema.names)
            )
        )
    missing = sorted({s for s in used.values() if s not in source.columns})
    if missing:
        raise WijkaanpakInputError(
            "The source layer has no field {}; its fields are: {}.".format(
                ", ".join(f"'{m}'" for m in missing), ", ".join(map(str, source.columns))
            )
        )
    out = pd.DataFrame(index=source.index)
    for name in schema.names:
        if name in used:
            out[name] = source[used[name]].array
    return out


# --------------------------------------------------------------------------------------------
# 1b. Source attributes without a place in the schema
# --------------------------------------------------------------------------------------------

#: Prefix of source attributes kept in the output (``src_<name>``).
SOURCE_PREFIX = "src_"
#: Longest output field name: PostgreSQL's identifier limit, so the layer can be loaded there.
SOURCE_NAME_MAX = 63


def source_attribute_names(columns: Sequence[str], taken: Sequence[str] = ()) -> dict[str, str]:
    """{output name: source column}: ``src_<name>``, cut to :data:`SOURCE_NAME_MAX` characters.

    Names are unique without regard to case (GeoPackage and Shapefile compare them that way),
    also against ``taken`` (the output's own fields): a clash gets ``_2``, ``_3``, …
    """
    used = {str(t).lower() for t in taken}
    result: dict[str, str] = {}
    for column in columns:
        base = (SOURCE_PREFIX + str(column))[:SOURCE_NAME_MAX]
        name, number = base, 1
        while name.lower() in used:
            number += 1
            suffix = f"_{number}"
            name = base[: SOURCE_NAME_MAX - len(suffix)] + suffix
        used.add(name.lower())
        result[name] = column
    return result


def _nulls_as_none(values: pd.Series) -> pd.Series:
    """Object columns with None for every missing value (never NaN, never the text 'nan')."""
    return text_nulls_as_none(values) if values.dtype == object else values


def source_attributes(
    frame: pd.DataFrame, exclude: Sequence[str] = (), taken: Sequence[str] = ()
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The source columns not in ``exclude`` (those copied into schema fields), renamed by
    :func:`source_attribute_names`, values unchanged (numbers stay numbers, NULL stays NULL).

    Returns the frame (same index) and {output name: source column}.
    """
    skip = set(map(str, exclude))
    keep = [c for c in frame.columns if str(c) not in skip]
    names = source_attribute_names(keep, taken)
    out = pd.DataFrame(index=frame.index)
    for name, column in names.items():
        out[name] = _nulls_as_none(frame[column]).array
    return out, names


def aggregate_source_attributes(
    src: pd.DataFrame, labels: np.ndarray, n_groups: int
) -> pd.DataFrame:
    """Source attributes of grouped items, one row per group (``labels`` 0..n_groups-1).

    A column keeps its type where every group has at most one distinct value; otherwise the
    distinct values of each group are joined with ';' in input order (as text). Missing
    values are left out; NULL where a group has none.
    """
    lab = np.asarray(labels, dtype=np.int64)
    out = pd.DataFrame(index=pd.RangeIndex(n_groups))
    for name in src.columns:
        column = src[name]
        text = as_text(column)
        pairs = pd.DataFrame({"g": lab, "v": text.to_numpy(dtype=object)}).dropna()
        pairs = pairs.drop_duplicates()
        if len(pairs) == 0:
            out[name] = np.full(n_groups, None, dtype=object)
            continue
        if not pairs["g"].duplicated().any():  # one value per group: keep the type
            first = pd.Series(column.array).groupby(lab).first()
            out[name] = _nulls_as_none(first.reindex(np.arange(n_groups))).array
            continue
        values = np.full(n_groups, None, dtype=object)
        several = pairs["g"].duplicated(keep=False).to_numpy()
        one = pairs[~several]  # most groups: one distinct value, no joining needed
        values[one["g"].to_numpy(dtype=np.int64)] = one["v"].to_numpy(dtype=object)
        joined = pairs[several].groupby("g", sort=True)["v"].agg(";".join)
        values[joined.index.to_numpy(dtype=np.int64)] = joined.to_numpy(dtype=object)
        out[name] = values
    return out


# --------------------------------------------------------------------------------------------
# 2. Value mapping
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueMapping:
    """A value-mapping table: normalised source value → target attributes (None = skip).

    ``source_fields``: the field names the table is made for, in order of preference (the
    JSON ``source_field``, a name or a list); ``source_field`` is the first. ``unfilled``:
    keys whose targets are all empty (a template not filled in yet): they count as not in the
    table, so their features are reported as unmapped.
    """

    name: str
    source_field: str | None
    strip_prefixes: Tuple[str, ...]
    entries: Mapping[str, Mapping[str, object] | None]
    origin: str = ""
    source_fields: Tuple[str, ...] = ()
    unfilled: Tuple[str, ...] = ()

    def normalise(self, values: pd.Series) -> pd.Series:
        """Trimmed, case-folded values with one leading ``strip_prefixes`` prefix removed."""
        return per_unique(values, self._normalise)

    def _normalise(self, values: pd.Series) -> pd.Series:
        text = as_text(values).str.lower()
        for prefix in self.strip_prefixes:
            p = prefix.strip().lower()
            if p:
                starts = text.str.startswith(p, na=False).to_numpy(dtype=bool)
                text[starts] = text[starts].str.slice(len(p)).str.strip().to_numpy(dtype=object)
        return text


def value_mapping_from_dict(data: Mapping, origin: str = "") -> ValueMapping:
    """Check a parsed value-mapping JSON document and build a :class:`ValueMapping`.

    Every attribute is checked against the schema of its kind, so a typo in the table
    ('speeltuinn', 'age_0_6') is caught when the table is loaded, not after a long run.
    """
    where = f" in {origin}" if origin else ""
    if not isinstance(data, Mapping) or not isinstance(data.get("values"), Mapping):
        raise WijkaanpakInputError(f"The value mapping{where} needs an object 'values'.")
    if data.get("format", VALUE_MAPPING_FORMAT) != VALUE_MAPPING_FORMAT:
        raise WijkaanpakInputError(
            f"The value mapping{where} has format '{data.get('format')}', "
            f"expected '{VALUE_MAPPING_FORMAT}'."
        )
    prefixes = tuple(str(p) for p in data.get("strip_prefixes", []) or [])
    raw_fields = data.get("source_field")
    if raw_fields is None:
        source_fields: Tuple[str, ...] = ()
    elif isinstance(raw_fields, str):
        source_fields = (raw_fields,) if raw_fields.strip() else ()
    elif isinstance(raw_fields, list) and all(isinstance(f, str) for f in raw_fields):
        source_fields = tuple(f for f in raw_fields if f.strip())
    else:
        raise WijkaanpakInputError(
            f"The value mapping{where} has 'source_field' {raw_fields!r}; "
            "give a field name or a list of field names."
        )
    probe = ValueMapping("", None, prefixes, {})
    entries: dict[str, dict | None] = {}
    unfilled: list[str] = []
    seen: set[str] = set()
    for raw_key, entry in data["values"].items():
        if str(raw_key).startswith("_"):
            continue
        key = probe.normalise(pd.Series([raw_key], dtype=object)).iloc[0]
        if not isinstance(key, str):
            raise WijkaanpakInputError(f"The value mapping{where} has an empty value as key.")
        if key in seen:
            raise WijkaanpakInputError(
                f"The value mapping{where} lists '{raw_key}' twice (keys are compared "
                "without case, spaces at the ends and the prefixes in 'strip_prefixes')."
            )
        seen.add(key)
        if entry is None:
            entries[key] = None
            continue
        if not isinstance(entry, Mapping):
            raise WijkaanpakInputError(
                f"Entry '{raw_key}' in the value mapping{where} must be an object or null."
            )
        # An empty target ('' or null) is no target: a template entry not filled in yet.
        attrs = {
            k: v
            for k, v in entry.items()
            if not str(k).startswith("_")
            and v is not None
            and not (isinstance(v, str) and not v.strip())
        }
        if not attrs:
            unfilled.append(str(raw_key))
            continue
        if "kind" not in attrs:
            raise WijkaanpakInputError(
                f"Entry '{raw_key}' in the value mapping{where} has no 'kind'."
            )
        schema = get_schema(str(attrs["kind"]))
        role = attrs.get("role", "place")
        if role not in ROLES:
            raise WijkaanpakInputError(
                f"Entry '{raw_key}' in the value mapping{where} has role '{role}'; "
                f"use one of: {', '.join(ROLES)}."
            )
        clean: dict[str, object] = {"kind": schema.kind, "role": role}
        for name, value in attrs.items():
            if name in ("kind", "role"):
                continue
            if name not in schema.names or name == "source_id":
                raise WijkaanpakInputError(
                    f"Entry '{raw_key}' in the value mapping{where} sets '{name}', which is not "
                    f"a {schema.kind} field; fields are: {', '.join(schema.names[:-1])}."
                )
            values, problems = coerce_field(schema.field(name), pd.Series([value], dtype=object))
            for mask, _check, problem in problems:
                if mask[0]:
                    raise WijkaanpakInputError(
                        f"Entry '{raw_key}' in the value mapping{where}: {name} = {value!r} is "
                        f"{problem}."
                    )
            v = values.iloc[0]
            clean[name] = None if pd.isna(v) else (int(v) if isinstance(v, np.integer) else v)
        entries[key] = clean
    return ValueMapping(
        name=str(data.get("name", "")),
        source_field=source_fields[0] if source_fields else None,
        strip_prefixes=prefixes,
        entries=entries,
        origin=origin,
        source_fields=source_fields,
        unfilled=tuple(unfilled),
    )


def load_value_mapping(path: str | Path | None = None) -> ValueMapping:
    """Read a value-mapping JSON file (default: ``resources/config/value_mapping_bgt.json``)."""
    p = Path(path) if path is not None else DEFAULT_VALUE_MAPPING
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise WijkaanpakInputError(f"Cannot read the value mapping file {p}: {exc}.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise WijkaanpakInputError(
            f"The value mapping file {p} is not valid JSON (line {exc.lineno}: {exc.msg})."
        ) from exc
    return value_mapping_from_dict(data, origin=str(p))


def mapping_field(mapping: ValueMapping, field_names: Sequence[str]) -> str | None:
    """The first of the mapping's ``source_fields`` that is a field of the layer (compared
    without case), spelled as the layer spells it; None if the layer has none of them."""
    by_lower = {str(f).lower(): str(f) for f in field_names}
    for name in mapping.source_fields:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    return None


def best_value_mapping(
    values: pd.Series, mappings: Sequence[ValueMapping], kind: str
) -> tuple[ValueMapping, ValueMappingResult]:
    """The mapping that knows most of the values (mapped, other kind or skipped on purpose),
    with its result; ties go to the first mapping."""
    if not mappings:
        raise WijkaanpakInputError("No value mapping to choose from.")
    best: tuple[ValueMapping, ValueMappingResult] | None = None
    best_known = -1
    for mapping in mappings:
        result = apply_value_mapping(values, mapping, kind)
        c = result.counts
        known = c[STATUS_MAPPED] + c[STATUS_OTHER_KIND] + c[STATUS_SKIPPED]
        if known > best_known:
            best, best_known = (mapping, result), known
    assert best is not None
    return best


def value_mapping_markdown(mapping: ValueMapping) -> str:
    """A Markdown table of a value mapping's entries for ``docs/schema.md`` (a unit test
    fails when the docs and the shipped table drift apart). Ages and ``indoor``: 1, 0 or
    ``?`` (NULL, unknown); a skipped value reads ``skipped``."""

    def cell(entry: Mapping, name: str) -> str:
        if name not in entry or entry[name] is None:
            return "?" if name in AGE_FIELDS or name == "indoor" else ""
        return str(entry[name])

    lines = [
        "| value | kind | role | place_type | 0-5 | 6-11 | 12-17 |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, entry in mapping.entries.items():
        if entry is None:
            lines.append(f"| `{key}` | skipped | | | | | |")
            continue
        ages = (
            [cell(entry, a) for a in AGE_FIELDS]
            if entry["kind"] == "speelplekken"
            else ["", "", ""]
        )
        lines.append(
            "| `{}` | {} | {} | `{}` | {} |".format(
                key, entry["kind"], entry["role"], cell(entry, "place_type"), " | ".join(ages)
            )
        )
    return "\n".join(lines) + "\n"


@dataclass
class ValueMappingResult:
    """Outcome of :func:`apply_value_mapping`, row-aligned with the input values.

    ``status`` holds one of ``mapped``, ``other_kind``, ``skipped``, ``unmapped``, ``empty``;
    ``attributes`` the target attributes (``kind``, ``role`` and the schema fields the table
    sets; NULL where the row is not mapped or the table leaves the field out); ``unmapped`` one
    row per distinct value that is not in the table (``value``, ``count``; NULL value = empty).
    """

    status: pd.Series
    attributes: pd.DataFrame
    unmapped: pd.DataFrame
    source_field: str | None = None

    @property
    def mapped(self) -> np.ndarray:
        return (self.status == STATUS_MAPPED).to_numpy()

    @property
    def counts(self) -> dict:
        counts = self.status.value_counts()
        return {
            s: int(counts.get(s, 0))
            for s in (
                STATUS_MAPPED,
                STATUS_OTHER_KIND,
                STATUS_SKIPPED,
                STATUS_UNMAPPED,
                STATUS_EMPTY,
            )
        }


def apply_value_mapping(
    values: pd.Series, mapping: ValueMapping, kind: str | None = None
) -> ValueMappingResult:
    """Translate source values with a value-mapping table; report what is not in it.

    With ``kind``, entries for the other kind of place count as ``other_kind`` (known, not for
    this layer) and their attributes are left NULL. Vectorised: one dictionary lookup per
    distinct value.
    """
    want = get_schema(kind).kind if kind is not None else None
    s = pd.Series(values, copy=False)
    norm = mapping.normalise(s)
    keys = norm.to_numpy(dtype=object)
    status = np.full(len(s), STATUS_UNMAPPED, dtype=object)
    empty = norm.isna().to_numpy()
    known = norm.isin(list(mapping.entries)).to_numpy()
    skip_keys = [k for k, e in mapping.entries.items() if e is None]
    kinds = {k: e["kind"] for k, e in mapping.entries.items() if e is not None}
    status[known & norm.isin(skip_keys).to_numpy()] = STATUS_SKIPPED
    is_place = known & ~norm.isin(skip_keys).to_numpy()
    entry_kind = norm.map(kinds).to_numpy(dtype=object)
    if want is None:
        status[is_place] = STATUS_MAPPED
    else:
        status[is_place & (entry_kind == want)] = STATUS_MAPPED
        status[is_place & (entry_kind != want)] = STATUS_OTHER_KIND
    status[empty] = STATUS_EMPTY

    table = pd.DataFrame.from_dict(
        {k: dict(e) for k, e in mapping.entries.items() if e is not None}, orient="index"
    )
    if table.empty:
        table = pd.DataFrame(columns=["kind", "role"])
    if want is not None:
        fields = get_schema(want).names
        table = table[[c for c in table.columns if c in ("kind", "role") or c in fields]]
    attrs = table.reindex(keys)
    attrs.index = s.index
    attrs = attrs.where(np.repeat((status == STATUS_MAPPED)[:, None], attrs.shape[1], axis=1))
    for col in attrs.columns:
        if col in AGE_FIELDS or col in ("indoor", "accessible", "capacity", "equipment_count"):
            attrs[col] = pd.to_numeric(attrs[col], errors="coerce").astype("Int64")

    original = as_text(s)
    not_found = (status == STATUS_UNMAPPED) | (status == STATUS_EMPTY)
    unmapped = (
        original[not_found]
        .value_counts(dropna=False)
        .rename_axis("value")
        .reset_index(name="count")
    )
    unmapped = unmapped.sort_values(
        ["count", "value"], ascending=[False, True], na_position="last", kind="mergesort"
    ).reset_index(drop=True)
    return ValueMappingResult(
        status=pd.Series(status, index=s.index, name="status"),
        attributes=attrs,
        unmapped=unmapped,
        source_field=mapping.source_field,
    )


def value_mapping_template(
    values: pd.Series | Sequence,
    mapping: ValueMapping | None,
    kind: str,
    source_field: str,
    layer_name: str = "",
) -> dict:
    """A value-mapping document listing every distinct value of a field, to fill in.

    Values are grouped as the mapping compares them (case, spaces at the ends, the
    ``strip_prefixes``); each is written in its most frequent spelling, most frequent value
    first. Values the mapping knows keep their entry (``null`` for a value skipped on
    purpose); the others get empty targets (``kind``, ``role``, ``place_type`` and the
    kind's fields, '' or null), which :func:`value_mapping_from_dict` treats as *not filled
    in yet*. ``_counts`` gives the number of features per value; every key starting with
    ``_`` is ignored when the file is read.
    """
    schema = get_schema(kind)
    probe = mapping if mapping is not None else ValueMapping("", None, (), {})
    s = pd.Series(values, copy=False)
    keys = probe.normalise(s)
    raw = as_text(s)
    frame = pd.DataFrame({"key": keys.to_numpy(dtype=object), "raw": raw.to_numpy(dtype=object)})
    n_empty = int(frame["key"].isna().sum())
    frame = frame.dropna()
    spell = frame.groupby(["key", "raw"]).size().reset_index(name="n")
    spell = spell.sort_values(["key", "n", "raw"], ascending=[True, False, True], kind="mergesort")
    per_key = spell.groupby("key", sort=False).agg(
        shown=("raw", "first"), spellings=("raw", list), count=("n", "sum")
    )
    per_key = per_key.reset_index().sort_values(
        ["count", "key"], ascending=[False, True], kind="mergesort"
    )
    extra = [f for f in ("age_0_5", "age_6_11", "age_12_17", "indoor") if f in schema.names]
    entries = dict(mapping.entries) if mapping is not None else {}
    out_values: dict[str, object] = {}
    counts: dict[str, int] = {}
    for key, shown, spellings, count in per_key[["key", "shown", "spellings", "count"]].itertuples(
        index=False
    ):
        counts[shown] = int(count)
        head: dict[str, object] = {"_count": int(count)}
        if len(spellings) > 1:
            head["_spellings"] = list(spellings)
        if key in entries:
            entry = entries[key]
            if entry is None:
                out_values[shown] = None
                continue
            head["_status"] = "mapped" if entry.get("kind") == schema.kind else "other_kind"
            out_values[shown] = {**head, **dict(entry)}
        else:
            head["_status"] = "unmapped"
            empty: dict[str, object] = {"kind": "", "role": "", "place_type": ""}
            empty.update({f: None for f in extra})
            out_values[shown] = {**head, **empty}
    where = f" of layer '{layer_name}'" if layer_name else ""
    comment = [
        f"Value-mapping template made from field '{source_field}'{where}: every distinct value "
        "with its number of features (_count, and _counts below).",
        "Fill in each entry whose _status is 'unmapped': kind ('speelplekken' or "
        "'ontmoetingsplekken'), role ('equipment': one piece of play equipment, grouped into "
        "playgrounds; 'place': a place by itself), place_type and, if known, the other fields "
        "(ages and indoor: 1, 0 or null = unknown). Replace an entry by null for a value that "
        "is not a place (it is then skipped on purpose).",
        "An entry whose targets are all empty counts as not filled in: its features are "
        "reported as unmapped. Keys starting with _ are ignored. See docs/schema.md.",
        "place_type for speelplekken: "
        + ", ".join(get_schema("speelplekken").field("place_type").allowed or ())
        + "; for ontmoetingsplekken: "
        + ", ".join(get_schema("ontmoetingsplekken").field("place_type").allowed or ())
        + ".",
    ]
    if n_empty:
        comment.append(f"{n_empty} feature(s) have no value in '{source_field}'.")
    if mapping is not None and mapping.origin:
        comment.append(f"Entries already known are copied from {mapping.origin}.")
    return {
        "_comment": comment,
        "format": VALUE_MAPPING_FORMAT,
        "version": 1,
        "name": f"Template for '{source_field}'" + (f" ({layer_name})" if layer_name else ""),
        "source_field": source_field,
        "strip_prefixes": list(mapping.strip_prefixes) if mapping is not None else [],
        "_counts": counts,
        "values": out_values,
    }


def write_value_mapping_template(template: Mapping, path: str | Path) -> None:
    """Write a template of :func:`value_mapping_template` as UTF-8 JSON (readable, indented)."""
    p = Path(path)
    try:
        p.write_text(json.dumps(template, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise WijkaanpakInputError(f"Cannot write the value-mapping template {p}: {exc}.") from exc


def fill_from_mapping(frame: pd.DataFrame, result: ValueMappingResult) -> pd.DataFrame:
    """Fill schema fields from mapped attributes where the frame has no value (NULL).

    Values the planner mapped from a source field win over the table's defaults. Only rows
    with status ``mapped`` are filled; ``kind`` and ``role`` are not copied.
    """
    out = frame.copy()
    for col in result.attributes.columns:
        if col in ("kind", "role"):
            continue
        mapped = result.attributes[col]
        if col in out.columns:
            current = out[col]
            take = current.isna().to_numpy() & mapped.notna().to_numpy()
            if take.any():
                merged = current.astype(object).to_numpy().copy()
                merged[take] = mapped.astype(object).to_numpy()[take]
                out[col] = merged
        else:
            out[col] = mapped.array
    return out


# --------------------------------------------------------------------------------------------
# 3. Grouping equipment into playgrounds
# --------------------------------------------------------------------------------------------

#: A playground formed by a group-field value whose farthest item lies more than this from its
#: centre is reported (``group_spread``): the value may be used for two places. Named
#: playgrounds in a real rural BOR export stretched up to 250 m; 500 m leaves room for parks.
GROUP_SPREAD_WARNING_M = 500.0

#: Maintenance conditions from best to worst; a grouped playground gets its worst item's.
_CONDITION_ORDER = ("goed", "redelijk", "matig", "slecht")


def _as_float(values) -> np.ndarray:
    """Numbers as a float array with NaN for NULL, whatever the dtype (Int64 with NA, object)."""
    num = pd.to_numeric(pd.Series(values, copy=False), errors="coerce")
    return num.to_numpy(dtype=float, na_value=np.nan)


def _three_valued_any(values: np.ndarray, labels: np.ndarray, n_groups: int) -> pd.Series:
    """Per group: 1 if any item is 1, 0 if all items are 0, NULL otherwise (unknowns)."""
    v = np.asarray(values, dtype=float)
    ones = np.bincount(labels, weights=(v == 1).astype(float), minlength=n_groups)
    zeros = np.bincount(labels, weights=(v == 0).astype(float), minlength=n_groups)
    count = np.bincount(labels, minlength=n_groups)
    out = np.full(n_groups, np.nan)
    out[zeros == count] = 0.0
    out[ones > 0] = 1.0
    return pd.Series(out).astype("Int64")


def group_key_text(values: pd.Series | Sequence | np.ndarray) -> pd.Series:
    """The value that decides which playground an item belongs to: trimmed, case-folded text
    with runs of spaces as one space (``' Speeltuin  De Vlinder'`` = ``'speeltuin de vlinder'``;
    ``12.0`` = ``'12'``); NULL or empty text means *no value* (grouped by distance)."""
    text = as_text(pd.Series(values, copy=False))
    return per_unique(text, lambda t: t.str.lower().str.replace(r"\s+", " ", regex=True))


def _mode_text(labels: np.ndarray, texts: np.ndarray, n_groups: int) -> np.ndarray:
    """Most frequent text per group (ties: alphabetically first); None where a group has none."""
    frame = pd.DataFrame({"g": labels, "t": texts}).dropna()
    out = np.full(n_groups, None, dtype=object)
    if len(frame):
        freq = frame.groupby(["g", "t"]).size().reset_index(name="n")
        freq = freq.sort_values(["g", "n", "t"], ascending=[True, False, True], kind="mergesort")
        first = freq.drop_duplicates("g")
        out[first["g"].to_numpy(dtype=np.int64)] = first["t"].to_numpy(dtype=object)
    return out


def _components(pts: np.ndarray, gap: float) -> tuple[int, np.ndarray]:
    """Single-linkage components of points within ``gap`` of each other (KD-tree pairs)."""
    m = len(pts)
    if m == 0:
        return 0, np.zeros(0, dtype=np.int64)
    pairs = cKDTree(pts).query_pairs(r=gap, output_type="ndarray")
    graph = coo_matrix(
        (np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(m, m)
    )
    k, comp = connected_components(graph, directed=False)
    return int(k), comp.astype(np.int64)


def group_equipment(
    xy: np.ndarray,
    max_gap_m: float,
    attrs: pd.DataFrame | None = None,
    default_place_type: str = "speelplek",
    group_key: pd.Series | Sequence | np.ndarray | None = None,
) -> tuple[np.ndarray, pd.DataFrame]:
    """Group play equipment into playgrounds: by a group field where it has a value, else by
    single linkage over distance.

    ``group_key`` (optional, row-aligned; e.g. a BOR playground name or number): items with
    the same value (compared by :func:`group_key_text`) form one playground however far apart
    they are. Items without a value are grouped among themselves: two belong to the same
    playground when they are at most ``max_gap_m`` apart, transitively (A-B and B-C close ⇒
    A, B, C together), because a playground is a cluster of equipment with short gaps, not a
    circle of fixed size. An item without a value never joins a playground that has one (see
    :func:`grouping_issues`, which reports those that lie within the gap of one).

    ``xy`` is an (n, 2) array in metres. ``attrs`` (optional, row-aligned) may carry
    ``source_id``, ``name``, ``place_type``, the age fields, ``accessible``, ``condition``,
    ``last_inspection``, ``rating`` and ``surface_m2``. Returns ``labels`` (playground number
    per item, 0..k-1, numbered by the first item in input order; -1 for items without finite
    coordinates) and a playground frame:

    * ``playground``, ``x``, ``y`` (centroid), ``equipment_count``, ``radius_m`` (farthest
      item from the centroid);
    * ``name``: the group value (its most frequent spelling among the items), else the most
      frequent item ``name``; NULL where there is none (ties: alphabetically first);
    * ``place_type``: most frequent among the items, ties alphabetically;
      ``default_place_type`` without attrs;
    * ``age_0_5``/``age_6_11``/``age_12_17`` and ``accessible``: 1 if any item says yes, 0 if
      all items say no, NULL otherwise (no item says yes and some are unknown);
    * ``condition``: the worst item condition (goed < redelijk < matig < slecht);
      ``last_inspection``: the oldest item date (every item was inspected on or after it);
      ``rating``: the mean; ``surface_m2``: the sum of known item surfaces (only when attrs
      carries the column; NULL where no item has a value);
    * ``source_id``: item ids joined with ';' in input order (input row numbers without
      ``source_id``).
    """
    pts = np.asarray(xy, dtype=float)
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise WijkaanpakInputError(
            f"Equipment coordinates must be an (n, 2) array of x, y; got shape {pts.shape}."
        )
    gap = float(max_gap_m)
    if not np.isfinite(gap) or gap < 0:
        raise WijkaanpakInputError(
            f"The maximum gap between equipment must be 0 m or more; got {max_gap_m}."
        )
    n = len(pts)
    if attrs is not None and len(attrs) != n:
        raise WijkaanpakInputError(
            f"The equipment attributes have {len(attrs)} rows but there are {n} points."
        )
    if group_key is not None and len(group_key) != n:
        raise WijkaanpakInputError(
            f"The group values have {len(group_key)} rows but there are {n} points."
        )
    finite = np.isfinite(pts).all(axis=1)
    idx = np.flatnonzero(finite)
    m = len(idx)
    labels = np.full(n, -1, dtype=np.int64)
    keys = group_key_text(group_key).to_numpy(dtype=object)[idx] if group_key is not None else None
    if m:
        comp = np.empty(m, dtype=np.int64)
        keyed = pd.notna(keys) if keys is not None else np.zeros(m, dtype=bool)
        codes, _uniques = pd.factorize(keys[keyed]) if keyed.any() else (np.zeros(0), [])
        n_named = len(_uniques)
        comp[keyed] = codes
        k_free, free = _components(pts[idx[~keyed]], gap)
        comp[~keyed] = n_named + free
        k = n_named + k_free
        # Deterministic numbering: by the first (lowest-index) item of each playground.
        first = np.full(k, m, dtype=np.int64)
        np.minimum.at(first, comp, np.arange(m))
        rank = np.empty(k, dtype=np.int64)
        rank[np.argsort(first, kind="stable")] = np.arange(k)
        labels[idx] = rank[comp]
    else:
        k = 0
    lab = labels[idx]
    count = np.bincount(lab, minlength=k)
    cx = np.bincount(lab, weights=pts[idx, 0], minlength=k) / np.maximum(count, 1)
    cy = np.bincount(lab, weights=pts[idx, 1], minlength=k) / np.maximum(count, 1)
    dist = np.hypot(pts[idx, 0] - cx[lab], pts[idx, 1] - cy[lab])
    radius = np.zeros(k)
    np.maximum.at(radius, lab, dist)
    out = pd.DataFrame(
        {
            "playground": np.arange(k, dtype=np.int64),
            "x": cx,
            "y": cy,
            "equipment_count": count.astype(np.int64),
            "radius_m": radius,
        }
    )

    sub = attrs.iloc[idx] if attrs is not None else None
    names = np.full(k, None, dtype=object)
    if sub is not None and "name" in sub.columns:
        names = _mode_text(lab, as_text(sub["name"]).to_numpy(dtype=object), k)
    if group_key is not None:
        raw = as_text(pd.Series(group_key, copy=False)).to_numpy(dtype=object)[idx]
        raw = np.where(pd.notna(keys), raw, None)  # same rows as the keys
        group_names = _mode_text(lab, raw, k)
        names = np.where(pd.notna(group_names), group_names, names)
    out["name"] = pd.Series(names, dtype=object).where(pd.notna(names), None).array

    if sub is not None and "place_type" in sub.columns:
        out["place_type"] = _mode_text(lab, as_text(sub["place_type"]).to_numpy(dtype=object), k)
    else:
        out["place_type"] = default_place_type
    for age in AGE_FIELDS:
        if sub is not None and age in sub.columns:
            out[age] = _three_valued_any(_as_float(sub[age]), lab, k).array
        else:
            out[age] = pd.Series(np.full(k, np.nan)).astype("Int64").array
    if sub is not None:
        _aggregate_item_fields(out, sub, lab, k)
    if sub is not None and "source_id" in sub.columns:
        ids = as_text(sub["source_id"]).fillna("").to_numpy(dtype=object)
    else:
        ids = idx.astype(str).astype(object)
    out["source_id"] = _join_per_group(lab, ids, k)
    return labels, out


def _join_per_group(labels: np.ndarray, texts: np.ndarray, n_groups: int) -> np.ndarray:
    """Texts of each group joined with ';' in input order (every label 0..k-1 occurs)."""
    if not n_groups:
        return np.zeros(0, dtype=object)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    return np.array([";".join(part) for part in np.split(texts[order], bounds)], dtype=object)


def _aggregate_item_fields(out: pd.DataFrame, sub: pd.DataFrame, lab: np.ndarray, k: int) -> None:
    """Per-playground values of the optional item fields (see :func:`group_equipment`).

    Give it checked item values (``validate_places(...).clean``): a condition outside the
    list or a text that is not a date counts as unknown here.
    """
    if "accessible" in sub.columns:
        out["accessible"] = _three_valued_any(_as_float(sub["accessible"]), lab, k).array
    if "condition" in sub.columns:
        order = pd.Series(np.arange(len(_CONDITION_ORDER), dtype=float), index=_CONDITION_ORDER)
        rank = normalise_token(sub["condition"]).map(order).to_numpy(dtype=float, na_value=np.nan)
        known = ~np.isnan(rank)
        worst = np.full(k, -1, dtype=np.int64)
        np.maximum.at(worst, lab[known], rank[known].astype(np.int64))
        choices = np.array(list(_CONDITION_ORDER) + [None], dtype=object)
        out["condition"] = choices[np.where(worst >= 0, worst, len(_CONDITION_ORDER))]
    if "last_inspection" in sub.columns:
        dates, _bad = parse_iso_date(sub["last_inspection"])
        frame = pd.DataFrame({"g": lab, "d": dates.to_numpy(dtype=object)}).dropna()
        oldest = np.full(k, None, dtype=object)
        if len(frame):  # ISO dates sort as text
            first = frame.groupby("g")["d"].min()
            oldest[first.index.to_numpy(dtype=np.int64)] = first.to_numpy(dtype=object)
        out["last_inspection"] = oldest
    for name, how in (("rating", "mean"), ("surface_m2", "sum")):
        if name in sub.columns:
            v = _as_float(sub[name])
            known = ~np.isnan(v)
            total = np.bincount(lab[known], weights=v[known], minlength=k)
            n_known = np.bincount(lab[known], minlength=k)
            value = total / np.maximum(n_known, 1) if how == "mean" else total
            out[name] = np.where(n_known > 0, value, np.nan)


def grouping_issues(
    feature_ids: Sequence | np.ndarray | pd.Series,
    xy: np.ndarray,
    labels: np.ndarray,
    playgrounds: pd.DataFrame,
    group_key: pd.Series | Sequence | np.ndarray | None,
    max_gap_m: float,
    *,
    group_field: str | None = None,
    spread_warning_m: float = GROUP_SPREAD_WARNING_M,
) -> pd.DataFrame:
    """Findings about the grouping (warnings, :data:`REPORT_COLUMNS`), row-aligned input.

    * ``group_missing``: an item without a group value within ``max_gap_m`` of an item that
      has one: it forms its own playground, but may belong to that one (``value`` = the
      nearest such item's group value);
    * ``group_spread``: a playground formed by a group value whose farthest item lies more than
      ``spread_warning_m`` from its centre: perhaps one value for two places (``feature`` =
      its first item, ``value`` = that distance in m).
    """
    ids = pd.Series(feature_ids, copy=False).to_numpy(dtype=object)
    pts = np.asarray(xy, dtype=float)
    table = IssueTable(REPORT_COLUMNS)
    if group_key is None or not len(ids):
        return table.frame()
    field_txt = f" in field '{group_field}'" if group_field else ""
    keys = group_key_text(group_key).to_numpy(dtype=object)
    raw = as_text(pd.Series(group_key, copy=False)).to_numpy(dtype=object)
    placed = np.asarray(labels) >= 0
    named = placed & pd.notna(keys)
    free = placed & ~pd.notna(keys)
    if named.any() and free.any():
        named_idx = np.flatnonzero(named)
        dist, near = cKDTree(pts[named_idx]).query(
            pts[free], k=1, distance_upper_bound=float(max_gap_m) * (1 + 1e-12)
        )
        hit = np.isfinite(dist)
        if hit.any():
            which = np.flatnonzero(free)[hit]
            other = named_idx[near[hit]]
            table.add(
                severity=SEVERITY_WARNING,
                check="group_missing",
                feature=ids[which],
                field=group_field,
                value=raw[other],
                message=[
                    f"No value{field_txt}, but {d:.1f} m from feature {ids[o]} of playground "
                    f"'{raw[o]}' (gap {float(max_gap_m):g} m): it was made a playground of its "
                    "own; fill in the value if it belongs there."
                    for d, o in zip(dist[hit], other)
                ],
            )
    if named.any() and len(playgrounds):
        lab = np.asarray(labels)
        named_groups = np.unique(lab[named])
        radius = playgrounds["radius_m"].to_numpy(dtype=float)
        wide = named_groups[radius[named_groups] > float(spread_warning_m)]
        if len(wide):
            first_item = pd.Series(np.arange(len(lab))[named]).groupby(lab[named]).min()
            items = first_item.loc[wide].to_numpy()
            table.add(
                severity=SEVERITY_WARNING,
                check="group_spread",
                feature=ids[items],
                field=group_field,
                value=np.round(radius[wide], 1),
                message=[
                    f"Playground '{raw[i]}'{field_txt} has items up to {r:,.0f} m from its "
                    f"centre (more than {float(spread_warning_m):g} m): is the value used for "
                    "more than one place?"
                    for i, r in zip(items, radius[wide])
                ],
            )
    return table.frame()


# --------------------------------------------------------------------------------------------
# 4. Inventory report
# --------------------------------------------------------------------------------------------


@dataclass
class InventoryReport:
    """Everything to check before trusting an inventory.

    ``issues`` has :data:`REPORT_COLUMNS`: ``severity`` ('error': the feature cannot be used;
    'warning': it can, but look at it), ``check``, ``feature`` (source feature id; NULL for
    findings about a value as a whole), ``field``, ``value``, ``message`` (English sentence).
    ``summary`` counts features, errors, warnings and issues per check.
    """

    issues: pd.DataFrame
    summary: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return int(self.summary.get("errors", 0)) == 0


def _distance_outside_extent(pts: np.ndarray, extent: Sequence[float]) -> np.ndarray:
    """Distance (m) from each point to a bounding box; 0 inside it."""
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    dx = np.maximum(np.maximum(xmin - pts[:, 0], pts[:, 0] - xmax), 0.0)
    dy = np.maximum(np.maximum(ymin - pts[:, 1], pts[:, 1] - ymax), 0.0)
    return np.hypot(dx, dy)


def _row_keys(attrs: pd.DataFrame) -> np.ndarray:
    """One hash per row so rows with identical attributes (NULL = NULL) get the same key."""
    if attrs.shape[1] == 0:
        return np.zeros(len(attrs), dtype=np.uint64)
    texts = attrs.apply(lambda col: as_text(col).fillna("\x00NULL"))
    return pd.util.hash_pandas_object(texts, index=False).to_numpy()


def build_inventory_report(
    feature_ids: Sequence | np.ndarray | pd.Series,
    xy: np.ndarray | None = None,
    *,
    invalid_geometry: np.ndarray | None = None,
    empty_geometry: np.ndarray | None = None,
    unmapped: pd.DataFrame | None = None,
    unmapped_field: str | None = None,
    attrs: pd.DataFrame | None = None,
    duplicate_fields: Sequence[str] | None = None,
    duplicate_tolerance_m: float = 1.0,
    checked: np.ndarray | None = None,
    area_extent: Sequence[float] | None = None,
    outside_buffer_m: float = 1000.0,
    validation: ValidationReport | None = None,
    validation_rows: np.ndarray | None = None,
    extra_issues: pd.DataFrame | None = None,
) -> InventoryReport:
    """Collect the import checks into one table and a summary.

    * ``checked`` (boolean per feature, default all): the features the import would use;
      the geometry, duplicate and outside checks look at these only (a bicycle rack the
      value mapping skips may lack a location without stopping a playground import);
    * ``invalid_geometry`` / ``empty_geometry``: boolean arrays from the I/O layer (error);
      points whose ``xy`` is not finite count as empty geometry too;
    * ``unmapped``: the (value, count) table of :class:`ValueMappingResult` (warning, one row
      per value);
    * possible duplicates: two features within ``duplicate_tolerance_m`` of each other whose
      ``attrs[duplicate_fields]`` (default: all ``attrs`` columns) are identical, NULL equal
      to NULL; each later feature is reported once, naming the earliest feature it repeats
      and the distance (warning). Compare only the type (e.g. the coded type field), not ids:
      an item entered twice gets a new id;
    * outside the area: features farther than ``outside_buffer_m`` outside ``area_extent``
      (xmin, ymin, xmax, ymax of the municipality or study area, same CRS) (warning);
    * ``validation``: the schema issues of :func:`validate_places` for the same rows, in the
      same order, or for the rows at positions ``validation_rows`` (their severity is kept;
      check ``schema:<check>``);
    * ``extra_issues``: findings with :data:`REPORT_COLUMNS` from elsewhere (e.g.
      :func:`grouping_issues`), kept as they are.
    """
    ids = pd.Series(feature_ids, copy=False).to_numpy(dtype=object)
    n = len(ids)
    table = IssueTable(REPORT_COLUMNS)

    def flags(arr: np.ndarray | None, what: str) -> np.ndarray:
        if arr is None:
            return np.zeros(n, dtype=bool)
        a = np.asarray(arr, dtype=bool)
        if a.shape != (n,):
            raise WijkaanpakInputError(
                f"The {what} flags have {a.size} values but there are {n} features."
            )
        return a

    looked_at = flags(checked, "checked") if checked is not None else np.ones(n, dtype=bool)
    bad_geom = flags(invalid_geometry, "invalid-geometry") & looked_at
    no_geom = flags(empty_geometry, "empty-geometry") & looked_at
    pts = None
    if xy is not None:
        pts = np.asarray(xy, dtype=float)
        if pts.shape != (n, 2):
            raise WijkaanpakInputError(
                f"The coordinates have shape {pts.shape}; expected ({n}, 2), one x, y per feature."
            )
        no_geom = no_geom | (~np.isfinite(pts).all(axis=1) & looked_at)
    if bad_geom.any():
        table.add(
            severity=SEVERITY_ERROR,
            check="invalid_geometry",
            feature=ids[bad_geom],
            message="The geometry is invalid; repair it (e.g. with Fix geometries) and run again.",
        )
    only_empty = no_geom & ~bad_geom
    if only_empty.any():
        table.add(
            severity=SEVERITY_ERROR,
            check="empty_geometry",
            feature=ids[only_empty],
            message="The feature has no location (empty geometry): add it, or leave the "
            "feature out (e.g. select the others and use 'Selected features only').",
        )

    if unmapped is not None and len(unmapped):
        vals = unmapped["value"].to_numpy(dtype=object)
        counts = unmapped["count"].to_numpy()
        where = f" in field '{unmapped_field}'" if unmapped_field else ""
        msgs = [
            f"{c} feature(s) have no value{where}; they are left out."
            if pd.isna(v)
            else f"The value '{v}'{where} occurs {c} time(s) and is not in the value mapping; "
            "these features are left out. Add the value to the mapping table if it is a place."
            for v, c in zip(vals, counts)
        ]
        table.add(
            severity=SEVERITY_WARNING,
            check="unmapped_value",
            field=unmapped_field,
            value=vals,
            message=msgs,
        )

    usable = ~(bad_geom | no_geom) & looked_at
    if pts is not None and attrs is not None and n:
        if len(attrs) != n:
            raise WijkaanpakInputError(
                f"The attribute table has {len(attrs)} rows but there are {n} features."
            )
        cols = list(duplicate_fields) if duplicate_fields is not None else list(attrs.columns)
        missing = [c for c in cols if c not in attrs.columns]
        if missing:
            raise WijkaanpakInputError(
                "Duplicate check: no field {}; fields are: {}.".format(
                    ", ".join(f"'{c}'" for c in missing), ", ".join(map(str, attrs.columns))
                )
            )
        tol = float(duplicate_tolerance_m)
        if not np.isfinite(tol) or tol < 0:
            raise WijkaanpakInputError(
                f"The duplicate tolerance must be 0 m or more; got {duplicate_tolerance_m}."
            )
        use = np.flatnonzero(usable)
        if len(use) > 1:
            pairs = cKDTree(pts[use]).query_pairs(r=tol, output_type="ndarray")
            if len(pairs):
                i, j = use[pairs[:, 0]], use[pairs[:, 1]]
                keys = _row_keys(attrs.iloc[:, [attrs.columns.get_loc(c) for c in cols]])
                same = keys[i] == keys[j]
                lo, hi = np.minimum(i[same], j[same]), np.maximum(i[same], j[same])
                if len(hi):
                    # Each later feature once, naming the earliest feature it repeats.
                    dup = pd.Series(lo).groupby(hi).min()
                    later = dup.index.to_numpy()
                    first = dup.to_numpy()
                    apart = np.hypot(*(pts[later] - pts[first]).T)
                    what = ", ".join(map(str, cols)) or "attributes"
                    shown = (
                        as_text(attrs[cols[0]]).to_numpy(dtype=object)
                        if len(cols) == 1
                        else np.full(n, None, dtype=object)
                    )
                    table.add(
                        severity=SEVERITY_WARNING,
                        check="duplicate",
                        feature=ids[later],
                        field=what if cols else None,
                        value=shown[later],
                        message=[
                            f"Possibly entered twice: same {what}"
                            + (f" ('{shown[b]}')" if pd.notna(shown[b]) else "")
                            + f" as feature {ids[a]}, {d:.2f} m apart "
                            f"(tolerance {tol:g} m)."
                            for a, b, d in zip(first, later, apart)
                        ],
                    )

    if pts is not None and area_extent is not None and n:
        if len(area_extent) != 4:
            raise WijkaanpakInputError(
                "The area extent must be four numbers: xmin, ymin, xmax, ymax."
            )
        buf = float(outside_buffer_m)
        d = np.full(n, np.nan)
        d[usable] = _distance_outside_extent(pts[usable], area_extent)
        far = usable & (d > buf)
        if far.any():
            table.add(
                severity=SEVERITY_WARNING,
                check="outside_area",
                feature=ids[far],
                value=np.round(d[far], 1),
                message=[
                    f"The feature lies {dist:,.0f} m outside the area (allowed: {buf:g} m); "
                    "wrong coordinates or another municipality?"
                    for dist in d[far]
                ],
            )

    if validation is not None and len(validation.issues):
        vi = validation.issues
        if validation_rows is not None:
            rows_at = np.asarray(validation_rows, dtype=np.int64)
            if len(rows_at) != len(validation.clean) or (len(rows_at) and rows_at.max() >= n):
                raise WijkaanpakInputError(
                    f"The schema check covers {len(validation.clean)} rows; give one feature "
                    f"position (0..{n - 1}) per row."
                )
        elif len(validation.clean) != n:
            raise WijkaanpakInputError(
                f"The schema check covers {len(validation.clean)} rows but there are {n} features."
            )
        else:
            rows_at = np.arange(n)
        feature = np.full(len(vi), None, dtype=object)
        has_row = vi["row"].notna().to_numpy()
        if has_row.any():
            if not validation.clean.index.is_unique:
                raise WijkaanpakInputError(
                    "The rows of the schema check have repeated row labels; "
                    "reset the index of the table before validating."
                )
            pos = validation.clean.index.get_indexer(vi["row"][has_row])
            feature[has_row] = ids[rows_at[pos]]
        table.add(
            severity=vi["severity"].to_numpy(dtype=object),
            check=("schema:" + vi["check"].astype(str)).to_numpy(dtype=object),
            feature=feature,
            field=vi["field"].to_numpy(dtype=object),
            value=vi["value"].to_numpy(dtype=object),
            message=[
                f"{f}: {p}." for f, p in zip(vi["field"].to_numpy(), vi["problem"].to_numpy())
            ],
        )

    if extra_issues is not None and len(extra_issues):
        missing = [c for c in REPORT_COLUMNS if c not in extra_issues.columns]
        if missing:
            raise WijkaanpakInputError(
                "Extra findings need the columns {}.".format(", ".join(REPORT_COLUMNS))
            )
        table.add(**{c: extra_issues[c].to_numpy(dtype=object) for c in REPORT_COLUMNS})
    issues = table.frame()
    severity = issues["severity"].to_numpy(dtype=object)
    rank = np.where(severity == SEVERITY_ERROR, 0, np.where(severity == SEVERITY_WARNING, 1, 2))
    issues = issues.iloc[np.argsort(rank, kind="stable")].reset_index(drop=True)
    is_error = (issues["severity"] == SEVERITY_ERROR).to_numpy()
    summary = {
        "features": int(n),
        "errors": int(is_error.sum()),
        "warnings": int((issues["severity"] == SEVERITY_WARNING).sum()),
        "features_with_errors": int(issues.loc[is_error, "feature"].dropna().nunique()),
        "by_check": {str(k): int(v) for k, v in issues["check"].value_counts().items()},
    }
    return InventoryReport(issues=issues, summary=summary)
