from fazhi.core.ledgers import Ledger, register

from .forms import ActivityForm
from .models import Activity


def _sample(unit, user):
    import datetime as dt

    from fazhi.core.services import record_create

    return record_create(ledger=Activity.ledger(), user=user, unit=unit, data={
        "held_on": dt.date(2024, 12, 4), "title": "国家宪法日宣传", "venue_type": "campaign_day", "audience": "public",
        "attendance": 100,
    })


register(Ledger(
    model=Activity, form=ActivityForm, plural="activities", group="普法·学法·培训",
    list_display=["held_on", "title", "venue_type", "audience", "attendance"],
    filter_fields=["venue_type", "audience", "campaign"], search_fields=["title", "place", "laws"],
    date_field="held_on", ordering=["-held_on", "-pk"], sample=_sample,
))
