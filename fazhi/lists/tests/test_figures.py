"""政务服务 rates and sums equal a hand count on a small fixture (seed 003's conventions)."""

import datetime as dt

from fazhi.core.services import record_create
from fazhi.indicators.registry import compute
from fazhi.lists.models import CertificationItem, EnterpriseSupport, FeeItem, PowerItem, ServiceItem, ServiceVolume


def _v(key, unit, year=2024):
    return compute(key, [unit], year=year)


def _item(user, **data):
    base = {"name": "事项", "kind": "license", "department": "部门", "listed_on": dt.date(2024, 1, 5)}
    return record_create(ledger=ServiceItem.ledger(), user=user, data={**base, **data})


def test_service_item_rates(tree):
    # given five 许可 items and one 公共服务 item of 一镇 (one 许可 item removed from the catalogue)
    op = tree.yi_operator
    _item(op, statutory_days=20, promised_days=5, in_hall=True, one_window=True, published_online=True, online=True,
          high_frequency=True, max_one_trip=True)
    _item(op, statutory_days=20, promised_days=6, in_hall=True, one_window=False, published_online=True, online=True)
    _item(op, statutory_days=10, promised_days=5, in_hall=False, sub_center="税务分中心", published_online=True)
    _item(op, statutory_days=None, promised_days=None, in_hall=True, one_window=True)
    _item(op, statutory_days=20, promised_days=2, in_hall=True, removed_on=dt.date(2024, 3, 1), published_online=True,
          online=True)
    _item(op, kind="public_service", published_online=True, online=True)
    # then: 4 许可 items in the catalogue, 3 in the hall (75%), 2 一窗 (50%),
    # online 3 of 4 published (75%), compression mean of (0.75, 0.70, 0.50) = 65%
    assert _v("lists.license_items", tree.yi).value == 4
    rate = _v("lists.license_in_hall_rate", tree.yi)
    assert (rate.numerator, rate.denominator, rate.value) == (3, 4, 75.0)
    assert _v("lists.one_window_rate", tree.yi).value == 50.0
    online = _v("lists.online_rate", tree.yi)
    assert (online.numerator, online.denominator, online.value) == (3, 4, 75.0)
    compression = _v("lists.time_compression", tree.yi)
    assert (compression.denominator, compression.value) == (3, 65.0)
    assert _v("lists.high_frequency_one_trip", tree.yi).value == 1


def test_lists_counts_and_sums(tree):
    op = tree.yi_operator
    # given certification items by category, power items on/off the platform, fees, volumes and payments
    for category, notify in (("license", True), ("license", False), ("public_service", True)):
        record_create(ledger=CertificationItem.ledger(), user=op, data={
            "name": "证明", "category": category, "notify_commit": notify, "source_list": "清单",
            "adopted_on": dt.date(2024, 1, 1)})
    for on_platform in (True, True, False):
        record_create(ledger=PowerItem.ledger(), user=op, data={
            "name": "权力", "category": "penalty", "legal_basis": "依据", "department": "科室", "on_platform": on_platform,
            "listed_on": dt.date(2024, 1, 1)})
    for reviewed in (True, False):
        record_create(ledger=FeeItem.ledger(), user=op, data={"name": "收费", "department": "部门", "basis": "依据",
                                                             "reviewed": reviewed})
    for month, count in ((1, 100), (2, 250)):
        record_create(ledger=ServiceVolume.ledger(), user=op, data={
            "month": dt.date(2024, month, 1), "metric": "joint_processing", "count": count, "source_system": "系统"})
    for name, amount in (("甲企业", "1000.50"), ("乙企业", "2000.00"), ("甲企业", "500.00")):
        record_create(ledger=EnterpriseSupport.ledger(), user=op, data={
            "kind": "job_subsidy", "beneficiary": name, "beneficiary_type": "sme", "amount": amount,
            "paid_on": dt.date(2024, 5, 1)})
    # then each figure is the hand count
    assert _v("lists.certification_items", tree.yi).value == 3
    assert _v("lists.certification_items_license", tree.yi).value == 2
    assert _v("lists.certification_notify_commit", tree.yi).value == 2
    assert _v("lists.power_items_on_platform_rate", tree.yi).value == 66.7
    assert _v("lists.fee_review_rate", tree.yi).value == 50.0
    assert _v("lists.volume_joint_processing", tree.yi).value == 350
    assert _v("lists.job_subsidy_beneficiaries", tree.yi).value == 2
    assert _v("lists.job_subsidy_amount", tree.yi).value == 3500.5
