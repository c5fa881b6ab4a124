"""Figures of 法律顾问, computed from engagements and linked opinions (section A.advisers)."""

from django.db.models import Q

from fazhi.indicators.registry import Indicator, Value, declare
from fazhi.org.models import Unit

from .models import AdviserService, Engagement

SECTION = "A.advisers"


def _distinct(field):
    def func(qs):
        return Value(qs.values(field).distinct().count(), record_ids=list(qs.values_list("pk", flat=True)))

    return func


def _village_coverage(qs):
    """Villages with an engagement ÷ all villages of the townships those engagements belong to.

    The registry hands a custom figure only its records, so the townships are read from them: a
    township's own engagement or any of its villages' engagements brings all its villages into the
    denominator. A township with no engagement at all has no figure (not 0 %).
    """
    rows = list(qs.values_list("unit_id", "unit__level", "unit__parent_id"))
    townships = {uid for uid, level, _ in rows if level == "township"} | {pid for _, level, pid in rows if level == "village"}
    villages = Unit.objects.filter(parent_id__in=townships, level="village", is_active=True)
    served = {uid for uid, level, _ in rows if level == "village"}
    den = villages.count()
    num = villages.filter(pk__in=served).count()
    value = round(num * 100 / den, 1) if den else None
    return Value(value, num, den, list(qs.values_list("pk", flat=True)))


def _subquery(app_label, model):
    return AdviserService.objects.filter(is_void=False, content_type__app_label=app_label,
                                         content_type__model=model).values("object_id")


declare(Indicator(
    key="advisers.engaged", name="聘请（含续聘）法律顾问", unit="名", model=Engagement, date_field="start_on",
    kind="custom", func=_distinct("adviser"), section=SECTION,
    convention="聘期在统计年度开始的聘用合同（新聘或续聘）涉及的法律顾问人数，同一人只计一次；按服务对象单位统计",
))
declare(Indicator(
    key="advisers.villages_with_adviser", name="聘请法律顾问的村（社区）", unit="个", model=Engagement,
    date_field="start_on", base=Q(unit__level="village"), kind="custom", func=_distinct("unit"), section=SECTION,
    convention="统计年度内新聘或续聘了法律顾问的村（社区）个数（一村一法律顾问）",
))
declare(Indicator(
    key="advisers.village_coverage", name="村（社区）法律顾问覆盖率", unit="%", model=Engagement, date_field="start_on",
    kind="custom", func=_village_coverage, section=SECTION,
    convention="统计年度内新聘或续聘了法律顾问的村（社区）÷ 所属乡镇（街道）的全部村（社区）",
))
declare(Indicator(
    key="advisers.contracts_filed", name="法律顾问聘用备案", unit="份", model=Engagement, date_field="filed_on",
    base=Q(filed_on__isnull=False), kind="count", section=SECTION,
))
declare(Indicator(
    key="advisers.services", name="法律顾问参与事项", unit="件", model=AdviserService, date_field="given_on",
    kind="count", section=SECTION,
))
declare(Indicator(
    key="advisers.opinion_topics", name="法律顾问提供法律意见的领域", unit="个", model=AdviserService,
    date_field="given_on", base=~Q(topic=""), kind="custom", func=_distinct("topic"), section=SECTION,
))


def _participation():
    # imported late: the decisions and normative models belong to sibling apps of this task
    from fazhi.decisions.models import MajorDecision
    from fazhi.normative.models import NormativeDocument

    declare(Indicator(
        key="advisers.decision_participation_rate", name="法律顾问参与重大行政决策率", unit="%", model=MajorDecision,
        date_field="decided_on", base=Q(decided_on__isnull=False), kind="rate",
        numerator=Q(pk__in=_subquery("decisions", "majordecision")), section=SECTION,
        convention="统计年度内集体讨论决定的重大行政决策中，有法律顾问参与事项记录关联的件数 ÷ 决定件数",
    ))
    declare(Indicator(
        key="advisers.document_participation_rate", name="法律顾问参与规范性文件制定率", unit="%",
        model=NormativeDocument, date_field="issued_on", base=Q(issued_on__isnull=False, legacy=False), kind="rate",
        numerator=Q(pk__in=_subquery("normative", "normativedocument")), section=SECTION,
        convention="统计年度内印发的规范性文件（不含存量登记）中，有法律顾问参与事项记录关联的件数 ÷ 印发件数",
    ))


_participation()
