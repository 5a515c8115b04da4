"""The plugin's user settings: one typed dataclass, stored in one QgsSettings group.

The docks and map tools read them with :meth:`WijkaanpakSettings.load` and never keep a copy
longer than one action, so a change (for example of the active norm in the toolbar) is seen
at once everywhere. Stored under ``wijkaanpak/`` in the QGIS profile (QGIS3.ini).

- ``norm_profile``: key of the active walking-distance norm
  (``resources/config/norm_profiles.json``), used by the map tools and docks where they
  measure or compare against a norm.
- ``min_population``: areas with fewer residents (or an unknown number) show no figures
  about people in the wijkprofiel dock, only why; 100 as the ranking and the loneliness
  model use by default.
- ``definition_file``: the indicator definition file whose labels name ambitions and
  indicators (empty: the shipped ``resources/config/indicators_default.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

GROUP = "wijkaanpak"
DEFAULT_NORM_PROFILE = "midden_drenthe_2011"
DEFAULT_MIN_POPULATION = 100


@dataclass
class WijkaanpakSettings:
    norm_profile: str = DEFAULT_NORM_PROFILE
    min_population: int = DEFAULT_MIN_POPULATION
    definition_file: str = ""

    @classmethod
    def load(cls, settings=None) -> WijkaanpakSettings:
        """The stored values; a missing or unreadable value falls back to its default."""
        from qgis.core import QgsSettings

        store = settings if settings is not None else QgsSettings()
        store.beginGroup(GROUP)
        try:
            values = {}
            defaults = cls()
            for item in fields(cls):
                default = getattr(defaults, item.name)
                raw = store.value(item.name, default)
                values[item.name] = _typed(raw, default)
        finally:
            store.endGroup()
        return cls(**values)

    def save(self, settings=None) -> None:
        from qgis.core import QgsSettings

        store = settings if settings is not None else QgsSettings()
        store.beginGroup(GROUP)
        try:
            for item in fields(self):
                store.setValue(item.name, getattr(self, item.name))
        finally:
            store.endGroup()


def _typed(raw, default):
    """A stored value as the type of its default (QSettings hands back text from .ini)."""
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            return str(raw).strip().lower() in ("1", "true", "yes")
        if isinstance(default, int):
            value = int(float(raw))
            return value if value >= 0 else default
        return str(raw)
    except (TypeError, ValueError):
        return default
