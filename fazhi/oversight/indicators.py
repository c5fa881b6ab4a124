"""Figures of 监督与问责: 办复率, 按时办复率, 满意度, audit coverage, accountability, complaints.

满意度 counts 满意 (and, by the setting below, 基本满意) over proposals with feedback; whether 基本满意
belongs in the numerator is a local convention not fixed in statutes.md, hence UNCONFIRMED.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import F, Q

from fazhi.core.settings_registry import declare_setting, get_setting
from fazhi.indicators.registry import Indicator, Value, declare

from .choices import ProposalKind, ProposalState
from .models import Accountability, Audit, BudgetUnit, Complaint, ComplaintChannel, NPCReport, OversightVisit, Proposal

A = "A.supervision"
SETTING_BASIC = "oversight.satisfaction_counts_basic"
declare_setting(
    SETTING_BASIC, "满意度计入“基本满意”", True, unconfirmed=True,
    note="人大代表建议、政协提案满意度的口径各地不一（满意率 / 满意和基本满意率），statutes.md 未载明。",
    source="issue 6",
)


def _ids(qs) -> list[int]:
    return list(qs.values_list("pk", flat=True).distinct())


def _ratio(num: int, den: int, ids) -> Value:
    if not den:
        return Value(None, num, den, ids)
    value = float((Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return Value(value, num, den, ids)


def _satisfaction(qs) -> Value:
    rated = qs.exclude(satisfaction="")
    good = ["satisfied", "basic"] if get_setting(SETTING_BASIC) else ["satisfied"]
    happy = rated.filter(satisfaction__in=good)
    return _ratio(happy.count(), rated.count(), _ids(happy))


_REPLIED = Q(state__in=[ProposalState.REPLIED, ProposalState.CLOSED])
for prefix, base, label in [("proposal", Q(), "建议提案"), ("npc_suggestion", Q(kind=ProposalKind.NPC_SUGGESTION), "人大代表建议"),
                            ("cppcc_proposal", Q(kind=ProposalKind.CPPCC_PROPOSAL), "政协提案")]:
    declare(Indicator(
        key=f"oversight.{prefix}s", name=f"承办{label}", unit="件", model=Proposal, date_field="assigned_on", base=base,
        section=A,
    ))
    declare(Indicator(
        key=f"oversight.{prefix}_reply_rate", name=f"{label}办复率", unit="%", model=Proposal, date_field="assigned_on",
        base=base, kind="rate", numerator=_REPLIED, section=A, convention="当年交办的件中已办复的比例",
    ))
    declare(Indicator(
        key=f"oversight.{prefix}_on_time_rate", name=f"{label}按时办复率", unit="%", model=Proposal,
        date_field="assigned_on", base=base, kind="rate", denominator=_REPLIED,
        numerator=Q(replied_on__lte=F("due_on")), section=A, convention="已办复的件中办复日期不晚于交办函要求日期的比例",
    ))
    declare(Indicator(
        key=f"oversight.{prefix}_satisfaction", name=f"{label}满意度", unit="%", model=Proposal, date_field="assigned_on",
        base=base, kind="custom", func=_satisfaction, section=A,
        convention="已反馈的件中“满意”（按系统设置可含“基本满意”）的比例",
    ))

declare(Indicator(
    key="oversight.npc_reports", name="向人大报告工作", unit="次", model=NPCReport, date_field="reported_on", section=A,
))
declare(Indicator(
    key="oversight.visits", name="代表视察与监督活动", unit="次", model=OversightVisit, date_field="visited_on", section=A,
))
declare(Indicator(
    key="oversight.audits", name="审计项目", unit="个", model=Audit, date_field="started_on", section=A,
))
declare(Indicator(
    key="oversight.tracking_audits", name="重大项目/政策跟踪审计", unit="次", model=Audit, date_field="started_on",
    base=Q(kind="tracking"), section=A,
))


def _quarters(qs) -> Value:
    rows = qs.filter(kind="tracking", quarter__isnull=False)
    return Value(len(set(rows.values_list("quarter", flat=True))), record_ids=_ids(rows))


declare(Indicator(
    key="oversight.tracking_audit_quarters", name="开展跟踪审计的季度", unit="个", model=Audit, date_field="started_on",
    kind="custom", func=_quarters, section=A, convention="有跟踪审计记录的不同季度数（每季度开展即为4）",
))


def _budget_coverage(qs) -> Value:
    """Distinct 一级预算部门 with a 预算执行审计 ÷ the 一级预算部门 listed by the same units."""
    audited_qs = qs.filter(kind="budget_execution", budget_unit__isnull=False)
    audited = set(audited_qs.values_list("budget_unit_id", flat=True))
    units = set(qs.values_list("unit_id", flat=True))
    roster = set(BudgetUnit.objects.live().filter(unit_id__in=units, active_to__isnull=True).values_list("pk", flat=True))
    return _ratio(len(audited & roster), len(roster), _ids(audited_qs))


declare(Indicator(
    key="oversight.budget_audit_coverage", name="一级预算部门预算执行审计覆盖率", unit="%", model=Audit,
    date_field="started_on", kind="custom", func=_budget_coverage, section=A,
    convention="当年有预算执行审计的一级预算部门 ÷ 名录中现有的一级预算部门",
))
declare(Indicator(
    key="oversight.audit_reports_published", name="审计结果公开", unit="个", model=Audit, date_field="started_on",
    base=Q(report_published_on__isnull=False), section=A,
))
declare(Indicator(
    key="oversight.accountability_cases", name="问责", unit="人次", model=Accountability, date_field="decided_on", section=A,
))
declare(Indicator(
    key="oversight.one_case_two_checks", name="一案双查", unit="件", model=Accountability, date_field="decided_on",
    base=Q(one_case_two_checks=True), section=A,
))
declare(Indicator(
    key="oversight.complaint_channels", name="监督渠道", unit="种", model=ComplaintChannel, base=Q(closed_on__isnull=True),
    kind="custom", section=A, convention="现有（未停用）渠道的不同类型数",
    func=lambda qs: Value(len(set(qs.values_list("kind", flat=True))), record_ids=_ids(qs)),
))
declare(Indicator(
    key="oversight.complaints", name="受理投诉举报", unit="件", model=Complaint, date_field="received_on", section=A,
))
declare(Indicator(
    key="oversight.complaints_substantiated", name="查实的投诉举报", unit="件", model=Complaint, date_field="received_on",
    base=Q(finding__in=["substantiated", "partly"]), section=A, convention="核查结论为查实或部分查实",
))
declare(Indicator(
    key="oversight.complaint_conclusion_rate", name="投诉举报办结率", unit="%", model=Complaint, date_field="received_on",
    kind="rate", numerator=Q(state="concluded"), section=A, convention="当年受理的件中已办结的比例",
))
