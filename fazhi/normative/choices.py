"""Vocabularies of 行政规范性文件 (GLOSSARY.md normative; statutes.md §3)."""

from django.db import models


class DocState(models.TextChoices):
    DRAFTING = "drafting", "起草中"
    COMMENTING = "commenting", "公开征求意见中"
    COMMENTED = "commented", "征求意见已结束"
    REVIEW = "review", "合法性审核中"
    REVISING = "revising", "按审核意见修改中"
    REVISED = "revised", "已按审核意见修改"
    REVIEWED = "reviewed", "审核通过·待集体审议"
    DELIBERATED = "deliberated", "已集体审议·待印发"
    ISSUED = "issued", "已统一登记编号印发·待公布"
    PUBLISHED = "published", "已公布·待备案"
    FILED = "filed", "已备案"
    REPEALED = "repealed", "已废止"
    EXPIRED = "expired", "已失效"
    NOT_NORMATIVE = "not_normative", "经审核不属于规范性文件"
    WITHDRAWN = "withdrawn", "终止制定"


# before 集体审议: the states a draft can be in
PRE_DELIBERATION = [DocState.DRAFTING, DocState.COMMENTING, DocState.COMMENTED, DocState.REVIEW,
                    DocState.REVISING, DocState.REVISED, DocState.REVIEWED]
# the document has been made public and binds (subject to its 有效期)
IN_FORCE = [DocState.PUBLISHED, DocState.FILED]


class DocKind(models.TextChoices):
    """公文种类 used for 规范性文件 (115号（三） asks each level to list the kinds it uses)."""

    MEASURES = "measures", "办法"
    RULES = "rules", "规定"
    DETAILED = "detailed", "细则"
    OPINION = "opinion", "意见"
    NOTICE = "notice", "通知"
    DECISION = "decision", "决定"
    ANNOUNCEMENT = "announcement", "公告/通告"
    OTHER = "other", "其他"


class ReviewOpinion(models.TextChoices):
    """115号（六）: the written opinion is one of three."""

    LAWFUL = "lawful", "合法"
    UNLAWFUL = "unlawful", "不合法"
    AMEND = "amend", "应当予以修改"


class ReviewState(models.TextChoices):
    PENDING = "pending", "待审核"
    DONE = "done", "已出具审核意见"
    WITHDRAWN = "withdrawn", "已撤回"


class Adoption(models.TextChoices):
    ADOPTED = "adopted", "采纳"
    PARTLY = "partly", "部分采纳"
    REJECTED = "rejected", "不采纳"


class DeliberationOutcome(models.TextChoices):
    PASSED = "passed", "审议通过"
    PASSED_AMENDED = "passed_amended", "原则通过，按审议意见修改后印发"
    REJECTED = "rejected", "未通过，退回修改"


class CleanupResult(models.TextChoices):
    VALID = "valid", "继续有效"
    AMEND = "amend", "修改"
    REPEAL = "repeal", "废止"
    EXPIRE = "expire", "宣布失效"


class CleanupKind(models.TextChoices):
    REGULAR = "regular", "定期清理"
    SPECIAL = "special", "专项清理"


class RoundState(models.TextChoices):
    OPEN = "open", "清理中"
    PUBLISHED = "published", "清理结果已公布"


class EvaluationConclusion(models.TextChoices):
    CONTINUE = "continue", "继续实施"
    AMEND = "amend", "修改"
    REPEAL = "repeal", "废止"


class Validity(models.TextChoices):
    """What the public list says about a document today (computed, never stored)."""

    IN_FORCE = "in_force", "现行有效"
    EXPIRING = "expiring", "现行有效（有效期即将届满）"
    LAPSED = "lapsed", "有效期已届满"
    REPEALED = "repealed", "已废止"
    EXPIRED = "expired", "已宣布失效"
    NOT_YET = "not_yet", "尚未生效"
