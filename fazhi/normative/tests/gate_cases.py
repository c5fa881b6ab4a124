"""Every statutory gate of the 规范性文件 steps, as (record, acting user, step, input, refusal code).

The same cases are refused through the service, the web step form and the API.
"""

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.normative.models import CleanupRound, CommentOpinion

from .conftest import START, draft, lawful, walk


def _commenting(t, **extra):
    doc = draft(t, comment_required="on", comment_exempt_reason="", **extra)
    return perform(obj=doc, name="open_comment", user=t.yi_operator, data={
        "comment_start": "2024-03-04", "comment_end": "2024-03-29", "comment_channel": "政府网站"})


def comment_too_short(t):
    doc = draft(t, comment_required="on", comment_exempt_reason="")
    # 7 working days from Monday 2024-03-04 end on 2024-03-13; 03-08 is too early
    return doc, t.yi_operator, "open_comment", {"comment_start": "2024-03-04", "comment_end": "2024-03-08", "comment_channel": "政府网站"}


def comment_market_too_short(t):
    doc = draft(t, comment_required="on", comment_exempt_reason="", market_related="on")
    # market-related: 30 natural days → not before 2024-04-03
    return doc, t.yi_operator, "open_comment", {"comment_start": "2024-03-04", "comment_end": "2024-03-29", "comment_channel": "政府网站"}


def comment_closed_early(t):
    doc = _commenting(t)
    return doc, t.yi_operator, "close_comment", {
        "comment_closed_on": "2024-03-08", "adoption_summary": "无", "summary_published_on": "2024-03-08", "summary_published_where": "网站"}


def opinions_unanswered(t):
    doc = _commenting(t)
    record_create(ledger=CommentOpinion.ledger(), user=t.yi_operator, unit=t.yi, data={
        "document": doc.pk, "received_on": "2024-03-05", "content": "建议提高标准", "adoption": ""})
    return doc, t.yi_operator, "close_comment", {
        "comment_closed_on": "2024-03-29", "adoption_summary": "见附表", "summary_published_on": "2024-04-01", "summary_published_where": "网站"}


def comment_missing(t):
    doc = draft(t, comment_required="on", comment_exempt_reason="")
    return doc, t.yi_operator, "submit_review", {"submitted_on": "2024-03-04", "materials": "送审稿", "drafter_opinion": "合法"}


def no_reviewer(t):
    t.designation.is_void = True
    t.designation.save()
    doc = draft(t)
    # take the role away from 一镇's reviewers so the town has no reviewer of its own
    for u in (t.yi_reviewer, t.yi_both):
        u.roles = ["operator"]
        u.save()
    return doc, t.yi_operator, "submit_review", {"submitted_on": "2024-03-04", "materials": "送审稿", "drafter_opinion": "合法"}


def _in_review(t, **kw):
    doc = walk(t, draft(t, **kw), "review")
    return doc.reviews.get()


def not_designated_reviewer(t):
    # a system administrator sees every unit's records but is not the designated 审核机构
    # (a reviewer of another unit does not even see the request: 404, tested in test_review_scope)
    return _in_review(t), t.admin, "give_opinion", lawful("2024-03-14")


def reviewer_is_drafter(t):
    # 一镇 reviews its own documents (no designation) and yi_both drafted this one
    t.designation.is_void = True
    t.designation.save()
    doc = draft(t, user=t.yi_both)
    perform(obj=doc, name="submit_review", user=t.yi_both, data={
        "submitted_on": START, "materials": "送审稿", "drafter_opinion": "合法"})
    return doc.reviews.get(), t.yi_both, "give_opinion", lawful("2024-03-14")


def content_checks_missing(t):
    return _in_review(t), t.bureau_reviewer, "give_opinion", lawful("2024-03-14", check_no_powers="")


def review_too_short(t):
    # 5 working days from 2024-03-04 end on 2024-03-11
    return _in_review(t), t.bureau_reviewer, "give_opinion", lawful("2024-03-07")


def no_lawful_review(t):
    return draft(t), t.yi_leader, "deliberate", {"deliberated_on": "2024-03-20", "meeting": "常务会议", "outcome": "passed"}


def unlawful_not_resubmitted(t):
    review = _in_review(t)
    perform(obj=review, name="give_opinion", user=t.bureau_reviewer, data=lawful("2024-03-14", opinion="unlawful"))
    doc = review.document
    perform(obj=doc, name="record_revision", user=t.yi_operator, data={"revised_on": "2024-03-18", "revision_note": "已修改"})
    return doc, t.yi_leader, "deliberate", {"deliberated_on": "2024-03-20", "meeting": "常务会议", "outcome": "passed"}


def not_deliberated(t):
    return walk(t, draft(t), "reviewed"), t.yi_operator, "issue", {"issued_on": "2024-03-20"}


def not_issued(t):
    return walk(t, draft(t), "deliberated"), t.yi_operator, "publish", {"published_on": "2024-03-21", "published_where": "网站"}


def not_published(t):
    return walk(t, draft(t), "issued"), t.yi_operator, "file", {"filed_on": "2024-03-25", "filed_with": "甲区人民政府"}


def round_empty(t):
    rnd = record_create(ledger=CleanupRound.ledger(), user=t.yi_operator, data={
        "title": "2024年定期清理", "kind": "regular", "started_on": "2024-06-01"})
    return rnd, t.yi_operator, "publish", {"published_on": "2024-06-30", "published_where": "政府网站"}


CASES = [comment_too_short, comment_market_too_short, comment_closed_early, opinions_unanswered, comment_missing,
         no_reviewer, not_designated_reviewer, reviewer_is_drafter, content_checks_missing, review_too_short,
         no_lawful_review, unlawful_not_resubmitted, not_deliberated, not_issued, not_published, round_empty]
CODES = {
    "comment_market_too_short": "comment_too_short",
}


def code_of(case) -> str:
    return CODES.get(case.__name__, case.__name__)


def as_post(data: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items() if v != ""}


__all__ = ["CASES", "START", "as_post", "code_of"]
