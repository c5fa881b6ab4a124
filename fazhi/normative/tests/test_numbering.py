"""统一编号: sequential per unit, 代字 and year; gap-free; never reused, even after a void."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_void
from fazhi.core.workflow import perform
from fazhi.normative.models import DocNumberCounter

from .conftest import draft, walk


def _issue(t, doc, on=dt.date(2024, 3, 20)):
    return perform(obj=doc, name="issue", user=t.yi_operator, data={"issued_on": on})


def test_numbers_run_per_word_and_year_and_a_voided_number_is_never_reused(nt):
    # given three documents ready to issue in 2024
    docs = [walk(nt, draft(nt, title=f"办法{i}"), "deliberated") for i in range(3)]
    # when the first two are issued
    first, second = _issue(nt, docs[0]), _issue(nt, docs[1])
    # then they get 1 and 2 with the 六角括号 format
    assert (first.doc_serial, second.doc_serial) == (1, 2)
    assert first.doc_no == "甲一府发〔2024〕1号"
    # when the second is voided and the third issued
    record_void(user=nt.yi_operator, obj=second, reason="印发后发现错误，作废重发")
    third = _issue(nt, docs[2])
    # then the third gets 3: number 2 stays used by the voided document
    assert third.doc_no == "甲一府发〔2024〕3号"
    assert DocNumberCounter.objects.get(unit=nt.yi, issuer_word="甲一府发", year=2024).last_serial == 3


def test_a_new_year_starts_again_at_one(nt):
    # given one document issued in 2024 and one in 2025
    a = _issue(nt, walk(nt, draft(nt), "deliberated"))
    b = _issue(nt, walk(nt, draft(nt, title="办法二"), "deliberated"), on=dt.date(2025, 1, 6))
    # then each year has its own sequence
    assert (a.doc_no, b.doc_no) == ("甲一府发〔2024〕1号", "甲一府发〔2025〕1号")


def test_a_double_issue_attempt_from_a_stale_copy_is_refused_and_takes_no_number(nt):
    # given two clerks holding the same deliberated document in memory
    doc = walk(nt, draft(nt), "deliberated")
    clerk_a = nt.NormativeDocument.objects.get(pk=doc.pk)
    clerk_b = nt.NormativeDocument.objects.get(pk=doc.pk)
    # when clerk A issues it
    _issue(nt, clerk_a)
    # then clerk B's attempt (stale copy still says 待印发) is re-read under the row lock and refused
    with pytest.raises(GateRefused) as exc:
        _issue(nt, clerk_b)
    assert exc.value.code == "not_deliberated"
    # and no number was consumed by the refused attempt
    assert DocNumberCounter.objects.get(unit=nt.yi, year=2024).last_serial == 1
    nxt = _issue(nt, walk(nt, draft(nt, title="下一件"), "deliberated"))
    assert nxt.doc_serial == 2


def test_sibling_townships_number_independently(nt):
    # given 二镇 uses the same 代字 by mistake
    from fazhi.core.services import record_create
    from fazhi.normative.models import IssuingBody, ReviewDesignation

    body = record_create(ledger=IssuingBody.ledger(), user=nt.er_operator, data={"name": "二镇人民政府", "issuer_word": "甲一府发", "is_active": "on"})
    record_create(ledger=ReviewDesignation.ledger(), user=nt.er_operator, data={
        "reviewing_unit": nt.bureau.pk, "effective_from": "2020-01-01"})
    _issue(nt, walk(nt, draft(nt), "deliberated"))
    doc = draft(nt, user=nt.er_operator, issuing_body=body.pk)
    perform(obj=doc, name="submit_review", user=nt.er_operator, data={"submitted_on": "2024-03-04", "materials": "m", "drafter_opinion": "o"})
    from .conftest import lawful

    perform(obj=doc.reviews.get(), name="give_opinion", user=nt.bureau_reviewer, data=lawful("2024-03-14"))
    perform(obj=doc, name="deliberate", user=nt.er_leader, data={"deliberated_on": "2024-03-18", "meeting": "m", "outcome": "passed"})
    # when 二镇 issues
    doc = perform(obj=doc, name="issue", user=nt.er_operator, data={"issued_on": "2024-03-20"})
    # then its sequence is its own
    assert doc.doc_serial == 1


def test_the_database_refuses_a_duplicate_number(nt):
    # given an issued document
    doc = _issue(nt, walk(nt, draft(nt), "deliberated"))
    other = draft(nt, title="另一件")
    # when a raw write tries to give its number to another document
    other.issuer_word, other.doc_year, other.doc_serial = doc.issuer_word, doc.doc_year, doc.doc_serial
    # then the unique constraint refuses it
    with pytest.raises(IntegrityError), transaction.atomic():
        other.save()
