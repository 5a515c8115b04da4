"""Indicators, ambitions and their scores per area: the wijkanalyse behind a wijkagenda.

A municipality states its ambitions (e.g. ontmoeten, meedoen, opgroeien, verduurzamen,
wonen) and the indicators that measure them in a JSON *definition file*; another municipality
edits the file, not the code. ``score_ambitions`` turns a table of areas into scores per
indicator, per ambition and in total, and names the three indicators that push each area's
need up most.

Definition file (JSON)
----------------------
Top level::

    {
      "_comment": "free text (any key starting with '_' is ignored)",
      "format": "wijkaanpak-indicators",      optional; if present exactly this
      "version": 1,                            optional; if present 1
      "name": "Five ambitions (example)",
      "total": {"aggregation": "arithmetic"},  optional; "arithmetic" | "geometric"
      "geometric_offset": 0.01,                optional; see "Geometric mean" below
      "z_clip": 3.0,                           optional; see "zscore" below
      "ambitions": [ {ambition}, ... ],
      "indicators": [ {indicator}, ... ]
    }

Ambition: ``id`` (lower case, ``[a-z][a-z0-9_]*``), ``label_en``, ``label_nl``, ``weight``
(>= 0, default 1) and ``aggregation`` of its indicators ("arithmetic" default, "geometric").

Indicator: ``id``, ``label_en``, ``label_nl``, ``ambition`` (an ambition id) and

- ``field`` (a column name) *or* ``expression`` (arithmetic over column names, see below);
- ``direction``: "higher_is_better" or "higher_is_worse";
- ``weight`` (>= 0, default 1): weight inside its ambition;
- ``normalisation`` (default "zscore"), each giving a score from 0 to 1 where 1 is best:

  * "zscore": z = (x - mean) / sd over the reference areas, sd the *population* standard
    deviation (divide by n, not n - 1: the reference areas are all areas of interest, not a
    sample). z is negated for "higher_is_worse", clipped to +-``z_clip`` (default 3) and
    mapped linearly to 0..1: score = 0.5 + z / (2 * z_clip). A reference mean scores 0.5.
  * "minmax": (x - min) / (max - min) over the reference areas, clipped to 0..1
    (1 - that for "higher_is_worse").
  * "rank": the percentile rank among the reference areas,
    (number below + half the number equal) / number of reference values
    (1 - that for "higher_is_worse"). Robust against outliers.
  * "target": distance to a target such as the Jantje Beton 3% play-space norm or a reach
    norm, needing ``target`` and optionally ``target_range`` (default ``abs(target)``):
    score = 1 - min(shortfall / target_range, 1), shortfall = max(target - x, 0) for
    "higher_is_better" and max(x - target, 0) for "higher_is_worse". Meeting or beating the
    target scores 1 (capped: doing better than the norm earns nothing extra). No reference
    is used.

  A degenerate reference (all values equal) gives every area 0.5, with a warning.
- ``missing`` (default "reweight"): an area without a value for this indicator either has
  the indicator left out and the remaining weights of its ambition renormalised
  ("reweight"), or gets no ambition score and no total at all ("flag"; the area is listed in
  ``missing_flagged``). An ambition with no values at all for an area is left out of that
  area's total and the ambition weights are renormalised; ``ambitions_missing`` names it and
  a warning counts the areas. An ambition with no value in *any* area (its fields absent,
  empty or suppressed) is refused (``MissingAmbitionsError``) unless
  ``allow_missing_ambitions`` is set, see "What a total rests on" below.
- ``optional`` (default false): if the field is not in the layer, the indicator is skipped
  with a warning in the result; a required indicator whose field is absent is an error
  naming the field and listing the fields the layer has.
- ``margin`` (>= 0, optional): the uncertainty of one measurement, +- in the indicator's own
  units; ``interval`` (optional) ``{"lower": column, "upper": column}``: per-area interval
  columns. Monitoring and the ranking's sensitivity analysis use them.
- ``unit``, ``source`` (optional, free text).

Expressions: numbers, column names, ``+ - * /``, unary minus, brackets and the functions
``min(a, b, ...)``, ``max(a, b, ...)``, ``log(x)`` (natural), ``sqrt(x)``, ``abs(x)``.
Column names that are not Python names (``0_15``, ``65plus``) are written in quotes:
``"'0_15' * aantal_inwoners / 100"``. A division by zero or log of a non-positive number
gives a missing value for that area. Expressions are checked node by node and evaluated by a
small interpreter: never by ``eval``.

Aggregation
-----------
Indicator -> ambition -> total, each a weighted mean over the parts that have a value
(weights renormalised per area). Arithmetic: sum(w * s) / sum(w).

Geometric mean: scores can be 0 (a target not met at all) and log(0) is undefined, so every
score is shifted by ``geometric_offset`` (default 0.01) first and the shift is taken off
again: G = exp(sum(w * log(s + offset)) / sum(w)) - offset. G stays within 0..1, equals s
when all parts are equal, and is never above the arithmetic mean (a weak part cannot be
fully compensated by a strong one).

Need
----
need = 1 - total score (0..1, higher = more need). The explanation per area ranks the
indicators by their contribution to need: effective weight x gap, where the effective weight
is the indicator's share in the area's total (its weight in the ambition times the
ambition's weight, both renormalised over what the area has) and the gap is how far the
area's score lies *below the reference*: the mean score of the reference areas for
"zscore", "minmax" and "rank", and 1 (the target) for "target". Scores above the reference
add no need. The three largest contributions above 1e-12 are listed (ties in definition
order).

Missing and suppressed values
-----------------------------
Every value is read by the one reader of CBS/RIVM figures (``figures.parse_figures``):
empty values, the markers '.', 'x', '?', '-' and every number <= -99990 (CBS -99995,
-99997, -99998, -99999999) are missing, never numbers; '12,5' is 12.5. A warning names each
field and how many suppressed values it had. Other text that is not a number counts as
missing with a warning; a field with no number at all is an error.

What a total rests on
---------------------
Per area the table records ``indicators_used`` (indicators with a value),
``ambitions_in_total`` and ``ambitions_missing`` (the definition's ambitions that did not
enter this area's total), comma-separated ids. ``AmbitionScores`` also lists, for the layer,
``indicators_used`` / ``indicators_skipped`` and ``ambitions_used`` / ``ambitions_skipped``
with the reason (field not in the layer, no number in any area). An ambition none of whose
indicators has a value in any area would silently leave every total, so it stops the
scoring with ``MissingAmbitionsError`` naming the ambitions and their fields, unless
``allow_missing_ambitions=True`` (Processing: *Allow ambitions without data*,
``ALLOW_MISSING_AMBITIONS``); then a warning says that the total and the need cover the
other ambitions only.

Everything is computed with plain numpy reductions in definition order, so the same file on
the same data gives bit-identical results.
"""

