"""Errors the core raises for bad input; faces turn them into QgsProcessingException."""


class WijkaanpakInputError(ValueError):
    """Input that cannot be used, explained in words a municipal planner understands."""
