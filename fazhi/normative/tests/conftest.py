"""Fixtures of the 规范性文件 tests: 一镇 has a 制定主体 and is reviewed by 甲区司法局 (designated)."""

import datetime as dt

import pytest

from fazhi.core.services import record_create
from fazhi.core.workflow import perform


@pytest.fixture
def nt(tree):
    from fazhi.normative.models import IssuingBody, NormativeDocument, ReviewDesignation

    tree.body = record_create(ledger=IssuingBody.ledger(), user=tree.yi_operator, data={
        "name": "一镇人民政府", "issuer_word": "甲一府发", "is_active": "on"})
    tree.designation = record_create(ledger=ReviewDesignation.ledger(), user=tree.yi_operator, data={
        "reviewing_unit": tree.bureau.pk, "designated_by": "甲区人民政府", "effective_from": "2020-01-01"})
    tree.NormativeDocument = NormativeDocument
    return tree


def draft(t, *, title="农村人居环境整治奖补办法", user=None, **extra):
    from fazhi.normative.models import NormativeDocument
    from fazhi.normative.services import document_create

    data = {"issuing_body": t.body.pk, "title": title, "doc_kind": "measures", "comment_required": "",
            "comment_exempt_reason": "内部试行，无需征求意见", **extra}
    return document_create(ledger=NormativeDocument.ledger(), user=user or t.yi_operator, data=data)


START = dt.date(2024, 3, 4)  # a Monday with no holiday in the following three weeks


def walk(t, doc, to: str, *, start: dt.date = START):
    """Drive ``doc`` through the steps up to state ``to`` with plausible dates."""
    d = start
    order = ["review", "reviewed", "deliberated", "issued", "published", "filed"]
    steps = {
        "review": (t.yi_operator, "submit_review", {"submitted_on": d, "materials": "送审稿及说明", "drafter_opinion": "经审查合法"}),
        "reviewed": None,
        "deliberated": (t.yi_leader, "deliberate", {"deliberated_on": d + dt.timedelta(days=14), "meeting": "镇政府第3次常务会议", "outcome": "passed"}),
        "issued": (t.yi_operator, "issue", {"issued_on": d + dt.timedelta(days=15)}),
        "published": (t.yi_operator, "publish", {"published_on": d + dt.timedelta(days=16), "published_where": "政府网站"}),
        "filed": (t.yi_operator, "file", {"filed_on": d + dt.timedelta(days=20), "filed_with": "甲区人民政府"}),
    }
    for name in order[: order.index(to) + 1]:
        if name == "reviewed":
            review = doc.reviews.get(state="pending")
            perform(obj=review, name="give_opinion", user=t.bureau_reviewer, data=lawful(d + dt.timedelta(days=10)))
        else:
            user, step_name, data = steps[name]
            perform(obj=doc, name=step_name, user=user, data=data)
        doc.refresh_from_db()
    return doc


def lawful(on, **extra):
    from fazhi.normative.models.reviews import CONTENT_CHECKS

    data = {"opinion_on": on, "is_normative": "on", "opinion": "lawful", "opinion_text": "经审核，合法。"}
    data.update({name: "on" for name, _ in CONTENT_CHECKS})
    data.update(extra)
    return data
