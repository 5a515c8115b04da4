"""The Wijkaanpak place schema: speelplekken (playgrounds) and ontmoetingsplekken (meeting places).

One description of each field serves three purposes, so they cannot drift apart:

* a Processing algorithm builds its QGIS output fields from :class:`FieldSpec`
  (``dtype`` → :data:`QGIS_FIELD_TYPES`, ``alias_nl`` as field alias);
* :func:`validate_places` checks a frame against it and returns per-row issues instead of
  stopping at the first bad value, because an inventory with 2,000 rows and 30 typos should
  yield one list of 30 things to fix;
* :func:`schema_markdown` renders the tables in ``docs/schema.md``.

Bad *values* are reported and set to NULL in :attr:`ValidationReport.clean`; an *unusable frame*
(unknown kind, required column missing, no rows) raises :class:`WijkaanpakInputError` via
:func:`require_usable`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError

# --------------------------------------------------------------------------------------------
# Field and schema descriptions
# --------------------------------------------------------------------------------------------

#: Field types used by the schema and the QVariant type name a face should use for each.
#: ``bool01`` is stored as an integer 0/1 (NULL = unknown), because GeoPackage, Shapefile and
#: spreadsheets all handle integers, while booleans survive few round trips.
#: ``date`` is an ISO date ``YYYY-MM-DD``; the clean frame holds it as text.
QGIS_FIELD_TYPES = {
    "string": "String",
    "integer": "Int",
    "double": "Double",
    "bool01": "Int",
    "date": "Date",
}

#: Text accepted for a ``bool01`` field (after trimming, case-insensitive), and numbers 0 / 1.
BOOL_TRUE = ("1", "true", "ja", "j", "yes", "y", "waar")
BOOL_FALSE = ("0", "false", "nee", "n", "no", "onwaar")

SEVERITY_ERROR = "error"
SEVERITY_WARNING = "warning"

#: Columns of :attr:`ValidationReport.issues`.
ISSUE_COLUMNS = ["row", "source_id", "field", "value", "severity", "check", "problem"]


@dataclass(frozen=True)
class FieldSpec:
    """One attribute of a place: name, type, domain and descriptions (English and Dutch).

    ``required`` means the column must exist and every row must have a value; all other
    fields may be absent or NULL (NULL = unknown). ``allowed`` values are compared after
    normalising text (trimmed, lower case, spaces and hyphens → ``_``). ``minimum`` and
    ``maximum`` are inclusive.
    """

    name: str
    dtype: str
    required: bool
    alias_nl: str
    description_en: str
    description_nl: str
    allowed: Tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    length: int | None = None

    @property
    def qgis_type(self) -> str:
        """QVariant type name for this field (``String``, ``Int``, ``Double``, ``Date``)."""
        return QGIS_FIELD_TYPES[self.dtype]


@dataclass(frozen=True)
class PlaceSchema:
    """All fields of one kind of place, in the order outputs should show them."""

    kind: str
    title_en: str
    title_nl: str
    description_en: str
    fields: Tuple[FieldSpec, ...]

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def required_names(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    def field(self, name: str) -> FieldSpec:
        """The spec of field ``name``; an error lists the fields that do exist."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise WijkaanpakInputError(
            f"'{name}' is not a field of {self.kind}; fields are: {', '.join(self.names)}."
        )


_NAME = FieldSpec(
    "name",
    "string",
    False,
    "Naam",
    "Name of the place as residents know it.",
    "Naam van de plek zoals bewoners die kennen.",
    length=254,
)
_SOURCE_ID = FieldSpec(
    "source_id",
    "string",
    True,
    "Bron-id",
    "Identifier of the feature(s) in the source inventory (e.g. BGT identificatie, BOR "
    "object number); several ids are joined with ';'. Lets every finding be traced back.",
    "Kenmerk van het object (of de objecten, gescheiden door ';') in de bronregistratie, "
    "bijvoorbeeld BGT-identificatie of BOR-objectnummer.",
    # No length limit: a playground grouped from 20 BGT items carries 20 ids of 47 characters.
)

