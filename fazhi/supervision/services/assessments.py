"""考核评估 writes: launch and close a run, a unit's self-report on a manual indicator, and its scoring.

Design rule (anchors.md C11, issue 9): what the records show is computed, never asked for; a
unit self-reports only the manual indicators, with evidence; only an inspector's score counts
and ranks — an unreviewed self-score is shown as such and never ranked.
"""

from __future__ import annotations

from django.db import transaction

from fazhi.core import permissions
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import EmptyForm, step
from fazhi.org.choices import Role

from ..choices import AssessmentState
from ..forms import SelfReportGradeForm, SelfReportResubmitForm, SelfReportSendBackForm
from ..models import Assessment, SelfReport
from ..scoping import is_responsible
from .evidence import evidence_attach, evidence_for
from .inspections import validated_form

BASIS = "市县法治政府建设示范指标体系（中央依法治国办）：指标评测方式由组织评估的机关确定"
MSG_NO_SCOPE = "启动前须选择至少一个被评估单位。"
MSG_NO_LEAVES = "所选指标体系没有三级指标，无法评估。"
MSG_NOT_OPEN = "该考核评估不在填报期（须先启动，结束后不能再填报）。"
MSG_NOT_IN_SCOPE = "本单位不在该考核评估的被评估单位之列。"
MSG_DUPLICATE = "本单位已就该指标填报；如被退回，请在原填报上重新报送。"
MSG_EVIDENCE = "该指标要求佐证材料（{need}）：请上传文件或关联本平台台账记录。"
MSG_NOT_RESPONSIBLE = "自评须由被评估单位自己填报，评估组织单位不能代填。"
MSG_NOT_SCORER = "只有组织该考核评估的单位的督察员可以评分或退回。"
MSG_SCORE_RANGE = "评定得分须在 0 至该指标分值 {points} 分之间。"
MSG_SELF_RANGE = "自评分须在 0 至该指标分值 {points} 分之间。"
MSG_CLOSED = "该考核评估已结束，不能再评分或退回。"


@step(Assessment, "launch", label="启动填报", roles=[Role.INSPECTOR], form=EmptyForm, statute=BASIS)
def assessment_launch(*, obj: Assessment, user, **_):
    """启动: units in scope may now self-report the manual indicators."""
    if not obj.scope_units.exists():
        raise GateRefused("no_scope", MSG_NO_SCOPE)
    if not obj.system.nodes.filter(level=3).exists():
        raise GateRefused("no_leaves", MSG_NO_LEAVES)
    obj.launch()


@step(Assessment, "close", label="结束评估", roles=[Role.INSPECTOR], form=EmptyForm, statute=BASIS)
def assessment_close(*, obj: Assessment, user, **_):
    """结束: no more self-reports or scoring; unreviewed self-reports stay unscored (shown as such)."""
    obj.close()


def _check_self_score(node, self_score):
    if self_score is not None and node.points is not None and not (0 <= self_score <= node.points):
        msg = MSG_SELF_RANGE.format(points=node.points)
        raise InvalidInput(msg, {"self_score": [msg]})


def self_report_create(*, ledger, user, data, files=None, unit=None):
    """自评填报: a unit in scope reports on one manual indicator of an open assessment, with evidence."""
    permissions.require(user, ledger.action("create"))
    unit = unit or user.unit
    with transaction.atomic():
        form = validated_form(ledger, user, data, files)
        obj: SelfReport = form.save(commit=False)
        a: Assessment = form.cleaned_data["assessment"]
        if unit is None or not is_responsible(user, unit):
            raise GateRefused("not_responsible", MSG_NOT_RESPONSIBLE)
        if a.state != AssessmentState.OPEN:
            raise GateRefused("not_open", MSG_NOT_OPEN)
        if not a.scope_units.filter(pk=unit.pk).exists():
            raise GateRefused("not_in_scope", MSG_NOT_IN_SCOPE)
        if SelfReport.objects.live().filter(assessment=a, node=obj.node, unit=unit).exists():
            raise GateRefused("duplicate", MSG_DUPLICATE)
        _check_self_score(obj.node, obj.self_score)
        upload = (files or {}).get("evidence_file") if files else None
        link = str(data.get("evidence_link", "") or "").strip()
        if obj.node.evidence_required and upload is None and not link:
            raise GateRefused("evidence_required", MSG_EVIDENCE.format(need=obj.node.evidence_required))
        obj.unit = unit
        obj.created_by = user
        obj._history_user = user
        obj.save()
        evidence_attach(target=obj, user=user, upload=upload, link=link)
        from fazhi.audit.services import event_record

        event_record(obj=obj, verb="create", label="自评填报", actor=user, to_state=obj.state,
                     data={"node": obj.node.code, "self_score": obj.self_score})
    return obj


def _require_scorer(obj: SelfReport, user) -> None:
    if obj.assessment.state != AssessmentState.OPEN:
        raise GateRefused("closed", MSG_CLOSED)
    if user.is_admin:
        return
    if user.unit_id != obj.assessment.unit_id or not user.has_role(Role.INSPECTOR) or obj.unit_id == user.unit_id:
        raise GateRefused("not_scorer", MSG_NOT_SCORER)


@step(SelfReport, "resubmit", label="重新报送", roles=[Role.OPERATOR, Role.LEADER], form=SelfReportResubmitForm, statute=BASIS)
def self_report_resubmit(*, obj: SelfReport, user, statement, self_score=None, evidence_file=None, evidence_link="", **_):
    """重新报送: after a return, the unit completes its statement and evidence."""
    if not is_responsible(user, obj.unit):
        raise GateRefused("not_responsible", MSG_NOT_RESPONSIBLE)
    if obj.assessment.state != AssessmentState.OPEN:
        raise GateRefused("not_open", MSG_NOT_OPEN)
    _check_self_score(obj.node, self_score)
    link = (evidence_link or "").strip()
    has_evidence = evidence_file is not None or link or evidence_for(obj).exists()
    if obj.node.evidence_required and not has_evidence:
        raise GateRefused("evidence_required", MSG_EVIDENCE.format(need=obj.node.evidence_required))
    obj.resubmit()
    obj.statement = statement
    obj.self_score = self_score
    evidence_attach(target=obj, user=user, upload=evidence_file, link=link)


@step(SelfReport, "grade", label="评分", roles=[Role.INSPECTOR], form=SelfReportGradeForm, statute=BASIS)
def self_report_grade(*, obj: SelfReport, user, score, comment="", **_):
    """评分: the inspector scores the manual indicator from the statement and the evidence."""
    _require_scorer(obj, user)
    points = obj.node.points
    if points is not None and not (0 <= score <= points):
        raise GateRefused("score_out_of_range", MSG_SCORE_RANGE.format(points=points))
    obj.grade()
    obj.score = score
    obj.comment = comment or ""
    obj.scored_by = user
    return {"note": f"评定 {score} 分"}


@step(SelfReport, "send_back", label="退回补充", roles=[Role.INSPECTOR], form=SelfReportSendBackForm, statute=BASIS)
def self_report_send_back(*, obj: SelfReport, user, comment, **_):
    """退回补充: the evidence or statement is not enough to score."""
    _require_scorer(obj, user)
    obj.send_back()
    obj.comment = comment
    return {"note": comment}
