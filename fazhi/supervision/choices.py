"""Vocabularies of 督察与考核 (GLOSSARY.md, supervision)."""

from django.db import models


class InspectionSource(models.TextChoices):
    """Who raised an inspection: this unit itself, or a body above (督察反馈 entered the same way)."""

    OWN = "own", "本级督导督查"
    CENTRAL = "central", "中央依法治国办督察"
    PROVINCE = "province", "省级依法治省办督察"
    CITY = "city", "市级依法治市办督察"
    UPPER = "upper", "其他上级督察、巡视、审计反馈"


class FindingCategory(models.TextChoices):
    SYSTEM = "system", "制度建设"
    PROCEDURE = "procedure", "程序规范"
    RECORDS = "records", "台账资料"
    ENFORCEMENT = "enforcement", "执法规范"
    DUTY = "duty", "责任落实"
    OTHER = "other", "其他"


class FindingState(models.TextChoices):
    OPEN = "open", "待整改"
    SUBMITTED = "submitted", "已报送待验收"
    RETURNED = "returned", "退回重新整改"
    ACCEPTED = "accepted", "验收通过（销号）"


class ReviewOutcome(models.TextChoices):
    PENDING = "pending", "待验收"
    ACCEPTED = "accepted", "验收通过"
    RETURNED = "returned", "退回"


class TaskProgress(models.TextChoices):
    ONGOING = "ongoing", "推进中"
    DONE = "done", "已完成"
    BLOCKED = "blocked", "存在困难"


class NodeMethod(models.TextChoices):
    """How a third-level indicator is scored; first/second-level nodes only add up their children."""

    GROUP = "group", "汇总（一、二级指标）"
    BOUND = "bound", "据台账计算"
    MANUAL = "manual", "自评+督察员评分"


class RuleKind(models.TextChoices):
    NONE = "", "（无）"
    THRESHOLD = "threshold", "分档计分"
    PROPORTIONAL = "proportional", "按比例计分"
    MANUAL = "manual", "督察员评分"


class AssessmentKind(models.TextChoices):
    ASSESSMENT = "assessment", "考核评价"
    SELF_EVALUATION = "self_evaluation", "自查评估"


class AssessmentState(models.TextChoices):
    DRAFT = "draft", "草稿"
    OPEN = "open", "填报中"
    CLOSED = "closed", "已结束"


class SelfReportState(models.TextChoices):
    SUBMITTED = "submitted", "已报送待评分"
    RETURNED = "returned", "退回补充"
    SCORED = "scored", "已评分"


class ScoreSource(models.TextChoices):
    """Where an item's score comes from — the ranking rule depends on it (issue 9)."""

    COMPUTED = "computed", "据台账计算"
    INSPECTOR = "inspector", "督察员评分"
    SELF = "self", "自评未审核"
    MISSING = "missing", "未填报"
    NO_DATA = "no_data", "本年度无相关记录"
    UNAVAILABLE = "unavailable", "指标尚未提供"


RELIABLE_SOURCES = frozenset({ScoreSource.COMPUTED, ScoreSource.INSPECTOR})
