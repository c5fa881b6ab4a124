"""The 整改 cycle: raise → 报送 (with evidence) → 退回 → 报送 → 验收, and every gate on three entry points."""

from __future__ import annotations

import pytest

from fazhi.core.errors import GateRefused, NotPermitted
from fazhi.core.workflow import perform
from fazhi.supervision.models import Finding, Rectification

from .conftest import activity, raise_finding, submit, upload

URL = "/l/supervision/findings/{}/step/{}/"


def test_full_cycle_keeps_every_round_and_event(tree, finding):
    # given a finding raised for 一镇
    # when 一镇 reports, the inspector returns it, 一镇 reports again and the inspector accepts
    submit(finding, tree.yi_operator, evidence_file=upload())
    perform(obj=finding, name="send_back", user=tree.jia_inspector,
            data={"reviewed_on": "2020-09-22", "comment": "缺少备案回执", "new_due_on": "2020-10-15"})
    submit(finding, tree.yi_operator, measures="补交备案回执", completed_on="2020-10-08",
           evidence_file=upload("备案回执.pdf"))
    perform(obj=finding, name="accept", user=tree.jia_inspector, data={"reviewed_on": "2020-10-10", "comment": "同意销号"})
    # then the finding is closed on time against the new deadline, with two rounds and five events
    finding.refresh_from_db()
    assert finding.state == "accepted"
    assert str(finding.accepted_on) == "2020-10-10" and str(finding.due_on) == "2020-10-15"
    rounds = list(finding.rounds.order_by("round"))
    assert [(r.round, r.outcome) for r in rounds] == [(1, "returned"), (2, "accepted")]
    assert rounds[0].review_comment == "缺少备案回执" and rounds[0].reviewed_by == tree.jia_inspector
    from fazhi.audit.services import timeline_for

    assert [e.verb for e in timeline_for(finding)] == ["create", "submit", "send_back", "submit", "accept"]


def test_submit_without_evidence_is_refused_and_changes_nothing(tree, finding):
    # when 一镇 reports without a file or a linked record
    with pytest.raises(GateRefused) as exc:
        submit(finding, tree.yi_operator)
    # then the statutory gate names the rule and nothing moved
    assert exc.value.code == "evidence_required" and "佐证材料" in exc.value.detail
    finding.refresh_from_db()
    assert finding.state == "open" and not Rectification.objects.exists()


def test_submit_with_a_linked_record_needs_no_upload(tree, finding):
    # given a 普法 activity 一镇 already keeps in the platform
    act = activity(tree.yi_operator, title="备案工作培训")
    # when 一镇 links it as evidence instead of uploading a screenshot
    submit(finding, tree.yi_operator, evidence_link=f"/l/publicity/activities/{act.pk}/")
    # then the round carries the link to the record
    ev = finding.rounds.get().pk
    from fazhi.supervision.models import Evidence

    row = Evidence.objects.get(object_id=ev)
    assert row.is_record and row.record_id == act.pk and row.record_url.endswith(f"/{act.pk}/")


def test_a_sibling_record_cannot_be_linked_as_evidence(tree, finding):
    from fazhi.core.errors import InvalidInput
    # given a record of 二镇
    other = activity(tree.er_operator, title="二镇活动")
    # when 一镇 tries to use it
    with pytest.raises(InvalidInput) as exc:
        submit(finding, tree.yi_operator, evidence_link=f"/l/publicity/activities/{other.pk}/")
    # then it is not found for 一镇 and nothing is recorded
    assert "无权查看" in exc.value.detail
    finding.refresh_from_db()
    assert finding.state == "open"


def test_issuer_cannot_report_on_behalf_of_the_unit(tree, finding):
    # given a district user who is both operator and inspector
    tree.jia_inspector.roles = ["inspector", "operator"]
    tree.jia_inspector.save()
    # when the district tries to submit the township's 整改
    with pytest.raises(GateRefused) as exc:
        submit(finding, tree.jia_inspector, evidence_file=upload())
    # then it is refused: only the unit concerned reports
    assert exc.value.code == "not_responsible"


