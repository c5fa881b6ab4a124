"""Figures of 行政执法, computed from the ledgers (never stored): the seeds' claims and the 118号 统计年报.

Stock figures (主体、人员、装备) have no date field: they count the live register as it stands.
Case figures are put in a year by the date of the step they count (立案、决定、公示…).
"""

from decimal import Decimal

from django.db.models import Q

from fazhi.indicators.registry import Indicator, Value, declare

from .choices import (
    DECIDED_STATES, ENTERPRISE_PARTIES, BodyKind, CaseKind, CaseState, CertificateAction, Outcome, OfficerRole,
    Procedure, Tier, TrainingMode,
)
from .models import (
    Body, Case, Certificate, Equipment, JointOperation, Officer, OfficerTraining, RandomCheck, RandomPlan, ReviewedCase,
)

SECTION = "A.enforcement"
PUBLISHED_OUTCOMES = [Outcome.PENALTY, Outcome.NO_PENALTY, Outcome.NO_VIOLATION]
ACTIVE_OFFICER = Q(left_on__isnull=True)


def _count(key, name, unit, model, *, date_field=None, base=Q(), statute="", convention=""):
    declare(Indicator(key=f"enforcement.{key}", name=name, unit=unit, model=model, date_field=date_field, base=base,
                      kind="count", section=SECTION, statute=statute, convention=convention))


def _sum(key, name, unit, model, sum_field, *, date_field=None, base=Q(), rounding=0):
    declare(Indicator(key=f"enforcement.{key}", name=name, unit=unit, model=model, date_field=date_field, base=base,
                      kind="sum", sum_field=sum_field, rounding=rounding, section=SECTION))


def _rate(key, name, model, *, numerator, denominator=None, date_field=None, base=Q(), convention="", statute=""):
    declare(Indicator(key=f"enforcement.{key}", name=name, unit="%", model=model, date_field=date_field, base=base,
                      kind="rate", numerator=numerator, denominator=denominator, section=SECTION,
                      convention=convention, statute=statute))


def _custom(key, name, unit, model, func, *, date_field=None, base=Q(), convention=""):
    declare(Indicator(key=f"enforcement.{key}", name=name, unit=unit, model=model, date_field=date_field, base=base,
                      kind="custom", func=func, section=SECTION, convention=convention))


# ---------------------------------------------------------------- 执法主体、人员、装备

COUNTY_TEAM = Q(is_active=True, tier=Tier.COUNTY, kind=BodyKind.TEAM)
TOWNSHIP_OFFICE = Q(is_active=True, tier=Tier.TOWNSHIP, kind=BodyKind.TOWNSHIP_OFFICE)
_count("bodies", "执法主体", "个", Body, base=Q(is_active=True))
_count("county_teams", "区县综合行政执法队伍", "支", Body, base=COUNTY_TEAM)
_sum("county_teams_quota", "区县综合行政执法队伍核定编制", "名", Body, "staffing_quota", base=COUNTY_TEAM)
_count("township_offices", "乡镇（街道）综合行政执法机构", "个", Body, base=TOWNSHIP_OFFICE)
_sum("township_offices_quota", "乡镇（街道）综合行政执法机构核定编制", "名", Body, "staffing_quota", base=TOWNSHIP_OFFICE)
_count("officers", "执法人员（在岗）", "名", Officer, base=ACTIVE_OFFICER)
_count("legal_reviewers", "法制审核人员（在岗）", "名", Officer, base=ACTIVE_OFFICER & Q(role=OfficerRole.LEGAL_REVIEW))
_rate("legal_reviewer_share", "法制审核人员占执法人员比例", Officer, base=ACTIVE_OFFICER,
      numerator=Q(role=OfficerRole.LEGAL_REVIEW),
      convention="在岗法制审核岗位人员 ÷ 在岗执法人员总数（含法制审核人员）；118号（十一）要求原则上不少于5%。",
      statute="国办发〔2018〕118号（十一）")
_count("officers_legally_qualified", "具有法律职业资格的执法人员", "名", Officer,
       base=ACTIVE_OFFICER & Q(legal_qualification=True))
_sum("equipment", "执法记录仪及移动执法设备", "台", Equipment, "quantity")
_count("certificates_new", "新申领执法证", "人", Certificate, date_field="issued_on", base=Q(action=CertificateAction.NEW))
_count("certificates_renewed", "年审换证", "人", Certificate, date_field="issued_on",
       base=Q(action=CertificateAction.RENEWAL))
