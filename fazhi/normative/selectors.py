"""Reads of the 规范性文件 ledgers: who reviews, the latest opinion, the public list, reminders."""

from __future__ import annotations

import calendar
import datetime as dt

from django.db.models import Q

from fazhi.core.settings_registry import get_setting
from fazhi.org.choices import Role
from fazhi.org.models import Unit, User

from .choices import IN_FORCE, DocState, ReviewState, Validity
from .models import LegalityReview, NormativeDocument, ReviewDesignation


def designation_current(unit: Unit, on: dt.date | None = None) -> ReviewDesignation | None:
    """The 合法性审核机构 record in force for ``unit`` on ``on`` (latest 起用日期 not after it)."""
    qs = ReviewDesignation.objects.live().filter(unit=unit)
    if on is not None:
        qs = qs.filter(effective_from__lte=on)
    return qs.order_by("-effective_from", "-pk").first()


def reviewing_unit_for(unit: Unit, on: dt.date | None = None) -> Unit | None:
    """Who reviews ``unit``'s documents and decisions (国办发〔2018〕115号（四）).

    A designation wins; without one the unit reviews itself, which needs a 法制审核员 of its own.
    None means nobody can review: the submission is refused.
    """
    designation = designation_current(unit, on)
    if designation is not None:
        return designation.reviewing_unit
    # a unit has a handful of users; checking the JSON role list in Python works on every database
    has_reviewer = any(Role.LEGAL_REVIEWER in (u.roles or []) for u in User.objects.filter(unit=unit, is_active=True))
    return unit if has_reviewer else None


def review_latest(document: NormativeDocument) -> LegalityReview | None:
    return document.reviews.filter(is_void=False).exclude(state=ReviewState.WITHDRAWN).order_by("-round", "-pk").first()


def reviews_for_document(document: NormativeDocument):
    """The review requests of a document the user may already see (its package and opinions)."""
    return document.reviews.select_related("unit", "reviewer").order_by("round", "pk")


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def validity_of(doc: NormativeDocument, on: dt.date) -> str:
    """现行有效 / 即将届满 / 已届满 / 已废止 / 已失效 — computed for the public list, never stored."""
    if doc.state == DocState.REPEALED:
        return Validity.REPEALED
    if doc.state == DocState.EXPIRED:
        return Validity.EXPIRED
    if doc.effective_on and doc.effective_on > on:
        return Validity.NOT_YET
    if doc.expires_on:
        if doc.expires_on < on:
            return Validity.LAPSED
        if doc.expires_on <= add_months(on, int(get_setting("normative.expiry_reminder_months"))):
            return Validity.EXPIRING
    return Validity.IN_FORCE


def catalogue_for(user, *, on: dt.date, unit=None, year: int | None = None):
    """规范性文件目录: every issued document the user may see, with its validity today."""
    qs = (NormativeDocument.objects.restrict(user, "view").live()
          .filter(state__in=[*IN_FORCE, DocState.REPEALED, DocState.EXPIRED])
          .select_related("unit", "issuing_body").order_by("unit__path", "-issued_on", "-doc_serial"))
    if unit is not None:
        qs = qs.filter(unit=unit)
    if year:
        qs = qs.filter(issued_on__year=year)
    return [(d, Validity(validity_of(d, on))) for d in qs]


def documents_expiring(user, *, on: dt.date):
    """In force and reaching the end of their 有效期 within the reminder window (or already past it)."""
    horizon = add_months(on, int(get_setting("normative.expiry_reminder_months")))
    return (NormativeDocument.objects.restrict(user, "view").live().filter(state__in=IN_FORCE)
            .filter(expires_on__isnull=False, expires_on__lte=horizon).select_related("unit").order_by("expires_on"))


def reviews_pending_for(user):
    return LegalityReview.objects.restrict(user, "view").live().filter(state=ReviewState.PENDING) \
        .select_related("document", "document__unit").order_by("max_due")


def documents_without_lawful_review(qs):
    """Deliberated although no passed legality review is recorded (the zero-claim of 115号（七））."""
    return qs.filter(deliberated_on__isnull=False).filter(Q(review_passed_on__isnull=True))
