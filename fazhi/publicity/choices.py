"""Vocabularies of 普法 activities (GLOSSARY.md, publicity)."""

from django.db import models


class VenueType(models.TextChoices):
    VILLAGE = "village", "进村（社区）"
    SCHOOL = "school", "进校园"
    ENTERPRISE = "enterprise", "进企业"
    ORGAN = "organ", "进机关"
    HOUSEHOLD = "household", "入户"
    CAMPAIGN_DAY = "campaign_day", "宣传日集中宣传"
    PERFORMANCE = "performance", "文艺汇演"
    MARKET = "market", "赶场/集市"
    ONLINE = "online", "网络/新媒体"
    OTHER = "other", "其他"


class Audience(models.TextChoices):
    CADRES = "cadres", "干部"
    YOUTH = "youth", "青少年"
    WORKERS = "workers", "企业职工"
    FARMERS = "farmers", "农民"
    PUBLIC = "public", "群众"
    OTHER = "other", "其他"


class Campaign(models.TextChoices):
    NONE = "", "（非宣传日）"
    CONSUMER = "3.15", "3·15 消费者权益日"
    SECURITY = "4.15", "4·15 全民国家安全教育日"
    ANTIDRUG = "6.26", "6·26 国际禁毒日"
    CONSTITUTION = "12.4", "12·4 国家宪法日"
    CIVIL_CODE = "civil_code", "民法典宣传月"
    OTHER = "other", "其他主题宣传"
