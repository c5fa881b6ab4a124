"""Ledger declarations of 重大行政决策."""

from __future__ import annotations

from fazhi.core.ledgers import Ledger, register
from fazhi.org.choices import Role

from . import forms as f
from .models import (
    CatalogueItem, Consultation, DecisionCatalogue, DecisionParticipant, DecisionReview, ExpertOpinion, Hearing,
    MajorDecision, PublicOpinion, RiskAssessment,
)

GROUP = "重大行政决策"
ADMIN_ONLY = frozenset({Role.ADMIN})
# records created by a step of the decision (so that their statutory gate answers 409), not by hand
BY_STEP = {"create": ADMIN_ONLY, "import": ADMIN_ONLY}


def _create_child(parent_field):
    def create(**kw):
        from fazhi.normative.services import create_in_parent_unit

        return create_in_parent_unit(parent_field)(**kw)

    return create


def _decision(unit, user, started=True):
    from fazhi.core.services import record_create
    from fazhi.core.workflow import perform

    d = record_create(ledger=MajorDecision.ledger(), user=user, unit=unit, data={
        "title": "农村生活污水治理项目建设方案（样例）", "category": "project", "proposer_kind": "department",
        "proposer": "农业服务中心", "proposed_on": "2024-02-01", "proposal": "拟解决农村生活污水直排问题。", "needs_public": "on"})
    if started:
        d = perform(obj=d, name="start", user=user, data={"started_on": "2024-02-05", "start_basis": "镇长办公会议", "lead_unit": "农业服务中心"})
    return d


def _sample_catalogue(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=DecisionCatalogue.ledger(), user=user, unit=unit, data={"year": 2024, "title": "2024年度重大行政决策事项目录"})


def _sample_item(unit, user):
    return _create_child("catalogue")(ledger=CatalogueItem.ledger(), user=user, data={
        "catalogue": _sample_catalogue(unit, user).pk, "name": "集镇污水管网建设", "category": "project"})


def _sample_consultation(unit, user):
    from fazhi.core.workflow import perform

    d = perform(obj=_decision(unit, user), name="consult", user=user, data={
        "method": "forum", "channel": "村民代表座谈会", "start_on": "2024-03-01", "end_on": "2024-03-01"})
    return d.consultations.get()


def _sample_opinion(unit, user):
    return _create_child("consultation")(ledger=PublicOpinion.ledger(), user=user, data={
        "consultation": _sample_consultation(unit, user).pk, "received_on": "2024-03-01", "content": "管网应避开耕地。"})


def _sample_hearing(unit, user):
    from fazhi.core.workflow import perform

    d = perform(obj=_decision(unit, user), name="plan_hearing", user=user, data={
        "hearing_on": "2024-03-20", "place": "镇政府会议室", "notice_published_on": "2024-03-01",
        "participants_published_on": "2024-03-05", "materials_served_on": "2024-03-10"})
    return d.hearings.get()


def _sample_expert(unit, user):
    from fazhi.core.workflow import perform

    d = perform(obj=_decision(unit, user), name="add_expert", user=user, data={
        "expert_name": "王工", "organisation": "市政设计院", "given_on": "2024-03-12", "opinion": "方案可行。",
        "signed": "on", "no_direct_interest": "on"})
    return d.expertopinions.get()


def _sample_risk(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=RiskAssessment.ledger(), user=user, unit=unit, data={
        "subject": "集镇污水管网建设项目", "assessor": "承办单位", "assessed_on": "2024-03-15", "risk_level": "low"})


def _sample_review(unit, user):
    import datetime as dt

    d = _decision(unit, user)
    review = DecisionReview(unit=unit, decision=d, submitted_on=dt.date(2024, 4, 1), materials="决策草案", created_by=user)
    review._history_user = user
    review.save()
    return review


def _sample_participant(unit, user):
    return _create_child("decision")(ledger=DecisionParticipant.ledger(), user=user, data={
        "decision": _decision(unit, user, started=False).pk, "role": "drafter", "name": "李某", "post": "农业服务中心主任"})