def test_township_cannot_recheck_and_sibling_cannot_touch(tree, finding):
    from django.http import Http404

    submit(finding, tree.yi_operator, evidence_file=upload())
    # a township operator lacks the inspector role for 验收
    with pytest.raises(NotPermitted):
        perform(obj=finding, name="accept", user=tree.yi_operator, data={"reviewed_on": "2020-10-01"})
    # a sibling township does not even find the record
    with pytest.raises(Http404):
        perform(obj=finding, name="submit", user=tree.er_operator, data={})


def test_accept_before_submission_is_refused(tree, finding):
    with pytest.raises(GateRefused) as exc:
        perform(obj=finding, name="accept", user=tree.jia_inspector, data={"reviewed_on": "2020-10-01"})
    assert exc.value.code == "transition_not_allowed"


def test_raising_gates(tree, inspection):
    from fazhi.core.services import record_create
    from fazhi.supervision.models import Inspection

    # a unit outside the inspection's scope (the district itself, for an internal inspection)
    with pytest.raises(GateRefused) as exc:
        raise_finding(tree, inspection, tree.district)
    assert exc.value.code == "self_internal"
    # a village is below but not inspected
    with pytest.raises(GateRefused) as exc:
        raise_finding(tree, inspection, tree.yi_village)
    assert exc.value.code == "outside_scope"
    # a district operator (not an inspector) cannot raise problems for units below
    own = record_create(ledger=Inspection.ledger(), user=tree.jia_operator, data={
        "source": "own", "title": "办公室督查", "year": 2020, "start_on": "2020-08-01", "scope_units": [tree.yi.pk]})
    from fazhi.supervision.services.inspections import finding_create

    with pytest.raises(GateRefused) as exc:
        finding_create(ledger=Finding.ledger(), user=tree.jia_operator, data={
            "inspection": own.pk, "responsible_unit": tree.yi.pk, "description": "x", "category": "other",
            "found_on": "2020-08-02", "due_on": "2020-09-01"})
    assert exc.value.code == "not_inspector"
    assert not Finding.objects.exists()


def test_problem_raised_from_above_is_entered_and_rectified_by_the_unit(tree):
    # given 一镇 records a 市级督察 feedback about itself
    from fazhi.core.services import record_create
    from fazhi.supervision.models import Inspection
    from fazhi.supervision.services.inspections import finding_create

    insp = record_create(ledger=Inspection.ledger(), user=tree.yi_operator, data={
        "source": "city", "title": "市委依法治市办专项督察反馈", "year": 2020, "start_on": "2020-11-02",
        "scope_units": [tree.yi.pk]})
    f = finding_create(ledger=Finding.ledger(), user=tree.yi_operator, data={
        "inspection": insp.pk, "responsible_unit": tree.yi.pk, "category": "duty", "description": "述法不到位",
        "found_on": "2020-11-02", "due_on": "2020-12-31"})
    # when it reports its 整改
    submit(f, tree.yi_operator, completed_on="2020-12-01", evidence_file=upload())
    # then the sibling sees nothing and the district inspector sees it
    assert not Finding.objects.restrict(tree.er_operator).exists()
    assert Finding.objects.restrict(tree.jia_inspector).filter(pk=f.pk).exists()


# ---------------------------------------------------------------- the same gates through the web and the API

def test_web_submit_without_evidence_answers_409_with_the_rule(tree, finding, client_for):
    # when 一镇 posts the step form without evidence
    resp = client_for(tree.yi_operator).post(URL.format(finding.pk, "submit"),
                                            {"measures": "已整改", "completed_on": "2020-09-20"})
    # then 409, the rule in the page, nothing changed
    assert resp.status_code == 409
    assert "佐证材料" in resp.content.decode()
    finding.refresh_from_db()
    assert finding.state == "open"


