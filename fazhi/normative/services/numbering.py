"""统一编号: sequential, gap-free per unit, 发文字号代字 and year, never reused (statutes.md §3.2 “三统一”).

The counter row is locked with ``select_for_update()`` inside the 印发 step's transaction, so two
documents issued at the same moment get consecutive numbers. It never moves back: voiding a
numbered document leaves its number used. Legacy documents registered with their old numbers
count as used too, so the counter continues above the highest number on record.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Max

from ..models import DocNumberCounter, NormativeDocument


def doc_number_format(issuer_word: str, year: int, serial: int) -> str:
    # 〔〕 are the 六角括号 (GLOSSARY: not 【】 or [])
    return f"{issuer_word}〔{year}〕{serial}号"


def _counter_locked(unit, issuer_word: str, year: int) -> DocNumberCounter:
    lookup = {"unit": unit, "issuer_word": issuer_word, "year": year}
    counter = DocNumberCounter.objects.select_for_update().filter(**lookup).first()
    if counter is not None:
        return counter
    try:
        with transaction.atomic():  # a savepoint: another clerk may create the row at the same moment
            DocNumberCounter.objects.create(**lookup)
    except IntegrityError:
        pass
    return DocNumberCounter.objects.select_for_update().get(**lookup)


def doc_number_take(*, unit, issuer_word: str, year: int) -> tuple[int, str]:
    """Reserve the next number; must run inside the caller's transaction (the 印发 step)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("doc_number_take must run inside the issuing transaction")
    counter = _counter_locked(unit, issuer_word, year)
    # integrity read, not a user read: every document of the unit counts, voided ones included
    on_record = NormativeDocument.objects.filter(unit=unit, issuer_word=issuer_word, doc_year=year) \
        .aggregate(m=Max("doc_serial"))["m"] or 0
    serial = max(counter.last_serial, on_record) + 1
    counter.last_serial = serial
    counter.save(update_fields=["last_serial"])
    return serial, doc_number_format(issuer_word, year, serial)
