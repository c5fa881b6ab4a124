"""Figures of part B (第一责任人履职) and of parts C/D, computed from the leadership ledgers.

A meeting counts for "党政主要负责人主持召开" when its chair is the 党委书记 or the 政府主要负责人; an agenda
item counts as 法治 work when it is marked 法治建设议题 (seed 002: 33 党委会, 29 例会, 12 分析会, 11 传达,
16 部署, 9 听取汇报). Stock figures (members, staff, institutions in force) are counted as they stand
now — the registry filters by the year of one date field, and a roster is not a flow of the year.
"""

from django.db.models import Q

from fazhi.indicators.registry import Indicator, declare

from .choices import PRINCIPAL_ROLES, AgendaTopic, Domain, InstitutionKind, MeetingKind
from .models import AgendaItem, DutyReport, GroupMember, Institution, LeadingGroup, Meeting, PlanItem, Shortcoming, StaffMember

SECTION_B = "B.leader_duties"
PRINCIPAL = Q(chair_role__in=list(PRINCIPAL_ROLES))

for kind, label in [
    (MeetingKind.PARTY_COMMITTEE, "党委会"), (MeetingKind.WORK_MEETING, "机关工作例会"),
    (MeetingKind.ANALYSIS, "矛盾纠纷排查暨形势分析会"), (MeetingKind.GOVERNMENT_EXECUTIVE, "政府常务会议/镇务会"),
    (MeetingKind.STANDING_COMMITTEE, "党委常委会"), (MeetingKind.COMMITTEE, "委员会/领导小组会议"),
    (MeetingKind.JOINT, "联席会议"), (MeetingKind.SPECIAL, "专题会议"),
]:
    declare(Indicator(
        key=f"leadership.meetings_{kind}", name=f"召开{label}", unit="次", model=Meeting, date_field="held_on",
        base=Q(kind=kind), section=SECTION_B,
    ))
    declare(Indicator(
        key=f"leadership.principal_meetings_{kind}", name=f"党政主要负责人主持召开{label}", unit="次", model=Meeting,
        date_field="held_on", base=Q(kind=kind) & PRINCIPAL, section=SECTION_B,
        convention="主持人职务为党委书记或政府主要负责人的会议",
    ))

declare(Indicator(
    key="leadership.meetings_with_rule_of_law_items", name="研究法治建设议题的会议", unit="次", model=Meeting,
    date_field="held_on", base=Q(agenda_items__rule_of_law=True, agenda_items__is_void=False), section=SECTION_B,
    convention="至少有一项未作废的法治建设议题的会议",
))

_LIVE_MEETING = Q(meeting__is_void=False)
for topic, name, unit in [
    (AgendaTopic.REPORT_HEARD, "听取法治建设工作汇报", "次"),
    (AgendaTopic.DEPLOYMENT, "部署安排法治建设工作", "项"),
    (AgendaTopic.RELAY, "传达贯彻法治建设重要会议、文件", "次"),
    (AgendaTopic.DELIBERATION, "审议法治建设有关文件", "件"),
    (AgendaTopic.STUDY, "会议学法", "次"),
]:
    declare(Indicator(
        key=f"leadership.agenda_{topic}", name=name, unit=unit, model=AgendaItem, date_field="meeting__held_on",
        base=Q(topic=topic, rule_of_law=True) & _LIVE_MEETING, section=SECTION_B,
        convention="会议议题中标为法治建设议题的条数（一个议题计一次/一项）",
    ))
declare(Indicator(
    key="leadership.agenda_research", name="研究解决重大问题和困难", unit="项", model=AgendaItem,
    date_field="meeting__held_on", base=Q(topic=AgendaTopic.RESEARCH) & _LIVE_MEETING, section=SECTION_B,
    convention="议题类别为“研究解决重大问题”的条数（含非法治议题，报告列举的问题领域）",
))

