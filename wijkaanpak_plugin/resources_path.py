"""Where the plugin's resources live, whatever folder QGIS installed it in."""

from __future__ import annotations

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = PLUGIN_ROOT / "resources"


def resources_dir() -> Path:
    return RESOURCES


def icon_path(name: str = "wijkaanpak.svg") -> Path:
    return RESOURCES / "icons" / name


def style_path(name: str) -> Path:
    return RESOURCES / "styles" / f"{name}.qml"


def config_path(name: str) -> Path:
    return RESOURCES / "config" / name


def i18n_dir() -> Path:
    return RESOURCES / "i18n"


def sample_path(name: str) -> Path:
    return RESOURCES / "sample" / name
