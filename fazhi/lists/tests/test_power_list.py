"""权责清单 changes: amended or removed only with a document (setting UNCONFIRMED), each change logged."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.settings_registry import set_setting
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.lists.models import PowerItem, PowerItemChange


@pytest.fixture
def item(tree):
    return record_create(ledger=PowerItem.ledger(), user=tree.yi_operator, data={
        "name": "对违法建设的处罚", "category": "penalty", "legal_basis": "城乡规划法第六十五条",
        "department": "综合行政执法办公室", "on_platform": True, "listed_on": dt.date(2024, 1, 5)})


CASES = [
    ("amend", {"changed_on": "2024-06-01", "doc_no": "", "summary": "依据修改"}, "document_required", "批准文件"),
    ("remove", {"removed_on": "2024-06-01", "doc_no": " ", "summary": "职能划转"}, "document_required", "擅自更改"),
    ("amend", {"changed_on": "2023-12-01", "doc_no": "一府发〔2024〕2号", "summary": "依据修改"}, "before_listed", "早于"),
]


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_through_the_service(tree, item, name, data, code, words):
    # when a change is made without a document, or dated before the item was listed
    with pytest.raises(GateRefused) as exc:
        perform(obj=item, name=name, user=tree.yi_operator, data=data)
    # then it is refused and neither the item nor the change log moves
    assert exc.value.code == code and words in exc.value.detail
    item.refresh_from_db()
    assert item.state == "active" and PowerItemChange.objects.count() == 0


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_on_the_web_form(tree, item, client_for, name, data, code, words):
    resp = client_for(tree.yi_operator).post(f"/l/lists/power-items/{item.pk}/step/{name}/", data)
    assert resp.status_code == 409 and words in resp.content.decode()
    item.refresh_from_db()
    assert item.state == "active" and PowerItemChange.objects.count() == 0


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_through_the_api(tree, item, api_for, name, data, code, words):
    resp = api_for(tree.yi_operator).post(f"/api/lists/power-items/{item.pk}/transitions/{name}", data,
                                          content_type="application/json")
    assert resp.status_code == 409
    assert resp.json()["code"] == code and words in resp.json()["detail"]
    assert PowerItemChange.objects.count() == 0


def test_changes_are_logged_and_unauthorized_ones_counted(tree, item):
    # given an amendment with a document
    perform(obj=item, name="amend", user=tree.yi_operator, data={
        "changed_on": "2024-06-01", "doc_no": "一府发〔2024〕9号", "summary": "依据修改",
        "legal_basis": "城乡规划法（2019年修正）第六十五条"})
    item.refresh_from_db()
    assert item.legal_basis.startswith("城乡规划法（2019年修正）")
    # when the (unconfirmed) document rule is switched off and an item is removed without one
    set_setting("lists.power_change_requires_document", False, note="测试")
    perform(obj=item, name="remove", user=tree.yi_operator, data={"removed_on": "2024-09-01", "summary": "擅自取消"})
    item.refresh_from_db()
    # then both changes are logged, the removal counts as 擅自更改, and the item leaves the list
    assert list(PowerItemChange.objects.order_by("pk").values_list("action", "authorized")) == [
        ("amended", True), ("removed", False)]
    assert compute("lists.unauthorized_power_changes", [tree.yi], year=2024).value == 1
    assert compute("lists.power_changes", [tree.yi], year=2024).value == 2
    assert item.state == "removed" and compute("lists.power_items", [tree.yi]).value == 0
    # and a removed item cannot be amended
    with pytest.raises(GateRefused) as exc:
        perform(obj=item, name="amend", user=tree.yi_operator, data={
            "changed_on": "2024-10-01", "doc_no": "x", "summary": "x"})
    assert exc.value.code == "transition_not_allowed"
