"""Dispute rates equal hand counts; the monthly report counts from the ledger and shows zero reports."""

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.disputes.models import Screening
from fazhi.disputes.selectors import monthly_report
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

pytestmark = pytest.mark.django_db


def _closed(new_dispute, step, received, started, closed, outcome, **kw):
    d = new_dispute(received_on=received, **kw.pop("create", {}))
    step(d, "start_mediation", started_on=started, method=kw.pop("method", "people"), parties_consent="on")
    if outcome == "resolved":
        step(d, "resolve", closed_on=closed, agreement_form="written", signed_and_sealed="on", agreement_amount=kw.pop("amount", ""))
        if kw.get("performance"):
            step(d, "record_performance", performed_on=closed, performance=kw.pop("performance"))
    else:
        step(d, "fail", closed_on=closed, route="litigation", remedies_told="on")
    if kw.get("satisfaction"):
        step(d, "follow_up", follow_up_on=closed, satisfaction=kw.pop("satisfaction"))
    return d


def test_rates_equal_hand_counts(new_dispute, step, tree):
    d = dt.date
    # given five 2024 disputes in 一镇 and its village:
    #   A resolved 5 days, 1000 元, performed, satisfied; B resolved 12 days, 2500 元, partial, basic;
    #   C failed 20 days, dissatisfied; D resolved 3 days by 诉调, no amount, unreachable; E still being mediated
    _closed(new_dispute, step, d(2024, 3, 1), d(2024, 3, 2), d(2024, 3, 6), "resolved", amount="1000", performance="full", satisfaction="satisfied")
    _closed(new_dispute, step, d(2024, 4, 1), d(2024, 4, 2), d(2024, 4, 13), "resolved", amount="2500", performance="partial", satisfaction="basic")
    _closed(new_dispute, step, d(2024, 5, 1), d(2024, 5, 2), d(2024, 5, 21), "failed", satisfaction="dissatisfied")
    _closed(new_dispute, step, d(2024, 6, 1), d(2024, 6, 1), d(2024, 6, 4), "resolved", satisfaction="unreachable",
            method="court")
    e = new_dispute(received_on="2024-07-01")
    step(e, "start_mediation", started_on="2024-07-01", method="police", parties_consent="on")
    units = Unit.objects.filter(path__startswith=tree.yi.path)
    # then 调解成功率 = 3 resolved ÷ 4 mediated = 75.0
    v = compute("disputes.success_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (3, 4, 75.0)
    # 协议金额 = 3500; 履行率 = 1 full ÷ 3 resolved = 33.3
    assert compute("disputes.agreement_amount", units, year=2024).value == 3500
    assert compute("disputes.performance_rate", units, year=2024).value == 33.3
    # 调解周期: (5 + 12 + 20 + 3) / 4 = 10.0 days average, 20 maximum
    assert compute("disputes.avg_cycle", units, year=2024).value == 10.0
    assert compute("disputes.max_cycle", units, year=2024).value == 20
    # 满意率 = (满意 + 基本满意) 2 ÷ 3 rated = 66.7; methods used: people, court, police = 3
    assert compute("disputes.satisfaction_rate", units, year=2024).value == 66.7
    assert compute("disputes.methods_used", units, year=2024).value == 3
    assert compute("disputes.screened", units, year=2024).value == 5


def test_monthly_report_counts_from_ledger_with_zero_and_missing_reports(new_dispute, tree):
    # given 一镇 screened in March 2024 and found two disputes (one high risk); its village screened and found none
    record_create(ledger=Screening.ledger(), user=tree.yi_operator, data={"year": 2024, "month": 3, "conducted_on": "2024-03-25", "participants": 6})
    record_create(ledger=Screening.ledger(), user=tree.yi_operator, unit=tree.yi_village,
                  data={"year": 2024, "month": 3, "conducted_on": "2024-03-20", "participants": 2})
    new_dispute(received_on="2024-03-05", risk_level="high")
    new_dispute(received_on="2024-03-18")
    new_dispute(received_on="2024-04-02")
    # when the March and April reports are built
    march = {r.unit.pk: r for r in monthly_report(user=tree.yi_operator, unit=tree.yi, year=2024, month=3)}
    april = {r.unit.pk: r for r in monthly_report(user=tree.yi_operator, unit=tree.yi, year=2024, month=4)}
    # then March: the town reported 2 found (1 high risk); the village is a zero report, not a gap
    assert (march[tree.yi.pk].found, march[tree.yi.pk].high_risk, march[tree.yi.pk].status) == (2, 1, "已报送")
    assert (march[tree.yi_village.pk].found, march[tree.yi_village.pk].status) == (0, "零报告")
    # and April has a dispute but no screening record: 未报送
    assert april[tree.yi.pk].status == "未报送" and april[tree.yi.pk].found == 1


def test_one_screening_per_unit_and_month(tree):
    # given March 2024 already screened
    data = {"year": 2024, "month": 3, "conducted_on": "2024-03-25", "participants": 6}
    record_create(ledger=Screening.ledger(), user=tree.yi_operator, data=data)
    # when it is entered a second time
    with pytest.raises(InvalidInput) as exc:
        record_create(ledger=Screening.ledger(), user=tree.yi_operator, data=data)
    # then the clerk is told to edit the first one
    assert "已登记过排查" in exc.value.detail


def test_monthly_page_and_export(tree, client_for, new_dispute):
    # given a dispute in March 2024
    new_dispute(received_on="2024-03-05")
    client = client_for(tree.yi_operator)
    # when the page and its Excel export are requested
    page = client.get("/disputes/monthly/", {"year": 2024, "month": 3})
    xlsx = client.get("/disputes/monthly/", {"year": 2024, "month": 3, "export": "xlsx"})
    # then the town row says 未报送 with one dispute found, and the export is a workbook
    assert page.status_code == 200 and "未报送" in page.content.decode()
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get("/disputes/stats/", {"year": 2024}).status_code == 200
