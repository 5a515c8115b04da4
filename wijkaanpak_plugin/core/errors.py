"""Errors the core raises for bad input; faces turn them into QgsProcessingException."""

from __future__ import annotations


class WijkaanpakInputError(ValueError):
    """Input that cannot be used, explained in words a municipal planner understands."""