_count("training_batches", "执法人员培训", "批次", OfficerTraining, date_field="held_on")


def _distinct_trainees(qs) -> Value:
    ids = list(qs.order_by().values_list("officers", flat=True).distinct())
    ids = [i for i in ids if i is not None]
    return Value(len(ids), record_ids=list(qs.values_list("pk", flat=True)))


_custom("trained_officers", "参训执法人员", "名", OfficerTraining, _distinct_trainees, date_field="held_on",
        convention="年度内参加培训的不同执法人员人数（一人参加多批次只计一次）。")
_custom("trained_officers_online", "参加网络培训的执法人员", "名", OfficerTraining, _distinct_trainees,
        date_field="held_on", base=Q(mode=TrainingMode.ONLINE),
        convention="年度内参加网络培训的不同执法人员人数。")

# ---------------------------------------------------------------- 案件

REGISTERED = ~Q(state=CaseState.DRAFT)
_count("cases", "行政执法案件（立案/启动）", "件", Case, date_field="registered_on", base=REGISTERED)
for kind in CaseKind:
    _count(f"{kind.value}_cases", f"{kind.label}案件", "件", Case, date_field="registered_on",
           base=REGISTERED & Q(kind=kind))
_count("penalty_cases_simple", "行政处罚案件（简易程序）", "件", Case, date_field="registered_on",
       base=REGISTERED & Q(kind=CaseKind.PENALTY, procedure=Procedure.SIMPLE))
_count("penalty_cases_ordinary", "行政处罚案件（普通程序）", "件", Case, date_field="registered_on",
       base=REGISTERED & Q(kind=CaseKind.PENALTY, procedure=Procedure.ORDINARY))
_count("cases_closed", "办结案件", "件", Case, date_field="closed_on", base=Q(state=CaseState.CLOSED))
_count("decisions", "作出执法决定", "件", Case, date_field="decided_on", base=Q(state__in=DECIDED_STATES))
_count("penalties_imposed", "作出行政处罚决定", "件", Case, date_field="decided_on",
       base=Q(state__in=DECIDED_STATES, kind=CaseKind.PENALTY, outcome=Outcome.PENALTY))
_sum("fines", "罚款金额", "元", Case, "fine_amount", date_field="decided_on", base=Q(state__in=DECIDED_STATES), rounding=2)
_count("enterprise_cases", "涉企行政执法案件", "件", Case, date_field="registered_on",
       base=REGISTERED & Q(party_type__in=list(ENTERPRISE_PARTIES)))
_count("hearings", "举行听证", "次", Case, date_field="hearing_on", base=Q(hearing_on__isnull=False))
_count("legal_reviews", "经法制审核的案件", "件", Case, date_field="legal_review_on", base=Q(legal_review_on__isnull=False))
_rate("discretion_applied_rate", "行政处罚决定适用裁量基准比例", Case, date_field="decided_on",
      base=Q(state__in=DECIDED_STATES, kind=CaseKind.PENALTY, outcome=Outcome.PENALTY),
      numerator=~Q(discretion_level=""),
      convention="记录了适用的裁量档次的行政处罚决定 ÷ 作出的行政处罚决定。", statute="行政处罚法第三十四条")
_count("publications_due", "应当公示的执法决定", "件", Case, date_field="decided_on",
       base=Q(state__in=DECIDED_STATES, publish_required=True, outcome__in=PUBLISHED_OUTCOMES))
_rate("publication_rate", "执法决定公示率", Case, date_field="decided_on",
      base=Q(state__in=DECIDED_STATES, publish_required=True, outcome__in=PUBLISHED_OUTCOMES),
      numerator=Q(published_on__isnull=False),
      convention="已公示 ÷ 年度内作出且应当公示的执法决定（不论是否按期）。", statute="国办发〔2018〕118号（六）")


def _on_time(qs) -> Value:
    from django.contrib.contenttypes.models import ContentType

    from fazhi.deadlines.models import Deadline

    from .services.problems import PUBLISH_RULES

    ids = list(qs.values_list("pk", flat=True))
    rows = Deadline.objects.filter(content_type=ContentType.objects.get_for_model(Case), object_id__in=ids,
                                   rule_id__in=PUBLISH_RULES).exclude(status="cancelled")
    closed = [d for d in rows if d.status in ("met", "missed")]
    met = [d.object_id for d in closed if d.status == "met"]
    value = round(Decimal(len(met) * 100) / len(closed), 1) if closed else None
    return Value(float(value) if value is not None else None, len(met), len(closed), met)


