import datetime as dt

import pytest

from fazhi.core.services import record_create


@pytest.fixture
def meeting_factory(tree):
    """``meeting_factory(unit, user, kind, held_on, chair_role, [(topic, rule_of_law), …])`` through the services."""
    from fazhi.leadership.models import AgendaItem, Meeting

    def make(unit, user, kind="party_committee", held_on=dt.date(2024, 3, 5), chair_role="party_secretary", items=()):
        m = record_create(ledger=Meeting.ledger(), user=user, unit=unit, data={
            "kind": kind, "held_on": held_on, "chair_role": chair_role})
        for n, (topic, rule_of_law) in enumerate(items, start=1):
            AgendaItem.ledger().create(ledger=AgendaItem.ledger(), user=user, data={
                "meeting": m.pk, "order": n, "topic": topic, "rule_of_law": rule_of_law, "title": f"议题{n}"})
        return m

    return make