register(Ledger(
    model=DecisionCatalogue, form=f.DecisionCatalogueForm, plural="catalogues", group=GROUP,
    detail_template="decisions/catalogue_detail.html",
    list_display=["year", "title", "state", "consented_on", "published_on"], filter_fields=["state"], search_fields=["title"],
    date_field="published_on", ordering=["-year", "-pk"], sample=_sample_catalogue,
))
register(Ledger(
    model=CatalogueItem, form=f.CatalogueItemForm, plural="catalogue-items", group=GROUP, create=_create_child("catalogue"),
    list_display=["catalogue", "name", "category", "lead_unit", "schedule"], filter_fields=["category"],
    search_fields=["name"], sample=_sample_item,
))
register(Ledger(
    model=MajorDecision, form=f.MajorDecisionForm, plural="decisions", group=GROUP,
    detail_template="decisions/decision_detail.html",
    list_display=["title", "category", "state", "proposed_on", "decided_on", "catalogue_item"],
    filter_fields=["state", "category"], search_fields=["title", "proposer", "lead_unit"],
    date_field="proposed_on", ordering=["-proposed_on", "-pk"], sample=_decision,
))
register(Ledger(
    model=Consultation, form=f.ConsultationForm, plural="consultations", group=GROUP, roles=BY_STEP,
    detail_template="decisions/consultation_detail.html",
    list_display=["decision", "method", "start_on", "end_on", "state", "participants"], filter_fields=["method", "state"],
    date_field="start_on", sample=_sample_consultation,
))
register(Ledger(
    model=PublicOpinion, form=f.PublicOpinionForm, plural="public-opinions", group=GROUP, create=_create_child("consultation"),
    list_display=["consultation", "received_on", "submitter", "adoption"], filter_fields=["adoption"],
    search_fields=["content"], date_field="received_on", sample=_sample_opinion,
))
register(Ledger(
    model=Hearing, form=f.HearingForm, plural="hearings", group=GROUP, roles=BY_STEP,
    list_display=["decision", "hearing_on", "place", "state", "participants", "record_signed"], filter_fields=["state"],
    date_field="hearing_on", sample=_sample_hearing,
))
register(Ledger(
    model=ExpertOpinion, form=f.ExpertOpinionForm, plural="experts", group=GROUP, roles=BY_STEP,
    list_display=["decision", "expert_name", "organisation", "given_on", "dissent", "signed"],
    search_fields=["expert_name", "organisation"], date_field="given_on", sample=_sample_expert,
))
register(Ledger(
    model=RiskAssessment, form=f.RiskAssessmentForm, plural="risk-assessments", group=GROUP,
    list_display=["subject", "decision", "assessor", "assessed_on", "risk_level", "state", "filed_on"],
    filter_fields=["risk_level", "state"], search_fields=["subject", "assessor"], date_field="assessed_on",
    sample=_sample_risk,
))
register(Ledger(
    model=DecisionReview, form=f.DecisionReviewForm, plural="reviews", group=GROUP,
    detail_template="decisions/review_detail.html",
    roles={"create": ADMIN_ONLY, "change": frozenset({Role.LEGAL_REVIEWER}), "import": ADMIN_ONLY, "void": ADMIN_ONLY},
    list_display=["decision", "round", "submitted_on", "min_due", "state", "opinion", "opinion_on"],
    filter_fields=["state", "opinion"], date_field="opinion_on", sample=_sample_review,
))
register(Ledger(
    model=DecisionParticipant, form=f.DecisionParticipantForm, plural="participants", group=GROUP,
    create=_create_child("decision"),
    list_display=["decision", "role", "name", "post", "position", "on"], filter_fields=["role", "position"],
    search_fields=["name", "decision__title"], date_field="on", sample=_sample_participant,
))

from . import services  # noqa: E402,F401  (registers the procedural steps; needs the ledgers above)
