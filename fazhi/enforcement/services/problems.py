"""执法监督问题模型 (anchors.md C4; 浙江 “22个问题模型” as the reference): rules over the case ledgers.

``problems_scan`` evaluates every model over all live records and keeps, for the given units, one
``ProblemAlert`` per (model, record): new hits open an alert, hits that no longer hold are resolved.
Alerts are seen by the unit and by the inspectors above it (scoped manager), and on the home page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from fazhi.deadlines.models import Deadline
from fazhi.deadlines.services import rule_get, today

from .. import conf
from ..choices import AV_KINDS, AV_MANDATORY_MEASURES, DECIDED_STATES, AlertState, CaseKind, CheckState, CaseState
from ..models import Case, ProblemAlert, RandomCheck
from .cases import case_handlers, major_reasons
from .certificates import StandingBook

PUBLISH_RULES = ["enforcement.publish_penalty", "enforcement.publish_license", "enforcement.publish_other"]


@dataclass
class Hit:
    obj: object
    detail: str


@dataclass
class Problem:
    key: str
    label: str
    statute: str
    func: Callable


PROBLEMS: dict[str, Problem] = {}


def problem(key: str, label: str, statute: str):
    def deco(func):
        PROBLEMS[key] = Problem(key, label, statute, func)
        return func

    return deco


@dataclass
class ScanContext:
    on: dt.date

    def cases(self):
        return Case.objects.live()

    def deadlines(self, rules):
        ct = ContentType.objects.get_for_model(Case)
        return Deadline.objects.filter(content_type=ct, rule_id__in=rules, object_id__in=self.cases().values("pk"))


def _late(d: Deadline, on: dt.date) -> bool:
    return d.status == "missed" or (d.status == "open" and d.due_date < on)


@problem("publish_late", "执法决定逾期公示", "国办发〔2018〕118号（六）；行政处罚法第四十八条第二款")
def publish_late(ctx: ScanContext) -> list[Hit]:
    rows = [d for d in ctx.deadlines([*PUBLISH_RULES, "enforcement.withdraw_publication"]) if _late(d, ctx.on)]
    cases = Case.objects.in_bulk([d.object_id for d in rows])
    hits = []
    for d in rows:
        case = cases[d.object_id]
        what = "撤回公示" if d.rule_id == "enforcement.withdraw_publication" else "公示"
        done = f"实际 {d.closed_on} {what}" if d.closed_on else f"至今未{what}"
        hits.append(Hit(case, f"应于 {d.due_date} 前{what}（{rule_get(d.rule_id).name}），{done}。"))
    return hits


@problem("major_without_review", "重大执法决定未经法制审核", "行政处罚法第五十八条；国办发〔2018〕118号（四）")
def major_without_review(ctx: ScanContext) -> list[Hit]:
    threshold = conf.setting("major_amount_threshold")
    cond = (Q(major_public_interest=True) | Q(major_social_impact=True) | Q(major_rights=True) | Q(complex_case=True)
            | Q(hearing_on__isnull=False))
    if threshold not in (None, ""):
        cond |= Q(amount__gte=Decimal(str(threshold)))
    hits = []
    for case in ctx.cases().filter(cond, state__in=DECIDED_STATES).prefetch_related("officers"):
        reasons = major_reasons(case)
        if not reasons:
            continue
        if case.legal_review_opinion != "approved" or not case.legal_review_on or case.legal_review_on > case.decided_on:
            hits.append(Hit(case, f"重大执法决定（{'、'.join(reasons)}）于 {case.decided_on} 作出，决定前没有通过法制审核。"))
        elif case.legal_reviewer_id in case_handlers(case):
            hits.append(Hit(case, "法制审核人参与了本案办理，审核不具有独立性。"))
    return hits


@problem("officer_without_certificate", "承办人员决定日无有效执法证", "行政处罚法第四十二条")
def officer_without_certificate(ctx: ScanContext) -> list[Hit]:
    cases = list(ctx.cases().filter(state__in=DECIDED_STATES, decided_on__isnull=False).prefetch_related("officers"))
    book = StandingBook({o.pk for c in cases for o in c.officers.all()})
    hits = []
    for case in cases:
        officers = list(case.officers.all())
        bad = [s for s in (book.standing(o, case.decided_on) for o in officers) if not s.valid]
        if bad:
            names = "、".join(f"{s.officer.name}（{s.label}）" for s in bad)
            hits.append(Hit(case, f"决定日 {case.decided_on}：{names}没有有效执法证。"))
        elif len(officers) < 2:
            hits.append(Hit(case, f"承办执法人员只有 {len(officers)} 名，少于两名。"))
    return hits


@problem("overdue_without_extension", "办案超过九十日未延期", "行政处罚法第六十条")
def overdue_without_extension(ctx: ScanContext) -> list[Hit]:
    rows = [d for d in ctx.deadlines(["penalty.case"]) if _late(d, ctx.on)]
    cases = Case.objects.in_bulk([d.object_id for d in rows])
    hits = []
    for d in rows:
        case = cases[d.object_id]
        if case.extensions.filter(is_void=False).exists():
            continue
        end = f"{case.decided_on} 才作出决定" if case.decided_on else "至今未作出决定"
        hits.append(Hit(case, f"{case.registered_on} 立案，应于 {d.due_date} 前作出决定，{end}，且没有延期批准记录。"))
    return hits


@problem("repeated_inspection", "同一企业被多部门重复检查", "优化营商环境条例第五十四条；国发〔2019〕5号")
def repeated_inspection(ctx: ScanContext) -> list[Hit]:
    window = int(conf.setting("repeat_inspection_days"))
    events = []
    for case in ctx.cases().filter(kind=CaseKind.INSPECTION, registered_on__isnull=False).select_related("body"):
        events.append((case.party_code or case.party_name, case.registered_on, case.body_id, case.body.name, case))
    checks = RandomCheck.objects.live().filter(state=CheckState.CHECKED).select_related("target", "plan__body")
    for chk in checks:
        events.append((chk.target.code or chk.target.name, chk.checked_on, chk.plan.body_id, chk.plan.body.name, chk))
    by_key: dict[str, list] = {}
    for e in events:
        by_key.setdefault(e[0].strip(), []).append(e)
    hits = []
    for rows in by_key.values():
        for key, day, body_id, _, obj in rows:
            others = [r for r in rows if r[2] != body_id and abs((r[1] - day).days) <= window]
            if others:
                names = "、".join(sorted({r[3] for r in others}))
                hits.append(Hit(obj, f"{day} 检查“{key}”，前后 {window} 日内{names}也检查了同一对象。"))
    return hits


@problem("av_missing", "应当全程音像记录而缺失", "国办发〔2018〕118号（八）；行政处罚法第四十七条")
def av_missing(ctx: ScanContext) -> list[Hit]:
    cond = Q(measure__in=list(AV_MANDATORY_MEASURES)) | Q(in_case_room=True)
    qs = ctx.cases().filter(cond).exclude(state=CaseState.DRAFT)
    with_av = set(qs.filter(records__kind__in=list(AV_KINDS), records__is_void=False).values_list("pk", flat=True))
    hits = []
    for case in qs.exclude(pk__in=with_av):
        what = case.get_measure_display() if case.measure else "在执法办案场所办案"
        hits.append(Hit(case, f"本案涉及“{what}”，应当全程音像记录，但没有登记录音或录像。"))
    return hits


@transaction.atomic
def problems_scan(*, units=None, on: dt.date | None = None) -> dict[str, int]:
    """Run every problem model and keep the alerts of ``units`` (all units if None) in step with the hits.

    The models always look at every unit — a repeated inspection can involve a department of another
    unit — but only the alerts of ``units`` are opened or resolved, so a township's own scan never
    clears an alert that depends on records it cannot see.
    """
    ctx = ScanContext(on=on or today())
    unit_ids = None if units is None else {u.pk for u in units}
    found: dict[tuple, tuple] = {}
    for p in PROBLEMS.values():
        for hit in p.func(ctx):
            if unit_ids is not None and hit.obj.unit_id not in unit_ids:
                continue
            ct = ContentType.objects.get_for_model(type(hit.obj))
            found[(p.key, ct.pk, hit.obj.pk)] = (hit, ct)
    existing = ProblemAlert.objects.all()
    if units is not None:
        existing = existing.filter(unit__in=units)
    seen = set()
    for alert in existing:
        key = (alert.problem, alert.content_type_id, alert.object_id)
        if key in found:
            hit, _ = found[key]
            seen.add(key)
            alert.detail, alert.last_seen_on, alert.label = hit.detail[:500], ctx.on, str(hit.obj)[:300]
            if alert.state != AlertState.OPEN:
                alert.state, alert.resolved_on, alert.first_seen_on = AlertState.OPEN, None, ctx.on
            alert.save()
        elif alert.state == AlertState.OPEN:
            alert.state, alert.resolved_on = AlertState.RESOLVED, ctx.on
            alert.save()
    for key, (hit, ct) in found.items():
        if key in seen:
            continue
        ProblemAlert.objects.update_or_create(
            problem=key[0], content_type=ct, object_id=hit.obj.pk,
            defaults={"unit_id": hit.obj.unit_id, "label": str(hit.obj)[:300], "detail": hit.detail[:500],
                      "state": AlertState.OPEN, "first_seen_on": ctx.on, "last_seen_on": ctx.on, "resolved_on": None},
        )
    counts = {k: 0 for k in PROBLEMS}
    for key in found:
        counts[key[0]] += 1
    return counts
