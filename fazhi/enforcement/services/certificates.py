"""持证上岗: who may act on a given day (行政处罚法（2021）第四十二条、第五十五条; statutes.md §4.5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from ..choices import CertificateStatus
from ..forms.bodies import CertificateReinstateForm, CertificateRevokeForm, CertificateSuspendForm
from ..models import Certificate

MIN_OFFICERS = 2
STATUS_LABELS = dict(CertificateStatus.choices)
MSG_TOO_FEW = "{what}：承办执法人员只有 {n} 名，不得少于两人（行政处罚法第四十二条）。"
MSG_INVALID = "{what}：{names} 在 {day} 没有有效的执法证，不得从事行政执法（行政处罚法第四十二条，持证上岗）。"
MSG_REINSTATE_BEFORE = "恢复日期不能早于暂扣日期（{day}）。"


@dataclass
class OfficerStanding:
    officer: object
    status: str
    certificate: Certificate | None

    @property
    def valid(self) -> bool:
        return self.status == CertificateStatus.ACTIVE

    @property
    def label(self) -> str:
        return "无执法证" if self.certificate is None else STATUS_LABELS[self.status]


class StandingBook:
    """Certificates and 年审 of a set of officers, loaded once, to answer “valid on day X?” many times."""

    def __init__(self, officer_ids):
        self.certs: dict[int, list[tuple[Certificate, list]]] = {}
        certs = Certificate.objects.filter(officer_id__in=list(officer_ids), is_void=False).prefetch_related("reviews")
        for cert in certs:
            reviews = [(r.reviewed_on, r.result) for r in cert.reviews.all() if not r.is_void]
            self.certs.setdefault(cert.officer_id, []).append((cert, reviews))

    def standing(self, officer, day: dt.date) -> OfficerStanding:
        """A valid certificate if there is one; otherwise the status of the most recent certificate."""
        rows = [(cert.status_on(day, reviews), cert) for cert, reviews in self.certs.get(officer.pk, [])]
        valid = [r for r in rows if r[0] == CertificateStatus.ACTIVE]
        if valid:
            return OfficerStanding(officer, *valid[0])
        if rows:
            return OfficerStanding(officer, *max(rows, key=lambda r: (r[1].valid_from, r[1].pk)))
        return OfficerStanding(officer, CertificateStatus.EXPIRED, None)


def officer_standing(officers, day: dt.date) -> list[OfficerStanding]:
    """Each officer's best certificate status on ``day``."""
    officers = list(officers)
    book = StandingBook([o.pk for o in officers])
    return [book.standing(o, day) for o in officers]


def require_certified(officers, day: dt.date, what: str) -> None:
    """Refuse unless there are at least two officers and every one holds a valid certificate on ``day``."""
    standing = officer_standing(officers, day)
    if len(standing) < MIN_OFFICERS:
        raise GateRefused("too_few_officers", MSG_TOO_FEW.format(what=what, n=len(standing)))
    bad = [s for s in standing if not s.valid]
    if bad:
        names = "、".join(f"{s.officer.name}（{s.label}）" for s in bad)
        raise GateRefused("certificate_invalid", MSG_INVALID.format(what=what, names=names, day=day.isoformat()))


# ---------------------------------------------------------------- certificate steps

LEADERS = [Role.OPERATOR, Role.LEADER]


@step(Certificate, "suspend", label="暂扣执法证", roles=LEADERS, form=CertificateSuspendForm,
      statute="各省行政执法证件管理办法", danger=True)
def certificate_suspend(*, obj, user, on, reason, **_):
    obj.suspend()
    obj.suspended_from, obj.suspended_until, obj.state_reason = on, None, reason


@step(Certificate, "reinstate", label="恢复执法证", roles=LEADERS, form=CertificateReinstateForm,
      statute="各省行政执法证件管理办法")
def certificate_reinstate(*, obj, user, on, **_):
    if obj.suspended_from and on < obj.suspended_from:
        raise InvalidInput(MSG_REINSTATE_BEFORE.format(day=obj.suspended_from), {"on": [MSG_REINSTATE_BEFORE.format(day=obj.suspended_from)]})
    obj.reinstate()
    obj.suspended_until = on


@step(Certificate, "revoke", label="吊销/注销执法证", roles=LEADERS, form=CertificateRevokeForm,
      statute="各省行政执法证件管理办法", danger=True)
def certificate_revoke(*, obj, user, on, reason, **_):
    obj.revoke()
    obj.revoked_on, obj.state_reason = on, reason
