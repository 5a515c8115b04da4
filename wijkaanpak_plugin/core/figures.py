"""Key figures per area (CBS, RIVM/GGD): reading, suppressed values, joining to areas by code.

Published small-area statistics hide values for small populations. The hidden value is
written as a marker ('.', 'x', ...) or as a negative sentinel (-99997, ...). Read naively,
'.' is an error and -99997 is a number that silently wrecks every mean and ranking. Here
every marker becomes NaN (missing), never a number, and text that is neither a number nor
a known marker is an error, because guessing would hide a broken file.

Suppression rules (:func:`parse_figures`, the one reader of figures that every numeric read
in the core uses; :func:`parse_suppressed` returns only its numbers), applied after trimming
spaces:

* NULL / NaN, '' (empty), '.', 'x', 'X', '?', '-' → NaN;
* any number <= -99990, as a number or as text (-99997, -99995, -99999999, -99999997,
  '-99997') → NaN (CBS and RIVM sentinel codes);
* '12,5' (a single decimal comma, no point) → 12.5; '12.5' → 12.5;
* anything else that is not a number (e.g. 'abc', '1.234,5') → :class:`WijkaanpakInputError`
  (or NaN, counted as unreadable, with ``errors='coerce'``); infinite numbers → NaN.

:func:`parse_figures` also counts the suppressed values (markers and codes, not empty
values), so every caller can warn "field 'x' has 3 suppressed value(s) (-99997, '.')".

Area codes (:func:`normalise_area_codes`): trimmed and upper-cased; 'GM0106', 'WK010600',
'BU01060000' are taken as they are (4, 6 and 8 digits). CBS also publishes codes without the
letters ('gwb_code_8': '0106', '010600', '01060000'); these are accepted when they start with
0 and have 4, 6 or 8 digits. Bare numbers that lost their leading zeros in a spreadsheet
(10600 for WK010600) need the level: it is given, or inferred when all prefixed codes in the
areas and the figures are of one level. Other codes ('NL01') are kept as they are.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .schema import as_text

#: Text markers CBS / RIVM use for a suppressed or missing value (compared after trimming).
SUPPRESSED_MARKERS = ("", ".", "x", "X", "?", "-")
#: Numbers at or below this are sentinel codes (-99997, -99995, -99999999, -99999997, ...).
SENTINEL_MAX = -99990.0
#: Digits after the level prefix.
LEVEL_WIDTH = {"GM": 4, "WK": 6, "BU": 8}
_WIDTH_LEVEL = {w: lv for lv, w in LEVEL_WIDTH.items()}

RIVM_CODE_COLUMN = "Codering_3"
RIVM_LONELINESS_COLUMNS = (
    "Eenzaam_28",
    "ErnstigZeerErnstigEenzaam_29",
    "EmotioneelEenzaam_30",
    "SociaalEenzaam_31",
)


def _examples(values: Sequence, limit: int = 5) -> str:
    vals = list(dict.fromkeys(str(v) for v in values))
    shown = ", ".join(f"'{v}'" for v in vals[:limit])
    return shown + (f" and {len(vals) - limit} more" if len(vals) > limit else "")


# --------------------------------------------------------------------------------------------
# Suppressed values
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedFigures:
    """A column of figures read by :func:`parse_figures`: the numbers, and what was not one.

    ``suppressed``: how many values were suppression markers ('.', 'x', 'X', '?', '-') or
    sentinel codes (<= -99990); empty values and NULL are missing but not counted here.
    ``unreadable``: values that are neither a number nor a marker (only with
    ``errors='coerce'``; also infinite numbers). The ``..._examples`` are distinct values as
    found, for messages.
    """

    values: pd.Series
    suppressed: int = 0
    suppressed_examples: tuple[str, ...] = ()
    unreadable: int = 0
    unreadable_examples: tuple[str, ...] = ()

    def messages(self, name: str, where: str = "") -> list[str]:
        """English sentences for a log: one per kind of value that did not count as a number."""
        lead = f"{where}: field" if where else "Field"
        out = []
        if self.suppressed:
            out.append(suppressed_message(name, self.suppressed, self.suppressed_examples, where))
        if self.unreadable:
            out.append(
                f"{lead} '{name}' has {self.unreadable} value(s) that are not numbers "
                f"(e.g. {', '.join(self.unreadable_examples)}); they count as missing."
            )
        return out


def suppressed_message(name: str, count: int, examples: Sequence[str] = (), where: str = "") -> str:
    """The log sentence: "Field 'x' has 3 suppressed value(s) (-99997, '.'); ..."."""
    lead = f"{where}: field" if where else "Field"
    shown = f" ({', '.join(examples)})" if examples else ""
    return (
        f"{lead} '{name}' has {count} suppressed value(s){shown}; they count as missing, "
        "not as numbers."
    )


def _shown(values: np.ndarray, quote: bool, limit: int = 3) -> tuple[str, ...]:
    """Distinct values for a message: numbers as whole numbers where they are, text quoted."""
    out: list[str] = []
    for value in values:
        if isinstance(value, (float, np.floating)) and float(value).is_integer():
            text = str(int(value))
        elif isinstance(value, (float, np.floating)):
            text = f"{float(value):g}"
        else:
            text = str(value).strip()
        text = f"'{text}'" if quote else text
        if text not in out:
            out.append(text)
        if len(out) == limit:
            break
    return tuple(out)


def _parse_figures(
    series: pd.Series, name: str | None, labels: pd.Series | None, errors: str
) -> ParsedFigures:
    s = pd.Series(series, copy=False)
    if errors not in ("raise", "coerce"):
        raise ValueError("errors must be 'raise' or 'coerce'")
    if pd.api.types.is_bool_dtype(s.dtype):
        raise WijkaanpakInputError(f"Column '{name or s.name}' holds yes/no values, not figures.")
    marker = np.zeros(len(s), dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype):
        num = s.astype(float)
        bad = np.isinf(num.to_numpy())
        quote_bad = False
    else:
        missing = s.isna().to_numpy()
        text = s.astype(str).str.strip()
        text[missing] = ""
        marker = text.isin(SUPPRESSED_MARKERS).to_numpy() & (text != "").to_numpy()
        blank = text.isin(SUPPRESSED_MARKERS).to_numpy()
        comma = text.str.count(",").to_numpy() == 1
        dot = text.str.contains(".", regex=False).to_numpy(dtype=bool)
        decimal_comma = comma & ~dot
        fixed = text.where(~decimal_comma, text.str.replace(",", ".", regex=False))
        fixed = fixed.where(~blank)
        num = pd.to_numeric(fixed, errors="coerce").astype(float)
        bad = ~blank & (num.isna().to_numpy() | np.isinf(num.to_numpy()))
        quote_bad = True
        if bad.any() and errors == "raise":
            where = labels.to_numpy()[bad] if labels is not None else s.index.to_numpy()[bad]
            examples = _examples(s.to_numpy()[bad])
            raise WijkaanpakInputError(
                f"Column '{name or s.name}' has {int(bad.sum())} value(s) that are neither a "
                f"number nor a suppression marker, e.g. {examples} (at {_examples(where, 3)}). "
                "Markers: '.', 'x', '?', '-', empty, or <= -99990."
            )
    raw = s.to_numpy()
    num[bad] = np.nan
    sentinel = (num <= SENTINEL_MAX).to_numpy()
    num = num.where(~sentinel)
    num.name = s.name
    suppressed = marker | sentinel
    quoted = not pd.api.types.is_numeric_dtype(s.dtype)
    return ParsedFigures(
        values=num,
        suppressed=int(suppressed.sum()),
        suppressed_examples=_shown(raw[suppressed], quoted),
        unreadable=int(bad.sum()),
        unreadable_examples=_shown(raw[bad], quote_bad),
    )


def _parse_suppressed(
    series: pd.Series, name: str | None, labels: pd.Series | None, errors: str
) -> pd.Series:
    return _parse_figures(series, name, labels, errors).values


def parse_figures(
    series: pd.Series, *, name: str | None = None, errors: str = "raise"
) -> ParsedFigures:
    """Figures as floats with every suppression marker as NaN, and how many there were.

    The one reader of CBS/RIVM figures: every numeric read of figures in the core goes
    through here (rules in the module docstring), so that -99997 is never a number anywhere.
    ``errors='raise'`` (default) stops on text that is neither a number nor a marker, naming
    the column (``name`` or the series name), examples and row labels; ``'coerce'`` makes it
    NaN and counts it as ``unreadable``. Vectorised; the index and name are kept.
    """
    return _parse_figures(series, name, None, errors)


def parse_suppressed(
    series: pd.Series, *, name: str | None = None, errors: str = "raise"
) -> pd.Series:
    """Figures as floats with every suppression marker as NaN (see :func:`parse_figures`)."""
    return _parse_figures(series, name, None, errors).values


# --------------------------------------------------------------------------------------------
# Area codes
# --------------------------------------------------------------------------------------------


def _prefixed_levels(codes: pd.Series) -> set[str]:
    text = as_text(codes).str.upper()
    found = text.str.extract(r"^(GM|WK|BU)\d+$", expand=False)
    return set(found.dropna().unique())


def normalise_area_codes(
    codes: pd.Series, level: str | None = None, what: str = "area code"
) -> pd.Series:
    """Area codes in CBS form ('GM0106', 'WK010600', 'BU01060000'); NaN where empty.

    See the module docstring for the accepted forms. ``level`` ('GM', 'WK' or 'BU') is needed
    only for bare numbers without their leading zeros; bare numbers longer than that level's
    width are left as they are (another level; they will not match). Raises for prefixed codes
    with the wrong number of digits and for bare numbers when the level is unknown.
    """
    if level is not None:
        level = str(level).strip().upper()
        if level not in LEVEL_WIDTH:
            raise WijkaanpakInputError(f"Area level '{level}' is not one of GM, WK, BU.")
    text = as_text(codes).str.upper()
    out = text.copy()
    parts = text.str.extract(r"^(GM|WK|BU)(\d+)$")
    prefixed = parts[0].notna().to_numpy()
    if prefixed.any():
        want = parts[0].map(LEVEL_WIDTH).to_numpy()
        have = parts[1].str.len().to_numpy()
        wrong = prefixed & (want != have)
        if wrong.any():
            examples = _examples(text.to_numpy()[wrong])
            raise WijkaanpakInputError(
                f"The {what}(s) {examples} do not have the CBS form GM + 4, WK + 6 or BU + 8 "
                "digits (e.g. GM0106, WK010600, BU01060000)."
            )
    bare = text.str.fullmatch(r"\d+", na=False).to_numpy(dtype=bool)
    if bare.any():
        lens = text.str.len().fillna(0).to_numpy().astype(int)
        zero_kept = bare & text.str.startswith("0", na=False).to_numpy(dtype=bool)
        zero_kept &= np.isin(lens, list(_WIDTH_LEVEL))
        if zero_kept.any():
            prefix = pd.Series(lens[zero_kept]).map(_WIDTH_LEVEL).to_numpy(dtype=object)
            out[zero_kept] = prefix + text.to_numpy(dtype=object)[zero_kept]
        rest = bare & ~zero_kept
        if rest.any():
            if level is None:
                examples = _examples(text.to_numpy()[rest])
                raise WijkaanpakInputError(
                    f"The {what}(s) {examples} have no GM/WK/BU letters and lost their leading "
                    "zeros, so their level cannot be told; choose the level (GM, WK or BU)."
                )
            width = LEVEL_WIDTH[level]
            fits = rest & (lens <= width)
            if fits.any():
                out[fits] = (level + text[fits].str.zfill(width)).to_numpy(dtype=object)
    return out


# --------------------------------------------------------------------------------------------
# Join
# --------------------------------------------------------------------------------------------


@dataclass
class JoinReport:
    """What happened in :func:`join_figures`, for the log and the report.

    ``areas_without_figures``: area codes with no row in the figures (their values are NULL);
    ``figures_without_area``: figure codes that match no area; ``..._same_level`` the part of
    those at a level the areas use (a renamed or new area, worth a look; the rest are other
    levels such as buurten in a wijk join); ``suppressed``: per output column, how many joined
    areas have NaN (suppressed or missing).
    """

    level: str | None
    n_areas: int
    n_matched: int
    areas_without_code: int
    areas_without_figures: list = field(default_factory=list)
    figures_without_area: list = field(default_factory=list)
    figures_without_area_same_level: list = field(default_factory=list)
    duplicate_area_codes: list = field(default_factory=list)
    columns: dict = field(default_factory=dict)
    suppressed: dict = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every area has a code and a row in the figures."""
        return self.n_matched == self.n_areas

    def messages(self) -> list[str]:
        """English sentences for the Processing log."""
        msgs = [f"{self.n_matched} of {self.n_areas} areas have figures."]
        if self.areas_without_code:
            msgs.append(f"{self.areas_without_code} area(s) have no area code.")
        if self.areas_without_figures:
            codes = _examples(self.areas_without_figures, 10)
            msgs.append(f"No figures for area code(s) {codes}; their values are left empty.")
        if self.figures_without_area_same_level:
            codes = _examples(self.figures_without_area_same_level, 10)
            msgs.append(f"Figures for code(s) {codes} match no area (renamed or new areas?).")
        other = len(self.figures_without_area) - len(self.figures_without_area_same_level)
        if other:
            msgs.append(f"{other} figure code(s) are for other levels or regions and are unused.")
        if self.duplicate_area_codes:
            codes = _examples(self.duplicate_area_codes, 10)
            msgs.append(
                f"Area code(s) {codes} occur more than once in the areas; each gets the same "
                "figures."
            )
        for col, n in self.suppressed.items():
            if n:
                msgs.append(f"{col}: {n} area(s) without a published value (suppressed).")
        return msgs


