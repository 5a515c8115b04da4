"""Two planners, one playground: is it safe to save, and what did the other one change?

A planner starts from the values stored when they opened a playground (*base*), edits some
of them (*mine*), and saves. Meanwhile another planner may have saved the same playground
(*stored*: the row as the data source holds it now). :func:`check_save` compares the three
field by field:

* a field the other planner changed (stored differs from base) is a :class:`FieldChange`;
* it *clashes* when this planner changed it too, to another value;
* the save is in conflict when the other planner changed anything since the base, or deleted
  the playground. Then the planner chooses (:data:`KEEP_THEIRS`, :data:`USE_MINE`, or
  cancel and keep editing); :meth:`SaveCheck.values_to_write` gives the values that carry out
  that choice for the clashing fields. Fields that only one of the two changed keep that
  change in both choices, so nothing is lost that nobody chose to replace.

The inventory's ``version`` field (docs/schema.md) counts saves; :func:`next_version` gives
the value a save writes. :func:`classify_save_errors` turns a data provider's commit errors
into the kind of failure the planner is told about in words. Plain Python, no Qt.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence, Tuple

#: The inventory field that counts saves of a row (docs/schema.md).
VERSION_FIELD = "version"

#: Fields that go with another one: the assessment sets ``condition`` from
#: ``condition_score``, so a choice between two scores takes the matching condition along.
ASSESSMENT_LINKS: Dict[str, Tuple[str, ...]] = {"condition_score": ("condition",)}

#: The planner's choices when their save is in conflict.
KEEP_THEIRS = "keep_theirs"
USE_MINE = "use_mine"
CHOICES = (KEEP_THEIRS, USE_MINE)

#: Kinds of save failure (:func:`classify_save_errors`).
CONNECTION_LOST = "connection_lost"
PERMISSION_DENIED = "permission_denied"
OTHER_FAILURE = "other"

_CONNECTION_LOST_MARKERS = (
    "server closed the connection",
    "terminating connection",
    "connection to server",
    "could not connect",
    "no connection to the server",
    "connection not open",
    "connection is bad",
    "could not send data",
    "could not receive data",
    "server process was terminated",
    "database system is shutting down",
    "database system is starting up",
    "connection refused",
    "ssl syscall",
    "lost synchronization with server",
    "server unexpectedly",
    "no result buffer",  # QGIS's postgres provider when the backend went away mid-statement
)
_PERMISSION_MARKERS = (
    "permission denied",
    "must be owner",
    "insufficient privilege",
    "read-only transaction",
    "not allowed to",
)


def _normalised(value: Any) -> Any:
    """A value in a form that compares the way a planner reads it."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        text = value.strip()
        return text if text else None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def same_value(a: Any, b: Any) -> bool:
    """Whether two stored values mean the same: NULL, NaN and empty text are all 'empty';
    4 equals 4.0; a date equals its ISO text; numbers within 1e-9 (relative) are equal."""
    x, y = _normalised(a), _normalised(b)
    if x is None or y is None:
        return x is None and y is None
    numbers = (int, float)
    if isinstance(x, numbers) and isinstance(y, numbers):
        return math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-12)
    if (
        isinstance(x, str)
        and isinstance(y, numbers)
        or isinstance(y, str)
        and isinstance(x, numbers)
    ):
        try:
            return math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-12)
        except ValueError:
            return False
    return x == y


def as_version(value: Any) -> Optional[int]:
    """A stored version as an integer; None when empty or not a whole number."""
    value = _normalised(value)
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or number != int(number):
        return None
    return int(number)


def next_version(stored_version: Any) -> int:
    """The version a save writes: one more than the stored one (an empty version counts as 0)."""
    current = as_version(stored_version)
    return 1 if current is None or current < 0 else current + 1


@dataclass(frozen=True)
class FieldChange:
    """A field the other planner changed since this planner's base."""

    field: str
    base: Any
    mine: Any
    theirs: Any
    #: this planner changed the field too (mine differs from base)
    mine_changed: bool

    @property
    def clash(self) -> bool:
        """Both changed the field, to different values: one of the two has to give way."""
        return self.mine_changed and not same_value(self.mine, self.theirs)


