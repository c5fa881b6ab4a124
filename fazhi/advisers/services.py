"""Writes of the 法律顾问 app: engagements (备案 with the body above, 续聘, 解聘)."""

from __future__ import annotations

from fazhi.audit.services import event_record
from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from . import step_forms as sf
from .models import Engagement

WRITERS = [Role.OPERATOR, Role.LEADER]


def engagement_create(*, ledger, user, data, files=None, unit=None):
    """Register an engagement for the served unit (the township or one of its villages)."""
    from django.core.exceptions import ValidationError

    from fazhi.core.services import build_form

    from .forms import EngagementCreateForm

    form = build_form(ledger, user, data, files, form_cls=EngagementCreateForm)
    try:
        served = form.fields["served_unit"].clean(form["served_unit"].data)
    except ValidationError:
        served = None
    return record_create(ledger=ledger, user=user, data=data, files=files, unit=served or unit, form_cls=EngagementCreateForm)


@step(Engagement, "file", label="报送备案", roles=WRITERS, form=sf.FileForm, statute="法律顾问聘用备案（按上级司法行政机关要求）")
def engagement_file(*, obj, user, filed_on, filed_with):
    obj.file()
    obj.filed_on, obj.filed_with = filed_on, filed_with


@step(Engagement, "renew", label="续聘", roles=WRITERS, form=sf.RenewForm)
def engagement_renew(*, obj, user, start_on, end_on, contract_no=""):
    """继续聘请: a new engagement for the next period; the old one stays as it was, marked 已续聘."""
    if start_on <= obj.start_on or end_on < start_on:
        raise InvalidInput("新聘期应在原聘期开始之后，且届满日不早于开始日。")
    obj.renew()
    new = Engagement(unit=obj.unit, adviser=obj.adviser, role=obj.role, contract_no=contract_no, start_on=start_on,
                     end_on=end_on, fee=obj.fee, created_by=user)
    new._history_user = user
    new.save()
    obj.renewed_by = new
    event_record(obj=new, verb="renew", label="续聘", actor=user, to_state=new.state, data={"from": obj.pk})
    return {"note": f"续聘合同 #{new.pk}"}


@step(Engagement, "end", label="解聘", roles=WRITERS, form=sf.EndForm, danger=True)
def engagement_end(*, obj, user, ended_on, reason):
    obj.end()
    obj.ended_on, obj.end_reason = ended_on, reason
