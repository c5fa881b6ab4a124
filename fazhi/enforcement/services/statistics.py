"""行政执法统计年报: opened with its 1月31日 clock, published with the figures frozen (118号（六））."""

from __future__ import annotations

import datetime as dt

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_close, deadline_open
from fazhi.org.choices import Role

from ..forms.misc import StatisticsPublishForm
from ..models import StatisticsReport

MSG_YEAR_OPEN = "统计年度 {year} 年尚未结束，{next} 年1月1日起才能公开上年度执法数据（118号（六））。"


def statistics_report_create(*, ledger, user, data, files=None, unit=None):
    """Register the year's report and start its clock (``enforcement.statistics_report``: by 1月31日)."""
    report = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit)
    deadline_open(obj=report, rule_id="enforcement.statistics_report", start=dt.date(report.year, 12, 31))
    return report


@step(StatisticsReport, "publish", label="公开统计年报", roles=[Role.OPERATOR, Role.LEADER], form=StatisticsPublishForm,
      statute="国办发〔2018〕118号（六）")
def statistics_publish(*, obj, user, published_on, channel, reported_to, **_):
    from ..selectors.statistics import annual_statistics, units_for_report

    if published_on.year <= obj.year:
        raise GateRefused("year_not_over", MSG_YEAR_OPEN.format(year=obj.year, next=obj.year + 1))
    obj.publish()
    obj.published_on, obj.channel, obj.reported_to = published_on, channel, reported_to
    obj.figures = annual_statistics(units=units_for_report(user, obj.unit), year=obj.year).as_json()
    deadline_close(obj=obj, rule_id="enforcement.statistics_report", on=published_on)
