"""Clocks from the rule table around 春节, 国庆 and 调休 (holidays from chinesecalendar 2024)."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform
from fazhi.deadlines.models import Deadline

from .conftest import draft, lawful


@pytest.fixture
def cal2024(db):
    from fazhi.deadlines.services import holidays_seed

    holidays_seed(years=[2024])


def test_comment_minimum_of_7_working_days_across_national_day(nt, cal2024):
    # given a draft put out for comment on Friday 2024-09-27
    doc = draft(nt, comment_required="on", comment_exempt_reason="")
    data = {"comment_start": "2024-09-27", "comment_channel": "政府网站"}
    # 7 working days: 09-29 (Sunday, 调休上班), 09-30, then 10-08 … 10-11 and 10-12 (Saturday, 调休上班)
    # when the window ends on 10-11, then it is refused
    with pytest.raises(GateRefused) as exc:
        perform(obj=doc, name="open_comment", user=nt.yi_operator, data={**data, "comment_end": "2024-10-11"})
    assert "2024-10-12" in exc.value.detail
    # and a window to 10-12 is accepted with the earliest end stored
    doc = perform(obj=doc, name="open_comment", user=nt.yi_operator, data={**data, "comment_end": "2024-10-12"})
    assert doc.comment_min_end == dt.date(2024, 10, 12)


def test_market_related_comment_needs_30_natural_days(nt, cal2024):
    doc = draft(nt, comment_required="on", comment_exempt_reason="", market_related="on")
    doc = perform(obj=doc, name="open_comment", user=nt.yi_operator, data={
        "comment_start": "2024-09-27", "comment_end": "2024-10-27", "comment_channel": "政府网站"})
    # natural days, holidays included, no roll-forward: 09-27 + 30 = 10-27
    assert doc.comment_min_end == dt.date(2024, 10, 27)


def test_review_period_5_to_15_working_days_across_spring_festival(nt, cal2024):
    # given a document submitted for review on Thursday 2024-02-08 (春节 holiday 02-10 … 02-17, 02-18 调休上班)
    doc = draft(nt)
    perform(obj=doc, name="submit_review", user=nt.yi_operator, data={
        "submitted_on": "2024-02-08", "materials": "送审稿", "drafter_opinion": "合法"})
    review = doc.reviews.get()
    # then 5 WD: 02-09, 02-18, 02-19, 02-20, 02-21; 15 WD end on 03-06
    assert review.min_due == dt.date(2024, 2, 21)
    assert review.max_due == dt.date(2024, 3, 6)
    # when the reviewer answers on 02-20, then the minimum refuses it
    with pytest.raises(GateRefused):
        perform(obj=review, name="give_opinion", user=nt.bureau_reviewer, data=lawful("2024-02-20"))
    # unless the document is needed at once for an emergency, with the reason recorded
    review = perform(obj=review, name="give_opinion", user=nt.bureau_reviewer,
                     data=lawful("2024-02-20", urgent_reason="应对突发公共卫生事件需要立即制定"))
    assert review.state == "done"
    assert Deadline.objects.get(object_id=review.pk, rule_id="normative.legality_review_max").status == "met"


def test_supplement_period_is_excluded_from_both_review_clocks(nt, cal2024):
    doc = draft(nt)
    perform(obj=doc, name="submit_review", user=nt.yi_operator, data={
        "submitted_on": "2024-02-08", "materials": "送审稿", "drafter_opinion": "合法"})
    review = doc.reviews.get()
    # when the reviewer returned the file for supplements from 02-19 to 02-21 (three working days)
    review = perform(obj=review, name="record_supplement", user=nt.bureau_reviewer, data={
        "returned_on": "2024-02-19", "received_on": "2024-02-21", "reason": "缺少制定依据"})
    # then both ends move by three working days
    assert review.min_due == dt.date(2024, 2, 26)
    assert review.max_due == dt.date(2024, 3, 11)


def test_filing_due_30_days_after_publication_and_late_filing_is_marked(nt, cal2024):
    from .conftest import walk

    doc = walk(nt, draft(nt), "issued", start=dt.date(2024, 9, 2))
    doc = perform(obj=doc, name="publish", user=nt.yi_operator, data={"published_on": "2024-09-20", "published_where": "政府网站"})
    # normative.filing: 30 natural days from 公布 (local setting; 国庆 does not move it)
    assert doc.filing_due == dt.date(2024, 10, 20)
    assert doc.expires_on == dt.date(2029, 9, 19)
    doc = perform(obj=doc, name="file", user=nt.yi_operator, data={"filed_on": "2024-10-21", "filed_with": "甲区人民政府"})
    assert Deadline.objects.get(object_id=doc.pk, rule_id="normative.filing").status == "missed"
