"""Figures equal hand counts; clocks from the rule table across 春节 and 国庆."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.decisions.models import RiskAssessment
from fazhi.indicators.registry import compute

from .conftest import started, walk


@pytest.fixture
def cal2024(db):
    from fazhi.deadlines.services import holidays_seed

    holidays_seed(years=[2024])


def test_comment_window_of_30_natural_days_across_spring_festival(dt_, cal2024):
    d = started(dt_)
    data = {"method": "published_draft", "channel": "政府网站", "start_on": "2024-02-01"}
    # 30 natural days from 02-01 (春节 counted, no roll-forward) end on 03-02
    with pytest.raises(GateRefused) as exc:
        perform(obj=d, name="consult", user=dt_.yi_operator, data={**data, "end_on": "2024-03-01"})
    assert "2024-03-02" in exc.value.detail
    # a shorter window is allowed with the urgency reason recorded in the notice
    d = perform(obj=d, name="consult", user=dt_.yi_operator, data={**data, "end_on": "2024-02-20", "shortened_reason": "汛期前必须完工"})
    assert d.consultations.get().min_end == dt.date(2024, 3, 2)


def test_legality_review_at_least_7_working_days_across_national_day(dt_, cal2024):
    from .conftest import consulted, lawful

    d = perform(obj=consulted(dt_, started(dt_)), name="submit_review", user=dt_.yi_operator,
                data={"submitted_on": "2024-09-27", "materials": "草案"})
    review = d.reviews.get()
    # 09-29 (调休上班), 09-30, 10-08, 10-09, 10-10, 10-11, 10-12 (调休上班)
    assert review.min_due == dt.date(2024, 10, 12)
    with pytest.raises(GateRefused):
        perform(obj=review, name="give_opinion", user=dt_.bureau_reviewer, data=lawful(on="2024-10-11"))
    perform(obj=review, name="give_opinion", user=dt_.bureau_reviewer, data=lawful(on="2024-10-12"))


def test_hearing_materials_7_days_before(dt_):
    d = perform(obj=started(dt_), name="plan_hearing", user=dt_.yi_operator, data={
        "hearing_on": "2024-03-20", "place": "会议室", "notice_published_on": "2024-03-01",
        "participants_published_on": "2024-03-05", "materials_served_on": "2024-03-13"})
    assert d.hearings.get().materials_due == dt.date(2024, 3, 13)


def test_participants_sum_hearing_rate_and_catalogue_figures_equal_hand_counts(dt_):
    # given two project decisions decided in 2024: one with a held hearing, one without (hearing waived)
    def project(with_hearing):
        d = started(dt_, category="project")
        for proc in ("expert", "risk"):
            d = perform(obj=d, name="waive", user=dt_.yi_operator, data={"procedure": proc, "reason": "同一事项已论证评估"})
        if with_hearing:
            d = perform(obj=d, name="plan_hearing", user=dt_.yi_operator, data={
                "hearing_on": "2024-03-20", "place": "会议室", "notice_published_on": "2024-03-01",
                "participants_published_on": "2024-03-05", "materials_served_on": "2024-03-10"})
            perform(obj=d.hearings.get(), name="record", user=dt_.yi_operator, data={"participants": 20, "record_signed": "on", "report": "报告"})
        from .conftest import consulted, decided, reviewed

        return decided(dt_, reviewed(dt_, consulted(dt_, d, participants=6)))

    project(True)
    project(False)
    walk(dt_, "decided")  # an 'other' decision with a 15-person consultation
    units = [dt_.yi]
    # then: participants 6 + 6 + 15 = 27; project hearing rate 1 / 2 = 50.0; decided 3, none in a catalogue
    assert compute("decisions.public_participants", units, year=2024).value == 27
    rate = compute("decisions.project_hearing_rate", units, year=2024)
    assert (rate.numerator, rate.denominator, rate.value) == (1, 2, 50.0)
    assert compute("decisions.decided", units, year=2024).value == 3
    assert compute("decisions.not_in_catalogue", units, year=2024).value == 3
    assert compute("decisions.procedures_complete_rate", units, year=2024).value == 100.0
    assert compute("decisions.legality_reviewed", units, year=2024).value == 3


def test_risk_assessments_filed_are_counted_by_filing_date(dt_):
    for i, filed in enumerate([dt.date(2024, 5, 1), dt.date(2024, 6, 1), None]):
        r = record_create(ledger=RiskAssessment.ledger(), user=dt_.yi_operator, data={
            "subject": f"重点项目{i}", "assessor": "第三方机构", "assessed_on": "2024-04-01", "risk_level": "low"})
        if filed:
            perform(obj=r, name="file", user=dt_.yi_operator, data={"filed_on": filed, "filed_with": "甲区委政法委"})
    assert compute("decisions.risk_assessments", [dt_.yi], year=2024).value == 3
    assert compute("decisions.risk_assessments_filed", [dt_.yi], year=2024).value == 2