PLAYGROUND_TYPES = (
    "speeltuin",
    "speelplek",
    "natuurspeelplek",
    "trapveld",
    "skatebaan",
    "pumptrack",
    "cruyff_court",
    "schoolplein",
    "other",
)
MEETING_PLACE_TYPES = (
    "buurthuis",
    "wijkcentrum",
    "bankje",
    "picknicktafel",
    "park",
    "pleintje",
    "bibliotheek",
    "sportveld",
    "moestuin",
    "speeltuin",
    "other",
)
CONDITIONS = ("goed", "redelijk", "matig", "slecht")

PLAYGROUNDS = PlaceSchema(
    kind="speelplekken",
    title_en="Playgrounds",
    title_nl="Speelplekken",
    description_en="Formal play spaces, one feature per playground (not per piece of "
    "equipment; see group_equipment for turning equipment items into playgrounds).",
    fields=(
        _NAME,
        FieldSpec(
            "place_type",
            "string",
            True,
            "Soort speelplek",
            "Kind of play space.",
            "Soort speelplek: speeltuin, speelplek, natuurspeelplek, trapveld, skatebaan, "
            "pumptrack, cruyff_court, schoolplein of other (overig).",
            allowed=PLAYGROUND_TYPES,
            length=32,
        ),
        FieldSpec(
            "age_0_5",
            "bool01",
            False,
            "0-5 jaar",
            "Serves children aged 0-5 (1 = yes, 0 = no, NULL = unknown).",
            "Geschikt voor peuters en kleuters, 0-5 jaar (1 = ja, 0 = nee, leeg = onbekend).",
        ),
        FieldSpec(
            "age_6_11",
            "bool01",
            False,
            "6-11 jaar",
            "Serves children aged 6-11 (1 = yes, 0 = no, NULL = unknown).",
            "Geschikt voor kinderen van 6-11 jaar (1 = ja, 0 = nee, leeg = onbekend).",
        ),
        FieldSpec(
            "age_12_17",
            "bool01",
            False,
            "12-17 jaar",
            "Serves young people aged 12-17 (1 = yes, 0 = no, NULL = unknown).",
            "Geschikt voor jongeren van 12-17 jaar (1 = ja, 0 = nee, leeg = onbekend).",
        ),
        FieldSpec(
            "equipment_count",
            "integer",
            False,
            "Aantal toestellen",
            "Number of pieces of play equipment.",
            "Aantal speeltoestellen.",
            minimum=0,
        ),
        FieldSpec(
            "surface_m2",
            "double",
            False,
            "Oppervlakte (m²)",
            "Area of the play space in square metres; NULL where unknown.",
            "Oppervlakte van de speelplek in m²; leeg als onbekend.",
            minimum=0,
        ),
        FieldSpec(
            "condition",
            "string",
            False,
            "Staat",
            "Maintenance condition from the latest inspection.",
            "Onderhoudsstaat volgens de laatste inspectie: goed, redelijk, matig of slecht.",
            allowed=CONDITIONS,
            length=16,
        ),
        FieldSpec(
            "rating",
            "double",
            False,
            "Rapportcijfer",
            "Residents' rating on the Dutch 1-10 scale; NULL where not surveyed.",
            "Rapportcijfer van bewoners (1-10); leeg als niet gevraagd.",
            minimum=1,
            maximum=10,
        ),
        FieldSpec(
            "accessible",
            "bool01",
            False,
            "Toegankelijk",
            "Inclusive / accessible play (e.g. wheelchair-accessible); 1, 0 or NULL.",
            "Inclusief of toegankelijk spelen (bijvoorbeeld rolstoeltoegankelijk); 1, 0 of leeg.",
        ),
        FieldSpec(
            "last_inspection",
            "date",
            False,
            "Laatste inspectie",
            "Date of the latest safety inspection (ISO YYYY-MM-DD).",
            "Datum van de laatste veiligheidsinspectie (JJJJ-MM-DD).",
        ),
        _SOURCE_ID,
    ),
)

