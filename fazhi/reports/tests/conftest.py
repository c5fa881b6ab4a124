import pytest

from fazhi.indicators.tests.helpers import only_indicators, test_indicators


@pytest.fixture
def inds(db):
    """Only the test indicators (over 普法 activities) are declared while the test runs."""
    with only_indicators(test_indicators()) as declared:
        yield declared


@pytest.fixture
def make_report():
    from fazhi.reports.models import AnnualReport
    from fazhi.reports.services import annual_report_create

    def make(user, year=2024, unit=None, **data):
        return annual_report_create(ledger=AnnualReport.ledger(), user=user, unit=unit, data={"year": year, **data})

    return make


def section(report, key):
    return report.sections.get(key=key)
