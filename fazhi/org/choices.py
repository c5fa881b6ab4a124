"""Vocabularies of the unit tree and of roles (GLOSSARY.md, Organisation)."""

from django.db import models


class UnitLevel(models.TextChoices):
    PROVINCE = "province", "省/直辖市"
    CITY = "city", "市"
    COUNTY = "county", "区/县"
    TOWNSHIP = "township", "乡镇/街道"
    VILLAGE = "village", "村/社区"
    DEPARTMENT = "department", "部门"


# Which level may hang under which: a department hangs under any government level.
ALLOWED_PARENT_LEVELS = {
    UnitLevel.PROVINCE: {None},
    UnitLevel.CITY: {UnitLevel.PROVINCE},
    # a 直辖市's districts hang directly under the province-level city
    UnitLevel.COUNTY: {UnitLevel.PROVINCE, UnitLevel.CITY},
    UnitLevel.TOWNSHIP: {UnitLevel.COUNTY},
    UnitLevel.VILLAGE: {UnitLevel.TOWNSHIP},
    UnitLevel.DEPARTMENT: {UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.COUNTY, UnitLevel.TOWNSHIP},
}


class Role(models.TextChoices):
    OPERATOR = "operator", "经办人"
    LEADER = "leader", "负责人"
    LEGAL_REVIEWER = "legal_reviewer", "法制审核员"
    INSPECTOR = "inspector", "督察员"
    ADMIN = "admin", "系统管理员"
