"""Vocabularies of 重大行政决策 (GLOSSARY.md decisions; statutes.md §2, 重大行政决策程序暂行条例)."""

from django.db import models


class CatalogueState(models.TextChoices):
    DRAFTING = "drafting", "编制中"
    CONSENTED = "consented", "已经同级党委同意"
    PUBLISHED = "published", "已公布"


class Category(models.TextChoices):
    """The five kinds of 决策事项 (条例第3条第1款)."""

    POLICY = "policy", "重大公共政策和措施"
    PLANNING = "planning", "经济和社会发展等方面的重要规划"
    RESOURCES = "resources", "开发利用、保护重要自然资源和文化资源的重大公共政策和措施"
    PROJECT = "project", "重大公共建设项目"
    OTHER = "other", "其他重大事项"


class Procedure(models.TextChoices):
    PUBLIC = "public", "公众参与"
    EXPERT = "expert", "专家论证"
    RISK = "risk", "风险评估"
    LEGALITY = "legality", "合法性审查"
    COLLECTIVE = "collective", "集体讨论决定"
    HEARING = "hearing", "听证"


# what each kind of matter requires at least (the clerk may add, never remove): 公众参与 always
# (条例第14条), 专家论证 for technical matters (第19条), 风险评估 where stability or safety may be
# affected (第22条); 合法性审查 and 集体讨论决定 are required of every decision (第25条、第30条).
REQUIRED_BY_CATEGORY = {
    Category.POLICY: {Procedure.PUBLIC, Procedure.RISK},
    Category.PLANNING: {Procedure.PUBLIC, Procedure.EXPERT, Procedure.RISK},
    Category.RESOURCES: {Procedure.PUBLIC, Procedure.EXPERT, Procedure.RISK},
    Category.PROJECT: {Procedure.PUBLIC, Procedure.EXPERT, Procedure.RISK},
    Category.OTHER: {Procedure.PUBLIC},
}
# the procedures a recorded legal reason may waive; 合法性审查 and 集体讨论决定 cannot be waived
WAIVABLE = [Procedure.PUBLIC, Procedure.EXPERT, Procedure.RISK, Procedure.HEARING]


class DecisionState(models.TextChoices):
    PROPOSED = "proposed", "已提出·待决定是否启动"
    DRAFTING = "drafting", "拟订中"
    REVIEW = "review", "合法性审查中"
    REVISING = "revising", "按审查意见修改中"
    REVISED = "revised", "已按审查意见修改"
    REVIEWED = "reviewed", "审查通过·待集体讨论"
    DECIDED = "decided", "已集体讨论决定"
    REPORTED = "reported", "已向党委请示报告"
    PUBLISHED = "published", "已公布"
    IMPLEMENTING = "implementing", "执行中"
    SUSPENDED = "suspended", "中止执行"
    STOPPED = "stopped", "停止执行"
    NOT_ADOPTED = "not_adopted", "集体讨论未通过"
    WITHDRAWN = "withdrawn", "终止（不予启动或撤回）"


PRE_DECISION = [DecisionState.PROPOSED, DecisionState.DRAFTING, DecisionState.REVIEW, DecisionState.REVISING,
                DecisionState.REVISED, DecisionState.REVIEWED]
PREPARING = [DecisionState.DRAFTING, DecisionState.REVISING, DecisionState.REVISED, DecisionState.REVIEWED]
AFTER_DECISION = [DecisionState.DECIDED, DecisionState.REPORTED, DecisionState.PUBLISHED, DecisionState.IMPLEMENTING,
                  DecisionState.SUSPENDED, DecisionState.STOPPED, DecisionState.NOT_ADOPTED]


class ProposerKind(models.TextChoices):
    LEADER = "leader", "决策机关领导人员"
    DEPARTMENT = "department", "所属部门或下一级人民政府"
    DEPUTY = "deputy", "人大代表、政协委员"
    PUBLIC = "public", "公民、法人或者其他组织"


class ConsultMethod(models.TextChoices):
    PUBLISHED_DRAFT = "published_draft", "公开征求意见（公布决策草案）"
    FORUM = "forum", "座谈会"
    SURVEY = "survey", "问卷调查/民意调查"
    VISIT = "visit", "实地走访"
    OTHER = "other", "其他"


class ConsultState(models.TextChoices):
    OPEN = "open", "征求意见中"
    CLOSED = "closed", "已结束并反馈"


class HearingState(models.TextChoices):
    PLANNED = "planned", "已公告"
    HELD = "held", "已举行"


class Adoption(models.TextChoices):
    ADOPTED = "adopted", "采纳"
    PARTLY = "partly", "部分采纳"
    REJECTED = "rejected", "不采纳"


class ReviewOpinion(models.TextChoices):
    LAWFUL = "lawful", "合法"
    UNLAWFUL = "unlawful", "不合法"
    AMEND = "amend", "应当予以修改"


class ReviewState(models.TextChoices):
    PENDING = "pending", "待审查"
    DONE = "done", "已出具审查意见"


class RiskLevel(models.TextChoices):
    HIGH = "high", "高风险"
    MEDIUM = "medium", "中风险"
    LOW = "low", "低风险"


class RiskState(models.TextChoices):
    ASSESSED = "assessed", "已评估"
    FILED = "filed", "已备案"


class MeetingKind(models.TextChoices):
    EXECUTIVE = "executive", "政府常务会议"
    PLENARY = "plenary", "政府全体会议"
    OFFICE = "office", "乡（镇）长办公会议"
    JOINT = "joint", "党政联席会议"


class Outcome(models.TextChoices):
    PASSED = "passed", "通过"
    PASSED_AMENDED = "passed_amended", "修改后通过"
    REJECTED = "rejected", "不予通过"
    DEFERRED = "deferred", "暂缓决定，继续论证"


PASSED_OUTCOMES = [Outcome.PASSED, Outcome.PASSED_AMENDED]


class Position(models.TextChoices):
    AGREE = "agree", "同意"
    DISAGREE = "disagree", "不同意"
    RESERVE = "reserve", "保留意见"
    ABSTAIN = "abstain", "弃权"


class ParticipantRole(models.TextChoices):
    PROPOSER = "proposer", "决策建议提出人"
    LEAD = "lead", "决策承办单位"
    DRAFTER = "drafter", "起草人"
    EXPERT = "expert", "论证专家"
    ASSESSOR = "assessor", "风险评估人"
    REVIEWER = "reviewer", "合法性审查人"
    ADVISER = "adviser", "法律顾问、公职律师"
    MEMBER = "member", "会议组成人员"
    HEAD = "head", "行政首长"
    EXECUTOR = "executor", "决策执行单位"
    EVALUATOR = "evaluator", "决策后评估"
