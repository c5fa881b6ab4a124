"""Vocabularies of 矛盾纠纷排查化解 (GLOSSARY.md disputes; 人民调解法; seeds 000–004)."""

from django.db import models


class DisputeType(models.TextChoices):
    LABOR = "labor", "劳资纠纷"
    MEDICAL = "medical", "医患纠纷"
    LAND_REQUISITION = "land_requisition", "征地拆迁纠纷"
    FAMILY = "family", "婚姻家庭纠纷"
    NEIGHBOUR = "neighbour", "邻里纠纷"
    LAND_FOREST = "land_forest", "土地林地权属纠纷"
    CONTRACT = "contract", "合同纠纷"
    DAMAGE = "damage", "损害赔偿纠纷"
    TRAFFIC = "traffic", "交通事故纠纷"
    CONSTRUCTION = "construction", "工程建设纠纷"
    OTHER = "other", "其他纠纷"


class RiskLevel(models.TextChoices):
    LOW = "low", "低风险"
    MEDIUM = "medium", "中风险"
    HIGH = "high", "高风险"
    MAJOR = "major", "重大风险"


HIGH_RISK = [RiskLevel.HIGH, RiskLevel.MAJOR]


class Source(models.TextChoices):
    """纠纷来源（化解渠道）— seed 004 lists 司法、行政、信访、12345热线、总台接访、定时走访、人民调解."""

    SCREENING = "screening", "排查发现"
    PATROL = "patrol", "定时走访"
    VISIT = "visit", "群众来访"
    FRONT_DESK = "front_desk", "总台接访"
    PETITION = "petition", "信访转入"
    HOTLINE = "hotline", "12345热线"
    JUDICIAL = "judicial", "司法机关移送"
    ADMINISTRATIVE = "administrative", "行政机关移送"
    POLICE = "police", "公安机关移送"
    PEOPLE = "people", "人民调解组织受理"
    OTHER = "other", "其他"


class Method(models.TextChoices):
    """调解方式 — GLOSSARY；seed 002 “五调联动”：诉调、警调、司调、访调、群调。"""

    PEOPLE = "people", "人民调解"
    ADMINISTRATIVE = "administrative", "行政调解"
    JUDICIAL = "judicial", "司法调解"
    PETITION = "petition", "访调对接"
    COURT = "court", "诉调对接"
    POLICE = "police", "警调对接"


class State(models.TextChoices):
    SCREENED = "screened", "已登记"
    MEDIATING = "mediating", "调解中"
    RESOLVED = "resolved", "调解成功"
    FAILED = "failed", "调解不成"
    REFERRED = "referred", "已移交"


MEDIATED = [State.RESOLVED, State.FAILED]


class FailureRoute(models.TextChoices):
    LITIGATION = "litigation", "引导诉讼"
    ARBITRATION = "arbitration", "引导仲裁"
    PETITION = "petition", "转信访渠道"
    ADMINISTRATIVE = "administrative", "引导行政处理"
    OTHER = "other", "其他"


class AgreementForm(models.TextChoices):
    WRITTEN = "written", "书面调解协议"
    ORAL = "oral", "口头协议"


class Performance(models.TextChoices):
    PENDING = "", "尚未履行"
    FULL = "full", "已履行"
    PARTIAL = "partial", "部分履行"
    NONE = "none", "拒不履行"


class Confirmation(models.TextChoices):
    NONE = "", "未申请"
    APPLIED = "applied", "已申请司法确认"
    CONFIRMED = "confirmed", "已司法确认"
    REJECTED = "rejected", "不予确认"


class SpecialField(models.TextChoices):
    NONE = "", "（无）"
    POVERTY = "poverty", "扶贫领域"
    WAGES = "wages", "农民工欠薪"
    EPIDEMIC = "epidemic", "疫情防控"
    OTHER = "other", "其他专项"


class IncidentKind(models.TextChoices):
    MASS = "mass", "群体性事件"
    MASS_PETITION = "mass_petition", "群体性上访"
    FIGHT = "fight", "群体性械斗"
    CIVIL_TO_CRIMINAL = "civil_to_criminal", "民转刑案件"
    SUICIDE = "suicide", "自杀事件"


class Impact(models.TextChoices):
    LOCAL = "local", "本地影响"
    LARGE = "large", "大规模"
    MAJOR = "major", "在全国、全市有重大影响"


class Cause(models.TextChoices):
    CIVIL_DISPUTE = "civil_dispute", "民间纠纷引起"
    POOR_MEDIATION = "poor_mediation", "调处不力引发"
    OTHER = "other", "其他原因"


class MediatorKind(models.TextChoices):
    FULL_TIME = "full_time", "专职调解员"
    PART_TIME = "part_time", "兼职调解员"


class MediatorSource(models.TextChoices):
    """seed 002: 政法工作人员、村（社区）书记及综治专干、法律顾问、网格员、“五老”乡贤、热心村民."""

    LEGAL_STAFF = "legal_staff", "政法工作人员"
    VILLAGE_SECRETARY = "village_secretary", "村（社区）书记"
    COMPREHENSIVE = "comprehensive", "综治专干"
    ADVISER = "adviser", "法律顾问"
    GRID = "grid", "网格员"
    ELDER = "elder", "“五老”乡贤"
    VOLUNTEER = "volunteer", "热心村民"
    LEGAL_LITERATE = "legal_literate", "法律明白人"
    OTHER = "other", "其他"


class BodyKind(models.TextChoices):
    COMMITTEE = "committee", "人民调解委员会"
    STUDIO = "studio", "调解室（品牌调解室）"
    DUTY = "duty", "联合值班制度"
    LEADING_GROUP = "leading_group", "调解工作领导小组"
    OTHER = "other", "其他"