def join_figures(
    areas: pd.DataFrame,
    area_code_col: str,
    figures: pd.DataFrame,
    figure_code_col: str,
    columns: Sequence[str],
    prefix: str = "",
    level: str | None = None,
) -> tuple[pd.DataFrame, JoinReport]:
    """Add figure columns to the areas by area code; suppressed values become NaN.

    ``columns`` are figure columns, parsed with :func:`parse_suppressed` and added as
    ``prefix + column``. Codes are normalised on both sides (:func:`normalise_area_codes`;
    ``level`` for bare numbers, else inferred). A code that occurs twice in the figures and
    matches an area is an error naming it (filter the figures first, e.g. one age group and
    one year). Areas keep their rows and order; areas without figures get NaN.
    """
    if not isinstance(areas, pd.DataFrame) or not isinstance(figures, pd.DataFrame):
        raise WijkaanpakInputError("Areas and figures must be tables (pandas DataFrames).")
    if area_code_col not in areas.columns:
        raise WijkaanpakInputError(
            "The areas have no field '{}'; fields are: {}.".format(
                area_code_col, ", ".join(map(str, areas.columns))
            )
        )
    if figure_code_col not in figures.columns:
        raise WijkaanpakInputError(
            "The figures have no column '{}'; columns are: {}.".format(
                figure_code_col, ", ".join(map(str, figures.columns))
            )
        )
    columns = list(columns)
    if not columns:
        raise WijkaanpakInputError("Choose at least one figure column to add to the areas.")
    missing = [c for c in columns if c not in figures.columns]
    if missing:
        raise WijkaanpakInputError(
            "The figures have no column {}; available columns are: {}.".format(
                ", ".join(f"'{c}'" for c in missing), ", ".join(map(str, figures.columns))
            )
        )
    out_names = {c: f"{prefix}{c}" for c in columns}
    clash = [n for n in out_names.values() if n in areas.columns]
    if clash:
        raise WijkaanpakInputError(
            "The areas already have field(s) {}; choose a prefix for the new columns.".format(
                ", ".join(f"'{c}'" for c in clash)
            )
        )

    if level is None:
        levels = _prefixed_levels(areas[area_code_col]) | _prefixed_levels(figures[figure_code_col])
        inferred = levels.pop() if len(levels) == 1 else None
    else:
        inferred = level
    area_codes = normalise_area_codes(areas[area_code_col], inferred, "area code")
    fig_codes = normalise_area_codes(figures[figure_code_col], inferred, "figure code")

    area_set = set(area_codes.dropna().unique())
    dup_mask = fig_codes.notna() & fig_codes.duplicated(keep=False) & fig_codes.isin(area_set)
    if dup_mask.any():
        codes = _examples(fig_codes[dup_mask].to_numpy(), 10)
        raise WijkaanpakInputError(
            f"The figures have more than one row for area code(s) {codes}; keep one row per "
            "area (e.g. filter on age group or year) before joining."
        )

    parsed = pd.DataFrame(
        {
            out_names[c]: _parse_suppressed(figures[c], c, fig_codes, "raise").to_numpy()
            for c in columns
        }
    )
    keep = (fig_codes.notna() & ~fig_codes.duplicated(keep="first")).to_numpy()
    lookup = parsed[keep].set_index(pd.Index(fig_codes.to_numpy()[keep], dtype=object))
    joined_values = lookup.reindex(pd.Index(area_codes.to_numpy(), dtype=object))
    joined = areas.copy()
    for name in out_names.values():
        joined[name] = joined_values[name].to_numpy(dtype=float)

    fig_set = set(lookup.index)
    has_code = area_codes.notna().to_numpy()
    matched = has_code & area_codes.isin(fig_set).to_numpy()
    area_unique = pd.unique(area_codes.dropna())
    fig_unique = pd.unique(fig_codes.dropna())
    without_area = [c for c in fig_unique if c not in area_set]
    area_levels = {str(c)[:2] for c in area_set if str(c)[:2] in LEVEL_WIDTH}
    report = JoinReport(
        level=inferred,
        n_areas=int(len(areas)),
        n_matched=int(matched.sum()),
        areas_without_code=int((~has_code).sum()),
        areas_without_figures=[c for c in area_unique if c not in fig_set],
        figures_without_area=without_area,
        figures_without_area_same_level=[c for c in without_area if str(c)[:2] in area_levels],
        duplicate_area_codes=list(pd.unique(area_codes[area_codes.duplicated()].dropna())),
        columns=dict(out_names),
        suppressed={
            name: int(np.isnan(joined[name].to_numpy()[matched]).sum())
            for name in out_names.values()
        },
    )
    return joined, report


