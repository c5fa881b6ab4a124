import datetime as dt

import pytest

from fazhi.core.workflow import perform
from fazhi.reconsideration.models import Reconsideration
from fazhi.reconsideration.services import reconsideration_register


@pytest.fixture
def case(tree):
    """Register a case as 甲区's clerk (the county is the 复议机关) or as 一镇 (被申请人)."""

    def make(user=None, **data):
        base = {"role": "organ", "applicant": "某公司", "respondent_name": "一镇人民政府", "act": "行政处罚决定",
                "act_kind": "penalty", "received_on": "2025-03-03", "channel": "post", "procedure": "ordinary",
                "documents_served": 0, "site_investigations": 0, "interviews": 0}
        base.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})
        return reconsideration_register(ledger=Reconsideration.ledger(), user=user or tree.jia_operator, data=base)

    return make


@pytest.fixture
def go(tree):
    def run(obj, name, user=None, **data):
        return perform(obj=Reconsideration.objects.get(pk=obj.pk), name=name, user=user or tree.jia_operator,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    return run
