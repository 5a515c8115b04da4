"""Playground assessment: the record a planner makes on site, its checks, and what it touches.

Plain Python (no Qt, no QGIS): the playground assessment dock collects form values, and this
module turns them into a checked :class:`PlaygroundAssessment`, the attribute values to write
(:meth:`PlaygroundAssessment.attributes`), the list of playgrounds to show
(:func:`playground_filter`), and a playground's catchment per age group
(:func:`playground_catchments`; the children it serves come from the reach core,
:func:`.reach_analysis.analyse_reach`, as the reach algorithm computes them).

What an assessment holds
------------------------
* ``condition_score`` 1-5 (1 very poor, 2 poor, 3 moderate, 4 fair, 5 good). The schema's
  four-class ``condition`` is set with it (1-2 ``slecht``, 3 ``matig``, 4 ``redelijk``,
  5 ``goed``), so everything that reads ``condition`` agrees with the latest assessment.
* the age groups it serves (``age_0_5`` … ``age_12_17``: yes, no or unknown);
* the inclusiveness checklist (:class:`InclusivenessChecklist`, read from
  ``resources/config/inclusiveness_checklist.json``): per item ``ja``, ``deels`` or ``nee``
  (yes, partly, no) or empty (not assessed), in the field ``incl_<item>``;
* residents' rating (``rating``, 1-10, a decimal comma is fine), notes, the date of the
  latest safety inspection (``last_inspection``), the assessor (required) and the date the
  assessment was recorded (``assessed_on``, set when it is written).

Checks (:func:`parse_assessment`) return every problem at once, each with a code the dock
translates and an English sentence: a condition outside 1-5, a rating that is not a number
or outside 1-10, an inspection date that is not a date, lies in the future or before 1950,
a checklist answer other than yes/partly/no, no assessor.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .norms import NormProfile
from .reach import catchment_polygons
from .schema import (
    PLAYGROUND_ASSESSMENT_FIELDS,
    PLAYGROUNDS,
    FieldSpec,
    as_text,
    parse_bool01,
    parse_iso_date,
    parse_number,
)

#: The checklist shipped with the plugin.
CHECKLIST_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "config" / "inclusiveness_checklist.json"
)

ANSWER_YES = "ja"
ANSWER_PARTLY = "deels"
ANSWER_NO = "nee"
#: Stored answers of a checklist item (Dutch, like the other coded values of the schema).
ANSWERS = (ANSWER_YES, ANSWER_PARTLY, ANSWER_NO)
#: Other spellings read from a layer (English, or a planner's own typing).
_ANSWER_SYNONYMS = {
    "ja": ANSWER_YES,
    "j": ANSWER_YES,
    "yes": ANSWER_YES,
    "y": ANSWER_YES,
    "1": ANSWER_YES,
    "deels": ANSWER_PARTLY,
    "gedeeltelijk": ANSWER_PARTLY,
    "partly": ANSWER_PARTLY,
    "partially": ANSWER_PARTLY,
    "nee": ANSWER_NO,
    "n": ANSWER_NO,
    "no": ANSWER_NO,
    "0": ANSWER_NO,
}
CHECKLIST_FIELD_PREFIX = "incl_"

CONDITION_SCORES = (1, 2, 3, 4, 5)
#: English and Dutch words of each condition score.
CONDITION_LABELS = {
    1: ("very poor", "zeer slecht"),
    2: ("poor", "slecht"),
    3: ("moderate", "matig"),
    4: ("fair", "redelijk"),
    5: ("good", "goed"),
}
#: The schema's four-class ``condition`` that goes with a score.
CONDITION_FOR_SCORE = {1: "slecht", 2: "slecht", 3: "matig", 4: "redelijk", 5: "goed"}
#: Condition bands of the playground list filter.
CONDITION_BANDS = ("poor", "moderate", "good")
_BAND_OF_SCORE = {1: "poor", 2: "poor", 3: "moderate", 4: "good", 5: "good"}
_BAND_OF_CONDITION = {"slecht": "poor", "matig": "moderate", "redelijk": "good", "goed": "good"}

#: Schema fields with the age groups a playground serves.
AGE_FIELDS = {"0-5": "age_0_5", "6-11": "age_6_11", "12-17": "age_12_17"}

#: EN 1176-7 asks for a main inspection of play equipment at least every 12 months.
DEFAULT_INSPECTION_INTERVAL_MONTHS = 12
#: An inspection date before this is taken as a typing error.
EARLIEST_INSPECTION = datetime.date(1950, 1, 1)

_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


# --------------------------------------------------------------------------------------------
# The inclusiveness checklist
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    """One yes/partly/no question; its answer lives in the layer field :attr:`field`."""

    key: str
    question_en: str
    question_nl: str

    @property
    def field(self) -> str:
        return CHECKLIST_FIELD_PREFIX + self.key

    def question(self, language: str = "en") -> str:
        return self.question_nl if language == "nl" else self.question_en


@dataclass(frozen=True)
class ChecklistSection:
    """A group of items under one question ("Can I get there?")."""

    key: str
    title_en: str
    title_nl: str
    items: Tuple[ChecklistItem, ...]

    def title(self, language: str = "en") -> str:
        return self.title_nl if language == "nl" else self.title_en


@dataclass(frozen=True)
class InclusivenessChecklist:
    """The checklist: sections of items, and where the items come from."""

    sections: Tuple[ChecklistSection, ...]
    source_en: str = ""
    source_nl: str = ""

    @property
    def items(self) -> Tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def fields(self) -> List[str]:
        return [item.field for item in self.items]

    def source(self, language: str = "en") -> str:
        return self.source_nl if language == "nl" else self.source_en

    def field_specs(self) -> Tuple[FieldSpec, ...]:
        """One text field per item, allowed values ``ja``, ``deels``, ``nee``."""
        return tuple(
            FieldSpec(
                item.field,
                "string",
                False,
                item.question_nl,
                "Inclusiveness checklist, '{}': {} (ja = yes, deels = partly, nee = no; "
                "empty = not assessed).".format(section.title_en, item.question_en),
                "Checklist inclusief spelen, '{}': {} (ja, deels of nee; leeg = niet "
                "beoordeeld).".format(section.title_nl, item.question_nl),
                allowed=ANSWERS,
                length=8,
            )
            for section in self.sections
            for item in section.items
        )


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise WijkaanpakInputError(f"Inclusiveness checklist: {where} has no text '{key}'.")
    return value.strip()


def checklist_from_dict(data: Mapping[str, Any]) -> InclusivenessChecklist:
    """Read a checklist in the layout of ``inclusiveness_checklist.json``; errors name the
    section or item at fault."""
    if not isinstance(data, Mapping) or not isinstance(data.get("sections"), list):
        raise WijkaanpakInputError("Inclusiveness checklist: no list 'sections'.")
    reserved = set(PLAYGROUNDS.names) | {f.name for f in PLAYGROUND_ASSESSMENT_FIELDS}
    sections: List[ChecklistSection] = []
    seen_items: Dict[str, str] = {}
    seen_sections: set = set()
    for number, raw in enumerate(data["sections"], start=1):
        where = f"section {number}"
        if not isinstance(raw, Mapping):
            raise WijkaanpakInputError(f"Inclusiveness checklist: {where} is not an object.")
        key = _text(raw, "key", where)
        where = f"section '{key}'"
        if key in seen_sections:
            raise WijkaanpakInputError(f"Inclusiveness checklist: {where} occurs twice.")
        seen_sections.add(key)
        raw_items = raw.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise WijkaanpakInputError(f"Inclusiveness checklist: {where} has no items.")
        items: List[ChecklistItem] = []
        for i, raw_item in enumerate(raw_items, start=1):
            item_where = f"item {i} of {where}"
            if not isinstance(raw_item, Mapping):
                raise WijkaanpakInputError(
                    f"Inclusiveness checklist: {item_where} is not an object."
                )
            item_key = _text(raw_item, "key", item_where)
            item = ChecklistItem(
                key=item_key,
                question_en=_text(raw_item, "question_en", f"item '{item_key}'"),
                question_nl=_text(raw_item, "question_nl", f"item '{item_key}'"),
            )
            if not _FIELD_NAME.match(item_key) or len(item.field) > 63:
                raise WijkaanpakInputError(
                    f"Inclusiveness checklist: item key '{item_key}' must be lower-case letters, "
                    "digits and '_', start with a letter and give a field name of at most 63 "
                    "characters."
                )
            if item_key in seen_items:
                raise WijkaanpakInputError(
                    f"Inclusiveness checklist: item key '{item_key}' occurs in both "
                    f"'{seen_items[item_key]}' and '{key}'."
                )
            if item.field in reserved:
                raise WijkaanpakInputError(
                    f"Inclusiveness checklist: item '{item_key}' would use the field "
                    f"'{item.field}', which the place schema already uses."
                )
            seen_items[item_key] = key
            items.append(item)
        sections.append(
            ChecklistSection(
                key=key,
                title_en=_text(raw, "title_en", where),
                title_nl=_text(raw, "title_nl", where),
                items=tuple(items),
            )
        )
    if not sections:
        raise WijkaanpakInputError("Inclusiveness checklist: it has no sections.")
    return InclusivenessChecklist(
        sections=tuple(sections),
        source_en=str(data.get("source_en") or ""),
        source_nl=str(data.get("source_nl") or ""),
    )


def load_checklist(path: Union[str, Path, None] = None) -> InclusivenessChecklist:
    """The checklist from ``path`` (default: the one shipped with the plugin)."""
    file = Path(path) if path is not None else CHECKLIST_PATH
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WijkaanpakInputError(f"Inclusiveness checklist not found: {file}") from exc
    except json.JSONDecodeError as exc:
        raise WijkaanpakInputError(
            f"Inclusiveness checklist {file} is not valid JSON: {exc}"
        ) from exc
    return checklist_from_dict(data)


# --------------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------------


def assessment_field_specs(checklist: InclusivenessChecklist) -> Tuple[FieldSpec, ...]:
    """Every field an assessment writes, in the order to add them to a layer: the schema's
    age groups, condition, rating and last inspection, then the assessment fields, then one
    per checklist item."""
    shared = tuple(
        PLAYGROUNDS.field(name)
        for name in ("age_0_5", "age_6_11", "age_12_17", "condition", "rating", "last_inspection")
    )
    return shared + PLAYGROUND_ASSESSMENT_FIELDS + checklist.field_specs()


def missing_fields(existing: Iterable[str], checklist: InclusivenessChecklist) -> List[FieldSpec]:
    """The assessment fields a layer lacks (names compared without regard to case, as
    GeoPackage and Shapefile do)."""
    have = {str(name).lower() for name in existing}
    return [spec for spec in assessment_field_specs(checklist) if spec.name.lower() not in have]


# --------------------------------------------------------------------------------------------
# The assessment record and its checks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentProblem:
    """One thing wrong with a form value: ``field``, a ``code`` (for a translated message),
    the ``value`` as given and an English ``message``."""

    field: str
    code: str
    value: Any
    message: str


@dataclass
class PlaygroundAssessment:
    """A checked assessment. ``ages``: per age group True/False/None (unknown);
    ``answers``: per checklist field ``ja``/``deels``/``nee`` or None."""

    condition_score: Optional[int]
    ages: Dict[str, Optional[bool]]
    answers: Dict[str, Optional[str]]
    rating: Optional[float]
    last_inspection: Optional[datetime.date]
    assessor: str
    notes: Optional[str]

    def attributes(self, recorded_on: datetime.date) -> Dict[str, Any]:
        """Field → value to write (None = NULL). ``condition`` is written only with a
        score, so clearing the score never erases a condition from the inventory."""
        values: Dict[str, Any] = {}
        for group, name in AGE_FIELDS.items():
            flag = self.ages.get(group)
            values[name] = None if flag is None else int(bool(flag))
        values["condition_score"] = self.condition_score
        if self.condition_score is not None:
            values["condition"] = CONDITION_FOR_SCORE[self.condition_score]
        values["rating"] = self.rating
        values["last_inspection"] = self.last_inspection
        values["assessor"] = self.assessor
        values["notes"] = self.notes
        values.update(self.answers)
        values["assessed_on"] = recorded_on
        return values


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _as_date(value: Any) -> Tuple[Optional[datetime.date], bool]:
    """(date, ok): ISO text, a date or a datetime; blank gives (None, True)."""
    if _blank(value):
        return None, True
    if isinstance(value, datetime.datetime):
        return value.date(), True
    if isinstance(value, datetime.date):
        return value, True
    text, bad = parse_iso_date(pd.Series([value], dtype=object))
    if bad[0] or text.isna().iloc[0]:
        return None, False
    return datetime.date.fromisoformat(str(text.iloc[0])), True


def _answer(value: Any) -> Tuple[Optional[str], bool]:
    if _blank(value):
        return None, True
    token = str(value).strip().lower()
    if token in _ANSWER_SYNONYMS:
        return _ANSWER_SYNONYMS[token], True
    return None, False


def _flag(value: Any) -> Tuple[Optional[bool], bool]:
    if _blank(value):
        return None, True
    if isinstance(value, bool):
        return value, True
    parsed, bad = parse_bool01(pd.Series([value], dtype=object))
    if bad[0] or pd.isna(parsed.iloc[0]):
        return None, False
    return bool(int(parsed.iloc[0])), True


def _score(value: Any) -> Tuple[Optional[int], bool]:
    if _blank(value):
        return None, True
    if isinstance(value, bool):
        return None, False
    num, bad = parse_number(pd.Series([value], dtype=object))
    x = float(num.iloc[0])
    if bad[0] or not math.isfinite(x) or x != round(x) or int(x) not in CONDITION_SCORES:
        return None, False
    return int(x), True


def _rating(value: Any) -> Tuple[Optional[float], str]:
    """(rating, '' | 'rating_number' | 'rating_range')."""
    if _blank(value):
        return None, ""
    if isinstance(value, bool):
        return None, "rating_number"
    num, bad = parse_number(pd.Series([value], dtype=object))
    x = float(num.iloc[0])
    if bad[0] or not math.isfinite(x):
        return None, "rating_number"
    spec = PLAYGROUNDS.field("rating")
    if x < float(spec.minimum) or x > float(spec.maximum):
        return None, "rating_range"
    return x, ""


def parse_assessment(
    values: Mapping[str, Any],
    checklist: InclusivenessChecklist,
    today: datetime.date,
) -> Tuple[Optional[PlaygroundAssessment], List[AssessmentProblem]]:
    """Check the form values of one assessment; every problem at once.

    ``values``: field name → value as the form gives it (``condition_score``, ``age_0_5``,
    ``age_6_11``, ``age_12_17``, ``rating``, ``last_inspection``, ``assessor``, ``notes``,
    one ``incl_<item>`` per checklist item). Blank means not assessed / unknown. Returns the
    assessment (None when there is a problem) and the problems.
    """
    problems: List[AssessmentProblem] = []

    def problem(name: str, code: str, value: Any, message: str) -> None:
        problems.append(AssessmentProblem(name, code, value, message))

    score, ok = _score(values.get("condition_score"))
    if not ok:
        problem(
            "condition_score",
            "condition_range",
            values.get("condition_score"),
            "The condition must be a whole number from 1 (very poor) to 5 (good).",
        )
    ages: Dict[str, Optional[bool]] = {}
    for group, name in AGE_FIELDS.items():
        ages[group], ok = _flag(values.get(name))
        if not ok:
            problem(
                name,
                "age_value",
                values.get(name),
                f"Age group {group}: the answer must be yes, no or unknown.",
            )
    answers: Dict[str, Optional[str]] = {}
    for section in checklist.sections:
        for item in section.items:
            answers[item.field], ok = _answer(values.get(item.field))
            if not ok:
                problem(
                    item.field,
                    "answer_value",
                    values.get(item.field),
                    f"'{item.question_en}': the answer must be yes, partly or no (or empty).",
                )
    rating, code = _rating(values.get("rating"))
    if code == "rating_number":
        problem(
            "rating",
            code,
            values.get("rating"),
            "The residents' rating must be a number from 1 to 10 (e.g. 7 or 7,5).",
        )
    elif code == "rating_range":
        problem(
            "rating",
            code,
            values.get("rating"),
            "The residents' rating must lie between 1 and 10 (the Dutch report-card scale).",
        )
    inspected, ok = _as_date(values.get("last_inspection"))
    if not ok:
        problem(
            "last_inspection",
            "date_invalid",
            values.get("last_inspection"),
            "The inspection date is not a date (use YYYY-MM-DD).",
        )
    elif inspected is not None and inspected > today:
        problem(
            "last_inspection",
            "date_future",
            inspected.isoformat(),
            f"The inspection date {inspected.isoformat()} lies in the future.",
        )
    elif inspected is not None and inspected < EARLIEST_INSPECTION:
        problem(
            "last_inspection",
            "date_too_old",
            inspected.isoformat(),
            f"The inspection date {inspected.isoformat()} lies before "
            f"{EARLIEST_INSPECTION.year}: probably a typing error.",
        )
    assessor = "" if _blank(values.get("assessor")) else str(values.get("assessor")).strip()
    if not assessor:
        problem("assessor", "assessor_missing", None, "Say who made the assessment.")
    elif len(assessor) > 254:
        problem(
            "assessor",
            "assessor_long",
            assessor[:20] + "…",
            "The assessor's name is longer than 254 characters.",
        )
    notes = None if _blank(values.get("notes")) else str(values.get("notes")).strip()
    if problems:
        return None, problems
    return (
        PlaygroundAssessment(
            condition_score=score,
            ages=ages,
            answers=answers,
            rating=rating,
            last_inspection=inspected,
            assessor=assessor,
            notes=notes,
        ),
        [],
    )


def form_values(
    attributes: Mapping[str, Any], checklist: InclusivenessChecklist
) -> Tuple[Dict[str, Any], List[AssessmentProblem]]:
    """What the form shows for a playground's stored attributes, and the stored values that
    cannot be shown (they are shown empty, and applying the form clears them).

    Returns ``condition_score`` (int or None), ``age_…`` (True/False/None), ``incl_…``
    (``ja``/``deels``/``nee``/None), ``rating`` (float or None), ``last_inspection`` (date or
    None), ``assessor`` and ``notes`` (text, '' when empty) and ``condition`` (the stored
    four-class text, for reference).
    """
    unreadable: List[AssessmentProblem] = []

    def bad(name: str, message: str) -> None:
        unreadable.append(AssessmentProblem(name, "stored_value", attributes.get(name), message))

    out: Dict[str, Any] = {}
    out["condition_score"], ok = _score(attributes.get("condition_score"))
    if not ok:
        bad("condition_score", "stored condition score is not 1-5")
    for name in AGE_FIELDS.values():
        out[name], ok = _flag(attributes.get(name))
        if not ok:
            bad(name, "stored age flag is not 0/1")
    for item in checklist.items:
        out[item.field], ok = _answer(attributes.get(item.field))
        if not ok:
            bad(item.field, "stored answer is not ja/deels/nee")
    out["rating"], code = _rating(attributes.get("rating"))
    if code:
        bad("rating", "stored rating is not a number from 1 to 10")
    out["last_inspection"], ok = _as_date(attributes.get("last_inspection"))
    if not ok:
        bad("last_inspection", "stored inspection date is not a date")
    for name in ("assessor", "notes"):
        value = attributes.get(name)
        out[name] = "" if _blank(value) else str(value)
    condition = attributes.get("condition")
    out["condition"] = None if _blank(condition) else str(condition).strip().lower()
    return out, unreadable


def _comparable(value: Any) -> Any:
    if _blank(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", text)
    if match:
        return match.group(1)
    try:
        return float(text)
    except ValueError:
        return text


def changed_attributes(
    new: Mapping[str, Any], old: Mapping[str, Any], always: Sequence[str] = ("assessed_on",)
) -> Dict[str, Any]:
    """The values of ``new`` that differ from ``old`` (a date equals its ISO text, 1 equals
    1.0, '' equals NULL). Fields in ``always`` are included only when something else changed:
    recording an assessment that changes nothing writes nothing."""
    changed = {
        name: value
        for name, value in new.items()
        if name not in always and _comparable(value) != _comparable(old.get(name))
    }
    if changed:
        for name in always:
            if name in new:
                changed[name] = new[name]
    return changed


def checklist_summary(
    answers: Mapping[str, Optional[str]], checklist: InclusivenessChecklist
) -> Dict[str, Dict[str, int]]:
    """Per section the number of items answered yes, partly, no and not at all."""
    summary: Dict[str, Dict[str, int]] = {}
    for section in checklist.sections:
        counts = {ANSWER_YES: 0, ANSWER_PARTLY: 0, ANSWER_NO: 0, "open": 0}
        for item in section.items:
            value, ok = _answer(answers.get(item.field))
            counts[value if ok and value is not None else "open"] += 1
        summary[section.key] = counts
    return summary


# --------------------------------------------------------------------------------------------
# The list of playgrounds
# --------------------------------------------------------------------------------------------


def condition_band(frame: pd.DataFrame) -> pd.Series:
    """Per playground ``poor`` (1-2 / slecht), ``moderate`` (3 / matig), ``good`` (4-5 /
    redelijk, goed) or None (not assessed): from ``condition_score``, else ``condition``."""
    n = len(frame)
    band = pd.Series([None] * n, index=frame.index, dtype=object)
    if "condition" in frame.columns:
        text = as_text(frame["condition"]).str.lower()
        band = text.map(_BAND_OF_CONDITION).astype(object)
        band = band.where(band.notna(), None)
    if "condition_score" in frame.columns:
        score, _bad = parse_number(frame["condition_score"])
        from_score = score.map(_BAND_OF_SCORE)
        band = from_score.where(from_score.notna(), band).astype(object)
        band = band.where(band.notna(), None)
    return band


def inspection_due(
    last_inspection: pd.Series,
    today: datetime.date,
    months: int = DEFAULT_INSPECTION_INTERVAL_MONTHS,
) -> np.ndarray:
    """True where the latest inspection is missing (or not a date) or ``months`` or more ago."""
    if months < 1:
        raise WijkaanpakInputError("The inspection interval must be at least one month.")
    text, _bad = parse_iso_date(pd.Series(last_inspection, copy=False))
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    next_due = dates + pd.DateOffset(months=int(months))
    due = next_due <= pd.Timestamp(today)
    return (dates.isna() | due).to_numpy(dtype=bool)


def playground_filter(
    frame: pd.DataFrame,
    *,
    today: datetime.date,
    text: str = "",
    condition: str = "any",
    age_group: str = "any",
    due_only: bool = False,
    interval_months: int = DEFAULT_INSPECTION_INTERVAL_MONTHS,
) -> np.ndarray:
    """Which playgrounds the list shows.

    ``text``: part of the name, type or source id (any case). ``condition``: ``any``,
    ``not_assessed`` or a band of :data:`CONDITION_BANDS`. ``age_group``: ``any``, one of
    ``0-5``/``6-11``/``12-17`` (serves it: 1) or ``unknown`` (some age group unknown).
    ``due_only``: only playgrounds whose inspection is due (:func:`inspection_due`).
    """
    n = len(frame)
    keep = np.ones(n, dtype=bool)
    needle = (text or "").strip().lower()
    if needle:
        hit = np.zeros(n, dtype=bool)
        for name in ("name", "place_type", "source_id"):
            if name in frame.columns:
                hit |= (
                    as_text(frame[name]).str.lower().str.contains(needle, regex=False, na=False)
                ).to_numpy(dtype=bool)
        keep &= hit
    if condition != "any":
        band = condition_band(frame)
        if condition == "not_assessed":
            keep &= band.isna().to_numpy()
        elif condition in CONDITION_BANDS:
            keep &= (band == condition).to_numpy(dtype=bool)
        else:
            raise WijkaanpakInputError(f"Unknown condition filter '{condition}'.")
    if age_group != "any":
        flags = {}
        for group, name in AGE_FIELDS.items():
            if name in frame.columns:
                flags[group] = parse_bool01(frame[name])[0].to_numpy(dtype=float, na_value=np.nan)
            else:
                flags[group] = np.full(n, np.nan)
        if age_group == "unknown":
            keep &= np.any([np.isnan(f) for f in flags.values()], axis=0)
        elif age_group in flags:
            keep &= flags[age_group] == 1
        else:
            raise WijkaanpakInputError(f"Unknown age-group filter '{age_group}'.")
    if due_only:
        column = (
            frame["last_inspection"]
            if "last_inspection" in frame.columns
            else pd.Series([None] * n, dtype=object)
        )
        keep &= inspection_due(column, today, interval_months)
    return keep


def playground_catchments(
    place_xy: Sequence[float],
    norm: NormProfile,
    groups: Sequence[str],
    *,
    place_rings=None,
    network=None,
    population_xy: Optional[np.ndarray] = None,
    max_snap_distance: float = 50.0,
) -> Dict[str, Any]:
    """Per age group of ``groups`` the catchment of one playground for the group's norm
    (core :func:`~.reach.catchment_polygons`): straight-line a disk (a polygon playground
    grown by the norm), over a ``network`` the reached streets buffered, with every
    population point beyond the norm cut out. Returns shapely geometries by age group;
    groups with the same norm share one geometry."""
    xy = np.asarray(place_xy, dtype=float).reshape(1, 2)
    if not np.isfinite(xy).all():
        raise WijkaanpakInputError("The playground has no geometry.")
    rings = [place_rings] if place_rings is not None and len(place_rings) else None
    done: Dict[float, Any] = {}
    out: Dict[str, Any] = {}
    for group in groups:
        distance = norm.max_distance(group)
        if distance not in done:
            result = catchment_polygons(
                xy,
                distance,
                network=network,
                population_xy=population_xy if network is not None else None,
                max_snap_distance=max_snap_distance,
                place_rings=rings,
            )
            done[distance] = result.geometries[0]
        out[group] = done[distance]
    return out


# --------------------------------------------------------------------------------------------
# Documentation
# --------------------------------------------------------------------------------------------


def assessment_markdown(checklist: Optional[InclusivenessChecklist] = None) -> str:
    """The assessment fields as a Markdown table for ``docs/schema.md``."""
    checklist = checklist if checklist is not None else load_checklist()
    lines = [
        "| field | type | allowed values | description | omschrijving (NL) |",
        "|---|---|---|---|---|",
    ]
    for spec in PLAYGROUND_ASSESSMENT_FIELDS + checklist.field_specs():
        if spec.allowed is not None:
            domain = ", ".join(f"`{v}`" for v in spec.allowed)
        elif spec.minimum is not None and spec.maximum is not None:
            domain = f"{spec.minimum:g} – {spec.maximum:g}"
        elif spec.dtype == "date":
            domain = "YYYY-MM-DD"
        else:
            domain = ""
        lines.append(
            f"| `{spec.name}` | {spec.dtype} | {domain} | {spec.description_en} | "
            f"{spec.description_nl} |"
        )
    return "\n".join(lines) + "\n"