@dataclass(frozen=True)
class SaveCheck:
    """What :func:`check_save` found for one row."""

    conflict: bool
    changes: Tuple[FieldChange, ...] = ()
    deleted: bool = False
    base_version: Optional[int] = None
    stored_version: Optional[int] = None
    #: per clashing field, the fields that go with it: (name, mine, theirs)
    linked: Dict[str, Tuple[Tuple[str, Any, Any], ...]] = field(default_factory=dict)

    @property
    def clashes(self) -> Tuple[FieldChange, ...]:
        return tuple(change for change in self.changes if change.clash)

    def values_to_write(self, choice: str) -> Dict[str, Any]:
        """Per field the other planner changed, the value the save writes for ``choice``: a
        clashing field gets theirs for :data:`KEEP_THEIRS` and mine for :data:`USE_MINE`; a
        field only they changed gets theirs either way (an edit made from a form opened
        before their save may carry the old value: it must not undo their change). Fields
        only this planner changed are not listed: they are saved as they are. A clashing
        field takes the fields linked to it (:data:`ASSESSMENT_LINKS`) along, so a kept
        score never stands beside the other planner's condition."""
        if choice not in CHOICES:
            raise ValueError(f"unknown choice {choice!r}; choices are {', '.join(CHOICES)}")
        values = {
            change.field: change.mine if change.clash and choice == USE_MINE else change.theirs
            for change in self.changes
        }
        for change in self.clashes:
            for name, mine, theirs in self.linked.get(change.field, ()):
                values[name] = mine if choice == USE_MINE else theirs
        return values


def check_save(
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    stored: Optional[Mapping[str, Any]],
    version_field: str = VERSION_FIELD,
    ignore: Iterable[str] = (),
    links: Mapping[str, Sequence[str]] = ASSESSMENT_LINKS,
) -> SaveCheck:
    """Compare what the planner started from (``base``), what they will save (``mine``) and
    the row as stored now (``stored``; None when it was deleted).

    Only fields in ``base`` are compared (the planner cannot have started from a value they
    never saw); ``ignore`` names fields to leave out (the primary key, say). The version
    field is not compared as a value: a conflict is a value the other planner changed, so
    a save by someone who changed nothing (or only the geometry) does not stop this one.
    """
    base_version = as_version(base.get(version_field))
    if stored is None:
        return SaveCheck(conflict=True, deleted=True, base_version=base_version)
    skip = set(ignore) | {version_field}
    changes = []
    for name, started in base.items():
        if name in skip or name not in stored:
            continue
        theirs = stored[name]
        if same_value(theirs, started):
            continue
        current = mine.get(name, started)
        changes.append(
            FieldChange(
                field=name,
                base=started,
                mine=current,
                theirs=theirs,
                mine_changed=not same_value(current, started),
            )
        )
    linked = {
        change.field: tuple(
            (name, mine.get(name, base.get(name)), stored[name])
            for name in links.get(change.field, ())
            if name in stored
        )
        for change in changes
        if change.clash and links.get(change.field)
    }
    return SaveCheck(
        conflict=bool(changes),
        changes=tuple(changes),
        base_version=base_version,
        stored_version=as_version(stored.get(version_field)),
        linked=linked,
    )


def classify_save_errors(errors: Sequence[str]) -> str:
    """The kind of a failed save from a provider's commit errors: :data:`CONNECTION_LOST`
    (the database went away during the save), :data:`PERMISSION_DENIED` (the database user
    may not change the table) or :data:`OTHER_FAILURE`."""
    text = " ".join(str(e) for e in errors).lower()
    if any(marker in text for marker in _CONNECTION_LOST_MARKERS):
        return CONNECTION_LOST
    if any(marker in text for marker in _PERMISSION_MARKERS):
        return PERMISSION_DENIED
    return OTHER_FAILURE
