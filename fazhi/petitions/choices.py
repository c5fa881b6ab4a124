"""Vocabularies of the 信访 register (GLOSSARY.md petitions; 信访工作条例 2022)."""

from django.db import models


class Channel(models.TextChoices):
    """信访渠道 — 信访工作条例第十七条（信息网络、书信、电话、传真、走访）加上级转送/交办。"""

    LETTER = "letter", "来信"
    VISIT = "visit", "来访"
    ONLINE = "online", "网上信访"
    PHONE = "phone", "电话"
    FAX = "fax", "传真"
    REFERRED = "referred", "上级转送/交办"


class Category(models.TextChoices):
    """信访事项分类 — 信访工作条例第二十九条至第三十一条；涉法涉诉事项导入法定途径（第二十二、二十八条）。"""

    SUGGESTION = "suggestion", "建议意见类"
    ACCUSATION = "accusation", "检举控告类"
    CLAIM = "claim", "申诉求决类"
    LEGAL = "legal", "涉法涉诉类"


class Stage(models.TextChoices):
    INITIAL = "initial", "初次信访"
    REVIEW = "review", "复查"
    RE_REVIEW = "re_review", "复核"


class Escalation(models.TextChoices):
    NONE = "", "（无）"
    BYPASS = "bypass", "越级访"
    BEIJING = "beijing", "进京非正常访"


class State(models.TextChoices):
    REGISTERED = "registered", "已登记"
    ACCEPTED = "accepted", "办理中"
    REJECTED = "rejected", "不予受理"
    TRANSFERRED = "transferred", "已转送/交办"
    OBJECTED = "objected", "已提出异议"
    CLOSED = "closed", "已办结"


# Closed for this unit: nothing more to do unless reopened (办结 is only CLOSED; 不予受理/转送 leave the unit).
CLOSED_STATES = [State.CLOSED]
OUT_STATES = [State.REJECTED, State.TRANSFERRED, State.OBJECTED]


class ReplyOpinion(models.TextChoices):
    """信访处理意见 — 信访工作条例第三十二条：支持、解释说明、不予支持。"""

    SUPPORT = "support", "支持"
    EXPLAIN = "explain", "解释说明"
    REJECT = "reject", "不予支持"


class Result(models.TextChoices):
    """办结结果类别：是否实际解决（与回访满意度分开记录——“办结”不等于“解决”）。"""

    SOLVED = "solved", "问题已解决"
    PARTLY = "partly", "部分解决"
    UNSOLVED = "unsolved", "已答复但未解决"
    DIVERTED = "diverted", "已导入法定途径"


class Satisfaction(models.TextChoices):
    SATISFIED = "satisfied", "满意"
    BASIC = "basic", "基本满意"
    DISSATISFIED = "dissatisfied", "不满意"
    UNREACHABLE = "unreachable", "无法联系"


SATISFIED_VALUES = [Satisfaction.SATISFIED, Satisfaction.BASIC]
RATED_VALUES = [Satisfaction.SATISFIED, Satisfaction.BASIC, Satisfaction.DISSATISFIED]


class ReceptionKind(models.TextChoices):
    RECEIVE = "receive", "领导接访"
    VISIT = "visit", "领导下访"
    JOINT = "joint", "联合接访"


class LeaderRank(models.TextChoices):
    PRINCIPAL = "principal", "主要领导"
    MEMBER = "member", "班子成员"
