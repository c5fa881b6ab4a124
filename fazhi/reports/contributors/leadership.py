"""组织领导 (issue 6): part B names the principal leaders' dated 法治 meetings, part C lists the shortcomings
register, part D the next year's plan items. Read through ``apps.get_model``: the leadership app owns the models.
"""

from __future__ import annotations

from django.apps import apps

from fazhi.reports.contrib import Paragraph, cn_date, cn_month_day, records, self_name

NAMED_MEETINGS = 8


def _model(name):
    try:
        return apps.get_model("leadership", name)
    except LookupError:
        return None


def _label(obj, field: str) -> str:
    getter = getattr(obj, f"get_{field}_display", None)
    return str(getter()) if getter else str(getattr(obj, field, "") or "")


def leader_title(role: str, label: str, unit) -> str:
    """The post as the unit itself names it: 镇党委书记 / 镇长, 区委书记 / 区长 — never another level's title."""
    place = self_name(unit)[1:]
    if role == "party_secretary":
        return {"街道": "街道党工委书记", "区": "区委书记", "县": "县委书记", "市": "市委书记"}.get(place, f"{place}党委书记")
    if role == "government_head":
        return {"街道": "街道办事处主任", "局": "局长", "单位": "主要负责人"}.get(place, f"{place}长")
    return label.split("（")[0]


def _meetings(unit, year, rollup) -> list[Paragraph]:
    """Part B is about this unit's own principal leaders, so only its own meetings (never the subtree's)."""
    Meeting = _model("Meeting")
    if Meeting is None:
        return []
    try:
        from fazhi.leadership.choices import PRINCIPAL_ROLES
    except ImportError:
        return []
    qs = (records(Meeting, unit, year, False, "held_on")
          .filter(chair_role__in=list(PRINCIPAL_ROLES), agenda_items__rule_of_law=True, agenda_items__is_void=False)
          .distinct().order_by("held_on", "pk"))
    items = []
    for m in qs[:NAMED_MEETINGS]:
        name = m.title or _label(m, "kind")
        seq = f"（第{m.seq_no}次）" if m.seq_no and "第" not in name else ""
        agenda = [a for a in m.agenda_items.all() if a.rule_of_law and not a.is_void]
        topics = "、".join(f"{_label(a, 'topic')}“{a.title}”" for a in agenda[:3])
        chair = f"{leader_title(m.chair_role, _label(m, 'chair_role'), unit)}{m.chair_name}"
        items.append(f"{cn_month_day(m.held_on)}，{chair}主持召开{name}{seq}，{topics}")
    if not items:
        return []
    return [Paragraph(section="B", text=f"{year}年，党政主要负责人主持研究法治建设工作：{'；'.join(items)}。", order=20)]


def _shortcomings(unit, year, rollup) -> list[Paragraph]:
    Shortcoming = _model("Shortcoming")
    if Shortcoming is None:
        return []
    out = []
    for i, s in enumerate(records(Shortcoming, unit, year, rollup, "identified_on").order_by("seq", "pk"), start=1):
        text = s.title.rstrip("。") + "。"
        if getattr(s, "detail", ""):
            text += s.detail.strip().rstrip("。") + "。"
        if getattr(s, "cause", ""):
            text += f"主要原因是：{s.cause.strip().rstrip('。')}。"
        out.append(Paragraph(section="C", text=text, order=i))
    return out


def _plans(unit, year, rollup) -> list[Paragraph]:
    PlanItem = _model("PlanItem")
    if PlanItem is None:
        return []
    out = []
    for i, p in enumerate(records(PlanItem, unit, year + 1, rollup, "due_on").order_by("seq", "due_on", "pk"), start=1):
        text = p.title.rstrip("。") + "。"
        if getattr(p, "detail", ""):
            text += p.detail.strip().rstrip("。") + "。"
        terms = []
        if getattr(p, "target", ""):
            terms.append(f"目标：{p.target}")
        if getattr(p, "owner", ""):
            terms.append(f"责任：{p.owner}")
        terms.append(f"{cn_date(p.due_on)}前完成")
        text += f"（{'；'.join(terms)}）"
        out.append(Paragraph(section="D", text=text, order=i))
    return out


def paragraphs(unit, year, rollup) -> list[Paragraph]:
    return _meetings(unit, year, rollup) + _shortcomings(unit, year, rollup) + _plans(unit, year, rollup)
