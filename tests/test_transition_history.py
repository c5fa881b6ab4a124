"""A named procedural step leaves a field-history version with the acting user and a timeline
event, in one transaction; a refused step leaves neither (issue 2 item 6)."""

from fazhi.audit.services import timeline_for
from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform
from fazhi.indicators.tests.helpers import only_indicators
from fazhi.indicators.tests.helpers import test_indicators as _indicators
from fazhi.reports.models import AnnualReport
from fazhi.reports.services import annual_report_create


def _make(user, year=2024, unit=None, **data):
    return annual_report_create(ledger=AnnualReport.ledger(), user=user, unit=unit, data={"year": year, **data})


def test_a_refused_step_changes_nothing_and_a_done_step_leaves_both_layers(tree):
    import pytest

    from fazhi.reports.tests.test_workflow import complete

    with only_indicators(_indicators()):
        report = complete(tree, _make)
        versions_before, events_before = report.history.count(), timeline_for(report).count()
        # when the leader tries to approve before the legal review, the transition is refused
        with pytest.raises(GateRefused) as exc:
            perform(obj=report, name="approve", user=tree.yi_leader)
        assert "不能执行" in exc.value.detail
        report.refresh_from_db()
        assert report.state == "draft"
        assert report.history.count() == versions_before and timeline_for(report).count() == events_before
        # when the legal reviewer reviews it, both layers record who did it
        perform(obj=report, name="review", user=tree.yi_reviewer, data={"opinion": "同意"})
    report.refresh_from_db()
    latest = report.history.first()
    assert latest.state == "reviewed" and latest.history_user == tree.yi_reviewer
    event = timeline_for(report).get(verb="review")
    assert event.actor == tree.yi_reviewer and (event.from_state, event.to_state) == ("draft", "reviewed")
