"""Ledger declarations of 行政规范性文件 (web pages, API, Excel, role grants come from here)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.ledgers import Ledger, register
from fazhi.org.choices import Role

from . import config  # noqa: F401  (declares the settings)
from . import forms as f
from .models import (
    CleanupItem, CleanupRound, CommentOpinion, Evaluation, IssuingBody, LegalityReview, NormativeDocument,
    ReviewDesignation,
)

GROUP = "行政规范性文件"
ADMIN_ONLY = frozenset({Role.ADMIN})


def _body(unit, user):
    from fazhi.core.services import record_create

    body = IssuingBody.objects.filter(unit=unit, is_void=False).first()
    return body or record_create(ledger=IssuingBody.ledger(), user=user, unit=unit, data={
        "name": f"{unit.name}", "issuer_word": f"{(unit.short_name or unit.name)[:4]}府发", "is_active": "on",
    })


def _sample_body(unit, user):
    return _body(unit, user)


def _sample_designation(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=ReviewDesignation.ledger(), user=user, unit=unit, data={
        "reviewing_unit": unit.pk, "designated_by": "本单位", "effective_from": "2024-01-01",
    })


def _sample_document(unit, user):
    from .services import document_create

    return document_create(ledger=NormativeDocument.ledger(), user=user, unit=unit, data={
        "issuing_body": _body(unit, user).pk, "title": "农村人居环境整治奖补办法（样例）", "doc_kind": "measures",
        "comment_required": "", "comment_exempt_reason": "样例",
    })


def _sample_opinion(unit, user):
    from fazhi.core.workflow import perform

    from .services import create_in_parent_unit

    doc = perform(obj=_sample_document(unit, user), name="open_comment", user=user, data={
        "comment_start": "2024-03-01", "comment_end": "2024-03-31", "comment_channel": "政府网站"})
    return create_in_parent_unit("document")(ledger=CommentOpinion.ledger(), user=user, data={
        "document": doc.pk, "received_on": "2024-03-05", "content": "建议提高奖补标准。"})


def _sample_review(unit, user):
    from .services import review_open

    return review_open(document=_sample_document(unit, user), reviewing_unit=unit, user=user,
                       submitted_on=dt.date(2024, 4, 1), materials="送审稿")


def _sample_round(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=CleanupRound.ledger(), user=user, unit=unit, data={
        "title": "2024年规范性文件定期清理", "kind": "regular", "started_on": "2024-06-01"})


def _legacy(unit, user):
    from fazhi.core.services import record_create

    body = _body(unit, user)
    n = NormativeDocument.objects.filter(unit=unit, issuer_word=body.issuer_word, doc_year=2018).count() + 1
    return record_create(ledger=NormativeDocument.ledger(), user=user, unit=unit, form_cls=f.LegacyDocumentForm, data={
        "issuing_body": body.pk, "title": f"存量文件样例{n}", "doc_kind": "measures",
        "doc_no_text": f"{body.issuer_word}〔2018〕{n}号", "issued_on": "2018-05-01", "published_on": "2018-05-03",
        "filed_on": "2018-05-20", "filed_with": "上一级人民政府", "reviewed": "on", "deliberated": "on", "status": "filed",
    })


def _sample_item(unit, user):
    from .services import create_in_parent_unit

    return create_in_parent_unit("round")(ledger=CleanupItem.ledger(), user=user, data={
        "round": _sample_round(unit, user).pk, "document": _legacy(unit, user).pk, "result": "valid"})


def _sample_evaluation(unit, user):
    from .services import create_in_parent_unit

    return create_in_parent_unit("document")(ledger=Evaluation.ledger(), user=user, data={
        "document": _legacy(unit, user).pk, "evaluated_on": "2024-09-01", "evaluator": "制定机关", "findings": "实施效果良好",
        "conclusion": "continue"})


def _create_document(*, form_cls=None, verb="create", label="起草登记", **kw):
    # the Excel import registers existing documents with their old numbers through its own form
    from fazhi.core.services import record_create

    from .services import document_create

    if form_cls is not None:
        return record_create(form_cls=form_cls, verb=verb, label=label, **kw)
    return document_create(**kw)


def _create_child(parent_field):
    def create(**kw):
        from .services import create_in_parent_unit

        return create_in_parent_unit(parent_field)(**kw)

    return create


register(Ledger(
    model=IssuingBody, form=f.IssuingBodyForm, plural="issuers", group=GROUP,
    list_display=["name", "issuer_word", "doc_kinds", "is_active"], search_fields=["name", "issuer_word"],
    sample=_sample_body,
))
register(Ledger(
    model=ReviewDesignation, form=f.ReviewDesignationForm, plural="review-bodies", group=GROUP,
    list_display=["reviewing_unit", "designated_by", "basis", "effective_from"], date_field="effective_from",
    sample=_sample_designation,
))
register(Ledger(
    model=NormativeDocument, form=f.NormativeDocumentForm, import_form=f.LegacyDocumentForm, plural="documents",
    group=GROUP, create=_create_document, detail_template="normative/document_detail.html",
    list_display=["doc_no", "title", "state", "issued_on", "published_on", "filed_on", "expires_on"],
    filter_fields=["state", "doc_kind", "market_related"], search_fields=["title", "doc_no", "summary"],
    date_field="issued_on", sample=_sample_document,
))
register(Ledger(
    model=CommentOpinion, form=f.CommentOpinionForm, plural="opinions", group=GROUP, create=_create_child("document"),
    list_display=["document", "received_on", "submitter", "adoption"], filter_fields=["adoption"],
    search_fields=["content", "submitter"], date_field="received_on", sample=_sample_opinion,
))
register(Ledger(
    model=LegalityReview, form=f.LegalityReviewForm, plural="reviews", group=GROUP,
    detail_template="normative/review_detail.html",
    # created only by 报送合法性审核; the reviewer keeps the record (its steps need the change grant)
    roles={"create": ADMIN_ONLY, "change": frozenset({Role.LEGAL_REVIEWER}), "import": ADMIN_ONLY, "void": ADMIN_ONLY},
    list_display=["document", "round", "submitted_on", "max_due", "state", "opinion", "opinion_on"],
    filter_fields=["state", "opinion"], search_fields=["document__title"], date_field="opinion_on",
    ordering=["-submitted_on", "-pk"], sample=_sample_review,
))
register(Ledger(
    model=CleanupRound, form=f.CleanupRoundForm, plural="cleanups", group=GROUP,
    detail_template="normative/round_detail.html",
    list_display=["title", "kind", "started_on", "state", "published_on"], filter_fields=["kind", "state"],
    search_fields=["title"], date_field="started_on", sample=_sample_round,
))
register(Ledger(
    model=CleanupItem, form=f.CleanupItemForm, plural="cleanup-items", group=GROUP, create=_create_child("round"),
    list_display=["round", "document", "title", "result"], filter_fields=["result"],
    search_fields=["title", "document__title"], sample=_sample_item,
))
register(Ledger(
    model=Evaluation, form=f.EvaluationForm, plural="evaluations", group=GROUP, create=_create_child("document"),
    list_display=["document", "evaluated_on", "evaluator", "conclusion"], filter_fields=["conclusion"],
    date_field="evaluated_on", sample=_sample_evaluation,
))

from . import services  # noqa: E402,F401  (registers the procedural steps; needs the ledgers above)