from __future__ import annotations

import ast
import io
import json
import math
import re
import tokenize
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, Union

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_figures

DIRECTIONS = ("higher_is_better", "higher_is_worse")
NORMALISATIONS = ("zscore", "minmax", "rank", "target")
MISSING_RULES = ("reweight", "flag")
AGGREGATIONS = ("arithmetic", "geometric")
DEFAULT_GEOMETRIC_OFFSET = 0.01
DEFAULT_Z_CLIP = 3.0
FORMAT_NAME = "wijkaanpak-indicators"
NEED_DRIVERS = 3
_NEED_EPS = 1e-12
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_EXPRESSION_LENGTH = 500
_MAX_EXPRESSION_NODES = 200


class DefinitionError(WijkaanpakInputError):
    """The indicator definition file is not usable; the message names the indicator and key."""


class MissingAmbitionsError(WijkaanpakInputError):
    """Ambitions of the definition without any usable indicator, and leaving them out of the
    total was not allowed. ``ambitions``: ambition id -> why (which fields are absent or empty).
    """

    def __init__(self, message: str, ambitions: Mapping[str, str], n_ambitions: int) -> None:
        super().__init__(message)
        self.ambitions = dict(ambitions)
        self.n_ambitions = n_ambitions  # in the definition


# --------------------------------------------------------------------------- definition


@dataclass(frozen=True)
class Ambition:
    """One ambition (theme) of the wijkaanpak and how its indicators are combined."""

    id: str
    label_en: str
    label_nl: str
    weight: float = 1.0
    aggregation: str = "arithmetic"


@dataclass(frozen=True)
class Indicator:
    """One indicator: where its value comes from and how it becomes a 0..1 score."""

    id: str
    label_en: str
    label_nl: str
    ambition: str
    direction: str
    weight: float = 1.0
    normalisation: str = "zscore"
    field: str | None = None
    expression: str | None = None
    target: float | None = None
    target_range: float | None = None
    missing: str = "reweight"
    optional: bool = False
    margin: float | None = None
    interval: tuple[str, str] | None = None
    unit: str = ""
    source: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        """The layer fields this indicator reads (interval columns not included)."""
        if self.field is not None:
            return (self.field,)
        return parse_expression(self.expression or "", where=f"Indicator '{self.id}'").columns

    @property
    def higher_is_better(self) -> bool:
        return self.direction == "higher_is_better"


@dataclass(frozen=True)
class IndicatorDefinition:
    """A validated definition: ambitions and indicators in file order."""

    name: str
    ambitions: tuple[Ambition, ...]
    indicators: tuple[Indicator, ...]
    total_aggregation: str = "arithmetic"
    geometric_offset: float = DEFAULT_GEOMETRIC_OFFSET
    z_clip: float = DEFAULT_Z_CLIP
    source: str = ""

    def indicator(self, indicator_id: str) -> Indicator:
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise DefinitionError(f"The definition has no indicator '{indicator_id}'.")

    def ambition(self, ambition_id: str) -> Ambition:
        for amb in self.ambitions:
            if amb.id == ambition_id:
                return amb
        raise DefinitionError(f"The definition has no ambition '{ambition_id}'.")

    def without(self, indicator_ids: Sequence[str]) -> IndicatorDefinition:
        """The same definition minus some indicators (and ambitions left without any)."""
        drop = set(indicator_ids)
        kept = tuple(ind for ind in self.indicators if ind.id not in drop)
        used = {ind.ambition for ind in kept}
        return replace(
            self,
            indicators=kept,
            ambitions=tuple(a for a in self.ambitions if a.id in used),
        )


DefinitionSource = Union[IndicatorDefinition, Mapping[str, Any], str, Path]

_TOP_KEYS = {
    "format",
    "version",
    "name",
    "total",
    "geometric_offset",
    "z_clip",
    "ambitions",
    "indicators",
}
_AMBITION_KEYS = {"id", "label_en", "label_nl", "weight", "aggregation"}
_INDICATOR_KEYS = {
    "id",
    "label_en",
    "label_nl",
    "ambition",
    "field",
    "expression",
    "direction",
    "weight",
    "normalisation",
    "target",
    "target_range",
    "missing",
    "optional",
    "margin",
    "interval",
    "unit",
    "source",
}