declare(Indicator(
    key="leadership.coordination_groups", name="下设协调小组", unit="个", model=LeadingGroup,
    base=Q(kind="coordination", dissolved_on__isnull=True), section="A.leadership",
    convention="现存（未撤销）的协调小组",
))
declare(Indicator(
    key="leadership.leading_groups", name="领导小组/委员会", unit="个", model=LeadingGroup,
    base=Q(kind__in=["leading_group", "committee"], dissolved_on__isnull=True), section="A.leadership",
    convention="现存（未撤销）的领导小组和委员会",
))
declare(Indicator(
    key="leadership.group_member_units", name="议事协调机构成员单位", unit="个", model=GroupMember,
    base=Q(holder_kind="unit", end_on__isnull=True, group__is_void=False, group__dissolved_on__isnull=True),
    section="A.leadership", convention="现任（未调整退出）的成员单位",
))

_ACTIVE_STAFF = Q(end_on__isnull=True)
declare(Indicator(
    key="leadership.full_time_rule_of_law_staff", name="专职法治工作员", unit="名", model=StaffMember,
    base=_ACTIVE_STAFF & Q(rule_of_law_duty="full_time"), section="C.shortcomings", convention="目前在岗人数",
))
declare(Indicator(
    key="leadership.part_time_rule_of_law_staff", name="兼职法治工作员", unit="名", model=StaffMember,
    base=_ACTIVE_STAFF & Q(rule_of_law_duty="part_time"), section="C.shortcomings", convention="目前在岗人数",
))
declare(Indicator(
    key="leadership.leaders_with_legal_background", name="具有法律专业背景或法治工作经历的班子成员", unit="名",
    model=StaffMember, base=_ACTIVE_STAFF & Q(is_leadership=True, legal_background=True), section=SECTION_B,
    convention="目前在岗人数",
))

declare(Indicator(
    key="leadership.duty_reports", name="领导干部述法", unit="人次", model=DutyReport, date_field="reported_on",
    section=SECTION_B, convention="按述法日期所在年度计数",
))
declare(Indicator(
    key="leadership.duty_reports_in_assessment", name="述法结果纳入年度考核", unit="人次", model=DutyReport,
    date_field="reported_on", base=Q(in_assessment=True), section=SECTION_B,
))

_IN_FORCE = Q(status="in_force")
for domain, label in Domain.choices:
    declare(Indicator(
        key=f"leadership.institutions_{domain}", name=f"建立的制度与机制（{label}）", unit="项", model=Institution,
        date_field="established_on", base=_IN_FORCE & Q(domain=domain), section="A.institutions",
        convention="当年建立/印发且未废止的制度、机制、方案",
    ))
for kind, label in [(InstitutionKind.PLAN, "规划/方案/计划"), (InstitutionKind.INTERNAL_CONTROL, "内部权力制约措施"),
                    (InstitutionKind.SYSTEM, "制度"), (InstitutionKind.MECHANISM, "工作机制")]:
    declare(Indicator(
        key=f"leadership.institutions_kind_{kind}", name=f"建立的{label}", unit="项", model=Institution,
        date_field="established_on", base=_IN_FORCE & Q(kind=kind), section="A.institutions",
    ))
declare(Indicator(
    key="leadership.sanding_county_bodies", name="印发区县级党政群机关“三定”规定", unit="个", model=Institution,
    date_field="established_on", base=_IN_FORCE & Q(kind=InstitutionKind.SANDING, applies_to="county_body"),
    section="A.lists_services",
))
declare(Indicator(
    key="leadership.sanding_townships", name="印发乡镇（街道）“三定”规定", unit="个", model=Institution,
    date_field="established_on", base=_IN_FORCE & Q(kind=InstitutionKind.SANDING, applies_to="township"),
    section="A.lists_services",
))

declare(Indicator(
    key="leadership.shortcomings", name="查摆的不足", unit="项", model=Shortcoming, date_field="identified_on",
    section="C.shortcomings",
))
declare(Indicator(
    key="leadership.shortcomings_with_cause", name="写明原因的不足", unit="项", model=Shortcoming,
    date_field="identified_on", base=~Q(cause=""), section="C.shortcomings",
))
declare(Indicator(
    key="leadership.plan_items", name="工作安排", unit="项", model=PlanItem, date_field="due_on", section="D.next_year",
))
declare(Indicator(
    key="leadership.plan_items_done_rate", name="工作安排完成率", unit="%", model=PlanItem, date_field="due_on",
    kind="rate", numerator=Q(state="done"), section="D.next_year",
    convention="完成期限在当年的工作安排中，已认定完成（附佐证）的比例；尚未认定的计入分母",
))