#: Fields of a playground assessment (the playground assessment dock) that an imported
#: inventory does not carry; the dock adds them to a layer only when the planner agrees.
#: An assessment also writes the schema fields ``age_0_5``, ``age_6_11``, ``age_12_17``,
#: ``condition``, ``rating`` and ``last_inspection``, and one field per item of the
#: inclusiveness checklist (``incl_<item>``, see :mod:`.assessment`).
PLAYGROUND_ASSESSMENT_FIELDS = (
    FieldSpec(
        "condition_score",
        "integer",
        False,
        "Staat (1-5)",
        "Condition from the latest assessment: 1 very poor, 2 poor, 3 moderate, 4 fair, "
        "5 good. The assessment also sets condition (1-2 slecht, 3 matig, 4 redelijk, 5 goed).",
        "Staat volgens de laatste beoordeling: 1 zeer slecht, 2 slecht, 3 matig, 4 redelijk, "
        "5 goed. De beoordeling zet ook condition (1-2 slecht, 3 matig, 4 redelijk, 5 goed).",
        minimum=1,
        maximum=5,
    ),
    FieldSpec(
        "assessor",
        "string",
        False,
        "Beoordelaar",
        "Who made the latest assessment (name or team).",
        "Wie de laatste beoordeling deed (naam of team).",
        length=254,
    ),
    FieldSpec(
        "assessed_on",
        "date",
        False,
        "Beoordeeld op",
        "Date the latest assessment was recorded (set by the assessment dock).",
        "Datum waarop de laatste beoordeling is vastgelegd (gezet door het beoordelingspaneel).",
    ),
    FieldSpec(
        "notes",
        "string",
        False,
        "Opmerkingen",
        "Notes of the assessor (free text).",
        "Opmerkingen van de beoordelaar (vrije tekst).",
    ),
)

MEETING_PLACES = PlaceSchema(
    kind="ontmoetingsplekken",
    title_en="Meeting places",
    title_nl="Ontmoetingsplekken",
    description_en="Places where residents meet: indoor (buurthuis, bibliotheek) and outdoor "
    "(bankje, park, pleintje).",
    fields=(
        _NAME,
        FieldSpec(
            "place_type",
            "string",
            True,
            "Soort ontmoetingsplek",
            "Kind of meeting place.",
            "Soort ontmoetingsplek: buurthuis, wijkcentrum, bankje, picknicktafel, park, "
            "pleintje, bibliotheek, sportveld, moestuin, speeltuin of other (overig).",
            allowed=MEETING_PLACE_TYPES,
            length=32,
        ),
        FieldSpec(
            "capacity",
            "integer",
            False,
            "Capaciteit",
            "Number of people the place holds; NULL where unknown or not meaningful.",
            "Aantal personen dat er terecht kan; leeg als onbekend.",
            minimum=0,
        ),
        FieldSpec(
            "opening",
            "string",
            False,
            "Openingstijden",
            "Opening hours as free text, e.g. 'ma-vr 9-17' or 'altijd' (always open).",
            "Openingstijden als vrije tekst, bijvoorbeeld 'ma-vr 9-17' of 'altijd'.",
            length=254,
        ),
        FieldSpec(
            "indoor",
            "bool01",
            False,
            "Binnen",
            "1 = indoor (building), 0 = outdoor; NULL where unknown.",
            "1 = binnen (gebouw), 0 = buiten; leeg als onbekend.",
        ),
        _SOURCE_ID,
    ),
)

SCHEMAS = {PLAYGROUNDS.kind: PLAYGROUNDS, MEETING_PLACES.kind: MEETING_PLACES}
KINDS = tuple(SCHEMAS)
_KIND_ALIASES = {
    "speelplekken": "speelplekken",
    "speelplek": "speelplekken",
    "playgrounds": "speelplekken",
    "playground": "speelplekken",
    "ontmoetingsplekken": "ontmoetingsplekken",
    "ontmoetingsplek": "ontmoetingsplekken",
    "meeting_places": "ontmoetingsplekken",
    "meeting_place": "ontmoetingsplekken",
}


def get_schema(kind: str) -> PlaceSchema:
    """The schema for ``kind`` (Dutch or English name, singular or plural)."""
    key = _KIND_ALIASES.get(str(kind).strip().lower().replace(" ", "_"))
    if key is None:
        raise WijkaanpakInputError(
            f"Unknown kind of place '{kind}'; use one of: {', '.join(KINDS)}."
        )
    return SCHEMAS[key]


# --------------------------------------------------------------------------------------------
# Value coercion (shared with inventory.py)
# --------------------------------------------------------------------------------------------


