"""Vocabularies of 权责清单 and 政务服务 (GLOSSARY.md lists)."""

from django.db import models


class PowerCategory(models.TextChoices):
    LICENSE = "license", "行政许可"
    PENALTY = "penalty", "行政处罚"
    COERCION = "coercion", "行政强制"
    LEVY = "levy", "行政征收"
    BENEFIT = "benefit", "行政给付"
    INSPECTION = "inspection", "行政检查"
    CONFIRMATION = "confirmation", "行政确认"
    REWARD = "reward", "行政奖励"
    ADJUDICATION = "adjudication", "行政裁决"
    OTHER = "other", "其他行政权力"


class PowerState(models.TextChoices):
    ACTIVE = "active", "在列"
    REMOVED = "removed", "已取消"


class ChangeAction(models.TextChoices):
    ADDED = "added", "新增"
    AMENDED = "amended", "调整"
    REMOVED = "removed", "取消"


class ServiceKind(models.TextChoices):
    LICENSE = "license", "行政许可"
    PUBLIC_SERVICE = "public_service", "公共服务"
    CONFIRMATION = "confirmation", "行政确认"
    BENEFIT = "benefit", "行政给付"
    OTHER = "other", "其他"


class CenterLevel(models.TextChoices):
    COUNTY = "county", "区县政务（行政）服务中心"
    SUB_CENTER = "sub_center", "政务服务分中心"
    TOWNSHIP = "township", "乡镇（街道）公共服务中心"
    VILLAGE = "village", "村（社区）便民服务中心"


class WindowKind(models.TextChoices):
    THEMATIC = "thematic", "分领域综合窗口"
    UNIVERSAL = "universal", "无差别综合窗口"
    SPECIAL = "special", "专窗"


class VolumeMetric(models.TextChoices):
    JOINT_PROCESSING = "joint_processing", "“一窗受理、并行办理”联合办理件数"
    CREDIT_DATA = "credit_data", "归集信用数据条数"
    ONLINE_CASES = "online_cases", "网上办件数"
    OTHER = "other", "其他"


class CertificationCategory(models.TextChoices):
    LICENSE = "license", "行政许可"
    CONFIRMATION = "confirmation", "行政确认"
    BENEFIT = "benefit", "行政给付"
    PUBLIC_SERVICE = "public_service", "公共服务"
    OTHER = "other", "其他"


class ReformAction(models.TextChoices):
    CANCEL = "cancel", "取消"
    DELEGATE = "delegate", "下放"
    TAKE_OVER = "take_over", "承接"
    MERGE = "merge", "合并"
    RECTIFY = "rectify", "整治变相许可"
    OTHER = "other", "其他"


class ReformItemKind(models.TextChoices):
    NON_LICENSE = "non_license", "非行政许可审批"
    LICENSE = "license", "行政许可"
    DISGUISED = "disguised", "变相许可"
    OTHER = "other", "其他"


class FeeOutcome(models.TextChoices):
    KEEP = "keep", "保留"
    ADJUST = "adjust", "调整"
    CANCEL = "cancel", "取消"
    PENDING = "pending", "待清理"


class NegativeKind(models.TextChoices):
    PROHIBITED = "prohibited", "禁止准入"
    PERMITTED = "permitted", "许可准入"


class ReviewConclusion(models.TextChoices):
    PASS = "pass", "符合公平竞争审查标准"
    MODIFY = "modify", "修改后出台"
    REJECT = "reject", "不予出台"


class SupportKind(models.TextChoices):
    JOB_SUBSIDY = "job_subsidy", "援企稳岗返还"
    RENT_RELIEF = "rent_relief", "减免房租"
    FEE_RELIEF = "fee_relief", "减免收费"
    OTHER = "other", "其他"


class BeneficiaryType(models.TextChoices):
    SME = "sme", "中小企业"
    MICRO = "micro", "小微企业"
    INDIVIDUAL = "individual", "个体工商户"
    OTHER = "other", "其他"
