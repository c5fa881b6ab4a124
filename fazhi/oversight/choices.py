"""Vocabularies of 监督与问责 (GLOSSARY.md oversight)."""

from django.db import models


class ProposalKind(models.TextChoices):
    NPC_SUGGESTION = "npc_suggestion", "人大代表建议"
    NPC_MOTION = "npc_motion", "人大代表议案"
    CPPCC_PROPOSAL = "cppcc_proposal", "政协委员提案"
    PRESIDIUM = "presidium", "人大主席团交办意见"


class ProposalState(models.TextChoices):
    ASSIGNED = "assigned", "已交办"
    REPLIED = "replied", "已办复"
    CLOSED = "closed", "已反馈"


class Satisfaction(models.TextChoices):
    SATISFIED = "satisfied", "满意"
    BASIC = "basic", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class NPCBody(models.TextChoices):
    PRESIDIUM = "presidium", "乡镇人大主席团"
    STANDING_COMMITTEE = "standing_committee", "人大常委会"
    CONGRESS = "congress", "人民代表大会"


class NPCReportKind(models.TextChoices):
    WORK = "work", "政府工作报告"
    RULE_OF_LAW = "rule_of_law", "法治政府建设情况"
    MAJOR_MATTER = "major_matter", "重大事项/重大决策"
    AUDIT = "audit", "审计工作报告"
    NORMATIVE_FILING = "normative_filing", "规范性文件报备"
    OTHER = "other", "其他"


class VisitorType(models.TextChoices):
    NPC_DEPUTY = "npc_deputy", "人大代表"
    CPPCC = "cppcc", "政协委员"
    PARTY_REP = "party_rep", "党代表"
    ORGAN_REP = "organ_rep", "机关代表"
    PUBLIC = "public", "群众监督员"
    OTHER = "other", "其他"


class AuditKind(models.TextChoices):
    BUDGET_EXECUTION = "budget_execution", "预算执行审计"
    TRACKING = "tracking", "重大项目/重大政策跟踪审计"
    ECONOMIC_RESPONSIBILITY = "economic_responsibility", "经济责任审计"
    INVESTMENT = "investment", "政府投资项目审计"
    SPECIAL = "special", "专项审计"
    OTHER = "other", "其他"


class Quarter(models.IntegerChoices):
    Q1 = 1, "第一季度"
    Q2 = 2, "第二季度"
    Q3 = 3, "第三季度"
    Q4 = 4, "第四季度"


class AccountabilityForm(models.TextChoices):
    """The ten 问责方式 (GLOSSARY.md oversight)."""

    ADMONITION = "admonition", "诫勉谈话"
    NO_HONOURS = "no_honours", "取消当年评先评优资格"
    WRITTEN_REVIEW = "written_review", "责令作出书面检查"
    CRITICISM = "criticism", "通报批评"
    APOLOGY = "apology", "责令公开道歉"
    REASSIGNMENT = "reassignment", "调整工作岗位"
    SUSPENSION = "suspension", "停职检查"
    RESIGNATION = "resignation", "引咎辞职"
    ORDERED_RESIGNATION = "ordered_resignation", "责令辞职"
    DISMISSAL = "dismissal", "免职"


class ChannelKind(models.TextChoices):
    BOX = "box", "举报箱"
    EMAIL = "email", "电子信箱"
    HOTLINE = "hotline", "热线电话"
    LETTER = "letter", "来信"
    WINDOW = "window", "投诉窗口"
    ONLINE = "online", "网上平台"
    OTHER = "other", "其他"


class ComplaintState(models.TextChoices):
    RECEIVED = "received", "已受理"
    CONCLUDED = "concluded", "已办结"


class Finding(models.TextChoices):
    SUBSTANTIATED = "substantiated", "查实"
    PARTLY = "partly", "部分查实"
    UNSUBSTANTIATED = "unsubstantiated", "不属实"
