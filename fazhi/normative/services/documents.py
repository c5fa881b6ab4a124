"""Steps of a 规范性文件 from 起草 to 备案, each with its statutory gate (statutes.md §3).

Every service runs inside ``core.workflow.perform`` (role, scope, one transaction, history,
timeline). A refused gate raises ``GateRefused`` naming the rule, and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from fazhi.audit.services import event_record
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.services import record_create
from fazhi.core.settings_registry import get_setting
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_cancel, deadline_close, deadline_compute, deadline_open
from fazhi.org.choices import Role

from .. import step_forms as sf
from ..choices import Adoption, DeliberationOutcome, DocState, ReviewOpinion
from ..models import LegalityReview, NormativeDocument
from ..selectors import add_years, review_latest, reviewing_unit_for
from .numbering import doc_number_take

WRITERS = [Role.OPERATOR, Role.LEADER]

RULE_COMMENT_MIN = "normative.public_comment_min"
RULE_COMMENT_MARKET_MIN = "normative.public_comment_market_min"
RULE_REVIEW_MIN = "normative.legality_review_min"
RULE_REVIEW_MAX = "normative.legality_review_max"
RULE_FILING = "normative.filing"

MSG_COMMENT_TOO_SHORT = ("征求意见期过短：{rule}，自{start}起算，截止日不得早于{due}"
                         "（现填{end}）。")
MSG_COMMENT_CLOSED_EARLY = "征求意见不得早于最短征求意见期届满日（{due}）结束：{rule}。"
MSG_OPINIONS_UNANSWERED = ("还有{n}条意见未逐条写明采纳情况（采纳/部分采纳/不采纳，部分采纳或不采纳的须说明理由），"
                           "不能结束征求意见并公布采纳情况（优化营商环境条例第62条“意见采纳反馈机制”）。")
MSG_COMMENT_MISSING = ("本文件须公开征求意见，应当先完成征求意见并公布采纳情况，再报送合法性审核"
                       "（国办发〔2018〕115号（五）：送审材料应当包括征求意见及意见采纳情况）。")
MSG_NO_REVIEWER = ("{unit}没有登记合法性审核机构，本单位也没有法制审核员，无法送审：乡镇、街道由其确定的审核机构审核，"
                   "未确定的由县（市、区）政府指定的审核机构审核（国办发〔2018〕115号（四））。请先登记“合法性审核机构”。")
MSG_NOT_LAWFUL = ("未经合法性审核或者经审核不合法的文件，不得提交集体审议（国办发〔2018〕115号（七））。"
                  "本文件当前状态：{state}。")
MSG_UNLAWFUL_REVISED = ("本文件的审核意见为“不合法”，修改后应当重新报送合法性审核，不得直接提交集体审议"
                        "（国办发〔2018〕115号（七））。")
MSG_NOT_DELIBERATED = ("未经集体审议的规范性文件不得统一登记、统一编号、统一印发"
                       "（国办发〔2018〕115号（七）、“三统一”制度）。本文件当前状态：{state}。")
MSG_NOT_ISSUED = "未经统一登记、统一编号、统一印发的文件不得公布（“三统一”制度）。本文件当前状态：{state}。"
MSG_NOT_PUBLISHED = "规范性文件应当先公布，再报送备案（地方各级人民代表大会和地方各级人民政府组织法第75条：公布和备案）。"
MSG_DATE_ORDER = "{later}（{b}）不能早于{earlier}（{a}）。"


def _rule_text(rule_id: str) -> str:
    from fazhi.deadlines.services import rule_get

    rule = rule_get(rule_id)
    return f"{rule.name}不少于{rule.limit_text}（{rule.citation}）"


def _not_before(a, b, earlier: str, later: str) -> None:
    if a and b and b < a:
        raise InvalidInput(MSG_DATE_ORDER.format(earlier=earlier, later=later, a=a, b=b))


def document_create(*, ledger, user, data, files=None, unit=None):
    """起草: register a draft (ledger create); the 制定主体 decides the unit it is numbered in."""
    return record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, label="起草登记")


@step(NormativeDocument, "open_comment", label="公开征求意见", roles=WRITERS, form=sf.OpenCommentForm,
      statute="市县法治政府建设示范指标体系第24项；优化营商环境条例第62条")
def document_open_comment(*, obj, user, comment_start, comment_end, comment_channel):
    """The window may not be shorter than the rule table's minimum (7 WD; 30 d if market-related)."""
    rule_id = RULE_COMMENT_MARKET_MIN if obj.market_related else RULE_COMMENT_MIN
    due = deadline_compute(rule_id, comment_start)
    if comment_end < due.due:
        raise GateRefused("comment_too_short", MSG_COMMENT_TOO_SHORT.format(
            rule=_rule_text(rule_id), start=comment_start, due=due.due, end=comment_end))
    obj.open_comment()
    obj.comment_start, obj.comment_end, obj.comment_channel = comment_start, comment_end, comment_channel
    obj.comment_min_end = due.due
    return {"note": "\n".join(due.lines)}