# --------------------------------------------------------------------------------------------
# Reading CSV files
# --------------------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except OSError as exc:
            raise WijkaanpakInputError(f"{path} looks gzip-compressed but is damaged.") from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise WijkaanpakInputError(f"{path} is neither UTF-8 nor Windows-1252 text.")


def _sniff_delimiter(header: str) -> str:
    """The most frequent of ';', ',' and tab outside quotes in the header line."""
    counts = {}
    for delim in (";", ",", "\t"):
        try:
            counts[delim] = len(next(csv.reader([header], delimiter=delim))) - 1
        except (csv.Error, StopIteration):
            counts[delim] = 0
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def read_figures_csv(path: str | Path) -> pd.DataFrame:
    """Read a figures CSV (comma, semicolon or tab; gzip allowed) with every value as text.

    Text keeps suppression markers ('.', 'x', '') intact for :func:`parse_suppressed`, and
    keeps leading zeros of codes. Header names and values are trimmed (StatLine pads codes
    with spaces). UTF-8 (with or without BOM) or Windows-1252.
    """
    p = Path(path)
    if not p.is_file():
        raise WijkaanpakInputError(f"The figures file {p} does not exist.")
    text = _read_text(p)
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        raise WijkaanpakInputError(f"The figures file {p} is empty or has no header line.")
    delim = _sniff_delimiter(first)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delim,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skipinitialspace=False,
        )
    except (pd.errors.ParserError, ValueError) as exc:
        raise WijkaanpakInputError(f"The figures file {p} cannot be read as CSV: {exc}") from exc
    frame.columns = [str(c).strip().strip('"') for c in frame.columns]
    for col in frame.columns:
        frame[col] = frame[col].str.strip()
    return frame


def read_rivm_csv(path: str | Path) -> pd.DataFrame:
    """Read an RIVM/CBS 'Gezondheid per wijk en buurt' CSV; checks the code column is there."""
    frame = read_figures_csv(path)
    if RIVM_CODE_COLUMN not in frame.columns:
        raise WijkaanpakInputError(
            "{} has no column '{}' (area code) and is not an RIVM health-monitor table; "
            "columns are: {}.".format(Path(path), RIVM_CODE_COLUMN, ", ".join(frame.columns))
        )
    return frame
