"""Vocabularies of 政府信息公开 (GLOSSARY.md disclosure; 政府信息公开条例 2019; statutes.md §5)."""

from django.db import models


class RequestChannel(models.TextChoices):
    """申请方式；收到日期按条例第三十一条确定。"""

    IN_PERSON = "in_person", "当面提交"
    REGISTERED_MAIL = "registered_mail", "邮政特快专递、挂号信函"
    ORDINARY_MAIL = "ordinary_mail", "平常信函"
    ONLINE = "online", "互联网渠道"
    FAX = "fax", "传真"
    ORAL = "oral", "口头提出（代为填写申请）"


# Art. 31: these channels need the date on which both sides confirmed receipt
CONFIRM_CHANNELS = [RequestChannel.ORDINARY_MAIL, RequestChannel.ONLINE, RequestChannel.FAX]


class ApplicantType(models.TextChoices):
    """年度报告表三的列。"""

    NATURAL = "natural", "自然人"
    BUSINESS = "business", "商业企业"
    RESEARCH = "research", "科研机构"
    SOCIAL = "social", "社会公益组织"
    LEGAL = "legal", "法律服务机构"
    OTHER = "other", "其他"


class State(models.TextChoices):
    RECEIVED = "received", "办理中"
    CORRECTION = "correction_requested", "补正中"
    CONSULTING = "consulting", "征求意见中"
    REPLIED = "replied", "已答复"


class ReplyType(models.TextChoices):
    """答复类型：条例第三十六条的七种情形及第三十五、三十七至三十九条，细分到年度报告表三的各行。"""

    PUBLIC = "public", "予以公开（提供或告知获取方式）"
    ALREADY_PUBLIC = "already_public", "已主动公开，告知获取途径（第三十六条第一项）"
    PARTIAL = "partial", "部分公开（区分处理，第三十七条）"
    WITHHELD_SECRET = "withheld_secret", "不予公开：属于国家秘密"
    WITHHELD_LAW = "withheld_law", "不予公开：其他法律行政法规禁止公开"
    WITHHELD_SECURITY = "withheld_security", "不予公开：危及“三安全一稳定”"
    WITHHELD_THIRD_PARTY = "withheld_third_party", "不予公开：保护第三方合法权益"
    WITHHELD_INTERNAL = "withheld_internal", "不予公开：属于三类内部事务信息"
    WITHHELD_PROCESS = "withheld_process", "不予公开：属于四类过程性信息"
    WITHHELD_ENFORCEMENT = "withheld_enforcement", "不予公开：属于行政执法案卷"
    WITHHELD_INQUIRY = "withheld_inquiry", "不予公开：属于行政查询事项"
    UNAVAILABLE_NOT_HELD = "unavailable_not_held", "无法提供：本机关不掌握相关政府信息"
    UNAVAILABLE_CREATE = "unavailable_create", "无法提供：没有现成信息需要另行制作"
    UNAVAILABLE_UNCLEAR = "unavailable_unclear", "无法提供：补正后申请内容仍不明确"
    NOT_HANDLED_PETITION = "not_handled_petition", "不予处理：信访举报投诉类申请"
    NOT_HANDLED_REPEAT = "not_handled_repeat", "不予处理：重复申请"
    NOT_HANDLED_PUBLICATION = "not_handled_publication", "不予处理：要求提供公开出版物"
    NOT_HANDLED_EXCESSIVE = "not_handled_excessive", "不予处理：无正当理由大量反复申请"
    NOT_HANDLED_CONFIRM = "not_handled_confirm", "不予处理：要求行政机关确认或重新出具已获取信息"
    SPECIAL_CHANNEL = "special_channel", "告知按工商、不动产登记等特别规定办理（第三十六条第七项）"
    OTHER_NO_CORRECTION = "other_no_correction", "其他处理：申请人无正当理由逾期不补正、行政机关不再处理"
    OTHER_NO_FEE = "other_no_fee", "其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理"
    OTHER = "other", "其他处理：其他"


# 不予公开、无法提供、不予处理 must give the applicant the reasons (第三十六条)
NEEDS_REASON_PREFIXES = ("withheld_", "unavailable_", "not_handled_")


class FollowUpResult(models.TextChoices):
    NONE = "", "（无）"
    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
    PENDING = "pending", "尚未审结"


class ItemCategory(models.TextChoices):
    """主动公开事项类别（条例第二十、二十一条；seeds 000/004）。"""

    BUDGET = "budget", "预算决算"
    PROJECT = "project", "重大建设项目"
    FINANCE = "finance", "财务收支"
    ENFORCEMENT = "enforcement", "行政执法"
    LIVELIHOOD = "livelihood", "民生（社会救助、社保、医疗等）"
    POLICY = "policy", "政策文件"
    RURAL = "rural", "农业农村政策、土地承包、宅基地、征收"
    PERSONNEL = "personnel", "机构人事"
    OTHER = "other", "其他"


class ItemChannel(models.TextChoices):
    BOARD = "board", "公开栏（张榜）"
    MEETING = "meeting", "会议"
    BROADCAST = "broadcast", "农村广播网络"
    BULLETIN = "bulletin", "简报"
    TV = "tv", "电视"
    WEBSITE = "website", "政府网站/网络"
    SCREEN = "screen", "电子屏"
    NEW_MEDIA = "new_media", "政务新媒体"
    OTHER = "other", "其他"


class ItemState(models.TextChoices):
    FORMED = "formed", "待公开"
    PUBLISHED = "published", "已公开"
