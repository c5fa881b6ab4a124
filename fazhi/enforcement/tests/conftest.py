"""Fixtures of the enforcement tests: the holiday table, a 一镇 body with certified officers."""

import datetime as dt

import pytest

from fazhi.enforcement import samples


@pytest.fixture
def holidays(db):
    from fazhi.deadlines.services import holidays_seed

    holidays_seed(years=range(2024, 2027))


@pytest.fixture
def yi(tree, holidays):
    """一镇 with one body and two officers certified 2020-01-01 … 2030-12-31."""

    class Yi:
        pass

    y = Yi()
    y.body = samples.body(tree.yi, tree.yi_operator)
    y.a = samples.officer(tree.yi, tree.yi_operator, body=y.body)
    y.b = samples.officer(tree.yi, tree.yi_operator, body=y.body)
    return y


def days(n):
    return dt.timedelta(days=n)
