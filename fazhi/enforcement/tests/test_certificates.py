"""执法证: status on a day (expired, suspended, revoked, failed 年审), the steps, and expiry reminders."""

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.enforcement import samples
from fazhi.enforcement.models import AnnualReview
from fazhi.enforcement.services.certificates import officer_standing


def _status(officer, day):
    return officer_standing([officer], day)[0]


def test_status_follows_validity_suspension_and_revocation(tree, yi):
    cert = yi.a.certificates.get()
    assert _status(yi.a, dt.date(2019, 12, 31)).status == "not_yet"
    assert _status(yi.a, dt.date(2031, 1, 1)).label == "已过期"
    # suspended on 03-01, reinstated on 04-01: suspended only in between
    perform(obj=cert, name="suspend", user=tree.yi_operator, data={"on": "2025-03-01", "reason": "违纪调查"})
    perform(obj=cert, name="reinstate", user=tree.yi_operator, data={"on": "2025-04-01"})
    assert [_status(yi.a, dt.date(2025, m, 15)).status for m in (2, 3, 4)] == ["active", "suspended", "active"]
    # revoked from 06-01 on
    perform(obj=cert, name="revoke", user=tree.yi_leader, data={"on": "2025-06-01", "reason": "调离"})
    assert _status(yi.a, dt.date(2025, 5, 31)).valid and _status(yi.a, dt.date(2025, 6, 1)).status == "revoked"


def test_failed_annual_review_suspends_until_a_passed_one(tree, yi):
    cert = yi.a.certificates.get()
    for on, result in (("2025-03-01", "failed"), ("2025-05-01", "passed")):
        record_create(ledger=AnnualReview.ledger(), user=tree.yi_operator, unit=tree.yi, data={
            "certificate": cert.pk, "year": 2025, "reviewed_on": on, "result": result})
    assert [_status(yi.a, dt.date(2025, m, 10)).status for m in (2, 4, 6)] == ["active", "suspended", "active"]


def test_the_newest_certificate_speaks_for_an_officer_without_a_valid_one(tree, yi):
    # given an old expired certificate and a newer one that was revoked
    o = samples.officer(tree.yi, tree.yi_operator, body=yi.body, valid_from=dt.date(2015, 1, 1), valid_to=dt.date(2019, 12, 31))
    new = record_create(ledger=yi.a.certificates.model.ledger(), user=tree.yi_operator, unit=tree.yi, data={
        "officer": o.pk, "number": "NEW-1", "issuer": "市司法局", "action": "renewal", "issued_on": "2020-01-01",
        "valid_from": "2020-01-01", "valid_to": "2024-12-31"})
    perform(obj=new, name="revoke", user=tree.yi_operator, data={"on": "2022-01-01", "reason": "注销"})
    assert _status(o, dt.date(2023, 1, 1)).label == "吊销/注销"


def test_reinstatement_cannot_predate_suspension(tree, yi):
    cert = yi.a.certificates.get()
    perform(obj=cert, name="suspend", user=tree.yi_operator, data={"on": "2025-03-01", "reason": "违纪调查"})
    with pytest.raises(InvalidInput):
        perform(obj=cert, name="reinstate", user=tree.yi_operator, data={"on": "2025-02-01"})


def test_expiry_reminders_on_home_and_page(tree, yi, client_for):
    from fazhi.deadlines.services import today

    soon = samples.officer(tree.yi, tree.yi_operator, body=yi.body, valid_from=dt.date(2020, 1, 1),
                           valid_to=today() + dt.timedelta(days=20))
    page = client_for(tree.yi_operator).get("/").content.decode()
    assert "widget-certificates" in page and soon.name in page
    listing = client_for(tree.yi_operator).get("/enforcement/certificates/expiring/").content.decode()
    assert soon.name in listing and yi.a.name not in listing
    assert soon.name not in client_for(tree.er_operator).get("/enforcement/certificates/expiring/").content.decode()
