"""Figures stated in a report, and the arithmetic to check them.

A figure is an Arabic number with a measure word (``215件``, ``13万余人次``) or a percentage
(``95.2%``). Years, dates, ordinals (第116次), document numbers (〔2020〕28号), telephone and hot-line
numbers and numbers without a measure word are not figures. Numbers written in Chinese characters
(三个分中心) are not extracted: in these reports they are mostly names (三项制度, 四个扎实).

Each figure carries an interval ``[low, high]``: 3万余 means at least 30,000 and less than 40,000,
近8万 a little under 80,000. The checks compare intervals, so rounding words never cause a finding.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache

from . import data
from .document import Document


@dataclass
class Figure:
    line: int
    start: int  # offsets inside the line
    end: int
    text: str
    value: float
    unit: str
    label: str
    family: str | None
    low: float
    high: float
    decimals: int  # digits after the decimal point as written (for rates)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"

    def as_dict(self) -> dict:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"line": self.line, "text": self.text, "value": value, "unit": self.unit, "label": self.label}


@lru_cache(maxsize=1)
def _unit_table() -> tuple[re.Pattern[str], dict[str, str]]:
    cfg = data.load("figures")
    family_of: dict[str, str] = {}
    for family, words in cfg["unit_families"].items():
        for w in words:
            family_of.setdefault(w, family)
    units = sorted(family_of, key=len, reverse=True)
    pattern = re.compile(
        r"(?P<pre>近|约|大约|超过|逾)?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<mult>万|亿)?"
        r"(?P<post>余|多)?"
        r"(?P<unit>%|" + "|".join(re.escape(u) for u in units) + ")"
    )
    return pattern, family_of


_LABEL_TRIM_HEAD = re.compile(r"^(其中|共计|共|累计|合计|总计|计|达到|达|为|有|约|近|全年|全镇|全区|全县)+")
_LABEL_TRIM_TAIL = re.compile(r"(共计|共|累计|合计|达到|达|为|计|有|约|近|超过|逾|了|均|已|分别)+$")
_CLAUSE_BREAK = re.compile(r"[，。；：、！？（）“”]")


def extract(doc: Document) -> list[Figure]:
    pattern, family_of = _unit_table()
    figures: list[Figure] = []
    for number, text in enumerate(doc.lines, 1):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            num_start = m.start("num")
            before = text[num_start - 1:num_start] if num_start else ""
            # Part of a longer number or code, an ordinal (第116次), or a document number (〔2020〕28号).
            if before and (before.isdigit() or before in ".-/第〕"):
                continue
            unit = m.group("unit")
            # Years, months and days are not in the unit table, so 2020年 and 3月4日 never match;
            # "12.4宪法日" has no measure word either.
            raw = m.group("num").replace(",", "")
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            base = float(raw)
            mult = {"万": 10_000, "亿": 100_000_000}.get(m.group("mult") or "", 1)
            value = base * mult
            low, high = _interval(raw, mult, m.group("pre"), m.group("post"), text[end:end + 4])
            label = _label(text, start)
            figures.append(
                Figure(number, start, end, m.group(0), value, unit, label, family_of.get(unit), low, high, decimals)
            )
    return figures


def _interval(raw: str, mult: int, pre: str | None, post: str | None, after: str) -> tuple[float, float]:
    value = float(raw) * mult
    if post in ("余", "多") or after.startswith(("余", "多")):
        # "120余" is 120–129, "3万余" 30,000–39,999: the remainder is below the last written digit.
        digits = raw.replace(".", "")
        trailing = len(digits) - len(digits.rstrip("0"))
        frac = len(raw.split(".")[1]) if "." in raw else 0
        step = (10 ** (trailing - frac)) * mult
        return value, value + step - (1 if step >= 1 else 0)
    if pre == "近":
        return value * 0.9, value
    if pre in ("约", "大约"):
        return value * 0.9, value * 1.1
    if pre in ("超过", "逾") or after.startswith(("以上", "多")):
        return value, math.inf
    return value, value


def _label(text: str, start: int) -> str:
    head = text[max(0, start - 24):start]
    parts = _CLAUSE_BREAK.split(head)
    label = parts[-1] if parts else head
    # A label ends at the previous figure: "1838场13万余人次" labels 13万余 with nothing.
    label = re.split(r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[^\d\u4e00-\u9fff]?", label)[-1]
    label = _LABEL_TRIM_HEAD.sub("", label)
    label = _LABEL_TRIM_TAIL.sub("", label)
    return label[-20:]


# -- arithmetic ---------------------------------------------------------------------------------

def rate_matches(numerator: int, denominator: int, stated: float, decimals: int) -> bool:
    """Whether ``numerator / denominator`` is the stated percentage, as a report would write it
    with ``decimals`` digits: rounded half-up, or truncated (both are common)."""
    if denominator <= 0:
        return False
    exact = Decimal(numerator) * 100 / Decimal(denominator)
    quantum = Decimal(1).scaleb(-decimals)
    target = Decimal(str(stated)).quantize(quantum)
    return exact.quantize(quantum, ROUND_HALF_UP) == target or exact.quantize(quantum, ROUND_DOWN) == target


def rate_feasible(denominator: int, stated: float, decimals: int) -> bool:
    """Whether some whole count out of ``denominator`` gives the stated percentage."""
    if denominator <= 0:
        return False
    centre = stated / 100 * denominator
    for k in range(max(0, math.floor(centre) - 2), min(denominator, math.ceil(centre) + 2) + 1):
        if rate_matches(k, denominator, stated, decimals):
            return True
    return False


def nearest_counts(denominator: int, stated: float) -> list[tuple[int, float]]:
    """The whole counts closest to the stated percentage of ``denominator``, with their rates —
    shown to the inspector as evidence ("184 → 94.8%, 185 → 95.4%")."""
    centre = stated / 100 * denominator
    out = []
    for k in sorted({math.floor(centre), math.ceil(centre)}):
        if 0 <= k <= denominator:
            out.append((k, round(k * 100 / denominator, 2)))
    return out


def interval_sum(figures: list[Figure]) -> tuple[float, float]:
    return sum(f.low for f in figures), sum(f.high for f in figures)


def fmt(value: float) -> str:
    if value == math.inf:
        return "∞"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
