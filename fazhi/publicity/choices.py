"""Vocabularies of 普法, 学法, 培训 and 公共法律服务 (GLOSSARY.md publicity, advisers)."""

from django.db import models


class VenueType(models.TextChoices):
    """Where an activity goes (the 进村/进校园/进企业/进机关/入户 of the reports).

    宣传日集中宣传 and 文艺汇演 were the first version's values and stay valid; counts by form (文艺汇演,
    集中宣传) use ``Method``.
    """

    VILLAGE = "village", "进村（社区）"
    SCHOOL = "school", "进校园"
    ENTERPRISE = "enterprise", "进企业"
    ORGAN = "organ", "进机关"
    HOUSEHOLD = "household", "入户"
    CAMPAIGN_DAY = "campaign_day", "宣传日集中宣传"
    PERFORMANCE = "performance", "文艺汇演"
    MARKET = "market", "赶场/集市"
    PUBLIC_PLACE = "public_place", "广场/人流聚集点"
    ONLINE = "online", "网络/新媒体"
    OTHER = "other", "其他"


FOUR_VENUES = (VenueType.ORGAN, VenueType.VILLAGE, VenueType.SCHOOL, VenueType.ENTERPRISE)


class Method(models.TextChoices):
    """How it is done."""

    CONCENTRATED = "concentrated", "集中宣传"
    PERFORMANCE = "performance", "文艺汇演"
    OPEN_DAY = "open_day", "村（居）民开放日"
    LECTURE = "lecture", "法治讲座/宣讲"
    CASE_EXPLANATION = "case_explanation", "以案释法"
    EXHIBITION = "exhibition", "展览/图片展"
    SEMINAR = "seminar", "座谈会"
    DOOR_TO_DOOR = "door_to_door", "送法上门"
    ONLINE_PUSH = "online_push", "线上推送"
    OTHER = "other", "其他"


class Audience(models.TextChoices):
    CADRES = "cadres", "干部"
    YOUTH = "youth", "青少年"
    WORKERS = "workers", "企业职工"
    FARMERS = "farmers", "农民"
    PUBLIC = "public", "群众"
    OTHER = "other", "其他"


class Campaign(models.TextChoices):
    NONE = "", "（非主题宣传）"
    MARCH_MONTH = "march_month", "三月法治宣传月/普法宣传月"
    CONSUMER = "3.15", "3·15 消费者权益日"
    SECURITY = "4.15", "4·15 全民国家安全教育日"
    SAFETY_MONTH = "safety_month", "安全生产月"
    ANTIDRUG = "6.26", "6·26 国际禁毒日"
    GOVERNANCE_MONTH = "governance_month", "综治宣传月"
    RURAL_MONTH = "rural_month", "农村法治宣传月"
    YOUTH_WEEK = "youth_week", "青少年法治宣传周"
    CIVIL_CODE = "civil_code", "民法典宣传月"
    CONSTITUTION_WEEK = "constitution_week", "宪法宣传周"
    CONSTITUTION = "12.4", "12·4 国家宪法日"
    ANTI_FRAUD = "anti_fraud", "反电信网络诈骗"
    ILLEGAL_FUNDRAISING = "illegal_fundraising", "防范非法集资"
    PETITION = "petition", "信访工作法治化"
    OTHER = "other", "其他主题宣传"


class StudyKind(models.TextChoices):
    CENTRAL_GROUP = "central_group", "党委（党组）理论学习中心组学法"
    EXECUTIVE_MEETING = "executive_meeting", "常务会议/镇务会会前学法"
    WORK_MEETING = "work_meeting", "工作例会/班子会学法"
    COMMITTEE_MEETING = "committee_meeting", "委员会/领导小组会议领学"
    LECTURE = "lecture", "专题讲座/专家授课"
    SPECIAL_TRAINING = "special_training", "专题培训"
    ONLINE_TRAINING = "online_training", "网络培训"
    PARTY_SCHOOL = "party_school", "党校轮训/法治课程"
    COURT_ATTENDANCE = "court_attendance", "旁听庭审"
    RELAY = "relay", "传达学习"
    CONCENTRATED = "concentrated", "集中学法"
    PARTY_BRANCH = "party_branch", "党组织专题学习"
    OTHER = "other", "其他"


class TrainingKind(models.TextChoices):
    ENFORCEMENT_GENERAL = "enforcement_general", "执法人员通用法律知识培训"
    ENFORCEMENT_SPECIAL = "enforcement_special", "执法人员专业法律知识培训"
    MEDIATOR = "mediator", "人民调解员培训"
    WINDOW_STAFF = "window_staff", "政务服务窗口人员培训"
    LEGAL_LITERATE = "legal_literate", "法律明白人培训"
    OTHER = "other", "其他"


ENFORCEMENT_TRAININGS = (TrainingKind.ENFORCEMENT_GENERAL, TrainingKind.ENFORCEMENT_SPECIAL)


class TrainingMode(models.TextChoices):
    OFFLINE = "offline", "线下集中"
    ONLINE = "online", "网络培训"


class Organiser(models.TextChoices):
    SELF = "self", "本单位组织"
    UPPER = "upper", "参加上级组织的培训"


class ExamAudience(models.TextChoices):
    CADRES = "cadres", "干部职工（镇村干部）"
    OFFICERS = "officers", "行政执法人员"
    LEADERS = "leaders", "领导干部"
    OTHER = "other", "其他"


class SiteKind(models.TextChoices):
    BASE = "base", "法治文化阵地"
    PARK = "park", "法治文化主题公园（广场）"
    CORRIDOR = "corridor", "法治长廊/宣传栏"
    LIBRARY = "library", "法治书屋"
    OTHER = "other", "其他"


class CoverageKind(models.TextChoices):
    INTERVIEW = "interview", "专题采访"
    REPORT = "report", "新闻报道"
    REPOST = "repost", "经验转载/推广"
    COLUMN = "column", "专栏/专题"


class PointKind(models.TextChoices):
    CENTER = "center", "公共法律服务中心"
    STATION = "station", "公共法律服务工作站"
    ROOM = "room", "村（社区）公共法律服务室"
    LEGAL_AID_CONTACT = "legal_aid_contact", "法律援助联络点"
    HOTLINE = "hotline", "12348 公共法律服务热线"
    ONLINE = "online", "网络平台（法网）"
    OTHER = "other", "其他"


PHYSICAL_POINTS = (PointKind.CENTER, PointKind.STATION, PointKind.ROOM, PointKind.LEGAL_AID_CONTACT)
PLATFORM_POINTS = (PointKind.CENTER, PointKind.STATION, PointKind.ROOM)


class PointLevel(models.TextChoices):
    COUNTY = "county", "区县级"
    TOWNSHIP = "township", "乡镇（街道）级"
    VILLAGE = "village", "村（社区）级"
    NATIONAL = "national", "全国/省市统一"


class ServiceChannel(models.TextChoices):
    WALK_IN = "walk_in", "实体平台来访"
    HOTLINE = "hotline", "12348 热线"
    ONLINE = "online", "网络平台"
    OUTREACH = "outreach", "上门/巡回服务"


class ServiceKind(models.TextChoices):
    CONSULTATION = "consultation", "法律咨询"
    LEGAL_AID = "legal_aid", "法律援助"
    MEDIATION = "mediation", "人民调解"
    COMMUNITY_CORRECTION = "community_correction", "社区矫正"
    RESETTLEMENT = "resettlement", "安置帮教"
    NOTARIZATION = "notarization", "公证"
    OTHER = "other", "其他"


class Gender(models.TextChoices):
    MALE = "male", "男"
    FEMALE = "female", "女"
