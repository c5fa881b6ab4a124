"""Figures of 普法, 学法, 培训, 考试 and 公共法律服务, computed from the records (issue 6).

Totals are computed from parts and never stored: the 1,838 场 that seed 003 states for 武隆区 is
whatever its activity rows add up to (its own parts add up to 1,649). Rates over people use sums:
参训率 = Σ参训 ÷ Σ应参训, 参考率 = Σ参考 ÷ Σ应考, 合格率 = Σ合格 ÷ Σ参考.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import F, Q, Sum

from fazhi.indicators.registry import Indicator, Value, declare
from fazhi.org.choices import UnitLevel
from fazhi.org.models import Unit

from .choices import (ENFORCEMENT_TRAININGS, FOUR_VENUES, PHYSICAL_POINTS, PLATFORM_POINTS, Audience, Method, PointKind,
                      StudyKind, VenueType)
from .models import (PARTICIPANT_FIELDS, Activity, CultureSite, Exam, LegalLiterate, LegalService, LegalServicePoint,
                     MediaCoverage, PublicityDuty, Study, Training)

A = "A.publicity"
S = "A.study_training"
L = "A.legal_services"


def _ids(qs) -> list[int]:
    return list(qs.values_list("pk", flat=True).distinct())


def _ratio(num, den, ids) -> Value:
    if not den:
        return Value(None, num, den, ids)
    value = float((Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return Value(value, num, den, ids)


# 普法活动 -------------------------------------------------------------------------------------------

declare(Indicator(
    key="publicity.activities", name="开展普法活动", unit="场", model=Activity, date_field="held_on",
    kind="count", section=A,
))
declare(Indicator(
    key="publicity.attendance", name="普法活动参与", unit="人次", model=Activity, date_field="held_on",
    kind="sum", sum_field="attendance", rounding=0, section=A,
))
declare(Indicator(
    key="publicity.constitution_day_activities", name="国家宪法日宣传活动", unit="场", model=Activity,
    date_field="held_on", base=Q(campaign="12.4"), kind="count", section=A,
))
for audience in (Audience.CADRES, Audience.YOUTH, Audience.WORKERS, Audience.FARMERS):
    declare(Indicator(
        key=f"publicity.activities_{audience}", name=f"{audience.label}法治教育", unit="场", model=Activity,
        date_field="held_on", base=Q(audience=audience), section=A,
    ))
    declare(Indicator(
        key=f"publicity.attendance_{audience}", name=f"{audience.label}法治教育参与", unit="人次", model=Activity,
        date_field="held_on", base=Q(audience=audience), kind="sum", sum_field="attendance", rounding=0, section=A,
    ))
for venue in (VenueType.VILLAGE, VenueType.SCHOOL, VenueType.ENTERPRISE, VenueType.ORGAN, VenueType.HOUSEHOLD):
    declare(Indicator(
        key=f"publicity.activities_{venue}", name=f"普法{venue.label}", unit="场", model=Activity, date_field="held_on",
        base=Q(venue_type=venue), section=A,
    ))
declare(Indicator(
    key="publicity.activities_four_venues", name="法律进机关、进乡村、进学校、进企业", unit="场", model=Activity,
    date_field="held_on", base=Q(venue_type__in=list(FOUR_VENUES)), section=A,
))
for method in (Method.CONCENTRATED, Method.PERFORMANCE, Method.OPEN_DAY, Method.CASE_EXPLANATION, Method.LECTURE):
    declare(Indicator(
        key=f"publicity.activities_{method}", name=f"{method.label}", unit="场", model=Activity, date_field="held_on",
        base=Q(method=method), section=A,
    ))
for field, name, unit in [("households", "入户宣传", "户"), ("materials", "发放宣传资料", "份"), ("boards", "展出宣传展板", "张次"),
                          ("vehicles", "出动宣传车", "台次"), ("consultations", "接受群众咨询", "人次")]:
    declare(Indicator(
        key=f"publicity.{field}", name=name, unit=unit, model=Activity, date_field="held_on", kind="sum",
        sum_field=field, rounding=0, section=A,
    ))


def _campaigns(qs) -> Value:
    values = set(qs.exclude(campaign="").values_list("campaign", flat=True))
    return Value(len(values), record_ids=_ids(qs.exclude(campaign="")))


declare(Indicator(
    key="publicity.campaigns_covered", name="开展宣传的主题/宣传日", unit="个", model=Activity, date_field="held_on",
    kind="custom", func=_campaigns, section=A, convention="有活动记录的不同宣传主题（宣传日）个数",
))


def _school_laws(qs) -> Value:
    rows = qs.filter(venue_type=VenueType.SCHOOL)
    laws = set()
    for text in rows.values_list("laws", flat=True):
        laws |= {s.strip(" 《》") for s in (text or "").replace("，", "、").split("、") if s.strip(" 《》")}
    return Value(len(laws), record_ids=_ids(rows))


declare(Indicator(
    key="publicity.school_laws_covered", name="进校园宣讲的法律法规", unit="部", model=Activity, date_field="held_on",
    kind="custom", func=_school_laws, section=A, convention="进校园活动“宣传的法律法规”中不同法律的个数",
))


def _village_coverage(qs) -> Value:
    """Villages with a 进村 activity ÷ all villages of the townships that keep these records."""
    unit_ids = set(qs.values_list("unit_id", flat=True))
    units = Unit.objects.filter(pk__in=unit_ids)
    townships = {u.pk for u in units if u.level != UnitLevel.VILLAGE} | {u.parent_id for u in units if u.level == UnitLevel.VILLAGE}
    villages = set(Unit.objects.filter(parent_id__in=townships, level=UnitLevel.VILLAGE).values_list("pk", flat=True))
    reached_qs = qs.filter(venue_type=VenueType.VILLAGE, unit_id__in=villages)
    reached = set(reached_qs.values_list("unit_id", flat=True))
    return _ratio(len(reached), len(villages), _ids(reached_qs))


declare(Indicator(
    key="publicity.village_coverage", name="村（社区）法治宣传覆盖率", unit="%", model=Activity, date_field="held_on",
    kind="custom", func=_village_coverage, section=A,
    convention="有进村（社区）普法活动记录（记在该村/社区名下）的村（社区）÷ 所属乡镇（街道）的全部村（社区）",
))
declare(Indicator(
    key="publicity.duty_items", name="谁执法谁普法责任清单事项", unit="项", model=PublicityDuty, date_field="listed_on",
    section=A,
))
declare(Indicator(
    key="publicity.culture_sites", name="法治文化阵地", unit="个", model=CultureSite,
    base=Q(kind="base", closed_on__isnull=True), section=A, convention="现有（未撤除）数",
))
declare(Indicator(
    key="publicity.culture_parks", name="法治文化主题公园（广场）", unit="个", model=CultureSite,
    base=Q(kind="park", closed_on__isnull=True), section=A, convention="现有（未撤除）数",
))
declare(Indicator(
    key="publicity.media_items", name="媒体报道", unit="篇（次）", model=MediaCoverage, date_field="published_on", section=A,
))
declare(Indicator(
    key="publicity.media_interviews", name="媒体专题采访", unit="次", model=MediaCoverage, date_field="published_on",
    base=Q(kind="interview"), section=A,
))

# 学法 ----------------------------------------------------------------------------------------------

_PARTICIPANTS = sum((F(f) for f in PARTICIPANT_FIELDS[1:]), F(PARTICIPANT_FIELDS[0]))


def _participants(qs) -> Value:
    total = qs.aggregate(s=Sum(_PARTICIPANTS))["s"] or 0
    return Value(total, record_ids=_ids(qs))


_LAW = Q(rule_of_law=True)
declare(Indicator(
    key="publicity.studies", name="学法", unit="次", model=Study, date_field="held_on", base=_LAW, section=S,
    convention="标为法治学习内容的学法记录",
))
declare(Indicator(
    key="publicity.study_participants", name="参加学法", unit="人次", model=Study, date_field="held_on", base=_LAW,
    kind="custom", func=_participants, section=S, convention="各类人员人次之和",
))
for kind in (StudyKind.CENTRAL_GROUP, StudyKind.EXECUTIVE_MEETING, StudyKind.LECTURE, StudyKind.SPECIAL_TRAINING,
             StudyKind.CONCENTRATED, StudyKind.PARTY_SCHOOL, StudyKind.RELAY, StudyKind.COURT_ATTENDANCE,
             StudyKind.ONLINE_TRAINING):
    declare(Indicator(
        key=f"publicity.studies_{kind}", name=kind.label, unit="次", model=Study, date_field="held_on",
        base=_LAW & Q(kind=kind), section=S,
    ))
    declare(Indicator(
        key=f"publicity.study_participants_{kind}", name=f"{kind.label}参加人员", unit="人次", model=Study,
        date_field="held_on", base=_LAW & Q(kind=kind), kind="custom", func=_participants, section=S,
        convention="各类人员人次之和",
    ))
declare(Indicator(
    key="publicity.party_branch_studies", name="党组织专题学习（不计入学法）", unit="次", model=Study, date_field="held_on",
    base=Q(kind=StudyKind.PARTY_BRANCH, rule_of_law=False), section=S,
))
declare(Indicator(
    key="publicity.party_branch_study_participants", name="党组织专题学习覆盖党员干部（不计入学法）", unit="人次",
    model=Study, date_field="held_on", base=Q(kind=StudyKind.PARTY_BRANCH, rule_of_law=False), kind="custom",
    func=_participants, section=S,
))

# 培训与考试 -------------------------------------------------------------------------------------------

_ENF = Q(kind__in=list(ENFORCEMENT_TRAININGS))
declare(Indicator(
    key="publicity.trainings_enforcement", name="执法人员法律知识培训", unit="批次", model=Training, date_field="start_on",
    base=_ENF, section=S,
))
declare(Indicator(
    key="publicity.trainees_enforcement", name="执法人员参训", unit="人次", model=Training, date_field="start_on",
    base=_ENF, kind="sum", sum_field="trainees", rounding=0, section=S,
))
declare(Indicator(
    key="publicity.training_hours_enforcement", name="执法人员培训学时", unit="学时", model=Training,
    date_field="start_on", base=_ENF, kind="sum", sum_field="hours", rounding=1, section=S,
))


def _participation(qs) -> Value:
    rows = qs.filter(expected__isnull=False)
    agg = rows.aggregate(n=Sum("trainees"), d=Sum("expected"))
    return _ratio(agg["n"] or 0, agg["d"] or 0, _ids(rows))


declare(Indicator(
    key="publicity.enforcement_training_rate", name="执法人员参训率", unit="%", model=Training, date_field="start_on",
    base=_ENF, kind="custom", func=_participation, section=S,
    convention="Σ实际参训人数 ÷ Σ应参训人数（只计填了应参训人数的培训）",
))
for kind, label in [("mediator", "人民调解员培训"), ("window_staff", "政务服务窗口人员培训"), ("legal_literate", "法律明白人培训")]:
    declare(Indicator(
        key=f"publicity.trainings_{kind}", name=label, unit="次", model=Training, date_field="start_on",
        base=Q(kind=kind), section=S,
    ))

declare(Indicator(
    key="publicity.exam_sat", name="参加法治考试", unit="人", model=Exam, date_field="held_on", kind="sum", sum_field="sat",
    rounding=0, section=S,
))


def _exam(num_field, den_field):
    def func(qs) -> Value:
        agg = qs.aggregate(n=Sum(num_field), d=Sum(den_field))
        return _ratio(agg["n"] or 0, agg["d"] or 0, _ids(qs))

    return func


declare(Indicator(
    key="publicity.exam_participation_rate", name="法治考试参考率", unit="%", model=Exam, date_field="held_on",
    kind="custom", func=_exam("sat", "expected"), section=S, convention="Σ参考人数 ÷ Σ应考人数",
))
declare(Indicator(
    key="publicity.exam_pass_rate", name="法治考试合格率", unit="%", model=Exam, date_field="held_on",
    kind="custom", func=_exam("passed", "sat"), section=S, convention="Σ合格人数 ÷ Σ参考人数",
))

# 公共法律服务与法律明白人 ------------------------------------------------------------------------------------

_OPEN = Q(closed_on__isnull=True)
for kind, label in [(PointKind.CENTER, "公共法律服务中心"), (PointKind.STATION, "公共法律服务工作站"),
                    (PointKind.ROOM, "村（社区）公共法律服务室"), (PointKind.LEGAL_AID_CONTACT, "法律援助联络点")]:
    declare(Indicator(
        key=f"publicity.service_points_{kind}", name=label, unit="个", model=LegalServicePoint, base=_OPEN & Q(kind=kind),
        section=L, convention="现有（未撤销）数",
    ))


def _channel_kinds(qs) -> Value:
    kinds = set(qs.values_list("kind", flat=True))
    channels = {"physical" if k in PHYSICAL_POINTS else k for k in kinds} - {PointKind.OTHER}
    return Value(len(channels), record_ids=_ids(qs))


declare(Indicator(
    key="publicity.service_channels", name="公共法律服务渠道", unit="种", model=LegalServicePoint, base=_OPEN,
    kind="custom", func=_channel_kinds, section=L, convention="实体平台、12348 热线、网络平台中已登记的种数",
))


def _platform_levels(qs) -> Value:
    rows = qs.filter(kind__in=list(PLATFORM_POINTS))
    return Value(len(set(rows.values_list("level", flat=True))), record_ids=_ids(rows))


declare(Indicator(
    key="publicity.service_platform_levels", name="公共法律服务实体平台层级", unit="级", model=LegalServicePoint,
    base=_OPEN, kind="custom", func=_platform_levels, section=L, convention="有实体平台（中心/工作站/服务室）的层级数",
))
declare(Indicator(
    key="publicity.legal_services", name="提供公共法律服务", unit="宗", model=LegalService, date_field="received_on",
    section=L,
))
declare(Indicator(
    key="publicity.legal_services_walk_in", name="实体平台提供公共法律服务", unit="宗", model=LegalService,
    date_field="received_on", base=Q(channel="walk_in"), section=L,
))
for kind, label in [("consultation", "法律咨询"), ("legal_aid", "法律援助")]:
    declare(Indicator(
        key=f"publicity.legal_services_{kind}", name=label, unit="宗", model=LegalService, date_field="received_on",
        base=Q(kind=kind), section=L,
    ))
declare(Indicator(
    key="publicity.legal_literates_appointed", name="培养法律明白人", unit="名", model=LegalLiterate,
    date_field="appointed_on", section=L, convention="当年培养/聘任的人数",
))
declare(Indicator(
    key="publicity.legal_literates", name="法律明白人（现有）", unit="名", model=LegalLiterate, base=Q(left_on__isnull=True),
    section=L, convention="目前未退出的人数",
))
