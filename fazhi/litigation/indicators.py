"""行政应诉 figures. 出庭应诉率 has no legal formula (statutes.md §8, UNCONFIRMED): it is computed
from the hearing records under the ``litigation.appearance_rate_basis`` setting and says so."""

from django.db.models import F, Q

from fazhi.core.settings_registry import get_setting
from fazhi.indicators.registry import Indicator, Value, declare

from .choices import KEY_CASES, LOST, Outcome, SuggestionKind, SuggestionState
from .models import Hearing, Lawsuit, Suggestion

S = "A.litigation"


def appearance_rate(qs) -> Value:
    """qs: hearings in the period. By case: cases with ≥1 hearing where a head appeared ÷ cases heard."""
    if get_setting("litigation.appearance_rate_basis") == "hearing":
        n, d = qs.filter(head_appeared=True).count(), qs.count()
        ids = list(qs.filter(head_appeared=True).values_list("pk", flat=True))
    else:
        heard = set(qs.values_list("lawsuit_id", flat=True))
        appeared = set(qs.filter(head_appeared=True).values_list("lawsuit_id", flat=True))
        n, d, ids = len(appeared), len(heard), sorted(appeared)
    return Value(round(n * 100 / d, 1) if d else None, n, d, ids)


CONVENTION = ("口径未经确认，可在系统设置 litigation.appearance_rate_basis 中选择。默认按案件：当年开庭审理的案件中负责人"
              "（正职、副职或分管负责人）至少出庭一次的 ÷ 当年开庭审理的案件；按庭次：负责人出庭的庭次 ÷ 开庭庭次")

declare(Indicator(key="litigation.lawsuits", name="本机关为被告的行政诉讼案件", unit="件", model=Lawsuit,
                  date_field="filed_on", section=S))
declare(Indicator(key="litigation.appearance_rate", name="行政机关负责人出庭应诉率", unit="%", model=Hearing,
                  date_field="held_on", base=Q(lawsuit__is_void=False), kind="custom", func=appearance_rate, section=S, convention=CONVENTION,
                  statute="行政诉讼法第三条第三款"))
declare(Indicator(key="litigation.key_appearance_rate", name="重大、高关注度、公益诉讼等案件负责人出庭率", unit="%",
                  model=Hearing, date_field="held_on", base=Q(lawsuit__category__in=KEY_CASES, lawsuit__is_void=False), kind="custom",
                  func=appearance_rate, section=S,
                  convention="同上，仅限案件类别为重大公共利益、社会高度关注、可能引发群体性事件、重大人身财产权益、行政公益诉讼的案件"))
declare(Indicator(key="litigation.judged", name="审结（判决、裁定、撤诉、调解）", unit="件", model=Lawsuit,
                  date_field="judged_on", base=Q(judged_on__isnull=False), section=S))
declare(Indicator(key="litigation.lost", name="败诉案件", unit="件", model=Lawsuit, date_field="judged_on",
                  base=Q(outcome__in=LOST), section=S))
declare(Indicator(key="litigation.loss_rate", name="行政诉讼败诉率", unit="%", model=Lawsuit, date_field="judged_on",
                  base=Q(judged_on__isnull=False), kind="rate", numerator=Q(outcome__in=LOST), section=S,
                  convention="判决撤销、变更、确认违法或无效、履行职责、赔偿的 ÷ 当年审结（含撤诉、调解、驳回起诉）的案件"))
declare(Indicator(key="litigation.compliance_rate", name="生效裁判履行率", unit="%", model=Lawsuit, date_field="effective_on",
                  base=Q(outcome__in=LOST, effective_on__isnull=False), kind="rate", numerator=Q(complied_on__isnull=False),
                  section=S, convention="已履行的 ÷ 当年生效、需要本机关履行的败诉裁判"))
declare(Indicator(key="litigation.withdrawn", name="原告撤诉", unit="件", model=Lawsuit, date_field="judged_on",
                  base=Q(outcome=Outcome.WITHDRAWN), section=S))
for kind, noun, rate_name in ((SuggestionKind.JUDICIAL, "司法建议", "司法建议办复率"),
                              (SuggestionKind.PROCURATORIAL, "检察建议", "检察建议回复率")):
    declare(Indicator(key=f"litigation.{kind}_suggestions", name=f"收到{noun}", unit="份", model=Suggestion,
                      date_field="received_on", base=Q(kind=kind), section=S))
    declare(Indicator(key=f"litigation.{kind}_reply_rate", name=rate_name, unit="%", model=Suggestion,
                      date_field="received_on", base=Q(kind=kind), kind="rate", numerator=Q(state=SuggestionState.REPLIED),
                      section=S, convention=f"已回复的 ÷ 当年收到的{noun}"))
    declare(Indicator(key=f"litigation.{kind}_on_time_rate", name=f"{noun}按期回复率", unit="%", model=Suggestion,
                      date_field="received_on", base=Q(kind=kind, reply_due_on__isnull=False), kind="rate",
                      denominator=Q(state=SuggestionState.REPLIED),
                      numerator=Q(replied_on__lte=F("reply_due_on")), section=S,
                      convention=f"在建议书要求的期限内回复的 ÷ 已回复且载明期限的{noun}"))
