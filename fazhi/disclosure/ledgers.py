import datetime as dt

from fazhi.core.ledgers import Ledger, register

from . import conf  # noqa: F401  (declares the annual-report layout setting)
from .forms import DisclosureRequestForm, ProactiveItemForm
from .models import DisclosureRequest, ProactiveItem

GROUP = "政务公开"


def _create_request(**kwargs):
    from .services import disclosure_request_register

    return disclosure_request_register(**kwargs)


def _create_item(**kwargs):
    from .services import proactive_item_register

    return proactive_item_register(**kwargs)


register(Ledger(
    model=DisclosureRequest, form=DisclosureRequestForm, plural="requests", group=GROUP,
    list_display=["arrived_on", "applicant", "applicant_type", "channel", "received_on", "state", "reply_type", "replied_on"],
    filter_fields=["applicant_type", "channel", "state", "reply_type"], search_fields=["applicant", "description"],
    date_field="received_on", ordering=["-arrived_on", "-pk"], create=_create_request,
    detail_template="disclosure/request_detail.html",
    sample=lambda unit, user: _create_request(ledger=DisclosureRequest.ledger(), user=user, unit=unit, data={
        "applicant": "张某", "applicant_type": "natural", "channel": "in_person", "arrived_on": dt.date(2024, 6, 3),
        "description": "2023年镇财政预算执行情况"}),
))
register(Ledger(
    model=ProactiveItem, form=ProactiveItemForm, plural="items", group=GROUP,
    list_display=["formed_on", "title", "category", "channel", "state", "published_on"],
    filter_fields=["category", "channel", "state", "required_by_law"], search_fields=["title", "topic"],
    date_field="formed_on", ordering=["-formed_on", "-pk"], create=_create_item,
    detail_template="disclosure/item_detail.html",
    sample=lambda unit, user: _create_item(ledger=ProactiveItem.ledger(), user=user, unit=unit, data={
        "title": "2024年镇级预算", "category": "budget", "channel": "board", "formed_on": dt.date(2024, 2, 1),
        "required_by_law": "on"}),
))

from . import services  # noqa: E402,F401  (registers the procedural steps)
