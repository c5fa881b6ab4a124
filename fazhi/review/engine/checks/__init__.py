"""The checks of a report review, one module per finding type, run in this order."""

from __future__ import annotations

from . import (
    contradiction,
    duplicate_passage,
    foreign_place,
    inconsistent_figure,
    missing_part,
    off_topic,
    outdated_reference,
    wrong_level,
    wrong_year,
)

CHECKS = {
    "missing_part": missing_part.check,
    "wrong_level": wrong_level.check,
    "foreign_place": foreign_place.check,
    "wrong_year": wrong_year.check,
    "outdated_reference": outdated_reference.check,
    "off_topic": off_topic.check,
    "inconsistent_figure": inconsistent_figure.check,
    "duplicate_passage": duplicate_passage.check,
    "contradiction": contradiction.check,
}
