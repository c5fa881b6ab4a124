import datetime as dt

import pytest

from fazhi.core.workflow import perform
from fazhi.disclosure.models import DisclosureRequest, ProactiveItem
from fazhi.disclosure.services import disclosure_request_register, proactive_item_register


@pytest.fixture
def request_(tree):
    def make(user=None, **data):
        base = {"applicant": "张某", "applicant_type": "natural", "channel": "in_person", "arrived_on": "2025-03-03",
                "description": "2024年镇级财政决算"}
        base.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})
        return disclosure_request_register(ledger=DisclosureRequest.ledger(), user=user or tree.yi_operator, data=base)

    return make


@pytest.fixture
def item(tree):
    def make(**data):
        base = {"title": "2025年镇级预算", "category": "budget", "channel": "board", "formed_on": "2025-02-03", "required_by_law": "on"}
        base.update(data)
        return proactive_item_register(ledger=ProactiveItem.ledger(), user=tree.yi_operator, data=base)

    return make


@pytest.fixture
def go(tree):
    def run(obj, name, user=None, **data):
        return perform(obj=type(obj).objects.get(pk=obj.pk), name=name, user=user or tree.yi_operator,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    return run
