"""Figures of 行政规范性文件, computed from the register (never stored; section A.normative)."""

from django.db.models import F, Q

from fazhi.indicators.registry import Indicator, Value, declare

from .choices import CleanupResult, ReviewOpinion, ReviewState
from .models import CleanupItem, CleanupRound, CommentOpinion, Evaluation, LegalityReview, NormativeDocument

SECTION = "A.normative"


def distinct_count(field: str):
    """Count distinct ``field`` values (e.g. documents) rather than rows."""

    def func(qs):
        return Value(qs.values(field).distinct().count(), record_ids=list(qs.values_list("pk", flat=True)))

    return func


declare(Indicator(
    key="normative.issued", name="印发规范性文件", unit="件", model=NormativeDocument, date_field="issued_on",
    base=Q(issued_on__isnull=False), kind="count", section=SECTION, statute="“三统一”：统一登记、统一编号、统一印发",
))
declare(Indicator(
    key="normative.published", name="公开发布规范性文件", unit="件", model=NormativeDocument, date_field="published_on",
    base=Q(published_on__isnull=False), kind="count", section=SECTION,
))
declare(Indicator(
    key="normative.filed", name="报送备案规范性文件", unit="件", model=NormativeDocument, date_field="filed_on",
    base=Q(filed_on__isnull=False), kind="count", section=SECTION, statute="组织法第75条",
))
declare(Indicator(
    key="normative.filing_rate", name="规范性文件报备率", unit="%", model=NormativeDocument, date_field="published_on",
    base=Q(published_on__isnull=False), kind="rate", numerator=Q(filed_on__isnull=False), section=SECTION,
    convention="统计期内公布的规范性文件中，已报送备案的件数 ÷ 公布件数（按公布日期归属年度）",
))
declare(Indicator(
    key="normative.filing_timeliness", name="规范性文件报备及时率", unit="%", model=NormativeDocument,
    date_field="published_on", base=Q(published_on__isnull=False, filing_due__isnull=False), kind="rate",
    numerator=Q(filed_on__isnull=False, filed_on__lte=F("filing_due")), section=SECTION,
    convention="统计期内公布的规范性文件中，在报备期限（期限规则 normative.filing，本地设置）内报备的件数 ÷ 公布件数；"
               "逾期未报的计入分母",
))
declare(Indicator(
    key="normative.documents_reviewed", name="经合法性审核的文件", unit="件", model=LegalityReview,
    scope_field="document__unit", date_field="opinion_on", base=Q(state=ReviewState.DONE), kind="custom",
    func=distinct_count("document"), section=SECTION, statute="国办发〔2018〕115号（三）应审必审",
    convention="按起草单位统计、按出具审核意见日期归属年度；同一文件多次送审只计一件",
))
declare(Indicator(
    key="normative.reviews_performed", name="出具合法性审核意见（审核机构）", unit="次", model=LegalityReview,
    date_field="opinion_on", base=Q(state=ReviewState.DONE), kind="count", section=SECTION,
    convention="按审核机构统计（含为乡镇、街道审核的文件），每出具一次意见计一次",
))
declare(Indicator(
    key="normative.reviews_unlawful", name="审核意见为“不合法”的文件", unit="件", model=LegalityReview,
    scope_field="document__unit", date_field="opinion_on", base=Q(state=ReviewState.DONE, opinion=ReviewOpinion.UNLAWFUL),
    kind="custom", func=distinct_count("document"), section=SECTION,
))
declare(Indicator(
    key="normative.review_timeliness", name="合法性审核按期办结率", unit="%", model=LegalityReview,
    date_field="opinion_on", base=Q(state=ReviewState.DONE), kind="rate",
    numerator=Q(max_due__isnull=False, opinion_on__lte=F("max_due")), section=SECTION,
    convention="出具意见日期不晚于最长审核期届满日（15个工作日，扣除退回补充材料期间）的次数 ÷ 出具意见次数",
))
declare(Indicator(
    key="normative.deliberated_without_review", name="未经合法性审核提交集体审议的文件", unit="件",
    model=NormativeDocument, date_field="deliberated_on",
    base=Q(deliberated_on__isnull=False, review_passed_on__isnull=True), kind="count", section=SECTION,
    statute="国办发〔2018〕115号（七）", convention="平台的审议步骤拒绝此类办理，非零只可能来自存量登记的文件",
))
declare(Indicator(
    key="normative.cleanup_rounds", name="规范性文件清理轮次", unit="次", model=CleanupRound, date_field="started_on",
    base=Q(items__document__isnull=False, items__is_void=False), kind="custom", func=distinct_count("pk"), section=SECTION,
    convention="清理了本单位目录内文件的轮次（只清理其他机关文件或政策措施的专项清理不计）",
))
declare(Indicator(
    key="normative.cleanup_valid", name="清理后继续有效的文件", unit="件", model=CleanupItem,
    date_field="round__started_on", base=Q(document__isnull=False, result=CleanupResult.VALID), kind="custom",
    func=distinct_count("document"), section=SECTION, convention="本单位目录内的文件，按清理开始日期归属年度，同一文件只计一次",
))
declare(Indicator(
    key="normative.cleanup_repeal_amend", name="清理后拟修改、废止或宣布失效的文件", unit="件", model=CleanupItem,
    date_field="round__started_on",
    base=Q(document__isnull=False, result__in=[CleanupResult.AMEND, CleanupResult.REPEAL, CleanupResult.EXPIRE]),
    kind="custom", func=distinct_count("document"), section=SECTION,
))
declare(Indicator(
    key="normative.cleanup_other_items", name="清理的其他文件和政策措施", unit="件", model=CleanupItem,
    date_field="round__started_on", base=Q(document__isnull=True), kind="count", section=SECTION,
    convention="不在本单位规范性文件目录中的文件（如所属部门文件、其他政策措施），在本单位组织的清理中逐件登记",
))
declare(Indicator(
    key="normative.evaluations", name="规范性文件效果评估", unit="件", model=Evaluation, date_field="evaluated_on",
    kind="count", section=SECTION,
))
declare(Indicator(
    key="normative.comment_adoption_rate", name="规范性文件征求意见采纳率", unit="%", model=CommentOpinion,
    date_field="received_on", base=~Q(adoption=""), kind="rate", numerator=Q(adoption__in=["adopted", "partly"]),
    section=SECTION, convention="采纳和部分采纳的意见条数 ÷ 已答复的意见条数",
))
