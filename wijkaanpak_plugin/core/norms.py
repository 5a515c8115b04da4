"""Walking-distance norms for playgrounds and meeting places, with the sources they come from.

A norm profile says how far a child of each age group (0-5, 6-11, 12-17) may have to walk to a
suitable playground, and how far residents (optionally: residents 65+) may have to walk to a
meeting place. Presets live in ``resources/config/norm_profiles.json`` together with their
source text, so help texts and reports quote the same words; a planner can also define a
profile of their own.
"""

from __future__ import annotations

import json
import math
import numbers
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Union

from .errors import WijkaanpakInputError

#: Age groups of playgrounds, in the order outputs show them (schema fields ``age_0_5`` …).
AGE_GROUPS = ("0-5", "6-11", "12-17")
#: Key of the meeting-place norm (all residents).
MEETING = "meeting"
#: Key of the meeting-place norm for residents 65+ (falls back to :data:`MEETING`).
SENIORS = "65+"
#: Every key a norm profile answers to.
NORM_KEYS = AGE_GROUPS + (MEETING, SENIORS)

#: Column-safe spelling of each key, used in output field names (``distance_0_5`` …).
COLUMN_SUFFIX = {
    "0-5": "0_5",
    "6-11": "6_11",
    "12-17": "12_17",
    MEETING: "meeting",
    SENIORS: "65plus",
}

#: Jantje Beton: formal play space as a share of the residential area.
JANTJE_BETON_PLAY_SPACE_SHARE = 0.03
JANTJE_BETON_SOURCE = (
    "Jantje Beton (Dutch national play-space charity): at least 3% of the residential area "
    "should be public play space (the '3%-norm', adopted in many municipal play-space "
    "policies). The plugin compares the surface of the formal play spaces in an area with "
    "3% of the area's surface."
)

#: Default location of the preset file, relative to the plugin root.
NORM_PROFILES_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "config" / "norm_profiles.json"
)

USER_DEFINED = "user_defined"


