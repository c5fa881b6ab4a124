"""Vocabularies of the annual report (GLOSSARY.md, reports)."""

from django.db import models


class ReportState(models.TextChoices):
    """起草 › 审核 › 审定 › 保密审查 › 报送 › 公开 (厅字〔2019〕28号; statutes.md §1)."""

    DRAFT = "draft", "起草"
    REVIEWED = "reviewed", "已审核"
    APPROVED = "approved", "已审定"
    CLEARED = "cleared", "已保密审查"
    SUBMITTED = "submitted", "已报送"
    PUBLISHED = "published", "已公开"


FROZEN_STATES = (ReportState.APPROVED, ReportState.CLEARED, ReportState.SUBMITTED, ReportState.PUBLISHED)


class SecrecyConclusion(models.TextChoices):
    PUBLIC = "public", "可以公开"
    NOT_PUBLIC = "secret", "涉及党和国家秘密，不予公开"


class VersionKind(models.TextChoices):
    APPROVED = "approved", "审定稿"
    SUBMITTED = "submitted", "报送稿"
