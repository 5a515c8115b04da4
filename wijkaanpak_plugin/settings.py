"""The plugin's user settings: one typed dataclass, stored in one QgsSettings group.

The docks and map tools read them with :meth:`WijkaanpakSettings.load` and never keep a copy
longer than one action, so a change (for example of the active norm in the toolbar) is seen
at once everywhere; a change is written with :meth:`WijkaanpakSettings.store`, which writes
only the settings it is given. Stored under ``wijkaanpak/`` in the QGIS profile (QGIS3.ini).

- ``norm_profile``: key of the active walking-distance norm
  (``resources/config/norm_profiles.json``), used by the map tools and docks where they
  measure or compare against a norm.
- ``min_population``: areas with fewer residents (or an unknown number) show no figures
  about people in the wijkprofiel dock, only why; 100 as the ranking and the loneliness
  model use by default.
- ``definition_file``: the indicator definition file whose labels name ambitions and
  indicators (empty: the shipped ``resources/config/indicators_default.json``).
- ``assessor``: the last assessor named in the playground assessment dock (filled in for
  the next assessment).
- ``inspection_interval_months``: the assessment dock's *inspection due* filter: no date, or
  at least this many months ago (12: EN 1176-7's annual main inspection; at least 1).
- ``unknown_ages_serve``: in the assessment dock's children counts, a playground whose age
  groups are unknown serves every age group (True) or none (False).

The last three were stored under ``wijkaanpak/speelplek_dock/`` before version 0.4; a value
found only there is read and moved to ``wijkaanpak/`` the first time the settings are written.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

GROUP = "wijkaanpak"
#: Where the assessment dock kept its settings before they joined this group.
LEGACY_GROUPS = {
    "assessor": "speelplek_dock",
    "inspection_interval_months": "speelplek_dock",
    "unknown_ages_serve": "speelplek_dock",
}
DEFAULT_NORM_PROFILE = "midden_drenthe_2011"
DEFAULT_MIN_POPULATION = 100
DEFAULT_INSPECTION_INTERVAL_MONTHS = 12  # EN 1176-7 annual main inspection
#: Smallest allowed value of an integer setting (others: 0).
MINIMUM = {"inspection_interval_months": 1}


@dataclass
class WijkaanpakSettings:
    norm_profile: str = DEFAULT_NORM_PROFILE
    min_population: int = DEFAULT_MIN_POPULATION
    definition_file: str = ""
    assessor: str = ""
    inspection_interval_months: int = DEFAULT_INSPECTION_INTERVAL_MONTHS
    unknown_ages_serve: bool = True

    @classmethod
    def load(cls, settings=None) -> WijkaanpakSettings:
        """The stored values; a missing or unreadable value falls back to its default (a
        value stored only under its old key, :data:`LEGACY_GROUPS`, is read from there)."""
        store = _store(settings)
        values = {}
        defaults = cls()
        for item in fields(cls):
            default = getattr(defaults, item.name)
            raw = store.value(f"{GROUP}/{item.name}", None)
            if raw is None and item.name in LEGACY_GROUPS:
                raw = store.value(f"{GROUP}/{LEGACY_GROUPS[item.name]}/{item.name}", None)
            values[item.name] = _typed(raw, default, MINIMUM.get(item.name, 0))
        return cls(**values)

    def save(self, settings=None) -> None:
        """Write every setting (and drop the old keys of :data:`LEGACY_GROUPS`)."""
        self.store(settings, **{item.name: getattr(self, item.name) for item in fields(self)})

    @classmethod
    def store(cls, settings=None, **values) -> None:
        """Write only the given settings, e.g. ``WijkaanpakSettings.store(assessor="Team")``,
        leaving the others as they are stored (a dock never overwrites the toolbar's norm
        with a value it read earlier)."""
        known = {item.name for item in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise KeyError("Unknown Wijkaanpak setting(s): {}".format(", ".join(unknown)))
        store = _store(settings)
        for name, value in values.items():
            store.setValue(f"{GROUP}/{name}", value)
            if name in LEGACY_GROUPS:
                store.remove(f"{GROUP}/{LEGACY_GROUPS[name]}/{name}")


def _store(settings):
    if settings is not None:
        return settings
    from qgis.core import QgsSettings

    return QgsSettings()


def _typed(raw, default, minimum: int = 0):
    """A stored value as the type of its default (QSettings hands back text from .ini)."""
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            return str(raw).strip().lower() in ("1", "true", "yes")
        if isinstance(default, int):
            value = int(float(raw))
            return value if value >= minimum else default
        return str(raw)
    except (TypeError, ValueError):
        return default


def ui_language() -> str:
    """'nl' when QGIS runs in Dutch, else 'en', as the plugin chooses its translation: the
    profile's language when overridden, else the system's (QLocale's default)."""
    from qgis.PyQt.QtCore import QLocale

    settings = _store(None)
    locale = ""
    if str(settings.value("locale/overrideFlag", "")).lower() in ("true", "1"):
        locale = str(settings.value("locale/userLocale", "") or "")
    locale = locale or QLocale().name()
    return "nl" if locale[:2].lower() == "nl" else "en"