@dataclass(frozen=True)
class NormProfile:
    """Maximum walking distances in metres; every figure the plugin makes states its profile.

    ``max_walk_meeting_65plus_m`` is optional: ``None`` means residents 65+ use the general
    meeting-place norm.
    """

    key: str
    name: str
    max_walk_0_5_m: float
    max_walk_6_11_m: float
    max_walk_12_17_m: float
    max_walk_meeting_m: float
    max_walk_meeting_65plus_m: Optional[float] = None
    source: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        # A norm of 0 or less would make everybody "outside the norm": that is a typo, not
        # a policy, so it is refused with the field named.
        for label, value in (
            ("0-5", self.max_walk_0_5_m),
            ("6-11", self.max_walk_6_11_m),
            ("12-17", self.max_walk_12_17_m),
            ("meeting place", self.max_walk_meeting_m),
            ("meeting place 65+", self.max_walk_meeting_65plus_m),
        ):
            if value is None and label == "meeting place 65+":
                continue
            if not _is_number(value) or not math.isfinite(float(value)) or float(value) <= 0:
                raise WijkaanpakInputError(
                    f"Norm profile '{self.name}': the maximum walking distance for {label} "
                    f"must be a positive number of metres, got {value!r}."
                )

    def max_distance(self, group: str) -> float:
        """Norm in metres for ``0-5``, ``6-11``, ``12-17``, ``meeting`` or ``65+``."""
        if group == "0-5":
            return float(self.max_walk_0_5_m)
        if group == "6-11":
            return float(self.max_walk_6_11_m)
        if group == "12-17":
            return float(self.max_walk_12_17_m)
        if group == MEETING:
            return float(self.max_walk_meeting_m)
        if group == SENIORS:
            if self.max_walk_meeting_65plus_m is None:
                return float(self.max_walk_meeting_m)
            return float(self.max_walk_meeting_65plus_m)
        raise WijkaanpakInputError(
            f"Unknown age group '{group}'; use one of: {', '.join(NORM_KEYS)}."
        )

    @property
    def largest_distance(self) -> float:
        """The largest norm of the profile: how far any search needs to look."""
        return max(self.max_distance(g) for g in NORM_KEYS)

    def describe(self) -> str:
        """One line stating the profile, for output attributes and report captions."""
        parts = [f"{g} {self.max_distance(g):g} m" for g in AGE_GROUPS]
        parts.append(f"meeting place {self.max_distance(MEETING):g} m")
        if self.max_walk_meeting_65plus_m is not None:
            parts.append(f"meeting place 65+ {self.max_distance(SENIORS):g} m")
        return f"{self.name}: " + ", ".join(parts)

    def help_text(self) -> str:
        """Source and notes, for the help text of an algorithm or a report footnote."""
        return " ".join(t for t in (self.describe() + ".", self.source, self.notes) if t)

    def to_dict(self) -> Dict[str, Any]:
        """The profile in the layout of ``norm_profiles.json``."""
        return {
            "key": self.key,
            "name": self.name,
            "max_walk_m": {
                "0-5": self.max_walk_0_5_m,
                "6-11": self.max_walk_6_11_m,
                "12-17": self.max_walk_12_17_m,
                MEETING: self.max_walk_meeting_m,
                SENIORS: self.max_walk_meeting_65plus_m,
            },
            "source": self.source,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NormProfile:
        """Read one profile as stored in ``norm_profiles.json``."""
        name = str(data.get("name") or data.get("key") or "unnamed profile")
        walk = data.get("max_walk_m")
        if not isinstance(walk, Mapping):
            raise WijkaanpakInputError(f"Norm profile '{name}' has no 'max_walk_m' table.")
        missing = [g for g in AGE_GROUPS + (MEETING,) if g not in walk]
        if missing:
            raise WijkaanpakInputError(
                f"Norm profile '{name}' has no maximum walking distance for: {', '.join(missing)}."
            )
        unknown = sorted(set(walk) - set(NORM_KEYS))
        if unknown:
            raise WijkaanpakInputError(
                f"Norm profile '{name}' has unknown groups {unknown}; use {', '.join(NORM_KEYS)}."
            )
        return cls(
            key=str(data.get("key") or name),
            name=name,
            max_walk_0_5_m=walk["0-5"],
            max_walk_6_11_m=walk["6-11"],
            max_walk_12_17_m=walk["12-17"],
            max_walk_meeting_m=walk[MEETING],
            max_walk_meeting_65plus_m=walk.get(SENIORS),
            source=str(data.get("source") or ""),
            notes=str(data.get("notes") or ""),
        )


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def load_norm_profiles(path: Union[str, Path, None] = None) -> Dict[str, NormProfile]:
    """All preset profiles by key, read from ``norm_profiles.json`` (or ``path``)."""
    file = Path(path) if path is not None else NORM_PROFILES_PATH
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WijkaanpakInputError(f"Norm profile file not found: {file}") from exc
    except json.JSONDecodeError as exc:
        raise WijkaanpakInputError(f"Norm profile file {file} is not valid JSON: {exc}") from exc
    profiles = {}
    for item in data.get("profiles", []):
        profile = NormProfile.from_dict(item)
        if profile.key in profiles:
            raise WijkaanpakInputError(f"Norm profile key '{profile.key}' occurs twice in {file}.")
        profiles[profile.key] = profile
    if not profiles:
        raise WijkaanpakInputError(f"Norm profile file {file} holds no profiles.")
    return profiles


def norm_profile(key: str, path: Union[str, Path, None] = None) -> NormProfile:
    """One preset by key (``fields_in_trust``, ``midden_drenthe_2011``)."""
    profiles = load_norm_profiles(path)
    if key not in profiles:
        raise WijkaanpakInputError(
            f"Unknown norm profile '{key}'; presets are: {', '.join(profiles)}."
        )
    return profiles[key]


def user_norm_profile(
    max_walk_0_5_m: float,
    max_walk_6_11_m: float,
    max_walk_12_17_m: float,
    max_walk_meeting_m: float,
    max_walk_meeting_65plus_m: Optional[float] = None,
    name: str = "User-defined",
    notes: str = "",
) -> NormProfile:
    """A profile the planner types in (e.g. from their own play-space policy)."""
    return NormProfile(
        key=USER_DEFINED,
        name=name,
        max_walk_0_5_m=max_walk_0_5_m,
        max_walk_6_11_m=max_walk_6_11_m,
        max_walk_12_17_m=max_walk_12_17_m,
        max_walk_meeting_m=max_walk_meeting_m,
        max_walk_meeting_65plus_m=max_walk_meeting_65plus_m,
        source="Defined by the user.",
        notes=notes,
    )
