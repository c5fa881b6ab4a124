"""History with the acting user for edits and steps; no user-facing delete path anywhere."""

from django.contrib import admin
from django.urls import get_resolver

from fazhi.audit.services import timeline_for
from fazhi.core.ledgers import LEDGERS
from fazhi.core.tests.test_scoping import _activity


def test_a_web_edit_leaves_a_version_with_the_acting_user(tree, client_for):
    a = _activity(tree.yi_operator)
    client = client_for(tree.yi_leader)
    data = {"held_on": "2025-03-15", "title": "改名后的宣传", "venue_type": "village", "audience": "farmers",
            "attendance": 42, "materials": 0, "boards": 0, "vehicles": 0, "consultations": 0}
    r = client.post(f"/l/publicity/activities/{a.pk}/edit/", data)
    assert r.status_code == 302
    latest = a.history.first()
    assert latest.history_user == tree.yi_leader and latest.title == "改名后的宣传"
    assert a.history.last().history_user == tree.yi_operator  # the creation
    assert [e.verb for e in timeline_for(a)] == ["create", "update"]
    page = client.get(f"/l/publicity/activities/{a.pk}/").content.decode()
    assert "参与人次：10 → 42" in page


def test_void_keeps_the_record_visible_and_out_of_figures(tree, client_for):
    from fazhi.indicators.registry import compute

    a = _activity(tree.yi_operator)
    _activity(tree.yi_operator, title="第二场")
    client = client_for(tree.yi_operator)
    assert compute("publicity.activities", [tree.yi], year=2025).value == 2
    r = client.post(f"/l/publicity/activities/{a.pk}/void/", {"reason": "重复登记"})
    assert r.status_code == 302
    assert compute("publicity.activities", [tree.yi], year=2025).value == 1
    page = client.get(f"/l/publicity/activities/{a.pk}/").content.decode()
    assert "重复登记" in page and "不再计入任何统计" in page
    assert a.history.first().history_user == tree.yi_operator and a.history.first().is_void


def test_void_without_reason_is_refused_on_the_web(tree, client_for):
    a = _activity(tree.yi_operator)
    r = client_for(tree.yi_operator).post(f"/l/publicity/activities/{a.pk}/void/", {"reason": "  "})
    assert r.status_code == 422 and "作废必须填写原因" in r.content.decode()
    a.refresh_from_db()
    assert not a.is_void


def test_no_user_facing_delete_path_exists(tree, client):
    # no URL is named or routed as a delete
    for p in get_resolver().url_patterns:
        assert "delete" not in str(getattr(p, "name", "") or "")
    client.force_login(tree.admin)
    for path, ops in client.get("/api/openapi.json").json()["paths"].items():
        assert "delete" not in ops, path
    # the admin refuses deletion of every ledger model, even for a superuser
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = tree.admin
    for ledger in LEDGERS.values():
        model_admin = admin.site._registry.get(ledger.model)
        assert model_admin is not None, f"{ledger.key} 未在系统管理中登记"
        assert not model_admin.has_delete_permission(request), ledger.key
