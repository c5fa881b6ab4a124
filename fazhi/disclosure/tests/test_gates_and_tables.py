"""Disclosure gates via service, web form and API; rates and the annual-report tables against hand counts."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform
from fazhi.disclosure.models import DisclosureRequest
from fazhi.disclosure.selectors import annual_tables
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

pytestmark = pytest.mark.django_db


def _corrected(r, go):
    go(r, "request_correction", notice_on="2025-03-05", items="请写明文件名称", due_on="2025-03-20")
    return r


def _extended(r, go, tree):
    go(r, "extend", user=tree.yi_leader, approved_on="2025-03-20", reason="检索量大")
    return r


CASES = [
    ("correction_late", lambda r, g, t: r, "request_correction",
     {"notice_on": "2025-03-13", "items": "请写明文件名称", "due_on": "2025-03-25"}, "yi_operator", "correction_late", "7个工作日"),
    ("correction_twice", lambda r, g, t: (lambda x: (g(x, "receive_correction", received_on="2025-03-10"), x)[1])(_corrected(r, g)),
     "request_correction", {"notice_on": "2025-03-11", "items": "再补", "due_on": "2025-03-25"}, "yi_operator",
     "correction_twice", "一次性"),
    ("lapse_early", lambda r, g, t: _corrected(r, g), "lapse", {"on": "2025-03-20"}, "yi_operator", "lapse_early", "期满前"),
    ("extend_twice", lambda r, g, t: _extended(r, g, t), "extend", {"approved_on": "2025-03-21", "reason": "再延"}, "yi_leader",
     "extend_twice", "只能延长一次"),
    ("extend_expired", lambda r, g, t: r, "extend", {"approved_on": "2025-04-01", "reason": "迟延"}, "yi_leader",
     "extend_expired", "届满"),
    ("reason_required", lambda r, g, t: r, "reply", {"replied_on": "2025-03-20", "reply_type": "withheld_process"},
     "yi_operator", "reason_required", "说明理由"),
    ("reply_before_receipt", lambda r, g, t: r, "reply", {"replied_on": "2025-03-01", "reply_type": "public"}, "yi_operator",
     "date_order", "不能早于"),
]


@pytest.mark.parametrize("spec", CASES, ids=[c[0] for c in CASES])
def test_gate_refuses_everywhere(spec, request_, go, tree, client_for, api_for):
    _, setup, name, data, who, code, fragment = spec
    # given a request (received Mon 2025-03-03) in the state the gate protects
    r = setup(request_(), go, tree)
    user = getattr(tree, who)
    before = (DisclosureRequest.history.filter(id=r.pk).count(), DisclosureRequest.objects.get(pk=r.pk).state)
    # when the step runs through the service, the web form and the API
    with pytest.raises(GateRefused) as exc:
        perform(obj=DisclosureRequest.objects.get(pk=r.pk), name=name, user=user, data=data)
    assert exc.value.code == code and fragment in exc.value.detail
    resp = client_for(user).post(f"/l/disclosure/requests/{r.pk}/step/{name}/", data)
    assert resp.status_code == 409 and fragment in resp.content.decode()
    api = api_for(user).post(f"/api/disclosure/requests/{r.pk}/transitions/{name}", data, content_type="application/json")
    assert api.status_code == 409 and api.json()["code"] == code
    # then nothing changed
    assert (DisclosureRequest.history.filter(id=r.pk).count(), DisclosureRequest.objects.get(pk=r.pk).state) == before


def test_publish_before_formed_is_refused(item, tree, client_for):
    # given an item formed 2025-02-03
    i = item()
    # when published with an earlier date via the web form
    resp = client_for(tree.yi_operator).post(f"/l/disclosure/items/{i.pk}/step/publish/", {"published_on": "2025-02-01"})
    # then 409 and it stays unpublished
    assert resp.status_code == 409 and "不能早于" in resp.content.decode()
    assert type(i).objects.get(pk=i.pk).state == "formed"


def _answered(request_, go, arrived, replied, reply_type="public", applicant_type="natural", **followup):
    r = request_(arrived_on=arrived, applicant_type=applicant_type)
    if replied:
        go(r, "reply", replied_on=replied, reply_type=reply_type, reason="理由" if reply_type != "public" else "")
    if followup:
        go(r, "record_followup", **followup)
    return r


def test_rates_and_annual_tables_equal_hand_counts(request_, go, tree, client_for):
    d = dt.date
    # given 一镇 requests: one from Dec 2023 answered Jan 2024 (结转 in); in 2024: A public on time (natural),
    #   B withheld late (business), C unavailable (natural), D still open at year end (research);
    #   B leads to a 复议 that corrected it
    _answered(request_, go, d(2023, 12, 20), d(2024, 1, 10))
    _answered(request_, go, d(2024, 3, 4), d(2024, 3, 20))
    _answered(request_, go, d(2024, 5, 6), d(2024, 7, 1), "withheld_process", "business",
              followup_on="2024-08-01", reconsideration_result="corrected")
    _answered(request_, go, d(2024, 9, 2), d(2024, 9, 20), "unavailable_not_held")
    _answered(request_, go, d(2024, 12, 23), None, applicant_type="research")
    units = Unit.objects.filter(pk=tree.yi.pk)
    # then 按期答复率 (answered in 2024) = 3 on time ÷ 4 answered = 75.0
    v = compute("disclosure.on_time_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (3, 4, 75.0)
    assert compute("disclosure.overdue_replies", units, year=2024).value == 1
    # and 表三: 新收 4 (自然人 2, 商业企业 1, 科研机构 1); 上年结转 1; 办理结果 4; 结转下年 1; 1+4 = 4+1
    t = annual_tables(user=tree.yi_operator, units=units, year=2024)
    assert t["new"] == [2, 1, 1, 0, 0, 0, 4]
    assert t["carried_in"] == [1, 0, 0, 0, 0, 0, 1]
    assert t["total_done"][-1] == 4 and t["carried_out"][-1] == 1 and t["check_ok"]
    rows = dict(t["results"])
    assert rows["（一）予以公开"][-1] == 2
    assert rows["（三）不予公开 6.属于四类过程性信息"] == [0, 1, 0, 0, 0, 0, 1]
    assert rows["（四）无法提供 1.本机关不掌握相关政府信息"][-1] == 1
    # and 表四: one 复议, result corrected
    assert t["reconsideration"] == [0, 1, 0, 0, 1]
    # and the page and its Excel export work
    client = client_for(tree.yi_operator)
    page = client.get("/disclosure/annual-report/", {"year": 2024}).content.decode()
    assert "校验通过" in page and "未经官方原件核对" in page
    xlsx = client.get("/disclosure/annual-report/", {"year": 2024, "export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_proactive_rates(item, go, tree):
    # given three 2025 items: budget published in time, finance (audited) late, livelihood not yet published
    a = item(formed_on="2025-03-03")
    go(a, "publish", published_on="2025-03-10")
    b = item(title="一季度财务收支", category="finance", formed_on="2025-04-01", audited_before_publication="on")
    go(b, "publish", published_on="2025-05-20")
    item(title="低保名单", category="livelihood", topic="社会救助", formed_on="2025-06-02")
    units = Unit.objects.filter(pk=tree.yi.pk)
    # then 及时率 = 1 ÷ 2 published; 法定事项公开率 = 2 ÷ 3; 财务审计率 = 1 ÷ 1
    assert compute("disclosure.timely_publication_rate", units, year=2025).value == 50.0
    assert compute("disclosure.required_published_rate", units, year=2025).value == 66.7
    assert compute("disclosure.finance_audited_rate", units, year=2025).value == 100.0
    assert compute("disclosure.channels_used", units, year=2025).value == 1
