"""Drafting an annual report from the records, merging a regenerated draft into staff edits, checking typed figures.

A draft is a dict of sub-section key → text. Figures are written as markers (``contrib.mark``); a marker keeps
the indicator key so that regeneration can update the number inside it without touching the words around it,
and so that every number in the report links to the records behind it.
"""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from fazhi.indicators.registry import Indicator, Value
from fazhi.org.choices import UnitLevel

from . import contrib
from .contrib import MARKER, Paragraph, mark, self_name, skeleton, strip_markers
from .structure import PREAMBLE, SUBSECTIONS, subsection_for

log = logging.getLogger(__name__)
ORDINALS = "一二三四五六七八九十"
GENERIC_PARTS = ("A", "B", "E")
NO_OTHER = "无其他需要报告的情况。"


@dataclass
class Draft:
    sections: dict[str, str]
    values: dict[str, tuple[Indicator, Value]]
    errors: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ wording

def issuer_name(unit) -> str:
    """The issuing body as it signs: a district/county/city is its 人民政府; a township or department as named."""
    name = unit.name
    if unit.level in (UnitLevel.COUNTY, UnitLevel.CITY, UnitLevel.PROVINCE) and not name.endswith(("政府", "委员会")):
        return f"{name}人民政府"
    return name


def addressee_for(unit) -> str:
    """The body above (statutes.md §1: 乡镇 → 县级党委和政府; 部门 → 本级政府)."""
    parent = unit.parent
    if parent is None:
        return ""
    if unit.level == UnitLevel.DEPARTMENT:
        return f"{parent.short_name or parent.name}人民政府" if not parent.name.endswith("政府") else parent.name
    return f"{parent.short_name or parent.name}人民政府"


def title_for(unit, year: int) -> str:
    return f"{issuer_name(unit)}关于{year}年度法治政府建设情况的报告"


def preamble_for(unit, year: int) -> str:
    return f"按照《法治政府建设与责任落实督察工作规定》要求，现将{self_name(unit)}{year}年度法治政府建设情况报告如下。"


def generic_sentence(ind: Indicator, v: Value) -> str | None:
    """A figure as a clause: the indicator's ``phrase``, or “名称 + 数值 + 单位”; nothing for zero or no data."""
    if v.value is None or (not ind.is_rate and v.value == 0):
        return None
    if ind.phrase:
        return ind.phrase.format(value=mark(ind.key, v.value), numerator=mark(ind.key, v.numerator, "numerator"),
                                 denominator=mark(ind.key, v.denominator, "denominator"))
    if ind.is_rate:
        return f"{ind.name}为{mark(ind.key, v.value)}%"
    return f"{ind.name}{mark(ind.key, v.value)}{ind.unit}"


# ------------------------------------------------------------------ the draft

def _collect(unit, year, rollup, errors) -> list[Paragraph]:
    out = []
    for name, module in contrib.contributors():
        try:
            out += list(module.paragraphs(unit, year, rollup) or [])
        except Exception as exc:  # one broken contributor must not stop the whole report
            log.exception("report contributor %s failed", name)
            errors.append(f"“{name}”模块生成段落出错：{type(exc).__name__}: {exc}")
    return out


def _join(part: str, paragraphs: list[str]) -> str:
    if part in ("C", "D") and len(paragraphs) > 1:
        paragraphs = [f"{ORDINALS[i] if i < 10 else i + 1}是{p}" for i, p in enumerate(paragraphs)]
    return "\n".join(paragraphs)


