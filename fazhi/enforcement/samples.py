"""Small valid records made through the services — the ledgers' ``sample`` and the tests' building blocks."""

from __future__ import annotations

import datetime as dt
import itertools

from fazhi.core.services import record_create
from fazhi.core.workflow import perform

_seq = itertools.count(1)


def _n() -> int:
    return next(_seq)


def body(unit, user, **over):
    from .models import Body

    data = {"name": f"综合行政执法办公室{_n()}", "kind": "township_office", "field": "comprehensive", "tier": "township",
            "staffing_quota": 6, "is_active": "on", **over}
    return record_create(ledger=Body.ledger(), user=user, unit=unit, data=data)


def officer(unit, user, *, body=None, certified=True, valid_from=dt.date(2020, 1, 1), valid_to=dt.date(2030, 12, 31),
            account=None, **over):
    from .models import Certificate, Officer

    n = _n()
    data = {"name": f"执法员{n}", "code": f"ZF{n:05d}", "role": "enforcement", "in_inspector_pool": "on",
            "body": body.pk if body else "", "user": account.pk if account else "", **over}
    o = record_create(ledger=Officer.ledger(), user=user, unit=unit, data=data)
    if certified:
        record_create(ledger=Certificate.ledger(), user=user, unit=unit, data={
            "officer": o.pk, "number": f"500000{n:08d}", "issuer": "重庆市司法局", "action": "new",
            "issued_on": valid_from.isoformat(), "valid_from": valid_from.isoformat(), "valid_to": valid_to.isoformat(),
        })
    return o


def case(unit, user, *, officers=None, **over):
    from .models import Case

    b = over.pop("body", None) or body(unit, user)
    officers = officers if officers is not None else [officer(unit, user, body=b), officer(unit, user, body=b)]
    n = _n()
    data = {"case_no": f"执法〔2025〕{n}号", "kind": "penalty", "procedure": "ordinary", "body": b.pk,
            "cause": "未取得许可从事经营", "party_name": f"示例商贸有限公司{n}", "party_type": "enterprise",
            "party_code": f"91500000MA{n:08d}", "officers": [o.pk for o in officers], "publish_required": "on", **over}
    return record_create(ledger=Case.ledger(), user=user, unit=unit, data=data)


def case_on_spot(unit, user, *, on=dt.date(2025, 3, 3), **over):
    c = case(unit, user, procedure="simple", party_type="person", party_name="张某", party_code="", **over)
    return perform(obj=c, name="decide_on_spot", user=user, data={
        "decided_on": on.isoformat(), "decision_no": f"当场〔2025〕{_n()}号", "penalty_content": "警告",
        "discretion_standard": "本市裁量基准第3项", "discretion_level": "ordinary",
    })


def case_record(unit, user, **over):
    from .models import CaseRecord

    c = over.pop("case", None) or case(unit, user)
    from .services.records import case_record_create

    data = {"case": c.pk, "stage": "investigation", "kind": "video", "title": "现场检查录像",
            "recorded_on": "2025-03-03", "reference": "执法记录仪 A01/20250303-01", **over}
    return case_record_create(ledger=CaseRecord.ledger(), user=user, data=data)


def target(unit, user, **over):
    from .models import Target

    n = _n()
    data = {"name": f"示例企业{n}", "code": f"91500000TG{n:08d}", "kind": "enterprise", "field": "market",
            "risk_level": "low", "is_active": "on", **over}
    return record_create(ledger=Target.ledger(), user=user, unit=unit, data=data)


def check_item(unit, user, b, **over):
    from .models import CheckItem

    return record_create(ledger=CheckItem.ledger(), user=user, unit=unit, data={
        "name": "食品经营许可情况检查", "category": "general", "body": b.pk, "basis": "食品安全法第一百一十条", **over})


def plan(unit, user, *, b=None, **over):
    from .models import RandomPlan

    b = b or body(unit, user)
    item = check_item(unit, user, b)
    data = {"title": f"食品经营双随机抽查{_n()}", "year": 2025, "body": b.pk, "items": [item.pk], "ratio": "50",
            "per_target": 2, "start_on": "2025-04-01", "end_on": "2025-06-30", **over}
    return record_create(ledger=RandomPlan.ledger(), user=user, unit=unit, data=data)


def drawn_plan(unit, user, *, targets=4, inspectors=3, seed="sample-seed"):
    b = body(unit, user)
    for _ in range(inspectors):
        officer(unit, user, body=b)
    for _ in range(targets):
        target(unit, user)
    p = plan(unit, user, b=b)
    return perform(obj=p, name="draw", user=user, data={"drawn_on": "2025-04-02", "seed": seed})


def random_check(unit, user):
    p = drawn_plan(unit, user)
    return p.checks.order_by("rank").first()


def template(unit, user, *, publish=True, items=(("A1", "主体合法", 40), ("B1", "程序合法", 60))):
    from .models import ReviewItem, ReviewTemplate
    from .services.reviews import review_item_create

    t = record_create(ledger=ReviewTemplate.ledger(), user=user, unit=unit,
                      data={"year": 2025, "version": _n(), "name": "行政处罚案卷评查标准"})
    for code, cat, pts in items:
        review_item_create(ledger=ReviewItem.ledger(), user=user, unit=unit, data={
            "template": t.pk, "code": code, "category": cat, "description": f"{cat}情况", "points": pts})
    if publish:
        t = perform(obj=t, name="publish_template", user=user, data={"published_on": "2025-01-10"})
    return t


def review_item(unit, user):
    t = template(unit, user, publish=False)
    return t.items.first()


def review_batch(unit, user, **over):
    from .models import CaseFileReview

    t = over.pop("template", None) or template(unit, user)
    data = {"year": 2025, "title": f"2025年案卷评查{_n()}", "template": t.pk, "sampling": "random", "sample_size": 2,
            "period_start": "2025-01-01", "period_end": "2025-12-31", **over}
    return record_create(ledger=CaseFileReview.ledger(), user=user, unit=unit, data=data)


def reviewed_case(unit, user):
    case_on_spot(unit, user)
    batch = perform(obj=review_batch(unit, user), name="sample", user=user,
                    data={"sampled_on": "2025-11-01", "seed": "s"})
    return batch.reviewed_cases.first()


def recusal(unit, user):
    from .models import Recusal

    return record_create(ledger=Recusal.ledger(), user=user, unit=unit, data={
        "officer": officer(unit, user).pk, "target": target(unit, user).pk, "reason": "近亲属在该企业任职",
        "declared_on": "2025-03-01"})