def per_unique(values: pd.Series, func) -> pd.Series:
    """Apply a text function once per distinct value and spread the result over the rows.

    pandas string methods on object columns run in Python per row; a column such as
    ``place_type`` or ``bgtplustype`` has a handful of distinct values in a million rows, so
    working on the distinct values is what makes the text checks fast.
    """
    s = pd.Series(values, copy=False)
    if s.dtype != object or len(s) < 1000:
        return func(s)
    codes, uniques = pd.factorize(s)
    if len(uniques) > len(s) // 2:
        return func(s)
    done = func(pd.Series(np.asarray(uniques, dtype=object), dtype=object))
    table = np.append(done.to_numpy(dtype=object), np.nan)  # code -1 (NULL) → last entry
    out = pd.Series(table[codes], index=s.index, dtype=object)
    return out if done.dtype == object else out.astype(done.dtype)


def normalise_token(values: pd.Series) -> pd.Series:
    """Trim, lower-case and turn spaces/hyphens into '_' so 'Cruyff Court' == 'cruyff_court'."""

    def token(v: pd.Series) -> pd.Series:
        return as_text(v).str.lower().str.replace(r"[\s\-]+", "_", regex=True)

    return per_unique(values, token)


def as_text(values: pd.Series) -> pd.Series:
    """Values as trimmed text; NULL and '' become NaN; 123.0 becomes '123' (ids read as floats)."""
    return per_unique(values, _as_text)


def _as_text(values: pd.Series) -> pd.Series:
    s = pd.Series(values, copy=False)
    missing = s.isna().to_numpy()
    if pd.api.types.is_float_dtype(s.dtype):
        arr = s.to_numpy(dtype=float)
        integral = ~missing & np.isfinite(arr) & (arr == np.round(arr))
        text = s.astype(str)
        if integral.any():
            text[integral] = arr[integral].astype(np.int64).astype(str)
    elif pd.api.types.is_bool_dtype(s.dtype):
        text = s.astype(int).astype(str)
    else:
        text = s.astype(str)
        kind = pd.api.types.infer_dtype(s, skipna=True) if s.dtype == object else ""
        if kind not in ("", "string", "empty", "integer", "boolean", "date", "datetime"):
            # Floats hidden in an object column (attribute tables mix types): 12.0 -> '12'.
            is_float = s.map(lambda v: isinstance(v, float)).to_numpy(dtype=bool)
            if is_float.any():
                fixed = text[is_float].str.replace(r"\.0$", "", regex=True)
                text[is_float] = fixed.to_numpy(dtype=object)
    text = text.str.strip().astype(object)
    text[missing | (text == "").to_numpy()] = np.nan
    return text


def text_nulls_as_none(values: pd.Series) -> pd.Series:
    """A text column with None for every missing value (NaN, NA, None).

    A float NaN in a text column is written by pandas and by QGIS as the text 'nan'; None is
    written as NULL. Every text or date column leaving the core goes through here.
    """
    s = pd.Series(values, copy=False).astype(object)
    return s.where(s.notna(), None)


