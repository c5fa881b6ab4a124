import datetime as dt

from fazhi.core.ledgers import Ledger, register

from . import conf  # noqa: F401
from .forms import LawsuitForm, SuggestionForm
from .models import Lawsuit, Suggestion

GROUP = "行政复议与应诉"


def _create(model, unit, user, data):
    from fazhi.core.services import record_create

    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


register(Ledger(
    model=Lawsuit, form=LawsuitForm, plural="lawsuits", group=GROUP,
    list_display=["case_no", "court", "trial_level", "plaintiff", "category", "filed_on", "state", "outcome"],
    filter_fields=["trial_level", "category", "state", "outcome", "via_reconsideration", "disclosure_related"],
    search_fields=["case_no", "plaintiff", "cause", "court"], date_field="filed_on", ordering=["-filed_on", "-pk"],
    detail_template="litigation/lawsuit_detail.html",
    sample=lambda unit, user: _create(Lawsuit, unit, user, {
        "case_no": "（2024）渝0156行初1号", "court": "区人民法院", "trial_level": "first", "plaintiff": "某公司",
        "cause": "行政处罚", "category": "general", "filed_on": dt.date(2024, 3, 1)}),
))
register(Ledger(
    model=Suggestion, form=SuggestionForm, plural="suggestions", group=GROUP,
    list_display=["kind", "issuer", "doc_no", "received_on", "reply_due_on", "state", "replied_on"],
    filter_fields=["kind", "state"], search_fields=["issuer", "doc_no", "subject"], date_field="received_on",
    ordering=["-received_on", "-pk"], detail_template="litigation/suggestion_detail.html",
    sample=lambda unit, user: _create(Suggestion, unit, user, {
        "kind": "judicial", "issuer": "区人民法院", "received_on": dt.date(2024, 4, 1), "subject": "规范行政执法程序"}),
))

from . import services  # noqa: E402,F401  (registers the procedural steps)
