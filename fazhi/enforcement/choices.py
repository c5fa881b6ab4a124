"""Vocabularies of 行政执法 (GLOSSARY.md enforcement; statutes.md §4, §10)."""

from django.db import models


class Field(models.TextChoices):
    MARKET = "market", "市场监管"
    ECOLOGY = "ecology", "生态环境"
    CULTURE = "culture", "文化市场"
    AGRICULTURE = "agriculture", "农业"
    URBAN = "urban", "城市管理"
    TRANSPORT = "transport", "交通运输"
    PLANNING = "planning", "规划和自然资源"
    HEALTH = "health", "卫生健康"
    EMERGENCY = "emergency", "应急管理"
    COMPREHENSIVE = "comprehensive", "综合行政执法"
    OTHER = "other", "其他"


class BodyKind(models.TextChoices):
    AGENCY = "agency", "行政机关"
    AUTHORISED = "authorised", "法律法规授权的组织"
    ENTRUSTED = "entrusted", "受委托组织（委托执法）"
    TEAM = "team", "综合行政执法队伍"
    TOWNSHIP_OFFICE = "township_office", "乡镇（街道）综合行政执法办公室（大队）"


class Tier(models.TextChoices):
    COUNTY = "county", "区县级"
    TOWNSHIP = "township", "乡镇（街道）级"


class OfficerRole(models.TextChoices):
    ENFORCEMENT = "enforcement", "执法"
    LEGAL_REVIEW = "legal_review", "法制审核"


class CertificateAction(models.TextChoices):
    NEW = "new", "新申领"
    RENEWAL = "renewal", "年审换证"


class CertificateState(models.TextChoices):
    ACTIVE = "active", "有效"
    SUSPENDED = "suspended", "暂扣"
    REVOKED = "revoked", "吊销/注销"


class CertificateStatus(models.TextChoices):
    """The status on a given day (``expired`` is computed from the validity period, never stored)."""

    ACTIVE = "active", "有效"
    EXPIRED = "expired", "已过期"
    NOT_YET = "not_yet", "尚未生效"
    SUSPENDED = "suspended", "暂扣"
    REVOKED = "revoked", "吊销/注销"


class ReviewResult(models.TextChoices):
    PASSED = "passed", "合格"
    FAILED = "failed", "不合格"


class TrainingMode(models.TextChoices):
    ONLINE = "online", "网络培训"
    OFFLINE = "offline", "集中面授"


class EquipmentKind(models.TextChoices):
    RECORDER = "recorder", "执法记录仪"
    MOBILE_KIT = "mobile_kit", "移动执法设备箱"
    VEHICLE = "vehicle", "执法车辆"
    OTHER = "other", "其他"


class CaseKind(models.TextChoices):
    PENALTY = "penalty", "行政处罚"
    INSPECTION = "inspection", "行政检查"
    COERCION = "coercion", "行政强制"
    LICENSE = "license", "行政许可"
    OTHER = "other", "其他行政执法行为"


class Procedure(models.TextChoices):
    ORDINARY = "ordinary", "普通程序"
    SIMPLE = "simple", "简易程序（当场处罚）"


class PartyType(models.TextChoices):
    PERSON = "person", "自然人"
    ENTERPRISE = "enterprise", "企业"
    SOLE_TRADER = "sole_trader", "个体工商户"
    ORGANISATION = "organisation", "其他组织"


ENTERPRISE_PARTIES = {PartyType.ENTERPRISE, PartyType.SOLE_TRADER}


class Measure(models.TextChoices):
    """行政强制措施/现场执法活动; the first four require 全程音像记录 (118号 (八))."""

    NONE = "", "（无）"
    SEAL = "seal", "查封场所、设施或者财物"
    SEIZE = "seize", "扣押财物"
    DEMOLITION = "demolition", "强制拆除"
    RESTRAIN = "restrain", "限制人身自由"
    FREEZE = "freeze", "冻结存款、汇款"
    OTHER = "other", "其他"


AV_MANDATORY_MEASURES = {Measure.SEAL, Measure.SEIZE, Measure.DEMOLITION, Measure.RESTRAIN}


class CaseState(models.TextChoices):
    DRAFT = "draft", "待立案"
    REGISTERED = "registered", "已立案（调查取证）"
    INVESTIGATED = "investigated", "调查终结"
    NOTIFIED = "notified", "已告知"
    HEARING_REQUESTED = "hearing_requested", "已申请听证"
    HEARD = "heard", "已听证"
    REVIEWED = "reviewed", "已法制审核"
    DECIDED = "decided", "已决定"
    SERVED = "served", "已送达"
    EXECUTED = "executed", "已执行"
    CLOSED = "closed", "已结案"


