"""wrong_level: words of another level of government used about the issuer itself.

A township has a 党委 and a 镇长, not a 党组 and a 区长; it says 我镇, not 我区 or 我乡; a district of
a 直辖市 has no 省委 above it. Such words in a report are the trace of text copied from a body at
another level (seed_anomalies.md 000-1…5, 002-3, 004-3). The vocabulary is in levels.yaml.
"""

from __future__ import annotations

from .. import data
from ..context import ReviewContext
from ..document import Finding
from ._vocabulary import apply_rules


def check(ctx: ReviewContext) -> list[Finding]:
    return apply_rules(ctx, data.load("levels")["wrong_level"], "wrong_level")
