"""Reference data of the review engine, loaded once from ``fazhi/review/data/*.yaml``.

The data lives in YAML so that an inspector's office can correct a repealed law, a place name or
a topic term without touching code; every entry carries its source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_PACKAGE = "fazhi.review.data"


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Return the parsed YAML file ``name`` (without extension) from the data package."""
    text = resources.files(_PACKAGE).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile and cache a regex taken from the data files."""
    return re.compile(pattern, flags)


def alternation(terms) -> re.Pattern[str]:
    """One regex matching any of ``terms``, longest first so that overlapping terms resolve to the
    longest one (公安机关 before 公安)."""
    ordered = sorted({str(t) for t in terms}, key=len, reverse=True)
    return rx("|".join(re.escape(t) for t in ordered))
