"""政务公开 figures, computed from the two ledgers (issue 5)."""

from django.db.models import Q

from fazhi.deadlines.models import Deadline
from fazhi.indicators.registry import Indicator, Value, declare

from .choices import ItemCategory, ItemState, State
from .models import DisclosureRequest, ProactiveItem

S = "A.disclosure"
REPLIED = Q(state=State.REPLIED)


def _missed(model, rule):
    return Q(pk__in=Deadline.objects.filter(content_type__app_label="disclosure", content_type__model=model,
                                            rule_id=rule, status="missed").values("object_id"))


def _distinct(field):
    def func(qs) -> Value:
        values = {v for v in qs.values_list(field, flat=True) if v}
        return Value(len(values), record_ids=list(qs.values_list("pk", flat=True)))
    return func


def d(key, name, unit, model=DisclosureRequest, **kw):
    declare(Indicator(key=f"disclosure.{key}", name=name, unit=unit, model=model, section=S, **kw))


d("requests", "收到政府信息公开申请", "件", date_field="received_on")
d("replied", "答复政府信息公开申请", "件", date_field="replied_on", base=REPLIED)
d("on_time_rate", "依申请公开按期答复率", "%", date_field="replied_on", base=REPLIED, kind="rate",
  numerator=~_missed("disclosurerequest", "disclosure.reply"), statute="政府信息公开条例第三十三条",
  convention="当年答复的申请中，在20个工作日（经批准延长的40个工作日；补正后重新计算；扣除征求意见时间）内答复的 ÷ 当年答复件数")
d("overdue_replies", "逾期答复的申请", "件", date_field="replied_on", base=REPLIED & _missed("disclosurerequest", "disclosure.reply"))
d("fees", "收取信息处理费", "元", date_field="replied_on", base=REPLIED, kind="sum", sum_field="fee", rounding=2)
d("reconsiderations", "因政府信息公开被申请行政复议", "件", date_field="followup_on", base=~Q(reconsideration_result=""))
d("lawsuits", "因政府信息公开被提起行政诉讼", "件", date_field="followup_on", base=~Q(litigation_result=""))
PUBLISHED = Q(state=ItemState.PUBLISHED)
d("items_published", "主动公开政府信息", "条", model=ProactiveItem, date_field="published_on", base=PUBLISHED)
d("timely_publication_rate", "主动公开及时率", "%", model=ProactiveItem, date_field="published_on", base=PUBLISHED, kind="rate",
  numerator=~_missed("proactiveitem", "disclosure.proactive"), statute="政府信息公开条例第二十六条",
  convention="当年公开的信息中，在形成或变更之日起20个工作日内公开的 ÷ 当年公开条数")
d("required_published_rate", "法定主动公开事项公开率", "%", model=ProactiveItem, date_field="formed_on",
  base=Q(required_by_law=True), kind="rate", numerator=PUBLISHED,
  convention="当年形成或变更的法定主动公开事项中已公开的 ÷ 当年形成或变更的法定主动公开事项")
d("finance_audited_rate", "财务收支公开前审计率", "%", model=ProactiveItem, date_field="published_on",
  base=PUBLISHED & Q(category=ItemCategory.FINANCE), kind="rate", numerator=Q(audited_before_publication=True),
  convention="当年公开的财务收支信息中，公开前经审计的 ÷ 当年公开的财务收支信息")
d("channels_used", "主动公开渠道", "种", model=ProactiveItem, date_field="published_on", base=PUBLISHED, kind="custom",
  func=_distinct("channel"), convention="当年公开信息实际使用的公开渠道种数")
d("categories_used", "主动公开领域", "个", model=ProactiveItem, date_field="published_on", base=PUBLISHED, kind="custom",
  func=_distinct("category"), convention="当年公开信息涉及的类别个数")
d("livelihood_topics", "主动公开的民生事项", "类", model=ProactiveItem, date_field="published_on",
  base=PUBLISHED & Q(category=ItemCategory.LIVELIHOOD), kind="custom", func=_distinct("topic"),
  convention="当年公开的民生类信息中不同“具体事项”的个数")
