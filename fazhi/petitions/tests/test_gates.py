"""Every statutory gate of the 信访 steps refuses through the service, the web form and the API,
and leaves the record unchanged."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform
from fazhi.petitions.models import Petition
from fazhi.petitions.services import petition_register

pytestmark = pytest.mark.django_db


def _accepted(register, tree, **kw):
    p = register(**kw)
    perform(obj=p, name="accept", user=tree.yi_operator, data={"accepted_on": "2025-03-04", "notice_on": "2025-03-04"})
    return Petition.objects.get(pk=p.pk)


def _closed(register, tree, **kw):
    p = _accepted(register, tree, **kw)
    perform(obj=p, name="reply", user=tree.yi_operator, data={"replied_on": "2025-04-01", "opinion": "support", "result": "solved"})
    return Petition.objects.get(pk=p.pk)


def _extended(register, tree):
    p = _accepted(register, tree)
    perform(obj=p, name="extend", user=tree.yi_leader, data={"approved_on": "2025-04-20", "reason": "情况复杂"})
    return Petition.objects.get(pk=p.pk)


def _review_case(register, tree):
    orig = _closed(register, tree)
    return petition_register(ledger=Petition.ledger(), user=tree.yi_operator, data={
        "channel": "letter", "received_on": "2025-04-10", "stage": "review", "original_reference": orig.reference_no,
        "petitioner_name": "王某", "headcount": 1, "matter": "请求复查", "category": "claim"})


CASES = [
    # (id, setup, step, data, who, code, message fragment)
    ("accept_before_receipt", lambda r, t: r(), "accept", {"accepted_on": "2025-03-01", "notice_on": "2025-03-03"},
     "yi_operator", "before_receipt", "不能早于收到日期"),
    ("objection_not_referred", lambda r, t: r(), "objection", {"objection_on": "2025-03-04", "reason": "非本机关职权"},
     "yi_operator", "objection_not_referred", "第二十三条第三款"),
    ("objection_late", lambda r, t: r(channel="referred", referred_by="区信访办"), "objection",
     {"objection_on": "2025-03-11", "reason": "非本机关职权"}, "yi_operator", "objection_late", "5个工作日"),
    ("extend_twice", _extended, "extend", {"approved_on": "2025-04-21", "reason": "再延"}, "yi_leader", "extend_twice", "只能延长一次"),
    ("extend_expired", _accepted, "extend", {"approved_on": "2025-05-05", "reason": "迟到的延期"}, "yi_leader",
     "extend_expired", "届满"),
    ("extend_review", _review_case, "extend", {"approved_on": "2025-04-11", "reason": "复查延期"}, "yi_leader",
     "extend_stage", "复查、复核没有延期规定"),
    ("follow_up_early", _closed, "follow_up", {"follow_up_on": "2025-03-20", "satisfaction": "satisfied"}, "yi_operator",
     "follow_up_early", "不能早于办结日期"),
    ("reopen_early", _closed, "reopen", {"reopened_on": "2025-03-20", "reason": "未解决"}, "yi_operator",
     "reopen_early", "不能早于办结日期"),
    ("reply_when_registered", lambda r, t: r(), "reply", {"replied_on": "2025-03-20", "opinion": "support", "result": "solved"},
     "yi_operator", "transition_not_allowed", "不能执行“答复办结”"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_gate_refuses_everywhere(case, register, tree, client_for, api_for):
    _, setup, name, data, who, code, fragment = case
    # given a petition in the state the gate protects
    p = setup(register, tree)
    user = getattr(tree, who)
    before = Petition.history.filter(id=p.pk).count(), p.state
    # when the step runs through the service
    with pytest.raises(GateRefused) as exc:
        perform(obj=p, name=name, user=user, data=data)
    # then it is refused with the statutory reason
    assert exc.value.code == code and fragment in exc.value.detail
    # when the web form is posted
    resp = client_for(user).post(f"/l/petitions/petitions/{p.pk}/step/{name}/", data)
    # then 409 with the message on the page
    assert resp.status_code == 409 and fragment in resp.content.decode()
    # when the API transition is called
    api = api_for(user).post(f"/api/petitions/petitions/{p.pk}/transitions/{name}", data, content_type="application/json")
    # then 409 {"code", "detail"}
    assert api.status_code == 409 and api.json()["code"] == code and fragment in api.json()["detail"]
    # and nothing changed
    assert (Petition.history.filter(id=p.pk).count(), Petition.objects.get(pk=p.pk).state) == before


def _review_data(ref, received="2025-05-20", stage="review"):
    return {"channel": "letter", "received_on": received, "stage": stage, "original_reference": ref,
            "petitioner_name": "王某", "headcount": 1, "matter": "请求复查", "category": "claim"}


REG_CASES = [
    ("review_without_original", lambda r, t: "", "review_needs_original", "必须填写原信访件编号"),
    ("review_of_open_case", lambda r, t: _accepted(r, t).reference_no, "review_original_open", "尚未答复办结"),
    ("review_late", lambda r, t: _closed(r, t).reference_no, "review_late", "30日内提出"),
    ("re_review_of_initial", lambda r, t: _closed(r, t).reference_no, "review_wrong_stage", "复核针对复查意见"),
]


@pytest.mark.parametrize("case", REG_CASES, ids=[c[0] for c in REG_CASES])
def test_review_registration_gates(case, register, tree, client_for, api_for):
    ident, setup, code, fragment = case
    # given an original in the state the gate looks at
    ref = setup(register, tree)
    data = _review_data(ref, received="2025-05-20" if ident == "review_late" else "2025-04-10",
                        stage="re_review" if ident == "re_review_of_initial" else "review")
    count = Petition.objects.count()
    # when registered through the service, the web form and the API
    with pytest.raises(GateRefused) as exc:
        petition_register(ledger=Petition.ledger(), user=tree.yi_operator, data=data)
    web = client_for(tree.yi_operator).post("/l/petitions/petitions/new/", data)
    api = api_for(tree.yi_operator).post("/api/petitions/petitions/", data, content_type="application/json")
    # then each refuses with the article, and nothing is registered
    assert exc.value.code == code and fragment in exc.value.detail
    assert web.status_code == 409 and fragment in web.content.decode()
    assert api.status_code == 409 and api.json()["code"] == code
    assert Petition.objects.count() == count


def test_review_after_re_review_is_final(register, tree):
    # given an original, its 复查 and its 复核, all answered
    orig = _closed(register, tree)
    review = petition_register(ledger=Petition.ledger(), user=tree.yi_operator, data=_review_data(orig.reference_no, "2025-04-10"))
    perform(obj=review, name="reply", user=tree.yi_operator, data={"replied_on": "2025-04-20", "opinion": "reject", "result": "unsolved"})
    review.refresh_from_db()
    re_review = petition_register(ledger=Petition.ledger(), user=tree.yi_operator,
                                  data=_review_data(review.reference_no, "2025-04-25", stage="re_review"))
    perform(obj=re_review, name="reply", user=tree.yi_operator, data={"replied_on": "2025-05-10", "opinion": "reject", "result": "unsolved"})
    re_review.refresh_from_db()
    # when someone tries to start yet another review of the 复核
    with pytest.raises(GateRefused) as exc:
        petition_register(ledger=Petition.ledger(), user=tree.yi_operator, data=_review_data(re_review.reference_no, "2025-05-12"))
    # then the 条例第三十六条 finality applies
    assert exc.value.code == "review_final"


def test_extension_needs_a_leader(register, tree, client_for):
    # given an accepted petition
    p = _accepted(register, tree)
    # when the clerk tries to extend it
    resp = client_for(tree.yi_operator).post(f"/l/petitions/petitions/{p.pk}/step/extend/", {"approved_on": "2025-04-01", "reason": "x"})
    # then only a 负责人 may approve (条例第三十四条)
    assert resp.status_code == 403
    assert Petition.objects.get(pk=p.pk).extended_on is None


def test_future_dates_are_invalid_input(register, tree):
    # given a petition
    p = register()
    # when accepted with a date after today
    from fazhi.core.errors import InvalidInput

    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(InvalidInput):
        perform(obj=p, name="accept", user=tree.yi_operator, data={"accepted_on": future, "notice_on": future})
    # then it stays registered
    assert Petition.objects.get(pk=p.pk).state == "registered"
