import datetime as dt

from fazhi.core.ledgers import Ledger, register

from .forms import DisputeForm, IncidentForm, MediationBodyForm, MediatorForm, MediatorTrainingForm, ScreeningForm
from .models import Dispute, Incident, MediationBody, Mediator, MediatorTraining, Screening

GROUP = "信访与矛盾纠纷"


def _create(model, unit, user, data):
    from fazhi.core.services import record_create

    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


def _sample_dispute(unit, user):
    return _create(Dispute, unit, user, {"received_on": dt.date(2024, 4, 2), "source": "screening", "dispute_type": "neighbour",
                                         "risk_level": "low", "parties": "张某、李某", "party_count": 2, "summary": "相邻通行纠纷"})


def _sample_screening(unit, user):
    return _create(Screening, unit, user, {"year": 2024, "month": 4, "conducted_on": dt.date(2024, 4, 25), "participants": 6})


register(Ledger(
    model=Dispute, form=DisputeForm, plural="disputes", group=GROUP,
    list_display=["received_on", "dispute_type", "parties", "risk_level", "source", "method", "state", "agreement_amount"],
    filter_fields=["dispute_type", "risk_level", "source", "method", "state", "is_legacy", "special_field", "performance"],
    search_fields=["parties", "summary"], date_field="received_on", ordering=["-received_on", "-pk"],
    detail_template="disputes/dispute_detail.html", sample=_sample_dispute,
))
register(Ledger(
    model=Screening, form=ScreeningForm, plural="screenings", group=GROUP,
    list_display=["year", "month", "conducted_on", "lead", "participants", "households_visited", "analysis_meeting_on"],
    filter_fields=["year", "month"], search_fields=["lead", "note"], date_field="conducted_on",
    ordering=["-year", "-month", "-pk"], sample=_sample_screening,
))
register(Ledger(
    model=Mediator, form=MediatorForm, plural="mediators", group=GROUP,
    list_display=["name", "kind", "source_group", "organisation", "is_legal_literate", "is_active"],
    filter_fields=["kind", "source_group", "is_legal_literate", "is_active"], search_fields=["name", "organisation"],
    date_field="appointed_on", ordering=["name", "pk"],
    sample=lambda unit, user: _create(Mediator, unit, user, {"name": "周某", "kind": "part_time", "source_group": "elder", "is_active": "on"}),
))
register(Ledger(
    model=MediatorTraining, form=MediatorTrainingForm, plural="trainings", group=GROUP,
    list_display=["held_on", "title", "organiser", "attendees", "hours"], search_fields=["title", "organiser"],
    date_field="held_on", ordering=["-held_on", "-pk"],
    sample=lambda unit, user: _create(MediatorTraining, unit, user, {"held_on": dt.date(2024, 5, 8), "title": "人民调解员业务培训", "attendees": 30, "hours": "4"}),
))
register(Ledger(
    model=MediationBody, form=MediationBodyForm, plural="bodies", group=GROUP,
    list_display=["kind", "name", "established_on", "head", "members"], filter_fields=["kind"], search_fields=["name", "members"],
    date_field="established_on", ordering=["kind", "name"],
    sample=lambda unit, user: _create(MediationBody, unit, user, {"kind": "committee", "name": "镇人民调解委员会"}),
))
register(Ledger(
    model=Incident, form=IncidentForm, plural="incidents", group=GROUP,
    list_display=["occurred_on", "kind", "impact", "cause", "people"], filter_fields=["kind", "impact", "cause"],
    search_fields=["summary"], date_field="occurred_on", ordering=["-occurred_on", "-pk"],
    sample=lambda unit, user: _create(Incident, unit, user, {"occurred_on": dt.date(2024, 6, 1), "kind": "mass_petition", "impact": "local", "cause": "other", "people": 12, "summary": "欠薪集体反映"}),
))

from . import services  # noqa: E402,F401  (registers the procedural steps)
