from fazhi.core.ledgers import Ledger, register

from . import conf  # noqa: F401  (declares the local settings)
from .forms import LeaderReceptionForm, PetitionForm
from .models import LeaderReception, Petition

GROUP = "信访与矛盾纠纷"


def _sample_petition(unit, user):
    import datetime as dt

    from .services import petition_register

    return petition_register(ledger=Petition.ledger(), user=user, unit=unit, data={
        "channel": "visit", "received_on": dt.date(2024, 3, 4), "stage": "initial", "petitioner_name": "张某",
        "headcount": 1, "matter": "反映宅基地边界纠纷，请求镇政府协调处理。", "category": "claim",
    })


def _sample_reception(unit, user):
    import datetime as dt

    from fazhi.core.services import record_create

    return record_create(ledger=LeaderReception.ledger(), user=user, unit=unit, data={
        "held_on": dt.date(2024, 3, 15), "kind": "receive", "leader": "镇长", "leader_rank": "principal",
        "place": "镇信访接待室", "cases_received": 2, "people": 3,
    })


def _create_petition(**kwargs):
    from .services import petition_register

    return petition_register(**kwargs)


register(Ledger(
    model=Petition, form=PetitionForm, plural="petitions", group=GROUP,
    list_display=["reference_no", "received_on", "channel", "petitioner_name", "category", "state", "result", "satisfaction"],
    filter_fields=["channel", "category", "stage", "state", "result", "satisfaction", "is_legacy", "is_key_case", "escalation"],
    search_fields=["reference_no", "petitioner_name", "petitioner_phone", "matter", "place", "case_owner"],
    date_field="received_on", ordering=["-received_on", "-pk"], create=_create_petition,
    detail_template="petitions/petition_detail.html", sample=_sample_petition,
))
register(Ledger(
    model=LeaderReception, form=LeaderReceptionForm, plural="receptions", group=GROUP,
    list_display=["held_on", "kind", "leader", "leader_rank", "place", "cases_received", "people"],
    filter_fields=["kind", "leader_rank"], search_fields=["leader", "place", "summary"],
    date_field="held_on", ordering=["-held_on", "-pk"], sample=_sample_reception,
))

from . import services  # noqa: E402,F401  (registers the procedural steps)