def _check_keys(obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(k for k in obj if not str(k).startswith("_") and k not in allowed)
    if unknown:
        raise DefinitionError(
            f"{where}: unknown key(s) {', '.join(repr(k) for k in unknown)}. "
            f"Allowed keys: {', '.join(sorted(allowed))} (keys starting with '_' are comments)."
        )


def _text(obj: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    if key not in obj:
        if default is None:
            raise DefinitionError(f"{where}: key '{key}' is missing.")
        return default
    value = obj[key]
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(f"{where}: key '{key}' must be a non-empty text, got {value!r}.")
    return value.strip()


def _number(
    obj: Mapping[str, Any],
    key: str,
    where: str,
    default: float | None = None,
    minimum: float | None = None,
    positive: bool = False,
) -> float | None:
    if key not in obj or obj[key] is None:
        return default
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DefinitionError(f"{where}: key '{key}' must be a number, got {value!r}.")
    value = float(value)
    if positive and value <= 0:
        raise DefinitionError(f"{where}: key '{key}' must be above 0, got {value:g}.")
    if minimum is not None and value < minimum:
        raise DefinitionError(f"{where}: key '{key}' must be at least {minimum:g}, got {value:g}.")
    return value


def _choice(
    obj: Mapping[str, Any], key: str, where: str, choices: Sequence[str], default: str | None
) -> str:
    if key not in obj:
        if default is None:
            raise DefinitionError(
                f"{where}: key '{key}' is missing; use one of {', '.join(choices)}."
            )
        return default
    value = obj[key]
    if value not in choices:
        raise DefinitionError(
            f"{where}: key '{key}' must be one of {', '.join(repr(c) for c in choices)}, "
            f"got {value!r}."
        )
    return str(value)


def _identifier(obj: Mapping[str, Any], where: str) -> str:
    value = _text(obj, "id", where)
    if not _ID_RE.match(value):
        raise DefinitionError(
            f"{where}: id {value!r} must start with a lower-case letter and contain only "
            "lower-case letters, digits and '_' (it becomes part of output field names)."
        )
    return value


def _parse_ambition(obj: Any, position: int) -> Ambition:
    where = f"Ambition #{position + 1}"
    if not isinstance(obj, Mapping):
        raise DefinitionError(f"{where}: must be an object {{...}}, got {obj!r}.")
    if isinstance(obj.get("id"), str):
        where = f"Ambition '{obj['id']}'"
    _check_keys(obj, _AMBITION_KEYS, where)
    return Ambition(
        id=_identifier(obj, where),
        label_en=_text(obj, "label_en", where),
        label_nl=_text(obj, "label_nl", where),
        weight=_number(obj, "weight", where, default=1.0, minimum=0.0),
        aggregation=_choice(obj, "aggregation", where, AGGREGATIONS, "arithmetic"),
    )


def _parse_indicator(obj: Any, position: int, ambition_ids: Sequence[str]) -> Indicator:
    where = f"Indicator #{position + 1}"
    if not isinstance(obj, Mapping):
        raise DefinitionError(f"{where}: must be an object {{...}}, got {obj!r}.")
    if isinstance(obj.get("id"), str):
        where = f"Indicator '{obj['id']}'"
    _check_keys(obj, _INDICATOR_KEYS, where)
    ind_id = _identifier(obj, where)
    has_field, has_expr = "field" in obj, "expression" in obj
    if has_field == has_expr:
        raise DefinitionError(
            f"{where}: give exactly one of 'field' (a column name) or 'expression'."
        )
    field_name = _text(obj, "field", where) if has_field else None
    expression = _text(obj, "expression", where) if has_expr else None
    if expression is not None:
        parse_expression(expression, where=where)
    ambition = _text(obj, "ambition", where)
    if ambition not in ambition_ids:
        raise DefinitionError(
            f"{where}: ambition {ambition!r} is not defined; defined ambitions: "
            f"{', '.join(ambition_ids) or '(none)'}."
        )
    normalisation = _choice(obj, "normalisation", where, NORMALISATIONS, "zscore")
    target = _number(obj, "target", where)
    target_range = _number(obj, "target_range", where, positive=True)
    if normalisation == "target":
        if target is None:
            raise DefinitionError(f"{where}: normalisation 'target' needs a key 'target'.")
        if target_range is None:
            if target == 0:
                raise DefinitionError(
                    f"{where}: target is 0, so give 'target_range' (the distance that scores 0)."
                )
            target_range = abs(target)
    elif target is not None or target_range is not None:
        raise DefinitionError(
            f"{where}: 'target' and 'target_range' are only used with normalisation 'target' "
            f"(this indicator uses {normalisation!r})."
        )
    optional = obj.get("optional", False)
    if not isinstance(optional, bool):
        raise DefinitionError(f"{where}: key 'optional' must be true or false, got {optional!r}.")
    interval = None
    if "interval" in obj and obj["interval"] is not None:
        spec = obj["interval"]
        if not isinstance(spec, Mapping) or set(spec) != {"lower", "upper"}:
            raise DefinitionError(
                f'{where}: key \'interval\' must be {{"lower": column, "upper": column}}, '
                f"got {spec!r}."
            )
        interval = (
            _text(spec, "lower", f"{where} interval"),
            _text(spec, "upper", f"{where} interval"),
        )
    return Indicator(
        id=ind_id,
        label_en=_text(obj, "label_en", where),
        label_nl=_text(obj, "label_nl", where),
        ambition=ambition,
        direction=_choice(obj, "direction", where, DIRECTIONS, None),
        weight=_number(obj, "weight", where, default=1.0, minimum=0.0),
        normalisation=normalisation,
        field=field_name,
        expression=expression,
        target=target,
        target_range=target_range,
        missing=_choice(obj, "missing", where, MISSING_RULES, "reweight"),
        optional=optional,
        margin=_number(obj, "margin", where, minimum=0.0),
        interval=interval,
        unit=_text(obj, "unit", where, default=""),
        source=_text(obj, "source", where, default=""),
    )


def parse_definition(data: Mapping[str, Any], source: str = "") -> IndicatorDefinition:
    """Validate a definition given as a dict (the parsed JSON); errors name indicator and key."""
    where = f"Definition {source}".strip()
    if not isinstance(data, Mapping):
        raise DefinitionError(f"{where}: the file must hold one JSON object {{...}}.")
    _check_keys(data, _TOP_KEYS, where)
    if "format" in data and data["format"] != FORMAT_NAME:
        raise DefinitionError(f"{where}: 'format' must be {FORMAT_NAME!r}, got {data['format']!r}.")
    if "version" in data and data["version"] != 1:
        raise DefinitionError(f"{where}: only 'version' 1 is known, got {data['version']!r}.")
    total = data.get("total", {})
    if not isinstance(total, Mapping):
        raise DefinitionError(f"{where}: 'total' must be an object, got {total!r}.")
    _check_keys(total, {"aggregation"}, f"{where} total")
    total_aggregation = _choice(total, "aggregation", f"{where} total", AGGREGATIONS, "arithmetic")
    offset = _number(data, "geometric_offset", where, DEFAULT_GEOMETRIC_OFFSET, positive=True)
    z_clip = _number(data, "z_clip", where, DEFAULT_Z_CLIP, positive=True)

    raw_ambitions = data.get("ambitions")
    if not isinstance(raw_ambitions, list) or not raw_ambitions:
        raise DefinitionError(f"{where}: 'ambitions' must be a non-empty list.")
    ambitions = tuple(_parse_ambition(a, i) for i, a in enumerate(raw_ambitions))
    ambition_ids = [a.id for a in ambitions]
    _no_duplicates(ambition_ids, "ambition", where)

    raw_indicators = data.get("indicators")
    if not isinstance(raw_indicators, list) or not raw_indicators:
        raise DefinitionError(f"{where}: 'indicators' must be a non-empty list.")
    indicators = tuple(_parse_indicator(x, i, ambition_ids) for i, x in enumerate(raw_indicators))
    _no_duplicates([x.id for x in indicators], "indicator", where)

    for amb in ambitions:
        members = [x for x in indicators if x.ambition == amb.id]
        if not members:
            raise DefinitionError(f"Ambition '{amb.id}': no indicator belongs to it.")
        if sum(x.weight for x in members) <= 0:
            raise DefinitionError(
                f"Ambition '{amb.id}': the weights of its indicators add up to 0."
            )
    if sum(a.weight for a in ambitions) <= 0:
        raise DefinitionError(f"{where}: the ambition weights add up to 0.")
    name = _text(data, "name", where, default=source or "indicator definition")
    return IndicatorDefinition(
        name=name,
        ambitions=ambitions,
        indicators=indicators,
        total_aggregation=total_aggregation,
        geometric_offset=float(offset),
        z_clip=float(z_clip),
        source=source,
    )


def _no_duplicates(ids: Sequence[str], kind: str, where: str) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise DefinitionError(f"{where}: {kind} id '{value}' is used twice.")
        seen.add(value)


def load_definition(path: str | Path) -> IndicatorDefinition:
    """Read and validate a definition file; JSON errors give line and column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(f"Cannot read indicator definition {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from exc
    return parse_definition(data, source=str(path))


def default_definition_path() -> Path:
    """The shipped five-ambition definition (resources/config/indicators_default.json)."""
    return Path(__file__).resolve().parents[2] / "resources" / "config" / "indicators_default.json"


def as_definition(definition: DefinitionSource) -> IndicatorDefinition:
    """Accept a definition object, a parsed dict, JSON text or a file path."""
    if isinstance(definition, IndicatorDefinition):
        return definition
    if isinstance(definition, Mapping):
        return parse_definition(definition)
    if isinstance(definition, str) and definition.lstrip().startswith("{"):
        try:
            return parse_definition(json.loads(definition))
        except json.JSONDecodeError as exc:
            raise DefinitionError(
                f"Indicator definition text is not valid JSON at line {exc.lineno}, "
                f"column {exc.colno}: {exc.msg}."
            ) from exc
    if isinstance(definition, (str, Path)):
        return load_definition(definition)
    raise DefinitionError(
        f"An indicator definition must be a file path, JSON text or dict, got {type(definition)}."
    )


# --------------------------------------------------------------------------- expressions

_FUNCTIONS: dict[str, tuple[int, int | None]] = {  # name -> (min args, max args)
    "abs": (1, 1),
    "log": (1, 1),
    "max": (2, None),
    "min": (2, None),
    "sqrt": (1, 1),
}
_BIN_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)
_UNARY_OPS = (ast.USub, ast.UAdd)
_ALLOWED_HELP = (
    "only numbers, column names, + - * /, brackets and the functions "
    + ", ".join(sorted(_FUNCTIONS))
    + " are allowed"
)


@dataclass(frozen=True)
class SafeExpression:
    """A checked arithmetic expression over column names."""

    text: str
    tree: ast.Expression
    columns: tuple[str, ...]


def parse_expression(text: str, where: str = "Expression") -> SafeExpression:
    """Check an expression node by node; anything but plain arithmetic is refused."""
    if not isinstance(text, str) or not text.strip():
        raise DefinitionError(f"{where}: the expression is empty.")
    text = text.strip()
    if len(text) > _MAX_EXPRESSION_LENGTH:
        raise DefinitionError(
            f"{where}: the expression is longer than {_MAX_EXPRESSION_LENGTH} characters."
        )
    quote_hint = (
        " Column names that start with a digit, such as 0_15 or 65plus, must be written in "
        "quotes: '65plus'."
    )
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise DefinitionError(
            f"{where}: cannot read expression {text!r} ({exc.msg}).{quote_hint}"
        ) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise DefinitionError(f"{where}: expression {text!r} is too complex ({exc}).") from None
    try:
        numbers = [
            tok.string
            for tok in tokenize.generate_tokens(io.StringIO(text).readline)
            if tok.type == tokenize.NUMBER
        ]
    except (tokenize.TokenError, SyntaxError) as exc:
        raise DefinitionError(f"{where}: cannot read expression {text!r} ({exc}).") from None
    for number in numbers:
        if "_" in number:
            raise DefinitionError(
                f"{where}: {number!r} in {text!r} reads as the number "
                f"{number.replace('_', '')}, not as a column.{quote_hint}"
            )
    columns: list[str] = []
    nodes = list(ast.walk(tree))
    if len(nodes) > _MAX_EXPRESSION_NODES:
        raise DefinitionError(f"{where}: expression {text!r} is too long.")
    _check_node(tree.body, text, where, columns)
    if not columns:
        raise DefinitionError(f"{where}: expression {text!r} uses no column.")
    return SafeExpression(text=text, tree=tree, columns=tuple(columns))


def _check_node(node: ast.AST, text: str, where: str, columns: list[str]) -> None:
    def refuse(what: str) -> DefinitionError:
        return DefinitionError(f"{where}: {what} is not allowed in {text!r}; {_ALLOWED_HELP}.")

    if isinstance(node, ast.BinOp):
        if not isinstance(node.op, _BIN_OPS):
            raise refuse(f"operator {type(node.op).__name__}")
        _check_node(node.left, text, where, columns)
        _check_node(node.right, text, where, columns)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, _UNARY_OPS):
            raise refuse(f"operator {type(node.op).__name__}")
        _check_node(node.operand, text, where, columns)
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float, str)):
            raise refuse(f"the value {node.value!r}")
        if isinstance(node.value, str):
            if not node.value.strip():
                raise refuse("an empty column name")
            if node.value not in columns:
                columns.append(node.value)
        elif not math.isfinite(float(node.value)):
            raise refuse(f"the number {node.value!r}")
    elif isinstance(node, ast.Name):
        if node.id.startswith("__"):
            raise refuse(f"the name {node.id!r}")
        if node.id in _FUNCTIONS:
            raise refuse(f"the function name {node.id!r} without brackets")
        if node.id not in columns:
            columns.append(node.id)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            name = node.func.id if isinstance(node.func, ast.Name) else ast.dump(node.func)
            raise refuse(f"calling {name!r}")
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise refuse(f"keyword or * arguments to {node.func.id}()")
        low, high = _FUNCTIONS[node.func.id]
        if len(node.args) < low or (high is not None and len(node.args) > high):
            raise DefinitionError(
                f"{where}: {node.func.id}() takes "
                + (f"{low}" if high == low else f"at least {low}")
                + f" argument(s) in {text!r}, got {len(node.args)}."
            )
        for arg in node.args:
            _check_node(arg, text, where, columns)
    else:
        raise refuse(type(node).__name__)


def evaluate_expression(
    expression: SafeExpression | str, columns: Mapping[str, Any], where: str = "Expression"
) -> np.ndarray:
    """Evaluate a checked expression on arrays (one value per area); bad values become NaN."""
    expr = expression if isinstance(expression, SafeExpression) else parse_expression(expression)
    arrays = {name: np.asarray(columns[name], dtype=float) for name in expr.columns}
    lengths = {a.shape[0] for a in arrays.values()}
    if len(lengths) != 1:
        raise WijkaanpakInputError(f"{where}: the columns of {expr.text!r} differ in length.")
    with np.errstate(all="ignore"):
        result = np.asarray(_evaluate(expr.tree.body, arrays), dtype=float)
    result = np.broadcast_to(result, (lengths.pop(),)).copy()
    result[~np.isfinite(result)] = np.nan
    return result


def _evaluate(node: ast.AST, arrays: Mapping[str, np.ndarray]) -> Any:
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, arrays), _evaluate(node.right, arrays)
        if isinstance(node.op, ast.Add):
            return np.add(left, right)
        if isinstance(node.op, ast.Sub):
            return np.subtract(left, right)
        if isinstance(node.op, ast.Mult):
            return np.multiply(left, right)
        return np.true_divide(left, right)
    if isinstance(node, ast.UnaryOp):
        operand = _evaluate(node.operand, arrays)
        return np.negative(operand) if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.Constant):
        return arrays[node.value] if isinstance(node.value, str) else float(node.value)
    if isinstance(node, ast.Name):
        return arrays[node.id]
    if isinstance(node, ast.Call):
        args = [_evaluate(a, arrays) for a in node.args]
        name = node.func.id  # type: ignore[attr-defined]
        if name == "min":
            return np.minimum.reduce(np.broadcast_arrays(*args))
        if name == "max":
            return np.maximum.reduce(np.broadcast_arrays(*args))
        if name == "log":
            return np.log(args[0])
        if name == "sqrt":
            return np.sqrt(args[0])
        return np.abs(args[0])
    raise WijkaanpakInputError(f"Unexpected expression part {type(node).__name__}.")


# --------------------------------------------------------------------------- values


def numeric_column(frame: pd.DataFrame, name: str, where: str = "") -> tuple[np.ndarray, list[str]]:
    """A column as float64 with NaN for missing, read by :func:`figures.parse_figures`.

    CBS/RIVM suppression markers ('.', 'x', -99997, -99995, any number <= -99990) are
    missing, never numbers. Other text that is not a number also counts as missing; a column
    with values but no number at all is an error naming the field. Returns the values and
    the warnings (one per kind of non-number, naming the field and the count).
    """
    column = frame[name]
    if pd.api.types.is_bool_dtype(column.dtype):
        column = column.astype(float)
    parsed = parse_figures(column, name=name, errors="coerce")
    values = parsed.values.to_numpy(dtype=float, na_value=np.nan).copy()
    if parsed.unreadable and not np.isfinite(values).any():
        prefix = f"{where}: " if where else ""
        raise WijkaanpakInputError(
            f"{prefix}field '{name}' holds no numbers (e.g. "
            f"{', '.join(parsed.unreadable_examples)})."
        )
    return values, parsed.messages(name, where)


@dataclass(frozen=True)
class IndicatorValues:
    """Raw indicator values per area, and what could not be computed."""

    values: pd.DataFrame  # one column per computed indicator id, definition order
    definition: IndicatorDefinition  # without the skipped indicators
    skipped: tuple[str, ...]
    warnings: tuple[str, ...]


def indicator_values(frame: pd.DataFrame, definition: DefinitionSource) -> IndicatorValues:
    """Compute each indicator's raw value per area from fields or expressions."""
    defn = as_definition(definition)
    if not isinstance(frame, pd.DataFrame):
        raise WijkaanpakInputError("Indicators need a table of areas (a pandas DataFrame).")
    if len(frame) == 0:
        raise WijkaanpakInputError("The layer has no areas (0 rows).")
    available = [str(c) for c in frame.columns]
    present = set(frame.columns)
    warnings: list[str] = []
    skipped: list[str] = []
    errors: list[str] = []
    for ind in defn.indicators:
        absent = [c for c in ind.columns if c not in present]
        if not absent:
            continue
        fields = ", ".join(f"'{c}'" for c in absent)
        if ind.optional:
            skipped.append(ind.id)
            warnings.append(
                f"Indicator '{ind.id}' ({ind.label_en}) skipped: field {fields} not in the layer."
            )
        else:
            errors.append(f"indicator '{ind.id}' needs field {fields}")
    if errors:
        raise WijkaanpakInputError(
            "The layer lacks fields the indicator definition requires: "
            + "; ".join(errors)
            + ". Available fields: "
            + ", ".join(available)
            + '. Rename the fields, or mark the indicator "optional": true.'
        )
    if len(skipped) == len(defn.indicators):
        raise WijkaanpakInputError(
            "None of the indicators in the definition can be computed on this layer. "
            "Available fields: " + ", ".join(available) + "."
        )
    used = defn.without(skipped)
    cache: dict[str, np.ndarray] = {}

    def column(name: str, ind_id: str) -> np.ndarray:
        if name not in cache:
            cache[name], notes = numeric_column(frame, name, where=f"Indicator '{ind_id}'")
            warnings.extend(notes)
        return cache[name]

    data: dict[str, np.ndarray] = {}
    for ind in used.indicators:
        if ind.field is not None:
            data[ind.id] = column(ind.field, ind.id)
        else:
            expr = parse_expression(ind.expression or "", where=f"Indicator '{ind.id}'")
            cols = {name: column(name, ind.id) for name in expr.columns}
            data[ind.id] = evaluate_expression(expr, cols, where=f"Indicator '{ind.id}'")
        if np.isnan(data[ind.id]).all():
            warnings.append(f"Indicator '{ind.id}' has no value for any area.")
    values = pd.DataFrame(data, index=frame.index, columns=[i.id for i in used.indicators])
    return IndicatorValues(values, used, tuple(skipped), tuple(warnings))


# --------------------------------------------------------------------------- normalisation


def normalise(
    values: np.ndarray, reference: np.ndarray, indicator: Indicator, z_clip: float = DEFAULT_Z_CLIP
) -> tuple[np.ndarray, str]:
    """Scores 0..1 (1 = best) for rows of values against rows of reference values.

    ``values`` has shape (batches, areas), ``reference`` (batches, reference areas); each
    batch row is normalised on its own reference row (the ranking's Monte-Carlo draws use
    this). Returns the scores and a warning for a degenerate reference ('' if none).
    """
    values = np.atleast_2d(np.asarray(values, dtype=float))
    reference = np.atleast_2d(np.asarray(reference, dtype=float))
    better = indicator.higher_is_better
    note = ""
    with np.errstate(all="ignore"):
        if indicator.normalisation == "target":
            target = float(indicator.target)  # type: ignore[arg-type]
            span = float(indicator.target_range)  # type: ignore[arg-type]
            shortfall = (
                np.maximum(target - values, 0.0) if better else np.maximum(values - target, 0.0)
            )
            scores = 1.0 - np.minimum(shortfall / span, 1.0)
            scores[np.isnan(values)] = np.nan
            return scores, note
        finite = np.isfinite(reference)
        count = finite.sum(axis=1, keepdims=True).astype(float)
        if (count == 0).any():
            scores = np.full(values.shape, np.nan)
            return scores, f"Indicator '{indicator.id}': no reference area has a value."
        if indicator.normalisation == "zscore":
            mean = np.where(finite, reference, 0.0).sum(axis=1, keepdims=True) / count
            dev = np.where(finite, reference - mean, 0.0)
            sd = np.sqrt((dev * dev).sum(axis=1, keepdims=True) / count)
            flat = sd <= 1e-12 * np.maximum(1.0, np.abs(mean))
            z = (values - mean) / np.where(flat, 1.0, sd)
            z = np.where(flat, 0.0, z)
            if not better:
                z = -z
            scores = 0.5 + np.clip(z, -z_clip, z_clip) / (2.0 * z_clip)
        elif indicator.normalisation == "minmax":
            low = np.where(finite, reference, np.inf).min(axis=1, keepdims=True)
            high = np.where(finite, reference, -np.inf).max(axis=1, keepdims=True)
            span = high - low
            flat = span <= 1e-12 * np.maximum(1.0, np.abs(high))
            scores = np.clip((values - low) / np.where(flat, 1.0, span), 0.0, 1.0)
            scores = np.where(flat, 0.5, scores)
            if not better:
                scores = np.where(flat, 0.5, 1.0 - scores)
        else:  # rank
            scores = np.empty(values.shape)
            flat = np.zeros((values.shape[0], 1), dtype=bool)
            for row in range(values.shape[0]):
                ref = np.sort(reference[row][finite[row]])
                below = np.searchsorted(ref, values[row], side="left")
                upto = np.searchsorted(ref, values[row], side="right")
                scores[row] = (below + 0.5 * (upto - below)) / ref.size
                flat[row] = ref[0] == ref[-1]
            if not better:
                scores = 1.0 - scores
    scores[np.isnan(values)] = np.nan
    if flat.any():
        note = (
            f"Indicator '{indicator.id}': all reference areas have the same value, so every "
            "area scores 0.5."
        )
    return scores, note


# --------------------------------------------------------------------------- aggregation


def aggregate(
    scores: np.ndarray,
    available: np.ndarray,
    weights: np.ndarray,
    aggregation: str,
    offset: float = DEFAULT_GEOMETRIC_OFFSET,
) -> np.ndarray:
    """Weighted mean along the last axis over the available parts; NaN where none has weight.

    Arithmetic: sum(w s) / sum(w); geometric: exp(sum(w log(s + offset)) / sum(w)) - offset.
    """
    scores = np.asarray(scores, dtype=float)
    weights = np.broadcast_to(np.asarray(weights, dtype=float), scores.shape)
    used = np.where(available, weights, 0.0)
    den = used.sum(axis=-1)
    with np.errstate(all="ignore"):
        if aggregation == "geometric":
            logs = np.where(available, np.log(np.where(available, scores, 1.0) + offset), 0.0)
            result = np.exp((logs * used).sum(axis=-1) / den) - offset
        else:
            result = (np.where(available, scores, 0.0) * used).sum(axis=-1) / den
    return np.where(den > 0, result, np.nan)


# --------------------------------------------------------------------------- reference


def reference_selection(
    frame: pd.DataFrame, reference_mask: Any = None, code_col: str | None = None
) -> tuple[np.ndarray, str]:
    """Which areas form the reference, and a label saying so.

    ``reference_mask``: None (all areas); a boolean array or Series (Series aligned on the
    index); a list of area codes (needs ``code_col``); or ``{column: value or [values]}``,
    e.g. ``{"gemeentecode": "GM0106"}`` for one municipality in a national layer.
    """
    n = len(frame)
    if reference_mask is None:
        return np.ones(n, dtype=bool), f"all areas ({n})"
    if isinstance(reference_mask, Mapping):
        mask = np.ones(n, dtype=bool)
        parts = []
        for column, wanted in reference_mask.items():
            if column not in frame.columns:
                raise WijkaanpakInputError(
                    f"Reference: field '{column}' is not in the layer. Available fields: "
                    + ", ".join(str(c) for c in frame.columns)
                    + "."
                )
            options = [wanted] if isinstance(wanted, (str, int, float)) else list(wanted)
            mask &= frame[column].isin(options).to_numpy()
            parts.append(f"{column} = {', '.join(str(o) for o in options)}")
        label = " and ".join(parts)
    elif isinstance(reference_mask, str) or (
        isinstance(reference_mask, Sequence)
        and len(reference_mask) > 0
        and all(isinstance(v, str) for v in reference_mask)
    ):
        codes = [reference_mask] if isinstance(reference_mask, str) else list(reference_mask)
        if code_col is None or code_col not in frame.columns:
            raise WijkaanpakInputError(
                "Reference given as area codes, but no code field: pass code_col "
                f"(got {code_col!r})."
            )
        known = set(frame[code_col].astype(str))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise WijkaanpakInputError(
                f"Reference: area code(s) not in field '{code_col}': {', '.join(unknown[:10])}"
                + (" ..." if len(unknown) > 10 else "")
                + "."
            )
        mask = frame[code_col].astype(str).isin(codes).to_numpy()
        label = "chosen areas"
    else:
        if isinstance(reference_mask, pd.Series):
            if not reference_mask.index.equals(frame.index):
                if not frame.index.isin(reference_mask.index).all():
                    raise WijkaanpakInputError(
                        "Reference mask: not every area of the layer is in the mask's index."
                    )
                reference_mask = reference_mask.reindex(frame.index)
            reference_mask = reference_mask.to_numpy()
        mask = np.asarray(reference_mask)
        if mask.dtype != bool or mask.shape != (n,):
            raise WijkaanpakInputError(
                f"Reference mask must be {n} true/false values (one per area), got "
                f"{mask.dtype} of shape {mask.shape}."
            )
        label = "chosen areas"
    count = int(mask.sum())
    if count == 0:
        raise WijkaanpakInputError(f"The reference ({label}) selects no area.")
    return mask.copy(), f"{label} ({count})"


def reference_words(label: str, language: str = "en") -> str:
    """The reference's description (``reference_selection``) in the user's language."""
    if language != "nl":
        return label
    for english, dutch in (
        ("all areas (", "alle gebieden ("),
        ("chosen areas (", "gekozen gebieden ("),
        (" and ", " en "),
    ):
        label = label.replace(english, dutch)
    return label


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class AmbitionScores:
    """Scores per area, plus the arrays the ranking reuses.

    ``table`` columns (index = the layer's index): the code field if given;
    ``value_<indicator>``, ``score_<indicator>`` (0..1, 1 = best), ``ambition_<ambition>``,
    ``total_score``, ``need`` (1 - total), ``need_driver_1..3`` and
    ``need_contribution_1..3``, ``missing_reweighted`` / ``missing_flagged`` (indicator ids),
    ``in_reference`` and ``reference``.
    """

    table: pd.DataFrame
    definition: IndicatorDefinition  # as used: skipped indicators removed
    skipped: tuple[str, ...]
    warnings: tuple[str, ...]
    reference_label: str
    reference_levels: dict[str, float]  # score of the reference per indicator (gap baseline)
    values: np.ndarray  # (areas, indicators) raw values
    scores: np.ndarray  # (areas, indicators) 0..1
    in_reference: np.ndarray  # (areas,) bool
    reference_values: np.ndarray  # (reference areas, indicators) raw values
    #: the definition as given, before skipping (its ambitions are the ones a total promises)
    full_definition: IndicatorDefinition | None = None
    #: indicators with a value for at least one area, in definition order
    indicators_used: tuple[str, ...] = ()
    #: indicator id -> why it is not used (field not in the layer, no number in any area)
    indicators_skipped: Mapping[str, str] = dataclass_field(default_factory=dict)
    #: ambitions with at least one usable indicator, in definition order
    ambitions_used: tuple[str, ...] = ()
    #: ambition id -> why it is left out of every area's total
    ambitions_skipped: Mapping[str, str] = dataclass_field(default_factory=dict)
    allow_missing_ambitions: bool = False


def score_ambitions(
    frame: pd.DataFrame,
    definition: DefinitionSource,
    reference_mask: Any = None,
    *,
    code_col: str | None = None,
    reference_frame: pd.DataFrame | None = None,
    allow_missing_ambitions: bool = False,
    language: str = "en",
) -> AmbitionScores:
    """Score every area per indicator, per ambition and in total, against a reference.

    ``language`` ('nl' or 'en'): the words of ``need_driver_<n>_label``, the indicator's
    ``label_nl`` or ``label_en`` from the definition (``need_driver_<n>`` keeps the id).

    The reference is all areas, a municipality (``{"gemeentecode": "GM0106"}``) or chosen
    areas (mask or code list), see ``reference_selection``. With ``reference_frame`` (e.g. a
    saved nulmeting) the reference areas are taken from that table instead, so two
    measurements are scored on one scale.

    An ambition none of whose indicators has a value in any area (fields absent, empty or
    suppressed) would silently leave every area's total: that raises
    :class:`MissingAmbitionsError`, unless ``allow_missing_ambitions`` says to score the total
    on the other ambitions (a warning says so, and the table records it per area).
    """
    full_definition = as_definition(definition)
    computed = indicator_values(frame, full_definition)
    defn = computed.definition
    warnings = list(computed.warnings)
    skipped = list(computed.skipped)
    if code_col is not None and code_col not in frame.columns:
        raise WijkaanpakInputError(
            f"Code field '{code_col}' is not in the layer. Available fields: "
            + ", ".join(str(c) for c in frame.columns)
            + "."
        )
    if reference_frame is None:
        ref_mask, ref_label = reference_selection(frame, reference_mask, code_col)
        in_reference = ref_mask
        ref_values_all = computed.values.to_numpy(dtype=float)
    else:
        ref_mask, ref_label = reference_selection(reference_frame, reference_mask, code_col)
        ref_label = f"other table: {ref_label}"
        in_reference = np.zeros(len(frame), dtype=bool)
        ref_computed = indicator_values(reference_frame, defn)
        if ref_computed.skipped:
            skipped += list(ref_computed.skipped)
            warnings += [f"Reference table: {w}" for w in ref_computed.warnings]
            defn = defn.without(ref_computed.skipped)
        ref_values_all = ref_computed.values[[i.id for i in defn.indicators]].to_numpy(float)
    values = computed.values[[i.id for i in defn.indicators]].to_numpy(dtype=float)
    reference_values = ref_values_all[ref_mask]

    n, k = values.shape
    scores = np.empty((n, k))
    levels: dict[str, float] = {}
    for j, ind in enumerate(defn.indicators):
        col, note = normalise(values[:, j], reference_values[:, j], ind, defn.z_clip)
        scores[:, j] = col[0]
        if note:
            warnings.append(note)
        if ind.normalisation == "target":
            levels[ind.id] = 1.0
        else:
            ref_col = reference_values[:, j]
            ref_scores = normalise(ref_col, ref_col, ind, defn.z_clip)[0][0]
            finite = np.isfinite(ref_scores)
            levels[ind.id] = float(ref_scores[finite].mean()) if finite.any() else math.nan

    available = np.isfinite(scores)
    weights = np.array([ind.weight for ind in defn.indicators], dtype=float)
    ambition_ids = [a.id for a in defn.ambitions]
    ambition_of = np.array([ambition_ids.index(i.ambition) for i in defn.indicators])
    flag_cols = np.array([ind.missing == "flag" for ind in defn.indicators])
    n_amb = len(defn.ambitions)
    ambition_scores = np.empty((n, n_amb))
    ambition_den = np.empty((n, n_amb))
    flagged_area = np.zeros(n, dtype=bool)
    ambition_out = np.empty((n, n_amb))
    for a, amb in enumerate(defn.ambitions):
        cols = ambition_of == a
        ambition_scores[:, a] = aggregate(
            scores[:, cols],
            available[:, cols],
            weights[cols],
            amb.aggregation,
            defn.geometric_offset,
        )
        ambition_den[:, a] = np.where(available[:, cols], weights[cols], 0.0).sum(axis=1)
        # a missing value of a "flag" indicator leaves its ambition (and the total) empty
        flagged = (~available[:, cols] & flag_cols[cols]).any(axis=1)
        ambition_out[:, a] = np.where(flagged, np.nan, ambition_scores[:, a])
        flagged_area |= flagged
    amb_available = np.isfinite(ambition_scores)
    amb_weights = np.array([a.weight for a in defn.ambitions], dtype=float)
    total = aggregate(
        ambition_scores, amb_available, amb_weights, defn.total_aggregation, defn.geometric_offset
    )
    total = np.where(flagged_area, np.nan, total)

    # effective weight of each indicator in the area's total, renormalised over what it has
    with np.errstate(all="ignore"):
        within = np.where(available, weights, 0.0) / ambition_den[:, ambition_of]
        amb_share = np.where(amb_available, amb_weights, 0.0)
        amb_share = amb_share / amb_share.sum(axis=1, keepdims=True)
        effective = np.nan_to_num(within * amb_share[:, ambition_of])
    level_row = np.array([levels[i.id] for i in defn.indicators])
    gaps = np.where(available, np.maximum(level_row - scores, 0.0), 0.0)
    contribution = np.nan_to_num(effective * gaps)
    order = np.argsort(-contribution, axis=1, kind="stable")[:, :NEED_DRIVERS]
    top = np.take_along_axis(contribution, order, axis=1)
    ids = np.array([i.id for i in defn.indicators], dtype=object)
    labels = np.array(
        [i.label_nl if language == "nl" else i.label_en for i in defn.indicators], dtype=object
    )

    table = pd.DataFrame(index=frame.index)
    if code_col is not None:
        table[code_col] = frame[code_col].to_numpy()
    for j, ind in enumerate(defn.indicators):
        table[f"value_{ind.id}"] = values[:, j]
    for j, ind in enumerate(defn.indicators):
        table[f"score_{ind.id}"] = scores[:, j]
    for a, amb in enumerate(defn.ambitions):
        table[f"ambition_{amb.id}"] = ambition_out[:, a]
    table["total_score"] = total
    table["need"] = 1.0 - total
    for rank in range(NEED_DRIVERS):
        if rank < order.shape[1]:
            has = top[:, rank] > _NEED_EPS
            table[f"need_driver_{rank + 1}"] = np.where(has, ids[order[:, rank]], None)
            table[f"need_driver_{rank + 1}_label"] = np.where(has, labels[order[:, rank]], None)
            table[f"need_contribution_{rank + 1}"] = np.where(has, top[:, rank], np.nan)
        else:
            table[f"need_driver_{rank + 1}"] = None
            table[f"need_driver_{rank + 1}_label"] = None
            table[f"need_contribution_{rank + 1}"] = np.nan
    table["missing_reweighted"] = _id_lists(~available & ~flag_cols, ids)
    table["missing_flagged"] = _id_lists(~available & flag_cols, ids)

    # what the totals rest on: per area, and for the layer as a whole
    used_ids = [ind.id for j, ind in enumerate(defn.indicators) if available[:, j].any()]
    indicators_skipped = {
        ind.id: _skip_reason(ind, frame, reference_frame, ind.id in skipped)
        for ind in full_definition.indicators
        if ind.id not in used_ids
    }
    ambitions_used = tuple(
        amb.id
        for amb in full_definition.ambitions
        if any(i.ambition == amb.id and i.id in used_ids for i in full_definition.indicators)
    )
    ambitions_skipped = {
        amb.id: _ambition_reason(amb, full_definition, indicators_skipped)
        for amb in full_definition.ambitions
        if amb.id not in ambitions_used
    }
    n_all = len(full_definition.ambitions)
    if ambitions_skipped and not allow_missing_ambitions:
        raise MissingAmbitionsError(
            f"{len(ambitions_skipped)} of {n_all} ambitions of the definition have no usable "
            "indicator, so every total would silently leave them out: "
            + "; ".join(f"'{a}' ({why})" for a, why in ambitions_skipped.items())
            + ". Add the fields, use a definition without these ambitions, or allow "
            "ambitions without data explicitly.",
            ambitions_skipped,
            n_all,
        )
    for amb_id in ambitions_skipped:
        warnings.append(
            f"Ambition '{amb_id}' is left out of the total of every area: none of its "
            "indicators has a value (allowed explicitly; the total and the need cover the "
            "other ambitions only)."
        )
    in_total = amb_available & np.isfinite(total)[:, None]
    for a, amb in enumerate(defn.ambitions):
        lacking = int((~amb_available[:, a] & np.isfinite(total)).sum())
        if amb.id in ambitions_used and lacking:
            warnings.append(
                f"Ambition '{amb.id}' has no value for {lacking} of {n} area(s); their total "
                "is computed without it (see ambitions_missing)."
            )
    all_ambitions = np.array([a.id for a in full_definition.ambitions], dtype=object)
    position = {a: i for i, a in enumerate(all_ambitions)}
    in_total_all = np.zeros((n, n_all), dtype=bool)
    for a, amb in enumerate(defn.ambitions):
        in_total_all[:, position[amb.id]] = in_total[:, a]
    used_cols = np.array([i.id in used_ids for i in defn.indicators])
    table["indicators_used"] = _id_lists(available & used_cols, ids)
    table["ambitions_in_total"] = _id_lists(in_total_all, all_ambitions)
    table["ambitions_missing"] = _id_lists(~in_total_all, all_ambitions)
    table["in_reference"] = in_reference
    table["reference"] = reference_words(ref_label, language)
    return AmbitionScores(
        table=table,
        definition=defn,
        skipped=tuple(skipped),
        warnings=tuple(warnings),
        reference_label=ref_label,
        reference_levels=levels,
        values=values,
        scores=scores,
        in_reference=in_reference,
        reference_values=reference_values,
        full_definition=full_definition,
        indicators_used=tuple(used_ids),
        indicators_skipped=indicators_skipped,
        ambitions_used=ambitions_used,
        ambitions_skipped=ambitions_skipped,
        allow_missing_ambitions=bool(allow_missing_ambitions),
    )


def _skip_reason(
    indicator: Indicator,
    frame: pd.DataFrame,
    reference_frame: pd.DataFrame | None,
    field_absent: bool,
) -> str:
    """Why an indicator is not used: its fields are absent, or no area has a number."""
    if field_absent:
        absent = [c for c in indicator.columns if c not in frame.columns]
        where = "the layer"
        if not absent and reference_frame is not None:
            absent = [c for c in indicator.columns if c not in reference_frame.columns]
            where = "the reference table"
        return "field {} not in {}".format(", ".join(f"'{c}'" for c in absent), where)
    return "no number in any area (empty or suppressed) in field {}".format(
        ", ".join(f"'{c}'" for c in indicator.columns)
    )


def _ambition_reason(
    ambition: Ambition, definition: IndicatorDefinition, skipped: Mapping[str, str]
) -> str:
    members = [i for i in definition.indicators if i.ambition == ambition.id]
    return "none of its indicators has a value: " + "; ".join(
        f"'{i.id}': {skipped.get(i.id, 'not used')}" for i in members
    )


def _id_lists(mask: np.ndarray, ids: np.ndarray) -> list[str]:
    """Comma-separated indicator ids per row of a boolean (areas, indicators) mask."""
    return [", ".join(ids[row]) for row in mask]