@step(NormativeDocument, "close_comment", label="结束征求意见并公布采纳情况", roles=WRITERS, form=sf.CloseCommentForm,
      statute="优化营商环境条例第62条第2款")
def document_close_comment(*, obj, user, comment_closed_on, adoption_summary, summary_published_on, summary_published_where):
    if obj.comment_min_end and comment_closed_on < obj.comment_min_end:
        rule_id = RULE_COMMENT_MARKET_MIN if obj.market_related else RULE_COMMENT_MIN
        raise GateRefused("comment_closed_early", MSG_COMMENT_CLOSED_EARLY.format(due=obj.comment_min_end, rule=_rule_text(rule_id)))
    pending = [o for o in obj.opinions.filter(is_void=False)
               if not o.adoption or (o.adoption != Adoption.ADOPTED and not o.reason.strip())]
    if pending:
        raise GateRefused("opinions_unanswered", MSG_OPINIONS_UNANSWERED.format(n=len(pending)))
    _not_before(comment_closed_on, summary_published_on, "征求意见结束日", "采纳情况公布日期")
    obj.close_comment()
    obj.comment_closed_on, obj.adoption_summary = comment_closed_on, adoption_summary
    obj.summary_published_on, obj.summary_published_where = summary_published_on, summary_published_where


@step(NormativeDocument, "submit_review", label="报送合法性审核", roles=WRITERS, form=sf.SubmitReviewForm,
      statute="国办发〔2018〕115号（四）（五）")
def document_submit_review(*, obj, user, submitted_on, materials, drafter_opinion):
    """Opens a review request in the reviewing unit, with the 5–15 WD clocks of 115号（五）."""
    if obj.comment_required and obj.state in (DocState.DRAFTING, DocState.COMMENTING):
        raise GateRefused("comment_missing", MSG_COMMENT_MISSING)
    reviewing_unit = reviewing_unit_for(obj.unit, submitted_on)
    if reviewing_unit is None:
        raise GateRefused("no_reviewer", MSG_NO_REVIEWER.format(unit=obj.unit))
    _not_before(obj.comment_closed_on, submitted_on, "征求意见结束日", "送审日期")
    obj.submit_review()
    obj.drafter_opinion = drafter_opinion
    review = review_open(document=obj, reviewing_unit=reviewing_unit, user=user, submitted_on=submitted_on, materials=materials)
    return {"note": f"送{reviewing_unit}审核；最短审核期届满日 {review.min_due}，最长审核期届满日 {review.max_due}。"}


def review_open(*, document, reviewing_unit, user, submitted_on, materials=""):
    """Create the review request owned by the reviewing unit (see ``models.reviews``)."""
    previous = document.reviews.count()
    review = LegalityReview(unit=reviewing_unit, document=document, round=previous + 1, submitted_on=submitted_on,
                            materials=materials, created_by=user)
    review._history_user = user
    review.min_due = deadline_compute(RULE_REVIEW_MIN, submitted_on).due
    review.save()
    clock = deadline_open(obj=review, rule_id=RULE_REVIEW_MAX, start=submitted_on,
                          label=f"合法性审核（{document.unit}）：{document.title}")
    review.max_due = clock.due_date
    review.save(update_fields=["max_due"])
    event_record(obj=review, verb="submit", label="收到送审", actor=user, to_state=review.state,
                 data={"document": document.pk, "from_unit": str(document.unit)})
    return review


@step(NormativeDocument, "record_revision", label="按审核意见修改", roles=WRITERS, form=sf.RevisionForm,
      statute="国办发〔2018〕115号（六）")
def document_record_revision(*, obj, user, revised_on, revision_note):
    latest = review_latest(obj)
    _not_before(latest.opinion_on if latest else None, revised_on, "审核意见日期", "修改完成日期")
    obj.record_revision()
    obj.revised_on, obj.revision_note = revised_on, revision_note
    # revised after 应当予以修改 counts as passed; after 不合法 it must be reviewed again
    if latest is not None and latest.opinion == ReviewOpinion.AMEND:
        obj.review_passed_on = revised_on


@step(NormativeDocument, "deliberate", label="集体审议", roles=WRITERS, form=sf.DeliberateForm,
      statute="国办发〔2018〕115号（七）")
