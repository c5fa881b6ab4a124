"""The statutory procedure end to end: checklist, exceptions, participants, rounds, catalogue."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.decisions.models import CatalogueItem, DecisionCatalogue, DecisionParticipant
from fazhi.decisions.selectors import decision_checklist

from .conftest import consulted, decide_data, decided, lawful, reviewed, started, walk


def _status(d):
    return {r.key: r.status for r in decision_checklist(d)}


def test_walk_to_implementation_with_the_checklist_filling_up(dt_, client_for):
    # given a decision started and consulted
    d = consulted(dt_, started(dt_))
    assert _status(d) == {"public": "done", "expert": "not_required", "risk": "not_required", "legality": "pending", "collective": "pending"}
    # when it is reviewed, decided, reported, published and handed over for implementation
    d = walk(dt_, "implementing")
    # then the state and the checklist say so, with dates
    assert d.state == "implementing"
    rows = {r.key: r for r in decision_checklist(d)}
    assert rows["legality"].on == dt.date(2024, 4, 1) and rows["collective"].on == dt.date(2024, 4, 10)
    # and the detail page shows the checklist and flags a decision not in the catalogue
    page = client_for(dt_.yi_operator).get(f"/l/decisions/decisions/{d.pk}/").content.decode()
    assert 'id="decision-checklist"' in page and 'id="not-in-catalogue"' in page


def test_every_member_position_is_stored_with_dissent_and_survives_edits(dt_):
    d = walk(dt_, "decided")
    members = DecisionParticipant.objects.filter(decision=d, role__in=["member", "head"]).order_by("order")
    assert [(m.name, m.position) for m in members] == [("王副镇长", "agree"), ("李委员", "disagree"), ("赵镇长", "agree")]
    assert members.last().role == "head"
    # when someone edits the dissenter's record, the original position stays in history
    dissenter = members.get(name="李委员")
    from fazhi.core.services import record_update

    record_update(ledger=DecisionParticipant.ledger(), user=dt_.yi_operator, obj=dissenter, data={
        "decision": d.pk, "role": "member", "name": "李委员", "post": "党委委员", "position": "agree", "remarks": "", "order": 2})
    assert [h.position for h in dissenter.history.order_by("history_date")] == ["disagree", "agree"]


def test_head_departing_from_the_majority_must_give_reasons(dt_):
    d = reviewed(dt_, consulted(dt_, started(dt_)))
    positions = "王副镇长｜副镇长｜不同意｜\n李委员｜党委委员｜不同意｜\n赵镇长｜镇长｜同意｜"
    d = perform(obj=d, name="decide", user=dt_.yi_leader, data=decide_data(positions=positions, head_reason="项目资金已落实，群众期盼"))
    assert d.state == "decided" and d.head_reason


def test_exploratory_reform_may_go_forward_with_its_legal_risk_stated(dt_):
    d = perform(obj=consulted(dt_, started(dt_)), name="submit_review", user=dt_.yi_operator, data={"submitted_on": "2024-03-20", "materials": "草案"})
    perform(obj=d.reviews.get(), name="give_opinion", user=dt_.bureau_reviewer, data=lawful(opinion="amend"))
    d.refresh_from_db()
    d = perform(obj=d, name="decide", user=dt_.yi_leader, data=decide_data(exploratory_reform="on", legal_risk_statement="国家尚无明确规定，存在被认定超越职权的风险"))
    assert d.state == "decided" and d.exploratory_reform


def test_a_required_procedure_may_be_skipped_only_with_a_recorded_reason(dt_):
    d = reviewed(dt_, consulted(dt_, started(dt_, category="project")))
    with pytest.raises(GateRefused):
        decided(dt_, d)
    for proc, reason in (("expert", "同类项目已有专家论证结论（条例第19条）"), ("risk", "已于2023年就同一事项作过评估（条例第24条）")):
        d = perform(obj=d, name="waive", user=dt_.yi_operator, data={"procedure": proc, "reason": reason})
    d = decided(dt_, d)
    assert d.state == "decided"
    assert {r.key: r.status for r in decision_checklist(d)}["risk"] == "waived"


def test_a_major_change_opens_a_new_round_that_needs_a_new_review(dt_):
    d = walk(dt_, "implementing")
    d = perform(obj=d, name="change", user=dt_.yi_operator, data={"on": "2024-08-01", "reason": "建设规模调整"})
    assert (d.state, d.round, d.review_passed_on) == ("drafting", 2, None)
    with pytest.raises(GateRefused) as exc:
        perform(obj=consulted(dt_, d), name="decide", user=dt_.yi_leader, data=decide_data(decided_on="2024-09-01"))
    assert exc.value.code == "no_legality_review"


def test_decision_review_is_held_by_the_reviewing_unit(dt_, client_for):
    d = perform(obj=consulted(dt_, started(dt_)), name="submit_review", user=dt_.yi_operator, data={"submitted_on": "2024-03-20", "materials": "草案"})
    review = d.reviews.get()
    assert review.unit == dt_.bureau
    assert client_for(dt_.yi_reviewer).get(f"/l/decisions/reviews/{review.pk}/").status_code == 404
    page = client_for(dt_.bureau_reviewer).get(f"/l/decisions/reviews/{review.pk}/").content.decode()
    assert d.title in page and "出具审查意见" in page


def test_catalogue_consent_publish_adjust_and_link(dt_):
    cat = record_create(ledger=DecisionCatalogue.ledger(), user=dt_.yi_operator, data={"year": 2024, "title": "一镇2024年度重大行政决策事项目录"})
    item = record_create(ledger=CatalogueItem.ledger(), user=dt_.yi_operator, data={"catalogue": cat.pk, "name": "集镇农贸市场改造", "category": "project"})
    perform(obj=cat, name="record_consent", user=dt_.yi_operator, data={"consented_on": "2024-01-20", "consent_ref": "镇党委会议纪要〔2024〕2号"})
    cat = perform(obj=cat, name="publish", user=dt_.yi_operator, data={"published_on": "2024-01-25", "published_where": "政府网站"})
    cat = perform(obj=cat, name="adjust", user=dt_.yi_operator, data={"adjusted_on": "2024-06-01", "reason": "增加一项", "consent_ref": "镇党委会议"})
    assert cat.state == "published" and "增加一项" in cat.adjust_note
    d = started(dt_, category="project", catalogue_item=item.pk)
    assert d.in_catalogue and d.needs_expert and d.needs_risk
