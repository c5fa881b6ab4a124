"""Vocabularies of 行政应诉 (GLOSSARY.md litigation; statutes.md §8)."""

from django.db import models


class Instance(models.TextChoices):
    FIRST = "first", "一审"
    SECOND = "second", "二审"
    RETRIAL = "retrial", "再审"


class Category(models.TextChoices):
    """Why a head's appearance is required (出庭应诉规定第四条；行诉法解释第一百二十九条)."""

    GENERAL = "general", "一般案件"
    PUBLIC_INTEREST = "public_interest", "涉及食品药品安全、生态环境和资源保护、公共卫生安全等重大公共利益"
    HIGH_ATTENTION = "high_attention", "社会高度关注"
    MASS = "mass", "可能引发群体性事件"
    PROPERTY = "property", "涉及重大人身、财产权益"
    PUBLIC_LITIGATION = "public_litigation", "行政公益诉讼"
    SUPERIOR_REQUIRED = "superior_required", "上级规范性文件要求负责人出庭"


# 人民法院应当通知负责人出庭 (规定第四条第一款)
MUST_APPEAR = [Category.PUBLIC_INTEREST, Category.HIGH_ATTENTION, Category.MASS]
# seed 003: “重大案件、高关注度案件、行政公益诉讼案件等”
KEY_CASES = [Category.PUBLIC_INTEREST, Category.HIGH_ATTENTION, Category.MASS, Category.PROPERTY, Category.PUBLIC_LITIGATION]


class HeadRank(models.TextChoices):
    """Who counts as 负责人 (规定第二条)."""

    PRINCIPAL = "principal", "正职负责人"
    DEPUTY = "deputy", "副职负责人"
    IN_CHARGE = "in_charge", "参与分管被诉行为的副职级别负责人"
    OTHER = "other", "其他参与分管的负责人"


class State(models.TextChoices):
    PENDING = "pending", "应诉中"
    JUDGED = "judged", "已判决/裁定"
    CLOSED = "closed", "已结案"


class Outcome(models.TextChoices):
    DISMISS_CLAIM = "dismiss_claim", "判决驳回原告诉讼请求"
    DISMISS_SUIT = "dismiss_suit", "裁定驳回起诉"
    WITHDRAWN = "withdrawn", "原告撤诉"
    MEDIATED = "mediated", "调解结案"
    REVOKE = "revoke", "判决撤销（部分撤销）"
    ALTER = "alter", "判决变更"
    CONFIRM_ILLEGAL = "confirm_illegal", "判决确认违法"
    CONFIRM_INVALID = "confirm_invalid", "判决确认无效"
    ORDER_PERFORMANCE = "order_performance", "判决履行法定职责"
    COMPENSATION = "compensation", "判决行政赔偿"


LOST = [Outcome.REVOKE, Outcome.ALTER, Outcome.CONFIRM_ILLEGAL, Outcome.CONFIRM_INVALID, Outcome.ORDER_PERFORMANCE,
        Outcome.COMPENSATION]


class SuggestionKind(models.TextChoices):
    JUDICIAL = "judicial", "司法建议"
    PROCURATORIAL = "procuratorial", "检察建议"


class SuggestionState(models.TextChoices):
    RECEIVED = "received", "待办复"
    REPLIED = "replied", "已回复"
