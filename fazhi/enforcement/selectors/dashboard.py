"""Reads behind the pages and home widgets: alerts, certificate expiry, the 涉企 ledger, case panels."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Q

from fazhi.deadlines.services import today

from .. import conf
from ..choices import AV_KINDS, ENTERPRISE_PARTIES, AlertState, CaseState
from ..models import Case, Certificate, Officer, ProblemAlert
from ..services.cases import case_handlers, major_reasons
from ..services.certificates import officer_standing
from ..services.problems import PROBLEMS


def alerts_for(user, *, state: str = AlertState.OPEN, problem: str = ""):
    qs = ProblemAlert.objects.restrict(user).select_related("unit", "content_type")
    if state:
        qs = qs.filter(state=state)
    if problem:
        qs = qs.filter(problem=problem)
    return qs


def alert_summary(user) -> list[tuple[str, str, int]]:
    counts = Counter(alerts_for(user).values_list("problem", flat=True))
    return [(p.key, p.label, counts.get(p.key, 0)) for p in PROBLEMS.values()]


def problem_label(key: str) -> str:
    p = PROBLEMS.get(key)
    return p.label if p else key


@dataclass
class Expiry:
    officer: Officer
    certificate: Certificate
    days_left: int

    @property
    def revoked(self) -> bool:
        return self.certificate.revoked_on is not None


def certificates_expiring(user, on: dt.date | None = None) -> list[Expiry]:
    """Officers in post whose newest certificate expires within the warning period, has expired or was revoked."""
    on = on or today()
    horizon = on + dt.timedelta(days=int(conf.setting("certificate_warning_days")))
    officers = Officer.objects.restrict(user).live().filter(Q(left_on__isnull=True) | Q(left_on__gt=on))
    latest: dict[int, Certificate] = {}
    certs = (Certificate.objects.restrict(user).live().filter(officer__in=officers)
             .select_related("officer", "officer__unit").order_by("officer_id", "valid_from", "pk"))
    for cert in certs:
        latest[cert.officer_id] = cert
    out = [Expiry(c.officer, c, (c.valid_to - on).days) for c in latest.values()
           if c.valid_to <= horizon or (c.revoked_on and c.revoked_on <= on)]
    return sorted(out, key=lambda e: (not e.revoked, e.days_left))


@dataclass
class Enterprise:
    key: str
    name: str
    code: str
    cases: list = field(default_factory=list)

    @property
    def kinds(self) -> str:
        counts = Counter(c.get_kind_display() for c in self.cases)
        return "、".join(f"{k}{n}件" for k, n in counts.items())

    @property
    def bodies(self) -> str:
        return "、".join(sorted({c.body.name for c in self.cases}))

    @property
    def last(self):
        return max((c.registered_on for c in self.cases if c.registered_on), default=None)


def enterprise_ledger(user, *, year: int | None = None, q: str = "") -> list[Enterprise]:
    """涉企行政执法台账: every enterprise or 个体工商户 with the cases that concern it."""
    qs = (Case.objects.restrict(user).live().filter(party_type__in=list(ENTERPRISE_PARTIES))
          .exclude(state=CaseState.DRAFT).select_related("body", "unit").order_by("registered_on", "pk"))
    if year:
        qs = qs.filter(registered_on__year=year)
    if q:
        qs = qs.filter(Q(party_name__icontains=q) | Q(party_code__icontains=q))
    by_key: dict[str, Enterprise] = {}
    for case in qs:
        key = case.party_code or case.party_name
        ent = by_key.setdefault(key, Enterprise(key, case.party_name, case.party_code))
        ent.cases.append(case)
    return sorted(by_key.values(), key=lambda e: (-len(e.cases), e.name))


def case_panel(case: Case, user) -> dict:
    """What the case page shows beside its fields: 持证、重大、音像、期限、延期、记录、预警."""
    day = case.decided_on or case.registered_on or today()
    reasons = major_reasons(case)
    records = list(case.records.filter(is_void=False).order_by("recorded_on", "pk"))
    alerts = ProblemAlert.objects.restrict(user).filter(content_type__model="case", content_type__app_label="enforcement",
                                                        object_id=case.pk, state=AlertState.OPEN)
    return {
        "case": case, "standing_day": day, "standing": officer_standing(case.officers.all(), day),
        "major_reasons": reasons, "av_required": case.av_required,
        "av_present": any(r.kind in AV_KINDS for r in records), "records": records,
        "extensions": list(case.extensions.filter(is_void=False)),
        "alerts": [(problem_label(a.problem), a) for a in alerts],
        "reviewer_is_handler": bool(case.legal_reviewer_id and case.legal_reviewer_id in case_handlers(case)),
    }
