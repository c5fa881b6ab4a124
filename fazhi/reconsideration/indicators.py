"""行政复议 figures (issue 5). 实质纠错率 follows the settings declared in conf.py (UNCONFIRMED),
and the figure page says so; 按期结案率 reads the decision clocks."""

from django.db.models import Q

from fazhi.core.settings_registry import get_setting
from fazhi.deadlines.models import Deadline
from fazhi.indicators.registry import Indicator, Value, declare

from .choices import DIRECT_CORRECTION, SETTLEMENTS, Outcome, Role, State
from .models import Reconsideration

S = "A.reconsideration"
ORGAN = Q(role=Role.ORGAN)
DECIDED = Q(state=State.DECIDED)
MISSED = Q(pk__in=Deadline.objects.filter(
    content_type__app_label="reconsideration", content_type__model="reconsideration",
    rule_id__in=["reconsideration.decide", "reconsideration.decide_simplified"], status="missed").values("object_id"))


def correction_rate(qs) -> Value:
    """实质纠错率 under the current settings: corrected ÷ closed (or ÷ decided on the merits)."""
    outcomes = list(get_setting("reconsideration.correction_outcomes"))
    settlements = bool(get_setting("reconsideration.count_corrected_settlements"))
    denominator = get_setting("reconsideration.correction_denominator")
    den = qs.exclude(outcome=Outcome.TERMINATED) if denominator == "merits" else qs
    num = den.filter(Q(outcome__in=outcomes) | (Q(outcome__in=SETTLEMENTS, corrected=True) if settlements else Q(pk__in=[])))
    n, dn = num.count(), den.count()
    value = round(n * 100 / dn + 1e-9, 2) if dn else None
    return Value(value, n, dn, list(num.values_list("pk", flat=True)))


def r(key, name, unit, **kw):
    declare(Indicator(key=f"reconsideration.{key}", name=name, unit=unit, model=Reconsideration, section=S, **kw))


r("received", "收到行政复议申请", "件", date_field="received_on", base=ORGAN)
r("accepted", "受理行政复议案件", "件", date_field="received_on", base=ORGAN & Q(accepted_on__isnull=False))
r("closed", "审结行政复议案件", "件", date_field="decided_on", base=ORGAN & DECIDED,
  convention="当年审结（作出决定、调解、终止等）的件数，按审结日期归年")
r("on_time_rate", "法定期限内审结率", "%", date_field="decided_on", base=ORGAN & DECIDED, kind="rate", numerator=~MISSED,
  statute="行政复议法第六十二条", convention="审结案件中在审理期限（60日，经批准延长30日；简易程序30日；扣除中止期间）内审结的 ÷ 审结件数")
r("correction_rate", "行政复议实质纠错率", "%", date_field="decided_on", base=ORGAN & DECIDED, kind="custom",
  func=correction_rate, rounding=2,
  convention=("口径未经确认，可在系统设置中调整（reconsideration.correction_*）。默认：（变更 + 撤销 + 确认违法 + 确认无效 + 责令履行"
              " + 被申请人已纠正后调解或和解撤回的）÷ 全部审结件数"))
r("direct_correction_rate", "行政复议直接纠错率", "%", date_field="decided_on", base=ORGAN & DECIDED, kind="rate",
  numerator=Q(outcome__in=DIRECT_CORRECTION), rounding=2,
  convention="（变更 + 撤销 + 确认违法 + 确认无效 + 责令履行）÷ 全部审结件数")
r("settlement_rate", "调解和解结案率", "%", date_field="decided_on", base=ORGAN & DECIDED, kind="rate",
  numerator=Q(outcome__in=SETTLEMENTS), convention="（调解结案 + 和解撤回）÷ 全部审结件数")
r("documents_served", "制作并送达法律文书", "件次", date_field="decided_on", base=ORGAN & DECIDED, kind="sum",
  sum_field="documents_served", rounding=0, convention="当年审结案件登记的送达文书件次之和")
r("site_investigations", "现场勘验调查", "次", date_field="decided_on", base=ORGAN & DECIDED, kind="sum",
  sum_field="site_investigations", rounding=0)
r("interviews", "调查谈话", "人次", date_field="decided_on", base=ORGAN & DECIDED, kind="sum", sum_field="interviews", rounding=0)
r("as_respondent", "本机关被申请行政复议", "件", date_field="received_on", base=Q(role=Role.RESPONDENT))
r("respondent_corrected", "被复议纠错（本机关为被申请人）", "件", date_field="decided_on",
  base=Q(role=Role.RESPONDENT) & DECIDED & Q(outcome__in=DIRECT_CORRECTION))
r("opinions", "行政复议意见书", "份", date_field="opinion_on", base=Q(opinion_on__isnull=False))
