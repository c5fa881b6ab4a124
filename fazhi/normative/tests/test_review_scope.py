"""The designated reviewer sees and answers a township's request; nobody else does (115号（四））."""

import datetime as dt

from fazhi.core.workflow import perform
from fazhi.normative.models import LegalityReview

from .conftest import START, draft, lawful, walk


def test_request_goes_to_the_designated_unit_and_its_reviewer_moves_the_document(nt, client_for):
    # given a 一镇 document submitted for review; 一镇 is reviewed by 甲区司法局
    doc = walk(nt, draft(nt), "review")
    review = doc.reviews.get()
    # then the request belongs to 甲区司法局 and only its reviewer (and the district inspector) can see it
    assert review.unit == nt.bureau
    assert list(LegalityReview.objects.restrict(nt.bureau_reviewer)) == [review]
    assert not LegalityReview.objects.restrict(nt.yi_reviewer).exists()
    assert not LegalityReview.objects.restrict(nt.er_operator).exists()
    # the township's own reviewer gets 404 on the request, like on any record outside the scope
    assert client_for(nt.yi_reviewer).get(f"/l/normative/reviews/{review.pk}/").status_code == 404
    # and the 司法局 reviewer sees the package although the document itself is 一镇's record
    page = client_for(nt.bureau_reviewer).get(f"/l/normative/reviews/{review.pk}/").content.decode()
    assert doc.title in page and "出具审核意见" in page
    # when the reviewer gives a 合法 opinion on the request
    perform(obj=review, name="give_opinion", user=nt.bureau_reviewer, data=lawful(START + dt.timedelta(days=8)))
    # then the document moves on and both timelines say who did it
    doc.refresh_from_db()
    assert doc.state == "reviewed" and doc.review_passed_on == START + dt.timedelta(days=8)
    from fazhi.audit.services import timeline_for

    assert [e.verb for e in timeline_for(doc)][-1] == "review_opinion"
    assert timeline_for(doc).last().actor == nt.bureau_reviewer


def test_without_designation_the_town_reviews_itself(nt):
    # given the designation voided; 一镇 has its own 法制审核员
    nt.designation.is_void = True
    nt.designation.save()
    doc = walk(nt, draft(nt), "review")
    review = doc.reviews.get()
    # then the request stays in 一镇 and its reviewer answers it
    assert review.unit == nt.yi
    perform(obj=review, name="give_opinion", user=nt.yi_reviewer, data=lawful("2024-03-14", opinion="amend"))
    doc.refresh_from_db()
    assert doc.state == "revising" and doc.review_passed_on is None


def test_revised_after_amend_may_go_to_deliberation(nt):
    # given an opinion 应当予以修改 and the revision recorded
    doc = walk(nt, draft(nt), "review")
    perform(obj=doc.reviews.get(), name="give_opinion", user=nt.bureau_reviewer, data=lawful("2024-03-14", opinion="amend"))
    perform(obj=doc, name="record_revision", user=nt.yi_operator, data={"revised_on": "2024-03-15", "revision_note": "已全部采纳"})
    # when the meeting deliberates it
    doc = perform(obj=doc, name="deliberate", user=nt.yi_leader, data={"deliberated_on": "2024-03-18", "meeting": "常务会议", "outcome": "passed"})
    # then it passes the gate
    assert doc.state == "deliberated" and doc.review_passed_on == dt.date(2024, 3, 15)


def test_not_normative_ends_the_procedure(nt):
    doc = walk(nt, draft(nt), "review")
    perform(obj=doc.reviews.get(), name="give_opinion", user=nt.bureau_reviewer,
            data={"opinion_on": "2024-03-14", "opinion_text": "属于工作方案，不属于规范性文件。"})
    doc.refresh_from_db()
    assert doc.state == "not_normative"


def test_withdrawing_a_document_cancels_the_pending_review(nt):
    doc = walk(nt, draft(nt), "review")
    perform(obj=doc, name="withdraw", user=nt.yi_operator, data={"withdrawn_on": "2024-03-06", "reason": "政策调整"})
    review = doc.reviews.get()
    assert review.state == "withdrawn"
    from fazhi.deadlines.models import Deadline

    assert not Deadline.objects.filter(object_id=review.pk, status="open", rule_id="normative.legality_review_max").exists()
