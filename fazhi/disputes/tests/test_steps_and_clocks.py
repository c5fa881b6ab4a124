"""Dispute steps, their clocks around 春节/国庆, and every gate via service, web form and API."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform
from fazhi.deadlines.services import deadline_get
from fazhi.disputes.models import Dispute

pytestmark = pytest.mark.django_db


def test_people_mediation_clock_ends_in_spring_festival_without_rolling(new_dispute, step, mediator):
    # given a dispute taken into 人民调解 on Fri 2025-01-03
    d = new_dispute(received_on="2025-01-02")
    step(d, "start_mediation", started_on="2025-01-03", method="people", mediators="刘调解", parties_consent="on")
    # then 一般一个月: 30 日 from 01-03 is 02-02, inside 春节; the mediator's period does not roll forward
    clock = deadline_get(obj=d, rule_id="mediation.resolve")
    assert clock.due_date == dt.date(2025, 2, 2)
    assert list(Dispute.objects.get(pk=d.pk).mediators.values_list("name", flat=True)) == ["刘调解"]
    # when resolved on 02-05 it is recorded as late
    step(d, "resolve", closed_on="2025-02-05", agreement_form="written", agreement_amount="3000", signed_and_sealed="on")
    assert deadline_get(obj=d, rule_id="mediation.resolve").status == "missed"
    assert Dispute.objects.get(pk=d.pk).cycle_days == 34


def test_other_methods_run_no_people_mediation_clock(new_dispute, step):
    # given a 诉调对接 mediation
    d = new_dispute()
    step(d, "start_mediation", started_on="2025-01-07", method="court", parties_consent="on")
    # then no 人民调解 clock is opened (行政调解 etc. have no national time limit)
    assert deadline_get(obj=d, rule_id="mediation.resolve") is None


def test_confirmation_window_rolls_past_national_day(new_dispute, step):
    # given an agreement effective Fri 2025-09-05: 30 日 end Sun 10-05, inside 国庆 (10-01..10-08 off)
    d = new_dispute(received_on="2025-09-01")
    step(d, "start_mediation", started_on="2025-09-02", method="people", parties_consent="on")
    step(d, "resolve", closed_on="2025-09-05", agreement_form="written", signed_and_sealed="on")
    # when the parties apply on Thu 10-09, the first working day after the holiday (民诉法第八十五条 顺延)
    step(d, "confirm", applied_on="2025-10-09", court="甲区人民法院", result="confirmed", decided_on="2025-10-15")
    # then it is accepted
    assert Dispute.objects.get(pk=d.pk).confirmation == "confirmed"


def _mediating(new_dispute, step):
    d = new_dispute()
    step(d, "start_mediation", started_on="2025-01-07", method="people", parties_consent="on")
    return d


def _resolved(new_dispute, step, form="written"):
    d = _mediating(new_dispute, step)
    step(d, "resolve", closed_on="2025-01-20", agreement_form=form, signed_and_sealed="on")
    return d


CASES = [
    ("no_consent", lambda n, s: n(), "start_mediation", {"started_on": "2025-01-07", "method": "people"}, "no_consent", "第十七条"),
    ("start_before_receipt", lambda n, s: n(), "start_mediation",
     {"started_on": "2025-01-01", "method": "people", "parties_consent": "on"}, "date_order", "不能早于"),
    ("not_signed", _mediating, "resolve", {"closed_on": "2025-01-20", "agreement_form": "written"}, "agreement_not_signed", "第二十九条"),
    ("remedies_not_told", _mediating, "fail", {"closed_on": "2025-01-20", "route": "litigation"}, "remedies_not_told", "第二十六条"),
    ("confirm_oral", lambda n, s: _resolved(n, s, "oral"), "confirm",
     {"applied_on": "2025-01-25", "court": "甲区人民法院", "result": "applied"}, "confirm_oral", "口头协议"),
    ("confirm_late", _resolved, "confirm", {"applied_on": "2025-02-20", "court": "甲区人民法院", "result": "applied"},
     "confirm_late", "30日内"),
    ("perform_before_agreement", _resolved, "record_performance", {"performed_on": "2025-01-10", "performance": "full"},
     "date_order", "不能早于"),
    ("resolve_unstarted", lambda n, s: n(), "resolve", {"closed_on": "2025-01-20", "agreement_form": "oral"},
     "transition_not_allowed", "不能执行"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_gate_refuses_everywhere(case, new_dispute, step, tree, client_for, api_for):
    _, setup, name, data, code, fragment = case
    # given a dispute in the state the gate protects
    d = setup(new_dispute, step)
    before = (Dispute.history.filter(id=d.pk).count(), Dispute.objects.get(pk=d.pk).state)
    # when the step runs through the service
    with pytest.raises(GateRefused) as exc:
        perform(obj=Dispute.objects.get(pk=d.pk), name=name, user=tree.yi_operator, data=data)
    assert exc.value.code == code and fragment in exc.value.detail
    # and through the web form
    resp = client_for(tree.yi_operator).post(f"/l/disputes/disputes/{d.pk}/step/{name}/", data)
    assert resp.status_code == 409 and fragment in resp.content.decode()
    # and through the API
    api = api_for(tree.yi_operator).post(f"/api/disputes/disputes/{d.pk}/transitions/{name}", data, content_type="application/json")
    assert api.status_code == 409 and api.json()["code"] == code
    # then nothing changed
    assert (Dispute.history.filter(id=d.pk).count(), Dispute.objects.get(pk=d.pk).state) == before


def test_unknown_mediator_is_invalid_input(new_dispute, step):
    # given a dispute
    d = new_dispute()
    # when mediation starts with a mediator not on the roster
    from fazhi.core.errors import InvalidInput

    with pytest.raises(InvalidInput) as exc:
        step(d, "start_mediation", started_on="2025-01-07", method="people", mediators="无名氏", parties_consent="on")
    # then the clerk is told to register the mediator first
    assert "无名氏" in exc.value.detail
    assert Dispute.objects.get(pk=d.pk).state == "screened"