def draft(unit, year: int, rollup: bool = False) -> Draft:
    """Generate every sub-section of the report of ``unit`` for ``year`` from the ledgers."""
    errors: list[str] = []
    with contrib.figure_cache():
        values = contrib.report_values(unit, year, rollup)
        contrib.prime(values, unit, year, rollup)
        paragraphs = _collect(unit, year, rollup, errors)
    by_key: dict[str, list[Paragraph]] = {}
    used = set()
    for p in paragraphs:
        key = subsection_for(p.section)
        if key is None:
            errors.append(f"段落的 section “{p.section}” 无法归入报告的任何部分。")
            continue
        by_key.setdefault(key, []).append(p)
        used |= {(key[0], k) for k in p.uses}   # a figure stated in part C (a weak spot) is still stated in part A
    generic: dict[tuple[str, str], list[str]] = {}
    for key, (ind, v) in values.items():
        sub = subsection_for(ind.section)
        if sub is None or sub[0] not in GENERIC_PARTS or (sub[0], key) in used:
            continue
        clause = generic_sentence(ind, v)
        if clause:
            generic.setdefault((sub, key.split(".")[0]), []).append(clause)
    for (sub, _app), clauses in generic.items():
        by_key.setdefault(sub, []).append(Paragraph(section=sub, text=f"{year}年，{'，'.join(clauses)}。", order=900))
    sections = {PREAMBLE: preamble_for(unit, year)}
    for s in SUBSECTIONS:
        texts = [p.text for p in sorted(by_key.get(s.key, []), key=lambda p: p.order)]
        sections[s.key] = _join(s.part, texts)
    if not sections["E"]:
        sections["E"] = NO_OTHER
    return Draft(sections=sections, values=values, errors=errors)


# ------------------------------------------------------------------ regeneration

def refresh_markers(text: str, values: dict[str, tuple[Indicator, Value]]) -> str:
    """Update the number inside every marker whose indicator is computed; leave all other words alone."""
    def repl(m):
        key, part = m.group(1), m.group(2) or "value"
        if key not in values:
            return m.group(0)
        v = values[key][1]
        return mark(key, getattr(v, part) if part in ("numerator", "denominator") else v.value, part)

    return MARKER.sub(repl, text or "")


def generated_changed(old: str, new: str) -> bool:
    """Did the generated wording change (not only its figures)?"""
    return skeleton(old).strip() != skeleton(new).strip()


def diff_lines(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, line) pairs for a readable diff of two generated texts: '-' removed, '+' added, ' ' same."""
    out = []
    for line in difflib.ndiff(strip_markers(old).splitlines(), strip_markers(new).splitlines()):
        if line.startswith("? "):
            continue
        out.append((line[0], line[2:]))
    return out


# ------------------------------------------------------------------ typed figures

_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_EXEMPT = [
    re.compile(r"《[^》]*》"),                       # titles of laws and documents
    re.compile(r"〔[^〕]*〕\s*\d*\s*号?"),            # document numbers 〔2021〕5号
    re.compile(r"\d+(?:\.\d+)?\s*(?:年度|年|月|日|号|时|点)"),   # dates and times, years, 号
    re.compile(r"第\s*\d+"),                          # ordinals: 第114次, 第3条
    re.compile(r"(?m)^\s*[（(]?\d+[)）.．、]"),        # list numbering
    re.compile(r"[（(]\d+[)）]"),
]


def numbers_in(text: str) -> list[str]:
    """The figures a reader would take as counts, amounts or rates (dates, document numbers, ordinals excluded)."""
    plain = text or ""
    for pattern in _EXEMPT:
        plain = pattern.sub(lambda m: " " * len(m.group(0)), plain)
    return _NUMBER.findall(plain)


def _dec(x) -> Decimal | None:
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, ValueError):
        return None


def computed_numbers(values: dict[str, tuple[Indicator, Value]]) -> set[Decimal]:
    out = set()
    for _, v in values.values():
        for x in (v.value, v.numerator, v.denominator):
            if x is not None and not isinstance(x, bool):
                d = _dec(x)
                if d is not None:
                    out.add(d)
    return out


def typed_figures(text: str, generated: str, values, acknowledged=()) -> list[str]:
    """Numbers a person typed (outside figure markers and not in the generated draft) that match no computed figure."""
    outside = MARKER.sub(" ", text or "")
    system = {_dec(n) for n in numbers_in(strip_markers(generated))}
    allowed = computed_numbers(values) | system
    acked = {_dec(a.get("number")) for a in acknowledged or []}
    flagged = []
    for n in numbers_in(outside):
        d = _dec(n)
        if d not in allowed and d not in acked and n not in flagged:
            flagged.append(n)
    return flagged
