"""Writes of the annual report: create and draft from the ledgers, regenerate, edit, and the statutory steps.

Statute: 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）— content of the report (five parts),
报送 to the body above before the provincial date (rule ``annual_report.submit``, default 3月1日之前) and
公开 before 4月1日 unless it involves state secrets (第二十四条, rule ``annual_report.publish``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from django.db import transaction
from django.http import Http404
from django.utils import timezone

from fazhi.audit.services import event_record
from fazhi.core import permissions
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_close, deadline_open, today
from fazhi.indicators.services import snapshot_take
from fazhi.org.choices import Role

from . import document
from .choices import ReportState, SecrecyConclusion, VersionKind
from .contrib import effective_rollup, fmt_number, markers_in, report_values
from .drafting import diff_lines, draft, generated_changed, refresh_markers, title_for, typed_figures
from .forms import ApproveForm, PublishForm, ReviewForm, SecrecyForm, SendBackForm, SubmitForm
from .models import AnnualReport, ReportSection, ReportVersion
from .structure import PARTS, PREAMBLE, SUBSECTIONS, part_title

STATUTE = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）"
MSG_DUPLICATE = "本单位该年度已有年度报告（未作废），请在原报告上修改。"
MSG_NOT_DRAFT = "报告已进入审核程序，不能修改或重新生成；如需修改，请先“退回修改”。"
MSG_PART_EMPTY = "第{number}部分“{title}”没有内容：年度报告应当包括五个方面的内容（" + STATUTE + "）。"
MSG_PENDING_DIFF = "以下小节的系统生成稿在人工修改后发生了变化，请先逐节核对（接受或保留修改）：{names}。"
MSG_TYPED = "以下小节中有手工填写、与台账计算结果不符的数字，请改为系统数字或注明来源后再审定：{items}。"
MSG_STALE = "自上次生成以来台账已有变化（{items}），请先“重新生成”并核对后再审定，以免报告数字与冻结的台账数字不一致。"
MSG_SECRET = "保密审查结论为“涉及党和国家秘密，不予公开”，不能向社会公开（" + STATUTE + "第二十四条）。"
MSG_FUTURE = "日期不能晚于今天。"

SUBMIT_RULE = "annual_report.submit"
PUBLISH_RULE = "annual_report.publish"


# ------------------------------------------------------------------ create and draft

def _heading(key: str, year: int) -> str:
    if key == PREAMBLE:
        return "开头语"
    sub = next(s for s in SUBSECTIONS if s.key == key)
    return sub.title if sub.part == "A" else part_title(sub.part, year)


def _section_rows():
    yield PREAMBLE, "0", 0
    for i, s in enumerate(SUBSECTIONS, start=1):
        part_rank = [p.code for p in PARTS].index(s.part) + 1
        yield s.key, s.part, part_rank * 100 + i


def _apply_draft(report: AnnualReport, user=None) -> list[ReportSection]:
    """Write a fresh draft into the report: unedited sections follow it; edited ones get new figures only."""
    d = draft(report.unit, report.year, report.rollup)
    existing = {s.key: s for s in report.sections.all()}
    changed = []
    for key, part, order in _section_rows():
        new = d.sections.get(key, "")
        s = existing.get(key) or ReportSection(report=report, key=key, part=part, order=order,
                                               heading=_heading(key, report.year))
        if not s.edited:
            s.text = s.generated = s.base_generated = new
            s.generated_changed = False
        else:
            s.text = refresh_markers(s.text, d.values)
            if generated_changed(s.base_generated, new):
                s.generated_changed = True
                changed.append(s)
            s.generated = new
        s._history_user = user
        s.save()
    report.generated_at = timezone.now()
    report.generation_errors = d.errors
    report.save(update_fields=["generated_at", "generation_errors", "updated_at"])
    return changed


def annual_report_create(*, ledger, user, data, files=None, unit=None, form_cls=None) -> AnnualReport:
    """起草: create the report, draft every section from the ledgers, start the 报送 and 公开 clocks."""
    with transaction.atomic():
        report = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, form_cls=form_cls, label="起草")
        if AnnualReport.objects.live().filter(unit=report.unit, year=report.year).exclude(pk=report.pk).exists():
            raise InvalidInput(MSG_DUPLICATE, {"year": [MSG_DUPLICATE]})
        if not report.title:
            report.title = title_for(report.unit, report.year)
            report.save(update_fields=["title"])
        _apply_draft(report, user)
        year_end = dt.date(report.year, 12, 31)
        deadline_open(obj=report, rule_id=SUBMIT_RULE, start=year_end, label=f"{report}：报送")
        deadline_open(obj=report, rule_id=PUBLISH_RULE, start=year_end, label=f"{report}：向社会公开")
    return report


def _report_for_change(user, report) -> AnnualReport:
    permissions.require(user, AnnualReport.ledger().action("change"))
    current = AnnualReport.objects.restrict(user, "change").select_for_update().filter(pk=report.pk).first()
    if current is None:
        raise Http404("未找到该报告。")
    if current.is_void:
        raise GateRefused("voided", "该报告已作废。")
    if current.state != ReportState.DRAFT:
        raise GateRefused("not_draft", MSG_NOT_DRAFT)
    return current


def annual_report_regenerate(*, user, report) -> list[ReportSection]:
    """重新生成: recompute every figure and draft; returns the edited sections whose generated wording changed."""
    with transaction.atomic():
        report = _report_for_change(user, report)
        changed = _apply_draft(report, user)
        event_record(obj=report, verb="regenerate", label="重新生成", actor=user,
                     data={"changed_sections": [s.key for s in changed]})
    return changed


def _section_for_change(user, section) -> ReportSection:
    report = _report_for_change(user, section.report)
    current = report.sections.filter(pk=section.pk).first()
    if current is None:
        raise Http404("未找到该小节。")
    return current


def report_section_edit(*, user, section, text: str) -> ReportSection:
    """人工修改: the text is kept as typed (markers included); regeneration will update only the markers."""
    with transaction.atomic():
        s = _section_for_change(user, section)
        text = (text or "").replace("\r\n", "\n").strip()
        if text == s.text.strip():
            return s
        s.text, s.edited, s.edited_by, s.edited_at = text, True, user, timezone.now()
        s._history_user = user
        s._change_reason = "人工修改"
        s.save()
        event_record(obj=s.report, verb="section_edit", label=f"修改“{s.heading}”", actor=user, data={"section": s.key})
    return s


def report_section_revert(*, user, section) -> ReportSection:
    """恢复为生成稿: drop the edit and follow the generated draft again."""
    with transaction.atomic():
        s = _section_for_change(user, section)
        s.text = s.base_generated = s.generated
        s.edited, s.generated_changed, s.acknowledged = False, False, []
        s._history_user = user
        s._change_reason = "恢复为系统生成稿"
        s.save()
        event_record(obj=s.report, verb="section_revert", label=f"“{s.heading}”恢复为生成稿", actor=user, data={"section": s.key})
    return s


def report_section_keep(*, user, section) -> ReportSection:
    """保留修改: the person has read the changed generated draft and keeps their own text."""
    with transaction.atomic():
        s = _section_for_change(user, section)
        s.base_generated, s.generated_changed = s.generated, False
        s._history_user = user
        s._change_reason = "核对生成稿变化，保留人工修改"
        s.save()
        event_record(obj=s.report, verb="section_keep", label=f"“{s.heading}”核对后保留修改", actor=user, data={"section": s.key})
    return s


def report_figure_acknowledge(*, user, section, number: str, note: str) -> ReportSection:
    """注明来源: a typed number that is not a computed figure (a hotline, a target) with where it comes from."""
    number, note = (number or "").strip(), (note or "").strip()
    if not number or not note:
        raise InvalidInput("请填写数字及其来源说明。")
    with transaction.atomic():
        s = _section_for_change(user, section)
        s.acknowledged = [*[a for a in s.acknowledged if a.get("number") != number],
                          {"number": number, "note": note, "by": user.get_username()}]
        s._history_user = user
        s.save()
        event_record(obj=s.report, verb="figure_acknowledge", label=f"说明数字 {number} 的来源", actor=user,
                     data={"section": s.key, "number": number, "note": note})
    return s


# ------------------------------------------------------------------ checks (shown on the page, enforced as gates)

def report_checks(report, values=None) -> dict:
    """Empty parts, edits awaiting a look at a changed draft, typed figures, figures older than the ledgers."""
    values = values if values is not None else report_values(report.unit, report.year, report.rollup)
    sections = list(report.sections.all())
    empty = []
    for part in PARTS:
        if not any(s.text.strip() for s in sections if s.part == part.code):
            empty.append(MSG_PART_EMPTY.format(number=part.number, title=part_title(part.code, report.year)))
    typed = {s.heading: typed_figures(s.text, s.generated, values, s.acknowledged) for s in sections}
    stale = []
    for s in sections:
        for key, part, shown in markers_in(s.text):
            if key in values:
                v = values[key][1]
                now = getattr(v, part) if part in ("numerator", "denominator") else v.value
                if fmt_number(now) != shown:
                    stale.append(f"{values[key][0].name} {shown}→{fmt_number(now)}")
    return {
        "empty_parts": empty,
        "pending": [s for s in sections if s.generated_changed],
        "typed": {k: v for k, v in typed.items() if v},
        "stale": sorted(set(stale)),
    }


def section_diff(section) -> list[tuple[str, str]]:
    return diff_lines(section.base_generated, section.generated)


# ------------------------------------------------------------------ versions

def _version(report, kind: str, user, snapshot=None, content=None) -> ReportVersion:
    content = content or document.report_document(report)
    content = {**content, "state": report.state, "version": kind}
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
    return ReportVersion.objects.create(report=report, kind=kind, content=content, snapshot=snapshot, digest=digest,
                                        created_by=user if getattr(user, "pk", None) else None)


# ------------------------------------------------------------------ statutory steps

def _require_parts(report) -> None:
    checks = report_checks(report)
    if checks["empty_parts"]:
        raise GateRefused("part_empty", checks["empty_parts"][0])


@step(AnnualReport, "review", label="审核", roles=[Role.LEGAL_REVIEWER, Role.LEADER], form=ReviewForm,
      statute=f"{STATUTE}（报告内容）")
def annual_report_review(*, obj, user, opinion="", **_):
    """审核: the five statutory parts must all have content."""
    _require_parts(obj)
    obj.review()
    return {"note": opinion}


@step(AnnualReport, "approve", label="审定", roles=[Role.LEADER], form=ApproveForm, statute=STATUTE)
def annual_report_approve(*, obj, user, opinion="", **_):
    """审定 (leader): no unchecked draft changes, no unexplained typed figure, no stale figure; then freeze."""
    values = report_values(obj.unit, obj.year, obj.rollup)
    checks = report_checks(obj, values)
    if checks["empty_parts"]:
        raise GateRefused("part_empty", checks["empty_parts"][0])
    if checks["pending"]:
        raise GateRefused("draft_changed", MSG_PENDING_DIFF.format(names="、".join(s.heading for s in checks["pending"])))
    if checks["typed"]:
        items = "；".join(f"“{h}”中的 {'、'.join(ns)}" for h, ns in checks["typed"].items())
        raise GateRefused("typed_figures", MSG_TYPED.format(items=items))
    if checks["stale"]:
        raise GateRefused("stale_figures", MSG_STALE.format(items="；".join(checks["stale"][:8])))
    obj.approve()
    snap = snapshot_take(unit=obj.unit, year=obj.year, rollup=obj.rollup, reason="年度报告审定", user=user, source=obj,
                         values=values, scope=lambda ind: effective_rollup(ind, obj.rollup))
    obj.snapshot = snap
    _version(obj, VersionKind.APPROVED, user, snap, content=document.build(
        unit=obj.unit, year=obj.year, rollup=obj.rollup, sections={s.key: s.text for s in obj.sections.all()},
        meta=document.meta_for(obj), values=values, table=obj.include_unit_table, state=obj.state, snapshot_id=snap.pk))
    return {"note": opinion}


@step(AnnualReport, "clear_secrecy", label="保密审查", roles=[Role.LEADER, Role.LEGAL_REVIEWER], form=SecrecyForm,
      statute=f"{STATUTE}第二十四条（涉及党和国家秘密的除外）")
def annual_report_clear_secrecy(*, obj, user, conclusion, note="", **_):
    obj.clear_secrecy()
    obj.secrecy_conclusion, obj.secrecy_note = conclusion, note
    return {"note": SecrecyConclusion(conclusion).label}


@step(AnnualReport, "submit", label="报送", roles=[Role.OPERATOR, Role.LEADER], form=SubmitForm,
      statute=f"{STATUTE}及省级规定（报送期限）")
def annual_report_submit(*, obj, user, submitted_on, submitted_to="", **_):
    """报送 to the body above; the submitted text is stored with the approval snapshot (provenance)."""
    if submitted_on > today():
        raise GateRefused("future_date", f"报送{MSG_FUTURE}")
    obj.submit()
    obj.submitted_on = submitted_on
    obj.submitted_to = submitted_to or obj.addressee or document.report_document(obj).get("addressee", "")
    approved = obj.versions.filter(kind=VersionKind.APPROVED).order_by("-created_at", "-pk").first()
    content = dict(approved.content) if approved else None
    if content is not None:
        content["submitted_on"], content["submitted_to"] = submitted_on.isoformat(), obj.submitted_to
    _version(obj, VersionKind.SUBMITTED, user, obj.snapshot, content=content)
    deadline_close(obj=obj, rule_id=SUBMIT_RULE, on=submitted_on)
    return {"note": f"报送{obj.submitted_to}"}


@step(AnnualReport, "publish", label="公开", roles=[Role.OPERATOR, Role.LEADER], form=PublishForm,
      statute=f"{STATUTE}第二十四条（每年4月1日之前向社会公开）")
def annual_report_publish(*, obj, user, published_on, published_where, **_):
    if obj.secrecy_conclusion != SecrecyConclusion.PUBLIC:
        raise GateRefused("secret", MSG_SECRET)
    if published_on > today():
        raise GateRefused("future_date", f"公开{MSG_FUTURE}")
    obj.publish()
    obj.published_on, obj.published_where = published_on, published_where
    deadline_close(obj=obj, rule_id=PUBLISH_RULE, on=published_on)
    return {"note": published_where}


@step(AnnualReport, "send_back", label="退回修改", roles=[Role.LEADER, Role.LEGAL_REVIEWER], form=SendBackForm,
      statute=STATUTE, danger=True)
def annual_report_send_back(*, obj, user, reason, **_):
    """退回修改: back to 起草; the approval snapshot and versions stay on record, the report is no longer frozen."""
    obj.send_back()
    obj.snapshot = None
    return {"note": reason}

