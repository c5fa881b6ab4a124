"""督导督查 writes: raising a finding for a unit below, and the 整改 cycle (报送 → 验收 / 退回 → 报送 …).

Basis: 《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号) — 督察发现的问题应当督促整改 (the
article number is UNCONFIRMED in statutes.md §1; the steps cite the document only).
"""

from __future__ import annotations

from django.db import transaction

from fazhi.audit.services import event_record
from fazhi.core import permissions
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.services import build_form
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from ..choices import ReviewOutcome
from ..forms import FindingAcceptForm, FindingSendBackForm, FindingSubmitForm
from ..models import Finding, Inspection, Rectification
from ..scoping import is_responsible
from .evidence import evidence_attach

STATUTE = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）"
MSG_NOT_ISSUER = "只有组织该督导督查的单位可以为其登记问题。"
MSG_OUTSIDE = "整改责任单位须为被督查单位之一（本单位所属的乡镇、街道或部门）。"
MSG_SELF_INTERNAL = "本级督导督查只能为下级单位登记问题；本单位自身的问题请作为上级督察反馈登记。"
MSG_NOT_INSPECTOR = "为下级单位登记督查问题须由督察员办理。"
MSG_NOT_RESPONSIBLE = "整改情况须由整改责任单位自己报送，督查单位不能代为报送。"
MSG_EVIDENCE = "报送整改情况须附佐证材料：上传文件，或关联已在本平台登记的台账记录（依据：{statute} 督促整改、跟踪问效）。"
MSG_OWN_RECHECK = "不能验收本单位自己的整改：本级督导督查的问题须由组织督查的单位验收。"
MSG_NOT_RECHECKER = "只有组织该督导督查的单位的督察员可以验收或退回整改。"


def validated_form(ledger, user, data, files=None):
    form = build_form(ledger, user, data, files)
    if not form.is_valid():
        labels = {name: str(f.label or name) for name, f in form.fields.items()}
        errors = {f: [str(e) for e in errs] for f, errs in form.errors.items()}
        raise InvalidInput("；".join(f"{labels.get(f, '')}：{'、'.join(m)}" if f != "__all__" else "、".join(m)
                                    for f, m in errors.items()), errors)
    return form


def finding_create(*, ledger, user, data, files=None, unit=None):
    """登记督查问题: the inspecting unit raises a problem in a unit it inspected; the 整改 clock is ``due_on``.

    Gates: the user works for the inspection's unit; the unit concerned is in the inspection's
    scope (or the inspection's own unit for a 督察 from above); a unit below needs an inspector.
    """
    permissions.require(user, ledger.action("create"))
    with transaction.atomic():
        form = validated_form(ledger, user, data, files)
        obj = form.save(commit=False)
        inspection: Inspection = form.cleaned_data["inspection"]
        target = form.cleaned_data["responsible_unit"]
        if not is_responsible(user, inspection.unit):
            raise GateRefused("not_issuer", MSG_NOT_ISSUER)
        in_scope = inspection.scope_units.filter(pk=target.pk).exists()
        if target.pk == inspection.unit_id:
            if not inspection.is_external:
                raise GateRefused("self_internal", MSG_SELF_INTERNAL)
        elif not in_scope or not target.is_within(inspection.unit):
            raise GateRefused("outside_scope", MSG_OUTSIDE)
        elif not user.has_role(Role.INSPECTOR, Role.ADMIN):
            raise GateRefused("not_inspector", MSG_NOT_INSPECTOR)
        obj.unit = target
        obj.created_by = user
        obj._history_user = user
        obj.save()
        event_record(obj=obj, verb="create", label="登记督查问题", actor=user, to_state=obj.state,
                     data={"inspection": inspection, "due_on": obj.due_on})
    return obj


def _require_recheck(obj: Finding, user) -> None:
    if user.is_admin:
        return
    if user.unit_id != obj.inspection.unit_id or not user.has_role(Role.INSPECTOR):
        raise GateRefused("not_rechecker", MSG_NOT_RECHECKER)
    if obj.unit_id == user.unit_id and not obj.inspection.is_external:
        raise GateRefused("own_recheck", MSG_OWN_RECHECK)


def _current_round(obj: Finding) -> Rectification:
    return obj.rounds.filter(outcome=ReviewOutcome.PENDING).order_by("-round").first()


@step(Finding, "submit", label="报送整改情况", roles=[Role.OPERATOR, Role.LEADER], form=FindingSubmitForm, statute=STATUTE)
def finding_submit(*, obj: Finding, user, measures, completed_on, evidence_file=None, evidence_link="", **_):
    """报送整改: the unit concerned reports what it did, with evidence; a new round awaits re-check."""
    if not is_responsible(user, obj.unit):
        raise GateRefused("not_responsible", MSG_NOT_RESPONSIBLE)
    if evidence_file is None and not (evidence_link or "").strip():
        raise GateRefused("evidence_required", MSG_EVIDENCE.format(statute=STATUTE))
    if completed_on < obj.found_on:
        raise InvalidInput("整改完成日期不能早于问题发现日期。", {"completed_on": ["整改完成日期不能早于问题发现日期。"]})
    obj.submit()
    number = obj.rounds.count() + 1
    rnd = Rectification(finding=obj, unit=obj.unit, round=number, measures=measures, completed_on=completed_on,
                        created_by=user)
    rnd._history_user = user
    rnd.save()
    evidence_attach(target=rnd, user=user, upload=evidence_file, link=(evidence_link or "").strip())
    return {"note": f"第{number}次报送"}


def _review(obj: Finding, user, outcome: str, reviewed_on, comment: str) -> Rectification:
    rnd = _current_round(obj)
    rnd.outcome = outcome
    rnd.review_comment = comment or ""
    rnd.reviewed_by = user
    rnd.reviewed_on = reviewed_on
    rnd._history_user = user
    rnd.save()
    return rnd


@step(Finding, "accept", label="验收通过（销号）", roles=[Role.INSPECTOR], form=FindingAcceptForm, statute=STATUTE)
def finding_accept(*, obj: Finding, user, reviewed_on, comment="", **_):
    """验收销号: the inspecting unit's inspector confirms the 整改 on the latest round."""
    _require_recheck(obj, user)
    obj.accept()
    rnd = _review(obj, user, ReviewOutcome.ACCEPTED, reviewed_on, comment)
    obj.accepted_on = reviewed_on
    return {"note": f"第{rnd.round}次整改报告验收通过"}


@step(Finding, "send_back", label="退回重新整改", roles=[Role.INSPECTOR], form=FindingSendBackForm, statute=STATUTE)
def finding_send_back(*, obj: Finding, user, reviewed_on, comment, new_due_on=None, **_):
    """退回: the re-check finds the 整改 insufficient; the unit must rectify again (optionally by a new date)."""
    _require_recheck(obj, user)
    obj.send_back()
    rnd = _review(obj, user, ReviewOutcome.RETURNED, reviewed_on, comment)
    if new_due_on:
        obj.due_on = new_due_on
    return {"note": f"第{rnd.round}次整改报告被退回：{comment}"}