def document_deliberate(*, obj, user, deliberated_on, meeting, outcome):
    latest = review_latest(obj)
    if obj.state == DocState.REVISED and latest is not None and latest.opinion == ReviewOpinion.UNLAWFUL:
        raise GateRefused("unlawful_not_resubmitted", MSG_UNLAWFUL_REVISED)
    if obj.state not in (DocState.REVIEWED, DocState.REVISED) or obj.review_passed_on is None:
        raise GateRefused("no_lawful_review", MSG_NOT_LAWFUL.format(state=obj.get_state_display()))
    _not_before(obj.review_passed_on, deliberated_on, "通过合法性审核日期", "审议日期")
    obj.deliberate(outcome != DeliberationOutcome.REJECTED)
    obj.deliberated_on, obj.deliberation_meeting, obj.deliberation_outcome = deliberated_on, meeting, outcome


@step(NormativeDocument, "issue", label="统一登记、编号、印发", roles=WRITERS, form=sf.IssueForm,
      statute="国办发〔2018〕37号“三统一”（待确认）；国办发〔2018〕115号（七）")
def document_issue(*, obj, user, issued_on, validity_years=None):
    """Takes the next number of the 制定主体's 代字 for the year of issue, under a row lock."""
    if obj.state != DocState.DELIBERATED:
        raise GateRefused("not_deliberated", MSG_NOT_DELIBERATED.format(state=obj.get_state_display()))
    _not_before(obj.deliberated_on, issued_on, "集体审议日期", "印发日期")
    obj.issue()
    word = obj.issuing_body.issuer_word
    serial, number = doc_number_take(unit=obj.unit, issuer_word=word, year=issued_on.year)
    obj.issuer_word, obj.doc_year, obj.doc_serial, obj.doc_no = word, issued_on.year, serial, number
    obj.registered_on = obj.issued_on = issued_on
    obj.validity_years = validity_years or int(get_setting("normative.validity_years"))
    return {"note": f"统一编号：{number}"}


@step(NormativeDocument, "publish", label="公布", roles=WRITERS, form=sf.PublishForm,
      statute="优化营商环境条例第64条；组织法第75条")
def document_publish(*, obj, user, published_on, published_where, effective_on=None):
    """公布 starts the 备案 clock (rule ``normative.filing``, a local setting) and fixes the 有效期."""
    if obj.state != DocState.ISSUED:
        raise GateRefused("not_issued", MSG_NOT_ISSUED.format(state=obj.get_state_display()))
    _not_before(obj.issued_on, published_on, "印发日期", "公布日期")
    obj.publish()
    obj.published_on, obj.published_where = published_on, published_where
    obj.effective_on = effective_on or published_on
    # 有效期 N 年: the last day of validity is the day before the N-th anniversary of 施行
    obj.expires_on = add_years(obj.effective_on, obj.validity_years or int(get_setting("normative.validity_years"))) - dt.timedelta(days=1)
    clock = deadline_open(obj=obj, rule_id=RULE_FILING, start=published_on, label=f"规范性文件报送备案：{obj}")
    obj.filing_due = clock.due_date
    return {"note": f"报备期限：{clock.due_date}（{RULE_FILING}）；有效期至 {obj.expires_on}"}


@step(NormativeDocument, "file", label="报送备案", roles=WRITERS, form=sf.FileForm,
      statute="组织法第75条；本省规范性文件备案规定")
def document_file(*, obj, user, filed_on, filed_with, filing_ref=""):
    if obj.state != DocState.PUBLISHED:
        raise GateRefused("not_published", MSG_NOT_PUBLISHED)
    _not_before(obj.published_on, filed_on, "公布日期", "报备日期")
    obj.file()
    obj.filed_on, obj.filed_with, obj.filing_ref = filed_on, filed_with, filing_ref
    clock = deadline_close(obj=obj, rule_id=RULE_FILING, on=filed_on)
    if clock is not None and clock.status == "missed":
        return {"note": f"逾期报备：报备期限为 {clock.due_date}。"}
    return None


@step(NormativeDocument, "withdraw", label="终止制定", roles=WRITERS, form=sf.WithdrawForm, danger=True)
def document_withdraw(*, obj, user, withdrawn_on, reason):
    obj.withdraw()
    obj.ended_on, obj.end_note = withdrawn_on, reason
    pending = obj.reviews.filter(state="pending", is_void=False)
    for review in pending:
        review.withdraw()
        review._history_user = user
        review.save()
        deadline_cancel(obj=review, rule_id=RULE_REVIEW_MAX)
        event_record(obj=review, verb="withdraw", label="起草单位撤回送审", actor=user, to_state=review.state,
                     data={"reason": reason})