_custom("publication_on_time_rate", "执法决定按期公示率", "%", Case, _on_time, date_field="decided_on",
        base=Q(state__in=DECIDED_STATES, publish_required=True),
        convention="按期（行政处罚、行政许可7个工作日，其他20个工作日）公示的决定 ÷ 已公示的决定。")
_count("annulled", "被变更、撤销或确认违法的决定", "件", Case, date_field="annulled_on", base=Q(annulled_on__isnull=False))


def _cross_department(qs) -> Value:
    ids = [op.pk for op in qs if op.cross_department]
    return Value(len(ids), record_ids=ids)


_custom("joint_operations", "跨部门联合执法", "批次", JointOperation, _cross_department, date_field="held_on",
        convention="参加部门（含牵头部门）不少于两个的联合执法行动，每次行动计一批次。")

# ---------------------------------------------------------------- 双随机、案卷评查

_count("random_plans", "双随机抽查任务", "项", RandomPlan, date_field="start_on")
_count("random_checks_done", "双随机抽查检查对象", "户", RandomCheck, date_field="checked_on",
       base=Q(checked_on__isnull=False))
_count("random_plans_published", "抽查结果已公示的任务", "项", RandomPlan, date_field="published_on",
       base=Q(published_on__isnull=False))
_count("case_files_reviewed", "评查案卷", "卷", ReviewedCase, date_field="reviewed_on", base=Q(reviewed_on__isnull=False))


def _average_score(qs) -> Value:
    totals = [rc.total_score for rc in qs.prefetch_related("scores")]
    totals = [t for t in totals if t is not None]
    value = round(sum(totals) / len(totals), 1) if totals else None
    return Value(float(value) if value is not None else None, float(sum(totals)) if totals else None, len(totals),
                 list(qs.values_list("pk", flat=True)))


_custom("case_file_average_score", "评查案卷平均得分", "分", ReviewedCase, _average_score, date_field="reviewed_on",
        base=Q(reviewed_on__isnull=False), convention="各评查案卷总分（各项目得分之和）的算术平均。")
_count("case_files_with_problems", "评查发现问题的案卷", "卷", ReviewedCase, date_field="reviewed_on",
       base=Q(reviewed_on__isnull=False) & ~Q(problems=""))


def _major(qs):
    from .services.cases import case_handlers, major_reasons

    cases = [c for c in qs.prefetch_related("officers") if major_reasons(c)]
    reviewed = [c.pk for c in cases if c.legal_review_opinion == "approved" and c.legal_review_on
                and c.legal_review_on <= c.decided_on and c.legal_reviewer_id not in case_handlers(c)]
    return cases, reviewed


def _major_count(qs) -> Value:
    cases, _ = _major(qs)
    return Value(len(cases), record_ids=[c.pk for c in cases])


def _major_reviewed_rate(qs) -> Value:
    cases, reviewed = _major(qs)
    value = round(Decimal(len(reviewed) * 100) / len(cases), 1) if cases else None
    return Value(float(value) if value is not None else None, len(reviewed), len(cases), reviewed)


_custom("major_decisions", "重大执法决定", "件", Case, _major_count, date_field="decided_on",
        base=Q(state__in=DECIDED_STATES),
        convention="符合118号（十二）、行政处罚法第五十八条情形（含经过听证、涉案金额达到本单位目录标准）的决定。")
_custom("major_reviewed_rate", "重大执法决定法制审核率", "%", Case, _major_reviewed_rate, date_field="decided_on",
        base=Q(state__in=DECIDED_STATES),
        convention="决定前经非承办人员法制审核且意见为“同意”的重大执法决定 ÷ 重大执法决定。")


def _applicants_trained(qs) -> Value:
    """New certificate holders of the year who took an online training in the same year."""
    certs = list(qs.select_related("officer"))
    trained = set(OfficerTraining.objects.filter(is_void=False, mode=TrainingMode.ONLINE)
                  .values_list("officers", "held_on__year"))
    num = [c.pk for c in certs if (c.officer_id, c.issued_on.year) in trained]
    value = round(Decimal(len(num) * 100) / len(certs), 1) if certs else None
    return Value(float(value) if value is not None else None, len(num), len(certs), num)


_custom("applicant_training_rate", "新申领执法证人员参训率", "%", Certificate, _applicants_trained, date_field="issued_on",
        base=Q(action=CertificateAction.NEW),
        convention="当年新申领执法证的人员中，当年参加网络培训（执法证申领培训）的比例。")