def parse_number(values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Numbers from mixed input; '12,5' (Dutch decimal comma) → 12.5.

    Returns the float series (NaN where empty or not a number) and a boolean array marking
    values that were present but are not numbers, so callers can report them.
    """
    s = pd.Series(values, copy=False)
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.astype(float), np.zeros(len(s), dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype):
        num = s.astype(float)
        return num, np.zeros(len(s), dtype=bool)
    text = as_text(s)
    present = text.notna().to_numpy()
    num = per_unique(text, _text_to_number).astype(float)
    bad = present & num.isna().to_numpy()
    return num, bad


def _text_to_number(text: pd.Series) -> pd.Series:
    one_comma = text.str.count(",").fillna(0).to_numpy() == 1
    no_dot = ~text.str.contains(".", regex=False, na=False).to_numpy(dtype=bool)
    fixed = text.where(~(one_comma & no_dot), text.str.replace(",", ".", regex=False))
    return pd.to_numeric(fixed, errors="coerce").astype(float)


def parse_bool01(values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """0/1 from 0/1, true/false, ja/nee, j/n, yes/no, y/n, waar/onwaar (any case).

    Returns a nullable ``Int64`` series and a mask of present values that are none of these.
    """
    s = pd.Series(values, copy=False)
    text = as_text(s).str.lower()
    # 1.0 / 0.0 from numeric columns arrive here as '1' / '0' (see as_text).
    out = pd.Series(np.nan, index=s.index, dtype=float)
    out[text.isin(BOOL_TRUE).to_numpy()] = 1.0
    out[text.isin(BOOL_FALSE).to_numpy()] = 0.0
    bad = text.notna().to_numpy() & out.isna().to_numpy()
    return out.astype("Int64"), bad


def parse_iso_date(values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """ISO dates 'YYYY-MM-DD' (a time part after 'T' or ' ' is dropped); date objects too."""
    s = pd.Series(values, copy=False)
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        out = s.dt.strftime("%Y-%m-%d").astype(object)
        out[s.isna().to_numpy()] = np.nan
        return out, np.zeros(len(s), dtype=bool)
    text = as_text(s)
    shape_ok = text.str.match(r"^\d{4}-\d{2}-\d{2}(?:[T ].*)?$", na=False).to_numpy(dtype=bool)
    day = text.str.slice(0, 10)
    parsed = pd.to_datetime(day.where(shape_ok), format="%Y-%m-%d", errors="coerce")
    ok = shape_ok & parsed.notna().to_numpy()
    out = day.where(ok).astype(object)
    out[~ok] = np.nan
    bad = text.notna().to_numpy() & ~ok
    return out, bad


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


@dataclass
class ValidationReport:
    """Outcome of :func:`validate_places`.

    ``clean`` has exactly the schema columns (schema order, input index): typed values, bad
    values set to NULL. ``issues`` has one row per problem with :data:`ISSUE_COLUMNS`:
    ``row`` (index label of the input row; NaN for whole-column problems), ``source_id``,
    ``field``, ``value`` (as given), ``severity`` ('error': the row cannot be used as is;
    'warning': the value was set to NULL), ``check`` and ``problem`` (English sentence).
    """

    kind: str
    clean: pd.DataFrame
    issues: pd.DataFrame

    @property
    def n_errors(self) -> int:
        return int((self.issues["severity"] == SEVERITY_ERROR).sum())

    @property
    def n_warnings(self) -> int:
        return int((self.issues["severity"] == SEVERITY_WARNING).sum())

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return self.n_errors == 0

    def rows_with_errors(self) -> np.ndarray:
        """Boolean array over the input rows: True where the row has at least one error."""
        rows = self.issues.loc[self.issues["severity"] == SEVERITY_ERROR, "row"].dropna()
        return self.clean.index.isin(rows.unique())

    def summary(self) -> dict:
        """Counts for a log line or a dock: rows, errors, warnings, issues per check."""
        return {
            "kind": self.kind,
            "rows": int(len(self.clean)),
            "errors": self.n_errors,
            "warnings": self.n_warnings,
            "rows_with_errors": int(self.rows_with_errors().sum()),
            "by_check": {str(k): int(v) for k, v in self.issues["check"].value_counts().items()},
        }


class IssueTable:
    """Collects issues column by column and builds one frame at the end.

    Building one frame (instead of concatenating many small ones) keeps dtypes stable and
    avoids pandas' warnings about concatenating all-NA frames.
    """

    def __init__(self, columns: list[str]):
        self.columns = list(columns)
        self._parts: dict[str, list[np.ndarray]] = {c: [] for c in self.columns}
        self._n = 0

    def add(self, **values) -> None:
        """Add rows: array-like values give one row each; scalars are repeated."""
        lengths = {len(v) for v in values.values() if isinstance(v, (np.ndarray, list, pd.Series))}
        if len(lengths) > 1:
            raise AssertionError(f"issue columns of unequal length: {lengths}")
        n = lengths.pop() if lengths else 1
        if n == 0:
            return
        for col in self.columns:
            v = values.get(col, None)
            if isinstance(v, pd.Series):
                v = v.to_numpy()
            if isinstance(v, (np.ndarray, list)):
                arr = np.empty(n, dtype=object)
                arr[:] = list(v) if isinstance(v, list) else v
            else:
                arr = np.empty(n, dtype=object)
                arr[:] = [v] * n
            self._parts[col].append(arr)
        self._n += n

    def __len__(self) -> int:
        return self._n

    def frame(self) -> pd.DataFrame:
        data = {
            c: (np.concatenate(p) if p else np.empty(0, dtype=object))
            for c, p in self._parts.items()
        }
        return pd.DataFrame(data, columns=self.columns)


def coerce_field(
    spec: FieldSpec, raw: pd.Series
) -> tuple[pd.Series, list[tuple[np.ndarray, str, str]]]:
    """Typed column and a list of (bad-row mask, check, problem) for one field."""
    problems: list[tuple[np.ndarray, str, str]] = []
    if spec.dtype == "string":
        text = as_text(raw)
        if spec.allowed is not None:
            token = normalise_token(raw)
            bad = token.notna().to_numpy() & ~token.isin(spec.allowed).to_numpy()
            problems.append(
                (
                    bad,
                    "domain",
                    f"not an allowed {spec.name} (allowed: {', '.join(spec.allowed)})",
                )
            )
            values = token.where(~bad)
        else:
            values = text
            if spec.length is not None:
                long = text.str.len().fillna(0).to_numpy() > spec.length
                problems.append((long, "length", f"longer than {spec.length} characters"))
                values = text.where(~long)
        return values.astype(object), problems
    if spec.dtype in ("integer", "double"):
        num, bad = parse_number(raw)
        problems.append((bad, "type", "not a number"))
        arr = num.to_numpy(dtype=float)
        if spec.dtype == "integer":
            frac = np.isfinite(arr) & (arr != np.round(arr))
            problems.append((frac, "type", "not a whole number"))
            arr = np.where(frac, np.nan, arr)
        inf = np.isinf(arr)
        problems.append((inf, "type", "not a finite number"))
        arr = np.where(inf, np.nan, arr)
        out_of_range = np.zeros(len(arr), dtype=bool)
        with np.errstate(invalid="ignore"):
            if spec.minimum is not None:
                out_of_range |= arr < spec.minimum
            if spec.maximum is not None:
                out_of_range |= arr > spec.maximum
        lo = "-inf" if spec.minimum is None else f"{spec.minimum:g}"
        hi = "inf" if spec.maximum is None else f"{spec.maximum:g}"
        problems.append((out_of_range, "range", f"outside the allowed range {lo} to {hi}"))
        arr = np.where(out_of_range, np.nan, arr)
        values = pd.Series(arr, index=raw.index)
        if spec.dtype == "integer":
            values = values.astype("Int64")
        return values, problems
    if spec.dtype == "bool01":
        values, bad = parse_bool01(raw)
        problems.append((bad, "type", "not 0/1 (or ja/nee, true/false)"))
        return values, problems
    if spec.dtype == "date":
        values, bad = parse_iso_date(raw)
        problems.append((bad, "type", "not an ISO date YYYY-MM-DD"))
        return values, problems
    raise AssertionError(f"unknown dtype {spec.dtype}")  # pragma: no cover - schema bug


def validate_places(frame: pd.DataFrame, kind: str) -> ValidationReport:
    """Check every value of a place frame against the schema; never stops at the first problem.

    Checks: required column present; required value not empty; type (number, whole number,
    0/1, ISO date); value domain (``place_type``, ``condition``); range (``rating`` 1-10,
    counts and areas >= 0); text length; ``source_id`` unique. A bad value in a required field
    is an 'error', in an optional field a 'warning' (the value becomes NULL). Raises only when
    ``kind`` is unknown or ``frame`` is not a table. Issues name rows by index label, so give
    the frame a unique index (e.g. the feature ids or ``reset_index``).
    """
    schema = get_schema(kind)
    if not isinstance(frame, pd.DataFrame):
        raise WijkaanpakInputError("The places must be given as a table (pandas DataFrame).")
    index = frame.index
    n = len(frame)
    if "source_id" in frame.columns:
        source_ids = as_text(frame["source_id"]).to_numpy()
    else:
        source_ids = np.full(n, np.nan, dtype=object)
    clean = pd.DataFrame(index=index)
    issues = IssueTable(ISSUE_COLUMNS)
    rows = index.to_numpy()

    def report(
        mask: np.ndarray, raw: pd.Series, name: str, severity: str, check: str, problem: str
    ):
        if mask.any():
            issues.add(
                row=rows[mask],
                source_id=source_ids[mask],
                field=name,
                value=raw.to_numpy()[mask],
                severity=severity,
                check=check,
                problem=problem,
            )

    for spec in schema.fields:
        if spec.name not in frame.columns:
            if spec.required:
                issues.add(
                    field=spec.name,
                    severity=SEVERITY_ERROR,
                    check="missing_column",
                    problem=f"required column '{spec.name}' is missing",
                )
            dtype = {"integer": "Int64", "bool01": "Int64", "double": float}.get(spec.dtype, object)
            if dtype is object:  # text and dates: None, never NaN (written as the text 'nan')
                clean[spec.name] = np.full(n, None, dtype=object)
            else:
                clean[spec.name] = pd.Series(np.full(n, np.nan)).astype(dtype).array
            continue
        raw = frame[spec.name]
        values, problems = coerce_field(spec, raw)
        severity = SEVERITY_ERROR if spec.required else SEVERITY_WARNING
        bad_any = np.zeros(n, dtype=bool)
        for mask, check, problem in problems:
            report(mask, raw, spec.name, severity, check, problem)
            bad_any |= mask
        if spec.required:
            empty = values.isna().to_numpy() & ~bad_any
            report(empty, raw, spec.name, SEVERITY_ERROR, "required", "required value is empty")
        if spec.dtype in ("string", "date"):
            values = text_nulls_as_none(values)
        clean[spec.name] = values.array
    if "source_id" in frame.columns:
        ids = pd.Series(source_ids)
        dup = ids.notna().to_numpy() & ids.duplicated(keep=False).to_numpy()
        report(
            dup,
            frame["source_id"],
            "source_id",
            SEVERITY_WARNING,
            "duplicate_id",
            "source_id occurs more than once",
        )
    return ValidationReport(kind=schema.kind, clean=clean[schema.names], issues=issues.frame())


def require_usable(frame: pd.DataFrame, kind: str, allow_empty: bool = False) -> None:
    """Raise :class:`WijkaanpakInputError` when the frame cannot be used at all.

    Unusable means: not a table, unknown kind, a required column missing (the message names
    it and lists the columns that are there), or no rows (unless ``allow_empty``).
    """
    schema = get_schema(kind)
    if not isinstance(frame, pd.DataFrame):
        raise WijkaanpakInputError("The places must be given as a table (pandas DataFrame).")
    missing = [name for name in schema.required_names if name not in frame.columns]
    if missing:
        raise WijkaanpakInputError(
            "The {} layer has no field {}; map a source field to it. Fields present: {}.".format(
                schema.kind,
                ", ".join(f"'{m}'" for m in missing),
                ", ".join(map(str, frame.columns)) or "(none)",
            )
        )
    if not allow_empty and len(frame) == 0:
        raise WijkaanpakInputError(f"The {schema.kind} layer has no features.")


# --------------------------------------------------------------------------------------------
# Documentation
# --------------------------------------------------------------------------------------------


def _domain_text(spec: FieldSpec) -> str:
    if spec.allowed is not None:
        return ", ".join(f"`{v}`" for v in spec.allowed)
    if spec.dtype == "bool01":
        return "0, 1"
    if spec.minimum is not None and spec.maximum is not None:
        return f"{spec.minimum:g} – {spec.maximum:g}"
    if spec.minimum is not None:
        return f"≥ {spec.minimum:g}"
    if spec.maximum is not None:
        return f"≤ {spec.maximum:g}"
    if spec.dtype == "date":
        return "YYYY-MM-DD"
    return ""


def schema_markdown(kind: str) -> str:
    """A Markdown table of the schema for ``docs/schema.md`` (English, with Dutch text)."""
    schema = get_schema(kind)
    lines = [
        f"### {schema.title_en} ({schema.title_nl}, `{schema.kind}`)",
        "",
        schema.description_en,
        "",
        "| field | type | required | allowed values | description | omschrijving (NL) |",
        "|---|---|---|---|---|---|",
    ]
    for spec in schema.fields:
        lines.append(
            "| `{}` | {} | {} | {} | {} | {} |".format(
                spec.name,
                spec.dtype,
                "yes" if spec.required else "no",
                _domain_text(spec),
                spec.description_en,
                spec.description_nl,
            )
        )
    return "\n".join(lines) + "\n"