DECIDED_STATES = [CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED, CaseState.CLOSED]
OPEN_STATES = [CaseState.REGISTERED, CaseState.INVESTIGATED, CaseState.NOTIFIED, CaseState.HEARING_REQUESTED,
               CaseState.HEARD, CaseState.REVIEWED]


class Outcome(models.TextChoices):
    PENALTY = "penalty", "给予处罚/作出决定"
    NO_PENALTY = "no_penalty", "不予处罚"
    NO_VIOLATION = "no_violation", "违法事实不成立"
    TRANSFER = "transfer", "移送司法机关"
    CASE_WITHDRAWN = "case_withdrawn", "撤销立案"


class DiscretionLevel(models.TextChoices):
    EXEMPT = "exempt", "不予处罚（首违不罚等）"
    MITIGATED = "mitigated", "减轻"
    LIGHTER = "lighter", "从轻"
    ORDINARY = "ordinary", "一般"
    HEAVIER = "heavier", "从重"


class ReviewOpinion(models.TextChoices):
    APPROVED = "approved", "同意"
    PROBLEMS = "problems", "存在问题"


class ServiceMethod(models.TextChoices):
    IN_PERSON = "in_person", "直接送达（宣告后当场交付）"
    LEFT = "left", "留置送达"
    POST = "post", "邮寄送达"
    ELECTRONIC = "electronic", "电子送达（经当事人同意）"
    ANNOUNCEMENT = "announcement", "公告送达"


class Execution(models.TextChoices):
    VOLUNTARY = "voluntary", "当事人自觉履行"
    COERCED = "coerced", "行政机关强制执行"
    COURT = "court", "申请人民法院强制执行"
    NOT_NEEDED = "not_needed", "无需执行"


class AnnulledBy(models.TextChoices):
    RECONSIDERATION = "reconsideration", "行政复议"
    LITIGATION = "litigation", "行政诉讼"
    SELF = "self", "行政机关自行纠正"


class RecordStage(models.TextChoices):
    START = "start", "启动（立案）"
    INVESTIGATION = "investigation", "调查取证"
    HEARING = "hearing", "听证"
    REVIEW = "review", "审核"
    DECISION = "decision", "决定"
    SERVICE = "service", "送达"
    EXECUTION = "execution", "执行"


class RecordKind(models.TextChoices):
    DOCUMENT = "document", "文书"
    PHOTO = "photo", "照片"
    AUDIO = "audio", "录音"
    VIDEO = "video", "录像"


AV_KINDS = {RecordKind.AUDIO, RecordKind.VIDEO}


class ItemCategory(models.TextChoices):
    KEY = "key", "重点检查事项"
    GENERAL = "general", "一般检查事项"


class TargetKind(models.TextChoices):
    ENTERPRISE = "enterprise", "企业"
    SOLE_TRADER = "sole_trader", "个体工商户"
    PRODUCT = "product", "产品"
    PROJECT = "project", "项目"
    OTHER = "other", "其他"


class RiskLevel(models.TextChoices):
    LOW = "low", "低风险"
    MEDIUM = "medium", "一般风险"
    HIGH = "high", "高风险"


class PlanState(models.TextChoices):
    DRAFT = "draft", "计划制定"
    DRAWN = "drawn", "已抽取"
    FINISHED = "finished", "抽查结束"
    PUBLISHED = "published", "结果已公示"


class CheckState(models.TextChoices):
    ASSIGNED = "assigned", "待检查"
    CHECKED = "checked", "已检查"


class CheckOutcome(models.TextChoices):
    NO_PROBLEM = "no_problem", "未发现问题"
    CORRECTED = "corrected", "发现问题已责令整改"
    CASE_OPENED = "case_opened", "发现问题已立案查处"
    NOT_FOUND = "not_found", "通过登记的住所（经营场所）无法联系"
    OTHER = "other", "其他"


class TemplateState(models.TextChoices):
    DRAFT = "draft", "编制中"
    PUBLISHED = "published", "已发布（锁定）"


class Sampling(models.TextChoices):
    RANDOM = "random", "随机抽取"
    CHOSEN = "chosen", "指定案卷"


class ReviewBatchState(models.TextChoices):
    DRAFT = "draft", "准备"
    SAMPLED = "sampled", "已抽取案卷"


class ReviewedCaseState(models.TextChoices):
    PENDING = "pending", "待评查"
    RECTIFYING = "rectifying", "待整改"
    RECTIFIED = "rectified", "已整改待复查"
    CLOSED = "closed", "评查完成"


class RecheckResult(models.TextChoices):
    PASSED = "passed", "整改到位"
    FAILED = "failed", "整改不到位，重新整改"


class StatisticsState(models.TextChoices):
    DRAFT = "draft", "编制中"
    PUBLISHED = "published", "已公开"


class AlertState(models.TextChoices):
    OPEN = "open", "未消除"
    RESOLVED = "resolved", "已消除"
