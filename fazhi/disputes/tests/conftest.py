import datetime as dt

import pytest

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.disputes.models import Dispute, Mediator


@pytest.fixture
def new_dispute(tree):
    def make(user=None, unit=None, **data):
        base = {"received_on": "2025-01-06", "source": "screening", "dispute_type": "neighbour", "risk_level": "low",
                "parties": "张某、李某", "party_count": 2, "summary": "相邻排水纠纷"}
        base.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})
        return record_create(ledger=Dispute.ledger(), user=user or tree.yi_operator, unit=unit, data=base)

    return make


@pytest.fixture
def mediator(tree):
    return record_create(ledger=Mediator.ledger(), user=tree.yi_operator, data={
        "name": "刘调解", "kind": "full_time", "source_group": "legal_literate", "is_legal_literate": "on", "is_active": "on"})


@pytest.fixture
def step(tree):
    def go(obj, name, user=None, **data):
        return perform(obj=Dispute.objects.get(pk=obj.pk), name=name, user=user or tree.yi_operator,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    return go