def test_web_submit_with_file_then_inspector_accepts(tree, finding, client_for):
    c = client_for(tree.yi_operator)
    resp = c.post(URL.format(finding.pk, "submit"),
                  {"measures": "已整改", "completed_on": "2020-09-20", "evidence_file": upload()})
    assert resp.status_code == 302
    # the township's detail page shows no inspector step; the inspector's does
    page = c.get(f"/l/supervision/findings/{finding.pk}/").content.decode()
    assert 'data-step="accept"' not in page and "第1次" in page
    c.force_login(tree.jia_inspector)
    page = c.get(f"/l/supervision/findings/{finding.pk}/").content.decode()
    assert 'data-step="accept"' in page and 'data-step="submit"' not in page
    # the evidence file is served only within scope
    from fazhi.supervision.models import Evidence

    ev = Evidence.objects.get()
    assert c.get(f"/supervision/evidence/{ev.pk}/").status_code == 200
    c.force_login(tree.er_operator)
    assert c.get(f"/supervision/evidence/{ev.pk}/").status_code == 404


def test_web_recheck_by_the_issuer_of_another_inspection_is_refused(tree, finding, client_for):
    # given an inspector of 二镇 (a unit that did not raise the finding) cannot even see it
    tree.er_operator.roles = ["inspector"]
    tree.er_operator.save()
    submit(finding, tree.yi_operator, evidence_file=upload())
    resp = client_for(tree.er_operator).post(URL.format(finding.pk, "accept"), {"reviewed_on": "2020-10-01"})
    assert resp.status_code == 404


def test_api_submit_without_evidence_answers_409(tree, finding, api_for):
    resp = api_for(tree.yi_operator).post(f"/api/supervision/findings/{finding.pk}/transitions/submit",
                                          {"measures": "已整改", "completed_on": "2020-09-20"},
                                          content_type="application/json")
    assert resp.status_code == 409
    assert resp.json()["code"] == "evidence_required" and "佐证材料" in resp.json()["detail"]


def test_api_full_cycle_with_linked_record(tree, finding, api_for):
    act = activity(tree.yi_operator)
    yi, insp = api_for(tree.yi_operator), api_for(tree.jia_inspector)
    r = yi.post(f"/api/supervision/findings/{finding.pk}/transitions/submit",
                {"measures": "已整改", "completed_on": "2020-09-20", "evidence_link": f"/l/publicity/activities/{act.pk}/"},
                content_type="application/json")
    assert r.status_code == 200 and r.json()["state"] == "submitted"
    # the township cannot accept through the API either
    r = yi.post(f"/api/supervision/findings/{finding.pk}/transitions/accept", {"reviewed_on": "2020-10-01"},
                content_type="application/json")
    assert r.status_code == 403
    r = insp.post(f"/api/supervision/findings/{finding.pk}/transitions/accept", {"reviewed_on": "2020-10-01"},
                  content_type="application/json")
    assert r.status_code == 200 and r.json()["state"] == "accepted"


def test_api_create_finding_for_a_unit_below(tree, inspection, api_for):
    # when the inspector raises a finding through the API
    r = api_for(tree.jia_inspector).post("/api/supervision/findings/", {
        "inspection": inspection.pk, "responsible_unit": tree.er.pk, "category": "procedure", "description": "未公示",
        "found_on": "2020-08-12", "due_on": "2020-09-12"}, content_type="application/json")
    # then it lands in 二镇, visible to 二镇 and not to 一镇
    assert r.status_code == 201, r.content
    f = Finding.objects.get(pk=r.json()["id"])
    assert f.unit == tree.er
    assert Finding.objects.restrict(tree.er_operator).filter(pk=f.pk).exists()
    assert not Finding.objects.restrict(tree.yi_operator).filter(pk=f.pk).exists()
