import datetime as dt

import pytest

from fazhi.petitions.models import Petition
from fazhi.petitions.services import petition_register


@pytest.fixture
def register(tree):
    """Register a petition as 一镇's clerk (or ``user``), with sensible defaults."""

    def make(user=None, **data):
        base = {"channel": "visit", "received_on": dt.date(2025, 3, 3), "stage": "initial", "petitioner_name": "王某",
                "headcount": 1, "matter": "反映村道硬化施工占用承包地，请求给予补偿。", "category": "claim"}
        base.update({k: v for k, v in data.items() if k != "unit"})
        return petition_register(ledger=Petition.ledger(), user=user or tree.yi_operator, data=base, unit=data.get("unit"))

    return make
