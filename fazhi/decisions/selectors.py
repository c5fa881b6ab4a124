"""Reads of 重大行政决策: the five-procedure checklist, the latest review, the overview list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .choices import ConsultMethod, ConsultState, HearingState, Procedure
from .models import DecisionReview, MajorDecision

STATUTE = {
    Procedure.PUBLIC: "条例第14—18条",
    Procedure.EXPERT: "条例第19—21条",
    Procedure.RISK: "条例第22—24条",
    Procedure.LEGALITY: "条例第25—28条",
    Procedure.COLLECTIVE: "条例第30条",
    Procedure.HEARING: "条例第16—17条",
}


@dataclass
class CheckRow:
    key: str
    label: str
    required: bool
    status: str          # done | waived | pending | not_required
    on: date | None
    detail: str
    statute: str

    @property
    def status_label(self) -> str:
        return {"done": "已完成", "waived": "依法不履行", "pending": "未完成", "not_required": "不需要"}[self.status]


def review_latest(decision: MajorDecision) -> DecisionReview | None:
    return decision.reviews.filter(is_void=False, round=decision.round).order_by("-pk").first()


def legality_passed_on(decision: MajorDecision) -> date | None:
    """The date the draft passed review in the current round: 合法, or 应当予以修改 and then revised."""
    return decision.review_passed_on


def _row(key, required, waiver, done_on, detail) -> CheckRow:
    if done_on:
        status = "done"
    elif waiver:
        status, detail = "waived", waiver
    elif required:
        status = "pending"
    else:
        status = "not_required"
    return CheckRow(key, Procedure(key).label, required, status, done_on, detail, STATUTE[key])


def decision_checklist(decision: MajorDecision) -> list[CheckRow]:
    """Which of the five mandatory procedures (and a required hearing) are done, with dates."""
    rnd = decision.round
    consults = [c for c in decision.consultations.filter(is_void=False, round=rnd, state=ConsultState.CLOSED)]
    public_on = max((c.closed_on for c in consults), default=None)
    experts = list(decision.expertopinions.filter(is_void=False, round=rnd, signed=True, no_direct_interest=True))
    expert_on = max((e.given_on for e in experts), default=None)
    risks = list(decision.riskassessments.filter(is_void=False))
    risk_on = max((r.assessed_on for r in risks), default=None)
    hearings = list(decision.hearings.filter(is_void=False, round=rnd, state=HearingState.HELD, record_signed=True))
    hearing_on = max((h.hearing_on for h in hearings), default=None)
    review = review_latest(decision)
    passed = legality_passed_on(decision)
    rows = [
        _row(Procedure.PUBLIC, decision.needs_public, decision.public_waiver, public_on,
             f"{len(consults)} 次，{sum(c.participants for c in consults)} 人次" if consults else ""),
        _row(Procedure.EXPERT, decision.needs_expert, decision.expert_waiver, expert_on,
             f"{len(experts)} 位专家签字意见" if experts else ""),
        _row(Procedure.RISK, decision.needs_risk, decision.risk_waiver, risk_on,
             "、".join(r.get_risk_level_display() for r in risks)),
        _row(Procedure.LEGALITY, True, "", passed,
             f"{review.get_opinion_display() or review.get_state_display()}（{review.unit}）" if review else ""),
        _row(Procedure.COLLECTIVE, True, "", decision.decided_on,
             f"{decision.meeting_name}：{decision.get_outcome_display()}" if decision.decided_on else ""),
    ]
    if decision.needs_hearing or hearings or decision.hearing_waiver:
        rows.insert(1, _row(Procedure.HEARING, decision.needs_hearing, decision.hearing_waiver, hearing_on,
                            f"{len(hearings)} 次" if hearings else ""))
    return rows


def published_draft_consultations(decision: MajorDecision):
    return decision.consultations.filter(is_void=False, method=ConsultMethod.PUBLISHED_DRAFT)


def decision_overview(user, *, year: int | None = None):
    """Every decision the user may see with its checklist (the 决策程序一览 page)."""
    qs = MajorDecision.objects.restrict(user, "view").live().select_related("unit", "catalogue_item")
    if year:
        qs = qs.filter(proposed_on__year=year)
    return [(d, decision_checklist(d)) for d in qs.order_by("unit__path", "-proposed_on")]
