"""Vocabularies of 组织领导与第一责任人 (GLOSSARY.md, leadership)."""

from django.db import models


class Domain(models.TextChoices):
    """The work areas a report accounts for (the ``domain`` of claims.yaml), used to tag registers."""

    LEADERSHIP = "leadership", "组织领导与第一责任人"
    STUDY_TRAINING = "study_training", "学法与培训"
    PUBLICITY = "publicity", "普法与法治宣传"
    LISTS_SERVICES = "lists_services", "权责清单与政务服务"
    NORMATIVE_DOCS = "normative_docs", "行政规范性文件"
    MAJOR_DECISIONS = "major_decisions", "重大行政决策"
    LEGAL_ADVISERS = "legal_advisers", "法律顾问与公共法律服务"
    ENFORCEMENT = "enforcement", "行政执法"
    RECONSIDERATION_LITIGATION = "reconsideration_litigation", "行政复议与应诉"
    PETITIONS = "petitions", "信访"
    DISPUTES = "disputes", "矛盾纠纷化解"
    DISCLOSURE = "disclosure", "政务公开"
    SUPERVISION_ACCOUNTABILITY = "supervision_accountability", "监督与问责"
    OTHER = "other", "其他"


class GroupKind(models.TextChoices):
    LEADING_GROUP = "leading_group", "领导小组"
    COMMITTEE = "committee", "委员会"
    OFFICE = "office", "办公室（办事机构）"
    COORDINATION = "coordination", "协调小组"
    OTHER = "other", "其他议事协调机构"


class MemberPosition(models.TextChoices):
    LEADER = "leader", "组长/主任"
    DEPUTY = "deputy", "副组长/副主任"
    MEMBER = "member", "成员/委员"
    OFFICE_DIRECTOR = "office_director", "办公室主任"
    STAFF = "staff", "工作人员"


class HolderKind(models.TextChoices):
    PERSON = "person", "个人（按职务）"
    UNIT = "unit", "成员单位"


class LeaderRole(models.TextChoices):
    """Who holds a post; 党政主要负责人 are the first two (第一责任人职责规定)."""

    PARTY_SECRETARY = "party_secretary", "党委书记（党委主要负责人）"
    GOVERNMENT_HEAD = "government_head", "政府主要负责人（镇长/区长/县长）"
    DEPUTY_SECRETARY = "deputy_secretary", "党委副书记"
    POLITICAL_LEGAL_SECRETARY = "political_legal_secretary", "政法委员（政法书记）"
    DEPUTY_HEAD = "deputy_head", "政府分管负责人"
    OTHER = "other", "其他"


PRINCIPAL_ROLES = (LeaderRole.PARTY_SECRETARY, LeaderRole.GOVERNMENT_HEAD)


class MeetingKind(models.TextChoices):
    PARTY_COMMITTEE = "party_committee", "党委会"
    STANDING_COMMITTEE = "standing_committee", "党委常委会"
    GOVERNMENT_EXECUTIVE = "government_executive", "政府常务会议/镇务会"
    PARTY_GROUP = "party_group", "政府党组会议"
    COMMITTEE = "committee", "委员会/领导小组会议"
    JOINT = "joint", "联席会议"
    WORK_MEETING = "work_meeting", "机关工作例会"
    ANALYSIS = "analysis", "分析研判会（排查暨形势分析会）"
    SPECIAL = "special", "专题会议"
    MOBILIZATION = "mobilization", "动员部署会"
    OTHER = "other", "其他会议"


class AgendaTopic(models.TextChoices):
    REPORT_HEARD = "report_heard", "听取汇报"
    DEPLOYMENT = "deployment", "部署工作"
    RELAY = "relay", "传达学习（上级会议、文件）"
    DELIBERATION = "deliberation", "审议文件"
    STUDY = "study", "学法"
    RESEARCH = "research", "研究解决重大问题"
    OTHER = "other", "其他"


class ReportOccasion(models.TextChoices):
    YEAR_END = "year_end", "年终述职（含述法）"
    SPECIAL = "special", "专题述法"
    TRIPLE = "triple", "述职述廉述法"
    OTHER = "other", "其他"


class InstitutionKind(models.TextChoices):
    SYSTEM = "system", "制度"
    MECHANISM = "mechanism", "工作机制"
    PLAN = "plan", "规划/方案/计划"
    SUMMARY = "summary", "总结/报告/通报"
    RULE = "rule", "规则/细则/办法"
    LIST = "list", "清单/目录"
    SANDING = "sanding", "“三定”规定"
    PLATFORM = "platform", "平台/载体"
    INTERNAL_CONTROL = "internal_control", "内部权力制约措施"
    ASSESSMENT = "assessment", "考核事项（纳入考核）"
    OTHER = "other", "其他"


class AppliesTo(models.TextChoices):
    ALL = "all", "本单位（整体）"
    COUNTY_BODY = "county_body", "区县级党政群机关/部门"
    TOWNSHIP = "township", "乡镇（街道）"
    VILLAGE = "village", "村（社区）"
    POST = "post", "岗位/人员"


class InstitutionStatus(models.TextChoices):
    IN_FORCE = "in_force", "有效"
    REPEALED = "repealed", "已废止"


class RuleOfLawDuty(models.TextChoices):
    NONE = "none", "无"
    PART_TIME = "part_time", "兼职法治工作员"
    FULL_TIME = "full_time", "专职法治工作员"


class ShortcomingStatus(models.TextChoices):
    OPEN = "open", "待整改"
    RECTIFYING = "rectifying", "整改中"
    RESOLVED = "resolved", "已解决"


class PlanState(models.TextChoices):
    PLANNED = "planned", "计划中"
    DONE = "done", "已完成"
    NOT_DONE = "not_done", "未完成"
