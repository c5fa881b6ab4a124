import datetime as dt

from fazhi.core.ledgers import Ledger, register

from . import conf  # noqa: F401  (declares the 实质纠错率 settings)
from .forms import ReconsiderationForm
from .models import Reconsideration


def _create(**kwargs):
    from .services import reconsideration_register

    return reconsideration_register(**kwargs)


def _sample(unit, user):
    return _create(ledger=Reconsideration.ledger(), user=user, unit=unit, data={
        "role": "respondent", "applicant": "某公司", "respondent_name": str(unit), "act": "行政处罚决定",
        "act_kind": "penalty", "received_on": dt.date(2024, 5, 6), "channel": "post", "procedure": "ordinary",
        "documents_served": 0, "site_investigations": 0, "interviews": 0})


register(Ledger(
    model=Reconsideration, form=ReconsiderationForm, plural="cases", group="行政复议与应诉",
    list_display=["case_no", "role", "applicant", "respondent_name", "received_on", "procedure", "state", "outcome"],
    filter_fields=["role", "procedure", "act_kind", "state", "outcome"],
    search_fields=["case_no", "applicant", "respondent_name", "act"], date_field="received_on",
    ordering=["-received_on", "-pk"], create=_create, detail_template="reconsideration/case_detail.html", sample=_sample,
))

from . import services  # noqa: E402,F401  (registers the procedural steps)
