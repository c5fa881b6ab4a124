"""起草 › 审核 › 审定 › 保密审查 › 报送 › 公开: every gate refused through the service, the web form and the API;
approval freezes the figures with their records; the submitted version is stored."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused, NotPermitted
from fazhi.core.workflow import perform
from fazhi.deadlines.models import Deadline
from fazhi.deadlines.services import today
from fazhi.indicators.tests.helpers import add_activity
from fazhi.reports.document import report_document
from fazhi.reports.models import AnnualReport
from fazhi.reports.services import annual_report_regenerate, report_section_edit

from .conftest import section

TODAY = lambda: today().isoformat()  # noqa: E731


def complete(tree, make_report, d_text="进一步加强普法宣传，扩大宣传覆盖面。"):
    """A report whose five parts all have content (part C from the missed 50% target)."""
    add_activity(tree.yi_operator, attendance=40, consultations=4)
    report = make_report(tree.yi_operator)
    report_section_edit(user=tree.yi_operator, section=section(report, "D"), text=d_text)
    return report


def go(report, user, name, data=None):
    return perform(obj=report, name=name, user=user, data=data or {})


def setup_part_empty(tree, make_report):
    report = make_report(tree.yi_operator)   # no records: parts B, C, D empty
    return report, tree.yi_reviewer, "review", {}


def setup_typed(tree, make_report):
    report = complete(tree, make_report, d_text="全年开展普法活动不少于7场。")
    go(report, tree.yi_reviewer, "review")
    return report, tree.yi_leader, "approve", {}


def setup_draft_changed(tree, make_report):
    report = make_report(tree.yi_operator)
    for key, text in (("A.7", "持续开展普法宣传。"), ("B", "主要负责人带头学法。"), ("C", "普法形式较单一。"), ("D", "创新普法形式。")):
        report_section_edit(user=tree.yi_operator, section=section(report, key), text=text)
    add_activity(tree.yi_operator)
    annual_report_regenerate(user=tree.yi_operator, report=report)
    go(report, tree.yi_reviewer, "review")
    return report, tree.yi_leader, "approve", {}


def setup_stale(tree, make_report):
    report = complete(tree, make_report)
    go(report, tree.yi_reviewer, "review")
    add_activity(tree.yi_operator, title="审核后补登的活动")
    return report, tree.yi_leader, "approve", {}


def setup_future(tree, make_report):
    report = complete(tree, make_report)
    go(report, tree.yi_reviewer, "review")
    go(report, tree.yi_leader, "approve")
    go(report, tree.yi_leader, "clear_secrecy", {"conclusion": "public"})
    return report, tree.yi_operator, "submit", {"submitted_on": (today() + dt.timedelta(days=1)).isoformat()}


def setup_secret(tree, make_report):
    report = complete(tree, make_report)
    go(report, tree.yi_reviewer, "review")
    go(report, tree.yi_leader, "approve")
    go(report, tree.yi_leader, "clear_secrecy", {"conclusion": "secret", "note": "含涉密数据"})
    go(report, tree.yi_operator, "submit", {"submitted_on": TODAY()})
    return report, tree.yi_operator, "publish", {"published_on": TODAY(), "published_where": "镇政府网站"}


GATES = {
    "part_empty": (setup_part_empty, "厅字〔2019〕28号"),
    "typed_figures": (setup_typed, "7"),
    "draft_changed": (setup_draft_changed, "生成稿"),
    "stale_figures": (setup_stale, "重新生成"),
    "future_date": (setup_future, "不能晚于今天"),
    "secret": (setup_secret, "第二十四条"),
}


@pytest.mark.parametrize("channel", ["service", "web", "api"])
@pytest.mark.parametrize("code", list(GATES))
def test_gate_refused(code, channel, tree, inds, make_report, client_for, api_for):
    # given
    setup, words = GATES[code]
    report, actor, name, data = setup(tree, make_report)
    before = AnnualReport.objects.get(pk=report.pk).state
    # when / then
    if channel == "service":
        with pytest.raises(GateRefused) as exc:
            go(report, actor, name, data)
        assert exc.value.code == code and words in exc.value.detail
    elif channel == "web":
        resp = client_for(actor).post(f"/l/reports/annual_reports/{report.pk}/step/{name}/", data)
        assert resp.status_code == 409
        assert f'data-code="{code}"' in resp.content.decode() and words in resp.content.decode()
    else:
        resp = api_for(actor).post(f"/api/reports/annual_reports/{report.pk}/transitions/{name}", data,
                                   content_type="application/json")
        assert resp.status_code == 409 and resp.json()["code"] == code and words in resp.json()["detail"]
    assert AnnualReport.objects.get(pk=report.pk).state == before


def test_only_a_leader_approves(tree, inds, make_report):
    report = complete(tree, make_report)
    go(report, tree.yi_reviewer, "review")
    with pytest.raises(NotPermitted):
        go(report, tree.yi_operator, "approve")


def test_whole_path_freezes_figures_and_stores_the_submitted_version(tree, inds, make_report, client):
    # given: a complete report with its 报送 and 公开 clocks running
    report = complete(tree, make_report)
    clocks = Deadline.objects.filter(object_id=report.pk, rule_id__startswith="annual_report.")
    assert {d.rule_id: d.due_date for d in clocks} == {
        "annual_report.submit": dt.date(2025, 2, 28), "annual_report.publish": dt.date(2025, 3, 31)}
    # when: 审核 › 审定 › 保密审查 › 报送 › 公开
    go(report, tree.yi_reviewer, "review", {"opinion": "同意"})
    report = go(report, tree.yi_leader, "approve")
    frozen_text = report_document(report)["parts"][0]["sections"][0]["paragraphs"]
    go(report, tree.yi_leader, "clear_secrecy", {"conclusion": "public"})
    go(report, tree.yi_operator, "submit", {"submitted_on": TODAY()})
    report = go(report, tree.yi_operator, "publish", {"published_on": TODAY(), "published_where": "镇政府网站法治政府建设专栏"})
    # then: the approval snapshot holds each figure with its records; two versions are stored
    assert report.state == "published" and report.snapshot is not None
    sv = report.snapshot.values.get(key="tst.activities")
    assert sv.value == 1 and len(sv.record_ids) == 1
    assert list(report.versions.values_list("kind", flat=True).order_by("created_at", "pk")) == ["approved", "submitted"]
    submitted = report.versions.get(kind="submitted")
    assert submitted.content["submitted_to"] == "甲区人民政府" and submitted.snapshot_id == report.snapshot_id
    assert {d.rule_id: d.status for d in Deadline.objects.filter(object_id=report.pk, rule_id__startswith="annual_report.")} == {
        "annual_report.submit": "missed" if today() > dt.date(2025, 2, 28) else "met",
        "annual_report.publish": "missed" if today() > dt.date(2025, 3, 31) else "met"}
    # a ledger change afterwards does not change what was reported
    add_activity(tree.yi_operator, title="报送后补登")
    assert report_document(report)["parts"][0]["sections"][0]["paragraphs"] == frozen_text
    assert "{{tst.activities|1}}" in frozen_text[0]
    # the public page shows it without login; an unpublished report is not public
    resp = client.get(f"/reports/public/{report.pk}/")
    assert resp.status_code == 200 and "关于2024年度法治政府建设情况的报告" in resp.content.decode()
    other = make_report(tree.er_operator)
    assert client.get(f"/reports/public/{other.pk}/").status_code == 404


def test_send_back_unfreezes_and_editing_a_frozen_report_is_refused(tree, inds, make_report):
    # given: an approved report
    report = complete(tree, make_report)
    go(report, tree.yi_reviewer, "review")
    report = go(report, tree.yi_leader, "approve")
    # when: the clerk tries to edit it
    with pytest.raises(GateRefused) as exc:
        report_section_edit(user=tree.yi_operator, section=section(report, "D"), text="改动")
    assert exc.value.code == "not_draft"
    # then: after 退回修改 it is a draft again and no longer frozen
    report = go(report, tree.yi_leader, "send_back", {"reason": "请补充第一责任人履职情况"})
    assert report.state == "draft" and report.snapshot is None
    report_section_edit(user=tree.yi_operator, section=section(report, "D"), text="改动后的安排。")


def test_one_report_per_unit_and_year(tree, inds, make_report):
    from fazhi.core.errors import InvalidInput

    make_report(tree.yi_operator)
    with pytest.raises(InvalidInput):
        make_report(tree.yi_operator)
    assert AnnualReport.objects.filter(unit=tree.yi, year=2024).count() == 1
