import datetime as dt

import pytest

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.litigation.models import Lawsuit, Suggestion


@pytest.fixture
def lawsuit(tree):
    n = [0]

    def make(**data):
        n[0] += 1
        base = {"case_no": f"（2025）甲0101行初{n[0]}号", "court": "甲区人民法院", "trial_level": "first", "plaintiff": "某公司",
                "cause": "行政处罚决定", "category": "general", "filed_on": "2025-03-03"}
        base.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})
        return record_create(ledger=Lawsuit.ledger(), user=tree.yi_operator, data=base)

    return make


@pytest.fixture
def suggestion(tree):
    def make(**data):
        base = {"kind": "judicial", "issuer": "甲区人民法院", "received_on": "2025-03-03", "subject": "规范送达"}
        base.update(data)
        return record_create(ledger=Suggestion.ledger(), user=tree.yi_operator, data=base)

    return make


@pytest.fixture
def go(tree):
    def run(obj, name, **data):
        return perform(obj=type(obj).objects.get(pk=obj.pk), name=name, user=tree.yi_operator,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    return run
