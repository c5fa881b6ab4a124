"""The report as one JSON-able document, the single input of every output format (DOCX, PDF, HTML, MD, JSON).

Paragraph texts keep their figure markers; each renderer decides how a figure looks (a link to its records
on the web, plain digits in DOCX). A frozen report (审定 and after) is rendered from its stored version,
never recomputed.
"""

from __future__ import annotations

import datetime as dt

from fazhi.indicators.describe import describe
from fazhi.indicators.selectors import headline_indicators, indicator_values, subtree_children
from fazhi.org.choices import UnitLevel

from .contrib import cn_date, effective_rollup, fmt_number, markers_in, report_values
from .drafting import addressee_for, issuer_name, title_for
from .structure import PARTS, PREAMBLE, SUBSECTION_BY_KEY, cn_number, part_title

MAX_TABLE_UNITS = 40


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _figures(values, unit, year, rollup) -> dict:
    return {
        key: {"name": ind.name, "unit": ind.unit, "kind": ind.kind, "section": ind.section, **v.as_dict(),
              "model": ind.model_label, "record_ids": list(v.record_ids),
              "query": describe(ind, unit=unit, year=year, rollup=effective_rollup(ind, rollup))}
        for key, (ind, v) in values.items()
    }


def unit_table(unit, year: int) -> dict | None:
    """Key figures of the units directly below ``unit`` (each rolled up), its own level, and the total."""
    children = list(subtree_children(unit)[:MAX_TABLE_UNITS])
    if not children:
        return None
    total = indicator_values(unit, year=year, rollup=True)
    columns = headline_indicators(total)
    if not columns:
        return None
    keys = {c.key for c in columns}
    rows, hidden = [], 0
    for child in children:
        vals = indicator_values(child, year=year, rollup=True, keys=keys)
        if child.level == UnitLevel.DEPARTMENT and not any(vals[c.key][1].value for c in columns):
            hidden += 1   # a department with nothing in these columns would only lengthen the table
            continue
        rows.append([child.display_name, *[fmt_number(vals[c.key][1].value) for c in columns]])
    own = indicator_values(unit, year=year, rollup=False, keys=keys)
    rows.append([f"{unit.display_name}本级", *[fmt_number(own[c.key][1].value) for c in columns]])
    rows.append(["合计", *[fmt_number(total[c.key][1].value) for c in columns]])
    return {
        "title": f"{unit.display_name}{year}年度法治政府建设主要指标（分单位）",
        "columns": ["单位", *[f"{c.name}（{c.unit}）" for c in columns]],
        "keys": [c.key for c in columns],
        "rows": rows,
        "note": "各单位数字为该单位及其下级单位记录的合计；比率按合计后的分子、分母重新计算，不取平均。"
                + (f"另有{hidden}个部门上述指标均为0，未列出。" if hidden else ""),
    }


def build(*, unit, year: int, rollup: bool, sections: dict[str, str], meta: dict, values=None, table: bool = False,
          state: str = "draft", snapshot_id: int | None = None) -> dict:
    """Assemble the document from sub-section texts (``{key: text}``) and the report's metadata."""
    values = values if values is not None else report_values(unit, year, rollup)
    parts = []
    for part in PARTS:
        subs = []
        if part.code == "A":
            n = 0
            for key, s in SUBSECTION_BY_KEY.items():
                if s.part != "A" or not _paragraphs(sections.get(key, "")):
                    continue
                n += 1
                subs.append({"key": key, "heading": f"（{cn_number(n)}）{s.title}", "paragraphs": _paragraphs(sections[key])})
        else:
            subs.append({"key": part.code, "heading": "", "paragraphs": _paragraphs(sections.get(part.code, ""))})
        parts.append({"code": part.code, "heading": f"{part.number}、{part_title(part.code, year)}", "sections": subs})
    signed_on = meta.get("signed_on")
    used = {k for text in sections.values() for k, _, _ in markers_in(text)}
    figures = _figures({k: v for k, v in values.items() if k in used}, unit, year, rollup)
    return {
        "unit": unit.name, "unit_short": unit.display_name, "unit_id": unit.pk, "year": year, "rollup": rollup,
        "state": state, "snapshot": snapshot_id,
        "title": meta.get("title") or title_for(unit, year),
        "doc_number": meta.get("doc_number") or "",
        "addressee": meta.get("addressee") or addressee_for(unit),
        "issuer": meta.get("issuer") or issuer_name(unit),
        "date": cn_date(signed_on) if isinstance(signed_on, dt.date) else (signed_on or ""),
        "preamble": _paragraphs(sections.get(PREAMBLE, "")),
        "parts": parts,
        "attachments": [t for t in [unit_table(unit, year)] if t] if table else [],
        "figures": figures,
    }


def report_document(report) -> dict:
    """The document of a saved report: its stored version once frozen, otherwise built from its sections now."""
    if report.is_frozen:
        version = report.versions.order_by("-created_at", "-pk").first()
        if version is not None:
            return version.content
    sections = {s.key: s.text for s in report.sections.all()}
    return build(unit=report.unit, year=report.year, rollup=report.rollup, sections=sections, meta=meta_for(report),
                 table=report.include_unit_table, state=report.state,
                 snapshot_id=report.snapshot_id)


def meta_for(report) -> dict:
    from fazhi.deadlines.services import today

    return {"title": report.title, "doc_number": report.doc_number, "addressee": report.addressee,
            "issuer": report.issuer, "signed_on": report.signed_on or today()}

