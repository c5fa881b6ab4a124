"""Vocabularies of 行政复议 (GLOSSARY.md reconsideration; 行政复议法 2023)."""

from django.db import models


class Role(models.TextChoices):
    ORGAN = "organ", "本机关为复议机关"
    RESPONDENT = "respondent", "本机关为被申请人"


class Procedure(models.TextChoices):
    ORDINARY = "ordinary", "普通程序"
    SIMPLIFIED = "simplified", "简易程序"


class Channel(models.TextChoices):
    POST = "post", "邮寄"
    IN_PERSON = "in_person", "当面递交"
    ONLINE = "online", "网上申请"
    ORAL = "oral", "口头申请"


class ActKind(models.TextChoices):
    PENALTY = "penalty", "行政处罚"
    LICENSE = "license", "行政许可"
    COERCION = "coercion", "行政强制"
    DISCLOSURE = "disclosure", "政府信息公开"
    NON_PERFORMANCE = "non_performance", "不履行法定职责"
    LAND = "land", "自然资源权属确认"
    REQUISITION = "requisition", "征收征用及补偿"
    OTHER = "other", "其他"


class State(models.TextChoices):
    RECEIVED = "received", "已收到申请"
    CORRECTION = "correction", "补正中"
    ACCEPTED = "accepted", "审理中"
    SUSPENDED = "suspended", "中止"
    REJECTED = "rejected", "不予受理"
    ABANDONED = "abandoned", "视为放弃申请"
    ANSWERED = "answered", "已提交答复"
    DECIDED = "decided", "已审结"


class Outcome(models.TextChoices):
    """决定类型 — 行政复议法第六十三至七十四条；GLOSSARY outcome."""

    UPHOLD = "uphold", "维持"
    DISMISS = "dismiss", "驳回复议请求"
    REVOKE = "revoke", "撤销（部分撤销）"
    ALTER = "alter", "变更"
    CONFIRM_ILLEGAL = "confirm_illegal", "确认违法"
    CONFIRM_INVALID = "confirm_invalid", "确认无效"
    ORDER_PERFORMANCE = "order_performance", "责令履行"
    MEDIATED = "mediated", "调解结案"
    WITHDRAWN = "withdrawn", "和解撤回（撤回申请）"
    TERMINATED = "terminated", "终止"


# 直接纠错: the decision itself corrects the act (行政复议法第六十三至六十七条).
DIRECT_CORRECTION = [Outcome.ALTER, Outcome.REVOKE, Outcome.CONFIRM_ILLEGAL, Outcome.CONFIRM_INVALID, Outcome.ORDER_PERFORMANCE]
SETTLEMENTS = [Outcome.MEDIATED, Outcome.WITHDRAWN]
