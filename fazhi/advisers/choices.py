"""Vocabularies of 法律顾问 (GLOSSARY.md advisers)."""

from django.db import models


class AdviserKind(models.TextChoices):
    LAWYER = "lawyer", "执业律师"
    PUBLIC_LAWYER = "public_lawyer", "公职律师"
    EXPERT = "expert", "法学专家"
    LEGAL_WORKER = "legal_worker", "基层法律服务工作者"
    STAFF = "staff", "法制机构工作人员"


class EngagementRole(models.TextChoices):
    STANDING = "standing", "常年法律顾问"
    VILLAGE = "village", "村（社区）法律顾问"
    SPECIAL = "special", "专项法律顾问"


class EngagementState(models.TextChoices):
    SIGNED = "signed", "已签订"
    FILED = "filed", "已备案"
    RENEWED = "renewed", "已续聘"
    ENDED = "ended", "已解聘"


class ServiceKind(models.TextChoices):
    """What an opinion was about (GLOSSARY: 参与事项)."""

    DECISION = "decision", "重大行政决策"
    DOCUMENT = "document", "规范性文件"
    CONTRACT = "contract", "合同审查"
    ENFORCEMENT = "enforcement", "行政执法案件"
    DISPUTE = "dispute", "矛盾纠纷"
    LAWSUIT = "lawsuit", "诉讼、复议案件"
    NEGOTIATION = "negotiation", "重大经济项目谈判"
    LECTURE = "lecture", "法治讲座"
    CONSULTATION = "consultation", "法律咨询"
    OTHER = "other", "其他"


class Adoption(models.TextChoices):
    ADOPTED = "adopted", "采纳"
    PARTLY = "partly", "部分采纳"
    REJECTED = "rejected", "未采纳"
    NOT_APPLICABLE = "n/a", "无需采纳"


class AssessmentResult(models.TextChoices):
    EXCELLENT = "excellent", "优秀"
    COMPETENT = "competent", "称职"
    BASIC = "basic", "基本称职"
    INCOMPETENT = "incompetent", "不称职"
