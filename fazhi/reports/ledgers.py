from fazhi.core.ledgers import Ledger, register

from .forms import AnnualReportForm
from .models import AnnualReport


def _create(**kwargs):
    from .services import annual_report_create

    return annual_report_create(**kwargs)


def _sample(unit, user):
    return _create(ledger=AnnualReport.ledger(), user=user, unit=unit, data={"year": 2024})


register(Ledger(
    model=AnnualReport, form=AnnualReportForm, plural="annual_reports", group="指标与年度报告",
    list_display=["year", "title", "state", "submitted_on", "published_on"],
    filter_fields=["state", "year"], search_fields=["title", "doc_number"],
    date_field=None, ordering=["-year", "unit__path"], create=_create, sample=_sample,
    detail_template="reports/annual_report_detail.html",
))

from . import conf, services  # noqa: E402,F401  (steps register after the ledger; settings declared)
