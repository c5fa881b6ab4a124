"""Writes of the 重大行政决策 app; importing the package registers every procedural step."""

from . import catalogue, decision, procedures  # noqa: F401

__all__ = ["catalogue", "decision", "procedures"]
